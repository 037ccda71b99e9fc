import { BINARY_CONSTRUCTORS, ite, mask, not, symbolBit, termAndConstant } from './expr.js';
import type { Expr } from './expr.js';
import { evaluator } from './evaluate.js';
import type { Assignment } from './evaluate.js';
import { symbolsOf } from './key.js';
import { simplifyUnder } from './simplify.js';
import { exactBits, fitsBits, knownBits, knownBitsUnder, knownValue } from './known-bits.js';
import type { InheritedBits, KnownBits } from './known-bits.js';
import { contains, full, hull, intersect, size, tighten, without, wrapped, wrappedComplement } from './intervals.js';
import type { Interval, IntervalSet } from './intervals.js';
import { groupingOf, keptWithConstraint, withConstraint } from './constraint-groups.js';
import { extensionOf } from './path-condition.js';
import type { Group, Grouping, KeptGrouping } from './constraint-groups.js';

// A sound, incomplete decision procedure for path conditions (conjunctions of
// 1-bit expressions). "unsat" is only answered when propagation proves a
// symbol has no possible value; "sat" only with an assignment that evaluates
// every constraint to 1; everything else is "unknown", which callers treat as
// feasible but unproven.

export type SolverResult =
  | { readonly status: 'sat'; readonly witness: Assignment }
  | { readonly status: 'unsat' }
  | { readonly status: 'unknown' };

export interface SolverOptions {
  /** Search nodes tried before answering "unknown". */
  readonly searchNodes?: number;
}

type Sym = Expr & { kind: 'sym' };

/** `sym + offset` (mod 2^width), possibly zero-extended from the symbol's width. */
interface Linear {
  readonly sym: Sym;
  readonly offset: bigint;
  readonly width: number;
}

type Relation = 'eq' | 'ult' | 'ule' | 'slt' | 'sle';

interface Fact {
  set: IntervalSet;
  bits: KnownBits;
  readonly width: number;
}

interface Pair {
  readonly op: Relation;
  readonly a: Linear;
  readonly b: Linear;
  readonly positive: boolean;
}

class Contradiction extends Error {}
// One instance: the search throws thousands, and each new Error would capture a stack.
const CONTRADICTION = new Contradiction();

/** What learning a constraint does: the same steps, whatever the facts learnt before it. */
interface Learner {
  restrict(sym: Sym, set: IntervalSet): void;
  learnBits(sym: Sym, zeros: bigint, ones: bigint): void;
  addPair(pair: Pair): void;
  assumeOpaque(c: Expr): void;
}

type Step =
  | { readonly kind: 'restrict'; readonly sym: Sym; readonly set: IntervalSet }
  | { readonly kind: 'bits'; readonly sym: Sym; readonly zeros: bigint; readonly ones: bigint }
  | { readonly kind: 'pair'; readonly pair: Pair }
  | { readonly kind: 'opaque'; readonly c: Expr; readonly opposite: Expr };

/** The steps of learning one constraint, recorded to be replayed on any facts. */
class Lesson implements Learner {
  readonly steps: Step[] = [];
  restrict(sym: Sym, set: IntervalSet): void { this.steps.push({ kind: 'restrict', sym, set }); }
  learnBits(sym: Sym, zeros: bigint, ones: bigint): void { this.steps.push({ kind: 'bits', sym, zeros, ones }); }
  addPair(pair: Pair): void { this.steps.push({ kind: 'pair', pair }); }
  assumeOpaque(c: Expr): void { this.steps.push({ kind: 'opaque', c, opposite: not(c) }); }
}

// A path's constraints are learnt again at every question about the path
// (each branch adds one guard to the list); working out what each one says
// (linear forms, comparison sets, disjunctions) is done once per constraint.
const lessons = new WeakMap<Expr, readonly Step[] | 'contradiction'>();

function lessonOf(c: Expr): readonly Step[] | 'contradiction' {
  let steps = lessons.get(c);
  if (steps === undefined) {
    const lesson = new Lesson();
    try {
      learn(lesson, c, true);
      steps = lesson.steps;
    } catch (e) {
      if (!(e instanceof Contradiction)) throw e;
      steps = 'contradiction';
    }
    lessons.set(c, steps);
  }
  return steps;
}

/** What the constraints say about each symbol, as far as propagation gets. */
class Facts implements Learner {
  readonly bySymbol = new Map<string, Fact>();
  readonly pairs: Pair[] = [];
  readonly opaque: Expr[] = [];

  clone(): Facts {
    const c = new Facts();
    for (const [k, f] of this.bySymbol) c.bySymbol.set(k, { ...f });
    c.pairs.push(...this.pairs);
    c.opaque.push(...this.opaque);
    return c;
  }

  /**
   * A constraint propagation cannot use. Nodes are interned, so a path that
   * holds both `x` and `~x` (a branch taken one way and later the other way on
   * the same unknown) is refuted here by identity, before any search.
   */
  assumeOpaque(c: Expr): void {
    this.assumeOpaqueAgainst(c, not(c));
  }

  private assumeOpaqueAgainst(c: Expr, opposite: Expr): void {
    if (this.opaque.includes(opposite)) throw CONTRADICTION;
    this.opaque.push(c);
  }

  addPair(pair: Pair): void {
    this.pairs.push(pair);
  }

  /** Learns a constraint by replaying its lesson. */
  learnConstraint(c: Expr): void {
    const steps = lessonOf(c);
    if (steps === 'contradiction') throw CONTRADICTION;
    for (const step of steps) {
      switch (step.kind) {
        case 'restrict': this.restrict(step.sym, step.set); break;
        case 'bits': this.learnBits(step.sym, step.zeros, step.ones); break;
        case 'pair': this.addPair(step.pair); break;
        case 'opaque': this.assumeOpaqueAgainst(step.c, step.opposite); break;
      }
    }
  }

  fact(sym: Sym): Fact {
    let f = this.bySymbol.get(sym.name);
    if (!f) {
      f = { set: full(sym.width), bits: { zeros: 0n, ones: 0n }, width: sym.width };
      this.bySymbol.set(sym.name, f);
    }
    return f;
  }

  restrict(sym: Sym, set: IntervalSet): void {
    const f = this.fact(sym);
    f.set = tighten(intersect(f.set, set), f.bits, f.width);
    if (f.set.length === 0) throw CONTRADICTION;
  }

  learnBits(sym: Sym, zeros: bigint, ones: bigint): void {
    const f = this.fact(sym);
    const bits = { zeros: f.bits.zeros | zeros, ones: f.bits.ones | ones };
    if (bits.zeros & bits.ones) throw CONTRADICTION;
    f.bits = bits;
    f.set = tighten(f.set, bits, f.width);
    if (f.set.length === 0) throw CONTRADICTION;
  }

  exclude(sym: Sym, value: bigint): void {
    const f = this.fact(sym);
    f.set = without(f.set, value);
    if (f.set.length === 0) throw CONTRADICTION;
  }

  singleton(name: string): bigint | undefined {
    const f = this.bySymbol.get(name);
    const only = f?.set.length === 1 ? f.set[0] : undefined;
    return only && only[0] === only[1] ? only[0] : undefined;
  }

  symbolBits = (name: string, width: number): KnownBits | undefined => {
    const v = this.singleton(name);
    if (v !== undefined) return exactBits(v, width);
    const f = this.bySymbol.get(name);
    if (!f) return undefined;
    // Bits above the largest possible value are zero.
    const top = hull(f.set)?.[1] ?? 0n;
    return { zeros: f.bits.zeros | (mask(width) & ~mask(bitLength(top))), ones: f.bits.ones };
  };
}

