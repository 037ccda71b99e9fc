import { BINARY_CONSTRUCTORS, add, bv, concat, eq, extract, ite, mask, neg, sym } from './expr.js';
import type { Expr } from './expr.js';
import { exprEquals, symbolsOf } from './key.js';
import { knownBits, fitsBits } from './known-bits.js';
import type { Interval } from './intervals.js';
import type { Memory } from './memory.js';
import { formatExprCut } from './format.js';
import { NameCounts } from './name-counts.js';

// Memory as regions: a region is everything addressed as one symbolic base
// plus a constant offset (the stack frame below the entry ESP, the page block
// at R1, the workspace at R12), or the absolute region for constant addresses.
// Different bases are assumed not to overlap: handler code does not alias its
// stack with its page block, and without that assumption every store through
// one pointer would forget everything read through another. A pointer
// joined from two objects (`ite(c, sp, r11)`) is no base of its own: it is
// one of them, so a load reads each under its arm's condition and a store
// writes each so, keeping the old value under the other.
//
// A base plus an index the path bounds to a few values (a jump table indexed
// by R0, a page-block entry indexed by a counter) is resolved to those cells
// with if-then-else. An index bounded to too many values for that, or
// none, is a stepped store (below). A store at a pointer plus terms no
// bound limits (a pointer stepped by a size the source does not give, a
// table indexed by a count) keeps its own region, and the cells of the
// pointer's region it may reach take its value under the condition that
// the addresses are equal (`storeMaybe`), worked out for a word when the
// word is read; a later store into the object forgets that region, whose
// words it may have overwritten. A store at a constant the program lays data
// out at plus such terms (a table indexed by a count nothing limits) does
// the same to the absolute region, the image's words included
// (`storeAtIndex`).
//
// Reads of bytes never written return fresh input symbols, remembered both in
// the cells (a second read sees the same value) and in `inputs` (witnesses
// name them). Copy-on-write keeps clone() O(1).

export interface MemoryInput {
  readonly symbol: Expr;
  readonly address: Expr;
  readonly bytes: 1 | 2 | 4;
}

export interface MemoryWrite {
  readonly address: Expr;
  readonly value: Expr;
  readonly bytes: 1 | 2 | 4;
}

/** Unsigned bounds of an address term under the current path, if known. */
export type AddressBounds = (term: Expr) => Interval | undefined;

/** Whether a plain symbol is the address of an object the analysis made (what a service returned as a block's address). */
export type KnownAddresses = (symbol: Expr) => boolean;

/** Initial contents of absolute addresses (the program's data), byte by byte. */
export interface MemoryImage {
  (address: bigint): bigint | undefined;
  /**
   * Where the program lays its data out, as [start, end) ranges in address
   * order: a store at one of them plus an index no bound limits may have
   * written any of its words (`storeAtIndex`). Without it, no constant is
   * taken for a table's address.
   */
  readonly spans?: () => readonly (readonly [bigint, bigint])[];
}

/** A stable name for an absolute address (the data label there), for the symbols unknown data reads give. */
export type AddressNames = (address: bigint) => string | undefined;

/** Regions by base: an interned node is its structure, so the node itself is the key; the absolute region's is undefined. */
type Regions = Map<Expr | undefined, Region>;

interface Region {
  readonly base: Expr | undefined;
  readonly cells: Map<bigint, Cell>;
  owner: number;
  /** Stepped stores not yet applied to `cells`: a region holding them owns nothing (`NO_OWNER`), as its cells map is shared. */
  readonly stepped?: Stepped;
}

/** The owner of no memory: a region with stepped stores is copied before it is written. */
const NO_OWNER = 0;

/**
 * A stepped store (`storeMaybe`) kept on the region it may have written,
 * with the ones before it: each word it covers holds `ite(address == word,
 * value, old)`, made when the word is read (`steppedWord`), compared or the
 * region written. A PreGrow loop over a page block stores once per
 * iteration, and each store merged every word of the block when made; the
 * words are read once, at the handler's return or a join, and a word made
 * is kept here for every path that shares the store.
 */
interface Stepped {
  readonly address: Expr;
  readonly value: Expr;
  readonly words: SteppedWords;
  /** The stepped store before this one on the same cells, if not applied yet. */
  readonly below: Stepped | undefined;
  /** This store's word at each start, as its cells, once read. */
  readonly made: Map<bigint, Cell[]>;
}

/**
 * The words a run of stepped stores of one size covers: every word with a
 * byte in the region, each of them whole (no store can add a cell while
 * stepped stores are pending, as every write applies them first).
 */
interface SteppedWords {
  readonly bytes: 1 | 2 | 4;
  /** `bytes` as a bigint, for the offsets. */
  readonly size: bigint;
  readonly starts: ReadonlySet<bigint>;
}

/** The words of `bytes` the region's cells lie in, if every byte of each is a cell. */
function wholeWords(cells: ReadonlyMap<bigint, Cell>, bytes: 1 | 2 | 4): SteppedWords | undefined {
  const size = BigInt(bytes);
  const starts = new Set<bigint>();
  for (const cell of cells.keys()) starts.add(cell - cell % size);
  return starts.size * bytes === cells.size ? { bytes, size, starts } : undefined;
}

/** The cell at `offset`, with the region's stepped stores applied. */
function cellAt(region: Region, offset: bigint): Cell | undefined {
  const stepped = region.stepped;
  if (stepped === undefined || !region.cells.has(offset)) return region.cells.get(offset);
  const start = offset - offset % stepped.words.size;
  return (steppedWord(region, stepped, start) as Cell[])[Number(offset - start)];
}

/**
 * The cells of the word at `start` after the stepped store `top` and those
 * below it: each store's choice between its value and the word before it,
 * as `storeMaybe` made them when it merged every word at once.
 */
function steppedWord(region: Region, top: Stepped, start: bigint): Cell[] {
  const bytes = top.words.bytes;
  const unmade: Stepped[] = [];
  let cells: Cell[] | undefined;
  for (let s: Stepped | undefined = top; s && !cells; s = s.below) {
    cells = s.made.get(start);
    if (!cells) unmade.push(s);
  }
  cells ??= Array.from({ length: bytes }, (_, i) => region.cells.get(start + BigInt(i)) as Cell);
  for (let k = unmade.length - 1; k >= 0; k--) {
    const store = unmade[k] as Stepped;
    const merged = ite(eq(store.address, cellAddress(region.base, start, store.address.width)), store.value, combine(cells));
    cells = Array.from({ length: bytes }, (_, i) => byteOf(merged, i));
    store.made.set(start, cells);
  }
  return cells;
}

/**
 * A byte two paths' memories hold differently, `ite(selector, mine,
 * theirs)`, made when first read: of the bytes joins make, about one in a
 * hundred is ever loaded (most are joined again or dropped with their
 * path), and making each as an interned node was most of a join's cost.
 * The selector is never a constant (`joinedByte`), so the node made is
 * exactly that `ite`, which `sameCell` relies on.
 */
class JoinedByte {
  private made: Expr | undefined;
  /**
   * The word `joinedWord` made of the bytes loaded with this one: a chain of
   * joins loads each level's words again for the next, which without them
   * were made once per path through the chain.
   */
  word: { readonly parts: readonly Cell[]; readonly value: Expr } | undefined;

  constructor(readonly selector: Expr, readonly mine: Cell, readonly theirs: Cell) {}

  get value(): Expr {
    this.made ??= ite(this.selector, valueOf(this.mine), valueOf(this.theirs));
    return this.made;
  }
}

/** A fresh input's name before its count, and the count: the symbol is `name#count`, or `name` for the first. */
interface InputName {
  readonly name: string;
  readonly count: number;
}

