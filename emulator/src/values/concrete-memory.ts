import { bv, concat, extract } from './expr.js';
import type { Expr } from './expr.js';
import type { Memory } from './memory.js';

/**
 * Memory with constant addresses only, for tests and concrete replays: bytes
 * never written read as `fill`, a symbolic address is an error.
 */
export class ConcreteMemory implements Memory {
  private bytes: Map<bigint, Expr>;

  constructor(initial: Iterable<readonly [bigint, number]> = [], private readonly fill = 0) {
    this.bytes = new Map([...initial].map(([a, v]) => [a, bv(v, 8)]));
  }

  load(address: Expr, bytes: 1 | 2 | 4): Expr {
    const base = constantAddress(address);
    let value = this.byte(base);
    for (let i = 1; i < bytes; i++) value = concat(this.byte(base + BigInt(i)), value);
    return value;
  }

  /** A load: reading changes nothing here. */
  peek(address: Expr, bytes: 1 | 2 | 4): Expr {
    return this.load(address, bytes);
  }

  store(address: Expr, value: Expr, bytes: 1 | 2 | 4): void {
    const base = constantAddress(address);
    for (let i = 0; i < bytes; i++) this.bytes.set((base + BigInt(i)) & 0xffffffffn, extract(value, 8 * i, 8));
  }

  private byte(address: bigint): Expr {
    return this.bytes.get(address & 0xffffffffn) ?? bv(this.fill, 8);
  }

  clone(): ConcreteMemory {
    const c = new ConcreteMemory([], this.fill);
    c.bytes = new Map(this.bytes);
    return c;
  }
}

function constantAddress(address: Expr): bigint {
  if (address.kind !== 'const') throw new Error('ConcreteMemory: symbolic address');
  return address.value;
}
