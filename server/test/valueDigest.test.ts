import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expr, type DataValue, type ProgramItem, type X86Instruction } from '../../emulator/src/index.js';
import { digestAt, digestOf, DigestWriter, movedAlike, movedItemsAlike } from '../src/analysis/valueDigest.js';

const FILE = '/src/here.asm';
const span = (line: number, file = FILE): { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } =>
  ({ file, range: { start: { line, character: 2 }, end: { line, character: 9 } } });
const hash = (...parts: unknown[]): string => digestOf(parts, FILE, 'absolute').hash;

test('values that differ only in how they split, nest or are typed have different digests', () => {
  const pairs: [unknown[], unknown[]][] = [
    [['ab', 'c'], ['a', 'bc']],
    [[{ x: 1 }], [{ x: '1' }]],
    [[1], [1n]],
    [[2n ** 40n], [(2n ** 40n).toString(16)]],
    [[-1], [0xffff_ffff]],
    [[0.5], [1]],
    [[[]], [{}]],
    [[undefined], [null]],
    [[{ a: 1, b: 2 }], [{ b: 2, a: 1 }]],
    [[[1, [2]]], [[1, 2]]],
    [[{ a: [1] }], [{ a: 1 }]],
    [[expr.add(expr.sym('x', 32), expr.bv(1, 32))], [expr.add(expr.sym('y', 32), expr.bv(1, 32))]],
    [[expr.add(expr.sym('x', 32), expr.bv(1, 32))], [expr.add(expr.sym('x', 32), expr.bv(2, 32))]],
    [[span(3)], [span(3, '/src/other.asm')]],
    [[span(3), { at: span(5) }], [span(3), { at: span(6) }]],
  ];
  for (const [a, b] of pairs) assert.notEqual(hash(...a), hash(...b), `${String(a)} / ${String(b)}`);
});

test('equal values have equal digests, however they were made', () => {
  const make = (): unknown[] => [{ kind: 'instruction', address: 4096n, operands: [expr.add(expr.sym('x', 32), expr.bv(1, 32))], source: span(4) }, 'text'];
  assert.equal(hash(...make()), hash(...make()));
  const shared = make();
  assert.equal(hash(...shared), hash(...shared));
});

test('lines kept apart leave the digest, with their columns in it, for a layout counted from the first line, the base', () => {
  const apart = (first: number, second = first + 2): ReturnType<typeof digestOf> => digestOf([span(first), { source: span(second) }], FILE, 'apart');
  assert.equal(apart(10).hash, apart(20).hash);
  assert.equal(apart(20).base, 20);
  assert.deepEqual(apart(20).layout, apart(10).layout, 'moved together: the same layout');
  assert.deepEqual(apart(10).layout?.offsets, [0, 0, 2, 2]);
  assert.equal(apart(10, 13).hash, apart(10).hash, 'a line further apart');
  assert.notEqual(apart(10, 13).layout?.print, apart(10).layout?.print);
  assert.deepEqual(apart(10, 13).layout?.offsets, [0, 0, 3, 3]);
  const column = { file: FILE, range: { start: { line: 12, character: 3 }, end: { line: 12, character: 9 } } };
  assert.notEqual(digestOf([span(10), { source: column }], FILE, 'apart').hash, apart(10).hash, 'another column');
  assert.equal(digestOf([{ source: span(1, '/src/other.asm') }], FILE, 'apart').layout, undefined, 'no line of the document');
});

test('a digest placed at an address differs with the address and the values, and keeps their lines', () => {
  const relative = (offset: number, line = 10): ReturnType<typeof digestOf> => digestOf([offset, { source: span(line) }, { source: span(line + 3) }], FILE, 'apart');
  const placed = digestAt(relative(4), 4096n);
  assert.equal(placed.hash, digestAt(relative(4), 4096n).hash);
  assert.notEqual(placed.hash, relative(4).hash);
  assert.notEqual(placed.hash, digestAt(relative(4), 4100n).hash, 'another start');
  assert.notEqual(placed.hash, digestAt(relative(8), 4096n).hash, 'another offset');
  assert.equal(placed.base, 10);
  assert.deepEqual(placed.layout, relative(4).layout);
  assert.equal(digestAt(relative(4, 20), 4096n).hash, placed.hash, 'moved down');
  assert.equal(digestAt(relative(4, 20), 4096n).base, 20);
});

test('a writer given numbers and strings as parts reads them as a digest of those parts does, told apart by type and split', () => {
  const written = (...parts: unknown[]): string => {
    const writer = new DigestWriter(FILE, 'apart');
    for (const part of parts) writer.part(part);
    return writer.finish().hash;
  };
  assert.equal(written(4, 'mov eax, 4', span(3), { x: 1 }), digestOf([4, 'mov eax, 4', span(3), { x: 1 }], FILE, 'apart').hash);
  assert.notEqual(written(4, 16), written(16, 4));
  assert.notEqual(written(4), written(4n));
  assert.notEqual(written('ab', 'c'), written('a', 'bc'));
  assert.notEqual(written(undefined), written(null));
});

test('absolute lines change the digest when they move; left-out lines do not', () => {
  assert.notEqual(digestOf([span(10)], FILE, 'absolute').hash, digestOf([span(11)], FILE, 'absolute').hash);
  assert.equal(digestOf([{ source: span(10) }], FILE, 'none').hash, digestOf([{ source: span(11) }], FILE, 'none').hash);
  assert.equal(digestOf([span(10)], FILE, 'none').base, undefined);
});

