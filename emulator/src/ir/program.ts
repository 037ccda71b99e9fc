import type { Range } from '../checks/finding.js';
import type { Expr } from '../values/expr.js';
import { symbolsOf } from '../values/key.js';
import type { AddressNames, MemoryImage } from '../values/symbolic-memory.js';
import type { ArmInstruction } from './arm.js';
import type { X86Instruction } from './x86.js';

// A lowered program: items laid out at addresses as the assembler would, so
// that PC-relative code (`ADD pc, pc, r0, LSL #2`, literal pools, jump tables
// of DCD labels) computes the same addresses the IR holds. x86 instructions
// get synthetic addresses (nothing in handler code depends on their encoded
// length); data always takes its real size.

export type Arch = 'x86' | 'arm';
export type Instruction = X86Instruction | ArmInstruction;

export interface SourceSpan {
  readonly file: string;
  readonly range: Range;
}

export interface InstructionItem<I extends Instruction = Instruction> {
  readonly kind: 'instruction';
  readonly address: bigint;
  readonly size: number;
  readonly instruction: I;
  /** The source text, for traces. */
  readonly text?: string;
  readonly source: SourceSpan;
}

/** One DB/DW/DD (or `=`, DCB, DCW, DCD) value; strings are lowered to byte values. */
export interface DataValue {
  readonly bytes: 1 | 2 | 4;
  readonly value: Expr;
}

export interface DataItem {
  readonly kind: 'data';
  readonly address: bigint;
  readonly size: number;
  readonly values: readonly DataValue[];
  /**
   * Data other code may write (a MASM data segment, an ObjAsm DATA area): a
   * procedure analysis reads it as unknown, since it cannot know what ran
   * before; concrete scenario runs still start from its values. Absent means
   * read-only (jump tables, strings, error blocks, literal pools in code),
   * whose values every analysis uses.
   */
  readonly writable?: boolean;
  readonly text?: string;
  readonly source: SourceSpan;
}

export type ProgramItem<I extends Instruction = Instruction> = InstructionItem<I> | DataItem;

/** A storage-map field (`^ 0, r12` / `field # 4`, or a MASM STRUC used through a register): base register plus offset. */
export interface StorageField {
  readonly name: string;
  readonly base: string;
  readonly offset: bigint;
  readonly size?: number;
}

/**
 * What the caller of an entry point promises and expects. Models set up the
 * entry state from it and checkers read it at the return.
 */
export type EntryContract =
  /**
   * `controlProcedure`: the VxD's control procedure, written by hand (no
   * Control_Dispatch), which the VMM calls with every control message: its
   * own returns hand nothing back in registers.
   */
  | { readonly kind: 'procedure'; readonly controlProcedure?: true }
  /**
   * A VxD control-procedure dispatch target (`Control_Dispatch Sys_Critical_Init, handler`);
   * `message` is the catalogue's name of the message where its value is known, else as written.
   */
  | { readonly kind: 'control-dispatch'; readonly message: string }
  /**
   * A dynamic-area handler dispatching on R0 itself. Unknown flag bit 8 means
   * either kind of area, 'both' that it serves an area of each kind;
   * `maxSize`, the area's maximum size in bytes where it is known, bounds
   * what one grow asks for.
   */
  | { readonly kind: 'da-handler'; readonly needsSpecificPages?: boolean | 'both'; readonly maxSize?: bigint }
  /** The code for one reason of a dynamic-area handler (0 PreGrow … 6 ResizePMP). */
  | { readonly kind: 'da-handler-reason'; readonly reason: number; readonly needsSpecificPages?: boolean | 'both'; readonly maxSize?: bigint }
  /** A module's SWI handler; `chunk` is the SWI chunk base when known. */
  | { readonly kind: 'swi-handler'; readonly chunk?: number }
  | { readonly kind: 'module-entry'; readonly entry: 'init' | 'final' | 'service' | 'command' }
  /** A `_SetFreePhysRegCalBk` callback: EAX = 0 (pages freed) or 1 (pages wanted), ECX = count. */
  | { readonly kind: 'free-phys-callback' };

export interface EntryPoint {
  readonly name: string;
  readonly address: bigint;
  readonly contract: EntryContract;
  readonly source: SourceSpan;
}

export interface ProgramParts<I extends Instruction> {
  readonly arch: Arch;
  readonly items: readonly ProgramItem<I>[];
  readonly labels: ReadonlyMap<string, bigint>;
  readonly symbols: ReadonlyMap<string, Expr>;
  readonly storage: ReadonlyMap<string, StorageField>;
  readonly entries: readonly EntryPoint[];
}

