import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, and, bv, constValue, eq, extract, ite, mul, sym } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { evaluate } from '../src/values/evaluate.js';
import { exprEquals } from '../src/values/key.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';

// A store at a base plus a stride no bound limits (`STR r8, [r3], #Size`
// walking a page block) may have written any word of the base's region:
// each word reads `ite(address == word, value, old)`, made when read.

// Every interned node takes the next id: a probe symbol's id counts the nodes made before it.
let probes = 0;
const nextId = (): number => { const p = sym(`stepped test probe${probes++}`); return p.kind === 'sym' ? p.id : -1; };
const nodesMadeBy = (run: () => void): number => {
  const before = nextId();
  run();
  return nextId() - before - 1;
};

const block = sym('stepped block'), stride = sym('stepped stride');
const wordAt = (e: Expr): Expr => and(e, bv(0xfffffffc));
const once = wordAt(add(block, stride)), twice = wordAt(add(block, mul(stride, bv(2))));
const cell = (offset: number): Expr => add(block, bv(offset));
/** The word at `offset` after a stepped store of `value` at `address`, as the memory makes it. */
const choice = (address: Expr, value: Expr, offset: number, old: Expr): Expr => ite(eq(address, cell(offset)), value, old);

/** A block of two words, both -1, then two stepped stores. */
function stepped(first: Expr, second: Expr): SymbolicMemory {
  const m = new SymbolicMemory();
  m.store(cell(4), bv(-1), 4);
  m.store(cell(16), bv(-1), 4);
  m.store(once, first, 4);
  m.store(twice, second, 4);
  return m;
}

test('stepped stores make no node until a word is read, and a word read makes only its own choices', () => {
  const first = sym('stepped first'), second = sym('stepped second');
  const m = new SymbolicMemory();
  m.store(cell(4), bv(-1), 4);
  m.store(cell(16), bv(-1), 4);
  assert.equal(nodesMadeBy(() => { m.store(once, first, 4); m.store(twice, second, 4); }), 0, 'the stores make nothing');
  let entry: Expr = bv(0);
  assert.equal(nodesMadeBy(() => { entry = m.load(cell(4), 4); }), 4, 'an equality and an ite per store, for the word read only');
  assert.ok(exprEquals(entry, choice(twice, second, 4, choice(once, first, 4, bv(-1)))));
  assert.equal(nodesMadeBy(() => m.load(cell(4), 4)), 0, 'a word read again is the one made');
  const at = (s: bigint) => evaluate(entry, new Map([['stepped block', 0x1000n], ['stepped stride', s], ['stepped first', 7n], ['stepped second', 9n]]));
  assert.deepEqual([at(2n), at(4n), at(8n)], [9n, 7n, 0xffffffffn]);
  assert.equal(m.inputs.length, 0);
});

test('a byte or half of a stepped word reads as its slice of the choice', () => {
  const first = sym('stepped byte first'), second = sym('stepped byte second');
  const m = stepped(first, second);
  const word = choice(twice, second, 16, choice(once, first, 16, bv(-1)));
  assert.ok(exprEquals(m.load(cell(17), 1), extract(word, 8, 8)));
  assert.ok(exprEquals(m.load(cell(18), 2), extract(word, 16, 16)));
  assert.ok(!exprEquals(m.load(cell(4), 4), word), 'another word has its own choices');
});

test('a clone written after stepped stores keeps them on its other words, and the original keeps them on all', () => {
  const first = sym('stepped copy first'), second = sym('stepped copy second');
  const m = stepped(first, second);
  const copy = m.clone();
  copy.store(cell(4), bv(3), 4);
  assert.equal(constValue(copy.load(cell(4), 4)), 3n, 'the word the copy wrote');
  assert.ok(exprEquals(copy.load(cell(16), 4), choice(twice, second, 16, choice(once, first, 16, bv(-1)))), 'the written copy keeps the choices of the word it did not write');
  assert.ok(exprEquals(m.load(cell(4), 4), choice(twice, second, 4, choice(once, first, 4, bv(-1)))), 'the original is not written through the copy');
  const later = m.clone();
  later.store(add(block, mul(stride, bv(3))), sym('stepped copy third'), 4);
  assert.ok(exprEquals(m.load(cell(16), 4), choice(twice, second, 16, choice(once, first, 16, bv(-1)))), 'a stepped store on a clone leaves the original');
});

test('a store of another size applies the stepped stores before it', () => {
  const first = sym('stepped size first'), narrow = sym('stepped size narrow', 8);
  const m = new SymbolicMemory();
  m.store(cell(4), bv(-1), 4);
  m.store(once, first, 4);
  const byteAt = add(block, stride);
  m.store(byteAt, narrow, 1);
  const entry = m.load(cell(4), 4);
  const at = (s: bigint) => evaluate(entry, new Map([['stepped block', 0x1000n], ['stepped stride', s], ['stepped size first', 0x11223344n], ['stepped size narrow', 0xaan]]));
  assert.deepEqual([at(4n), at(5n), at(7n), at(8n)], [0x112233aan, 0x1122aa44n, 0xaa223344n, 0xffffffffn]);
});

test('a region with a word partly written reads the missing bytes when the stepped store is made', () => {
  const m = new SymbolicMemory();
  m.store(cell(4), bv(-1), 4);
  m.store(cell(9), bv(0x55, 8), 1);
  m.store(once, sym('stepped partial'), 4);
  assert.equal(m.inputs.length, 1, 'the word at 8 lacks three bytes: one input, read now');
  m.store(cell(12), bv(0, 32), 4);
  assert.equal(m.inputs.length, 1, 'and no other');
});

test('a join of memories that share their stepped stores makes no choice, and one of memories that differ chooses per word', () => {
  const first = sym('stepped join first'), second = sym('stepped join second');
  const m = stepped(first, second);
  const side = sym('stepped side', 1);
  let shared: SymbolicMemory | undefined;
  assert.equal(nodesMadeBy(() => { shared = m.clone().joinWith(m.clone(), side); }), 0, 'one region on both sides is not walked');
  assert.ok(shared && exprEquals(shared.load(cell(4), 4), choice(twice, second, 4, choice(once, first, 4, bv(-1)))));
  const other = m.clone();
  other.store(cell(16), bv(0), 4);
  const joined = m.clone().joinWith(other, side);
  assert.ok(joined);
  const entry = joined.load(cell(16), 4);
  const at = (s: bigint, c: bigint) => evaluate(entry, new Map([['stepped block', 0x1000n], ['stepped stride', s], ['stepped join first', 7n], ['stepped join second', 9n], ['stepped side', c]]));
  assert.deepEqual([at(16n, 1n), at(8n, 1n), at(4n, 1n), at(16n, 0n)], [7n, 9n, 0xffffffffn, 0n], 'this side\'s choices, the other side\'s word');
  assert.ok(exprEquals(joined.load(cell(4), 4), choice(twice, second, 4, choice(once, first, 4, bv(-1)))), 'a word both sides hold alike is not chosen');
});

test('memories with the same stepped stores made apart are the same; another stored value is not', () => {
  const first = sym('stepped same first'), second = sym('stepped same second');
  const a = stepped(first, second), b = stepped(first, second), c = stepped(first, sym('stepped same other'));
  assert.ok(a.sameAs(b) && b.sameAs(a));
  assert.ok(!a.sameAs(c) && !c.sameAs(a));
});