/** The number of bits up to the highest one of a non-negative value (0 for 0). */
function bitLength(v: bigint): number {
  return v <= 0xffffffffn ? 32 - Math.clz32(Number(v)) : v.toString(2).length;
}

function linear(e: Expr): Linear | undefined {
  if (e.kind === 'sym') return { sym: e, offset: 0n, width: e.width };
  if (e.kind === 'extend' && !e.signed && e.arg.kind === 'sym') return { sym: e.arg, offset: 0n, width: e.width };
  const [term, k] = termAndConstant(e);
  if (term === e) return undefined;
  const inner = linear(term);
  if (!inner || inner.width !== inner.sym.width) return undefined;
  return { sym: inner.sym, offset: (inner.offset + k) & mask(e.width), width: e.width };
}

/** Values v (of `width` bits) with `v op c` (constant on the right) or `c op v` (constant on the left). */
function comparisonSet(op: Relation, c: bigint, constantLeft: boolean, positive: boolean, width: number): IntervalSet {
  const m = mask(width);
  if (op === 'eq') return positive ? [[c, c]] : wrappedComplement(c, c, width);
  const signed = op === 'slt' || op === 'sle';
  const bias = signed ? 1n << BigInt(width - 1) : 0n;
  const cb = (c + bias) & m;
  const strict = op === 'ult' || op === 'slt';
  // In biased space, where signed order is unsigned order.
  let lo: bigint, hi: bigint;
  if (!constantLeft) { lo = 0n; hi = strict ? cb - 1n : cb; } else { lo = strict ? cb + 1n : cb; hi = m; }
  const empty = lo > hi;
  const inside = empty ? [] : wrapped(lo - bias, hi - bias, width);
  if (positive) return inside;
  return empty ? full(width) : wrappedComplement(lo - bias, hi - bias, width);
}

function shiftSet(set: IntervalSet, by: bigint, width: number): IntervalSet {
  if (by === 0n) return set;
  const parts = set.flatMap(([lo, hi]) => wrapped(lo + by, hi + by, width));
  return normalise(parts);
}

function normalise(parts: readonly Interval[]): IntervalSet {
  const sorted = [...parts].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: [bigint, bigint][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1n) { if (hi > last[1]) last[1] = hi; } else out.push([lo, hi]);
  }
  return out;
}

/** Restricts the symbol of `v` so that the value of `v` lies in `set` (of v's width). */
function restrictLinear(facts: Learner, v: Linear, set: IntervalSet): void {
  if (v.width !== v.sym.width) set = intersect(set, full(v.sym.width));
  facts.restrict(v.sym, shiftSet(set, -v.offset, v.sym.width));
}

function learn(facts: Learner, c: Expr, positive: boolean): void {
  if (c.kind === 'const') {
    if ((c.value === 1n) !== positive) throw CONTRADICTION;
    return;
  }
  if (c.kind === 'unary' && c.op === 'not') return learn(facts, c.arg, !positive);
  if (c.kind === 'sym') return facts.restrict(c, [[positive ? 1n : 0n, positive ? 1n : 0n]]);
  if (c.kind === 'binary' && c.width === 1) {
    if (c.op === 'and' && positive) { learn(facts, c.left, true); learn(facts, c.right, true); return; }
    if (c.op === 'or' && !positive) { learn(facts, c.left, false); learn(facts, c.right, false); return; }
    if ((c.op === 'or' && positive) || (c.op === 'and' && !positive)) {
      if (learnDisjunction(facts, c.left, c.right, positive)) return;
    }
    if (c.op === 'xor' && c.right.kind === 'const') return learn(facts, c.left, c.right.value ? !positive : positive);
  }
  if (c.kind === 'extract' && c.arg.kind === 'sym') {
    const bit = 1n << BigInt(c.low);
    return positive ? facts.learnBits(c.arg, 0n, bit) : facts.learnBits(c.arg, bit, 0n);
  }
  if (c.kind === 'binary' && (c.op === 'eq' || c.op === 'ult' || c.op === 'ule' || c.op === 'slt' || c.op === 'sle')) {
    if (learnComparison(facts, c.op, c.left, c.right, positive)) return;
  }
  facts.assumeOpaque(positive ? c : not(c));
}

/** What one side of a disjunction says alone: facts about one symbol, a contradiction, or undefined for anything else. */
type Disjunct = Facts | 'contradiction' | undefined;

/**
 * Each side's lesson, kept per node and sign. Path conditions of joined
 * paths are DAGs whose disjunctions share their sides; learning each side
 * afresh walked them as trees, which doubled with every join a loop's
 * paths made (a commit-and-lock loop took 10 s on 1,500 steps).
 */
const disjuncts: readonly [WeakMap<Expr, Disjunct>, WeakMap<Expr, Disjunct>] = [new WeakMap(), new WeakMap()];

function disjunct(e: Expr, positive: boolean): Disjunct {
  const known = disjuncts[positive ? 1 : 0];
  if (known.has(e)) return known.get(e);
  const f = new Facts();
  let lesson: Disjunct;
  try {
    learn(f, e, positive);
    lesson = f.bySymbol.size === 1 && f.pairs.length === 0 && f.opaque.length === 0 ? f : undefined;
  } catch (err) {
    if (!(err instanceof Contradiction)) throw err;
    lesson = 'contradiction';
  }
  known.set(e, lesson);
  return lesson;
}

/**
 * `a or b` where both sides only restrict one and the same symbol (the join of
 * `eax == 0` and `eax == 1` paths): the symbol lies in the union of both sets.
 */
function learnDisjunction(facts: Learner, a: Expr, b: Expr, positive: boolean): boolean {
  // `cmp al, 3` / `ja` falls through on `al <u 3 | al - 3 == 0`: the two sides' values of one register's low bits.
  const lowA = lowBitsConstraint(a, positive), lowB = lowBitsConstraint(b, positive);
  if (lowA && lowB && lowA.sym === lowB.sym && lowA.width === lowB.width) {
    return learnLowBits(facts, { ...lowA, set: normalise([...lowA.set, ...lowB.set]) });
  }
  const left = disjunct(a, positive), right = disjunct(b, positive);
  if (left === undefined || right === undefined) return false;
  if (left === 'contradiction' && right === 'contradiction') throw CONTRADICTION;
  if (left === 'contradiction') { learn(facts, b, positive); return true; }
  if (right === 'contradiction') { learn(facts, a, positive); return true; }
  const [l] = left.bySymbol, [r] = right.bySymbol;
  if (!l || !r || l[0] !== r[0]) return false;
  const symbol = symbolsOf(a).get(l[0]);
  if (symbol?.kind !== 'sym') return false;
  facts.restrict(symbol, normalise([...l[1].set, ...r[1].set]));
  return true;
}

