import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';

// A BBC BASIC program that passes its handler to OS_DynamicArea as the
// address it assembled it at (`code%` for `P% = code%`, `start%` for
// `start% = P%`), not as a label: DAGrow claims the RMA for the code,
// assembles it in a DEF PROC after the SYS in the text, and sets code% to 0
// before the claim and when it frees it. The handler is analysed where the
// variable holds one value wherever it is not 0; elsewhere it stays unknown.

const parsers = Parsers.create();

const DAGROW = readFileSync(join(repoRoot, 'examples/corpus/riscos-bbcbasic/DAGrow.bas'), 'latin1');

/** `text` with each of `edits` (a line as written, and its replacement lines) made; every line must be there once. */
function edited(text: string, ...edits: readonly (readonly [string, ...string[]])[]): string {
  let out = text;
  for (const [line, ...by] of edits) {
    assert.equal(out.split('\n').filter((l) => l === line).length, 1, line);
    out = out.replace(`${line}\n`, by.map((l) => `${l}\n`).join(''));
  }
  return out;
}

const CLAIM = 'SYS "OS_Module", 6,,, codesize% TO ,, code%';
const CREATE = 'SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, max%, code%, ws%, name$ TO ,area%,,base%';
const ORIGIN = 'P% = code%';
const HANDLER = '.handler';
const PREGROW_DONE = '        cmp     r0, #0                  ; R0 is still 0 and V is now clear';

/** The PreGrow returns V clear with R0 changed: PW303 at its return, the line after. */
const MISTAKE = [PREGROW_DONE, '        mov     r0, #4', PREGROW_DONE] as const;

async function found(text: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'DAGrow', settings: DEFAULT_SETTINGS });
  return findings.map((f) => `${f.code} ${f.range.start.line + 1}`);
}

/** The 1-based line after the planted `mov r0, #4` and the check after it: the PreGrow's return. */
const returnAfterMistake = (text: string): number => text.split('\n').indexOf('        mov     r0, #4') + 3;

test('DAGrow as written is clean, its handler passed as code% analysed', async () => {
  assert.deepEqual(await found(DAGROW), []);
});

test('DAGrow: a PreGrow mistake in the handler passed as code% is reported', async () => {
  const text = edited(DAGROW, MISTAKE);
  assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`]);
});

test('a handler passed as a DIMmed code% that the program sets to 0 elsewhere is analysed', async () => {
  const text = edited(DAGROW, MISTAKE, [CLAIM, 'DIM code% codesize%']);
  assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`]);
});

test('a handler passed as start%, set to P% before the block, is analysed', async () => {
  const text = edited(DAGROW, MISTAKE, [ORIGIN, ORIGIN, 'start% = P%'], [CREATE, CREATE.replace('code%', 'start%')]);
  assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`]);
});

test('a handler passed as code% + 16, past four words at the start of the block, is analysed', async () => {
  const words = Array.from({ length: 4 }, () => '        equd    0');
  const text = edited(DAGROW, MISTAKE, [HANDLER, ...words, HANDLER], [CREATE, CREATE.replace('code%', 'code% + 16')]);
  assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`]);
  const missed = edited(DAGROW, MISTAKE, [HANDLER, ...words, HANDLER], [CREATE, CREATE.replace('code%', 'code% + 12')]);
  assert.deepEqual(await found(missed), [], 'code% + 12 is data, no handler');
});

/** `text` with `lines` after the main program's last statement, `PROCtidy`, before its `END`, and `after` past that `END`. */
function atMainEnd(text: string, lines: readonly string[], after: readonly string[] = []): string {
  const end = '\nPROCtidy\nEND\n';
  assert.equal(text.split(end).length, 2);
  return text.replace(end, ['', 'PROCtidy', ...lines, 'END', ...after, ''].join('\n'));
}

