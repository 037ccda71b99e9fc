import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expr } from '../../emulator/src/index.js';
import { digestOf, movedAlike } from '../src/analysis/valueDigest.js';

const FILE = '/src/here.asm';
const span = (line: number, file = FILE): { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } =>
  ({ file, range: { start: { line, character: 2 }, end: { line, character: 9 } } });
const hash = (...parts: unknown[]): string => digestOf(parts, FILE, 'relative').hash;

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

test('lines relative to the first span keep the digest when all move together, with the first line as base', () => {
  const at = (first: number): ReturnType<typeof digestOf> => digestOf([span(first), { source: span(first + 2) }], FILE, 'relative');
  assert.equal(at(10).hash, at(20).hash);
  assert.equal(at(20).base, 20);
  assert.notEqual(digestOf([span(10), { source: span(12) }], FILE, 'relative').hash, digestOf([span(10), { source: span(13) }], FILE, 'relative').hash);
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
  assert.equal(digestOf([item(5)], FILE, 'relative').hash, digestOf([item(3)], FILE, 'relative').hash);
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

test('a digest does not depend on what the process digested before (each analysis worker has its own history)', async () => {
  const fresh = async (): Promise<typeof digestOf> => {
    const url = new URL(`../src/analysis/valueDigest.ts?instance=${Math.random()}`, import.meta.url).href;
    return ((await import(url)) as { digestOf: typeof digestOf }).digestOf;
  };
  const [first, second] = [await fresh(), await fresh()];
  first([{ zeta: 1, eta: [{ theta: 2 }] }], FILE, 'relative');
  const item = [{ kind: 'instruction', address: 4096n, source: span(4), theta: 'x' }];
  assert.equal(first(item, FILE, 'relative').hash, second(item, FILE, 'relative').hash);
});
