import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv, eq, not, sym, ult } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { extensionOf, PathCondition } from '../src/values/path-condition.js';
import { Solver } from '../src/values/solver.js';

// The solver keeps what it learnt about a conjuncts array by the array's
// identity, so conditions with the same guards from the same branches give
// it one array: the paths of a branch joined again ask about their
// condition before the branch, not about a copy of it.

const [x, y] = [sym('x', 8), sym('y', 8)];
const k = (v: number): Expr => bv(v, 8);

test('a join whose arms fold away gives the conjuncts array of the condition before the branch', () => {
  const before = PathCondition.TRUE.and(ult(x, k(10))).and(eq(y, k(3)));
  const list = before.conjuncts;
  const g = ult(y, x);
  const joined = before.and(g).join(before.and(not(g)));
  assert.ok(joined);
  assert.equal(joined.condition.conjuncts, list);
});

test('a guard after a join extends the array of the condition the join folded back to', () => {
  const before = PathCondition.TRUE.and(ult(x, k(10)));
  const list = before.conjuncts;
  const g = eq(y, k(3));
  const joined = before.and(g).join(before.and(not(g)));
  assert.ok(joined);
  const h = ult(k(2), x);
  const after = joined.condition.and(h).conjuncts;
  assert.deepEqual(after, [...list, h]);
  const extension = extensionOf(after);
  assert.equal(extension?.prefix, list);
  assert.equal(extension?.last, h);
});

test('the empty condition is one array however it is reached', () => {
  const g = ult(x, k(10));
  const joined = PathCondition.TRUE.and(g).join(PathCondition.TRUE.and(not(g)));
  assert.ok(joined);
  assert.equal(joined.condition.conjuncts, PathCondition.TRUE.conjuncts);
  assert.deepEqual(joined.condition.conjuncts, []);
});

test('a solver asked about conditions that fork and join again answers as a fresh solver asked about copies of their lists', () => {
  let seed = 5;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const guards = [ult(x, k(10)), eq(y, k(3)), ult(y, x), eq(x, k(7)), ult(k(200), y)];
  const pick = (): Expr => {
    const g = guards[Math.floor(next() * guards.length)] as Expr;
    return next() < 0.5 ? not(g) : g;
  };
  let joins = 0;
  for (let run = 0; run < 20; run++) {
    const solver = new Solver();
    let condition = PathCondition.TRUE;
    for (let step = 0; step < 10; step++) {
      const g = pick();
      const arms = [condition.and(g), condition.and(not(g))];
      for (const arm of arms) {
        const extra = pick();
        assert.equal(solver.refutes(arm.conjuncts, extra), new Solver().refutes([...arm.conjuncts], extra), `run ${run} step ${step}`);
        assert.deepEqual(solver.check(arm.conjuncts, extra), new Solver().check([...arm.conjuncts], extra), `run ${run} step ${step}`);
      }
      const joined = (arms[0] as PathCondition).join(arms[1] as PathCondition);
      if (joined && next() < 0.6) {
        condition = joined.condition;
        joins++;
      } else condition = arms[solver.refutes((arms[0] as PathCondition).conjuncts) ? 1 : 0] as PathCondition;
    }
  }
  assert.ok(joins > 50, `${joins} joins`);
});
