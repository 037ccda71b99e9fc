import type { Successor } from '../cpu/control.js';
import type { InstructionItem, Instruction } from '../ir/program.js';
import type { Expr } from '../values/expr.js';
import type { KnownBits } from '../values/known-bits.js';
import type { Memory } from '../values/memory.js';

// What exploration needs from an architecture. The CPU semantics stay pure
// functions over their own state type; an adapter per architecture exposes
// the register file and memory so the engine can compare, join, widen and
// trace states without knowing the layout.

export interface StepEnv {
  readonly item: InstructionItem;
  /** The instruction's own address. */
  readonly address: bigint;
  /** The address of the item laid out after it. */
  readonly next: bigint;
  resolve(label: string): bigint | undefined;
  /** Whether an instruction of the program is at `address`. */
  isCode(address: bigint): boolean;
  /** Whether a label of the program names `address`. */
  isLabelled(address: bigint): boolean;
  /** The bits of e the path makes certain (a pointer the entry assumptions say is word-aligned). */
  knownBits(e: Expr): KnownBits;
}

/** A new unconstrained value; the hint becomes part of its unique name. */
export type Fresh = (hint: string, width: number) => Expr;

export interface Machine<S> {
  /** The successors of one instruction; `state` is left as it was. */
  execute(state: S, instruction: Instruction, env: StepEnv): readonly Successor<S>[];
  /**
   * `execute` for a caller that gives `state` up: it may be changed and be
   * one of the successors' states, so nothing else may hold it.
   */
  step(state: S, instruction: Instruction, env: StepEnv): readonly Successor<S>[];
  /** Every register and flag by name (1-bit Exprs for flags). */
  registers(state: S): ReadonlyMap<string, Expr>;
  /** A new state with the given registers replaced. */
  withRegisters(state: S, values: ReadonlyMap<string, Expr>): S;
  /**
   * For a machine whose registers are worked out when read: a new state
   * with the registers a join of `a` and `b` left unsettled (see
   * `RegisterDifference`) set to `a`'s where `selector` holds, else `b`'s,
   * still worked out when read. Without it, a join works out every register.
   */
  joinUnsettled?(state: S, a: S, b: S, names: readonly string[], selector: Expr): S;
  /**
   * `state`, the join of `a` and `b` that `withRegisters` made, with what
   * the machine keeps about the registers and memory beside their values
   * (ARM: which instruction last wrote each register, and which store
   * overwrote a register's copy on the stack) joined too: `a`'s where
   * `selector` holds, `b`'s elsewhere.
   */
  joinedFrom?(state: S, a: S, b: S, selector: Expr): S;
  /**
   * Whether one state can stand for `a` and `b` with their registers
   * joined; false for states a register's value cannot tell apart (ARM: a
   * CPU in its 26-bit and one in its 32-bit address mode). Without it,
   * any two can.
   */
  joinable?(a: S, b: S): boolean;
  /**
   * Whether `instruction`, where `a` and `b` meet, parts them again at once:
   * a conditional branch, or a conditional write of the PC, that one takes
   * and the other does not (ARM: the `BVS` or `EXIT VS` after an X SWI's
   * error and success outcomes). The engine leaves
   * such paths apart, which the branch would otherwise split again, with a
   * selector in every value that differed, and notes on each the guard
   * their join would have chosen it by, as the branch would have on the
   * joined path. Without it, none does.
   */
  parts?(a: S, b: S, instruction: Instruction): boolean;
  memory(state: S): Memory;
  withMemory(state: S, memory: Memory): S;
  /**
   * The state after a call the engine does not follow (too deep, or a target
   * outside the program): the convention's caller-saved registers hold fresh
   * values and the return address is consumed (x86 pops it; ARM has it in LR).
   */
  skipCall(state: S, fresh: Fresh, call: Instruction): S;
  /**
   * Where a return would read its return address in `state` (x86: the slot
   * ESP points at; after a call, the slot the call pushed it to), for a
   * machine that keeps return addresses on the stack. A machine that
   * returns through a register (ARM's LR) has none.
   */
  returnSlot?(state: S): Expr;
}