test('a handler passed as code% is analysed where the main program frees the code and sets code% to 0 before its END', async () => {
  for (const free of ['SYS "OS_Module", 7,, code% : code% = 0', 'SYS "OS_Module", 7,, code% : code%=0']) {
    const text = atMainEnd(edited(DAGROW, MISTAKE), [free]);
    assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`], free);
  }
  const dimmed = atMainEnd(edited(DAGROW, MISTAKE, [CLAIM, 'DIM code% codesize%']), ['code% = 0']);
  assert.deepEqual(await found(dimmed), [`PW303 ${returnAfterMistake(dimmed)}`], 'a DIMmed code%');
});

test('a handler passed as code% by a SYS in a DEF PROC after the main program sets code% to 0 is analysed', async () => {
  const text = atMainEnd(edited(DAGROW, MISTAKE, [CREATE, 'PROCcreate']), ['code% = 0'], ['DEF PROCcreate', CREATE, 'ENDPROC']);
  assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`]);
});

test('a handler whose variable may hold two addresses, or another variable than P%, is not placed', async () => {
  assert.deepEqual(await found(edited(DAGROW, MISTAKE, [CLAIM, CLAIM, 'IF codesize% > 512 THEN SYS "OS_Module", 6,,, codesize% TO ,, code%'])), [],
    'code% claimed at two places');
  assert.deepEqual(await found(edited(DAGROW, MISTAKE, [ORIGIN, 'P% = code% + 16'])), [], 'the block starts past code%');
  const readAtRunTime = edited(DAGROW, MISTAKE, ['PROCassemble', 'INPUT skip%', 'PROCassemble(code% + skip%)'],
    ['DEF PROCassemble', 'DEF PROCassemble(where%)'], [ORIGIN, 'P% = where%']);
  assert.deepEqual(await found(readAtRunTime), [], 'an argument read at run time');
});

test('a handler assembled at the address a PROC called from one place takes as a parameter is analysed', async () => {
  const text = edited(DAGROW, MISTAKE, ['PROCassemble', 'PROCassemble(code%, codesize%)'], ['DEF PROCassemble', 'DEF PROCassemble(where%, size%)'], [ORIGIN, 'P% = where%']);
  assert.deepEqual(await found(text), [`PW303 ${returnAfterMistake(text)}`]);
  // The parameter holds the argument in the PROC's body only: a block after it that reads where% is not placed there.
  const after = `${text}DEF PROCmore
P% = where%
[ OPT 2
        MOV     r0, #0
]
ENDPROC
`;
  assert.deepEqual(await found(after), [`PW303 ${returnAfterMistake(text)}`]);
});

test('ResvDemo: a PreGrow mistake in the handler its PROCassemble(code%, size%) assembles is reported', async () => {
  const resvDemo = readFileSync(join(repoRoot, 'examples/corpus/riscos-bbcbasic/ResvDemo,fd1'), 'latin1');
  assert.deepEqual(await found(resvDemo), []);
  const planted = edited(resvDemo, ['        STR     R6, [R1], #12', '        STR     R6, [R1], #4']);
  assert.deepEqual(await found(planted), [`PW302 ${planted.split('\n').indexOf('        STR     R6, [R1], #4') + 1}`]);
});

test('CALLed ARM code that loads the handler from EQUD code% has its handler analysed', async () => {
  const text = [
    'SYS "OS_Module", 6,,, 1024 TO ,, code%',
    'PROCassemble',
    'CALL create',
    'END',
    'DEF PROCassemble',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '        CMP     r0, #2',
    '        MOVEQ   r3, #&1000000',
    '        MOV     pc, lr',
    '.create MOV     r0, #0',
    '        MVN     r1, #0',
    '        MOV     r2, #0',
    '        MVN     r3, #0',
    '        MOV     r4, #&80',
    '        MOV     r5, #&100000',
    '        LDR     r6, handler_ptr',
    '        MOV     r7, #0',
    '        ADR     r8, name',
    '        SWI     "OS_DynamicArea"',
    '        MOV     pc, lr',
    '.handler_ptr EQUD code%',
    '.name   EQUS    "A" + CHR$0',
    ']',
    'NEXT',
    'ENDPROC',
    '',
  ].join('\n');
  assert.deepEqual(await found(text), ['PW308 11']);
  assert.deepEqual(await found(text.replace('EQUD code%', 'EQUD code% - 4')), [], 'no code of the program at code% - 4');
});

