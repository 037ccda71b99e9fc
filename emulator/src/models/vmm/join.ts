import type { ModelStates } from '../../explore/hooks.js';
import { and, not, or, TRUE, FALSE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { joinHistories } from '../../explore/history.js';
import { joinLinearLocks, joinLinearStories } from './linear-locks.js';
import { MODEL_KEY } from './state.js';
import type { ItselfGone, MemObject, Tracked, VmmModelState } from './state.js';

// Joining the memory-manager states of two paths that meet. A loop over a
// table of handles from outside (`cmp [esi.hMem], 0` / `_PageFree`) frees a
// handle on one arm and not on the other, every iteration; a run of
// `_PageAllocate` / `jz` / `_PageFree` pairs meets, after each pair, the arm
// whose allocation failed. Without a join the paths double each time. A
// block freed on one arm only is allowed anywhere, and the joined block
// remembers on which paths it was freed (`freedIf`), so a later use of it
// is a use after free exactly on those paths. So is a live block from
// outside that one arm used (`_PageLock` of each non-zero entry of the
// table): the model knows of it no more than of a handle it never met,
// which is what the other arm knows, and the joined state leaves it out.
//
// At the head of a loop the paths went round, more may differ: a loop that
// allocates a block per pass (keeping it, or skipping the slot when the
// call fails) brings back, every pass, an arm with the new block and one
// without, and each arm may have lost a handle of an earlier pass or broken
// a rule the other did not. A block allocated on one arm only remembers on
// which paths it exists (`allocatedIf`), one whose pages the arms locked
// differently forgets its lock counts, each value tracked for PW220/PW221
// differently by the two arms is kept once per arm, tracked on that arm's
// paths only (`when`), the violations of the arm that broke one more
// rule stand for both (each was reported at the step that broke it), and
// of what exchanges left in the region slots named by expression only what
// the arms agree on is kept (a chain's pass moves a page on by one slot). Apart
// from loop heads these keep the paths apart, and each path keeps its own
// story for the findings on it.
//
// Where a routine returns, the paths through it meet again, and the lock
// counts of linear pages may differ too: a helper that locks a pool page by
// page and undoes its locks on failure returns with a different count of
// its pages locked on each path. Each arm's count is kept under the
// selector (`linear-locks.ts`). Elsewhere such counts keep the paths apart,
// and any other difference (page ownership, the lock counts of blocks,
// stored results) keeps them apart everywhere.

/** A block the model knows only from this procedure's use of its handle: nothing about its pages. */
function fromOutside(o: MemObject): boolean {
  return o.origin === 'unknown' && o.frames.length === 0 && o.locks === undefined && o.address === undefined && o.pages === undefined
    && o.committed === undefined && o.static === undefined && o.bytes === undefined && o.mapped === undefined;
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

/**
 * Where a block this procedure allocated in an open world (no pages the
 * model knows of) exists: everywhere for a plain one, where `allocatedIf`
 * holds for a joined one, nowhere on a path that never had it. Undefined
 * for any other block.
 */
function allocatedWhere(o: MemObject | undefined): Expr | undefined {
  if (o === undefined) return FALSE;
  if (o.origin === 'allocate' && o.status === 'live' && o.frames.length === 0 && o.freedIf === undefined) return o.allocatedIf ?? TRUE;
  return undefined;
}

/** `a` on the paths of `selector`, `b` on the others. */
function choose(selector: Expr, a: Expr, b: Expr): Expr {
  return or(and(selector, a), and(not(selector), b));
}

/** Whether two arms' copies of a block differ in no more than where it exists, its lock counts and where they were last changed. */
function sameButLocks(a: MemObject, b: MemObject): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof MemObject)[]);
  for (const k of keys) if (k !== 'locks' && k !== 'allocatedIf' && k !== 'story' && a[k] !== b[k]) return false;
  return true;
}

