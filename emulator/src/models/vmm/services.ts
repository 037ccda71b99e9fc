import { lineMessage, type LineMessage } from '../../checks/message.js';
import { TRUE, add, and, bv, eq, lshr, ne, not, shl } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { substitute } from '../../values/evaluate.js';
import { formatNumber } from '../../values/format.js';
import { exprEquals, exprKey } from '../../values/key.js';
import { COMMIT_EFFECTS, pageCommitPhys } from './commit-effects.js';
import { constantDistance } from './expr-facts.js';
import { PAGE, newObject, onSuccess, refused, withModel } from './effect.js';
import type { Effect } from './effect.js';
import { isAddressNotPage } from './argument-checks.js';
import { byLinearSide, eachCount, someCount } from './linear-locks.js';
import { objectOf, ownerOfPage, putObject, release, track, useHandle, withoutObject } from './handles.js';
import { aliasingLock, aliasingUnlock } from './global-aliases.js';
import { HEAP_EFFECTS } from './heap-effects.js';
import { V86_EFFECTS } from './v86-effects.js';
import { arg, catalogueOutcomes, constant, exactly, hasFlag, known, withArg } from './outcomes.js';
import type { CallScope, ServiceOutcome } from './outcomes.js';
import type { ExchangedSlot, LinearLock, MemObject, RegionSlot, Tracked, VmmModelState } from './state.js';
import { forgetExchanges, unmapped, withViolation } from './state.js';
import { callHere, callLine } from './call-sites.js';

// What each memory service of spec A.4 does to the model. A service starts
// from the catalogue's outcomes (success, failure, special values) and adds
// its effects to each; in a closed world with concrete arguments it decides
// the one outcome itself. Services without an entry here keep the
// catalogue's outcomes and leave the model alone.


/** Makes one result register the same value as another (W95: EDX repeats EAX). */
function alias(outcomes: ServiceOutcome[], copy: string, of: string): ServiceOutcome[] {
  return outcomes.map((o) => {
    const from = o.results.get(copy), to = o.results.get(of);
    if (!from || !to || from.kind !== 'sym') return o;
    const guard = substitute(o.guard, (s) => (s.name === from.name ? to : undefined));
    return { ...o, guard: withoutRepeats(guard), results: new Map(o.results).set(copy, to) };
  });
}

/** A conjunction with repeated conjuncts dropped (aliasing makes `a == 0 & a == 0`). */
function withoutRepeats(guard: Expr): Expr {
  const parts: Expr[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'binary' && e.op === 'and' && e.width === 1) { walk(e.left); walk(e.right); return; }
    if (!parts.some((p) => exprEquals(p, e))) parts.push(e);
  };
  walk(guard);
  const [first, ...rest] = parts;
  return first ? rest.reduce((acc, p) => and(acc, p), first) : TRUE;
}


function trackHandle(model: VmmModelState, scope: CallScope, handle: Expr, object: MemObject): VmmModelState {
  if (object.fpr) return model;
  return track(model, { kind: 'handle', value: handle, what: lineMessage`memory handle from ${scope.service.name} (${callLine(scope.site)})`, site: scope.site });
}

/** Initial lock counts of a new block: one per page with PageLocked, when the page count is known. */
function initialLocks(pages: Expr | undefined, locked: boolean | undefined): ReadonlyMap<number, number> | undefined {
  const n = known(pages);
  if (locked === undefined || n === undefined || n > 4096n) return locked === false ? new Map() : undefined;
  return new Map(Array.from({ length: Number(n) }, (_, i) => [i, locked ? 1 : 0] as const));
}

/** Where PageUseAlign wants the physical pages (spec A.4.1): the first aligned, all in minPhys..maxPhys - 1, contiguous with PageContig. */
interface Placement {
  readonly alignMask: bigint;
  readonly minPhys: bigint;
  readonly maxPhys: bigint;
  readonly contiguous: boolean;
}

/** The free-list pages a present block of `pages` pages gets, or undefined when the free list cannot give them. */
function framesFor(freeList: readonly bigint[], pages: bigint, placement: Placement | undefined): readonly bigint[] | undefined {
  const n = Number(pages);
  if (!placement) return freeList.length < n ? undefined : freeList.slice(0, n);
  const { alignMask, minPhys, maxPhys, contiguous } = placement;
  const usable = (p: bigint): boolean => p >= minPhys && p < maxPhys;
  for (const first of freeList) {
    if ((first & alignMask) !== 0n || !usable(first)) continue;
    const rest = contiguous
      ? Array.from({ length: n - 1 }, (_, i) => first + BigInt(i + 1))
      : freeList.filter((p) => p !== first && usable(p)).slice(0, n - 1);
    if (rest.length === n - 1 && rest.every((p) => usable(p) && freeList.includes(p))) return [first, ...rest];
  }
  return undefined;
}

/** A closed-world allocation: linear pages from the arena, physical pages from the free list when the block is present. */
function allocateClosed(scope: CallScope, model: VmmModelState, pages: bigint, present: boolean, fpr: boolean, placement?: Placement):
  { readonly model: VmmModelState; readonly address: bigint; readonly handle: bigint; readonly frames: readonly bigint[] } | undefined {
  const frames = present ? framesFor(model.freeList, pages, placement) : [];
  if (!frames) return undefined;
  const address = model.nextPage << PAGE;
  const handle = model.version === 'W31' ? model.nextHandle : address;
  const slots = new Map(model.slots);
  if (fpr) {
    for (let i = 0n; i < pages; i++) slots.set(model.nextPage + i, { region: String(handle), phys: 0n, fixed: false });
  }
  return {
    address, handle, frames,
    model: {
      ...model, freeList: model.freeList.filter((p) => !frames.includes(p)), nextPage: model.nextPage + pages + 1n, nextHandle: model.nextHandle + 1n, slots,
    },
  };
}

