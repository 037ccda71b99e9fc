import { and, not, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { exprEquals, symbolsOf } from '../../values/key.js';
import type { Program } from '../../ir/program.js';

// Where a value came from, as far as the checks care: entry registers are
// inputs a witness may choose, but bytes the memory knew nothing about,
// values a loop widening made up, results of calls the engine skipped,
// results of SWIs the model does not know and values the source text names
// without giving them (a constant of a header that was not found) are
// *unknown* — a finding must not rest on them (spec checks.md: unknown values
// never produce errors).

const UNKNOWN_PREFIXES = ['mem', 'loop.', 'call.', 'swi.result'];

/** Symbol name prefix of the error pointer an X SWI returns: a valid error block by construction. */
export const SWI_ERROR = 'swi.error';

export function mentionsUnknown(e: Expr, program: Program): boolean {
  const text = program.textSymbols;
  for (const name of symbolsOf(e).keys()) if (text.has(name) || UNKNOWN_PREFIXES.some((p) => name.startsWith(p))) return true;
  return false;
}

export function mentionsSymbol(e: Expr, name: string): boolean {
  return symbolsOf(e).has(name);
}

/**
 * `address - base` when the address is `base` plus constants; undefined when
 * other terms take part. A constant base (a concrete run) only claims
 * addresses within `reach` bytes above it, so stores elsewhere are not its.
 */
export function offsetFrom(address: Expr, base: Expr, reach: bigint): bigint | undefined {
  if (address.kind === 'const' && base.kind === 'const') {
    const d = address.value - base.value;
    return d >= 0n && d < reach ? d : undefined;
  }
  let found = false;
  let offset = 0n;
  let other = false;
  const walk = (e: Expr, sign: bigint): void => {
    if (!found && exprEquals(e, base)) { found = true; return; }
    if (e.kind === 'const') { offset += sign * e.value; return; }
    if (e.kind === 'binary' && e.op === 'add') { walk(e.left, sign); walk(e.right, sign); return; }
    other = true;
  };
  walk(address, 1n);
  if (!found || other) return undefined;
  const wrapped = BigInt.asIntN(32, offset);
  return wrapped;
}

/** The alternatives of an if-then-else tree, each with the condition that selects it. */
export function alternatives(e: Expr, condition: Expr = TRUE): { readonly value: Expr; readonly condition: Expr }[] {
  if (e.kind !== 'ite') return [{ value: e, condition }];
  return [...alternatives(e.then, and(condition, e.cond)), ...alternatives(e.else, and(condition, not(e.cond)))];
}
