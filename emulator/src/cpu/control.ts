import type { Expr } from '../values/expr.js';

export type ControlTarget = { readonly label: string } | { readonly address: Expr };

/** Where execution goes after one instruction. */
export type Control =
  | { readonly kind: 'next' }
  /**
   * `tableEntry`: the target is the code address a table's entry holds, which
   * the successor's guard picked by its index (`jmp [Table+eax*4]` with
   * nothing bounding EAX): the engine notes the branch as the jump to that
   * target, not as an assumption about the index alone.
   */
  | { readonly kind: 'jump'; readonly target: ControlTarget; readonly tableEntry?: true }
  /**
   * A call: the return address is already pushed (x86) or in LR (ARM).
   * `returnTo` is where the callee returns when that is not the next
   * instruction (a branch after `ADR lr, back`); `tableEntry` as for a jump.
   */
  | { readonly kind: 'call'; readonly target: ControlTarget; readonly returnTo?: bigint; readonly tableEntry?: true }
  | { readonly kind: 'return'; readonly address: Expr }
  | { readonly kind: 'interrupt'; readonly vector: number }
  | { readonly kind: 'swi'; readonly number: Expr }
  /** The CPU would raise an exception here (divide by zero, undefined instruction). */
  | { readonly kind: 'fault'; readonly reason: string }
  /**
   * The semantics stop following the path here, though the CPU would go on
   * (a repetition too long to run): an analysis cut short.
   */
  | { readonly kind: 'incomplete'; readonly reason: string }
  /**
   * Models only: the path leaves the code on purpose and does not come back
   * (`Fatal_Error_Handler`, a plain SWI's error going to the error handler).
   */
  | { readonly kind: 'exit'; readonly reason: string };

/**
 * One possible outcome of an instruction: the state after it and where control
 * goes, under `guard` (a 1-bit Expr). A concrete run yields exactly one
 * successor whose guard folds to 1; a symbolic one may yield several.
 */
export interface Successor<S> {
  readonly guard: Expr;
  readonly state: S;
  readonly control: Control;
}