function inAddressOrder(items: readonly ProgramItem[]): boolean {
  for (let i = 1; i < items.length; i++) if ((items[i - 1] as ProgramItem).address > (items[i] as ProgramItem).address) return false;
  return true;
}

/** Whether two label maps name the same addresses: a lowering's passes have settled, a program's blocks can be kept. */
export function sameLabels(a: ReadonlyMap<string, bigint>, b: ReadonlyMap<string, bigint>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [name, address] of a) if (b.get(name) !== address) return false;
  return true;
}

function labelsByAddress(labels: ReadonlyMap<string, bigint>): Map<bigint, string[]> {
  const at = new Map<bigint, string[]>();
  for (const [name, address] of labels) {
    const names = at.get(address);
    if (names) names.push(name);
    else at.set(address, [name]);
  }
  return at;
}

interface LabelPlace {
  readonly address: bigint;
  readonly name: string;
}

function placesOf(labelsAt: ReadonlyMap<bigint, readonly string[]>): LabelPlace[] {
  const places: LabelPlace[] = [];
  for (const [address, [name]] of labelsAt) if (name !== undefined) places.push({ address, name });
  return places.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

/** Which symbols an item's text names depends only on its instruction or data values, objects a moved copy shares with its original. */
function sourceOf(item: ProgramItem): object {
  return item.kind === 'data' ? item.values : item.instruction;
}

function countNames(e: Expr, by: 1 | -1, counts: Map<string, number>): void {
  for (const name of symbolsOf(e).keys()) {
    const count = (counts.get(name) ?? 0) + by;
    if (count === 0) counts.delete(name);
    else counts.set(name, count);
  }
}

/** Counts, `by` 1 or -1, each time the text of `item` (immediates, displacements and offsets, data values) names a symbol. */
function countTextSymbols(item: ProgramItem, by: 1 | -1, counts: Map<string, number>): void {
  if (item.kind === 'data') {
    for (const v of item.values) countNames(v.value, by, counts);
    return;
  }
  for (const o of item.instruction.operands) {
    if (o.kind === 'imm') countNames(o.value, by, counts);
    else if (o.kind === 'mem' && 'disp' in o) countNames(o.disp, by, counts);
    else if (o.kind === 'mem' && o.offset.kind === 'imm') countNames(o.offset.value, by, counts);
  }
}

/**
 * The text symbol counts of `items`, made from those of `base` (counted for
 * `baseItems`) by visiting only the items that are not at the same address
 * with the same source; both lists in address order.
 */
function countsSince(base: ReadonlyMap<string, number>, baseItems: readonly ProgramItem[], items: readonly ProgramItem[]): Map<string, number> {
  const counts = new Map(base);
  let i = 0, j = 0;
  while (i < baseItems.length || j < items.length) {
    const was = baseItems[i];
    const item = items[j];
    if (was === item) { i++; j++; continue; }
    if (!item || (was && was.address < item.address)) { countTextSymbols(was as ProgramItem, -1, counts); i++; continue; }
    if (!was || was.address > item.address) { countTextSymbols(item, 1, counts); j++; continue; }
    if (sourceOf(was) !== sourceOf(item)) {
      countTextSymbols(was, -1, counts);
      countTextSymbols(item, 1, counts);
    }
    i++; j++;
  }
  return counts;
}

/** The bytes a data item's values lay down, from its start: undefined where a value is symbolic. Kept per values array, which moved copies share. */
const valueBytes = new WeakMap<readonly DataValue[], readonly (bigint | undefined)[]>();

function bytesOf(values: readonly DataValue[]): readonly (bigint | undefined)[] {
  let bytes = valueBytes.get(values);
  if (bytes) return bytes;
  const made: (bigint | undefined)[] = [];
  for (const v of values) {
    for (let b = 0; b < v.bytes; b++) made.push(v.value.kind === 'const' ? (v.value.value >> BigInt(8 * b)) & 0xffn : undefined);
  }
  bytes = made;
  valueBytes.set(values, bytes);
  return bytes;
}

/** The index of the last of `items` (sorted by address) at or below `address`, or -1. */
function lastAtOrBelow(items: readonly { readonly address: bigint }[], address: bigint): number {
  let lo = 0, hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { readonly address: bigint }).address <= address) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

// A program is made again for the whole file after every edit, so what it
// indexes it works out when first asked and, where it can, from the last
// program's answers or from what the items share with the last program's
// (a moved copy has its original's instruction or data values): an edit
// costs in proportion to what it changed, not to the file.

