import { TRUE, constValue, not, type Expr } from '../../values/expr.js';
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

export function isFalse(e: Expr): boolean {
  return constValue(e) === 0n;
}
