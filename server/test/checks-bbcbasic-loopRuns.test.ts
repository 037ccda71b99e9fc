import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// An assembler block in a loop of unknown runs (a FOR whose bounds are not
// known, a REPEAT) is assembled again where P% stands after the last run:
// the runs are builds of the program (one run, and two), and what holds is
// what every one of them finds. A handler passed by an address after the
// loop is other code in each; one assembled in the loop, passed by its
// label, is the same code, its label the last run's.

const parsers = Parsers.create();

async function found(text: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'Loops', settings: DEFAULT_SETTINGS });
  return findings.map((f) => `${f.code} ${f.range.start.line + 1}`);
}

/** Lines of a handler that reads the page block (line 2 of them): PW307 in an area without flag bit 8. */
const READS_BLOCK = ['[OPT 2', ' LDR r2, [r1, #4]', ' MOV pc, lr', ']'];

/**
 * The loop `head` … `foot` assembles an 8-byte stub that returns at once;
 * the block after it reads the page block (line 11). The area's handler is
 * `code% + 8`: that block when the loop runs once, the second run's stub
 * when it runs twice.
 */
const afterLoop = (head: string, foot: string, ...rest: string[]): string => [
  'DIM code% 1024, ws% 64', 'INPUT n%', 'P% = code%', head, '[OPT 2', ' TEQ r0, #1', ' MOV pc, lr', ']', foot,
  ...READS_BLOCK, 'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code% + 8, ws%, "A"', 'END', ...rest, '',
].join('\n');

/** `afterLoop` with the handler at `code% + offset`: the block after three runs of the 8-byte stub is at 24. */
const handlerAt = (offset: number, head: string, foot: string, ...rest: string[]): string => afterLoop(head, foot, ...rest).replace('code% + 8', `code% + ${offset}`);

const UNTIL_ASKED = ['DEF FNdone', 'INPUT d%', '= d%'];

test('a handler passed by an address after a loop of unknown runs is not known: no finding of the one run alone', async () => {
  assert.deepEqual(await found(afterLoop('FOR i% = 1 TO n%', 'NEXT')), []);
  assert.deepEqual(await found(afterLoop('REPEAT', 'UNTIL FNdone', ...UNTIL_ASKED)), []);
  assert.deepEqual(await found(afterLoop('REPEAT k% += 1', 'UNTIL FNdone', ...UNTIL_ASKED)), [], 'a statement on REPEAT\'s line');
});

test('a loop of known runs places the code as BASIC does: once, the block; twice, the stub', async () => {
  assert.deepEqual(await found(afterLoop('FOR i% = 1 TO 1', 'NEXT')), ['PW307 11']);
  assert.deepEqual(await found(afterLoop('FOR i% = 1 TO 2', 'NEXT')), []);
});

/** The loop assembles the handler that reads the page block (line 7), labelled, and the SYS after it passes the label, the last run's. */
const inLoop = (head: string, foot: string, ...rest: string[]): string => [
  'DIM code% 1024, ws% 64', 'INPUT n%', 'P% = code%', head, '[OPT 2', '.handler', ' LDR r2, [r1, #4]', ' MOV pc, lr', ']', foot,
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "A"', 'END', ...rest, '',
].join('\n');

test('a handler a loop of unknown runs assembles, passed by its label, is the same code in every run: its finding holds', async () => {
  assert.deepEqual(await found(inLoop('FOR i% = 1 TO n%', 'NEXT')), ['PW307 7']);
  assert.deepEqual(await found(inLoop('REPEAT', 'UNTIL FNdone', ...UNTIL_ASKED)), ['PW307 7']);
  // With bit 8, the handler may read the page block: nothing in any run.
  assert.deepEqual(await found(inLoop('FOR i% = 1 TO n%', 'NEXT').replace('1 << 7,', '1 << 7 OR 1 << 8,')), []);
});

