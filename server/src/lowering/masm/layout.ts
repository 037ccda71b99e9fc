import { expr, type DataValue, type Expr, type ProgramItem, type SourceSpan, type X86Instruction } from '../../../../emulator/src/index.js';
import { dataItem, instructionItem } from '../irObjects.js';
import { nextSlot } from '../slots.js';
import { keepBodyLine } from './macroBodyLines.js';

// Items at addresses as the program IR lays them out: x86 instructions at a
// synthetic 16 bytes each (nothing in VxD code depends on encoded lengths),
// data at its real size so `$ - Table` and `Table[eax*4]` hold. Control that
// runs on past an item goes to the next item wherever it lies, so the rest
// of a slot (below) is padding as ALIGN's is.

export const ORIGIN = 0x1000n;
const INSTRUCTION_SIZE = 16;
// Procedures, control dispatch tables and segments each start a slot of
// their own (slots.ts). Up to LAST_SLOT; a file with more places the rest
// one after another.
const SLOT = 0x10000n;
const LAST_SLOT = 0x40000000n;

/** Where a slot starting at or after `address` starts. */
export const slotStart = (address: bigint): bigint => nextSlot(address, SLOT, LAST_SLOT);

/** A data value of `bytes` bytes from a 32-bit Expr (truncated as the assembler would). */
export function dataValue(bytes: 1 | 2 | 4, value: Expr): DataValue {
  return { bytes, value: bytes === 4 ? value : expr.extract(value, 0, bytes * 8) };
}

export class Layout {
  address = ORIGIN;
  readonly items: ProgramItem<X86Instruction>[] = [];

  instruction(instruction: X86Instruction, source: SourceSpan, text?: string, written?: () => SourceSpan): bigint {
    const at = this.address;
    const item = instructionItem(at, INSTRUCTION_SIZE, instruction, source, text);
    if (written) keepBodyLine(item, written);
    this.items.push(item);
    this.address += BigInt(INSTRUCTION_SIZE);
    return at;
  }

  /**
   * Data of `size` bytes; `values` may be fewer (unknown rest) when a huge DUP
   * is not spelled out. `writable`: other code may store into it, so analysis
   * reads it as unknown.
   */
  data(values: readonly DataValue[], size: number, source: SourceSpan, text?: string, writable = false): bigint {
    const at = this.address;
    if (size > 0) this.items.push(dataItem(at, size, values, source, text, writable));
    this.address += BigInt(size);
    return at;
  }

  /** Moves to where the next slot starts. */
  slot(): void {
    this.address = slotStart(this.address);
  }

  skip(bytes: number): void {
    this.address += BigInt(bytes);
  }
}
