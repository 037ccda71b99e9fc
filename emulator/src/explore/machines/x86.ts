import type { Successor } from '../../cpu/control.js';
import { executeX86, stepX86 } from '../../cpu/x86/index.js';
import type { X86Env, X86FlagName, X86Flags, X86State } from '../../cpu/x86/index.js';
import type { ArithmeticFlag } from '../../cpu/x86/arithmetic-flags.js';
import { X86_REG32 } from '../../ir/x86.js';
import type { X86Reg32 } from '../../ir/x86.js';
import { add, bv, exprEquals } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { settledBy } from '../../values/settled.js';
import { RegisterView } from './registerView.js';
import { forgetCalleeWrites } from './skippedCall.js';
import type { RegisterDifference } from './registerView.js';
import type { Fresh, Machine, StepEnv } from '../machine.js';

// The exploration engine's view of the x86 semantics: registers and flags by
// name for joins, widening and traces, and the effect of a call it does not
// follow under the 32-bit C convention.

export const X86_FLAG_NAMES = ['cf', 'pf', 'af', 'zf', 'sf', 'of', 'df'] as const;

/** Registers a C-convention call may change (EAX, ECX, EDX; the flags too). */
const CALLER_SAVED: readonly X86Reg32[] = ['eax', 'ecx', 'edx'];

/**
 * The flags a call may change: the status flags. DF is not one: the 32-bit
 * C convention has it clear at every call and every return, so a callee
 * leaves it as it found it, and `rep stosd` after a service needs no `cld`.
 */
export const CALL_CLOBBERED_FLAGS = ['cf', 'pf', 'af', 'zf', 'sf', 'of'] as const;

/** The semantics' view of one step: methods on the prototype, not a closure per instruction. */
class X86StepEnv implements X86Env {
  readonly address: number;
  readonly next: number;

  constructor(private readonly env: StepEnv) {
    this.address = Number(env.address);
    this.next = Number(env.next);
  }

  resolveLabel(name: string): number | undefined {
    const address = this.env.resolve(name);
    return address === undefined ? undefined : Number(address);
  }

  isCode(address: bigint): boolean {
    return this.env.isCode(address);
  }

  isLabelled(address: bigint): boolean {
    return this.env.isLabelled(address);
  }
}

const REGISTER_NAMES: ReadonlySet<string> = new Set(X86_REG32);
const FLAG_NAMES: ReadonlySet<string> = new Set([...X86_FLAG_NAMES, 'if']);
const ARITHMETIC_FLAGS: ReadonlySet<string> = new Set<ArithmeticFlag>(['cf', 'pf', 'af', 'zf', 'sf', 'of']);

/**
 * A state's registers and flags by name, read when asked for: the register
 * observer reads a few of them before every instruction, and an arithmetic
 * flag is worked out only when read (`LazyFlags`).
 */
class X86Registers extends RegisterView {
  constructor(private readonly state: X86State) {
    super();
  }

  get size(): number {
    return X86_REG32.length + X86_FLAG_NAMES.length + (this.state.flags.if ? 1 : 0);
  }

  get(name: string): Expr | undefined {
    if (REGISTER_NAMES.has(name)) return this.state.regs[name as X86Reg32];
    if (FLAG_NAMES.has(name)) return this.state.flags[name as X86FlagName];
    return undefined;
  }

  *entries(): MapIterator<[string, Expr]> {
    const { regs, flags } = this.state;
    for (const r of X86_REG32) yield [r, regs[r]];
    for (const f of X86_FLAG_NAMES) yield [f, flags[f]];
    if (flags.if) yield ['if', flags.if];
  }

  /**
   * As every view's, but a flag both sides still work out from one record
   * is the same without being worked out, and one that either side has not
   * worked out is unsettled unless `settle`.
   */
  override differenceFrom(other: ReadonlyMap<string, Expr>, settle: boolean): RegisterDifference {
    if (!(other instanceof X86Registers)) return super.differenceFrom(other, settle);
    const values: [string, Expr][] = [];
    const unsettled: string[] = [];
    const mine = this.state.flags, theirs = other.state.flags;
    for (const name of this.names()) {
      if (ARITHMETIC_FLAGS.has(name)) {
        const flag = name as ArithmeticFlag;
        if (mine.holdsSame(flag, theirs)) continue;
        if (!settle && !(mine.isWorkedOut(flag) && theirs.isWorkedOut(flag))) { unsettled.push(name); continue; }
      }
      const v = this.get(name), w = other.get(name);
      if (v && (!w || !exprEquals(v, w))) values.push([name, v]);
    }
    return { values, unsettled };
  }

  override keys(): MapIterator<string> {
    return this.names();
  }

  /** The names `entries` lists, in its order, without reading a flag. */
  private *names(): MapIterator<string> {
    yield* X86_REG32;
    yield* X86_FLAG_NAMES;
    if (this.state.flags.if) yield 'if';
  }
}

/**
 * The successors, each with every register and flag that is a choice on a
 * condition its guard settles made that choice, in its own state. A helper's
 * two returns (CF clear with EAX the pool, CF set with EAX as it came) meet
 * where it returns, and the `jc` after the call parts them again: without
 * this the error way kept EAX's success value as a choice no path takes,
 * and every question about EAX there asked the solver about it.
 */
function decided(successors: readonly Successor<X86State>[]): readonly Successor<X86State>[] {
  for (const { guard, state } of successors) {
    const settled = settledBy(guard);
    if (!settled) continue;
    for (const r of X86_REG32) state.regs[r] = settled.chosen(state.regs[r]);
    state.flags.decide(settled);
  }
  return successors;
}

export const x86Machine: Machine<X86State> = {
  execute(state, instruction, env) {
    if (instruction.arch !== 'x86') throw new Error('the x86 machine runs x86 code only');
    return decided(executeX86(state, instruction, new X86StepEnv(env)));
  },
  step(state, instruction, env) {
    if (instruction.arch !== 'x86') throw new Error('the x86 machine runs x86 code only');
    return decided(stepX86(state, instruction, new X86StepEnv(env)));
  },
  registers: (state) => new X86Registers(state),
  withRegisters(state, values) {
    const next = state.clone();
    for (const [name, value] of values) {
      if ((X86_REG32 as readonly string[]).includes(name)) next.regs[name as X86Reg32] = value;
      else next.flags[name as keyof X86Flags] = value;
    }
    return next;
  },
  joinUnsettled(state, a, b, names, selector) {
    const next = state.clone();
    for (const name of names) next.flags.join(name as ArithmeticFlag, selector, a.flags, b.flags);
    return next;
  },
  memory: (state) => state.memory,
  withMemory(state, memory) {
    const next = state.clone();
    next.memory = memory;
    return next;
  },
  skipCall(state, fresh, call) {
    const next = state.clone();
    const pops = call.arch === 'x86' ? call.calleePops ?? 0 : 0;
    next.regs.esp = add(next.regs.esp, bv(4 + pops, 32));
    leftByUnseenCallee(next, (name, width) => fresh(`call.${name}`, width));
    return next;
  },
  returnSlot: (state) => state.regs.esp,
};

/**
 * What a C-convention callee the analysis does not see may leave, in place:
 * EAX, ECX, EDX and the status flags fresh (`fresh` names each by register),
 * memory outside the caller's frame unknown.
 */
export function leftByUnseenCallee(state: X86State, fresh: Fresh): void {
  for (const r of CALLER_SAVED) state.regs[r] = fresh(r, 32);
  for (const f of CALL_CLOBBERED_FLAGS) state.flags[f] = fresh(f, 1);
  forgetCalleeWrites(state.memory, state.regs.esp);
}
