#!/usr/bin/env node
// `npm run demo`: the checker over the bundled examples. The examples are
// meant to have findings, so exit status 1 ("error findings") is the expected
// outcome here; only 2 (usage or internal error) fails the demo.
//
// The corpus's one Windows 3.1 driver is checked as one, as its test checks
// it: free physical regions are 3.1's alone, and the corpus is clean code, so
// the default Windows 95 target would show a finding it does not have.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const W31_DRIVER = 'fprcache.asm';

/** The folder's entries, but for dotfiles and `except`. */
const entries = (folder, except) => readdirSync(folder).filter((f) => !f.startsWith('.') && f !== except).map((f) => `${folder}/${f}`);
const windows95 = [...entries('examples', 'corpus'), ...entries('examples/corpus', 'vxd-masm'), ...entries('examples/corpus/vxd-masm', W31_DRIVER)];

const check = (args) => spawnSync(process.execPath, ['dist/cli.js', 'check', ...args], { stdio: 'inherit' }).status;
const dir = mkdtempSync(join(tmpdir(), 'pagewarden-demo-'));
let statuses;
try {
  const w31 = join(dir, 'w31.json');
  writeFileSync(w31, JSON.stringify({ windows: { version: '3.1' } }));
  statuses = [check(windows95)];
  console.log('\nAs a Windows 3.1 driver (windows.version 3.1):');
  statuses.push(check(['--config', w31, `examples/corpus/vxd-masm/${W31_DRIVER}`]));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(statuses.every((s) => s === 0 || s === 1) ? 0 : 2);
