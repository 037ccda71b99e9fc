import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { MODULE_OPENING } from './support/objasmModule.js';

// SWIs with control flow of their own, in real source: OS_WriteS prints the
// string stored after it and returns past that string, so a handler's
// debug print does not end its analysis; OS_Exit never returns, so data
// after it is no code that runs into data; MessageTrans_ErrorLookup always
// returns V set, so a handler refusing with its error returns no changed R0
// with V clear.

const parsers = Parsers.create();

async function findings(languageId: LanguageId, lines: readonly string[], file = 'test'): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

/** A module whose Init creates an area with `DynHandler`, which sends `reason` (PreGrow unless told) to `preGrow`'s lines. */
const module = (preGrow: readonly string[], reason = 0): string[] => [
  ...MODULE_OPENING,
  '                ^       0, r12',
  'ws_area         #       4',
  'ws_used         #       4',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        LDR     r5, =&200000',
  '        ADR     r6, DynHandler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        EXIT',
  'DynHandler ROUT',
  `        TEQ     r0, #${reason}`,
  '        BEQ     PreGrow',
  '        CLRV',
  '        MOV     pc, lr',
  'PreGrow ROUT',
  ...preGrow,
  '        END',
];

const PRINT = ['        Push    "lr"', '        SWI     XOS_WriteS', '        =       "PreGrow", 0', '        ALIGN', '        Pull    "lr"'];
/** The lines after PreGrow's (line 33) count from 34. */
const FIRST = 34;

test('objasm: a PreGrow that prints with XOS_WriteS is analysed past the string: its R0 change is PW303 at the return', async () => {
  const found = await findings('riscos-objasm', module([...PRINT, '        MOV     r0, r3, LSR #12', '        STR     r0, ws_used', '        CLRV', '        MOV     pc, lr']));
  assert.deepEqual(found, [`PW303@${FIRST + 8}`]);
});

test('objasm: the same PreGrow saving R0, which the print\'s error would change too, is clean', async () => {
  const saving = PRINT.map((line) => line.replace('"lr"', '"r0, lr"'));
  const found = await findings('riscos-objasm', module([
    ...saving.slice(0, 4), '        MOV     r0, r3, LSR #12', '        STR     r0, ws_used', ...saving.slice(4), '        CLRV', '        MOV     pc, lr',
  ]));
  assert.deepEqual(found, []);
});

test('objasm: the plain OS_WriteS is PW311, and the code after its string is still checked', async () => {
  const plain = PRINT.map((line) => line.replace('XOS_WriteS', 'OS_WriteS'));
  const found = await findings('riscos-objasm', module([...plain, '        MOV     r0, r3, LSR #12', '        CLRV', '        MOV     pc, lr']));
  assert.deepEqual(found, [`PW311@${FIRST + 1}`, `PW303@${FIRST + 7}`]);
});

test('objasm: a plain SWI that returns no error (OS_IntOff, OS_IntOn, OS_ReadMemMapInfo, OS_ReadMonotonicTime) is no PW311; one that can fail still is', async () => {
  const calls = ['        SWI     OS_IntOff', '        SWI     OS_IntOn', '        SWI     OS_ReadMonotonicTime', '        SWI     OS_ReadMemMapInfo'];
  const saving = (lines: readonly string[]): string[] => ['        Push    "r0-r1, lr"', ...lines, '        Pull    "r0-r1, lr"', '        CLRV', '        MOV     pc, lr'];
  assert.deepEqual(await findings('riscos-objasm', module(saving(calls))), []);
  assert.deepEqual(await findings('riscos-objasm', module(saving([...calls, '        SWI     OS_ReadUnsigned']))), [`PW311@${FIRST + 5}`]);
});

test('objasm: a string of any length, and a routine after it, which its own slot of the layout moves away', async () => {
  const found = await findings('riscos-objasm', module([
    '        Push    "lr"', '        SWI     XOS_WriteS', '        =       "PreGrowing", 0', '        ALIGN',
    'Rest    ROUT', '        Pull    "lr"', '        MOV     r0, r3, LSR #12', '        CLRV', '        MOV     pc, lr',
  ]));
  assert.deepEqual(found, [`PW303@${FIRST + 8}`]);
});

