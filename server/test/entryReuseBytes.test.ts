import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import { insertLine, linesMatching, Random, replaced, type Change } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';
import { repoRoot } from './support/paths.js';
import { TWO_MODULES } from './support/twoModules.js';

// An instruction inserted into or removed from ObjAsm code moves the code
// after it on by its size: the entries that reach that code are analysed
// again, and those that reach none of it keep their results, a dynamic-area
// handler's with them as long as its area's pool kind is the same. Whatever
// was kept, the document's state after each edit must be a fresh analysis's
// of the same text (`KeptDocument.checked`).

const LANGUAGE = 'riscos-objasm';

const INSTRUCTIONS = ['\tMOV\tr0, r0', '\tMOV\tr9, r9', '\tADD\tr1, r1, #0\n\tMOV\tr0, r0'];

/**
 * One random edit, most of them moving the code after them by bytes: one
 * or two instructions inserted before an instruction (above, inside or
 * below a handler, wherever the instruction is) or anywhere, an instruction
 * removed; else a comment line inserted or a comment appended, which move
 * only lines.
 */
function byteEdit(text: string, random: Random): { change: Change; what: string; bytes: boolean } {
  const lines = text.split('\n');
  const code = linesMatching(lines, /^\w*\s+(MOV|ADD|SUB|LDR|STR|CMP|TEQ|SWI|BL?|ADR)\s/i);
  const anywhere = random.below(Math.max(1, lines.length - 1));
  const row = random.pick(code) ?? anywhere;
  const instruction = random.pick(INSTRUCTIONS) as string;
  switch (random.below(8)) {
    case 0: return { change: insertLine(anywhere, instruction), what: `instruction at line ${anywhere}`, bytes: true };
    case 1: case 2: case 3: return { change: insertLine(row, instruction), what: `instruction before line ${row}`, bytes: true };
    case 4: case 5: {
      // Unlabelled instructions only, so that no name goes undefined.
      const plain = random.pick(code.filter((r) => /^\s/.test(lines[r] ?? ''))) ?? row;
      return { change: { range: { start: { line: plain, character: 0 }, end: { line: plain + 1, character: 0 } }, text: '' }, what: `instruction at line ${plain} removed`, bytes: true };
    }
    case 6: return { change: insertLine(anywhere, '; a new line'), what: `comment line at ${anywhere}`, bytes: false };
    default: {
      const end = { line: row, character: (lines[row] ?? '').length };
      return { change: { range: { start: end, end }, text: ' ; edited' }, what: `comment appended at line ${row}`, bytes: false };
    }
  }
}

const TWO_MODULES_FILE = '/work/two/s/TwoMods';

describe('ObjAsm edits that move code by bytes', { timeout: 600_000 }, () => {
  test('an instruction before a dynamic-area handler runs again the entries that reach it or lie after it, and no other', async () => {
    const { document, state } = await KeptDocument.open(LANGUAGE, TWO_MODULES_FILE, TWO_MODULES);
    assert.deepEqual(state.statistics, { analysed: 8, reused: 0 });
    const after = await document.edit(replaced(document.current, '        STR     r0, [r12]\n        MOV     pc, lr', '        STR     r0, [r12]\n        MOV     r9, r9\n        MOV     pc, lr'));
    // Final, Service, SWIs and Info lie before the insertion and reach neither it nor the handler; Init calls Clear and names Handler.
    assert.deepEqual(after.statistics, { analysed: 4, reused: 4 });
    await document.checked(after, 'instruction in Clear');
  });

  test('a creation that makes the handler\'s area a physical memory pool runs the handler again', async () => {
    const { document } = await KeptDocument.open(LANGUAGE, TWO_MODULES_FILE, TWO_MODULES);
    const after = await document.edit(replaced(document.current, '        MOV     r4, #0\n', '        MOV     r4, #1 :SHL: 20\n'));
    // Init, whose code changed, and the handler, whose pool kind did.
    assert.deepEqual(after.statistics, { analysed: 2, reused: 6 });
    await document.checked(after, 'pool flag');
  });

  const sources: readonly (readonly [string, string])[] = [
    [TWO_MODULES_FILE, TWO_MODULES],
    ...['RAMCache/s/Module', 'FramePool/s/Pool'].map((path): [string, string] => {
      const file = join(repoRoot, 'examples', 'corpus', LANGUAGE, path);
      return [file, readFileSync(file, 'utf8')];
    }),
    [join(repoRoot, 'examples', 'corpus', LANGUAGE, 'generated.s'), generateSource(LANGUAGE, 700)],
  ];
  for (const [index, [file, text]] of sources.entries()) {
    test(`random instructions inserted and removed in ${file.slice(file.lastIndexOf('/') + 1)} leave what a fresh analysis finds, and keep entries`, async () => {
      const { document, state } = await KeptDocument.open(LANGUAGE, file, text);
      await document.checked(state, 'the open');
      const random = new Random(7919 * (index + 1));
      let kept = 0;
      for (let n = 0; n < 12; n++) {
        const { change, what, bytes } = byteEdit(document.current, random);
        const after = await document.edit(change);
        await document.checked(after, `edit ${n}: ${what}`);
        if (bytes) kept += after.statistics.reused;
      }
      assert.ok(kept > 0, 'edits that moved code by bytes kept some entries\' results');
    });
  }
});
