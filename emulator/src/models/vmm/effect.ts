import { TRUE, bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { arg, exactly } from './outcomes.js';
import type { CallScope, ServiceOutcome } from './outcomes.js';
import type { MemObject, VmmModelState } from './state.js';

// The shape of a service's effect on the model and the small steps every
// effect is made of.

export type Effect = (scope: CallScope, outcomes: ServiceOutcome[]) => ServiceOutcome[];

/** Bits of a page offset: page number = address SHR 12. */
export const PAGE = 12n;

export const onSuccess = (outcomes: ServiceOutcome[], f: (o: ServiceOutcome) => ServiceOutcome): ServiceOutcome[] =>
  outcomes.map((o) => (o.label === 'success' ? f(o) : o));

export const withModel = (outcomes: ServiceOutcome[], model: VmmModelState): ServiceOutcome[] => outcomes.map((o) => ({ ...o, model }));

/** The outcome that a refused call (an invalid handle) gets: failure, with the violation recorded. */
export function refused(scope: CallScope, outcomes: ServiceOutcome[], model: VmmModelState): ServiceOutcome[] {
  const failure = outcomes.find((o) => o.label === 'failure');
  if (!failure) return withModel(outcomes, model);
  const results = new Map([...failure.results].map(([k, v]) => [k, v.width === 32 ? bv(scope.service.semantics?.failure?.value ?? 0, 32) : v]));
  return [{ ...failure, guard: TRUE, results, model }];
}

/**
 * A service that reports success as EAX != 0: in a closed world whose
 * arguments decide it (`accepted` known) the one outcome, EAX = 1 or 0, with
 * `model` on success; otherwise the catalogue's outcomes.
 */
export function decided(scope: CallScope, outcomes: ServiceOutcome[], accepted: boolean | undefined, model: VmmModelState = scope.model): ServiceOutcome[] {
  if (!scope.model.closed || accepted === undefined) return outcomes;
  return accepted ? exactly(scope, 'success', model, { eax: 1n }) : exactly(scope, 'failure', scope.model, { eax: 0n });
}

export function newObject(scope: CallScope, handle: Expr, address: Expr, origin: MemObject['origin'], extra: Partial<MemObject> = {}): MemObject {
  return {
    handle, address, pages: arg(scope, 'nPages') ?? arg(scope, 'npages'), origin, status: 'live', fpr: false, fixed: false,
    locks: new Map(), frames: [], site: scope.site, ...extra,
  };
}
