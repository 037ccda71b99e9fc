import type { ModelStates } from '../../explore/hooks.js';
import { and, not, or, TRUE, FALSE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { MODEL_KEY } from './state.js';
import type { MemObject, VmmModelState } from './state.js';

// Joining the memory-manager states of two paths that meet. A loop over a
// table of handles from outside (`cmp [esi.hMem], 0` / `_PageFree`) frees a
// handle on one arm and not on the other, every iteration; a run of
// `_PageAllocate` / `jz` / `_PageFree` pairs meets, after each pair, the arm
// whose allocation failed. Without a join the paths double each time. A
// block freed on one arm only is the one difference allowed, and the joined
// block remembers on which paths it was freed (`freedIf`), so a later use of
// it is a use after free exactly on those paths. Any other difference (page
// ownership, lock counts, tracked pages and handles, violations) keeps the
// paths apart.

/** A block the model knows only from this procedure's use of its handle: nothing about its pages. */
function fromOutside(o: MemObject): boolean {
  return o.origin === 'unknown' && o.frames.length === 0 && o.locks === undefined && o.address === undefined && o.pages === undefined
    && o.committed === undefined && o.static === undefined && o.bytes === undefined;
}

/**
 * Where the block is freed: never for a live one from outside (the open
 * world's default) or one the path never had, always for a plainly freed
 * one. A freed block holds no pages, so one this procedure allocated and
 * freed differs from an absent one only in that its handle is dead.
 */
function freedWhere(o: MemObject | undefined): Expr | undefined {
  if (o === undefined || (o.status === 'live' && fromOutside(o))) return FALSE;
  if (o.status === 'freed' && o.frames.length === 0) return o.freedIf ?? TRUE;
  return undefined;
}

function freedOnEveryPath({ freedIf: _freedIf, ...object }: MemObject): MemObject {
  return object;
}

function joinObjects(a: VmmModelState, b: VmmModelState, selector: Expr): Map<string, MemObject> | undefined {
  const out = new Map(a.objects);
  for (const key of new Set([...a.objects.keys(), ...b.objects.keys()])) {
    const oa = a.objects.get(key), ob = b.objects.get(key);
    if (oa === ob) continue;
    const fa = freedWhere(oa), fb = freedWhere(ob);
    const freed = oa?.status === 'freed' ? oa : ob?.status === 'freed' ? ob : undefined;
    if (fa === undefined || fb === undefined || freed === undefined) return undefined;
    const where = or(and(selector, fa), and(not(selector), fb));
    const always = freedOnEveryPath(freed);
    if (where.kind === 'const') {
      if (where.value === 0n) out.delete(key); else out.set(key, always);
      continue;
    }
    out.set(key, { ...always, freedIf: where });
  }
  return out;
}

// Services copy a list or map even when they change nothing in it (an unlock of a page the open world never saw).
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

function sameMap<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function sameExceptObjects(a: VmmModelState, b: VmmModelState): boolean {
  return a.version === b.version && a.phases === b.phases && a.context === b.context && a.closed === b.closed
    && sameMap(a.slots, b.slots) && sameList(a.freeList, b.freeList) && sameList(a.device, b.device) && sameMap(a.linearLocks, b.linearLocks)
    && sameList(a.tracked, b.tracked) && sameList(a.untested, b.untested) && sameList(a.violations, b.violations) && a.nextPage === b.nextPage && a.nextHandle === b.nextHandle;
}

/** The engine's `joinModels` for the VMM model: undefined unless the two differ only in blocks from outside freed on one side. */
export function joinVmmModels(a: ModelStates, b: ModelStates, selector: Expr): ModelStates | undefined {
  for (const key of new Set([...a.keys(), ...b.keys()])) if (key !== MODEL_KEY && a.get(key) !== b.get(key)) return undefined;
  const ma = a.get(MODEL_KEY) as VmmModelState | undefined, mb = b.get(MODEL_KEY) as VmmModelState | undefined;
  if (!ma || !mb || !sameExceptObjects(ma, mb)) return undefined;
  const objects = joinObjects(ma, mb, selector);
  return objects && new Map(a).set(MODEL_KEY, { ...ma, objects });
}
