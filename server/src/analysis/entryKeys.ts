import { createHash } from 'node:crypto';
import { itemHolding, mayFallThrough, readsOwnAddress, resumesPastInlineString, sameLabels, tableRunsOnPast, type EntryPoint, type Expr, type InstructionItem, type Program, type SourceSpan } from '../../../emulator/src/index.js';
import type { MovedCopies } from '../lowering/movedCopies.js';
import { partition, partitionAgain, type Block, type Partition, type PartitionAgain } from './keyBlocks.js';
import { constantsIn } from '../lowering/constantsIn.js';
import { asDigest, digestAt, digestOf, DigestWriter, movedAlike, movedItemsAlike, type Digest, type LineLayout } from './valueDigest.js';

// An entry point's findings depend on the code it can reach and on what that
// code reads; its key covers exactly that, so equal keys mean the same
// analysis and different keys a new one. What counts:
// - the entry point, what its run alone reads besides the program (a
//   dynamic-area handler's pool kind), and everything every entry shares:
//   the settings, the dialect's options (target, address mode) and the
//   labels at no instruction or data;
// - the blocks the entry can reach. A block is a code region (the code from
//   one entry point's address up to the next's, with the data and labels
//   among it) or a data block (a run of data laid out end to end outside
//   code, with its labels). An entry reaches its own region, the blocks
//   a reached block names (jump and call targets, literal pools it reads
//   relative to the PC, and through its constants the data it reads, code
//   pointers stored in data, jump tables: a constant names code only at a
//   label, data anywhere in it; a VxD service's link code names nothing),
//   and the block laid out right
//   after a reached region whose last instruction may fall through (past
//   the string of an OS_WriteS, the block after that string too; past a
//   jump table whose last reason runs on into the routine after it, that
//   routine's block, across the layout's gap as the explorer goes). A data
//   block is reached by an address anywhere in it or just past its end,
//   since code walks a table from either end.
// Equates and storage maps are not keyed: the emulator reads only the
// program's items and labels, where the lowering has already put their
// values, so an edit to an equate changes the key of exactly the entries
// whose reachable code or data uses it.
//
// Lines in the document itself are not keyed: the emulator reads them only
// to say where it found something. Where the entry's own lines and each code
// region's lie is the entry's placement instead (a base and the layout of
// its lines from there), so an edit that only moves an entry, or the code it
// reaches, up or down keeps its key, even when the entry and that code move
// apart (a new line between a procedure and the routine it calls), and so
// does a new line inside them; its findings are moved instead, each line
// with the part it lies in (`entryPositions.ts`). Data blocks and the shared
// inputs are placed nowhere, as findings seldom point at them (execution
// running into data): a result that points anywhere
// outside the entry's code is reused only while every line of the program
// is where it was (`lines`). Addresses are keyed as they are, so new code or
// data moves the keys of what is laid out after it.
//
// Keys are made again after every edit; a `KeyMemory` kept with the
// document's results spares them reading again what the last program had,
// and, while its blocks name one another as they did, following again what
// each entry reaches and hashing again a key whose parts are all as they were.

export interface KeyInputs {
  readonly program: Program;
  /** What every entry's analysis reads besides the program: settings, target or mode. */
  readonly shared: unknown;
  /**
   * What one entry's analysis alone reads besides the program and `shared` (a dynamic-area handler's pool kind, from
   * the area creations): keyed with the entry, so that what every entry does not read changes no other entry's key.
   */
  readonly own?: (entry: EntryPoint) => unknown;
  /** Facts attached to single instructions (a VMM call site at its `int 20h`), part of a key when the entry reaches that instruction. */
  readonly sites?: readonly { readonly address: bigint; readonly fact: unknown }[];
  /** The items the lowering copied from the last program's, moved down with the text. */
  readonly moved?: MovedCopies;
}