function learnComparison(facts: Learner, op: Relation, left: Expr, right: Expr, positive: boolean): boolean {
  const w = left.width;
  if (right.kind === 'const' || left.kind === 'const') {
    const constantLeft = left.kind === 'const';
    const c = constantLeft ? (left as { value: bigint }).value : (right as { value: bigint }).value;
    const other = constantLeft ? right : left;
    const v = linear(other);
    if (v) { restrictLinear(facts, v, comparisonSet(op, c, constantLeft, positive, w)); return true; }
    const low = lowBitsComparison(op, c, constantLeft, positive, other);
    if (low) return learnLowBits(facts, low);
    if (op === 'eq' && other.kind === 'binary' && other.op === 'and' && other.right.kind === 'const') {
      const m = other.right.value;
      const inner = other.left;
      if (c & ~m) { if (positive) throw CONTRADICTION; return true; }
      if (inner.kind !== 'sym') return false;
      if (positive) { facts.learnBits(inner, m & ~c, c); return true; }
      if ((m & (m - 1n)) === 0n) { if (c) facts.learnBits(inner, m, 0n); else facts.learnBits(inner, 0n, m); return true; }
    }
    return false;
  }
  const masked = maskedComparison(op, left, right);
  if (masked !== undefined) {
    if (masked !== positive) throw CONTRADICTION;
    return true;
  }
  const a = linear(left), b = linear(right);
  if (a && b && a.width === a.sym.width && b.width === b.sym.width) {
    const alike = a.sym === b.sym ? selfComparison(op, a.offset, b.offset) : undefined;
    if (alike !== undefined) {
      if (alike !== positive) throw CONTRADICTION;
      return true;
    }
    facts.addPair({ op, a, b, positive });
    return true;
  }
  return false;
}

/** The values of a symbol's low bits (`extract(x, 0, w)`) a comparison with a constant allows. */
interface LowBits {
  readonly sym: Sym;
  readonly width: number;
  readonly set: IntervalSet;
}

/** `c` (or its negation) as the values it allows a symbol's low bits, if it compares them, plus a constant, with a constant. */
function lowBitsConstraint(c: Expr, positive: boolean): LowBits | undefined {
  if (c.kind === 'unary' && c.op === 'not') return lowBitsConstraint(c.arg, !positive);
  if (c.kind !== 'binary' || !(c.op === 'eq' || c.op === 'ult' || c.op === 'ule' || c.op === 'slt' || c.op === 'sle')) return undefined;
  const constantLeft = c.left.kind === 'const';
  const k = constantLeft ? c.left : c.right;
  if (k.kind !== 'const') return undefined;
  return lowBitsComparison(c.op, k.value, constantLeft, positive, constantLeft ? c.right : c.left);
}

/**
 * The values `op` with the constant `c` allows the low bits of a symbol
 * `other` is made of (`extract(x, 0, w)` plus a constant, or zero-extended):
 * a byte register's bound (`cmp al, 3`) that `movzx ecx, al` makes an index.
 */
function lowBitsComparison(op: Relation, c: bigint, constantLeft: boolean, positive: boolean, other: Expr): LowBits | undefined {
  const [term, k] = termAndConstant(other);
  const inner = term.kind === 'extend' && !term.signed ? term.arg : term;
  if (inner.kind !== 'extract' || inner.low !== 0 || inner.arg.kind !== 'sym') return undefined;
  const allowed = shiftSet(comparisonSet(op, c, constantLeft, positive, other.width), -k, other.width);
  return { sym: inner.arg, width: inner.width, set: intersect(allowed, full(inner.width)) };
}

/**
 * What the low bits of a symbol lying in `set` tell of the symbol: the bits
 * of one value exactly, else that those above the largest value are zero.
 * Only the one value is the whole constraint; otherwise false, so that the
 * constraint is kept as it is beside the bits (`al <=u 5` leaves AL 6 and 7).
 */
function learnLowBits(facts: Learner, low: LowBits): boolean {
  const lo = low.set[0]?.[0], top = hull(low.set)?.[1];
  if (lo === undefined || top === undefined) throw CONTRADICTION;
  const field = mask(low.width);
  if (lo === top) {
    facts.learnBits(low.sym, field & ~lo, lo);
    return true;
  }
  const zeros = field & ~mask(bitLength(top));
  if (zeros !== 0n) facts.learnBits(low.sym, zeros, 0n);
  return false;
}

/**
 * `x + a op x + b`, which holds or fails whatever x is when the offsets
 * agree, or for `eq` at all: an ARM handler's stack pointer at its return,
 * `(sp - 8) + 8`, against the one it was entered with. As a pair of x with
 * itself no propagation decided it, and every return searched in vain for
 * a stack pointer that differs.
 */
function selfComparison(op: Relation, a: bigint, b: bigint): boolean | undefined {
  if (op === 'eq') return a === b;
  if (a !== b) return undefined;
  return op === 'ule' || op === 'sle';
}

/**
 * `x & m` against `x` itself: a mask only clears bits, so `x & m <=u x`
 * holds and `x <u x & m` fails whatever x and m are. A RISC OS PreShrink's
 * permit rounded down to pages, `R3 & ~0xFFF`, is compared so with the R3
 * it was asked for (PW308); as an opaque constraint no propagation decided
 * it, and every such return searched for a witness in vain.
 */
function maskedComparison(op: Relation, left: Expr, right: Expr): boolean | undefined {
  if (op === 'ule' && masks(left, right)) return true;
  if (op === 'ult' && masks(right, left)) return false;
  return undefined;
}

/** Whether `e` is `x & m` (or `m & x`). */
function masks(e: Expr, x: Expr): boolean {
  return e.kind === 'binary' && e.op === 'and' && (e.left === x || e.right === x);
}

function propagatePairs(facts: Facts): void {
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const p of facts.pairs) {
      const before = size(facts.fact(p.a.sym).set) + size(facts.fact(p.b.sym).set);
      const av = facts.singleton(p.a.sym.name), bvv = facts.singleton(p.b.sym.name);
      const w = p.a.width;
      if (bvv !== undefined) {
        restrictLinear(facts, p.a, comparisonSet(p.op, (bvv + p.b.offset) & mask(w), false, p.positive, w));
      }
      if (av !== undefined) {
        restrictLinear(facts, p.b, comparisonSet(p.op, (av + p.a.offset) & mask(w), true, p.positive, w));
      }
      if (p.a.offset === 0n && p.b.offset === 0n && (p.op === 'ult' || p.op === 'ule' || (p.op === 'eq' && p.positive))) {
        orderBounds(facts, p);
      }
      const after = size(facts.fact(p.a.sym).set) + size(facts.fact(p.b.sym).set);
      if (after !== before) changed = true;
    }
    if (!changed) return;
  }
}

/** x < y (or <=, or ==) between plain symbols: each bounds the other's hull. */
function orderBounds(facts: Facts, p: Pair): void {
  const [lesser, greater] = p.positive ? [p.a, p.b] : [p.b, p.a];
  const strict = p.op === 'eq' ? false : (p.op === 'ult') === p.positive;
  const lo = hull(facts.fact(lesser.sym).set)?.[0] ?? 0n;
  const hi = hull(facts.fact(greater.sym).set)?.[1] ?? 0n;
  const w = lesser.width;
  const gap = strict ? 1n : 0n;
  if (hi < gap || lo + gap > mask(w)) throw CONTRADICTION;
  facts.restrict(lesser.sym, [[0n, hi - gap]]);
  facts.restrict(greater.sym, [[lo + gap, mask(w)]]);
  if (p.op === 'eq') {
    facts.restrict(lesser.sym, facts.fact(greater.sym).set);
    facts.restrict(greater.sym, facts.fact(lesser.sym).set);
  }
}

