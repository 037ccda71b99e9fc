import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';
import { MODULE_OPENING } from './support/objasmModule.js';

// Hdr:Proc keeps Entry's register list and local frame in global variables
// that EXIT reads; a ROUT that opens a section for its local labels leaves
// them as they are. A handler with one Entry whose reasons are ROUT
// sections leaving through EXIT returns with what the Entry saved.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

/** A module whose area has `DynHandler`: one Entry, and PreShrink a ROUT section after it whose lines are `preShrink` (from line 40). */
const module = (preShrink: readonly string[]): string[] => [
  ...MODULE_OPENING,
  '                ^       0, r12',
  'ws_area         #       4',
  'ws_min          #       4',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        LDR     r5, =&400000',
  '        ADR     r6, DynHandler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        EXIT',
  'DynHandler Entry "r10"',
  '        TEQ     r0, #2',
  '        BEQ     PreShrink',
  '        CMP     r0, #4',
  '        EXIT    LO',
  '        MOV     r0, #0',
  '        SETV',
  '        EXIT',
  'PreShrink ROUT',
  '        LDR     r10, ws_min',
  '        SUBS    r10, r4, r10',
  '        BLS     %FT90',
  ...preShrink,
  '        END',
];

test('objasm: EXITs in a ROUT section after the handler\'s Entry pull what that Entry pushed: no PW304 for R13', async () => {
  assert.deepEqual(await findings(module([
    '        CMP     r3, r10',
    '        MOVHI   r3, r10',
    '        SUB     r10, r5, #1',
    '        BIC     r3, r3, r10',
    '        CLRV',
    '        EXIT',
    '90      MOV     r3, #0',
    '        CLRV',
    '        EXIT',
  ])), []);
});

test('objasm: a ROUT section that leaves a word of its own on the stack before EXIT is still PW304 for R13', async () => {
  assert.deepEqual(await findings(module([
    '90      MOV     r3, #0',
    '        Push    "r3"',
    '        CLRV',
    '        EXIT',
  ])), ['PW304@43']);
});

/**
 * A module whose handler saves R1-R3 with Entry and names their stacked
 * copies with a `^ 0, sp` storage map (or one over `base`); PreShrink's
 * lines are `preShrink` (from line 32), and it leaves through the EXIT two
 * lines after them.
 */
const framed = (preShrink: readonly string[], base = 'sp'): string[] => [
  ...MODULE_OPENING,
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
  '        EXIT',
  `                ^       0, ${base}`,
  'frame_r1        #       4',
  'frame_r2        #       4',
  'frame_r3        #       4',
  'Handler ROUT',
  '        Entry   "r1-r3"',
  '        TEQ     r0, #2',
  '        BNE     %FT90',
  ...preShrink,
  '90',
  '        CLRV',
  '        EXIT',
  '        END',
];

async function notedFindings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => [`${f.code}@${f.range.start.line}`, ...f.notes.map((n) => `${n.message}@${n.range.start.line}`)].join(' '));
}

test('objasm: a store over the stacked R2 of an Entry frame through a `^ 0, sp` map is where R2 was overwritten, not the EXIT that pulls it', async () => {
  const exit = (n: number) => 32 + n + 2;
  const overwrite = ['        MOV     r3, #0', '        STR     r3, frame_r2'];
  assert.deepEqual(await notedFindings(framed(overwrite)), [`PW304@${exit(2)} R2 overwritten here@33`]);
  // Overwritten on one way only (R4 not known): the note says where, under that way's condition.
  const oneWay = ['        TEQ     r4, #0', '        BEQ     %FT90', ...overwrite];
  assert.deepEqual(await notedFindings(framed(oneWay)), [`PW304@${exit(4)} R2 overwritten here@35`]);
  // R2 changed and then stored over its own copy: changed where it was set.
  assert.deepEqual(await notedFindings(framed(['        MOV     r2, #5', '        STR     r2, frame_r2'])), [`PW304@${exit(2)} R2 overwritten here@32`]);
  // The copy read and written back as it was, or another register's slot given its own value, leaves R2 as it came.
  assert.deepEqual(await notedFindings(framed(['        LDR     r3, frame_r2', '        STR     r3, frame_r2'])), []);
  assert.deepEqual(await notedFindings(framed(['        MOV     r3, #0', '        STR     r3, frame_r3'])), []);
});

test('objasm: a store over the stacked R2 through a frame pointer (a register holding SP plus a constant) is where R2 was overwritten', async () => {
  const exit = (n: number) => 32 + n + 2;
  // `MOV r3, sp` under a `^ 0, r3` map: frame_r2 is the word Entry pushed R2 to.
  const mapped = ['        MOV     r3, sp', '        MOV     r1, #0', '        STR     r1, frame_r2'];
  assert.deepEqual(await notedFindings(framed(mapped, 'r3')), [`PW304@${exit(3)} R2 overwritten here@34`]);
  // A frame pointer taken after another push is SP plus 4 from the Entry frame's base.
  const pushed = ['        Push    "r0"', '        MOV     r3, sp', '        MOV     r1, #0', '        STR     r1, [r3, #8]', '        Pull    "r0"'];
  assert.deepEqual(await notedFindings(framed(pushed)), [`PW304@${exit(5)} R2 overwritten here@35`]);
  // The copy read and written back through the frame pointer, or another register's slot given its own value, leaves R2 as it came.
  assert.deepEqual(await notedFindings(framed(['        MOV     r3, sp', '        LDR     r1, frame_r2', '        STR     r1, frame_r2'], 'r3')), []);
  assert.deepEqual(await notedFindings(framed(['        MOV     r3, sp', '        MOV     r1, #0', '        STR     r1, frame_r3'], 'r3')), []);
});

test('objasm: a byte stored into the stacked R2 past its first byte, through SP or a frame pointer loaded from the workspace, is where R2 was overwritten', async () => {
  const exit = (n: number) => 32 + n + 2;
  assert.deepEqual(await notedFindings(framed(['        MOV     r3, #0', '        STRB    r3, [sp, #5]'])), [`PW304@${exit(2)} R2 overwritten here@33`]);
  assert.deepEqual(await notedFindings(framed(['        MOV     r3, #0', '        STRH    r3, [sp, #6]'])), [`PW304@${exit(2)} R2 overwritten here@33`]);
  // SP kept in the workspace and read back is SP: the byte goes into the same word.
  const loaded = ['        STR     sp, [r12]', '        LDR     r1, [r12]', '        MOV     r3, #0', '        STRB    r3, [r1, #5]'];
  assert.deepEqual(await notedFindings(framed(loaded)), [`PW304@${exit(4)} R2 overwritten here@35`]);
  // The byte read and written back as it was leaves R2 as it came.
  assert.deepEqual(await notedFindings(framed(['        LDRB    r3, [sp, #5]', '        STRB    r3, [sp, #5]'])), []);
});
