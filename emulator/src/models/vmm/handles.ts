import { lineMessage, type LineMessage } from '../../checks/message.js';
import type { History } from '../../explore/history.js';
import type { SourceSpan } from '../../ir/program.js';
import { and, bv, lshr, ne, not } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { PAGE } from './effect.js';
import { constantDistance, holds, mentions } from './expr-facts.js';
import { known } from './outcomes.js';
import type { MemObject, Tracked, VmmModelState } from './state.js';
import { endedBlockCause, withViolation } from './state.js';
import { callHere, callLine, type CallSite } from './call-sites.js';

// Memory objects by handle (spec A.3 invariants 3 and 5) and the values code
// must keep hold of (PW220, PW221).

/**
 * A block's key in `objects`: its handle's node, which the block holds, so
 * that a handle of the same structure met while the block is kept is that
 * very node (the constructors intern them), and a constant by its value.
 * `exprKey` spells a handle out as the tree it stands for, and a handle
 * joins made (a table word read after a skipped call forgot the table on
 * some paths) doubles with every join.
 */
function handleKey(handle: Expr): string {
  return handle.kind === 'const' ? `${handle.value}:${handle.width}` : `#${handle.id}`;
}

export function objectOf(model: VmmModelState, handle: Expr): MemObject | undefined {
  return model.objects.get(handleKey(handle));
}

export function putObject(model: VmmModelState, object: MemObject): VmmModelState {
  return { ...model, objects: new Map(model.objects).set(handleKey(object.handle), object) };
}

export function withoutObject(model: VmmModelState, handle: Expr): VmmModelState {
  const objects = new Map(model.objects);
  objects.delete(handleKey(handle));
  return { ...model, objects };
}

/**
 * The live block a linear page number lies in, where the model knows the
 * block's lock counts: the page as its address shifted down, plus a known
 * offset inside the block.
 */
export function ownerOfPage(model: VmmModelState, page: Expr): { readonly object: MemObject; readonly locks: ReadonlyMap<number, number>; readonly offset: bigint; readonly size: bigint } | undefined {
  for (const o of model.objects.values()) {
    const { address, locks } = o;
    const size = known(o.pages);
    // A block allocated on some paths only is not where the page lies on the others.
    if (o.status !== 'live' || o.fixed || !address || !locks || size === undefined || o.allocatedIf) continue;
    const offset = constantDistance(page, lshr(address, bv(PAGE, 32)));
    if (offset !== undefined && offset >= 0n && offset < size) return { object: o, locks, offset, size };
  }
  return undefined;
}

/** One service call's stamped copies (`storied`): of each block and each model, one, which the call's outcomes share. */
export type Stamps = Map<VmmModelState | MemObject, VmmModelState | MemObject>;

/**
 * `after`, a model a service call left, with each block the call changed
 * from `before` (or met for the first time), and each linear page whose
 * lock count it changed, stamped with `story`, the path's story before the
 * call. Outcomes whose models agree share them, so a call's stamps go
 * through `stamps`: they still agree after.
 */
export function storied(after: VmmModelState, before: VmmModelState, story: History, stamps: Stamps): VmmModelState {
  const known = stamps.get(after) as VmmModelState | undefined;
  if (known) return known;
  let objects: Map<string, MemObject> | undefined;
  for (const [key, o] of after.objects) {
    if (before.objects.get(key) === o) continue;
    let copy = stamps.get(o) as MemObject | undefined;
    if (!copy) {
      copy = { ...o, story };
      stamps.set(o, copy);
    }
    (objects ??= new Map(after.objects)).set(key, copy);
  }
  let linearStories: Map<string, History> | undefined;
  if (after.linearLocks !== before.linearLocks) {
    for (const [key, count] of after.linearLocks) if (before.linearLocks.get(key) !== count) (linearStories ??= new Map(after.linearStories)).set(key, story);
  }
  const made = objects || linearStories ? { ...after, ...(objects ? { objects } : {}), ...(linearStories ? { linearStories } : {}) } : after;
  stamps.set(after, made);
  return made;
}

export type HandleUse = 'free' | 'reallocate' | 'use';

