import { exprEquals, type DataValue, type EntryPoint, type ProgramItem, type SourceSpan, type X86Instruction } from '../../../../emulator/src/index.js';
import type { UndefinedName } from '../nameCheck.js';
import { dataItem, entryPoint, instructionItem, spanMover } from '../irObjects.js';
import { CopiesMade } from '../movedCopies.js';
import { nameMoved, noteMoved, reportMoved } from '../movedRecords.js';
import { carryBodyLine } from './macroBodyLines.js';
import type { FirstPassReads } from './firstPass.js';
import type { Prototype } from './procDeclaration.js';
import type { SyntaxNode } from '../syntaxNode.js';
import type { MacroDefinition, MasmSymbol, StrucField, SymbolChange, SymbolObserver, SymbolSource } from './symbols.js';
import type { LoweringNote, UnmodelledItem, VmmCallSite } from './types.js';

// Reuse of a procedure's lowering between passes and between edits. While a
// procedure (a "chunk"), or a run of statements between procedures and the
// containers that hold them, is lowered, everything it reads of the pass's state
// is recorded with the value it saw, and everything it adds to the pass's
// results; a later pass that reaches the same syntax node in a state that
// answers every one of those reads the same way adds the recorded results
// instead of lowering the procedure again. A pass is deterministic, so the
// results are the ones lowering it again would give. A chunk that never took
// its own address or one of its own labels' as a value (a jump names its
// target, it does not compute it) is replayed at another address too, its
// items, labels and entries moved by the difference.

/** The pass's scalar state a chunk starts from and leaves behind. */
export interface ChunkState {
  readonly address: bigint;
  readonly radix: number;
  readonly dataSegment: boolean;
  readonly realModeSegment: boolean;
  /** `@@` labels and `??nnnn` names are numbered through the whole file. */
  readonly anonymousCount: number;
  readonly localCount: number;
  readonly ended: boolean;
}

export interface Dispatch {
  readonly procedure: string;
  readonly message: string;
  readonly source: SourceSpan;
}

/** What a chunk added to the pass's results, in the order it added them. */
export interface ChunkEffects {
  readonly items: readonly ProgramItem<X86Instruction>[];
  readonly entries: readonly EntryPoint[];
  readonly dispatches: readonly Dispatch[];
  readonly calls: readonly VmmCallSite[];
  readonly notes: readonly LoweringNote[];
  /** Every unmodelled construct reported, before the pass drops repeats. */
  readonly reports: readonly UnmodelledItem[];
  readonly undefinedNames: readonly UndefinedName[];
  readonly changes: readonly SymbolChange[];
  /** The services of the file's own service table it declared, with their link codes. */
  readonly services: readonly (readonly [key: string, link: number])[];
}

/** A name read and what was found; `address`: the chunk took the address of the label found as a value. */
export type SymbolRead = readonly [key: string, found: MasmSymbol | undefined, address: boolean];
export type Read<T> = readonly [key: string, found: T | undefined];

/**
 * A name read ahead only as a branch target and found nowhere, as `text`
 * at every site: a pass finding a code label of that name ahead lowers the
 * chunk alike but for the reports and undefined names these sites made
 * (indices into the effects' lists).
 */
export interface TargetRead {
  readonly key: string;
  readonly text: string;
  readonly reports: readonly number[];
  readonly names: readonly number[];
}