/**
 * Three areas made by one SYS in a FOR loop, from arrays: handler 0 is the
 * block's start, `handler%(0) = P%` (or its label `.handler%(0)`), and reads
 * the page block; 1 and 2 are a label that only returns.
 */
const areasInLoop = (handler0: 'P%' | 'label', flags0: string): string => [
  'DIM code% 1024, ws% 64, handler%(2), flags%(2), area%(2)',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  ...(handler0 === 'P%' ? ['handler%(0) = P%', '[ OPT pass%'] : ['[ OPT pass%', '.handler%(0)']),
  '        TEQ     r0, #1',
  '        BNE     out',
  '        LDR     r10, [r1, #8]',
  '        STR     r10, [r12]',
  '.out    CMP     r0, r0',
  '        MOV     pc, r14',
  '.second CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'handler%(1) = second : handler%(2) = second',
  `flags%(0) = ${flags0} : flags%(1) = 1 << 7 : flags%(2) = 1 << 7`,
  'FOR a% = 0 TO 2',
  '  SYS "OS_DynamicArea", 0, -1, 0, -1, flags%(a%), 1 << 20, handler%(a%), ws% + 16 * a%, "Area" TO ,area%(a%)',
  'NEXT a%',
  'END',
  '',
].join('\n');

test('a SYS in a FOR loop creates an area per pass, each with the handler and flags its array elements hold', async () => {
  // Without flag bit 8 the kernel passes R1 = 0, which handler 0 reads through.
  assert.deepEqual(await found(areasInLoop('P%', '1 << 7')), ['PW307 8']);
  assert.deepEqual(await found(areasInLoop('label', '1 << 7')), ['PW307 8']);
  assert.deepEqual(await found(areasInLoop('P%', '1 << 7 OR 1 << 8')), []);
  assert.deepEqual(await found(areasInLoop('label', '1 << 7 OR 1 << 8')), []);
});

/**
 * A pass loop that assembles two instructions, calls PROCemit_handler,
 * whose block (line 20 on) has no `P% =` of its own and so lies where the
 * call leaves P%, at code% + 8, then assembles `reset`, which writes R0;
 * the SYS passes `handler` as `code% + 8`.
 */
const emitted = (firstPage: string): string => [
  'DIM code% 256, ws% 16',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.veneer',
  '        MOV     r0, #0',
  '        MOV     pc, r14',
  ']',
  'PROCemit_handler',
  '[ OPT pass%',
  '.reset',
  '        MOV     r0, #4',
  '        MOV     pc, r14',
  ']',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code% + 8, ws%, "Emitted" TO ,area%',
  'END',
  'DEF PROCemit_handler',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #1',
  `        ${firstPage}`, // line 22
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'ENDPROC',
  '',
].join('\n');

test('a PROC that assembles where its call leaves P% places its handler between the blocks around the call, where code% + 8 names it', async () => {
  // PostGrow reads the first page's number through R1, which is 0 for an area without flag bit 8.
  assert.deepEqual(await found(emitted('LDREQ   r2, [r1, #4]')), ['PW307 22']);
  assert.deepEqual(await found(emitted('STREQ   r1, [r12]')), [], 'R1 itself stored, not read through; reset, past the handler, is no handler');
  // The same where the SYS passes P% as the loop left it before the call.
  const asVariable = (text: string): string => text.replace('PROCemit_handler\n', 'handler% = P% : PROCemit_handler\n').replace('code% + 8, ws%', 'handler%, ws%');
  assert.deepEqual(await found(asVariable(emitted('LDREQ   r2, [r1, #4]'))), ['PW307 22']);
  assert.deepEqual(await found(asVariable(emitted('STREQ   r1, [r12]'))), []);
});