/**
 * Where the parts of an entry that move as one lie: the entry itself, then
 * each code region it reaches, in address order. Between two results of one
 * key a part whose layout is the same has moved by the difference of its
 * bases; a part of another layout has its lines elsewhere from its base.
 */
export interface Placement {
  /** Each part's first line. */
  readonly bases: readonly number[];
  /** Each part's lines from its base. */
  readonly layouts: readonly LineLayout[];
}

/** An entry's key, and where the parts its findings may point at lie. */
export interface EntryKey extends Placement {
  readonly key: string;
  /** Where everything in the document lies: what a result that points outside the entry's code must match to be reused. Worked out on first call, for the few results that need it. */
  readonly lines: () => string;
  /** The parts (indices into `bases`) each line of the document in the entry's code lies in. */
  readonly parts: () => ReadonlyMap<number, readonly number[]>;
}


const ARM_PC = 15;

/** Where an ARM load relative to the PC reads (`LDR r0, =x` reads a literal pool): the PC reads 8 ahead. */
function pcRelative(item: InstructionItem, offset: Expr, subtract: boolean): bigint[] {
  const value = offset.kind === 'const' ? offset.value : undefined;
  return value === undefined ? [] : [item.address + 8n + (subtract ? -value : value)];
}

/** What a block names: the labels it jumps to or calls, the addresses it reads relative to the PC, and its constants (immediates, displacements, data values). */
interface References {
  readonly labels: string[];
  readonly addresses: bigint[];
  readonly numbers: bigint[];
}

function references(item: InstructionItem, into: References): void {
  for (const operand of item.instruction.operands) {
    if (operand.kind === 'target') into.labels.push(operand.label);
    else if (operand.kind === 'imm') constantsIn(operand.value, into.numbers);
    else if (operand.kind === 'mem') {
      if ('disp' in operand) constantsIn(operand.disp, into.numbers);
      else if (operand.offset.kind === 'imm') {
        constantsIn(operand.offset.value, into.numbers);
        if (operand.base === ARM_PC) into.addresses.push(...pcRelative(item, operand.offset.value, operand.subtract));
      }
    }
  }
}

/**
 * Where a block holds the link code of a VxD service call: the dword right
 * after an `int 20h`, which the VMM model reads as the service it calls and
 * resumes after, never as a value. Its number (a device id and ordinal,
 * 1xxxxh for the VMM's own services) names no block, though it often falls
 * on a label of the synthetic layout; only a label on the dword itself lets
 * code read it as data.
 */
function linkCodes(block: Block): Set<bigint> {
  const links = new Set<bigint>();
  for (const item of block.instructions) {
    const insn = item.instruction;
    const [vector] = insn.operands;
    if (insn.arch === 'x86' && insn.mnemonic === 'int' && vector?.kind === 'imm' && vector.value.kind === 'const' && vector.value.value === 0x20n) {
      links.add(item.address + BigInt(item.size));
    }
  }
  for (const [, address] of block.labels) links.delete(address);
  return links;
}

/** What the keys read of a block: its digests and what it names. */
interface BlockReading {
  readonly block: Block;
  /** The fact of each instruction's site (null where it has none). */
  readonly facts: readonly unknown[];
  readonly digest: Digest;
  /** A code block's digest with its addresses counted from its start (`relativeDigest`); undefined for a data block. */
  readonly relative: string | undefined;
  readonly references: References;
}

/** What a block's first item holds that its copies moved by the lowering share: the block's reading is looked for there. */
function anchorOf(block: Block): object {
  const first = block.instructions[0] ?? block.data[0];
  if (!first) return block;
  return first.kind === 'instruction' ? first.instruction : first.values;
}

