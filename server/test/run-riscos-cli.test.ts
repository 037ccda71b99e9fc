import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// `pagewarden run` on the RISC OS examples over the built CLI.

const MAKE_AREA = join(repoRoot, 'examples/riscos/bas/MakeArea,fd1');

test('pagewarden run on the BBC BASIC example: the concrete PreGrow writes through R1 = 0, PW307 at line 16', () => {
  const run = runCli(['run', MAKE_AREA, '--entry', 'handler%']);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^ {2}16:9 PW307 This handler writes through R1, which is 0 for an area without flag bit 8/m);
  assert.match(run.stdout, /^ {2}19:9 PW304 PreGrow returns with R9 changed/m);
});

const DYN_CACHE = join(repoRoot, 'examples/riscos/DynCache/s/Module');

interface PreGrowRun {
  readonly steps: readonly { readonly events: readonly { readonly kind: string; readonly name?: string; readonly arguments?: readonly { readonly name: string; readonly value: string }[] }[] }[];
  readonly verdict: { readonly findings: readonly { readonly code: string }[] };
}

test('pagewarden run --witness with R2 (entries) grows by that many pages: PreGrow gets R2 = 5 and the partial block is PW301', () => {
  const run = runCli(['run', DYN_CACHE, '--entry', 'DynHandler', '--witness', '{"reason": "0x0", "entries": "0x5"}', '--format', 'json']);
  assert.notEqual(run.status, 2, run.stderr);
  const result = JSON.parse(run.stdout) as PreGrowRun;
  const preGrow = result.steps.flatMap((s) => s.events).find((e) => e.name === 'DAHandler_PreGrow');
  assert.equal(preGrow?.arguments?.find((a) => a.name === 'entries')?.value, '0x00000005');
  assert.ok(result.verdict.findings.some((f) => f.code === 'PW301'));
});

test('pagewarden run --witness refuses an R2 that is not a number', () => {
  const run = runCli(['run', DYN_CACHE, '--entry', 'DynHandler', '--witness', '{"reason": "0x0", "entries": "many"}']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /witness value "many" of entries is not a number/);
});

/** MakeArea's handler with `lines` as its PreGrow body, in a BASIC file of its own. */
function basicHandler(lines: readonly string[]): string {
  const folder = tempDir('pw-run-pw307-');
  const file = join(folder, 'Copy.bas');
  writeFileSync(file, [
    'DIM code% 256', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[ OPT pass%', '.handler%',
    '        CMP     r0, #0', '        BNE     other', ...lines, '.other', '        CMN     r0, #0', '        MOV     pc, lr', ']', 'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 1048576, handler%, 0, "Copy" TO ,area%', 'END', '',
  ].join('\n'));
  return file;
}

test('pagewarden run: a PreGrow that copies R1 before loading (MOV r4, r1 / LDR r9, [r4]) is PW307 at the load, as in analysis', () => {
  const file = basicHandler(['        STMFD   r13!, {r4, r9}', '        MOV     r4, r1', '        LDR     r9, [r4]', '        LDMFD   r13!, {r4, r9}']);
  const run = runCli(['run', file, '--entry', 'handler%']);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^ {2}10:9 PW307 This handler reads through R1, which is 0 for an area without flag bit 8/m);
  assert.equal(runCli(['check', file]).stdout.match(/PW307/g)?.length, 1, 'analysis reports it at the same load');
});

test('pagewarden run: the copy tested for 0 before the load is clean', () => {
  const file = basicHandler(['        STMFD   r13!, {r4, r9}', '        MOVS    r4, r1', '        LDRNE   r9, [r4]', '        LDMFD   r13!, {r4, r9}']);
  const run = runCli(['run', file, '--entry', 'handler%']);
  assert.equal(run.status, 0, run.stdout);
  assert.doesNotMatch(run.stdout, /PW307/);
});

test('pagewarden run finds a handler with no label where it starts by its address, named as the SYS passes it', () => {
  const folder = tempDir('pw-run-unlabelled-');
  // DIMmed, or claimed from the RMA at run time.
  for (const claim of ['DIM code% 256', 'SYS "OS_Module", 6,,, 256 TO ,, code%']) {
    const file = join(folder, 'Bare.bas');
    writeFileSync(file, [
      claim, 'P% = code%', '[ OPT 2', '        CMP     r0, #2', '        MOVEQ   r3, #&1000000', '        MOV     pc, lr', ']',
      'SYS "OS_DynamicArea", 0, -1, 0, -1, &80, 1048576, code%, 0, "Bare" TO ,area%', '',
    ].join('\n'));
    const run = runCli(['run', file, '--entry', 'code%', '--scenario', 'PreShrink, 2 of 4 pages']);
    assert.equal(run.status, 1, `${claim}: ${run.stderr}`);
    assert.match(run.stdout, /^ {2}6:9 PW308 PreShrink permits more than the kernel asked for/m);
  }
});

/** An ObjAsm module whose service handler claims `claims` (R1 := 0), line 20 the claim, line 21 the return. */
function serviceModule(claims: string): string {
  const folder = tempDir('pw-service-');
  const file = join(folder, 'Svc,ffd');
  writeFileSync(file, [
    '; > s.Svc', '        AREA    |Svc$$Code|, CODE, READONLY, PIC', '', '        ENTRY', '',
    'Module_BaseAddr', '        DCD     0', '        DCD     0', '        DCD     0', '        DCD     Service - Module_BaseAddr',
    '        DCD     Title - Module_BaseAddr', '        DCD     Title - Module_BaseAddr', '        DCD     0', '',
    'Title   =       "Svc", 0', '        ALIGN', '', 'Service', `        TEQ     r1, #${claims}`, '        MOVEQ   r1, #0', '        MOV     pc, lr', '', '        END', '',
  ].join('\n'));
  return file;
}

interface CheckedReplay {
  readonly code: string;
  readonly line: number;
  readonly message: string;
  readonly replay?: { readonly file: string; readonly entry: string; readonly witness: Record<string, string> };
}

test('pagewarden check: a module service handler that claims Service_PagesSafe is PW304; pagewarden run --witness replays it with &8F', () => {
  const file = serviceModule('&8F');
  const check = runCli(['check', '--format', 'json', file]);
  const { findings } = JSON.parse(check.stdout) as { findings: CheckedReplay[] };
  assert.deepEqual(findings.map((f) => [f.code, f.line]), [['PW304', 21]]);
  assert.match(findings[0]?.message ?? '', /Service_PagesSafe \(&8F\) with R1 changed/);
  const replay = findings[0]?.replay;
  assert.equal(replay?.witness['service'], '0x8f');
  const run = runCli(['run', file, '--entry', replay?.entry ?? '', '--witness', JSON.stringify(replay?.witness), '--format', 'json']);
  assert.notEqual(run.status, 2, run.stderr);
  const result = JSON.parse(run.stdout) as { verdict: { findings: { code: string; range: { start: { line: number } } }[] } };
  assert.ok(result.verdict.findings.some((f) => f.code === 'PW304' && f.range.start.line === 20), JSON.stringify(result.verdict.findings));
});

test('pagewarden check: a service handler that claims another service (Service_Memory, &11) is clean', () => {
  const check = runCli(['check', '--format', 'json', serviceModule('&11')]);
  assert.deepEqual((JSON.parse(check.stdout) as { findings: CheckedReplay[] }).findings, []);
  assert.equal(check.status, 0);
});

test('pagewarden run --witness replays a finding whose witness names a widened loop\'s value (loop.r8#0): the run goes round the loop itself', () => {
  // A PreGrow fill loop that forgot to step the page number: the same page in entries 0 and 1.
  const file = join(tempDir('pw-run-loop-'), 'Dup.s');
  writeFileSync(file, [
    '        AREA    |D$$Code|, CODE, READONLY',
    'Init    ROUT',
    '        STMFD   r13!, {r7, r8, lr}',
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    '        MOV     r4, #1 :SHL: 8',
    '        MOV     r5, #&100000',
    '        ADR     r6, Handler',
    '        MOV     r7, r12',
    '        ADR     r8, Name',
    '        SWI     XOS_DynamicArea',
    '        LDMFD   r13!, {r7, r8, pc}',
    'Name    DCB     "Dup", 0',
    '        ALIGN',
    'Handler ROUT',
    '        TEQ     r0, #0',
    '        MOVNE   pc, lr',
    '        STMFD   r13!, {r6-r8}',
    '        MOV     r6, #&100',
    '        MOV     r7, r1',
    '        MOVS    r8, r2',
    '        BEQ     %FT20',
    '10      STR     r6, [r7], #12',
    '        SUBS    r8, r8, #1',
    '        BNE     %BT10',
    '20      LDMFD   r13!, {r6-r8}',
    '        CMP     r0, #0',
    '        MOV     pc, lr',
    '        END',
    '',
  ].join('\n'));
  const check = runCli(['check', '--format', 'json', file]);
  const finding = (JSON.parse(check.stdout) as { findings: CheckedReplay[] }).findings.find((f) => f.code === 'PW302' && f.line === 25);
  const witness = finding?.replay?.witness ?? assert.fail(check.stdout);
  assert.ok(Object.keys(witness).some((name) => name.startsWith('loop.')), JSON.stringify(witness));
  const run = runCli(['run', file, '--entry', 'Handler', '--witness', JSON.stringify(witness), '--format', 'json']);
  assert.equal(run.status, 1, run.stderr);
  const result = JSON.parse(run.stdout) as { verdict: { findings: { code: string; range: { start: { line: number } } }[] } };
  assert.ok(result.verdict.findings.some((f) => f.code === 'PW302' && f.range.start.line === 24), JSON.stringify(result.verdict.findings));
});

const FRAME_POOL = join(repoRoot, 'examples/corpus/riscos-objasm/FramePool/s/Pool');