function counted(input: InputName): string {
  return input.count === 0 ? input.name : `${input.name}#${input.count}`;
}

/**
 * An input a join reads for the side that never touched a byte: named
 * (its number taken) when read, its symbol made when first asked for, as
 * most are an arm of a joined byte never read.
 */
class PendingInput {
  private made: Expr | undefined;
  readonly name: string;

  constructor(readonly read: InputName) {
    this.name = counted(read);
  }

  get value(): Expr {
    this.made ??= sym(this.name, 8);
    return this.made;
  }
}

/**
 * Byte `low / 8` of a stored or loaded word, `extract(whole, low, 8)`, made
 * when read alone: a load of the word the bytes were cut from puts them
 * back together without it (`combine`), and most bytes are read only so.
 * The words a run of stepped stores (`Stepped`) makes are cut so too,
 * and each is read whole as the next store's old word.
 */
class StoredByte {
  private made: Expr | undefined;

  constructor(readonly whole: Expr, readonly low: number) {}

  get value(): Expr {
    this.made ??= extract(this.whole, this.low, 8);
    return this.made;
  }
}

/**
 * A byte of an input a load read where nothing was stored, the cell it
 * filled: the place of the read, as a cell stays where it is made (a store
 * makes cells of its own). A join reads it for the other side, where that
 * side never named the input (`byteAt`).
 */
class ReadByte extends StoredByte {
  constructor(whole: Expr, low: number, readonly read: InputName) {
    super(whole, low);
  }
}

/** A byte of memory: a value, a slice of a word, a join's `ite` or an input a join read, the last three not made yet. */
type Cell = Expr | StoredByte | JoinedByte | PendingInput;

function valueOf(cell: Cell): Expr {
  return cell instanceof StoredByte || cell instanceof JoinedByte || cell instanceof PendingInput ? cell.value : cell;
}

/** Whether a cell is `extract(whole, low, 8)`, made or not. */
function isSlice(cell: Cell, whole: Expr, low: number): boolean {
  if (cell instanceof StoredByte) return cell.whole === whole && cell.low === low;
  // A byte's only slice is the byte (a `ReadByte` of a one-byte input).
  if (low === 0 && whole.width === 8) return cell instanceof PendingInput ? whole.kind === 'sym' && whole.name === cell.name : cell === whole;
  return !(cell instanceof JoinedByte || cell instanceof PendingInput) && cell.kind === 'extract' && cell.arg === whole && cell.low === low;
}

/** `ite(selector, mine, theirs)` as a cell; `ite` folds a constant selector, and so does this. */
function joinedByte(selector: Expr, mine: Cell, theirs: Cell): Cell {
  if (selector.kind === 'const') return selector.value ? mine : theirs;
  return new JoinedByte(selector, mine, theirs);
}

/**
 * Whether two cells hold the same value (`exprEquals` of their values),
 * without making the nodes of slices, joined bytes or pending inputs: an
 * interned extract is its word and place, an `ite` its selector and arms,
 * and a symbol its name and width, so two cells are the same value exactly
 * when those are.
 */
function sameCell(x: Cell, y: Cell): boolean {
  if (x === y) return true;
  if (x instanceof StoredByte) return isSlice(y, x.whole, x.low);
  if (y instanceof StoredByte) return isSlice(x, y.whole, y.low);
  if (x instanceof JoinedByte) {
    if (y instanceof JoinedByte) return x.selector === y.selector && sameCell(x.mine, y.mine) && sameCell(x.theirs, y.theirs);
    return !(y instanceof PendingInput) && isJoinedAs(y, x);
  }
  if (x instanceof PendingInput) return y instanceof PendingInput ? x.name === y.name : !(y instanceof JoinedByte) && isInput(y, x);
  if (y instanceof JoinedByte) return isJoinedAs(x, y);
  if (y instanceof PendingInput) return isInput(x, y);
  return exprEquals(x, y);
}

function isJoinedAs(e: Expr, joined: JoinedByte): boolean {
  return e.kind === 'ite' && e.cond === joined.selector && sameCell(joined.mine, e.then) && sameCell(joined.theirs, e.else);
}

/**
 * Whether a cell is a byte of an input read where it lies, that a side whose
 * counts of input names are `names` never named: nothing on that side's
 * paths constrains it.
 */
function unnamedInput(cell: Cell, names: NameCounts): boolean {
  const read = cell instanceof ReadByte || cell instanceof PendingInput ? cell.read : undefined;
  return read !== undefined && names.get(read.name) <= read.count;
}

function isInput(e: Expr, input: PendingInput): boolean {
  return e.kind === 'sym' && e.width === 8 && e.name === input.name;
}

interface List<T> {
  readonly head: T;
  readonly tail: List<T> | undefined;
  readonly length: number;
}

function push<T>(list: List<T> | undefined, head: T): List<T> {
  return { head, tail: list, length: (list?.length ?? 0) + 1 };
}

function toArray<T>(list: List<T> | undefined, count = list?.length ?? 0): T[] {
  const out: T[] = [];
  for (let l = list; l && out.length < count; l = l.tail) out.push(l.head);
  return out.reverse();
}

/** How many cells a bounded index may spread over before the region is given up. */
const MAX_INDEX_VALUES = 64n;

let owners = 0;

interface Split {
  readonly base: Expr | undefined;
  readonly index: Expr | undefined;
  readonly offset: bigint;
}

/**
 * An input as the memory records it: the address is made when asked for,
 * since most inputs (the bytes a join fills in for the side that never read
 * them) are never asked.
 */
class RecordedInput implements MemoryInput {
  private made: Expr | undefined;

  constructor(private readonly input: Expr | PendingInput, readonly bytes: 1 | 2 | 4, private readonly base: Expr | undefined, private readonly offset: bigint, private readonly width: number) {}

  get symbol(): Expr {
    return this.input instanceof PendingInput ? this.input.value : this.input;
  }

  get address(): Expr {
    this.made ??= this.base ? add(this.base, bv(this.offset, this.width)) : bv(this.offset, this.width);
    return this.made;
  }
}

/** The names inputs read at one address get before their count: the address part, and the whole name by size in bytes (`mem8[hBuf]`). */
interface AddressName {
  readonly text: string;
  readonly sized: (string | undefined)[];
}

/** Input names by base and offset. */
type InputNames = Map<Expr | undefined, Map<bigint, AddressName>>;

/**
 * Input names by the naming of data addresses they were made with (one per
 * program) and the memory's prefix: every entry point's exploration reads
 * the same stack and data cells for its joins, and making their names again
 * per entry point was a visible part of an open. Without a naming a memory
 * keeps its own.
 */
const namesByNaming = new WeakMap<AddressNames, Map<string, InputNames>>();

function namesNamedBy(addressNames: AddressNames, prefix: string): InputNames {
  let byPrefix = namesByNaming.get(addressNames);
  if (!byPrefix) {
    byPrefix = new Map();
    namesByNaming.set(addressNames, byPrefix);
  }
  let names = byPrefix.get(prefix);
  if (!names) {
    names = new Map();
    byPrefix.set(prefix, names);
  }
  return names;
}

export class SymbolicMemory implements Memory {
  private regions: Regions;
  private regionsOwner: number;
  private owner = ++owners;
  private inputList: List<MemoryInput> | undefined;
  private writeList: List<MemoryWrite> | undefined;
  private bounds: AddressBounds | undefined;
  private addresses: KnownAddresses | undefined;
  private names: NameCounts;
  /** Shared by a memory's clones and joins, and by all memories given the same `addressNames` and prefix, which name inputs alike. */
  private readonly inputNames: InputNames;
  /** The layer of `names` this memory may write to is its own only while this matches `owner`. */
  private namesOwner: number;

