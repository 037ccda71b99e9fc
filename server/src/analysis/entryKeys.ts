import { createHash } from 'node:crypto';
import type { DataItem, EntryPoint, Expr, InstructionItem, Program, SourceSpan } from '../../../emulator/src/index.js';
import { digestOf, type Digest } from './valueDigest.js';

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
// Lines in the document itself are keyed relative to a first line: the
// entry's own relative to the entry's first line, each code region's relative
// to the region's first line, so an edit that only moves an entry, or the
// code it reaches, up or down keeps its key, even when the entry and that
// code move apart (a new line between a procedure and the routine it calls);
// its findings are moved instead, each line with the part it lies in
// (`entryPositions.ts`). Data blocks and the shared inputs are keyed without
// their lines, which findings seldom point at (execution running into data,
// an area's creation): a result that points anywhere outside the entry's
// code is reused only while every line of the program is where it was
// (`lines`). Addresses are keyed as they are, so new code or data moves the
// keys of what is laid out after it.

export interface KeyInputs {
  readonly program: Program;
  /** What every entry's analysis reads besides the program: settings, target or mode, area creations. */
  readonly shared: unknown;
  /** Facts attached to single instructions (a VMM call site at its `int 20h`), part of a key when the entry reaches that instruction. */
  readonly sites?: readonly { readonly address: bigint; readonly fact: unknown }[];
}

/** An entry's key, and where the parts its findings may point at lie. */
export interface EntryKey {
  readonly key: string;
  /** Where everything in the document lies: what a result that points outside the entry's code must match to be reused. Worked out on first call, for the few results that need it. */
  readonly lines: () => string;
  /**
   * The first line of each part of the entry that moves as one: the entry
   * itself, then each code region it reaches, in address order. Each part's
   * lines are keyed relative to its base, so between two results of one key
   * each part has moved by the difference of its bases.
   */
  readonly bases: readonly number[];
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

/** What an instruction names: the labels it jumps to or calls and the addresses it reads relative to the PC (returned), and its constants (immediates, displacements: into `numbers`). */
function references(item: InstructionItem, program: Program, numbers: bigint[]): bigint[] {
  const certain: bigint[] = [];
  for (const operand of item.instruction.operands) {
    if (operand.kind === 'target') {
      const address = program.label(operand.label);
      if (address !== undefined) certain.push(address);
    } else if (operand.kind === 'imm') constants(operand.value, numbers);
    else if (operand.kind === 'mem') {
      if ('disp' in operand) constants(operand.disp, numbers);
      else if (operand.offset.kind === 'imm') {
        constants(operand.offset.value, numbers);
        if (operand.base === ARM_PC) certain.push(...pcRelative(item, operand.offset.value, operand.subtract));
      }
    }
  }
  return certain;
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

function codeRegions(program: Program): Block[] {
  const starts = [...new Set(program.entries.map((e) => e.address))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const regions: InstructionItem[][] = starts.map(() => []);
  const before: InstructionItem[] = [];
  let r = -1;
  for (const item of program.items) {
    if (item.kind !== 'instruction') continue;
    while (r + 1 < starts.length && item.address >= (starts[r + 1] as bigint)) r++;
    (r < 0 ? before : (regions[r] as InstructionItem[])).push(item);
  }
  // Code before the first entry point is a region of its own.
  return [before, ...regions].filter((items) => items.length > 0).map((instructions) => {
    const last = instructions[instructions.length - 1] as InstructionItem;
    return { start: (instructions[0] as InstructionItem).address, end: last.address + BigInt(last.size), instructions, data: [], labels: [] };
  });
}

/** The block holding `address` (half-open), by binary search over blocks sorted by address; -1 if none. */
function blockAt(blocks: readonly Block[], address: bigint): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid] as Block;
    if (address < block.start) hi = mid - 1;
    else if (address >= block.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A function from entry point to its key, for one lowered program of the document `file`. */
export function entryKeys(inputs: KeyInputs, file: string): (entry: EntryPoint) => EntryKey {
  const { program } = inputs;
  const regions = codeRegions(program);
  // Data laid out among a region's code (jump tables, the link code after
  // `int 20h`) belongs to that region; the rest forms data blocks.
  const loose: DataItem[] = [];
  for (const item of program.items) {
    if (item.kind !== 'data') continue;
    const r = blockAt(regions, item.address);
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
  const at = (address: bigint): number => {
    const r = blockAt(regions, address);
    if (r >= 0) return r;
    const d = blockAt(dataBlocks, address);
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
  const targets = blocks.map((block) => {
    const found = new Set<number>();
    const numbers: bigint[] = [];
    for (const item of block.instructions) {
      for (const address of references(item, program, numbers)) found.add(at(address));
    }
    for (const item of block.data) for (const v of item.values) constants(v.value, numbers);
    for (const number of numbers) found.add(pointedAt(number));
    found.delete(-1);
    return [...found];
  });
  const sites = new Map<bigint, unknown>((inputs.sites ?? []).map((s) => [s.address, s.fact]));
  // Each block is hashed once; an entry's key combines the hashes of the blocks it reaches.
  // Code is hashed with its lines relative to its first, data blocks and
  // the shared inputs without lines: `lines` covers those.
  const hashes = blocks.map((block) => {
    const parts: unknown[] = [];
    for (const item of block.instructions) parts.push(item, sites.get(item.address) ?? null);
    parts.push(...block.data, block.labels);
    return digestOf(parts, file, block.instructions.length > 0 ? 'relative' : 'none');
  });
  const shared = digestOf([inputs.shared, labels], file, 'none');
  let placement: string | undefined;
  const lines = (): string => (placement ??= digestOf([...program.items.map((item) => item.source), ...program.entries.map((entry) => entry.source), inputs.shared], file, 'absolute').hash);

  return (entry) => {
    const start = blockAt(regions, entry.address);
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
    const own = digestOf([entry], file, 'relative');
    const hash = createHash('sha256').update(shared.hash).update(own.hash);
    for (const i of order) hash.update((hashes[i] as Digest).hash);
    // Parts of the document only: data blocks are not code, and their lines are not keyed relative to anything.
    const placed: { readonly base: number; readonly groups: readonly (readonly { readonly source: SourceSpan }[])[] }[] = [];
    if (own.base !== undefined) placed.push({ base: own.base, groups: [[entry]] });
    for (const i of order) {
      const block = blocks[i] as Block;
      const { base } = hashes[i] as Digest;
      if (block.instructions.length > 0 && base !== undefined) placed.push({ base, groups: [block.instructions, block.data] });
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
    return { key: hash.digest('hex'), lines, bases: placed.map((part) => part.base), parts };
  };
}
