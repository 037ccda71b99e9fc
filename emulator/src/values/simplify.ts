import { BINARY_CONSTRUCTORS, add, bv, extract, ite, mask, mul, neg, not, sext, sub, zext } from './expr.js';
import type { Expr } from './expr.js';

// Rewriting for the solver's case splits. A joined loop leaves values such as
// `ite(c, 16, r1 - r8)` that are later added to `r8` and compared with `r1`:
// once a split fixes `c`, the if-then-else goes, and sums are brought to one
// canonical form (`(r8 + (r1 - r8))` is `r1`), so comparisons of a term with
// itself fold to constants. Every rewrite is an equality under the fixed
// conditions; nothing here guesses.


/** `k + Σ coefficient × atom` modulo 2^width; atoms are interned nodes, so identity is equality. */
interface Sum {
  readonly terms: ReadonlyMap<Expr, bigint>;
  readonly k: bigint;
}

const SUM_OPS = new Set<string>(['add', 'sub', 'mul', 'shl']);

/**
 * `e` with each 1-bit node of `fixed` replaced by its value, folded, and each
 * sum in canonical form. One memo per call: the nodes of a joined value are
 * shared, and each is rewritten once.
 */
export function simplifyUnder(fixed: ReadonlyMap<Expr, boolean>): (e: Expr) => Expr {
  const memo = new Map<Expr, Expr>();
  const sums = new Map<Expr, Sum>();

  const sumOf = (e: Expr): Sum => {
    const hit = sums.get(e);
    if (hit) return hit;
    const m = mask(e.width);
    let r: Sum;
    if (e.kind === 'const') r = { terms: new Map(), k: e.value };
    else if (e.kind === 'binary' && (e.op === 'add' || e.op === 'sub')) r = combine(sumOf(e.left), sumOf(e.right), e.op === 'add' ? 1n : m, m);
    else if (e.kind === 'unary' && e.op === 'neg') r = scale(sumOf(e.arg), m, m);
    else if (e.kind === 'binary' && e.op === 'mul' && e.right.kind === 'const') r = scale(sumOf(e.left), e.right.value, m);
    else if (e.kind === 'binary' && e.op === 'mul' && e.left.kind === 'const') r = scale(sumOf(e.right), e.left.value, m);
    else if (e.kind === 'binary' && e.op === 'shl' && e.right.kind === 'const' && e.right.value < BigInt(e.width)) r = scale(sumOf(e.left), 1n << e.right.value, m);
    else r = { terms: new Map([[e, 1n]]), k: 0n };
    sums.set(e, r);
    return r;
  };

  const walk = (e: Expr): Expr => {
    const hit = memo.get(e);
    if (hit !== undefined) return hit;
    const given = fixed.get(e);
    let r: Expr;
    if (given !== undefined) r = bv(given ? 1 : 0, 1);
    else {
      switch (e.kind) {
        case 'const': case 'sym': r = e; break;
        case 'unary': r = e.op === 'not' ? not(walk(e.arg)) : rebuildSum(sumOf(neg(walk(e.arg))), e.width); break;
        case 'binary': {
          const l = walk(e.left), rt = walk(e.right);
          if (SUM_OPS.has(e.op)) r = rebuildSum(sumOf(BINARY_CONSTRUCTORS[e.op](l, rt)), e.width);
          else if (e.op === 'eq' || e.op === 'ule' || e.op === 'ult') r = compare(e.op, l, rt, sumOf);
          else r = l === e.left && rt === e.right ? e : BINARY_CONSTRUCTORS[e.op](l, rt);
          break;
        }
        case 'ite': {
          const c = walk(e.cond);
          r = c.kind === 'const' ? walk(c.value ? e.then : e.else) : ite(c, walk(e.then), walk(e.else));
          break;
        }
        case 'extract': r = extract(walk(e.arg), e.low, e.width); break;
        case 'extend': r = e.signed ? sext(walk(e.arg), e.width) : zext(walk(e.arg), e.width); break;
      }
    }
    memo.set(e, r);
    return r;
  };
  return walk;
}

function combine(a: Sum, b: Sum, factor: bigint, m: bigint): Sum {
  const terms = new Map(a.terms);
  for (const [atom, c] of b.terms) {
    const total = ((terms.get(atom) ?? 0n) + c * factor) & m;
    if (total === 0n) terms.delete(atom); else terms.set(atom, total);
  }
  return { terms, k: (a.k + b.k * factor) & m };
}

function scale(a: Sum, factor: bigint, m: bigint): Sum {
  const terms = new Map<Expr, bigint>();
  for (const [atom, c] of a.terms) {
    const v = (c * factor) & m;
    if (v !== 0n) terms.set(atom, v);
  }
  return { terms, k: (a.k * factor) & m };
}

/**
 * The sum as an expression, atoms in the order the term met them (which the
 * term's structure decides, so runs repeat) and the constant last, as `x + k`.
 */
function rebuildSum(s: Sum, width: number): Expr {
  const m = mask(width);
  let acc: Expr | undefined;
  for (const [atom, c] of s.terms) {
    if (c === m) { acc = acc ? sub(acc, atom) : neg(atom); continue; }
    const term = c === 1n ? atom : mul(atom, bv(c, width));
    acc = acc ? add(acc, term) : term;
  }
  if (!acc) return bv(s.k, width);
  return s.k === 0n ? acc : add(acc, bv(s.k, width));
}

/** A comparison whose sides differ by a constant folds when that settles it; otherwise it is rebuilt. */
function compare(op: 'eq' | 'ule' | 'ult', l: Expr, r: Expr, sumOf: (e: Expr) => Sum): Expr {
  if (l.kind !== 'const' || r.kind !== 'const') {
    const m = mask(l.width);
    const d = combine(sumOf(l), sumOf(r), m, m);
    if (d.terms.size === 0) {
      if (op === 'eq') return bv(d.k === 0n ? 1 : 0, 1);
      if (d.k === 0n) return bv(op === 'ule' ? 1 : 0, 1);
    }
  }
  return BINARY_CONSTRUCTORS[op](l, r);
}
