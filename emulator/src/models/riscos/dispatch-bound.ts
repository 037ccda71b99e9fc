import { ARM_COMPARES } from '../../cpu/ownAddress.js';
import { mayFallThrough } from '../../cpu/fallThrough.js';
import type { StepContext } from '../../explore/hooks.js';
import type { ArmCondition, ArmInstruction } from '../../ir/arm.js';
import type { InstructionItem, Program, SourceSpan } from '../../ir/program.js';
import { and, bv, uge } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { symbolsOf } from '../../values/key.js';
import { largestHolding } from '../../values/largest.js';
import { programSolver } from '../../explore/program-solver.js';

// PW312 where a bound check exists but lets the index past the table
// (`CMP r0, #5` before four entries): the message says how far the index
// can go and points at the check, not "nothing keeps it below", which the
// code plainly contradicts.

const LARGEST = 0xffffffffn;

/**
 * The largest value `index` can take on this path where `taken` holds (the
 * branch is taken), at least `from`, which it can reach; undefined when
 * nothing keeps it below 2^32 - 1. A bisection of the solver's refutations:
 * what it cannot refute counts as reachable.
 */
function largestIndex<S>(ctx: StepContext<S>, index: Expr, taken: Expr, from: bigint): bigint | undefined {
  const reaches = (v: bigint): boolean => !ctx.infeasible(and(taken, uge(index, bv(v))));
  return reaches(LARGEST) ? undefined : largestHolding(reaches, from, LARGEST);
}

/**
 * The instruction that set the flags `item` reads: the one that last sets
 * them on the straight line of code before it, with no label between that
 * could bring other flags in, nor a call or SWI that could change them.
 */
function flagSetter(program: Program, item: InstructionItem): InstructionItem | undefined {
  for (let at = item.address, k = 0; k < 8; k++) {
    if (program.labelsAtAddress(at).length > 0) return undefined;
    const before = program.itemAt(at - 4n);
    if (before?.kind !== 'instruction' || before.instruction.arch !== 'arm') return undefined;
    const insn = before.instruction as ArmInstruction;
    if (['bl', 'blx', 'swi', 'svc'].includes(insn.mnemonic) || !mayFallThrough(insn)) return undefined;
    if (insn.setFlags || ARM_COMPARES.has(insn.mnemonic)) return insn.condition === 'al' ? before : undefined;
    at = before.address;
  }
  return undefined;
}

/** The branch laid out from the line at `source`, where there is one only (a macro's instructions share its call's line). */
function branchAt(program: Program, source: SourceSpan): InstructionItem | undefined {
  const found = program.items.filter((i): i is InstructionItem => i.kind === 'instruction' && i.source === source
    && i.instruction.arch === 'arm' && (i.instruction as ArmInstruction).mnemonic === 'b');
  return found.length === 1 ? found[0] : undefined;
}

/** The conditions that decided this path, latest first, each where it was applied: the dispatch's own, then the branches taken. */
function* guards<S>(ctx: StepContext<S>, own: Expr): Generator<{ readonly guard: Expr; readonly source: SourceSpan; readonly dispatch: boolean }> {
  yield { guard: own, source: ctx.item.source, dispatch: true };
  // Back to the last join: before it the path is one of several, and its branches are not this path's alone.
  for (let h = ctx.history; h.kind === 'note' || h.kind === 'assume'; h = h.parent) {
    if (h.kind === 'assume') yield { guard: h.guard, source: h.source, dispatch: false };
  }
}

/** What lets a dispatch's index past its table: how far it goes, and the check that allows that, where one alone does. */
export interface LooseBound {
  readonly largest: bigint;
  readonly check?: { readonly source: SourceSpan; readonly what: string };
}

/**
 * Where the index of a dispatch through `entries` entries is bounded on this
 * path, but not below `entries`: how far it can go where the branch (under
 * `taken`) is taken, and the check that lets it go that far: the first of
 * the dispatch's condition and the branches taken before it that alone
 * keeps the index at most there, named by the compare that set its flags.
 */
export function looseBound<S>(ctx: StepContext<S>, index: Expr, taken: Expr, entries: number): LooseBound | undefined {
  // A known index (one reason's run) passes a check or not: how far the check lets it go is no question there.
  if (index.kind === 'const') return undefined;
  const largest = largestIndex(ctx, index, taken, BigInt(entries));
  if (largest === undefined) return undefined;
  const names = symbolsOf(index);
  // Without the path: whether the guard by itself holds the index there.
  const solver = programSolver(ctx.program);
  for (const { guard, source, dispatch } of guards(ctx, taken)) {
    if (![...symbolsOf(guard).keys()].some((n) => names.has(n)) || !solver.refutes([guard], uge(index, bv(largest + 1n)))) continue;
    const item = dispatch ? ctx.item : branchAt(ctx.program, source);
    const setter = item && flagSetter(ctx.program, item);
    if (setter) return { largest, check: { source: setter.source, what: (setter.instruction as ArmInstruction).mnemonic.toUpperCase() } };
    return dispatch ? { largest } : { largest, check: { source, what: 'branch' } };
  }
  return { largest };
}

/** Where a branch over the dispatch does not branch: the condition the dispatch then runs under. */
const NOT_TAKEN: Partial<Record<ArmCondition, ArmCondition>> = { cs: 'cc', hi: 'ls' };

/** The ARM instruction laid out at `address`, if one is. */
export const armAt = (program: Program, address: bigint): ArmInstruction | undefined => {
  const item = program.itemAt(address);
  return item?.kind === 'instruction' && item.instruction.arch === 'arm' ? item.instruction as ArmInstruction : undefined;
};

/**
 * The bound a compare right before a dispatch puts on its index register,
 * read from the code alone, so that every run sizes the table alike: a
 * reason's run, whose known R0 passes the check or not, and the run with R0
 * unknown. `CMP rN, #k` then `ADDLO` (or `BHS` past an unconditional
 * dispatch) keeps rN below k; `ADDLS` (`BHI`) below k + 1. A label between
 * them could bring other flags in.
 */
export function compareBound(program: Program, item: InstructionItem, index: number): bigint | undefined {
  let at = item.address;
  let condition = (item.instruction as ArmInstruction).condition;
  if (condition === 'al') {
    const branch = armAt(program, at - 4n);
    if (branch?.mnemonic !== 'b' || program.labelsAtAddress(at).length > 0) return undefined;
    condition = NOT_TAKEN[branch.condition] ?? 'al';
    at -= 4n;
  }
  if (program.labelsAtAddress(at).length > 0) return undefined;
  const compare = armAt(program, at - 4n);
  const [r, n] = compare?.operands ?? [];
  if (compare?.mnemonic !== 'cmp' || compare.condition !== 'al' || r?.kind !== 'reg' || r.reg !== index || r.shift || n?.kind !== 'imm' || n.value.kind !== 'const') return undefined;
  return condition === 'cc' ? n.value.value : condition === 'ls' ? n.value.value + 1n : undefined;
}
