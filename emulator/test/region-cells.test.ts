import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { RegionCells } from '../src/values/region-cells.js';

// A region's cells are shared between copies until written. Whatever each
// copy shares, it must read, count and list its cells as one plain map would
// that was copied at the same moments and written the same way.

/** A small deterministic generator (xorshift), so a failure repeats. */
function random(seed: number): (n: number) => number {
  let x = seed | 1;
  return (n) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

interface Copy {
  readonly cells: RegionCells;
  readonly model: Map<bigint, Expr>;
  /** Copied from since written: the memory writes no more to it. */
  frozen: boolean;
}

function sameAsModel(copy: Copy, where: string): void {
  const { cells, model } = copy;
  assert.equal(cells.size, model.size, `${where}: size`);
  assert.deepEqual([...cells], [...model], `${where}: entries in order`);
  assert.deepEqual([...cells.keys()], [...model.keys()], `${where}: offsets in order`);
  assert.deepEqual([...cells.entries().keys()], [...model.keys()], `${where}: the map's offsets in order`);
  for (let offset = 0n; offset < 80n; offset++) {
    assert.equal(cells.get(offset), model.get(offset), `${where}: cell ${offset}`);
    assert.equal(cells.has(offset), model.has(offset), `${where}: has ${offset}`);
  }
}

test('cells copied and written in any order read, count and list as copied plain maps do', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const next = random(seed);
    const copies: Copy[] = [{ cells: RegionCells.empty(), model: new Map(), frozen: false }];
    for (let step = 0; step < 400; step++) {
      const open = copies.filter((c) => !c.frozen);
      if (open.length === 0 || next(4) === 0) {
        // A clone of the memory: the original's cells are frozen and the copy takes the writes.
        const from = copies[next(copies.length)] as Copy;
        from.frozen = true;
        copies.push({ cells: from.cells.copy(), model: new Map(from.model), frozen: false });
      } else {
        const to = open[next(open.length)] as Copy;
        // Offsets close together, as a stack frame's: writes hit old cells as often as new ones.
        const offset = BigInt(next(next(2) === 0 ? 16 : 80));
        const value = bv(next(256), 8);
        to.cells.set(offset, value);
        to.model.set(offset, value);
      }
      if (step % 50 === 49) copies.forEach((c, i) => sameAsModel(c, `seed ${seed}, step ${step}, copy ${i}`));
    }
    copies.forEach((c, i) => sameAsModel(c, `seed ${seed}, copy ${i}`));
  }
});

test('a copy does not see what is written to the cells copied from it, nor they what is written to it', () => {
  const original = RegionCells.empty();
  for (let i = 0n; i < 40n; i++) original.set(i, bv(i, 8));
  const copy = original.copy();
  copy.set(3n, bv(0xaa, 8));
  copy.set(100n, bv(0xbb, 8));
  const second = copy.copy();
  second.set(3n, bv(0xcc, 8));
  assert.deepEqual(original.get(3n), bv(3, 8));
  assert.equal(original.has(100n), false);
  assert.equal(original.size, 40);
  assert.deepEqual(copy.get(3n), bv(0xaa, 8));
  assert.equal(copy.size, 41);
  assert.deepEqual(second.get(3n), bv(0xcc, 8));
  assert.deepEqual(second.get(100n), bv(0xbb, 8));
  assert.deepEqual([...second.keys()].slice(-2), [39n, 100n], 'a new offset comes after the old ones');
});
