import { exprEquals, type ArmAddressMode, type ArmInstruction, type Expr, type ProgramItem, type SourceSpan } from '../../../../emulator/src/index.js';
import type { IncludedFile } from '../includeResolution.js';
import { dataItem, instructionItem, spanMover } from '../irObjects.js';
import type { UndefinedName } from '../nameCheck.js';
import type { PlacedInstruction } from '../riscos/armInstruction.js';
import type { RoutineStart } from '../riscos/entryPoints.js';
import { endsFlow, type PendingLoad } from '../riscos/layout.js';
import type { LoweringNote, UnmodelledItem } from '../riscos/types.js';
import type { Value } from '../riscos/values.js';
import type { SyntaxNode } from '../syntaxNode.js';
import type { EntryFrame } from './hdrMacros.js';
import { StatePrint } from './statePrint.js';
import { sameSymbol, sameValue, type Field, type SymbolChange, type SymbolKind, type SymbolKinds, type SymbolObserver } from './symbols.js';
import type { MacroDefinition } from './macros.js';
import { nameMoved, noteMoved, reportMoved } from '../movedRecords.js';
import { labelMoved, routineMoved } from './movedRecords.js';

// Reuse of a routine's lowering between passes and between edits, as the
// MASM lowering reuses a procedure's (masm/chunks.ts). While a routine of
// the file (a "chunk": a ROUT and the lines up to the next, those from an
// AREA on a chunk of their own, pass.ts `atArea`) is lowered,
// everything it reads of the pass's state is recorded with what it found,
// and everything it adds; a later pass that reaches the same syntax node in
// a state that answers every one of those reads the same adds the recorded
// results instead of lowering the routine again. A pass is deterministic,
// so they are the results lowering it again would give.
//
// What a routine reads: names of every kind (symbols.ts) and labels, those
// of the previous pass (forward references, local labels `%F` included:
// a first pass, which has none, names a `%F` branch target as the
// routine's next local label of that number will be named, so that the
// next pass, whose previous pass defined it, replays the routine; and a
// target of any other name it finds no label for yet as a label further
// down, `forwardTargets`, which the next pass replays where its previous
// pass defined each as one),
// the files its GETs find, the storage-map counter and base, the address
// mode, the count of generated labels, the frame of the Entry before it
// (for an EXIT ahead of an Entry of its own), the literal loads waiting
// for a pool it places, and the area state (header, writable data). Its
// routine and local label numbers are counted from where it starts, so a
// routine is replayed whatever routines come before it. One that never took its own
// address (`{PC}`, `.`, a PC-relative constant) or one of its own labels'
// as a value is replayed at another address too, moved by a multiple of
// every alignment it made. A difference of two labels (a module header's
// `DCD Init - Module_Base`) takes each address as an offset from where the
// routine starts: a replay needs each label as far from its start as it
// was, its own labels are, and the difference is the one recorded.
//
// Where a routine starts is decided before it is recorded: in a slot of
// its own (riscos/layout.ts) when the last item laid out before it ends
// the flow, so its recording starts there, and an instruction added to
// one routine leaves the others where they were. A routine's print says
// whether its own last item ends the flow, and its changes the names that
// differences took (which keep a routine so named out of a slot), so the
// print of the pass before a routine says where that routine starts. A
// difference of two labels in two routines takes in the gaps between their
// slots, but for the one before a routine it named.

/** How a walk of statements ended: on, at END, or at MEXIT. */
export type Signal = 'next' | 'end' | 'mexit';

/** Pass state a chunk reads only where it uses it. */
export interface Scalars {
  readonly mapCounter: Expr;
  readonly mapBase: number | undefined;
  readonly mode: ArmAddressMode;
  /** Labels generated for macros (`name$macro3`) are numbered through the file. */
  readonly fresh: number;
  /** The last Entry's frame, which a routine after it that has none of its own reads at EXIT. */
  readonly frame: EntryFrame;
}

export type ScalarName = keyof Scalars;

/** A numbered local label as defined in a pass, in the order of definition (its index among them counts where `%F` looks from). */
export interface LocalLabelDef {
  readonly routine: number;
  readonly number: number;
  readonly name: string;
}

