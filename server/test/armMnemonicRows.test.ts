import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARM_COPROCESSOR_MNEMONICS, FPA_MNEMONICS } from '../../emulator/src/index.js';
import { splitArmMnemonic } from '../src/features/knowledge/armMnemonics.js';
import { repoRoot } from './support/paths.js';

// Hover explains a mnemonic from its row; the coprocessor's and the FPA's
// need one each, read with the condition split off as the grammar splits it.

/** The base mnemonics the grammars' ARM scanner knows. */
function scannerBases(): string[] {
  const header = readFileSync(join(repoRoot, 'grammars', 'arm-common', 'arm_scanner.h'), 'utf8');
  return [...header.matchAll(/ARM_BASE\("([A-Z0-9]+)"/g)].map((m) => m[1] ?? '');
}

test('every coprocessor and FPA mnemonic the grammars know has a hover row', () => {
  const bases = scannerBases().filter((b) => ARM_COPROCESSOR_MNEMONICS.has(b.toLowerCase()) || FPA_MNEMONICS.has(b.toLowerCase()));
  assert.ok(bases.length > 40, 'the FPA and coprocessor bases were found');
  for (const base of bases) assert.ok(splitArmMnemonic(base), base);
});

test('a row is found under the condition, precision and rounding: LDFNED, ADFEQSZ, CMFEEQ', () => {
  assert.deepEqual([splitArmMnemonic('LDFNED')?.base, splitArmMnemonic('LDFNED')?.condition], ['LDF', 'NE']);
  assert.deepEqual([splitArmMnemonic('ADFEQSZ')?.base, splitArmMnemonic('ADFEQSZ')?.condition], ['ADF', 'EQ']);
  assert.equal(splitArmMnemonic('CMFEEQ')?.base, 'CMFE');
  assert.match(splitArmMnemonic('STFE')?.info.summary ?? '', /E and P 12/);
  assert.equal(splitArmMnemonic('CMF')?.info.flags, 'N Z C V');
});