/** The placement a PageUseAlign allocation asks for, when its arguments are known. */
function placementOf(scope: CallScope, useAlign: boolean, contiguous: boolean): Placement | undefined {
  const alignMask = known(arg(scope, 'AlignMask')), minPhys = known(arg(scope, 'minPhys')), maxPhys = known(arg(scope, 'maxPhys'));
  if (!useAlign || alignMask === undefined || minPhys === undefined || maxPhys === undefined) return undefined;
  return { alignMask, minPhys, maxPhys, contiguous };
}

/**
 * The physical start of an open world's block, which PhysAddr receives: an
 * address (spec A.4.1), so given unshifted where a page number belongs it is
 * PW240 whatever its value, as the linear address in EAX is.
 */
function physicalStart(scope: CallScope): Expr {
  const value = scope.fresh('PhysAddr', 32);
  scope.symbols.add(value, { kind: 'stored', service: scope.service.name, param: 'PhysAddr', role: 'physical-address', site: scope.site });
  return value;
}

const pageAllocate: Effect = (scope, outcomes) => {
  const { model } = scope;
  const flags = arg(scope, 'flags');
  const fpr = hasFlag(flags, 'PageMapFreePhysReg') === true;
  const fixed = hasFlag(flags, 'PageFixed') === true;
  const locked = hasFlag(flags, 'PageLocked');
  const useAlign = hasFlag(flags, 'PageUseAlign') === true;
  const contig = hasFlag(flags, 'PageContig') === true;
  const lockedIfDP = hasFlag(flags, 'PageLockedIfDP');
  const present = fixed || locked === true || lockedIfDP === true;
  const physOut = arg(scope, 'PhysAddr');
  const writesPhys = useAlign && (model.version === 'W31' || (contig && known(physOut) !== 0n));
  const pages = known(arg(scope, 'nPages'));
  if (model.closed && pages !== undefined) {
    const done = allocateClosed(scope, model, pages, present, fpr, placementOf(scope, useAlign, contig));
    if (!done) return exactly(scope, 'failure', model, { eax: 0n, edx: 0n });
    const object = newObject(scope, bv(done.handle, 32), bv(done.address, 32), 'allocate', {
      fpr, fixed, aligned: useAlign, frames: done.frames, locks: initialLocks(arg(scope, 'nPages'), locked === true || fixed),
    });
    const writes = writesPhys && physOut && done.frames[0] !== undefined ? [{ address: physOut, value: bv(done.frames[0] << PAGE, 32) }] : [];
    return exactly(scope, 'success', trackHandle(putObject(done.model, object), scope, object.handle, object), { eax: done.handle, edx: done.address }, writes);
  }
  const shaped = model.version === 'W31' ? outcomes : alias(outcomes, 'edx', 'eax');
  return onSuccess(shaped, (o) => {
    const handle = o.results.get('eax') ?? scope.fresh('hMem', 32);
    const address = o.results.get('edx') ?? handle;
    const object = newObject(scope, handle, address, 'allocate', {
      // Locked only where the pager goes through DOS or the BIOS: whether its pages hold a lock is not known.
      fpr, fixed, aligned: useAlign, locks: initialLocks(arg(scope, 'nPages'), locked === undefined || lockedIfDP !== false ? undefined : locked || fixed),
    });
    const writes = writesPhys && physOut ? [{ address: physOut, value: physicalStart(scope) }] : [];
    return { ...o, model: trackHandle(putObject(o.model, object), scope, handle, object), writes };
  });
};

/**
 * The lock counts of the block _PageReAllocate makes: PageLocked locks all
 * of it once, as _PageAllocate's does (spec A.4.2). Without it the model
 * counts nothing locked, as long as it knew the old block's counts; with
 * flags it cannot read, it knows none.
 */
function reallocatedLocks(scope: CallScope, old: MemObject): ReadonlyMap<number, number> | undefined {
  const flags = arg(scope, 'flags');
  const locked = hasFlag(flags, 'PageLocked');
  if (locked === true) return initialLocks(arg(scope, 'nPages'), true);
  return locked === undefined || hasFlag(flags, 'PageLockedIfDP') !== false || old.locks === undefined ? undefined : new Map();
}

