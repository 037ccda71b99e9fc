import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';
import { MODULE_OPENING } from './support/objasmModule.js';

// A handler that calls a SWI whose register table returns its own values
// (OS_DynamicArea 2: R2 size, R3 base … R8 name) and saves fewer registers
// than that returns: what comes back in R3-R8 is the kernel's answer about
// an area, not what the kernel passed the handler, so PW304, one finding
// for the one call. A register that may hold the caller's value after all
// (an output the SWI also takes as input, a reason with no register table,
// a word read back from memory that holds no such output) stays quiet.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line} ${f.message} | ${f.notes.map((n) => n.message).join('; ')}`);
}

/** A module whose area's PostGrow saves `saved` and runs `body` between its Entry and EXIT. */
const postGrow = (saved: string, body: readonly string[]): string[] => [
  ...MODULE_OPENING,
  '        ^       0, r12',
  'ws_area #       4',
  'ws_max  #       4',
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
  '        TEQ     r0, #1',
  '        BEQ     PostGrow',
  '        CLRV',
  '        MOV     pc, lr',
  `PostGrow Entry "${saved}"`,
  ...body,
  '        CLRV',
  '        EXIT',
  '        END',
];

const getInfo = ['        MOV     r0, #2', '        LDR     r1, ws_area', '        SWI     XOS_DynamicArea', '        STRVC   r5, ws_max'];

/** 0-based: the line of the EXIT of `postGrow` with a body of `n` lines. */
const exitAfter = (n: number): number => 35 + n;

test('PW304 for the registers OS_DynamicArea 2 returns in, one finding naming each', async () => {
  assert.deepEqual(await findings(postGrow('r0-r2', getInfo)), [
    `PW304@${exitAfter(4)} PostGrow returns with R3 changed; the kernel expects it preserved | R3, R4, R5, R6, R7 and R8 overwritten here`,
  ]);
  // Saving what the call returns in is the fix.
  assert.deepEqual(await findings(postGrow('r0-r8', getInfo)), []);
});

test('a register put back after the call is no longer a changed one; one loaded with a word the call returned (ws_max, where R5 was just stored) is', async () => {
  const restored = [...getInfo, '        LDR     r3, [r12, #8]'];
  assert.deepEqual(await findings(postGrow('r0-r2', restored)), [
    `PW304@${exitAfter(5)} PostGrow returns with R4 changed; the kernel expects it preserved | R4, R5, R6, R7 and R8 overwritten here`,
  ]);
  const reloaded = [...getInfo, '        LDR     r3, ws_max'];
  assert.deepEqual(await findings(postGrow('r0-r2', reloaded)), [
    `PW304@${exitAfter(5)} PostGrow returns with R3 changed; the kernel expects it preserved | R3 overwritten here`,
    `PW304@${exitAfter(5)} PostGrow returns with R4 changed; the kernel expects it preserved | R4, R5, R6, R7 and R8 overwritten here`,
  ]);
});

test('no PW304 where the SWI may hand the caller\'s value back', async () => {
  // SetClamps takes R1-R3 and returns them: R3 may come back as it went in.
  const clamps = ['        MOV     r0, #8', '        MOV     r1, #0', '        MOV     r2, #0', '        SWI     XOS_DynamicArea', '        STRVC   r3, ws_max'];
  assert.deepEqual(await findings(postGrow('r0-r2', clamps)), []);
  // Reason 7 has no register table: which registers it changes is not known.
  const uncharted = ['        MOV     r0, #7', '        MOV     r1, #-1', '        SWI     XOS_DynamicArea', '        STRVC   r1, ws_max'];
  assert.deepEqual(await findings(postGrow('r0-r2', uncharted)), []);
});
