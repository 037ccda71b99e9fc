import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ProgramBuilder, type X86Instruction } from '../../emulator/src/index.js';
import { entryKeys } from '../src/analysis/entryKeys.js';
import { lower } from './lowering-masm-support.js';
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
  assert.notEqual(after.lines(), before.lines());
});

test('a line named only by what every entry shares is not part of the key, but of the lines', () => {
  const before = keyOf(0, 10);
  const after = keyOf(0, 11);
  assert.equal(after.key, before.key);
  assert.notEqual(after.lines(), before.lines());
});

// Three procedures: one reads an equate, one reads data, one neither.
const READERS = `        .386p
        include vmm.inc

PAGE_COUNT      EQU     4

VxD_LOCKED_DATA_SEG
Page_Limit      dd      10
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Uses_Equate
        mov     eax, PAGE_COUNT
        ret
EndProc Uses_Equate

BeginProc Reads_Data
        mov     eax, [Page_Limit]
        ret
EndProc Reads_Data

BeginProc Reads_Nothing
        xor     eax, eax
        ret
EndProc Reads_Nothing

VxD_LOCKED_CODE_ENDS
        END
`;

/** Each entry's key, by name, for `text` lowered as the file `test.asm`. */
async function keysOf(text: string): Promise<Map<string, string>> {
  const { program } = await lower(text);
  const keyOf = entryKeys({ program, shared: {} }, 'test.asm');
  return new Map(program.entries.map((entry) => [entry.name, keyOf(entry).key]));
}

/** The names of the entries whose keys differ between two lowerings. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  assert.deepEqual([...after.keys()], [...before.keys()]);
  return [...before].filter(([name, key]) => after.get(name) !== key).map(([name]) => name);
}

test('an edit of an equate changes the key of exactly the entry whose code uses it', async () => {
  const before = await keysOf(READERS);
  assert.deepEqual(changed(before, await keysOf(READERS.replace('PAGE_COUNT      EQU     4', 'PAGE_COUNT      EQU     5'))), ['Uses_Equate']);
});

test('an edit of data changes the key of exactly the entry whose code reads it', async () => {
  const before = await keysOf(READERS);
  assert.deepEqual(changed(before, await keysOf(READERS.replace('Page_Limit      dd      10', 'Page_Limit      dd      11'))), ['Reads_Data']);
});

test('an edit of a comment changes no key', async () => {
  const before = await keysOf(READERS);
  assert.deepEqual(changed(before, await keysOf(READERS.replace('        xor     eax, eax', '        xor     eax, eax ; zero'))), []);
});

test('keys of items given again are the keys of the same items made anew', async () => {
  const { program } = await lower(READERS);
  const again = entryKeys({ program, shared: {} }, 'test.asm');
  const first = entryKeys({ program, shared: {} }, 'test.asm');
  const anew = await keysOf(READERS);
  for (const entry of program.entries) {
    assert.equal(first(entry).key, anew.get(entry.name));
    assert.equal(again(entry).key, anew.get(entry.name));
  }
});

/** A procedure after `blank` empty lines, keyed first as part of its own file and then as part of another. */
function keyedElsewhere(blank: number): string {
  const b = new ProgramBuilder<X86Instruction>('x86', { file: FILE });
  for (let i = 0; i < blank; i++) b.equate(`Blank_${i}`, { kind: 'const', width: 32, value: 0n });
  b.label('Start').instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret');
  b.entry('Start', 'Start');
  const program = b.build();
  const entry = program.entries[0] as (typeof program.entries)[number];
  entryKeys({ program, shared: {} }, FILE)(entry);
  return entryKeys({ program, shared: {} }, '/src/other.asm')(entry).key;
}

test('items keyed for their own file and then for another keep their lines as they are in the other', () => {
  // For its own file an entry's lines are relative (moving it keeps its key); for another file they are not.
  assert.equal(keyOf(0, 0).key, keyOf(3, 0).key);
  assert.notEqual(keyedElsewhere(0), keyedElsewhere(3));
});
