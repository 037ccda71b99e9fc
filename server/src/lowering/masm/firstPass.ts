import {
  relocated, sameField, sameState, sameSymbol, type ChunkEffects, type ChunkMemory, type ChunkHost, type ChunkRecording, type ChunkState, type Read, type SymbolRead,
} from './chunks.js';
import { slotStart } from './layout.js';
import type { Journal, MasmSymbol, StrucField, SymbolSource, SymbolTable } from './symbols.js';

// Lowering from scratch runs a first pass that reads no forward reference,
// then passes that read the symbols the pass before them defined, until the
// labels settle. An edit's lowering instead runs one pass seeded with the
// symbols the last lowering's final pass read, and keeps it only when it
// is what the passes from scratch give: when each forward reference it made
// reads what the first pass from scratch would end with, it is the second
// pass from scratch (a pass is deterministic in what it reads), so it is the
// result whenever the first pass's labels are its own.
//
// The first pass is not run: it is followed beside the seeded one, as the
// differences between the two passes' states. Where the seeded pass starts
// a chunk in the first pass's state and its forward references all read
// nothing, the first pass does what it does; elsewhere the first pass's
// recording of the chunk (or a lowering of it as the first pass, undone)
// says what the first pass does there. Outside chunks the two passes must
// be in the same state and read nothing ahead; where they cannot be
// followed so, the seeded pass is abandoned for the passes from scratch.

/** The seeded pass cannot follow the first pass here. */
export class FirstPassLost extends Error {}

/** What a chunk does to the first pass's state: a recording of the first pass's, moved on by `bytes`, after `startExpansions` expansions. */
export interface FirstPassStep {
  readonly recording: ChunkRecording;
  readonly bytes: bigint;
  readonly startExpansions: number;
}

/** The reads of the first pass's recording of a chunk that its seeded recording did not make alike. */
export interface FirstPassReads {
  readonly reads: readonly SymbolRead[];
  readonly fieldReads: readonly Read<StrucField>[];
  readonly serviceReads: readonly Read<number>[];
}

/**
 * Where the first pass, wherever `seeded` (a recording of the seeded pass
 * that read ahead) replays in its state, does what `first` (its own
 * recording of the chunk, made in the same state) says, and that is what
 * `seeded` does: when they change the state alike, the reads of `first`
 * that `seeded` did not make alike (a name the first pass, finding nothing
 * ahead, also looked up as a structure field), which must then read alike
 * too; undefined when they do not. Moving both by the same rows and bytes
 * keeps it so.
 */
export function firstPassReads(first: ChunkRecording, seeded: ChunkRecording): FirstPassReads | undefined {
  if (!sameState(first.start, seeded.start, false) || !sameState(first.end, seeded.end, false) || first.expansions !== seeded.expansions) return undefined;
  if ((seeded.relocatable && !first.relocatable) || !sameChanges(first.effects, seeded.effects)) return undefined;
  const symbols = new Map(seeded.reads.map(([key, found, address]) => [key, { found, address }]));
  const fields = new Map(seeded.fieldReads);
  const services = new Map(seeded.serviceReads);
  return {
    reads: first.reads.filter(([key, found, address]) => {
      const read = symbols.get(key);
      return !read || (address && !read.address) || !sameSymbol(found, read.found);
    }),
    fieldReads: first.fieldReads.filter(([key, found]) => !fields.has(key) || !sameField(found, fields.get(key))),
    serviceReads: first.serviceReads.filter(([key, found]) => !services.has(key) || services.get(key) !== found),
  };
}

/**
 * After passes from scratch, what the next lowering's seeded pass would
 * work out on meeting each recording of a later pass that read ahead (the
 * first edit after an open meets them all): its first-pass reads, from the
 * first pass's recording of the same statements, at hand now.
 */
export function keepFirstPassReads(memory: ChunkMemory): void {
  for (const { first, later } of memory.afterFirstPass()) {
    const reads = firstPassReads(first, later);
    if (reads) memory.keepFirstPassReads(later, reads);
  }
}

/** Whether `host` answers each of `reads` as it was answered. */
export function readAlike(reads: FirstPassReads, host: ChunkHost): boolean {
  return reads.reads.every(([key, found, address]) => sameSymbol(host.symbol(key), found, address))
    && reads.fieldReads.every(([key, found]) => sameField(host.field(key), found))
    && reads.serviceReads.every(([key, found]) => host.service(key) === found);
}

function sameChanges(a: ChunkEffects, b: ChunkEffects): boolean {
  if (a.changes.length !== b.changes.length || a.services.length !== b.services.length) return false;
  const changed = a.changes.every((x, i) => {
    const y = b.changes[i];
    if (x.op === 'set') return y?.op === 'set' && sameSymbol(x.symbol, y.symbol);
    if (x.op === 'delete') return y?.op === 'delete' && x.name === y.name;
    return y?.op === 'field' && sameField(x.field, y.field);
  });
  return changed && a.services.every(([key, link], i) => b.services[i]?.[0] === key && b.services[i]?.[1] === link);
}

