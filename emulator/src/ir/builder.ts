import { bv } from '../values/expr.js';
import type { Expr } from '../values/expr.js';
import type { ArmInstruction } from './arm.js';
import { Program } from './program.js';
import type { Arch, DataValue, EntryContract, EntryPoint, Instruction, ProgramItem, SourceSpan, StorageField } from './program.js';
import type { X86Instruction } from './x86.js';

// Builds programs for tests the way the lowering lays them out: one source
// line per call, instructions at 4 bytes (ARM) or 16 bytes (x86, synthetic),
// data at its real size, labels resolved at build() so tables may name code
// that comes later.

/** A data value, or the address of a label (DCD handler_table entries). */
export type BuilderValue = { readonly bytes: 1 | 2 | 4; readonly value: Expr } | { readonly bytes: 4; readonly label: string; readonly addend?: bigint };

type Pending<I extends Instruction> =
  | ProgramItem<I>
  | {
    readonly kind: 'pending-data'; readonly address: bigint; readonly size: number; readonly values: readonly BuilderValue[];
    readonly writable: boolean; readonly text?: string; readonly source: SourceSpan;
  };

export interface BuilderOptions {
  readonly file?: string;
  /** Address of the first item. */
  readonly origin?: bigint;
}

export class ProgramBuilder<I extends Instruction> {
  private address: bigint;
  private line = 0;
  private readonly file: string;
  private readonly items: Pending<I>[] = [];
  private readonly labels = new Map<string, bigint>();
  private readonly symbols = new Map<string, Expr>();
  private readonly storage = new Map<string, StorageField>();
  private readonly entries: { name: string; label: string; contract: EntryContract; source: SourceSpan }[] = [];
  private writable = false;

  constructor(private readonly arch: Arch, options: BuilderOptions = {}) {
    this.file = options.file ?? (arch === 'arm' ? 'test.s' : 'test.asm');
    this.address = options.origin ?? (arch === 'arm' ? 0x8000n : 0x1000n);
  }

  /**
   * Where the following data goes, as a lowering decides from the segment or
   * area: `data` (a MASM data segment, an ObjAsm DATA area) is writable,
   * `code` (the default; code segments, READONLY/CODE areas) read-only.
   */
  section(kind: 'code' | 'data'): this {
    this.writable = kind === 'data';
    return this;
  }

  /** The address the next item will get. */
  get here(): bigint {
    return this.address;
  }

  label(name: string): this {
    if (this.labels.has(name)) throw new Error(`label ${name} defined twice`);
    this.labels.set(name, this.address);
    this.line++;
    return this;
  }

  instruction(instruction: I, text?: string): this {
    const size = this.arch === 'arm' ? 4 : 16;
    this.items.push({ kind: 'instruction', address: this.address, size, instruction, text, source: this.span(text) });
    this.address += BigInt(size);
    return this;
  }

  data(values: readonly BuilderValue[], text?: string): this {
    const size = values.reduce((n, v) => n + v.bytes, 0);
    this.items.push({ kind: 'pending-data', address: this.address, size, values, writable: this.writable, text, source: this.span(text) });
    this.address += BigInt(size);
    return this;
  }

  words(...values: (bigint | number | string)[]): this {
    return this.data(values.map((v) => (typeof v === 'string' ? { bytes: 4, label: v } : { bytes: 4, value: bv(v, 32) })));
  }

  /** A string's bytes, optionally zero-terminated (`= "Area busy", 0`). */
  string(text: string, terminate = true): this {
    const bytes = [...Buffer.from(text, 'latin1')].concat(terminate ? [0] : []);
    return this.data(bytes.map((b) => ({ bytes: 1 as const, value: bv(b, 8) })));
  }

  align(to: number): this {
    const rest = this.address % BigInt(to);
    if (rest !== 0n) this.data(Array.from({ length: Number(BigInt(to) - rest) }, () => ({ bytes: 1 as const, value: bv(0, 8) })));
    return this;
  }

  equate(name: string, value: Expr): this {
    this.symbols.set(name, value);
    this.line++;
    return this;
  }

  field(name: string, base: string, offset: bigint | number, size?: number): this {
    this.storage.set(name, { name, base, offset: BigInt(offset), size });
    this.line++;
    return this;
  }

  entry(name: string, label: string, contract: EntryContract = { kind: 'procedure' }): this {
    this.entries.push({ name, label, contract, source: this.span(name) });
    return this;
  }

  build(): Program<I> {
    const resolve = (label: string): bigint => {
      const a = this.labels.get(label);
      if (a === undefined) throw new Error(`undefined label ${label}`);
      return a;
    };
    const items: ProgramItem<I>[] = this.items.map((item) => {
      if (item.kind !== 'pending-data') return item;
      const values: DataValue[] = item.values.map((v) => ('label' in v ? { bytes: 4, value: bv(resolve(v.label) + (v.addend ?? 0n), 32) } : v));
      return { kind: 'data', address: item.address, size: item.size, values, text: item.text, source: item.source, ...(item.writable ? { writable: true } : {}) };
    });
    const entries: EntryPoint[] = this.entries.map((e) => ({ name: e.name, address: resolve(e.label), contract: e.contract, source: e.source }));
    return new Program<I>({ arch: this.arch, items, labels: this.labels, symbols: this.symbols, storage: this.storage, entries });
  }

  private span(text: string | undefined): SourceSpan {
    const line = this.line++;
    return { file: this.file, range: { start: { line, character: 0 }, end: { line, character: text?.length ?? 0 } } };
  }
}

export function armProgram(options?: BuilderOptions): ProgramBuilder<ArmInstruction> {
  return new ProgramBuilder<ArmInstruction>('arm', options);
}

export function x86Program(options?: BuilderOptions): ProgramBuilder<X86Instruction> {
  return new ProgramBuilder<X86Instruction>('x86', options);
}