/** `block` with the story of each arm's copy (`a`'s where `selector` holds): each arm changed it at a step of its own. */
function withStories(block: MemObject, a: MemObject | undefined, b: MemObject | undefined, selector: Expr): MemObject {
  const story = a?.story && b?.story ? joinHistories(selector, a.story, b.story) : block.story;
  return story === block.story ? block : { ...block, story };
}

/**
 * At a loop head, the block this procedure allocated on one arm or both:
 * existing where either arm had it, its lock counts forgotten where the
 * arms counted differently (a pass that locked some of its pages, one that
 * locked none). Undefined for any other pair.
 */
function allocatedBlock(oa: MemObject | undefined, ob: MemObject | undefined, selector: Expr): MemObject | undefined {
  const aa = allocatedWhere(oa), ab = allocatedWhere(ob);
  const block = oa ?? ob;
  if (aa === undefined || ab === undefined || !block) return undefined;
  if (oa && ob && !sameButLocks(oa, ob)) return undefined;
  const counted = !oa || !ob || oa.locks === ob.locks || (oa.locks !== undefined && ob.locks !== undefined && sameMap(oa.locks, ob.locks));
  const locks = counted ? block.locks : undefined;
  return existingWhere(withStories({ ...block, locks }, oa, ob, selector), choose(selector, aa, ab));
}

/** The block on the paths where `where` holds (on every path for a constant: both arms had it). */
function existingWhere({ allocatedIf: _allocatedIf, ...block }: MemObject, where: Expr): MemObject {
  return where.kind === 'const' ? block : { ...block, allocatedIf: where };
}

function joinObjects(a: VmmModelState, b: VmmModelState, selector: Expr, loopHead: boolean): Map<string, MemObject> | undefined {
  const out = new Map(a.objects);
  for (const key of new Set([...a.objects.keys(), ...b.objects.keys()])) {
    const oa = a.objects.get(key), ob = b.objects.get(key);
    if (oa === ob) continue;
    const allocated = loopHead ? allocatedBlock(oa, ob, selector) : undefined;
    if (allocated) {
      out.set(key, allocated);
      continue;
    }
    const fa = freedWhere(oa), fb = freedWhere(ob);
    // Live from outside on one arm, never met on the other (or live from outside on both): the same knowledge.
    if (fa === FALSE && fb === FALSE) {
      if (!oa || !ob) out.delete(key);
      continue;
    }
    const freed = oa?.status === 'freed' ? oa : ob?.status === 'freed' ? ob : undefined;
    if (fa === undefined || fb === undefined || freed === undefined) return undefined;
    const where = choose(selector, fa, fb);
    const always = withStories(freedOnEveryPath(freed), oa, ob, selector);
    if (where.kind === 'const') {
      if (where.value === 0n) out.delete(key); else out.set(key, always);
      continue;
    }
    out.set(key, { ...always, freedIf: where });
  }
  return out;
}

/** Whether two arms track a value alike: the same copies, lost at the same step if lost (each arm's story of it aside). */
function sameTracking(t: Tracked, u: Tracked): boolean {
  if (t === u) return true;
  if (t.kind !== u.kind || t.value !== u.value || t.when !== u.when || !sameList(t.locations, u.locations) || !sameList(t.aliases ?? [], u.aliases ?? [])
    || !sameList(t.destroyed ?? [], u.destroyed ?? [])) return false;
  if (!t.lost || !u.lost) return !t.lost && !u.lost && sameGone(t.itselfGone, u.itselfGone);
  return t.lost.how === u.lost.how && t.lost.source === u.lost.source;
}

function sameGone(a: ItselfGone | undefined, b: ItselfGone | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if ('remade' in a || 'remade' in b) return 'remade' in a && 'remade' in b;
  return a.source === b.source && a.how === b.how && sameList(a.left, b.left);
}

/** Tracked on the paths where `where` holds only. */
function trackedWhere(t: Tracked, where: Expr): Tracked {
  return { ...t, when: t.when ? and(where, t.when) : where };
}

/**
 * At a loop head, the values tracked alike by both arms once, and each
 * other arm's tracking of a value tracked on that arm's paths.
 */
