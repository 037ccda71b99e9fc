import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RunHandlerResult } from '../src/run/protocol.js';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// `pagewarden run` over the built CLI: the same runs as the runHandler request.

const FREECACH = join(repoRoot, 'examples/vxd/FREECACH.ASM');
const MODULE = join(repoRoot, 'examples/riscos/DynCache/s/Module');

test('pagewarden run (text): one line per step, the page map before and after, the verdict; exit 1 on PW301/PW303', () => {
  const run = runCli(['run', MODULE, '--entry', 'DynHandler']);
  assert.equal(run.status, 1, run.stderr);
  const lines = run.stdout.split('\n');
  assert.match(lines[0] ?? '', /DynHandler \(da-handler\), scenario "PreGrow, specific pages"$/);
  assert.ok(lines.some((l) => /^ {3}4 {2}.*s\/Handler:24:9 +STR r6, \[r1\] +\[0x01C00000\]=/.test(l)), run.stdout);
  assert.ok(lines.includes('                call DAHandler_PreGrow(area=0x00000100, entries=0x00000004, bytes=0x00004000)'));
  assert.ok(lines.some((l) => /^ {4}0-15 +Application space \(owned\)$/.test(l)));
  assert.ok(lines.includes('Verdict: returned; the kernel: Unable to get the requested physical memory; 2 finding(s)'));
  // The finding is in the handler the module GETs: the verdict names its file, as the steps do.
  assert.ok(lines.some((l) => /^ {2}\S*s\/Handler:27:9 PW301 .*\(step 7\)$/.test(l)), run.stdout);
});

test('pagewarden run --scenario NAME (text): the workspace file moves a page, shown with * in the page map; exit 0 without errors', () => {
  const run = runCli(['run', FREECACH, '--entry', 'Compact_Region', '--scenario', 'freecach-compact-region']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^ {2}\* 259 +region slot 0xC1003 \(owned\) +-> no page table \(unavailable\)$/m);
  assert.match(run.stdout, /^ {2}\* 261 +region slot 0xC1005 \(owned\) +-> region slot 0xC1003 \(owned\)$/m);
  assert.match(run.stdout, /call _XchgFreePhysReg\(LinPgNum=0x000C1003, PhysAddr=0x00105000, flags=0x00000000\) -> eax=0x00103000/);
  assert.match(run.stdout, /^Verdict: returned; no findings$/m);
});

test('pagewarden run whose path ends at a ret that reads no return address says so in the verdict; returning where called says returned', () => {
  const dir = tempDir('pw-run-astray-');
  const file = (pops: string): string => {
    const path = join(dir, `helper-${pops.trim().replace(/\s+/g, '-')}.asm`);
    writeFileSync(path, [
      '.386p', 'include vmm.inc', 'VxD_LOCKED_CODE_SEG', 'BeginProc Save_Call',
      '        push    edi', '        call    Pop_Helper', '        pop     edi', '        ret',
      'Pop_Helper:', '        push    esi', '        pop     esi', pops, '        ret',
      'EndProc Save_Call', 'VxD_LOCKED_CODE_ENDS', 'END', '',
    ].join('\n'));
    return path;
  };
  // The helper's ret reads the EDI its caller saved.
  const astray = runCli(['run', file('        pop     edi'), '--entry', 'Save_Call']);
  assert.equal(astray.status, 1, astray.stderr);
  assert.match(astray.stdout, /^Verdict: returned to a wrong address; 1 finding\(s\)$/m);
  assert.match(astray.stdout, /^ {2}13:9 PW231 /m);
  const balanced = runCli(['run', file('        nop'), '--entry', 'Save_Call']);
  assert.equal(balanced.status, 0, balanced.stderr);
  assert.match(balanced.stdout, /^Verdict: returned; no findings$/m);
  // The procedure's own ret, past a STDCALL helper's arguments taken off twice.
  const own = runCli(['run', join(repoRoot, 'examples/vxd/PINSTACK.ASM'), '--entry', 'PINSTACK_Init']);
  assert.match(own.stdout, /^Verdict: returned to a wrong address; 1 finding\(s\)$/m);
});

