import { exprEquals } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';

/**
 * A state's registers by name, read from the state when asked for instead of
 * copied into a map before every instruction. A machine says how to find one
 * name and how to list them all in order; the rest of the map follows.
 */
export abstract class RegisterView implements ReadonlyMap<string, Expr> {
  abstract get size(): number;

  abstract get(name: string): Expr | undefined;

  abstract entries(): MapIterator<[string, Expr]>;

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  [Symbol.iterator](): MapIterator<[string, Expr]> {
    return this.entries();
  }

  *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): MapIterator<Expr> {
    for (const [, value] of this.entries()) yield value;
  }

  /** See `registerDifference`; a machine whose values are worked out when read may tell some alike, or leave them unsettled, without that. */
  differenceFrom(other: ReadonlyMap<string, Expr>, _settle: boolean): RegisterDifference {
    return { values: differingValues(this, other), unsettled: [] };
  }

  forEach(callback: (value: Expr, name: string, map: ReadonlyMap<string, Expr>) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}

/** What a join makes choices of. */
export interface RegisterDifference {
  /** The registers whose values differ (or the second side lacks), with the first side's values, in its order. */
  readonly values: [string, Expr][];
  /**
   * Registers neither side has worked out yet that may differ, left out
   * of `values` unless the difference was asked to settle them: the
   * machine's `joinUnsettled` joins them as they are.
   */
  readonly unsettled: readonly string[];
}

export function registerDifference(a: ReadonlyMap<string, Expr>, b: ReadonlyMap<string, Expr>, settle: boolean): RegisterDifference {
  return a instanceof RegisterView ? a.differenceFrom(b, settle) : { values: differingValues(a, b), unsettled: [] };
}

function differingValues(a: ReadonlyMap<string, Expr>, b: ReadonlyMap<string, Expr>): [string, Expr][] {
  const out: [string, Expr][] = [];
  for (const [name, v] of a) {
    const w = b.get(name);
    if (!w || !exprEquals(v, w)) out.push([name, v]);
  }
  return out;
}