const pageReAllocate: Effect = (scope, outcomes) => {
  const handle = arg(scope, 'hMem');
  if (!handle) return outcomes;
  const checked = useHandle(scope.model, handle, 'reallocate', scope.service.name, scope);
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const old = checked.object;
  // A PageUseAlign block cannot be reallocated: the call fails and the block stays as it was.
  if (old.aligned) return refused(scope, outcomes, checked.model);
  const pages = known(arg(scope, 'nPages'));
  if (scope.model.closed && pages !== undefined) {
    const extra = old.frames.length > 0 ? pages - BigInt(old.frames.length) : 0n;
    const done = allocateClosed(scope, checked.model, extra > 0n ? extra : 0n, extra > 0n, false);
    if (!done) return exactly(scope, 'failure', checked.model, { eax: 0n, edx: 0n });
    const frames = [...old.frames, ...done.frames].slice(0, old.frames.length > 0 ? Number(pages) : 0);
    const released = [...old.frames, ...done.frames].slice(frames.length);
    const object = newObject(scope, bv(done.handle, 32), bv(done.address, 32), 'allocate', { fixed: old.fixed, frames, locks: reallocatedLocks(scope, old) });
    let model = putObject({ ...done.model, freeList: [...done.model.freeList, ...released] }, {
      ...old, status: 'reallocated', frames: [], site: scope.site, calls: scope.calls, replacedBy: object.handle,
    });
    model = release(model, handle, 'handle');
    return exactly(scope, 'success', trackHandle(putObject(model, object), scope, object.handle, object), { eax: done.handle, edx: done.address });
  }
  const shaped = scope.model.version === 'W31' ? outcomes : alias(outcomes, 'edx', 'eax');
  return shaped.map((o) => {
    if (o.label !== 'success') {
      // The old block is untouched: its handle must still be kept. A handle
      // already tracked is told by this call too, so that its loss reads the
      // same whether the routine is analysed alone or through a caller that
      // allocated it: one finding, not one per context.
      const what = lineMessage`memory handle that ${scope.service.name} (${callLine(scope.site)}) failed to replace`;
      const mine = (t: Tracked): boolean => t.kind === 'handle' && exprEquals(t.value, handle);
      const model = checked.model.tracked.some(mine)
        ? { ...checked.model, tracked: checked.model.tracked.map((t) => (mine(t) ? { ...t, what, site: scope.site } : t)) }
        : track(checked.model, { kind: 'handle', value: handle, what, site: scope.site }, scope.copiesOf(handle));
      return { ...o, model };
    }
    const newHandle = o.results.get('eax') ?? scope.fresh('hMem', 32);
    const object = newObject(scope, newHandle, o.results.get('edx') ?? newHandle, 'allocate', { fixed: old.fixed, locks: reallocatedLocks(scope, old) });
    let model = putObject(checked.model, { ...old, status: 'reallocated', site: scope.site, calls: scope.calls, replacedBy: newHandle });
    model = release(model, handle, 'handle');
    return { ...o, model: trackHandle(putObject(model, object), scope, newHandle, object) };
  });
};

const pageFree: Effect = (scope, outcomes) => {
  const handle = arg(scope, 'hMem');
  if (!handle) return outcomes;
  const checked = useHandle(scope.model, handle, 'free', scope.service.name, scope);
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const object = checked.object;
  const flags = arg(scope, 'flags');
  // Which static flag _PageFree wants is unverified (spec C.1.3): either will do.
  if (object.static && scope.model.closed && hasFlag(flags, 'PR_STATIC') === false && hasFlag(flags, 'PC_STATIC') === false) {
    return exactly(scope, 'failure', checked.model, { eax: 0n });
  }
  // The VM's page table still names the block's pages (spec A.4.3): they go back to the free list all the same.
  const mapped = object.mapped && withViolation(checked.model, 'PW222',
    lineMessage`${scope.service.name} frees a block still mapped into a VM by _MapIntoV86 (${callLine(object.mapped.site)}): map something else over it first${callHere(scope.site)}`, scope.site, object);
  let model = putObject(mapped ?? checked.model, { ...unmapped(object), status: 'freed', site: scope.site, calls: scope.calls });
  model = release(model, handle, 'handle');
  if (object.frames.length > 0) model = { ...model, freeList: [...model.freeList, ...object.frames] };
  const done = outcomes.filter((o) => o.label === 'success').map((o) => ({ ...o, model }));
  return model.closed ? exactly(scope, 'success', model, { eax: 1n }) : done;
};

/**
 * A closed world's model once a lock made pages `first`.. of `object`
 * present (spec A.4.1: a lock forces presence), each page past those it
 * holds taking one from the free list; undefined when the free list is too
 * short, and the lock fails. A block whose pages the model holds by offset
 * from its start (one `_PageAllocate` made) and a range that starts where
 * they do at the latest; any other lock leaves the pages as they are.
 */
function madePresent(model: VmmModelState, object: MemObject, first: number, count: number): VmmModelState | undefined {
  const held = object.frames.length;
  if (!model.closed || object.origin !== 'allocate' || object.fpr || object.fixed || object.committed || first > held || first + count <= held) return model;
  const needed = first + count - held;
  if (model.freeList.length < needed) return undefined;
  const taken = model.freeList.slice(0, needed);
  return putObject({ ...model, freeList: model.freeList.slice(needed) }, { ...object, frames: [...object.frames, ...taken] });
}

function lockRange(scope: CallScope): { readonly first: number; readonly count: number } | undefined {
  const off = known(arg(scope, 'PageOff')), n = known(arg(scope, 'nPages'));
  if (off === undefined || n === undefined || n > 4096n) return undefined;
  return { first: Number(off), count: Number(n) };
}