/** How many lines further down `block` is than the block `reading` was made of, if it is that block moved as one. */
function movedBy(reading: BlockReading, block: Block, facts: readonly unknown[], file: string): number | undefined {
  const was = reading.block;
  const first = block.instructions[0] ?? block.data[0];
  const before = was.instructions[0] ?? was.data[0];
  if (!first || !before || first.source.file !== before.source.file) return undefined;
  const rows = first.source.file === file ? first.source.range.start.line - before.source.range.start.line : 0;
  const alike = movedItemsAlike(was.instructions, block.instructions, file, rows) && movedItemsAlike(was.data, block.data, file, rows)
    && movedAlike(reading.facts, facts, file, rows) && movedAlike(was.labels, block.labels, file, rows);
  return alike ? rows : undefined;
}

/**
 * How many lines further down `block` is than the block `reading` was made
 * of, if it is that block's copies moved on by `block.start - was.start`
 * bytes (an instruction inserted or removed above it), each item's
 * instruction or values the very objects, its labels as far from its start.
 */
function shiftedBy(reading: BlockReading, block: Block, facts: readonly unknown[], file: string): number | undefined {
  const was = reading.block;
  const bytes = block.start - was.start;
  const first = block.instructions[0];
  const before = was.instructions[0];
  if (bytes === 0n || reading.relative === undefined || !first || !before || first.source.file !== before.source.file) return undefined;
  const rows = first.source.file === file ? first.source.range.start.line - before.source.range.start.line : 0;
  const labels = was.labels.length === block.labels.length
    && was.labels.every(([name, address], i) => block.labels[i]?.[0] === name && block.labels[i]?.[1] === address + bytes);
  const alike = labels && movedItemsAlike(was.instructions, block.instructions, file, rows, bytes)
    && movedItemsAlike(was.data, block.data, file, rows, bytes) && movedAlike(reading.facts, facts, file, rows);
  return alike ? rows : undefined;
}

/** `reading`, of a block whose items `block`'s are, moved on by bytes (`shiftedBy`) and `rows` lines down: its relative digest is the same. */
function shiftedReading(reading: BlockReading, block: Block, facts: readonly unknown[], rows: number): BlockReading {
  const { digest, relative, references } = reading;
  const bytes = block.start - reading.block.start;
  const placed = digestAt(movedDigest(asDigest(relative as string, digest.base, digest.layout), rows), block.start);
  // Only the addresses read relative to the PC move with the code; what it names by label or number stays.
  const moved = references.addresses.length === 0 ? references : { ...references, addresses: references.addresses.map((address) => address + bytes) };
  const shifted = { block, facts, digest: placed, relative, references: moved };
  const free = freeBlocks.get(reading);
  if (free !== undefined) freeBlocks.set(shifted, free);
  return shifted;
}

/** `reading`, of a block whose items `block`'s are, moved `rows` lines down as one. */
function movedReading(reading: BlockReading, block: Block, facts: readonly unknown[], rows: number): BlockReading {
  const moved = { block, facts, digest: movedDigest(reading.digest, rows), relative: reading.relative, references: reading.references };
  const free = freeBlocks.get(reading);
  if (free !== undefined) freeBlocks.set(moved, free);
  return moved;
}

/** Whether none of a code block's instructions can make a value of where code lies (`readsOwnAddress`), found when a relative key asks. */
const freeBlocks = new WeakMap<BlockReading, boolean>();

function freeOfAddresses(reading: BlockReading): boolean {
  let free = freeBlocks.get(reading);
  if (free === undefined) {
    free = !reading.block.instructions.some((item) => readsOwnAddress(item.instruction));
    freeBlocks.set(reading, free);
  }
  return free;
}

/**
 * The digest of a code block's items, site facts and labels with their
 * addresses counted from the block's start: what a relative key reads of
 * it. Its digest where it lies is this one at its start (`digestAt`), so
 * each block is read once. Lines are kept apart, so a block moved down
 * keeps both.
 */
