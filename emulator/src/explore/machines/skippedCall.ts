import type { Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';

/**
 * The memory a call the engine skips may leave: the callee may have stored
 * anywhere (a handle it freed and replaced, a flag it set), so what the path
 * knew of memory outside the stack becomes unknown, while the caller's frame
 * (saved registers, return addresses) is assumed untouched. A concrete run's
 * stack lies in the absolute region with its data, so a concrete run keeps
 * all its memory. `memory` must be the caller's own copy.
 */
export function forgetCalleeWrites(memory: Memory, stackPointer: Expr): void {
  if (memory instanceof SymbolicMemory) memory.forgetAllBut(stackPointer);
}