function lockEffect(delta: 1 | -1): Effect {
  const effect: Effect = (scope, outcomes) => {
    const handle = arg(scope, 'hMem');
    if (!handle) return outcomes;
    const checked = useHandle(scope.model, handle, 'use', scope.service.name, scope);
    if (!checked.ok) return refused(scope, outcomes, checked.model);
    const { object } = checked;
    const range = lockRange(scope);
    const size = known(object.pages);
    // PageOff + nPages past the end of the block is an error (spec A.4.4), fixed or not.
    if (range && size !== undefined && BigInt(range.first + range.count) > size) return refused(scope, outcomes, checked.model);
    if (object.fixed || !object.locks || !range) return withModel(outcomes, checked.model);
    // A page `_LinPageLock` locked by its linear page number, and not by the handle, is unlocked as well by the handle.
    const { address } = object;
    const linearKey = (i: number): string | undefined => (delta < 0 && address && (object.locks?.get(i) ?? 0) === 0 ? exprKey(add(lshr(address, bv(PAGE, 32)), bv(i, 32))) : undefined);
    const linearKeys = Array.from({ length: range.count }, (_, i) => linearKey(range.first + i) ?? []).flat();
    const bySide = byLinearSide(scope, outcomes, { keys: linearKeys, splits: (lock) => someCount(lock, (n) => n === undefined || n <= 0) }, effect);
    if (bySide) return bySide;
    const locks = new Map(object.locks);
    const linearLocks = new Map(checked.model.linearLocks);
    for (let i = range.first; i < range.first + range.count; i++) {
      const held = locks.get(i) ?? 0;
      const linear = linearKey(i);
      const byLinear = linear === undefined ? undefined : linearLocks.get(linear);
      // A count joined paths left a choice is above zero on each side here (`splits`).
      if (linear !== undefined && byLinear !== undefined && (typeof byLinear === 'object' || byLinear > 0)) {
        setCount(linearLocks, linear, eachCount(byLinear, (n) => (n === undefined ? n : n - 1)));
        continue;
      }
      const now = held + delta;
      if (now < 0) {
        return refused(scope, outcomes, withViolation(checked.model, 'PW222', lineMessage`${scope.service.name} unlocks page ${i} of the block, which is not locked${callHere(scope.site)}`, scope.site, object));
      }
      locks.set(i, now);
    }
    const counted = putObject({ ...checked.model, linearLocks }, { ...object, locks });
    const model = delta > 0 && !hasFlag(arg(scope, 'flags'), 'PageLockedIfDP') ? madePresent(counted, { ...object, locks }, range.first, range.count) : counted;
    if (!model) return exactly(scope, 'failure', checked.model, { eax: 0n });
    return delta < 0 || model.closed ? exactly(scope, 'success', model, { eax: 1n }) : onSuccess(withModel(outcomes, checked.model), (o) => ({ ...o, model }));
  };
  return effect;
}

/**
 * Whether a closed world's linear page is committed: a page of a live block
 * from _PageAllocate (which reserves and commits at once) or of a heap block,
 * or a committed page of a reservation.
 */
function committedPage(model: VmmModelState, lpn: bigint): boolean {
  for (const o of model.objects.values()) {
    const base = known(o.address), size = o.origin === 'heap' ? 1n : known(o.pages);
    if (o.status !== 'live' || base === undefined || size === undefined) continue;
    const offset = lpn - (base >> PAGE);
    if (offset < 0n || offset >= size) continue;
    return o.origin === 'reserve' ? o.committed?.has(Number(offset)) === true : true;
  }
  return false;
}

function setCount(locks: Map<string, LinearLock>, key: string, count: LinearLock | undefined): void {
  if (count === undefined) locks.delete(key); else locks.set(key, count);
}

function linearLockEffect(delta: 1 | -1): Effect {
  const effect: Effect = (scope, outcomes) => {
    const page = arg(scope, 'HLinPgNum');
    const n = known(arg(scope, 'nPages'));
    if (!page || n === undefined || n > 64n) return outcomes;
    // An address given as the page number (PW240 there) names no page the code
    // meant: the lock is taken to fail, so that no unlock of the pages it meant
    // is later told unbalanced by the same mistake.
    if (delta > 0 && isAddressNotPage(page, scope.symbols)) return refused(scope, outcomes, scope.model);
    const keysOf = (first: Expr): string[] => Array.from({ length: Number(n) }, (_, i) => exprKey(add(first, bv(i, 32))));
    const keys = keysOf(page);
    const owner = ownerOfPage(scope.model, page);
    // An unlock takes a side's count below zero, or a page no side counted to the block it lies in.
    const splits = (lock: LinearLock): boolean => delta < 0 && someCount(lock, (c) => (c === undefined ? owner !== undefined : c <= 0));
    const bySide = byLinearSide(scope, outcomes, { keys, splits, page: { name: 'HLinPgNum', keysOf } }, effect);
    if (bySide) return bySide;
    const first = known(page);
    // Windows 95 on: every page of the range must be committed (spec A.4.5).
    if (delta > 0 && scope.model.closed && scope.model.version !== 'W31' && first !== undefined) {
      for (let i = 0n; i < n; i++) if (!committedPage(scope.model, first + i)) return exactly(scope, 'failure', scope.model, { eax: 0n });
    }
    const locks = new Map(scope.model.linearLocks);
    const ownerLocks = owner && delta < 0 ? new Map(owner.locks) : undefined;
    for (let i = 0n; i < n; i++) {
      const key = keys[Number(i)] as string;
      const was = locks.get(key);
      // Each side goes the same way (`splits`): a lock counts one more on each, an unlock one less where the side counted the page.
      if (typeof was === 'object') {
        setCount(locks, key, eachCount(was, (c) => (c === undefined ? (delta > 0 ? 1 : c) : c + delta)));
        continue;
      }
      const offset = owner && owner.offset + i < owner.size ? Number(owner.offset + i) : undefined;
      // A page the block's own lock holds (PageLocked, _PageLock) is unlocked as well by its linear page number.
      if (delta < 0 && !was && ownerLocks && offset !== undefined) {
        const held = ownerLocks.get(offset) ?? 0;
        if (held > 0) {
          ownerLocks.set(offset, held - 1);
          continue;
        }
      } else if (was === undefined && !scope.model.closed && delta < 0) continue;
      const now = (was ?? 0) + delta;
      if (now < 0) {
        const misused = owner?.object ?? { story: scope.model.linearStories.get(key), handle: page };
        return refused(scope, outcomes, withViolation(scope.model, 'PW222', lineMessage`${scope.service.name} unlocks a linear page that is not locked${callHere(scope.site)}`, scope.site, misused));
      }
      locks.set(key, now);
    }
    const unlocked = { ...scope.model, linearLocks: locks };
    // The block changes with its pages' counts here, even kept by number: a copy of it is stamped with this call's story (hooks.ts).
    const counted = owner ? putObject(unlocked, { ...owner.object, ...(ownerLocks ? { locks: ownerLocks } : {}) }) : unlocked;
    // The pages of the block the range lies in that the lock makes present; past its end the model knows no block.
    const inBlock = owner && (n < owner.size - owner.offset ? n : owner.size - owner.offset);
    const model = owner && inBlock && delta > 0 && !hasFlag(arg(scope, 'flags'), 'PageLockedIfDP')
      ? madePresent(counted, owner.object, Number(owner.offset), Number(inBlock)) : counted;
    if (!model) return exactly(scope, 'failure', scope.model, { eax: 0n });
    return delta < 0 || model.closed ? exactly(scope, 'success', model, { eax: 1n }) : onSuccess(outcomes, (o) => ({ ...o, model }));
  };
  return effect;
}

