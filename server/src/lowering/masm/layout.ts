import { expr, type DataValue, type Expr, type ProgramItem, type SourceSpan, type X86Instruction } from '../../../../emulator/src/index.js';
import { dataItem, instructionItem } from '../irObjects.js';

// Items at addresses as the program IR lays them out: x86 instructions at a
// synthetic 16 bytes each (nothing in VxD code depends on encoded lengths),
// data at its real size so `$ - Table` and `Table[eax*4]` hold.

export const ORIGIN = 0x1000n;
const INSTRUCTION_SIZE = 16;

/** A data value of `bytes` bytes from a 32-bit Expr (truncated as the assembler would). */
export function dataValue(bytes: 1 | 2 | 4, value: Expr): DataValue {
  return { bytes, value: bytes === 4 ? value : expr.extract(value, 0, bytes * 8) };
}

export class Layout {
  address = ORIGIN;
  readonly items: ProgramItem<X86Instruction>[] = [];

  instruction(instruction: X86Instruction, source: SourceSpan, text?: string): bigint {
    const at = this.address;
    this.items.push(instructionItem(at, INSTRUCTION_SIZE, instruction, source, text));
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

  skip(bytes: number): void {
    this.address += BigInt(bytes);
  }
}
