import type { Expr } from './expr.js';

export { exprEquals } from './expr.js';

// Structural identity of expressions. The constructors intern nodes, so
// equality is identity (`exprEquals`); `exprKey` is for keys that must outlive
// the expression they were made from (a lock count by page number), which an
// id cannot be. It spells the tree out, so it is for small values only.

const keys = new WeakMap<Expr, string>();

/** A string that is equal for two expressions exactly when they are structurally equal; as long as the tree. */
export function exprKey(e: Expr): string {
  let k = keys.get(e);
  if (k !== undefined) return k;
  switch (e.kind) {
    case 'const': k = `${e.value.toString(16)}:${e.width}`; break;
    case 'sym': k = `$${e.name}:${e.width}`; break;
    case 'unary': k = `(${e.op} ${exprKey(e.arg)})`; break;
    case 'binary': k = `(${e.op} ${exprKey(e.left)} ${exprKey(e.right)})`; break;
    case 'ite': k = `(ite ${exprKey(e.cond)} ${exprKey(e.then)} ${exprKey(e.else)})`; break;
    case 'extract': k = `(x${e.low}.${e.width} ${exprKey(e.arg)})`; break;
    case 'extend': k = `(${e.signed ? 's' : 'z'}x${e.width} ${exprKey(e.arg)})`; break;
  }
  keys.set(e, k);
  return k;
}

const symbolMaps = new WeakMap<Expr, ReadonlyMap<string, Expr>>();

/**
 * The symbols an expression mentions, by name, in first-occurrence order;
 * with `into`, added to it (names it has already keep their place). Kept
 * per expression: the solver asks about each constraint of a path at every
 * question about the path.
 */
export function symbolsOf(e: Expr): ReadonlyMap<string, Expr>;
export function symbolsOf(e: Expr, into: Map<string, Expr>): Map<string, Expr>;
export function symbolsOf(e: Expr, into?: Map<string, Expr>): ReadonlyMap<string, Expr> {
  let own = symbolMaps.get(e);
  if (own === undefined) {
    own = walkSymbols(e);
    symbolMaps.set(e, own);
  }
  if (into === undefined) return own;
  for (const [name, symbol] of own) if (!into.has(name)) into.set(name, symbol);
  return into;
}

function walkSymbols(e: Expr): Map<string, Expr> {
  const into = new Map<string, Expr>();
  const seen = new Set<Expr>();
  const walk = (x: Expr): void => {
    if (seen.has(x)) return;
    seen.add(x);
    // A part whose symbols are known adds them in the order the walk below
    // it would (its new names keep their order), without the walk: checks
    // build many conditions from the same large joined values.
    const known = x === e ? undefined : symbolMaps.get(x);
    if (known) {
      for (const [name, symbol] of known) if (!into.has(name)) into.set(name, symbol);
      return;
    }
    switch (x.kind) {
      case 'const': return;
      case 'sym': if (!into.has(x.name)) into.set(x.name, x); return;
      case 'unary': case 'extract': case 'extend': walk(x.arg); return;
      case 'binary': walk(x.left); walk(x.right); return;
      case 'ite': walk(x.cond); walk(x.then); walk(x.else); return;
    }
  };
  walk(e);
  return into;
}
