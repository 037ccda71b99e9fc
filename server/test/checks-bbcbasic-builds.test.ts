import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';

// BASIC assembles one arm of an IF or CASE in a run. Where the condition is
// not known, each arm is a build of the program of its own, and a finding
// is reported where every build has it, or every build that takes one arm
// of one IF or CASE (with a note at the arm): laid out one after the other,
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

test('a fault every arm of the CASE has, at the return they share, is reported; so is a fault of one arm, when the CASE takes it', async () => {
  assert.deepEqual(await found(pageFill(refuseThroughR7, fillThroughR7)), ['PW304 33']);
  assert.deepEqual(await found(pageFill([], fillThroughR7)), ['PW304 31']);
  assert.deepEqual(await found(pageFill(refuseThroughR7, cleanFill)), ['PW304 32']);
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

test('an IF of unknown condition whose THEN arm alone is faulty gives its finding, noted as holding in that arm; of known condition, what BASIC assembles', async () => {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text: traced('INPUT debug%'), file: 'Traced', settings: DEFAULT_SETTINGS });
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.notes.map((n) => [n.range.start.line + 1, n.message])]), [['PW304', 18, [
    [13, 'R14 overwritten here'], [11, 'found when the IF assembles this arm: its condition is not known here'],
  ]]]);
  assert.deepEqual(await found(traced('debug% = TRUE')), ['PW304 18']);
  assert.deepEqual(await found(traced('debug% = FALSE')), []);
});

test('an IF of unknown condition whose THEN calls a PROC that assembles where it is called is a choice too: its trace lies in that arm\'s builds', async () => {
  const inline = 'IF debug% THEN\n[ OPT pass%\n        MOV     r0, #ASC"G"\n        SWI     "XOS_WriteC"\n]\nENDIF\n';
  const byProc = (debug: string): string => {
    const text = traced(debug);
    assert.ok(text.includes(inline));
    return `${text.replace(inline, 'IF debug% THEN PROCtrace\n')}DEF PROCtrace\n${inline.split('\n').slice(1, 5).join('\n')}\nENDPROC\n`;
  };
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text: byProc('INPUT debug%'), file: 'Traced', settings: DEFAULT_SETTINGS });
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.notes.map((n) => [n.range.start.line + 1, n.message])]), [['PW304', 13, [
    [24, 'R14 overwritten here'], [10, 'found when the IF assembles this arm: its condition is not known here'],
  ]]]);
  assert.deepEqual(await found(byProc('debug% = TRUE')), ['PW304 13']);
  assert.deepEqual(await found(byProc('debug% = FALSE')), []);
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
  const { document, state } = await KeptDocument.open('riscos-bbcbasic', '/work/builds/PageFill', pageFill([], fillThroughR7));
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
  assert.deepEqual(await found(debugTrace(12, 'MOV r4, #0')), ['PW304 34'], 'the fault of the builds that call the trace: no build calls it without assembling it');
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
  assert.deepEqual(await found(perCpu(...only26)), ['PW304 27'], 'R4 changed in the 26-bit arm alone');
  assert.deepEqual(await found(perCpu(...only26, 'mode32% = FALSE')), ['PW304 27']);
  assert.deepEqual(await found(perCpu('MOV r3, r3', 'MOV r5, #0 : MOV pc, r14', 'MOV r4, #0 : BICS pc, r14, #1 << 28')), ['PW304 23', 'PW304 27'],
    'each arm a fault of its own: R5 in one build, R4 in the other, each reported in its arm');
});

/** A PreGrow whose page-block fill is chosen by `fast%`, read at run time: `fast` under THEN, `slow` under ELSE. */
const byFast = (fast: readonly string[], slow: readonly string[]): string => [
  'DIM code% 512',
  'INPUT fast%',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     other',
  '        STMFD   r13!, {r1-r3, r14}',
  '        MOV     r3, #&100',
  ']',
  'IF fast% THEN',
  '[ OPT pass%',
  ...fast,
  ']',
  'ELSE',
  '[ OPT pass%',
  ...slow,
  ']',
  'ENDIF',
  '[ OPT pass%',
  '        LDMFD   r13!, {r1-r3, r14}',
  '.other  CMN     r0, #0',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 8, 1 << 20, handler, 0, "Fast" TO ,area%',
  'END',
  '',
].join('\n');