/** The first pass's scalar state where it is not the seeded pass's. */
interface Apart {
  readonly scalar: ChunkState;
  readonly expansions: number;
}

export class FirstPass {
  /** Symbols, fields and own services whose value in the first pass is not the seeded pass's, by key. */
  private symbols = new Map<string, MasmSymbol | undefined>();
  private fields = new Map<string, StrucField | undefined>();
  private services = new Map<string, number | undefined>();
  private apart: Apart | undefined;
  private readonly forwardReads: (readonly SymbolRead[])[] = [];
  private readonly forwardFieldReads: (readonly Read<StrucField>[])[] = [];
  /** The native structures the seeded pass defined, where the program defines none of its own. */
  private readonly natives: MasmSymbol[] = [];

  inStep(): boolean {
    return this.symbols.size === 0 && this.fields.size === 0 && this.services.size === 0 && this.apart === undefined;
  }

  requireStep(): void {
    if (!this.inStep()) throw new FirstPassLost();
  }

  /** The two passes may end with other symbols, not in another state. */
  requireSameState(): void {
    if (this.apart) throw new FirstPassLost();
  }

  /** The seeded pass, now in `state`, restored the kind of segment around a segment it opened in the first pass's state. */
  restoredSegment(state: ChunkState, expansions: number): void {
    this.changedAlike(state, expansions, (scalar) => ({ ...scalar, realModeSegment: state.realModeSegment, dataSegment: state.dataSegment }));
  }

  /** The seeded pass, now in `state`, moved to the next slot, as the first pass does from its own address. */
  slotted(state: ChunkState, expansions: number): void {
    this.changedAlike(state, expansions, (scalar) => ({ ...scalar, address: slotStart(scalar.address) }));
  }

  private changedAlike(state: ChunkState, expansions: number, change: (scalar: ChunkState) => ChunkState): void {
    if (!this.apart) return;
    const scalar = change(this.apart.scalar);
    this.apart = sameState(scalar, state, false) && this.apart.expansions === expansions ? undefined : { scalar, expansions: this.apart.expansions };
  }

  /** A forward reference made outside chunks, where the first pass, in the same state, finds nothing. */
  outside(key: string, found: MasmSymbol | undefined): void {
    if (found !== undefined) throw new FirstPassLost();
    this.forwardReads.push([[key, undefined, true]]);
  }

  outsideField(key: string, found: StrucField | undefined): void {
    if (found !== undefined) throw new FirstPassLost();
    this.forwardFieldReads.push([[key, undefined]]);
  }

  /** A native structure, which the first pass defines and the seeded pass defines unless the program's `own` stands ahead. */
  native(native: MasmSymbol, own: MasmSymbol | undefined): void {
    if (own !== undefined) throw new FirstPassLost();
    this.natives.push(native);
  }

  readAhead(reads: readonly SymbolRead[], fieldReads: readonly Read<StrucField>[]): void {
    if (reads.length > 0) this.forwardReads.push(reads);
    if (fieldReads.length > 0) this.forwardFieldReads.push(fieldReads);
  }

  /** The first pass's state where the seeded pass starts a chunk in `state` after `expansions` expansions. */
  start(state: ChunkState, expansions: number): Apart {
    return this.apart ?? { scalar: state, expansions };
  }

  /** Where the first pass's symbols, fields and own services differ from the seeded pass's. */
  differences(): { readonly symbols: ReadonlyMap<string, MasmSymbol | undefined>; readonly fields: ReadonlyMap<string, StrucField | undefined>; readonly services: ReadonlyMap<string, number | undefined> } {
    return { symbols: this.symbols, fields: this.fields, services: this.services };
  }

  /** The first pass's symbols, fields and services as a chunk starting now reads them. */
  host(table: SymbolTable, services: ReadonlyMap<string, number>): ChunkHost {
    return {
      symbol: (key) => (this.symbols.has(key) ? this.symbols.get(key) : table.peek(key)),
      field: (key) => (this.fields.has(key) ? this.fields.get(key) : table.peekField(key)),
      forwardSymbol: () => undefined,
      forwardField: () => undefined,
      service: (key) => (this.services.has(key) ? this.services.get(key) : services.get(key)),
    };
  }

