import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { MODULE_OPENING } from './support/objasmModule.js';

// A PreShrink that refuses with the SETV idiom under the condition of its
// test (`MOVNE r2, #&80000000` / `CMPNE r2, #1`) sets V on purpose where it
// refuses, in ObjAsm and in BBC BASIC alike.

const parsers = Parsers.create();

async function findings(languageId: LanguageId, lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

/**
 * A module whose area's handler refuses PreShrink while the workspace word
 * ws_pin is not 0; `saved` is what it pushes besides R4 and LR, `allows`
 * how it sets R3.
 */
const objasm = (saved: string, allows = 'MOVNE   r3, #0'): string[] => [
  ...MODULE_OPENING,
  '        ^       0, r12',
  'ws_area #       4',
  'ws_pin  #       4',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        EXIT',
  'Handler ROUT',
  '        CMP     r0, #2',
  '        BEQ     PreShrink',
  '        CLRV',
  '        MOV     pc, lr',
  'PreShrink',
  `        Push    "${saved}r4, lr"`,
  '        LDR     r4, ws_pin',
  '        CMP     r4, #0',
  '        ADRNE   r0, ErrBlk',
  `        ${allows}`,
  '        MOVNE   r2, #&80000000',
  '        CMPNE   r2, #1',
  `        Pull    "${saved}r4, pc", NE`,
  '        CLRV',
  `        Pull    "${saved}r4, pc"`,
  'ErrBlk  DCD     &81C402',
  '        =       "Area is pinned", 0',
  '        ALIGN',
  '        END',
];

/** The same handler in BBC BASIC, its workspace a block of the program's own. */
const basic = (saved: string, allows = 'MOVNE   r3, #0'): string[] => [
  'DIM code% 256, ws% 16',
  'P% = code%',
  '[ OPT 2',
  '.handler',
  '        CMP     r0, #2',
  '        MOVNE   pc, lr',
  `        STMFD   r13!, {${saved}r4, r14}`,
  '        LDR     r4, [r12, #4]',
  '        CMP     r4, #0',
  '        ADRNE   r0, errblk',
  `        ${allows}`,
  '        MOVNE   r2, #&80000000',
  '        CMPNE   r2, #1',
  `        LDMNEFD r13!, {${saved}r4, pc}`,
  `        LDMFD   r13!, {${saved}r4, pc}`,
  '.errblk',
  '        EQUD    &81C402',
  '        EQUS    "Area is pinned" + CHR$0',
  '        ALIGN',
  ']',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, -1, handler, ws%, "A"',
];

test('objasm: MOVNE r2, #&80000000 / CMPNE r2, #1 is a refusal, with R0 -> an error block and R3 = 0', async () => {
  assert.deepEqual(await findings('riscos-objasm', objasm('r2, ')), []);
  // A refusal that allows what was asked is judged as one.
  assert.deepEqual(await findings('riscos-objasm', objasm('r2, ', 'NOP')), ['PW305@41']);
});

test('bbcbasic: MOVNE r2, #&80000000 / CMPNE r2, #1 is a refusal, with R0 -> an error block and R3 = 0', async () => {
  assert.deepEqual(await findings('riscos-bbcbasic', basic('r2, ')), []);
  assert.deepEqual(await findings('riscos-bbcbasic', basic('r2, ', 'MOV     r0, r0')), ['PW305@13']);
});

test('a refusal by the idiom that does not save R2 changes it: PW304 where it returns, in ObjAsm and BBC BASIC', async () => {
  assert.deepEqual(await findings('riscos-objasm', objasm('')), ['PW304@41']);
  assert.deepEqual(await findings('riscos-bbcbasic', basic('')), ['PW304@13']);
});

/**
 * A module whose PreGrow refuses with `SETV NE` / `MOVNE pc, lr` while the
 * workspace word ws_busy is not 0, and otherwise returns with `ok` setting R0.
 */
const busyGrow = (ok: string): string[] => [
  ...MODULE_OPENING,
  '        ^       0, r12',
  'ws_area #       4',
  'ws_busy #       4',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #0',
  '        BEQ     PreGrow',
  '        CLRV',
  '        MOV     pc, lr',
  'PreGrow',
  '        Push    "r6"',
  '        LDR     r6, ws_busy',
  '        CMP     r6, #0',
  '        Pull    "r6"',
  '        ADRNE   r0, ErrBlk',
  '        SETV    NE',
  '        MOVNE   pc, lr',
  `        ${ok}`,
  '        MOV     pc, lr',
  'ErrBlk  DCD     &81C402',
  '        =       "Area is busy", 0',
  '        ALIGN',
  '        END',
];

/** The same in BBC BASIC: PreShrink refuses with MSRNE while the word at R12 is not 0. */
const busyShrink = (ok: string): string[] => [
  'DIM code% 256, ws% 16',
  'P% = code%',
  '[ OPT 2',
  '.handler',
  '        CMP     r0, #2',
  '        MOVNE   pc, lr',
  '        LDR     r0, [r12]',
  '        CMP     r0, #0',
  '        MOVNE   r3, #0',
  '        ADRNE   r0, errblk',
  '        MSRNE   CPSR_f, #&10000000',
  '        MOVNE   pc, r14',
  `        ${ok}`,
  '        MOV     pc, r14',
  '.errblk',
  '        EQUD    &81C402',
  '        EQUS    "Area is busy" + CHR$0',
  '        ALIGN',
  ']',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, -1, handler, ws%, "A"',
];

test('a refusal under a condition on a workspace word leaves the other way V clear: what it returns there is judged (PW303, PW304)', async () => {
  // MSR clears Z where NE holds, so Z after it chooses on NE too; the way on after MOVNE pc is the one where it did not run.
  assert.deepEqual(await findings('riscos-objasm', busyGrow('MOV     r0, #5')), ['PW303@42']);
  assert.deepEqual(await findings('riscos-objasm', busyGrow('CLRV')), []);
  assert.deepEqual(await findings('riscos-bbcbasic', busyShrink('MOV     r0, #7')), ['PW304@13']);
  assert.deepEqual(await findings('riscos-bbcbasic', busyShrink('CMP     r0, #0')), []);
});
