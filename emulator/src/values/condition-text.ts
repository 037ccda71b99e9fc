import { and1, bv, exprEquals, neg, sub, xor, type Expr } from './expr.js';
import { formatExprCut, type NumberStyle, type SymbolNames } from './format.js';

// A branch's guard as a reader would write the test. The CPUs build a
// condition from flags (HI is `C & ~Z`, GT is `~Z & N == V`), so a note
// written node by node read "~((&10000 <=u wanted) & (wanted - &10000) != 0)"
// for `CMP r3, #&10000 / BLS`. Here the flags of one compare are put back
// together into the one comparison they test ("wanted <=u &10000"), and
// negations are pushed down to the comparisons.

/** Orderings of a against b that a comparison accepts, as bits. */
const BELOW = 1, EQUAL = 2, ABOVE = 4;

interface Relation {
  readonly kind: 'relation';
  readonly a: Expr;
  readonly b: Expr;
  /** Equality says nothing about signedness, so it combines with either. */
  readonly signedness: 'unsigned' | 'signed' | 'either';
  readonly holds: number;
  /** a and b are in the order the code compared them (`CMP a, b`), which a merged comparison keeps. */
  readonly compared: boolean;
}

type Formula =
  | Relation
  | { readonly kind: 'leaf'; readonly e: Expr; readonly negated: boolean }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly Formula[] };

/** Guards with more connectives than this are written as they are: a joined path's guard can be a large DAG. */
const MAX_CONNECTIVES = 24;

const OPERATORS: Partial<Record<number, string>> = {
  [BELOW]: '<', [BELOW | EQUAL]: '<=', [EQUAL]: '==', [ABOVE]: '>', [ABOVE | EQUAL]: '>=', [BELOW | ABOVE]: '!=',
};

/**
 * The longest text a condition is written as. Conditions of a loop's paths
 * nest the values of earlier rounds in choices (`(size >=u &1000 ? size -
 * &1000 : size) >=u &1000`), and writing each in full made one finding's
 * notes 27 MB; past a line or two no reader follows them anyway.
 */
const MAX_TEXT = 200;

/** Levels of choices between joined values spelled out with their conditions readable; deeper ones as they are. */
const READABLE_CHOICES = 3;

/**
 * `given`: conditions known to hold wherever the guard is read (the entry
 * contract: entries >=u 1), which the text leaves out but reads the guard
 * with: a run of values the guard excludes from the least (or most) one a
 * value may be is a bound (see `foldExclusions`).
 */
export function formatCondition(guard: Expr, style: NumberStyle = 'c', names: SymbolNames = (name) => name, given: readonly Expr[] = []): string {
  return cut(conditionText(guard, { style, names }, READABLE_CHOICES, given));
}

/**
 * The assumptions one instruction made on a run of a loop's passes, as one
 * condition: all of them where that reads in full (bounds by constants merge
 * into the tightest, "entries >u 7"), else the first pass's and the last's
 * with how many passes there were: a pass per byte of a scanned table
 * listed to the cut says nothing the two ends do not.
 */
export function formatPasses(guards: readonly Expr[], style: NumberStyle = 'c', names: SymbolNames = (name) => name, given: readonly Expr[] = []): string {
  const first = guards[0], last = guards.at(-1);
  if (guards.length < 3 || !first || !last) return formatCondition(and1(...guards), style, names, given);
  const all = formulaText(and1(...guards), { style, names }, READABLE_CHOICES, given);
  if (all !== undefined && all.length <= MAX_TEXT) return all;
  return cut(`${formatCondition(first, style, names, given)} & … & ${formatCondition(last, style, names, given)} (${guards.length} passes)`);
}

/** How a condition writes its numbers and names its symbols. */
interface Writing {
  readonly style: NumberStyle;
  readonly names: SymbolNames;
}

const cut = (text: string): string => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`);

/** `choices`: how many more levels of choices between values to spell out with readable conditions. */
function conditionText(guard: Expr, writing: Writing, choices: number, given: readonly Expr[] = []): string {
  return formulaText(guard, writing, choices, given) ?? formatExprCut(guard, MAX_TEXT, writing.style, writing.names);
}

/** `guard` read as a formula, with `given` (see `formatCondition`); undefined where it has too many connectives to read. */
function formulaText(guard: Expr, writing: Writing, choices: number, given: readonly Expr[]): string | undefined {
  const budget = { left: MAX_CONNECTIVES };
  const formula = read(guard, false, budget);
  if (budget.left < 0) return undefined;
  const known = given.flatMap((g) => {
    const f = read(g, false, { left: MAX_CONNECTIVES });
    return f.kind === 'relation' ? [f] : f.kind === 'and' ? f.parts.filter((p): p is Relation => p.kind === 'relation') : [];
  });
  return written(foldExclusions(formula, known), writing, choices);
}

/**
 * Values a conjunction excludes one by one, as far as they run on from the
 * least or most the value may be (0 or the top, or a bound the conjunction
 * or `known` has), as the one bound they make: an unrolled loop's passes
 * (`SUBS r2, r2, #1` / `BNE`) with R2 at least 1 at entry, "entries != 1 &
 * entries != 2 & entries != 3", are "entries >u 3". A single value
 * excluded next to a bound the text does not show reads as plainly as the
 * bound, and stays.
 */
