import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import { checkRandomByteEdits, type ByteEditDialect } from './support/byteEdits.js';
import { Random, replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';
import { repoRoot } from './support/paths.js';
import { TWO_MODULES } from './support/twoModules.js';

// An instruction inserted into or removed from ObjAsm code moves the code
// after it on by its size, up to the next routine that nothing runs into,
// which starts a slot of its own (riscos/layout.ts): the entries that reach
// the code that moved are analysed again, and those that reach none of it
// keep their results, a dynamic-area handler's with them as long as its
// area's pool kind is the same. Whatever was kept, the document's state
// after each edit must be a fresh analysis's of the same text
// (`KeptDocument.checked`).

const LANGUAGE = 'riscos-objasm';

const DIALECT: ByteEditDialect = {
  code: /^\w*\s+(MOV|ADD|SUB|LDR|STR|CMP|TEQ|SWI|BL?|ADR)\s/i,
  instructions: ['\tMOV\tr0, r0', '\tMOV\tr9, r9', '\tADD\tr1, r1, #0\n\tMOV\tr0, r0'],
};

const TWO_MODULES_FILE = '/work/two/s/TwoMods';

describe('ObjAsm edits that move code by bytes', { timeout: 600_000 }, () => {
  test('an instruction inside a routine before a dynamic-area handler runs again the entries that reach the routine, and no other', async () => {
    const { document, state } = await KeptDocument.open(LANGUAGE, TWO_MODULES_FILE, TWO_MODULES);
    assert.deepEqual(state.statistics, { analysed: 8, reused: 0 });
    const after = await document.edit(replaced(document.current, '        STR     r0, [r12]\n        MOV     pc, lr', '        STR     r0, [r12]\n        MOV     r9, r9\n        MOV     pc, lr'));
    // Clear, and Init, which calls it. Clear still ends returning, so Handler and the code after it keep their slots:
    // the handler, whose jump table reads the PC, keeps its result, as do the entries before the insertion.
    assert.deepEqual(after.statistics, { analysed: 2, reused: 6 });
    await document.checked(after, 'instruction in Clear');
  });

  test('an instruction that lets a routine run on into the dynamic-area handler lays the handler out right after it, and runs it again', async () => {
    const { document } = await KeptDocument.open(LANGUAGE, TWO_MODULES_FILE, TWO_MODULES);
    const clear = 'Clear   ROUT\n        MOV     r0, #0\n        STR     r0, [r12]\n        MOV     pc, lr\n';
    const after = await document.edit(replaced(document.current, clear, `${clear}        MOV     r9, r9\n`));
    // Clear runs on into Handler, laid out packed after it, with the second module's code up to Helper2's slot: Clear,
    // Init (which calls Clear and names Handler) and Handler run again; Helper2 keeps its slot and its result.
    assert.deepEqual(after.statistics, { analysed: 3, reused: 5 });
    await document.checked(after, 'instruction after Clear\'s return');
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
      await checkRandomByteEdits(LANGUAGE, file, text, new Random(7919 * (index + 1)), DIALECT);
    });
  }
});
