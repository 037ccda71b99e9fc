import { bv, constValue, extract, or, shl, zext, type Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';

/**
 * Memory at constant addresses, one Expr byte per address, for tests and
 * concrete runs. Stored values may be symbolic; addresses may not: the
 * symbolic memory is a separate model. Bytes never written read as `fill`.
 */
export class ConcreteMemory implements Memory {
  private bytes = new Map<number, Expr>();
  // Clones share the byte map until one of them writes: every instruction
  // clones its state, and most instructions write no memory.
  private shared = false;

  constructor(private readonly fill = 0) {}

  private static where(address: Expr): number {
    const value = constValue(address);
    if (value === undefined) throw new Error('ConcreteMemory: symbolic address; use the symbolic memory for symbolic runs');
    return Number(value & 0xffffffffn);
  }

  load(address: Expr, bytes: 1 | 2 | 4): Expr {
    const at = ConcreteMemory.where(address);
    const width = 8 * bytes;
    let value = bv(0, width);
    for (let k = 0; k < bytes; k++) {
      const byte = this.bytes.get((at + k) >>> 0) ?? bv(this.fill, 8);
      value = or(value, shl(zext(byte, width), bv(8 * k, width)));
    }
    return value;
  }

  /** A load: reading changes nothing here. */
  peek(address: Expr, bytes: 1 | 2 | 4): Expr {
    return this.load(address, bytes);
  }

  store(address: Expr, value: Expr, bytes: 1 | 2 | 4): void {
    if (value.width !== 8 * bytes) throw new Error(`ConcreteMemory: storing ${value.width} bits as ${bytes} bytes`);
    const at = ConcreteMemory.where(address);
    this.own();
    for (let k = 0; k < bytes; k++) this.bytes.set((at + k) >>> 0, extract(value, 8 * k, 8));
  }

  clone(): ConcreteMemory {
    const copy = new ConcreteMemory(this.fill);
    copy.bytes = this.bytes;
    copy.shared = true;
    this.shared = true;
    return copy;
  }

  private own(): void {
    if (!this.shared) return;
    this.bytes = new Map(this.bytes);
    this.shared = false;
  }

  /** Bytes from `address` as numbers; throws on a symbolic byte. */
  read(address: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let k = 0; k < length; k++) {
      const byte = constValue(this.load(bv(address + k), 1));
      if (byte === undefined) throw new Error(`ConcreteMemory: byte at ${(address + k).toString(16)} is symbolic`);
      out[k] = Number(byte);
    }
    return out;
  }

  write(address: number, data: Uint8Array): void {
    this.own();
    data.forEach((byte, k) => this.bytes.set((address + k) >>> 0, bv(byte, 8)));
  }
}