export class Program<I extends Instruction = Instruction> implements ProgramParts<I> {
  readonly arch: Arch;
  readonly items: readonly ProgramItem<I>[];
  readonly labels: ReadonlyMap<string, bigint>;
  readonly symbols: ReadonlyMap<string, Expr>;
  readonly storage: ReadonlyMap<string, StorageField>;
  readonly entries: readonly EntryPoint[];
  /**
   * Where the last look-up by address found its item: exploration asks for
   * the item after the one it stepped, then for the item there, so the next
   * answer is most often this one or the one after it, and a search of the
   * items is the rest.
   */
  private finger = 0;
  /** The data items, made on first use (the first read of the data's bytes). */
  private dataItems: readonly DataItem[] | undefined;
  /** `dataSpans` of all data and of writable data, made on first use. */
  private readonly spans: (readonly (readonly [bigint, bigint])[] | undefined)[] = [];
  /**
   * The labels by address, made on first use: a VxD edit's lowering makes a
   * new label map, and an edit whose entry points are all reused asks no
   * label by address.
   */
  private labelIndex: ReadonlyMap<bigint, readonly string[]> | undefined;
  /**
   * Each label address with its first name, in address order, made on first
   * use: `dataName` finds the label before an address inside a data item by
   * a search, where walking back byte by byte made a `rep movsd` over a
   * 32 KB buffer quadratic (every byte's input is named).
   */
  private labelPlaces: readonly LabelPlace[] | undefined;
  /** How many items name each of `textSymbols`, made on first use. */
  private textCounts: ReadonlyMap<string, number> | undefined;
  private openNames: ReadonlySet<string> | undefined;
  /** The counts of an earlier program, and its items, that `textCounts` is made from. */
  private countsBase: { readonly counts: ReadonlyMap<string, number>; readonly items: readonly ProgramItem[] } | undefined;

  /**
   * `previous`: the program this one is made again from (after an edit),
   * whose answers it builds its own from: its labels by address when its
   * labels are the same map, its text symbols by the items that differ.
   */
  constructor(parts: ProgramParts<I>, previous?: Program<I>) {
    this.arch = parts.arch;
    this.labels = parts.labels;
    this.symbols = parts.symbols;
    this.storage = parts.storage;
    this.entries = parts.entries;
    const items = [...parts.items];
    if (!inAddressOrder(items)) items.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    this.items = items;
    if (previous?.labels === this.labels) {
      this.labelIndex = previous.labelIndex;
      this.labelPlaces = previous.labelPlaces;
    }
    // Only a base whose counts are made: a program never asked hands its own base on, so no chain of programs is kept.
    this.countsBase = previous?.textCounts ? { counts: previous.textCounts, items: previous.items } : previous?.countsBase;
  }

  private get labelsAt(): ReadonlyMap<bigint, readonly string[]> {
    return (this.labelIndex ??= labelsByAddress(this.labels));
  }

  /**
   * The names of the symbols the program's own text holds: values the
   * lowering could not give (a constant from a header it did not find, an
   * import, an expression it does not model). No analysis made them as
   * inputs, so a finding must not rest on one.
   */
  get textSymbols(): ReadonlySet<string> {
    if (this.openNames) return this.openNames;
    let counts: Map<string, number>;
    if (this.countsBase) counts = countsSince(this.countsBase.counts, this.countsBase.items, this.items);
    else {
      counts = new Map();
      for (const item of this.items) countTextSymbols(item, 1, counts);
    }
    this.textCounts = counts;
    this.countsBase = undefined;
    this.openNames = new Set(counts.keys());
    return this.openNames;
  }

  /** The index of the last item at `address`, or -1. */
  private indexAt(address: bigint): number {
    const items = this.items;
    for (let i = this.finger; i <= this.finger + 1 && i < items.length; i++) {
      if ((items[i] as ProgramItem).address === address && (i + 1 === items.length || (items[i + 1] as ProgramItem).address !== address)) return (this.finger = i);
    }
    const i = lastAtOrBelow(items, address);
    if (i < 0 || (items[i] as ProgramItem).address !== address) return -1;
    return (this.finger = i);
  }

  itemAt(address: bigint): ProgramItem<I> | undefined {
    const i = this.indexAt(address);
    return i < 0 ? undefined : this.items[i];
  }

  /** The item laid out right after `item` (the `dd` after an `int 20h`, the fall-through of an instruction). */
  itemAfter(item: ProgramItem<I>): ProgramItem<I> | undefined {
    const i = this.indexAt(item.address);
    return i < 0 ? undefined : this.items[i + 1];
  }