/** One recorded lowering of a chunk: the reads it made, the state it started from and its effects. */
export interface ChunkRecording {
  /** The chunk's statements, one for a procedure. */
  readonly nodes: readonly SyntaxNode[];
  readonly row: number;
  /** The first statement's column, then each later one's row (from the first's) and column: spans move by rows only. */
  readonly placement: readonly number[];
  readonly start: ChunkState;
  readonly end: ChunkState;
  /** Macro and text-equate expansions it made: the pass stops expanding at a limit. */
  readonly expansions: number;
  /** It may be replayed at another start address. */
  readonly relocatable: boolean;
  /** Lists rather than maps: a replay check goes through every read, often for many chunks. */
  readonly reads: readonly SymbolRead[];
  readonly fieldReads: readonly Read<StrucField>[];
  readonly forwardReads: readonly SymbolRead[];
  readonly forwardFieldReads: readonly Read<StrucField>[];
  /** One of its forward references found something (firstPass.ts). */
  readonly readsAhead: boolean;
  readonly targets: readonly TargetRead[];
  readonly serviceReads: readonly Read<number>[];
  readonly effects: ChunkEffects;
  /** The print of the pass's symbol table where it was last replayed or made (tablePrint.ts); -1 before. */
  print: number;
}

/** Records one chunk's reads of the pass's state; reads of what the chunk itself defined are its own business. */
export class ChunkRecorder implements SymbolObserver {
  readonly reads = new Map<string, MasmSymbol | undefined>();
  readonly fieldReads = new Map<string, StrucField | undefined>();
  readonly forwardReads = new Map<string, MasmSymbol | undefined>();
  readonly forwardFieldReads = new Map<string, StrucField | undefined>();
  readonly serviceReads = new Map<string, number | undefined>();
  readonly changes: SymbolChange[] = [];
  readonly reports: UnmodelledItem[] = [];
  readonly undefinedNames: UndefinedName[] = [];
  /** Branch targets found nowhere, with the indices of the reports and undefined names each site made. */
  private readonly missedTargets = new Map<string, { readonly text: string; readonly reports: number[]; readonly names: number[] }>();
  /** Names read ahead other than as a branch target. */
  private readonly readAhead = new Set<string>();
  readonly services: [string, number][] = [];
  /** Why this lowering may not be replayed: it read state the recording does not track. */
  refused: string | undefined;
  /** It read the location counter. */
  private location = false;
  /** Labels whose address it took as a value. */
  private readonly addresses = new Set<string>();
  private readonly written = new Set<string>();
  private readonly writtenFields = new Set<string>();
  private readonly declared = new Set<string>();

  read(key: string, found: MasmSymbol | undefined): void {
    if (!this.written.has(key) && !this.reads.has(key)) this.reads.set(key, found);
  }

  readField(key: string, found: StrucField | undefined): void {
    if (!this.writtenFields.has(key) && !this.fieldReads.has(key)) this.fieldReads.set(key, found);
  }

  changed(change: SymbolChange): void {
    this.changes.push(change);
    if (change.op === 'field') this.writtenFields.add(change.field.name.toLowerCase());
    else this.written.add((change.op === 'delete' ? change.name : symbolName(change.symbol)).toLowerCase());
  }

  /** The forward table does not change during a pass, so every read of it counts. */
  readForward(key: string, found: MasmSymbol | undefined, target = false): void {
    if (!target) this.readAhead.add(key);
    if (!this.forwardReads.has(key)) this.forwardReads.set(key, found);
  }

  /** A branch target `text` found nowhere, after which the reports and undefined names from `reports` and `names` on are its. */
  missedTarget(key: string, text: string, reports: number, names: number): void {
    const missed = this.missedTargets.get(key) ?? { text, reports: [], names: [] };
    this.missedTargets.set(key, missed);
    // A label found ahead answers one spelling as written.
    if (missed.text !== text) this.readAhead.add(key);
    for (let i = reports; i < this.reports.length; i++) missed.reports.push(i);
    for (let i = names; i < this.undefinedNames.length; i++) missed.names.push(i);
  }

  readForwardField(key: string, found: StrucField | undefined): void {
    if (!this.forwardFieldReads.has(key)) this.forwardFieldReads.set(key, found);
  }

  readService(key: string, found: number | undefined): void {
    if (!this.declared.has(key) && !this.serviceReads.has(key)) this.serviceReads.set(key, found);
  }

  declaredService(key: string, link: number): void {
    this.services.push([key, link]);
    this.declared.add(key);
  }

