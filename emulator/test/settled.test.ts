// What a successor's guard settles of the choices two joined ways left.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bv, ite, not, sym } from '../src/values/expr.js';
import { settledBy } from '../src/values/settled.js';

const c = sym('c', 1), failed = sym('failed', 1), x = sym('x');

test('a flag one way set or cleared by another choice, the other way clear, settles its way where set and nothing where clear', () => {
  // V after an X SWI's outcomes (`failed ? 1 : 0`) met, on `c`, a way that cleared it.
  const v = ite(c, ite(failed, bv(1, 1), bv(0, 1)), bv(0, 1));
  const chosen = ite(c, x, bv(7));
  // V set (BVS taken) holds on the SWI's way alone.
  assert.equal(settledBy(v)?.way(c), true);
  assert.equal(settledBy(v)?.chosen(chosen), x);
  // V clear holds on both ways: the SWI succeeded, or the other way.
  assert.equal(settledBy(not(v))?.way(c), undefined);
  assert.equal(settledBy(not(v))?.chosen(chosen) ?? chosen, chosen);
  // A flag joined as 1 one way and 0 the other settles the way either way.
  assert.equal(settledBy(not(ite(c, bv(1, 1), bv(0, 1))))?.way(c), false);
});