function foldExclusions(f: Formula, known: readonly Relation[]): Formula {
  const parts = f.kind === 'and' ? f.parts : [f];
  const exclusions = parts.flatMap((p) => {
    const r = p.kind === 'relation' && p.holds === (BELOW | ABOVE) ? constantSecond(p) : undefined;
    return r && r.b.kind === 'const' ? [{ part: p, value: r.a, excluded: r.b.value }] : [];
  });
  let out: readonly Formula[] = parts;
  for (const value of new Set(exclusions.map((x) => x.value))) {
    const excluded = new Map(exclusions.filter((x) => exprEquals(x.value, value)).map((x) => [x.excluded, x.part]));
    const width = BigInt(value.width);
    const boundsOf = (rs: readonly Formula[], side: number): bigint[] => rs.flatMap((r) => {
      const c = r.kind === 'relation' ? constantSecond(r) : undefined;
      const b = c && exprEquals(c.a, value) && c.signedness === 'unsigned' ? inclusive(c) : undefined;
      return b?.side === side ? [b.value] : [];
    });
    for (const side of [ABOVE, BELOW]) {
      const tighter = (a: bigint, b: bigint): bigint => (side === ABOVE ? (a > b ? a : b) : (a < b ? a : b));
      const own = boundsOf(out, side);
      const step = side === ABOVE ? 1n : -1n;
      let edge = [...own, ...boundsOf(known, side)].reduce(tighter, side === ABOVE ? 0n : (1n << width) - 1n);
      // Tightening a bound the text shows already is shorter by any value folded; else it takes two.
      const least = own.includes(edge) ? 1 : 2;
      const folded: Formula[] = [];
      for (let part = excluded.get(edge); part && out.includes(part); part = excluded.get(edge)) {
        folded.push(part);
        edge += step;
      }
      if (folded.length < least) continue;
      // The bound takes the place of the first exclusion it folds; bounds of the conjunction it tightens go.
      const bound = relation(value, bv(edge - step, value.width), 'unsigned', side);
      const first = out.findIndex((p) => folded.includes(p));
      out = out.flatMap((p, i) => {
        if (i === first) return [bound];
        if (folded.includes(p)) return [];
        const c = p.kind === 'relation' ? constantSecond(p) : undefined;
        return c && exprEquals(c.a, value) && c.signedness === 'unsigned' && inclusive(c)?.side === side ? [] : [p];
      });
    }
    // A value the text's own bound leaves out already ("x != 0 & x >=u 80000000h") says nothing the bound does not.
    const least = boundsOf(out, ABOVE), most = boundsOf(out, BELOW);
    const outside = [...excluded].filter(([v]) => least.some((b) => v < b) || most.some((b) => v > b)).map(([, part]) => part);
    if (outside.length > 0) out = out.filter((p) => !outside.includes(p));
  }
  return out === parts ? f : combine('and', out);
}

function read(e: Expr, negated: boolean, budget: { left: number }): Formula {
  if (e.width === 1) {
    if (e.kind === 'unary' && e.op === 'not') return read(e.arg, !negated, budget);
    if (e.kind === 'ite' && e.then.kind === 'const' && e.else.kind === 'const' && e.then.value !== e.else.value) {
      return read(e.cond, e.then.value === 1n ? negated : !negated, budget);
    }
    if (e.kind === 'binary') {
      if (e.op === 'eq' && e.left.width === 1 && e.right.kind === 'const') return read(e.left, e.right.value === 1n ? negated : !negated, budget);
      if (e.op === 'and' || e.op === 'or') {
        budget.left--;
        const parts = [read(e.left, negated, budget), read(e.right, negated, budget)];
        // De Morgan: a negated conjunction is the disjunction of the negated parts.
        return combine((e.op === 'and') !== negated ? 'and' : 'or', parts);
      }
    }
  }
  const relation = relationOf(e);
  if (relation) return negated ? { ...relation, holds: 7 & ~relation.holds } : relation;
  return { kind: 'leaf', e, negated };
}