/** Fills entry 0 only (PW301 at the shared return: line 28 after a one-line arm and a five-line one). */
const firstEntryOnly = ['        STR     r3, [r1]'];
/** Stores each page number at +4, the logical address word (PW302 at the store, line 18). */
const plusFour = ['.fill   STR     r3, [r1, #4]', '        ADD     r1, r1, #12', '        ADD     r3, r3, #1', '        SUBS    r2, r2, #1', '        BNE     fill'];
const fillEvery = (label: string): string[] => [`.${label} STR     r3, [r1], #12`, '        ADD     r3, r3, #1', '        SUBS    r2, r2, #1', `        BNE     ${label}`];

async function analysed(text: string) {
  return analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'Fast', settings: DEFAULT_SETTINGS });
}

test('each arm of an IF of unknown condition faulty in its own way: each finding is reported, with a note at its arm', async () => {
  const findings = await analysed(byFast(firstEntryOnly, plusFour));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.notes.map((n) => [n.range.start.line + 1, n.message])]).sort(), [
    ['PW301', 28, [[13, 'found when the IF assembles this arm: its condition is not known here']]],
    ['PW302', 18, [[16, 'found when the IF assembles this arm: its condition is not known here']]],
  ]);
  // `pagewarden run` runs the first build, the THEN arm's: the ELSE arm's finding has no witness there.
  assert.deepEqual(findings.map((f) => [f.code, f.witness !== undefined]).sort(), [['PW301', true], ['PW302', false]]);
});

test('one arm of an IF of unknown condition faulty, the other correct: the faulty arm\'s finding is reported; both correct, nothing', async () => {
  const codes = async (text: string): Promise<string[]> => (await analysed(text)).map((f) => `${f.code} ${f.range.start.line + 1}`);
  assert.deepEqual(await codes(byFast(firstEntryOnly, fillEvery('slow'))), ['PW301 27']);
  assert.deepEqual(await codes(byFast(fillEvery('fast'), plusFour)), ['PW302 21']);
  assert.deepEqual(await codes(byFast(fillEvery('fast'), fillEvery('slow'))), []);
});

test('a fault of the builds where an IF without ELSE assembles nothing is noted at the IF', async () => {
  const text = byFast(['        MOV     r4, r4'], []).replace('ELSE\n[ OPT pass%\n]\n', '')
    .replace('        MOV     r3, #&100', '        MOV     r3, #&100\n        STMFD   r13!, {r4}\n        MOV     r4, #0')
    .replace('        MOV     r4, r4', '        LDMFD   r13!, {r4}\n        MOV     r2, #0');
  const findings = await analysed(text);
  assert.deepEqual(findings.map((f) => [f.code, f.notes.at(-1)?.message]), [
    ['PW304', 'found when this IF\'s condition is FALSE, and it assembles nothing: its condition is not known here'],
  ]);
  assert.equal(findings[0]?.notes.at(-1)?.range.start.line, 13, 'at the IF');
});

test('two IFs of one unknown condition: a build mixing their arms, which no run makes, reports nothing alone', async () => {
  // The debug build saves R4 under one IF and restores it under the other; the builds that take one arm of each do not.
  const text = [
    'DIM code% 256',
    'INPUT debug%',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler',
    '        TEQ     r0, #0',
    '        BNE     other',
    ']',
    'IF debug% THEN [ OPT pass% : STMFD r13!, {r4} : MOV r4, #0 : ]',
    '[ OPT pass%',
    '        MOV     r3, r3',
    ']',
    'IF debug% THEN [ OPT pass% : LDMFD r13!, {r4} : ]',
    '[ OPT pass%',
    '.other  CMN     r0, #0',
    '        MOV     pc, r14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, &80, 1 << 20, handler, 0, "Traced" TO ,area%',
    'END',
    '',
  ].join('\n');
  assert.deepEqual(await found(text), []);
  // Nor is the fault of the debug build alone, which restores R5 for R4: each IF's THEN arm has it only with the other's.
  assert.deepEqual(await found(text.replace('LDMFD r13!, {r4}', 'LDMFD r13!, {r5}')), []);
  assert.deepEqual(await found(text.replace('LDMFD r13!, {r4}', 'LDMFD r13!, {r5}').replace('INPUT debug%', 'debug% = TRUE')), ['PW304 17', 'PW304 17']);
});

