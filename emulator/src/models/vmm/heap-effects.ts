import { bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { PAGE, newObject, onSuccess, refused, withModel } from './effect.js';
import type { Effect } from './effect.js';
import { putObject, useHandle } from './handles.js';
import { arg, exactly, known } from './outcomes.js';
import type { VmmModelState } from './state.js';

// The system heap: _HeapAllocate makes a block known by its address,
// _HeapReAllocate replaces it (the old address is dead on success, untouched
// on failure), _HeapFree ends it and _HeapGetSize reads its size. Misuse of a
// block the model saw end (a second free, a use after free or after a
// reallocation) is PW222, as for memory handles.

/** A closed world's next heap block: a page of its own, so addresses never collide. */
function nextBlock(model: VmmModelState): { readonly address: bigint; readonly model: VmmModelState } {
  return { address: model.nextPage << PAGE, model: { ...model, nextPage: model.nextPage + 1n } };
}

const heapAllocate: Effect = (scope, outcomes) => {
  const bytes = arg(scope, 'nbytes');
  if (scope.model.closed) {
    const { address, model } = nextBlock(scope.model);
    const block = newObject(scope, bv(address, 32), bv(address, 32), 'heap', { bytes });
    return exactly(scope, 'success', putObject(model, block), { eax: address });
  }
  return onSuccess(outcomes, (o) => {
    const address = o.results.get('eax') ?? scope.fresh('heap', 32);
    return { ...o, model: putObject(o.model, newObject(scope, address, address, 'heap', { bytes })) };
  });
};

const heapFree: Effect = (scope, outcomes) => {
  const address = arg(scope, 'hAddress');
  if (!address) return outcomes;
  const checked = useHandle(scope.model, address, 'free', scope.service.name, scope, 'heap');
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const model = putObject(checked.model, { ...checked.object, status: 'freed', site: scope.site, calls: scope.calls });
  return model.closed ? exactly(scope, 'success', model, { eax: 1n }) : outcomes.filter((o) => o.label === 'success').map((o) => ({ ...o, model }));
};

const heapReAllocate: Effect = (scope, outcomes) => {
  const address = arg(scope, 'hAddress');
  if (!address) return outcomes;
  const checked = useHandle(scope.model, address, 'reallocate', scope.service.name, scope, 'heap');
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const bytes = arg(scope, 'nbytes');
  const replaced = (model: VmmModelState, by: Expr): VmmModelState => putObject(model, { ...checked.object, status: 'reallocated', site: scope.site, calls: scope.calls, replacedBy: by });
  if (scope.model.closed) {
    const next = nextBlock(checked.model);
    const address = bv(next.address, 32);
    return exactly(scope, 'success', putObject(replaced(next.model, address), newObject(scope, address, address, 'heap', { bytes })), { eax: next.address });
  }
  return withModel(outcomes, checked.model).map((o) => {
    if (o.label !== 'success') return o;
    const fresh = o.results.get('eax') ?? scope.fresh('heap', 32);
    return { ...o, model: putObject(replaced(checked.model, fresh), newObject(scope, fresh, fresh, 'heap', { bytes })) };
  });
};

const heapGetSize: Effect = (scope, outcomes) => {
  const address = arg(scope, 'hAddress');
  if (!address) return outcomes;
  const checked = useHandle(scope.model, address, 'use', scope.service.name, scope, 'heap');
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const bytes = known(checked.object.bytes);
  if (scope.model.closed && bytes !== undefined) return exactly(scope, 'success', checked.model, { eax: bytes });
  return withModel(outcomes, checked.model);
};

export const HEAP_EFFECTS: Readonly<Record<string, Effect>> = {
  _HeapAllocate: heapAllocate,
  _HeapReAllocate: heapReAllocate,
  _HeapFree: heapFree,
  _HeapGetSize: heapGetSize,
};
