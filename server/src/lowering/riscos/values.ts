import { expr, type Expr } from '../../../../emulator/src/index.js';

// Assembly-time values: 32-bit numbers as Exprs (a symbol when unknown, so
// an unknown equate still flows into the IR as a value), strings, and the
// logicals of `{TRUE}`/SETL.

export type Value = Expr | string | boolean;

export const isNumber = (v: Value): v is Expr => typeof v === 'object';

/** A value as a 32-bit number: one-character strings are their code, logicals 0/-1 (BASIC's TRUE). */
export function asNumber(v: Value): Expr {
  if (typeof v === 'object') return v.width === 32 ? v : expr.zext(v, 32);
  if (typeof v === 'boolean') return expr.bv(v ? -1 : 0);
  if (v.length === 1) return expr.bv(v.charCodeAt(0));
  return expr.sym(`"${v}"`);
}

/** The value as a constant, or undefined. */
export function constantOf(v: Value): bigint | undefined {
  if (typeof v === 'boolean') return v ? 0xffffffffn : 0n;
  if (typeof v === 'string') return v.length === 1 ? BigInt(v.charCodeAt(0)) : undefined;
  return expr.constValue(v);
}

export function signedOf(v: Value): bigint | undefined {
  const c = constantOf(v);
  return c === undefined ? undefined : BigInt.asIntN(32, c);
}

/** Truth for conditional assembly; undefined when it depends on something unknown. */
export function truthOf(v: Value): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const c = constantOf(v);
  return c === undefined ? undefined : c !== 0n;
}

export const bool = (b: boolean | undefined, unknown: string): Value => (b === undefined ? expr.sym(unknown) : b);

/** A 32-bit rotated 8-bit immediate (the data-processing operand field) can hold this value. */
export function encodableImmediate(value: bigint): boolean {
  const v = value & 0xffffffffn;
  for (let rot = 0n; rot < 32n; rot += 2n) {
    const r = ((v << rot) | (v >> (32n - rot))) & 0xffffffffn;
    if (r < 256n) return true;
  }
  return false;
}