function checkOpaque(facts: Facts, bitsOf = knownBitsUnder(facts.symbolBits, facts.bySymbol.keys())): void {
  for (const c of facts.opaque) {
    if (knownValue(bitsOf(c), 1) === 0n) throw CONTRADICTION;
  }
}

/**
 * What the constraints say, viewed with the bits and ranges worked out under
 * it; undefined when they contradict each other. The bits the check of the
 * opaque constraints works out stay in the view, which asks for them again.
 * `parent` is the view of the constraints a case split or a rewriting came
 * from: its bits and ranges of the nodes whose symbols the facts restrict
 * alike are these facts' too.
 */
function analyse(constraints: readonly Expr[], parent?: FactView): FactView | undefined {
  const facts = learnt(new Facts(), constraints, 0);
  return facts && viewOf(facts, parent);
}

/** `facts` with the constraints from `start` on learnt one after another; undefined when they contradict. */
function learnt(facts: Facts, constraints: readonly Expr[], start: number): Facts | undefined {
  try {
    for (const c of constraints.slice(start)) facts.learnConstraint(c);
    return facts;
  } catch (e) {
    if (e instanceof Contradiction) return undefined;
    throw e;
  }
}

/** The view of learnt facts, their pairs propagated (in place) and their opaque constraints checked. */
function viewOf(facts: Facts, parent: FactView | undefined): FactView | undefined {
  try {
    propagatePairs(facts);
    const view = new FactView(facts, parent);
    checkOpaque(facts, view.bits);
    return view;
  } catch (e) {
    if (e instanceof Contradiction) return undefined;
    throw e;
  }
}

/**
 * The first round of a group's refutation: its constraints' facts as learnt
 * before the pairs are propagated (undefined when they contradict), and
 * the view of them (undefined when it finds a contradiction).
 */
interface Opening {
  readonly constraints: readonly Expr[];
  readonly learnt: Facts | undefined;
  readonly view: FactView | undefined;
}

/**
 * How many groups' openings a solver keeps. A path asks about its
 * condition with one more guard at each branch, and the explorer takes
 * the lowest address of its paths first, so the group a question extends
 * was asked about a few questions before.
 */
const KEPT_OPENINGS = 32;

/** Whether `list` is `prefix` with one constraint after it. */
function extendsByOne(list: readonly Expr[], prefix: readonly Expr[]): boolean {
  const n = prefix.length;
  return n === list.length - 1 && n > 0 && prefix[n - 1] === list[n - 1] && prefix.every((c, i) => c === list[i]);
}

/**
 * The one group of the list that may mention e's symbols, undefined for
 * none. Found by symbol masks where they tell (a large joined term's names
 * are a walk to find, and a group whose mask meets e's without a name in
 * common has no facts of e's symbols, as no group has), else by names.
 */
function groupOf(e: Expr, kept: KeptGrouping): Group | undefined | 'several' {
  if (e.kind === 'const') return undefined;
  let only: Group | undefined;
  for (const group of kept.groups) {
    if ((symbolsOfGroup(group) & e.symbols) === 0) continue;
    if (only !== undefined) return groupByName(e, kept);
    only = group;
  }
  return only;
}

function groupByName(e: Expr, kept: KeptGrouping): Group | undefined | 'several' {
  let only: Group | undefined;
  for (const name of symbolsOf(e).keys()) {
    const group = kept.holding(name);
    if (group === undefined || group === only) continue;
    if (only !== undefined) return 'several';
    only = group;
  }
  return only;
}

const groupSymbols = new WeakMap<Group, number>();

/** The symbols of a group's constraints, as a mask. */
function symbolsOfGroup(group: Group): number {
  let symbols = groupSymbols.get(group);
  if (symbols === undefined) {
    symbols = 0;
    for (const c of group.constraints) if (c.kind !== 'const') symbols |= c.symbols;
    groupSymbols.set(group, symbols);
  }
  return symbols;
}

function sameList(a: readonly Expr[], b: readonly Expr[]): boolean {
  return a === b || (a.length === b.length && a.every((c, i) => c === b[i]));
}

function constantsOf(constraints: readonly Expr[]): bigint[] {
  const out = new Set<bigint>();
  const seen = new Set<Expr>();
  const walk = (e: Expr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    switch (e.kind) {
      case 'const': out.add(e.value); return;
      case 'sym': return;
      case 'unary': case 'extract': case 'extend': walk(e.arg); return;
      case 'binary': walk(e.left); walk(e.right); return;
      case 'ite': walk(e.cond); walk(e.then); walk(e.else); return;
    }
  };
  constraints.forEach(walk);
  return [...out];
}

function candidates(fact: Fact, constants: readonly bigint[]): bigint[] {
  const w = fact.width;
  const m = mask(w);
  const raw: bigint[] = [];
  for (const [lo, hi] of fact.set) raw.push(lo, hi, lo + 1n, hi - 1n, lo + ((hi - lo) >> 1n));
  for (const c of constants) raw.push(c, c + 1n, c - 1n);
  raw.push(0n, 1n, m, 1n << BigInt(w - 1), (1n << BigInt(w - 1)) - 1n, 0x1000n);
  const out: bigint[] = [];
  const seen = new Set<bigint>();
  for (const r of raw) {
    const v = r & m;
    for (const x of [v, (v & ~fact.bits.zeros) | fact.bits.ones]) {
      if (seen.has(x) || !contains(fact.set, x) || !fitsBits(fact.bits, x)) continue;
      seen.add(x);
      out.push(x);
    }
  }
  return out;
}

/**
 * The rewriting of the case splits on each condition, for each value it is
 * fixed to, with every node's result kept for as long as the condition
 * lives. Rewriting is a function of the nodes alone, so every solver shares
 * it: a file's entry points join the same values over the same conditions,
 * and within one question each split rewrites constraints that share most
 * of their nodes with those an earlier split on the condition rewrote.
 */
const trueCases = new WeakMap<Expr, (c: Expr) => Expr>();
const falseCases = new WeakMap<Expr, (c: Expr) => Expr>();

export class Solver {
  private readonly searchNodes: number;
  private readonly cache = new Map<string, SolverResult>();
  /** Whether `check` would answer "unsat", for the groups only `refutes` was asked about. */
  private readonly refuted = new Map<string, boolean>();
  private lastFacts: { readonly constraints: readonly Expr[]; readonly view: FactView | undefined } | undefined;
  private lastSymbols: { readonly constraints: readonly Expr[]; readonly symbols: number } | undefined;
  private readonly groupings = new WeakMap<readonly Expr[], KeptGrouping>();
  private readonly groupViews = new WeakMap<Group, FactView | 'contradiction'>();
  /** The last list whose groups all passed their first round (`learntWithout`), or that values satisfy (`satisfied`): one step asks about one list many times. */
  private passed: readonly Expr[] | undefined;
  /** The view of no facts, for terms of symbols no constraint mentions. */
  private noFacts: FactView | undefined;
  /** The openings of the last groups `refutes` analysed, the latest last. */
  private readonly openings: Opening[] = [];

  constructor(options: SolverOptions = {}) {
    this.searchNodes = options.searchNodes ?? 4000;
  }

  /**
   * Whether the constraints, and `extra` with them, can hold. `constraints`
   * may be a list the solver is asked about again with other extras (a
   * path's condition, with the guard of each branch): how it splits into
   * independent groups is kept with it.
   */
  check(constraints: readonly Expr[], extra?: Expr): SolverResult {
    const grouping = this.grouping(constraints, extra);
    return this.decideOnce(grouping.live, grouping.key, () => grouping.groups);
  }

