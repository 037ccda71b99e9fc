import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, not, or, sym } from '../src/values/expr.js';
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
