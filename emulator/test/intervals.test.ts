import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextFit, previousFit, tighten } from '../src/values/intervals.js';

// Bit 0 known 0, bit 3 known 1: the fitting values are 8, 10, 12, 14, 24, 26, ….
const bits = { zeros: 0b1n, ones: 0b1000n };

test('tighten keeps bounds that already fit the known bits and moves those that do not', () => {
  assert.deepEqual(tighten([[8n, 14n]], bits, 8), [[8n, 14n]]);
  assert.deepEqual(tighten([[9n, 23n]], bits, 8), [[10n, 14n]]);
  assert.deepEqual(tighten([[15n, 23n]], bits, 8), []);
  assert.deepEqual(tighten([[0n, 255n], [3n, 3n]], { zeros: 0n, ones: 0n }, 8), [[0n, 255n], [3n, 3n]]);
});

test('tighten agrees with nextFit/previousFit on every interval of a small width', () => {
  for (let lo = 0n; lo < 64n; lo++) {
    for (let hi = lo; hi < 64n; hi++) {
      const a = nextFit(bits, lo, 6);
      const b = previousFit(bits, hi, 6);
      const expected = a === undefined || b === undefined || a > hi || b < a ? [] : [[a, b]];
      assert.deepEqual(tighten([[lo, hi]], bits, 6), expected, `[${lo}, ${hi}]`);
    }
  }
});