test('pagewarden run --format json prints the RunHandlerResult', () => {
  const run = runCli(['run', FREECACH, '--entry', 'Compact_Region', '--format', 'json', '--scenario', join(repoRoot, 'examples/.pagewarden/scenarios/freecach-compact-region.json')]);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as RunHandlerResult;
  assert.equal(result.entry, 'Compact_Region');
  assert.equal(result.kind, 'vmm-procedure');
  assert.equal(result.scenario, 'freecach-compact-region');
  assert.deepEqual(result.moved, [0x103, 0x105]);
  assert.match(result.steps[1]?.text ?? '', /^mov +ebx, \[Region_Page\]$/);
  assert.deepEqual(result.steps[1]?.registers, [{ name: 'ebx', before: '0x00000000', after: '0x000C1000' }]);
});

test('pagewarden run: usage errors exit 2 with one line', () => {
  for (const [args, message] of [
    [['run', FREECACH], /run needs --entry NAME/],
    [['run', FREECACH, '--entry', 'Nope'], /No entry point Nope in this document/],
    [['run', FREECACH, '--entry', 'Compact_Region', '--scenario', 'nope'], /No scenario "nope" for Compact_Region/],
    [['run', FREECACH, '--entry', 'Compact_Region', '--format', 'sarif'], /unknown --format sarif/],
    [['run', FREECACH, '--entry', 'Compact_Region', '--witness', '{"esi": 5}'], /--witness takes a JSON object of input names and hex values/],
    [['run', FREECACH, '--entry', 'Compact_Region', '--witness', 'esi=5'], /--witness takes a JSON object/],
    [['run', FREECACH, '--entry', 'Compact_Region', '--witness', '{"esi": "ffffffff"}'], /witness value "ffffffff" of esi is not a number; write it in hex with 0x, .*\("0xffffffff"\)/],
    // A name the run never makes (a typo, an occurrence past the last) would replay as if the finding were gone.
    [['run', FREECACH, '--entry', 'Compact_Region', '--witness', '{"_XchgFreePhysRg.eax#0": "0x0"}'], /The witness names _XchgFreePhysRg\.eax#0, which this run does not make; .*_XchgFreePhysReg\.eax#0/],
    [['run', FREECACH, '--entry', 'Compact_Region', '--witness', '{"_XchgFreePhysReg.eax#99": "0x0"}'], /The witness names _XchgFreePhysReg\.eax#99, which this run does not make/],
    // A bare name no VxD input has (a mistyped register) is refused as a RISC OS witness's is, the registers named.
    [['run', FREECACH, '--entry', 'Compact_Region', '--witness', '{"esx": "0x5"}'], /The witness names esx, which is no input of this run; the nearest it takes are .*esi/],
  ] as const) {
    const run = runCli(args);
    assert.equal(run.status, 2);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  }
});

test('pagewarden run: a VxD witness may name any input the analysis names, the stack pointer and flags kept as the run has them', () => {
  const run = runCli(['run', FREECACH, '--entry', 'Compact_Region', '--witness', '{"esi": "0x2", "esp": "0x1000", "zf": "0x1", "VM": "0xc1000000"}']);
  assert.equal(run.stderr, '');
  assert.match(run.stdout, /note: Replaying the witness; the run keeps its own esp, zf$/m);
});

test('pagewarden run refuses an entry whose code has a syntax error, naming its line, and runs the others of the file', () => {
  const dmabuf = join(repoRoot, 'examples/vxd/DMABUF.ASM');
  const broken = runCli(['run', dmabuf, '--entry', 'DMABUF_Query']);
  assert.equal(broken.status, 2, broken.stdout);
  assert.equal(broken.stdout, '');
  assert.match(broken.stderr, /^pagewarden: DMABUF_Query has a syntax error, so it is not run \(check does not analyse it either\): line 53: Syntax error: missing \]\n$/);
  const whole = runCli(['run', dmabuf, '--entry', 'DMABUF_Alloc']);
  assert.notEqual(whole.status, 2, whole.stderr);
  assert.match(whole.stdout, /^Verdict: returned; /m);
});

test('pagewarden run gives a Control_Dispatch target a VM handle in EBX, as VMM does: a PG_SYS allocation passing EBX is PW201, as check reports it', () => {
  const dmabuf = runCli(['run', join(repoRoot, 'examples/vxd/DMABUF.ASM'), '--entry', 'DMABUF_Alloc']);
  assert.equal(dmabuf.status, 1, dmabuf.stderr);
  assert.match(dmabuf.stdout, /^ +5 +31:52 +push ebx +esp=0xC000FFE8 \[0xC000FFE8\]=0x80001000$/m);
  assert.match(dmabuf.stdout, /^ {2}31:9 PW201 VM of _PageAllocate must be 0 with pType = PG_SYS \(step 8\)$/m);
  // The corrected call passes 0 for the VM, and the handler keeps the handle (the VMM reads no register of it): the same run is clean.
  const dir = tempDir('pw-run-vm-handle-');
  const fixed = join(dir, 'fixed.asm');
  writeFileSync(fixed, [
    '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'Dma_Phys dd 0', 'Dma_Handle dd 0', 'VxD_LOCKED_DATA_ENDS', 'VxD_LOCKED_CODE_SEG',
    'BeginProc DMABUF_Control', '        Control_Dispatch Device_Init, DMABUF_Alloc', '        clc', '        ret', 'EndProc DMABUF_Control',
    'BeginProc DMABUF_Alloc', '        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, <OFFSET32 Dma_Phys>, PageContig+PageFixed+PageUseAlign>',
    '        mov     [Dma_Handle], eax', '        clc', '        ret', 'EndProc DMABUF_Alloc', 'VxD_LOCKED_CODE_ENDS', 'END', '',
  ].join('\n'));
  const clean = runCli(['run', fixed, '--entry', 'DMABUF_Alloc']);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /^Verdict: returned; no findings$/m);
});

