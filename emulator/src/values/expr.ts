// Bit-vector expressions: the one value type of the emulator. A concrete run
// is the same code with constant leaves; every constructor folds constants,
// so concrete execution never builds a tree.
//
// Every other node is hash-consed: a constructor returns the one live node of
// that structure, so structural equality is identity and a value that joins
// make into a DAG of shared if-then-else nodes is compared, keyed and
// memoised per node, never walked as the tree it stands for (which doubles
// with every branch joined). Constants are not interned: evaluation makes
// them by the million and their value is their identity.

export type Width = number;

export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'udiv' | 'urem' | 'sdiv' | 'srem'
  | 'and' | 'or' | 'xor' | 'shl' | 'lshr' | 'ashr' | 'rotl' | 'rotr'
  | 'eq' | 'ult' | 'ule' | 'slt' | 'sle' | 'concat';

export type UnaryOp = 'not' | 'neg';

/**
 * `id` is unique per interned node, so equal for two of them exactly when
 * they are structurally equal. `hash` is made from the structure alone
 * (names, operators, constants), so it is the same in every run whatever
 * was built before: sums order their terms by it. `symbols` has the
 * `symbolBit` of every symbol the node mentions: a node whose mask shares
 * no bit with a symbol's does not mention that symbol.
 */
export type Expr =
  | { readonly kind: 'const'; readonly width: Width; readonly value: bigint }
  | { readonly kind: 'sym'; readonly id: number; readonly hash: number; readonly symbols: number; readonly width: Width; readonly name: string }
  | { readonly kind: 'unary'; readonly id: number; readonly hash: number; readonly symbols: number; readonly width: Width; readonly op: UnaryOp; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly id: number; readonly hash: number; readonly symbols: number; readonly width: Width; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'ite'; readonly id: number; readonly hash: number; readonly symbols: number; readonly width: Width; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
  | { readonly kind: 'extract'; readonly id: number; readonly hash: number; readonly symbols: number; readonly width: Width; readonly arg: Expr; readonly low: number }
  | { readonly kind: 'extend'; readonly id: number; readonly hash: number; readonly symbols: number; readonly width: Width; readonly signed: boolean; readonly arg: Expr };

type Interned = Exclude<Expr, { kind: 'const' }>;

let nextId = 0;

// Nodes by a hash of their structure (their children by their own hashes,
// constants by value), each bucket usually one node. Numbers, not strings:
// building and hashing a string key per constructor call was a tenth of an
// analysis.
// Weak, so that the nodes of a finished analysis can be collected. The
// entries of collected nodes are swept out whenever the table has doubled
// since the last sweep, which keeps it within twice the live nodes: a
// finalization callback per node cost more than these sweeps.
const interned = new Map<number, WeakRef<Interned> | WeakRef<Interned>[]>();
const MIN_SWEEP = 1 << 16;
let sweepAt = MIN_SWEEP;

function sweep(): void {
  // A callback, not `for…of`: an entry array per node is garbage in every sweep.
  interned.forEach((bucket, hash) => {
    if (!Array.isArray(bucket)) {
      if (bucket.deref() === undefined) interned.delete(hash);
      return;
    }
    const live = bucket.filter((ref) => ref.deref() !== undefined);
    if (live.length === 0) interned.delete(hash);
    else if (live.length < bucket.length) interned.set(hash, live.length === 1 ? live[0] as WeakRef<Interned> : live);
  });
  sweepAt = Math.max(MIN_SWEEP, 2 * interned.size);
}

/** What a parent's intern key says of a child: its id, or a constant's value. */
export function nodeKey(e: Expr): string {
  return e.kind === 'const' ? `${e.value.toString(16)}:${e.width}` : `#${e.id}`;
}

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x9e3779b1) ^ (h >>> 15);
}

function childHash(e: Expr): number {
  // Number() of a wide constant rounds, and mix() keeps its low 32 bits: a hash need only be repeatable.
  return e.kind === 'const' ? mix(Number(e.value), e.width) : e.hash;
}

/** Stands for the children a kind of node does not have. */
const NO_CHILD: Expr = { kind: 'const', width: 0, value: 0n };

