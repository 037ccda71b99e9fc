import { mask, symbolBit } from '../values/expr.js';
import type { Expr } from '../values/expr.js';
import { Valuation } from '../values/evaluate.js';

// A path's witness: values of the symbols (every one it does not give at 0)
// under which every conjunct of the path's condition holds. The solver
// refutes a list only when it proves that no values satisfy it, so a guard
// that holds under the path's witness is one the solver cannot refute: the
// explorer keeps that successor without asking. Of a branch's two guards,
// `g` and `~g`, the witness satisfies one; for the other, the values the
// guard compares with are tried in place of one of its symbols' before the
// solver is asked.

/**
 * How many of a guard's symbols, and of its nodes, a repair looks at, and
 * how many values it tries: nearly all repairs that succeed do so at the
 * first or second, and those that fail try every one.
 */
const REPAIRED_SYMBOLS = 2;
const SCANNED_NODES = 32;
const TRIALS = 6;

/**
 * A witness of the conjuncts (a run's assumptions): every symbol at 0,
 * repaired conjunct by conjunct as a guard is, when that satisfies them all.
 */
export function witnessOf(conjuncts: readonly Expr[]): Valuation | undefined {
  let witness: Valuation | undefined = Valuation.of(new Map());
  for (let i = 0; i < conjuncts.length && witness !== undefined; i++) witness = witnessFor(witness, conjuncts.slice(0, i), conjuncts[i] as Expr);
  return witness;
}

/**
 * A witness of the conjuncts (which `witness` satisfies) and the guard: the
 * path's own when the guard holds under it, else the path's with one of the
 * guard's symbols given a value the guard's constants suggest (a flag set by
 * `TEQ r0, #4` holds at r0 = 4) when the guard and every conjunct that may
 * name that symbol hold under it (the others do not read it). Undefined when
 * neither does.
 */
export function witnessFor(witness: Valuation, conjuncts: readonly Expr[], guard: Expr): Valuation | undefined {
  if (witness.value(guard) === 1n) return witness;
  if (guard.kind === 'const') return undefined;
  const { symbols, constants } = partsOf(guard);
  let trials = TRIALS;
  for (const symbol of symbols) {
    const bit = symbolBit(symbol.name);
    for (const value of candidates(constants, symbol.width)) {
      if (trials-- === 0) return undefined;
      const trial = witness.with(symbol.name, value);
      if (trial.value(guard) === 1n && conjuncts.every((c) => c.kind === 'const' || (c.symbols & bit) === 0 || trial.value(c) === 1n)) return trial;
    }
  }
  return undefined;
}

/** The first symbols and the constants of a guard's first nodes. */
function partsOf(guard: Expr): { symbols: (Expr & { kind: 'sym' })[]; constants: bigint[] } {
  const symbols: (Expr & { kind: 'sym' })[] = [];
  const constants = new Set<bigint>();
  const seen = new Set<Expr>();
  const stack = [guard];
  for (let e = stack.pop(); e !== undefined && seen.size < SCANNED_NODES; e = stack.pop()) {
    if (seen.has(e)) continue;
    seen.add(e);
    switch (e.kind) {
      case 'const': constants.add(e.value); break;
      case 'sym': if (symbols.length < REPAIRED_SYMBOLS) symbols.push(e); break;
      case 'unary': case 'extract': case 'extend': stack.push(e.arg); break;
      case 'binary': stack.push(e.right, e.left); break;
      case 'ite': stack.push(e.else, e.then, e.cond); break;
    }
  }
  return { symbols, constants: [...constants] };
}

/** Each constant and its neighbours, then 1 and all ones: the values comparisons and tests turn on. */
function candidates(constants: readonly bigint[], width: number): Set<bigint> {
  const m = mask(width);
  const out = new Set<bigint>();
  for (const c of constants) for (const v of [c, c + 1n, c - 1n]) out.add(v & m);
  out.add(1n);
  out.add(m);
  return out;
}