/** Where the path is: the instruction, and the calls it is inside, outermost first. */
export interface Place {
  readonly site: CallSite;
  readonly calls: readonly SourceSpan[];
}

/**
 * Where a freed or replaced block ended, as told from a step inside the
 * calls `nowIn` (outermost first): by the call that led there where the
 * two were reached through different calls (a helper called twice frees at
 * its own line both times), else by its line.
 */
export function endedAt(o: MemObject & { readonly site: CallSite }, nowIn: readonly SourceSpan[]): LineMessage {
  const calls = o.calls ?? [];
  const apart = calls.find((call, k) => !sameSite(call, nowIn[k]));
  return apart ? lineMessage` in the call at line ${apart}` : lineMessage` at ${callLine(o.site)}`;
}

/** Whether `o` ended at this very instruction, reached through the same calls: on an earlier pass of a loop. */
function endedHere(o: MemObject & { readonly site: CallSite }, now: Place): boolean {
  const calls = o.calls ?? [];
  return sameSite(o.site, now.site) && calls.length === now.calls.length && calls.every((call, k) => sameSite(call, now.calls[k]));
}

/**
 * Checks a handle a service is given. A handle the model has not seen is
 * valid in an open world (it came from outside the procedure). A closed
 * world (a run) knows every block it handed out, so a number it did not
 * hand out is no handle; a value that is not a number is an input the
 * scenario left unknown (a parameter, a word of a structure), which may
 * be any block, as in an open world. Returns the object, or the model
 * with the violation when the handle must not be used.
 */
export function useHandle(model: VmmModelState, handle: Expr, how: HandleUse, service: string, now: Place, family: 'page' | 'heap' = 'page'):
  { readonly ok: true; readonly model: VmmModelState; readonly object: MemObject } | { readonly ok: false; readonly model: VmmModelState } {
  const object = objectOf(model, handle);
  const { site } = now;
  // The same call met again the same way (a loop) is named once, by the line the finding stands at.
  const where = (o: MemObject): LineMessage => {
    if (!o.site) return lineMessage``;
    const ended = { ...o, site: o.site };
    return endedHere(ended, now) ? lineMessage` on an earlier pass` : endedAt(ended, now.calls);
  };
  const fail = (message: string | LineMessage) => {
    const ended = object?.status === 'freed' || object?.status === 'reallocated';
    return { ok: false as const, model: withViolation(model, 'PW222', lineMessage`${message}${callHere(site)}`, site, object, ended ? `PW222 ${endedBlockCause(object.handle)}` : undefined) };
  };
  const noun = family === 'heap' ? 'heap block' : 'memory handle';
  if (object?.status === 'freed') {
    return fail(how === 'free' ? lineMessage`${service} frees a ${noun} that was already freed${where(object)}` : lineMessage`${service} uses a ${noun} after it was freed${where(object)}`);
  }
  if (object?.status === 'reallocated') {
    return fail(lineMessage`${service} uses a ${noun} that ${family === 'heap' ? '_HeapReAllocate' : '_PageReAllocate'}${where(object)} replaced`);
  }
  if (object?.fpr && how !== 'use') return fail(`${service} on a free-physical-region block, which can never be freed or reallocated`);
  // A heap block given to a page service (or the reverse) is refused where the
  // model knows the whole world; no check code names it for the open world.
  if (model.closed && object && (object.origin === 'heap') !== (family === 'heap')) {
    return fail(family === 'heap' ? `${service} is given a memory handle, not a heap block` : `${service} is given a heap block, not a memory handle`);
  }
  if (object) return { ok: true, model, object };
  if (model.closed && handle.kind === 'const') return fail(`${service} is given something that is not a ${noun}`);
  // A heap block is known by its address.
  const outside: MemObject = {
    handle, address: family === 'heap' ? handle : undefined, pages: undefined, origin: family === 'heap' ? 'heap' : 'unknown', status: 'live', fpr: false, fixed: false, locks: undefined, frames: [], site: undefined,
  };
  return { ok: true, model: putObject(model, outside), object: outside };
}

function sameSite(a: CallSite, b: CallSite | undefined): boolean {
  return b !== undefined && a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.nth === b.nth;
}