  /**
   * Whether `check` would answer "unsat", exactly, without searching for a
   * witness where it would not: pruning a path needs no more. The answer is
   * "unsat" only when every case split ends refuted before any search, so
   * the work up to the first search is the same as `check`'s, and stopping
   * there cannot change it.
   */
  refutes(constraints: readonly Expr[], extra?: Expr): boolean {
    // The list is refuted exactly when one of its groups is, each kept by its own key: the whole list's is never needed.
    for (const group of this.grouping(constraints, extra).groups) {
      if (this.refutedOnce(group)) return true;
    }
    return false;
  }

  private grouping(constraints: readonly Expr[], extra: Expr | undefined): Grouping {
    const kept = this.kept(constraints);
    return extra === undefined ? kept : withConstraint(kept, extra);
  }

  /**
   * The grouping of a list, kept with it. A path's condition one branch on
   * has the groups kept of the condition before, with the guard merged in;
   * a condition before that this solver was never asked about (the steps
   * after the branch asked nothing) is grouped so in turn, from the
   * nearest one it was. The groups a guard does not touch stay the same
   * objects, with the views kept for them.
   */
  private kept(constraints: readonly Expr[]): KeptGrouping {
    // The lists back from this one to the nearest grouped, each with the guard it adds, the latest first.
    const unasked: { readonly list: readonly Expr[]; readonly last: Expr }[] = [];
    let list = constraints;
    let kept = this.groupings.get(list);
    for (let extension = extensionOf(list); kept === undefined && extension !== undefined; extension = extensionOf(list)) {
      unasked.push({ list, last: extension.last });
      list = extension.prefix;
      kept = this.groupings.get(list);
    }
    if (kept === undefined) {
      kept = groupingOf(list);
      this.groupings.set(list, kept);
    }
    for (const { list: later, last } of unasked.reverse()) {
      kept = keptWithConstraint(kept, last);
      this.groupings.set(later, kept);
    }
    return kept;
  }

  /** Whether `check` would answer "unsat" for one group, kept by the group's key. */
  private refutedOnce(group: Group): boolean {
    const decided = this.cache.get(group.key);
    if (decided !== undefined) return decided.status === 'unsat';
    let r = this.refuted.get(group.key);
    if (r === undefined) {
      r = this.solve(group.constraints, { left: this.searchNodes, conditions: MAX_SPLIT_CONDITIONS }, false, undefined, this.opening(group)).status === 'unsat';
      this.refuted.set(group.key, r);
    }
    return r;
  }

  /**
   * A group's first round, from the opening of the group it extends by its
   * last constraint when this solver kept one: learning one after another
   * from a copy of that group's facts learns the same facts, and the view
   * of them takes that group's bits and ranges where the symbols' facts
   * agree. The groups are compared node by node (the key of a long path's
   * group is a long string, made in parts).
   */
  private opening(group: Group): Opening {
    const constraints = group.constraints;
    const before = this.openings.find((o) => extendsByOne(constraints, o.constraints));
    const facts = before === undefined ? learnt(new Facts(), constraints, 0)
      : before.learnt && learnt(before.learnt.clone(), constraints, constraints.length - 1);
    const opening = { constraints, learnt: facts?.clone(), view: facts && viewOf(facts, before?.view) };
    this.openings.push(opening);
    if (this.openings.length > KEPT_OPENINGS) this.openings.shift();
    return opening;
  }

  private decideOnce(live: readonly Expr[], key: string, groupsOf: () => readonly Group[]): SolverResult {
    let r = this.cache.get(key);
    if (r === undefined) {
      r = this.decide(live, groupsOf());
      this.cache.set(key, r);
    }
    return r;
  }

  /**
   * Tells the solver that values the caller has checked satisfy every
   * constraint of the list (a path's witness): no group of it can
   * contradict in the first round, which is sound, so its next questions
   * about bounds and known bits need not look.
   */
  satisfied(constraints: readonly Expr[]): void {
    this.passed = constraints;
  }

  /**
   * Unsigned bounds of e on every assignment the constraints allow (an
   * over-approximation); undefined when they are found to contradict each
   * other. A symbol none of them mentions (the entry stack pointer every
   * push and pop addresses) may take every value, which its bounds say
   * without the constraints being analysed: of a contradictory list any
   * bounds are true.
   */
  range(e: Expr, constraints: readonly Expr[]): Interval | undefined {
    if (e.kind === 'sym' && (e.symbols & this.symbolsIn(constraints)) === 0) return [0n, mask(e.width)];
    return this.viewFor(e, constraints)?.range(e);
  }

  /** The symbols of a constraint list as a mask, for its last list. */
  private symbolsIn(constraints: readonly Expr[]): number {
    if (this.lastSymbols?.constraints !== constraints) {
      let symbols = 0;
      for (const c of constraints) if (c.kind !== 'const') symbols |= c.symbols;
      this.lastSymbols = { constraints, symbols };
    }
    return this.lastSymbols.symbols;
  }

  /**
   * Bits of e that are certain under the constraints: what a word-aligned
   * pointer (`(sp & 3) == 0` on the path) makes of `sp + 8`. A term that
   * shares no symbol with them has its plain bits under any facts of theirs
   * (and any bits are true of a contradictory list), so they are not
   * analysed for it: an ARM word store asks so about its address at every
   * path, and most addresses are workspace offsets the path's guards do not
   * mention.
   */
  knownBits(e: Expr, constraints: readonly Expr[]): KnownBits {
    if (e.kind === 'const' || (e.symbols & this.symbolsIn(constraints)) === 0) return knownBits(e);
    return this.viewFor(e, constraints)?.bits(e) ?? knownBits(e);
  }

  /**
   * A view that answers for `e` as the view of the whole list would, or
   * undefined when the list's facts contradict each other. A term's bits
   * and range are functions of the facts of its symbols, and a symbol's
   * facts are learnt from its group alone: where one group at most may
   * mention e's symbols and no group contradicts, that group's view
   * answers, or a view of no facts. Each group's view is kept with the
   * group, which a path's next condition keeps where its guard does not
   * touch it, so a path's question after a branch analyses the one group
   * the guard joined, not the whole condition again.
   */
  private viewFor(e: Expr, constraints: readonly Expr[]): FactView | undefined {
    const kept = this.grouping(constraints, undefined) as KeptGrouping;
    const only = groupOf(e, kept);
    if (only === 'several') return this.view(constraints);
    if (this.passed !== constraints) {
      for (const group of kept.groups) if (!this.learntWithout(group)) return undefined;
      this.passed = constraints;
    }
    return only === undefined ? (this.noFacts ??= new FactView(new Facts())) : this.groupView(only);
  }

  /**
   * Whether a group's constraints are learnt and checked without a
   * contradiction, as the first round of any question about them is: a
   * group this solver found satisfiable or could not refute passed it.
   */
  private learntWithout(group: Group): boolean {
    if (this.refuted.get(group.key) === false) return true;
    const decided = this.cache.get(group.key);
    return (decided !== undefined && decided.status !== 'unsat') || this.groupView(group) !== undefined;
  }

