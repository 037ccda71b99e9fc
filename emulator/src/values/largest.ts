/**
 * The largest value in [lo, hi) a test holds for, where it holds for `lo`,
 * not for `hi`, and for every value below one it holds for: how far a value
 * can go on a path (a dispatch index, a page count), asked of the solver's
 * refutations one bisection step at a time.
 */
export function largestHolding(holds: (v: bigint) => boolean, lo: bigint, hi: bigint): bigint {
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (holds(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
