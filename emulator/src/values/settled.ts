import { exprEquals } from './key.js';
import type { Expr } from './expr.js';

// Two ways that meet keep each value they left apart as a choice on the
// join's selector; a branch right after the join often parts the ways
// again on that very selector (a call's two outcomes and the test of its
// result), and each way then goes on with the choice of the other's value,
// which no path takes and which every question about the value asks the
// solver about anew. A successor's guard settles such choices.

/** The choices a guard settles, for the successor it guards. */
export interface Settled {
  /** The way `cond` goes wherever the guard holds, if the guard settles it. */
  way(cond: Expr): boolean | undefined;
  /** `e` with each choice at its top on a condition the guard settles made. */
  chosen(e: Expr): Expr;
}

/**
 * The condition a guard settles, and which way: `c`, `~c`, a flag joined as
 * `c ? 0 : 1` (a status flag after two ways that set and cleared it met),
 * and one joined as `c ? 0 : x` or `c ? x : 0`, which can hold only on the
 * way whose side is not 0 (Z after `MSRNE CPSR_f, #V_bit`: cleared where
 * NE held, as it was elsewhere). `exact`: the guard holds exactly where the
 * condition goes that way, so its negation settles the other way; the
 * negation of `c ? x : 0` holds on both ways (V clear after an X SWI's
 * outcomes met the path that cleared it: the SWI succeeded, or the other
 * path), and settles nothing.
 */
function condition(guard: Expr): { readonly cond: Expr; readonly holds: boolean; readonly exact: boolean } | undefined {
  if (guard.kind === 'const') return undefined;
  if (guard.kind === 'unary' && guard.op === 'not') {
    const inner = condition(guard.arg);
    return inner?.exact ? { cond: inner.cond, holds: !inner.holds, exact: true } : undefined;
  }
  if (guard.kind === 'ite' && guard.then.kind === 'const' && guard.else.kind === 'const' && guard.then.value !== guard.else.value) return { cond: guard.cond, holds: guard.then.value === 1n, exact: true };
  if (guard.kind === 'ite' && (isFalse(guard.then) || isFalse(guard.else))) return { cond: guard.cond, holds: isFalse(guard.else), exact: false };
  return { cond: guard, holds: true, exact: true };
}

const isFalse = (e: Expr): boolean => e.kind === 'const' && e.value === 0n;

/** What `guard` settles; undefined for a guard that settles nothing (a constant). */
export function settledBy(guard: Expr): Settled | undefined {
  const settled = condition(guard);
  if (!settled) return undefined;
  const way = (cond: Expr): boolean | undefined => {
    if (exprEquals(cond, settled.cond)) return settled.holds;
    if ((cond.kind === 'unary' && cond.op === 'not' && exprEquals(cond.arg, settled.cond)) || (settled.cond.kind === 'unary' && settled.cond.op === 'not' && exprEquals(settled.cond.arg, cond))) return !settled.holds;
    return undefined;
  };
  return {
    way,
    chosen(e) {
      let v = e;
      while (v.kind === 'ite') {
        const w = way(v.cond);
        if (w === undefined) break;
        v = w ? v.then : v.else;
      }
      return v;
    },
  };
}
