import { createHash } from 'node:crypto';
import type { DataItem, EntryPoint, Expr, InstructionItem, Program, SourceSpan } from '../../../emulator/src/index.js';
import { digestOf, movedAlike, movedItemsAlike, type Digest, type LineLayout } from './valueDigest.js';

// An entry point's findings depend on the code it can reach and on what that
// code reads; its key covers exactly that, so equal keys mean the same
// analysis and different keys a new one. What counts:
// - the entry point and everything every entry shares: the settings, the
//   dialect's options (target, address mode, area creations) and the labels
//   at no instruction or data;
// - the blocks the entry can reach. A block is a code region (the code from
//   one entry point's address up to the next's, with the data and labels
//   among it) or a data block (a run of data laid out end to end outside
//   code, with its labels). An entry reaches its own region, the blocks
//   a reached block names (jump and call targets, literal pools it reads
//   relative to the PC, and through its constants the data it reads, code
//   pointers stored in data, jump tables: a constant names code only at a
//   label, data anywhere in it), and the block laid out right
//   after a reached region whose last instruction may fall through. A data
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
// running into data, an area's creation): a result that points anywhere
// outside the entry's code is reused only while every line of the program
// is where it was (`lines`). Addresses are keyed as they are, so new code or
// data moves the keys of what is laid out after it.
//
// Keys are made again after every edit; a `KeyMemory` kept with the
// document's results spares them reading again what the last program had.

export interface KeyInputs {
  readonly program: Program;
  /** What every entry's analysis reads besides the program: settings, target or mode, area creations. */
  readonly shared: unknown;
  /** Facts attached to single instructions (a VMM call site at its `int 20h`), part of a key when the entry reaches that instruction. */
  readonly sites?: readonly { readonly address: bigint; readonly fact: unknown }[];
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

interface Block {
  readonly start: bigint;
  /** One past the last item's bytes. */
  readonly end: bigint;
  /** The instructions of a code region; empty for a data block. */
  readonly instructions: readonly InstructionItem[];
  readonly data: DataItem[];
  readonly labels: [string, bigint][];
}

function byAddress(a: { address: bigint }, b: { address: bigint }): number {
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}

function constants(e: Expr, into: bigint[]): void {
  switch (e.kind) {
    case 'const': into.push(e.value); return;
    case 'sym': return;
    case 'binary': constants(e.left, into); constants(e.right, into); return;
    case 'ite': constants(e.cond, into); constants(e.then, into); constants(e.else, into); return;
    default: constants(e.arg, into);
  }
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
    else if (operand.kind === 'imm') constants(operand.value, into.numbers);
    else if (operand.kind === 'mem') {
      if ('disp' in operand) constants(operand.disp, into.numbers);
      else if (operand.offset.kind === 'imm') {
        constants(operand.offset.value, into.numbers);
        if (operand.base === ARM_PC) into.addresses.push(...pcRelative(item, operand.offset.value, operand.subtract));
      }
    }
  }
}

const X86_ENDS = new Set(['ret', 'retn', 'retf', 'iret', 'iretd', 'jmp']);

/** Whether control can run on past the instruction into the next item. False only when that is certain. */
function mayFallThrough(item: InstructionItem): boolean {
  const insn = item.instruction;
  if (insn.arch === 'x86') return !X86_ENDS.has(insn.mnemonic);
  if (insn.condition !== 'al') return true;
  if (insn.mnemonic === 'b') return false;
  const [first] = insn.operands;
  if ((insn.mnemonic === 'mov' || insn.mnemonic === 'ldr') && first?.kind === 'reg' && first.reg === 15) return false;
  return !(insn.mnemonic === 'ldm' && insn.operands.some((o) => o.kind === 'reglist' && o.regs.includes(15)));
}

/**
 * The instructions from each entry point's address to the next one's, and
 * those before the first (the items lie in address order). One region is
 * filled at a time: filling one of an array of arrays made for every start
 * (then spread and filtered) deoptimised this loop ("wrong map") in the
 * first edits after every open.
 */