test('pagewarden run names the include file of a step or verdict finding, relative to the working folder as check does; the run file\'s own are bare', () => {
  const dir = tempDir('pw-run-include-');
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'inc'));
  const grab = (name: string): string[] => [
    `BeginProc ${name}`, '        VMMcall _PageReserve, <PR_SYSTEM, 1, 0>', '        shr     eax, 12',
    '        VMMcall _PageCommit, <eax, 1, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>', '        ret', `EndProc ${name}`,
  ];
  writeFileSync(join(dir, 'inc/helpers.inc'), [...grab('Grab_Page'), ''].join('\n'));
  writeFileSync(join(dir, 'src/drv.asm'), ['        .386p', '        include vmm.inc', 'VxD_CODE_SEG', '        include helpers.inc', ...grab('Own_Page'), 'VxD_CODE_ENDS', '        END', ''].join('\n'));
  const args = (entry: string, format: string): string[] => ['run', 'src/drv.asm', '--entry', entry, '--include-path', 'inc', '--format', format, '--witness', '{"_PageReserve.eax#0":"0xffffffff"}'];
  const text = runCli(args('Grab_Page', 'text'), dir);
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /^ {2}inc\/helpers\.inc:3:9 PW210 .*\(step \d+\)$/m);
  assert.match(text.stdout, /^ +\d+ {2}inc\/helpers\.inc:3:9 +shr eax, 12/m);
  assert.doesNotMatch(text.stdout, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const json = JSON.parse(runCli(args('Grab_Page', 'json'), dir).stdout) as RunHandlerResult;
  assert.deepEqual(json.verdict.findings.map((f) => [f.code, f.file, f.range.start.line + 1]), [['PW210', 'inc/helpers.inc', 3]]);
  assert.ok(json.steps.every((s) => s.file === 'inc/helpers.inc'), JSON.stringify(json.steps.map((s) => s.file)));
  // A finding in the run's own file is at its bare line, and has no file.
  const own = runCli(args('Own_Page', 'text'), dir);
  assert.match(own.stdout, /^ {2}7:9 PW210 .*\(step \d+\)$/m);
  const ownJson = JSON.parse(runCli(args('Own_Page', 'json'), dir).stdout) as RunHandlerResult;
  assert.deepEqual(ownJson.verdict.findings.map((f) => [f.code, f.file, f.range.start.line + 1]), [['PW210', undefined, 7]]);
});

