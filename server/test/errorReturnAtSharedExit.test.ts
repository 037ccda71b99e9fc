import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';
import { MODULE_OPENING } from './support/objasmModule.js';

// An error arm that sets V and R0 and then meets, at one shared EXIT, a way
// whose V a compare of a workspace word left unknown: the error arm's return
// is still judged by what that arm set (PW305), and the way whose V is
// unknown adds no finding.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

/**
 * A module whose area's PreShrink compares R3 with the workspace word
 * ws_pin (V unknown after it), refuses while ws_pin is not 0 by `refuse`,
 * and returns through one EXIT; its Final does the same. `block` is the
 * error they return: with or without its error number.
 */
const pool = (refuse: readonly string[], block = ['        DCD     &81C402']): string[] => [
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
  '        TEQ     r0, #2',
  '        BEQ     PreShrink',
  '        CLRV',
  '        MOV     pc, lr',
  'PreShrink Entry "r1"',
  '        LDR     r1, ws_pin',
  '        CMP     r3, r1',
  '        TEQ     r1, #0',
  '        BEQ     %FT10',
  '        MOV     r3, #0',
  ...refuse,
  '10      EXIT',
  'ErrBlk',
  ...block,
  '        =       "Area is pinned", 0',
  '        ALIGN',
  '        END',
];

/** The shared EXIT, 0-based, of `pool` with a two-line `refuse`. */
const EXIT_LINE = 41;

test('PW305 where an error arm that sets V meets a way of unknown V at a shared EXIT', async () => {
  const refuse = ['        ADR     r0, ErrBlk', '        SETV'];
  assert.deepEqual(await findings(pool(refuse, [])), [`PW305@${EXIT_LINE}`]);
  // The same error block with its number is a good refusal.
  assert.deepEqual(await findings(pool(refuse)), []);
});

test('no finding where the error arm leaves V as unknown as the other way', async () => {
  // No SETV: V is what the compare left on both ways.
  assert.deepEqual(await findings(pool(['        ADR     r0, ErrBlk'], [])), []);
  // V set, then replaced by a compare of the workspace word.
  assert.deepEqual(await findings(pool(['        ADR     r0, ErrBlk', '        SETV', '        CMP     r3, r1'], [])), []);
});

/** A module entry point (Init) that fails the same way, through one EXIT. */
const init = (block: readonly string[]): string[] => [
  ...MODULE_OPENING,
  '        ^       0, r12',
  'ws_pin  #       4',
  'Init    Entry',
  '        LDR     r12, [r12]',
  '        LDR     r1, ws_pin',
  '        CMP     r3, r1',
  '        TEQ     r1, #0',
  '        BEQ     %FT10',
  '        ADR     r0, ErrBlk',
  '        SETV',
  '10      EXIT',
  'ErrBlk',
  ...block,
  '        =       "Not now", 0',
  '        ALIGN',
  '        END',
];

test('a module entry point\'s error return at a shared EXIT is judged by its own arm too', async () => {
  assert.deepEqual(await findings(init([])), ['PW305@22']);
  assert.deepEqual(await findings(init(['        DCD     &81C403'])), []);
});