function codeRegions(program: Program): Block[] {
  const starts = [...new Set(program.entries.map((e) => e.address))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const regions: Block[] = [];
  let current: InstructionItem[] = [];
  let r = -1;
  for (const item of program.items) {
    if (item.kind !== 'instruction') continue;
    if (r + 1 < starts.length && item.address >= (starts[r + 1] as bigint)) {
      do r++;
      while (r + 1 < starts.length && item.address >= (starts[r + 1] as bigint));
      if (current.length > 0) regions.push(codeRegion(current));
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) regions.push(codeRegion(current));
  return regions;
}

function codeRegion(instructions: readonly InstructionItem[]): Block {
  const last = instructions[instructions.length - 1] as InstructionItem;
  return { start: (instructions[0] as InstructionItem).address, end: last.address + BigInt(last.size), instructions, data: [], labels: [] };
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

/** What the keys read of a block: its digest and what it names. */
interface BlockReading {
  readonly block: Block;
  /** The fact of each instruction's site (null where it has none). */
  readonly facts: readonly unknown[];
  readonly digest: Digest;
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

/** Where the blocks of a program lie and which labels it has: what the blocks a block names follow from. */
interface Layout {
  readonly bounds: readonly bigint[];
  readonly labels: ReadonlyMap<string, bigint>;
  readonly readings: readonly BlockReading[];
  readonly targets: readonly (readonly number[])[];
}

function sameLabels(a: ReadonlyMap<string, bigint>, b: ReadonlyMap<string, bigint>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, address] of a) if (b.get(name) !== address) return false;
  return true;
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

  /** The reading of `block` (with its instructions' site `facts`) for `file`, made by `read` unless the last program had the block. */
  reading(file: string, block: Block, facts: readonly unknown[], read: () => Omit<BlockReading, 'block' | 'facts'>): BlockReading {
    const known = this.file === file ? this.readings.get(anchorOf(block)) : undefined;
    const rows = known && movedBy(known, block, facts, file);
    if (!known || rows === undefined) return { block, facts, ...read() };
    if (rows === 0) return known;
    const { hash, base, layout } = known.digest;
    return { block, facts, digest: { hash, base: base === undefined ? undefined : base + rows, layout }, references: known.references };
  }

  /** What the block at `index`, read as `reading`, named in the last program, if the blocks and labels lie as they lay. */
  targets(file: string, bounds: readonly bigint[], labels: ReadonlyMap<string, bigint>): ((index: number, reading: BlockReading) => readonly number[] | undefined) {
    const layout = this.file === file ? this.layout : undefined;
    const same = layout !== undefined && layout.bounds.length === bounds.length && layout.bounds.every((b, i) => bounds[i] === b) && sameLabels(layout.labels, labels);
    return (index, reading) => (same && layout.readings[index]?.references === reading.references ? layout.targets[index] : undefined);
  }

  /** Keeps what was read of the program just keyed, and only that. */
  keep(file: string, layout: Layout): void {
    this.file = file;
    this.layout = layout;
    this.readings = new Map(layout.readings.map((reading) => [anchorOf(reading.block), reading]));
  }
}

/**
 * A function from entry point to its key, for one lowered program of the
 * document `file`; with the document's `memory`, the blocks the last program
 * had too are not read again.
 */
export function entryKeys(inputs: KeyInputs, file: string, memory = new KeyMemory()): (entry: EntryPoint) => EntryKey {
  const { program } = inputs;
  const regions = codeRegions(program);
  // Data laid out among a region's code (jump tables, the link code after
  // `int 20h`) belongs to that region; the rest forms data blocks.
  const inRegions = new Search(regions);
  const loose: DataItem[] = [];
  for (const item of program.items) {
    if (item.kind !== 'data') continue;
    const r = inRegions.at(item.address);
    if (r < 0) loose.push(item);
    else (regions[r] as Block).data.push(item);
  }
  const dataBlocks: Block[] = [];
  for (const item of loose.sort(byAddress)) {
    const last = dataBlocks[dataBlocks.length - 1];
    const end = item.address + BigInt(item.size);
    if (last && item.address <= last.end) {
      last.data.push(item);
      if (end > last.end) dataBlocks[dataBlocks.length - 1] = { ...last, end };
    } else dataBlocks.push({ start: item.address, end, instructions: [], data: [item], labels: [] });
  }
  const blocks = [...regions, ...dataBlocks];
  // Just past a block's end is where a backward walk over a table starts.
  const ends = new Map(dataBlocks.map((block, d) => [block.end, regions.length + d]));
  const inData = new Search(dataBlocks);
  const at = (address: bigint): number => {
    const r = inRegions.at(address);
    if (r >= 0) return r;
    const d = inData.at(address);
    return d >= 0 ? regions.length + d : ends.get(address) ?? -1;
  };
  const labels: [string, bigint][] = [];
  for (const label of program.labels) {
    const b = at(label[1]);
    (b < 0 ? labels : (blocks[b] as Block).labels).push(label);
  }
  // What each block names through its instructions and data, found once.
  // A number is an address of code only where a label is: page sizes and
  // counts (1000h, 10000h) fall inside the synthetic layout's code all the
  // time, while code pointers (OFFSET Handler, DCD routine) name labels.
  const pointedAt = (address: bigint): number => {
    const b = at(address);
    return b >= regions.length || program.labelsAtAddress(address).length > 0 ? b : -1;
  };
  const sites = new Map<bigint, unknown>((inputs.sites ?? []).map((s) => [s.address, s.fact]));
  // Each block is read once; an entry's key combines the hashes of the blocks it reaches.
  // Code is hashed with its lines apart, data blocks and the shared inputs
  // without lines: `lines` covers those.
  const read = (block: Block, facts: readonly unknown[]): Omit<BlockReading, 'block' | 'facts'> => {
    const parts: unknown[] = [];
    block.instructions.forEach((item, i) => parts.push(item, facts[i]));
    parts.push(...block.data, block.labels);
    const found: References = { labels: [], addresses: [], numbers: [] };
    for (const item of block.instructions) references(item, found);
    for (const item of block.data) for (const v of item.values) constants(v.value, found.numbers);
    return { digest: digestOf(parts, file, block.instructions.length > 0 ? 'apart' : 'none'), references: found };
  };
  const readings = blocks.map((block) => {
    const facts = block.instructions.map((item) => sites.get(item.address) ?? null);
    return memory.reading(file, block, facts, () => read(block, facts));
  });
  const hashes = readings.map((reading) => reading.digest);
  // Which blocks are code counts as much as where they lie.
  const bounds = [BigInt(regions.length), ...blocks.flatMap((block) => [block.start, block.end])];
  const known = memory.targets(file, bounds, program.labels);
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
  memory.keep(file, { bounds, labels: program.labels, readings, targets });
  const shared = digestOf([inputs.shared, labels], file, 'none');
  let placement: string | undefined;
  const lines = (): string => (placement ??= digestOf([...program.items.map((item) => item.source), ...program.entries.map((entry) => entry.source), inputs.shared], file, 'absolute').hash);

  return (entry) => {
    const start = inRegions.at(entry.address);
    // An entry outside every region's code is keyed by everything.
    const reached = new Set<number>(start < 0 ? blocks.keys() : [start]);
    const work = [...reached];
    for (let i = work.pop(); i !== undefined; i = work.pop()) {
      const block = blocks[i] as Block;
      const last = block.instructions[block.instructions.length - 1];
      const after = last && mayFallThrough(last) ? at(block.end) : -1;
      for (const b of targets[i] as number[]) {
        if (reached.has(b)) continue;
        reached.add(b);
        work.push(b);
      }
      if (after >= 0 && !reached.has(after)) {
        reached.add(after);
        work.push(after);
      }
    }
    const order = [...reached].sort((a, b) => a - b);
    const own = digestOf([entry], file, 'apart');
    const hash = createHash('sha256').update(shared.hash).update(own.hash);
    for (const i of order) hash.update((hashes[i] as Digest).hash);
    // Parts of the document only: data blocks are not code, and their lines are placed nowhere.
    const placed: { readonly base: number; readonly layout: LineLayout; readonly groups: readonly (readonly { readonly source: SourceSpan }[])[] }[] = [];
    if (own.base !== undefined && own.layout) placed.push({ base: own.base, layout: own.layout, groups: [[entry]] });
    for (const i of order) {
      const block = blocks[i] as Block;
      const { base, layout } = hashes[i] as Digest;
      if (block.instructions.length > 0 && base !== undefined && layout) placed.push({ base, layout, groups: [block.instructions, block.data] });
    }
    // Only an entry analysed anew needs them: where its result's lines lie.
    const parts = (): Map<number, number[]> => {
      const found = new Map<number, number[]>();
      placed.forEach(({ groups }, index) => {
        for (const { source: span } of groups.flat()) {
          if (span.file !== file) continue;
          for (const line of [span.range.start.line, span.range.end.line]) {
            const known = found.get(line);
            if (!known) found.set(line, [index]);
            else if (known[known.length - 1] !== index) known.push(index);
          }
        }
      });
      return found;
    };
    return { key: hash.digest('hex'), lines, bases: placed.map((part) => part.base), layouts: placed.map((part) => part.layout), parts };
  };
}