  /** The view of one group's constraints, kept with the group; undefined when they contradict. */
  private groupView(group: Group): FactView | undefined {
    let view = this.groupViews.get(group);
    if (view === undefined) {
      // A refutation's first round about the group, when this solver kept it, is that view; else
      // the view is made as that round would be, from the group it extends, and kept for it.
      const opening = this.openings.find((o) => sameList(o.constraints, group.constraints)) ?? this.opening(group);
      view = opening.view ?? 'contradiction';
      this.groupViews.set(group, view);
    }
    return view === 'contradiction' ? undefined : view;
  }

  /**
   * The facts of the last constraint list asked about, with the bits and
   * ranges worked out under them: one step asks several questions of one
   * path (every address a step splits, every alignment test), and a path's
   * steps ask them of the same list until it takes a branch.
   */
  private view(constraints: readonly Expr[]): FactView | undefined {
    if (this.lastFacts?.constraints !== constraints) {
      this.lastFacts = { constraints, view: analyse(constraints) };
    }
    return this.lastFacts.view;
  }

  /**
   * Constraints that share no symbol are decided apart, each group cached on
   * its own: a search then never backtracks through symbols that have nothing
   * to do with the constraint that failed, and a path's old groups are not
   * searched again when a branch adds a guard to one of them.
   */
  private decide(constraints: readonly Expr[], groups: readonly Group[]): SolverResult {
    if (groups.length === 1) return this.search(constraints);
    // A group that `refutes` has answered (a path's old guards, where the
    // explorer pruned) or can refute without searching makes the list unsat
    // before any other group's witness is searched for. Each group is decided
    // on its own budget, so the order groups are decided in changes no answer.
    if (groups.some((group) => this.refutedOnce(group))) return { status: 'unsat' };
    const witness = new Map<string, bigint>();
    let undecided = false;
    for (const group of groups) {
      const r = this.decideOnce(group.constraints, group.key, () => [group]);
      if (r.status === 'unsat') return r;
      if (r.status === 'unknown') undecided = true;
      else for (const [name, value] of r.witness) witness.set(name, value);
    }
    return undecided ? { status: 'unknown' } : { status: 'sat', witness };
  }

  /**
   * One group of constraints: propagation, then case splits on the
   * conditions of if-then-else terms (the values a joined loop leaves), then
   * a search for a witness. The splits and the search share one budget.
   */
  private search(constraints: readonly Expr[]): SolverResult {
    const r = this.solve(constraints, { left: this.searchNodes, conditions: MAX_SPLIT_CONDITIONS }, true);
    if (r.status !== 'sat') return r;
    // A split drops the symbols of the arms it rules out; any value of theirs will do.
    const witness = new Map(r.witness);
    for (const name of constraints.reduce((m, c) => symbolsOf(c, m), new Map<string, Expr>()).keys()) {
      if (!witness.has(name)) witness.set(name, 0n);
    }
    const value = evaluator(witness);
    return constraints.every((c) => value(c) === 1n) ? { status: 'sat', witness } : { status: 'unknown' };
  }

  /**
   * With `witness` false, "unknown" also stands for any answer but "unsat", and the search for a witness is left out.
   * `parent` is the view of the case this one split from; `opening` the first round's analysis, made already.
   * `last` says that no other case of a split is left to try after this one, so that nothing uses the budget it leaves.
   */
  private solve(constraints: readonly Expr[], budget: SearchBudget, witness: boolean, parent?: FactView, opening?: Opening, last = true): SolverResult {
    let live = constraints;
    let before = parent;
    let first = opening;
    for (;;) {
      if (budget.left-- <= 0) return { status: 'unknown' };
      const view = first !== undefined ? first.view : analyse(live, before);
      first = undefined;
      if (!view) return { status: 'unsat' };
      before = view;
      const { facts } = view;
      if (!view.opaqueHold()) return { status: 'unsat' };
      const { settled, open } = iteConditions(facts.opaque, view, budget.conditions);
      if (settled.size > 0) {
        // What the facts already decide costs no split: rewrite and look again. The conditions stay, as a split's
        // do: the rewrite may fold away the constraints that decided them (`c & x` is `x` where `c` holds), and a
        // witness found without them need not meet them.
        const rewritten = rewrite(live, simplifyUnder(settled));
        if (rewritten === 'false') return { status: 'unsat' };
        live = [...rewritten, ...[...settled].map(([condition, value]) => (value ? condition : not(condition)))];
        continue;
      }
      if (open === undefined) {
        if (!witness) return { status: 'unknown' };
        // A search finds no witness of constraints that have none, and answers "unknown" (only the splits above
        // answer "unsat", as `refutes` does). Where its case is the last, the budget it would use is never needed.
        if (last && this.refutedByAssertedConditions(live, facts)) return { status: 'unknown' };
        return this.searchWitness(live, facts, budget);
      }
      let undecided = false;
      for (const value of [true, false]) {
        const branch = rewrite(live, this.caseOf(open, value));
        if (branch === 'false') continue;
        const r = this.solve([...branch, value ? open : not(open)], budget, witness, view, undefined, last && !value);
        if (r.status === 'sat' || (!witness && r.status === 'unknown')) return r;
        if (r.status === 'unknown') undecided = true;
      }
      return undecided ? { status: 'unknown' } : { status: 'unsat' };
    }
  }

  /**
   * Whether the constraints (with their facts) are proven to have no
   * solution once the if-then-else conditions they assert are fixed
   * (`assertedConditions`). A use check's question on a path through a
   * joined loop asks whether a result the path tested can be the failure
   * value where the joined value is that result: the conditions that pick
   * the result are asserted by the question, more of them than a split is
   * tried on, and a search for a witness used its whole budget in vain at
   * every use along the path. Fixing them is an equality under the
   * constraints, and each fixed condition is kept as a constraint with its
   * parts rewritten, so a refutation of the rewritten list is one of the
   * constraints. Its splits are limited in rounds, not in conditions.
   */
  private refutedByAssertedConditions(live: readonly Expr[], facts: Facts): boolean {
    const fixed = assertedConditions(facts.opaque);
    if (fixed.size === 0) return false;
    const simplify = simplifyUnder(fixed);
    const rewritten = rewrite(live, simplify);
    const conditions = rewrite([...fixed].map(([cond, value]) => (value ? partsUnder(cond, simplify) : not(partsUnder(cond, simplify)))), (c) => c);
    if (rewritten === 'false' || conditions === 'false') return true;
    const budget = { left: ASSERTED_REFUTATION_NODES, conditions: Infinity };
    return this.solve([...rewritten, ...conditions], budget, false).status === 'unsat';
  }

  /** The rewriting of a case split that fixes `condition` to `value` (`trueCases`, `falseCases`). */
  private caseOf(condition: Expr, value: boolean): (c: Expr) => Expr {
    const byCondition = value ? trueCases : falseCases;
    let simplify = byCondition.get(condition);
    if (!simplify) {
      simplify = simplifyUnder(new Map([[condition, value]]));
      byCondition.set(condition, simplify);
    }
    return simplify;
  }

