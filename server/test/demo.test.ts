import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/paths.js';

// `npm run demo` (after its build) shows what the checker finds in examples/:
// the bugs of examples/vxd and examples/riscos, and nothing in the clean
// corpus, whose Windows 3.1 driver it checks as a 3.1 driver, as the corpus
// test does. Checked as Windows 95 it would show a finding of the target
// (a flag documented for 3.1 alone), not of the code.

test('the demo reports the examples\' bugs and nothing in the clean corpus, the Windows 3.1 driver checked as one', () => {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/demo.mjs')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const findings = run.stdout.split('\n').filter((l) => /^examples\/.*: (error|warning|info) PW/.test(l));
  assert.deepEqual(findings.filter((l) => l.startsWith('examples/corpus/')), []);
  assert.ok(findings.some((l) => l.startsWith('examples/vxd/FREECACH.ASM') && l.includes('PW220')), 'the examples\' bugs are shown');
  assert.match(run.stdout, /As a Windows 3\.1 driver.*\n1 file checked: 0 errors, 0 warnings/);
});