  refuse(why: string): void {
    this.refused ??= why;
  }

  sawLocation(): void {
    this.location = true;
  }

  sawAddress(key: string): void {
    this.addresses.add(key);
  }

  /**
   * Whether it took the address of one of its own labels as a value: its
   * own labels move with it, a value made of one's address would not. Most
   * chunks take no label's address, and ask nothing of their changes.
   */
  private tookOwnAddress(): boolean {
    if (this.addresses.size === 0) return false;
    for (const c of this.changes) if (c.op === 'set' && c.symbol.kind === 'label' && this.addresses.has(c.symbol.name.toLowerCase())) return true;
    return false;
  }

  /** The branch targets it found nowhere and read only as targets. */
  private targets(): TargetRead[] {
    const out: TargetRead[] = [];
    this.missedTargets.forEach(({ text, reports, names }, key) => {
      if (!this.readAhead.has(key) && this.forwardReads.get(key) === undefined) out.push({ key, text, reports, names });
    });
    return out;
  }

  /** The recording of a chunk of `nodes` lowered from `start` to `end`, adding `effects`. */
  recording(nodes: readonly SyntaxNode[], start: ChunkState, end: ChunkState, expansions: number, effects: Omit<ChunkEffects, 'reports' | 'undefinedNames' | 'changes' | 'services'>): ChunkRecording {
    // Of a label whose address it never took as a value, it read only the kind and type.
    const symbolReads = (reads: ReadonlyMap<string, MasmSymbol | undefined>): SymbolRead[] => {
      const out: SymbolRead[] = [];
      reads.forEach((found, key) => out.push([key, found, this.addresses.has(key)]));
      return out;
    };
    const forwardReads = symbolReads(this.forwardReads);
    const forwardFieldReads = [...this.forwardFieldReads];
    return chunkRecording({
      nodes, row: nodes[0]?.startPosition.row ?? 0, placement: placementOf(nodes), start, end, expansions,
      relocatable: !this.location && !this.tookOwnAddress(),
      reads: symbolReads(this.reads), fieldReads: [...this.fieldReads], forwardReads, forwardFieldReads,
      readsAhead: forwardReads.some(([, found]) => found !== undefined) || forwardFieldReads.some(([, found]) => found !== undefined),
      targets: this.targets(),
      serviceReads: [...this.serviceReads],
      // Named one by one: in a CPU profile this spread cost more than the rest of the recording, once per chunk lowered.
      effects: {
        items: effects.items, entries: effects.entries, dispatches: effects.dispatches, calls: effects.calls, notes: effects.notes,
        reports: this.reports, undefinedNames: this.undefinedNames, changes: this.changes, services: this.services,
      },
      print: -1,
    });
  }
}

/**
 * Every recording, made or moved, is made here, and every state a recording
 * holds by `chunkState`: the replay checks run over all of them in every
 * pass, and a second shape met after the open would throw their optimised
 * code away.
 */
function chunkRecording(r: ChunkRecording): ChunkRecording {
  return {
    nodes: r.nodes, row: r.row, placement: r.placement, start: r.start, end: r.end, expansions: r.expansions, relocatable: r.relocatable,
    reads: r.reads, fieldReads: r.fieldReads, forwardReads: r.forwardReads, forwardFieldReads: r.forwardFieldReads, readsAhead: r.readsAhead,
    targets: r.targets, serviceReads: r.serviceReads, effects: r.effects, print: -1,
  };
}

/** `state`, `bytes` further on. */
export function chunkState(state: ChunkState, bytes = 0n): ChunkState {
  return {
    address: state.address + bytes, radix: state.radix, dataSegment: state.dataSegment, realModeSegment: state.realModeSegment,
    anonymousCount: state.anonymousCount, localCount: state.localCount, ended: state.ended,
  };
}

