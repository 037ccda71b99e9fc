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

test('nextFit and previousFit give the nearest value that fits, for every known-bits pattern of a small width and values past it', () => {
  const width = 5;
  for (let zeros = 0n; zeros < 32n; zeros++) {
    for (let ones = 0n; ones < 32n; ones++) {
      if (zeros & ones) continue;
      const known = { zeros, ones };
      const fitting = [...Array(32).keys()].map(BigInt).filter((x) => (x & zeros) === 0n && (x & ones) === ones);
      for (let v = 0n; v < 40n; v++) {
        assert.equal(nextFit(known, v, width), fitting.find((x) => x >= v), `next ${v} zeros ${zeros} ones ${ones}`);
        assert.equal(previousFit(known, v, width), fitting.findLast((x) => x <= v), `previous ${v} zeros ${zeros} ones ${ones}`);
      }
    }
  }
});

test('nextFit and previousFit at the top bit of 31-, 32- and 33-bit values', () => {
  for (const width of [31, 32, 33]) {
    const top = 1n << BigInt(width - 1), all = (1n << BigInt(width)) - 1n;
    // Top bit known 0: below it, everything fits.
    assert.equal(previousFit({ zeros: top, ones: 0n }, all, width), top - 1n, `width ${width}`);
    assert.equal(nextFit({ zeros: top, ones: 0n }, top, width), undefined, `width ${width}`);
    // Top bit known 1: the smallest fitting value is the top bit alone, and every value from it fits.
    assert.equal(nextFit({ zeros: 0n, ones: top }, 5n, width), top, `width ${width}`);
    assert.equal(previousFit({ zeros: 0n, ones: top }, top - 1n, width), undefined, `width ${width}`);
    assert.equal(previousFit({ zeros: 0n, ones: top }, all, width), all, `width ${width}`);
    // Top bit 1 and bit 0 known 0: even values from the top bit up.
    const even = { zeros: 1n, ones: top };
    assert.equal(nextFit(even, top + 3n, width), top + 4n, `width ${width}`);
    assert.equal(previousFit(even, all, width), all - 1n, `width ${width}`);
    assert.equal(previousFit(even, all + 1n, width), all - 1n, `width ${width}`);
    assert.equal(nextFit(even, all + 1n, width), undefined, `width ${width}`);
  }
});