  private searchWitness(constraints: readonly Expr[], facts: Facts, budget: SearchBudget): SolverResult {
    const symbols = [...constraints.reduce((m, c) => symbolsOf(c, m), new Map<string, Expr>()).values()] as Sym[];
    const constants = constantsOf(constraints);
    const assignment = new Map<string, bigint>();
    // One evaluator per search node: the constraints share subtrees.
    const holdAll = (which: (j: number) => boolean): boolean => {
      const value = evaluator(assignment);
      return constraints.every((c, j) => !which(j) || value(c) === 1n);
    };
    // Constraints checkable once the first i symbols have values.
    const readyAt = constraints.map((c) => Math.max(-1, ...[...symbolsOf(c).keys()].map((n) => symbols.findIndex((s) => s.name === n))));
    // A node's known bits are its parent's for every part that mentions no symbol whose fact the assignment changed:
    // the opaque constraints of a long path are large DAGs, and working their bits out anew at each node took seconds.
    const search = (i: number, current: Facts, bits: (e: Expr) => KnownBits): boolean => {
      const s = symbols[i];
      if (s === undefined) return holdAll(() => true);
      for (const v of candidates(current.fact(s), constants)) {
        if (budget.left-- <= 0) return false;
        assignment.set(s.name, v);
        if (!holdAll((j) => readyAt[j] === i)) continue;
        const next = current.clone();
        let nextBits: (e: Expr) => KnownBits;
        try {
          next.restrict(s, [[v, v]]);
          propagatePairs(next);
          nextBits = knownBitsUnder(next.symbolBits, next.bySymbol.keys(), { bits, changed: changedSymbols(current, next) });
          checkOpaque(next, nextBits);
        } catch (e) {
          if (e instanceof Contradiction) continue;
          throw e;
        }
        if (search(i + 1, next, nextBits)) return true;
      }
      assignment.delete(s.name);
      return false;
    };
    if (search(0, facts, knownBitsUnder(facts.symbolBits, facts.bySymbol.keys()))) return { status: 'sat', witness: new Map(assignment) };
    return { status: 'unknown' };
  }
}

interface SearchBudget {
  /** Nodes left: rounds of the splits, and values tried by the search. */
  left: number;
  /** Past this many undecided conditions no case split is tried. */
  readonly conditions: number;
}

