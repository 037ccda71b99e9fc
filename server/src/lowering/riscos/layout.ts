import { expr, exprKey, mayFallThrough, type ArmInstruction, type DataValue, type Expr, type InstructionItem, type ProgramItem, type SourceSpan } from '../../../../emulator/src/index.js';
import type { LoweredInstruction, PendingLiteral } from './armInstruction.js';
import { dataItem, instructionItem } from '../irObjects.js';
import { nextSlot } from '../slots.js';

// Items at the addresses the assembler would give them: ARM instructions at
// 4 bytes (ADRL at 8), data at its real size, so PC-relative code, literal
// pools and jump tables compute the addresses the IR holds. The one
// difference is a gap before an ObjAsm routine that nothing runs into
// (`slot`), which moves routines apart as padding between them would: a
// difference of two labels across it is larger than ObjAsm's, except where
// the routine follows on because code before it measures up to its label.

/** Where code starts; any base works, this one is a typical module address. */
export const ORIGIN = 0x8000n;

// An ObjAsm routine that nothing can run into starts a slot of its own
// (objasm/pass.ts, slots.ts). Small slots, and none past LAST_SLOT (a file
// with more routines packs the rest), keep code far below the 26-bit
// limit of 64 MB, the model's workspace and stacks at 28 MB, and within a
// BL's 32 MB of any other code.
const SLOT = 0x1000n;
const LAST_SLOT = 0x800000n;

/** Whether a gap after `item` strands nothing: data, which execution never runs through, or an instruction control cannot run on past. */
export function endsFlow(item: ProgramItem<ArmInstruction> | undefined): boolean {
  return item?.kind !== 'instruction' || !mayFallThrough(item.instruction);
}

/** A data value of `bytes` bytes from a 32-bit Expr (truncated as the assembler would). */
export function dataValue(bytes: 1 | 2 | 4, value: Expr): DataValue {
  return { bytes, value: bytes === 4 ? value : expr.extract(value, 0, bytes * 8) };
}

/** A load waiting for its literal pool: the index of its item and its literal. */
export interface PendingLoad {
  readonly index: number;
  readonly literal: PendingLiteral;
}

/** Where a layout stands, to stand there again (objasm/passRecord.ts). */
export interface LayoutParts {
  readonly address: bigint;
  readonly items: ProgramItem<ArmInstruction>[];
  readonly labels: Map<string, bigint>;
  readonly labelSources: Map<string, SourceSpan>;
  readonly pending: PendingLoad[];
  readonly slots: Map<number, bigint>;
}

// A routine that places a pool fixes the loads waiting from the routines
// before it each time it is replayed. A load fixed again from the same pool
// slot is the very item (or, as a moved copy, the very instruction) it was
// last time, not a copy alike, since what reads a program made again after
// an edit (entry discovery, its text symbols, the entry keys) knows the
// items that did not change by those objects.
const loadsMade = new WeakMap<PendingLiteral, { readonly slot: bigint; readonly here: bigint; readonly instruction: ArmInstruction }>();
const itemsFixed = new WeakMap<ProgramItem, { readonly literal: PendingLiteral; readonly slot: bigint; readonly item: InstructionItem<ArmInstruction> }>();

/** The load `waiting` for `literal`, reading the pool slot at `slot`. */
function fixedLoad(waiting: InstructionItem<ArmInstruction>, literal: PendingLiteral, slot: bigint): InstructionItem<ArmInstruction> {
  const kept = itemsFixed.get(waiting);
  if (kept?.literal === literal && kept.slot === slot) return kept.item;
  const here = waiting.address;
  const made = loadsMade.get(literal);
  const instruction = made?.slot === slot && made.here === here ? made.instruction : literal.make(slot, here);
  if (instruction !== made?.instruction) loadsMade.set(literal, { slot, here, instruction });
  const item = instructionItem(here, waiting.size, instruction, waiting.source, waiting.text);
  itemsFixed.set(waiting, { literal, slot, item });
  return item;
}

