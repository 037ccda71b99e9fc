import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The related locations of a finding tell its path in the source's terms: a
// finding inside a helper names the call it was reached by, and no note is
// written in the emulator's own expressions (a division's overflow test, an
// unaligned load's rotate through a module's private word). The inputs a
// branch note names are named as the reader knows them, not by the keys a
// witness replays them by: a service's or SWI's result, an entry register,
// the memory word at a label.

const parsers = Parsers.create();

async function analyse(languageId: LanguageId, lines: readonly string[]) {
  const findings = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  const line = (marker: string): number => lines.findIndex((l) => l.includes(marker));
  const notes = (i: number): string[] => findings[i]?.notes.map((n) => `${n.range.start.line}: ${n.message}`) ?? [];
  return { findings, line, notes };
}

/** A module header whose only entry is its finalisation code, `Final`, written next. */
const finalModule: readonly string[] = [
  '        AREA    |Notes$$Code|, CODE, READONLY, PIC',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     0',
  '        DCD     Final - Module_BaseAddr',
  '        DCD     0',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     0',
  'Title   =       "Notes", 0',
  '        ALIGN',
];

const vxd = (procedures: readonly string[]): string[] => [
  '        .386p',
  '        include vmm.inc',
  'VxD_LOCKED_DATA_SEG',
  'Buf_Bytes       dd      0',
  'Buf_h           dd      0',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  ...procedures,
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

/** A VxD with a table of slots, a byte each, and the words that index and place it. */
const slots = (procedures: readonly string[]): string[] => [
  '        .386p',
  '        include vmm.inc',
  'VxD_LOCKED_DATA_SEG',
  'Buf_h           dd      0',
  'Slot_Index      dd      0',
  'Region_Pg       dd      0',
  'Slot_Map        db      64 dup (0)',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  ...procedures,
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

describe('a finding inside a helper names the calls that reached it', () => {
  const release = [
    'BeginProc Release',
    '        VMMcall _PageFree, <esi, 0>     ; free',
    '        ret',
    'EndProc Release',
  ];
  const init = (failure: readonly string[]) => [
    'BeginProc Make_Buf',
    '        push    esi',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        test    eax, eax',
    '        jz      MB_Done',
    '        mov     esi, eax',
    '        VMMcall _PageLock, <esi, 1, 0, 0>',
    '        test    eax, eax',
    '        jz      MB_Fail',
    '        mov     [Buf_h], esi',
    '        jmp     MB_Done',
    'MB_Fail:',
    ...failure,
    'MB_Done:',
    '        pop     esi',
    '        ret',
    'EndProc Make_Buf',
  ];

  test('a helper that frees, called twice, is a PW222 naming the first call, with both calls in the notes; called once it is clean', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', vxd([...release, ...init(['        call    Release   ; first', '        call    Release   ; again'])]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; free')]]);
    assert.equal(findingMessage(findings[0] as never), `_PageFree frees a memory handle that was already freed in the call at line ${line('; first') + 1}`);
    // The second free returns where the finding stands: no note says so.
    assert.deepEqual(notes(0).slice(-3), [
      `${line('; first')}: Release called from here`, `${line('; free')}: _PageFree returns here`, `${line('; again')}: Release called from here`,
    ]);
    assert.deepEqual((await analyse('vxd-masm', vxd([...release, ...init(['        call    Release'])]))).findings, []);
  });

  test('a PW211 and a PW230 inside helpers note the call; a tested result and a saved count are clean', async () => {
    const helpers = (test: readonly string[], save: readonly string[]) => vxd([
      'BeginProc Stamp',
      "        mov     dword ptr [edx], 'BUF0'   ; stamp",
      '        ret',
      'EndProc Stamp',
      'BeginProc Spin',
      'Spin_Loop:',
      '        loop    Spin_Loop                 ; spin',
      '        ret',
      'EndProc Spin',
      'BeginProc Make_Stamped',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      ...test,
      '        call    Stamp                     ; call stamp',
      'MS_Done:',
      '        ret',
      'EndProc Make_Stamped',
      'BeginProc Count_Spin',
      '        push    esi',
      '        mov     esi, 4',
      '        VMMcall _GetFreePageCount, <0>',
      ...save,
      '        call    Spin                      ; call spin',
      '        pop     esi',
      '        ret',
      'EndProc Count_Spin',
    ]);
    const bad = await analyse('vxd-masm', helpers([], []));
    assert.deepEqual(bad.findings.map((f) => [f.code, f.range.start.line]), [['PW211', bad.line('; stamp')], ['PW230', bad.line('; spin')]]);
    assert.equal(bad.notes(0).at(-1), `${bad.line('; call stamp')}: Stamp called from here`);
    assert.deepEqual(bad.notes(1), [`${bad.line('; call spin')}: Spin called from here`]);
    const good = await analyse('vxd-masm', helpers(['        test    eax, eax', '        jz      MS_Done'], ['        mov     ecx, esi']));
    assert.deepEqual(good.findings, []);
  });

  test('a helper that pops one register too many is one PW231 at its ret, a procedure of its own or a label, noting the call', async () => {
    const helper = (pops: string) => ['        push    esi', '        pop     esi', pops, '        ret                       ; return'];
    const caller = (name: string, inside: readonly string[]) => [
      `BeginProc ${name}`, '        push    edi', '        call    Pop_Helper                ; call', '        pop     edi', '        ret', ...inside, `EndProc ${name}`,
    ];
    const shapes = (pops: string) => ({
      procedure: vxd(['BeginProc Pop_Helper', ...helper(pops), 'EndProc Pop_Helper', ...caller('Caller', [])]),
      label: vxd(caller('Caller', ['Pop_Helper:', ...helper(pops)])),
    });
    for (const [shape, lines] of Object.entries(shapes('        pop     edi'))) {
      const { findings, line, notes } = await analyse('vxd-masm', lines);
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW231', line('; return')]], shape);
      assert.equal(findings[0]?.message, 'ESP here is 4 bytes above its value at entry: the return goes to the wrong address', shape);
      assert.deepEqual(notes(0), [`${line('; call')}: Pop_Helper called from here`], shape);
    }
    for (const [shape, lines] of Object.entries(shapes('        nop'))) assert.deepEqual((await analyse('vxd-masm', lines)).findings, [], shape);
  });

  test('a PW309 in a helper the area handler calls notes the handler\'s BL; the helper called from the SWI code alone is clean', async () => {
    const module = (handler: readonly string[]) => [
      '        GET     Hdr:ListOpts',
      '        GET     Hdr:Macros',
      '        GET     Hdr:System',
      '        GET     Hdr:Proc',
      '        AREA    |Help$$Code|, CODE, READONLY, PIC',
      '                ^       0, r12',
      'ws_index        #       4',
      'Init    Entry   "r1-r8"',
      '        MOV     r0, #0',
      '        MOV     r1, #-1',
      '        MOV     r2, #0',
      '        MOV     r3, #-1',
      '        MOV     r4, #0',
      '        MOV     r5, #1024*1024',
      '        ADR     r6, Handler',
      '        MOV     r7, r12',
      '        MOV     r8, #0',
      '        SWI     XOS_DynamicArea',
      '        MOVVC   r1, #4096',
      '        BLVC    ResizeIndex',
      '        EXIT',
      'Handler ROUT',
      ...handler,
      '        CLRV',
      '        MOV     pc, lr',
      'ResizeIndex Entry "r0"',
      '        LDR     r0, ws_index',
      '        SWI     XOS_ChangeDynamicArea   ; resize',
      '        EXIT',
      '        END',
    ];
    const { findings, line, notes } = await analyse('riscos-objasm', module([
      '        TEQ     r0, #3',
      '        BNE     %FT10',
      '        Push    "r0, r1, lr"',
      '        RSB     r1, r3, #0',
      '        BL      ResizeIndex             ; call',
      '        Pull    "r0, r1, lr"',
      '10',
    ]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW309', line('; resize')]]);
    assert.deepEqual(notes(0), [`${line('; call')}: ResizeIndex called from here`]);
    assert.deepEqual((await analyse('riscos-objasm', module([]))).findings, []);
  });

  // The helper is an entry point of its own too: its own analysis finds the
  // same finding with fewer notes, and that copy is the one shown.
  test('a VxD helper found by its own analysis and through a caller keeps the caller\'s call note, once; uncalled it has none', async () => {
    const helpers = (call: string) => vxd([
      'BeginProc Stamp',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>   ; allocate',
      "        mov     dword ptr [eax], 'BUF0'   ; stamp",
      '        ret',
      'EndProc Stamp',
      'BeginProc Make_Stamped',
      `        ${call}                           ; call stamp`,
      '        ret',
      'EndProc Make_Stamped',
    ]);
    const called = await analyse('vxd-masm', helpers('call    Stamp'));
    assert.deepEqual(called.findings.map((f) => [f.code, f.range.start.line]), [['PW211', called.line('; stamp')]]);
    assert.deepEqual(called.notes(0), [
      `${called.line('; call stamp')}: Stamp called from here`,
      `${called.line('; allocate')}: _PageAllocate returns here`, `${called.line('; allocate')}: assuming _PageAllocate's result (EAX) == 0`,
    ]);
    const alone = await analyse('vxd-masm', helpers('nop'));
    assert.deepEqual(alone.findings.map((f) => [f.code, f.range.start.line]), [['PW211', alone.line('; stamp')]]);
    assert.ok(alone.notes(0).every((n) => !n.includes('called from here')), JSON.stringify(alone.notes(0)));
  });

  test('an ObjAsm routine found by its own analysis and through Init\'s BL keeps the BL\'s call note, once; uncalled it has none', async () => {
    const module = (call: string) => [
      '        GET     Hdr:ListOpts',
      '        GET     Hdr:Macros',
      '        GET     Hdr:System',
      '        GET     Hdr:Proc',
      '        AREA    |Help$$Code|, CODE, READONLY, PIC',
      'Module_BaseAddr',
      '        DCD     0',
      '        DCD     Init - Module_BaseAddr',
      '        DCD     0',
      '        DCD     0',
      '        DCD     Title - Module_BaseAddr',
      '        DCD     Title - Module_BaseAddr',
      '        DCD     0',
      'Title   =       "Help", 0',
      '        ALIGN',
      '                ^       0, r12',
      'ws_area         #       4',
      'Init    Entry   "r1-r8"',
      `        ${call}                         ; call`,
      '        CLRV',
      '        EXIT',
      'Resize  ROUT',
      '        Push    "r0-r2, lr"',
      '        MOV     r0, #2',
      '        LDR     r1, ws_area',
      '        MOV     r2, #4096',
      '        SWI     XOS_ChangeDynamicArea   ; resize',
      '        STR     r1, ws_area             ; use',
      '        Pull    "r0-r2, pc"',
      '        END',
    ];
    const called = await analyse('riscos-objasm', module('BL      Resize'));
    assert.deepEqual(called.findings.map((f) => [f.code, f.range.start.line]), [['PW310', called.line('; use')]]);
    assert.deepEqual(called.notes(0), [`${called.line('; call')}: Resize called from here`, `${called.line('; resize')}: XOS_ChangeDynamicArea may return an error here (V set, R1 undefined)`]);
    const alone = await analyse('riscos-objasm', module('NOP'));
    assert.deepEqual(alone.findings.map((f) => [f.code, f.range.start.line]), [['PW310', alone.line('; use')]]);
    assert.deepEqual(alone.notes(0), [`${alone.line('; resize')}: XOS_ChangeDynamicArea may return an error here (V set, R1 undefined)`]);
  });
});