test('pagewarden run: a step that pushes or pops a macro\'s argument reads as the instruction, at the argument; the macro\'s own steps read as its line', () => {
  const dir = tempDir('pw-run-argument-steps-');
  const file = join(dir, 'args.asm');
  writeFileSync(file, [
    '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'Phys dd 0', 'VxD_LOCKED_DATA_ENDS', 'VxD_LOCKED_CODE_SEG',
    'BeginProc Alloc_One', '        SaveReg <ebx, esi>',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, <OFFSET32 Phys>, PageFixed>',
    '        RestoreReg <esi, ebx>', '        ret', 'EndProc Alloc_One', 'VxD_LOCKED_CODE_ENDS', 'END', '',
  ].join('\n'));
  const run = runCli(['run', file, '--entry', 'Alloc_One', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const steps = (JSON.parse(run.stdout) as RunHandlerResult).steps.map((s) => `${s.range.start.line + 1}:${s.range.start.character + 1} ${s.text}`);
  assert.deepEqual(steps, [
    '8:18 push ebx', '8:23 push esi',
    '9:73 push PageFixed', '9:56 push OFFSET32 Phys', '9:53 push 0', '9:50 push 0', '9:47 push 0', '9:44 push 0', '9:36 push PG_SYS', '9:33 push 1',
    '9:9 VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, <OFFSET32 Phys>, PageFixed>',
    '9:9 VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, <OFFSET32 Phys>, PageFixed>',
    '10:21 pop esi', '10:26 pop ebx', '11:9 ret',
  ]);
});

test('pagewarden --help describes run', () => {
  assert.match(runCli(['--help']).stdout, /pagewarden run FILE --entry NAME \[--scenario FILE\|NAME\] \[--witness JSON\] \[--format text\|json\]/);
});

interface CheckedFinding {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly replay?: { readonly file: string; readonly entry: string; readonly witness: Record<string, string> };
}

test('every finding of the bug examples that check --format json can replay, pagewarden run --witness replays to its step', { timeout: 600_000 }, () => {
  const check = runCli(['check', '--format', 'json', 'examples/vxd', 'examples/riscos'], repoRoot);
  const { findings } = JSON.parse(check.stdout) as { findings: CheckedFinding[] };
  const replayable = findings.filter((f) => f.replay !== undefined);
  // All but the syntax error and the notes: the handler's findings through the module that GETs it too.
  assert.deepEqual(findings.filter((f) => f.replay === undefined).map((f) => f.code).sort(), ['PW100', 'PW900']);
  assert.equal(replayable.length, 16);
  for (const finding of replayable) {
    const { file, entry, witness } = finding.replay ?? { file: '', entry: '', witness: {} };
    const run = runCli(['run', file, '--entry', entry, '--witness', JSON.stringify(witness), '--format', 'json'], repoRoot);
    assert.notEqual(run.status, 2, run.stderr);
    const result = JSON.parse(run.stdout) as RunHandlerResult;
    const reached = result.verdict.findings.find((f) => f.code === finding.code && f.range.start.line + 1 === finding.line);
    const what = `${finding.code} at ${finding.file}:${finding.line} (${entry} in ${file})`;
    if (finding.code === 'PW308') assert.equal(result.scenario, 'PreShrink, 2 of 4 pages', 'the witness names the reason: PreShrink');
    assert.ok(reached, `${what}: the replay reports ${JSON.stringify(result.verdict.findings.map((f) => [f.code, f.range.start.line + 1]))}`);
    assert.equal(result.steps[reached.step ?? -1]?.range.start.line, finding.line - 1, `${what}: the finding has the step of its line`);
  }
});

test('pagewarden run replays the witness check gives for a rep movsd from an error value onto the block it copies to: the copy runs byte by byte and the run ends with the finding', () => {
  // The witness makes _MapPhysToLinear return 0FFFFFFFFh and _PageAllocate 1: the copy reads from 2 bytes below where it
  // writes, each word from the last. The replayed run died of a stack overflow at this size, of heap exhaustion at 32 KB.
  const file = join(tempDir('pw-run-overlap-'), 'copyrom.asm');
  writeFileSync(file, [
    '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'Rom_Lin dd 0', 'VxD_LOCKED_DATA_ENDS', 'VxD_LOCKED_CODE_SEG', 'BeginProc Copy_Rom',
    '        VMMcall _MapPhysToLinear, <0C0000h, 2000h, 0>', '        mov     [Rom_Lin], eax',
    '        VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageLocked>', '        test    eax, eax', '        jz      CR_Fail',
    '        mov     esi, [Rom_Lin]', '        mov     edi, edx', '        mov     ecx, 2000h/4', '        cld', '        rep     movsd',
    'CR_Fail:', '        ret', 'EndProc Copy_Rom', 'VxD_LOCKED_CODE_ENDS', 'END', '',
  ].join('\n'));
  const check = runCli(['check', '--format', 'json', file]);
  const { findings } = JSON.parse(check.stdout) as { findings: CheckedFinding[] };
  assert.deepEqual(findings.map((f) => [f.code, f.line]), [['PW210', 17]]);
  const { entry, witness } = findings[0]?.replay ?? assert.fail('the finding replays');
  assert.deepEqual(witness, { '_PageAllocate.eax#0': '0x1', '_MapPhysToLinear.eax#0': '0xffffffff' });
  const run = runCli(['run', file, '--entry', entry, '--witness', JSON.stringify(witness), '--format', 'json']);
  assert.equal(run.status, 1, run.stderr);
  const result = JSON.parse(run.stdout) as RunHandlerResult;
  assert.equal(result.verdict.ended, 'returned');
  assert.deepEqual(result.verdict.findings.map((f) => [f.code, f.range.start.line + 1]), [['PW210', 17]]);
  const copy = result.steps.find((s) => /^rep\s+movsd$/.test(s.text)) ?? assert.fail('the copy is a step');
  assert.equal(copy.writes.length, 0x800);
  // The second word takes the first word's top two bytes, copied down 2 bytes, and two more read at 5 and 6.
  assert.deepEqual(copy.writes.slice(0, 2), [
    { address: '0x00000001', bytes: 4, value: 'mem32[0xFFFFFFFF]' },
    { address: '0x00000005', bytes: 4, value: 'concat(mem32[3][31:24], concat(mem32[3][23:16], concat(mem32[0xFFFFFFFF][31:24], mem32[0xFFFFFFFF][23:16])))' },
  ]);
});

test('pagewarden run on an interrupt handler that drains a port in a loop: the first path ends with its trace, and the verdict says the forks outran the budget', () => {
  const run = runCli(['run', join(repoRoot, 'examples/corpus/vxd-masm/irqcap.asm'), '--entry', 'IRQCAP_Hw_Int', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as RunHandlerResult;
  assert.match(result.verdict.ended, /^returned; not every path ran: step budget of \d+ instructions used up$/);
  assert.equal(result.steps.at(-1)?.text, 'ret');
});

test('pagewarden run on a VxD exit procedure frees the block its Device_Init allocated: no PW222, and the pages go back to the free list', () => {
  const run = runCli(['run', join(repoRoot, 'examples/corpus/vxd-masm/irqcap.asm'), '--entry', 'IRQCAP_System_Exit']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /call _PageFree\(hMem=0xC1000000, flags=0x00000000\) -> eax=0x00000001$/m);
  assert.match(run.stdout, /^ {2}\* 512-515 +block at 0xC1000 \(owned\) +-> free list \(free\)$/m);
  assert.match(run.stdout, /^Verdict: returned; no findings$/m);
});

test('pagewarden run on a dynamic VxD\'s Sys_Dynamic_Device_Exit runs its Sys_Dynamic_Device_Init first, and frees the block it allocated', () => {
  const dir = tempDir('pw-run-dynamic-');
  const file = join(dir, 'dynbuf.asm');
  writeFileSync(file, [
    '.386p', 'include vmm.inc',
    'Declare_Virtual_Device DYNBUF, 1, 0, DYNBUF_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG', 'Buf_hMem        dd      0', 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'Begin_Control_Dispatch DYNBUF',
    '        Control_Dispatch Sys_Dynamic_Device_Init, DYNBUF_Init',
    '        Control_Dispatch Sys_Dynamic_Device_Exit, DYNBUF_Exit',
    'End_Control_Dispatch DYNBUF',
    'BeginProc DYNBUF_Init',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        test    eax, eax', '        jz      DI_Fail', '        mov     [Buf_hMem], eax', '        clc', '        ret',
    'DI_Fail:', '        stc', '        ret',
    'EndProc DYNBUF_Init',
    'BeginProc DYNBUF_Exit',
    '        mov     eax, [Buf_hMem]', '        test    eax, eax', '        jz      DX_Done',
    '        VMMcall _PageFree, <eax, 0>', '        mov     [Buf_hMem], 0',
    'DX_Done:', '        clc', '        ret',
    'EndProc DYNBUF_Exit',
    'VxD_LOCKED_CODE_ENDS', 'END', '',
  ].join('\n'));
  const exit = runCli(['run', file, '--entry', 'DYNBUF_Exit']);
  assert.equal(exit.status, 0, exit.stderr);
  assert.match(exit.stdout, /note: Ran DYNBUF_Init first: this starts from the data the VxD's initialisation left$/m);
  assert.match(exit.stdout, /call _PageFree\(hMem=0x[0-9A-F]+, flags=0x00000000\) -> eax=0x00000001$/m);
  assert.match(exit.stdout, /^Verdict: returned; no findings$/m);
  // The initialisation itself starts from the data as loaded.
  const init = runCli(['run', file, '--entry', 'DYNBUF_Init']);
  assert.equal(init.status, 0, init.stderr);
  assert.doesNotMatch(init.stdout, /first: this starts from the data/);
});

test('pagewarden run on a procedure given a handle in a structure the scenario leaves unknown: no PW222', () => {
  const run = runCli(['run', join(repoRoot, 'examples/corpus/vxd-masm/blkpool.asm'), '--entry', 'Pool_Release']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /call _PageFree\(hMem=mem32\[0\], flags=0x00000000\)/);
  assert.match(run.stdout, /^Verdict: returned; no findings$/m);
});

/** A procedure that fills ROUNDS words of its table, one a round, and returns the last. */
function fillingLoop(rounds: number): string {
  const dir = tempDir('pw-run-loop-');
  const file = join(dir, 'fill.asm');
  writeFileSync(file, [
    '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', `Table   dd ${rounds} dup (0)`, 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG', 'BeginProc Fill_Table',
    '        xor     eax, eax', `        mov     ecx, ${rounds}`, '        mov     edi, OFFSET32 Table',
    'next_slot:', '        mov     [edi], eax', '        add     edi, 4', '        inc     eax', '        dec     ecx', '        jnz     next_slot',
    `        mov     eax, [Table+4*${rounds - 1}]`, '        ret', 'EndProc Fill_Table', 'VxD_LOCKED_CODE_ENDS', 'END', '',
  ].join('\n'));
  return file;
}

test('pagewarden run goes round a loop with a known count every time, with known values, past the analysis\'s unroll bound', () => {
  const run = runCli(['run', fillingLoop(20), '--entry', 'Fill_Table', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as RunHandlerResult;
  assert.equal(result.verdict.ended, 'returned');
  const stores = result.steps.filter((s) => /^mov\s+\[edi\]/.test(s.text));
  assert.equal(stores.length, 20);
  assert.deepEqual(stores.at(-1)?.writes, [{ address: '0x0001004C', bytes: 4, value: '0x00000013' }]);
  assert.deepEqual(result.steps.at(-2)?.registers, [{ name: 'eax', before: '0x00000014', after: '0x00000013' }]);
});

test('pagewarden run stopped by the step budget shows the steps it ran and says why it stopped', () => {
  const run = runCli(['run', fillingLoop(5000), '--entry', 'Fill_Table', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as RunHandlerResult;
  assert.equal(result.verdict.ended, 'stopped: step budget of 10000 instructions used up');
  assert.equal(result.steps.length, 10000);
  assert.equal(result.steps.at(-1)?.address, result.steps.at(-6)?.address, 'still going round the loop');
});
