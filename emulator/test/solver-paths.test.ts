import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, bv, eq, ite, not, sym, ule, ult } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { evaluator } from '../src/values/evaluate.js';
import { PathCondition } from '../src/values/path-condition.js';
import { Solver } from '../src/values/solver.js';

// The explorer keeps one solver per exploration and asks it about each
// path's condition with one more guard at every branch; what the solver keeps
// between questions (the condition's groups, the rewrites of its case
// splits) must never change an answer, nor make one unsound.

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

// Four-bit symbols, so a refutation can be checked against every assignment.
const [x, y, z] = [sym('x', 4), sym('y', 4), sym('z', 4)];
const k = (v: number): Expr => bv(v, 4);
/** A few conditions the joined values below share, so the splits of one question meet again in the next. */
const splits = [ult(x, k(10)), eq(y, k(3)), ule(z, x)];

function guard(next: () => number): Expr {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const number = (): Expr => k(Math.floor(next() * 16));
  const joined = ite(pick(splits), add(pick([x, y, z]), number()), pick([x, y, z, number()]));
  const g = pick([ult(joined, number()), eq(joined, number()), ult(pick([x, y, z]), number()), eq(pick([x, y]), pick([y, z]))]);
  return next() < 0.4 ? not(g) : g;
}

function holdsSomewhere(constraints: readonly Expr[]): boolean {
  for (let v = 0; v < 1 << 12; v++) {
    const value = evaluator(new Map([['x', BigInt(v & 15)], ['y', BigInt((v >> 4) & 15)], ['z', BigInt(v >> 8)]]));
    if (constraints.every((c) => value(c) === 1n)) return true;
  }
  return false;
}

test('a solver asked about a path guard by guard answers as a fresh solver asked about each whole list, and soundly', () => {
  const next = random(11);
  let refuted = 0, kept = 0;
  for (let path = 0; path < 40; path++) {
    const solver = new Solver();
    let conjuncts: readonly Expr[] = [];
    for (let step = 0; step < 8; step++) {
      const g = guard(next);
      const whole = [...conjuncts, g];
      const refutes = solver.refutes(conjuncts, g);
      assert.equal(refutes, new Solver().refutes(whole), `path ${path} step ${step}: refutes`);
      const r = solver.check(conjuncts, g);
      assert.deepEqual(r, new Solver().check(whole), `path ${path} step ${step}: check`);
      for (const e of [x, add(y, z), add(z, k(3)), ite(ult(y, k(4)), x, k(2))]) {
        assert.deepEqual(solver.range(e, whole), new Solver().range(e, whole), `path ${path} step ${step}: range`);
        assert.deepEqual(solver.knownBits(e, whole), new Solver().knownBits(e, whole), `path ${path} step ${step}: known bits`);
      }
      if (refutes) {
        assert.equal(holdsSomewhere(whole), false, `path ${path} step ${step}: refuted, yet it holds`);
        refuted++;
        continue;
      }
      kept++;
      conjuncts = whole;
    }
  }
  // The paths both end in contradictions and grow long, so both kinds of answer were compared.
  assert.ok(refuted > 15 && kept > 70, `${refuted} refuted, ${kept} kept`);
});

/** The solver's refutation of `arm` after `list`, asserted (with its witness search) to be a fresh solver's about a copy of the list. */
function refutesAsFresh(solver: Solver, list: readonly Expr[], arm: Expr, where: string): boolean {
  const refutes = solver.refutes(list, arm);
  assert.equal(refutes, new Solver().refutes([...list], arm), `${where}: refutes`);
  assert.deepEqual(solver.check(list, arm), new Solver().check([...list], arm), `${where}: check`);
  return refutes;
}

test('a solver asked about path conditions as they fork branch by branch answers as a fresh solver asked about copies of their lists', () => {
  const next = random(17);
  let refuted = 0, kept = 0;
  for (let run = 0; run < 20; run++) {
    const solver = new Solver();
    // The paths waiting, each forked from one before: their lists share the guards before the fork.
    const waiting = [PathCondition.TRUE];
    for (let step = 0; step < 12 && waiting.length > 0; step++) {
      const condition = waiting.splice(Math.floor(next() * waiting.length), 1)[0] as PathCondition;
      const g = guard(next);
      for (const arm of [g, not(g)]) {
        const list = condition.conjuncts;
        const refutes = refutesAsFresh(solver, list, arm, `run ${run} step ${step}`);
        if (refutes) refuted++;
        else {
          kept++;
          waiting.push(condition.and(arm));
        }
      }
    }
  }
  assert.ok(refuted > 10 && kept > 100, `${refuted} refuted, ${kept} kept`);
});