describe('notes are written in the source\'s terms', () => {
  const divide = (test: readonly string[]) => vxd([
    'BeginProc Make_Pages',
    '        mov     eax, [Buf_Bytes]',
    '        add     eax, 0FFFh',
    '        xor     edx, edx',
    '        mov     ecx, 1000h',
    '        div     ecx                     ; pages',
    '        VMMcall _PageAllocate, <eax, PG_SYS, 0, 0, 0, 0, 0, PageLocked>   ; allocate',
    '        mov     [Buf_h], eax',
    ...test,
    "        mov     dword ptr [edx], 'BUF0' ; stamp",
    'MP_Done:',
    '        ret',
    'EndProc Make_Pages',
  ]);

  test('a DIV before a finding adds no note of its overflow test; testing the result is clean', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', divide([]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW211', line('; stamp')]]);
    assert.deepEqual(notes(0), [`${line('; allocate')}: _PageAllocate returns here`, `${line('; allocate')}: assuming _PageAllocate's result (EAX) == 0`]);
    assert.deepEqual((await analyse('vxd-masm', divide(['        test    eax, eax', '        jz      MP_Done']))).findings, []);
  });

  const objasm = (body: readonly string[]) => [
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '        GET     Hdr:Proc',
    '        AREA    |Notes$$Code|, CODE, READONLY, PIC',
    'Module_BaseAddr',
    '        DCD     0',
    '        DCD     0',
    '        DCD     Final - Module_BaseAddr',
    '        DCD     Service - Module_BaseAddr',
    '        DCD     Title - Module_BaseAddr',
    '        DCD     Title - Module_BaseAddr',
    '        DCD     0',
    'Title   =       "Notes", 0',
    '        ALIGN',
    '                ^       0, r12',
    'ws_area         #       4',
    ...body,
    '        END',
  ];

  test('a module entry\'s workspace, read through its private word, is `workspace` in the notes, as a handler\'s is', async () => {
    const module = (swi: string) => objasm([
      'Final   Entry',
      '        LDR     r12, [r12]',
      '        LDR     r1, ws_area',
      '        TEQ     r1, #0',
      '        EXIT    EQ                      ; test',
      '        MOV     r0, #1',
      `        SWI     ${swi}                  ; remove`,
      '        EXIT',
      'Service ROUT',
      '        TEQ     r1, #&8E',
      '        MOVNE   pc, lr',
      '        LDR     r12, [r12]',
      '        LDR     r0, ws_area',
      '        TEQ     r0, r2',
      '        MOVEQ   r1, #0                  ; claim',
      '        MOV     pc, lr                  ; return',
    ]);
    const { findings, line, notes } = await analyse('riscos-objasm', module('OS_DynamicArea'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW311', line('; remove')], ['PW304', line('; return')]]);
    assert.deepEqual(notes(0), [`${line('; test')}: assuming the word at workspace != 0`]);
    assert.deepEqual(notes(1), [`${line('; claim')}: assuming the word at workspace == pageBlock`, `${line('; claim')}: R1 overwritten here`]);
    assert.deepEqual((await analyse('riscos-objasm', module('XOS_DynamicArea'))).findings.map((f) => f.code), ['PW304']);
  });
});

