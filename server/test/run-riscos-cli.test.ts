import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';

// `pagewarden run` on the RISC OS examples over the built CLI.

const MAKE_AREA = join(repoRoot, 'examples/riscos/bas/MakeArea,fd1');

test('pagewarden run on the BBC BASIC example: the concrete PreGrow writes through R1 = 0, PW307 at line 16', () => {
  const run = runCli(['run', MAKE_AREA, '--entry', 'handler%']);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^ {2}16:9 PW307 This handler writes through R1, which is 0 for an area without flag bit 8/m);
  assert.match(run.stdout, /^ {2}19:9 PW304 PreGrow returns with R9 changed/m);
});
