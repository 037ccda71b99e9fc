import type { SwiMatch } from '../../catalogue/index.js';
import type { StepContext } from '../../explore/hooks.js';
import type { Trace } from '../../explore/trace.js';
import { bv, constValue, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { placeError } from './errors.js';
import type { KernelError } from './errors.js';
import type { Area, Kernel } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import type { PageService } from './service-entry.js';
import { register } from '../../explore/machines/arm.js';

// The shapes shared by the SWI models: one call, and the branches it can
// end in. The X/non-X error convention is applied to the branches in one
// place (swi.ts), so a model only says "this fails with that error".

/** Runs a dynamic area's handler on the concrete kernel; undefined when it did not come back. */
export type HandlerCaller = (call: HandlerCall) => HandlerReturn | undefined;

export interface HandlerCall {
  readonly area: Area;
  readonly reason: number;
  /** R0-R5 as the kernel passes them (R12 comes from the area). */
  readonly regs: ReadonlyMap<number, Expr>;
  /** The caller's state: the handler runs on its memory. */
  readonly state: RiscOsState;
  readonly kernel: Kernel;
  /** Where the steps the code ran go when the caller is traced (the SWI's step in a run); absent, nobody shows them. */
  readonly inner?: (steps: Trace) => void;
}

export interface HandlerReturn {
  readonly state: RiscOsState;
  readonly kernel: Kernel;
}

/** Runs the program's module service handler for a service the kernel issues; undefined when there is none or it did not come back. */
export type ServiceCaller = (call: ServiceCall) => HandlerReturn | undefined;

export interface ServiceCall {
  readonly service: PageService;
  /** R1-R4 as the kernel passes them (R12 is the module's private word). */
  readonly regs: ReadonlyMap<number, Expr>;
  readonly state: RiscOsState;
  readonly kernel: Kernel;
  /** As a handler call's. */
  readonly inner?: (steps: Trace) => void;
}

export interface SwiEnvironment {
  /**
   * The code runs in SVC mode, as handlers and module entry points do: a
   * non-X SWI is PW311 here, and a SWI overwrites R14 (PW304 where the code
   * then returns through it).
   */
  readonly svc: boolean;
  /** The code runs inside a dynamic-area handler: a resize is in progress. */
  readonly inHandler: boolean;
  /**
   * Set in a run, whose kernel is the whole machine: a call the kernel model
   * works out ends as it works out, unless the run was given the symbol of
   * another outcome by name (`given`: a replayed witness's inputs, with
   * their values).
   */
  readonly closedWorld?: { readonly given: ReadonlyMap<string, bigint> };
  readonly callHandler?: HandlerCaller;
  readonly callService?: ServiceCaller;
}

export interface SwiCall {
  readonly ctx: StepContext<RiscOsState>;
  /** The state the SWI sees (after the SWI instruction itself). */
  readonly state: RiscOsState;
  readonly kernel: Kernel | undefined;
  readonly swi: SwiMatch;
  readonly env: SwiEnvironment;
}

export interface SwiBranch {
  readonly guard: Expr;
  /** The state on return, before the V flag and R0 of the convention are applied. */
  readonly state: RiscOsState;
  readonly kernel?: Kernel;
  /** Set on a failing branch: the error pointer R0 gets (X form) or the error handler sees. */
  readonly error?: Expr;
  /** Registers that hold results only on success: used untested after an X failure they are PW310. */
  readonly results?: readonly number[];
  /** The failure is a finding of its own (PW309): the error it leaves is not another one. */
  readonly reported?: boolean;
}

export function ok(state: RiscOsState, kernel?: Kernel, guard: Expr = TRUE): SwiBranch {
  return { guard, state, ...(kernel ? { kernel } : {}) };
}

/** A failing branch with a kernel error, its block written into a copy of memory. */
export function fail(state: RiscOsState, error: KernelError, results: readonly number[] = [], kernel?: Kernel): SwiBranch {
  const cpu = state.cpu.clone();
  const pointer = placeError(cpu.memory, error);
  return { guard: TRUE, state: { ...state, cpu }, error: pointer, results, ...(kernel ? { kernel } : {}) };
}

/** Register values as numbers, or undefined when any is not a constant. */
export function concrete(state: RiscOsState, ...regs: number[]): number[] | undefined {
  const out: number[] = [];
  for (const r of regs) {
    const v = constValue(register(state, r));
    if (v === undefined) return undefined;
    out.push(Number(v));
  }
  return out;
}

export const signed = (v: number): number => v | 0;
export const word = (v: number): Expr => bv(v >>> 0);