  constructor(readonly image: MemoryImage = () => undefined, private readonly prefix = 'mem', private readonly addressNames?: AddressNames) {
    this.regions = new Map();
    this.regionsOwner = this.owner;
    this.names = NameCounts.empty();
    this.namesOwner = this.owner;
    this.inputNames = addressNames ? namesNamedBy(addressNames, prefix) : new Map();
  }

  clone(): SymbolicMemory {
    const c = this.copy();
    // Neither copy owns the shared structures any more: the next write on either side copies.
    this.owner = ++owners;
    return c;
  }

  /** A copy sharing this memory's structures under an owner of its own, so its writes copy them first. */
  private copy(): SymbolicMemory {
    // A subclass's copy stays of that subclass.
    const c = Object.create(Object.getPrototypeOf(this) as object) as SymbolicMemory;
    Object.assign(c, this);
    c.owner = ++owners;
    return c;
  }

  /**
   * The analysis says which symbols are addresses of objects it made (a
   * service's block), before the exploration starts; clones and joins keep it.
   */
  useAddresses(addresses: KnownAddresses): void {
    this.addresses = addresses;
  }

  /** The exploration points this at the current path's solver before each step. */
  useBounds(bounds: AddressBounds | undefined): void {
    this.bounds = bounds;
  }

  get inputs(): readonly MemoryInput[] {
    return toArray(this.inputList);
  }

  /** A mark for `writesSince` (the number of stores so far). */
  get writeCount(): number {
    return this.writeList?.length ?? 0;
  }

  writesSince(mark: number): MemoryWrite[] {
    const all = this.writeList?.length ?? 0;
    return toArray(this.writeList, all - mark);
  }

  load(address: Expr, bytes: 1 | 2 | 4): Expr {
    const split = this.split(address);
    const choice = this.choiceIn(address, split);
    if (choice === TOO_MANY_PLACES) return this.inputAt(address, bytes).symbol;
    if (choice) return ite(choice.cond, this.load(choice.then, bytes), this.load(choice.else, bytes));
    const offsets = this.indexValues(split);
    if (offsets === undefined) return this.loadAt(split.base, split.offset, bytes, address.width, address);
    const [first, ...rest] = offsets;
    const index = split.index;
    if (first === undefined || !index) return this.inputAt(address, bytes).symbol;
    const cases = new Map(offsets.map((v) => [eq(index, bv(v, index.width)), v]));
    // Each cell is read where the index is its own, so a store's choice at
    // that index is decided: the value read back is what was stored, not a
    // choice between it and the old word, which named no handle.
    const at = (v: bigint): Expr => decidedAt(this.loadAt(split.base, split.offset + v, bytes, address.width), cases, v);
    let value = at(first);
    for (const v of rest) {
      const cell = at(v);
      if (cell !== value) value = ite(eq(index, bv(v, index.width)), cell, value);
    }
    return value;
  }

  /**
   * What a clone's `load` gives, without the clone: a clone takes every
   * region from this memory too (the next store into one copies it), and
   * a check that reads a cell after a step and drops what it read cost the
   * path a copy of each region it wrote next. The load runs on a copy
   * that this memory keeps owning its structures beside, so whatever it
   * records (an input, the cells it fills) is the copy's, dropped with it.
   */
  peek(address: Expr, bytes: 1 | 2 | 4): Expr {
    return this.copy().load(address, bytes);
  }

  isObject(value: Expr): boolean {
    return value.kind === 'sym' && ((this.regions.get(value)?.cells.size ?? 0) > 0 || this.addresses?.(value) === true);
  }

  /** The offsets from `base` (a region's pointer symbol) of the bytes this memory holds there: stored, or read as inputs. */
  offsetsHeld(base: Expr): bigint[] {
    return [...(this.regions.get(base)?.cells.keys() ?? [])];
  }