/**
 * Whether `node` has this structure: `tag` is a symbol's name, an
 * operator, an extract's low bit or an extension's signedness, and the
 * children are interned (compared by identity) or constants (by value).
 * Compared field by field, so that finding a live node allocates nothing.
 */
function matches(node: Interned, kind: Interned['kind'], width: Width, tag: unknown, a: Expr, b: Expr, c: Expr): boolean {
  if (node.kind !== kind || node.width !== width) return false;
  switch (node.kind) {
    case 'sym': return node.name === tag;
    case 'unary': return node.op === tag && exprEquals(node.arg, a);
    case 'binary': return node.op === tag && exprEquals(node.left, a) && exprEquals(node.right, b);
    case 'ite': return exprEquals(node.cond, a) && exprEquals(node.then, b) && exprEquals(node.else, c);
    case 'extract': return node.low === tag && exprEquals(node.arg, a);
    case 'extend': return node.signed === tag && exprEquals(node.arg, a);
  }
}

// The nodes last found or made, one per slot by the low bits of their hash,
// held strongly: a look-up they answer derefs no WeakRef. V8 makes every
// deref a call into the runtime that also adds the node to the objects kept
// alive to the end of the job, which made the table's look-ups a twentieth
// of an ObjAsm open. A node here is the table's live node of its structure
// (holding it keeps its entry), so the answer is the table's.
const RECENT_SLOTS = 1 << 17;
const recent: (Interned | undefined)[] = new Array<Interned | undefined>(RECENT_SLOTS).fill(undefined);

/** The live node of this structure (see `matches`) interned under `hash`, if there is one. */
function find(hash: number, kind: Interned['kind'], width: Width, tag: unknown, a: Expr = NO_CHILD, b: Expr = NO_CHILD, c: Expr = NO_CHILD): Interned | undefined {
  const slot = hash & (RECENT_SLOTS - 1);
  const last = recent[slot];
  if (last !== undefined && matches(last, kind, width, tag, a, b, c)) return last;
  const bucket = interned.get(hash);
  if (bucket === undefined) return undefined;
  if (!Array.isArray(bucket)) {
    const live = bucket.deref();
    if (live === undefined || !matches(live, kind, width, tag, a, b, c)) return undefined;
    recent[slot] = live;
    return live;
  }
  for (const ref of bucket) {
    const live = ref.deref();
    if (live !== undefined && matches(live, kind, width, tag, a, b, c)) {
      recent[slot] = live;
      return live;
    }
  }
  return undefined;
}

/**
 * Lets go of the nodes the slots hold, which would otherwise outlive the
 * analysis that made them until other nodes take their slots: called as
 * an analysis ends, so that what its results keep is all that stays.
 */
export function releaseRecentNodes(): void {
  recent.fill(undefined);
}

/** `made`, a node `find` did not find, interned under `hash`; its id must be a new one. */
function keep<E extends Interned>(hash: number, made: E): E {
  recent[hash & (RECENT_SLOTS - 1)] = made;
  const ref = new WeakRef<Interned>(made);
  const bucket = interned.get(hash);
  if (bucket === undefined) interned.set(hash, ref);
  else if (Array.isArray(bucket)) bucket.push(ref);
  else interned.set(hash, bucket.deref() === undefined ? ref : [bucket, ref]);
  if (interned.size > sweepAt) sweep();
  return made;
}

const OPS: Readonly<Record<BinaryOp | UnaryOp, number>> = {
  add: 1, sub: 2, mul: 3, udiv: 4, urem: 5, sdiv: 6, srem: 7, and: 8, or: 9, xor: 10, shl: 11, lshr: 12,
  ashr: 13, rotl: 14, rotr: 15, eq: 16, ult: 17, ule: 18, slt: 19, sle: 20, concat: 21, not: 22, neg: 23,
};

function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The bit a symbol of this name sets in the `symbols` mask of every node
 * that mentions it. Thirty bits, so that masks stay small integers.
 */
export function symbolBit(name: string): number {
  return 1 << ((stringHash(name) >>> 0) % 30);
}

/** The symbol mask of a node; constants mention none. */
function symbolsIn(e: Expr): number {
  return e.kind === 'const' ? 0 : e.symbols;
}

