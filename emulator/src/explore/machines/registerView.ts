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

  forEach(callback: (value: Expr, name: string, map: ReadonlyMap<string, Expr>) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}
