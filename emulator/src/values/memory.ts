import type { Expr } from './expr.js';

/** Byte-addressed little-endian memory, as both CPUs see it. */
export interface Memory {
  load(address: Expr, bytes: 1 | 2 | 4): Expr;
  /** What `load` gives, this memory left as it was (a symbolic load records the inputs it reads): a check that only looks. */
  peek(address: Expr, bytes: 1 | 2 | 4): Expr;
  store(address: Expr, value: Expr, bytes: 1 | 2 | 4): void;
  /**
   * Whether an access at `address` reaches one place on the current path,
   * not a choice between places it leaves open; absent where every address
   * is a constant.
   */
  onePlace?(address: Expr): boolean;
  /** An independent copy: exploration forks states and each fork writes on its own. */
  clone(): Memory;
}
