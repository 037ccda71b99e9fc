import { bv, constValue, extract, type Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';
import { join } from './join.js';

/**
 * A byte map for concrete runs and tests: addresses must be constants,
 * values may be symbolic. Reading a byte never written is an error unless
 * a fill byte was given, so a test cannot silently depend on memory it did
 * not set up.
 */
export class ConcreteMemory implements Memory {
  private readonly bytes: Map<number, Expr>;

  constructor(private readonly fill?: number, bytes?: Map<number, Expr>) {
    this.bytes = new Map(bytes);
  }

  /** Writes raw bytes starting at `address`. */
  write(address: number, data: Iterable<number>): void {
    let a = address;
    for (const byte of data) this.bytes.set(a++ >>> 0, bv(byte, 8));
  }

  /** The constant byte at `address`; throws if it is unset or symbolic. */
  byte(address: number): number {
    const value = constValue(this.loadByte(address >>> 0));
    if (value === undefined) throw new Error(`byte at 0x${address.toString(16)} is symbolic`);
    return Number(value);
  }

  load(address: Expr, bytes: 1 | 2 | 4): Expr {
    const base = concreteAddress(address);
    let value = this.loadByte(base);
    for (let i = 1; i < bytes; i++) value = join(this.loadByte((base + i) >>> 0), value);
    return value;
  }

  /** A load: reading changes nothing here. */
  peek(address: Expr, bytes: 1 | 2 | 4): Expr {
    return this.load(address, bytes);
  }

  store(address: Expr, value: Expr, bytes: 1 | 2 | 4): void {
    if (value.width !== bytes * 8) throw new Error(`store of a ${value.width}-bit value as ${bytes} bytes`);
    const base = concreteAddress(address);
    for (let i = 0; i < bytes; i++) this.bytes.set((base + i) >>> 0, extract(value, i * 8, 8));
  }

  clone(): ConcreteMemory {
    return new ConcreteMemory(this.fill, this.bytes);
  }

  private loadByte(address: number): Expr {
    const value = this.bytes.get(address);
    if (value !== undefined) return value;
    if (this.fill !== undefined) return bv(this.fill, 8);
    throw new Error(`ConcreteMemory: read of unset byte at 0x${address.toString(16)}`);
  }
}

function concreteAddress(address: Expr): number {
  const value = constValue(address);
  if (value === undefined || address.width !== 32) {
    throw new Error('ConcreteMemory: symbolic address; use the symbolic memory for symbolic runs');
  }
  return Number(value);
}