const pageGetSizeAddr: Effect = (scope, outcomes) => {
  const handle = arg(scope, 'hMem');
  if (!handle) return outcomes;
  const checked = useHandle(scope.model, handle, 'use', scope.service.name, scope);
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const { object } = checked;
  if (object.pages && object.address) return exactly(scope, 'success', checked.model, { eax: object.pages, edx: object.address });
  return withModel(outcomes, checked.model);
};

const getFreePageCount: Effect = (scope, outcomes) => {
  if (!scope.model.closed) return outcomes;
  const free = BigInt(scope.model.freeList.length);
  return exactly(scope, 'success', scope.model, { eax: free, edx: free });
};

const ARENAS = ['PR_PRIVATE', 'PR_SHARED', 'PR_SYSTEM'] as const;

/** Whether linear pages `first`..`first + n - 1` overlap a live block, heap block or region slot of a closed world. */
function pagesInUse(model: VmmModelState, first: bigint, n: bigint): boolean {
  for (const o of model.objects.values()) {
    const base = known(o.address), size = o.origin === 'heap' ? 1n : known(o.pages);
    if (o.status !== 'live' || base === undefined || size === undefined) continue;
    if (first < (base >> PAGE) + size && base >> PAGE < first + n) return true;
  }
  return [...model.slots.keys()].some((lpn) => lpn >= first && lpn < first + n);
}

const pageReserve: Effect = (scope, outcomes) => {
  const n = known(arg(scope, 'npages'));
  const extra = { static: hasFlag(arg(scope, 'flags'), 'PR_STATIC') === true, committed: new Map<number, bigint | undefined>() };
  const page = known(arg(scope, 'page'));
  if (scope.model.closed && n !== undefined && page !== undefined && !ARENAS.some((a) => constant(a) === page)) {
    // An explicit page number: the reservation goes there, or fails when a page of it is in use (spec A.4.12).
    if (pagesInUse(scope.model, page, n)) return exactly(scope, 'failure', scope.model, { eax: 0xffffffffn });
    const address = bv(page << PAGE, 32);
    const next = page + n + 1n > scope.model.nextPage ? page + n + 1n : scope.model.nextPage;
    const object = newObject(scope, address, address, 'reserve', extra);
    return exactly(scope, 'success', trackHandle(putObject({ ...scope.model, nextPage: next }, object), scope, address, object), { eax: page << PAGE });
  }
  if (scope.model.closed && n !== undefined) {
    const done = allocateClosed(scope, scope.model, n, false, false);
    if (!done) return exactly(scope, 'failure', scope.model, { eax: 0xffffffffn });
    const object = newObject(scope, bv(done.address, 32), bv(done.address, 32), 'reserve', extra);
    return exactly(scope, 'success', trackHandle(putObject(done.model, object), scope, object.handle, object), { eax: done.address });
  }
  return onSuccess(outcomes, (o) => {
    const address = o.results.get('eax') ?? scope.fresh('lin', 32);
    const object = newObject(scope, address, address, 'reserve', extra);
    return { ...o, model: trackHandle(putObject(o.model, object), scope, address, object) };
  });
};

// ---- free physical regions ----------------------------------------------------

function slotAt(model: VmmModelState, page: Expr | undefined): { readonly lpn: bigint; readonly slot: RegionSlot } | undefined {
  const lpn = known(page);
  const slot = lpn === undefined ? undefined : model.slots.get(lpn);
  return lpn === undefined || !slot ? undefined : { lpn, slot };
}

/** Owner of a physical page number in a closed world, for the two-owner check. */
function ownerOf(model: VmmModelState, ppn: bigint): string | LineMessage | undefined {
  if (model.freeList.includes(ppn)) return 'the free list';
  if (model.device.includes(ppn)) return 'device memory';
  for (const [lpn, s] of model.slots) if (s.phys >> PAGE === ppn) return `region slot ${formatNumber(lpn, 'masm')}`;
  for (const o of model.objects.values()) if (o.status === 'live' && o.frames.includes(ppn)) return o.site ? lineMessage`the block at ${callLine(o.site)}` : 'the block at line ?';
  return undefined;
}