describe('the inputs a note names are in the reader\'s words', () => {
  /** A name only the emulator knows its inputs by: a count, a register key, memory by size, an entry or SWI key. */
  const KEY = /#\d|\.(?:e[a-d]x|r\d+)\b|mem\d+\[|entry\.|swi\./;

  test('PINSTACK\'s stack finding notes the result of _PageAllocate it tests; returning balanced is clean', async () => {
    const text = readFileSync(join(repoRoot, 'examples/vxd/PINSTACK.ASM'), 'latin1').split(/\r?\n/);
    const { findings, notes } = await analyse('vxd-masm', text);
    assert.deepEqual(findings.map((f) => f.code), ['PW231']);
    const told = notes(0).map((n) => n.replace(/^\d+: /, ''));
    assert.ok(told.includes('assuming _PageAllocate\'s result (EAX) != 0'), told.join('\n'));
    // Pin_Buffer, a STDCALL PROC, ends in RET 8: where it returns is what the finding rests on, though no branch is noted inside it.
    const call = text.findIndex((l) => l.includes('call    Pin_Buffer'));
    assert.ok(notes(0).includes(`${call}: Pin_Buffer returns here, taking 8 bytes of arguments off the stack`), notes(0).join('\n'));
    // Both results of _PageLock, which nothing tests, return to the same unbalanced ESP: the finding rests on neither.
    assert.deepEqual(told.filter((n) => n.includes('_PageLock')), []);
    assert.deepEqual(told.filter((n) => KEY.test(n)), []);
    assert.deepEqual((await analyse('vxd-masm', text.filter((l) => !l.includes('add     esp, 8')))).findings, []);
  });

  test('a byte of a table read through a register is named by the table\'s label, not the layout\'s number; ECX saved is clean', async () => {
    const freeSlot = (save: string, restore: string) => slots([
      'BeginProc Free_Slot',
      '        mov     ecx, [Slot_Index]',
      '        cmp     Slot_Map[ecx], 0',
      '        je      FS_Done                         ; test',
      save,
      '        VMMcall _PageFree, <[Buf_h], 0>',
      restore,
      '        mov     Slot_Map[ecx], 0                ; clear',
      'FS_Done:',
      '        ret',
      'EndProc Free_Slot',
    ]);
    const { findings, line, notes } = await analyse('vxd-masm', freeSlot('', ''));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', line('; clear')]]);
    assert.equal(notes(0)[0], `${line('; test')}: assuming the byte at Slot_Map + the dword at Slot_Index != 0`);
    assert.deepEqual((await analyse('vxd-masm', freeSlot('        push    ecx', '        pop     ecx'))).findings, []);
  });

  test('a byte a loop changed is named by its label, or its register and offset, through the CLI too; the store before the call is clean', async () => {
    const scan = (store: string) => [
      '        .386p',
      '        include vmm.inc',
      'VxD_LOCKED_DATA_SEG',
      'Count           dd      0',
      'Flag            db      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Scan',
      '        mov     ecx, 100',
      'Next:',
      '        add     byte ptr [Flag], 3',
      '        add     byte ptr [ebx+1Ch], 5',
      '        dec     ecx',
      '        jnz     Next',
      '        cmp     byte ptr [Flag], 7',
      '        je      Done                      ; flag',
      '        cmp     byte ptr [ebx+1Ch], 9',
      '        je      Done                      ; field',
      '        mov     ecx, 4',
      ...(store === 'before' ? ['        mov     [Count], ecx'] : []),
      '        VMMcall _PageFree, <edi, 0>',
      ...(store === 'after' ? ['        mov     [Count], ecx              ; store'] : []),
      'Done:',
      '        ret',
      'EndProc Scan',
      'VxD_LOCKED_CODE_ENDS',
      '        END',
    ];
    const lines = scan('after');
    const { findings, line, notes } = await analyse('vxd-masm', lines);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', line('; store')]]);
    const expected = [
      `${line('; flag')}: assuming loop's result (the byte at Flag) != 4`,
      `${line('; field')}: assuming loop's result (the byte at entry EBX + 1Ch) != 4`,
    ];
    assert.deepEqual(notes(0).filter((n) => n.includes('byte')), expected);
    const root = tempDir('pagewarden-path-notes-');
    writeFileSync(join(root, 'scan.asm'), `${lines.join('\n')}\n`);
    const text = runCli(['check', '--format', 'text', 'scan.asm'], root).stdout;
    for (const [n, note] of [[line('; flag'), 'loop\'s result (the byte at Flag) != 4'], [line('; field'), 'loop\'s result (the byte at entry EBX + 1Ch) != 4']] as const) {
      assert.ok(text.includes(`scan.asm:${n + 1}:9: note: assuming ${note}`), text);
    }
    const json = JSON.parse(runCli(['check', '--format', 'json', 'scan.asm'], root).stdout) as { findings: { related: { message: string }[] }[] };
    assert.deepEqual(json.findings[0]?.related.map((r) => r.message).filter((m) => m.includes('byte')), expected.map((n) => n.replace(/^\d+: /, '')));
    assert.deepEqual((await analyse('vxd-masm', scan('before'))).findings, []);
  });

  test('VxD: two results of one service by their order, a data word by its label, an entry register', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', vxd([
      'BeginProc Twice',
      '        VMMcall _GetFreePageCount, <0>',
      '        mov     esi, eax',
      '        VMMcall _GetFreePageCount, <0>',
      '        cmp     eax, esi',
      '        je      T_Done                    ; compare',
      '        cmp     dword ptr [Buf_h], 0',
      '        je      T_Done                    ; handle',
      '        test    esi, esi',
      '        jz      T_Done                    ; first',
      '        loop    T_Done                    ; loop',
      'T_Done:',
      '        ret',
      'EndProc Twice',
      'BeginProc Entry_Test',
      '        test    esi, esi',
      '        jz      E_Done                    ; entry',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>   ; allocate',
      '        mov     dword ptr [eax], 0        ; store',
      'E_Done:',
      '        ret',
      'EndProc Entry_Test',
    ]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', line('; loop')], ['PW211', line('; store')]]);
    assert.deepEqual(notes(0), [
      `${line('; compare')}: assuming _GetFreePageCount's result (EAX, later) != _GetFreePageCount's result (EAX, earlier)`,
      `${line('; handle')}: assuming the dword at Buf_h != 0`,
      `${line('; first')}: assuming _GetFreePageCount's result (EAX, earlier) != 0`,
    ]);
    assert.deepEqual(notes(1), [
      `${line('; entry')}: assuming entry ESI != 0`,
      `${line('; allocate')}: _PageAllocate returns here`,
      `${line('; allocate')}: assuming _PageAllocate's result (EAX) == 0`,
    ]);
  });

  test('ObjAsm: an entry register, a SWI\'s result, its error and its V flag', async () => {
    const module = (remove: string) => [
      '        GET     Hdr:ListOpts',
      '        GET     Hdr:Macros',
      '        GET     Hdr:System',
      '        GET     Hdr:Proc',
      ...finalModule,
      'Final   Entry',
      '        TEQ     r10, #0',
      '        EXIT    EQ                      ; entry',
      '        SWI     XOS_ReadSysInfo',
      '        TEQ     r0, #0',
      '        EXIT    EQ                      ; time',
      '        MOV     r1, #1',
      '        SWI     XOS_ReadDynamicArea',
      '        EXIT    VS                      ; read',
      '        MOV     r0, #1',
      `        SWI     ${remove}               ; remove`,
      '        EXIT',
      '        END',
    ];
    const { findings, line, notes } = await analyse('riscos-objasm', module('OS_DynamicArea'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW311', line('; remove')]]);
    assert.deepEqual(notes(0), [
      `${line('; entry')}: assuming entry R10 != 0`,
      `${line('; time')}: assuming (XOS_ReadSysInfo's result (V) == 0 ? entry R0 : XOS_ReadSysInfo's error (R0)) != 0`,
      `${line('; read')}: assuming XOS_ReadDynamicArea's result (V) == 0`,
    ]);
    assert.deepEqual((await analyse('riscos-objasm', module('XOS_DynamicArea'))).findings, []);
  });

  test('ObjAsm: a BVS after an X SWI notes, where it goes on, that the SWI succeeded', async () => {
    // The SWI's two outcomes reach the BVS apart, V 0 on one and 1 on the other; the branch still says which it took.
    const module = (remove: string) => [
      ...finalModule,
      'Final   STMFD   sp!, {lr}',
      '        MOV     r0, #0',
      '        MOV     r1, #1',
      '        SWI     XOS_ReadDynamicArea',
      '        BVS     %FT90                   ; read',
      '        MOV     r0, #1',
      `        SWI     ${remove}               ; remove`,
      '90      LDMFD   sp!, {pc}',
      '        END',
    ];
    const { findings, line, notes } = await analyse('riscos-objasm', module('OS_DynamicArea'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW311', line('; remove')]]);
    assert.deepEqual(notes(0), [`${line('; read')}: assuming XOS_ReadDynamicArea's result (V) == 0`]);
    assert.deepEqual((await analyse('riscos-objasm', module('XOS_DynamicArea'))).findings, []);
  });
});

describe('an X SWI\'s success is noted where the code tests V, however it leaves on an error', () => {
  /** A PreGrow that converts its first page, then one page each pass into R5, and stores the first one's number in every entry; `leave` follows each SWI, its last line the test of V. */
  const pregrow = (leave: readonly string[]) => [
    '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System', '        GET     Hdr:Proc',
    '        AREA    |Conv$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Conv", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}',
    '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #16 * 4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        LDMFD   sp!, {r1-r8, pc}',
    'Handler ROUT',
    '        TEQ     r0, #0', '        BEQ     PreGrow', '        CMP     r0, #0', '        MOV     pc, lr',
    'PreGrow Entry   "r0-r2, r5-r9"',
    '        MOV     r9, r1', '        MOVS    r8, r2', '        LDR     r7, [r12]', '        BEQ     %FT20',
    ...[['first', 'r6'], ['loop', 'r5']].flatMap(([where, into]) => [
      ...(where === 'loop' ? ['10'] : []),
      '        STR     r7, [r12, #8]', '        MOV     r0, #(1 :SHL: 9) :OR: (1 :SHL: 11)', '        ADD     r1, r12, #4', '        MOV     r2, #1',
      '        SWI     XOS_Memory',
      ...leave.slice(0, -1).map((l) => `        ${l}`),
      `        ${leave.at(-1) ?? ''}               ; ${where}`,
      `        LDR     ${into}, [r12, #4]`,
    ]),
    '        STR     r6, [r9], #12           ; store',
    '        ADD     r7, r7, #4096', '        SUBS    r8, r8, #1', '        BNE     %BT10           ; again',
    '20      CMP     r0, #0',
    '        EXIT',
    '90      EXIT',
    '        END',
  ];

  test('an EXIT VS after each X SWI of a loop notes the success of each, as a BVS to an EXIT does, right after the SWI or not', async () => {
    // With an instruction between, the SWI's outcomes are joined before the BVS, and a later join's choice reads the joined V.
    for (const leave of [['BVS     %FT90'], ['EXIT    VS'], ['MOV     r3, r3', 'BVS     %FT90']]) {
      const { findings, line, notes } = await analyse('riscos-objasm', pregrow(leave));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW302', line('; store')]], leave.join('; '));
      assert.deepEqual(notes(0), [
        `${line('; first')}: assuming XOS_Memory's result (V, 1st of 3) == 0`,
        `${line('; loop')}: assuming XOS_Memory's result (V, 2nd of 3) == 0`,
        `${line('; again')}: assuming entries != 1`,
        `${line('; loop')}: assuming XOS_Memory's result (V, 3rd of 3) == 0`,
        `${line('; again')}: assuming entries == 2`,
      ], leave.join('; '));
    }
  });
  test('the BVS of a loop run a known number of times, passed twice with nothing noted between, names each pass in one note', async () => {
    // Two passes, counted from a constant: the branch back is no note, so the second and third SWIs' notes at the BVS are one, each pass by its number.
    const lines = pregrow(['BVS     %FT90']).map((l) => (l.trim() === 'MOVS    r8, r2' ? '        MOVS    r8, #2' : l));
    const { findings, line, notes } = await analyse('riscos-objasm', lines);
    // The second pass's store is entry 1 (PW302 twice: past a one-entry block, the first page again); the EXIT leaves entry 2 (PW301).
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW302', line('; store')], ['PW302', line('; store')], ['PW301', line('20      CMP') + 1]]);
    for (const i of findings.keys()) {
      assert.deepEqual(notes(i), [
        `${line('; first')}: assuming XOS_Memory's result (V, 1st of 3) == 0`,
        `${line('; loop')}: assuming XOS_Memory's result (V, 2nd of 3) == 0 & XOS_Memory's result (V, 3rd of 3) == 0`,
      ], findings[i]?.code);
    }
  });
  test('a BVS where an X SWI\'s outcomes met a way that cleared V takes neither way for V clear: a finding the other way reaches notes the branch that chose it', async () => {
    const { findings, line, notes } = await analyse('riscos-objasm', [
      ...finalModule,
      'Final   STMFD   sp!, {lr}',
      '        MOV     r9, #0',
      '        TEQ     r2, #0',
      '        BEQ     skip                    ; r2',
      '        MOV     r0, #0', '        MOV     r1, #1',
      '        SWI     XOS_ReadDynamicArea',
      '        B       test',
      'skip    CMP     r0, #0                  ; clears V',
      '        MOV     r9, #1',
      'test    BVS     %FT90',
      '        TEQ     r9, #1',
      '        BNE     %FT90',
      '        MOV     r0, #1',
      '        SWI     OS_DynamicArea          ; remove',
      '90      LDMFD   sp!, {pc}',
      '        END',
    ]);
    // Only the way that skipped the SWI gets to the remove; that V is clear there said nothing of R9.
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW311', line('; remove')]]);
    assert.deepEqual(notes(0), [`${line('; r2')}: assuming entry R2 == 0`]);
  });
});

describe('a finding notes each assumption it rests on, once', () => {
  const module = (busy: readonly string[]) => [
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '        GET     Hdr:Proc',
    '        AREA    |C$$Code|, CODE, READONLY, PIC',
    '        ^       0, r12',
    'ws_busy #       4',
    'Module_Base',
    '        DCD     0',
    '        DCD     Init - Module_Base',
    '        DCD     0, 0',
    '        DCD     Title - Module_Base',
    '        DCD     Title - Module_Base',
    '        DCD     0',
    'Title   =       "N", 0',
    '        ALIGN',
    'Init    Entry   "r1-r8"',
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    '        MOV     r4, #1 :SHL: 9',
    '        MOV     r5, #32*4096',
    '        ADR     r6, Handler',
    '        MOV     r7, r12',
    '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        EXIT',
    'Handler ROUT',
    '        TEQ     r0, #2',
    '        BNE     %FT50',
    '        Push    "r10"',
    '        LDR     r10, ws_busy',
    '        TEQ     r10, #0',
    '        Pull    "r10"',
    '        MOVNE   r3, #0                  ; permit',
    ...busy,
    '        MOVNE   pc, lr                  ; return',
    '50      CLRV',
    '        MOV     pc, lr',
    '        END',
  ];

  test('a run of conditional instructions after one test notes it once, and the registers they overwrite; permitting nothing alone is clean', async () => {
    const { findings, line, notes } = await analyse('riscos-objasm', module([
      '        MOVNE   r0, #0                  ; r0',
      '        ORRNE   r3, r3, #0',
      '        MOVNE   r1, #0                  ; r1',
    ]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [
      ['PW304', line('; return'), 'PreShrink returns with R0 changed; the kernel expects it preserved'],
      ['PW304', line('; return'), 'PreShrink returns with R1 changed; the kernel expects it preserved'],
    ]);
    assert.deepEqual(notes(0), [`${line('; permit')}: assuming the word at workspace != 0`, `${line('; r0')}: R0 overwritten here`]);
    assert.deepEqual(notes(1), [`${line('; permit')}: assuming the word at workspace != 0`, `${line('; r1')}: R1 overwritten here`]);
    assert.deepEqual((await analyse('riscos-objasm', module(['        ORRNE   r3, r3, #0']))).findings, []);
  });

  const reserve = (test: readonly string[]) => [
    '        .386p',
    '        include vmm.inc',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Notes',
    '        VMMcall _PageLock, <ebx, 1, 0, 0>       ; lock',
    '        mov     esi, 4',
    'Lock_Loop:',
    '        VMMcall _PageLock, <ebx, 1, 0, 0>       ; again',
    '        dec     esi',
    '        jnz     Lock_Loop',
    '        VMMcall _PageReserve, <PR_SYSTEM, 1, 0> ; reserve',
    ...test,
    '        mov     ecx, [eax]                      ; use',
    'N_Done:',
    '        ret',
    'EndProc Notes',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ];

  test('results the code never tests, once or on each pass of a loop, are no notes of a finding that does not rest on them; testing the one it rests on is clean', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', reserve([]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW210', line('; use')]]);
    assert.deepEqual(notes(0), [`${line('; reserve')}: _PageReserve returns here`, `${line('; reserve')}: assuming _PageReserve's result (EAX) == 0FFFFFFFFh`]);
    assert.deepEqual((await analyse('vxd-masm', reserve(['        cmp     eax, -1', '        je      N_Done']))).findings, []);
  });

  test('a result the model chose and the code then tests is noted at the test; keeping the count in ESI is clean', async () => {
    const lockEach = (count: string) => [
      '        .386p',
      '        include vmm.inc',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Lock_Each_Page',
      `        xor     ${count}, ${count}`,
      'Lock_Next:',
      `        VMMcall _PageLock, <ebx, 1, ${count}, 0>   ; lock`,
      '        test    eax, eax',
      '        jz      Lock_Fail                       ; test',
      `        inc     ${count}`,
      `        cmp     ${count}, 8`,
      '        jb      Lock_Next                       ; loop',
      '        clc',
      '        ret',
      'Lock_Fail:',
      '        stc',
      '        ret',
      'EndProc Lock_Each_Page',
      'VxD_LOCKED_CODE_ENDS',
      '        END',
    ];
    const { findings, line, notes } = await analyse('vxd-masm', lockEach('ecx'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', line('; loop')]]);
    assert.deepEqual(notes(0), [`${line('; lock')}: _PageLock returns here`, `${line('; test')}: assuming _PageLock's result (EAX) != 0`]);
    assert.deepEqual((await analyse('vxd-masm', lockEach('esi'))).findings, []);
  });

  const chunks = (undo: string) => vxd([
    'BeginProc Lock_In_Chunks',
    '        SaveReg <ebx, esi, edi>',
    '        VMMcall _PageAllocate, <10, PG_SYS, 0, 0, 0, 0, 0, 0>   ; alloc',
    '        or      eax, eax',
    '        jz      LIC_Fail',
    '        mov     [Buf_h], eax',
    '        mov     edi, 10',
    '        mov     ebx, edx',
    '        shr     ebx, 12',
    '        mov     esi, ebx',
    'LIC_Loop:',
    '        mov     ecx, 4',
    '        cmp     edi, ecx',
    '        jae     @F',
    '        mov     ecx, edi',
    '@@:     push    ecx',
    '        VMMcall _LinPageLock, <ebx, ecx, 0>                   ; lock',
    '        pop     ecx',
    '        or      eax, eax',
    '        jz      LIC_Undo',
    '        add     ebx, ecx',
    '        sub     edi, ecx',
    '        jnz     LIC_Loop',
    '        RestoreReg <edi, esi, ebx>',
    '        clc',
    '        ret',
    'LIC_Undo:',
    undo,
    'LIC_Fail:',
    '        RestoreReg <edi, esi, ebx>',
    '        stc',
    '        ret',
    'EndProc Lock_In_Chunks',
  ]);

  test('a lock in a loop that fails on some pass is noted, as the one lock without the loop is; unlocking what was locked is clean', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', chunks('        VMMcall _LinPageUnLock, <esi, 10, 0>   ; unlock'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; unlock')]]);
    assert.deepEqual(notes(0), [
      `${line('; alloc')}: _PageAllocate returns here`, `${line('; alloc')}: assuming _PageAllocate's result (EAX) != 0`,
      `${line('; lock')}: _LinPageLock returns here`, `${line('; lock')}: assuming _LinPageLock's result (EAX) == 0`,
    ]);
    const fixed = await analyse('vxd-masm', chunks([
      '        mov     ecx, ebx',
      '        sub     ecx, esi',
      '        jz      LIC_Fail',
      '        VMMcall _LinPageUnLock, <esi, ecx, 0>',
    ].join('\n')));
    assert.deepEqual(fixed.findings.map((f) => f.code), []);
  });

  const scan = (save: string, restore: string) => slots([
    'BeginProc Give_Back_Top',
    '        mov     ecx, 63',
    'GB_Scan:',
    '        cmp     Slot_Map[ecx], 0',
    '        jne     GB_Found                        ; scan',
    '        dec     ecx',
    '        jns     GB_Scan',
    '        stc',
    '        ret',
    'GB_Found:',
    '        mov     eax, [Region_Pg]',
    '        add     eax, ecx',
    save,
    '        VMMcall _UnmapFreePhysReg, <eax, 1, 0>  ; unmap',
    restore,
    '        test    eax, eax',
    '        jz      GB_Fail                         ; test',
    '        mov     Slot_Map[ecx], 0                ; clear',
    '        clc',
    '        ret',
    'GB_Fail:',
    '        stc',
    '        ret',
    'EndProc Give_Back_Top',
  ]);

  test('of the passes of a scan loop that all prove a finding, the notes tell the first; ECX saved is clean', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', scan('', ''));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', line('; clear')]]);
    assert.deepEqual(notes(0), [
      `${line('; scan')}: assuming the byte at Slot_Map+3Fh != 0`,
      `${line('; unmap')}: _UnmapFreePhysReg returns here`,
      `${line('; test')}: assuming _UnmapFreePhysReg's result (EAX) != 0`,
    ]);
    assert.deepEqual((await analyse('vxd-masm', scan('        push    ecx', '        pop     ecx'))).findings, []);
  });

  const unrolled = (pages: string) => [
    'DIM code% 1024, ws% 16',
    'maxpages% = 8',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler',
    '        TEQ     r0, #0',
    '        BEQ     pregrow',
    '        CMP     r0, r0',
    '        MOV     pc, r14',
    '.pregrow',
    '        STMFD   r13!, {r6}',
    '        LDR     r6, [r12]',
    ']',
    'FOR i% = 0 TO maxpages% - 1',
    '[ OPT pass%',
    '        CMP     r2, #i%',
    '        BLS     pg_done                 ; bound',
    '        STR     r6, [r1, #i% * 12]',
    '        ADD     r6, r6, #1',
    ']',
    'NEXT i%',
    '[ OPT pass%',
    '.pg_done',
    '        LDMFD   r13!, {r6}',
    '        CMP     r0, r0',
    '        MOV     pc, r14                 ; return',
    ']',
    'NEXT pass%',
    `SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 8, ${pages} * 4096, handler, ws%, "Unrolled" TO ,area%`,
    'END',
  ];

  test('the bounds an unrolled loop\'s passes test at one line are one note; an area no larger than the loop fills is clean', async () => {
    const { findings, line, notes } = await analyse('riscos-bbcbasic', unrolled('2 * maxpages%'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW301', line('; return')]]);
    assert.deepEqual(notes(0), [`${line('; bound')}: assuming entries >u 7`]);
    assert.deepEqual((await analyse('riscos-bbcbasic', unrolled('maxpages%'))).findings, []);
  });

  const countedDown = (pages: readonly string[]) => [
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '        AREA    |T$$Code|, CODE, READONLY, PIC',
    'Init    Entry   "r1-r8"',
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    '        MOV     r4, #1 :SHL: 8',
    '        MOV     r5, #4*4096',
    '        ADR     r6, Handler',
    '        MOV     r7, r12',
    '        ADR     r8, Name',
    '        SWI     XOS_DynamicArea',
    '        EXIT',
    'Name    =       "Table", 0',
    '        ALIGN',
    'PageTable',
    `        DCD     ${pages.join(', ')}`,
    'Handler ROUT',
    '        TEQ     r0, #0',
    '        BNE     %FT90',
    '        Push    "r1, r2, r6, r9"',
    '        ADR     r9, PageTable',
    '10      LDR     r6, [r9], #4',
    '        STR     r6, [r1], #12           ; store',
    '        SUBS    r2, r2, #1',
    '        BNE     %BT10                   ; count',
    '        Pull    "r1, r2, r6, r9"',
    '90      CLRV',
    '        MOV     pc, lr',
    '        END',
  ];

  test('the counts a loop counted down from R2 passed at one line, R2 at least 1 at entry, are one bound', async () => {
    const { findings, line, notes } = await analyse('riscos-objasm', countedDown(['&400', '&401', '&404', '&401']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, f.message]), [['PW302', line('; store'), 'PreGrow names the same physical page in entries 1 and 3']]);
    assert.deepEqual(notes(0), [`${line('; count')}: assuming entries >u 3`]);
    assert.deepEqual((await analyse('riscos-objasm', countedDown(['&400', '&401', '&404', '&405']))).findings, []);
  });

  // The model's guard at the call is `result != 0FFFFFFFFh`, the test's `result + 1 != 0`: one assumption, told at the test.
  const mapped = (check: readonly string[]) => [
    '        .386p',
    '        include vmm.inc',
    'Fail_If_Minus MACRO reg, target',
    '        cmp     reg, -1',
    '        je      target',
    '        ENDM',
    'VxD_LOCKED_DATA_SEG',
    'pMem    dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Map_It',
    '        VMMcall _MapPhysToLinear, <0A0000h, 8000h, 0>   ; map',
    ...check,
    '        mov     [pMem], eax',
    '        VMMcall _PageFree, <esi, 0>',
    '        VMMcall _PageFree, <esi, 0>     ; again',
    'MI_Fail:',
    '        ret',
    'EndProc Map_It',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ];

  test('a service\'s result the code compares with its failure value is assumed at the compare, not again at the call', async () => {
    for (const check of [['        cmp     eax, -1', '        je      MI_Fail          ; test'], ['        Fail_If_Minus eax, MI_Fail   ; test']]) {
      const { findings, line, notes } = await analyse('vxd-masm', mapped(check));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; again')]]);
      assert.deepEqual(notes(0).slice(0, 2), [`${line('; map')}: _MapPhysToLinear returns here`, `${line('; test')}: assuming _MapPhysToLinear's result (EAX) != 0FFFFFFFFh`]);
    }
  });

  test('a later test of the same result that assumes something else is a note of its own', async () => {
    const { line, notes } = await analyse('vxd-masm', mapped(['        cmp     eax, -1', '        je      MI_Fail   ; minus', '        cmp     eax, 0A0000h', '        jb      MI_Fail   ; low']));
    assert.deepEqual(notes(0).slice(0, 3), [
      `${line('; map')}: _MapPhysToLinear returns here`,
      `${line('; minus')}: assuming _MapPhysToLinear's result (EAX) != 0FFFFFFFFh`,
      `${line('; low')}: assuming _MapPhysToLinear's result (EAX) >=u 0A0000h`,
    ]);
  });
});

