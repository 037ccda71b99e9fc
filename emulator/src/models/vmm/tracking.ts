import { lineMessage } from '../../checks/message.js';
import type { X86State } from '../../cpu/x86/index.js';
import type { History } from '../../explore/history.js';
import type { FindingDraft } from '../../explore/hooks.js';
import type { SourceSpan } from '../../ir/program.js';
import type { X86Reg32 } from '../../ir/x86.js';
import type { Expr } from '../../values/expr.js';
import { exprEquals, symbolsOf } from '../../values/key.js';
import { SymbolicMemory, type MemoryWrite } from '../../values/symbolic-memory.js';
import { constantDistance } from './expr-facts.js';
import { carries } from './handles.js';
import { forgetExchanges, forgetMappings } from './state.js';
import type { ItselfGone, Tracked, VmmModelState } from './state.js';
import { callKey } from './call-sites.js';
import { registersCause } from './failure-causes.js';

// Where copies of the values code must keep (pages out of a region, live
// handles) still live after a step: a register, or a memory cell a copy was
// stored to that still holds it and, for the stack, is not below ESP. The
// step that drops the last copy is remembered; whether that is a finding is
// decided when the path returns (an exit through Fatal_Error_Handler is
// not one).

const HOLDING_REGISTERS: readonly X86Reg32[] = ['eax', 'ecx', 'edx', 'ebx', 'esi', 'edi', 'ebp'];

/** Values made fresh by loop widening: a copy may hide in them, so nothing is known lost. */
function widened(e: Expr): boolean {
  for (const name of symbolsOf(e).keys()) if (name.startsWith('loop.')) return true;
  return false;
}

/** How a step lost a value: its last copy overwritten, or left in a stack slot the step released. */
export interface LossWording {
  readonly overwritten: string;
  readonly released: string;
}

/** `espBefore` is ESP before the step: a slot below it was released earlier, not by this step. */
function stillHeld(t: Tracked, state: X86State, locations: readonly Expr[], espBefore: Expr, registers: readonly X86Reg32[]): boolean | 'unknown' | 'released' {
  let unknown = false;
  let released = false;
  for (const r of registers) {
    const v = state.regs[r];
    if (carries(v, t)) return true;
    if (!unknown && widened(v)) unknown = true;
  }
  const { memory } = state;
  for (const address of locations) {
    const distance = constantDistance(address, state.regs.esp);
    const v = memory.peek(address, 4);
    if (distance !== undefined && distance < 0n) {
      const before = constantDistance(address, espBefore);
      if (before !== undefined && before >= 0n && carries(v, t)) released = true;
      continue;
    }
    if (carries(v, t)) return true;
    // A store through an index the memory cannot bound forgets its region: the copy may be there still.
    if (!unknown && (widened(v) || (memory instanceof SymbolicMemory && memory.isInput(v)))) unknown = true;
  }
  return unknown ? 'unknown' : released ? 'released' : false;
}

/**
 * Whether `v` is the value itself, not one computed from it: a join of
 * paths chooses it on the paths where an arm is it.
 */
function isItself(v: Expr, t: Tracked, seen = new Set<Expr>()): boolean {
  if (seen.has(v)) return false;
  seen.add(v);
  if (v.kind === 'ite') return isItself(v.then, t, seen) || isItself(v.else, t, seen);
  return exprEquals(v, t.value) || (t.aliases?.some((a) => exprEquals(v, a)) ?? false);
}

/** What `holders` says when a register holds the value itself: where the other copies are does not matter then (`itselfAfter`). */
const ITSELF_IN_A_REGISTER = { values: [], itself: true } as const;

/**
 * What the registers and the locations not below ESP hold of `t` after a
 * step, and whether one is the value itself: true, `released` when only a
 * stack slot the step released was (`espBefore` as for `stillHeld`). A
 * register holding the value itself, as it mostly does between the call
 * that made it and the store that keeps it, settles it before the
 * locations are read: each read is a load from a copy of the memory, and
 * the locations are every slot a copy was stored to.
 */
function holders(t: Tracked, state: X86State, locations: readonly Expr[], espBefore: Expr, registers: readonly X86Reg32[]): { readonly values: readonly Expr[]; readonly itself: boolean | 'released' } {
  const values: Expr[] = [];
  for (const r of registers) {
    const v = state.regs[r];
    if (!carries(v, t)) continue;
    if (isItself(v, t)) return ITSELF_IN_A_REGISTER;
    values.push(v);
  }
  let itself = false;
  let released = false;
  for (const address of locations) {
    const v = state.memory.peek(address, 4);
    if ((constantDistance(address, state.regs.esp) ?? 0n) >= 0n) {
      if (!carries(v, t)) continue;
      values.push(v);
      itself ||= isItself(v, t);
    } else if ((constantDistance(address, espBefore) ?? -1n) >= 0n && isItself(v, t)) released = true;
  }
  return { values, itself: itself || (released ? 'released' : false) };
}

/** Where the value itself is after a step that left `held` of it, given where it was before (see `ItselfGone`). */
function itselfAfter(t: Tracked, held: ReturnType<typeof holders>, source: SourceSpan, how: LossWording): ItselfGone | undefined {
  const was = t.itselfGone;
  if (held.itself === true) return undefined;
  if (!was) return { source, how: held.itself === 'released' ? how.released : how.overwritten, left: held.values };
  if ('remade' in was) return was;
  return held.values.every((v) => was.left.some((l) => exprEquals(l, v))) ? was : { remade: true };
}

