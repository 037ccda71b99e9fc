import { sameLabels, type DataItem, type InstructionItem, type Program, type ProgramItem } from '../../../emulator/src/index.js';
import type { MovedCopies } from '../lowering/movedCopies.js';

// The blocks entry keys read a program in (`entryKeys.ts`): code regions,
// from one entry point's address up to the next's, with the data and labels
// among their code, and data blocks, runs of data laid out end to end
// outside code. Finding them reads every item and label of the program; a
// program made again after an edit whose items lie where the last one's lay,
// of the same kinds and sizes, at the same entry points and labels, falls
// into the same blocks, so only the blocks holding items that are not the
// last program's are made again. One whose items differ in one stretch (an
// instruction typed moves the rest of its routine's slot) is found again
// from every item, and its blocks away from the stretch are the last
// program's, whose readings the keys keep.

export interface Block {
  readonly start: bigint;
  /** One past the last item's bytes. */
  readonly end: bigint;
  /** The instructions of a code region; empty for a data block. */
  readonly instructions: readonly InstructionItem[];
  readonly data: readonly DataItem[];
  readonly labels: readonly [string, bigint][];
}

interface Building {
  readonly start: bigint;
  end: bigint;
  readonly instructions: InstructionItem[];
  readonly data: DataItem[];
  readonly labels: [string, bigint][];
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Blocks sorted by address, searched as numbers: every label and constant
 * is looked up, and a bigint comparison costs several times a number's.
 * Addresses past what a number holds exactly are searched as bigints.
 */
class Search {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly exact: boolean;

  constructor(private readonly blocks: readonly Block[]) {
    this.starts = Float64Array.from(blocks, (b) => Number(b.start));
    this.ends = Float64Array.from(blocks, (b) => Number(b.end));
    this.exact = blocks.every((b) => b.start >= 0n && b.end <= SAFE);
  }