/**
 * PROCemit_handler, read where it is called, assembled twice by the pass
 * loop of a PROCassemble after the main program: a copy that reads the page
 * block (`PROCemit_handler(TRUE)`, for the area with flag bit 8, passed as
 * `specific%`) and one that stores R1 (`PROCemit_handler(FALSE)`), which the
 * first SYS passes as `handler`, the label's last copy by then.
 */
const twoCopies = (second: 'TRUE' | 'FALSE'): string => [
  'DIM code% 512, ws% 64',
  'PROCassemble',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws% + 32, "Any" TO ,any%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7 OR 1 << 8, 1 << 20, specific%, ws%, "Specific" TO ,specific_area%',
  'END',
  'DEF PROCassemble',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  'PROCemit_handler(TRUE)',
  'specific% = handler',
  `PROCemit_handler(${second})`,
  'NEXT pass%',
  'ENDPROC',
  'DEF PROCemit_handler(pages%)',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #1',
  ']',
  'IF pages% THEN',
  '[ OPT pass%',
  '        LDREQ   r2, [r1, #4]', // line 21
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
  'ENDPROC',
  '',
].join('\n');

test('a PROC read at two calls assembles two copies of its handler, and a SYS passing its label before them in the text takes the last', async () => {
  assert.deepEqual(await found(twoCopies('FALSE')), [], 'the copy that reads the page block is the area with flag bit 8\'s');
  assert.deepEqual(await found(twoCopies('TRUE')), ['PW307 21'], 'the second copy reads the page block too, for the area without bit 8');
});

/**
 * PROCassemble sets P% to its first parameter and is called twice from the
 * pass loop, for two areas at code% and code% + 512: its second parameter
 * says whether that copy reads the page block (line 18) or stores R1.
 */
const toldWhere = (first: 'TRUE' | 'FALSE', second: 'TRUE' | 'FALSE'): string => [
  'DIM code% 1024, ws% 64',
  'FOR pass% = 0 TO 2 STEP 2',
  `PROCassemble(code%, ${first})`,
  `PROCassemble(code% + 512, ${second})`,
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code%, ws%, "One" TO ,one%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code% + 512, ws% + 32, "Two" TO ,two%',
  'END',
  'DEF PROCassemble(at%, reads%)',
  'P% = at%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #1',
  ']',
  'IF reads% THEN',
  '[ OPT pass%',
  '        LDREQ   r2, [r1, #4]', // line 17
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
  'ENDPROC',
  '',
].join('\n');

test('a PROC that sets P% to its parameter, called twice, assembles each copy where its call says', async () => {
  const dagrow = edited(DAGROW, MISTAKE, ['PROCassemble', 'PROCassemble(code%)', 'IF codesize% > 512 THEN PROCassemble(code% + 512)'],
    ['DEF PROCassemble', 'DEF PROCassemble(where%)'], [ORIGIN, 'P% = where%']);
  assert.deepEqual(await found(dagrow), [`PW303 ${returnAfterMistake(dagrow)}`], 'DAGrow\'s handler at code%, the first call\'s copy');
  // Without flag bit 8 the kernel passes R1 = 0: the copy that reads through it is a fault at either address.
  assert.deepEqual(await found(toldWhere('FALSE', 'TRUE')), ['PW307 17']);
  assert.deepEqual(await found(toldWhere('TRUE', 'FALSE')), ['PW307 17']);
  assert.deepEqual(await found(toldWhere('FALSE', 'FALSE')), [], 'both copies store R1 itself');
});

