import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, bv, sym } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { evaluate } from '../src/values/evaluate.js';
import type { Interval } from '../src/values/intervals.js';
import { exprEquals } from '../src/values/key.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';

// Clones share what neither side has written since, and a join of two
// clones walks what they share only where it must. Whatever is shared, a
// join must give what the same two memories give when each was built on its
// own from nothing: the same cells, the same inputs under the same names.

type Op = { readonly kind: 'store'; readonly at: Expr; readonly value: Expr; readonly bytes: 1 | 2 | 4 } | { readonly kind: 'load'; readonly at: Expr; readonly bytes: 1 | 2 | 4 };

/** A small deterministic generator (xorshift), so a failure repeats. */
function random(seed: number): (n: number) => number {
  let x = seed | 1;
  return (n) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const BASES: readonly (Expr | undefined)[] = [undefined, sym('r1'), sym('r12')];
const SIZES: readonly (1 | 2 | 4)[] = [1, 2, 4];

function address(base: Expr | undefined, offset: number): Expr {
  return base ? add(base, bv(offset)) : bv(0x8000 + offset);
}

function ops(next: (n: number) => number, count: number, tag: string): Op[] {
  return Array.from({ length: count }, (_, i): Op => {
    const at = address(BASES[next(BASES.length)], next(24));
    const bytes = SIZES[next(SIZES.length)] as 1 | 2 | 4;
    if (next(3) === 0) return { kind: 'load', at, bytes };
    const value = next(2) === 0 ? bv(next(1000), bytes * 8) : sym(`${tag}${i}`, bytes * 8);
    return { kind: 'store', at, value, bytes };
  });
}

function apply(m: SymbolicMemory, list: readonly Op[]): SymbolicMemory {
  for (const op of list) {
    if (op.kind === 'load') m.load(op.at, op.bytes); else m.store(op.at, op.value, op.bytes);
  }
  return m;
}

/** Data at 0x8000–0x8017 reads as its address's low byte until written, like a program's read-only data. */
const image = (a: bigint): bigint | undefined => (a >= 0x8000n && a < 0x8018n ? a & 0xffn : undefined);
const names = (m: SymbolicMemory): string[] => m.inputs.map((i) => (i.symbol.kind === 'sym' ? i.symbol.name : '?'));

test('a join of two clones of one memory equals the join of the same memories built apart, over random stores and loads', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const next = random(seed);
    const common = ops(next, 12, 'c'), left = ops(next, 1 + next(10), 'l'), right = ops(next, 1 + next(10), 'r');
    const selector = sym(`side${seed}`, 1);
    const start = apply(new SymbolicMemory(image), common);
    const shared = apply(start.clone(), left).joinWith(apply(start.clone(), right), selector);
    const apart = apply(apply(new SymbolicMemory(image), common), left)
      .joinWith(apply(apply(new SymbolicMemory(image), common), right), selector);
    assert.ok(shared && apart, `seed ${seed}: memories of one start join`);
    // Built apart, the two sides recorded the inputs of the common part once each.
    assert.deepEqual(names(shared), [...new Set(names(apart))], `seed ${seed}: the same inputs, in the same order`);
    const addresses = new Map(apart.inputs.map((i) => [i.symbol, i.address]));
    assert.ok(shared.inputs.every((i) => exprEquals(i.address, addresses.get(i.symbol) ?? bv(0))), `seed ${seed}: at the same addresses`);
    for (const base of BASES) {
      for (let offset = 0; offset < 24; offset++) {
        const at = address(base, offset);
        assert.ok(exprEquals(shared.clone().load(at, 1), apart.clone().load(at, 1)), `seed ${seed}: byte at ${offset} of ${base ? 'a region' : 'data'}`);
      }
    }
  }
});

test('a join reads, on each side, what that side stored, and the data or an input where it stored nothing', () => {
  for (let seed = 100; seed < 140; seed++) {
    const next = random(seed);
    const start = apply(new SymbolicMemory(image), ops(next, 8, 'c'));
    const sides = [apply(start.clone(), ops(next, 6, 'l')), apply(start.clone(), ops(next, 6, 'r'))] as const;
    const selector = sym('side', 1);
    const joined = sides[0].clone().joinWith(sides[1].clone(), selector);
    assert.ok(joined);
    for (const base of BASES) {
      for (let offset = 0; offset < 24; offset += 4) {
        const at = address(base, offset);
        const value = joined.clone().load(at, 4);
        for (const [s, side] of sides.entries()) {
          const expected = side.clone().load(at, 4);
          if (expected.kind !== 'const') continue;
          // Symbols stored or read on either side take one value; only constants are compared.
          const assignment = new Map<string, bigint>([['side', s === 0 ? 1n : 0n], ['r1', 0x1000n], ['r12', 0x2000n]]);
          for (const name of names(joined)) assignment.set(name, 0n);
          for (let i = 0; i < 30; i++) { assignment.set(`l${i}`, 0n); assignment.set(`r${i}`, 0n); assignment.set(`c${i}`, 0n); }
          assert.equal(evaluate(value, assignment), expected.value, `seed ${seed}: word at ${offset} on side ${s}`);
        }
      }
    }
  }
});