  /** The block holding `address` (half-open); -1 if none. */
  at(address: bigint): number {
    if (!this.exact || address < 0n || address > SAFE) return this.slowly(address);
    const n = Number(address);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (n < (this.starts[mid] as number)) hi = mid - 1;
      else if (n >= (this.ends[mid] as number)) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  private slowly(address: bigint): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid] as Block;
      if (address < block.start) hi = mid - 1;
      else if (address >= block.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/** A program's blocks, and where each item and label of it went. */
export interface Partition {
  readonly items: readonly ProgramItem[];
  /** The entry points' addresses, in order. */
  readonly starts: readonly bigint[];
  readonly labelMap: ReadonlyMap<string, bigint>;
  /** How many of the blocks, the first ones, are code regions. */
  readonly regions: number;
  readonly blocks: readonly Block[];
  /** The labels in no block. */
  readonly loose: readonly [string, bigint][];
  /** The block of each item, by its index. */
  readonly blockOf: Int32Array;
  /** The index of each block's first and last item: its items lie between them. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** The region holding `address` in its code; -1 if none. */
  readonly region: (address: bigint) => number;
  /** The block holding `address`, or ending just before it if a data block; -1 if none. */
  readonly at: (address: bigint) => number;
}

function entryStarts(program: Program): bigint[] {
  return [...new Set(program.entries.map((e) => e.address))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function searches(regions: readonly Block[], dataBlocks: readonly Block[]): Pick<Partition, 'region' | 'at'> {
  const inRegions = new Search(regions);
  const inData = new Search(dataBlocks);
  // Just past a block's end is where a backward walk over a table starts.
  const ends = new Map(dataBlocks.map((block, d) => [block.end, regions.length + d]));
  const region = (address: bigint): number => inRegions.at(address);
  const at = (address: bigint): number => {
    const r = inRegions.at(address);
    if (r >= 0) return r;
    const d = inData.at(address);
    return d >= 0 ? regions.length + d : ends.get(address) ?? -1;
  };
  return { region, at };
}

function codeRegion(instructions: InstructionItem[]): Building {
  const last = instructions[instructions.length - 1] as InstructionItem;
  return { start: (instructions[0] as InstructionItem).address, end: last.address + BigInt(last.size), instructions, data: [], labels: [] };
}

/** The blocks of `program` (whose items are in address order), every item read. */
export function partition(program: Program): Partition {
  const { items } = program;
  const starts = entryStarts(program);
  const blockOf = new Int32Array(items.length);
  // Code before the first entry point is a region of its own. One region is
  // filled at a time: filling one of an array of arrays made for every start
  // (then spread and filtered) deoptimised this loop ("wrong map") in the
  // first edits after every open.
  const regions: Building[] = [];
  let current: InstructionItem[] = [];
  let r = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ProgramItem;
    if (item.kind !== 'instruction') continue;
    if (r + 1 < starts.length && item.address >= (starts[r + 1] as bigint)) {
      do r++;
      while (r + 1 < starts.length && item.address >= (starts[r + 1] as bigint));
      if (current.length > 0) regions.push(codeRegion(current));
      current = [];
    }
    current.push(item);
    blockOf[i] = regions.length;
  }
  if (current.length > 0) regions.push(codeRegion(current));
  // Data laid out among a region's code (jump tables, the link code after
  // `int 20h`) belongs to that region; the rest forms data blocks.
  const inRegions = new Search(regions);
  const dataBlocks: Building[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'data') return;
    const at = inRegions.at(item.address);
    if (at >= 0) {
      (regions[at] as Building).data.push(item);
      blockOf[i] = at;
      return;
    }
    const last = dataBlocks[dataBlocks.length - 1];
    const end = item.address + BigInt(item.size);
    if (last && item.address <= last.end) {
      last.data.push(item);
      if (end > last.end) last.end = end;
    } else dataBlocks.push({ start: item.address, end, instructions: [], data: [item], labels: [] });
    blockOf[i] = regions.length + dataBlocks.length - 1;
  });
  const blocks = [...regions, ...dataBlocks];
  const first = new Int32Array(blocks.length).fill(items.length);
  const last = new Int32Array(blocks.length).fill(-1);
  blockOf.forEach((b, i) => {
    first[b] = Math.min(first[b] as number, i);
    last[b] = i;
  });
  const found = searches(regions, dataBlocks);
  const loose: [string, bigint][] = [];
  for (const label of program.labels) {
    const b = found.at(label[1]);
    (b < 0 ? loose : (blocks[b] as Building).labels).push(label);
  }
  return { items, starts, labelMap: program.labels, regions: regions.length, blocks, loose, blockOf, first, last, ...found };
}

/** The blocks of a program made from the last program's (`partitionAgain`). */
export interface PartitionAgain {
  readonly partition: Partition;
  /** The blocks made anew. */
  readonly made: ReadonlySet<number>;
  /** Of those, the ones made only of the lowering's moved copies of the last program's items (`MovedCopies`), each at its original's place; their sites' facts may be new too (the keys compare them moved). */
  readonly copied: ReadonlySet<number>;
  /**
   * Where items or labels lie otherwise than they lay (both ends counted), when some do: a number or label a block
   * names there may name another block now, or none. Undefined when every item and label lies where it lay.
   */
  readonly moved?: { readonly lo: bigint; readonly hi: bigint };
}

const sameLabelList = (a: readonly [string, bigint][], b: readonly [string, bigint][]): boolean =>
  a.length === b.length && a.every(([name, address], i) => b[i]?.[0] === name && b[i]?.[1] === address);

/** Whether two items lie alike: the same kind and size at the same address. */
const lieAlike = (a: ProgramItem, b: ProgramItem): boolean => a === b || (a.kind === b.kind && a.address === b.address && a.size === b.size);

/**
 * The blocks of `program` made from `was`, the last program's, and which of
 * them are new: only those holding an item that is not the last program's
 * item at its place, or an address in `touched`. Items laid out as they
 * were keep their blocks; where an edit added, removed or moved items in
 * one stretch (an instruction typed in a routine moves the rest of its
 * slot), the blocks are found again, and those of the items around the
 * stretch are the last program's when they hold its very items. Undefined,
 * the blocks to be found from every item, when the blocks do not
 * correspond one for one.
 */
export function partitionAgain(was: Partition, program: Program, touched: readonly bigint[], moved?: MovedCopies): PartitionAgain | undefined {
  const { items } = program;
  if (items.length !== was.items.length || !sameLabels(was.labelMap, program.labels)) return stretchAgain(was, program, touched, moved);
  const starts = entryStarts(program);
  if (starts.length !== was.starts.length || starts.some((start, i) => was.starts[i] !== start)) return stretchAgain(was, program, touched, moved);
  const made = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ProgramItem;
    const before = was.items[i] as ProgramItem;
    if (item === before) continue;
    if (!lieAlike(item, before)) return stretchAgain(was, program, touched, moved);
    made.add(was.blockOf[i] as number);
  }
  const copied = new Set<number>(made);
  for (const address of touched) {
    const b = was.at(address);
    if (b >= 0) made.add(b);
  }
  if (made.size === 0 && was.items === items) return { partition: was, made, copied };
  const copies = moved?.of;
  const blocks = was.blocks.map((block, b) => {
    if (!made.has(b)) return block;
    const instructions: InstructionItem[] = [];
    const data: DataItem[] = [];
    let copiedOnly = copies !== undefined;
    for (let i = was.first[b] as number; i <= (was.last[b] as number); i++) {
      if (was.blockOf[i] !== b) continue;
      const item = items[i] as ProgramItem;
      if (copiedOnly && copies?.get(was.items[i] as ProgramItem) !== item) copiedOnly = false;
      if (item.kind === 'instruction') instructions.push(item);
      else data.push(item);
    }
    if (!copiedOnly) copied.delete(b);
    return { start: block.start, end: block.end, instructions, data, labels: block.labels };
  });
  return { partition: { ...was, items, labelMap: program.labels, blocks }, made, copied };
}

/**
 * `partitionAgain` where the items differ in one stretch: those before it
 * and after it lie as they lay (the items after it at places `d` on), the
 * ones in it do not. The blocks are found again from every item, and each
 * holds the same items as the last program's block of its index, but for
 * the blocks of the stretch, of labels that moved, and of `touched`.
 */
function stretchAgain(was: Partition, program: Program, touched: readonly bigint[], moved?: MovedCopies): PartitionAgain | undefined {
  const { items } = program;
  const n = items.length;
  const m = was.items.length;
  const d = n - m;
  const both = Math.min(n, m);
  let p = 0;
  while (p < both && lieAlike(items[p] as ProgramItem, was.items[p] as ProgramItem)) p++;
  let s = 0;
  while (s < both - p && lieAlike(items[n - 1 - s] as ProgramItem, was.items[m - 1 - s] as ProgramItem)) s++;
  const found = partition(program);
  if (found.blocks.length !== was.blocks.length || found.regions !== was.regions) return undefined;
  // Where the stretch lay and lies.
  let lo: bigint | undefined;
  let hi: bigint | undefined;
  const span = (address: bigint, end: bigint): void => {
    if (lo === undefined || address < lo) lo = address;
    if (hi === undefined || end > hi) hi = end;
  };
  const made = new Set<number>();
  for (let i = p; i < m - s; i++) {
    const item = was.items[i] as ProgramItem;
    span(item.address, item.address + BigInt(item.size));
    made.add(was.blockOf[i] as number);
  }
  for (let i = p; i < n - s; i++) {
    const item = items[i] as ProgramItem;
    span(item.address, item.address + BigInt(item.size));
    made.add(found.blockOf[i] as number);
  }
  const copies = moved?.of;
  const notCopied = new Set<number>();
  // Around the stretch each item must fall in the block of the index its last place fell in.
  for (const [from, to, shift] of [[0, p, 0], [n - s, n, d]] as const) {
    for (let i = from; i < to; i++) {
      const b = found.blockOf[i] as number;
      if (b !== was.blockOf[i - shift]) return undefined;
      const item = items[i] as ProgramItem;
      const before = was.items[i - shift] as ProgramItem;
      if (item !== before) {
        made.add(b);
        if (copies?.get(before) !== item) notCopied.add(b);
      }
    }
  }
  const label = (address: bigint | undefined): void => {
    if (address === undefined) return;
    span(address, address);
    for (const b of [found.at(address), was.at(address)]) if (b >= 0) made.add(b);
  };
  let kept = 0;
  for (const [name, address] of program.labels) {
    const before = was.labelMap.get(name);
    if (before !== undefined) kept++;
    if (before !== address) {
      label(address);
      label(before);
    }
  }
  // Labels gone: none when every label it had is still there.
  if (kept !== was.labelMap.size) for (const [name, address] of was.labelMap) if (!program.labels.has(name)) label(address);
  for (const address of touched) {
    for (const b of [found.at(address), was.at(address)]) if (b >= 0) made.add(b);
  }
  // A block that lies as it lay and holds the labels it held (one at a block's end may join a block grown up to it)
  // is the last program's when it holds its items, or its items' copies only (all before or all after the stretch, then and now).
  const copied = new Set<number>();
  const blocks = found.blocks.map((block, b) => {
    const before = was.blocks[b] as Block;
    const alike = block.start === before.start && block.end === before.end && sameLabelList(block.labels, before.labels);
    if (!made.has(b) && alike) return before;
    made.add(b);
    const outside = ((found.last[b] as number) < p && (was.last[b] as number) < p) || ((found.first[b] as number) >= n - s && (was.first[b] as number) >= m - s);
    if (alike && outside && copies !== undefined && !notCopied.has(b)) copied.add(b);
    return block;
  });
  return { partition: { ...found, blocks }, made, copied, ...(lo === undefined || hi === undefined ? {} : { moved: { lo, hi } }) };
}
