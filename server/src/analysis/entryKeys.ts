import { createHash } from 'node:crypto';
import type { DataItem, EntryPoint, Expr, InstructionItem, Program } from '../../../emulator/src/index.js';

// An entry point's findings depend on the code it can reach and on what that
// code reads; its key covers exactly that, so equal keys mean the same
// analysis and different keys a new one. What counts:
// - the entry point and everything every entry shares: the settings, the
//   dialect's options (target, address mode, area creations), the data and
//   labels outside code, equates and storage maps (data is read through
//   addresses, so it is not narrowed per entry; an edit to data or to an
//   equate re-analyses everything);
// - the instructions and data of every region (the code from one entry
//   point's address up to the next's, with the data and labels among it) the
//   entry can reach: its own, the regions its jumps and calls name, those
//   whose addresses its constants or its data (jump tables) hold, and the
//   next region when its last instruction may fall through.
// Instructions and data are keyed with their addresses and source positions,
// since findings carry both: an edit that moves later code (a new line, a new
// instruction) re-analyses what it moved.

export interface KeyInputs {
  readonly program: Program;
  /** What every entry's analysis reads besides the program: settings, target or mode, area creations. */
  readonly shared: unknown;
  /** Facts attached to single instructions (a VMM call site at its `int 20h`), part of a key when the entry reaches that instruction. */
  readonly sites?: readonly { readonly address: bigint; readonly fact: unknown }[];
}

interface Region {
  readonly start: bigint;
  /** One past the last instruction's bytes. */
  readonly end: bigint;
  readonly instructions: readonly InstructionItem[];
}

function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
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

/** The values an instruction names: its constants (immediates, displacements) and the labels it jumps to or calls. */
function references(item: InstructionItem, program: Program): bigint[] {
  const found: bigint[] = [];
  for (const operand of item.instruction.operands) {
    if (operand.kind === 'target') {
      const address = program.label(operand.label);
      if (address !== undefined) found.push(address);
    } else if (operand.kind === 'imm') constants(operand.value, found);
    else if (operand.kind === 'mem') {
      if ('disp' in operand) constants(operand.disp, found);
      else if (operand.offset.kind === 'imm') constants(operand.offset.value, found);
    }
  }
  return found;
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

function regionsOf(program: Program): Region[] {
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
    return { start: (instructions[0] as InstructionItem).address, end: last.address + BigInt(last.size), instructions };
  });
}

/** A function from entry point to its key, for one lowered program. */
export function entryKeys(inputs: KeyInputs): (entry: EntryPoint) => string {
  const { program } = inputs;
  const regions = regionsOf(program);
  const regionAt = (address: bigint): number => {
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const region = regions[mid] as Region;
      if (address < region.start) hi = mid - 1;
      else if (address >= region.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  // Data laid out among a region's code (jump tables, the link code after
  // `int 20h`) belongs to that region; the rest is everyone's.
  const embedded = regions.map((): DataItem[] => []);
  const data: DataItem[] = [];
  for (const item of program.items) {
    if (item.kind !== 'data') continue;
    const r = regionAt(item.address);
    (r < 0 ? data : (embedded[r] as DataItem[])).push(item);
  }
  // What a region reaches through its instructions and its data, found once.
  const targets = regions.map((region, r) => {
    const found: bigint[] = [];
    for (const item of region.instructions) found.push(...references(item, program));
    for (const item of embedded[r] as DataItem[]) for (const v of item.values) constants(v.value, found);
    return [...new Set(found.map(regionAt))].filter((t) => t >= 0);
  });
  // Likewise a label in a region's code is that region's: a moved label
  // changes only the entries that reach it.
  const codeLabels = regions.map((): [string, bigint][] => []);
  const labels: [string, bigint][] = [];
  for (const label of program.labels) {
    const r = regionAt(label[1]);
    (r < 0 ? labels : (codeLabels[r] as [string, bigint][])).push(label);
  }
  const sites = new Map<bigint, string>((inputs.sites ?? []).map((s) => [s.address, serialise(s.fact)]));
  // Each region is hashed once; an entry's key combines the hashes of the regions it reaches.
  const regionHash = regions.map((region, r) => createHash('sha256').update([
    ...region.instructions.map((item) => serialise(item) + (sites.get(item.address) ?? '')),
    ...(embedded[r] as DataItem[]).map(serialise),
    serialise(codeLabels[r]),
  ].join('\n')).digest('hex'));
  const shared = createHash('sha256').update(serialise({
    shared: inputs.shared,
    data,
    symbols: [...program.symbols],
    storage: [...program.storage],
    labels,
  })).digest('hex');

  return (entry) => {
    const start = regionAt(entry.address);
    // An entry outside every region's code is keyed by all of it.
    const reached = new Set<number>(start < 0 ? regions.keys() : [start]);
    const work = [...reached];
    for (let i = work.pop(); i !== undefined; i = work.pop()) {
      const region = regions[i] as Region;
      const next = mayFallThrough(region.instructions[region.instructions.length - 1] as InstructionItem) && i + 1 < regions.length ? [i + 1] : [];
      for (const r of [...(targets[i] as number[]), ...next]) {
        if (reached.has(r)) continue;
        reached.add(r);
        work.push(r);
      }
    }
    const hash = createHash('sha256').update(shared).update(serialise(entry));
    for (const i of [...reached].sort((a, b) => a - b)) hash.update(regionHash[i] as string);
    return hash.digest('hex');
  };
}
