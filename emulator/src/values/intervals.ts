import { mask } from './expr.js';
import { fitsBits } from './known-bits.js';
import type { KnownBits } from './known-bits.js';

// Sets of unsigned values as sorted, disjoint closed intervals. Comparisons
// against constants, with an offset and in either signedness, all become "x
// lies in a wrapped interval", which is at most two plain ones.

export type Interval = readonly [lo: bigint, hi: bigint];
export type IntervalSet = readonly Interval[];

export function full(width: number): IntervalSet {
  return [[0n, mask(width)]];
}

/** {x | (x - lo) mod 2^w <= (hi - lo) mod 2^w}: the interval from lo upwards to hi, wrapping past the top. */
export function wrapped(lo: bigint, hi: bigint, width: number): IntervalSet {
  const m = mask(width);
  lo &= m;
  hi &= m;
  return lo <= hi ? [[lo, hi]] : [[0n, hi], [lo, m]];
}

/** The complement of a wrapped interval is the wrapped interval from hi+1 to lo-1 (empty when it was everything). */
export function wrappedComplement(lo: bigint, hi: bigint, width: number): IntervalSet {
  const m = mask(width);
  if (((hi - lo) & m) === m) return [];
  return wrapped(hi + 1n, lo - 1n, width);
}

export function intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: Interval[] = [];
  let i = 0, j = 0;
  for (let x = a[i], y = b[j]; x && y; x = a[i], y = b[j]) {
    const [alo, ahi] = x, [blo, bhi] = y;
    const lo = alo > blo ? alo : blo, hi = ahi < bhi ? ahi : bhi;
    if (lo <= hi) out.push([lo, hi]);
    if (ahi < bhi) i++; else j++;
  }
  return out;
}

export function contains(set: IntervalSet, v: bigint): boolean {
  return set.some(([lo, hi]) => lo <= v && v <= hi);
}

export function size(set: IntervalSet): bigint {
  return set.reduce((n, [lo, hi]) => n + hi - lo + 1n, 0n);
}

export function hull(set: IntervalSet): Interval | undefined {
  const first = set[0], last = set[set.length - 1];
  return first && last ? [first[0], last[1]] : undefined;
}

/** Removes one value (a `!=` fact). */
export function without(set: IntervalSet, v: bigint): IntervalSet {
  const out: Interval[] = [];
  for (const [lo, hi] of set) {
    if (v < lo || v > hi) { out.push([lo, hi]); continue; }
    if (lo < v) out.push([lo, v - 1n]);
    if (v < hi) out.push([v + 1n, hi]);
  }
  return out;
}

/** Shrinks every interval to its smallest and largest members that agree with the known bits. */
export function tighten(set: IntervalSet, bits: KnownBits, width: number): IntervalSet {
  if (bits.zeros === 0n && bits.ones === 0n) return set;
  const out: Interval[] = [];
  for (const [lo, hi] of set) {
    // Most bounds already fit; the binary search is the solver's hot spot.
    const a = fitsBits(bits, lo) ? lo : nextFit(bits, lo, width);
    if (a === undefined || a > hi) continue;
    const b = fitsBits(bits, hi) ? hi : previousFit(bits, hi, width);
    if (b === undefined || b < a) continue;
    out.push([a, b]);
  }
  return out;
}

// The nearest fitting value keeps the bits of v above some position i, moves
// bit i past v's (0 → 1 going up, 1 → 0 going down) and fills the bits below
// i with the least (going up) or greatest (going down) the known bits allow.
// The lowest such i gives the nearest value; one pass from the top bit down
// finds it, where a binary search over the fitting values was a solver hot spot.

/** The smallest value >= v agreeing with the known bits. */
export function nextFit(bits: KnownBits, v: bigint, width: number): bigint | undefined {
  return nearestFit(bits, v, width, true);
}

/** The largest value <= v agreeing with the known bits. */
export function previousFit(bits: KnownBits, v: bigint, width: number): bigint | undefined {
  return nearestFit(bits, v, width, false);
}

function nearestFit(bits: KnownBits, v: bigint, width: number, up: boolean): bigint | undefined {
  const m = mask(width);
  if (v > m) return up ? undefined : previousFit(bits, m, width);
  if (width <= 32) {
    const nearest = nearestFit32(Number(bits.zeros & m), Number(bits.ones & m), Number(v), width, up);
    return nearest === undefined ? undefined : BigInt(nearest);
  }
  const free = m & ~(bits.zeros | bits.ones);
  let nearest: bigint | undefined;
  for (let i = width - 1; i >= 0; i--) {
    const bit = 1n << BigInt(i);
    const below = bit - 1n;
    const above = m & ~(below | bit);
    const set = (v & bit) !== 0n;
    // Bit i may move away from v's bit in the search's direction.
    if (set !== up && ((up ? bits.zeros : bits.ones) & bit) === 0n) {
      const fill = up ? bits.ones & below : (bits.ones | free) & below;
      nearest = (v & above) | (up ? bit : 0n) | fill;
    }
    // Past a bit of v the known bits forbid, no lower position keeps v's prefix.
    if (((set ? bits.zeros : bits.ones) & bit) !== 0n) return nearest;
  }
  return v;
}

/**
 * `nearestFit` of values that fit in 32 bits, worked out in numbers: every
 * BigInt operation allocates, and the search made about ten of them per bit
 * (a twenty-fifth of an ObjAsm open's allocation). `>>> 0` reads the 32-bit
 * results unsigned.
 */
function nearestFit32(zeros: number, ones: number, v: number, width: number, up: boolean): number | undefined {
  const m = width === 32 ? 0xffffffff : 2 ** width - 1;
  const free = (m & ~(zeros | ones)) >>> 0;
  let nearest: number | undefined;
  for (let i = width - 1; i >= 0; i--) {
    const bit = 2 ** i;
    const below = bit - 1;
    const above = (m & ~(below | bit)) >>> 0;
    const set = (v & bit) !== 0;
    if (set !== up && ((up ? zeros : ones) & bit) === 0) {
      const fill = up ? ones & below : (ones | free) & below;
      nearest = ((v & above) | (up ? bit : 0) | fill) >>> 0;
    }
    if (((set ? zeros : ones) & bit) !== 0) return nearest;
  }
  return v;
}
