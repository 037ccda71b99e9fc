import { mayFallThrough, type ArmInstruction, type EntryPoint, type Program } from '../../../../emulator/src/index.js';
import { constantsIn } from '../constantsIn.js';

// ARM code by blocks, each from a label (or an entry) to the next, for
// which code only one entry of a module reaches (releaseOrder.ts). A block
// reaches every block one of its branches names, and the next when control
// may run on into it (or a jump computed from the PC may jump past its
// end). Every way in but the entry's own starts at a label: the other
// entries, handlers and header words, every label an ADR, a constant or a
// data word names (a module's data also as an offset from its start, as its
// header and service and command tables name code), and every label no
// branch names, which only such a way can reach (a table of offsets
// between labels). What those reach is not the entry's alone.

const BRANCHES = new Set(['b', 'bl', 'bx', 'blx']);
const PC = 15;

/** A jump computed from the PC (`ADD pc, pc, r0, LSL #2`, `LDR pc, [pc, r0, LSL #2]`): into a table laid out after it. */
function jumpsIntoTable(i: ArmInstruction): boolean {
  const [first, ...rest] = i.operands;
  return !BRANCHES.has(i.mnemonic) && first?.kind === 'reg' && first.reg === PC
    && rest.some((o) => (o.kind === 'reg' && o.reg === PC) || (o.kind === 'mem' && (o.base === PC || (o.offset.kind === 'reg' && o.offset.reg === PC))));
}

/** A way into the code other than by a branch: the block it enters, and where the data word that names it stands, if one does. */
interface WayIn {
  readonly block: number;
  readonly word?: bigint;
}

/** The module entries whose code `onlyReaches` tells, with their header words' offsets. */
const HEADER_WORDS = { init: 4n, final: 8n } as const;

export class CodeBlocks {
  private readonly blockOf: Int32Array;
  private readonly indexAt = new Map<bigint, number>();
  private readonly next: number[][];
  private readonly waysIn: WayIn[] = [];
  private readonly branched = new Set<string>();
  /** The blocks a BL names: routines, whose returns go back to their callers. */
  private readonly called = new Set<number>();

  constructor(private readonly program: Program<ArmInstruction>, private readonly entries: readonly EntryPoint[], private readonly base: bigint) {
    const { items } = program;
    const entryAddresses = new Set(entries.map((e) => e.address));
    this.blockOf = new Int32Array(items.length);
    const { indexAt } = this;
    let blocks = 0;
    items.forEach((item, k) => {
      if (k === 0 || entryAddresses.has(item.address) || program.labelsAtAddress(item.address).length > 0) blocks++;
      this.blockOf[k] = blocks - 1;
      indexAt.set(item.address, k);
    });
    const codeBlock = (address: bigint | undefined): number | undefined => (address === undefined ? undefined : this.blockAt(address));
    const next: number[][] = Array.from({ length: blocks }, () => []);
    this.next = next;
    const enters = (address: bigint | undefined, word?: bigint): void => {
      const block = address !== undefined && program.labelsAtAddress(address).length > 0 ? codeBlock(address) : undefined;
      if (block !== undefined) this.waysIn.push(word === undefined ? { block } : { block, word });
    };
    items.forEach((item, k) => {
      const b = this.blockOf[k] as number;
      const last = k + 1 === items.length || this.blockOf[k + 1] !== b;
      if (item.kind === 'data') {
        let at = item.address;
        for (const { bytes, value } of item.values) {
          if (value.kind === 'const') {
            enters(value.value, at);
            if (bytes === 4) enters((base + value.value) & 0xffffffffn, at);
          }
          at += BigInt(bytes);
        }
        if (last && b + 1 < blocks) next[b]?.push(b + 1);
        return;
      }
      const i = item.instruction;
      for (const o of i.operands) {
        if (o.kind === 'target' && BRANCHES.has(i.mnemonic)) {
          this.branched.add(o.label);
          const target = codeBlock(program.label(o.label));
          if (target === undefined) continue;
          next[b]?.push(target);
          if (i.mnemonic === 'bl' || i.mnemonic === 'blx') this.called.add(target);
        } else if (o.kind === 'target') enters(program.label(o.label));
        else {
          const found: bigint[] = [];
          if (o.kind === 'imm') constantsIn(o.value, found);
          else if (o.kind === 'mem' && o.offset.kind === 'imm') constantsIn(o.offset.value, found);
          for (const c of found) enters(c);
        }
      }
      if (b + 1 < blocks && ((last && mayFallThrough(i)) || jumpsIntoTable(i))) next[b]?.push(b + 1);
    });
  }

  /** The blocks `from` reach. */
  private reach(from: Iterable<number>): Set<number> {
    const reached = new Set(from);
    const work = [...reached];
    for (let b = work.pop(); b !== undefined; b = work.pop()) {
      for (const n of this.next[b] ?? []) {
        if (!reached.has(n)) {
          reached.add(n);
          work.push(n);
        }
      }
    }
    return reached;
  }

  /**
   * Which items only the module's `which` entry reaches, by its header word
   * (the kernel's way in): undefined when the module has no such entry.
   * With `ownFrame`, also not through a BL from anywhere: the items run in
   * the entry's own frame, whose return goes back to the kernel (a call
   * made by a branch after LR was set from the PC is not told apart here).
   */
  onlyReaches(which: keyof typeof HEADER_WORDS, ownFrame = false): ((k: number) => boolean) | undefined {
    const own = this.entries.find((e) => e.contract.kind === 'module-entry' && e.contract.entry === which);
    const ownBlock = own && this.blockAt(own.address);
    if (!own || ownBlock === undefined) return undefined;
    const header = this.base + HEADER_WORDS[which];
    const roots = this.waysIn.filter((w) => w.word !== header).map((w) => w.block);
    for (const e of this.entries) {
      const block = e === own || e.contract.kind === 'procedure' ? undefined : this.blockAt(e.address);
      if (block !== undefined) roots.push(block);
    }
    for (const [name, address] of this.program.labels) {
      const block = address === own.address || this.branched.has(name) ? undefined : this.blockAt(address);
      if (block !== undefined) roots.push(block);
    }
    if (ownFrame) roots.push(...this.called);
    const others = this.reach(roots);
    const reached = this.reach([ownBlock]);
    return (k) => reached.has(this.blockOf[k] as number) && !others.has(this.blockOf[k] as number);
  }

  /** The index of the (last) item at `address`. */
  indexOf(address: bigint): number | undefined {
    return this.indexAt.get(address);
  }

  /** The block of the instruction at `address`, if one is there. */
  private blockAt(address: bigint): number | undefined {
    const k = this.indexAt.get(address);
    return k !== undefined && this.program.items[k]?.kind === 'instruction' ? this.blockOf[k] : undefined;
  }
}
