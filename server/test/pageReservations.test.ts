import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryCall, pagesOf, reservedRanges } from '../src/lowering/riscos/pageReservations.js';
import type { PageReservation } from '../src/lowering/riscos/types.js';

// What a program's OS_Memory calls leave reserved: only what no release it
// may make can undo, as PW306 is an error.

const reserve = (first: number, count: number): PageReservation => ({ release: false, pages: { first: BigInt(first), count: BigInt(count) } });
const release = (first: number, count: number): PageReservation => ({ release: true, pages: { first: BigInt(first), count: BigInt(count) } });

test('OS_Memory 23 reserves with bit 8 clear and releases with it set; other reasons and refused flags do nothing to reservations', () => {
  assert.deepEqual(memoryCall(23n, 0x400n, 16n), reserve(0x400, 16));
  assert.deepEqual(memoryCall(0x117n, 0x400n, 16n), release(0x400, 16));
  assert.deepEqual(memoryCall(23n, undefined, 16n), { release: false }, 'the first page not known');
  assert.equal(memoryCall(0x217n, 0x400n, 16n), undefined, 'bit 9 set: the kernel refuses the call');
  assert.equal(memoryCall(24n, 0x400n, 16n), undefined);
  assert.equal(memoryCall(0x2000n, 0x400n, 16n), undefined, 'OS_Memory 0');
  assert.deepEqual(memoryCall(undefined, 0x400n, 16n), {}, 'a reason not known may be a release of any page');
});

test('the reservations no release overlaps, as runs of pages', () => {
  assert.deepEqual(reservedRanges([reserve(0x400, 16), reserve(0x410, 4), reserve(0x402, 2), reserve(0x500, 1)]), [{ first: 0x400, count: 20 }, { first: 0x500, count: 1 }]);
  assert.deepEqual(reservedRanges([reserve(0x400, 16), release(0x40f, 1), reserve(0x500, 1)]), [{ first: 0x500, count: 1 }], 'released in part: the grow may take it after');
  assert.deepEqual(reservedRanges([reserve(0x400, 16), release(0x410, 16), release(0x408, 0)]), [{ first: 0x400, count: 16 }], 'no page of it released');
  assert.deepEqual(reservedRanges([reserve(0x400, 16), { release: true }]), [], 'a release of pages not known');
  assert.deepEqual(reservedRanges([reserve(0x400, 16), { ...release(0x400, 16), afterGrows: true }, { afterGrows: true }]), [{ first: 0x400, count: 16 }], 'releases no grow can follow');
  assert.deepEqual(reservedRanges([reserve(0x400, 16), {}]), [], 'a call of a reason not known');
  assert.deepEqual(reservedRanges([{ release: false }, reserve(0x400, 0)]), [], 'pages not known, or none');
  assert.deepEqual(reservedRanges([reserve(0xfff0, 16), reserve(0xfff0, 17), reserve(0xffffffff, 2)]), [{ first: 0xfff0, count: 16 }], 'past the pages modelled');
  assert.deepEqual(pagesOf([{ first: 0x400, count: 2 }, { first: 0x500, count: 1 }]), [0x400, 0x401, 0x500]);
});
