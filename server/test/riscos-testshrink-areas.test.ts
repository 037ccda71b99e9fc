import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';

// The kernel asks only a Shrinkable area (flag bit 9) what it could give up
// (TestShrink, reason 4; spec B.2.3, B.5 step 4), as its emulator does: a
// handler whose areas are all created without the bit is not analysed for
// it, one whose area is Shrinkable is, and so is one whose flags leave the bit
// unknown, where it does with TestShrink what it does with no other reason.

const parsers = Parsers.create();

/**
 * A module creating an area for each of `flags` (the lines that set R4) with
 * one handler, whose TestShrink alone returns with R2 changed.
 */
const module = (...flags: (readonly string[])[]): string => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        GET     Hdr:ModHand',
  '        GET     Hdr:Proc',
  '        AREA    |C$$Code|, CODE, READONLY, PIC',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base',
  '        DCD     Title - Module_Base',
  '        DCD     0',
  'Title   =       "Info", 0',
  '        ALIGN',
  'Init    Entry   "r1-r8"',
  ...flags.flatMap((r4) => [
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    ...r4,
    '        MOV     r5, #1024*1024',
    '        ADR     r6, Handler',
    '        MOV     r7, r12',
    '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        EXIT    VS',
  ]),
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #4',
  '        MOVEQ   r2, #0',
  '        CLRV',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

const returns = (text: string): number => text.split('\n').indexOf('        MOV     pc, lr');

async function findings(text: string): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text, file: 's/Module' });
  return found.map((f) => `${f.code}@${f.range.start.line} ${f.message}`);
}

const CLEAR = ['        MOV     r4, #1 :SHL: 7'];
const SET = ['        MOV     r4, #(1 :SHL: 7) :OR: (1 :SHL: 9)'];
/** Flags read at run time, with bit 20 (a pool) cleared: only bits 8 and 9 are unknown. */
const UNKNOWN = ['        LDR     r4, [r12]', '        BIC     r4, r4, #1 :SHL: 20'];

test('TestShrink is not analysed for a handler whose areas are all created without flag bit 9', async () => {
  assert.deepEqual(await findings(module(CLEAR)), []);
  assert.deepEqual(await findings(module(CLEAR, CLEAR)), []);
});

test('TestShrink is analysed where any area of the handler is Shrinkable: R2 changed is PW304', async () => {
  const pw304 = (text: string) => [`PW304@${returns(text)} TestShrink returns with R2 changed; the kernel expects it preserved`];
  assert.deepEqual(await findings(module(SET)), pw304(module(SET)));
  assert.deepEqual(await findings(module(CLEAR, SET)), pw304(module(CLEAR, SET)));
  assert.deepEqual(await findings(module(UNKNOWN, SET)), pw304(module(UNKNOWN, SET)));
});

test('with flag bit 9 unknown, TestShrink is analysed where the handler tells it apart; its refusal as an unknown reason is not reported', async () => {
  const pw304 = (text: string) => [`PW304@${returns(text)} TestShrink returns with R2 changed; the kernel expects it preserved`];
  assert.deepEqual(await findings(module(UNKNOWN)), pw304(module(UNKNOWN)));
  assert.deepEqual(await findings(module(CLEAR, UNKNOWN)), pw304(module(CLEAR, UNKNOWN)));
  // R2 changed for every reason past PostShrink, as for one the handler does not know: no call the kernel surely makes.
  const refusesPast3 = module(UNKNOWN).replace('TEQ     r0, #4', 'CMP     r0, #3').replace('MOVEQ   r2', 'MOVHI   r2');
  assert.deepEqual(await findings(refusesPast3), []);
  // The other reasons are analysed as ever: R2 changed for all of them is reported.
  const everyReason = module(UNKNOWN).replace('MOVEQ   r2', 'MOV     r2');
  assert.deepEqual((await findings(everyReason)).map((f) => f.replace(/ (PreGrow|PostGrow|PreShrink|PostShrink) /, ' * ')), [
    `PW304@${returns(everyReason)} * returns with R2 changed; the kernel expects it preserved (the same code runs for PostGrow and PreShrink and PostShrink)`,
  ]);
});