/** The comparison `e` makes, if it is one. */
function relationOf(e: Expr): Relation | undefined {
  // The sign bit (x86 SF, ARM N) alone: `dec ecx / jns` tests ECX - 1 >=s 0.
  if (e.kind === 'extract' && e.width === 1 && e.low === e.arg.width - 1 && e.arg.width > 1) return relation(e.arg, bv(0, e.arg.width), 'signed', BELOW);
  if (e.kind !== 'binary') return undefined;
  const { left, right } = e;
  switch (e.op) {
    case 'ult': return relation(left, right, 'unsigned', BELOW);
    case 'ule': return relation(left, right, 'unsigned', BELOW | EQUAL);
    case 'slt': return relation(left, right, 'signed', BELOW);
    case 'sle': return relation(left, right, 'signed', BELOW | EQUAL);
    case 'eq': {
      if (left.width === 1) return signedOrder(left, right, false);
      const zero = right.kind === 'const' && right.value === 0n;
      const difference = zero ? differenceOperands(left) : undefined;
      const [a, b] = difference ?? [left, right];
      return relation(a, b, 'either', EQUAL, difference !== undefined);
    }
    case 'xor': return e.width === 1 ? signedOrder(left, right, true) : undefined;
  }
  return undefined;
}

function relation(a: Expr, b: Expr, signedness: Relation['signedness'], holds: number, compared = false): Relation {
  return { kind: 'relation', a, b, signedness, holds, compared };
}

/** `a` and `b` where `x` is zero exactly when a = b: a difference, an exclusive or, or `a + k`. */
function differenceOperands(x: Expr): readonly [Expr, Expr] | undefined {
  if (x.kind !== 'binary') return undefined;
  if (x.op === 'sub' || x.op === 'xor') return [x.left, x.right];
  if (x.op === 'add' && x.right.kind === 'const') return [x.left, neg(x.right)];
  return undefined;
}

/**
 * N == V (or N ^ V when `differ`) of a subtraction a - b: a >= b signed (or
 * a < b). N is the top bit of the difference, V the top bit of
 * (a ^ b) & (a ^ (a - b)), as both CPUs compute them.
 */
function signedOrder(n: Expr, v: Expr, differ: boolean): Relation | undefined {
  for (const [sign, overflow] of [[n, v], [v, n]] as const) {
    if (sign.kind !== 'extract' || overflow.kind !== 'extract' || sign.width !== 1 || overflow.width !== 1) continue;
    const difference = sign.arg, top = difference.width - 1;
    if (sign.low !== top || overflow.low !== top || overflow.arg.kind !== 'binary' || overflow.arg.op !== 'and') continue;
    const { left, right } = overflow.arg;
    for (const [operands, mixed] of [[left, right], [right, left]] as const) {
      if (operands.kind !== 'binary' || operands.op !== 'xor') continue;
      for (const [a, b] of [[operands.left, operands.right], [operands.right, operands.left]] as const) {
        if (exprEquals(sub(a, b), difference) && exprEquals(xor(a, difference), mixed)) {
          return relation(a, b, 'signed', differ ? BELOW : ABOVE | EQUAL, true);
        }
      }
    }
  }
  return undefined;
}

/** Parts joined by `kind`, with comparisons of one pair of values merged into one comparison. */
function combine(kind: 'and' | 'or', parts: readonly Formula[]): Formula {
  const out: Formula[] = [];
  for (const part of parts.flatMap((p) => (p.kind === kind ? p.parts : [p]))) {
    const at = part.kind === 'relation' ? out.findIndex((o) => o.kind === 'relation' && merged(kind, o, part) !== undefined) : -1;
    if (at < 0) out.push(part);
    else out[at] = merged(kind, out[at] as Relation, part as Relation) as Relation;
  }
  return out.length === 1 ? out[0] as Formula : { kind, parts: out };
}

function merged(kind: 'and' | 'or', first: Relation, second: Relation): Relation | undefined {
  const [x, y] = second.compared && !first.compared ? [second, first] : [first, second];
  const signedness = x.signedness === 'either' ? y.signedness : y.signedness === 'either' || y.signedness === x.signedness ? x.signedness : undefined;
  if (signedness === undefined) return undefined;
  let holds: number;
  if (exprEquals(x.a, y.a) && exprEquals(x.b, y.b)) holds = y.holds;
  else if (exprEquals(x.a, y.b) && exprEquals(x.b, y.a)) holds = mirrored(y.holds);
  else return bound(kind, x, y);
  const together = kind === 'and' ? x.holds & holds : x.holds | holds;
  // Always or never true: leave the parts for the reader to see why.
  if (together === 0 || together === 7) return undefined;
  return relation(x.a, x.b, together === EQUAL || together === (BELOW | ABOVE) ? 'either' : signedness, together, x.compared);
}

/**
 * Two bounds on one value from the same side, by constants (an unrolled
 * loop's `CMP r2, #i` / `BLS done` passes: "entries >u 1 & entries >u 2"):
 * the one that says it all, the tighter of two that must both hold, the
 * looser of two either of which may.
 */