/** The replaced blocks of each model asked about not yet known to be kept where they were; most models have none. */
const replacedOf = new WeakMap<VmmModelState, readonly MemObject[]>();

function replacedBlocks(model: VmmModelState): readonly MemObject[] {
  let replaced = replacedOf.get(model);
  if (!replaced) {
    replaced = [...model.objects.values()].filter((o) => o.status === 'reallocated' && o.replacedBy?.kind === 'sym' && !o.inPlace);
    replacedOf.set(model, replaced);
  }
  return replaced;
}

/**
 * The model once the code branched on `guard`: a replaced block whose new
 * handle the branch proves equal to the old one (`cmp eax, esi / je` after
 * `_PageReAllocate`) was reallocated where it was. Its old handle names
 * the new block from then on, and a copy of it (in a register, or in
 * memory it was read from or stored to: `copiesOf`) is a copy of the new
 * handle. `infeasible` answers for a condition on this path.
 */
export function keptInPlace(model: VmmModelState, guard: Expr, infeasible: (condition: Expr) => boolean, copiesOf: (value: Expr) => readonly Expr[]): VmmModelState {
  let kept = model;
  for (const o of replacedBlocks(model)) {
    const by = o.replacedBy as Expr & { readonly kind: 'sym' };
    if (!mentions(guard, by.name) || !provesEqual(guard, o.handle, by, infeasible)) continue;
    const copies = copiesOf(o.handle);
    const tracked = kept.tracked.map((t) => (t.kind === 'handle' && !t.lost && t.value === by
      ? { ...t, aliases: [...(t.aliases ?? []), o.handle], locations: [...t.locations, ...copies] }
      : t));
    kept = { ...putObject(kept, { ...o, inPlace: true }), tracked };
  }
  return kept;
}

/**
 * Whether `guard` makes `a` and `b` equal on the path. The solver does not
 * see through a comparison of two unknowns, so the comparison is found in
 * the guard as the code wrote it (`cmp`, `sub` or `xor`, then `jz`) and
 * asked about as a whole.
 */
function provesEqual(guard: Expr, a: Expr, b: Expr, infeasible: (condition: Expr) => boolean): boolean {
  return comparisonsOf(guard, a, b).some((differ) => infeasible(and(guard, differ)));
}

/** The conditions under which the comparisons of `a` with `b` that `e` holds find them different. */
function comparisonsOf(e: Expr, a: Expr, b: Expr): Expr[] {
  const found: Expr[] = [];
  const seen = new Set<Expr>();
  const pair = (x: Expr, y: Expr): boolean => (x === a && y === b) || (x === b && y === a);
  const walk = (x: Expr): void => {
    if (seen.has(x)) return;
    seen.add(x);
    switch (x.kind) {
      case 'binary':
        if (x.op === 'eq' && pair(x.left, x.right)) found.push(not(x));
        else if ((x.op === 'sub' || x.op === 'xor') && pair(x.left, x.right)) found.push(ne(x, bv(0, x.width)));
        walk(x.left);
        walk(x.right);
        return;
      case 'unary': case 'extract': case 'extend': walk(x.arg); return;
      case 'ite': walk(x.cond); walk(x.then); walk(x.else); return;
      default: return;
    }
  };
  walk(e);
  return found;
}

/** Whether `e` holds the tracked value or one the path proved equal to it. */
export function carries(e: Expr, t: Tracked): boolean {
  return holds(e, t.value) || (t.aliases?.some((a) => holds(e, a)) ?? false);
}

export function track(model: VmmModelState, entry: Omit<Tracked, 'locations'>, locations: readonly Expr[] = []): VmmModelState {
  return { ...model, tracked: [...model.tracked, { ...entry, locations }] };
}

/** Drops tracked values `value` carries (the page went back into a page table, the handle was freed). */
export function release(model: VmmModelState, value: Expr | undefined, kind: Tracked['kind']): VmmModelState {
  if (!value) return model;
  const kept = model.tracked.filter((t) => t.kind !== kind || !carries(value, t));
  return kept.length === model.tracked.length ? model : { ...model, tracked: kept };
}
