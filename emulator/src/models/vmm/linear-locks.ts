import { joinHistories } from '../../explore/history.js';
import { and, not } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { simplifyUnder } from '../../values/simplify.js';
import type { Effect } from './effect.js';
import { arg, withArg } from './outcomes.js';
import type { CallScope, ServiceOutcome } from './outcomes.js';
import type { LinearLock, LinearLockChoice, VmmModelState } from './state.js';

// Lock counts of linear pages where the paths through a routine meet again
// as it returns (join.ts). A helper that locks a pool page by page (the
// count read from memory) and unlocks what it locked when a lock fails
// returns with the pages of every pass it got to locked, or with none: its
// outcomes differ only in those counts. Kept apart, the paths after each
// call of it were multiplied again by its outcomes (three calls used up the
// step budget). Joined, a page the two sides counted differently keeps each
// side's count under the join's selector.
//
// A service that reads such a count where the sides would go different ways
// (an unlock that takes one side's count below zero, or one side's page to
// the block it lies in) runs once per side (`byLinearSide`), each outcome
// guarded by its side's condition: a later unlock of the page is a PW222
// exactly on the paths where it was not locked. Otherwise it changes each
// side's count alike, and the paths stay one (a lock of each page of the
// pool, called again). Pages one call locked together were joined at the
// same joins, so their choices name the same selectors, and deciding one
// selector decides it in every page: a service runs once per way the paths
// joined, never once per combination of its pages' counts. The page number
// itself may be a choice the same join made (a count of pages the routine
// returns, joined with the counts): where some choice of it names a page the
// model counts, the service runs once per side of that choice too.

/** `then` where `selector` holds, `otherwise` elsewhere: one count where both are one. */
function choice(selector: Expr, then: LinearLock | undefined, otherwise: LinearLock | undefined): LinearLock | undefined {
  return then === otherwise ? then : { selector, then, else: otherwise };
}

/** The counts of two joined paths, `a`'s where `selector` holds. */
export function joinLinearLocks(a: VmmModelState, b: VmmModelState, selector: Expr): VmmModelState['linearLocks'] {
  const out = new Map<string, LinearLock>();
  for (const key of new Set([...a.linearLocks.keys(), ...b.linearLocks.keys()])) {
    const count = choice(selector, a.linearLocks.get(key), b.linearLocks.get(key));
    if (count !== undefined) out.set(key, count);
  }
  return out;
}

/** Where each side last changed each count, `a`'s story where `selector` holds: each side changed it at a step of its own. */
export function joinLinearStories(a: VmmModelState, b: VmmModelState, selector: Expr): VmmModelState['linearStories'] {
  if (a.linearStories === b.linearStories) return a.linearStories;
  const out = new Map(a.linearStories);
  for (const [key, story] of b.linearStories) {
    const mine = out.get(key);
    out.set(key, mine === undefined ? story : joinHistories(selector, mine, story));
  }
  return out;
}

/** Each side's count of `lock` changed by `change`. */
export function eachCount(lock: LinearLock | undefined, change: (count: number | undefined) => number | undefined): LinearLock | undefined {
  if (typeof lock !== 'object') return change(lock);
  return choice(lock.selector, eachCount(lock.then, change), eachCount(lock.else, change));
}

/** Whether some side's count of `lock` makes `holds` hold. */
export function someCount(lock: LinearLock | undefined, holds: (count: number | undefined) => boolean): boolean {
  return typeof lock === 'object' ? someCount(lock.then, holds) || someCount(lock.else, holds) : holds(lock);
}

/** `lock` on the side of `selector` that `holds` says. */
function decide(lock: LinearLock | undefined, selector: Expr, holds: boolean): LinearLock | undefined {
  if (typeof lock !== 'object') return lock;
  if (lock.selector === selector) return decide(holds ? lock.then : lock.else, selector, holds);
  const then = decide(lock.then, selector, holds), otherwise = decide(lock.else, selector, holds);
  return then === lock.then && otherwise === lock.else ? lock : choice(lock.selector, then, otherwise);
}