function bound(kind: 'and' | 'or', first: Relation, second: Relation): Relation | undefined {
  const x = constantSecond(first), y = constantSecond(second);
  if (!x || !y || !exprEquals(x.a, y.a)) return undefined;
  // One value, which the other comparison takes in (`eax == 0FFFFFFFFh` and `eax != 0`): the narrower holds for both, the wider for either.
  for (const [one, other] of [[x, y], [y, x]] as const) {
    if (one.holds === EQUAL && one.b.kind === 'const' && accepts(other, one.b.value)) return kind === 'and' ? one : other;
  }
  if (x.signedness !== y.signedness || x.signedness === 'either') return undefined;
  const xs = inclusive(x), ys = inclusive(y);
  if (xs === undefined || ys === undefined || xs.side !== ys.side) return undefined;
  const yTighter = xs.side === ABOVE ? ys.value > xs.value : ys.value < xs.value;
  return yTighter === (kind === 'and') ? y : x;
}

/** Whether `r`, a comparison with a constant, holds where its value is `value`. */
function accepts(r: Relation, value: bigint): boolean {
  if (r.b.kind !== 'const') return false;
  const signed = (v: bigint): bigint => (r.signedness === 'signed' && v >= 1n << BigInt(r.b.width - 1) ? v - (1n << BigInt(r.b.width)) : v);
  const a = signed(value), b = signed(r.b.value);
  return ((r.holds & BELOW) !== 0 && a < b) || ((r.holds & EQUAL) !== 0 && a === b) || ((r.holds & ABOVE) !== 0 && a > b);
}

/** `r` with its constant second, when one of its values is a constant. */
function constantSecond(r: Relation): Relation | undefined {
  if (r.b.kind === 'const') return r;
  return r.a.kind === 'const' ? { ...r, a: r.b, b: r.a, holds: mirrored(r.holds) } : undefined;
}

/** A bound `a > c` as `a >= c + 1` (`a < c` as `a <= c - 1`), the constant read as the comparison reads it; none where that leaves the range. */
function inclusive(r: Relation): { readonly side: number; readonly value: bigint } | undefined {
  if (r.b.kind !== 'const') return undefined;
  const width = BigInt(r.b.width);
  const top = 1n << (width - 1n);
  const value = r.signedness === 'signed' && r.b.value >= top ? r.b.value - (top << 1n) : r.b.value;
  const [low, high] = r.signedness === 'signed' ? [-top, top - 1n] : [0n, (top << 1n) - 1n];
  switch (r.holds) {
    case ABOVE: return value < high ? { side: ABOVE, value: value + 1n } : undefined;
    case ABOVE | EQUAL: return { side: ABOVE, value };
    case BELOW: return value > low ? { side: BELOW, value: value - 1n } : undefined;
    case BELOW | EQUAL: return { side: BELOW, value };
  }
  return undefined;
}

const mirrored = (holds: number): number => (holds & EQUAL) | (holds & BELOW ? ABOVE : 0) | (holds & ABOVE ? BELOW : 0);

function written(f: Formula, writing: Writing, choices: number): string {
  switch (f.kind) {
    case 'relation': {
      // The value being tested first: "wanted <=u &10000", not "&10000 >=u wanted".
      const flip = f.a.kind === 'const' && f.b.kind !== 'const';
      const [a, b, holds] = flip ? [f.b, f.a, mirrored(f.holds)] : [f.a, f.b, f.holds];
      const op = OPERATORS[holds] as string;
      const suffix = holds === EQUAL || holds === (BELOW | ABOVE) ? '' : f.signedness === 'signed' ? 's' : 'u';
      return `${operand(a, writing, choices)} ${op}${suffix} ${operand(b, writing, choices)}`;
    }
    case 'leaf': {
      const text = formatExprCut(f.e, MAX_TEXT, writing.style, writing.names);
      if (f.e.kind === 'sym' && f.e.width === 1) return `${text} == ${f.negated ? 0 : 1}`;
      return f.negated ? `~(${text})` : text;
    }
    case 'and': case 'or':
      return f.parts.map((p) => (p.kind === 'and' || p.kind === 'or' ? `(${written(p, writing, choices)})` : written(p, writing, choices))).join(f.kind === 'and' ? ' & ' : ' | ');
  }
}

function operand(e: Expr, writing: Writing, choices: number): string {
  if (e.kind === 'ite' && choices > 0) {
    return `(${conditionText(e.cond, writing, choices - 1)} ? ${operand(e.then, writing, choices - 1)} : ${operand(e.else, writing, choices - 1)})`;
  }
  const text = formatExprCut(e, MAX_TEXT, writing.style, writing.names);
  return e.kind === 'binary' || e.kind === 'ite' ? `(${text})` : text;
}