function relativeDigest(block: Block, facts: readonly unknown[], file: string): Digest {
  const writer = new DigestWriter(file, 'apart');
  // Every field of an item but its address (its kind is the list it is in).
  block.instructions.forEach((item, i) => {
    writer.part(Number(item.address - block.start));
    writer.part(item.size);
    writer.part(item.instruction);
    writer.part(item.text);
    writer.part(item.source);
    writer.part(facts[i]);
  });
  writer.part(block.data.length);
  for (const item of block.data) {
    writer.part(Number(item.address - block.start));
    writer.part(item.size);
    writer.part(item.values);
    writer.part(item.writable);
    writer.part(item.text);
    writer.part(item.source);
  }
  writer.part(block.labels.length);
  for (const [name, address] of block.labels) {
    writer.part(name);
    writer.part(Number(address - block.start));
  }
  return writer.finish();
}

/** `digest` of values moved `rows` lines down as one. */
function movedDigest(digest: Digest, rows: number): Digest {
  return rows === 0 || digest.base === undefined ? digest : asDigest(digest.hash, digest.base + rows, digest.layout);
}

/** Where the blocks of a program lie and which labels it has: what the blocks a block names follow from. */
interface Layout {
  readonly bounds: readonly bigint[];
  readonly labels: ReadonlyMap<string, bigint>;
  readonly readings: readonly BlockReading[];
  readonly targets: readonly (readonly number[])[];
}

/** What the keys of a program found per entry, filled as they are made: the blocks each entry reaches, its own digest and its key. */
interface Reaches {
  /** The block each block's code may run on into, -1 where none. */
  readonly after: readonly number[];
  readonly shared: string;
  /** The blocks reached from each first block (-1: an entry outside every region's code), in order. */
  readonly reached: Map<number, readonly number[]>;
  /** Each entry's own digest, by its name, with what it read of `KeyInputs.own`. */
  readonly own: Map<string, { readonly entry: EntryPoint; readonly fact: unknown; readonly digest: Digest }>;
  /** Each key, by the entry's first block and own digest. */
  readonly keys: Map<string, string>;
}

/** The last program's `Reaches`, and what of them holds for this one. */
interface Previous {
  readonly reaches: Reaches;
  /** Whether the blocks name one another as they did. */
  readonly graph: boolean;
  /** Which blocks' digests are as they were, when the blocks name one another as they did and the shared inputs are the same. */
  readonly same: readonly boolean[] | undefined;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((n, i) => b[i] === n));
}

/**
 * What the keys of one document's last program read of its blocks: the
 * lowering hands over the very item objects of what an edit did not touch
 * (copies with the lines moved, of what it only moved), and a block made of
 * those is not read again; while the blocks and labels lie where they lay,
 * what such a block names is not looked up again either.
 */
export class KeyMemory {
  private file: string | undefined;
  private readings = new Map<object, BlockReading>();
  private layout: Layout | undefined;
  private reaches: Reaches | undefined;
  private partition: Partition | undefined;
  private sites: ReadonlyMap<bigint, unknown> = new Map();
  private made = 0;
  private compared = 0;
  private read = 0;
  private hashed = 0;

  /**
   * What the last program's keys made anew: its blocks found again (every one when not found from the last program's),
   * of those the blocks read or compared item by item with a block of the last program (not the lowering's moved copies of one),
   * of those the blocks read (not found as a block of the last program, moved down or on), and its keys hashed.
   */
  get statistics(): { readonly blocksMade: number; readonly blocksCompared: number; readonly blocksRead: number; readonly keysHashed: number } {
    return { blocksMade: this.made, blocksCompared: this.compared, blocksRead: this.read, keysHashed: this.hashed };
  }

  /** The reading of `block` (with its instructions' site `facts`) for `file`, made by `read` unless the last program had the block. */
  reading(file: string, block: Block, facts: readonly unknown[], read: () => Omit<BlockReading, 'block' | 'facts'>): BlockReading {
    const known = this.file === file ? this.readings.get(anchorOf(block)) : undefined;
    const rows = known && movedBy(known, block, facts, file);
    if (known && rows === 0) return known;
    if (known && rows !== undefined) return movedReading(known, block, facts, rows);
    const shifted = known && shiftedBy(known, block, facts, file);
    if (known && shifted !== undefined) return shiftedReading(known, block, facts, shifted);
    return { block, facts, ...read() };
  }

