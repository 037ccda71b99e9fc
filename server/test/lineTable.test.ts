import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineTable, movedLine, type LineMove } from '../src/analysis/lineTable.js';

// A line table is a map from line numbers that edits move: whatever lines
// are moved, set and removed, in whatever order, it must hold what a plain
// map given the same operations holds, and the tables it was made from must
// not change.

/** A deterministic random source (Park–Miller). */
class Random {
  constructor(private state: number) {}

  below(n: number): number {
    this.state = (this.state * 48271) % 0x7fffffff;
    return this.state % Math.max(1, n);
  }
}

function entriesOf<T>(table: LineTable<T>): [number, T][] {
  const entries: [number, T][] = [];
  table.forEach((value, line) => entries.push([line, value]));
  return entries;
}

function movedMap<T>(map: ReadonlyMap<number, T>, move: LineMove): Map<number, T> {
  const moved = new Map<number, T>();
  for (const [line, value] of map) {
    const to = movedLine(move, line);
    if (to !== undefined) moved.set(to, value);
  }
  return moved;
}

const sorted = <T>(map: ReadonlyMap<number, T>): [number, T][] => [...map].sort(([a], [b]) => a - b);

describe('line tables', () => {
  test('hold what a map given the same moves, sets and removals holds, and the tables they came from stay as they were', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = new Random(seed * 7907);
      let table = LineTable.empty<string>();
      let model = new Map<number, string>();
      const history: [LineTable<string>, [number, string][]][] = [];
      const span = 50 + random.below(3000);
      for (let step = 0; step < 60; step++) {
        const roll = random.below(3);
        if (roll === 0) {
          const from = random.below(span);
          const to = from + (random.below(3) === 0 ? random.below(40) : 0);
          const by = random.below(4) === 0 ? -random.below(to - from + 1 + Math.min(from, 5)) : random.below(30);
          const move = { from: Math.min(from, to + by), to, by };
          table = table.moved(move);
          model = movedMap(model, move);
        } else {
          const changes = new Map<number, string | undefined>();
          // A few lines, or at the start a whole file's worth.
          for (let n = step === 0 ? span : 1 + random.below(roll === 1 ? 5 : 200); n > 0; n--) {
            const line = random.below(span + 100);
            changes.set(line, random.below(5) === 0 ? undefined : `${seed}.${step}.${n}`);
          }
          table = table.with(changes);
          for (const [line, value] of changes) {
            if (value === undefined) model.delete(line);
            else model.set(line, value);
          }
        }
        assert.deepEqual(entriesOf(table), sorted(model), `seed ${seed}, step ${step}`);
        for (let n = 0; n < 20; n++) {
          const line = random.below(span + 200) - 50;
          assert.equal(table.get(line), model.get(line), `seed ${seed}, step ${step}, line ${line}`);
        }
        history.push([table, sorted(model)]);
      }
      for (const [kept, entries] of history) assert.deepEqual(entriesOf(kept), entries, `seed ${seed}: an earlier table`);
    }
  });

  test('name the lines whose values differ from another table\'s, whether they share its blocks or not', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = new Random(seed * 104729);
      const span = 100 + random.below(2000);
      const base = LineTable.empty<string>().with(new Map(Array.from({ length: span }, (_, i) => [i * 2, `v${i % 7}`])));
      const move = { from: random.below(span), to: 0, by: random.below(3) };
      const moved = base.moved({ ...move, to: move.from });
      const changes = new Map<number, string | undefined>();
      for (let n = random.below(30); n > 0; n--) changes.set(random.below(span * 2 + 10), random.below(3) === 0 ? undefined : `v${random.below(9)}`);
      const now = moved.with(changes);
      const fresh = LineTable.empty<string>().with(new Map(entriesOf(now)));
      const expected = new Map<number, string | undefined>();
      const was = new Map(entriesOf(moved));
      for (const [line, value] of entriesOf(now)) if (was.get(line) !== value) expected.set(line, value);
      for (const line of was.keys()) if (now.get(line) === undefined) expected.set(line, undefined);
      for (const table of [now, fresh]) {
        const { set, removed } = table.changesFrom(moved, (a, b) => a === b);
        assert.deepEqual([...set, ...removed.map((line) => [line, undefined] as const)].sort(([a], [b]) => a - b), sorted(expected), `seed ${seed}`);
      }
    }
  });
});
