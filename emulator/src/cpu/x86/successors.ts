import { TRUE, and, constValue, not, type Expr } from '../../values/expr.js';
import type { Control, Successor } from '../control.js';
import type { X86State } from './state.js';

export const NEXT: Control = { kind: 'next' };

export function only(state: X86State, control: Control = NEXT): Successor<X86State>[] {
  return [{ guard: TRUE, state, control }];
}

/**
 * Control goes to `taken` when cond holds, else to `otherwise`. A constant
 * condition folds to one successor; a symbolic one forks with complementary guards.
 */
export function branch(state: X86State, cond: Expr, taken: Control, otherwise: Control = NEXT): Successor<X86State>[] {
  const value = constValue(cond);
  if (value !== undefined) return only(state, value ? taken : otherwise);
  return [
    { guard: cond, state, control: taken },
    { guard: not(cond), state: state.clone(), control: otherwise },
  ];
}

/** Conjunction of 1-bit guards that drops constant sides instead of building `1 & g` trees. */
export function both(a: Expr, b: Expr): Expr {
  const ca = constValue(a);
  const cb = constValue(b);
  if (ca !== undefined) return ca ? b : a;
  if (cb !== undefined) return cb ? a : b;
  return and(a, b);
}

export function isFalse(e: Expr): boolean {
  return constValue(e) === 0n;
}