/** A recording as if made at `row`, `bytes` further on, adding `effects` (its own moved there). */
export function movedRecording(recording: ChunkRecording, row: number, bytes: bigint, effects: ChunkEffects): ChunkRecording {
  return chunkRecording({ ...recording, row, start: chunkState(recording.start, bytes), end: chunkState(recording.end, bytes), effects });
}

function placementOf(nodes: readonly SyntaxNode[]): number[] {
  const first = nodes[0]?.startPosition.row ?? 0;
  const out: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const { row, column } = (nodes[i] as SyntaxNode).startPosition;
    if (i > 0) out.push(row - first);
    out.push(column);
  }
  return out;
}

/** Whether `nodes` are the statements a recording was made of, placed alike: the same objects, the same columns, the same rows apart. */
export function samePlacement(recording: ChunkRecording, nodes: readonly SyntaxNode[]): boolean {
  const recorded = recording.nodes;
  if (recorded.length !== nodes.length) return false;
  const first = nodes[0]?.startPosition.row ?? 0;
  const { placement } = recording;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SyntaxNode;
    if (node !== recorded[i]) return false;
    const { row, column } = node.startPosition;
    if (i === 0 ? placement[0] !== column : placement[2 * i - 1] !== row - first || placement[2 * i] !== column) return false;
  }
  return true;
}

/** The pass's side of a replay check: its state as the chunk would read it. */
export interface ChunkHost {
  symbol(key: string): MasmSymbol | undefined;
  field(key: string): StrucField | undefined;
  forwardSymbol(key: string): MasmSymbol | undefined;
  forwardField(key: string): StrucField | undefined;
  service(key: string): number | undefined;
}

/**
 * Whether a recording's reads would all read the same in `host`, starting
 * from `start`; its reads of the pass's own symbols and fields are not
 * checked where `tablesAlike` (the table prints as it did where the
 * recording was replayed or made, tablePrint.ts).
 */
export function replayable(recording: ChunkRecording, start: ChunkState, host: ChunkHost, tablesAlike = false): boolean {
  if (!sameState(recording.start, start, recording.relocatable)) return false;
  const { forwardReads } = recording;
  for (let i = 0; i < forwardReads.length; i++) {
    const read = forwardReads[i] as SymbolRead;
    if (!sameSymbol(host.forwardSymbol(read[0]), read[1], read[2])) return false;
  }
  return (tablesAlike || tablesReadAlike(recording, host)) && restReadAlike(recording, host);
}

/**
 * Whether a recording's reads other than of symbols ahead read the same in
 * `host`. Indexed loops: destructured in a `for…of`, each read cost an
 * iterator's results, over every read of every chunk a pass or an edit meets.
 */
function readAlikeButAhead(recording: ChunkRecording, host: ChunkHost): boolean {
  return tablesReadAlike(recording, host) && restReadAlike(recording, host);
}

/** Whether its reads of the pass's own symbols and fields read the same in `host`. */
function tablesReadAlike(recording: ChunkRecording, host: ChunkHost): boolean {
  const { reads, fieldReads } = recording;
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i] as SymbolRead;
    if (!sameSymbol(host.symbol(read[0]), read[1], read[2])) return false;
  }
  for (let i = 0; i < fieldReads.length; i++) {
    const read = fieldReads[i] as Read<StrucField>;
    if (!sameField(host.field(read[0]), read[1])) return false;
  }
  return true;
}

/** Whether its reads of fields ahead and of the file's own services read the same in `host`. */
function restReadAlike(recording: ChunkRecording, host: ChunkHost): boolean {
  const { forwardFieldReads, serviceReads } = recording;
  for (let i = 0; i < forwardFieldReads.length; i++) {
    const read = forwardFieldReads[i] as Read<StrucField>;
    if (!sameField(host.forwardField(read[0]), read[1])) return false;
  }
  for (let i = 0; i < serviceReads.length; i++) {
    const read = serviceReads[i] as Read<number>;
    if (host.service(read[0]) !== read[1]) return false;
  }
  return true;
}