function joinTracked(a: VmmModelState, b: VmmModelState, selector: Expr, loopHead: boolean): readonly Tracked[] | undefined {
  if (sameList(a.tracked, b.tracked)) return a.tracked;
  if (!loopHead) return undefined;
  const theirs = [...b.tracked];
  const out = a.tracked.map((t) => {
    const i = theirs.findIndex((u) => sameTracking(t, u));
    if (i < 0) return trackedWhere(t, selector);
    const [u] = theirs.splice(i, 1);
    if (!u || u === t || !t.lost || !u.lost || t.lost.history === u.lost.history) return t;
    return { ...t, lost: { ...t.lost, history: joinHistories(selector, t.lost.history, u.lost.history) } };
  });
  return [...out, ...theirs.map((u) => trackedWhere(u, not(selector)))];
}

/** What both arms know of the slots named by expression: all of it, or at a loop head what they agree on. */
function joinExchanges(a: VmmModelState, b: VmmModelState, loopHead: boolean): VmmModelState['exchanged'] | undefined {
  const agreed = [...a.exchanged].filter(([key, slot]) => b.exchanged.get(key)?.phys === slot.phys);
  if (agreed.length === a.exchanged.size && agreed.length === b.exchanged.size) return a.exchanged;
  return loopHead ? new Map(agreed) : undefined;
}

/** At a loop head, the violations of the arm that broke one more rule, when the other broke none since. */
function joinViolations(a: VmmModelState, b: VmmModelState, loopHead: boolean): VmmModelState['violations'] | undefined {
  if (sameList(a.violations, b.violations)) return a.violations;
  if (!loopHead) return undefined;
  const [longer, shorter] = a.violations.length >= b.violations.length ? [a.violations, b.violations] : [b.violations, a.violations];
  return shorter.every((v, i) => longer[i] === v) ? longer : undefined;
}

// Services copy a list or map even when they change nothing in it (an unlock of a page the open world never saw).
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

export function sameMap<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function sameButBlocks(a: VmmModelState, b: VmmModelState): boolean {
  return a.version === b.version && a.phases === b.phases && a.context === b.context && a.closed === b.closed
    && sameMap(a.slots, b.slots) && sameList(a.freeList, b.freeList) && sameList(a.device, b.device)
    && sameList(a.untested, b.untested) && sameList(a.globalAliases, b.globalAliases) && a.nextPage === b.nextPage && a.nextHandle === b.nextHandle;
}

/**
 * The engine's `joinModels` for the VMM model: undefined unless the two
 * differ only in blocks freed on one side or live from outside on one side
 * or, at a loop head or where a routine returns, in what the comment at the
 * top of this file lists.
 */
export function joinVmmModels(a: ModelStates, b: ModelStates, selector: Expr, loopHead: boolean, returned: boolean): ModelStates | undefined {
  for (const key of new Set([...a.keys(), ...b.keys()])) if (key !== MODEL_KEY && a.get(key) !== b.get(key)) return undefined;
  const ma = a.get(MODEL_KEY) as VmmModelState | undefined, mb = b.get(MODEL_KEY) as VmmModelState | undefined;
  if (!ma || !mb || !sameButBlocks(ma, mb)) return undefined;
  const sameLocks = sameMap(ma.linearLocks, mb.linearLocks);
  if (!sameLocks && !returned) return undefined;
  const exchanged = joinExchanges(ma, mb, loopHead);
  const violations = exchanged && joinViolations(ma, mb, loopHead);
  const tracked = violations && joinTracked(ma, mb, selector, loopHead);
  const objects = tracked && joinObjects(ma, mb, selector, loopHead);
  if (!objects) return undefined;
  const linearLocks = sameLocks ? ma.linearLocks : joinLinearLocks(ma, mb, selector);
  const linearStories = joinLinearStories(ma, mb, selector);
  return new Map(a).set(MODEL_KEY, { ...ma, objects, tracked, violations, exchanged, linearLocks, linearStories });
}