/** Refuses with the error XMessageTrans_ErrorLookup builds from a token; `after` goes between the lookup and the return. */
const refusal = (after: readonly string[]): string[] => [
  '        Entry   "r1, r2, r4-r7"',
  '        ADR     r0, ErrorBlock_InUse',
  '        MOV     r1, #0',
  '        MOV     r2, #0',
  '        MOV     r4, #0',
  '        MOV     r5, #0',
  '        MOV     r6, #0',
  '        MOV     r7, #0',
  '        SWI     XMessageTrans_ErrorLookup',
  ...after,
  '        EXIT',
  'ErrorBlock_InUse',
  '        DCD     &00812C00',
  '        =       "InUse", 0',
  '        ALIGN',
];

test('objasm: a PreShrink refusing with XMessageTrans_ErrorLookup\'s error is clean (no PW304): the lookup always returns V set', async () => {
  assert.deepEqual(await findings('riscos-objasm', module(refusal(['        MOV     r3, #0']), 2)), []);
});

test('objasm: a PreGrow refusing with XMessageTrans_ErrorLookup\'s error is clean (no PW303): the lookup always returns V set', async () => {
  assert.deepEqual(await findings('riscos-objasm', module(refusal([]))), []);
});

test('objasm: a PreGrow that clears V after XMessageTrans_ErrorLookup returns R0 changed: PW303', async () => {
  assert.deepEqual(await findings('riscos-objasm', module(refusal(['        CLRV']))), [`PW303@${FIRST + 10}`]);
});

test('objasm: an application entry that ends with OS_Exit and its message after it is clean', async () => {
  const found = await findings('riscos-objasm', [
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '        AREA    |Test$$Code|, CODE, READONLY, PIC',
    'Module_BaseAddr',
    '        DCD     Start - Module_BaseAddr',
    '        DCD     0, 0, 0',
    '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
    'Title   =       "Test", 0',
    '        ALIGN',
    'Start   ROUT',
    '        ADR     r0, Msg',
    '        SWI     OS_Write0',
    '        MOV     r0, #0',
    '        LDR     r1, =&58454241',
    '        MOV     r2, #0',
    '        SWI     OS_Exit',
    'Msg     =       "Hello", 0',
    '        ALIGN',
    '        LTORG',
    '        END',
  ]);
  assert.deepEqual(found, []);
});

test('objasm: a module\'s start code is application code: no PW311 for its plain SWIs, and an X SWI\'s result used unchecked is still PW310', async () => {
  const found = await findings('riscos-objasm', [
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '        AREA    |Test$$Code|, CODE, READONLY, PIC',
    'Module_BaseAddr',
    '        DCD     Start - Module_BaseAddr',
    '        DCD     Init - Module_BaseAddr',
    '        DCD     0, 0',
    '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
    'Title   =       "Test", 0',
    '        ALIGN',
    'Init    ROUT',
    '        CLRV',
    '        MOV     pc, lr',
    'Start   ROUT',
    '        ADR     r0, Title',
    '        SWI     OS_Write0',
    '        MOV     r0, #2',
    '        LDR     r1, [r12]',
    '        SWI     OS_DynamicArea',
    '        SWI     XOS_DynamicArea',
    '        STR     r2, [r12, #4]',
    '        SWI     OS_Exit',
    '        END',
  ]);
  assert.deepEqual(found, ['PW310@21']);
});