test('pagewarden run on a pool handler that loads its page counter twice and subtracts: R5 is the 2 pages, the batch test does not fork, the run returns with its trace', () => {
  const run = runCli(['run', FRAME_POOL, '--entry', 'PoolHandler', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { steps: { text: string; registers: { name: string; before: string; after: string }[] }[]; verdict: { ended: string } };
  assert.match(result.verdict.ended, /^returned/);
  const sub = result.steps.find((s) => /^SUB\s+r5, r7, r8$/.test(s.text));
  assert.deepEqual(sub?.registers, [{ name: 'r5', before: '0x0BAD0005', after: '0x00000002' }]);
});

test('pagewarden run on a lookup loop over unknown cache tags shows a path that returns, not one a widened loop covered', () => {
  const run = runCli(['run', join(repoRoot, 'examples/corpus/riscos-objasm/RAMCache/s/Handler'), '--entry', 'Cache_Lookup', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { steps: { text: string }[]; verdict: { ended: string } };
  assert.equal(result.verdict.ended, 'returned');
  assert.equal(result.steps.at(-1)?.text, 'EXIT');
});

test('pagewarden run follows a call by ADR R14, back / B round: round\'s MOV PC, R14 goes on at .back, and the handler returns clean', () => {
  const file = join(tempDir('pw-run-adr-call-'), 'AdrCall.bas');
  writeFileSync(file, [
    'DIM code% 256', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[ OPT pass%', '.handler',
    '        TEQ     R0, #2', '        BNE     accept', '        STMFD   R13!, {R14}', '        ADR     R14, back', '        B       round',
    '.back', '        LDMFD   R13!, {R14}', '.accept', '        MSR     CPSR_f, #0', '        MOV     PC, R14',
    '.round', '        STMFD   R13!, {R6}', '        SUB     R6, R5, #1', '        BIC     R3, R3, R6', '        LDMFD   R13!, {R6}', '        MOV     PC, R14',
    ']', 'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 65536, -1, &80, 1 << 20, handler, 0, "AdrCall" TO ,area%', 'END', '',
  ].join('\n'));
  const run = runCli(['run', file, '--entry', 'handler', '--scenario', 'PreShrink, 2 of 4 pages', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { readonly steps: readonly { readonly text: string }[]; readonly verdict: { readonly findings: readonly unknown[] } };
  const texts = result.steps.map((s) => s.text.replace(/\s+/g, ' '));
  const back = texts.indexOf('MOV PC, R14', texts.indexOf('LDMFD R13!, {R6}'));
  assert.equal(texts[back + 1], 'LDMFD R13!, {R14}');
  assert.deepEqual(result.verdict.findings, []);
});

test('pagewarden run: PostShrink, the last reason of a table, runs on into its routine on a ROUT line, across the slot that routine starts', () => {
  const file = join(tempDir('pw-run-runs-on-'), 'RunsOn.s');
  writeFileSync(file, [
    '        GET     Hdr:Macros', '        AREA    |C$$Code|, CODE, READONLY',
    'Init    MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #0',
    '        MOV     r5, #32*4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        MOV     r8, #0', '        SWI     XOS_DynamicArea',
    '        MOV     pc, lr',
    'Handler ROUT', '        CMP     r0, #4', '        ADDLO   pc, pc, r0, LSL #2', '        B       Unknown',
    '        B       Done', '        B       Done', '        B       Done',
    'PostShrink ROUT', '        MOV     r0, #1', '        CLRV', '        MOV     pc, lr',
    'Done    CLRV', '        MOV     pc, lr',
    'Unknown MOV     r0, #0', '        SETV', '        MOV     pc, lr', '        END', '',
  ].join('\n'));
  const run = runCli(['run', file, '--entry', 'Handler', '--scenario', 'PreShrink, 2 of 4 pages']);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^ {2}24:9 PW304 PostShrink returns with R0 changed; the kernel expects it preserved/m);
});

test('pagewarden run offers TestShrink only for a handler whose area is Shrinkable (flag bit 9) or may be', () => {
  const folder = tempDir('pw-run-testshrink-');
  /** A module creating one area, its flags set by `r4`, whose handler refuses the reasons past PostShrink. */
  const run = (name: string, r4: readonly string[]) => {
    const file = join(folder, `${name}.s`);
    writeFileSync(file, [
      '        GET     Hdr:Macros', '        AREA    |C$$Code|, CODE, READONLY',
      'Init    MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1', ...r4,
      '        MOV     r5, #32*4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        MOV     r8, #0', '        SWI     XOS_DynamicArea',
      '        MOV     pc, lr',
      'Handler ROUT', '        CMP     r0, #3', '        MOVHI   r0, #0', '        SETV    HI', '        MOVHI   pc, lr', '        CLRV', '        MOV     pc, lr', '        END', '',
    ].join('\n'));
    return runCli(['run', file, '--entry', 'Handler', '--scenario', 'TestShrink']);
  };
  const refused = run('Plain', ['        MOV     r4, #1 :SHL: 7']);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /No scenario "TestShrink" for Handler; these fit: "PreGrow, no specific pages", .*"PreShrink, 2 of 4 pages"$/m);
  // Asked, the handler refuses TestShrink with R0 changed: PW304.
  for (const r4 of [['        MOV     r4, #(1 :SHL: 7) :OR: (1 :SHL: 9)'], ['        LDR     r4, [r12]', '        BIC     r4, r4, #1 :SHL: 20']]) {
    const asked = run('Shrinkable', r4);
    assert.equal(asked.status, 1, asked.stderr);
    assert.match(asked.stdout, /PW304 TestShrink returns with R0 changed/);
  }
});

test('pagewarden run: TestShrink runs for an area created Shrinkable (flag bit 9), which OS_DynamicArea 5 counts as free', () => {
  const folder = tempDir('pw-run-testshrink-flags-');
  const file = join(folder, 'Free.s');
  // A handler whose TestShrink (a reason of its own, and the handler's scenario) asks how much memory is free.
  writeFileSync(file, [
    '        GET     Hdr:Macros', '        AREA    |C$$Code|, CODE, READONLY',
    'Init    MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #(1 :SHL: 7) :OR: (1 :SHL: 9)', '        MOV     r5, #32*4096', '        ADR     r6, Handler', '        MOV     r7, r12',
    '        MOV     r8, #0', '        SWI     XOS_DynamicArea', '        MOV     pc, lr',
    'Handler ROUT', '        TEQ     r0, #4', '        BEQ     TestShrink', '        CLRV', '        MOV     pc, lr',
    'TestShrink', '        STMFD   sp!, {r0-r2, lr}', '        MOV     r0, #5', '        MOV     r1, #-1', '        SWI     XOS_DynamicArea',
    '        MOV     r3, #0', '        LDMFD   sp!, {r0-r2, lr}', '        CLRV', '        MOV     pc, lr', '        END', '',
  ].join('\n'));
  // The free pool's pages (17 in the handler's scenario, 16 in the reason's) and the area's own 4, which the kernel
  // counts as it may shrink them.
  for (const [entry, free] of [[['--entry', 'Handler', '--scenario', 'TestShrink'], '00015000'], [['--entry', 'TestShrink'], '00014000']] as const) {
    const run = runCli(['run', file, ...entry]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`^ +\\d+ +23:9 +SWI XOS_DynamicArea +r2=0x${free} `, 'm'), entry.join(' '));
  }
});

test('pagewarden run: a handler offset-assembled at P% = 0 (O% = code%, passed as code% + handler) runs, with the finding of check and its witness', () => {
  const folder = tempDir('pw-run-offset-');
  const write = (body: readonly string[]): string => {
    const file = join(folder, 'Offset.bas');
    writeFileSync(file, [
      'DIM code% 256', 'FOR pass% = 4 TO 6 STEP 2', '  P% = 0 : O% = code%', '  [ OPT pass%', '  .handler', ...body, '        MOV     PC, R14', '  ]', 'NEXT pass%',
      'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 65536, code% + handler, 0, "Offs" TO ,area%', 'END', '',
    ].join('\n'));
    return file;
  };
  const file = write(['        STR     R0, [R1]', '        CMP     R0, #0']);
  const check = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { readonly findings: readonly { readonly code: string; readonly line: number; readonly replay?: { readonly entry: string; readonly witness: Record<string, string> } }[] };
  const [finding] = check.findings;
  assert.equal(finding?.code, 'PW307');
  assert.equal(finding.replay?.entry, 'handler');
  for (const witness of [[], ['--witness', JSON.stringify(finding.replay.witness)]]) {
    const run = runCli(['run', file, '--entry', 'handler', ...witness]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^ +0 +6:9 +STR R0, \[R1\]/m, 'the trace starts at the handler');
    assert.match(run.stdout, /^ {2}6:9 PW307 This handler writes through R1, which is 0/m);
  }
  // Tested for 0 first, the same code runs clean.
  const fixed = runCli(['run', write(['        TEQ     R1, #0', '        STRNE   R0, [R1]', '        CMP     R0, #0']), '--entry', 'handler']);
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  assert.match(fixed.stdout, /^ +0 +6:9 +TEQ R1, #0/m);
  assert.match(fixed.stdout, /Verdict: returned; no findings/);
});

test('check and run: ObjAsm code for both address modes (TEQ pc, pc) has its 32-bit return checked, and the finding\'s witness replays that side', () => {
  const folder = tempDir('pw-teq-pc-pc-');
  const write = (flags32: string): string => {
    const file = join(folder, 'Neutral.s');
    writeFileSync(file, [
      '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System',
      '        AREA    |N$$Code|, CODE, READONLY, PIC',
      'Init    Entry   "r1-r8"', '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
      '        MOV     r4, #0', '        MOV     r5, #16*4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Name',
      '        SWI     XOS_DynamicArea', '        EXIT',
      'Name    =       "Neutral", 0', '        ALIGN',
      'Handler ROUT',
      '        TEQ     pc, pc',
      '        BICNES  pc, lr, #V_bit',
      `        MSR     CPSR_f, #${flags32}`,
      '        MOV     pc, lr',
      '        END', '',
    ].join('\n'));
    return file;
  };
  const file = write('V_bit');
  const check = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { readonly findings: readonly { readonly code: string; readonly line: number; readonly replay?: { readonly entry: string; readonly witness: Record<string, string> } }[] };
  assert.ok(check.findings.length > 0);
  for (const f of check.findings) assert.deepEqual([f.code, f.line], ['PW305', 23]);
  const witness = check.findings[0]?.replay?.witness;
  assert.equal(witness?.['mode.32bit#0'], '0x1');
  const replay = runCli(['run', file, '--entry', 'Handler', '--witness', JSON.stringify(witness)]);
  assert.equal(replay.status, 1, replay.stdout + replay.stderr);
  assert.match(replay.stdout, /^ +\d+ +20:9 +TEQ pc, pc +mode=0x13/m, 'the replay goes on in SVC32');
  assert.match(replay.stdout, /^ {2}23:9 PW305 /m);
  // Without the witness a run stays in the mode the code was lowered for: the 26-bit return, clear.
  const run = runCli(['run', file, '--entry', 'Handler']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^ +\d+ +21:9 +BICNES pc, lr, #V_bit/m);
  assert.deepEqual(JSON.parse(runCli(['check', '--format', 'json', write('0')]).stdout).findings, [], 'V cleared on the 32-bit side too');
});

test('check and run: of two TEQ pc, pc tests on separate branches, the finding on the 32-bit side of the one analysed later replays with its witness', () => {
  const folder = tempDir('pw-teq-pc-pc-two-');
  const file = join(folder, 'TwoTests.s');
  /** A handler whose two ways (R4, the area's size, 0 or not) each ask the mode; `bug` is the 32-bit side of the second. */
  const write = (bug: string): string => {
    writeFileSync(file, [
      '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System',
      '        AREA    |N$$Code|, CODE, READONLY, PIC',
      'Init    Entry   "r1-r8"', '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
      '        MOV     r4, #0', '        MOV     r5, #16*4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Name',
      '        SWI     XOS_DynamicArea', '        EXIT',
      'Name    =       "Neutral", 0', '        ALIGN',
      'Handler ROUT',
      '        TEQ     r4, #0', //                    20
      '        BEQ     %FT10',
      '        TEQ     pc, pc', //                    22
      '        BICNES  pc, lr, #V_bit',
      '        MSR     CPSR_f, #0',
      '        MOV     pc, lr',
      '10      TEQ     pc, pc', //                    26
      '        BICNES  pc, lr, #V_bit',
      '        TEQ     r0, #0',
      `        ${bug}`, //                            29
      '        MSR     CPSR_f, #0',
      '        MOV     pc, lr', //                    31
      '        END', '',
    ].join('\n'));
    return file;
  };
  const check = JSON.parse(runCli(['check', '--format', 'json', write('MOVEQ   r2, #0')]).stdout) as { readonly findings: readonly { readonly code: string; readonly line: number; readonly replay?: { readonly witness: Record<string, string> } }[] };
  assert.deepEqual(check.findings.map((f) => [f.code, f.line]), [['PW304', 31]]);
  const witness = check.findings[0]?.replay?.witness;
  const replay = runCli(['run', file, '--entry', 'Handler', '--witness', JSON.stringify(witness)]);
  assert.equal(replay.status, 1, replay.stdout + replay.stderr);
  assert.match(replay.stdout, /^ +\d+ +26:9 +TEQ pc, pc +mode=0x13/m, 'the replay takes the second test\'s 32-bit side');
  assert.match(replay.stdout, /^ {2}31:9 PW304 PreGrow returns with R2 changed/m);
  assert.deepEqual(JSON.parse(runCli(['check', '--format', 'json', write('MOVEQ   r3, r3')]).stdout).findings, [], 'R2 kept on the 32-bit side too');
});

test('pagewarden run: a handler a PROC assembles where the pass loop calls it, passed as code% + 8, runs its own code', () => {
  const folder = tempDir('pw-run-emitted-');
  const write = (firstPage: string): string => {
    const file = join(folder, 'Emitted.bas');
    writeFileSync(file, [
      'DIM code% 256, ws% 16', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[ OPT pass%', '.veneer', '        MOV     r0, #0', '        MOV     pc, r14', ']',
      'PROCemit_handler', '[ OPT pass%', '.reset', '        MOV     r0, #4', '        MOV     pc, r14', ']', 'NEXT pass%',
      'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code% + 8, ws%, "Emitted" TO ,area%', 'END',
      'DEF PROCemit_handler', '[ OPT pass%', '.handler', '        TEQ     r0, #1', `        ${firstPage}`, '        CMP     r0, r0', '        MOV     pc, r14', ']', 'ENDPROC', '',
    ].join('\n'));
    return file;
  };
  const faulty = runCli(['run', write('LDREQ   r2, [r1, #4]'), '--entry', 'handler']);
  assert.equal(faulty.status, 1, faulty.stdout + faulty.stderr);
  assert.match(faulty.stdout, /^ +0 +21:9 +TEQ r0, #1/m, 'the trace starts at the handler the PROC assembled');
  assert.match(faulty.stdout, /^ {2}22:9 PW307 This handler reads through R1, which is 0/m);
  const clean = runCli(['run', write('STREQ   r1, [r12]'), '--entry', 'handler']);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /^ +0 +21:9 +TEQ r0, #1/m);
  assert.match(clean.stdout, /Verdict: returned; no findings/);
});

/** A PreShrink that keeps one page of the area, `compare` choosing when it lowers R3 (MOVLO is the bug, MOVHI the fix). */
function preShrinkHandler(compare: 'MOVLO' | 'MOVHI'): string {
  const folder = tempDir('pw-run-preshrink-');
  const file = join(folder, 'Shrink.bas');
  writeFileSync(file, [
    'DIM code% 256', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[OPT pass%', '.handler',
    '        TEQ     r0, #2', '        BNE     other', '        STMFD   r13!, {r6}', '        SUBS    r6, r4, #4096', '        MOVMI   r6, #0',
    '        CMP     r3, r6', `        ${compare}   r3, r6`, '        LDMFD   r13!, {r6}', '.other', '        MSR     CPSR_f, #0', '        MOV     pc, r14',
    ']', 'NEXT', 'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 16 * 4096, handler, 0, "W" TO ,area%', 'END', '',
  ].join('\n'));
  return file;
}

interface ResizeRun extends PreGrowRun {
  readonly before: { readonly physical: readonly { readonly owner: string }[] };
}

const PRESHRINK_WITNESS = '{"wanted": "0x1000", "size": "0x3000", "reason": "0x2"}';
const argumentOf = (run: ResizeRun, call: string, name: string): string | undefined =>
  run.steps.flatMap((s) => s.events).find((e) => e.name === call)?.arguments?.find((a) => a.name === name)?.value;
const areaPages = (run: ResizeRun): number => run.before.physical.filter((p) => p.owner === 'Handler\'s area').length;

test('pagewarden run --witness of a PreShrink: the kernel asks for the witness\'s R3 of an area of its R4, as the handler was given', () => {
  const run = runCli(['run', preShrinkHandler('MOVLO'), '--entry', 'handler', '--witness', PRESHRINK_WITNESS, '--format', 'json']);
  assert.equal(run.status, 1, run.stderr);
  const result = JSON.parse(run.stdout) as ResizeRun;
  assert.equal(argumentOf(result, 'DAHandler_PreShrink', 'bytes'), '0x00001000');
  assert.equal(areaPages(result), 3);
  assert.ok(result.verdict.findings.some((f) => f.code === 'PW308'));
});

test('pagewarden run --witness of a PreShrink: the fixed handler is clean on the same path; sizes no kernel passes stay the handler\'s registers', () => {
  const file = preShrinkHandler('MOVHI');
  const run = runCli(['run', file, '--entry', 'handler', '--witness', PRESHRINK_WITNESS, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as ResizeRun;
  assert.equal(argumentOf(result, 'DAHandler_PreShrink', 'bytes'), '0x00001000');
  assert.deepEqual(result.verdict.findings, []);
  // A shrink of more than the area holds is no resize the kernel makes: the scenario's area, the handler's R3.
  const odd = JSON.parse(runCli(['run', file, '--entry', 'handler', '--witness', '{"wanted": "0x5000", "size": "0x3000", "reason": "0x2"}', '--format', 'json']).stdout) as ResizeRun;
  assert.equal(argumentOf(odd, 'DAHandler_PreShrink', 'bytes'), '0x00002000');
  assert.equal(areaPages(odd), 4);
});

/** A module whose Init claims its workspace (XOS_Module 6) and creates an area of 4 pages with Handler, `preGrow` its PreGrow body. */
function initModule(preGrow: string): string {
  const folder = tempDir('pw-run-init-');
  const file = join(folder, 'Module,ffd');
  writeFileSync(file, [
    '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System', '        GET     Hdr:ModHand', '        GET     Hdr:Proc', '',
    '        AREA    |M$$Code|, CODE, READONLY, PIC', '', '                ^       0, r12', 'ws_area         #       4', 'ws_size         *       :INDEX: @', '',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0', 'Title   =       "RunInit", 0', '        ALIGN', '',
    'Init    Entry   "r1-r8"', '        MOV     r0, #ModHandReason_Claim', '        MOV     r3, #ws_size', '        SWI     XOS_Module', '        EXIT    VS',
    '        STR     r2, [r12]', '        MOV     r12, r2', '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #16384',
    '        MOV     r3, #-1', '        MOV     r4, #0', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, r12',
    '        ADR     r8, Title', '        SWI     XOS_DynamicArea', '        STRVC   r1, ws_area', '        EXIT', '',
    'Handler ROUT', '        CMP     r0, #0', preGrow, '        CLRV', '        MOV     pc, lr', '', '        END', '',
  ].join('\n'));
  return file;
}

interface InitRun {
  readonly steps: readonly { readonly index: number; readonly text: string; readonly range: { readonly start: { readonly line: number } }; readonly events: readonly { readonly name?: string }[] }[];
  readonly after: { readonly physical: readonly { readonly owner: string }[] };
  readonly verdict: { readonly ended: string; readonly findings: readonly { readonly code: string; readonly step?: number; readonly range: { readonly start: { readonly line: number } } }[] };
}

function runInit(file: string, witness?: string): InitRun {
  const run = runCli(['run', file, '--entry', 'Init', '--format', 'json', ...(witness ? ['--witness', witness] : [])]);
  assert.notEqual(run.status, 2, run.stderr);
  return JSON.parse(run.stdout) as InitRun;
}

const stepTexts = (run: InitRun): string[] => run.steps.map((s) => s.text.replace(/\s+/g, ' '));

test('pagewarden run of a module\'s Init: the workspace claim succeeds, the area is created, and the handler the creation calls shows its steps and its PW304 at its step', () => {
  const result = runInit(initModule('        MOVEQ   r2, #0'));
  const texts = stepTexts(result);
  const swi = texts.indexOf('SWI XOS_DynamicArea');
  assert.ok(swi > texts.indexOf('SWI XOS_Module'), texts.join(' | '));
  // The handler's PreGrow steps follow the SWI's, the kernel's call on the last of them.
  assert.deepEqual(texts.slice(swi + 1, swi + 5), ['CMP r0, #0', 'MOVEQ r2, #0', 'CLRV', 'MOV pc, lr']);
  assert.ok(result.steps[swi + 4]?.events.some((e) => e.name === 'DAHandler_PreGrow'));
  assert.equal(result.after.physical.filter((p) => p.owner === 'RunInit').length, 4);
  const pw304 = result.verdict.findings.find((f) => f.code === 'PW304');
  assert.equal(pw304?.step, swi + 4);
  assert.equal(pw304?.range.start.line, result.steps[swi + 4]?.range.start.line);
  assert.match(result.verdict.ended, /^returned/);
});

test('pagewarden run of a module\'s Init: the handler that preserves R2 is clean; a witness that fails the claim takes the EXIT VS', () => {
  const file = initModule('        MOVEQ   r1, r1');
  const clean = runInit(file);
  assert.deepEqual(clean.verdict.findings, []);
  assert.equal(clean.after.physical.filter((p) => p.owner === 'RunInit').length, 4);
  const failed = runInit(file, '{"swi.failed.XOS_Module#0": "0x1"}');
  const texts = stepTexts(failed);
  assert.deepEqual(texts.slice(-2), ['SWI XOS_Module', 'EXIT VS'], texts.join(' | '));
  assert.equal(failed.after.physical.filter((p) => p.owner === 'RunInit').length, 0);
});

test('pagewarden run of a module\'s Init: a witness that fails the area\'s creation runs no handler and moves no page; one that does not fail it runs both', () => {
  const file = initModule('        MOVEQ   r2, #0');
  const failed = runInit(file, '{"swi.failed.XOS_DynamicArea#0": "0x1"}');
  const texts = stepTexts(failed);
  const swi = texts.indexOf('SWI XOS_DynamicArea');
  // No area was made: the kernel calls no handler, the code goes on at once after the SWI.
  assert.deepEqual(texts.slice(swi + 1), ['STRVC r1, ws_area', 'EXIT'], texts.join(' | '));
  assert.ok(!failed.steps.some((s) => s.events.some((e) => e.name?.startsWith('DAHandler_') || e.name === 'Service_DynamicAreaCreate')));
  assert.deepEqual(failed.verdict.findings, []);
  assert.equal(failed.after.physical.filter((p) => p.owner === 'RunInit').length, 0);
  const made = runInit(file, '{"swi.failed.XOS_DynamicArea#0": "0x0"}');
  assert.ok(made.steps.some((s) => s.events.some((e) => e.name === 'DAHandler_PreGrow')));
  assert.deepEqual(made.verdict.findings.map((f) => f.code), ['PW304']);
  assert.equal(made.after.physical.filter((p) => p.owner === 'RunInit').length, 4);
});

test('pagewarden run of a module\'s Init: the workspace XOS_Module 6 claims is a word-aligned address the run shows, in R2 and in the words stored through it', () => {
  const run = runCli(['run', initModule('        MOVEQ   r1, r1'), '--entry', 'Init', '--format', 'json']);
  assert.notEqual(run.status, 2, run.stderr);
  const steps = (JSON.parse(run.stdout) as { steps: readonly { text: string; registers: readonly { name: string; after: string }[]; writes: readonly { address: string; value: string }[] }[] }).steps;
  const claim = steps.find((s) => /^SWI\s+XOS_Module/.test(s.text));
  const r2 = claim?.registers.find((r) => r.name === 'r2')?.after ?? '';
  assert.match(r2, /^0x[0-9A-F]{8}$/, steps.map((s) => s.text).join(' | '));
  assert.equal(Number(r2) % 4, 0);
  // STR r2, [r12] keeps the block in the private word; STRVC r1, ws_area stores at the block.
  assert.equal(steps.find((s) => /^STR\s+r2, \[r12\]/.test(s.text))?.writes[0]?.value, r2);
  assert.equal(steps.find((s) => /^STRVC\s+r1, ws_area/.test(s.text))?.writes[0]?.address, r2);
});

/** A module whose Init claims workspace with XOS_Module on two branches (R10 chooses), `second` the store after the second claim. */
function twoClaims(second: string): string {
  const folder = tempDir('pw-run-claims-');
  const file = join(folder, 'Two,ffd');
  writeFileSync(file, [
    '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System', '        GET     Hdr:ModHand', '        GET     Hdr:Proc', '',
    '        AREA    |M$$Code|, CODE, READONLY, PIC', '', 'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0', 'Title   =       "Two", 0', '        ALIGN', '',
    'Init    Entry   "r1-r8"', '        TEQ     r10, #0', '        BEQ     second', '        MOV     r0, #6', '        MOV     r3, #16', '        SWI     XOS_Module',
    '        STRVC   r2, [r12]', '        EXIT', 'second', '        MOV     r0, #6', '        MOV     r3, #32', '        SWI     XOS_Module', `        ${second}`, '        EXIT', '        END', '',
  ].join('\n'));
  return file;
}

test('check and run: a PW310 after the XOS_Module of the branch analysed second names that path\'s own failure, and its witness replays it', () => {
  const file = twoClaims('STR     r2, [r12]');
  const { findings } = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { findings: CheckedReplay[] };
  assert.deepEqual(findings.map((f) => [f.code, f.line]), [['PW310', 32]]);
  const witness = findings[0]?.replay?.witness;
  // The first XOS_Module on the finding's path, as a run that follows that path alone numbers it.
  assert.equal(witness?.['swi.failed.XOS_Module#0'], '0x1');
  const run = runInit(file, JSON.stringify(witness));
  assert.ok(run.steps.some((s) => /^SWI\s+XOS_Module/.test(s.text) && s.range.start.line === 30), stepTexts(run).join(' | '));
  assert.deepEqual(run.verdict.findings.map((f) => [f.code, f.range.start.line]), [['PW310', 31]]);
  // The store made only when the claim succeeded: clean, and the same witness replays clean.
  const fixed = twoClaims('STRVC   r2, [r12]');
  assert.deepEqual((JSON.parse(runCli(['check', '--format', 'json', fixed]).stdout) as { findings: CheckedReplay[] }).findings, []);
  assert.deepEqual(runInit(fixed, JSON.stringify(witness)).verdict.findings, []);
});

/** An area of no flags whose handler runs `postGrow` for PostGrow and `postShrink` for PostShrink, each conditional on its reason. */
function postHandler(postGrow: string, postShrink: string): string {
  const folder = tempDir('pw-run-post-');
  const file = join(folder, 'Post,ffd');
  writeFileSync(file, [
    '        AREA    |Test$$Code|, CODE, READONLY', '', 'Create', '        STMFD   sp!, {r0-r8, lr}', '        MOV     r0, #0', '        MOV     r1, #-1',
    '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #0', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, #0',
    '        ADR     r8, Name', '        SWI     XOS_DynamicArea', '        LDMFD   sp!, {r0-r8, pc}', 'Name    DCB     "Test", 0', '        ALIGN', '',
    'Handler ROUT', '        CMP     r0, #1', `        ${postGrow}`, '        CMP     r0, #3', `        ${postShrink}`, '        CLRV', '        MOV     pc, lr', '        END', '',
  ].join('\n'));
  return file;
}

interface PostRun {
  readonly scenario: string;
  readonly steps: readonly { readonly events: readonly { readonly name?: string }[] }[];
  readonly verdict: { readonly ended: string; readonly findings: readonly { readonly code: string; readonly message: string }[] };
}

function replayFirst(file: string, code: string): PostRun {
  const { findings } = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { findings: CheckedReplay[] };
  const finding = findings.find((f) => f.code === code);
  assert.ok(finding?.replay, JSON.stringify(findings));
  const run = runCli(['run', file, '--entry', finding.replay.entry, '--witness', JSON.stringify(finding.replay.witness), '--format', 'json']);
  assert.notEqual(run.status, 2, run.stderr);
  return JSON.parse(run.stdout) as PostRun;
}

test('pagewarden run --witness of a PostGrow or PostShrink finding replays the resize that ends with that call, the witness given to it', () => {
  // R5 is lost only when R7 is 5: the witness's R7 must reach the PostGrow call, not the PreGrow before it.
  const file = postHandler('CMPEQ   r7, #5\n        MOVEQ   r5, #0', 'MOVEQ   r6, #0');
  const grow = replayFirst(file, 'PW304');
  assert.match(grow.scenario, /^PostGrow \(in PreGrow/);
  // The PreGrow before it runs as the kernel calls it (R0 = 0): no finding of its own.
  assert.deepEqual(grow.verdict.findings.map((f) => f.message), ['PostGrow returns with R5 changed; the kernel expects it preserved']);
  const { findings } = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { findings: CheckedReplay[] };
  const shrinkWitness = findings.find((f) => /PostShrink/.test(f.message))?.replay;
  assert.ok(shrinkWitness);
  const shrink = JSON.parse(runCli(['run', file, '--entry', shrinkWitness.entry, '--witness', JSON.stringify(shrinkWitness.witness), '--format', 'json']).stdout) as PostRun;
  assert.match(shrink.scenario, /^PostShrink \(in PreShrink/);
  assert.ok(shrink.steps.some((s) => s.events.some((e) => e.name === 'DAHandler_PostShrink')));
  assert.deepEqual(shrink.verdict.findings.map((f) => f.message), ['PostShrink returns with R6 changed; the kernel expects it preserved']);
});

test('pagewarden run --witness of a Pre reason\'s finding keeps its resize; the fixed PostGrow replayed on the same witness is clean', () => {
  const faulty = postHandler('MOVEQ   r5, #0', 'NOP');
  const { findings } = JSON.parse(runCli(['check', '--format', 'json', faulty]).stdout) as { findings: CheckedReplay[] };
  const witness = findings[0]?.replay?.witness;
  assert.ok(witness);
  const clean = postHandler('MOVEQ   r0, #1', 'NOP');
  const run = runCli(['run', clean, '--entry', 'Handler', '--witness', JSON.stringify(witness), '--format', 'json']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const result = JSON.parse(run.stdout) as PostRun;
  assert.match(result.scenario, /^PostGrow \(in /);
  assert.deepEqual(result.verdict.findings, []);
  const pre = JSON.parse(runCli(['run', faulty, '--entry', 'Handler', '--witness', '{"reason": "0x0"}', '--format', 'json']).stdout) as PostRun;
  assert.equal(pre.scenario, 'PreGrow, no specific pages');
});

test('pagewarden run of a PostShrink that returns V set: the kernel ignores it, so the run reports no refusal (PW305 says so); a PreShrink\'s refusal it reports', () => {
  const folder = tempDir('pw-run-postv-');
  const file = join(folder, 'PostV,ffd');
  writeFileSync(file, [
    '        AREA    |Test$$Code|, CODE, READONLY', '', 'Create', '        STMFD   sp!, {r0-r8, lr}', '        MOV     r0, #0', '        MOV     r1, #-1',
    '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #0', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, #0',
    '        ADR     r8, Name', '        SWI     XOS_DynamicArea', '        LDMFD   sp!, {r0-r8, pc}', 'Name    DCB     "Test", 0', '        ALIGN', '',
    'Handler ROUT', '        CMP     r0, #3', '        BEQ     PostShrink', '        CMP     r0, #2', '        BEQ     PreShrink', '        CLRV', '        MOV     pc, lr',
    'PostShrink', '        SETV', '        MOV     pc, lr', 'PreShrink', '        ADR     r0, Busy', '        MOV     r3, #0', '        SETV', '        MOV     pc, lr',
    'Busy    DCD     &1000', '        DCB     "Area busy", 0', '        ALIGN', '        END', '',
  ].join('\n'));
  const post = JSON.parse(runCli(['run', file, '--entry', 'PostShrink', '--format', 'json']).stdout) as PostRun;
  assert.equal(post.verdict.ended, 'returned');
  assert.deepEqual(post.verdict.findings.map((f) => f.code), ['PW305']);
  const pre = JSON.parse(runCli(['run', file, '--entry', 'PreShrink', '--format', 'json']).stdout) as PostRun;
  assert.equal(pre.verdict.ended, 'returned; the kernel: Area busy');
});

/** A handler whose PreShrink and PostShrink leave at one exit, with `exit` before its return. */
function sharedExit(exit: readonly string[]): string {
  const folder = tempDir('pw-run-shared-');
  const file = join(folder, 'Shared.bas');
  writeFileSync(file, [
    'DIM code% 256', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[ OPT pass%', '.handler',
    '        CMP     R0, #1', '        BHI     other', '        CMP     R0, #0', '        MOV     PC, R14', '.other', ...exit, '        MOVLS   PC, R14',
    '        MOV     R1, #&80000000', '        CMP     R1, #1', '        MOV     PC, R14', ']', 'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 32768, handler, 0, "Shared" TO ,area%', 'END', '',
  ].join('\n'));
  return file;
}

interface SharedRun {
  readonly verdict: { readonly findings: readonly { readonly code: string; readonly message: string; readonly range: { readonly start: { readonly line: number } }; readonly step?: number }[] };
}

test('pagewarden run: a PreShrink and PostShrink returning R0 changed at one exit is one PW304, as check reports it, at the step that first reached it', () => {
  const file = sharedExit(['        CMP     R0, #4', '        MOVLS   R0, #0', '        CMPLS   R0, #0']);
  const run = JSON.parse(runCli(['run', file, '--entry', 'handler', '--scenario', 'PreShrink, 2 of 4 pages', '--format', 'json']).stdout) as SharedRun;
  const message = 'PreShrink returns with R0 changed; the kernel expects it preserved (the same code runs for PostShrink)';
  assert.deepEqual(run.verdict.findings.map((f) => `${f.code}@${f.range.start.line} step ${f.step} ${f.message}`), [`PW304@13 step 5 ${message}`]);
  assert.match(runCli(['check', file]).stdout, new RegExp(`:14:9: error PW304 ${message.replace(/[()]/g, '\\$&')}`));
});

test('pagewarden run: the same exit keeping R0 is clean', () => {
  const file = sharedExit(['        CMP     R0, #4']);
  const run = JSON.parse(runCli(['run', file, '--entry', 'handler', '--scenario', 'PreShrink, 2 of 4 pages', '--format', 'json']).stdout) as SharedRun;
  assert.deepEqual(run.verdict.findings, []);
});

test('check and run: the PW305 of the refusal a bounded dispatch sends R0 = 7 to has R0 = 7 in its witness, and run --witness replays that call; the fixed refusal is clean on it', () => {
  const folder = tempDir('pw-run-past-bound-');
  const file = join(folder, 'Past.s');
  /** A handler of an area that is not Shrinkable, whose table of four reasons sends the rest to a refusal with R0 = `r0`. */
  const write = (r0: string): void => writeFileSync(file, [
    '        GET     Hdr:Macros', '        AREA    |C$$Code|, CODE, READONLY',
    'Init    MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #1 :SHL: 7',
    '        MOV     r5, #32*4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        MOV     r8, #0', '        SWI     XOS_DynamicArea', '        MOV     pc, lr',
    'Handler ROUT', '        CMP     r0, #4', '        ADDCC   pc, pc, r0, LSL #2', '        B       Unknown',
    '        B       Done', '        B       Done', '        B       Done', '        B       Done',
    'Done    CLRV', '        MOV     pc, lr', `Unknown MOV     r0, #${r0}`, '        SETV', '        MOV     pc, lr', '        END', '',
  ].join('\n'));
  write('&40');
  const check = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { readonly findings: readonly { readonly code: string; readonly line: number; readonly replay?: { readonly entry: string; readonly witness: Record<string, string> } }[] };
  const [finding, ...others] = check.findings;
  assert.equal(others.length, 0);
  assert.deepEqual([finding?.code, finding?.line, finding?.replay?.witness['reason']], ['PW305', 26, '0x7']);
  const witness = JSON.stringify(finding?.replay?.witness);
  const replayed = runCli(['run', file, '--entry', 'Handler', '--witness', witness]);
  assert.equal(replayed.status, 1, replayed.stdout + replayed.stderr);
  // The replay is one call with R0 = 7, named for it: no PreGrow is made, and the finding reads as check's does.
  assert.match(replayed.stdout, /scenario "R0 = 7 \(one call, in the area of /);
  assert.match(replayed.stdout, /^ +\d+ +24:9 +MOV r0, #&40 +r0=0x00000040/m);
  assert.match(replayed.stdout, /^ {2}26:9 PW305 A reason past the dispatch's bound returns V set with R0 = &40, /m);
  assert.doesNotMatch(replayed.stdout, /PreGrow returns|call DAHandler_/);
  // The kernel's own reasons are dispatched: the handler's first scenario never gets to the refusal.
  assert.match(runCli(['run', file, '--entry', 'Handler']).stdout, /Verdict: returned; no findings/);
  write('0');
  assert.deepEqual(JSON.parse(runCli(['check', '--format', 'json', file]).stdout).findings, []);
  const fixed = runCli(['run', file, '--entry', 'Handler', '--witness', witness]);
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  assert.match(fixed.stdout, /^ +\d+ +24:9 +MOV r0, #0 /m);
  assert.match(fixed.stdout, /scenario "R0 = 7 \(one call, /);
  assert.doesNotMatch(fixed.stdout, /PW305|PreGrow returns/);
});

const HEX = /^0x[0-9A-F]{8}$/;

/** Module code whose Init runs `body` (between Entry and EXIT), in a file of its own. */
function moduleInit(body: readonly string[]): string {
  const file = join(tempDir('pw-run-heap-'), 'Heap,ffd');
  writeFileSync(file, [
    '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System', '        GET     Hdr:Proc', '',
    '        AREA    |M$$Code|, CODE, READONLY, PIC', '', 'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0', 'Title   =       "Heap", 0', '        ALIGN', '',
    'Init    Entry   "r1-r8"', ...body.map((line) => `        ${line}`), '        EXIT', '        END', '',
  ].join('\n'));
  return file;
}

/** The steps of the run of Init, with `config` (a pagewarden.json's settings) given to it, replaying `witness`. */
function initSteps(body: readonly string[], config?: Record<string, string>, witness?: Record<string, string>): readonly InitStep[] {
  const file = moduleInit(body);
  const configArgs = config ? ['--config', join(dirname(file), 'pagewarden.json')] : [];
  if (config) writeFileSync(configArgs[1] as string, JSON.stringify(config));
  const witnessArgs = witness ? ['--witness', JSON.stringify(witness)] : [];
  const run = runCli(['run', file, '--entry', 'Init', '--format', 'json', ...configArgs, ...witnessArgs]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return (JSON.parse(run.stdout) as { steps: readonly InitStep[] }).steps;
}

interface InitStep {
  readonly text: string;
  readonly registers: readonly { name: string; after: string }[];
  readonly events: readonly { readonly kind: string; readonly message?: string }[];
}

/** A register after the first step whose text matches `step` (undefined: unchanged, or no such step). */
const afterStep = (steps: readonly InitStep[], step: RegExp, r: string): string | undefined => steps.find((s) => step.test(s.text))?.registers.find((x) => x.name === r)?.after;

/**
 * The run of Init: R2 and R3 after each SWI, and R6 after an `LDR r6`, as
 * the steps show them (undefined: unchanged). Where every call is one the
 * run places (`placed`), the registers Entry saved on the stack come back
 * as they were: no call wrote there.
 */
function heapCalls(body: readonly string[], placed = true, config?: Record<string, string>):
  { readonly r2: readonly (string | undefined)[]; readonly r3: readonly (string | undefined)[]; readonly r6: string | undefined } {
  const steps = initSteps(body, config);
  const after = (s: (typeof steps)[number] | undefined, r: string): string | undefined => s?.registers.find((x) => x.name === r)?.after;
  const restored = steps.at(-1)?.registers ?? [];
  assert.ok(!placed || restored.every((r) => HEX.test(r.after)), restored.map((r) => `${r.name}=${r.after}`).join(' '));
  const swis = steps.filter((s) => /^SWI\s/.test(s.text));
  return { r2: swis.map((s) => after(s, 'r2')), r3: swis.map((s) => after(s, 'r3')), r6: after(steps.find((s) => /^LDR\s+r6/.test(s.text)), 'r6') };
}

/** `heapCalls` without R3. */
function heapRun(body: readonly string[], placed = true): { readonly r2: readonly (string | undefined)[]; readonly r6: string | undefined } {
  const { r2, r6 } = heapCalls(body, placed);
  return { r2, r6 };
}

test('pagewarden run: an OS_Module 13 extension of a block the run claimed is an address: the last block grows where it is, another moves to the top with its words', () => {
  const claims = ['MOV r0, #6', 'MOV r3, #16', 'SWI XOS_Module', 'MOV r4, r2', 'MOV r0, #6', 'MOV r3, #8', 'SWI XOS_Module', 'MOV r5, #&55', 'STR r5, [r4, #12]'];
  // s/ModHand's RMA blocks are 32 bytes with their size word: the first (at &01800010) has the second after it; 96 bytes go at the top, past the second's end.
  const moved = heapRun([...claims, 'MOV r0, #13', 'MOV r2, r4', 'MOV r3, #64', 'SWI XOS_Module', 'LDR r6, [r2, #12]']);
  assert.deepEqual(moved, { r2: ['0x01800014', '0x01800034', '0x01800054'], r6: '0x00000055' });
  // The second is the last: it grows where it is, R2 unchanged.
  assert.deepEqual(heapRun([...claims, 'MOV r0, #13', 'MOV r3, #64', 'SWI XOS_Module']).r2, ['0x01800014', '0x01800034', undefined]);
  // Shrunk to nothing, the block is freed and R2 is -1.
  assert.deepEqual(heapRun([...claims, 'MOV r0, #13', 'MOV r2, r4', 'MVN r3, #&FF', 'SWI XOS_Module']).r2, ['0x01800014', '0x01800034', '0xFFFFFFFF']);
  // A block the run did not claim is not placed: R2 stays the kernel's unknown.
  const [, , r2] = heapRun([...claims, 'MOV r0, #13', 'MOV r2, #&9000', 'MOV r3, #64', 'SWI XOS_Module'], false).r2;
  assert.ok(r2 !== undefined && !HEX.test(r2), r2);
});

test('pagewarden run: OS_Heap 7 places its block at its alignment and past a boundary it would cross; OS_Heap 4 extends a block of the heap in R1', () => {
  const heap = ['MOV r1, #&8000', 'MOV r0, #2', 'MOV r3, #16', 'SWI XOS_Heap', 'MOV r4, r2', 'MOV r5, #&55', 'STR r5, [r4, #12]'];
  const aligned = (alignment: string, size: string, boundary: string): string[] => ['MOV r0, #7', `MOV r2, #${alignment}`, `MOV r3, #${size}`, `MOV r4, #${boundary}`, 'SWI XOS_Heap'];
  assert.deepEqual(heapRun([...heap, ...aligned('256', '32', '0')]).r2, ['0x00008014', '0x00008100']);
  // At &8028 48 bytes would cross &8040: the block starts there.
  assert.deepEqual(heapRun([...heap, ...aligned('0', '48', '64')]).r2, ['0x00008014', '0x00008040']);
  // An alignment that is not a power of two, or a block larger than its boundary, s/HeapMan refuses: R2 = 0.
  for (const refused of [aligned('3', '32', '0'), aligned('4', '128', '64')]) {
    const steps = initSteps([...heap, ...refused, 'LDRVS r6, [r0]']);
    assert.equal(steps.filter((s) => /^SWI\s/.test(s.text)).at(-1)?.registers.find((x) => x.name === 'r2')?.after, '0x00000000', refused.join(' / '));
    assert.equal(afterStep(steps, /^LDRVS\s+r6/, 'r6'), '0x00000184');
  }
  // Grown where it is, the last block keeps its address and its words; behind a second block it moves to the top.
  assert.deepEqual(heapRun([...heap, 'MOV r0, #4', 'MOV r3, #64', 'SWI XOS_Heap', 'LDR r6, [r2, #12]']), { r2: ['0x00008014', undefined], r6: '0x00000055' });
  assert.deepEqual(heapRun([...heap, 'MOV r7, r4', ...aligned('0', '8', '0'), 'MOV r0, #4', 'MOV r2, r7', 'MOV r3, #64', 'SWI XOS_Heap', 'LDR r6, [r2, #12]']),
    { r2: ['0x00008014', '0x00008028', '0x00008034'], r6: '0x00000055' });
});

/** Init's code that claims 16 bytes, then 8, from the heap at &8000 (blocks at &8014 and &8028 on RISC OS 5), and stores &55 at &9000, which no block holds. */
const TWO_BLOCKS = [
  'MOV r1, #&8000', 'MOV r0, #2', 'MOV r3, #16', 'SWI XOS_Heap', 'MOV r4, r2', 'MOV r0, #2', 'MOV r3, #8', 'SWI XOS_Heap', 'MOV r8, r2',
  'MOV r5, #&55', 'MOV r7, #&9000', 'STR r5, [r7]',
];

test('pagewarden run: OS_Heap 3 and OS_Module 7 free a block of the run\'s, and write no other word: a load of memory no block holds keeps its value', () => {
  // The first block freed below the second: the word at &9000 and the saved registers are as they were.
  assert.deepEqual(heapRun([...TWO_BLOCKS, 'MOV r0, #3', 'MOV r2, r4', 'SWI XOS_Heap', 'LDR r6, [r7]']).r6, '0x00000055');
  // The last block freed, its space is the top's again: the next claim of its size gets it back.
  assert.deepEqual(heapRun([...TWO_BLOCKS, 'MOV r0, #3', 'MOV r2, r8', 'SWI XOS_Heap', 'MOV r0, #2', 'MOV r2, #0', 'MOV r3, #8', 'SWI XOS_Heap', 'LDR r6, [r7]']),
    { r2: ['0x00008014', '0x00008028', undefined, '0x00008028'], r6: '0x00000055' });
  // Both freed, the last first: the heap is empty again.
  const both = ['MOV r0, #3', 'MOV r2, r8', 'SWI XOS_Heap', 'MOV r0, #3', 'MOV r2, r4', 'SWI XOS_Heap', 'MOV r0, #2', 'MOV r2, #0', 'MOV r3, #4', 'SWI XOS_Heap'];
  assert.deepEqual(heapRun([...TWO_BLOCKS, ...both]).r2, ['0x00008014', '0x00008028', undefined, undefined, '0x00008014']);
  const rma = ['MOV r0, #6', 'MOV r3, #16', 'SWI XOS_Module', 'MOV r4, r2', 'MOV r5, #&55', 'MOV r7, #&9000', 'STR r5, [r7]'];
  assert.deepEqual(heapRun([...rma, 'MOV r0, #7', 'MOV r2, r4', 'SWI XOS_Module', 'MOV r0, #6', 'MOV r2, #0', 'MOV r3, #16', 'SWI XOS_Module', 'LDR r6, [r7]']),
    { r2: ['0x01800014', undefined, '0x01800014'], r6: '0x00000055' });
});

test('pagewarden run: freeing a block the run did not claim, or from a heap it does not know, may write any word from the block up', () => {
  for (const free of [['MOV r0, #3', 'MOV r2, #&8100', 'SWI XOS_Heap'], ['MOV r0, #3', 'MOV r1, #&A000', 'MOV r2, #&A000', 'SWI XOS_Heap'], ['MOV r0, #7', 'MOV r2, #&8100', 'SWI XOS_Module']]) {
    const { r6 } = heapRun([...TWO_BLOCKS, 'MOV r7, #&B000', 'STR r5, [r7]', ...free, 'LDR r6, [r7]'], false);
    assert.ok(r6 !== undefined && !HEX.test(r6), `${free.join(' / ')}: ${r6}`);
  }
});

const readSize = (block: string): string[] => ['MOV r0, #6', `MOV r2, ${block}`, 'SWI XOS_Heap'];

test('pagewarden run: OS_Heap 6 reads a block\'s size word, its size and the word itself rounded up to a word on RISC OS 5, to 8 bytes on RISC OS 4; one the run did not claim stays unknown', () => {
  const body = [...TWO_BLOCKS, ...readSize('r4'), ...readSize('r8'), 'LDR r6, [r7]'];
  assert.deepEqual(heapCalls(body), { r2: ['0x00008014', '0x00008028', undefined, undefined], r3: [undefined, undefined, '0x00000014', '0x0000000C'], r6: '0x00000055' });
  // RISC OS 4's heap manager rounds to 8 bytes: 16 + 4 is 24, 8 + 4 is 16, and the second block starts 4 bytes further on.
  assert.deepEqual(heapCalls(body, true, { 'riscos.version': '4' }), {
    r2: ['0x00008014', '0x0000802C', undefined, undefined], r3: [undefined, undefined, '0x00000018', '0x00000010'], r6: '0x00000055',
  });
  const [, , r3] = heapCalls([...TWO_BLOCKS, ...readSize('#&8100')], false).r3;
  assert.ok(r3 !== undefined && !HEX.test(r3), r3);
});

test('pagewarden run: OS_Heap 4 and OS_Module 13 change a block by whole words on RISC OS 5, by 8 bytes on RISC OS 4, as OS_Heap 6 reads after', () => {
  const change = (block: string, by: string): string[] => ['MOV r0, #4', `MOV r2, ${block}`, by, 'SWI XOS_Heap', ...readSize('r2')];
  // The last block, size word 12 (16 on RISC OS 4), grows where it is by 3 bytes, rounded up to 4 (8 on RISC OS 4).
  assert.deepEqual(heapCalls([...TWO_BLOCKS, ...change('r8', 'MOV r3, #3')]).r3.at(-1), '0x00000010');
  assert.deepEqual(heapCalls([...TWO_BLOCKS, ...change('r8', 'MOV r3, #3')], true, { 'riscos.version': '4' }).r3.at(-1), '0x00000018');
  // -9 takes off two words, rounded towards 0; the first block has the second straight after it.
  assert.deepEqual(heapCalls([...TWO_BLOCKS, ...change('r4', 'MVN r3, #8')]).r3.at(-1), '0x0000000C');
  // A one-word shrink there is refused: the word could hold no free block.
  assert.deepEqual(heapCalls([...TWO_BLOCKS, ...change('r4', 'MVN r3, #3')]).r3.at(-1), '0x00000014');
  // In the RMA s/ModHand rounds to 32 bytes: 16 bytes claimed are a size word of 32, and 5 bytes more make it 64.
  const rma = ['MOV r0, #6', 'MOV r3, #16', 'SWI XOS_Module', 'MOV r0, #13', 'MOV r3, #5', 'SWI XOS_Module', 'MOV r0, #6', 'MOV r1, #&01800000', 'SWI XOS_Heap'];
  assert.deepEqual(heapCalls(rma).r3.at(-1), '0x00000040');
});

test('pagewarden run: OS_Heap 5 moves the heap\'s end by whole words, which R3 returns, and writes no word but the heap\'s header', () => {
  const extendHeap = (by: string): string[] => ['MOV r0, #5', 'MOV r1, #&8000', by, 'SWI XOS_Heap', 'LDR r6, [r7]'];
  assert.deepEqual(heapCalls([...TWO_BLOCKS, ...extendHeap('MOV r3, #&FE')]), { r2: ['0x00008014', '0x00008028', undefined], r3: [undefined, undefined, '0x000000FC'], r6: '0x00000055' });
  assert.deepEqual(heapCalls([...TWO_BLOCKS, ...extendHeap('MVN r3, #&FD')]).r3.at(-1), '0xFFFFFF04');
  // A change the run does not know (OS_Heap 1's free space): R3 unknown, and the heap's words may be anywhere.
  const { r3, r6 } = heapCalls([...TWO_BLOCKS, 'MOV r0, #1', 'SWI XOS_Heap', ...extendHeap('MOV r0, #5')], false);
  assert.ok(r3[3] !== undefined && !HEX.test(r3[3]) && r6 !== undefined && !HEX.test(r6), `${r3[3]} ${r6}`);
});

/** TWO_BLOCKS and a third block of 8 bytes, at &8034 in R9, that keeps the first two's space off the top. */
const THREE_BLOCKS = [...TWO_BLOCKS, 'MOV r0, #2', 'MOV r3, #8', 'SWI XOS_Heap', 'MOV r9, r2'];
const heapFree = (block: string): string[] => ['MOV r0, #3', `MOV r2, ${block}`, 'SWI XOS_Heap'];
const heapGet = (size: string): string[] => ['MOV r0, #2', 'MOV r2, #0', `MOV r3, #${size}`, 'SWI XOS_Heap'];

test('pagewarden run: a claim takes the first free block big enough, from its end, before the top; freed blocks side by side merge', () => {
  // The first block freed, a claim of its size gets it back; a smaller one the end of it, the free block keeping 12 bytes; 8 bytes left it takes whole.
  assert.deepEqual(heapRun([...TWO_BLOCKS, ...heapFree('r4'), ...heapGet('16')]).r2.slice(2), [undefined, '0x00008014']);
  assert.deepEqual(heapRun([...TWO_BLOCKS, ...heapFree('r4'), ...heapGet('4'), ...heapGet('8')]).r2.slice(2), [undefined, '0x00008020', '0x00008014']);
  // Too small for 32 bytes, the free block is passed over: the claim goes at the top.
  assert.deepEqual(heapRun([...TWO_BLOCKS, ...heapFree('r4'), ...heapGet('32')]).r2.at(-1), '0x00008034');
  // The first two freed, in either order, are one free block of 32 bytes, which a claim of 28 fills; the word at &9000 keeps its value.
  for (const frees of [[...heapFree('r4'), ...heapFree('r8')], [...heapFree('r8'), ...heapFree('r4')]]) {
    assert.deepEqual(heapRun([...THREE_BLOCKS, ...frees, ...heapGet('28'), 'LDR r6, [r7]']), { r2: ['0x00008014', '0x00008028', '0x00008034', undefined, undefined, '0x00008014'], r6: '0x00000055' });
  }
  // OS_Module 7 then 6 in the RMA: the same.
  const rma = ['MOV r0, #6', 'MOV r3, #16', 'SWI XOS_Module', 'MOV r4, r2', 'MOV r0, #6', 'MOV r3, #8', 'SWI XOS_Module', 'MOV r0, #7', 'MOV r2, r4', 'SWI XOS_Module'];
  assert.deepEqual(heapRun([...rma, 'MOV r0, #6', 'MOV r2, #0', 'MOV r3, #16', 'SWI XOS_Module']).r2, ['0x01800014', '0x01800034', undefined, '0x01800014']);
});

test('pagewarden run: an extension grows into the free block after it, or moves down into the one before it with its words, as s/HeapMan extends', () => {
  const change = (block: string, by: number): string[] => ['MOV r0, #4', `MOV r2, ${block}`, `MOV r3, #${by}`, 'SWI XOS_Heap', ...readSize('r2')];
  // The second freed, the first grows 8 bytes where it is, and takes the 4 bytes that would be left: size word 20 + 8 + 4.
  const into = heapCalls([...THREE_BLOCKS, ...heapFree('r8'), ...change('r4', 8)]);
  assert.deepEqual([into.r2.at(-2), into.r3.at(-1)], [undefined, '0x00000020']);
  // The first freed, the second grows 8 bytes down into it: the free block keeps 12 bytes, the block's words go with it.
  const down = heapCalls([...THREE_BLOCKS, 'MOV r5, #&66', 'STR r5, [r8, #4]', ...heapFree('r4'), ...change('r8', 8), 'LDR r6, [r2, #4]']);
  assert.deepEqual([down.r2.at(-2), down.r3.at(-1), down.r6], ['0x00008020', '0x00000014', '0x00000066']);
});

test('pagewarden run: OS_Heap 7 leaves no space before a block too small for a free block, and takes a free block below the top', () => {
  const aligned = (alignment: number, size: number): string[] => ['MOV r0, #7', `MOV r2, #${alignment}`, `MOV r3, #${size}`, 'MOV r4, #0', 'SWI XOS_Heap'];
  // The top at &8028: at &8030 a 16-byte aligned block would leave 4 bytes before its size word, so it goes at &8040.
  assert.deepEqual(heapRun(['MOV r1, #&8000', ...heapGet('20'), ...aligned(16, 16)]).r2, ['0x00008014', '0x00008040']);
  // The first block freed (&8010 to &8024), 8 bytes fit at &8014, the 8 bytes after them free again; the next 8 bytes go there.
  assert.deepEqual(heapRun([...TWO_BLOCKS, ...heapFree('r4'), ...aligned(0, 8), ...heapGet('4')]).r2.slice(3), ['0x00008014', '0x00008020']);
});

test('pagewarden run: OS_Heap 8 places its block at its alignment measured from R5; a skew of part of a word is not placed', () => {
  const skewed = (origin: string[]): string[] => ['MOV r0, #8', 'MOV r2, #256', 'MOV r3, #16', 'MOV r4, #0', ...origin, 'SWI XOS_Heap'];
  const heap = ['MOV r1, #&8000', ...heapGet('20')];
  // From &8004 the block lies 4 bytes below a multiple of 256; from R1 it is OS_Heap 7's, at one.
  assert.deepEqual(heapRun([...heap, ...skewed(['MOV r5, #&8000', 'ADD r5, r5, #4'])]).r2, ['0x00008014', '0x000080FC']);
  assert.deepEqual(heapRun([...heap, ...skewed(['MOV r5, r1'])]).r2, ['0x00008014', '0x00008100']);
  const [, r2] = heapRun([...heap, ...skewed(['MOV r5, #&8000', 'ADD r5, r5, #2'])], false).r2;
  assert.ok(r2 !== undefined && !HEX.test(r2), r2);
});

test('pagewarden run: after a heap call the run cannot place, later claims in that heap are not placed either, with a note saying why', () => {
  // OS_Heap 1 leaves R3 unknown: the claim of that many bytes changes the heap in a way the run cannot place.
  const unknownClaim = ['MOV r1, #&8000', ...heapGet('16'), 'MOV r0, #1', 'SWI XOS_Heap', 'MOV r0, #2', 'SWI XOS_Heap', ...heapGet('8')];
  const steps = initSteps(unknownClaim);
  const swis = steps.filter((s) => /^SWI\s/.test(s.text));
  assert.equal(swis[0]?.registers.find((x) => x.name === 'r2')?.after, '0x00008014');
  const last = swis.at(-1)?.registers.find((x) => x.name === 'r2')?.after;
  assert.ok(last !== undefined && !HEX.test(last), last);
  const notes = steps.flatMap((s) => s.events).filter((e) => e.kind === 'note').map((e) => e.message ?? '');
  assert.ok(notes.some((n) => /XOS_Heap: not placed: the run does not know the layout of the heap at &8000, since the XOS_Heap 2 at line \d+ changed it/.test(n)), notes.join(' | '));
  // Freeing a block the run did not place: the same.
  const r2 = heapRun([...TWO_BLOCKS, ...heapFree('#&8100'), ...heapGet('8')], false).r2.at(-1);
  assert.ok(r2 !== undefined && !HEX.test(r2), r2);
  // OS_Heap 0 makes the heap anew: its layout is known again.
  assert.equal(heapRun([...TWO_BLOCKS, ...heapFree('#&8100'), 'MOV r0, #0', 'MOV r3, #&1000', 'SWI XOS_Heap', ...heapGet('8')], false).r2.at(-1), '0x00008014');
});

test('pagewarden run: OS_Heap 2 or 7 of 0 bytes fails with R2 = 0; OS_Module 6 of 0 bytes claims a block of 32 bytes with its size word, as s/ModHand rounds it', () => {
  for (const zero of [['MOV r0, #2', 'MOV r2, #4', 'MOV r3, #0'], ['MOV r0, #7', 'MOV r2, #4', 'MOV r3, #0', 'MOV r4, #0']]) {
    const steps = initSteps(['MOV r1, #&8000', ...zero, 'SWI XOS_Heap', 'LDRVS r6, [r0]', ...heapGet('4')]);
    assert.equal(afterStep(steps, /^SWI\s+XOS_Heap/, 'r2'), '0x00000000', zero.join(' / '));
    // V set, R0 at s/HeapMan's HeapFail_Alloc; the heap as it was: the next claim is the first block.
    assert.equal(afterStep(steps, /^LDRVS\s+r6/, 'r6'), '0x00000184');
    assert.equal(steps.filter((s) => /^SWI\s/.test(s.text)).at(-1)?.registers.find((x) => x.name === 'r2')?.after, '0x00008014');
  }
  const rma = ['MOV r0, #6', 'MOV r3, #0', 'SWI XOS_Module', 'MOV r0, #6', 'MOV r3, #0', 'SWI XOS_Module'];
  assert.deepEqual(heapRun(rma).r2, ['0x01800014', '0x01800034']);
});

test('pagewarden run: a claim past the end of a heap OS_Heap 0 made fails with R2 = 0; OS_Heap 5 moves the end, and a shrink below the top fails', () => {
  // A heap of 256 bytes at &8000: 200 bytes take it to &80DC, 64 more would pass &8100, 32 fit exactly.
  const heap = ['MOV r1, #&8000', 'MOV r0, #0', 'MOV r3, #256', 'SWI XOS_Heap', ...heapGet('200')];
  // R2 = 4 going in, so that the 0 a refusal returns shows.
  const get = (size: number): string[] => ['MOV r0, #2', 'MOV r2, #4', `MOV r3, #${size}`, 'SWI XOS_Heap'];
  const full = initSteps([...heap, ...get(64), 'LDRVS r6, [r0]', ...heapGet('32')]);
  const r2 = full.filter((s) => /^SWI\s/.test(s.text)).map((s) => s.registers.find((x) => x.name === 'r2')?.after);
  assert.deepEqual(r2, [undefined, '0x00008014', '0x00000000', '0x000080E0']);
  assert.equal(afterStep(full, /^LDRVS\s+r6/, 'r6'), '0x00000184');
  // 256 bytes more: the 64 fit.
  const extendHeap = (by: string): string[] => ['MOV r0, #5', by, 'SWI XOS_Heap'];
  assert.equal(heapRun([...heap, ...extendHeap('MOV r3, #256'), ...heapGet('64')]).r2.at(-1), '0x000080E0');
  // 512 bytes less: the end goes down to the top, R3 the 36 bytes between them, V set.
  const shrink = heapCalls([...heap, ...extendHeap('MVN r3, #511'), ...get(4)], false);
  assert.deepEqual([shrink.r3.at(-2), shrink.r2.at(-1)], ['0x00000024', '0x00000000']);
});

test('pagewarden run: OS_Module 6 of -4 bytes or fewer, which s/ModHand rounds to no bytes, fails with MHNoRoom and R2 = 0, the RMA as it was', () => {
  for (const [size, r2] of [['MVN r3, #3', '0x00000000'], ['MVN r3, #&FF', '0x00000000'], ['MVN r3, #2', '0x01800014']] as const) {
    const steps = initSteps(['MOV r0, #6', 'MOV r2, #4', size, 'SWI XOS_Module', 'LDRVS r6, [r0]', 'MOVVC r6, #0', 'MOV r0, #6', 'MOV r3, #16', 'SWI XOS_Module']);
    const swis = steps.filter((s) => /^SWI\s/.test(s.text)).map((s) => s.registers.find((x) => x.name === 'r2')?.after);
    // -3 bytes ask the heap for 28: a block like any other, and the next claim goes after it.
    assert.deepEqual(swis, r2 === '0x00000000' ? [r2, '0x01800014'] : [r2, '0x01800034'], size);
    assert.equal(afterStep(steps, /^LDRVS\s+r6/, 'r6'), r2 === '0x00000000' ? '0x00000101' : undefined, size);
  }
});

test('pagewarden run: a block a replayed witness gives a claim is recorded where the heap has room for it, and later calls in the heap are placed', () => {
  // The second claim's R2 comes from the witness: &8100, above the top; the space below it becomes a free block.
  const body = ['MOV r1, #&8000', ...heapGet('16'), ...heapGet('16'), 'MOV r4, r2', ...heapFree('r4'), ...heapGet('8')];
  const r2 = (steps: readonly InitStep[]): (string | undefined)[] => steps.filter((s) => /^SWI\s/.test(s.text)).map((s) => s.registers.find((x) => x.name === 'r2')?.after);
  const notes = (steps: readonly InitStep[]): string[] => steps.flatMap((s) => s.events).filter((e) => e.kind === 'note').map((e) => e.message ?? '');
  // Freed, the block gives its space back to the top with the free block below it: the last claim goes straight after the first block.
  const recorded = initSteps(body, undefined, { 'swi.result.XOS_Heap.out.r2#1': '0x8100' });
  assert.deepEqual(r2(recorded), ['0x00008014', '0x00008100', undefined, '0x00008028']);
  assert.deepEqual(notes(recorded).filter((n) => /not placed/.test(n)), []);
  // A block over the first one the heap has no room for: the heap is lost, and the later claims are not placed.
  const overlapping = initSteps(body, undefined, { 'swi.result.XOS_Heap.out.r2#1': '0x8018' });
  const last = r2(overlapping).at(-1);
  assert.ok(last !== undefined && !HEX.test(last), last);
  assert.ok(notes(overlapping).some((n) => /took R2 from the witness, a block where the heap has no room for it/.test(n)), notes(overlapping).join(' | '));
});

test('pagewarden run: OS_Heap 5 that would take a heap past the pages of application space or of its dynamic area fails with HeapFail_BadExtend, R3 = 0, the heap as it was', () => {
  // 16 pages of application space end at &18000; a heap of 256 bytes at &8000 grown by &10000 would end at &18100.
  const heap = ['MOV r1, #&8000', 'MOV r0, #0', 'MOV r3, #256', 'SWI XOS_Heap'];
  const extendHeap = (by: string): string[] => ['MOV r0, #5', `MOV r3, #${by}`, 'SWI XOS_Heap'];
  const get = (size: number): string[] => ['MOV r0, #2', 'MOV r2, #4', `MOV r3, #${size}`, 'SWI XOS_Heap'];
  const bad = initSteps([...heap, ...extendHeap('&10000'), 'LDRVS r6, [r0]', ...get(512)]);
  const swis = bad.filter((s) => /^SWI\s/.test(s.text));
  assert.equal(swis[1]?.registers.find((x) => x.name === 'r3')?.after, '0x00000000');
  assert.equal(afterStep(bad, /^LDRVS\s+r6/, 'r6'), '0x00000186');
  // The end did not move: 512 bytes do not fit.
  assert.equal(swis.at(-1)?.registers.find((x) => x.name === 'r2')?.after, '0x00000000');
  // &8000 more end at &10100, within application space: the 512 bytes fit.
  assert.equal(heapRun([...heap, ...extendHeap('&8000'), ...get(512)]).r2.at(-1), '0x00008014');
  // A heap of a page in a dynamic area of a page (most 16): a page more fails until the area grows; then 5120 bytes fit.
  const area = ['MOV r0, #0', 'MVN r1, #0', 'MOV r2, #&1000', 'MVN r3, #0', 'MOV r4, #0', 'MOV r5, #&10000', 'MOV r6, #0', 'MOV r7, #0', 'ADR r8, Title', 'SWI XOS_DynamicArea',
    'MOV r9, r1', 'MOV r1, r3', 'MOV r0, #0', 'MOV r3, #&1000', 'SWI XOS_Heap'];
  const grow = ['MOVVS r3, #0', 'MOV r10, r1', 'MOV r0, r9', 'MOV r1, #&1000', 'SWI XOS_ChangeDynamicArea', 'MOV r1, r10'];
  const inArea = heapCalls([...area, ...extendHeap('&1000'), ...grow, ...extendHeap('&1000'), ...get(5120)], false);
  assert.deepEqual([inArea.r3[2], inArea.r3[4], inArea.r2.at(-1)], ['0x00000000', undefined, '0x20000014']);
});
