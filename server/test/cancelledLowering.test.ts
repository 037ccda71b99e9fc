import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lowerDocument, type LoweredDocument } from '../src/analysis/lowerDocument.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { LoweringCancelled } from '../src/lowering/cancellation.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { generateSource } from '../bench/generateSources.js';
import { sharedParsers } from './lowering-objasm-support.js';

// A lowering whose job is superseded stops part-way (cancellation.ts). What
// it keeps between edits must stay fit for the next lowering: that one gives
// the program a fresh lowering gives, and lowers again no more than it would
// have had the stopped one never begun (the recordings of what the stopped
// one did not reach are the last finished lowering's still).

/** What must not depend on how the tree was made or what was kept: the program's parts and everything reported about it. */
function lowered(document: LoweredDocument): unknown {
  const { items, labels, symbols, storage, entries } = document.lowering.program;
  return { program: { items, labels, symbols, storage, entries }, notes: document.lowering.notes, unmodelled: document.lowering.unmodelled, names: document.lowering.names };
}

/** How many routines or procedures (chunks) the lowering lowered, not replayed. */
const loweredChunks = (document: LoweredDocument): number => ('chunks' in document.lowering ? (document.lowering.chunks as { readonly lowered: number }).lowered : Number.NaN);

for (const dialect of ['vxd-masm', 'riscos-objasm'] as const) {
  describe(`a ${dialect} lowering stopped part-way`, () => {
    const text = generateSource(dialect, 1500);
    const lines = text.split('\n');
    const third = Math.floor(lines.length / 3);
    // A comment on a line a third of the way down: the statements above it replay, and those below.
    const commented = [...lines.slice(0, third), `${lines[third] ?? ''} ; edited`, ...lines.slice(third + 1)].join('\n');
    // An instruction after a move a third of the way down: what follows moves by its size, replayed as moved copies.
    const move = lines.findIndex((line, i) => i >= third && /^\s+mov\s/i.test(line));
    const added = [...lines.slice(0, move + 1), dialect === 'vxd-masm' ? '        nop' : '        MOV     r0, r0', ...lines.slice(move + 1)].join('\n');

    /** Lowers `texts` in turn with one set of kept syntax trees; `stopAt`: the lowering of that index stops when it asks the `asks`th time. */
    async function lowerings(texts: readonly string[], stop?: { readonly index: number; readonly asks: number }): Promise<(LoweredDocument | 'stopped')[]> {
      const parsers = await sharedParsers();
      const syntaxTrees = new SyntaxTrees();
      const out: (LoweredDocument | 'stopped')[] = [];
      for (const [index, source] of texts.entries()) {
        const tree = await parsers.parse(dialect, source);
        let asked = 0;
        const cancelled = (): boolean => stop?.index === index && ++asked >= stop.asks;
        try {
          out.push(lowerDocument(dialect, { tree, text: source, file: `/tmp/cancelled-lowering.${dialect === 'vxd-masm' ? 'asm' : 's'}`, settings: DEFAULT_SETTINGS, syntaxTrees, cancelled }));
        } catch (error) {
          if (!(error instanceof LoweringCancelled)) throw error;
          out.push('stopped');
        } finally {
          tree.delete();
        }
      }
      return out;
    }

    for (const [edit, edited] of [['a comment', commented], ['an instruction', added]] as const) {
      test(`edited by ${edit}: stops when asked, and the next lowering gives what a fresh one does, lowering no more than without the stop`, async () => {
        const [fresh] = await lowerings([edited]);
        const [, uninterrupted] = await lowerings([text, edited]);
        // Stopped the third time it asks (a chunk of statements, a procedure or routine, is one step; a pass that resumes the last lowering's asks from where it resumes).
        const [, stopped, after] = await lowerings([text, edited, edited], { index: 1, asks: 3 });
        assert.equal(stopped, 'stopped');
        assert.ok(fresh !== 'stopped' && uninterrupted !== 'stopped' && after !== 'stopped' && fresh && uninterrupted && after);
        assert.deepEqual(lowered(after), lowered(fresh));
        assert.deepEqual(lowered(uninterrupted), lowered(fresh));
        // What the stopped lowering did lower (the edited chunk, when it got there) the next replays.
        assert.ok(loweredChunks(after) <= loweredChunks(uninterrupted), `${loweredChunks(after)} lowered, ${loweredChunks(uninterrupted)} without the stop`);
        assert.ok(loweredChunks(uninterrupted) < 10, `${loweredChunks(uninterrupted)} lowered`);
      });
    }
  });
}

describe('a riscos-bbcbasic lowering stopped part-way', () => {
  // One top-level statement, a loop BASIC runs 256 times, is most of the pass: the lowering asks before each statement
  // the loop's runs make, not only before each pass.
  const text = ['DIM code% 4096', 'P% = code%', 'FOR i% = 0 TO 255', '[OPT 2', ' MOV r0, #i%', ' STR r0, [r1, #i% * 4]', ']', 'NEXT', '[OPT 2', '.done MOV pc, lr', ']', ''].join('\n');

  /** Lowers `text` once per entry of `stops` with one set of kept syntax trees, each stopping when it asks that many times (never where undefined); counts the asks of each. */
  async function lowerings(stops: readonly (number | undefined)[]): Promise<{ readonly result: LoweredDocument | 'stopped'; readonly asks: number }[]> {
    const parsers = await sharedParsers();
    const syntaxTrees = new SyntaxTrees();
    const out: { result: LoweredDocument | 'stopped'; asks: number }[] = [];
    for (const stop of stops) {
      const tree = await parsers.parse('riscos-bbcbasic', text);
      let asks = 0;
      const cancelled = (): boolean => ++asks === stop;
      try {
        out.push({ result: lowerDocument('riscos-bbcbasic', { tree, text, file: '/tmp/CancelledLowering', settings: DEFAULT_SETTINGS, syntaxTrees, cancelled }), asks });
      } catch (error) {
        if (!(error instanceof LoweringCancelled)) throw error;
        out.push({ result: 'stopped', asks });
      } finally {
        tree.delete();
      }
    }
    return out;
  }

  test('stops inside a pass, in the runs of a loop, and the next lowering gives what a fresh one does', async () => {
    const [fresh] = await lowerings([undefined]);
    assert.ok(fresh && fresh.result !== 'stopped');
    // Two passes of 256 runs of the loop's lines: the lowering asks in them.
    assert.ok(fresh.asks > 2 * 256, `${fresh.asks} asks`);
    // The first pass asks before itself and its three first statements: the 100th ask is in its runs of the loop.
    const [stopped, after] = await lowerings([100, undefined]);
    assert.deepEqual([stopped?.result, stopped?.asks], ['stopped', 100]);
    assert.ok(after && after.result !== 'stopped');
    assert.deepEqual(lowered(after.result), lowered(fresh.result));
  });
});
