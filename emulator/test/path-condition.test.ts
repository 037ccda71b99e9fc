import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, or, sym } from '../src/values/expr.js';
import { PathCondition } from '../src/values/path-condition.js';

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
