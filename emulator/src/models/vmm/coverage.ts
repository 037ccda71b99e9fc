import type { ModelStates } from '../../explore/hooks.js';
import type { Expr } from '../../values/expr.js';
import { sameList, sameMap } from './join.js';
import { MODEL_KEY } from './state.js';
import type { ExchangedSlot, LinearLock, MemObject, Tracked, VmmModelState } from './state.js';

// Whether the memory-manager state a widened loop head's path went on with
// stands for a later path's, which the widened registers and memory cover
// (the engine's `coversModels`). They may differ in what they know of
// values the widened state no longer holds (a block a later pass
// allocated, the handle of an earlier pass it lost, the page a pass locked
// or the slot it exchanged at an index widening made unknown), and in the
// rules the later path broke besides, each reported where it was broken. Anything
// else, such as a block the widened path still holds that the later one
// freed or locked, and the later path is not covered: its next pass may
// free it twice.

/** Whether the two lists hold the same items but for those `unnamed` allows to differ. */
function sameBut<T>(a: readonly T[], b: readonly T[], mayDiffer: (item: T) => boolean): boolean {
  if (sameList(a, b)) return true;
  const theirs = new Set(b);
  for (const x of a) if (!theirs.delete(x) && !mayDiffer(x)) return false;
  for (const x of theirs) if (!mayDiffer(x)) return false;
  return true;
}

/**
 * Whether two copies of a block differ only in the paths on which it was
 * freed or exists, and in its story: a block freed on some of the paths of
 * each is freed twice by a later free on some paths of each, and one that
 * exists on some leaks on those.
 */
function sameButWhere(a: MemObject, b: MemObject): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof MemObject)[]);
  for (const k of keys) {
    if (k === 'story' || a[k] === b[k]) continue;
    if (k === 'freedIf' || k === 'allocatedIf') continue;
    return false;
  }
  return true;
}

/** Whether two counts are the same on every side of every join they went through. */
function sameCount(a: LinearLock | undefined, b: LinearLock | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return a.selector === b.selector && sameCount(a.then, b.then) && sameCount(a.else, b.else);
}

/**
 * Whether the widened path's count of a page stands for the later path's:
 * the same, or lower (a loop that locks the same page every pass), where
 * each unlock the later path makes without going below zero the widened
 * path makes too, and the first that goes below zero on the later path
 * goes below zero on the widened path, there or sooner.
 */
function coversCount(wide: LinearLock | undefined, later: LinearLock | undefined): boolean {
  return sameCount(wide, later) || (typeof wide === 'number' && typeof later === 'number' && later > wide);
}

/**
 * Whether the lock counts of linear pages the widened path went on with
 * stand for the later path's (`coversCount`), but for pages it cannot
 * name: to it such a page is any page, of which an open world knows no
 * count, and an unlock of it goes on as an unlock of a counted page does.
 * A closed world counts such a page as unlocked: the later path's unlock
 * of a page it locked goes on where the widened path's failed.
 */
function coversLinearLocks(w: VmmModelState, m: VmmModelState, unnamed: (key: string) => boolean): boolean {
  if (sameMap(w.linearLocks, m.linearLocks)) return true;
  for (const key of new Set([...w.linearLocks.keys(), ...m.linearLocks.keys()])) {
    if (!coversCount(w.linearLocks.get(key), m.linearLocks.get(key)) && (w.closed || !unnamed(key))) return false;
  }
  return true;
}

/** Whether what exchanges left in slots named by expression agrees but for slots named by values widening made unknown. */
function sameExchanges(w: VmmModelState, m: VmmModelState, unnamed: (page: Expr) => boolean): boolean {
  if (sameMap(w.exchanged, m.exchanged)) return true;
  for (const key of new Set([...w.exchanged.keys(), ...m.exchanged.keys()])) {
    const a = w.exchanged.get(key), b = m.exchanged.get(key);
    if (a?.phys !== b?.phys && !unnamed(((a ?? b) as ExchangedSlot).page)) return false;
  }
  return true;
}

export function coversVmmModels(wide: ModelStates, state: ModelStates, unnamed: (value: Expr | string) => boolean): boolean {
  for (const key of new Set([...wide.keys(), ...state.keys()])) if (key !== MODEL_KEY && wide.get(key) !== state.get(key)) return false;
  const w = wide.get(MODEL_KEY) as VmmModelState | undefined, m = state.get(MODEL_KEY) as VmmModelState | undefined;
  if (!w || !m) return w === m;
  // The allocation counters only name what the later passes made.
  if (w.version !== m.version || w.phases !== m.phases || w.context !== m.context || w.closed !== m.closed || !sameMap(w.slots, m.slots)
    || !sameList(w.freeList, m.freeList) || !sameList(w.device, m.device) || !sameList(w.globalAliases, m.globalAliases)
    || !sameExchanges(w, m, unnamed) || !coversLinearLocks(w, m, unnamed)) return false;
  if (w.violations.length > m.violations.length || w.violations.some((v, i) => m.violations[i] !== v)) return false;
  for (const key of new Set([...w.objects.keys(), ...m.objects.keys()])) {
    const a = w.objects.get(key), b = m.objects.get(key);
    if (a !== b && !(a && b && sameButWhere(a, b)) && !unnamed(((a ?? b) as MemObject).handle)) return false;
  }
  const untracked = (t: Tracked): boolean => unnamed(t.value);
  return sameBut(w.tracked, m.tracked, untracked) && sameBut(w.untested, m.untested, (u) => unnamed(u.symbol));
}
