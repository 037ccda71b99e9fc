import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, bv, ite, sub, sym, ult } from '../src/values/expr.js';
import { symbolsOf } from '../src/values/key.js';

test('symbolsOf lists the symbols in first-occurrence order, each shared node once', () => {
  const [a, b, c] = [sym('a'), sym('b'), sym('c')];
  const shared = sub(b, a);
  const e = ite(ult(shared, c), shared, add(c, bv(1)));
  assert.deepEqual([...symbolsOf(e).keys()], ['b', 'a', 'c']);
  assert.deepEqual([...symbolsOf(e).keys()], ['b', 'a', 'c'], 'asked again, the same answer');
  assert.deepEqual([...symbolsOf(bv(3)).keys()], []);
});

test('symbolsOf adds to a given map after the names it holds, and leaves the expression\'s own list alone', () => {
  const [a, b, c] = [sym('a'), sym('b'), sym('c')];
  const into = new Map([['c', c]]);
  symbolsOf(sub(a, c), into);
  symbolsOf(sub(b, a), into);
  assert.deepEqual([...into.keys()], ['c', 'a', 'b']);
  into.set('z', sym('z'));
  assert.deepEqual([...symbolsOf(sub(b, a)).keys()], ['b', 'a']);
});

test('symbolsOf of an expression whose parts were asked about before keeps the order of a walk', () => {
  const [a, b, c, d] = [sym('a'), sym('b'), sym('c'), sym('d')];
  const right = sub(c, sub(b, d));
  const left = sub(a, b);
  assert.deepEqual([...symbolsOf(right).keys()], ['c', 'b', 'd']);
  assert.deepEqual([...symbolsOf(left).keys()], ['a', 'b']);
  // A walk of the whole sees a, b (left), then c and d (right's new names in right's order).
  assert.deepEqual([...symbolsOf(ite(ult(left, right), right, bv(0))).keys()], ['a', 'b', 'c', 'd']);
  assert.deepEqual([...symbolsOf(sub(right, left)).keys()], ['c', 'b', 'd', 'a']);
});
