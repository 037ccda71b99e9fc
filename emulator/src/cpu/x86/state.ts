import { sym, type Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';
import { X86_REG32, type X86Instruction, type X86Reg32 } from '../../ir/x86.js';
import type { Successor } from '../control.js';
import { LazyFlags } from './arithmetic-flags.js';

/** EFLAGS bits the semantics track, each a 1-bit Expr. */
export interface X86Flags {
  cf: Expr;
  pf: Expr;
  af: Expr;
  zf: Expr;
  sf: Expr;
  of: Expr;
  df: Expr;
  /** Tracked once known (cli, sti, popfd, or given initially); pushfd reads the symbol `if` while absent. */
  if?: Expr;
}

export type X86FlagName = keyof X86Flags;

export interface X86State {
  regs: Record<X86Reg32, Expr>;
  flags: LazyFlags;
  memory: Memory;
  /** A deep copy: semantics clone the input and mutate only the copy. */
  clone(): X86State;
}

export interface X86Env {
  /** Address of the instruction being executed. */
  readonly address: number;
  /** Address of the instruction after it (the return address a call pushes). */
  readonly next: number;
  /** Address of a code label used as a value (`push offset handler`); undefined when unknown. */
  resolveLabel(name: string): number | undefined;
  /** Whether an instruction of the program is at `address`; absent where no program is known (a lone instruction's run). */
  isCode?(address: bigint): boolean;
  /** Whether a label names `address`: past a table's first word, the start of another table or variable. */
  isLabelled?(address: bigint): boolean;
  /**
   * How many iterations of a `rep` string instruction may run while its
   * continuation is symbolic before the remaining paths end `incomplete`.
   * Default {@link DEFAULT_REP_LIMIT}.
   */
  readonly repLimit?: number;
}

export const DEFAULT_REP_LIMIT = 16;

/** Thrown for an instruction the semantics do not know or whose operands make no sense. */
export class X86SemanticsError extends Error {
  constructor(insn: X86Instruction, problem: string) {
    super(`${insn.prefix ? insn.prefix + ' ' : ''}${insn.mnemonic}: ${problem}`);
    this.name = 'X86SemanticsError';
  }
}

/** What an instruction handler gets: a private clone it may mutate. */
export type X86Handler = (state: X86State, insn: X86Instruction, env: X86Env) => Successor<X86State>[] | undefined;

class State implements X86State {
  constructor(public regs: Record<X86Reg32, Expr>, public flags: LazyFlags, public memory: Memory) {}

  clone(): X86State {
    return new State(copyRegisters(this.regs), new LazyFlags(this.flags), this.memory.clone());
  }
}

/**
 * The registers as a literal of the eight, in one order: every path's step
 * clones a state, and a spread of the record (`{ ...regs }`) went through
 * V8's generic object copy.
 */
function copyRegisters(r: Readonly<Record<X86Reg32, Expr>>): Record<X86Reg32, Expr> {
  return { eax: r.eax, ecx: r.ecx, edx: r.edx, ebx: r.ebx, esp: r.esp, ebp: r.ebp, esi: r.esi, edi: r.edi };
}

const FLAG_NAMES = ['cf', 'pf', 'af', 'zf', 'sf', 'of', 'df'] as const;

/**
 * A state whose unspecified registers and flags are symbols named after them
 * (`eax`, `cf`), i.e. "the value on entry".
 */
export function createX86State(init: {
  memory: Memory;
  regs?: Partial<Record<X86Reg32, Expr>>;
  flags?: Partial<X86Flags>;
}): X86State {
  const regs = copyRegisters(Object.fromEntries(X86_REG32.map((r) => [r, init.regs?.[r] ?? sym(r, 32)])) as Record<X86Reg32, Expr>);
  const flags = Object.fromEntries(FLAG_NAMES.map((f) => [f, init.flags?.[f] ?? sym(f, 1)])) as unknown as X86Flags;
  if (init.flags?.if !== undefined) flags.if = init.flags.if;
  return new State(regs, new LazyFlags(flags), init.memory);
}