// By width, in an array: every constant and every known-bits or range step
// asks for a mask (half a million to 800,000 times an open of a generated
// 10,000-line file), and a map's look-up hashes the key each time.
const masks: bigint[] = [];
export function mask(width: Width): bigint {
  let m = masks[width];
  if (m === undefined) {
    m = (1n << BigInt(width)) - 1n;
    masks[width] = m;
  }
  return m;
}

export function bv(value: bigint | number, width: Width = 32): Expr {
  return { kind: 'const', width, value: BigInt(value) & mask(width) };
}

export const TRUE = bv(1, 1);
export const FALSE = bv(0, 1);

export function sym(name: string, width: Width = 32): Expr {
  const hash = mix(stringHash(name), width);
  return find(hash, 'sym', width, name) ?? keep(hash, { kind: 'sym', id: nextId++, hash, symbols: symbolBit(name), width, name });
}

/** The constant value of e, or undefined when e is not a constant. */
export function constValue(e: Expr): bigint | undefined {
  return e.kind === 'const' ? e.value : undefined;
}

/** The signed reading of a `width`-bit value. */
export function toSigned(value: bigint, width: Width): bigint {
  return value & (1n << BigInt(width - 1)) ? value - (1n << BigInt(width)) : value;
}

/** Signed interpretation of a constant. */
export function signedValue(e: Expr): bigint | undefined {
  return e.kind === 'const' ? toSigned(e.value, e.width) : undefined;
}

function sameWidth(op: string, a: Expr, b: Expr): void {
  if (a.width !== b.width) throw new Error(`${op}: width ${a.width} vs ${b.width}`);
}

/**
 * The value of `op` on constant operands of width `w` (the right operand's
 * for `concat`), masked to the result's width; undefined for a division by
 * zero, which the constructors leave to the CPU semantics.
 */
export function foldBinary(op: BinaryOp, a: bigint, b: bigint, w: Width): bigint | undefined {
  const m = mask(w);
  switch (op) {
    case 'add': return (a + b) & m;
    case 'sub': return (a - b) & m;
    case 'mul': return (a * b) & m;
    case 'udiv': return b === 0n ? undefined : a / b;
    case 'urem': return b === 0n ? undefined : a % b;
    case 'sdiv': return b === 0n ? undefined : (toSigned(a, w) / toSigned(b, w)) & m;
    case 'srem': return b === 0n ? undefined : (toSigned(a, w) % toSigned(b, w)) & m;
    case 'and': return a & b;
    case 'or': return a | b;
    case 'xor': return a ^ b;
    case 'shl': return b >= BigInt(w) ? 0n : (a << b) & m;
    case 'lshr': return b >= BigInt(w) ? 0n : a >> b;
    case 'ashr': {
      const s = toSigned(a, w);
      return (b >= BigInt(w) ? (s < 0n ? -1n : 0n) : s >> b) & m;
    }
    case 'rotl': {
      const r = b % BigInt(w);
      return ((a << r) | (a >> (BigInt(w) - r))) & m;
    }
    case 'rotr': {
      const r = b % BigInt(w);
      return ((a >> r) | (a << (BigInt(w) - r))) & m;
    }
    case 'eq': return a === b ? 1n : 0n;
    case 'ult': return a < b ? 1n : 0n;
    case 'ule': return a <= b ? 1n : 0n;
    case 'slt': return toSigned(a, w) < toSigned(b, w) ? 1n : 0n;
    case 'sle': return toSigned(a, w) <= toSigned(b, w) ? 1n : 0n;
    case 'concat': return (a << BigInt(w)) | b;
  }
}

function binary(op: BinaryOp, a: Expr, b: Expr, width: Width = a.width): Expr {
  if (a.kind === 'const' && b.kind === 'const') {
    const folded = foldBinary(op, a.value, b.value, op === 'concat' ? b.width : a.width);
    if (folded !== undefined) return bv(folded, width);
  }
  const hash = mix(mix(mix(OPS[op], width), childHash(a)), childHash(b));
  return find(hash, 'binary', width, op, a, b) ?? keep(hash, { kind: 'binary', id: nextId++, hash, symbols: symbolsIn(a) | symbolsIn(b), width, op, left: a, right: b });
}

