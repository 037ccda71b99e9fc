import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, bv, eq, not, or, sym } from '../src/values/expr.js';
import { PathCondition, extensionOf } from '../src/values/path-condition.js';

/** A fresh symbol's id counts the nodes made since the last one: ids are given in order, and only to nodes not found. */
function probe(name: string): number {
  const s = sym(`path-condition.test.probe.${name}`, 1);
  assert.equal(s.kind, 'sym');
  return s.kind === 'sym' ? s.id : -1;
}

test('a join makes its disjunction only when the joined condition is asked for', () => {
  const g = (name: string) => sym(`path-condition.test.${name}`, 1);
  const prefix = PathCondition.TRUE.and(g('p'));
  const mine = prefix.and(g('a1')).and(g('a2')), theirs = prefix.and(g('b1')).and(g('b2'));
  const before = probe('before');
  const joined = mine.join(theirs);
  assert.ok(joined);
  assert.equal(joined.selector, and(g('a1'), g('a2')));
  // The selector's one node, then the probe: no disjunction and no conjunction of the other side's guards yet.
  assert.equal(probe('after') - before, 2);
  const condition = joined.condition;
  assert.deepEqual(condition.conjuncts, [g('p'), or(and(g('a1'), g('a2')), and(g('b1'), g('b2')))]);
  assert.equal(joined.condition, condition, 'made once');
});

test('conditions where one is the other with guards added do not join', () => {
  const p = PathCondition.TRUE.and(sym('path-condition.test.q', 1));
  assert.equal(p.join(p.and(sym('path-condition.test.r', 1))), undefined);
  assert.equal(p.and(sym('path-condition.test.r', 1)).join(p), undefined);
});

test("a join's condition is the very list of the prefix its sides share, with the disjunction after it", () => {
  const g = (name: string) => sym(`path-condition.test.shared.${name}`, 1);
  const prefix = PathCondition.TRUE.and(g('p')).and(g('q'));
  const shared = prefix.conjuncts;
  const joined = prefix.and(g('a')).join(prefix.and(g('b')));
  assert.ok(joined);
  const list = joined.condition.conjuncts;
  assert.deepEqual(list, [g('p'), g('q'), or(g('a'), g('b'))]);
  // The solver finds the grouping it kept of the prefix by this array, and merges the disjunction into it.
  assert.equal(extensionOf(list)?.prefix, shared);
  assert.equal(extensionOf(list)?.last, or(g('a'), g('b')));
});

test('a join of complementary arms is the shared prefix, with the same array', () => {
  const g = (name: string) => sym(`path-condition.test.complement.${name}`, 1);
  const prefix = PathCondition.TRUE.and(g('p'));
  const shared = prefix.conjuncts;
  const joined = prefix.and(g('a')).join(prefix.and(not(g('a'))));
  assert.ok(joined);
  assert.equal(joined.condition.conjuncts, shared);
});

test('a join whose sides share no guard is the disjunction alone', () => {
  const g = (name: string) => sym(`path-condition.test.apart.${name}`, 1);
  const joined = PathCondition.TRUE.and(g('a')).join(PathCondition.TRUE.and(g('b')).and(g('c')));
  assert.ok(joined);
  const list = joined.condition.conjuncts;
  assert.deepEqual(list, [or(g('a'), and(g('b'), g('c')))]);
  assert.deepEqual(extensionOf(list)?.prefix, []);
});

test('a condition made before its prefix list still extends that list once both are asked for', () => {
  const g = (name: string) => sym(`path-condition.test.later.${name}`, 1);
  const prefix = PathCondition.TRUE.and(g('p'));
  const next = prefix.and(g('q'));
  const shared = prefix.conjuncts;
  assert.equal(extensionOf(next.conjuncts)?.prefix, shared);
});

test('a join of `fact & ~g` with `g` (an X SWI that returns a result with a fact about it, or fails) is chosen by `~g` alone, and its condition keeps the fact', () => {
  const g = sym('path-condition.test.fact.failed', 1), fact = eq(and(sym('path-condition.test.fact.r2', 32), bv(3)), bv(0));
  const prefix = PathCondition.TRUE.and(sym('path-condition.test.fact.p', 1));
  const succeeded = prefix.and(and(fact, not(g))), failed = prefix.and(g);
  const joined = succeeded.join(failed);
  assert.ok(joined);
  // A value the join chooses rests on whether the call failed, not on the result the fact is about.
  assert.equal(joined.selector, not(g));
  assert.deepEqual(joined.condition.conjuncts.slice(1), [or(and(fact, not(g)), g)]);
  assert.equal(failed.join(succeeded)?.selector, g, 'from the other side, its own guard');
  const further = prefix.and(sym('path-condition.test.fact.q', 1)).and(and(fact, not(g)));
  assert.equal(further.join(failed)?.selector, not(g), 'whatever guards come before it');
});

test('a join chosen by a conjunct that negates one of the other side\'s guards is chosen by that conjunct; with none, by all its guards', () => {
  const g = sym('path-condition.test.nofact.g', 1), h = sym('path-condition.test.nofact.h', 1), fact = sym('path-condition.test.nofact.fact', 1);
  assert.equal(PathCondition.TRUE.and(and(fact, not(h))).join(PathCondition.TRUE.and(g))?.selector, and(fact, not(h)), 'nothing negates g');
  assert.equal(PathCondition.TRUE.and(and(fact, not(g))).join(PathCondition.TRUE.and(h).and(g))?.selector, not(g), 'g is one of two guards');
  assert.equal(PathCondition.TRUE.and(fact).and(g).join(PathCondition.TRUE.and(and(h, not(g))))?.selector, g, '~g is one conjunct of a guard');
});
