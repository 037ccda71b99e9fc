import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ProgramBuilder, type X86Instruction } from '../../emulator/src/index.js';
import { entryKeys } from '../src/analysis/entryKeys.js';
import { repoRoot } from './support/paths.js';

// An entry's key must stay the same for the same program however often it is
// lowered again. Expressions are interned weakly and numbered when made, so a
// value whose node was collected comes back with a new number: the key must
// not see it. Collection needs --expose-gc, hence a child process.

const SCRIPT = `
import { ProgramBuilder, expr } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'emulator/src/index.ts')).href)};
import { entryKeys } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'server/src/analysis/entryKeys.ts')).href)};
function lowered() {
  const b = new ProgramBuilder('x86');
  const value = expr.add(expr.sym('Ext_Var', 32), expr.bv(4, 32));
  b.label('Start').instruction({ arch: 'x86', mnemonic: 'mov', operands: [{ kind: 'reg', reg: 'eax' }, { kind: 'imm', value }] }, 'mov eax, Ext_Var+4');
  b.instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret');
  b.entry('Start', 'Start');
  const program = b.build();
  return { key: entryKeys({ program, shared: {} }, '/src/test.asm')(program.entries[0]).key, id: value.id };
}
const first = lowered();
// A WeakRef's target lives at least until the current job ends.
await new Promise((resolve) => setTimeout(resolve, 0));
globalThis.gc();
await new Promise((resolve) => setTimeout(resolve, 0));
console.log(JSON.stringify({ first, second: lowered() }));
`;

test('an entry key does not change when the expressions of the program are made anew', () => {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: repoRoot, encoding: 'utf8' });
  const { first, second } = JSON.parse(out) as { first: { key: string; id: number }; second: { key: string; id: number } };
  assert.notEqual(first.id, second.id, 'the expression was collected and made again');
  assert.equal(first.key, second.key);
});

const FILE = '/src/moved.asm';

/** A procedure after `blank` empty lines, with what every entry shares naming a line of the file. */
function keyOf(blank: number, sharedLine: number): ReturnType<ReturnType<typeof entryKeys>> {
  const b = new ProgramBuilder<X86Instruction>('x86', { file: FILE });
  for (let i = 0; i < blank; i++) b.equate(`Blank_${i}`, { kind: 'const', width: 32, value: 0n });
  b.label('Start').instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret');
  b.entry('Start', 'Start');
  const program = b.build();
  const shared = { creation: { file: FILE, range: { start: { line: sharedLine, character: 0 }, end: { line: sharedLine, character: 4 } } } };
  return entryKeys({ program, shared }, FILE)(program.entries[0] as (typeof program.entries)[number]);
}

test('an entry moved down keeps its key, at new bases; the lines a pinned result matches change', () => {
  const before = keyOf(0, 0);
  const after = keyOf(3, 0);
  assert.equal(after.key, before.key);
  assert.deepEqual(after.bases.map((base, i) => base - (before.bases[i] as number)), [3, 3]);
  assert.notEqual(after.lines, before.lines);
});

test('a line named only by what every entry shares is not part of the key, but of the lines', () => {
  const before = keyOf(0, 10);
  const after = keyOf(0, 11);
  assert.equal(after.key, before.key);
  assert.notEqual(after.lines, before.lines);
});
