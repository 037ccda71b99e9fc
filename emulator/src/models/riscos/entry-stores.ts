import type { ModelStates, Outcome, StepContext } from '../../explore/hooks.js';
import type { SourceSpan } from '../../ir/program.js';
import { and, not, or, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { ENTRY_BYTES, MAX_CHUNK } from './handler-entry.js';
import type { RiscOsState } from './machine.js';
import { ENTRY_STORES, entryStoresOf, withEntryStores } from './model-states.js';
import { offsetFrom } from './provenance.js';

// Which store wrote each page-block entry's page number, per path, for a
// PreGrow's PW302: a page named twice is proven at the return (the handler
// may still write over an entry, or fail), but it is the fault of the
// store that named it the second time (checks.md: the finding is where the
// bad thing becomes certain), and the first store is its note. The stores
// are a model state, so a path that stores nothing into the block copies
// nothing, and paths that meet keep each side's stores under the join's
// selector: the finding is placed at the store on the path its witness takes.

/** A store of a page number into an entry (the +0 word). */
export interface EntryStore {
  readonly source: SourceSpan;
  /** What it stored: the entry holds it still unless a store this record does not follow (at an offset not known) wrote over it. */
  readonly value: Expr;
  /** Where on the paths joined since this store is the entry's last: the joins' selectors. */
  readonly when: Expr;
  /** Its place among the path's stores into the block: of two stores, the greater came later. */
  readonly order: number;
}

export interface EntryStores {
  /** The stores into the block the path has made, the greater count of two paths that met. */
  readonly count: number;
  readonly entries: ReadonlyMap<number, readonly EntryStore[]>;
}

/**
 * The outcomes of a PreGrow's step with the stores it made into the page
 * block at `pageBlock` recorded: a 4-byte store at an entry's +0 word
 * becomes that entry's one store. Other stores are PW302's own findings,
 * or are not followed.
 */
export function recordEntryStores(ctx: StepContext<RiscOsState>, outcomes: readonly Outcome<RiscOsState>[], pageBlock: Expr): readonly Outcome<RiscOsState>[] {
  return outcomes.map((o) => {
    const models = o.models ?? ctx.models;
    let stores = entryStoresOf(models);
    for (const w of ctx.stores(o.state)) {
      const offset = offsetFrom(w.address, pageBlock, BigInt(MAX_CHUNK * ENTRY_BYTES));
      if (offset === undefined || offset < 0n || offset % BigInt(ENTRY_BYTES) !== 0n || w.bytes !== 4) continue;
      const count = (stores?.count ?? 0) + 1;
      const store: EntryStore = { source: ctx.item.source, value: w.value, when: TRUE, order: count };
      stores = { count, entries: new Map(stores?.entries).set(Number(offset / BigInt(ENTRY_BYTES)), [store]) };
    }
    return !stores || stores === entryStoresOf(models) ? o : { ...o, models: withEntryStores(models, stores) };
  });
}

const sameStore = (a: EntryStore, b: EntryStore): boolean => a.source === b.source && a.value === b.value && a.order === b.order;

/** The stores of an entry on two paths that meet, each side's under the selector that holds on it. */
function joinStores(mine: readonly EntryStore[], theirs: readonly EntryStore[], selector: Expr): readonly EntryStore[] {
  if (mine === theirs) return mine;
  const out: EntryStore[] = [];
  const add = (store: EntryStore): void => {
    const i = out.findIndex((s) => sameStore(s, store));
    const found = out[i];
    if (found === undefined) out.push(store);
    else if (found.when !== store.when) out[i] = { ...found, when: or(found.when, store.when) };
  };
  for (const s of mine) add(theirs.some((t) => t === s) ? s : { ...s, when: and(s.when, selector) });
  for (const t of theirs) if (!mine.includes(t)) add({ ...t, when: and(t.when, not(selector)) });
  return out;
}

/**
 * The engine's `joinModels` for a PreGrow that records its stores: two
 * paths whose model states differ only in their stores meet (their kernel
 * and the rest alike), as they did before the stores were recorded; any
 * other difference keeps them apart, as it does for every RISC OS run.
 */
export function joinEntryStores(a: ModelStates, b: ModelStates, selector: Expr): ModelStates | undefined {
  for (const [key, value] of a) if (key !== ENTRY_STORES && b.get(key) !== value) return undefined;
  for (const key of b.keys()) if (key !== ENTRY_STORES && !a.has(key)) return undefined;
  const mine = entryStoresOf(a), theirs = entryStoresOf(b);
  if (!mine || !theirs) {
    const only = mine ?? theirs;
    if (!only) return a;
    const when = mine ? selector : not(selector);
    return withEntryStores(a, { count: only.count, entries: new Map([...only.entries].map(([k, stores]) => [k, stores.map((s) => ({ ...s, when: and(s.when, when) }))])) });
  }
  const entries = new Map<number, readonly EntryStore[]>();
  for (const k of new Set([...mine.entries.keys(), ...theirs.entries.keys()])) {
    entries.set(k, joinStores(mine.entries.get(k) ?? [], theirs.entries.get(k) ?? [], selector));
  }
  return withEntryStores(a, { count: Math.max(mine.count, theirs.count), entries });
}
