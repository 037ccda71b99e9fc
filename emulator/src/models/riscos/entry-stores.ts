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
  /** Where on the paths joined since this store is the entry's last: the joins' selectors (not kept by the full-block run, `joinEntrySources`). */
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

/** The model states are the same but for the stores into the block. */
function alikeButStores(a: ModelStates, b: ModelStates): boolean {
  for (const [key, value] of a) if (key !== ENTRY_STORES && b.get(key) !== value) return false;
  for (const key of b.keys()) if (key !== ENTRY_STORES && !a.has(key)) return false;
  return true;
}

/**
 * The engine's `joinModels` for a PreGrow that records its stores: two
 * paths whose model states differ only in their stores meet (their kernel
 * and the rest alike), as they did before the stores were recorded; any
 * other difference keeps them apart, as it does for every RISC OS run.
 */
export function joinEntryStores(a: ModelStates, b: ModelStates, selector: Expr): ModelStates | undefined {
  if (!alikeButStores(a, b)) return undefined;
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

/** Either side's stores of an entry, each once, as `joinStores` lists them; `mine` itself where `theirs` adds none. */
function unionStores(mine: readonly EntryStore[], theirs: readonly EntryStore[]): readonly EntryStore[] {
  if (mine === theirs) return mine;
  let out: EntryStore[] | undefined;
  for (const t of theirs) {
    if ((out ?? mine).some((s) => s === t || sameStore(s, t))) continue;
    (out ??= [...mine]).push(t);
  }
  return out ?? mine;
}

/**
 * `joinEntryStores` for the full-block run, whose check (PW301's cause)
 * reads only which stores wrote an entry, never on which paths: each side's
 * records are kept as they are, with no selector put into their `when`. A
 * fill loop that calls a SWI on each of its 63 passes leaves an error path
 * at each, and the paths meet at one label one after another: building
 * every entry's `when` again at each join was about a tenth of the run, for
 * conditions nothing read.
 */
export function joinEntrySources(a: ModelStates, b: ModelStates): ModelStates | undefined {
  if (!alikeButStores(a, b)) return undefined;
  const mine = entryStoresOf(a), theirs = entryStoresOf(b);
  // A new record wherever `joinEntryStores` makes one: the engine compares model states by identity (`sameModels`).
  if (!mine || !theirs) {
    const only = mine ?? theirs;
    return only ? withEntryStores(a, { count: only.count, entries: only.entries }) : a;
  }
  // Paths that share a prefix share its records, so most entries join to this side's list, and its map serves.
  let entries: Map<number, readonly EntryStore[]> | undefined;
  for (const [k, stores] of theirs.entries) {
    const kept = mine.entries.get(k);
    const joined = kept ? unionStores(kept, stores) : stores;
    if (joined !== kept) (entries ??= new Map(mine.entries)).set(k, joined);
  }
  return withEntryStores(a, { count: Math.max(mine.count, theirs.count), entries: entries ?? mine.entries });
}