/** A PreShrink that refuses, by the 32-bit error return under THEN and by `return26` under ELSE. */
const refusal = (return26: string): string => [
  'SYS "OS_PlatformFeatures", 0 TO feat%',
  'mode32% = (feat% AND (1 << 6)) <> 0',
  'DIM code% 512',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        CMP     r0, #2',
  '        BNE     done',
  '        MOV     r3, #0',
  '        ADR     r0, refused',
  ']',
  'IF mode32% THEN',
  '[ OPT pass%',
  '        MSR     CPSR_f, #1 << 28',
  '        MOV     pc, r14',
  ']',
  'ELSE',
  '[ OPT pass%',
  `        ${return26}`, // line 20
  ']',
  'ENDIF',
  '[ OPT pass%',
  '.done   CMN     r0, #0',
  '        MOV     pc, r14',
  '.refused',
  '        EQUD    &1E6',
  '        EQUS    "Busy" + CHR$0',
  '        ALIGN',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 8, 1 << 20, handler, 0, "Cpu" TO ,area%',
  'END',
  '',
].join('\n');

test('a 26-bit return under one arm and a 32-bit one under the other: each build runs in the address mode of its code', async () => {
  // Run as 32-bit code, ORRS would return to R14 with bit 28 set.
  assert.deepEqual(await found(refusal('ORRS    pc, r14, #1 << 28')), []);
  assert.deepEqual(await found(refusal('MOV     r4, #0 : ORRS pc, r14, #1 << 28')), ['PW304 20']);
});

/** A PreGrow that PROCassemble(`argument`) assembles, whose IF on its parameter check% emits `then` or `otherwise`. */
const assembledBy = (argument: string, then: readonly string[], otherwise: readonly string[]): string => [
  'DIM code% 256',
  `PROCassemble(${argument})`,
  'SYS "OS_DynamicArea", 0, -1, 0, -1, &80, 1 << 20, handler, 0, "Checked" TO ,area%',
  'END',
  'DEF PROCassemble(check%)',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #0',
  '        BNE     other',
  ']',
  'IF check% THEN',
  '[ OPT pass%',
  ...then,
  ']',
  'ELSE',
  '[ OPT pass%',
  ...otherwise,
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
  'ENDPROC',
  '',
].join('\n');

/** A trace that writes R0 and R14, which PreGrow must keep. */
const trace = ['        MOV     r0, #ASC"G"', '        SWI     "XOS_WriteC"'];
const check = ['        CMP     r2, #4'];

test('an IF on the parameter of a PROC called from one place takes the arm the call\'s argument decides', async () => {
  // The PROC is called with TRUE: the ELSE arm's trace is assembled by no run of the program.
  assert.deepEqual(await found(assembledBy('TRUE', check, trace)), []);
  assert.deepEqual(await found(assembledBy('TRUE', trace, check)), ['PW304 25']);
  assert.deepEqual(await found(assembledBy('FALSE', trace, check)), []);
  assert.deepEqual(await found(assembledBy('FALSE', check, trace)), ['PW304 25']);
  // An argument read at run time decides nothing: each arm is a build, and the trace's arm has its finding.
  assert.deepEqual(await found(assembledBy('check%', check, trace).replace('DIM code% 256', 'DIM code% 256 : INPUT check%')), ['PW304 25']);
  // Nor does a parameter the program sets elsewhere too, which a routine the body calls may change.
  assert.deepEqual(await found(assembledBy('TRUE', check, trace).replace('\nEND\n', '\ncheck% = 0\nEND\n')), ['PW304 26']);
  const taken = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text: assembledBy('TRUE', trace, check), file: 'Checked', settings: DEFAULT_SETTINGS });
  assert.deepEqual(taken.flatMap((f) => f.notes.map((n) => n.message)).filter((m) => m.startsWith('found when')), [], 'not a finding of one arm');
});

/**
 * Two areas, the second's handler `spare` assembled only where the CASE
 * takes `WHEN 1` (a system variable's style), in a two-pass loop of OPT 0
 * and 3: `spare` is no entry of the first build, which takes `WHEN 0`.
 */