/** The constraints rewritten with some conditions fixed (`simplify`); 'false' when one folds to 0. */
function rewrite(constraints: readonly Expr[], simplify: (c: Expr) => Expr): Expr[] | 'false' {
  const out: Expr[] = [];
  for (const c of constraints) {
    const r = simplify(c);
    if (r.kind === 'const') {
      if (r.value === 0n) return 'false';
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * Past this many undecided conditions a case split is not tried: the values of
 * long chains of joined branches have one condition per branch, and a search
 * finds their witnesses where splitting would rewrite the whole chain per case.
 */
const MAX_SPLIT_CONDITIONS = 24;

/**
 * The rounds a refutation by asserted conditions may take. Those that
 * succeed take a few (one to five on a probe's ring of 45 lines: each
 * split's other case folds to false at once), and one that fails (rounds
 * of 10 ms on a larger ring) costs no more than this before the search.
 */
const ASSERTED_REFUTATION_NODES = 16;

/**
 * The if-then-else conditions of the opaque constraints that the
 * constraints themselves fix: a condition that is one of them, or that one
 * of them negates or selects between 1 and 0 (`ite(c, 0, 1)`: a use check
 * states so that a joined value is not the arm its symbol came by).
 */
function assertedConditions(opaque: readonly Expr[]): Map<Expr, boolean> {
  const asserted = new Map<Expr, boolean>();
  for (const c of opaque) {
    asserted.set(c, true);
    if (c.kind === 'unary' && c.op === 'not') asserted.set(c.arg, false);
    else if (c.kind === 'ite' && c.then.kind === 'const' && c.else.kind === 'const' && c.then.value !== c.else.value) asserted.set(c.cond, c.then.value === 1n);
  }
  const fixed = new Map<Expr, boolean>();
  for (const c of opaque) {
    for (const cond of conditionsOf(c)) {
      const value = asserted.get(cond);
      if (value !== undefined) fixed.set(cond, value);
    }
  }
  return fixed;
}

/** A 1-bit node with its operands rewritten, not itself. */
function partsUnder(c: Expr, simplify: (e: Expr) => Expr): Expr {
  if (c.kind === 'unary' && c.op === 'not') return not(simplify(c.arg));
  if (c.kind === 'binary') return BINARY_CONSTRUCTORS[c.op](simplify(c.left), simplify(c.right));
  if (c.kind === 'ite') return ite(simplify(c.cond), simplify(c.then), simplify(c.else));
  return c;
}

/**
 * Conditions of if-then-else terms in the constraints: those the facts decide,
 * and the outermost one they do not (the next split) when at most
 * `maxOpen` are open.
 */
function iteConditions(constraints: readonly Expr[], view: FactView, maxOpen: number): { settled: Map<Expr, boolean>; open: Expr | undefined } {
  const settled = new Map<Expr, boolean>();
  const open = new Set<Expr>();
  for (const c of constraints) {
    for (const cond of conditionsOf(c)) {
      if (settled.has(cond) || open.has(cond)) continue;
      const known = view.condition(cond);
      if (known !== undefined) settled.set(cond, known);
      else open.add(cond);
    }
  }
  const [first] = open;
  return { settled, open: open.size <= maxOpen ? first : undefined };
}

/**
 * The conditions of a constraint's if-then-else nodes, each once, in the
 * order a depth-first walk from its root (condition, then, else) meets the
 * nodes. The conditions of a list, in the order one walk over all of it
 * with one set of nodes seen meets them, are these lists one after another
 * with each condition kept where it first comes: a node that walk skips as
 * seen had its whole subtree walked before. Kept per constraint for as long
 * as it lives: the constraints a split leaves unchanged are walked again
 * in every round, and a path's constraints in every question about it.
 */
const conditionLists = new WeakMap<Expr, readonly Expr[]>();

function conditionsOf(c: Expr): readonly Expr[] {
  let list = conditionLists.get(c);
  if (list === undefined) {
    const conditions = new Set<Expr>();
    const seen = new Set<Expr>();
    const stack = [c];
    for (let e = stack.pop(); e !== undefined; e = stack.pop()) {
      if (seen.has(e)) continue;
      seen.add(e);
      switch (e.kind) {
        case 'ite': conditions.add(e.cond); stack.push(e.else, e.then, e.cond); break;
        case 'unary': case 'extract': case 'extend': stack.push(e.arg); break;
        case 'binary': stack.push(e.right, e.left); break;
        default: break;
      }
    }
    list = [...conditions];
    conditionLists.set(c, list);
  }
  return list;
}

/**
 * Known bits and unsigned ranges of terms under one set of facts, each node
 * worked out once. A view made from a parent's (the facts before a case
 * split or a rewriting) takes the parent's bits and range of every node that
 * mentions no symbol whose fact differs between the two: those are
 * functions of the node and of its symbols' facts alone.
 */
class FactView {
  readonly bits: (e: Expr) => KnownBits;
  private readonly ranges = new Map<Expr, Interval>();
  private readonly inherited: (InheritedBits & { readonly range: (e: Expr) => Interval }) | undefined;

  /** The view this one inherits from. */
  private readonly from: FactView | undefined;
  /** The opaque constraints, once `opaqueHold` found none of them false. */
  private held: ReadonlySet<Expr> | undefined;
  /** What `condition` found of each if-then-else condition asked about. */
  private readonly conditions = new Map<Expr, boolean | undefined>();
  /** What `decide` found of each node. */
  private readonly decided = new Map<Expr, boolean | undefined>();

  /** How many views up this one's inheritance goes. */
  readonly depth: number;

  constructor(readonly facts: Facts, parent?: FactView) {
    const from = parent !== undefined && parent.depth < INHERITED_VIEWS ? parent : undefined;
    this.from = from;
    this.depth = from === undefined ? 0 : from.depth + 1;
    this.inherited = from && { bits: from.bits, range: from.range, changed: changedSymbols(from.facts, facts) };
    this.bits = knownBitsUnder(facts.symbolBits, facts.bySymbol.keys(), this.inherited);
  }

  range = (e: Expr): Interval => {
    const hit = this.ranges.get(e);
    if (hit) return hit;
    const inherited = this.inherited;
    const r = inherited !== undefined && e.kind !== 'const' && (e.symbols & inherited.changed) === 0 ? inherited.range(e)
      : rangeOfNode(e, this.facts, this.bits(e), this.range);
    this.ranges.set(e, r);
    return r;
  };

  /**
   * Whether no opaque constraint is decided false. One the view this
   * inherits from held, of symbols whose facts are the same here, is not
   * decided again: deciding is a function of the node and of its symbols'
   * facts. A case split keeps most of its group's constraints, and a
   * path's question those of the question one guard before.
   */
  opaqueHold(): boolean {
    const before = this.from?.held;
    for (const c of this.facts.opaque) {
      if (before?.has(c) === true && this.sharesFacts(c)) continue;
      if (this.decide(c) === false) return false;
    }
    this.held = new Set(this.facts.opaque);
    return true;
  }

  /**
   * `decide` of an if-then-else's condition, taken from the view this
   * inherits from where its symbols' facts are the same: every round of a
   * case split asks about the conditions of all its constraints, and those
   * the split's case leaves open were open before it.
   */
  condition(c: Expr): boolean | undefined {
    if (this.conditions.has(c)) return this.conditions.get(c);
    const before = this.from?.conditions;
    const r = before?.has(c) === true && this.sharesFacts(c) ? before.get(c) : this.decide(c);
    this.conditions.set(c, r);
    return r;
  }

  /** Whether the facts of every symbol of `c` are those of the view this inherits from. */
  private sharesFacts(c: Expr): boolean {
    return this.inherited !== undefined && (c.kind === 'const' || (c.symbols & this.inherited.changed) === 0);
  }

  /**
   * The value of a 1-bit term when the facts settle it. Joined paths'
   * conditions are DAGs whose conjunctions and disjunctions share their
   * sides: each node is decided once, not once per way down to it.
   */
  decide(c: Expr): boolean | undefined {
    if (this.decided.has(c)) return this.decided.get(c);
    const r = this.decideNode(c);
    this.decided.set(c, r);
    return r;
  }

  private decideNode(c: Expr): boolean | undefined {
    const known = knownValue(this.bits(c), 1);
    if (known !== undefined) return known === 1n;
    if (c.kind === 'unary' && c.op === 'not') {
      const inner = this.decide(c.arg);
      return inner === undefined ? undefined : !inner;
    }
    if (c.kind !== 'binary') return undefined;
    if (c.op === 'and' || c.op === 'or') {
      const l = this.decide(c.left), r = this.decide(c.right);
      const dominant = c.op === 'or';
      if (l === dominant || r === dominant) return dominant;
      return l !== undefined && r !== undefined ? !dominant : undefined;
    }
    if (c.op !== 'ule' && c.op !== 'ult' && c.op !== 'eq') return undefined;
    const [alo, ahi] = this.range(c.left), [blo, bhi] = this.range(c.right);
    switch (c.op) {
      case 'ule': return ahi <= blo ? true : alo > bhi ? false : undefined;
      case 'ult': return ahi < blo ? true : alo >= bhi ? false : undefined;
      case 'eq': return ahi < blo || bhi < alo ? false : undefined;
    }
  }
}

/**
 * How long a chain of views may inherit from one another: each keeps the
 * one it inherits from, with everything worked out in it, alive.
 */
const INHERITED_VIEWS = 8;

/**
 * The symbols whose facts differ, as a mask of their bits. A symbol the
 * facts do not name has the fact of one they name with every value allowed.
 */
function changedSymbols(before: Facts, after: Facts): number {
  let changed = 0;
  for (const [name, f] of after.bySymbol) {
    const g = before.bySymbol.get(name);
    if (g === undefined ? !unrestricted(f) : !sameFact(f, g)) changed |= symbolBit(name);
  }
  for (const [name, g] of before.bySymbol) {
    if (!after.bySymbol.has(name) && !unrestricted(g)) changed |= symbolBit(name);
  }
  return changed;
}

function unrestricted(f: Fact): boolean {
  const only = f.set.length === 1 ? f.set[0] : undefined;
  return f.bits.zeros === 0n && f.bits.ones === 0n && only !== undefined && only[0] === 0n && only[1] === mask(f.width);
}

function sameFact(f: Fact, g: Fact): boolean {
  return f.width === g.width && f.bits.zeros === g.bits.zeros && f.bits.ones === g.bits.ones
    && f.set.length === g.set.length && f.set.every(([lo, hi], i) => lo === g.set[i]?.[0] && hi === g.set[i]?.[1]);
}

/**
 * The node's range: its known bits' bounds, narrowed by what its kind
 * bounds it to. Straight code, no closures: it runs once per node and view,
 * and the closures were a visible share of an open's garbage.
 */
function rangeOfNode(e: Expr, facts: Facts, bits: KnownBits, sub: (x: Expr) => Interval): Interval {
  const m = mask(e.width);
  const lo = bits.ones, hi = ~bits.zeros & m;
  const r = kindBounds(e, facts, m, sub);
  return r === undefined ? [lo, hi] : [r[0] > lo ? r[0] : lo, r[1] < hi ? r[1] : hi];
}

/** What a node's kind bounds it to (`m` its width's mask), if anything. */
function kindBounds(e: Expr, facts: Facts, m: bigint, sub: (x: Expr) => Interval): Interval | undefined {
  const v = linear(e);
  if (v && v.width === v.sym.width) return hull(shiftSet(facts.fact(v.sym).set, v.offset, v.width));
  if (v) return hull(facts.fact(v.sym).set);
  if (e.kind === 'binary') {
    switch (e.op) {
      case 'add': {
        const x = sub(e.left), y = sub(e.right);
        return x[1] + y[1] <= m ? [x[0] + y[0], x[1] + y[1]] : undefined;
      }
      case 'mul': return e.right.kind === 'const' ? scaled(sub(e.left), e.right.value, m) : undefined;
      case 'shl': return e.right.kind === 'const' && e.right.value < BigInt(e.width) ? scaled(sub(e.left), 1n << e.right.value, m) : undefined;
      case 'lshr': {
        if (e.right.kind !== 'const') return undefined;
        const x = sub(e.left);
        return [x[0] >> e.right.value, x[1] >> e.right.value];
      }
      case 'and': {
        const x = sub(e.left)[1], y = sub(e.right)[1];
        return [0n, x < y ? x : y];
      }
      default: return undefined;
    }
  }
  if (e.kind === 'extend' && !e.signed) return sub(e.arg);
  if (e.kind === 'ite') {
    // Known bits already take the arm a settled condition picks; otherwise either arm.
    const t = sub(e.then), f = sub(e.else);
    return [t[0] < f[0] ? t[0] : f[0], t[1] > f[1] ? t[1] : f[1]];
  }
  return undefined;
}

/** `x` times `k`, when no value of it overflows `m`. */
function scaled(x: Interval, k: bigint, m: bigint): Interval | undefined {
  return x[1] * k <= m ? [x[0] * k, x[1] * k] : undefined;
}