test('memories cloned at every store, as a path\'s states are, and written on both sides of each fork equal memories built apart, and so do their joins', () => {
  for (let seed = 200; seed < 230; seed++) {
    const next = random(seed);
    const common = ops(next, 20, 'c'), left = ops(next, 10 + next(30), 'l'), right = ops(next, 10 + next(30), 'r');
    // One clone per operation, each kept (as the state before a step stays readable for the hooks).
    const kept: [SymbolicMemory, readonly Op[]][] = [];
    const stepwise = (from: SymbolicMemory, done: readonly Op[], list: readonly Op[]): SymbolicMemory => {
      let m = from;
      list.forEach((op, i) => {
        m = apply(m.clone(), [op]);
        kept.push([m, [...done, ...list.slice(0, i + 1)]]);
      });
      return m;
    };
    const start = stepwise(new SymbolicMemory(image), [], common);
    const l = stepwise(start, common, left), r = stepwise(start, common, right);
    const lApart = apply(apply(new SymbolicMemory(image), common), left), rApart = apply(apply(new SymbolicMemory(image), common), right);
    kept.forEach(([m, done], i) => assert.ok(m.sameAs(apply(new SymbolicMemory(image), done)), `seed ${seed}: memory ${i} is still what its operations made`));
    for (const [forked, apart, side] of [[l, lApart, 'left'], [r, rApart, 'right']] as const) {
      assert.ok(forked.sameAs(apart) && apart.sameAs(forked), `seed ${seed}: the ${side} fork holds the cells of its memory built apart`);
      for (const base of BASES) {
        for (let offset = 0; offset < 24; offset++) {
          const at = address(base, offset);
          assert.ok(exprEquals(forked.clone().load(at, 1), apart.clone().load(at, 1)), `seed ${seed}: ${side} byte at ${offset}`);
        }
      }
    }
    const selector = sym(`fork${seed}`, 1);
    const joined = l.joinWith(r, selector), joinedApart = lApart.joinWith(rApart, selector);
    assert.ok(joined && joinedApart);
    assert.ok(joined.sameAs(joinedApart) && joinedApart.sameAs(joined), `seed ${seed}: the joins hold the same cells`);
    for (const base of BASES) {
      for (let offset = 0; offset < 24; offset++) {
        const at = address(base, offset);
        assert.ok(exprEquals(joined.clone().load(at, 1), joinedApart.clone().load(at, 1)), `seed ${seed}: joined byte at ${offset}`);
      }
    }
  }
});

test('a join\'s memory and the two it joined are apart: stores into any one of them, after the join, leave the others as they read', () => {
  for (let seed = 300; seed < 330; seed++) {
    const next = random(seed);
    const start = apply(new SymbolicMemory(image), ops(next, 12, 'c'));
    // One side writes what the two share; the other only reads, or writes nothing at all.
    const left = apply(start.clone(), ops(next, 1 + next(8), 'l')), right = apply(start.clone(), next(2) === 0 ? [] : ops(next, 4, 'r').filter((o) => o.kind === 'load'));
    const read = (m: SymbolicMemory): Expr[] => BASES.flatMap((base) => Array.from({ length: 24 }, (_, offset) => m.clone().load(address(base, offset), 1)));
    const sides = [read(left), read(right)];
    const joined = left.joinWith(right, sym('side', 1));
    assert.ok(joined);
    const before = [left, right, joined].map(read);
    for (const s of [0, 1]) assert.ok(before[s]?.every((v, k) => exprEquals(v, sides[s]?.[k] ?? bv(0))), `seed ${seed}: the join changed side ${s}`);
    const later = ops(next, 10, 'z').filter((o) => o.kind === 'store');
    for (const [i, m] of [left, right, joined].entries()) {
      apply(m, later);
      [left, right, joined].forEach((other, j) => {
        if (j === i) return;
        assert.ok(read(other).every((v, k) => exprEquals(v, before[j]?.[k] ?? bv(0))), `seed ${seed}: stores into memory ${i} changed memory ${j}`);
      });
      before[i] = read(m);
    }
  }
});

test('a peek reads what a load reads of the memory built apart from the same operations, and leaves the memory and its clones as they would be without it', () => {
  const index = sym('i');
  // An index bounded to 0–3, so one peek reads up to four overlapping words and fills the cells of each.
  const bounds = (term: Expr): Interval | undefined => (term === index ? [0n, 3n] : undefined);
  const built = (list: readonly Op[]): SymbolicMemory => {
    const m = new SymbolicMemory(image);
    m.useBounds(bounds);
    return apply(m, list);
  };
  for (let seed = 400; seed < 440; seed++) {
    const next = random(seed);
    const list = ops(next, 30, 'p');
    const peeked = built([]);
    const clones: [SymbolicMemory, number][] = [];
    list.forEach((op, i) => {
      apply(peeked, [op]);
      if (next(3) === 0) clones.push([peeked.clone(), i + 1]);
      for (let k = next(3); k > 0; k--) {
        const at = next(3) === 0 ? add(address(BASES[next(BASES.length)], next(24)), index) : address(BASES[next(BASES.length)], 8 + next(24));
        const bytes = SIZES[next(SIZES.length)] as 1 | 2 | 4;
        assert.ok(exprEquals(peeked.peek(at, bytes), built(list.slice(0, i + 1)).load(at, bytes)), `seed ${seed}: peek ${k} after operation ${i}`);
      }
    });
    const apart = built(list);
    assert.ok(peeked.sameAs(apart) && apart.sameAs(peeked), `seed ${seed}: the peeks left no cells`);
    assert.deepEqual(names(peeked), names(apart), `seed ${seed}: the peeks recorded no inputs`);
    // Reads of cells nothing wrote make inputs numbered past those before: the peeks took no numbers.
    for (const base of BASES) {
      for (let offset = 0; offset < 32; offset += 2) {
        const at = address(base, offset);
        assert.ok(exprEquals(peeked.load(at, 2), apart.load(at, 2)), `seed ${seed}: word at ${offset} of ${base ? 'a region' : 'data'}`);
      }
    }
    for (const [clone, done] of clones) assert.ok(clone.sameAs(built(list.slice(0, done))), `seed ${seed}: the clone after operation ${done} holds what it held`);
  }
});