/**
 * The recording a pass answering its reads in `host` from `start` would
 * make, where that pass finds ahead, of names the recording read only as
 * branch targets and found nowhere, code labels of those names as written,
 * and reads the rest alike: the same but for those targets' reports and
 * undefined names (a first pass's recording in the second pass, most often:
 * a jump to a label further down). Undefined where it would not.
 */
export function withTargetsFound(recording: ChunkRecording, start: ChunkState, host: ChunkHost): ChunkRecording | undefined {
  if (recording.targets.length === 0 || !sameState(recording.start, start, recording.relocatable)) return undefined;
  const found = new Map<string, MasmSymbol>();
  for (const [key, s, address] of recording.forwardReads) {
    const now = host.forwardSymbol(key);
    if (sameSymbol(now, s, address)) continue;
    const target = s === undefined ? recording.targets.find((t) => t.key === key) : undefined;
    if (!target || (now?.kind !== 'label' && now?.kind !== 'extern') || !now.code || now.name !== target.text) return undefined;
    found.set(key, now);
  }
  if (found.size === 0 || !readAlikeButAhead(recording, host)) return undefined;
  const { effects } = recording;
  const gone = recording.targets.filter((t) => found.has(t.key));
  const reports = renumbered(effects.reports.length, gone.flatMap((t) => t.reports));
  const names = renumbered(effects.undefinedNames.length, gone.flatMap((t) => t.names));
  return chunkRecording({
    ...recording,
    forwardReads: recording.forwardReads.map(([key, s, address]): SymbolRead => [key, found.get(key) ?? s, address]),
    readsAhead: true,
    targets: recording.targets.flatMap((t): TargetRead[] => (found.has(t.key) ? [] : [{
      key: t.key, text: t.text, reports: t.reports.map((i) => reports[i] as number), names: t.names.map((i) => names[i] as number),
    }])),
    effects: {
      items: effects.items, entries: effects.entries, dispatches: effects.dispatches, calls: effects.calls, notes: effects.notes,
      reports: effects.reports.filter((_, i) => reports[i] !== undefined), undefinedNames: effects.undefinedNames.filter((_, i) => names[i] !== undefined),
      changes: effects.changes, services: effects.services,
    },
  });
}

/** Each index of a list of `length` to its index once those `dropped` are gone (undefined for those). */
function renumbered(length: number, dropped: readonly number[]): (number | undefined)[] {
  const gone = new Set(dropped);
  let next = 0;
  return Array.from({ length }, (_, i) => (gone.has(i) ? undefined : next++));
}

export function sameState(a: ChunkState, b: ChunkState, relocatable: boolean): boolean {
  return (relocatable || a.address === b.address) && a.radix === b.radix && a.dataSegment === b.dataSegment && a.realModeSegment === b.realModeSegment
    && a.anonymousCount === b.anonymousCount && a.localCount === b.localCount && a.ended === b.ended;
}

const symbolName = (s: MasmSymbol): string => (s.kind === 'macro' ? s.definition.name : s.name);

/**
 * Symbols are made anew by each pass, so they compare by content; a label's
 * address only `withAddress`. A macro or text macro a source file defines
 * also by its syntax node, where the expansions' names are placed
 * (writtenText.ts).
 */
export function sameSymbol(a: MasmSymbol | undefined, b: MasmSymbol | undefined, withAddress = true): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'equate': return b.kind === 'equate' && a.name === b.name && exprEquals(a.value, b.value);
    case 'text': return b.kind === 'text' && a.name === b.name && a.text === b.text && a.written?.node === b.written?.node;
    case 'label':
      return b.kind === 'label' && a.name === b.name && (!withAddress || a.address === b.address) && a.code === b.code && a.size === b.size
        && a.length === b.length && a.struc === b.struc && a.signed === b.signed && samePrototype(a.prototype, b.prototype);
    case 'extern':
      return b.kind === 'extern' && a.name === b.name && a.code === b.code && a.size === b.size && a.pops === b.pops && samePrototype(a.prototype, b.prototype);
    case 'macro': return b.kind === 'macro' && sameMacro(a.definition, b.definition);
    case 'struc':
      return b.kind === 'struc' && a.name === b.name && a.size === b.size && a.order.length === b.order.length
        && a.order.every((f, i) => sameField(f, b.order[i]));
    case 'type': return b.kind === 'type' && a.name === b.name && a.size === b.size && a.signed === b.signed && a.struc === b.struc;
  }
}

