// A valuation gives what evaluation gives, as numbers, under an assignment
// and under the same assignment changed symbol by symbol.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, Valuation } from '../src/values/evaluate.js';
import { BINARY_CONSTRUCTORS, bv, concat, extract, ite, neg, not, sext, sym, zext } from '../src/values/expr.js';
import type { BinaryOp, Expr } from '../src/values/expr.js';

const NAMES = ['a', 'b', 'c', 'd', 'e'];
const OPS = Object.keys(BINARY_CONSTRUCTORS).filter((op) => op !== 'concat') as BinaryOp[];

/** A deterministic stream of numbers from a seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

function expression(next: () => number, depth: number, width = 8): Expr {
  if (depth === 0 || next() % 5 === 0) {
    return next() % 2 === 0 ? sym(NAMES[next() % NAMES.length] ?? 'a', width) : bv(next() % 4 === 0 ? 0 : next(), width);
  }
  switch (next() % 7) {
    case 0: return next() % 2 === 0 ? not(expression(next, depth - 1, width)) : neg(expression(next, depth - 1, width));
    case 1: return ite(extract(expression(next, depth - 1, width), next() % width, 1), expression(next, depth - 1, width), expression(next, depth - 1, width));
    case 2: return width === 8 ? extract(concat(expression(next, depth - 1), expression(next, depth - 1)), next() % 9, 8) : expression(next, depth - 1, width);
    case 3: return width === 8 ? extract(next() % 2 === 0 ? sext(expression(next, depth - 1), 16) : zext(expression(next, depth - 1), 16), 4, 8) : expression(next, depth - 1, width);
    default: {
      const op = OPS[next() % OPS.length] ?? 'add';
      const r = BINARY_CONSTRUCTORS[op](expression(next, depth - 1, width), expression(next, depth - 1, width));
      return r.width === width ? r : zext(r, width);
    }
  }
}

test('a valuation gives what evaluation gives, symbols it is not given at 0, divisions by zero included', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const next = random(seed);
    const expressions = Array.from({ length: 30 }, () => expression(next, 5));
    const assignment = new Map<string, bigint>(NAMES.slice(0, 3).map((n) => [n, BigInt(next() % 256)]));
    const total = new Map([...NAMES.map((n): [string, bigint] => [n, 0n]), ...assignment]);
    const valuation = Valuation.of(assignment);
    for (const e of expressions) assert.equal(valuation.value(e), evaluate(e, total), `seed ${seed}`);
  }
});

test('a valuation made with one symbol changed, again and again, gives what evaluation under the changed assignment gives', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const next = random(seed * 7919);
    const expressions = Array.from({ length: 30 }, () => expression(next, 5));
    const total = new Map<string, bigint>(NAMES.map((n) => [n, BigInt(next() % 256)]));
    let valuation = Valuation.of(total);
    // Every valuation of the chain has answered before the next is made from it, so the next takes its kept values.
    for (let change = 0; change < 9; change++) {
      for (const e of expressions) assert.equal(valuation.value(e), evaluate(e, total), `seed ${seed}, change ${change}`);
      const name = NAMES[next() % NAMES.length] ?? 'a';
      const value = BigInt(next() % 512);
      total.set(name, value & 0xffn);
      valuation = valuation.with(name, value);
    }
  }
});

test('an if-then-else is valued by the arm its condition takes', () => {
  const x = sym('x'), y = sym('y');
  const e = ite(extract(x, 0, 1), bv(7), y);
  assert.equal(Valuation.of(new Map([['x', 1n]])).value(e), 7n);
  assert.equal(Valuation.of(new Map([['x', 2n], ['y', 9n]])).value(e), 9n);
  assert.equal(Valuation.of(new Map([['x', 2n]])).with('y', 3n).value(e), 3n);
});