export class ArmLayout {
  address: bigint;
  items: ProgramItem<ArmInstruction>[] = [];
  labels = new Map<string, bigint>();
  labelSources = new Map<string, SourceSpan>();
  /** The pool slot each load was given, by the index of its item: a pass taken over from another fixes its waiting loads from these. */
  slots = new Map<number, bigint>();
  private pending: PendingLoad[] = [];

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
    const instruction = typeof lowered.instruction === 'function' ? lowered.instruction(at) : lowered.instruction;
    this.items.push(instructionItem(at, lowered.size, instruction, source, text));
    this.address += BigInt(lowered.size);
    return at;
  }

  /** `writable`: other code may store into it, so analysis reads it as unknown. */
  data(values: readonly DataValue[], source: SourceSpan, text?: string, writable = false): bigint {
    const at = this.address;
    const size = values.reduce((n, v) => n + v.bytes, 0);
    if (size > 0) this.items.push(dataItem(at, size, values, source, text, writable));
    this.address += BigInt(size);
    return at;
  }

  /**
   * Moves to where the next slot starts, when nothing laid out so far can run on into the gap and the routine does not
   * follow on (`followsOn`, asked only where it would move); whether where it stands decides how far it moves.
   */
  slot(followsOn: () => boolean): boolean {
    if (!endsFlow(this.items[this.items.length - 1])) return false;
    const start = nextSlot(this.address, SLOT, LAST_SLOT);
    if (start !== this.address && followsOn()) return false;
    this.address = start;
    return true;
  }

  /** Zero bytes up to the next multiple of `to` (plus `offset`), as ALIGN pads. */
  align(to: number, source: SourceSpan, offset = 0): void {
    if (to <= 1) return;
    const want = BigInt(to);
    const pad = Number((((BigInt(offset) - this.address) % want) + want) % want);
    if (pad > 0) this.data(Array.from({ length: pad }, () => dataValue(1, expr.bv(0, 8))), source);
  }

  /** The loads waiting for the next literal pool, in the order they were laid out. */
  get pendingLoads(): readonly PendingLoad[] {
    return this.pending;
  }

  /**
   * Places the literal pool here (LTORG, end of area): one word per distinct
   * value, and fixes the loads that use it. Returns the slot of each load
   * that was pending, in their order.
   */
  placePool(source: SourceSpan): bigint[] {
    if (this.pending.length === 0) return [];
    this.align(4, source);
    const slots = new Map<string, bigint>();
    const placed = this.pending.map((load) => {
      const key = exprKey(load.literal.value);
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = this.data([dataValue(4, load.literal.value)], source, 'literal pool');
        slots.set(key, slot);
      }
      this.fixLoad(load, slot);
      return slot;
    });
    this.pending = [];
    return placed;
  }

  /** Stands where `parts` say, the parts now this layout's own. */
  resume(parts: LayoutParts): void {
    ({ address: this.address, items: this.items, labels: this.labels, labelSources: this.labelSources, pending: this.pending, slots: this.slots } = parts);
  }

  /** Points a pending load at its pool slot. */
  fixLoad(load: PendingLoad, slot: bigint): void {
    this.slots.set(load.index, slot);
    const item = this.items[load.index];
    if (item?.kind === 'instruction') this.items[load.index] = fixedLoad(item, load.literal, slot);
  }

  /**
   * Lays out `items` as they were laid out before (a replayed stretch of
   * code ending at `address`): `pending` are its loads still waiting for a
   * pool, indexed from its first item, and `placed` the loads waiting before
   * it that it placed a pool for, with their slots.
   */
  replay(items: readonly ProgramItem<ArmInstruction>[], address: bigint, pending: readonly PendingLoad[], placed: readonly bigint[]): void {
    if (placed.length > 0) {
      for (const [k, slot] of placed.entries()) {
        const load = this.pending[k];
        if (load) this.fixLoad(load, slot);
      }
      this.pending = [];
    }
    const first = this.items.length;
    // One by one: a large SPACE is thousands of items, too many for a spread.
    for (const item of items) this.items.push(item);
    for (const load of pending) this.pending.push({ index: first + load.index, literal: load.literal });
    this.address = address;
  }
}