test('objasm: CMP on an X SWI\'s result clears V before any test of it: the result stored after it is PW310 (STRNE, STRVC); BVS or EXIT VS before the CMP is clean', async () => {
  /** Init creates an area, then runs `after` (from line 26). */
  const init = (after: readonly string[]): string[] => [
    ...MODULE_OPENING,
    '                ^       0, r12',
    'ws_area         #       4',
    'Init    Entry   "r1-r8"',
    '        LDR     r12, [r12]',
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    '        MOV     r4, #0',
    '        MOV     r5, #1024*1024',
    '        MOV     r6, #0',
    '        MOV     r7, #-1',
    '        MOV     r8, #0',
    '        SWI     XOS_DynamicArea',
    ...after,
    '        EXIT',
    '        END',
  ];
  assert.deepEqual(await findings('riscos-objasm', init(['        CMP     r1, #0', '        STRNE   r1, ws_area'])), ['PW310@27']);
  assert.deepEqual(await findings('riscos-objasm', init(['        CMP     r1, #0', '        STRVC   r1, ws_area'])), ['PW310@27']);
  assert.deepEqual(await findings('riscos-objasm', init(['        TEQ     r1, #0', '        STRNE   r1, ws_area'])), ['PW310@27']);
  assert.deepEqual(await findings('riscos-objasm', init(['        EXIT    VS', '        CMP     r1, #0', '        STRNE   r1, ws_area'])), []);
  assert.deepEqual(await findings('riscos-objasm', init(['        BVS     failed', '        CMP     r1, #0', '        STRNE   r1, ws_area', 'failed'])), []);
});

test('objasm: a module claiming its workspace with XOS_Module (ModHandReason_Claim, ModHandReason_ExtendBlock) or XOS_Heap (HeapReason_Get) and storing R2 without testing V is PW310; EXIT VS first is clean', async () => {
  /** Init claims a block as `claim` says, then stores R2 (line 15 or 16). */
  const init = (claim: readonly string[], tested: boolean): string[] => [
    ...MODULE_OPENING,
    'Init    Entry   "r1-r3"',
    ...claim,
    ...(tested ? ['        EXIT    VS'] : []),
    '        STR     r2, [r12]',
    '        EXIT',
    '        END',
  ];
  const claims: readonly (readonly string[])[] = [
    ['        MOV     r0, #ModHandReason_Claim', '        MOV     r3, #256', '        SWI     XOS_Module'],
    ['        MOV     r0, #ModHandReason_ExtendBlock', '        LDR     r2, [r12]', '        MOV     r3, #256', '        SWI     XOS_Module'],
    ['        LDR     r1, [r12, #4]', '        MOV     r0, #HeapReason_Get', '        MOV     r3, #256', '        SWI     XOS_Heap'],
  ];
  for (const claim of claims) {
    assert.deepEqual(await findings('riscos-objasm', init(claim, false)), [`PW310@${12 + 1 + claim.length}`], claim.join('\n'));
    assert.deepEqual(await findings('riscos-objasm', init(claim, true)), [], claim.join('\n'));
  }
});

/** A BBC BASIC program creating an area whose handler sends PreGrow to `preGrow`'s lines (from line 9). */
const basic = (preGrow: readonly string[]): string[] => [
  'DIM code% 256',
  'P% = code%',
  '[ OPT 2',
  '.handler%',
  '        TEQ     r0, #0',
  '        BEQ     pregrow',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  '.pregrow',
  ...preGrow,
  ']',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 8*1024*1024, handler%, -1, "Frames" TO ,area%',
  'END',
];

test('bbcbasic: SWI "XOS_WriteS" with EQUS and CHR$0, or EQUS and EQUB 0, returns past the string: PW303 found; R0 kept is clean', async () => {
  const strings = [['        EQUS    "PreGrow" + CHR$0'], ['        EQUS    "PreGrowing"', '        EQUB    0']];
  for (const string of strings) {
    const print = ['        STMFD   r13!, {r0, r14}', '        SWI     "XOS_WriteS"', ...string, '        ALIGN'];
    const bad = await findings('riscos-bbcbasic', basic([
      ...print, '        LDMFD   r13!, {r0, r14}', '        MOV     r0, r3, LSR #12', '        CMP     r0, r0', '        MOV     pc, r14',
    ]), 'Grow,fd1');
    assert.deepEqual(bad, [`PW303@${9 + print.length + 3}`], string.join(' / '));
    const good = await findings('riscos-bbcbasic', basic([
      ...print, '        MOV     r0, r3, LSR #12', '        LDMFD   r13!, {r0, r14}', '        CMP     r0, r0', '        MOV     pc, r14',
    ]), 'Grow,fd1');
    assert.deepEqual(good, [], string.join(' / '));
  }
});