export interface LabelChange {
  readonly kind: 'label';
  readonly name: string;
  readonly address: bigint;
  readonly source: SourceSpan;
}

export type ChunkChange = SymbolChange | LabelChange;

/** The pass's state where a chunk starts. */
export interface ChunkStart {
  readonly address: bigint;
  /** The routine number and the count of local labels so far: a chunk's own are counted from these. */
  readonly routine: number;
  readonly localLabels: number;
  readonly areas: number;
  readonly awaitingHeader: boolean;
  readonly headerAddress: bigint | undefined;
  readonly writableArea: boolean;
}

/** The pass's state where a chunk ends, as far as the chunk set it. */
export interface ChunkEnd {
  readonly address: bigint;
  /** The routine it leaves open, its number counted from the start's. */
  readonly routine: { readonly offset: number; readonly name: string };
  /** AREAs it assembled. */
  readonly areas: number;
  readonly awaitingHeader: boolean;
  /** Set when the chunk placed the module header. */
  readonly headerAddress: bigint | undefined;
  readonly writableArea: boolean;
  /** The scalars it set, with their values at its end. */
  readonly scalars: readonly ScalarValue[];
  /** It got a system header. */
  readonly systemHeaders: boolean;
  readonly signal: Signal;
  /** Macro expansions it made: the pass stops expanding at a limit. */
  readonly expansions: number;
}

type ScalarValue = { readonly [K in ScalarName]: readonly [K, Scalars[K]] }[ScalarName];

/** What a chunk added to the pass's results, in the order it added them. */
export interface ChunkEffects {
  readonly items: readonly ProgramItem<ArmInstruction>[];
  /** Its instructions made where they stand, by index from its first item. */
  readonly placedInstructions: ReadonlyMap<number, PlacedInstruction>;
  /** Its loads still waiting for a literal pool, indexed from its first item. */
  readonly pending: readonly PendingLoad[];
  /** The slots of the loads waiting before it that it placed a pool for. */
  readonly placed: readonly bigint[];
  readonly changes: readonly ChunkChange[];
  readonly routines: readonly RoutineStart[];
  /** Its local labels, their routines counted from its start. */
  readonly localLabels: readonly LocalLabelDef[];
  readonly notes: readonly LoweringNote[];
  /** The first unmodelled construct it reported on each line, before the pass drops the lines reported before it. */
  readonly reports: readonly UnmodelledItem[];
  readonly undefinedNames: readonly UndefinedName[];
}

/**
 * How a routine used a label it read: only whether it exists, its address as a value, or its address as an offset
 * from the routine's start (one side of a difference of two labels).
 */
export type LabelUse = 'name' | 'value' | 'offset';

/**
 * A label read: what was found, whether its address was taken as a value (else only whether it exists counts), and
 * how far from the routine's start it lay, if that was taken (a copy moved elsewhere reads it as far from its own).
 */
type LabelRead = readonly [name: string, found: bigint | undefined, address: boolean, offset: bigint | undefined];
type SymbolRead = { readonly [K in SymbolKind]: readonly [K, string, SymbolKinds[K] | undefined] }[SymbolKind];
/**
 * `%F` references: the routine and local label count (from the chunk's start) it looked from, the number, the label found;
 * `named`: a first pass named it as the routine's next local label of that number (`ChunkHost.namesAhead`).
 */
type ForwardLocalRead = readonly [routine: number, seq: number, number: number, found: string | undefined, named: boolean];
type IncludeRead = readonly [from: string, path: string, found: IncludedFile | undefined];