const TAKEN = 'physical page taken out of the region here';

/**
 * The model after an exchange that did not fail put `phys` into the slot of
 * `page`: it holds `phys` now, and a slot named by another expression keeps
 * what it held when the two page numbers are certainly different or `c`,
 * the case the path takes (`slotCases`), says the slot is not that one: the
 * slots the model knows are distinct on the path, so all but the one it is.
 */
function exchangedInto(model: VmmModelState, page: Expr | undefined, phys: Expr | undefined, c?: SlotCase): VmmModelState {
  if (!page || !phys) return forgetExchanges(model);
  const kept = (slot: ExchangedSlot): boolean => {
    const distance = constantDistance(slot.page, page);
    return distance === undefined ? c !== undefined && slot !== c.same : distance !== 0n;
  };
  // The slot the path takes to be that of `page` is known by `page` alone from here, so that the slots
  // the model knows stay distinct on the path.
  const exchanged = new Map([...model.exchanged].filter(([, slot]) => kept(slot)));
  return { ...model, exchanged: exchanged.set(exprKey(page), { page, phys }) };
}

/**
 * An outcome of an exchange of a slot known to hold `phys` (spec A.4.15):
 * it gives `phys` back unless it fails, so 0 from a slot an exchange
 * emptied (the end of a chain), never a page it does not hold; undefined
 * for an outcome that cannot happen then.
 */
function givenBack(o: ServiceOutcome, phys: Expr): ServiceOutcome | undefined {
  const out = o.results.get('eax');
  if (o.label === 'failure' || out?.kind !== 'sym') return o;
  const guard = substitute(o.guard, (s) => (s.name === out.name ? phys : undefined));
  return guard.kind === 'const' && guard.value === 0n ? undefined : { ...o, guard, results: new Map(o.results).set('eax', phys) };
}

/**
 * One way an exchange may meet the slots the model knows by expression:
 * it is the known slot `same`, holding `phys` (by the same expression, or
 * where `guard` says the two are equal), or it is none of them (`guard`
 * says so where one may be it).
 */
interface SlotCase {
  readonly guard?: Expr;
  readonly phys?: Expr;
  readonly same?: ExchangedSlot;
}

/**
 * The cases of an exchange of the slot of `page`: the slot the model knows
 * by that expression, or, for each slot it knows by an expression that may
 * name the same one, a path on which it is that slot and gives back what
 * that slot holds, and one on which it is none of them. Every other slot
 * the model knows keeps what it holds on each (a rotation of three slots'
 * pages, then a put-back into the slot the first exchange emptied, still
 * gets 0).
 */
function slotCases(model: VmmModelState, page: Expr | undefined): readonly SlotCase[] {
  const held = page && model.exchanged.get(exprKey(page));
  if (!page || held) return [held ? { phys: held.phys, same: held } : {}];
  const maySame = [...model.exchanged.values()].filter((slot) => constantDistance(slot.page, page) === undefined);
  if (maySame.length === 0) return [{}];
  const none = maySame.map((slot) => ne(page, slot.page)).reduce((acc, x) => and(acc, x));
  return [...maySame.map((slot) => ({ guard: eq(page, slot.page), phys: slot.phys, same: slot })), { guard: none }];
}

const xchgFreePhysReg: Effect = (scope, outcomes) => {
  const physIn = arg(scope, 'PhysAddr'), page = arg(scope, 'LinPgNum');
  const take = (model: VmmModelState, out: Expr): VmmModelState =>
    track(model, { kind: 'page', value: out, what: lineMessage`physical page taken out of a free physical region by _XchgFreePhysReg (${callLine(scope.site)})`, site: scope.site });
  const target = slotAt(scope.model, page);
  const phys = known(physIn);
  if (scope.model.closed && phys !== undefined) {
    if (!target || (phys & 0xfffn) !== 0n) return exactly(scope, 'failure', scope.model, { eax: 0xffffffffn });
    let model = release(scope.model, physIn, 'page');
    const elsewhere = phys === 0n ? undefined : ownerOf(scope.model, phys >> PAGE);
    if (elsewhere && model === scope.model) {
      model = withViolation(model, 'PW220', lineMessage`physical page ${formatNumber(phys >> PAGE, 'masm')}, which belongs to ${elsewhere}, is put into region slot ${formatNumber(target.lpn, 'masm')} as well${callHere(scope.site)}`, scope.site);
    }
    model = exchangedInto({ ...model, slots: new Map(model.slots).set(target.lpn, { ...target.slot, phys }) }, page, physIn);
    const old = target.slot.phys;
    if (old === 0n) return exactly(scope, 'special', model, { eax: old });
    return exactly(scope, 'success', take(model, bv(old, 32)), { eax: old }).map((o) => ({ ...o, note: TAKEN }));
  }
  const exchange = (o: ServiceOutcome, c: SlotCase): ServiceOutcome => {
    let model = exchangedInto(release(o.model, physIn, 'page'), page, physIn, c);
    if (target) model = { ...model, slots: new Map(model.slots).set(target.lpn, { ...target.slot, phys: phys ?? target.slot.phys }) };
    const out = o.results.get('eax');
    if (o.label !== 'success' || !out) return { ...o, model };
    return { ...o, model: take(model, out), note: TAKEN };
  };
  const cases = slotCases(scope.model, page);
  // A failed exchange installs nothing: one outcome whichever slot it is.
  return outcomes.flatMap((o) => (o.label === 'failure' ? [o] : cases.flatMap((c) => {
    const given = c.phys ? givenBack(o, c.phys) : o;
    if (!given || !c.guard) return given ? [exchange(given, c)] : [];
    // A case keeps the call's result symbol, equal to what the slot gives back, so that the cases' paths
    // join again where their models agree, as the outcomes' do, without an if-then-else of the results.
    const out = o.results.get('eax');
    const gives = given !== o && out && c.phys ? and(given.guard, eq(out, c.phys)) : o.guard;
    return [exchange({ ...o, guard: and(gives, c.guard) }, c)];
  })));
};

