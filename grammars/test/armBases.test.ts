import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { grammarsRoot, read } from './grammarFiles.js';

// The ARM scanner finds a word's base by narrowing a run of ARM_BASES one
// letter at a time, which only works on a table in ASCII order; a base out of
// order, or longer than ARM_BASE_MAX, would silently stop being recognised.

test('ARM_BASES is in ASCII order, without repeats, and no name is longer than ARM_BASE_MAX', () => {
  const header = read(join(grammarsRoot, 'arm-common', 'arm_scanner.h'));
  const table = /static const ArmBase ARM_BASES\[\] = \{([\s\S]*?)\n\};/.exec(header)?.[1] ?? '';
  const names = [...table.matchAll(/ARM_BASE\("([^"]*)"/g)].map((m) => m[1] ?? '');
  const max = Number(/#define ARM_BASE_MAX (\d+)/.exec(header)?.[1]);
  assert.ok(names.length > 100, 'the table was found');
  for (let i = 1; i < names.length; i += 1) {
    const [before, name] = [names[i - 1] ?? '', names[i] ?? ''];
    assert.ok(before < name, `${before} sorts before ${name}`);
  }
  assert.equal(Math.max(...names.map((n) => n.length)), max);
  for (const name of names) assert.match(name, /^[A-Z0-9]+$/, 'upper-case ASCII, as the case folding assumes');
});