function samePrototype(a: Prototype | undefined, b: Prototype | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && a.language === b.language && a.vararg === b.vararg
    && a.sizes.length === b.sizes.length && a.sizes.every((size, i) => size === b.sizes[i]);
}

function sameMacro(a: MacroDefinition, b: MacroDefinition): boolean {
  return a.name === b.name && a.body === b.body && a.source?.node === b.source?.node && a.locals.length === b.locals.length && a.locals.every((l, i) => l === b.locals[i])
    && a.parameters.length === b.parameters.length
    && a.parameters.every((p, i) => {
      const q = b.parameters[i];
      return q !== undefined && p.name === q.name && p.required === q.required && p.rest === q.rest && p.defaultText === q.defaultText;
    });
}

export function sameField(a: StrucField | undefined, b: StrucField | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.name === b.name && a.offset === b.offset && a.size === b.size && a.length === b.length && a.struc === b.struc && a.signed === b.signed
    && a.initial.length === b.initial.length && a.initial.every((v, i) => sameValue(v, b.initial[i]));
}

const sameValue = (a: DataValue, b: DataValue | undefined): boolean => b !== undefined && a.bytes === b.bytes && exprEquals(a.value, b.value);

/** A label `bytes` further on; other symbols do not move. */
export function relocated(s: MasmSymbol, bytes: bigint): MasmSymbol {
  return s.kind === 'label' && bytes !== 0n ? { ...s, address: s.address + bytes } : s;
}

/**
 * A recording's effects moved down by `rows` (lines inserted or deleted
 * above the chunk; spans in other files stay) and on by `bytes` (the chunk
 * starts at another address).
 */
export function moveEffects(effects: ChunkEffects, file: string, rows: number, bytes: bigint): ChunkEffects {
  const move = spanMover(file, rows);
  return {
    items: effects.items.map((i) => (i.kind === 'instruction'
      ? carryBodyLine(i, instructionItem(i.address + bytes, i.size, i.instruction, move(i.source), i.text))
      : dataItem(i.address + bytes, i.size, i.values, move(i.source), i.text, i.writable))),
    entries: effects.entries.map((e) => entryPoint(e.name, e.address + bytes, e.contract, move(e.source))),
    // Each a literal of the fields in the order the lowerer makes them: a spread copy has another shape, which the replays reading both would deoptimise on.
    dispatches: effects.dispatches.map((d) => ({ procedure: d.procedure, message: d.message, source: move(d.source) })),
    calls: effects.calls.map((c) => ({
      ...c, interruptAddress: c.interruptAddress + bytes, source: move(c.source), serviceSource: move(c.serviceSource),
      arguments: c.arguments.map((a) => ({ ...a, pushAddress: a.pushAddress + bytes, source: move(a.source) })),
    })),
    notes: effects.notes.map((n) => noteMoved(n, move(n.source))),
    reports: effects.reports.map((r) => reportMoved(r, move(r.source))),
    undefinedNames: effects.undefinedNames.map((u) => nameMoved(u, move(u.source))),
    changes: bytes === 0n ? effects.changes : effects.changes.map((c) => (c.op === 'set' ? { op: 'set', symbol: relocated(c.symbol, bytes) } : c)),
    services: effects.services,
  };
}

export interface Kept {
  /** Made by a pass that reads the one before: the others are the first pass's, which `afterFirstPass` pairs them with. */
  readonly final: boolean;
  readonly recording: ChunkRecording;
}