/**
 * The pass loop calls PROCassemble (above) for two copies of `.handler`,
 * then assembles an entry that branches to `handler`: BASIC's variable then
 * holds the second copy's address, the last its line set. The area has no
 * flag bit 8, so the copy that reads the page block (line 21) faults.
 */
const branchAfterCopies = (first: 'TRUE' | 'FALSE', second: 'TRUE' | 'FALSE'): string => {
  const lines = toldWhere(first, second).split('\n');
  const loopEnd = lines.indexOf('NEXT pass%');
  return [
    ...lines.slice(0, loopEnd),
    'P% = code% + 768', '[ OPT pass%', '.entry', '        B       handler', ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, entry, ws%, "Two" TO ,two%',
    ...lines.slice(lines.indexOf('END')),
  ].join('\n');
};

test('a branch to the label of a PROC read at two calls, from a block after both, goes to the copy assembled last', async () => {
  assert.deepEqual(await found(branchAfterCopies('TRUE', 'FALSE')), [], 'the first copy reads the page block, the branch goes to the second');
  assert.deepEqual(await found(branchAfterCopies('FALSE', 'TRUE')), ['PW307 21']);
});

/**
 * PROCassemble takes no parameters and sets P% to the global at%, which
 * the pass loop sets to code% and then code% + 512 before each call; the
 * handler reads the page block (line 16), a fault for an area without flag
 * bit 8. `firstFlags` are the flags of the area whose handler is at code%.
 */
const placedByGlobal = (firstFlags: string): string => [
  'DIM code% 1024, ws% 64',
  'FOR pass% = 0 TO 2 STEP 2',
  'at% = code%',
  'PROCassemble',
  'at% = code% + 512',
  'PROCassemble',
  'NEXT pass%',
  `SYS "OS_DynamicArea", 0, -1, 0, -1, ${firstFlags}, 1 << 20, code%, ws%, "One" TO ,one%`,
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7 OR 1 << 8, 1 << 20, code% + 512, ws% + 32, "Two" TO ,two%',
  'END',
  'DEF PROCassemble',
  'P% = at%',
  '[ OPT pass%',
  '.handler',
  '        TEQ     r0, #1',
  '        LDREQ   r2, [r1, #4]',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'ENDPROC',
  '',
].join('\n');

test('a PROC that sets P% to a global the program changes between its two calls assembles a copy where each call says', async () => {
  assert.deepEqual(await found(placedByGlobal('1 << 7')), ['PW307 16'], 'the copy at code% is the handler of the area without bit 8');
  assert.deepEqual(await found(placedByGlobal('1 << 7 OR 1 << 8')), [], 'both areas have bit 8');
});

/**
 * PROCassemble, without parameters, sets P% to the global at% and decides
 * which code it assembles by globals too (`arm`, lines 12 on); the pass
 * loop sets them before each of its two calls (`first`, `second`). The
 * area at code% has flag bit 8, the one at code% + 512 not: a copy that
 * reads the page block (line 14 in each `arm`) faults only at code% + 512.
 */
const decidedByGlobals = (first: string, second: string, arm: readonly string[], loop: readonly string[] = []): string => [
  'DIM code% 1024, ws% 64',
  'FOR pass% = 0 TO 2 STEP 2',
  ['at% = code%', first].filter(Boolean).join(' : '),
  'PROCassemble',
  ['at% = code% + 512', second].filter(Boolean).join(' : '),
  'PROCassemble',
  ...loop,
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7 OR 1 << 8, 1 << 20, code%, ws%, "One" TO ,one%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code% + 512, ws% + 32, "Two" TO ,two%',
  'END',
  'DEF PROCassemble',
  ...arm,
  '[ OPT pass%',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'ENDPROC',
  '',
].join('\n');

