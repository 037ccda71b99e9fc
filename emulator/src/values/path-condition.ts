import { and1, or } from './expr.js';
import type { Expr } from './expr.js';

// The conjunction of branch guards that leads to a state. Paths share their
// common prefix (a persistent list), which is also what a join needs: the
// joined condition is the shared prefix plus "one tail or the other", its
// conjuncts the prefix's own array with the disjunction after it, so the
// solver merges the disjunction into the groups it kept of the prefix.

interface Node {
  readonly guard: Expr;
  readonly parent: Node | undefined;
  readonly depth: number;
  /**
   * The conjuncts up to this guard, once asked for: kept with the node, not
   * the condition, so every condition that ends here (a join's shared
   * prefix among them) has the same array, which the solver keeps its
   * grouping by.
   */
  list?: readonly Expr[];
}

/** A conjuncts array that is another one with one guard after it. */
export interface Extension {
  readonly prefix: readonly Expr[];
  readonly last: Expr;
}

const extensions = new WeakMap<readonly Expr[], Extension>();

/**
 * The conjuncts array `list` adds one guard to, when it was made from that
 * array: the solver works out what it keeps about a path's condition (its
 * groups) from what it kept about the condition before the branch.
 */
export function extensionOf(list: readonly Expr[]): Extension | undefined {
  return extensions.get(list);
}

const NO_CONJUNCTS: readonly Expr[] = [];

export class PathCondition {
  static readonly TRUE = new PathCondition(undefined);

  private constructor(private readonly node: Node | undefined) {}

  /** This condition with `guard` added; a guard that folded to 1 adds nothing. */
  and(guard: Expr): PathCondition {
    if (guard.width !== 1) throw new Error(`path guard has width ${guard.width}`);
    if (guard.kind === 'const' && guard.value === 1n) return this;
    return new PathCondition({ guard, parent: this.node, depth: (this.node?.depth ?? 0) + 1 });
  }

  /**
   * The same array for as long as the path adds no guard: the solver keeps
   * what it learnt from the last list it was asked about, by identity, and
   * every step of a path asks about its condition.
   */
  get conjuncts(): readonly Expr[] {
    const node = this.node;
    if (node === undefined) return NO_CONJUNCTS;
    if (node.list === undefined) {
      const before = node.parent === undefined ? NO_CONJUNCTS : node.parent.list;
      if (before !== undefined) {
        const list = [...before, node.guard];
        extensions.set(list, { prefix: before, last: node.guard });
        node.list = list;
      } else node.list = tail(node, undefined);
    }
    return node.list;
  }

  /** Whether some conjunct folded to 0 (the path is dead without asking a solver). */
  get isFalse(): boolean {
    for (let n = this.node; n; n = n.parent) if (n.guard.kind === 'const' && n.guard.value === 0n) return true;
    return false;
  }

  /**
   * The disjunction of two conditions, and a selector that holds exactly on
   * this side's paths within it (for if-then-else of the joined values).
   * Undefined when one condition is a prefix of the other: then the paths
   * did not split on a guard and there is no selector between them.
   */
  join(other: PathCondition): ConditionJoin | undefined {
    const common = commonAncestor(this.node, other.node);
    const mine = tail(this.node, common), theirs = tail(other.node, common);
    if (mine.length === 0 || theirs.length === 0) return undefined;
    return new ConditionJoin(new PathCondition(common), selectorOf(mine, theirs), mine, theirs);
  }
}

/**
 * What holds exactly on one side's paths within the joined condition: its
 * guards, or, where one of their conjuncts negates one of the other side's,
 * that conjunct alone (it holds on every path of this side and on none of
 * the other's). An X SWI whose result comes back with a fact about it (a
 * claimed heap block's bits 1:0 clear) forks on `fact & ~failed` against
 * `failed`: a value the join chose by the whole guard would rest on the
 * fresh result, which no finding may, where the choice is only whether the
 * call failed.
 */
function selectorOf(mine: readonly Expr[], theirs: readonly Expr[]): Expr {
  // The other side's conjuncts by what negates them: `x` for `~x`, and for `x` the `~x` not made unless some guard made it.
  const plain = new Set<Expr>(), negatedBy = new Set<Expr>();
  for (const guard of theirs) forConjuncts(guard, (t) => (t.kind === 'unary' && t.op === 'not' ? negatedBy.add(t.arg) : plain.add(t)));
  let found: Expr | undefined;
  for (const guard of mine) {
    forConjuncts(guard, (c) => {
      if (found === undefined && (negatedBy.has(c) || (c.kind === 'unary' && c.op === 'not' && plain.has(c.arg)))) found = c;
    });
  }
  return found ?? and1(...mine);
}

/** Each conjunct of a guard: the guard, or the 1-bit ANDs it is made of, taken apart. */
function forConjuncts(guard: Expr, each: (conjunct: Expr) => void): void {
  if (guard.kind === 'binary' && guard.op === 'and' && guard.width === 1) {
    forConjuncts(guard.left, each);
    forConjuncts(guard.right, each);
  } else each(guard);
}

/**
 * Two conditions joined: the selector at once, the disjunction when first
 * asked for. The explorer asks for the selector to join the paths' model
 * states, which refuse two in five of a VxD open's joins, and those never
 * need the disjunction.
 */
export class ConditionJoin {
  private made: PathCondition | undefined;

  /** `mine`, `theirs`: each side's guards after the shared prefix, `base`. */
  constructor(private readonly base: PathCondition, readonly selector: Expr, private readonly mine: readonly Expr[], private readonly theirs: readonly Expr[]) {}

  get condition(): PathCondition {
    // The constructors fold `g | ~g` and `(g & h) | ~g`, so complementary arms leave just the shared prefix.
    this.made ??= this.base.and(or(and1(...this.mine), and1(...this.theirs)));
    return this.made;
  }
}

function tail(from: Node | undefined, stop: Node | undefined): Expr[] {
  const out: Expr[] = [];
  for (let n = from; n && n !== stop; n = n.parent) out.push(n.guard);
  return out.reverse();
}

function commonAncestor(a: Node | undefined, b: Node | undefined): Node | undefined {
  while (a && b && a !== b) {
    if (a.depth > b.depth) a = a.parent;
    else if (b.depth > a.depth) b = b.parent;
    else { a = a.parent; b = b.parent; }
  }
  return a && b ? a : undefined;
}