/** _MapFreePhysReg and _UnmapFreePhysReg: they may change any slot an exchange left a page in. */
function regionEffect(map: boolean): Effect {
  const effect = regionPages(map);
  return (scope, outcomes) => effect(scope, outcomes).map((o) => ({ ...o, model: forgetExchanges(o.model) }));
}

function regionPages(map: boolean): Effect {
  return (scope, outcomes) => {
    const first = known(arg(scope, 'LinPgNum')), n = known(arg(scope, 'nPages'));
    if (!scope.model.closed || first === undefined || n === undefined) return outcomes;
    const fixed = map && hasFlag(arg(scope, 'flags'), 'PageFixed') === true;
    const slots = new Map(scope.model.slots);
    let freeList = [...scope.model.freeList];
    for (let lpn = first; lpn < first + n; lpn++) {
      const slot = slots.get(lpn);
      if (!slot || (map ? slot.phys !== 0n : slot.phys === 0n || slot.fixed)) return exactly(scope, 'failure', scope.model, { eax: 0n });
      if (map) {
        const [ppn, ...rest] = freeList;
        if (ppn === undefined) return exactly(scope, 'failure', scope.model, { eax: 0n });
        freeList = rest;
        slots.set(lpn, { ...slot, phys: ppn << PAGE, fixed });
      } else {
        freeList.push(slot.phys >> PAGE);
        slots.set(lpn, { ...slot, phys: 0n, fixed: false });
      }
    }
    return exactly(scope, 'success', { ...scope.model, slots, freeList }, { eax: 1n });
  };
}

/** Services that take physical pages from the caller: a page the code held is handed over. */
function consumesPage(param: string, asPageNumber: boolean): Effect {
  return (scope, outcomes) => {
    const value = arg(scope, param);
    if (!value) return outcomes;
    const address = asPageNumber ? shl(value, bv(PAGE, 32)) : value;
    return onSuccess(outcomes, (o) => {
      let model = release(o.model, value, 'page');
      if (model === o.model) model = release(o.model, address, 'page');
      return { ...o, model };
    });
  };
}

const addFreePhysPage: Effect = (scope, outcomes) => {
  const consumed = consumesPage('PhysPgNum', true)(scope, outcomes);
  const first = known(arg(scope, 'PhysPgNum')), n = known(arg(scope, 'nPages'));
  if (!scope.model.closed || first === undefined || n === undefined) return consumed;
  const pages = Array.from({ length: Number(n) }, (_, i) => first + BigInt(i));
  return exactly(scope, 'success', { ...scope.model, freeList: [...scope.model.freeList, ...pages] }, { eax: 2n });
};

/**
 * _PageResetHandlePAddr (spec A.4.16): physical pages PhysPgNum onwards take
 * the place of pages PgOff.. of the block, which go to the free list, and
 * the block is fixed from then on. A closed world decides it for a block
 * whose pages are all present; a range past the block's end fails.
 */
const pageResetHandlePAddr: Effect = (scope, outcomes) => {
  const consumed = consumesPage('PhysPgNum', true)(scope, outcomes);
  const handle = arg(scope, 'hMem');
  const offset = known(arg(scope, 'PgOff')), n = known(arg(scope, 'nPages')), first = known(arg(scope, 'PhysPgNum'));
  if (!handle || !scope.model.closed || offset === undefined || n === undefined || first === undefined) return consumed;
  const checked = useHandle(scope.model, handle, 'use', scope.service.name, scope);
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const { object } = checked;
  const size = known(object.pages);
  if (n === 0n || size === undefined || offset + n > size) return exactly(scope, 'failure', checked.model, { eax: 0n });
  if (BigInt(object.frames.length) !== size) return consumed;
  const at = Number(offset), end = Number(offset + n);
  const substitutes = Array.from({ length: Number(n) }, (_, i) => first + BigInt(i));
  const frames = [...object.frames.slice(0, at), ...substitutes, ...object.frames.slice(end)];
  const model = putObject({ ...checked.model, freeList: [...checked.model.freeList, ...object.frames.slice(at, end)] }, { ...object, frames, fixed: true });
  return consumesPage('PhysPgNum', true)(scope, exactly(scope, 'success', model, { eax: 1n }));
};

export const EFFECTS: Readonly<Record<string, Effect>> = {
  _PageAllocate: pageAllocate,
  _PageReAllocate: pageReAllocate,
  _PageFree: pageFree,
  _PageLock: lockEffect(1),
  _PageUnLock: lockEffect(-1),
  _LinPageLock: aliasingLock(linearLockEffect(1)),
  _LinPageUnLock: aliasingUnlock(linearLockEffect(-1)),
  _PageGetSizeAddr: pageGetSizeAddr,
  _GetFreePageCount: getFreePageCount,
  _PageReserve: pageReserve,
  _XchgFreePhysReg: xchgFreePhysReg,
  _MapFreePhysReg: regionEffect(true),
  _UnmapFreePhysReg: regionEffect(false),
  _AddFreePhysPage: addFreePhysPage,
  _PageResetHandlePAddr: pageResetHandlePAddr,
  // A page the code held (from a region) is handed over as well as mapped.
  _PageCommitPhys: (scope, outcomes) => consumesPage('physpg', true)(scope, pageCommitPhys(scope, outcomes)),
  ...COMMIT_EFFECTS,
  ...V86_EFFECTS,
  ...HEAP_EFFECTS,
};

