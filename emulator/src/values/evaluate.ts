import { BINARY_CONSTRUCTORS, bv, extract, foldBinary, ite, mask, neg, not, sext, symbolBit, toSigned, zext } from './expr.js';
import type { BinaryOp, Expr } from './expr.js';
import { symbolsOf } from './key.js';

// Rebuilding a tree through the folding constructors is both substitution and
// evaluation: with every symbol replaced by a constant the result folds to a
// constant, except a division by a constant zero, which the constructors leave
// to the CPU semantics and evaluation settles the SMT-LIB way.


/**
 * A rebuilding of trees bottom up through the folding constructors, each
 * node once however many trees share it; `own` may give a node's result
 * itself (`walk` rebuilds its children), else the node is remade from its
 * rebuilt children.
 */
function rebuilder(own: (x: Expr, walk: (y: Expr) => Expr) => Expr | undefined): (e: Expr) => Expr {
  const memo = new Map<Expr, Expr>();
  const walk = (x: Expr): Expr => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    let r = own(x, walk);
    if (r === undefined) {
      switch (x.kind) {
        case 'const': case 'sym': r = x; break;
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
    }
    memo.set(x, r);
    return r;
  };
  return walk;
}

/** e with every symbol that `replace` maps replaced; unmapped symbols stay. */
export function substitute(e: Expr, replace: (symbol: Expr & { kind: 'sym' }) => Expr | undefined): Expr {
  return rebuilder((x) => (x.kind === 'sym' ? replace(x) : undefined))(e);
}

export type Assignment = ReadonlyMap<string, bigint>;

/**
 * e with each if-then-else whose condition the assignment decides, or
 * `arms` gives the value of, replaced by the arm it picks, and everything
 * else kept: a value two joined paths made, read as the path a witness took.
 */
export function chooseArms(e: Expr, assignment: Assignment, arms: ReadonlyMap<Expr, boolean>): Expr {
  const decides = (c: Expr): boolean => [...symbolsOf(c).keys()].every((name) => assignment.has(name));
  return rebuilder((x, walk) => {
    if (x.kind !== 'ite') return undefined;
    const arm = arms.get(x.cond) ?? (decides(x.cond) ? evaluate(x.cond, assignment) === 1n : undefined);
    return arm === undefined ? undefined : walk(arm ? x.then : x.else);
  })(e);
}

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
  const walk = rebuilder((x, walk) => {
    switch (x.kind) {
      case 'sym': {
        const v = assignment.get(x.name);
        if (v === undefined) throw new Error(`evaluate: no value for ${x.name}`);
        return bv(v, x.width);
      }
      case 'binary': {
        if (!isDivision(x.op)) return undefined;
        const l = walk(x.left), rt = walk(x.right);
        return rt.kind === 'const' && rt.value === 0n && l.kind === 'const' ? bv(divisionByZero(x.op, l.value, x.width), x.width) : BINARY_CONSTRUCTORS[x.op](l, rt);
      }
      case 'ite': {
        // Only the arm taken: memory reads nest ites deeply.
        const c = walk(x.cond);
        return c.kind === 'const' ? walk(c.value ? x.then : x.else) : ite(c, walk(x.then), walk(x.else));
      }
      default: return undefined;
    }
  });
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
function divisionByZero(op: BinaryOp, dividend: bigint, width: number): bigint {
  switch (op) {
    case 'udiv': return mask(width);
    case 'sdiv': return dividend >> BigInt(width - 1) ? 1n : mask(width);
    case 'urem': case 'srem': return dividend;
    default: throw new Error(`evaluate: ${op} is not a division`);
  }
}

/**
 * Values of expressions under one assignment, every symbol it leaves out
 * at 0, as numbers: what `evaluate` gives, without a constant node per
 * step. Each node's value is kept, so expressions that share subtrees (a
 * path's guards, its joined flags) are worked out once per node. Made
 * `with` one symbol changed, it takes the values of the nodes that do not
 * mention that symbol from the valuation it was made from, and copies
 * nothing of it.
 */
export class Valuation {
  private readonly memo = new Map<Expr, bigint>();

  /**
   * Either an assignment, or one symbol's value over a `base` that answers
   * for the nodes whose symbol mask shares no bit with `changed` and for
   * the other symbols; `depth` counts the bases below.
   */
  private constructor(
    private readonly assignment: Assignment | undefined, private readonly base: Valuation | undefined,
    private readonly name: string, private readonly given: bigint, private readonly changed: number, private readonly depth: number,
  ) {}

  static of(assignment: Assignment): Valuation {
    return new Valuation(assignment, undefined, '', 0n, 0, 0);
  }

  /** The assignment with `name` set to `value` (masked to the symbol's width where it is read). */
  with(name: string, value: bigint): Valuation {
    // A long chain of bases would make every look-up walk it: start afresh.
    if (this.depth >= MAX_BASES) return Valuation.of(this.flattened(new Map()).set(name, value));
    return new Valuation(undefined, this, name, value, symbolBit(name), this.depth + 1);
  }

  value(e: Expr): bigint {
    if (e.kind === 'const') return e.value;
    if (this.base !== undefined && (e.symbols & this.changed) === 0) return this.base.value(e);
    let v = this.memo.get(e);
    if (v === undefined) {
      v = this.compute(e);
      this.memo.set(e, v);
    }
    return v;
  }

  private symbol(name: string): bigint {
    if (this.base === undefined) return this.assignment?.get(name) ?? 0n;
    return name === this.name ? this.given : this.base.symbol(name);
  }

  /** The assignment this valuation stands for, added to `into` (the later changes win). */
  private flattened(into: Map<string, bigint>): Map<string, bigint> {
    if (this.base === undefined) {
      for (const [name, value] of this.assignment ?? []) if (!into.has(name)) into.set(name, value);
      return into;
    }
    if (!into.has(this.name)) into.set(this.name, this.given);
    return this.base.flattened(into);
  }

  private compute(e: Expr): bigint {
    switch (e.kind) {
      case 'const': return e.value;
      case 'sym': return this.symbol(e.name) & mask(e.width);
      case 'unary': return (e.op === 'not' ? ~this.value(e.arg) : -this.value(e.arg)) & mask(e.width);
      case 'binary': {
        const l = this.value(e.left), r = this.value(e.right);
        return foldBinary(e.op, l, r, e.op === 'concat' ? e.right.width : e.left.width) ?? divisionByZero(e.op, l, e.width);
      }
      // Only the arm taken: memory reads nest ites deeply.
      case 'ite': return this.value(this.value(e.cond) ? e.then : e.else);
      case 'extract': return (this.value(e.arg) >> BigInt(e.low)) & mask(e.width);
      case 'extend': return e.signed ? toSigned(this.value(e.arg), e.arg.width) & mask(e.width) : this.value(e.arg);
    }
  }
}

const MAX_BASES = 4;