test('a solver asked about paths that fork and join answers as a fresh solver asked about copies of their lists', () => {
  const next = random(23);
  let joins = 0, apart = 0, refuted = 0;
  for (let run = 0; run < 20; run++) {
    const solver = new Solver();
    const waiting = [PathCondition.TRUE];
    for (let step = 0; step < 14 && waiting.length > 0; step++) {
      const condition = waiting.splice(Math.floor(next() * waiting.length), 1)[0] as PathCondition;
      const other = waiting.length > 0 && next() < 0.35 ? waiting.splice(Math.floor(next() * waiting.length), 1)[0] : undefined;
      // Joined, the condition's shared prefix is the list the solver grouped for the paths before they split.
      const join = other && condition.join(other);
      if (other && !join) waiting.push(other);
      const asked = join ? join.condition : condition;
      if (join) {
        joins++;
        if (asked.conjuncts.length === 1) apart++;
      }
      const g = guard(next);
      for (const arm of [g, not(g)]) {
        const list = asked.conjuncts;
        const refutes = refutesAsFresh(solver, list, arm, `run ${run} step ${step}`);
        for (const e of [x, add(y, z), ite(ult(y, k(4)), x, k(2))]) {
          assert.deepEqual(solver.range(e, list), new Solver().range(e, [...list]), `run ${run} step ${step}: range`);
          assert.deepEqual(solver.knownBits(e, list), new Solver().knownBits(e, [...list]), `run ${run} step ${step}: known bits`);
        }
        if (refutes) refuted++;
        else waiting.push(asked.and(arm));
      }
    }
  }
  // Joins that share a prefix and joins that share nothing were both asked about.
  assert.ok(joins > 20 && apart > 3 && refuted > 5, `${joins} joins, ${apart} sharing nothing, ${refuted} refuted`);
});

test('a solver asked about a path only every few branches answers as a fresh solver asked about copies of its lists', () => {
  const next = random(29);
  let asked = 0, refuted = 0;
  for (let run = 0; run < 20; run++) {
    const solver = new Solver();
    let condition = PathCondition.TRUE;
    for (let step = 0; step < 16; step++) {
      const g = guard(next);
      // Every condition's list is made, as a path's steps make it, but the solver hears of few of them.
      const list = condition.conjuncts;
      if (next() < 0.3) {
        asked++;
        if (refutesAsFresh(solver, list, g, `run ${run} step ${step}`)) { refuted++; continue; }
        for (const e of [x, add(y, z), ite(ult(y, k(4)), x, k(2))]) {
          assert.deepEqual(solver.range(e, list), new Solver().range(e, [...list]), `run ${run} step ${step}: range`);
          assert.deepEqual(solver.knownBits(e, list), new Solver().knownBits(e, [...list]), `run ${run} step ${step}: known bits`);
        }
      } else if (holdsSomewhere([...list, g]) === false) continue;
      condition = condition.and(g);
    }
  }
  assert.ok(asked > 60 && refuted > 3, `${asked} asked, ${refuted} refuted`);
});

test('a path over many groups, asked about each symbol at every branch, has the bounds and bits a fresh solver gives copies of its lists', () => {
  // Forty symbols, each in a group of its own until a guard joins two: more
  // groups than the solver keeps the first rounds of (32), so the questions
  // meet groups whose first rounds were let go of, and a contradiction in
  // one group leaves every other symbol's term without bounds. Groups of
  // one symbol end with the same constraint (`lo` below) on many paths, and
  // a group's kept first round must be its own list's, not one that ends
  // alike.
  const next = random(31);
  const syms = Array.from({ length: 40 }, (_, i) => sym(`g${i}`, 8));
  const lo = (s: Expr): Expr => ult(bv(2, 8), s);
  let asked = 0, contradicted = 0, joinedGroups = 0;
  for (let run = 0; run < 4; run++) {
    const solver = new Solver();
    let condition = PathCondition.TRUE;
    for (let step = 0; step < 70; step++) {
      const a = syms[Math.floor(next() * syms.length)] as Expr;
      const b = syms[Math.floor(next() * syms.length)] as Expr;
      const roll = next();
      const g = roll < 0.4 ? ule(a, bv(Math.floor(next() * 200) + 3, 8)) : roll < 0.75 ? lo(a) : roll < 0.97 ? ule(a, add(b, bv(5, 8))) : ult(a, bv(2, 8));
      if (roll >= 0.75 && roll < 0.97) joinedGroups++;
      condition = condition.and(g);
      const list = condition.conjuncts;
      for (const e of [a, b, add(a, b), add(a, bv(8, 8))]) {
        asked++;
        const range = solver.range(e, list);
        if (range === undefined) contradicted++;
        assert.deepEqual(range, new Solver().range(e, [...list]), `run ${run} step ${step}: range`);
        assert.deepEqual(solver.knownBits(e, list), new Solver().knownBits(e, [...list]), `run ${run} step ${step}: known bits`);
      }
      // A path that contradicts itself is left, as the explorer leaves it.
      if (solver.refutes(list)) condition = PathCondition.TRUE;
    }
  }
  assert.ok(asked > 1000 && contradicted > 0 && joinedGroups > 40, `${asked} asked, ${contradicted} contradicted, ${joinedGroups} joining guards`);
});
