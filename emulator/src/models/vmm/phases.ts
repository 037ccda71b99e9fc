import { mayFallThrough } from '../../cpu/fallThrough.js';
import type { EntryPoint, Program } from '../../ir/program.js';
import { and, bv, eq, FALSE, ne, or, TRUE, type Expr } from '../../values/expr.js';
import { PHASES, type Phase, type VmmModelState } from './state.js';

// The system phases (spec A.3) a VxD entry point runs in, as `check` and
// `run` both take them. A Control_Dispatch target runs in the phase its
// message implies, whoever else may call it: its analysis is of that
// dispatch. A control procedure written by hand (`controlProcedure`) runs in
// every phase, as the VMM sends it every message, and so does what it calls
// or jumps to but its handlers; its own analysis knows the message, EAX at
// entry, so a rule of a phase is broken on a path of it that lets the
// message be one of that phase (`phaseBreaks`): the code it runs inline or
// calls for Device_Init is judged in that phase. Any other procedure runs in
// the running phase, as it always did
// (a pointer to it may be called then, which no scan of the code sees), and
// also in the phases of the handlers that call or jump to it (or run on into
// it), directly or through other procedures: its own analysis then reports a
// rule of a phase only where every one of those phases breaks it
// (`ModelSetup.phase`), which no phase it does not run in can make false,
// and its callers' analyses, which run its code in their phases, report the
// rest.

/**
 * The messages whose handlers run before the running phase (spec A.3), as
 * MASM names them (any case); a lowering names a message written as a number
 * or an equate by its value.
 */
const MESSAGE_PHASES: ReadonlyMap<string, Phase> = new Map([
  ['sys_critical_init', 'sys-critical-init'], ['device_init', 'device-init'], ['init_complete', 'init-complete'], ['sys_vm_init', 'sys-vm-init'],
]);

const RUNNING = 1 << PHASES.indexOf('running');
const ALL = (1 << PHASES.length) - 1;

const isHandWrittenControl = (entry: EntryPoint): boolean => entry.contract.kind === 'procedure' && entry.contract.controlProcedure === true;

/** The phases of a set of bits, one per index of PHASES. */
function phasesOf(bits: number): readonly Phase[] {
  return PHASES.filter((_, i) => (bits & (1 << i)) !== 0);
}

function dispatchBit(entry: EntryPoint): number {
  const phase = entry.contract.kind === 'control-dispatch' ? MESSAGE_PHASES.get(entry.contract.message.toLowerCase()) : undefined;
  return phase === undefined ? RUNNING : 1 << PHASES.indexOf(phase);
}

/**
 * Each procedure's phases from the handlers of phases other than running,
 * by its address: what the handlers reach through calls, jumps and running
 * on, region by region (the code from one entry point's address to the
 * next's, as the entry keys read it).
 */
function reachedPhases(program: Program): ReadonlyMap<bigint, number> {
  const reached = new Map<bigint, number>();
  const handlers = program.entries.filter((entry) => dispatchBit(entry) !== RUNNING);
  const controls = program.entries.filter(isHandWrittenControl);
  // Without a handler of an initialisation message or a control procedure that runs in every phase there is nothing to follow.
  if (handlers.length === 0 && controls.length === 0) return reached;
  const starts = [...new Set(program.entries.map((e) => e.address))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const isStart = new Set(starts);
  const nextStart = new Map(starts.map((start, i) => [start, starts[i + 1]]));
  const { items } = program;
  const firstAtOrAfter = (address: bigint): number => {
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((items[mid] as { readonly address: bigint }).address < address) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The entry points' addresses that the region starting at `start` calls, jumps to or runs on into. */
  const successors = (start: bigint): bigint[] => {
    const next = nextStart.get(start);
    const out: bigint[] = [];
    for (let i = firstAtOrAfter(start); i < items.length; i++) {
      const item = items[i] as Program['items'][number];
      if (next !== undefined && item.address >= next) break;
      if (item.kind !== 'instruction') continue;
      for (const operand of item.instruction.operands) {
        if (operand.kind !== 'target') continue;
        const target = program.label(operand.label);
        if (target !== undefined && isStart.has(target)) out.push(target);
      }
      const after = items[i + 1];
      if (after && isStart.has(after.address) && mayFallThrough(item.instruction)) out.push(after.address);
    }
    return out;
  };
  const work: bigint[] = [];
  const add = (address: bigint, bits: number): void => {
    const had = reached.get(address) ?? 0;
    if ((had | bits) === had) return;
    reached.set(address, had | bits);
    work.push(address);
  };
  for (const entry of handlers) add(entry.address, dispatchBit(entry));
  // What a control procedure written by hand runs (calls, jumps to) runs in every phase too, but its handlers: each runs in its message's.
  const dispatched = new Set(program.entries.flatMap((e) => (e.contract.kind === 'control-dispatch' ? [e.address] : [])));
  for (const entry of controls) for (const target of successors(entry.address)) if (!dispatched.has(target)) add(target, ALL);
  for (let address = work.pop(); address !== undefined; address = work.pop()) {
    const bits = reached.get(address) as number;
    for (const target of successors(address)) add(target, bits);
  }
  return reached;
}

/** Each program's `reachedPhases`, made when an entry of it first asks. */
const reachedOf = new WeakMap<Program, ReadonlyMap<bigint, number>>();

/** The phases `entry` of `program` may run in, in PHASES order. */
export function vmmEntryPhases(program: Program, entry: EntryPoint): readonly Phase[] {
  if (entry.contract.kind === 'control-dispatch') return phasesOf(dispatchBit(entry));
  if (isHandWrittenControl(entry)) return PHASES;
  let reached = reachedOf.get(program);
  if (!reached) {
    reached = reachedPhases(program);
    reachedOf.set(program, reached);
  }
  return phasesOf(RUNNING | (reached.get(entry.address) ?? 0));
}

/**
 * Where a rule of phases (`breaks`: whether code that may run in each of
 * `phases` breaks it) is broken on a path of `model`: everywhere (TRUE)
 * when the phases the code may run in break it; for a control procedure
 * written by hand, which the VMM calls with each message in its phase,
 * wherever the path lets the message in EAX at entry be one of a phase
 * that breaks it (the condition on it); else nowhere (undefined).
 */
export function phaseBreaks(model: VmmModelState, infeasible: (condition: Expr) => boolean, breaks: (phases: readonly Phase[]) => boolean): Expr | undefined {
  const { message } = model;
  if (message === undefined) return breaks(model.phases) ? TRUE : undefined;
  const condition = model.phases.filter((phase) => breaks([phase])).map((phase) => sentIn(phase, message)).reduce(or, FALSE);
  return infeasible(condition) ? undefined : condition;
}

/** The message each phase of initialisation is the VMM's sending of (spec A.3); it sends every other one in the running phase. */
const MESSAGE_VALUES: ReadonlyMap<Phase, bigint> = new Map([['sys-critical-init', 0n], ['device-init', 1n], ['init-complete', 2n], ['sys-vm-init', 3n]]);

/** That `message` is one the VMM sends in `phase`. */
function sentIn(phase: Phase, message: Expr): Expr {
  const value = MESSAGE_VALUES.get(phase);
  if (value !== undefined) return eq(message, bv(value, 32));
  return [...MESSAGE_VALUES.values()].reduce((others, init) => and(others, ne(message, bv(init, 32))), TRUE);
}