/**
 * Every outcome of a call: the catalogue's, shaped by the service's effect.
 * A result the run was given (a replayed witness) overrides what a closed
 * world would decide: the effect sees the model as open, and the given value,
 * pinned on the path, picks the outcome.
 */
export function serviceOutcomes(scope: CallScope): ServiceOutcome[] {
  return withEffects(scope, catalogueOutcomes(scope));
}

/** The handle arguments a service checks, page and heap family. */
const HANDLE_PARAMETERS = ['hMem', 'hAddress'];

/** The block as it is on the paths where the condition a join put on it (`freedIf`, `allocatedIf`) holds. */
function decided({ freedIf: _freedIf, allocatedIf: _allocatedIf, ...object }: MemObject): MemObject {
  return object;
}

/**
 * How many values a handle argument that is a choice of choices may be for
 * the call to run once per value: a handle read back from a table slot that
 * two bounded indexes may have written is a choice per index.
 */
const MAX_HANDLE_VALUES = 8;

/**
 * How many nodes such a handle may have, its conditions' counted, each as
 * often as it occurs: the choices a loop's joins make of a table slot have
 * conditions of their own joins, millions of nodes written out after a few
 * passes, and each run's guard carried them into every value after it.
 */
const MAX_HANDLE_NODES = 128;

/** Whether `e` written out as a tree has at most `limit` nodes. */
function smallTree(e: Expr, limit: number): boolean {
  let nodes = 0;
  const pending: Expr[] = [e];
  for (let x = pending.pop(); x; x = pending.pop()) {
    if (++nodes > limit) return false;
    if (x.kind === 'ite') pending.push(x.cond, x.then, x.else);
    else if (x.kind === 'binary') pending.push(x.left, x.right);
    else if (x.kind === 'unary' || x.kind === 'extract' || x.kind === 'extend') pending.push(x.arg);
  }
  return true;
}

/**
 * Whether the call runs once per value of `handle`, a choice: where an arm
 * is a block the model knows, or a value a choice nested in it may be is,
 * among no more than `MAX_HANDLE_VALUES` values in a choice of no more than
 * `MAX_HANDLE_NODES` nodes. Each run is guarded by the conditions that lead
 * to its value, so one whose conditions contradict each other is a path the
 * solver drops, as any other.
 */
function choosesBlock(model: VmmModelState, handle: Expr & { kind: 'ite' }): boolean {
  if (objectOf(model, handle.then) || objectOf(model, handle.else)) return true;
  if (!smallTree(handle, MAX_HANDLE_NODES)) return false;
  const values: Expr[] = [];
  const pending: Expr[] = [handle];
  for (let e = pending.pop(); e; e = pending.pop()) {
    if (e.kind === 'ite') pending.push(e.then, e.else);
    else if (values.push(e) > MAX_HANDLE_VALUES) return false;
  }
  return values.some((v) => objectOf(model, v) !== undefined);
}

/**
 * A handle argument whose block a join left freed, or allocated, on some
 * paths only: the call runs once as on the freed (allocated) block, where
 * `freedIf` (`allocatedIf`) holds, and once as on a block the model has
 * never seen, each outcome guarded by its case. A handle a join made a
 * choice between values (a block on the paths that allocated it, 0 on the
 * others, or a table slot's blocks at the indexes stores there may have
 * had) runs once per choice, for the same reason.
 */
function withEffects(scope: CallScope, outcomes: ServiceOutcome[]): ServiceOutcome[] {
  for (const name of HANDLE_PARAMETERS) {
    const handle = arg(scope, name);
    if (handle?.kind === 'ite' && choosesBlock(scope.model, handle)) {
      const choices: [Expr, Expr][] = [[handle.cond, handle.then], [not(handle.cond), handle.else]];
      return choices.flatMap(([where, value]) => withEffects(withArg(scope, name, value), outcomes)
        .map((o) => ({ ...o, guard: and(where, o.guard) })));
    }
    const object = handle && objectOf(scope.model, handle);
    // The old handle of a block reallocated where it was names the new block.
    if (object?.inPlace && object.replacedBy) return withEffects(withArg(scope, name, object.replacedBy), outcomes);
    const where = object?.freedIf ?? object?.allocatedIf;
    if (!handle || !object || !where) continue;
    const cases: [Expr, VmmModelState][] = [[where, putObject(scope.model, decided(object))], [not(where), withoutObject(scope.model, handle)]];
    return cases.flatMap(([where, model]) => withEffects({ ...scope, model }, outcomes.map((o) => ({ ...o, model })))
      .map((o) => ({ ...o, guard: and(where, o.guard) })));
  }
  const effect = EFFECTS[scope.service.name];
  if (!effect) return outcomes;
  const given = outcomes.some((o) => [...o.results.values()].some(scope.given));
  if (!given || !scope.model.closed) return effect(scope, outcomes);
  const open = { ...scope.model, closed: false };
  const shaped = effect({ ...scope, model: open }, outcomes.map((o) => ({ ...o, model: open })));
  return shaped.map((o) => ({ ...o, model: { ...o.model, closed: true } }));
}

