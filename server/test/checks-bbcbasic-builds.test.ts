import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';

// BASIC assembles one arm of an IF or CASE in a run. Where the condition is
// not known, each arm is a build of the program of its own, and a finding
// is reported only where every build has it: laid out one after the other,
// the arms made code no build holds.

const parsers = Parsers.create();

async function found(text: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'PageFill', settings: DEFAULT_SETTINGS });
  return findings.map((f) => `${f.code} ${f.range.start.line + 1}`);
}

/** A PreGrow whose CASE chooses how it is built, by a system variable read at run time: a fixed area refuses, else the page block is filled. */
const pageFill = (refuse: readonly string[], fill: readonly string[]): string => [
  'DIM code% 512, ws% 16',
  'SYS "OS_ReadVarVal", "PageFill$Style", ws%, 4, 0, 1 TO ,,style%',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     other',
  '        STMFD   r13!, {r1, r2, r6}',
  ']',
  'CASE style% OF',
  'WHEN 0',
  '[ OPT pass%',
  ...refuse,
  '        ADR     r0, fixed',
  '        MSR     CPSR_f, #1 << 28',
  ']',
  'OTHERWISE',
  '[ OPT pass%',
  '        LDR     r6, [r12]',
  ...fill,
  '        ADD     r6, r6, #1',
  '        SUBS    r2, r2, #1',
  '        BNE     fill',
  '        CMN     r0, #0',
  ']',
  'ENDCASE',
  '[ OPT pass%',
  '        LDMFD   r13!, {r1, r2, r6}',
  '        MOV     pc, r14', // line 30 with the clean arms, 33 with the faulty ones
  '.other',
  '        CMN     r0, #0',
  '        MOV     pc, r14',
  '.fixed',
  '        EQUD    &1E6',
  '        EQUS    "PageFill\'s area is fixed"',
  '        EQUB    0',
  '        ALIGN',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, &180, 1 << 20, handler, ws%, "PageFill" TO ,area%',
  'END',
  '',
].join('\n');

const cleanFill = ['.fill', '        STR     r6, [r1], #12'];
/** R7 walks the block, and is not saved. */
const fillThroughR7 = ['        MOV     r7, r1', '.fill', '        STR     r6, [r7], #12'];
/** R7 notes the refusal, and is not saved. */
const refuseThroughR7 = ['        MOV     r7, #1', '        STR     r7, [r12, #4]'];

test('a CASE of unknown selector whose arms are each a correct PreGrow gives nothing: the refusal\'s R0 never reaches the fill\'s V clear', async () => {
  assert.deepEqual(await found(pageFill([], cleanFill)), []);
});

test('a fault every arm of the CASE has, at the return they share, is still reported', async () => {
  assert.deepEqual(await found(pageFill(refuseThroughR7, fillThroughR7)), ['PW304 33']);
  assert.deepEqual(await found(pageFill([], fillThroughR7)), [], 'a fault of one arm only is a guess at the selector');
});

/** A PreGrow with a trace of `debug%` that writes R0, which PreGrow may change only to "RESV". */
const traced = (debug: string): string => [
  'DIM code% 256',
  debug,
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     other',
  ']',
  'IF debug% THEN',
  '[ OPT pass%',
  '        MOV     r0, #ASC"G"',
  '        SWI     "XOS_WriteC"',
  ']',
  'ENDIF',
  '[ OPT pass%',
  '        CMN     r0, #0',
  '        MOV     pc, r14',
  '.other',
  '        CMN     r0, #0',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, &80, 1 << 20, handler, 0, "Traced" TO ,area%',
  'END',
  '',
].join('\n');

test('an IF of unknown condition whose THEN arm alone is faulty gives nothing; of known condition, what BASIC assembles', async () => {
  assert.deepEqual(await found(traced('INPUT debug%')), []);
  assert.deepEqual(await found(traced('debug% = TRUE')), ['PW304 18']);
  assert.deepEqual(await found(traced('debug% = FALSE')), []);
});