const isConst = (e: Expr, value: bigint): boolean => e.kind === 'const' && e.value === value;
const isNot = (e: Expr): e is Expr & { kind: 'unary' } => e.kind === 'unary' && e.op === 'not';
/** `a` is `~b`: directly, or by De Morgan (`p | q` against `~p & ~q`, which is what joining three arms of two branches meets). */
function complementary(a: Expr, b: Expr): boolean {
  if ((isNot(a) && exprEquals(a.arg, b)) || (isNot(b) && exprEquals(b.arg, a))) return true;
  if (a.kind !== 'binary' || b.kind !== 'binary' || a.width !== b.width) return false;
  if (!((a.op === 'or' && b.op === 'and') || (a.op === 'and' && b.op === 'or'))) return false;
  return (complementary(a.left, b.left) && complementary(a.right, b.right)) || (complementary(a.left, b.right) && complementary(a.right, b.left));
}

/** Structural equality: identity, but for constants, which are not interned. */
export function exprEquals(a: Expr, b: Expr): boolean {
  return a === b || (a.kind === 'const' && b.kind === 'const' && a.width === b.width && a.value === b.value);
}

/**
 * Identities of and/or/xor, so that guards the engine combines (joins,
 * assumptions, successor guards) stay the terms a reader and the solver
 * expect: no `1 & g`, no `g | ~g`, no `(a & b) | ~a`.
 */
function bitwise(op: 'and' | 'or' | 'xor', a: Expr, b: Expr): Expr | undefined {
  if (a.kind === 'const' && b.kind === 'const') return undefined;
  const ones = mask(a.width);
  if (b.kind === 'const' && a.kind !== 'const') [a, b] = [b, a];
  // From here a constant operand, if any, is `a`. The constant results are
  // made only when returned: most calls fold nothing, and making both up
  // front was a third of the constants an open builds.
  switch (op) {
    case 'and':
      if (isConst(a, 0n)) return bv(0, a.width);
      if (isConst(a, ones)) return b;
      if (exprEquals(a, b)) return a;
      if (complementary(a, b)) return bv(0, a.width);
      return maskedLow(a, b);
    case 'or':
      if (isConst(a, 0n)) return b;
      if (isConst(a, ones)) return bv(ones, a.width);
      if (exprEquals(a, b)) return a;
      if (complementary(a, b)) return bv(ones, a.width);
      return absorb(a, b) ?? absorb(b, a);
    case 'xor':
      if (isConst(a, 0n)) return b;
      if (exprEquals(a, b)) return bv(0, a.width);
      return undefined;
  }
}

/**
 * `(high:low) & k` where k has no bits above `low` is `low & k` widened:
 * `mov cl, [x]` / `and ecx, 3` leaves nothing of what ECX held before.
 */
function maskedLow(k: Expr, v: Expr): Expr | undefined {
  if (k.kind !== 'const' || v.kind !== 'binary' || v.op !== 'concat' || k.value >> BigInt(v.right.width) !== 0n) return undefined;
  const low = and(v.right, bv(k.value, v.right.width));
  return low.kind === 'const' ? bv(low.value, k.width) : zext(low, k.width);
}

/** `(x & y) | ~x` is `~x | y`: what joining the two arms of `if x { if y … }` with the else arm gives. */
function absorb(conj: Expr, other: Expr): Expr | undefined {
  if (conj.kind !== 'binary' || conj.op !== 'and') return undefined;
  if (complementary(conj.left, other)) return or(other, conj.right);
  if (complementary(conj.right, other)) return or(other, conj.left);
  return undefined;
}

/**
 * A sum has one form whatever order its terms were added in: its terms
 * (each no sum and no constant) in `termOrder`, nested to the left, and
 * any constant last, `((x + y) + z) + k`. So `[esi+ebx]` and `[ebx+esi]`,
 * or `ADD r0, r1, r2` and `ADD r0, r2, r1`, are one address: the same
 * memory cell, and a test of one is a test of the other. With the
 * constant apart, `(x + 2) - x` is 2 and `(x - 1) - 1` is `x + 0xFFFFFFFE`:
 * a handler that loads a workspace counter twice and subtracts (`SUB r5,
 * r7, r8`) gets the constant the code means, so a comparison of it folds
 * instead of forking a path no solver call could refute.
 */