const spareByStyle = (spare: readonly string[]): string => [
  'DIM code% 1024, ws% 64',
  'SYS "OS_ReadVarVal", "Spare$Style", ws%, 4, 0, 1 TO ,,style%',
  'FOR opt% = 0 TO 3 STEP 3',
  'P% = code%',
  '[ OPT opt%',
  '.handler',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'CASE style% OF',
  'WHEN 0',
  '[ OPT opt%',
  '        MOV     r0, r0',
  ']',
  'WHEN 1',
  '[ OPT opt%',
  '.spare',
  ...spare,
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'ENDCASE',
  'NEXT opt%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "Main"',
  'IF style% = 1 THEN SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, spare, ws%, "Spare"',
  'END',
  '',
].join('\n');

/** PostGrow's trace of the first page's number, read through R1, which is 0 for an area without flag bit 8. */
const firstPage = ['        TEQ     r0, #1', '        LDREQ   r2, [r1, #4]', '        STREQ   r2, [r12]'];

test('a handler only a build after the first assembles is analysed in the builds that have it, noted at their arm', async () => {
  const findings = await analysed(spareByStyle(firstPage));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.notes.map((n) => [n.range.start.line + 1, n.message]), f.witness !== undefined]), [
    ['PW307', 19, [[16, 'found when the CASE assembles this arm: its selector is not known here']], false],
  ]);
  assert.deepEqual(await found(spareByStyle(['        TEQ     r0, #1', '        STREQ   r1, [r12]'])), []);
});

test('a handler only the ELSE arm of an IF assembles is analysed; an edit of it runs it again', async () => {
  const text = spareByStyle(firstPage).replace('CASE style% OF\nWHEN 0', 'IF style% <> 1 THEN').replace('WHEN 1', 'ELSE').replace('ENDCASE', 'ENDIF');
  const { document, state } = await KeptDocument.open('riscos-bbcbasic', '/work/builds/Spare', text);
  assert.deepEqual(state.findings.map((f) => [f.code, f.range.start.line + 1, f.notes.at(-1)?.message]), [
    ['PW307', 18, 'found when the IF assembles this arm: its condition is not known here'],
  ]);
  const fixed = await document.edit(replaced(document.current, '        LDREQ   r2, [r1, #4]\n        STREQ   r2, [r12]', '        STREQ   r1, [r12]'));
  assert.equal(await document.checked(fixed, 'the trace no longer reads the page block'), 1);
  assert.deepEqual(fixed.findings, []);
});

/**
 * The handler `spare` assembled only under one IF's ELSE, and passed to
 * OS_DynamicArea only under another IF, whose THEN assembles the area's
 * name: only the builds taking both arms have it as an entry.
 */
const spareByTwoIfs = (spare: readonly string[]): string => [
  'DIM code% 1024, ws% 64',
  'SYS "OS_ReadVarVal", "Spare$Style", ws%, 4, 0, 1 TO ,,style%',
  'SYS "OS_ReadVarVal", "Spare$Use", ws%, 4, 0, 1 TO ,,use%',
  'FOR opt% = 0 TO 3 STEP 3',
  'P% = code%',
  '[ OPT opt%',
  '.handler',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'IF style% = 0 THEN',
  '[ OPT opt%',
  '        MOV     r0, r0',
  ']',
  'ELSE',
  '[ OPT opt%',
  '.spare',
  ...spare,
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'ENDIF',
  'NEXT opt%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "Main"',
  'IF use% THEN',
  '[ OPT 2',
  '.name   EQUS    "Spare" + CHR$0',
  '        ALIGN',
  ']',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, spare, ws%, name',
  'ENDIF',
  'END',
  '',
].join('\n');

test('a handler only the builds taking two IFs\' arms together have is analysed in them, noted at both arms', async () => {
  const findings = await analysed(spareByTwoIfs(firstPage));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.notes.map((n) => [n.range.start.line + 1, n.message]), f.witness !== undefined]), [
    ['PW307', 19, [
      [15, 'found when the IF assembles this arm: its condition is not known here'],
      [28, 'found when the IF assembles this arm: its condition is not known here'],
    ], false],
  ]);
  assert.deepEqual(await found(spareByTwoIfs(['        TEQ     r0, #1', '        STREQ   r1, [r12]'])), []);
});

/**
 * PROCassemble, called once, is read at its DEF, after the main program
 * has set reads% back to FALSE; it sets now% from FNreads, which returns
 * reads%: TRUE at the call, so the handler reads the page block (line 18)
 * of an area without flag bit 8. `value` is what FNreads returns.
 */
