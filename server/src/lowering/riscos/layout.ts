import { expr, exprKey, type ArmInstruction, type DataValue, type Expr, type ProgramItem, type SourceSpan } from '../../../../emulator/src/index.js';
import type { LoweredInstruction, PendingLiteral } from './armInstruction.js';

// Items at the addresses the assembler would give them: ARM instructions at
// 4 bytes (ADRL at 8), data at its real size, so PC-relative code, literal
// pools and jump tables compute the addresses the IR holds.

/** Where code starts; any base works, this one is a typical module address. */
export const ORIGIN = 0x8000n;

/** A data value of `bytes` bytes from a 32-bit Expr (truncated as the assembler would). */
export function dataValue(bytes: 1 | 2 | 4, value: Expr): DataValue {
  return { bytes, value: bytes === 4 ? value : expr.extract(value, 0, bytes * 8) };
}

export class ArmLayout {
  address: bigint;
  readonly items: ProgramItem<ArmInstruction>[] = [];
  readonly labels = new Map<string, bigint>();
  readonly labelSources = new Map<string, SourceSpan>();
  private pending: { readonly index: number; readonly literal: PendingLiteral }[] = [];

  constructor(origin: bigint = ORIGIN) {
    this.address = origin;
  }

  /** Defines a label here; false when the name is taken (the first definition stays). */
  label(name: string, source: SourceSpan, address: bigint = this.address): boolean {
    if (this.labels.has(name)) return false;
    this.labels.set(name, address);
    this.labelSources.set(name, source);
    return true;
  }

  instruction(lowered: LoweredInstruction, source: SourceSpan, text?: string): bigint {
    const at = this.address;
    if (lowered.literal) this.pending.push({ index: this.items.length, literal: lowered.literal });
    this.items.push({ kind: 'instruction', address: at, size: lowered.size, instruction: lowered.instruction, source, ...(text ? { text } : {}) });
    this.address += BigInt(lowered.size);
    return at;
  }

  /** `writable`: other code may store into it, so analysis reads it as unknown. */
  data(values: readonly DataValue[], source: SourceSpan, text?: string, writable = false): bigint {
    const at = this.address;
    const size = values.reduce((n, v) => n + v.bytes, 0);
    if (size > 0) this.items.push({ kind: 'data', address: at, size, values, source, ...(text ? { text } : {}), ...(writable ? { writable } : {}) });
    this.address += BigInt(size);
    return at;
  }

  /** Zero bytes up to the next multiple of `to` (plus `offset`), as ALIGN pads. */
  align(to: number, source: SourceSpan, offset = 0): void {
    if (to <= 1) return;
    const want = BigInt(to);
    const pad = Number((((BigInt(offset) - this.address) % want) + want) % want);
    if (pad > 0) this.data(Array.from({ length: pad }, () => dataValue(1, expr.bv(0, 8))), source);
  }

  get pendingLiterals(): number {
    return this.pending.length;
  }

  /** Places the literal pool here (LTORG, end of area): one word per distinct value, and fixes the loads that use it. */
  placePool(source: SourceSpan): void {
    if (this.pending.length === 0) return;
    this.align(4, source);
    const slots = new Map<string, bigint>();
    for (const { index, literal } of this.pending) {
      const key = exprKey(literal.value);
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = this.data([dataValue(4, literal.value)], source, 'literal pool');
        slots.set(key, slot);
      }
      const item = this.items[index];
      if (item?.kind === 'instruction') this.items[index] = { ...item, instruction: literal.make(slot) };
    }
    this.pending = [];
  }
}