  /** What the block at `index`, read as `reading`, named in the last program, if the blocks and labels lie as they lay. */
  targets(file: string, bounds: readonly bigint[], labels: ReadonlyMap<string, bigint>): ((index: number, reading: BlockReading) => readonly number[] | undefined) {
    const layout = this.file === file ? this.layout : undefined;
    const same = layout !== undefined && layout.bounds.length === bounds.length && layout.bounds.every((b, i) => bounds[i] === b) && sameLabels(layout.labels, labels);
    return (index, reading) => (same && layout.readings[index]?.references === reading.references ? layout.targets[index] : undefined);
  }

  /**
   * What the keys of the last program found per entry; whether its blocks
   * named one another as those of `layout` do (then an entry reaches the
   * blocks it reached), and if so which blocks' digests are as they were,
   * where the shared inputs are as well (then a key of those blocks is as
   * it was).
   */
  reachesLike(file: string, layout: Layout, after: readonly number[], shared: string): Previous | undefined {
    const was = this.file === file ? this.layout : undefined;
    const reaches = this.reaches;
    if (!was || !reaches) return undefined;
    const graph = was.targets.length === layout.targets.length
      && after.every((next, i) => reaches.after[i] === next && sameNumbers(was.targets[i] as number[], layout.targets[i] as number[]));
    const same = graph && shared === reaches.shared ? layout.readings.map((reading, i) => reading.digest.hash === (was.readings[i] as BlockReading).digest.hash) : undefined;
    return { reaches, graph, same };
  }

  /**
   * The blocks of `program` made from the last program's, if its items lie
   * alike (`partitionAgain`), with which blocks are new (those whose sites'
   * facts changed too) and what the keys read of the last program's.
   */
  blocksAgain(file: string, program: Program, sites: ReadonlyMap<bigint, unknown>, moved: MovedCopies | undefined): (PartitionAgain & { readonly layout: Layout }) | undefined {
    const { partition: was, layout } = this;
    if (this.file !== file || !was || !layout) return undefined;
    const touched: bigint[] = [];
    for (const [address, fact] of sites) if (this.sites.get(address) !== fact) touched.push(address);
    for (const [address, fact] of this.sites) if (sites.get(address) !== fact) touched.push(address);
    const again = partitionAgain(was, program, touched, moved?.file === file ? moved : undefined);
    return again && { ...again, layout };
  }

  /** Keeps what was read of the program just keyed, and only that; `reaches` is filled as its keys are made. */
  keep(file: string, layout: Layout, reaches: Reaches, partition: Partition, sites: ReadonlyMap<bigint, unknown>, made: number, compared: number, read: number): void {
    this.file = file;
    this.layout = layout;
    this.reaches = reaches;
    this.partition = partition;
    this.sites = sites;
    this.made = made;
    this.compared = compared;
    this.read = read;
    this.hashed = 0;
    this.readings = new Map(layout.readings.map((reading) => [anchorOf(reading.block), reading]));
  }

  /** Counts a key hashed anew. */
  hashing(): void {
    this.hashed++;
  }
}

/** Whether a block that names `references` may name other blocks than it did, where `again` moved items or labels. */
function namesMoved(references: References, again: PartitionAgain & { readonly layout: Layout }): boolean {
  const { moved } = again;
  if (!moved) return false;
  const inside = (address: bigint | undefined): boolean => address !== undefined && address >= moved.lo && address <= moved.hi;
  return references.numbers.some(inside) || references.addresses.some(inside)
    || references.labels.some((label) => inside(again.partition.labelMap.get(label)) || inside(again.layout.labels.get(label)));
}

/**
 * A function from entry point to its key, for one lowered program of the
 * document `file`; with the document's `memory`, the blocks the last program
 * had too are not found or read again, nor the keys of entries whose blocks
 * are as they were made again.
 */