test('the pass loop, and a loop whose runs each set P%, are read once as before', async () => {
  const pass = ['DIM code% 1024, ws% 64', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[OPT pass%', '.handler', ' LDR r2, [r1, #4]', ' MOV pc, lr', ']', 'NEXT',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "A"', 'END', ''].join('\n');
  assert.deepEqual(await found(pass), ['PW307 6']);
  const placed = pass.replace('FOR pass% = 0 TO 2 STEP 2', 'INPUT n%\nREPEAT').replace('OPT pass%', 'OPT 2').replace('NEXT', 'UNTIL FNdone') + UNTIL_ASKED.join('\n');
  assert.deepEqual(await found(placed), ['PW307 7']);
});

test('a WHILE of unknown course around assembler is built once and twice, never no times: only what both find is reported', async () => {
  // The false error of the one run alone: `code% + 8` is the block after the loop there, the second run's stub else.
  assert.deepEqual(await found(afterLoop('WHILE n% > 0', 'n% -= 1 : ENDWHILE')), []);
  // The handler it assembles and passes by its label is the same code in every run; where it runs none, BASIC stops at `handler`.
  assert.deepEqual(await found(inLoop('WHILE n% > 0', 'n% -= 1 : ENDWHILE')), ['PW307 7']);
  assert.deepEqual(await found(handlerAt(0, 'WHILE FALSE', 'ENDWHILE')), ['PW307 11'], 'a WHILE known not to run assembles nothing: the block is at code%');
});

test('a loop whose runs the dry runs count is run that many times, as BASIC does', async () => {
  for (const [head, foot] of [['I% = 0 : REPEAT', 'I% += 1 : UNTIL I% = 3'], ['I% = 0 : WHILE I% < 3', 'I% += 1 : ENDWHILE']] as const) {
    assert.deepEqual(await found(handlerAt(24, head, foot)), ['PW307 11'], `${head}: the block after the third run`);
    assert.deepEqual(await found(handlerAt(16, head, foot)), [], `${head}: the third run's stub`);
  }
});

test('a FOR of known bounds whose lines move P% on is run value by value, not read once as the pass loop', async () => {
  // Each run assembles 8 bytes and skips 8 more: the block after three runs is at 48.
  for (const skip of ['P% += 8', 'P% = P% + 8']) {
    assert.deepEqual(await found(handlerAt(48, 'FOR I% = 1 TO 3', `${skip} : NEXT`)), ['PW307 11'], skip);
    assert.deepEqual(await found(handlerAt(32, 'FOR I% = 1 TO 3', `${skip} : NEXT`)), [], `${skip}: the third run's stub`);
  }
});

/** A loop of unknown runs whose lines assemble, under an IF of unknown condition, a stub or another (line 6, 10), and a block that reads the page block at `handler` (line 13) after it. */
const withIf = (head: string, foot: string, handler: string): string => [
  'DIM code% 1024, ws% 64', 'INPUT n%, d%', 'P% = code%', head, 'IF d% THEN', '[OPT 2', ' TEQ r0, #1', ' MOV pc, lr', ']', 'ELSE', '[OPT 2', ' TEQ r0, #2', ' MOV pc, lr', ']', 'ENDIF', foot,
  ...READS_BLOCK, `SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, ${handler}, ws%, "A"`, 'END', ...UNTIL_ASKED, '',
].join('\n');

test('a loop of unknown runs whose lines hold an IF is built once and twice too, its IF a choice in each run', async () => {
  assert.deepEqual(await found(withIf('REPEAT', 'UNTIL FNdone', 'code% + 8')), [], 'the block after one run, a stub after two');
  // The handler every build has at its label, and reads the page block in.
  const labelled = withIf('REPEAT', 'UNTIL FNdone', 'handler').replace(' LDR r2', '.handler\n LDR r2');
  assert.deepEqual(await found(labelled), ['PW307 19']);
});

test('a loop whose runs the dry runs count past 16, up to 256, is run that many times too', async () => {
  for (const [head, foot] of [['I% = 0 : REPEAT', 'I% += 1 : UNTIL I% = 32'], ['I% = 0 : WHILE I% < 32', 'I% += 1 : ENDWHILE']] as const) {
    assert.deepEqual(await found(handlerAt(256, head, foot)), ['PW307 11'], `${head}: the block after the 32nd run`);
    assert.deepEqual(await found(handlerAt(248, head, foot)), [], `${head}: the 32nd run's stub`);
  }
  assert.deepEqual(await found(handlerAt(2048, 'I% = 0 : REPEAT', 'I% += 1 : UNTIL I% = 256')), ['PW307 11'], 'the 256th run is followed');
});

/**
 * A loop of `head` … `foot` of an 8-byte stub, then four loads from the
 * page block, one line (11) run four times, then a return: the handler at
 * `code% + 16` is a load after one run of the loop and after two, a stub
 * after three or more.
 */
const loadsAfter = (head: string, foot: string): string => [
  'DIM code% 4096, ws% 64', 'P% = code%', head, '[OPT 2', ' TEQ r0, #1', ' MOV pc, lr', ']', foot,
  'FOR J% = 0 TO 3', '[OPT 2', ' LDR r2, [r1, #4]', ']', 'NEXT', '[OPT 2', ' MOV pc, lr', ']',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, code% + 16, ws%, "A"', 'END', '',
].join('\n');

test('a loop known to run more than 256 times is analysed as its first run, with a PW900 note, never as one run and two', async () => {
  // One run and two both place a load at code% + 16: a PW307 no run of the program has.
  assert.deepEqual(await found(loadsAfter('I% = 0 : REPEAT', 'I% += 1 : UNTIL I% = 300')), ['PW900 3']);
  assert.deepEqual(await found(loadsAfter('FOR I% = 0 TO 299', 'NEXT')), ['PW900 3']);
  assert.deepEqual(await found(loadsAfter('FOR I% = 0 TO 2', 'NEXT')), [], 'three runs: a stub there, as BASIC places it');
  // The handler the loop assembles, passed by its label, is the same code in every run: its fault holds.
  const labelled = inLoop('I% = 0 : REPEAT', 'I% += 1 : UNTIL I% = 1000');
  assert.deepEqual(await found(labelled), ['PW900 4', 'PW307 7']);
  // What the loop's lines set is not known after it: not the first run's (I% = 1 there, no bit 8; 1000 after the loop, bit 8).
  const after = labelled.replace('1 << 7, 1 << 20', '1 << 7 OR (I% - 1) << 8, 1 << 20');
  assert.deepEqual(await found(after), ['PW900 4']);
});

test('a handler a loop of unknown runs assembles and passes at each run is one entry: its note is made once', async () => {
  // The loop's second run assembles `.handler` again (`handler#2`) for a second area; the IF after it makes the builds' own entries analysed too.
  const text = [
    'DIM code% 1024, ws% 64', 'INPUT n%, d%', 'P% = code%', 'FOR i% = 1 TO n%', '[OPT 2', '.handler', ' BKPT 0', ' MOV pc, lr', ']',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "A"', 'NEXT', 'IF d% THEN', '[OPT 2', ' MOV r0, #1', ']', 'ENDIF', 'END', '',
  ].join('\n');
  assert.deepEqual(await found(text), ['PW900 7']);
  // Under an IF in the loop, a build whose second run takes the ELSE has `handler#2` at the ELSE's `.handler`, the
  // code the entry `handler` runs in the builds that take the ELSE once: its branch that cannot be followed is one note.
  const armed = [
    'DIM code% 1024, ws% 64', 'INPUT n%, d%', 'P% = code%', 'FOR i% = 1 TO n%', 'IF d% THEN', '[OPT 2', '.handler', ' MOV pc, lr', ']',
    'ELSE', '[OPT 2', '.handler', ' B n% + 4', ' MOV pc, lr', ']', 'ENDIF', 'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "A"', 'NEXT', 'END', '',
  ].join('\n');
  assert.deepEqual(await found(armed), ['PW900 13']);
});

test('a FOR of STEP 0 around assembler never ends: its first run is analysed, nothing after it, with a PW900 at the loop', async () => {
  // BASIC runs it again and again: the SYS after NEXT never creates the area.
  assert.deepEqual(await found(afterLoop('FOR i% = 1 TO 2 STEP 0', 'NEXT')), ['PW900 4']);
  assert.deepEqual(await found(afterLoop('FOR pass% = 0 TO 2 STEP 0', 'NEXT').replace('[OPT 2', '[OPT pass%')), ['PW900 4'], 'the pass loop');
  // The SYS in the loop runs in its first run.
  assert.deepEqual(await found(inLoop('FOR i% = 1 TO 2 STEP 0', '').replace('"A"\nEND', '"A"\nNEXT\nEND')), ['PW900 4', 'PW307 7']);
  // A loop its lines may leave ends where BASIC leaves it: a loop of runs not known.
  assert.deepEqual(await found(afterLoop('FOR i% = 1 TO 2 STEP 0', 'IF FNdone THEN END', ...UNTIL_ASKED).replace('NEXT', '').replace('IF FNdone THEN END', 'IF FNdone THEN END\nNEXT')), []);
});
