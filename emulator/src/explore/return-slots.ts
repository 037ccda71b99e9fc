import { add, and, not, TRUE } from '../values/expr.js';
import type { Expr } from '../values/expr.js';

// Where a return may read its address: paths that left the stack pointer in
// different places and joined before the return leave it as an
// if-then-else of those places, and each is checked on the paths that left
// it there.

/** One value a joined value may be, and the condition under which it is. */
export interface Arm {
  readonly guard: Expr;
  readonly value: Expr;
}

/** Past this many places a joined stack pointer may be in, it is taken as it is: unknown. */
const MAX_ARMS = 16;

/**
 * The values at the leaves of `e`'s if-then-else tree, each with the
 * conditions that lead to it, and a constant added after the join added to
 * each: a stack pointer joined from paths that left it in different places.
 * Past `MAX_ARMS` leaves, `e` as it is.
 */
export function armsOf(e: Expr): readonly Arm[] {
  const out: Arm[] = [];
  const walk = (x: Expr, guard: Expr, offset: Expr | undefined): boolean => {
    // A pop after the join adds to the joined value: `ite(c, a, b) + 4` is `a + 4` or `b + 4`.
    if (x.kind === 'binary' && x.op === 'add' && x.right.kind === 'const' && x.left.kind === 'ite') return walk(x.left, guard, offset ? add(x.right, offset) : x.right);
    if (x.kind !== 'ite') {
      out.push({ guard, value: offset ? add(x, offset) : x });
      return out.length <= MAX_ARMS;
    }
    return walk(x.then, and(guard, x.cond), offset) && walk(x.else, and(guard, not(x.cond)), offset);
  };
  return walk(e, TRUE, undefined) ? out : [{ guard: TRUE, value: e }];
}