export function add(a: Expr, b: Expr): Expr {
  sameWidth('add', a, b);
  if (a.kind === 'const' && b.kind !== 'const') [a, b] = [b, a];
  if (b.kind === 'const') return a.kind === 'const' ? binary('add', a, b) : plus(a, b.value);
  const [x, i] = termAndConstant(a), [y, j] = termAndConstant(b);
  const terms = addTerms(x, y), k = (i + j) & mask(a.width);
  return k === 0n ? terms : binary('add', terms, bv(k, a.width));
}

const isSumOfTerms = (e: Expr): e is Expr & { kind: 'binary' } => e.kind === 'binary' && e.op === 'add' && e.right.kind !== 'const';

/**
 * A sum of up to this many terms has the one form; past that, a term that
 * sorts before all of the last ones goes last. Putting every term of a long
 * run of `add eax, [esi+k]` in its place made the sum's nodes above it
 * again each time, quadratic in the terms; what must meet as one term (an
 * address, a value tested and used) has a few.
 */
const SORTED_TERMS = 8;

/** Two sums of terms (no constant) as one: each of `y`'s terms goes where it belongs in `x`. */
function addTerms(x: Expr, y: Expr): Expr {
  const more: Expr[] = [];
  for (; isSumOfTerms(y); y = y.left) more.push(y.right);
  let sum = insertTerm(x, y);
  for (let i = more.length - 1; i >= 0; i--) sum = insertTerm(sum, more[i] as Expr);
  return sum;
}

/** `terms + t` for a term that is no sum: one comparison where `t` goes last, as it does when terms are added in order. */
function insertTerm(terms: Expr, t: Expr): Expr {
  return placed(terms, t, SORTED_TERMS) ?? binary('add', terms, t);
}

/** `terms + t` with `t` among the last `room` terms where it belongs, if it belongs there. */
function placed(terms: Expr, t: Expr, room: number): Expr | undefined {
  if (!isSumOfTerms(terms)) return termOrder(terms, t) <= 0 ? binary('add', terms, t) : binary('add', t, terms);
  if (termOrder(terms.right, t) <= 0) return binary('add', terms, t);
  const left = room > 1 ? placed(terms.left, t, room - 1) : undefined;
  return left && binary('add', left, terms.right);
}

const KIND_ORDER: Readonly<Record<Expr['kind'], number>> = { const: 0, sym: 1, unary: 2, binary: 3, ite: 4, extract: 5, extend: 6 };

/**
 * The order of a sum's terms: symbols first (a plain pointer reads first,
 * `VM + (the dword at CB_Off)`), then by structural hash, and where two
 * structures hash alike by their structure, so that no run's history
 * (which node was made first) decides it.
 */
function termOrder(a: Expr, b: Expr): number {
  if (a === b) return 0;
  const byKind = (a.kind === 'sym' ? 0 : 1) - (b.kind === 'sym' ? 0 : 1);
  if (byKind !== 0) return byKind;
  const ha = childHash(a) >>> 0, hb = childHash(b) >>> 0;
  return ha !== hb ? ha - hb : compareStructure(a, b);
}

/** A total order on structures, for the rare terms whose hashes collide. */
function compareStructure(a: Expr, b: Expr): number {
  if (exprEquals(a, b)) return 0;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (a.width !== b.width) return a.width - b.width;
  switch (a.kind) {
    case 'const': return a.value < (b as typeof a).value ? -1 : 1;
    case 'sym': return a.name < (b as typeof a).name ? -1 : 1;
    case 'unary': {
      const o = b as typeof a;
      return OPS[a.op] - OPS[o.op] || compareStructure(a.arg, o.arg);
    }
    case 'binary': {
      const o = b as typeof a;
      return OPS[a.op] - OPS[o.op] || compareStructure(a.left, o.left) || compareStructure(a.right, o.right);
    }
    case 'ite': {
      const o = b as typeof a;
      return compareStructure(a.cond, o.cond) || compareStructure(a.then, o.then) || compareStructure(a.else, o.else);
    }
    case 'extract': {
      const o = b as typeof a;
      return a.low - o.low || compareStructure(a.arg, o.arg);
    }
    case 'extend': {
      const o = b as typeof a;
      return Number(a.signed) - Number(o.signed) || compareStructure(a.arg, o.arg);
    }
  }
}

