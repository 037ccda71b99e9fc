import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import { checkJson } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The benchmark's large files stand for the corpus they repeat: each copy
// must name what the original names, its includes of corpus files read in
// place (a generated file has no project around it to find them in), and
// the names macros paste together must match after the copy's renaming.
describe('the benchmark sources', () => {
  const folder = tempDir('pw-generated-');
  for (const [dialect, file] of [['riscos-objasm', 'Big.s'], ['vxd-masm', 'big.asm']] as const) {
    it(`${dialect}: every include, name and macro resolves, in two rounds of the corpus`, async () => {
      const text = generateSource(dialect, 7_000);
      const path = join(folder, file);
      writeFileSync(path, text);
      const unresolved = (await checkJson([path])).filter((f) => f.code === 'PW102' || f.code === 'PW103' || (f.code === 'PW900' && /unknown macro/.test(f.message)));
      assert.deepEqual(unresolved.map((f) => `${f.line} ${f.code} ${f.message}`), []);
    });
  }

  it('reads a file the corpus includes where it is included, and not by itself', () => {
    const text = generateSource('riscos-objasm', 7_000);
    assert.doesNotMatch(text, /^\s+GET\s+(?:s\.Handler|Hdr:RAMCache|Hdr:PhysBuf|hdr\.Workspace)\b/m);
    // RAMCache's s.Module GETs s.Handler: each copy of the handler is the one its module's copy registers.
    const defined = [...text.matchAll(/^(DynAreaHandler_\d+)\s+ROUT\b/gm)].map((m) => m[1]);
    const registered = [...text.matchAll(/^\s+ADRL?\s+r6,\s*(DynAreaHandler_\d+)\b/gim)].map((m) => m[1]);
    assert.ok(defined.length >= 2);
    assert.deepEqual(defined, registered);
  });
});