/** One recorded lowering of a chunk: the reads it made, the state it started from, its effects and the state it left. */
export interface ChunkRecording {
  /** The row its node started on; not the column: a routine's name starts its line, and a ROUT without one makes nothing there. */
  readonly row: number;
  /** Made by a pass without a previous one, whose forward references all read nothing. */
  readonly firstPass: boolean;
  readonly start: ChunkStart;
  readonly end: ChunkEnd;
  /** It may be replayed at another start address, moved by a multiple of `alignment`. */
  readonly relocatable: boolean;
  readonly alignment: bigint;
  /** Lists rather than maps: a replay check goes through every read, often for many chunks. */
  readonly symbolReads: readonly SymbolRead[];
  readonly labelReads: readonly LabelRead[];
  readonly forwardLabelReads: readonly LabelRead[];
  readonly forwardEquateReads: readonly (readonly [name: string, found: Value | undefined])[];
  readonly forwardLocalReads: readonly ForwardLocalRead[];
  /**
   * The targets a first pass found no label for and named as labels further down (`ChunkRecorder.readForwardTarget`):
   * a later pass replays it only where its previous pass has a label of each name.
   */
  readonly forwardTargets: readonly string[];
  readonly includeReads: readonly IncludeRead[];
  readonly scalarReads: readonly ScalarValue[];
  /** The values of the loads waiting for a pool when it placed one, if it did. */
  readonly poolReads: readonly string[] | undefined;
  readonly effects: ChunkEffects;
  /** A print of what it leaves that later statements can read (`effectsPrint`), the same wherever it is replayed. */
  readonly print: number;
  /** The recording this one is a moved copy of. */
  readonly origin?: ChunkRecording;
}

/**
 * What a routine leaves for the statements after it to read, as a print:
 * the names it defined (labels by their offset from its start), the state
 * it ends in, its local labels, the loads it leaves waiting for a pool and
 * whether its last item ends the flow.
 * Its items, sources and reports are for the result only.
 */
function effectsPrint(start: ChunkStart, end: ChunkEnd, effects: Omit<ChunkEffects, 'reports' | 'placedInstructions'>, pooled: boolean): number {
  const print = new StatePrint();
  const offset = (address: bigint): void => print.bigint(address - start.address);
  offset(end.address);
  print.word(end.routine.offset);
  print.string(end.routine.name);
  print.word(end.areas);
  print.word(end.awaitingHeader ? 1 : 0);
  print.word(end.writableArea ? 1 : 0);
  if (end.headerAddress === undefined) print.word(-1);
  else offset(end.headerAddress);
  print.word(end.scalars.length);
  for (const [name, value] of end.scalars) {
    print.string(name);
    if (typeof value === 'number') print.word(value);
    else if (name === 'frame') {
      print.word(value.frame);
      print.word(value.psr ? 1 : 0);
      print.word(value.regs.length);
      for (const r of value.regs) print.word(r);
    } else print.value(value);
  }
  print.string(end.signal);
  print.word(end.expansions);
  print.word(effects.changes.length);
  for (const change of effects.changes) {
    print.string(change.kind);
    print.string(change.name);
    if (change.kind === 'label') offset(change.address);
    else changePrint(print, change);
  }
  print.word(effects.localLabels.length);
  for (const d of effects.localLabels) {
    print.word(d.routine);
    print.word(d.number);
    print.string(d.name);
  }
  print.word(pooled ? effects.placed.length : -1);
  print.word(effects.pending.length);
  for (const load of effects.pending) print.expr(load.literal.value);
  print.word(effects.items.length);
  // Whether the routine after it may start a slot of its own (pass.ts `slot`), when it laid anything out.
  const last = effects.items[effects.items.length - 1];
  print.word(last === undefined ? -1 : endsFlow(last) ? 1 : 0);
  return print.key;
}