/** The condition of the first if-then-else in `value`, depth first: a choice a join made. */
function firstChoice(value: Expr): Expr | undefined {
  const seen = new Set<Expr>();
  const walk = (e: Expr): Expr | undefined => {
    if (e.kind === 'const' || e.kind === 'sym' || seen.has(e)) return undefined;
    seen.add(e);
    switch (e.kind) {
      case 'ite': return e.cond;
      case 'binary': return walk(e.left) ?? walk(e.right);
      case 'unary': case 'extract': case 'extend': return walk(e.arg);
    }
  };
  return walk(value);
}

/** `value` where `condition` holds, or where it does not. */
function fixed(value: Expr, condition: Expr, holds: boolean): Expr {
  return simplifyUnder(new Map([[condition, holds]]))(value);
}

/** How many of a page number's arms `someArm` looks at before it gives up. */
const MAX_ARMS = 64;

/** Whether a value `value` is on some paths (its choices made one way or the other) makes `holds` hold, among its first MAX_ARMS. */
function someArm(value: Expr, holds: (arm: Expr) => boolean): boolean {
  let arms = 0;
  const walk = (v: Expr): boolean | undefined => {
    const condition = firstChoice(v);
    if (condition === undefined) return holds(v) ? true : ++arms > MAX_ARMS ? false : undefined;
    return walk(fixed(v, condition, true)) ?? walk(fixed(v, condition, false));
  };
  return walk(value) === true;
}

/** What a service reads of the counts. */
export interface CountsRead {
  /** The pages whose counts it reads. */
  readonly keys: readonly string[];
  /** Whether the sides of a count it reads would go different ways. */
  splits(lock: LinearLockChoice): boolean;
  /** The argument that holds the first page's number, and the pages it names from a number. */
  readonly page?: { readonly name: string; keysOf(first: Expr): readonly string[] };
}

/**
 * The condition to split on first: of a choice in the page number where an
 * arm of it names a page the model counts, else of a choice in a count read
 * whose sides go different ways.
 */
function splitOn(scope: CallScope, read: CountsRead): Expr | undefined {
  const locks = scope.model.linearLocks;
  const { page } = read;
  const number = page && arg(scope, page.name);
  const chosen = number && firstChoice(number);
  if (page && number && chosen && someArm(number, (arm) => page.keysOf(arm).some((k) => locks.has(k)))) return chosen;
  for (const k of read.keys) {
    const lock = locks.get(k);
    if (typeof lock === 'object' && read.splits(lock)) return lock.selector;
  }
  return undefined;
}

/**
 * `effect` run once on each side of a condition the service's outcome
 * depends on through the counts it reads (`read`), each outcome guarded by
 * its side, until none is left: undefined when there is none (run `effect`
 * on the scope as it is). On each side, each count and the page number are
 * that side's.
 */
export function byLinearSide(scope: CallScope, outcomes: ServiceOutcome[], read: CountsRead, effect: Effect): ServiceOutcome[] | undefined {
  const condition = splitOn(scope, read);
  if (condition === undefined) return undefined;
  const { page } = read;
  const number = page && arg(scope, page.name);
  return [true, false].flatMap((holds) => {
    const linearLocks = new Map<string, LinearLock>();
    for (const [k, v] of scope.model.linearLocks) {
      const count = decide(v, condition, holds);
      if (count !== undefined) linearLocks.set(k, count);
    }
    const model = { ...scope.model, linearLocks };
    const side = page && number ? withArg({ ...scope, model }, page.name, fixed(number, condition, holds)) : { ...scope, model };
    const where = holds ? condition : not(condition);
    return effect(side, outcomes.map((o) => ({ ...o, model }))).map((o) => ({ ...o, guard: and(where, o.guard) }));
  });
}

/** Whether some path's count of the page is below zero. */
export function belowZero(lock: LinearLock | undefined): boolean {
  return someCount(lock, (n) => n !== undefined && n < 0);
}
