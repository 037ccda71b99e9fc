import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isX86Mnemonic } from '../src/lowering/masm/x86Mnemonics.js';
import { repoRoot } from './support/paths.js';
import { instructionItems, lower } from './lowering-masm-support.js';

// Every VxD sample lowers without throwing, and what it cannot model is
// explained: the only unmodelled items left are calls to services of other
// devices (VPICD, SHELL), whose link codes the catalogue does not hold.

const DIRS = ['examples/corpus/vxd-masm', 'examples/vxd'];
const EXPLAINED = /^service (VPICD|SHELL)_\w+ is not in the catalogue: its link code is unknown$/;
const MAX_UNMODELLED = 10;

const files = DIRS.flatMap((d) => readdirSync(join(repoRoot, d)).filter((f) => /\.asm$/i.test(f)).map((f) => join(d, f)));

describe('MASM lowering of the sample corpus', () => {
  it('finds the samples', () => {
    assert.ok(files.length >= 9, files.join(', '));
  });

  let total = 0;
  for (const file of files) {
    it(`lowers ${file}`, async () => {
      const text = readFileSync(join(repoRoot, file), 'latin1');
      const r = await lower(text, { file });
      for (const u of r.unmodelled) console.log(`${file}:${u.source.range.start.line + 1}: ${u.message}`);
      total += r.unmodelled.length;
      assert.deepEqual(r.unmodelled.filter((u) => !EXPLAINED.test(u.message)), []);
      assert.deepEqual(r.notes, []);
      assert.ok(r.program.entries.length > 0);
      assert.ok(r.vmmCalls.length > 0);
      const lines = text.split('\n').length;
      for (const item of instructionItems(r)) {
        assert.equal(item.source.file, file);
        assert.ok(item.source.range.start.line < lines);
        assert.ok(isX86Mnemonic(item.instruction.mnemonic), `${file}: ${item.instruction.mnemonic}`);
      }
      for (const e of r.program.entries) assert.ok(r.program.itemAt(e.address)?.kind === 'instruction', `${file}: entry ${e.name}`);
    });
  }

  it(`leaves at most ${MAX_UNMODELLED} unmodelled items over the whole corpus`, () => {
    assert.ok(total <= MAX_UNMODELLED, `${total}`);
  });
});
