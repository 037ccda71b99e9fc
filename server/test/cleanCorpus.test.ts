import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './support/paths.js';
import { checkJson, type JsonFinding } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The clean corpus (examples/corpus/**) is code without paging bugs: the real
// analysis, through the real CLI with default settings, must report no error
// and no warning on it, and no PW900 for code it cannot model. Precision is
// the product: a finding here is a false positive or an analysis gap to fix
// in the tool. GET/include fragments are analysed in their includers, as the
// CLI does when it is given the whole folder. That includes budget notes: a
// procedure of the corpus cut short for time or paths is an analysis gap too.


/** The one Windows 3.1 driver of the corpus: free physical regions (PageMapFreePhysReg) exist only there. */
const W31_DRIVER = 'examples/corpus/vxd-masm/fprcache.asm';


const show = (fs: readonly JsonFinding[]): string[] => fs.map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`);

describe('the clean corpus', () => {
  const w31Config = join(tempDir('pw-corpus-'), 'w31.json');
  writeFileSync(w31Config, JSON.stringify({ windows: { version: '3.1' } }));
  // Named one by one (to keep the 3.1 driver out), so dotfiles such as .gitattributes are left out here.
  const vxds = readdirSync(join(repoRoot, 'examples/corpus/vxd-masm')).filter((f) => !f.startsWith('.'))
    .map((f) => `examples/corpus/vxd-masm/${f}`).filter((f) => f !== W31_DRIVER);
  // One CLI per group, run side by side.
  const groups: Record<string, readonly string[]> = {
    'VxD MASM (Windows 95)': vxds,
    'VxD MASM (Windows 3.1)': ['--config', w31Config, W31_DRIVER],
    'RISC OS ObjAsm': ['examples/corpus/riscos-objasm'],
    'RISC OS BBC BASIC': ['examples/corpus/riscos-bbcbasic'],
  };
  for (const [name, args] of Object.entries(groups)) {
    const run = checkJson(args);
    // Awaited by its test; this keeps an early failure from being an unhandled rejection meanwhile.
    run.catch(() => undefined);
    it(`${name}: no findings`, async () => {
      assert.deepEqual(show(await run), []);
    });
  }
});
