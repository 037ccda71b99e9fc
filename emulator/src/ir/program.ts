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
  | { readonly kind: 'procedure' }
  /** A VxD control-procedure dispatch target (`Control_Dispatch Sys_Critical_Init, handler`). */
  | { readonly kind: 'control-dispatch'; readonly message: string }
  /** A dynamic-area handler dispatching on R0 itself. Unknown flag bit 8 means both kinds of area. */
  | { readonly kind: 'da-handler'; readonly needsSpecificPages?: boolean }
  /** The code for one reason of a dynamic-area handler (0 PreGrow … 6 ResizePMP). */
  | { readonly kind: 'da-handler-reason'; readonly reason: number; readonly needsSpecificPages?: boolean }
  /** A module's SWI handler; `chunk` is the SWI chunk base when known. */
  | { readonly kind: 'swi-handler'; readonly chunk?: number }
  | { readonly kind: 'module-entry'; readonly entry: 'init' | 'final' | 'service' | 'command' | 'start' }
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

/** Whether `items` lie at the addresses `previous` lay at, one for one. */
function sameAddresses(items: readonly ProgramItem[], previous: readonly ProgramItem[]): boolean {
  if (items.length !== previous.length) return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ProgramItem;
    const was = previous[i] as ProgramItem;
    if (item !== was && item.address !== was.address) return false;
  }
  return true;
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

export class Program<I extends Instruction = Instruction> implements ProgramParts<I> {
  readonly arch: Arch;
  readonly items: readonly ProgramItem<I>[];
  readonly labels: ReadonlyMap<string, bigint>;
  readonly symbols: ReadonlyMap<string, Expr>;
  readonly storage: ReadonlyMap<string, StorageField>;
  readonly entries: readonly EntryPoint[];
  private readonly byAddress: ReadonlyMap<bigint, number>;
  /** The data's bytes, made on first use: an edit whose entry points are all reused never reads them. */
  private memory: { readonly bytes: ReadonlyMap<bigint, bigint>; readonly writable: ReadonlySet<bigint> } | undefined;
  /**
   * The labels by address, made on first use: a VxD edit's lowering makes a
   * new label map, and an edit whose entry points are all reused asks no
   * label by address.
   */
  private labelIndex: ReadonlyMap<bigint, readonly string[]> | undefined;

  /**
   * `previous`: the program this one is made again from (after an edit),
   * whose look-ups by address it shares where they answer alike: those of
   * items when its items lie at the same addresses, those of labels when
   * its labels are the same map (and it made them).
   */
  constructor(parts: ProgramParts<I>, previous?: Program<I>) {
    this.arch = parts.arch;
    this.labels = parts.labels;
    this.symbols = parts.symbols;
    this.storage = parts.storage;
    this.entries = parts.entries;
    const items = [...parts.items];
    // Items where the last program's lay are in address order already.
    let shared = previous !== undefined && sameAddresses(items, previous.items);
    if (!shared && !inAddressOrder(items)) {
      items.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
      shared = previous !== undefined && sameAddresses(items, previous.items);
    }
    this.items = items;
    if (shared && previous) this.byAddress = previous.byAddress;
    else {
      const byAddress = new Map<bigint, number>();
      this.items.forEach((item, i) => byAddress.set(item.address, i));
      this.byAddress = byAddress;
    }
    if (previous?.labels === this.labels) this.labelIndex = previous.labelIndex;
  }

  private get labelsAt(): ReadonlyMap<bigint, readonly string[]> {
    return (this.labelIndex ??= labelsByAddress(this.labels));
  }

  private dataMemory(): { readonly bytes: ReadonlyMap<bigint, bigint>; readonly writable: ReadonlySet<bigint> } {
    if (this.memory) return this.memory;
    const bytes = new Map<bigint, bigint>();
    const writable = new Set<bigint>();
    for (const item of this.items) {
      if (item.kind !== 'data') continue;
      if (item.writable) for (let b = 0n; b < BigInt(item.size); b++) writable.add(item.address + b);
      let at = item.address;
      for (const v of item.values) {
        if (v.value.kind === 'const') {
          for (let b = 0; b < v.bytes; b++) bytes.set(at + BigInt(b), (v.value.value >> BigInt(8 * b)) & 0xffn);
        }
        at += BigInt(v.bytes);
      }
    }
    this.memory = { bytes, writable };
    return this.memory;
  }

  private openNames: ReadonlySet<string> | undefined;

  /**
   * The names of the symbols the program's own text holds: values the
   * lowering could not give (a constant from a header it did not find, an
   * import, an expression it does not model). No analysis made them as
   * inputs, so a finding must not rest on one.
   */
  get textSymbols(): ReadonlySet<string> {
    if (this.openNames) return this.openNames;
    const found = new Map<string, Expr>();
    for (const item of this.items) {
      if (item.kind === 'data') { for (const v of item.values) symbolsOf(v.value, found); continue; }
      for (const o of item.instruction.operands) {
        if (o.kind === 'imm') symbolsOf(o.value, found);
        else if (o.kind === 'mem' && 'disp' in o) symbolsOf(o.disp, found);
        else if (o.kind === 'mem' && o.offset.kind === 'imm') symbolsOf(o.offset.value, found);
      }
    }
    this.openNames = new Set(found.keys());
    return this.openNames;
  }

  itemAt(address: bigint): ProgramItem<I> | undefined {
    const i = this.byAddress.get(address);
    return i === undefined ? undefined : this.items[i];
  }

  /** The item laid out right after `item` (the `dd` after an `int 20h`, the fall-through of an instruction). */
  itemAfter(item: ProgramItem<I>): ProgramItem<I> | undefined {
    const i = this.byAddress.get(item.address);
    return i === undefined ? undefined : this.items[i + 1];
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

  /**
   * The constant bytes of the program's data, as initial memory of a concrete
   * run. Symbolic data (unevaluated equates) reads as unknown.
   */
  readonly image: MemoryImage = (address) => this.dataMemory().bytes.get(address);

  /**
   * Initial memory of a procedure analysis: the constant bytes of read-only
   * data only. Writable data reads as unknown there, because other code may
   * have changed it before the procedure runs.
   */
  readonly constantImage: MemoryImage = (address) => {
    const { bytes, writable } = this.dataMemory();
    return writable.has(address) ? undefined : bytes.get(address);
  };

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
    for (let a = address - 1n; a >= item.address; a--) {
      const name = this.labelsAt.get(a)?.[0];
      if (name !== undefined) return `${name}+${address - a}`;
    }
    return undefined;
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