export function entryKeys(inputs: KeyInputs, file: string, memory = new KeyMemory()): (entry: EntryPoint) => EntryKey {
  const { program } = inputs;
  const sites = new Map<bigint, unknown>((inputs.sites ?? []).map((s) => [s.address, s.fact]));
  const again = memory.blocksAgain(file, program, sites, inputs.moved);
  const found = again?.partition ?? partition(program);
  const { blocks, at, loose: labels, regions } = found;
  // What each block names through its instructions and data, found once.
  // A number is an address of code only where a label is: page sizes and
  // counts (1000h, 10000h) fall inside the synthetic layout's code all the
  // time, while code pointers (OFFSET Handler, DCD routine) name labels.
  const pointedAt = (address: bigint): number => {
    const b = at(address);
    return b >= found.regions || program.labelsAtAddress(address).length > 0 ? b : -1;
  };
  // Each block is read once; an entry's key combines the hashes of the blocks it reaches.
  // Code is hashed with its lines apart, data blocks and the shared inputs
  // without lines: `lines` covers those.
  const read = (block: Block, facts: readonly unknown[]): Omit<BlockReading, 'block' | 'facts'> => {
    const found: References = { labels: [], addresses: [], numbers: [] };
    for (const item of block.instructions) references(item, found);
    const links = linkCodes(block);
    for (const item of block.data) if (!links.has(item.address)) for (const v of item.values) constantsIn(v.value, found.numbers);
    if (block.instructions.length === 0) return { digest: digestOf([...block.data, block.labels], file, 'none'), relative: undefined, references: found };
    const relative = relativeDigest(block, facts, file);
    return { digest: digestAt(relative, block.start), relative: relative.hash, references: found };
  };
  let compared = 0;
  let readAnew = 0;
  const readings = blocks.map((block, b) => {
    if (again && !again.made.has(b)) return again.layout.readings[b] as BlockReading;
    const facts = block.instructions.map((item) => sites.get(item.address) ?? null);
    // Copies of the last block's items, moved as one, read as it did, moved, when their sites' facts moved alike (a VxD call site's are made anew).
    const was = again?.copied.has(b) && inputs.moved ? again.layout.readings[b] as BlockReading : undefined;
    if (was && inputs.moved && movedAlike(was.facts, facts, file, inputs.moved.rows)) return movedReading(was, block, facts, inputs.moved.rows);
    compared++;
    return memory.reading(file, block, facts, () => {
      readAnew++;
      return read(block, facts);
    });
  });
  const hashes = readings.map((reading) => reading.digest);
  // Which blocks are code counts as much as where they lie.
  const bounds = again && !again.moved ? again.layout.bounds : [BigInt(found.regions), ...blocks.flatMap((block) => [block.start, block.end])];
  const known = again
    ? (index: number, reading: BlockReading) => (again.layout.readings[index]?.references === reading.references && !namesMoved(reading.references, again)
      ? again.layout.targets[index] : undefined)
    : memory.targets(file, bounds, program.labels);
  const targets = readings.map((reading, index) => {
    const kept = known(index, reading);
    if (kept) return kept;
    const named = reading.references;
    const found = new Set<number>();
    for (const label of named.labels) {
      const address = program.label(label);
      if (address !== undefined) found.add(at(address));
    }
    for (const address of named.addresses) found.add(at(address));
    for (const number of named.numbers) found.add(pointedAt(number));
    found.delete(-1);
    return [...found];
  });
  const shared = digestOf([inputs.shared, labels], file, 'none');
  // Control runs on to the next item, as the explorer takes it, across any gap (ALIGN's padding, a slot's rest).
  // So does the last reason of a jump table that runs on into the routine after the table's run.
  const after = blocks.map((block) => {
    const last = block.instructions[block.instructions.length - 1];
    if (!last) return -1;
    if (!mayFallThrough(last.instruction)) {
      const routine = tableRunsOnPast(program, last);
      return routine === undefined ? -1 : at(routine);
    }
    const next = program.itemAfter(last);
    return next ? at(next.address) : -1;
  });
  // OS_WriteS returns past the string laid out after it: a string outside the region's code runs on to what follows it.
  blocks.forEach((block, b) => {
    const last = block.instructions[block.instructions.length - 1];
    const string = after[b] as number;
    if (!last || string < found.regions || !resumesPastInlineString(last.instruction)) return;
    after[string] = at(program.landingAt((blocks[string] as Block).end));
  });
  const layout = { bounds, labels: program.labels, readings, targets };
  const previous = memory.reachesLike(file, layout, after, shared.hash);
  const reaches: Reaches = { after, shared: shared.hash, reached: new Map(), own: new Map(), keys: new Map() };
  memory.keep(file, layout, reaches, found, sites, again ? again.made.size : blocks.length, compared, readAnew);
  const reach = (start: number): readonly number[] => {
    // An entry outside every region's code is keyed by everything.
    const reached = new Set<number>(start < 0 ? blocks.keys() : [start]);
    const work = [...reached];
    for (let i = work.pop(); i !== undefined; i = work.pop()) {
      for (const b of targets[i] as number[]) {
        if (reached.has(b)) continue;
        reached.add(b);
        work.push(b);
      }
      const next = after[i] as number;
      if (next >= 0 && !reached.has(next)) {
        reached.add(next);
        work.push(next);
      }
    }
    return [...reached].sort((a, b) => a - b);
  };
  // Entries the lowering handed over again, or moved down as one, keep their digest.
  const ownDigest = (entry: EntryPoint): Digest => {
    const fact = inputs.own?.(entry);
    const was = previous?.reaches.own.get(entry.name);
    const rows = was && entry.source.file === file && was.entry.source.file === file ? entry.source.range.start.line - was.entry.source.range.start.line : 0;
    const digest = was && movedAlike(was.fact, fact, file, 0) && movedAlike(was.entry, entry, file, rows) ? movedDigest(was.digest, rows) : digestOf([entry, fact], file, 'apart');
    reaches.own.set(entry.name, { entry, fact, digest });
    return digest;
  };
  // What a constant names inside code, for a relative key: the data item there, as it lies, and its name there. The
  // data blocks a constant names are reached, and code bytes are no memory a run reads.
  const anchors = new Map<bigint, string>();
  const anchor = (number: bigint): string => {
    let found = anchors.get(number);
    if (found === undefined) {
      const b = at(number);
      const item = b >= 0 && b < regions ? itemHolding((blocks[b] as Block).data, number) : undefined;
      found = item ? `${number} ${digestOf([item], file, 'none').hash} ${program.dataName(number) ?? ''}` : '';
      anchors.set(number, found);
    }
    return found;
  };
  // Whether each block can be keyed relative: 1 if so, 2 if not, 0 before it is asked.
  const relatives = new Uint8Array(blocks.length);
  const relative = (i: number): boolean => {
    if (relatives[i] === 0) {
      const reading = readings[i] as BlockReading;
      const block = blocks[i] as Block;
      const last = block.instructions[block.instructions.length - 1];
      // Where no instruction is, the explorer says so by its address: past the last instruction, or past the string of an OS_WriteS last.
      const ok = !last || (freeOfAddresses(reading) && !(mayFallThrough(last.instruction) && program.itemAfter(last) === undefined) && !resumesPastInlineString(last.instruction)
        && reading.references.labels.every((label) => {
          const address = program.label(label);
          return address === undefined || program.itemAt(address) !== undefined;
        }));
      relatives[i] = ok ? 1 : 2;
    }
    return relatives[i] === 1;
  };
  // An entry whose code can make no value of where code lies, and can jump only to code, runs alike wherever its
  // code lies as long as it lies as far apart as it did: its key counts the code's addresses from its region's
  // start. Such code reads memory only where constants name it, so the data blocks it reaches, and what its
  // constants name, are keyed where they are: moved data changes the key.
  const relativeKey = (entry: EntryPoint, start: number, order: readonly number[]): string | undefined => {
    if (start < 0) return undefined;
    if (!order.every(relative)) return undefined;
    const base = (blocks[start] as Block).start;
    const hash = createHash('sha256').update('relative').update(shared.hash)
      .update(digestOf([{ ...entry, address: entry.address - base }, inputs.own?.(entry)], file, 'apart').hash);
    for (const i of order) {
      const reading = readings[i] as BlockReading;
      const block = blocks[i] as Block;
      // Data is read only where constants name it.
      hash.update(block.instructions.length === 0 ? `@${reading.digest.hash}` : `${block.start - base} ${reading.relative}`);
      for (const number of reading.references.numbers) {
        const named = anchor(number);
        if (named !== '') hash.update(named);
      }
    }
    return hash.digest('hex');
  };
  let placement: string | undefined;
  const lines = (): string => (placement ??= digestOf([...program.items.map((item) => item.source), ...program.entries.map((entry) => entry.source), inputs.shared], file, 'absolute').hash);

  // The blocks whose digests changed, few after an edit: an entry's key is as it was unless it reaches one of them.
  const changed = previous?.same?.flatMap((same, i) => (same ? [] : [i]));
  const reachesChanged = (order: readonly number[]): boolean => (changed as number[]).some((i) => includes(order, i));

  return (entry) => {
    const start = found.region(entry.address);
    const order = (previous?.graph ? previous.reaches.reached.get(start) : undefined) ?? reach(start);
    reaches.reached.set(start, order);
    const own = ownDigest(entry);
    const id = `${start} ${own.hash}`;
    let key = changed && !reachesChanged(order) ? previous?.reaches.keys.get(id) : undefined;
    if (key === undefined) {
      memory.hashing();
      key = relativeKey(entry, start, order);
      if (key === undefined) {
        const hash = createHash('sha256').update(shared.hash).update(own.hash);
        for (const i of order) hash.update((hashes[i] as Digest).hash);
        key = hash.digest('hex');
      }
    }
    reaches.keys.set(id, key);
    // Parts of the document only: data blocks are not code, and their lines are placed nowhere.
    const bases: number[] = [];
    const layouts: LineLayout[] = [];
    /** Each part's block, -1 for the entry itself. */
    const placed: number[] = [];
    if (own.base !== undefined && own.layout) {
      bases.push(own.base);
      layouts.push(own.layout);
      placed.push(-1);
    }
    for (const i of order) {
      const { base, layout } = hashes[i] as Digest;
      if (base !== undefined && layout && (blocks[i] as Block).instructions.length > 0) {
        bases.push(base);
        layouts.push(layout);
        placed.push(i);
      }
    }
    // Only an entry analysed anew needs them: where its result's lines lie.
    const parts = (): Map<number, number[]> => {
      const found = new Map<number, number[]>();
      const add = (span: SourceSpan, index: number): void => {
        if (span.file !== file) return;
        for (const line of [span.range.start.line, span.range.end.line]) {
          const known = found.get(line);
          if (!known) found.set(line, [index]);
          else if (known[known.length - 1] !== index) known.push(index);
        }
      };
      placed.forEach((i, index) => {
        if (i < 0) return add(entry.source, index);
        const block = blocks[i] as Block;
        for (const item of block.instructions) add(item.source, index);
        for (const item of block.data) add(item.source, index);
      });
      return found;
    };
    return { key, lines, bases, layouts, parts };
  };
}

/** Whether the ascending `order` holds `i`. */
function includes(order: readonly number[], i: number): boolean {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = order[middle] as number;
    if (at === i) return true;
    if (at < i) low = middle + 1;
    else high = middle;
  }
  return false;
}