/** A node's recordings: one per pass at most, since each pass reads its own forward table. */
const KEPT_PER_NODE = 4;

/**
 * Recordings a pass may replay, kept by syntax node (a node kept between
 * edits is the same object); those the last lowering did not use are
 * forgotten.
 */
export class ChunkMemory {
  private previous = new Map<SyntaxNode, Kept[]>();
  private current = new Map<SyntaxNode, Kept[]>();
  private settings = '';
  /** What the last lowering's final pass read ahead: the next lowering's seeded pass reads it. */
  seed: SymbolSource | undefined;
  /** Recordings that read ahead, which the first pass does alike wherever they replay if it reads these alike too (firstPass.ts). */
  private readonly alike = new WeakMap<ChunkRecording, FirstPassReads>();
  /** Work of the last lowering that only a later lowering reads. */
  private pending: (() => void) | undefined;
  /** Procedures (and dispatch tables) replayed and lowered since `begin`. */
  statistics = { replayed: 0, lowered: 0 };
  /** Runs of other statements replayed and lowered since `begin`. */
  runs = { replayed: 0, lowered: 0 };
  /** Chunks and runs since `begin` replayed without their reads of the pass's own tables checked, the table printed alike. */
  printed = 0;
  /** The items replayed since `begin` moved down only, each its original's copy (the entry keys take their blocks as moved). */
  copies = new CopiesMade();

  /** Starts a lowering; recordings made under other settings (defines, target, include paths) are dropped. */
  begin(settings: string): void {
    this.settle();
    if (settings !== this.settings) this.seed = undefined;
    this.previous = settings === this.settings ? this.current : new Map();
    this.current = new Map();
    this.settings = settings;
    this.statistics = { replayed: 0, lowered: 0 };
    this.runs = { replayed: 0, lowered: 0 };
    this.printed = 0;
    this.copies = new CopiesMade();
  }

  /**
   * Ends a lowering that stopped part-way (`LoweringCancelled`): the
   * recordings of the statements it did not reach are the last lowering's
   * still, so that the next lowering replays them as it would have.
   */
  abandon(): void {
    for (const [node, kept] of this.previous) if (!this.current.has(node)) this.current.set(node, kept);
  }

  /** Runs `work` at `settle`, or as the next lowering begins if nothing settles first. */
  defer(work: () => void): void {
    this.pending = work;
  }

  settle(): void {
    const work = this.pending;
    this.pending = undefined;
    work?.();
  }

  /** A recording of either kind of pass that fits. */
  find(node: SyntaxNode, fits: (r: ChunkRecording) => boolean): Kept | undefined {
    for (const kept of this.current.get(node) ?? []) if (fits(kept.recording)) return kept;
    for (const kept of this.previous.get(node) ?? []) if (fits(kept.recording)) return kept;
    return undefined;
  }

  /** Each statement's first-pass recording with a recording of a later pass that read ahead, of the lowering just done. */
  *afterFirstPass(): Iterable<{ readonly first: ChunkRecording; readonly later: ChunkRecording }> {
    for (const list of this.current.values()) {
      const first = list.find((kept) => !kept.final);
      if (!first) continue;
      for (const kept of list) if (kept.final && kept.recording.readsAhead) yield { first: first.recording, later: kept.recording };
    }
  }

  firstPassReads(recording: ChunkRecording): FirstPassReads | undefined {
    return this.alike.get(recording);
  }

  keepFirstPassReads(recording: ChunkRecording, reads: FirstPassReads): void {
    this.alike.set(recording, reads);
  }

  keep(node: SyntaxNode, final: boolean, recording: ChunkRecording): void {
    const list = this.current.get(node) ?? [];
    if (list.some((k) => k.recording === recording)) return;
    list.push({ final, recording });
    if (list.length > KEPT_PER_NODE) list.shift();
    this.current.set(node, list);
  }
}
