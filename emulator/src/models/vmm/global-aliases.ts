import { lineMessage } from '../../checks/message.js';
import { and, bv, lshr, uge } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { exprKey } from '../../values/key.js';
import { PAGE, refused, withModel } from './effect.js';
import type { Effect } from './effect.js';
import { holds } from './expr-facts.js';
import { arg, hasFlag, known, SYSTEM_ARENA, withArg } from './outcomes.js';
import type { CallScope } from './outcomes.js';
import { withViolation, type GlobalAlias, type VmmModelState } from './state.js';
import { callHere, callLine } from './call-sites.js';

// _LinPageLock with PageMapGlobal maps the locked pages a second time, at a
// fresh linear address in the global system area, and returns that alias
// (spec A.4.5); the _LinPageUnLock with PageMapGlobal that removes it must
// be given the alias, not the page the lock was given (W8). Each alias is
// kept in the model from the lock until that unlock, by the page the lock
// was given, so an unlock of the alias counts down that page, and one
// given that page instead is the PW222. The alias is an address every
// context sees, so an open world knows it lies in the system arena: given
// unshifted where a page number belongs, it is the PW240 a closed world's
// concrete alias shows.

const mapsGlobal = (scope: CallScope): boolean => hasFlag(arg(scope, 'flags'), 'PageMapGlobal') === true;

/** The lock's effect, and where it succeeds with PageMapGlobal the alias it returned, kept until the unlock. */
export function aliasingLock(effect: Effect): Effect {
  return (scope, outcomes) => {
    const done = effect(scope, outcomes);
    const page = arg(scope, 'HLinPgNum');
    if (!page || !mapsGlobal(scope)) return done;
    return done.map((o) => {
      if (o.label !== 'success') return o;
      if (!o.model.closed) {
        const alias = o.results.get('eax');
        return alias ? { ...o, guard: and(o.guard, uge(alias, SYSTEM_ARENA)), model: withAlias(o.model, { page, alias, site: scope.site }) } : o;
      }
      // A closed world hands the alias out where it hands out the next block.
      const pages = known(arg(scope, 'nPages')) ?? 1n;
      const alias = bv(o.model.nextPage << PAGE, 32);
      const model = withAlias({ ...o.model, nextPage: o.model.nextPage + pages + 1n }, { page, alias, site: scope.site });
      return { ...o, model, results: new Map(o.results).set('eax', alias) };
    });
  };
}

/**
 * The unlock's effect. With PageMapGlobal, given an alias a lock returned
 * (or its page number), it removes the alias and counts down the page the
 * lock was given; given that page instead of its alias, it is refused with
 * the PW222. Anything else is a value the model cannot tell apart from an
 * alias: the plain effect.
 */
export function aliasingUnlock(effect: Effect): Effect {
  return (scope, outcomes) => {
    const given = arg(scope, 'HLinPgNum');
    if (!given || !mapsGlobal(scope) || scope.model.globalAliases.length === 0) return effect(scope, outcomes);
    const aliases = scope.model.globalAliases;
    const named = aliases.find((a) => isAlias(given, a.alias));
    if (named) {
      const model = { ...scope.model, globalAliases: aliases.filter((a) => a !== named) };
      return effect({ ...withArg(scope, 'HLinPgNum', named.page), model }, withModel(outcomes, model));
    }
    const key = exprKey(given);
    const original = aliases.find((a) => exprKey(a.page) === key);
    if (!original) return effect(scope, outcomes);
    const message = lineMessage`${scope.service.name} with PageMapGlobal is given the page _LinPageLock locked at ${callLine(original.site)}, not the alias it returned: the alias stays mapped${callHere(scope.site)}`;
    return refused(scope, outcomes, withViolation(scope.model, 'PW222', message, scope.site, { story: scope.model.linearStories.get(key), handle: given }));
  };
}

function withAlias(model: VmmModelState, alias: GlobalAlias): VmmModelState {
  return { ...model, globalAliases: [...model.globalAliases, alias] };
}

/** Whether `given` is the alias, as an address or a page number: computed from it, or for a concrete one, equal to either. */
function isAlias(given: Expr, alias: Expr): boolean {
  if (alias.kind === 'sym') return holds(given, alias);
  const value = known(given);
  return value !== undefined && (value === known(alias) || value === known(lshr(alias, bv(PAGE, 32))));
}