export function sub(a: Expr, b: Expr): Expr {
  sameWidth('sub', a, b);
  if (a.kind === 'const') return binary('sub', a, b);
  if (b.kind === 'const') return plus(a, -b.value);
  const [x, i] = termAndConstant(a), [y, j] = termAndConstant(b);
  return x === y ? bv(i - j, a.width) : binary('sub', a, b);
}

/** A non-constant `e` as its term and constant: `x + k` as `[x, k]`, any other as `[e, 0]`. */
export function termAndConstant(e: Expr): readonly [Expr, bigint] {
  return e.kind === 'binary' && e.op === 'add' && e.right.kind === 'const' ? [e.left, e.right.value] : [e, 0n];
}

/** `e + k` in the form `add` keeps, for a non-constant `e`. */
function plus(e: Expr, k: bigint): Expr {
  const [x, i] = termAndConstant(e);
  const sum = (i + k) & mask(e.width);
  return sum === 0n ? x : binary('add', x, bv(sum, e.width));
}

/**
 * Low half of the product (both operands and result of one width), a
 * constant factor on the right and a factor of 1 dropped: `[esi+ebx*1]`
 * is the address `[ebx+esi]` is.
 */
export function mul(a: Expr, b: Expr): Expr {
  sameWidth('mul', a, b);
  if (a.kind === 'const' && b.kind !== 'const') [a, b] = [b, a];
  return isConst(b, 1n) ? a : binary('mul', a, b);
}
/** Division by a constant zero stays symbolic: the CPU semantics decide what a zero divisor means. */
export function udiv(a: Expr, b: Expr): Expr { sameWidth('udiv', a, b); return binary('udiv', a, b); }
export function urem(a: Expr, b: Expr): Expr { sameWidth('urem', a, b); return binary('urem', a, b); }
export function sdiv(a: Expr, b: Expr): Expr { sameWidth('sdiv', a, b); return binary('sdiv', a, b); }
export function srem(a: Expr, b: Expr): Expr { sameWidth('srem', a, b); return binary('srem', a, b); }
export function and(a: Expr, b: Expr): Expr { sameWidth('and', a, b); return bitwise('and', a, b) ?? binary('and', a, b); }
export function or(a: Expr, b: Expr): Expr { sameWidth('or', a, b); return bitwise('or', a, b) ?? binary('or', a, b); }
export function xor(a: Expr, b: Expr): Expr { sameWidth('xor', a, b); return bitwise('xor', a, b) ?? binary('xor', a, b); }
/** Shifts and rotates take the amount as an expression of the same width; amounts ≥ width shift everything out. */
export function shl(a: Expr, amount: Expr): Expr { sameWidth('shl', a, amount); return binary('shl', a, amount); }
export function lshr(a: Expr, amount: Expr): Expr { sameWidth('lshr', a, amount); return binary('lshr', a, amount); }
export function ashr(a: Expr, amount: Expr): Expr { sameWidth('ashr', a, amount); return binary('ashr', a, amount); }
export function rotl(a: Expr, amount: Expr): Expr { sameWidth('rotl', a, amount); return binary('rotl', a, amount); }
export function rotr(a: Expr, amount: Expr): Expr { sameWidth('rotr', a, amount); return binary('rotr', a, amount); }

/**
 * A value equals itself: `R9 != R9 on entry` for a register a handler never
 * wrote is 0 without a solver, which learns no fact from it and searched
 * for a witness at every return of every path.
 */
export function eq(a: Expr, b: Expr): Expr {
  sameWidth('eq', a, b);
  if (exprEquals(a, b)) return TRUE;
  if (a.kind === 'const' && b.kind !== 'const') [a, b] = [b, a];
  return (b.kind === 'const' ? equalsConstant(a, b.value) : undefined) ?? binary('eq', a, b, 1);
}

