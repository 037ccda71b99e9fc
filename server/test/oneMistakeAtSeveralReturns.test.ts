import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// One overwrite of a register that every reason's code runs through (a
// dispatcher's scratch register) leaves it changed at each reason's return:
// one mistake, one finding, with the other returns as its notes.

const parsers = Parsers.create();

async function analyse(lines: readonly string[]) {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  const line = (marker: string): number => lines.findIndex((l) => l.includes(marker));
  return { findings, line };
}

const module = (dispatch: readonly string[], grow: string, shrink: string) => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |C$$Code|, CODE, READONLY, PIC',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base',
  '        DCD     Title - Module_Base',
  '        DCD     0',
  'Title   =       "T", 0',
  '        ALIGN',
  'Init    STMFD   sp!, {r1-r8, lr}',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 9',
  '        MOV     r5, #1024*1024',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        LDMFD   sp!, {r1-r8, pc}',
  'Handler ROUT',
  ...dispatch,
  '        B       Unknown',
  '        B       Grow',
  '        B       Grow',
  '        B       Shrink',
  '        B       Shrink',
  'Unknown MOV     r0, #0',
  '        SETV',
  '        MOV     pc, lr                  ; unknown',
  `Grow    ${grow}`,
  '        CLRV',
  '        MOV     pc, lr                  ; grow',
  `Shrink  ${shrink}`,
  '        CLRV',
  '        MOV     pc, lr                  ; shrink',
  '        END',
];

test('one scratch register overwritten in the dispatcher is one PW304, noting the other reasons\' returns; a bound check by CMP is clean', async () => {
  const { findings, line } = await analyse(module(['        BICS    r11, r0, #3             ; scratch', '        ADDEQ   pc, pc, r0, LSL #2'], 'NOP', 'NOP'));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [
    ['PW304', line('; shrink'), 'PreShrink returns with R11 changed; the kernel expects it preserved and reuses it after the call (the same code runs for PostShrink)'],
  ]);
  assert.deepEqual(findings[0]?.notes.map((n) => [n.range.start.line, n.message]), [
    [line('; scratch'), 'R11 overwritten here'],
    [line('; unknown'), 'TestShrink also returns here'],
    [line('; grow'), 'PreGrow and PostGrow also return here'],
  ]);
  assert.deepEqual((await analyse(module(['        CMP     r0, #4', '        ADDLO   pc, pc, r0, LSL #2'], 'NOP', 'NOP'))).findings, []);
});

test('R11 overwritten apart in each reason\'s code is a PW304 at each return', async () => {
  const { findings, line } = await analyse(module(['        CMP     r0, #4', '        ADDLO   pc, pc, r0, LSL #2'], 'MOV     r11, #1', 'MOV     r11, #2'));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW304', line('; grow')], ['PW304', line('; shrink')]]);
  assert.deepEqual(findings.map((f) => f.notes.map((n) => n.message)), [['R11 overwritten here'], ['R11 overwritten here']]);
});

/** A handler whose dispatcher reads its jump table through `base`, loaded by `load` (`base` is PC for a table right after it). */
const tableDispatch = (load: readonly string[], base: string) => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |L$$Code|, CODE, READONLY',
  'Create  STMFD   sp!, {r1-r8, lr}',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 9',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, AName',
  '        SWI     XOS_DynamicArea',
  '        LDMFD   sp!, {r1-r8, pc}',
  'AName   =       "L", 0',
  '        ALIGN',
  'Handler ROUT',
  '        CMP     r0, #5',
  '        BHS     Unknown',
  ...load,
  `        LDR     pc, [${base}, r0, LSL #2]`,
  ...(base === 'pc' ? ['        NOP'] : []),
  'Table   DCD     Ok, Ok, PreShrink, Ok, TestShrink',
  'Ok      CLRV',
  '        MOV     pc, lr                  ; ok',
  'PreShrink',
  '        CLRV',
  '        MOV     pc, lr                  ; preshrink',
  'TestShrink',
  '        MOV     r3, #0',
  '        CLRV',
  '        MOV     pc, lr                  ; testshrink',
  'Unknown MOV     r0, #0',
  '        SETV',
  '        MOV     pc, lr',
  '        END',
];

test('R14 overwritten in the dispatcher (ADR lr, Table) is one PW304, noting the other reasons\' returns, with advice for the ADR; a table read through PC is clean', async () => {
  const { findings, line } = await analyse(tableDispatch(['        ADR     lr, Table               ; scratch'], 'lr'));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [
    ['PW304', line('; ok'), 'PreGrow returns through R14, which no longer holds the caller\'s return address: the return goes to Table. '
      + 'Save R14 before the instruction that overwrites it, or put that value in another register (the same code runs for PostGrow and PostShrink)'],
  ]);
  assert.deepEqual(findings[0]?.notes.map((n) => [n.range.start.line, n.message]), [
    [line('; scratch'), 'R14 overwritten here'],
    [line('; preshrink'), 'PreShrink also returns here'],
    [line('; testshrink'), 'TestShrink also returns here'],
  ]);
  assert.deepEqual((await analyse(tableDispatch([], 'pc'))).findings, []);
});

test('R14 overwritten apart by a BL in each reason\'s code is a PW304 at each return, advising to save it before the call', async () => {
  const { findings, line } = await analyse(module(['        CMP     r0, #4', '        ADDLO   pc, pc, r0, LSL #2'], 'BL      Sub', 'BL      Sub').flatMap((l) => (l === '        END' ? ['Sub     MOV     pc, lr', l] : [l])));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW304', line('; grow')], ['PW304', line('; shrink')]]);
  for (const f of findings) assert.match(findingMessage(f), /\. Save R14 before a SWI or BL \(/);
});