const HANDLER_START = ['P% = at%', '[ OPT pass%', '.handler', '        TEQ     r0, #1', ']'];
const READS_BLOCK = ['[ OPT pass%', '        LDREQ   r2, [r1, #4]', ']'];
const STORES_R1 = ['[ OPT pass%', '        STREQ   r1, [r12]', ']'];
/** IF reads% reads the page block (line 19), else stores R1. */
const IF_READS = [...HANDLER_START, 'IF reads% THEN', ...READS_BLOCK, 'ELSE', ...STORES_R1, 'ENDIF'];
/** CASE kind% reads the page block when 1 (line 20), else stores R1. */
const CASE_READS = [...HANDLER_START, 'CASE kind% OF', 'WHEN 1', ...READS_BLOCK, 'OTHERWISE', ...STORES_R1, 'ENDCASE'];
/** A FOR loop up to last% reads the page block on its second pass (line 20). */
const FOR_READS = [...HANDLER_START, 'FOR i% = 1 TO last%', 'IF i% = 2 THEN', ...READS_BLOCK, 'ENDIF', 'NEXT'];

/** The findings, each with the lines of its notes. */
async function noted(text: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'Globals', settings: DEFAULT_SETTINGS });
  return findings.map((f) => [`${f.code} ${f.range.start.line + 1}`, ...f.notes.map((n) => `note ${n.range.start.line + 1}`)].join(', '));
}

test('an IF in a PROC read at two calls takes, at each, the arm the global its condition reads holds there', async () => {
  assert.deepEqual(await noted(decidedByGlobals('reads% = TRUE', 'reads% = FALSE', IF_READS)), [], 'the copy that reads the page block is the area with bit 8\'s');
  assert.deepEqual(await noted(decidedByGlobals('reads% = FALSE', 'reads% = TRUE', IF_READS)), ['PW307 19'], 'the copy at code% + 512 reads it');
  // Read from INPUT at the second call, the condition is not known there: each arm is a build, as before.
  assert.deepEqual(await noted(decidedByGlobals('reads% = FALSE', 'INPUT reads%', IF_READS)), ['PW307 19, note 18']);
  assert.deepEqual(await noted(decidedByGlobals('INPUT reads%', 'reads% = FALSE', IF_READS)), [], 'the unknown copy is the area with bit 8\'s');
});

test('a CASE in a PROC read at two calls takes, at each, the arm the global its selector reads holds there; a FOR loop runs to its bound there', async () => {
  assert.deepEqual(await noted(decidedByGlobals('kind% = 1', 'kind% = 2', CASE_READS)), []);
  assert.deepEqual(await noted(decidedByGlobals('kind% = 2', 'kind% = 1', CASE_READS)), ['PW307 20']);
  assert.deepEqual(await noted(decidedByGlobals('last% = 2', 'last% = 1', FOR_READS)), []);
  assert.deepEqual(await noted(decidedByGlobals('last% = 1', 'last% = 2', FOR_READS)), ['PW307 20']);
});

test('a global a loop sets after the call, or a PROC after an ENDPROC some calls take, is not known at the call', async () => {
  // The pass loop's second run sees the TRUE its first set after the calls: the value before the loop is not every run's.
  assert.deepEqual(await noted(decidedByGlobals('', '', IF_READS, ['reads% = TRUE']).replace('FOR pass%', 'reads% = FALSE\nFOR pass%')), ['PW307 21, note 20']);
  // PROCassemble sets reads% after an ENDPROC it takes when `quick%`, read from INPUT: the second call may see FALSE or TRUE.
  const early = decidedByGlobals('reads% = FALSE : INPUT quick%', '', IF_READS).replace('ENDPROC', 'IF quick% THEN ENDPROC\nreads% = TRUE\nENDPROC');
  assert.deepEqual(await noted(early), ['PW307 19, note 18']);
});

