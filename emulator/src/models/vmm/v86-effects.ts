import { add, bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { PAGE, decided, onSuccess, refused, withModel } from './effect.js';
import type { Effect } from './effect.js';
import { objectOf, putObject, useHandle } from './handles.js';
import { arg, constant, known } from './outcomes.js';
import type { CallScope, ServiceOutcome } from './outcomes.js';
import { unmapped, type V86Mapping, type VmmModelState } from './state.js';

// The page-table services of spec A.4.8-A.4.10 and the V86 mappings:
// _CopyPageTable fills the caller's buffer (a snapshot, undefined after a
// failure), _MapIntoV86 needs a live block and records where it mapped it
// until something else is mapped there, and in a closed world each call's
// documented argument rules decide whether it succeeds.

const V86_FIRST = 0x10n;
const V86_LAST = 0x10fn;
const ATTRIBUTES = 0x7n;
/** Entries written to the buffer at most; a longer copy leaves the rest as the memory model has it. */
const MAX_ENTRIES = 64n;

const PRESENT_WRITABLE = (): bigint => constant('P_PRES') | constant('P_WRITE');

/** A closed world's page-table entry for a linear page: physical address and P_PRES|P_WRITE, or 0 when not present. */
function entryOf(model: VmmModelState, lpn: bigint): bigint {
  const slot = model.slots.get(lpn);
  if (slot) return slot.phys === 0n ? 0n : slot.phys | PRESENT_WRITABLE();
  for (const object of model.objects.values()) {
    const base = known(object.address);
    if (object.status !== 'live' || base === undefined) continue;
    const offset = Number(lpn - (base >> PAGE));
    const frame = object.committed ? object.committed.get(offset) : object.frames[offset];
    if (offset >= 0 && frame !== undefined) return (frame << PAGE) | PRESENT_WRITABLE();
  }
  return 0n;
}

const entryWrites = (buffer: Expr, values: readonly Expr[]): ServiceOutcome['writes'] =>
  values.map((value, i) => ({ address: add(buffer, bv(4 * i, 32)), value }));

const copyPageTable: Effect = (scope, outcomes) => {
  const buffer = arg(scope, 'PageBuf');
  if (!buffer) return outcomes;
  const first = known(arg(scope, 'LinPgNum')), count = known(arg(scope, 'nPages')), flags = known(arg(scope, 'flags'));
  if (scope.model.closed && first !== undefined && count !== undefined && flags !== undefined) {
    const valid = count > 0n && flags === 0n && first + count - 1n <= 0xfffffn;
    if (!valid) return decided(scope, outcomes, false);
    const entries = Array.from({ length: Number(count < MAX_ENTRIES ? count : MAX_ENTRIES) }, (_, i) => bv(entryOf(scope.model, first + BigInt(i)), 32));
    return decided(scope, outcomes, true).map((o) => ({ ...o, writes: entryWrites(buffer, entries) }));
  }
  // After a failure the buffer is undefined: relying on what it holds is W14 (PW211).
  const n = count !== undefined && count > 0n && count < MAX_ENTRIES ? Number(count) : 1;
  return outcomes.map((o) => {
    const values = Array.from({ length: n }, (_, i) => {
      const value = scope.fresh(`${scope.service.name}.entry${i}`, 32);
      if (o.label === 'failure') scope.symbols.add(value, { kind: 'undefined', service: scope.service.name, what: 'the page-table copy', site: scope.site });
      return value;
    });
    return { ...o, writes: entryWrites(buffer, values) };
  });
};

/** Whether `nPages` V86 pages from the call's VMLinPgNum stay inside `from`-10Fh; undefined when not known. */
function v86RangeOk(scope: CallScope, from: bigint): boolean | undefined {
  const first = known(arg(scope, 'VMLinPgNum')), count = known(arg(scope, 'nPages'));
  if (first === undefined || count === undefined) return undefined;
  return count > 0n && first >= from && first + count - 1n <= V86_LAST;
}

const isZero = (e: Expr | undefined): boolean | undefined => {
  const v = known(e);
  return v === undefined ? undefined : v === 0n;
};

/** All known and all true, or false as soon as one is known false. */
function allOf(...facts: (boolean | undefined)[]): boolean | undefined {
  if (facts.includes(false)) return false;
  return facts.includes(undefined) ? undefined : true;
}

/** The pages of a VM a V86 service's call names. */
function v86Pages(scope: CallScope): Omit<V86Mapping, 'site'> | undefined {
  const vm = arg(scope, 'VM'), first = arg(scope, 'VMLinPgNum'), count = arg(scope, 'nPages');
  return vm && first && count ? { vm, first, count } : undefined;
}

/** Whether two runs of V86 pages may share a page: unless their VMs or their pages are known apart. */
function mayOverlap(a: Omit<V86Mapping, 'site'>, b: Omit<V86Mapping, 'site'>): boolean {
  const vmA = known(a.vm), vmB = known(b.vm);
  if (vmA !== undefined && vmB !== undefined && vmA !== vmB) return false;
  const [fa, na, fb, nb] = [a.first, a.count, b.first, b.count].map(known);
  if (fa === undefined || na === undefined || fb === undefined || nb === undefined) return true;
  return fa < fb + nb && fb < fa + na;
}

/**
 * The model once the call may have changed what the VM's pages map: a
 * block mapped where it may have mapped is no longer known to be mapped
 * there (spec A.4.3: mapping something else over a block is how it is
 * unmapped). So after a failed call too, which may have mapped part of
 * its range: code that unmaps need not test the result to free safely.
 */
function remapped(scope: CallScope, model: VmmModelState): VmmModelState {
  const pages = v86Pages(scope);
  let out = model;
  for (const o of model.objects.values()) {
    if (o.mapped && (!pages || mayOverlap(o.mapped, pages))) out = putObject(out, unmapped(o));
  }
  return out;
}

/** A V86 mapping service's effect, with what it maps replacing the mappings it may cover. */
function remapping(effect: Effect): Effect {
  return (scope, outcomes) => effect(scope, outcomes).map((o) => ({ ...o, model: remapped(scope, o.model) }));
}

const mapIntoV86: Effect = (scope, outcomes) => {
  const handle = arg(scope, 'hMem');
  if (!handle) return outcomes;
  const checked = useHandle(scope.model, handle, 'use', scope.service.name, scope);
  if (!checked.ok) return refused(scope, outcomes, checked.model);
  const off = known(arg(scope, 'PageOff')), count = known(arg(scope, 'nPages')), pages = known(checked.object.pages);
  const inBlock = off === undefined || count === undefined || pages === undefined ? undefined : off + count <= pages;
  const accepted = allOf(v86RangeOk(scope, V86_FIRST), inBlock);
  const where = v86Pages(scope);
  return onSuccess(remapping(() => decided(scope, withModel(outcomes, checked.model), accepted, checked.model))(scope, outcomes), (o) => {
    const object = objectOf(o.model, handle);
    return { ...o, model: object && where ? putObject(o.model, { ...object, mapped: { ...where, site: scope.site } }) : o.model };
  });
};

const physIntoV86: Effect = (scope, outcomes) =>
  decided(scope, outcomes, allOf(v86RangeOk(scope, V86_FIRST), isZero(arg(scope, 'flags'))));

const modifyPageBits: Effect = (scope, outcomes) => {
  const and = known(arg(scope, 'bitAND')), or = known(arg(scope, 'bitOR')), pType = known(arg(scope, 'pType'));
  const masks = and === undefined || or === undefined ? undefined
    : (and | ATTRIBUTES) === 0xffffffffn && (or & ~ATTRIBUTES) === 0n && (or & constant('P_PRES')) === 0n;
  const hooked = pType === undefined ? undefined : pType === constant('PG_HOOKED');
  const type = pType === undefined || and === undefined ? undefined
    : (hooked === true || pType === constant('PG_IGNORE')) && ((and & ATTRIBUTES) === ATTRIBUTES || hooked === true);
  // The VM's first V86 page is not modelled: only the upper bound is checked.
  return decided(scope, outcomes, allOf(v86RangeOk(scope, 0n), masks, type, isZero(arg(scope, 'flags'))));
};

export const V86_EFFECTS: Readonly<Record<string, Effect>> = {
  _CopyPageTable: copyPageTable,
  _MapIntoV86: mapIntoV86,
  _PhysIntoV86: remapping(physIntoV86),
  // It maps linear pages the model does not follow: only what it maps over counts.
  _LinMapIntoV86: remapping((_scope, outcomes) => outcomes),
  // Clearing P_PRES (with PG_HOOKED) takes the pages out of the VM's map as well.
  _ModifyPageBits: remapping(modifyPageBits),
};
