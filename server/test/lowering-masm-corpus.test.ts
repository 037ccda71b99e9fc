import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MACRO_MNEMONICS } from '../../emulator/src/index.js';
import { isX86Mnemonic } from '../src/lowering/masm/x86Mnemonics.js';
import { repoRoot } from './support/paths.js';
import { instructionItems, lower } from './lowering-masm-support.js';

// Every VxD sample lowers without throwing or leaving anything unmodelled
// but DMABUF.ASM's line with a syntax error, where exploration stops:
// calls to services of other devices (VPICD, SHELL), whose link codes the
// catalogue does not hold, are the model's vxdcall pseudo-instruction.

const BROKEN: Readonly<Record<string, readonly string[]>> = {
  'examples/vxd/DMABUF.ASM': ['"mov eax, [Dma_Handle" has a syntax error and is not analysed'],
};

const DIRS = ['examples/corpus/vxd-masm', 'examples/vxd'];

const files = DIRS.flatMap((d) => readdirSync(join(repoRoot, d)).filter((f) => /\.asm$/i.test(f)).map((f) => join(d, f)));

describe('MASM lowering of the sample corpus', () => {
  it('finds the samples', () => {
    assert.ok(files.length >= 9, files.join(', '));
  });

  for (const file of files) {
    it(`lowers ${file}`, async () => {
      const text = readFileSync(join(repoRoot, file), 'latin1');
      const r = await lower(text, { file });
      assert.deepEqual(r.unmodelled.map((u) => u.message), BROKEN[file] ?? []);
      assert.deepEqual(r.notes, []);
      assert.ok(r.program.entries.length > 0);
      assert.ok(r.vmmCalls.length > 0);
      const lines = text.split('\n').length;
      for (const item of instructionItems(r)) {
        assert.equal(item.source.file, file);
        assert.ok(item.source.range.start.line < lines);
        // A call to another device's service is the model's pseudo-instruction (its link code is unknown).
        const { mnemonic } = item.instruction;
        assert.ok(isX86Mnemonic(mnemonic) || MACRO_MNEMONICS.has(mnemonic), `${file}: ${mnemonic}`);
      }
      for (const e of r.program.entries) assert.ok(r.program.itemAt(e.address)?.kind === 'instruction', `${file}: entry ${e.name}`);
    });
  }
});