function changePrint(print: StatePrint, change: SymbolChange): void {
  switch (change.kind) {
    case 'equate': case 'global': print.value(change.value); return;
    case 'alias': print.word(change.value); return;
    case 'import': case 'difference': return;
    case 'field': {
      const field: Field = change.value;
      print.word(field.base);
      print.bigint(field.offset);
      return;
    }
    case 'macro': {
      const macro: MacroDefinition = change.value;
      print.value(macro.label);
      print.string(macro.body);
      print.word(macro.parameters.length);
      for (const p of macro.parameters) {
        print.string(p.name);
        print.value(p.default);
      }
      return;
    }
    case 'storage': {
      const field = change.value;
      print.string(field.base);
      print.bigint(field.offset);
      print.word(field.size ?? -1);
    }
  }
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** Records one chunk's reads of the pass's state; reads of what the chunk itself set are its own business. */
export class ChunkRecorder implements SymbolObserver {
  readonly changes: ChunkChange[] = [];
  private readonly reports: UnmodelledItem[] = [];
  /** The lines it reported on, each with the index of its report. */
  private readonly reportedLines = new Map<string, number>();
  /** Why this lowering may not be replayed: it read state the recording does not track. */
  refused: string | undefined;
  private readonly symbolReads: SymbolRead[] = [];
  /**
   * The names of each kind it read or wrote: a later read of either reads nothing the pass gave it. By kind, since a
   * key made of the kind and the name cost a string per read, and reads are the commonest thing a routine does.
   */
  private readonly seenSymbols = new Map<SymbolKind, Set<string>>();
  private readonly labelReads = new Map<string, bigint | undefined>();
  private readonly labelValues = new Set<string>();
  private readonly labelOffsets = new Set<string>();
  private readonly ownLabels = new Set<string>();
  private readonly forwardLabelReads = new Map<string, bigint | undefined>();
  private readonly forwardLabelValues = new Set<string>();
  private readonly forwardLabelOffsets = new Set<string>();
  private readonly forwardEquateReads = new Map<string, Value | undefined>();
  private readonly forwardLocalReads: ForwardLocalRead[] = [];
  private readonly forwardTargets = new Set<string>();
  private readonly includeReads: IncludeRead[] = [];
  private readonly scalarReads = new Map<ScalarName, ScalarValue>();
  private readonly placedInstructions = new Map<number, PlacedInstruction>();
  readonly writtenScalars = new Set<ScalarName>();
  private pool: { readonly reads: readonly string[]; readonly slots: readonly bigint[] } | undefined;
  /** It got a system header (the pass notes that the names they define are known only in part). */
  systemHeaders = false;
  /** It read where it stands: the location counter or the address of a label of its own. */
  private located = false;
  private alignment = 1n;

  constructor(readonly start: ChunkStart, readonly firstItem: number) {}

  /**
   * An unmodelled construct it reported: a later one on a line it reported already counts only where it changes the
   * code assembled and the first did not, taking its place, as in the pass (`ObjAsmPass.report`).
   */
  reported(item: UnmodelledItem): void {
    const line = `${item.source.file}:${item.source.range.start.line}`;
    const at = this.reportedLines.get(line);
    if (at === undefined) {
      this.reportedLines.set(line, this.reports.length);
      this.reports.push(item);
    } else if (item.codeDiffers && !(this.reports[at] as UnmodelledItem).codeDiffers) this.reports[at] = item;
  }

  read(kind: SymbolKind, name: string, found: SymbolKinds[SymbolKind] | undefined): void {
    let seen = this.seenSymbols.get(kind);
    if (!seen) this.seenSymbols.set(kind, (seen = new Set()));
    else if (seen.has(name)) return;
    seen.add(name);
    this.symbolReads.push([kind, name, found] as SymbolRead);
  }

  changed(change: SymbolChange): void {
    this.changes.push(change);
    const seen = this.seenSymbols.get(change.kind);
    if (seen) seen.add(change.name);
    else this.seenSymbols.set(change.kind, new Set([change.name]));
  }

  readLabel(name: string, found: bigint | undefined, use: LabelUse): void {
    // Its own labels move with it: as offsets from its start they read the same wherever it is replayed.
    if (this.ownLabels.has(name)) {
      if (use === 'value') this.located = true;
      return;
    }
    if (!this.labelReads.has(name)) this.labelReads.set(name, found);
    if (use === 'value') this.labelValues.add(name);
    if (use === 'offset') this.labelOffsets.add(name);
  }

  definedLabel(change: LabelChange): void {
    this.changes.push(change);
    this.ownLabels.add(change.name);
  }

  /** The previous pass's tables do not change during a pass, so every read of them counts. */
  readForwardLabel(name: string, found: bigint | undefined, use: LabelUse): void {
    if (!this.forwardLabelReads.has(name)) this.forwardLabelReads.set(name, found);
    if (use === 'value') this.forwardLabelValues.add(name);
    if (use === 'offset') this.forwardLabelOffsets.add(name);
  }

  /**
   * A first pass found no label `name` for a target (a branch's, an ADR's, a load's) and named it as one further down,
   * making the instruction a later pass makes where one is there (of the same size as the one it makes where none is).
   */
  readForwardTarget(name: string): void {
    this.forwardTargets.add(name);
  }

  readForwardEquate(name: string, found: Value | undefined): void {
    if (!this.forwardEquateReads.has(name)) this.forwardEquateReads.set(name, found);
  }

  /** A `%F` reference from the `seq`th local label of routine `routine`, both absolute; `named`: a first pass's name for a target it cannot read. */
  readForwardLocal(routine: number, seq: number, number: number, found: string | undefined, named: boolean): void {
    this.forwardLocalReads.push([routine - this.start.routine, seq - this.start.localLabels, number, found, named]);
  }

  gotSystemHeader(): void {
    this.systemHeaders = true;
  }

  readInclude(from: string, path: string, found: IncludedFile | undefined): void {
    this.includeReads.push([from, path, found]);
  }

  readScalar(read: ScalarValue): void {
    const [name] = read;
    if (!this.writtenScalars.has(name) && !this.scalarReads.has(name)) this.scalarReads.set(name, read);
  }

  wroteScalar(name: ScalarName): void {
    this.writtenScalars.add(name);
  }

  /** The instruction that is to be item `index` of the pass depends on its address. */
  placedInstruction(index: number, make: PlacedInstruction): void {
    this.placedInstructions.set(index - this.firstItem, make);
  }

  sawLocation(): void {
    this.located = true;
  }

  aligned(to: number): void {
    if (to > 1) {
      const b = BigInt(to);
      this.alignment = (this.alignment * b) / gcd(this.alignment, b);
    }
  }

  /** It placed a literal pool while the loads with these values were waiting from before it; they got `slots`. */
  placedPool(reads: readonly string[], slots: readonly bigint[]): void {
    this.pool ??= { reads, slots };
  }

  refuse(why: string): void {
    this.refused ??= why;
  }

  /** The recording of the chunk at `node`, which ended in `end` and added `effects`. */
  recording(node: SyntaxNode, firstPass: boolean, end: ChunkEnd, effects: Omit<ChunkEffects, 'reports' | 'changes' | 'placed' | 'placedInstructions'>): ChunkRecording {
    const labels = (reads: ReadonlyMap<string, bigint | undefined>, values: ReadonlySet<string>, offsets: ReadonlySet<string>): LabelRead[] =>
      [...reads].map(([name, found]) => [name, found, values.has(name), found !== undefined && offsets.has(name) ? found - this.start.address : undefined]);
    // Named one by one: in a CPU profile the two spreads this made cost more than the rest of the recording, once per routine lowered.
    const made: ChunkEffects = {
      items: effects.items, placedInstructions: this.placedInstructions, pending: effects.pending, placed: this.pool?.slots ?? [],
      changes: this.changes, routines: effects.routines, localLabels: effects.localLabels, notes: effects.notes, reports: this.reports,
      undefinedNames: effects.undefinedNames,
    };
    return {
      row: node.startPosition.row, firstPass, start: this.start, end,
      print: effectsPrint(this.start, end, made, this.pool !== undefined),
      relocatable: !this.located, alignment: this.alignment,
      symbolReads: this.symbolReads, labelReads: labels(this.labelReads, this.labelValues, this.labelOffsets),
      forwardLabelReads: labels(this.forwardLabelReads, this.forwardLabelValues, this.forwardLabelOffsets), forwardEquateReads: [...this.forwardEquateReads],
      forwardLocalReads: this.forwardLocalReads, forwardTargets: [...this.forwardTargets], includeReads: this.includeReads, scalarReads: [...this.scalarReads.values()],
      poolReads: this.pool?.reads,
      effects: made,
    };
  }
}

/** The pass's side of a replay check: its state as the chunk would read it. */
export interface ChunkHost {
  symbol(kind: SymbolKind, name: string): SymbolKinds[SymbolKind] | undefined;
  label(name: string): bigint | undefined;
  forwardLabel(name: string): bigint | undefined;
  forwardEquate(name: string): Value | undefined;
  /** The `%F` label the previous pass has for routine `routine` from local label `seq` on, both absolute. */
  forwardLocal(routine: number, seq: number, number: number): string | undefined;
  /**
   * A first pass: where it has no `%F` label for a branch target, it names the one the routine will define next, as a
   * recording made by a first pass did (its own lowering up to there, which its other reads fix, fixes the name).
   */
  namesAhead(): boolean;
  include(from: string, path: string): IncludedFile | undefined;
  scalar<K extends ScalarName>(name: K): Scalars[K];
  /** The values of the loads waiting for a literal pool. */
  pendingValues(): readonly string[];
}

const sameFrame = (a: EntryFrame, b: EntryFrame): boolean =>
  a.frame === b.frame && a.psr === b.psr && a.regs.length === b.regs.length && a.regs.every((r, k) => r === b.regs[k]);

function sameScalar(read: ScalarValue, host: ChunkHost): boolean {
  const [name, value] = read;
  const now = host.scalar(name);
  return now === value || (name === 'mapCounter' && exprEquals(now as Expr, value)) || (name === 'frame' && sameFrame(now as EntryFrame, value));
}

/** Whether a label read reads the same now, the routine starting at `start`. */
const sameLabel = ([, found, address, offset]: LabelRead, now: bigint | undefined, start: bigint): boolean =>
  (address ? now === found : (now === undefined) === (found === undefined)) && (offset === undefined || (now !== undefined && now - start === offset));

const sameIncluded = (a: IncludedFile | undefined, b: IncludedFile | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.file === b.file && a.text === b.text && a.notSource === b.notSource && a.latin1 === b.latin1);

/** Whether the files a recording's GETs found are found again, as they were: they may have changed on disk since. */
export function sameIncludes(recording: ChunkRecording, host: ChunkHost): boolean {
  for (const [from, path, found] of recording.includeReads) if (!sameIncluded(host.include(from, path), found)) return false;
  return true;
}

/**
 * Whether the reads of a recording that a print of the pass's state does
 * not cover would read the same in `host`: those of the previous pass, and
 * the files its GETs found.
 */
export function sameOutsideState(recording: ChunkRecording, start: ChunkStart, host: ChunkHost): boolean {
  for (const read of recording.forwardLabelReads) if (!sameLabel(read, host.forwardLabel(read[0]), start.address)) return false;
  for (const [name, found] of recording.forwardEquateReads) {
    const now = host.forwardEquate(name);
    if (now === undefined || found === undefined ? now !== found : !sameValue(now, found)) return false;
  }
  for (const [routine, seq, number, found, named] of recording.forwardLocalReads) {
    if (named && host.namesAhead()) continue;
    if (host.forwardLocal(start.routine + routine, start.localLabels + seq, number) !== found) return false;
  }
  if (!host.namesAhead()) for (const name of recording.forwardTargets) if (host.forwardLabel(name) === undefined) return false;
  return sameIncludes(recording, host);
}

/** Whether a recording's reads would all read the same in `host`, starting from `start`. */
export function replayable(recording: ChunkRecording, start: ChunkStart, host: ChunkHost): boolean {
  const was = recording.start;
  const bytes = start.address - was.address;
  if (bytes !== 0n && (!recording.relocatable || bytes % recording.alignment !== 0n)) return false;
  // Whether an AREA came before needs no comparing: before any, no header is awaited or known, which these compare.
  if (start.awaitingHeader !== was.awaitingHeader || start.writableArea !== was.writableArea
    || (start.headerAddress === undefined) !== (was.headerAddress === undefined)) return false;
  for (const read of recording.scalarReads) if (!sameScalar(read, host)) return false;
  if (recording.poolReads) {
    const now = host.pendingValues();
    if (now.length !== recording.poolReads.length || recording.poolReads.some((v, i) => now[i] !== v)) return false;
  }
  for (const [kind, name, found] of recording.symbolReads) if (!sameSymbol(kind, host.symbol(kind, name), found)) return false;
  for (const read of recording.labelReads) if (!sameLabel(read, host.label(read[0]), start.address)) return false;
  return sameOutsideState(recording, start, host);
}

/**
 * Whether `replayable` answers alike for the two recordings wherever a pass
 * stands: moved copies of one recording (or it and a copy) read what it
 * read, and lie apart by what a replay may move them by.
 */
function replayedAlike(a: ChunkRecording, b: ChunkRecording): boolean {
  if ((a.origin ?? a) !== (b.origin ?? b)) return false;
  const bytes = a.start.address - b.start.address;
  return bytes === 0n || (a.relocatable && bytes % a.alignment === 0n);
}

/**
 * A recording's effects moved down by `rows` (lines inserted or deleted
 * above the chunk; spans in other files stay) and on by `bytes` (the chunk
 * starts at another address).
 */
function moveEffects(effects: ChunkEffects, file: string, rows: number, bytes: bigint): ChunkEffects {
  const move = spanMover(file, rows);
  return {
    ...effects,
    items: effects.items.map((i, k) => {
      const address = i.address + bytes;
      if (i.kind === 'data') return dataItem(address, i.size, i.values, move(i.source), i.text, i.writable);
      const make = bytes === 0n ? undefined : effects.placedInstructions.get(k);
      return instructionItem(address, i.size, make ? make(address) : i.instruction, move(i.source), i.text);
    }),
    placed: bytes === 0n ? effects.placed : effects.placed.map((slot) => slot + bytes),
    changes: effects.changes.map((c) => (c.kind === 'label' ? labelMoved(c, c.address + bytes, move(c.source)) : c)),
    routines: effects.routines.map((r) => routineMoved(r, r.address + bytes, move(r.source))),
    notes: effects.notes.map((n) => noteMoved(n, move(n.source))),
    reports: effects.reports.map((r) => reportMoved(r, move(r.source))),
    undefinedNames: effects.undefinedNames.map((u) => nameMoved(u, move(u.source))),
  };
}

/** A recording as if made where the chunk now stands: `rows` further down, `bytes` further on. */
function movedRecording(recording: ChunkRecording, rows: number, bytes: bigint, effects: ChunkEffects): ChunkRecording {
  const { start, end } = recording;
  return {
    ...recording, origin: recording.origin ?? recording, row: recording.row + rows, effects, start: { ...start, address: start.address + bytes },
    end: { ...end, address: end.address + bytes, ...(end.headerAddress === undefined ? {} : { headerAddress: end.headerAddress + bytes }) },
  };
}

/** A recording replayed or made in a known state, and the print of the pass before, whose tables its forward references read. */
export interface KnownState {
  readonly recording: ChunkRecording;
  readonly ahead: number;
}

/**
 * What a chunk's recordings are kept by: its routine's syntax node, or, for the part of a routine from its AREA on
 * (pass.ts `atArea`), the routine's node too, since only a routine's node is a new object after any edit inside it.
 */
export type ChunkKey = SyntaxNode | { readonly fromAreaOf: SyntaxNode };

/** A node's recordings: each pass reads its own forward tables, and a 26-bit file is lowered in both modes. */
const KEPT_PER_NODE = 8;

/** Lowerings a node may go unmet before its recordings are forgotten. */
const KEPT_LOWERINGS = 1;

/**
 * Recordings a pass may replay, kept by syntax node (a node kept between
 * edits is the same object); the nodes the last lowerings did not meet are
 * forgotten.
 */
export class ChunkMemory {
  private readonly kept = new Map<ChunkKey, { recordings: ChunkRecording[]; states: Map<number, KnownState>; met: number }>();
  private settings = '';
  private lowering = 0;
  /** The moved copies made since `begin`, by the recording they were made from and where they were moved. */
  private copies = new Map<ChunkRecording, Map<string, ChunkRecording>>();
  /**
   * Chunks replayed and lowered since `begin`; `known`: replays in a state the routine was met in before; `moved`: copies moved to where a replay stood;
   * `takenOver`: of the known replays, those in the part of a pass taken over from the last lowering's, never visited.
   */
  statistics = { replayed: 0, lowered: 0, known: 0, moved: 0, takenOver: 0 };

  /** The keys of the parts of routines from their AREA on, one per routine node. */
  private readonly fromArea = new WeakMap<SyntaxNode, ChunkKey>();

  /** The key of the part of the routine `node` from its AREA on. */
  fromAreaOf(node: SyntaxNode): ChunkKey {
    let key = this.fromArea.get(node);
    if (!key) this.fromArea.set(node, (key = { fromAreaOf: node }));
    return key;
  }

  /** Starts a lowering; recordings made under other settings (file, GET paths) are dropped. */
  begin(settings: string): void {
    if (settings !== this.settings) this.kept.clear();
    this.settings = settings;
    this.lowering++;
    for (const [node, kept] of this.kept) if (kept.met <= this.lowering - 1 - KEPT_LOWERINGS) this.kept.delete(node);
    this.statistics = { replayed: 0, lowered: 0, known: 0, moved: 0, takenOver: 0 };
    this.copies = new Map();
  }

  /**
   * Ends a lowering that stopped part-way (`LoweringCancelled`): it does not
   * count among the lowerings a node must have been met in to be kept, so
   * the routines it did not reach keep their recordings for the next.
   */
  abandon(): void {
    this.lowering--;
  }

  /**
   * `recording` where its chunk of `file` now starts, on `row` at
   * `address`: itself when it is there, else a copy moved from the
   * recording it came from, made once per lowering and place, so the passes
   * that replay copies of one recording share the move.
   */
  placed(recording: ChunkRecording, file: string, row: number, address: bigint): ChunkRecording {
    if (recording.row === row && recording.start.address === address) return recording;
    const origin = recording.origin ?? recording;
    const rows = row - origin.row;
    const bytes = address - origin.start.address;
    if (rows === 0 && bytes === 0n) return origin;
    let copies = this.copies.get(origin);
    if (!copies) {
      copies = new Map();
      this.copies.set(origin, copies);
    }
    const where = `${rows} ${bytes}`;
    let moved = copies.get(where);
    if (!moved) {
      moved = movedRecording(origin, rows, bytes, moveEffects(origin.effects, file, rows, bytes));
      copies.set(where, moved);
      this.statistics.moved++;
    }
    return moved;
  }

  /** The routines a pass took over from the last lowering's as they were there: their recordings are kept as if met. */
  takenOver(nodes: readonly ChunkKey[]): void {
    for (const node of nodes) {
      const kept = this.kept.get(node);
      if (kept) kept.met = this.lowering;
    }
    this.statistics.replayed += nodes.length;
    this.statistics.known += nodes.length;
    this.statistics.takenOver += nodes.length;
  }

  /** The recording replayed or made at `node` when a pass last stood in the state printed `state`. */
  known(node: ChunkKey, state: number): KnownState | undefined {
    const kept = this.kept.get(node);
    if (!kept) return undefined;
    kept.met = this.lowering;
    return kept.states.get(state);
  }

  /** The latest recording of `node` that fits, those made by a pass like this one (the first, or a later) tried first. */
  find(node: ChunkKey, firstPass: boolean, fits: (r: ChunkRecording) => boolean): ChunkRecording | undefined {
    const kept = this.kept.get(node);
    if (!kept) return undefined;
    kept.met = this.lowering;
    for (const like of [true, false]) {
      for (let k = kept.recordings.length - 1; k >= 0; k--) {
        const recording = kept.recordings[k] as ChunkRecording;
        if ((recording.firstPass === firstPass) === like && fits(recording)) return recording;
      }
    }
    return undefined;
  }

  /** Keeps `recording`, replayed or made at `node` in the state printed `state` after a previous pass printed `ahead`. */
  keep(node: ChunkKey, recording: ChunkRecording, state: number, ahead: number): void {
    let kept = this.kept.get(node);
    if (!kept) {
      kept = { recordings: [], states: new Map(), met: this.lowering };
      this.kept.set(node, kept);
    }
    kept.met = this.lowering;
    kept.states.delete(state);
    kept.states.set(state, { recording, ahead });
    if (kept.states.size > KEPT_PER_NODE) kept.states.delete(kept.states.keys().next().value as number);
    if (kept.recordings.includes(recording)) return;
    // `find` returns the latest of recordings replayed alike, so a moved copy takes the place of those it is replayed
    // alike with: typing above a routine makes a copy each lowering, which would push the other passes' recordings out.
    kept.recordings = kept.recordings.filter((other) => !replayedAlike(other, recording));
    kept.recordings.push(recording);
    if (kept.recordings.length > KEPT_PER_NODE) kept.recordings.shift();
  }
}
