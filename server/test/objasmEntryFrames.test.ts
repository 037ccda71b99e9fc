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

/** The module of `framed` with `lines` in place of its storage map and handler, from line 24. */
const handled = (lines: readonly string[]): string[] => [...framed([]).slice(0, 24), ...lines, '        END'];

/** The findings' codes and lines and their notes' lines, with their messages, for the cases that tell findings apart by message. */
async function toldFindings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => [`${f.code}@${f.range.start.line} ${f.message}`, ...f.notes.map((n) => `${n.message}@${n.range.start.line}`)].join(' | '));
}

test('objasm: a PreGrow whose frame pointer is SP on one way only (MOVNE r3, sp): a store of that condition through it is where R2 was overwritten', async () => {
  // The ways meet after the MOVNE: R3 is SP where R4 is not 0, and the STRNE runs there.
  const preGrow = (store: string, value: string) => handled([
    '                ^       0, r3', 'frame_r1        #       4', 'frame_r2        #       4', 'Handler ROUT', '        Entry   "r1-r3"', '        TEQ     r0, #0', '        BNE     %FT90',
    '        TEQ     r4, #0', '        MOVNE   r3, sp', value, `        ${store}   r1, frame_r2`, '90', '        CLRV', '        EXIT',
  ]);
  assert.deepEqual(await notedFindings(preGrow('STRNE', '        MOVNE   r1, #0')), ['PW304@37 assuming size != 0@32 R2 overwritten here@34']);
  // Stored on the other way, where R3 is not SP, or the copy written back as it was read: R2 comes back as it went.
  assert.deepEqual(await notedFindings(preGrow('STREQ', '        MOVNE   r1, #0')), []);
  assert.deepEqual(await notedFindings(preGrow('STRNE', '        LDRNE   r1, frame_r2')), []);
});

test('objasm: a PreGrow that overwrites the stacked R2 on both ways of a join makes no note of the branch that split them', async () => {
  // The ways meet after the MOVNE, and the store runs on both: the PW304 rests on no value of the size, which the entry
  // contract bounds (so the join is no free choice), and the note said "assuming size == 0", the witness's way.
  const preGrow = (store: string) => handled([
    '                ^       0, r3', 'frame_r1        #       4', 'frame_r2        #       4', 'Handler ROUT', '        Entry   "r1-r3"', '        TEQ     r0, #0', '        BNE     %FT90',
    '        TEQ     r4, #0', '        MOVNE   r3, sp', '        MOV     r1, #0', `        ${store}`, '90', '        CLRV', '        EXIT',
  ]);
  assert.deepEqual(await notedFindings(preGrow('STR     r1, [sp, #4]')), ['PW304@37 R2 overwritten here@34']);
  // Through R3, SP on one way only: the finding needs that way, and says so.
  assert.deepEqual(await notedFindings(preGrow('STRNE   r1, frame_r2')), ['PW304@37 assuming size != 0@32 R2 overwritten here@34']);
});

test('objasm: EntryS stacks the PSR below its list and EXITS restores the flags from it; a dynamic-area handler', async () => {
  const shrink = (lines: readonly string[]) => handled(['Handler EntryS  "r1-r3"', '        TEQ     r0, #2', '        BNE     %FT90', ...lines, '90', '        EXITS']);
  // EXITS returns with the flags the kernel called with: V clear, a success.
  assert.deepEqual(await notedFindings(shrink(['        MOV     r3, #0'])), []);
  // 8 bytes up from SP lies the stacked R2 (the PSR word lies at SP itself), 12 bytes up R3, which PreShrink returns.
  assert.deepEqual(await notedFindings(shrink(['        MOV     r3, #0', '        STR     r3, [sp, #8]'])), ['PW304@30 R2 overwritten here@28']);
  assert.deepEqual(await notedFindings(shrink(['        MOV     r3, #0', '        STR     r3, [sp, #12]'])), []);
  // A condition on EXITS branches round its restoring: the reasons below TestShrink return, the rest refuse.
  const exitsWhen = (condition: string) => handled(['Handler EntryS  "r1-r3"', '        CMP     r0, #4', `        EXITS   ${condition}`, '        MOV     r0, #0', '        EXITVS']);
  assert.deepEqual(await notedFindings(exitsWhen('LO')), []);
  assert.ok((await toldFindings(exitsWhen('HS'))).some((f) => f.startsWith('PW305@28 PostGrow returns V set')));
  // EXIT after EntryS drops the PSR word with the frame: R1-R3 come back as they went.
  assert.deepEqual(await notedFindings(handled(['Handler EntryS  "r1-r3", 8', '        CLRV', '        EXIT'])), []);
});

