import { PAGE, decided, onSuccess } from './effect.js';
import type { Effect } from './effect.js';
import { ownerOfPage, putObject } from './handles.js';
import { arg, constant, hasFlag, known } from './outcomes.js';
import type { CallScope } from './outcomes.js';
import type { MemObject, VmmModelState } from './state.js';

// _PageCommit, _PageCommitPhys and _PageDecommit (spec A.4.13, A.4.14 and
// its related 4.0 calls) on the reservations _PageReserve made. The rules
// need the range and the reservation, so they decide outcomes in a closed
// world only; in an open world the services keep the catalogue's success
// and failure.

interface Range {
  readonly object: MemObject;
  /** Page offsets inside the reservation. */
  readonly offsets: readonly number[];
}

const MAX_RANGE = 4096n;

/** The live reservation that holds the whole range, if one does. */
function reservationOf(model: VmmModelState, first: bigint, count: bigint): Range | undefined {
  for (const object of model.objects.values()) {
    const base = known(object.address), pages = known(object.pages);
    if (object.origin !== 'reserve' || object.status !== 'live' || base === undefined || pages === undefined) continue;
    const start = first - (base >> PAGE);
    if (start < 0n || start + count > pages) continue;
    return { object, offsets: Array.from({ length: Number(count) }, (_, i) => Number(start) + i) };
  }
  return undefined;
}

/** The range the call names, when it is known, not empty and lies inside one reservation. */
function rangeOf(scope: CallScope): Range | undefined {
  const first = known(arg(scope, 'page')), count = known(arg(scope, 'npages'));
  if (first === undefined || count === undefined || count === 0n || count > MAX_RANGE) return undefined;
  return reservationOf(scope.model, first, count);
}

/** Whether the arguments are concrete enough to decide the call. */
const concrete = (scope: CallScope, ...names: string[]): boolean => names.every((n) => known(arg(scope, n)) !== undefined);

const staticAllowed = (object: MemObject, flags: bigint | undefined): boolean =>
  !object.static || (flags !== undefined && (flags & constant('PC_STATIC')) !== 0n);

const commitPages: Effect = (scope, outcomes) => {
  if (!scope.model.closed || !concrete(scope, 'page', 'npages', 'hpd', 'flags')) return outcomes;
  const range = rangeOf(scope);
  const flags = arg(scope, 'flags');
  const hpd = known(arg(scope, 'hpd'));
  const fixedPager = hpd === constant('PD_FIXED') || hpd === constant('PD_FIXEDZERO');
  const fixed = hasFlag(flags, 'PC_FIXED') === true;
  const present = fixed || hasFlag(flags, 'PC_LOCKED') === true || hasFlag(flags, 'PC_LOCKEDIFDP') === true;
  if (!range || !staticAllowed(range.object, known(flags)) || (fixedPager && !fixed)) return decided(scope, outcomes, false);
  const committed = new Map(range.object.committed);
  // Locked or fixed pages may not land on pages already committed; anything else may re-commit.
  if (present && range.offsets.some((o) => committed.has(o))) return decided(scope, outcomes, false);
  const fresh = range.offsets.filter((o) => !committed.has(o));
  const frames = present ? scope.model.freeList.slice(0, fresh.length) : [];
  if (present && frames.length < fresh.length) return decided(scope, outcomes, false);
  fresh.forEach((o, i) => committed.set(o, frames[i]));
  const object: MemObject = { ...range.object, committed, frames: [...range.object.frames, ...frames], fixed: range.object.fixed || fixed };
  return decided(scope, outcomes, true, putObject({ ...scope.model, freeList: scope.model.freeList.slice(frames.length) }, object));
};

/**
 * The lock counts a commit leaves in its reservation: PC_LOCKED pages start
 * locked once (spec A.4.13), which `_LinPageUnLock` or `_PageUnLock` may
 * undo as they undo PageLocked. Where the flags or the range are not known,
 * the pages are PC_FIXED (never unlocked) or PC_LOCKEDIFDP (locked only
 * under some pagers), the counts are not known either.
 */
function lockCommitted(scope: CallScope, model: VmmModelState): VmmModelState {
  const flags = arg(scope, 'flags');
  const locked = hasFlag(flags, 'PC_LOCKED'), fixed = hasFlag(flags, 'PC_FIXED'), ifDP = hasFlag(flags, 'PC_LOCKEDIFDP');
  const page = arg(scope, 'page');
  if ((locked === false && fixed === false && ifDP === false) || !page) return model;
  const owner = ownerOfPage(model, page);
  if (!owner) return model;
  const count = known(arg(scope, 'npages'));
  if (locked !== true || fixed !== false || ifDP !== false || count === undefined || owner.offset + count > owner.size) return putObject(model, { ...owner.object, locks: undefined });
  const locks = new Map(owner.locks);
  for (let i = Number(owner.offset); i < Number(owner.offset + count); i++) locks.set(i, (locks.get(i) ?? 0) + 1);
  return putObject(model, { ...owner.object, locks });
}

const pageCommit: Effect = (scope, outcomes) => onSuccess(commitPages(scope, outcomes), (o) => ({ ...o, model: lockCommitted(scope, o.model) }));

/**
 * _PageCommitPhys maps physical pages the caller names (device memory or
 * pages it owns), none from the free list. PC_INCR maps a run from physpg
 * up; without it every linear page maps physpg itself. It fails, committing
 * nothing, when any page of the range is committed already.
 */
export const pageCommitPhys: Effect = (scope, outcomes) => {
  if (!scope.model.closed || !concrete(scope, 'page', 'npages', 'physpg', 'flags')) return outcomes;
  const range = rangeOf(scope);
  if (!range || range.offsets.some((o) => range.object.committed?.has(o))) return decided(scope, outcomes, false);
  const first = known(arg(scope, 'physpg')) ?? 0n;
  const run = hasFlag(arg(scope, 'flags'), 'PC_INCR') === true;
  const committed = new Map(range.object.committed);
  const callerPages = new Set(range.object.callerPages);
  range.offsets.forEach((o, i) => {
    committed.set(o, run ? first + BigInt(i) : first);
    callerPages.add(o);
  });
  return decided(scope, outcomes, true, putObject(scope.model, { ...range.object, committed, callerPages }));
};

const pageDecommit: Effect = (scope, outcomes) => {
  if (!scope.model.closed || !concrete(scope, 'page', 'npages', 'flags')) return outcomes;
  const range = rangeOf(scope);
  if (!range || !staticAllowed(range.object, known(arg(scope, 'flags')))) return decided(scope, outcomes, false);
  const committed = new Map(range.object.committed);
  const callerPages = new Set(range.object.callerPages);
  const released: bigint[] = [];
  for (const o of range.offsets) {
    const frame = committed.get(o);
    if (frame !== undefined && !callerPages.has(o)) released.push(frame);
    committed.delete(o);
    callerPages.delete(o);
  }
  const object: MemObject = { ...range.object, committed, callerPages, frames: range.object.frames.filter((f) => !released.includes(f)) };
  return decided(scope, outcomes, true, putObject({ ...scope.model, freeList: [...scope.model.freeList, ...released] }, object));
};

export const COMMIT_EFFECTS: Readonly<Record<string, Effect>> = {
  _PageCommit: pageCommit,
  _PageDecommit: pageDecommit,
};