  /**
   * Where control that goes on at `address` lands: there, or, where nothing
   * is laid out there (the rest of a routine's slot), at the next item, as
   * control that runs on past an instruction crosses such a gap.
   */
  landingAt(address: bigint): bigint {
    const i = lastAtOrBelow(this.items, address);
    const before = this.items[i];
    if (before && (before.address === address || address < before.address + BigInt(before.size))) return address;
    return this.items[i + 1]?.address ?? address;
  }

  label(name: string): bigint | undefined {
    return this.labels.get(name);
  }

  labelsAtAddress(address: bigint): readonly string[] {
    return this.labelsAt.get(address) ?? [];
  }

  /** Instruction addresses in [lo, hi], for resolving computed branches. */
  instructionsBetween(lo: bigint, hi: bigint): InstructionItem<I>[] {
    return this.items.filter((it): it is InstructionItem<I> => it.kind === 'instruction' && it.address >= lo && it.address <= hi);
  }

  /** The data item whose bytes hold `address`, and the byte's offset in it. */
  private dataAt(address: bigint): { readonly item: DataItem; readonly offset: number } | undefined {
    const data = this.data();
    // An empty item holds nothing: the one before it at its address may.
    for (let i = lastAtOrBelow(data, address); i >= 0; i--) {
      const item = data[i] as DataItem;
      const offset = Number(address - item.address);
      if (offset < item.size) return { item, offset };
      if (item.size > 0) return undefined;
    }
    return undefined;
  }

  /**
   * The constant bytes of the program's data, as initial memory of a concrete
   * run. Symbolic data (unevaluated equates) reads as unknown.
   */
  readonly image: MemoryImage = Object.assign((address: bigint) => {
    const at = this.dataAt(address);
    return at && bytesOf(at.item.values)[at.offset];
  }, { spans: () => this.dataSpans() });

  /**
   * Initial memory of a procedure analysis: the constant bytes of read-only
   * data only. Writable data reads as unknown there, because other code may
   * have changed it before the procedure runs.
   */
  readonly constantImage: MemoryImage = Object.assign((address: bigint) => {
    const at = this.dataAt(address);
    return at && !at.item.writable ? bytesOf(at.item.values)[at.offset] : undefined;
  }, { spans: () => this.dataSpans(true) });

  private data(): readonly DataItem[] {
    return (this.dataItems ??= this.items.filter((item): item is DataItem => item.kind === 'data'));
  }

  /**
   * The address ranges the data items cover, in order, neighbours as one;
   * `writable`, those of writable data only: a procedure analysis takes
   * read-only data for constants no store changes.
   */
  private dataSpans(writable = false): readonly (readonly [bigint, bigint])[] {
    const made = this.spans[writable ? 1 : 0];
    if (made) return made;
    const spans: [bigint, bigint][] = [];
    for (const item of this.data()) {
      if (item.size === 0 || (writable && !item.writable)) continue;
      const last = spans[spans.length - 1];
      const end = item.address + BigInt(item.size);
      if (last && item.address <= last[1]) { if (end > last[1]) last[1] = end; } else spans.push([item.address, end]);
    }
    return (this.spans[writable ? 1 : 0] = spans);
  }

  /**
   * A stable name for a data address, for the symbols that stand for unknown
   * data: the label there, or the nearest label before it inside the same
   * data item plus the offset (`hBuf`, `table+8`).
   */
  dataName(address: bigint): string | undefined {
    const at = this.labelsAt.get(address)?.[0];
    if (at !== undefined) return at;
    const item = this.containing(address);
    if (!item) return undefined;
    const places = (this.labelPlaces ??= placesOf(this.labelsAt));
    const before = places[lastAtOrBelow(places, address)];
    return before && before.address >= item.address ? `${before.name}+${address - before.address}` : undefined;
  }

  /** `dataName` as one function for the program's life: memories given it share the input names they format. */
  readonly dataNames: AddressNames = (address) => this.dataName(address);

  private containing(address: bigint): DataItem | undefined {
    const item = itemHolding(this.items, address);
    return item?.kind === 'data' ? item : undefined;
  }
}

/** The item of `items` (sorted by address, none overlapping) whose bytes hold `address`. */
export function itemHolding<T extends { readonly address: bigint; readonly size: number }>(items: readonly T[], address: bigint): T | undefined {
  let lo = 0, hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (address < item.address) hi = mid - 1;
    else if (address >= item.address + BigInt(item.size)) lo = mid + 1;
    else return item;
  }
  return undefined;
}