  /** Whether `e` is a value read from bytes this memory knows nothing of (never stored, or forgotten): an input, not what a store left. */
  isInput(e: Expr): boolean {
    return e.kind === 'sym' && e.name.startsWith(this.prefix) && /^(8|16|32)\[/.test(e.name.slice(this.prefix.length));
  }

  store(address: Expr, value: Expr, bytes: 1 | 2 | 4, index?: Expr): void {
    if (value.width !== bytes * 8) throw new Error(`store: ${value.width}-bit value into ${bytes} bytes`);
    this.writeList = push(this.writeList, { address, value, bytes });
    this.place(address, value, bytes, index ? indexSymbols(index) : NO_INDEXES);
  }

  /**
   * A write of `value` at `address` + `step`, a step nothing bounds, that
   * may have changed every word of the object `address` points into from
   * `address` up (a SWI filling a block no register table describes: it
   * writes its entries from the address it is given, as far as it needs,
   * which nothing here knows, so a stack block reaches the registers pushed
   * above it). Those words are forgotten, the ones below the address kept:
   * each word a load reads there after it is an input of its own, where a
   * stepped store would make each word hold this one value or its old one,
   * and a loop that calls the SWI on each pass nest those choices pass
   * after pass. The object's words at an index (`p + i*4`) may be any, and
   * are forgotten. Absolute memory is the image where forgotten, so there
   * the write is a store at an index nothing bounds (`storeAtIndex`), or,
   * off the program's data, one that may have written each word absolute
   * memory holds.
   */
  clobber(address: Expr, step: Expr, value: Expr): void {
    const { terms, offset } = termsOfAddress(unmasked(address));
    if (terms.length > 0) {
      const object = sum(terms) as Expr;
      const { base } = this.split(address);
      for (const other of [base, ...this.sharing(address, object)]) if (other !== object) this.forget(other);
      this.forgetFrom(object, offset);
      return;
    }
    const at = add(address, step);
    if (!this.storeAtIndex(at, value, 4) && this.regions.has(undefined)) this.mayHaveWritten(undefined, { terms: [at], offset: 0n }, at, value, 4);
  }

  /**
   * A store's effect on the cells: at a choice between objects, each
   * object's word takes the value under its arm's condition and keeps its
   * old value under the other.
   */
  private place(address: Expr, value: Expr, bytes: 1 | 2 | 4, indexes: readonly Expr[]): void {
    const split = this.split(address);
    const choice = this.choiceIn(address, split);
    if (choice === TOO_MANY_PLACES) {
      // A place's split base, and each region of the objects it adds to (a store there may reach them too: `sharing`).
      for (const place of placesOf(address)) for (const base of [this.split(place).base, ...this.sharing(place, undefined, indexes)]) this.forget(base);
      return;
    }
    if (choice) {
      this.place(choice.then, ite(choice.cond, value, this.load(choice.then, bytes)), bytes, indexes);
      this.place(choice.else, ite(choice.cond, this.load(choice.else, bytes), value), bytes, indexes);
      return;
    }
    const offsets = this.indexValues(split);
    if (offsets === undefined) {
      this.storeMaybe(address, split.base, value, bytes, indexes);
      if (split.base) this.storeAtIndex(address, value, bytes);
      const region = this.writable(split.base);
      for (let i = 0; i < bytes; i++) region.cells.set(split.offset + BigInt(i), byteOf(value, i));
      return;
    }
    if (!split.index || offsets.length === 0) {
      // Too many cells to split on, each a case of its own: the cells the
      // object's regions already have take the value where the address is theirs.
      if (split.base) this.storeMaybe(address, undefined, value, bytes, indexes);
      else if (!this.storeAtIndex(address, value, bytes)) this.forget(split.base);
      return;
    }
    this.storeMaybe(address, split.base, value, bytes, indexes);
    const m = mask(address.width);
    for (const v of offsets) {
      // Wrapped as `loadAt` reads it: a slot below the offset (`[esi+ebx*4-4]`) is a cell below it, not one past 2^32.
      const at = (split.offset + v) & m;
      // An index the path bounds to one value is that value, as `load` reads it: a choice with the
      // old bytes would be one the path never takes, and an overlapping copy through a replayed
      // witness's pinned pointer nested each word it stored in the last, a level per iteration.
      const stored = offsets.length === 1 ? value : ite(eq(split.index, bv(v, split.index.width)), value, this.loadAt(split.base, at, bytes, address.width));
      const region = this.writable(split.base);
      for (let i = 0; i < bytes; i++) region.cells.set((at + BigInt(i)) & m, byteOf(stored, i));
    }
  }

  /**
   * Whether a load or store at `address` reaches one place: a cell of a
   * pointer's region, or an index the path bounds to one value. A bounded
   * index of several values is a choice between cells, and a store at a
   * base that is not a plain symbol, or at an index no bound limits, may
   * also land in another region's cells.
   */
  onePlace(address: Expr): boolean {
    const split = this.split(address);
    const offsets = this.indexValues(split);
    return offsets === undefined ? split.base === undefined || split.base.kind === 'sym' : offsets.length === 1;
  }

  /** Same contents, cell by cell (for subsumption and joins). */
  sameAs(other: SymbolicMemory): boolean {
    if (this.regions === other.regions) return true;
    const keys = new Set([...this.regions.keys(), ...other.regions.keys()]);
    for (const k of keys) {
      const a = this.regions.get(k), b = other.regions.get(k);
      if (sameRegion(a, b)) continue;
      if (!a || !b || a.cells.size !== b.cells.size) return false;
      for (const off of a.cells.keys()) {
        const w = cellAt(b, off);
        if (!w || !sameCell(cellAt(a, off) as Cell, w)) return false;
      }
    }
    return true;
  }

  /**
   * One memory for two paths that split on `selector` (1 on this memory's
   * paths): a cell the two hold differently becomes `ite(selector, mine,
   * theirs)`. A cell only one side has reads on the other side as what a load
   * there would give (the image's byte, else a fresh input), so that side
   * takes the value now. Undefined when the memories do not come from one
   * start (another image or subclass), where cell-by-cell means nothing.
   */
  joinWith(other: SymbolicMemory, selector: Expr): SymbolicMemory | undefined {
    if (Object.getPrototypeOf(this) !== Object.getPrototypeOf(other) || this.image !== other.image
      || this.prefix !== other.prefix || this.addressNames !== other.addressNames) return undefined;
    const mine = this.clone(), theirs = other.clone();
    const names = mine.ownNames();
    names.raiseTo(other.names);
    // Both sides name the inputs they read into one table, so no name is given twice.
    theirs.names = names;
    theirs.namesOwner = theirs.owner;
    // Regions and cells in the order a union of both sides' keys has, mine first: the inputs
    // a side reads for the other's cells are made in that order, and later joins walk it.
    for (const [base, a] of this.regions) mine.joinRegion(theirs, base, a, other.regions.get(base), selector, this.names, other.names);
    for (const [base, b] of other.regions) if (!this.regions.has(base)) mine.joinRegion(theirs, base, undefined, b, selector, this.names, other.names);
    mine.inputList = mergeLists(mine.inputList, theirs.inputList);
    // The stores of either side are that side's trace; joins happen only without traces.
    mine.writeList = undefined;
    return mine;
  }

  /** Joins one region of this memory (a copy of `a`'s) with `b` of `theirs`; see `joinWith`. `myNames` and `theirNames`: each side's counts of input names before the join. */
  private joinRegion(
    theirs: SymbolicMemory, base: Expr | undefined, a: Region | undefined, b: Region | undefined, selector: Expr, myNames: NameCounts, theirNames: NameCounts,
  ): void {
    if (sameRegion(a, b)) return;
    // The joined cells are made in one pass into a map of their own, where a
    // copy of `a`'s (the first write after `clone`) was walked, then
    // overwritten at most of its cells: the same keys in the same order.
    const cells = new Map<bigint, Cell>();
    // Callbacks, not `for…of`: an entry array per cell walked was a tenth of a join's garbage.
    a?.cells.forEach((cell, off) => {
      const x = a.stepped ? cellAt(a, off) as Cell : cell;
      const y = (b ? cellAt(b, off) : undefined) ?? theirs.byteAt(base, off, x, theirNames);
      cells.set(off, sameCell(x, y) ? x : joinedByte(selector, x, y));
    });
    b?.cells.forEach((cell, off) => {
      if (a?.cells.has(off)) return;
      const y = b.stepped ? cellAt(b, off) as Cell : cell;
      const x = this.byteAt(base, off, y, myNames);
      cells.set(off, sameCell(x, y) ? x : joinedByte(selector, x, y));
    });
    this.own(base, cells);
  }

  /**
   * The byte a load at `base`+`offset` gives now (recording the input it may
   * make, as a `PendingInput`), left out of the cells: the join sets the
   * cell on its own side, and the other side is a copy it discards, whose
   * region a filled cell would have copied first.
   *
   * Where that would be an input and the other side's cell there (`theirs`)
   * is a byte of an input read there that this side never named (`names`,
   * its counts before the join), the byte is that cell: nothing on this
   * side's paths constrains that input, so naming this side's unknown byte
   * by it describes the same states, where a fresh input made the cell a
   * choice between two unknowns. The choice named the join's selector, and
   * a loop that calls a routine reading a table its own passes read in part
   * (`mov eax, Tbl[esi*4]`) carried it into every later load of the table
   * and every branch on one, deeper at each pass. An input's byte stands at
   * one place only, its read's, so no two bytes of this side take one name.
   */
  private byteAt(base: Expr | undefined, offset: bigint, theirs?: Cell, names?: NameCounts): Cell {
    const width = base?.width ?? 32;
    const at = offset & mask(width);
    const region = this.regions.get(base);
    const cell = region ? cellAt(region, at) : undefined;
    if (cell !== undefined) return cell;
    const initial = base ? undefined : this.image(at);
    if (initial !== undefined) return bv(initial, 8);
    if (theirs !== undefined && names !== undefined && unnamedInput(theirs, names)) return theirs;
    const input = new PendingInput(this.freshInput(this.offsetName(base, at, 1)));
    this.inputList = push(this.inputList, new RecordedInput(input, 1, base, offset, width));
    return input;
  }

  /**
   * A copy where every cell that differs from `reference` holds a fresh byte
   * from `freshByte`, and regions `reference` does not have are forgotten:
   * the loop-head widening of memory.
   */
  widenAgainst(reference: SymbolicMemory, freshByte: (hint: string) => Expr): SymbolicMemory {
    const out = this.clone();
    for (const [k, region] of this.regions) {
      const ref = reference.regions.get(k);
      if (!ref) { out.forget(region.base); continue; }
      if (sameRegion(region, ref)) continue;
      const target = out.writable(region.base);
      for (const off of new Set([...region.cells.keys(), ...ref.cells.keys()])) {
        const a = cellAt(region, off), b = cellAt(ref, off);
        if (a && b && sameCell(a, b)) continue;
        target.cells.set(off, freshByte(this.offsetName(region.base, off, 1)));
      }
    }
    return out;
  }

  /**
   * Forgets every region but the one `address` lies in, so that what they
   * held reads as fresh inputs: the effect on memory of code the run does
   * not see (a call it skips), which keeps its caller's stack frame.
   * Read-only data still reads from the image.
   */
  forgetAllBut(address: Expr): void {
    const kept = this.split(address).base;
    for (const base of [...this.regions.keys()]) if (base !== kept) this.forget(base);
  }

  /**
   * Whether every value this memory can hold, `wider` can hold too, given
   * that the symbols `isFree` says so of (a widening's fresh bytes, or bytes
   * of its fresh words) are unconstrained: a joined byte, an `ite`, is not
   * asked about, which would make it.
   */
  coveredBy(wider: SymbolicMemory, isFree: (e: Expr) => boolean): boolean {
    for (const [k, region] of wider.regions) {
      const mine = this.regions.get(k);
      for (const off of region.cells.keys()) {
        const v = cellAt(region, off) as Cell;
        if (!(v instanceof JoinedByte) && isFree(valueOf(v))) continue;
        const m = mine ? cellAt(mine, off) : undefined;
        if (!m || !sameCell(m, v)) return false;
      }
    }
    return true;
  }

  /** Adds to `into` the names of the symbols the memory's bases and cells hold, but for cells `skip` says to leave out. */
  symbolNames(into: Set<string>, skip: (e: Expr) => boolean): void {
    for (const region of this.regions.values()) {
      if (region.base) for (const name of symbolsOf(region.base).keys()) into.add(name);
      for (const off of region.cells.keys()) {
        const cell = cellAt(region, off) as Cell;
        const value = valueOf(cell);
        if (cell instanceof JoinedByte || !skip(value)) for (const name of symbolsOf(value).keys()) into.add(name);
      }
    }
  }

  /**
   * The choice between objects `address` makes, where the split found no
   * region for it (a base that is no plain symbol): a pointer joined from
   * two objects (`ite(c, sp, r11)` after `MOVNE r11, sp`) is one of them,
   * each a region of its own. As a region of its own, the choice was an
   * object that stores at either arm never reached, and whose stores
   * neither arm saw.
   */
  private choiceIn(address: Expr, split: Split): Choice | typeof TOO_MANY_PLACES | undefined {
    if (split.base === undefined || split.base.kind === 'sym') return undefined;
    const choice = choiceOf(address);
    return choice && placeCount(address) > MAX_CHOICE_PLACES ? TOO_MANY_PLACES : choice;
  }

  private split(address: Expr): Split {
    const { terms, offset } = termsOfAddress(address);
    if (terms.length === 0) return { base: undefined, index: undefined, offset };
    if (this.bounds) {
      // Prefer a plain symbol as the pointer and the rest as a bounded index.
      for (let i = -1; i < terms.length; i++) {
        const base = i >= 0 ? terms[i] : undefined;
        if (base && base.kind !== 'sym') continue;
        const index = sum(terms.filter((_, j) => j !== i));
        if (index && this.smallRange(index)) return { base, index, offset };
      }
    }
    return { base: sum(terms), index: undefined, offset };
  }

  /**
   * A store's effect on the regions of its object besides `own`, the one
   * it lands in (`sharing`). One whose base is a pointer the address adds
   * terms no bound limits to (`STR r8, [r3], #Size` with Size unknown walks
   * the page block) may have had any cell written, so each cell it can
   * reach may hold the value (`mayHaveWritten`). One at an index into the
   * object (`STR r2, [r1, r3, LSL #2]`) is forgotten: left alone, a load
   * there after `STR r0, [r1, #4]` read the word the store may have
   * overwritten, and a choice merged into each of its words at each store
   * to the object cost a loop over a table more than what it told.
   */
  private storeMaybe(address: Expr, own: Expr | undefined, value: Expr, bytes: 1 | 2 | 4, indexes: readonly Expr[]): void {
    const { terms } = termsOfAddress(unmasked(address));
    for (const base of this.sharing(address, own, indexes)) {
      if (terms.includes(base)) this.mayHaveWritten(base, stepFrom(address, base), address, value, bytes);
      else this.forget(base);
    }
  }

  /**
   * The bases of the regions but `own` that lie in an object `address`
   * points into (`sameObject`), its terms taken as they are and without an
   * ARM word store's mask. Other regions are other objects, which this
   * memory takes never to overlap. `indexes`: the plain symbols the access
   * added to its base register, none of them a pointer.
   */
  private sharing(address: Expr, own: Expr | undefined, indexes: readonly Expr[] = NO_INDEXES): Expr[] {
    const lists = [termsOfAddress(address).terms];
    const bare = unmasked(address);
    if (bare !== address) lists.push(termsOfAddress(bare).terms);
    const out: Expr[] = [];
    if (lists.every((terms) => terms.length === 0)) return out;
    for (const base of this.regions.keys()) {
      if (base === undefined || base === own) continue;
      const theirs = base.kind === 'binary' && base.op === 'add' ? termsOfAddress(base).terms : [base];
      if (lists.some((terms) => sameObject(terms, theirs, indexes))) out.push(base);
    }
    return out;
  }

  /** Forgets the cells of the region at `base` from `from` up, as signed offsets (a stack block lies below its base), keeping those below. */
  private forgetFrom(base: Expr, from: bigint): void {
    const region = this.regions.get(base);
    if (!region) return;
    const signed = (offset: bigint): bigint => BigInt.asIntN(base.width, offset);
    const start = signed(from);
    const kept = new Map<bigint, Cell>();
    region.cells.forEach((_, offset) => {
      if (signed(offset) < start) kept.set(offset, cellAt(region, offset) as Cell);
    });
    if (kept.size === 0) this.forget(base);
    else this.own(base, kept);
  }

  /**
   * A store at a constant the program lays data out at plus terms no bound
   * limits to a few values (`STR r0, [r1, r2, LSL #2]` after `ADR r1,
   * table`, `mov [Table+eax*4], ecx`): besides the cell its own split gives
   * it, it may have written any word of absolute memory those terms reach,
   * as a pointer's stepped store may any of its region's (`storeMaybe`).
   * The image's words it may reach become cells first: left to the image,
   * a load after it read what the program started with. False where the
   * address is no such constant plus terms.
   */
  private storeAtIndex(address: Expr, value: Expr, bytes: 1 | 2 | 4): boolean {
    const { terms, offset } = termsOfAddress(unmasked(address));
    const spans = this.image.spans?.();
    if (terms.length === 0 || !spans?.some(([start, end]) => offset >= start && offset < end)) return false;
    const width = address.width, m = mask(width), size = BigInt(bytes);
    const range = this.bounds?.(sum(terms) as Expr);
    // A byte the store may cover: the terms' range from the constant, and the store's own bytes past it.
    const reaches = (at: bigint): boolean => !range || ((at - offset - range[0]) & m) < range[1] - range[0] + size;
    const held = this.regions.get(undefined)?.cells;
    const added: ImageByte[] = [];
    for (const byte of imageBytes(this.image, spans)) if (!held?.has(byte.at) && reaches(byte.at)) added.push(byte);
    if (added.length > 0) {
      const target = this.writable(undefined);
      for (const { at, value: initial } of added) target.cells.set(at, bv(initial, 8));
      // Each word those bytes lie in whole, as a stepped store keeps its words: a byte outside the image reads an input.
      for (const { at } of added) {
        const word = at - at % size;
        for (let i = 0n; i < size; i++) if (!target.cells.has(word + i)) { this.loadAt(undefined, word, bytes, width); break; }
      }
    }
    if (this.regions.has(undefined)) this.mayHaveWritten(undefined, { terms: [unmasked(address)], offset: 0n }, address, value, bytes);
    return true;
  }

  /**
   * Each cell of the region at `base` a store at `address`, `step` from
   * the base (the terms and offset it adds up), can reach becomes "the stored value if the address was this
   * cell's, else the old value": the solver decides, not the layout. A
   * word-aligned address reaches word-aligned offsets only. Where every
   * word it reaches is whole, the store is kept on the region and the
   * words are made when read (`Stepped`); else (a word with a byte never
   * written reads an input now, whose name depends on when) they are
   * merged at once.
   */
  private mayHaveWritten(base: Expr | undefined, step: Terms, address: Expr, value: Expr, bytes: 1 | 2 | 4): void {
    const size = BigInt(bytes);
    const alignedBits = (e: Expr): boolean => (knownBits(e).zeros & (size - 1n)) === size - 1n;
    let region = this.regions.get(base) as Region;
    // Cells are offsets from the base, so a step from it that keeps the word alignment reaches whole words of the region whatever the base's own alignment.
    const aligned = alignedBits(address) || (step.terms.every(alignedBits) && step.offset % size === 0n);
    if (aligned) {
      if (region.stepped && region.stepped.words.bytes !== bytes) region = this.writable(base);
      const words = region.stepped?.words ?? wholeWords(region.cells, bytes);
      if (words) {
        this.setRegion({ base, cells: region.cells, owner: NO_OWNER, stepped: { address, value, words, below: region.stepped, made: new Map() } });
        return;
      }
    }
    const width = address.width, m = mask(width);
    const starts = new Set<bigint>();
    // Offsets are below 2^width, so a word-aligned store's one start covering a cell is the cell rounded down.
    for (const cell of region.cells.keys()) {
      if (aligned) starts.add(cell - cell % size);
      else for (let j = 0n; j < size; j++) starts.add((cell - j) & m);
    }
    for (const at of [...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const old = this.loadAt(base, at, bytes, width);
      const target = this.writable(base);
      const merged = ite(eq(address, cellAddress(base, at, width)), value, old);
      for (let i = 0; i < bytes; i++) target.cells.set((at + BigInt(i)) & m, byteOf(merged, i));
    }
  }

  private smallRange(index: Expr): boolean {
    const r = this.bounds?.(index);
    return r !== undefined && r[1] - r[0] < MAX_INDEX_VALUES * 16n;
  }

  /** The values a bounded index can take (agreeing with its known bits), or undefined for no index. */
  private indexValues(split: Split): bigint[] | undefined {
    if (!split.index) return undefined;
    const r = this.bounds?.(split.index);
    if (!r) return [];
    const bits = knownBits(split.index);
    const out: bigint[] = [];
    for (let v = r[0]; v <= r[1]; v++) {
      if (!fitsBits(bits, v)) continue;
      if (BigInt(out.length) >= MAX_INDEX_VALUES) return [];
      out.push(v);
    }
    return out;
  }

  /**
   * The bytes at `base` + `offset` (addresses of `width` bits); bytes never
   * written make one fresh input, named by `named` (the load's own address)
   * or else by base and offset, and fill the cells they were read for.
   */
  private loadAt(base: Expr | undefined, offset: bigint, bytes: 1 | 2 | 4, width: number, named?: Expr): Expr {
    const region = this.regions.get(base);
    const parts: (Cell | undefined)[] = [];
    let missing = false;
    for (let i = 0; i < bytes; i++) {
      const at = (offset + BigInt(i)) & mask(width);
      let part = region ? cellAt(region, at) : undefined;
      if (part === undefined && !base) {
        const initial = this.image(at);
        if (initial !== undefined) part = bv(initial, 8);
      }
      if (part === undefined) missing = true;
      parts.push(part);
    }
    if (missing) {
      let input: Expr, read: InputName;
      if (named) ({ symbol: input, read } = this.inputAt(named, bytes));
      else {
        read = this.freshInput(this.offsetName(base, offset & mask(width), bytes));
        input = sym(counted(read), bytes * 8);
        this.inputList = push(this.inputList, new RecordedInput(input, bytes, base, offset, width));
      }
      const target = this.writable(base);
      for (let i = 0; i < bytes; i++) {
        if (parts[i] !== undefined) continue;
        const piece = new ReadByte(input, 8 * i, read);
        parts[i] = piece;
        target.cells.set((offset + BigInt(i)) & mask(width), piece);
      }
    }
    return combine(parts as Cell[]);
  }

  /** The address part of the name of an input read at `address`: the data label there, else the address. */
  private inputName(address: Expr): string {
    return (address.kind === 'const' ? this.addressNames?.(address.value) : undefined) ?? addressText(address);
  }

  /** The name of an input of `bytes` read at `base` + `offset`, kept (see `namesByNaming`): joins read the same cells of the same regions again and again. */
  private offsetName(base: Expr | undefined, offset: bigint, bytes: 1 | 2 | 4): string {
    let names = this.inputNames.get(base);
    if (!names) {
      names = new Map();
      this.inputNames.set(base, names);
    }
    let name = names.get(offset);
    if (name === undefined) {
      name = { text: this.inputName(base ? add(base, bv(offset, base.width)) : bv(offset, 32)), sized: [] };
      names.set(offset, name);
    }
    return name.sized[bytes] ??= this.sizedName(name.text, bytes);
  }

  /** The name of an input of `bytes` at the address `addressName` names, before its count. */
  private sizedName(addressName: string, bytes: 1 | 2 | 4): string {
    return `${this.prefix}${bytes * 8}[${addressName}]`;
  }

  /** A fresh input read at `address`, recorded, and its name. */
  private inputAt(address: Expr, bytes: 1 | 2 | 4): { readonly symbol: Expr; readonly read: InputName } {
    const read = this.freshInput(this.sizedName(this.inputName(address), bytes));
    const symbol = sym(counted(read), bytes * 8);
    this.inputList = push(this.inputList, { symbol, address, bytes });
    return { symbol, read };
  }

  /** `name` counted past the inputs of that name before. */
  private freshInput(name: string): InputName {
    const names = this.ownNames();
    const count = names.get(name);
    names.set(name, count + 1);
    return { name, count };
  }

  private ownNames(): NameCounts {
    if (this.namesOwner !== this.owner) {
      this.names = this.names.layer();
      this.namesOwner = this.owner;
    }
    return this.names;
  }

  /** The region at `base`, this memory's own to write, its stepped stores applied. */
  private writable(base: Expr | undefined): Region {
    const regions = this.ownRegions();
    let region = regions.get(base);
    if (!region) {
      region = { base, cells: new Map(), owner: this.owner };
      regions.set(base, region);
    } else if (region.owner !== this.owner) {
      region = { base, cells: copyOf(region), owner: this.owner };
      regions.set(base, region);
    }
    return region;
  }

  /** Makes `cells`, a map nothing else holds, this memory's region at `base`. */
  private own(base: Expr | undefined, cells: Map<bigint, Cell>): void {
    this.setRegion({ base, cells, owner: this.owner });
  }

  private setRegion(region: Region): void {
    this.ownRegions().set(region.base, region);
  }

  private forget(base: Expr | undefined): void {
    this.ownRegions().delete(base);
  }

  private ownRegions(): Regions {
    if (this.regionsOwner !== this.owner) {
      this.regions = new Map(this.regions);
      this.regionsOwner = this.owner;
    }
    return this.regions;
  }
}

interface ImageByte {
  readonly at: bigint;
  readonly value: bigint;
}

const bytesOfImages = new WeakMap<MemoryImage, readonly ImageByte[]>();

/**
 * The bytes of `image` in its spans that it gives a value, in address
 * order: found once per image (a program makes its images once and they
 * never change), where each store at an index walked every byte of the
 * spans. A procedure's image gives none (its spans are the writable data,
 * which it reads as unknown), and the walk was most of the store.
 */
function imageBytes(image: MemoryImage, spans: readonly (readonly [bigint, bigint])[]): readonly ImageByte[] {
  let bytes = bytesOfImages.get(image);
  if (bytes) return bytes;
  const found: ImageByte[] = [];
  for (const [start, end] of spans) {
    for (let at = start; at < end; at++) {
      const value = image(at);
      if (value !== undefined) found.push({ at, value });
    }
  }
  bytes = found;
  bytesOfImages.set(image, bytes);
  return bytes;
}

/**
 * A copy of a region's cells, its stepped stores applied. `new Map(cells)`
 * walks them as entry arrays, one made per cell; every first store after a
 * clone copies its region.
 */
function copyOf(region: Region): Map<bigint, Cell> {
  const copy = new Map<bigint, Cell>();
  if (region.stepped) region.cells.forEach((_, offset) => copy.set(offset, cellAt(region, offset) as Cell));
  else region.cells.forEach((value, offset) => copy.set(offset, value));
  return copy;
}

/** Whether two regions (or their absence) are one: the same cells and the same stepped stores not applied to them. */
function sameRegion(a: Region | undefined, b: Region | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.cells === b.cells && a.stepped === b.stepped);
}

interface Terms {
  readonly terms: readonly Expr[];
  readonly offset: bigint;
}

const addressTerms = new WeakMap<Expr, Terms>();

/** `termsOf`, kept per address: the paths through a procedure load and store at the same few addresses. */
function termsOfAddress(address: Expr): Terms {
  if (address.kind === 'const') return { terms: [], offset: address.value };
  let found = addressTerms.get(address);
  if (found === undefined) {
    found = termsOf(address);
    addressTerms.set(address, found);
  }
  return found;
}

/** An address as symbolic terms plus a constant offset. */
function termsOf(address: Expr, liftChoice = true): Terms {
  const terms: Expr[] = [];
  let offset = 0n;
  const walk = (e: Expr, negate: boolean): void => {
    if (e.kind === 'const') { offset += negate ? -e.value : e.value; return; }
    if (e.kind === 'binary' && e.op === 'add') { walk(e.left, negate); walk(e.right, negate); return; }
    // A sum scaled (`lea edi, [ebx+1]` or `add ebx, ecx`, then `[esi+edi*4]`) is each addend scaled, a step an
    // offset: as a term of its own `(ebx+1)*4` was another index than the `ebx*4` of `[esi+ebx*4+4]`, and
    // `(ebx+ecx)*4` than `ebx*4+ecx*4`, whose stores a load at the other could not decide, so a handle stored
    // in a table read back as a choice.
    if (scaleOf(e) !== undefined && e.kind === 'binary' && e.left.kind === 'binary' && e.left.op === 'add') {
      walk(BINARY_CONSTRUCTORS[e.op](e.left.left, e.right), negate);
      walk(BINARY_CONSTRUCTORS[e.op](e.left.right, e.right), negate);
      return;
    }
    // A pointer joined from two paths at different offsets of one object (`ite(c, p, p + 12)`) is that object at a
    // chosen offset. One level only: the arms of a chain of joins would be walked once per path through it.
    const arms = liftChoice && e.kind === 'ite' ? [termsOf(e.then, false), termsOf(e.else, false)] as const : undefined;
    if (e.kind === 'ite' && arms && arms[0].terms.length > 0 && sameTerms(arms[0].terms, arms[1].terms)) {
      for (const t of arms[0].terms) terms.push(negate ? neg(t) : t);
      const chosen = ite(e.cond, bv(arms[0].offset, e.width), bv(arms[1].offset, e.width));
      terms.push(negate ? neg(chosen) : chosen);
      return;
    }
    terms.push(negate ? neg(e) : e);
  };
  walk(address, false);
  return { terms, offset: offset & mask(address.width) };
}

/** The constant a term multiplies by (`x*k`, `x << s`), if it is such a product. */
function scaleOf(e: Expr): bigint | undefined {
  if (e.kind !== 'binary' || e.right.kind !== 'const') return undefined;
  if (e.op === 'mul') return e.right.value;
  return e.op === 'shl' && e.right.value < BigInt(e.width) ? 1n << e.right.value : undefined;
}

const sameTerms = (a: readonly Expr[], b: readonly Expr[]): boolean => a.length === b.length && a.every((t, i) => t === b[i]);

/** An address as its two arms: the address where `cond` holds, and where it does not. */
interface Choice {
  readonly cond: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

/** How many places a choice of addresses may reach before a store forgets their regions and a load reads an input. */
const MAX_CHOICE_PLACES = 16;

const TOO_MANY_PLACES = 'too many places';

/**
 * The first term of `address` that chooses between addresses, as the
 * address with each arm in its place: not a choice between two offsets
 * beside a pointer, which the split takes as an index.
 */
function choiceOf(address: Expr): Choice | undefined {
  const { terms, offset } = termsOfAddress(address);
  const chosen = terms.find((t) => t.kind === 'ite' && !(terms.length > 1 && t.then.kind === 'const' && t.else.kind === 'const'));
  if (chosen?.kind !== 'ite') return undefined;
  const rest = add(sum(terms.filter((t) => t !== chosen)) ?? bv(0, address.width), bv(offset, address.width));
  return { cond: chosen.cond, then: add(rest, chosen.then), else: add(rest, chosen.else) };
}

const placeCounts = new WeakMap<Expr, number>();

/** The number of places `address` chooses between, counted up to one past `MAX_CHOICE_PLACES`: arms are shared, so a chain of joins is walked once. */
function placeCount(address: Expr): number {
  let count = placeCounts.get(address);
  if (count === undefined) {
    const choice = choiceOf(address);
    count = choice ? Math.min(MAX_CHOICE_PLACES + 1, placeCount(choice.then) + placeCount(choice.else)) : 1;
    placeCounts.set(address, count);
  }
  return count;
}

/** The places `address` chooses between, each once. */
function placesOf(address: Expr): Set<Expr> {
  const places = new Set<Expr>(), seen = new Set<Expr>();
  const walk = (a: Expr): void => {
    if (seen.has(a)) return;
    seen.add(a);
    const choice = choiceOf(a);
    if (!choice) places.add(a);
    else { walk(choice.then); walk(choice.else); }
  };
  walk(address);
  return places;
}

/**
 * Whether addresses of these terms lie in one object: they share a term,
 * and the terms only one of them has are no pointer of its own (a plain
 * symbol, but for one of `indexes`, what the access added to its base
 * register), so that its pointer is among the shared terms and the other
 * adds to it too (`p + 4` and `p + i*4`, `p` and `p + stride`, `p + i*4`
 * and `p + j*4`, `p + i` and `[r1, r3]`'s `p + j`). `vm1 + offset` and
 * `vm2 + offset` are two VMs' blocks at one offset.
 */
function sameObject(mine: readonly Expr[], theirs: readonly Expr[], indexes: readonly Expr[]): boolean {
  const onlyMine = mine.filter((t) => !theirs.includes(t));
  if (onlyMine.length === mine.length) return false;
  const offsetOnly = (t: Expr): boolean => t.kind !== 'sym' || indexes.includes(t);
  return onlyMine.every(offsetOnly) || theirs.filter((t) => !mine.includes(t)).every(offsetOnly);
}

const NO_INDEXES: readonly Expr[] = [];

/** The plain symbols `index` adds up. */
const indexSymbols = (index: Expr): readonly Expr[] => termsOfAddress(index).terms.filter((t) => t.kind === 'sym');

/** `address` without the mask an ARM word store's address takes (bits 1:0 cleared). */
const unmasked = (address: Expr): Expr => (address.kind === 'binary' && address.op === 'and' && address.right.kind === 'const' ? address.left : address);

/** The address of the cell `offset` from `base` (the absolute region's when undefined). */
const cellAddress = (base: Expr | undefined, offset: bigint, width: number): Expr => (base ? add(base, bv(offset, base.width)) : bv(offset, width));

const sum = (xs: readonly Expr[]): Expr | undefined => xs.reduce<Expr | undefined>((acc, x) => (acc ? add(acc, x) : x), undefined);

/**
 * `address` - `base` as the terms of each give it, for its alignment only (no node made): the terms one of
 * them has and the other not (a term subtracted is as aligned as added), and the difference of the offsets.
 */
function stepFrom(address: Expr, base: Expr): Terms {
  const mine = termsOfAddress(unmasked(address)), theirs = termsOfAddress(unmasked(base));
  const terms = [...mine.terms.filter((t) => !theirs.terms.includes(t)), ...theirs.terms.filter((t) => !mine.terms.includes(t))];
  return { terms, offset: (mine.offset - theirs.offset) & mask(address.width) };
}

/**
 * The entries of both lists, each once, `a`'s first: two paths' lists share
 * the prefix from before they split. A list holds each entry once, so what
 * `b` has past the shared part can only be in `a`'s own part past it: only
 * those parts are compared, where walking whole lists made a join cost as
 * much as every input read before it.
 */
function mergeLists<T>(a: List<T> | undefined, b: List<T> | undefined): List<T> | undefined {
  const shared = sharedTail(a, b);
  const known = new Set(toArray(a, (a?.length ?? 0) - (shared?.length ?? 0)));
  let out = a;
  for (const x of toArray(b, (b?.length ?? 0) - (shared?.length ?? 0))) if (!known.has(x)) out = push(out, x);
  return out;
}

function sharedTail<T>(a: List<T> | undefined, b: List<T> | undefined): List<T> | undefined {
  while (a && b && a !== b) {
    if (a.length > b.length) a = a.tail;
    else if (b.length > a.length) b = b.tail;
    else { a = a.tail; b = b.tail; }
  }
  return a && b ? a : undefined;
}

/**
 * An address as a symbol name shows it: at most this many characters. An
 * address made of inputs read earlier shows their names, which show their
 * own addresses, so unbounded names grew by a factor at every level: in
 * loops over writable data they reached megabytes each and made a 10,000-line
 * VxD's analysis five times slower. The name's count suffix keeps two
 * addresses with the same beginning apart.
 */
const ADDRESS_TEXT_CHARS = 80;

const addressTexts = new WeakMap<Expr, string>();

/** Kept per address: joins read the same cells of the same regions again and again. */
function addressText(address: Expr): string {
  let shown = addressTexts.get(address);
  if (shown === undefined) {
    shown = formatExprCut(address, ADDRESS_TEXT_CHARS);
    addressTexts.set(address, shown);
  }
  return shown;
}

/**
 * `value`, a word read at the cell an index of `v` reaches, where the index
 * is `v`: each choice a store at that index made (`ite(index == w, stored,
 * old)`, its condition one of `cases`, by the value `w` it names) taken as
 * `v` decides it. Byte by byte, as stores at an index that steps by less
 * than their size overlap: such a word is bytes of two stores' choices.
 */
function decidedAt(value: Expr, cases: ReadonlyMap<Expr, bigint>, v: bigint): Expr {
  if (value.kind === 'ite') return decidedWord(value, cases, v, new Map());
  const parts: Cell[] = [];
  let decided = false;
  for (let i = 0; i < value.width / 8; i++) {
    const byte = byteOf(value, i);
    const part = decidedByte(byte, cases, v);
    decided ||= part !== byte;
    parts.push(part);
  }
  return decided ? combine(parts) : value;
}

/**
 * A word a store left whole, each choice of `cases` in it decided as `v`
 * decides it, those under another store's choice too: a slot two indexes
 * may have written holds the second's choice over the first's, and left
 * undecided the first's made a value per index the word read back may be.
 */
function decidedWord(e: Expr, cases: ReadonlyMap<Expr, bigint>, v: bigint, memo: Map<Expr, Expr>): Expr {
  if (e.kind !== 'ite') return e;
  const w = cases.get(e.cond);
  if (w !== undefined) return decidedWord(w === v ? e.then : e.else, cases, v, memo);
  let decided = memo.get(e);
  if (decided === undefined) {
    const then = decidedWord(e.then, cases, v, memo), otherwise = decidedWord(e.else, cases, v, memo);
    decided = then === e.then && otherwise === e.else ? e : ite(e.cond, then, otherwise);
    memo.set(e, decided);
  }
  return decided;
}

/** A byte `byteOf` gave (a value or a slice of one, never a join's byte or an input), each choice of `cases` in the word it is cut from decided as `v` decides it. */
function decidedByte(byte: Cell, cases: ReadonlyMap<Expr, bigint>, v: bigint): Cell {
  let part = byte;
  for (;;) {
    const whole = part instanceof StoredByte ? part.whole : part as Expr;
    if (whole.kind !== 'ite') return part;
    const w = cases.get(whole.cond);
    if (w === undefined) return part;
    part = byteOf(w === v ? whole.then : whole.else, part instanceof StoredByte ? part.low / 8 : 0);
  }
}

/**
 * Byte i of a value, looking through extracts and concatenations so that
 * reloading rebuilds the stored value; a slice of a wider value is left
 * unmade (`StoredByte`).
 */
function byteOf(value: Expr, i: number): Cell {
  let e = value;
  let low = 8 * i;
  for (;;) {
    if (e.kind === 'extract') { low += e.low; e = e.arg; continue; }
    if (e.kind === 'binary' && e.op === 'concat') {
      const lw = e.right.width;
      if (low + 8 <= lw) { e = e.right; continue; }
      if (low >= lw) { low -= lw; e = e.left; continue; }
    }
    if (e.kind === 'extend' && !e.signed && low >= e.arg.width) return bv(0, 8);
    if (e.kind === 'extend' && low + 8 <= e.arg.width) { e = e.arg; continue; }
    return e.kind === 'const' || (low === 0 && e.width === 8) ? extract(e, low, 8) : new StoredByte(e, low);
  }
}

/**
 * Bytes that one join made a choice between two paths' bytes (the others
 * alike on both), as the choice between the words each path holds: a
 * handle stored whole on each arm loads back as `ite(selector, h, g)`,
 * which the models split a call on, where byte by byte it named neither.
 */
function joinedWord(parts: readonly Cell[]): Expr | undefined {
  let selector: Expr | undefined;
  for (const p of parts) {
    if (!(p instanceof JoinedByte)) continue;
    if (selector !== undefined && p.selector !== selector) return undefined;
    selector = p.selector;
  }
  if (selector === undefined) return undefined;
  const lead = parts.find((p): p is JoinedByte => p instanceof JoinedByte) as JoinedByte;
  const known = lead.word;
  if (known && known.parts.length === parts.length && known.parts.every((p, i) => p === parts[i])) return known.value;
  const arm = (side: 'mine' | 'theirs'): Expr => combine(parts.map((p) => (p instanceof JoinedByte ? p[side] : p)));
  const value = ite(selector, arm('mine'), arm('theirs'));
  lead.word = { parts, value };
  return value;
}

/** Little-endian bytes to one value, undoing byteOf where the bytes are consecutive slices of one value. */
function combine(parts: readonly Cell[]): Expr {
  const [first] = parts;
  if (first === undefined) throw new Error('combine: no bytes');
  if (parts.length === 1) return valueOf(first);
  let whole: Expr | undefined, start = 0;
  if (first instanceof StoredByte) ({ whole, low: start } = first);
  else if (!(first instanceof JoinedByte || first instanceof PendingInput) && first.kind === 'extract') ({ arg: whole, low: start } = first);
  // Loops, not `every` and `reduce` over a slice: every load of more than a byte comes here.
  let consecutive = whole !== undefined && start + 8 * parts.length <= whole.width;
  for (let i = 1; consecutive && i < parts.length; i++) consecutive = isSlice(parts[i] as Cell, whole as Expr, start + 8 * i);
  if (consecutive) return extract(whole as Expr, start, 8 * parts.length);
  const chosen = joinedWord(parts);
  if (chosen) return chosen;
  let value = valueOf(first);
  for (let i = 1; i < parts.length; i++) value = concat(valueOf(parts[i] as Cell), value);
  return value;
}