const readByFunction = (value: string): string => [
  'DIM code% 1024, ws% 64',
  'reads% = TRUE',
  'PROCassemble',
  'reads% = FALSE',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "One" TO ,one%',
  'END',
  `DEF FNreads = ${value}`,
  'DEF PROCassemble',
  'now% = FNreads',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #1',
  ']',
  'IF now% THEN',
  '[ OPT pass%',
  '        LDREQ   r2, [r1, #4]',
  ']',
  'ENDIF',
  '[ OPT pass%',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'ENDPROC',
  '',
].join('\n');

test('an IF on a variable set from an FN is decided by the FN\'s value only where that is every run\'s', async () => {
  // FNreads returns a variable set at two places: the value the pass holds at the DEF is not the call's.
  const findings = await analysed(readByFunction('reads%'));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.notes.map((n) => n.range.start.line + 1)]), [['PW307', 18, [17]]]);
  assert.deepEqual(await found(readByFunction('FALSE')), [], 'a constant FALSE: the handler never reads the page block');
  const withArgument = (argument: string): string => readByFunction('r%').replace('DEF FNreads = r%', 'DEF FNreads(r%) = r%').replace('now% = FNreads', `now% = FNreads(${argument})`);
  assert.deepEqual(await found(withArgument('FALSE')), [], 'FALSE passed to a parameter');
  assert.deepEqual(await found(withArgument('reads%')), ['PW307 18'], 'reads% passed: not every run\'s');
});

/**
 * The handler reads the page block (line 10), of an area without flag bit
 * 8, only where `IF FNdebug` takes its THEN; `definition` is FNdebug's DEF.
 */
const debugByFunction = (definition: string): string => [
  'DIM code% 1024, ws% 64',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #1',
  ']',
  'IF FNdebug THEN',
  '[ OPT pass%',
  '        LDREQ   r2, [r1, #4]',
  ']',
  'ELSE',
  '[ OPT pass%',
  '        STREQ   r1, [r12]',
  ']',
  'ENDIF',
  '[ OPT pass%',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "One" TO ,one%',
  'END',
  definition,
  '',
].join('\n');

/** The findings, each with the lines of its notes. */
async function noted(text: string): Promise<string[]> {
  return (await analysed(text)).map((f) => [`${f.code} ${f.range.start.line + 1}`, ...f.notes.map((n) => `note ${n.range.start.line + 1}`)].join(', '));
}

test('an IF on a call of an FN that returns a constant takes the arm its value chooses', async () => {
  assert.deepEqual(await found(debugByFunction('DEF FNdebug = FALSE')), [], 'FALSE: the handler only stores R1');
  assert.deepEqual(await found(debugByFunction('DEF FNdebug = 0')), []);
  assert.deepEqual(await noted(debugByFunction('DEF FNdebug = TRUE')), ['PW307 10'], 'TRUE: every run reads the page block, no build');
  assert.deepEqual(await found(debugByFunction('DEF FNdebug\nREM off\n= 1 - 1')), [], 'a DEF on a line of its own');
});

test('an IF on an FN that returns a variable some run changes is not decided: each arm is a build', async () => {
  const unsettled = debugByFunction('DEF FNdebug = debug%').replace('DIM code%', 'debug% = FALSE\nIF INKEY(-282) THEN debug% = TRUE\nDIM code%');
  assert.deepEqual(await noted(unsettled), ['PW307 12, note 11']);
  assert.deepEqual(await noted(debugByFunction('DEF FNdebug = INKEY(-282)')), ['PW307 10, note 9']);
});

/** `debugByFunction` with the IF on debug%, which PROCdebug sets from its argument at the top of each pass; the read of the page block on line 11. */
const debugByProcedure = (argument: string): string => debugByFunction('DEF PROCdebug(on%)\ndebug% = on%\nENDPROC')
  .replace('IF FNdebug THEN', 'IF debug% THEN').replace('FOR pass% = 0 TO 2 STEP 2', `FOR pass% = 0 TO 2 STEP 2\nPROCdebug(${argument})`);

test('an IF on a global a PROC sets from a constant argument just before takes the arm its value chooses', async () => {
  assert.deepEqual(await noted(debugByProcedure('FALSE')), []);
  assert.deepEqual(await noted(debugByProcedure('TRUE')), ['PW307 11']);
  assert.deepEqual(await noted(debugByProcedure('INKEY(-282)')), ['PW307 11, note 10'], 'an argument not known: each arm is a build');
});