test('a span of another file is read as it is, whatever the lines mode', () => {
  const other = (line: number): string => digestOf([span(line, '/src/other.asm')], FILE, 'none').hash;
  assert.notEqual(other(10), other(11));
});

test('a copy with every span of the file moved alike reads as the original, as its digest does', () => {
  const instruction = { mnemonic: 'mov', operands: [expr.add(expr.sym('x', 32), expr.bv(1, 32)), expr.bv(4, 32)] };
  const item = (line: number, other = 7): unknown => ({ address: 16n, instruction, source: span(line), include: span(other, '/src/other.inc') });
  assert.ok(movedAlike(item(3), item(5), FILE, 2));
  assert.deepEqual(digestOf([item(5)], FILE, 'apart').layout, digestOf([item(3)], FILE, 'apart').layout);
  const cases: [unknown, unknown, number, string][] = [
    [item(3), item(5), 1, 'moved by another count'],
    [item(3), item(5, 8), 2, 'a span of another file moved'],
    [item(3), { ...(item(5) as object), address: 20n }, 2, 'another address'],
    [{ a: 1, b: span(3) }, { b: span(5), a: 1 }, 2, 'fields in another order'],
    [{ a: 1 }, { a: 1, b: undefined }, 0, 'a field more'],
    [[span(3), span(4)], [span(5), span(5)], 2, 'spans moved apart'],
  ];
  for (const [a, b, rows, what] of cases) assert.ok(!movedAlike(a, b, FILE, rows), what);
});

test('an object shared by an original and its copy is alike only unmoved where it holds a span of the file', () => {
  const shared = { at: span(3) };
  assert.ok(movedAlike([shared], [shared], FILE, 0));
  assert.ok(!movedAlike([shared], [shared], FILE, 1));
  const elsewhere = { at: span(3, '/src/other.inc') };
  assert.ok(movedAlike([elsewhere], [elsewhere], FILE, 1));
});

test('program items moved as copies that share their instruction or values read as the originals moved, and only then', () => {
  const mov = (): X86Instruction => ({ arch: 'x86', mnemonic: 'mov', operands: [{ kind: 'imm', value: expr.bv(4, 32) }] });
  const instruction = mov();
  const values: DataValue[] = [{ bytes: 4, value: expr.bv(7, 32) }];
  const code = (line: number, address = 4096n, file = FILE, what = instruction): ProgramItem => ({ kind: 'instruction', address, size: 16, instruction: what, source: span(line, file), text: 'mov eax, 4' });
  const data = (line: number, writable?: true): ProgramItem => ({ kind: 'data', address: 8192n, size: 4, values, source: span(line), ...(writable ? { writable } : {}) });
  const before = [code(3), data(4), code(9, 4112n, '/src/other.inc')];
  assert.ok(movedItemsAlike(before, [code(5), data(6), code(9, 4112n, '/src/other.inc')], FILE, 2));
  assert.ok(movedItemsAlike(before, before, FILE, 0));
  const made = mov();
  assert.ok(movedItemsAlike([code(3)], [code(5, 4096n, FILE, made)], FILE, 2), 'an instruction made anew is read');
  const cases: [ProgramItem[], number, string][] = [
    [[code(5), data(6), code(9, 4112n, '/src/other.inc')], 1, 'moved by another count'],
    [[code(5), data(6), code(10, 4112n, '/src/other.inc')], 2, 'a line of another file moved'],
    [[code(5, 4100n), data(6), code(9, 4112n, '/src/other.inc')], 2, 'another address'],
    [[code(5), data(6, true), code(9, 4112n, '/src/other.inc')], 2, 'writable'],
    [[{ kind: 'instruction', address: 4096n, size: 16, instruction, source: span(5), text: 'mov eax, 5' }, data(6), code(9, 4112n, '/src/other.inc')], 2, 'another text'],
    [[code(5, 4096n, FILE, { ...made, mnemonic: 'add' }), data(6), code(9, 4112n, '/src/other.inc')], 2, 'another instruction'],
    [[code(5), { kind: 'data', address: 8192n, size: 4, values: [{ bytes: 4, value: expr.bv(8, 32) }], source: span(6) }, code(9, 4112n, '/src/other.inc')], 2, 'other values'],
    [[code(5), data(6)], 2, 'an item fewer'],
    [before, 2, 'the same items, not moved'],
  ];
  for (const [after, rows, what] of cases) assert.ok(!movedItemsAlike(before, after, FILE, rows), what);
});

test('a digest does not depend on what the process digested before (each analysis worker has its own history)', async () => {
  const fresh = async (): Promise<typeof digestOf> => {
    const url = new URL(`../src/analysis/valueDigest.ts?instance=${Math.random()}`, import.meta.url).href;
    return ((await import(url)) as { digestOf: typeof digestOf }).digestOf;
  };
  const [first, second] = [await fresh(), await fresh()];
  first([{ zeta: 1, eta: [{ theta: 2 }] }], FILE, 'apart');
  const item = [{ kind: 'instruction', address: 4096n, source: span(4), theta: 'x' }];
  assert.equal(first(item, FILE, 'apart').hash, second(item, FILE, 'apart').hash);
});