  /**
   * Takes `step` as what the first pass did where the seeded pass just
   * changed what `journal` and `serviceJournal` held before (`table` and
   * `services` now), to `end` after `expansions` expansions.
   */
  follow(
    step: FirstPassStep, table: SymbolTable, journal: Journal, services: ReadonlyMap<string, number>,
    serviceJournal: ReadonlyMap<string, number | undefined>, end: ChunkState, expansions: number,
  ): void {
    const before = <T>(delta: ReadonlyMap<string, T | undefined>, kept: ReadonlyMap<string, T | undefined>, now: (key: string) => T | undefined) =>
      (key: string): T | undefined => (delta.has(key) ? delta.get(key) : kept.has(key) ? kept.get(key) : now(key));
    const symbolBefore = before(this.symbols, journal.symbols, (key) => table.peek(key));
    const fieldBefore = before(this.fields, journal.fields, (key) => table.peekField(key));
    const serviceBefore = before(this.services, serviceJournal, (key) => services.get(key));
    const symbols = new Map<string, MasmSymbol | undefined>();
    const fields = new Map<string, StrucField | undefined>();
    const { effects, end: recordedEnd, expansions: recordedExpansions } = step.recording;
    for (const change of effects.changes) {
      if (change.op === 'set') symbols.set(keyOf(change.symbol), relocated(change.symbol, step.bytes));
      else if (change.op === 'delete') symbols.set(change.name.toLowerCase(), undefined);
      else {
        // The first structure to define a field name owns it.
        const key = change.field.name.toLowerCase();
        if (!(fields.has(key) ? fields.get(key) : fieldBefore(key))) fields.set(key, change.field);
      }
    }
    const servicesAfter = new Map<string, number | undefined>(effects.services);
    this.symbols = differences(symbols, [this.symbols, journal.symbols], symbolBefore, (key) => table.peek(key), (a, b) => sameSymbol(a, b));
    this.fields = differences(fields, [this.fields, journal.fields], fieldBefore, (key) => table.peekField(key), sameField);
    this.services = differences(servicesAfter, [this.services, serviceJournal], serviceBefore, (key) => services.get(key), (a, b) => a === b);
    const scalar = { ...recordedEnd, address: recordedEnd.address + step.bytes };
    const total = step.startExpansions + recordedExpansions;
    this.apart = sameState(scalar, end, false) && total === expansions ? undefined : { scalar, expansions: total };
  }

  /** Whether the first pass ends with other labels than the seeded pass's `table`. */
  labelsApart(table: SymbolTable): boolean {
    for (const [key, s] of this.symbols) {
      const own = table.peek(key);
      if (s?.kind !== 'label' && own?.kind !== 'label') continue;
      if (s?.kind !== 'label' || own?.kind !== 'label' || s.name !== own.name || s.address !== own.address) return true;
    }
    return false;
  }

  /** The first pass's symbols at the end, the seeded pass's `table` but where they differ. */
  symbolsOver(table: SymbolTable): SymbolSource {
    return new DifferentSymbols(table, this.symbols, this.fields);
  }

  /** Whether every forward reference of the seeded pass reads in `first` what it read. */
  answeredAlike(first: SymbolSource): boolean {
    for (const native of this.natives) {
      const found = first.get(keyOf(native));
      if (found !== undefined && !sameSymbol(found, native)) return false;
    }
    for (const reads of this.forwardReads) for (const [key, found, address] of reads) if (!sameSymbol(first.get(key), found, address)) return false;
    for (const reads of this.forwardFieldReads) for (const [key, found] of reads) if (!sameField(first.field(key), found)) return false;
    return true;
  }
}

const keyOf = (s: MasmSymbol): string => (s.kind === 'macro' ? s.definition.name : s.name).toLowerCase();

/** The keys whose value `after` (else `before`) is not `now`'s, with that value; `touched` lists the maps of keys that may have changed. */
function differences<T>(
  after: ReadonlyMap<string, T | undefined>, touched: readonly ReadonlyMap<string, T | undefined>[], before: (key: string) => T | undefined,
  now: (key: string) => T | undefined, same: (a: T | undefined, b: T | undefined) => boolean,
): Map<string, T | undefined> {
  const out = new Map<string, T | undefined>();
  const visit = (key: string): void => {
    if (out.has(key)) return;
    const value = after.has(key) ? after.get(key) : before(key);
    if (!same(value, now(key))) out.set(key, value);
  };
  for (const key of after.keys()) visit(key);
  for (const map of touched) for (const key of map.keys()) visit(key);
  return out;
}

/** A table read through the keys where another pass's symbols differ. */
class DifferentSymbols implements SymbolSource {
  constructor(
    private readonly table: SymbolTable,
    private readonly symbols: ReadonlyMap<string, MasmSymbol | undefined>,
    private readonly fields: ReadonlyMap<string, StrucField | undefined>,
  ) {}

  get(name: string): MasmSymbol | undefined {
    const key = name.toLowerCase();
    return this.symbols.has(key) ? this.symbols.get(key) : this.table.peek(key);
  }

  field(name: string): StrucField | undefined {
    const key = name.toLowerCase();
    return this.fields.has(key) ? this.fields.get(key) : this.table.peekField(key);
  }

  labels(): Map<string, bigint> {
    const out = this.table.labels();
    for (const key of this.symbols.keys()) {
      const own = this.table.peek(key);
      if (own?.kind === 'label') out.delete(own.name);
    }
    for (const s of this.symbols.values()) if (s?.kind === 'label') out.set(s.name, s.address);
    return out;
  }
}
