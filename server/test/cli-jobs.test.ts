import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';

// The examples with findings: VxD, ObjAsm and BBC BASIC files, findings with
// path notes, and a file with a syntax error.
const PATHS = ['examples/vxd', 'examples/riscos'];

describe('pagewarden check --jobs', () => {
  test('two worker threads report exactly what the serial run reports, in the same order', () => {
    for (const format of ['json', 'text']) {
      const serial = runCli(['check', '--jobs', '1', '--format', format, ...PATHS], repoRoot);
      const parallel = runCli(['check', '--jobs', '2', '--format', format, ...PATHS], repoRoot);
      assert.equal(serial.status, 1, serial.stderr);
      assert.equal(parallel.stderr, '');
      assert.equal(parallel.status, serial.status);
      assert.equal(parallel.stdout, serial.stdout);
    }
  });

  test('more jobs than files is fine', () => {
    const serial = runCli(['check', '--jobs', '1', 'examples/vxd/DMABUF.ASM'], repoRoot);
    const parallel = runCli(['check', '--jobs', '8', 'examples/vxd/DMABUF.ASM'], repoRoot);
    assert.equal(parallel.stdout, serial.stdout);
    assert.equal(parallel.status, serial.status);
  });

  test('--jobs must be a whole number of at least 1', () => {
    for (const jobs of ['0', '-1', 'two', '1.5']) {
      const run = runCli(['check', `--jobs=${jobs}`, 'examples/vxd'], repoRoot);
      assert.equal(run.status, 2, jobs);
      assert.match(run.stderr, /^pagewarden: --jobs needs a whole number of at least 1/);
    }
  });
});
