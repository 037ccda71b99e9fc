import { BINARY_CONSTRUCTORS, bv, extract, ite, mask, neg, not, sext, zext } from './expr.js';
import type { BinaryOp, Expr } from './expr.js';

// Rebuilding a tree through the folding constructors is both substitution and
// evaluation: with every symbol replaced by a constant the result folds to a
// constant, except a division by a constant zero, which the constructors leave
// to the CPU semantics and evaluation settles the SMT-LIB way.


/** e with every symbol that `replace` maps replaced; unmapped symbols stay. */
export function substitute(e: Expr, replace: (symbol: Expr & { kind: 'sym' }) => Expr | undefined): Expr {
  const memo = new Map<Expr, Expr>();
  const walk = (x: Expr): Expr => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    let r: Expr;
    switch (x.kind) {
      case 'const': r = x; break;
      case 'sym': r = replace(x) ?? x; break;
      case 'unary': r = x.op === 'not' ? not(walk(x.arg)) : neg(walk(x.arg)); break;
      case 'binary': {
        const l = walk(x.left), rt = walk(x.right);
        r = l === x.left && rt === x.right ? x : BINARY_CONSTRUCTORS[x.op](l, rt);
        break;
      }
      case 'ite': r = ite(walk(x.cond), walk(x.then), walk(x.else)); break;
      case 'extract': r = extract(walk(x.arg), x.low, x.width); break;
      case 'extend': r = x.signed ? sext(walk(x.arg), x.width) : zext(walk(x.arg), x.width); break;
    }
    memo.set(x, r);
    return r;
  };
  return walk(e);
}

export type Assignment = ReadonlyMap<string, bigint>;

/**
 * The value of e under an assignment to its symbols. A symbol the assignment
 * does not give is an error: a witness must cover every input it replays.
 */
export function evaluate(e: Expr, assignment: Assignment): bigint {
  return evaluator(assignment)(e);
}

/**
 * `evaluate` for several expressions under one unchanging assignment: the
 * constraints of a path share large subtrees (its memory), and this folds
 * each shared node once.
 */
export function evaluator(assignment: Assignment): (e: Expr) => bigint {
  const memo = new Map<Expr, Expr>();
  const walk = (x: Expr): Expr => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    let r: Expr;
    switch (x.kind) {
      case 'const': r = x; break;
      case 'sym': {
        const v = assignment.get(x.name);
        if (v === undefined) throw new Error(`evaluate: no value for ${x.name}`);
        r = bv(v, x.width);
        break;
      }
      case 'unary': r = x.op === 'not' ? not(walk(x.arg)) : neg(walk(x.arg)); break;
      case 'binary': {
        const l = walk(x.left), rt = walk(x.right);
        r = rt.kind === 'const' && rt.value === 0n && l.kind === 'const' && isDivision(x.op)
          ? divideByZero(x.op, l.value, x.width)
          : BINARY_CONSTRUCTORS[x.op](l, rt);
        break;
      }
      case 'ite': {
        // Only the arm taken: memory reads nest ites deeply.
        const c = walk(x.cond);
        r = c.kind === 'const' ? walk(c.value ? x.then : x.else) : ite(c, walk(x.then), walk(x.else));
        break;
      }
      case 'extract': r = extract(walk(x.arg), x.low, x.width); break;
      case 'extend': r = x.signed ? sext(walk(x.arg), x.width) : zext(walk(x.arg), x.width); break;
    }
    memo.set(x, r);
    return r;
  };
  return (e) => {
    const r = walk(e);
    if (r.kind !== 'const') throw new Error('evaluate: expression did not fold');
    return r.value;
  };
}

function isDivision(op: BinaryOp): boolean {
  return op === 'udiv' || op === 'sdiv' || op === 'urem' || op === 'srem';
}

/** SMT-LIB: x/0 is all ones (unsigned) or ±1 (signed), x%0 is x. */
function divideByZero(op: BinaryOp, dividend: bigint, width: number): Expr {
  switch (op) {
    case 'udiv': return bv(mask(width), width);
    case 'sdiv': return bv(dividend >> BigInt(width - 1) ? 1n : mask(width), width);
    case 'urem': case 'srem': return bv(dividend, width);
    default: throw new Error(`evaluate: ${op} is not a division`);
  }
}
