import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, and, bv, eq, extract, ite, neg, not, sub, sym, symbolBit, zext } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { knownBits, knownBitsUnder } from '../src/values/known-bits.js';
import type { KnownBits } from '../src/values/known-bits.js';

const W = 4;
const M = (1n << BigInt(W)) - 1n;

/** Every partial knowledge of a W-bit value: each bit 0, 1 or unknown. */
function patterns(): KnownBits[] {
  const out: KnownBits[] = [];
  for (let code = 0; code < 3 ** W; code++) {
    let zeros = 0n, ones = 0n;
    for (let i = 0, c = code; i < W; i++, c = Math.floor(c / 3)) {
      if (c % 3 === 1) zeros |= 1n << BigInt(i);
      if (c % 3 === 2) ones |= 1n << BigInt(i);
    }
    out.push({ zeros, ones });
  }
  return out;
}

function values(bits: KnownBits): bigint[] {
  const out: bigint[] = [];
  for (let v = 0n; v <= M; v++) if ((v & bits.zeros) === 0n && (v & bits.ones) === bits.ones) out.push(v);
  return out;
}

/** The bits every concrete result agrees on. */
function exact(results: bigint[]): KnownBits {
  let ones = M, zeros = M;
  for (const r of results) { ones &= r; zeros &= ~r & M; }
  return { zeros, ones };
}

const x = sym('x', W), y = sym('y', W);

function bitsOf(e: Expr, a: KnownBits, b: KnownBits): KnownBits {
  return knownBits(e, (name) => (name === 'x' ? a : name === 'y' ? b : undefined));
}

test('known bits of add are exactly the bits every sum agrees on; sub and neg are sound', () => {
  const all = patterns();
  for (const a of all) {
    const as = values(a);
    const n = bitsOf(neg(x), a, a);
    const negs = exact(as.map((v) => -v & M));
    assert.equal(n.zeros & ~negs.zeros, 0n);
    assert.equal(n.ones & ~negs.ones, 0n);
    for (const b of all) {
      const bs = values(b);
      const sums = as.flatMap((u) => bs.map((v) => (u + v) & M));
      assert.deepEqual(bitsOf(add(x, y), a, b), exact(sums), `${JSON.stringify([a, b], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString(2) : v))}`);
      const diffs = exact(as.flatMap((u) => bs.map((v) => (u - v) & M)));
      const d = bitsOf(sub(x, y), a, b);
      assert.equal(d.zeros & ~diffs.zeros, 0n, 'sub claims no zero it cannot prove');
      assert.equal(d.ones & ~diffs.ones, 0n, 'sub claims no one it cannot prove');
    }
  }
});

test('knownBitsUnder answers several expressions under one set of symbol facts as knownBits does', () => {
  const facts = (name: string): KnownBits | undefined => (name === 'x' ? { zeros: 0b0011n, ones: 0b0100n } : undefined);
  const shared = add(x, y);
  const bitsOf = knownBitsUnder(facts, ['x']);
  for (const e of [shared, sub(shared, x), neg(shared), x]) assert.deepEqual(bitsOf(e), knownBits(e, facts));
  assert.deepEqual(bitsOf(x), { zeros: 0b0011n, ones: 0b0100n });
});

test('knownBitsUnder takes the facts through every kind of node that mentions a named symbol, and plain bits elsewhere', () => {
  assert.notEqual(symbolBit('x'), symbolBit('y'), 'the two symbols must set different mask bits for this test');
  const facts = (name: string): KnownBits | undefined => (name === 'x' ? { zeros: 0b1011n, ones: 0b0100n } : undefined);
  const bitsOf = knownBitsUnder(facts, ['x']);
  const under = [
    x, not(x), neg(x), add(and(y, bv(0b1000, W)), x), and(x, bv(0b0110, W)), extract(zext(x, 8), 0, W), ite(eq(y, bv(1, W)), x, bv(4, W)),
    ite(eq(extract(x, 2, 1), bv(0, 1)), y, bv(0, W)),
  ];
  for (const e of under) {
    assert.deepEqual(bitsOf(e), knownBits(e, facts));
    assert.notDeepEqual(bitsOf(e), knownBits(e), 'the facts about x change this value');
  }
  const free = and(add(y, bv(1, W)), bv(0b1100, W));
  assert.deepEqual(bitsOf(free), knownBits(free));
});