/**
 * `x == k` for the shapes that hide which x the test singles out: a flag
 * (`b == 1` is b), a complement or an XOR with a constant (`not eax` or
 * `xor eax, -1` then `jz`), a widened value (`sete cl` / `test cl, cl`), and
 * a choice between constants (`(c ? k1 : k2) == k`: V joined as 1 one way
 * and 0 the other). Each is an equality of x itself, which the solver reasons
 * about.
 */
function equalsConstant(x: Expr, k: bigint): Expr | undefined {
  const choice = choiceEquals(x, k);
  if (choice) return choice;
  if (x.width === 1) return k === 1n ? x : not(x);
  if (x.kind === 'unary' && x.op === 'not') return eq(x.arg, bv(~k, x.width));
  if (x.kind === 'binary' && x.op === 'xor' && (x.left.kind === 'const' || x.right.kind === 'const')) {
    const [constant, other] = x.left.kind === 'const' ? [x.left, x.right] : [x.right, x.left];
    return constant.kind === 'const' ? eq(other, bv(constant.value ^ k, x.width)) : undefined;
  }
  if (x.kind === 'extend' && !x.signed) return k >> BigInt(x.arg.width) === 0n ? eq(x.arg, bv(k, x.arg.width)) : FALSE;
  return undefined;
}

/** `(c ? k1 : k2) == k` is c, not c, 1 or 0. */
function choiceEquals(choice: Expr, k: bigint): Expr | undefined {
  if (choice.kind !== 'ite' || choice.then.kind !== 'const' || choice.else.kind !== 'const') return undefined;
  const then = choice.then.value === k, otherwise = choice.else.value === k;
  return then ? (otherwise ? TRUE : choice.cond) : otherwise ? not(choice.cond) : FALSE;
}

export function ne(a: Expr, b: Expr): Expr { return not(eq(a, b)); }
export function ult(a: Expr, b: Expr): Expr { sameWidth('ult', a, b); return binary('ult', a, b, 1); }
export function ule(a: Expr, b: Expr): Expr { sameWidth('ule', a, b); return binary('ule', a, b, 1); }
export function ugt(a: Expr, b: Expr): Expr { return ult(b, a); }
export function uge(a: Expr, b: Expr): Expr { return ule(b, a); }
export function slt(a: Expr, b: Expr): Expr { sameWidth('slt', a, b); return binary('slt', a, b, 1); }
export function sle(a: Expr, b: Expr): Expr { sameWidth('sle', a, b); return binary('sle', a, b, 1); }
export function sgt(a: Expr, b: Expr): Expr { return slt(b, a); }
export function sge(a: Expr, b: Expr): Expr { return sle(b, a); }

/** Concatenation: `high` becomes the most significant bits. */
export function concat(high: Expr, low: Expr): Expr { return binary('concat', high, low, high.width + low.width); }

export function not(a: Expr): Expr {
  if (a.kind === 'const') return bv(~a.value, a.width);
  if (a.kind === 'unary' && a.op === 'not') return a.arg;
  const hash = mix(mix(OPS.not, a.width), childHash(a));
  return find(hash, 'unary', a.width, 'not', a) ?? keep(hash, { kind: 'unary', id: nextId++, hash, symbols: symbolsIn(a), width: a.width, op: 'not', arg: a });
}

export function neg(a: Expr): Expr {
  if (a.kind === 'const') return bv(-a.value, a.width);
  const hash = mix(mix(OPS.neg, a.width), childHash(a));
  return find(hash, 'unary', a.width, 'neg', a) ?? keep(hash, { kind: 'unary', id: nextId++, hash, symbols: symbolsIn(a), width: a.width, op: 'neg', arg: a });
}