test('objasm: EXITVS and EXITVC return with V set or clear and the rest of the flags EntryS saved; EXITV with V as it is', async () => {
  const refuse = (test: string) => handled(['Handler EntryS  "r1-r3"', `        ${test}`, '        BHI     %FT90', '        MOV     r0, #0', '        EXITVS', '90', '        EXITVC']);
  // PreGrow (0) may refuse with R0 = 0; PostGrow (1) may not: the kernel ignores its errors.
  assert.deepEqual(await notedFindings(refuse('CMP     r0, #0')), []);
  assert.deepEqual(await toldFindings(refuse('CMP     r0, #1')), ['PW305@28 PostGrow returns V set, but the kernel ignores errors from PostGrow: the refusal has no effect']);
  const pass = (setv: string) => handled(['Handler EntryS  "r1-r3"', '        CMP     r0, #4', '        MOVHS   r0, #0', `        ${setv}`, '        EXITV']);
  assert.deepEqual(await notedFindings(pass('SETV    HS')), [], 'V set for the reasons past TestShrink only');
  assert.ok((await toldFindings(pass('SETV'))).includes('PW305@28 PostGrow returns V set, but the kernel ignores errors from PostGrow: the refusal has no effect (the same code runs for PostShrink)'));
  // After Entry, which saves no PSR, EXITV is the 26-bit return (BICVCS / ORRVSS pc, lr, #V_bit): the file is 26-bit code.
  const plain = (setv: string) => handled(['Handler Entry   "r1-r3"', '        CMP     r0, #4', '        MOVHS   r0, #0', `        ${setv}`, '        EXITV']);
  assert.deepEqual(await notedFindings(plain('SETV    HS')), []);
  assert.ok((await toldFindings(plain('SETV'))).some((f) => f.startsWith('PW305@28 PostGrow returns V set')));
});

/** A module whose SWI handler, SWIs, is among `lines` (from line 12). */
const swiModule = (lines: readonly string[]): string[] => [
  ...MODULE_OPENING.slice(0, 6),
  '        DCD     0, 0, 0, 0',
  '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
  '        DCD     &5A1C0',
  '        DCD     SWIs - Module_BaseAddr',
  'Title   =       "Test", 0',
  '        ALIGN',
  ...lines,
  '        END',
];

test('objasm: a SWI handler with EntryS returns through what it stacked; one that returns through R14 finds the PSR EntryS read into it', async () => {
  const lr = 'R14 overwritten here';
  assert.deepEqual(await notedFindings(swiModule(['SWIs    EntryS  "r1, r2"', '        MOV     r1, #0', '        EXITS'])), []);
  assert.deepEqual(await notedFindings(swiModule(['SWIs    EntryS  "r1, r2"', '        MOV     r0, #0', '        SWI     XOS_ReadMonotonicTime', '        EXITV'])), []);
  assert.deepEqual(await notedFindings(swiModule(['SWIs    EntryS  "r1, r2"', '        ADD     sp, sp, #12', '        MOV     pc, lr'])), [`PW304@14 ${lr}@12`]);
  // ALTENTRY is another way into the body of the last EntryS: the same registers and PSR stacked.
  const alt = (lines: readonly string[]) => swiModule(['Common  EntryS  "r1, r2"', '        EXITS', 'SWIs    ALTENTRY', ...lines]);
  assert.deepEqual(await notedFindings(alt(['        MOV     r1, #0', '        EXITS'])), []);
  assert.deepEqual(await notedFindings(alt(['        ADD     sp, sp, #12', '        MOV     pc, lr'])), [`PW304@16 ${lr}@14`]);
});
