import { and, and1, bv, eq, FALSE, not, or, or1, sub, TRUE, type Expr } from '../values/expr.js';
import { substitute } from '../values/evaluate.js';
import type { Assignment } from '../values/evaluate.js';
import { symbolsOf } from '../values/key.js';
import { simplifyUnder } from '../values/simplify.js';
import { Solver } from '../values/solver.js';

// What a finding's notes have told the reader so far, walking its path from
// the start, so that a later note assumes only what they have not: after
// "call to Case_C taken, assuming entry EAX == 2", the guard the joined
// paths leave at a later service, "(entry EAX == 0 | entry EAX == 1 |
// entry EAX == 2) & entry EAX >u 1", holds by it and says nothing more.

/**
 * A 1-bit guard taken apart at `op`: for 'and', the conditions it asserts together (`a & b`, and `~(a | b)` as `~a`,
 * `~b`); for 'or', those one of which it asserts (`a | b`, and `~(a & b)` as `~a`, `~b`).
 */
function parts(guard: Expr, op: 'and' | 'or', into: Expr[] = []): Expr[] {
  const dual = op === 'and' ? 'or' : 'and';
  if (guard.kind === 'binary' && guard.op === op && guard.width === 1) {
    parts(guard.left, op, into);
    parts(guard.right, op, into);
  } else if (guard.kind === 'unary' && guard.op === 'not' && guard.arg.kind === 'binary' && guard.arg.op === dual && guard.width === 1) {
    parts(not(guard.arg.left), op, into);
    parts(not(guard.arg.right), op, into);
  } else into.push(guard);
  return into;
}

const conjuncts = (guard: Expr): Expr[] => parts(guard, 'and');
const disjuncts = (guard: Expr): Expr[] => parts(guard, 'or');

/** What the notes made so far assert, for `ProvenPath.notes`, added to in the order the path made them. */
export class ToldFacts {
  /** Inputs a note pinned to one value (`entry EAX == 2`). */
  private readonly pinned = new Map<string, Expr>();
  /** Other conditions a note asserted, each as it holds (`~c` as c false). */
  private readonly fixed = new Map<Expr, boolean>();
  /** Decides which guards leave their one input one value. */
  private readonly solver = new Solver();

  /** A note that assumed `guard` (an assumption's text is the whole guard). */
  assume(guard: Expr): void {
    for (const c of conjuncts(guard)) {
      if (c.kind === 'binary' && c.op === 'eq' && c.left.kind === 'sym' && c.right.kind === 'const') this.pinned.set(c.left.name, c.right);
      else if (c.kind === 'unary' && c.op === 'not') this.fixed.set(c.arg, false);
      else this.fixed.set(c, true);
    }
  }

  /** A note that named the values `witness` gives the inputs of `guard` (a computed branch's "assuming entry EAX == 2"). */
  name(guard: Expr, witness: Assignment): void {
    for (const [name, symbol] of symbolsOf(guard)) {
      const value = witness.get(name);
      if (value !== undefined) this.pinned.set(name, bv(value, symbol.width));
    }
  }

  /**
   * What of `guard` the notes so far have not told: the guard itself when
   * they imply none of it, undefined when they imply it all, else what is
   * still news: the conjuncts they do not imply, and of a disjunction the
   * alternatives they do not rule out, each told the same way ("EAX == 1 |
   * ESI != 0" after "assuming EAX != 1" is "ESI != 0"). A part that reads
   * a pinned input is told with the input's value in its place, and as
   * `x == k` where that leaves its one input x no other value.
   */
  untold(guard: Expr): Expr | undefined {
    if (this.pinned.size === 0 && this.fixed.size === 0) return guard;
    const under = simplifyUnder(this.fixed);
    const pin = (s: Expr & { kind: 'sym' }): Expr | undefined => this.pinned.get(s.name);
    const news = (c: Expr): Expr => {
      const read = substitute(under(c), pin);
      if (read.kind === 'const') return read.value === 1n ? TRUE : FALSE;
      // The values as the code wrote the guard, not in the sums' canonical form `under` reads them in.
      const put = substitute(c, pin);
      const only = put === c ? undefined : this.onlyValue(put);
      if (only) return only;
      const all = conjuncts(c);
      if (all.length > 1) return kept(c, all, all.map(news), TRUE, FALSE, and1);
      const any = disjuncts(c);
      return any.length > 1 ? kept(c, any, any.map(news), FALSE, TRUE, or1) : put;
    };
    const rest = news(guard);
    // Ruled out altogether, the guard says what the notes do not: told as it is.
    return rest === TRUE ? undefined : rest === FALSE ? guard : rest;
  }

  /** `x == k` when `guard` reads the one input x and holds for its value k alone; undefined where the solver cannot tell. */
  private onlyValue(guard: Expr): Expr | undefined {
    const inputs = symbolsOf(guard);
    const [input] = inputs.values();
    if (inputs.size !== 1 || input?.kind !== 'sym') return undefined;
    const asked = withDifferencesSolved(guard);
    const some = this.solver.check([asked]);
    const value = some.status === 'sat' ? some.witness.get(input.name) : undefined;
    if (value === undefined) return undefined;
    const only = eq(input, bv(value, input.width));
    return this.solver.check([asked, not(only)]).status === 'unsat' ? only : undefined;
  }
}

/**
 * `guard` with each `k - x == j` as `x == k - j`: a compare of a pinned
 * register with another (`cmp ebx, esi`, EBX 2) tests `2 - esi == 0`, and
 * the solver learns no bound on x from its negation.
 */
function withDifferencesSolved(guard: Expr): Expr {
  if (guard.kind === 'unary' && guard.op === 'not') return not(withDifferencesSolved(guard.arg));
  if (guard.kind !== 'binary') return guard;
  const { left, right } = guard;
  if (guard.width === 1 && (guard.op === 'and' || guard.op === 'or')) return (guard.op === 'and' ? and : or)(withDifferencesSolved(left), withDifferencesSolved(right));
  if (guard.op === 'eq' && right.kind === 'const' && left.kind === 'binary' && left.op === 'sub' && left.left.kind === 'const') return eq(left.right, sub(left.left, right));
  return guard;
}

/**
 * A conjunction's or a disjunction's `parts` as told (`told`): `decided`
 * where one part decides it (a false conjunct, a true alternative), the
 * parts that are no `neutral` combined, `whole` itself where none changed.
 */
function kept(whole: Expr, parts: readonly Expr[], told: readonly Expr[], neutral: Expr, decided: Expr, combine: (...xs: Expr[]) => Expr): Expr {
  if (told.includes(decided)) return decided;
  const rest = told.filter((t) => t !== neutral);
  if (rest.length === parts.length && rest.every((t, i) => t === parts[i])) return whole;
  return rest.length === 0 ? neutral : combine(...rest);
}