/** If-then-else on a 1-bit condition. */
export function ite(cond: Expr, then: Expr, otherwise: Expr): Expr {
  if (cond.width !== 1) throw new Error(`ite: condition has width ${cond.width}`);
  sameWidth('ite', then, otherwise);
  if (cond.kind === 'const') return cond.value ? then : otherwise;
  // `c ? c : ~c`: a flag set on both ways of a branch on itself (SETV's CMP / CMNVC, joined).
  if (exprEquals(cond, then) && complementary(cond, otherwise)) return TRUE;
  const hash = mix(mix(mix(mix(24, then.width), childHash(cond)), childHash(then)), childHash(otherwise));
  return find(hash, 'ite', then.width, undefined, cond, then, otherwise) ?? keep(hash, { kind: 'ite', id: nextId++, hash, symbols: symbolsIn(cond) | symbolsIn(then) | symbolsIn(otherwise), width: then.width, cond, then, else: otherwise });
}

/** Bits [low, low+width) of a. */
export function extract(a: Expr, low: number, width: Width): Expr {
  if (low < 0 || low + width > a.width) throw new Error(`extract ${low}+${width} from width ${a.width}`);
  if (low === 0 && width === a.width) return a;
  if (a.kind === 'const') return bv(a.value >> BigInt(low), width);
  // Bits that lie in one part of a concat are that part's: `mov cl, [x]` then `cmp cl, 3` reads the byte alone, not the rest of ECX.
  if (a.kind === 'binary' && a.op === 'concat') {
    const split = a.right.width;
    if (low + width <= split) return extract(a.right, low, width);
    if (low >= split) return extract(a.left, low - split, width);
  }
  if (a.kind === 'extract') return extract(a.arg, a.low + low, width);
  const carry = carryOut(a, low, width);
  if (carry) return carry;
  const hash = mix(mix(mix(25, width), low), childHash(a));
  return find(hash, 'extract', width, low, a) ?? keep(hash, { kind: 'extract', id: nextId++, hash, symbols: symbolsIn(a), width, arg: a, low });
}

/**
 * The carry out of x + k, bit w of the sum widened by a bit (`add eax, 1` /
 * `jc`): set exactly where x >= 2^w - k, a bound the solver reasons about.
 */
function carryOut(a: Expr, low: number, width: Width): Expr | undefined {
  if (width !== 1 || a.kind !== 'binary' || a.op !== 'add' || a.right.kind !== 'const' || a.left.kind !== 'extend' || a.left.signed) return undefined;
  const x = a.left.arg, k = a.right.value;
  if (low !== x.width || a.width !== x.width + 1 || k === 0n || k >> BigInt(x.width) !== 0n) return undefined;
  return ule(bv((1n << BigInt(x.width)) - k, x.width), x);
}

export function bit(a: Expr, index: number): Expr {
  return extract(a, index, 1);
}

export function zext(a: Expr, width: Width): Expr {
  if (width < a.width) throw new Error(`zext to narrower width ${width}`);
  if (width === a.width) return a;
  if (a.kind === 'const') return bv(a.value, width);
  const hash = mix(mix(26, width), childHash(a));
  return find(hash, 'extend', width, false, a) ?? keep(hash, { kind: 'extend', id: nextId++, hash, symbols: symbolsIn(a), width, signed: false, arg: a });
}

export function sext(a: Expr, width: Width): Expr {
  if (width < a.width) throw new Error(`sext to narrower width ${width}`);
  if (width === a.width) return a;
  if (a.kind === 'const') return bv(toSigned(a.value, a.width), width);
  const hash = mix(mix(27, width), childHash(a));
  return find(hash, 'extend', width, true, a) ?? keep(hash, { kind: 'extend', id: nextId++, hash, symbols: symbolsIn(a), width, signed: true, arg: a });
}

/** Boolean helpers on 1-bit values. */
export function and1(...xs: Expr[]): Expr {
  const [first, ...rest] = xs;
  return first === undefined ? TRUE : rest.reduce((acc, x) => and(acc, x), first);
}
export function or1(...xs: Expr[]): Expr {
  const [first, ...rest] = xs;
  return first === undefined ? FALSE : rest.reduce((acc, x) => or(acc, x), first);
}

/** Each binary operator's folding constructor, for walks that rebuild a tree node by node. */
export const BINARY_CONSTRUCTORS: Readonly<Record<BinaryOp, (a: Expr, b: Expr) => Expr>> = {
  add, sub, mul, udiv, urem, sdiv, srem, and, or, xor, shl, lshr, ashr, rotl, rotr,
  eq, ult, ule, slt, sle, concat,
};