test('past 8 combinations of arms, a PW900 note says which builds were analysed, and what they all find is reported', async () => {
  // Debug counts of the calls, one IF each: 16 combinations.
  const counts = [1, 2, 3, 4].map((n) => `IF debug% THEN [ OPT 2 : STMFD r13!, {r8} : LDR r8, [r12, #${4 * n}] : ADD r8, r8, #1 : STR r8, [r12, #${4 * n}] : LDMFD r13!, {r8} : ]`);
  const text = ['DIM code% 64', 'INPUT debug%', 'P% = code%', '[ OPT 2', '.handler', '        TEQ     r0, #0', '        BNE     other', ']', ...counts,
    '[ OPT 2', '        MOV     r7, #0', '        CMN     r0, #0', '        MOV     pc, r14', '.other', '        CMN     r0, #0', '        MOV     pc, r14', ']',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, &80, 1 << 20, handler, 0, "Traced" TO ,area%', ''].join('\n');
  assert.deepEqual(await found(text), ['PW900 9', 'PW304 16']);
});

test('an edit of an arm the first build leaves out runs the entry again', async () => {
  const { document, state } = await KeptDocument.open('riscos-bbcbasic', '/work/builds/PageFill', pageFill(refuseThroughR7, fillThroughR7));
  assert.deepEqual(state.findings.map((f) => f.code), ['PW304']);
  const fixed = await document.edit(replaced(document.current, '        MOV     r7, r1\n.fill\n        STR     r6, [r7], #12', '.fill\n        STR     r6, [r1], #12'));
  assert.equal(await document.checked(fixed, 'the fill no longer uses R7'), 1);
  assert.deepEqual(fixed.findings, []);
});

/** A PreGrow that fills the page block with a stride of `stride`, its trace routine assembled under one `IF debug%` and called under another. */
const debugTrace = (stride: number, trace: string, debug = 'INPUT debug%'): string => [
  'DIM code% 512',
  debug,
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  'IF debug% THEN',
  '[ OPT pass%',
  '.trace  STMFD   r13!, {r0, r14}',
  `        ${trace}`,
  '        SWI     "XOS_WriteS"',
  '        EQUS    "PreGrow" + CHR$0',
  '        ALIGN',
  '        LDMFD   r13!, {r0, pc}',
  ']',
  'ENDIF',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     other',
  '        STMFD   r13!, {r1-r3, r14}',
  ']',
  'IF debug% THEN',
  '[ OPT pass%',
  '        BL      trace',
  ']',
  'ENDIF',
  '[ OPT pass%',
  '        MOV     r3, #&100',
  `.fill   STR     r3, [r1], #${stride}`, // line 28
  '        ADD     r3, r3, #1',
  '        SUBS    r2, r2, #1',
  '        BNE     fill',
  '        LDMFD   r13!, {r1-r3, r14}',
  '.other  CMN     r0, #0',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 8, 1 << 20, handler, 0, "Traced" TO ,area%',
  'END',
  '',
].join('\n');

test('a build that calls a routine it does not assemble is no build BASIC makes: what the others all find is reported', async () => {
  // Taking THEN at the second IF and ELSE at the first, the BL's label is not defined: BASIC stops there.
  assert.deepEqual(await found(debugTrace(4, 'NOP')), ['PW302 28']);
  assert.deepEqual(await found(debugTrace(12, 'NOP')), []);
  assert.deepEqual(await found(debugTrace(12, 'MOV r4, #0')), [], 'a fault of the debug build alone is still a guess at debug%');
  assert.deepEqual(await found(debugTrace(12, 'MOV r4, #0', 'debug% = TRUE')), ['PW304 34']);
});

/** A PreGrow whose shared code calls `getpage`, assembled by each WHEN of a CASE of `arms`. */
const perOs = (stride: number, arms: readonly string[]): string => [
  'DIM code% 512',
  'SYS "OS_Byte", 129, 0, 255 TO ,osver%',
  'IF osver% >= &A5 THEN method% = 1 ELSE method% = 0',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     done',
  '        STMFD   r13!, {r1-r3, r14}',
  '        BL      getpage',
  `.fill   STR     r3, [r1], #${stride}`, // line 12
  '        ADD     r3, r3, #1',
  '        SUBS    r2, r2, #1',
  '        BNE     fill',
  '        LDMFD   r13!, {r1-r3, r14}',
  '.done   CMN     r0, #0',
  '        MOV     pc, r14',
  ']',
  'CASE method% OF',
  ...arms.flatMap((arm, n) => [arm, '[ OPT pass%', `.getpage MOV     r3, #&${n + 1}00`, '        MOV     pc, r14', ']']),
  'ENDCASE',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 8, 1 << 20, handler, 0, "PerOs" TO ,area%',
  'END',
  '',
].join('\n');

test('a CASE without OTHERWISE whose every WHEN assembles the routine the shared code calls: no selector BASIC assembles leaves it out', async () => {
  assert.deepEqual(await found(perOs(4, ['WHEN 0', 'WHEN 1'])), ['PW302 12']);
  assert.deepEqual(await found(perOs(4, ['WHEN 0', 'OTHERWISE'])), ['PW302 12']);
  assert.deepEqual(await found(perOs(12, ['WHEN 0', 'WHEN 1'])), []);
});

/** A PreGrow whose shared code does `work`, returning by the 32-bit or the 26-bit sequence of an IF. */
const perCpu = (work: string, return32: string, return26: string, mode32 = 'mode32% = (feat% AND (1 << 6)) <> 0'): string => [
  'SYS "OS_PlatformFeatures", 0 TO feat%',
  mode32,
  'DIM code% 512',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     done',
  '        STMFD   r13!, {r1-r3, r14}',
  '        MOV     r3, #&100',
  `        ${work}`, // line 12
  '.fill   STR     r3, [r1], #12',
  '        ADD     r3, r3, #1',
  '        SUBS    r2, r2, #1',
  '        BNE     fill',
  '        LDMFD   r13!, {r1-r3, r14}',
  '.done',
  ']',
  'IF mode32% THEN',
  '[ OPT pass%',
  '        MSR     CPSR_f, #0',
  `        ${return32}`, // line 23
  ']',
  'ELSE',
  '[ OPT pass%',
  `        ${return26}`, // line 27
  ']',
  'ENDIF',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 8, 1 << 20, handler, 0, "Cpu" TO ,area%',
  'END',
  '',
].join('\n');

test('a finding each build makes alike in its own arm of one IF is reported once, with a note at the other arm', async () => {
  const text = perCpu('MOV r4, #0', 'MOV pc, r14', 'BICS pc, r14, #1 << 28');
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'Cpu', settings: DEFAULT_SETTINGS });
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.message]), [['PW304', 23, 'PreGrow returns with R4 changed; the kernel expects it preserved']]);
  assert.deepEqual(findings[0]?.notes.map((n) => [n.range.start.line + 1, n.message]).slice(-2),
    [[12, 'R4 overwritten here'], [27, 'and here, in the builds that assemble this arm instead']]);
  assert.deepEqual(await found(perCpu('MOV r3, r3', 'MOV pc, r14', 'BICS pc, r14, #1 << 28')), []);
  const only26 = ['MOV r3, r3', 'MOV pc, r14', 'MOV r4, #0 : BICS pc, r14, #1 << 28'] as const;
  assert.deepEqual(await found(perCpu(...only26)), [], 'R4 changed in the 26-bit arm alone is a guess at the CPU');
  assert.deepEqual(await found(perCpu(...only26, 'mode32% = FALSE')), ['PW304 27']);
  assert.deepEqual(await found(perCpu('MOV r3, r3', 'MOV r5, #0 : MOV pc, r14', 'MOV r4, #0 : BICS pc, r14, #1 << 28')), [],
    'each arm a fault of its own: R5 in one build, R4 in the other');
});