test('a FOR bound the pass loop sets after the call is its last pass\'s at the call, where the passes are known', async () => {
  const changed = (before: string, after: string): string => decidedByGlobals('', '', FOR_READS, [after]).replace('FOR pass%', `${before}\nFOR pass%`);
  // BASIC's last pass runs the FOR to 1 and never reads the page block.
  assert.deepEqual(await noted(changed('last% = 2', 'last% = 1')), []);
  // The last pass runs it to 2, reading the page block in the copy at code% + 512: every build, no note.
  assert.deepEqual(await noted(changed('last% = 1', 'last% = 2')), ['PW307 22']);
  // The same passes made by REPEAT (its UNTIL a line further down), each of which the UNTIL decides.
  const repeated = (before: string, after: string, until: string): string => changed(before, after)
    .replace('FOR pass% = 0 TO 2 STEP 2', 'pass% = 0 : REPEAT').replace('NEXT pass%', `pass% += 2\nUNTIL ${until}`);
  assert.deepEqual(await noted(repeated('last% = 2', 'last% = 1', 'pass% > 2')), []);
  assert.deepEqual(await noted(repeated('last% = 1', 'last% = 2', 'pass% > 2')), ['PW307 23']);
  // An UNTIL not known: the first pass may be the last, and last% is 2 there.
  assert.deepEqual(await noted(repeated('last% = 2', 'last% = 1', 'INKEY(-282)')), ['PW307 23, note 22']);
  // A loop that sets its bound from a value read at run time: no pass is known.
  assert.deepEqual(await noted(changed('last% = 2', 'INPUT last%')), ['PW307 22, note 21']);
});

test('a SYS in the pass loop runs in every pass, an END may end it early: a FOR bound the loop sets is not the last pass\'s there', async () => {
  const text = decidedByGlobals('', '', FOR_READS, ['last% = 1', 'SYS "OS_Byte", 0']).replace('FOR pass%', 'last% = 2\nFOR pass%');
  assert.deepEqual(await noted(text), ['PW307 23, note 22']);
  // A loop that may end early, at an END: its last pass is not known.
  const ending = decidedByGlobals('', '', FOR_READS, ['last% = 1', 'IF INKEY(-282) THEN END']).replace('FOR pass%', 'last% = 2\nFOR pass%');
  assert.deepEqual(await noted(ending), ['PW307 23, note 22']);
});

/**
 * The pass loop assembles a stub at code%, then the handler at at%, which
 * it sets to code% before the loop and to code% + 512 after the handler:
 * BASIC's last pass assembles the handler at code% + 512 and the stub over
 * the first pass's handler at code%. The area at code% has no flag bit 8;
 * the one at code% + 512 has it when `bit8` is true. `top` sets at% at the
 * top of each pass too. The handler reads the page block at line 12 (13
 * with `top`).
 */
const overwritten = (bit8: boolean, top = false): string => [
  'DIM code% 1024, ws% 64',
  'at% = code%',
  'FOR pass% = 0 TO 2 STEP 2',
  ...(top ? ['at% = code% + 512'] : []),
  'P% = code%',
  '[ OPT pass%',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'P% = at%',
  '[ OPT pass%',
  '        TEQ     r0, #1',
  '        LDREQ   r2, [r1, #4]',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  ']',
  'at% = code% + 512',
  'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code%, ws%, "One" TO ,one%',
  `SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7${bit8 ? ' OR 1 << 8' : ''}, 1 << 20, code% + 512, ws% + 32, "Two" TO ,two%`,
  'END',
  '',
].join('\n');

test('P% set from a variable the pass loop sets after the block is not the first run\'s value: no handler is placed there', async () => {
  assert.deepEqual(await noted(overwritten(true)), [], 'the stub, not the handler, lies at code% after the last pass');
  assert.deepEqual(await noted(overwritten(true, true)), [], 'set at the top of each pass, the handler lies at code% + 512, the area with bit 8\'s');
  assert.deepEqual(await noted(overwritten(false, true)), ['PW307 13'], 'the area at code% + 512 has no bit 8');
  assert.deepEqual(await noted(overwritten(false)), ['PW307 12'], 'set after the block, at% is code% + 512 in the last pass, which assembles the handler there');
});