describe('a note names what decided the finding, and no more', () => {
  /** A dispatch through a table after a bound check; `index` loads EAX, `payload` is the third case's code. */
  const dispatch = (index: readonly string[], payload: readonly string[]) => [
    '        .386p',
    '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG',
    'Buf_h           dd      0',
    'Cmd             dd      0',
    'Table           dd      OFFSET32 Case_A, OFFSET32 Case_B, OFFSET32 Case_C, OFFSET32 Case_D',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Dispatch',
    ...index,
    '        cmp     eax, 3',
    '        ja      Bad               ; bound',
    '        jmp     [Table+eax*4]     ; dispatch',
    'Case_A:',
    '        ret',
    'Case_B:',
    '        ret',
    'Case_C:',
    ...payload,
    '        ret',
    'Case_D:',
    '        ret',
    'Bad:',
    '        ret',
    'EndProc Dispatch',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ];
  const twice = ['        VMMcall _PageFree, <[Buf_h], 0>   ; first free', '        VMMcall _PageFree, <[Buf_h], 0>   ; second free'];

  test('a jump through a table notes the entry taken and the index that picked it, not the table\'s expression; freeing once is clean', async () => {
    for (const [index, input] of [[[], 'entry EAX'], [['        mov     eax, [Cmd]'], 'the dword at Cmd']] as const) {
      const { findings, line, notes } = await analyse('vxd-masm', dispatch(index, twice));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]], input);
      assert.deepEqual(notes(0), [
        `${line('; bound')}: assuming ${input} <=u 3`,
        `${line('; dispatch')}: jump to Case_C taken, assuming ${input} == 2`,
        `${line('; first free')}: _PageFree returns here`,
      ], input);
      assert.deepEqual((await analyse('vxd-masm', dispatch(index, twice.slice(0, 1)))).findings, [], input);
    }
  });

  test('a table indexed by a copy of a byte the code bounded (`cmp al, 3` / `movzx ecx, al`) reaches its entries, and no word past the bound', async () => {
    // Case_D is the word after the table: an index of 3 reads it, one the bound of 2 keeps out never does.
    const byte = (bound: number) => [
      '        .386p', '        include vmm.inc',
      'VxD_LOCKED_DATA_SEG',
      'Buf_h   dd      0',
      'Table   dd      OFFSET32 Case_A, OFFSET32 Case_B, OFFSET32 Case_C',
      'After   dd      OFFSET32 Case_D',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Dispatch',
      `        cmp     al, ${bound}`,
      '        ja      Bad               ; bound',
      '        movzx   ecx, al',
      '        jmp     [Table+ecx*4]     ; dispatch',
      'Case_A:', '        ret',
      'Case_B:', '        ret',
      'Case_C:',
      ...(bound === 2 ? twice : []),
      '        ret',
      'Case_D:',
      ...twice,
      '        ret',
      'Bad:', '        ret',
      'EndProc Dispatch',
      'VxD_LOCKED_CODE_ENDS', '        END',
    ];
    const bounded = await analyse('vxd-masm', byte(2));
    assert.deepEqual(bounded.findings.map((f) => [f.code, f.range.start.line]), [['PW222', bounded.line('; second free')]]);
    assert.deepEqual(bounded.notes(0).slice(0, 2), [`${bounded.line('; bound')}: assuming entry EAX[7:0] <=u 2`, `${bounded.line('; dispatch')}: jump to Case_C taken, assuming entry EAX == 0FFFFFF02h`]);
    const past = await analyse('vxd-masm', byte(3));
    assert.deepEqual(past.findings.map((f) => [f.code, f.range.start.line]), [['PW222', past.line('; second free')]]);
    assert.match(past.notes(0)[1] ?? '', /jump to Case_D taken/);
  });

  /** A dispatch through a table nothing bounds the index of, whose third target frees twice; `tables` lays the table words out. */
  const unbounded = (tables: readonly string[], before: readonly string[] = []) => [
    '        .386p', '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG',
    ...tables,
    'Buf_h   dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Dispatch',
    ...before,
    '        jmp     [Table+eax*4]     ; dispatch',
    'Case_A:', '        ret',
    'Case_B:', '        ret',
    'Case_C:',
    ...twice,
    '        ret',
    'EndProc Dispatch',
    'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  const ONE_TABLE = ['Table   dd      OFFSET32 Case_A, OFFSET32 Case_B, OFFSET32 Case_C'];

  test('a jump through a table nothing bounds the index of reaches each entry under its index, as the table is on the path, and stops for the rest', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', unbounded(ONE_TABLE));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW900', line('; dispatch')], ['PW222', line('; second free')]]);
    assert.match(findings[0]?.message ?? '', /computed branch to mem32\[\(eax \* 4\) \+ 0x[0-9a-f]+\] has too many possible targets/);
    // The note names the entry's target and the index that picked it, as a bounded table's does.
    assert.deepEqual(notes(1).slice(0, 1), [`${line('; dispatch')}: jump to Case_C taken, assuming entry EAX == 2`]);
    // The entry the code changed before the jump goes where it now points.
    const changed = await analyse('vxd-masm', unbounded(ONE_TABLE, ['        mov     [Table+8], OFFSET32 Case_A']));
    assert.deepEqual(changed.findings.map((f) => f.code), ['PW900']);
  });

  /** A dispatch through a call table indexed by EBX (which the VMM's services keep), whose third entry frees once; `bound` may fence the index. */
  const calls = (bound: readonly string[], after: readonly string[]) => [
    '        .386p', '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG',
    ...ONE_TABLE,
    'Buf_h   dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Dispatch',
    ...bound,
    '        call    [Table+ebx*4]     ; dispatch',
    ...after,
    'Done:', '        ret',
    'Case_A:', '        ret',
    'Case_B:', '        ret',
    'Case_C:', twice[0] ?? '', '        ret',
    'EndProc Dispatch',
    'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  const BOUND = ['        cmp     ebx, 2', '        ja      Done              ; bound'];

  test('a call through a table nothing bounds the index of calls each entry under its index, returning after the call; the other indexes skip the call', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', calls([], twice.slice(1)));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
    // The joined paths' guard at the second free, "(entry EBX == 0 | entry EBX == 1 | entry EBX == 2) & entry EBX >u 1", says no more than the call's note.
    assert.deepEqual(notes(0), [
      `${line('; dispatch')}: call to Case_C taken, assuming entry EBX == 2`, `${line('; dispatch')}: Case_C called from here`,
      `${line('; first free')}: _PageFree returns here`, `${line('; second free')}: _PageFree returns here`,
    ]);
    // Freed once, in the call alone, is clean.
    assert.deepEqual((await analyse('vxd-masm', calls([], []))).findings, []);
  });

  test('a call through a table the code bounds notes the entry it took, as a jump does; freeing once is clean', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', calls(BOUND, twice.slice(1)));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
    assert.deepEqual(notes(0), [
      `${line('; bound')}: assuming entry EBX <=u 2`, `${line('; dispatch')}: call to Case_C taken, assuming entry EBX == 2`,
      `${line('; dispatch')}: Case_C called from here`, `${line('; first free')}: _PageFree returns here`, `${line('; second free')}: _PageFree returns here`,
    ]);
    assert.deepEqual((await analyse('vxd-masm', calls(BOUND, []))).findings, []);
  });

  test('a jump through a bounded table whose entries meet again before the finding notes the entry taken; freeing once is clean', async () => {
    const meet = (payload: readonly string[]) => [
      '        .386p', '        include vmm.inc',
      'VxD_LOCKED_DATA_SEG', ...ONE_TABLE, 'Buf_h   dd      0', 'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Dispatch',
      ...BOUND,
      '        jmp     [Table+ebx*4]     ; dispatch',
      'Case_A:', '        jmp     Join',
      'Case_B:', '        jmp     Join',
      'Case_C:', ...payload,
      'Join:', twice[1] ?? '',
      'Done:', '        ret',
      'EndProc Dispatch',
      'VxD_LOCKED_CODE_ENDS', '        END',
    ];
    const { findings, line, notes } = await analyse('vxd-masm', meet(twice.slice(0, 1)));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
    assert.deepEqual(notes(0), [
      `${line('; bound')}: assuming entry EBX <=u 2`, `${line('; dispatch')}: jump to Case_C taken, assuming entry EBX == 2`,
      `${line('; first free')}: _PageFree returns here`, `${line('; second free')}: _PageFree returns here`,
    ]);
    assert.deepEqual((await analyse('vxd-masm', meet([]))).findings, []);
  });

  test('after a table\'s call, a test the entry taken decides is not noted again; a test it does not decide, or one made before the call, is', async () => {
    const decided = ['        cmp     ebx, 1', '        jbe     Done              ; test'];
    const other = ['        test    esi, esi', '        jz      Done              ; test'];
    for (const bounded of [false, true]) {
      const shape = bounded ? 'bounded' : 'unbounded';
      const notesAfter = async (test: readonly string[]) => {
        const { findings, line, notes } = await analyse('vxd-masm', calls(bounded ? BOUND : [], [...test, ...twice.slice(1)]));
        assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]], shape);
        const call = [
          ...(bounded ? [`${line('; bound')}: assuming entry EBX <=u 2`] : []),
          `${line('; dispatch')}: call to Case_C taken, assuming entry EBX == 2`, `${line('; dispatch')}: Case_C called from here`, `${line('; first free')}: _PageFree returns here`,
        ];
        return { notes: notes(0), call, line };
      };
      // EBX >u 1 is what the call's note says already.
      const ebx = await notesAfter(decided);
      assert.deepEqual(ebx.notes, [...ebx.call, `${ebx.line('; second free')}: _PageFree returns here`], shape);
      // Another input's test adds what the call's note does not say.
      const esi = await notesAfter(other);
      assert.deepEqual(esi.notes, [...esi.call, `${esi.line('; test')}: assuming entry ESI != 0`, `${esi.line('; second free')}: _PageFree returns here`], shape);
    }
    // Before the call, the same test is what picks the entry, and stays: the call then has the one target.
    const before = await analyse('vxd-masm', calls([...BOUND, ...decided], twice.slice(1)));
    assert.deepEqual(before.notes(0).slice(0, 3), [
      `${before.line('; bound')}: assuming entry EBX <=u 2`, `${before.line('; test')}: assuming entry EBX >u 1`, `${before.line('; dispatch')}: Case_C called from here`,
    ]);
  });

  test('after a table\'s call, a comparison of the index with another input is told with the entry\'s index put in, as the one value it leaves where it leaves one', async () => {
    const notesAfter = async (test: readonly string[]) => {
      const { findings, line, notes } = await analyse('vxd-masm', calls([], [...test, ...twice.slice(1)]));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
      return { notes: notes(0).slice(3), line };
    };
    // EBX >u ESI, with EBX 2, is ESI <u 2; EBX == ESI is ESI == 2.
    const below = await notesAfter(['        cmp     ebx, esi', '        jbe     Done              ; test']);
    assert.deepEqual(below.notes, [`${below.line('; test')}: assuming entry ESI <u 2`, `${below.line('; second free')}: _PageFree returns here`]);
    // ESI != 0 is what ESI == 2 says already: no note of its own.
    const equal = await notesAfter(['        cmp     ebx, esi', '        jne     Done              ; test', '        test    esi, esi', '        jz      Done              ; again']);
    assert.deepEqual(equal.notes, [`${equal.line('; test')}: assuming entry ESI == 2`, `${equal.line('; second free')}: _PageFree returns here`]);
  });

  /**
   * A call through a table of procedures, whose entries' results the caller tests before it frees Buf_h: Op_Other
   * frees another handle and returns its result, Op_One returns 1 (after `one`), Op_Zero returns 0; `before` runs
   * ahead of the call.
   */
  const procedures = (bound: readonly string[], before: readonly string[], one: readonly string[]) => [
    '        .386p', '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG',
    'Buf_h   dd      0',
    'Other_h dd      0',
    'Table   dd      OFFSET32 Op_Other, OFFSET32 Op_One, OFFSET32 Op_Zero',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Dispatch',
    ...bound,
    ...before,
    '        call    [Table+ebx*4]     ; dispatch',
    '        test    eax, eax',
    '        jz      Done              ; test',
    twice[1] ?? '',
    'Done:', '        ret',
    'EndProc Dispatch',
    'BeginProc Op_Other', '        VMMcall _PageFree, <[Other_h], 0>', '        ret', 'EndProc Op_Other',
    'BeginProc Op_One', ...one, '        mov     eax, 1', '        ret', 'EndProc Op_One',
    'BeginProc Op_Zero', '        xor     eax, eax', '        ret', 'EndProc Op_Zero',
    'VxD_LOCKED_CODE_ENDS', '        END',
  ];

  test('a PW222 through a table\'s entry 1 notes no result of the service entry 0 called, which the entries\' joined states read', async () => {
    for (const bound of [[], BOUND]) {
      const { findings, line, notes } = await analyse('vxd-masm', procedures(bound, [], twice.slice(0, 1)));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
      assert.deepEqual(notes(0), [
        ...(bound.length ? [`${line('; bound')}: assuming entry EBX <=u 2`] : []),
        `${line('; dispatch')}: call to Op_One taken, assuming entry EBX == 1`, `${line('; dispatch')}: Op_One called from here`,
        `${line('; first free')}: _PageFree returns here`, `${line('; second free')}: _PageFree returns here`,
      ], bound.join('; '));
    }
  });

  test('a test of the result a table\'s entry picked by the index returned is read as the entry the path took: no note where it holds on that path', async () => {
    // Freed before the call, the finding rests on no entry's code: Op_One's and Op_Other's succeeded free both prove it.
    const { findings, line, notes } = await analyse('vxd-masm', procedures(BOUND, twice.slice(0, 1), []));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
    assert.deepEqual(notes(0), [`${line('; bound')}: assuming entry EBX <=u 2`, `${line('; first free')}: _PageFree returns here`]);
  });

  /** A handle loaded through `pick` into ESI, then tested, freed if set, and freed again if above 1. */
  const loaded = (pick: readonly string[]) => vxd([
    'BeginProc Load',
    ...pick,
    '        test    esi, esi',
    '        jz      Skip              ; test',
    '        VMMcall _PageFree, <esi, 0>   ; first free',
    'Skip:',
    '        cmp     esi, 1',
    '        jbe     Done              ; again',
    '        VMMcall _PageFree, <esi, 0>   ; second free',
    'Done:', '        ret',
    'EndProc Load',
  ]);

  test('a value loaded through an address a join chose, or from a table by an index a join chose, is named as the arm the path took has it', async () => {
    const pointer = await analyse('vxd-masm', loaded([
      '        mov     edi, OFFSET32 Buf_Bytes', '        test    ebx, ebx', '        jz      @F                ; choose', '        mov     edi, OFFSET32 Buf_h', '@@:', '        mov     esi, [edi]',
    ]));
    const index = await analyse('vxd-masm', loaded([
      '        xor     ecx, ecx', '        test    ebx, ebx', '        jz      @F                ; choose', '        mov     ecx, 1', '@@:', '        mov     esi, [Buf_Bytes+ecx*4]',
    ]));
    for (const { findings, line, notes } of [pointer, index]) {
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
      assert.deepEqual(notes(0), [
        `${line('; choose')}: assuming entry EBX != 0`, `${line('; test')}: assuming the dword at Buf_h != 0`,
        `${line('; first free')}: _PageFree returns here`, `${line('; again')}: assuming the dword at Buf_h >u 1`,
      ]);
    }
  });

  test('a value read where a store through an index the code bounded may have written is the choice the store made, told whole', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', loaded([
      '        cmp     ebx, 1', '        ja      Done              ; bound', '        mov     [Buf_Bytes+ebx*4], edx', '        mov     esi, [Buf_h]',
    ]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', line('; second free')]]);
    const read = '((entry EBX * 4) == 4 ? entry EDX : the dword at Buf_h)';
    assert.deepEqual(notes(0), [
      `${line('; bound')}: assuming entry EBX <=u 1`, `${line('; test')}: assuming ${read} != 0`,
      `${line('; first free')}: _PageFree returns here`, `${line('; again')}: assuming ${read} >u 1`,
    ]);
  });

  test('a jump through a table nothing bounds stops at the next label: a table laid out after it is not reached by its index', async () => {
    const { findings } = await analyse('vxd-masm', unbounded(['Table   dd      OFFSET32 Case_A, OFFSET32 Case_B', 'Other   dd      OFFSET32 Case_C']));
    assert.deepEqual(findings.map((f) => f.code), ['PW900']);
  });

  test('a jump through a table to a target with no name notes its address, taken for the index that picked it', async () => {
    const unnamed = [
      '        .386p', '        include vmm.inc',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Dispatch',
      '        cmp     eax, 1',
      '        ja      Done              ; bound',
      '        jmp     Table[eax*4]      ; dispatch',
      'Table   dd      OFFSET32 Done, OFFSET32 @F',
      '@@:',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
      '        mov     dword ptr [edx], 0   ; write',
      'Done:',
      '        ret',
      'EndProc Dispatch',
      'VxD_LOCKED_CODE_ENDS', '        END',
    ];
    const { findings, line, notes } = await analyse('vxd-masm', unnamed);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW211', line('; write')]]);
    assert.match(notes(0).find((n) => n.startsWith(`${line('; dispatch')}:`)) ?? '', new RegExp(`^${line('; dispatch')}: jump to 0?[0-9A-F]+h taken, assuming entry EAX == 1$`));
  });

  const allocate = (align: string, flags: string) => `        VMMcall _PageAllocate, <1, PG_SYS, 0, ${align}, 0, 0, 0, ${flags}>   ; allocate`;

  test('a PW202 on arguments written as constants notes no branch before the call, only the call that reached it; the right flags are clean', async () => {
    const source = (call: string) => vxd([
      'BeginProc Make_Buf',
      '        VMMcall _PageLock, <[Buf_h], 1, 0, 0>',
      '        test    eax, eax',
      '        jz      MB_Done',
      '        call    Allocate          ; call',
      'MB_Done:',
      '        ret',
      'EndProc Make_Buf',
      'BeginProc Allocate',
      call,
      '        mov     [Buf_h], eax',
      '        ret',
      'EndProc Allocate',
    ]);
    for (const [call, message] of [
      [allocate('0', 'PageUseAlign'), 'PageUseAlign needs PageFixed'],
      [allocate('2', 'PageUseAlign+PageFixed'), 'AlignMask of _PageAllocate is 2; it must be one of 0, 1, 3, 7, 0Fh, 1Fh'],
      [allocate('0', '80000000h'), 'Reserved bits 80000000h are set in flags of _PageAllocate'],
    ] as const) {
      const { findings, line, notes } = await analyse('vxd-masm', source(call));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [['PW202', line('; allocate'), message]]);
      // Reached from Make_Buf after its lock succeeded, and as a procedure of its own: the call note alone tells where from.
      assert.deepEqual(notes(0).filter((n) => !n.endsWith('Allocate called from here')), [], message);
    }
    assert.deepEqual((await analyse('vxd-masm', source(allocate('1Fh', 'PageUseAlign+PageFixed')))).findings, []);
  });

  test('a PW202 whose flags the path computed keeps the notes of the path', async () => {
    const { findings, line, notes } = await analyse('vxd-masm', vxd([
      'BeginProc Make_Buf',
      '        VMMcall _PageLock, <[Buf_h], 1, 0, 0>',
      '        test    eax, eax',
      '        jz      MB_Done           ; test',
      '        or      ebx, PageUseAlign',
      '        and     ebx, NOT PageFixed',
      allocate('0', 'ebx'),
      'MB_Done:',
      '        ret',
      'EndProc Make_Buf',
    ]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW202', line('; allocate')]]);
    assert.deepEqual(notes(0).at(-1), `${line('; test')}: assuming _PageLock's result (EAX) != 0`);
  });
});