/**
 * The model after one step at `source` that made the stores `writes` and
 * left `after`; `espBefore` is ESP before it. `registers` are those that
 * still count as holding a copy after the step: all of them, but none at
 * the return of an entry the VMM calls (`vmmEntryReturn`).
 */
export function followCopies(
  model: VmmModelState, writes: readonly MemoryWrite[], after: X86State, espBefore: Expr, source: SourceSpan, history: History, how: LossWording,
  registers: readonly X86Reg32[] = HOLDING_REGISTERS,
): VmmModelState {
  if (!model.tracked.some((t) => !t.lost)) return model;
  let changed = false;
  const tracked = model.tracked.flatMap((t): Tracked[] => {
    if (t.lost) return [t];
    // A slot each pass of a loop stores it to again is one location: the list stays the same round the loop.
    const stored = writes.filter((w) => w.bytes === 4 && carries(w.value, t) && !t.locations.some((l) => exprEquals(l, w.address))).map((w) => w.address);
    const locations = stored.length > 0 ? [...t.locations, ...stored] : t.locations;
    const held = stillHeld(t, after, locations, espBefore, registers);
    // Hidden in a loop's widened values or forgotten memory, the value may go on to a call that takes it (the next
    // _XchgFreePhysReg of a chain) without the model seeing it go: it can never be known lost from here on.
    if (held === 'unknown') { changed = true; return []; }
    if (held === false || held === 'released') {
      changed = true;
      const gone = t.itselfGone && !('remade' in t.itselfGone) ? t.itselfGone : { source, how: held === 'released' ? how.released : how.overwritten };
      // The story goes on to this step: the branches after the value itself went are what made nothing of it again.
      return [{ ...t, locations, lost: { source: gone.source, how: gone.how, history } }];
    }
    const itselfGone = itselfAfter(t, holders(t, after, locations, espBefore, registers), source, how);
    if (locations !== t.locations || itselfGone !== t.itselfGone) {
      changed = true;
      return [{ ...t, locations, itselfGone }];
    }
    return [t];
  });
  return changed ? { ...model, tracked } : model;
}

/**
 * Of the values registers hold after a step that returns to the VMM from an
 * entry it called (`vmmEntryReturn`), those no memory holds: lost there, as
 * `how` says, since the VMM takes nothing from them.
 */
export function heldInRegistersOnly(model: VmmModelState, after: X86State, espBefore: Expr, source: SourceSpan, history: History, how: LossWording): VmmModelState {
  const read = followCopies(model, [], after, espBefore, source, history, how, []);
  return read === model ? model : { ...read, tracked: read.tracked.filter((t) => t.lost && !model.tracked.includes(t)) };
}

/**
 * The model after a C service call that left `destroyed` (by register) in
 * registers `before` held: each value still tracked that one of them held
 * remembers what the call put in its place.
 */
export function destroyedCopies(model: VmmModelState, before: Readonly<Record<X86Reg32, Expr>>, destroyed: ReadonlyMap<string, Expr>): VmmModelState {
  let changed = false;
  const tracked = model.tracked.map((t) => {
    if (t.lost) return t;
    const left = HOLDING_REGISTERS.flatMap((r) => {
      const value = destroyed.get(r);
      return value && carries(before[r], t) ? [value] : [];
    });
    if (left.length === 0) return t;
    changed = true;
    return { ...t, destroyed: [...(t.destroyed ?? []), ...left] };
  });
  return changed ? { ...model, tracked } : model;
}

/**
 * The model once the code relied on `values`, registers C service calls
 * destroyed (each a PW230): a value whose copy such a register held and
 * that is lost since is lost by that one mistake, keeping it there, which
 * the PW230 reports; it is not reported lost as well.
 */
export function reliedOn(model: VmmModelState, values: readonly Expr[]): VmmModelState {
  if (values.length === 0) return model;
  const tracked = model.tracked.filter((t) => !t.lost || !t.destroyed?.some((d) => values.includes(d)));
  return tracked.length === model.tracked.length ? model : { ...model, tracked };
}

/**
 * The model after a call it cannot follow (a procedure outside the file, a
 * service the catalogue does not know): the callee could see every value
 * still held and keep a copy of it, so none can be known lost from here on.
 * Values lost before the call stay lost. It may also have exchanged the
 * page in any region slot, or mapped something else where a block was
 * mapped into a VM.
 */
export function handedToCallee(model: VmmModelState): VmmModelState {
  const tracked = model.tracked.filter((t) => t.lost);
  return forgetMappings(forgetExchanges(tracked.length === model.tracked.length ? model : { ...model, tracked }));
}

/**
 * PW220/PW221 for every value whose last copy went somewhere on this path,
 * reported where it went. `inRegisters`: the values were lost only because
 * the VMM reads no register of the entry returning to it, which a PW210 or
 * PW211 of the call that made them stands for (`registersCause`).
 */
export function reportLost(model: VmmModelState, report: (draft: FindingDraft) => void, inRegisters = false): void {
  for (const t of model.tracked) {
    if (!t.lost) continue;
    const page = t.kind === 'page';
    const message = page
      ? lineMessage`The ${t.what} is no longer held anywhere and was not put back into a page table: ${t.lost.how}`
      : lineMessage`The only copy of the ${t.what} is gone before the block was freed or the handle stored: ${t.lost.how}`;
    report({
      code: page ? 'PW220' : 'PW221',
      message: message.text,
      lines: message.lines,
      source: t.lost.source,
      history: t.lost.history,
      ...(t.when ? { condition: t.when } : {}),
      rootCause: `${t.kind} ${callKey(t.site)}`,
      ...(inRegisters ? { cause: registersCause(t.site) } : {}),
    });
  }
}
