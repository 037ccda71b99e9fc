#!/usr/bin/env node
// Runs every *.test.ts under the layers with node's own test runner (tsx
// compiles TypeScript on the fly). Extra arguments are passed to `node --test`,
// e.g. `node scripts/test.mjs --test-name-pattern=PW210`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const roots = ['emulator/test', 'server/test', 'grammars/test', 'client/test'];

function testFiles(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = roots.flatMap(testFiles).map((f) => relative(process.cwd(), f)).sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