/** A BBC BASIC module whose header names Init (a bare return) and start code, which is `start`. */
const basicWithStart = (start: readonly string[]): string[] => [
  'DIM code% 256',
  'P% = code%',
  '[ OPT 2',
  '.base',
  '        EQUD    start - base',
  '        EQUD    init - base',
  '        EQUD    0',
  '        EQUD    0',
  '        EQUD    title - base',
  '        EQUD    title - base',
  '        EQUD    0',
  '.title',
  '        EQUS    "Test" + CHR$0',
  '        ALIGN',
  '.init',
  '        MOV     pc, r14',
  '.start',
  ...start,
  ']',
  'END',
];

test('bbcbasic: a module\'s start code that ends with SWI "OS_Exit" and its message after it is clean, with no PW311 for a SWI that never returns', async () => {
  const found = await findings('riscos-bbcbasic', basicWithStart([
    '        ADR     r0, msg',
    '        SWI     "XOS_Write0"',
    '        SWI     "OS_Exit"',
    '.msg',
    '        EQUS    "Hello" + CHR$0',
    '        ALIGN',
  ]), 'Exit,fd1');
  assert.deepEqual(found, []);
});

test('bbcbasic: a module\'s start code is application code, as in ObjAsm: no PW311 for its plain SWI "OS_Write0"', async () => {
  const found = await findings('riscos-bbcbasic', basicWithStart([
    '        ADR     r0, title',
    '        SWI     "OS_Write0"',
    '        SWI     "OS_Exit"',
  ]), 'Start,fd1');
  assert.deepEqual(found, []);
});

test('bbcbasic: a plain SWI in code PreGrow, PostGrow and PostShrink share is one PW311 naming the reason it was found for and the others', async () => {
  const lines = (swi: string): string[] => [
    'DIM code% 512, ws% 16',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[OPT pass%',
    '.handler%',
    'CMP R0, #3 : ADDLS PC, PC, R0, LSL #2',
    'B bad%',
    'B ok% : B ok% : B shrink% : B ok%',
    '.bad%',
    'MOV R0, #0 : MSR CPSR_f, #1 << 28 : MOV PC, R14',
    '.ok%',
    'STMFD R13!, {R0-R3, R14}',
    'MOV R0, #(1 << 9) + (1 << 11) : ADD R1, R12, #8 : MOV R2, #1',
    `SWI "${swi}"`,
    'LDMFD R13!, {R0-R3, R14}',
    'CMP R0, #0 : MOV PC, R14',
    '.shrink%',
    'CMP R0, #0 : MOV PC, R14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, &100000, handler%, ws%, "Crunch" TO , area%',
    'END',
  ];
  const found = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text: `${lines('OS_Memory').join('\n')}\n`, file: 'Crunch,fd1' });
  assert.deepEqual(found.map((f) => `${f.code}@${f.range.start.line} ${f.message}`), [
    'PW311@13 OS_Memory is not the X form: an error would go to the error handler instead of back to this code; use XOS_Memory (in PreGrow; the same code runs for PostGrow and PostShrink)',
  ]);
  assert.deepEqual(await findings('riscos-bbcbasic', lines('XOS_Memory')), []);
});

// armasm and ObjAsm take the SWI number with or without the immediate's `#`.
const withSwi = (swi: string, preGrow: readonly string[]): string[] => module(preGrow).map((line) => (line === '        SWI     XOS_DynamicArea' ? `        ${swi}` : line));
const CHANGES_R0 = ['        MOV     r0, #1', '        CLRV', '        MOV     pc, lr'];

for (const swi of ['SWI     #&20066', 'SVC     #XOS_DynamicArea', 'SWIVC   #XOS_DynamicArea']) {
  test(`objasm: \`${swi}\` creates the area: a PreGrow changing R0 is PW303 at its return`, async () => {
    assert.deepEqual(await findings('riscos-objasm', withSwi(swi, CHANGES_R0)), [`PW303@${FIRST + 2}`]);
  });

  test(`objasm: \`${swi}\` with a PreGrow that keeps R0 is clean`, async () => {
    assert.deepEqual(await findings('riscos-objasm', withSwi(swi, ['        CLRV', '        MOV     pc, lr'])), []);
  });
}
