import { FALSE, TRUE, and, ite, mask, or, termAndConstant } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { exprEquals, exprKey, symbolsOf } from '../../values/key.js';

// Questions the VMM checks ask about values: which symbols a value is built
// from, under which condition a joined value is the one built from them, and
// how far apart two stack addresses are.

export function mentions(e: Expr, name: string): boolean {
  return symbolsOf(e).has(name);
}

/**
 * Whether `e` holds `value` or something computed from it. A constant value
 * (a concrete run) is held only by an equal constant.
 */
export function holds(e: Expr, value: Expr): boolean {
  if (value.kind !== 'sym') return exprEquals(e, value);
  return mentions(e, value.name) && heldNames(e).has(value.name);
}

/** `heldNames` of each expression asked about. */
const heldSets = new WeakMap<Expr, ReadonlySet<string>>();

/**
 * The names of the symbols `e` holds: those it is computed from once the
 * idioms that compute a value away are seen through. The constructors fold
 * `xor eax, eax`, `sub eax, eax`, `and eax, 0` and `or eax, -1` to
 * constants; `imul eax, 0` they keep as a product, which is 0 whatever EAX
 * held. An if-then-else holds what its arms hold: its condition only
 * chooses between them (a join of paths that branched on a handle chooses
 * between two VM handles by it). Kept per expression, as `symbolsOf` keeps
 * what one mentions: a use check asks about each symbol of the value used,
 * and walked the value once for each (a joined value of a chain of calls
 * names hundreds, and the walks took half an analysis).
 */
function heldNames(e: Expr): ReadonlySet<string> {
  let own = heldSets.get(e);
  if (own === undefined) {
    own = walkHeld(e);
    heldSets.set(e, own);
  }
  return own;
}

function walkHeld(e: Expr): Set<string> {
  const into = new Set<string>();
  const seen = new Set<Expr>();
  const isZero = (y: Expr): boolean => y.kind === 'const' && y.value === 0n;
  const walk = (x: Expr): void => {
    if (x.kind === 'const' || seen.has(x)) return;
    seen.add(x);
    // A part asked about before adds what it holds without the walk.
    const known = x === e ? undefined : heldSets.get(x);
    if (known) {
      for (const name of known) into.add(name);
      return;
    }
    switch (x.kind) {
      case 'sym': into.add(x.name); return;
      case 'unary': case 'extract': case 'extend': walk(x.arg); return;
      case 'ite': walk(x.then); walk(x.else); return;
      case 'binary':
        if (x.op === 'mul' && (isZero(x.left) || isZero(x.right))) return;
        walk(x.left);
        walk(x.right);
    }
  };
  walk(e);
  return into;
}

/**
 * A 1-bit condition under which `e` depends on a symbol `chosen` picks:
 * through if-then-else only the arm the condition selects counts, so a use
 * after a join is charged only to the paths that brought the symbol.
 */
export function dependsWhen(e: Expr, chosen: (name: string) => boolean): Expr {
  const memo = new Map<Expr, Expr>();
  const walk = (x: Expr): Expr => {
    const known = memo.get(x);
    if (known) return known;
    let out: Expr;
    switch (x.kind) {
      case 'const': out = FALSE; break;
      case 'sym': out = chosen(x.name) ? TRUE : FALSE; break;
      case 'unary': case 'extract': case 'extend': out = walk(x.arg); break;
      case 'binary': out = or(walk(x.left), walk(x.right)); break;
      case 'ite': out = or(and(x.cond, walk(x.then)), and(x.cond.kind === 'const' ? x.cond : notBit(x.cond), walk(x.else))); break;
    }
    memo.set(x, out);
    return out;
  };
  return walk(e);
}

function notBit(c: Expr): Expr {
  return ite(c, FALSE, TRUE);
}

/** `e` as a non-constant part and a constant. */
export function splitOffset(e: Expr): { readonly base: string; readonly offset: bigint } {
  if (e.kind === 'const') return { base: '', offset: e.value };
  const [x, offset] = termAndConstant(e);
  return { base: exprKey(x), offset };
}

/** a - b when both are the same base plus constants, as a signed number; undefined otherwise. */
export function constantDistance(a: Expr, b: Expr): bigint | undefined {
  const x = splitOffset(a), y = splitOffset(b);
  if (x.base !== y.base) return undefined;
  const m = mask(a.width);
  const d = (x.offset - y.offset) & m;
  return d & (1n << BigInt(a.width - 1)) ? d - (m + 1n) : d;
}
