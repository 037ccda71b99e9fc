import type { Expr } from './expr.js';

/** Byte-addressed little-endian memory, as both CPUs see it. */
export interface Memory {
  load(address: Expr, bytes: 1 | 2 | 4): Expr;
  /** What `load` gives, this memory left as it was (a symbolic load records the inputs it reads): a check that only looks. */
  peek(address: Expr, bytes: 1 | 2 | 4): Expr;
  /**
   * `index`: what the instruction added to its base register to make the
   * address (`STRB r0, [r1, r2]`'s r2), which the sum no longer tells
   * apart from the base: an index into the object, not a pointer of its own.
   */
  store(address: Expr, value: Expr, bytes: 1 | 2 | 4, index?: Expr): void;
  /**
   * Whether an access at `address` reaches one place on the current path,
   * not a choice between places it leaves open; absent where every address
   * is a constant.
   */
  onePlace?(address: Expr): boolean;
  /**
   * Whether `value` is the address of an object: one this memory holds
   * bytes of, stored or read at it plus a constant (`[esi]`, `[esi+4]`), or
   * one the analysis knows a service returned (`_HeapAllocate`'s block).
   * A pointer, which a store adding another register to it indexes
   * (`[ebx+esi]` with ESI that pointer). Absent where every address is a
   * constant.
   */
  isObject?(value: Expr): boolean;
  /** An independent copy: exploration forks states and each fork writes on its own. */
  clone(): Memory;
}
