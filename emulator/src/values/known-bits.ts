import { mask, symbolBit } from './expr.js';
import type { Expr } from './expr.js';

// Known-bits analysis: for each bit of a value, whether it is certainly 0,
// certainly 1, or unknown. It answers the common branch questions ("is bit 8
// of the area flags set?", "can this page-aligned address be 0FFFFFFFFh?")
// without a search, and it seeds the solver's candidate values.

export interface KnownBits {
  /** Bits certainly 0. */
  readonly zeros: bigint;
  /** Bits certainly 1. */
  readonly ones: bigint;
}

/** What the caller already knows about a symbol (the solver passes its current facts). */
export type SymbolBits = (name: string, width: number) => KnownBits | undefined;

const plain = new WeakMap<Expr, KnownBits>();

export function knownBits(e: Expr, symbolBits?: SymbolBits): KnownBits {
  if (symbolBits === undefined) {
    const hit = plain.get(e);
    if (hit !== undefined) return hit;
    const r = compute(e, (x) => knownBits(x));
    plain.set(e, r);
    return r;
  }
  return under(symbolBits, EVERY_SYMBOL)(e);
}

const EVERY_SYMBOL = (1 << 30) - 1;

/**
 * Known bits worked out under other facts that agree with these on every
 * symbol but those in the mask `changed`: a node that mentions none of them
 * has the same bits under both.
 */
export interface InheritedBits {
  readonly bits: (e: Expr) => KnownBits;
  readonly changed: number;
}

/**
 * `knownBits` for several expressions under the same, unchanging symbol
 * facts about the symbols `named` (`symbolBits` knows nothing of others):
 * a path's constraints share large subtrees, and each is walked once.
 */
export function knownBitsUnder(symbolBits: SymbolBits, named: Iterable<string>, inherited?: InheritedBits): (e: Expr) => KnownBits {
  let symbols = 0;
  for (const name of named) symbols |= symbolBit(name);
  return under(symbolBits, symbols, inherited);
}

/**
 * A part that mentions none of the symbols in the mask `symbols` has its
 * plain known bits, kept per node for good: most of what a path's facts are
 * asked about (joined memory, earlier results) does not mention the few
 * symbols the facts restrict, and was worked out anew under every path.
 */
function under(symbolBits: SymbolBits, symbols: number, inherited?: InheritedBits): (e: Expr) => KnownBits {
  const memo = new Map<Expr, KnownBits>();
  const walk = (x: Expr): KnownBits => {
    if (x.kind === 'const') return exactBits(x.value, x.width);
    if ((x.symbols & symbols) === 0) return knownBits(x);
    let r = memo.get(x);
    if (r === undefined) {
      r = inherited !== undefined && (x.symbols & inherited.changed) === 0 ? inherited.bits(x)
        : x.kind === 'sym' ? (symbolBits(x.name, x.width) ?? NONE) : compute(x, walk);
      memo.set(x, r);
    }
    return r;
  };
  return walk;
}

const NONE: KnownBits = { zeros: 0n, ones: 0n };

export function exactBits(value: bigint, width: number): KnownBits {
  return { zeros: ~value & mask(width), ones: value & mask(width) };
}

/** The constant e must equal, when every bit is known. */
export function knownValue(bits: KnownBits, width: number): bigint | undefined {
  return (bits.zeros | bits.ones) === mask(width) ? bits.ones : undefined;
}

/** Smallest and largest unsigned values consistent with the known bits. */
export function unsignedBounds(bits: KnownBits, width: number): { readonly min: bigint; readonly max: bigint } {
  return { min: bits.ones, max: ~bits.zeros & mask(width) };
}

/** Whether `value` agrees with every known bit. */
export function fitsBits(bits: KnownBits, value: bigint): boolean {
  return (value & bits.zeros) === 0n && (value & bits.ones) === bits.ones;
}

/** The value closest to `value` that agrees with the known bits (known bits forced). */
export function forceBits(bits: KnownBits, value: bigint): bigint {
  return (value & ~bits.zeros) | bits.ones;
}

function compute(e: Expr, sub: (x: Expr) => KnownBits): KnownBits {
  const w = e.width;
  const m = mask(w);
  switch (e.kind) {
    case 'const': return exactBits(e.value, w);
    case 'sym': return NONE;
    case 'unary': {
      const a = sub(e.arg);
      return e.op === 'not' ? { zeros: a.ones, ones: a.zeros } : addBits(exactBits(0n, w), { zeros: a.ones, ones: a.zeros }, 1n, w);
    }
    case 'ite': {
      const c = sub(e.cond);
      if (c.ones & 1n) return sub(e.then);
      if (c.zeros & 1n) return sub(e.else);
      const a = sub(e.then), b = sub(e.else);
      return { zeros: a.zeros & b.zeros, ones: a.ones & b.ones };
    }
    case 'extract': {
      const a = sub(e.arg);
      const low = BigInt(e.low);
      return { zeros: (a.zeros >> low) & m, ones: (a.ones >> low) & m };
    }
    case 'extend': {
      const a = sub(e.arg);
      const high = m & ~mask(e.arg.width);
      if (!e.signed) return { zeros: a.zeros | high, ones: a.ones };
      const sign = 1n << BigInt(e.arg.width - 1);
      if (a.zeros & sign) return { zeros: a.zeros | high, ones: a.ones };
      if (a.ones & sign) return { zeros: a.zeros, ones: a.ones | high };
      return a;
    }
    case 'binary': return binaryBits(e.op, sub(e.left), sub(e.right), e.right, w, e.left.width);
  }
}

function binaryBits(op: string, a: KnownBits, b: KnownBits, right: Expr, w: number, operandWidth: number): KnownBits {
  const m = mask(w);
  const amount = knownValue(b, right.width);
  switch (op) {
    case 'and': return { zeros: a.zeros | b.zeros, ones: a.ones & b.ones };
    case 'or': return { zeros: a.zeros & b.zeros, ones: a.ones | b.ones };
    case 'xor': {
      const known = (a.zeros | a.ones) & (b.zeros | b.ones);
      const value = a.ones ^ b.ones;
      return { zeros: ~value & known & m, ones: value & known };
    }
    case 'add': return addBits(a, b, 0n, w);
    case 'sub': return addBits(a, { zeros: b.ones, ones: b.zeros }, 1n, w);
    case 'mul': {
      const tz = Math.min(w, trailingZeros(a, w) + trailingZeros(b, w));
      return { zeros: mask(tz), ones: 0n };
    }
    case 'shl': {
      if (amount === undefined) return { zeros: mask(Math.min(w, trailingZeros(a, w))), ones: 0n };
      if (amount >= BigInt(w)) return exactBits(0n, w);
      return { zeros: ((a.zeros << amount) | mask(Number(amount))) & m, ones: (a.ones << amount) & m };
    }
    case 'lshr': {
      if (amount === undefined) return { zeros: highOnes(leadingZeros(a, w), w), ones: 0n };
      if (amount >= BigInt(w)) return exactBits(0n, w);
      return { zeros: (a.zeros >> amount) | highOnes(Number(amount), w), ones: a.ones >> amount };
    }
    case 'ashr': {
      if (amount === undefined) return NONE;
      const k = amount >= BigInt(w) ? BigInt(w - 1) : amount;
      const sign = 1n << BigInt(w - 1);
      const fill = highOnes(Number(k), w);
      return {
        zeros: (a.zeros >> k) | (a.zeros & sign ? fill : 0n),
        ones: (a.ones >> k) | (a.ones & sign ? fill : 0n),
      };
    }
    case 'rotl': case 'rotr': {
      if (amount === undefined) return NONE;
      const r = amount % BigInt(w);
      const left = op === 'rotl' ? r : (BigInt(w) - r) % BigInt(w);
      const rot = (x: bigint): bigint => ((x << left) | (x >> (BigInt(w) - left))) & m;
      return { zeros: rot(a.zeros), ones: rot(a.ones) };
    }
    case 'urem': {
      if (amount === undefined || amount === 0n || (amount & (amount - 1n)) !== 0n) return NONE;
      const low = amount - 1n;
      return { zeros: (a.zeros & low) | (m & ~low), ones: a.ones & low };
    }
    case 'udiv': return { zeros: highOnes(leadingZeros(a, w), w), ones: 0n };
    case 'eq': {
      const conflict = (a.zeros & b.ones) | (a.ones & b.zeros);
      if (conflict) return exactBits(0n, 1);
      const full = mask(operandWidth);
      if ((a.zeros | a.ones) === full && (b.zeros | b.ones) === full) return exactBits(1n, 1);
      return NONE;
    }
    case 'ult': case 'ule': {
      const ar = unsignedBounds(a, operandWidth), br = unsignedBounds(b, operandWidth);
      const strict = op === 'ult';
      if (strict ? ar.max < br.min : ar.max <= br.min) return exactBits(1n, 1);
      if (strict ? ar.min >= br.max : ar.min > br.max) return exactBits(0n, 1);
      return NONE;
    }
    case 'concat': {
      const lw = BigInt(w - operandWidth);
      return { zeros: (a.zeros << lw) | b.zeros, ones: (a.ones << lw) | b.ones };
    }
    default: return NONE;
  }
}

/**
 * Addition of partially known values with a known carry-in, a word at a time
 * (a bit-by-bit ripple was a solver hot spot). The carry into each bit is
 * monotonic in the inputs, so it is known exactly where the sum with every
 * unknown bit 0 and the sum with every unknown bit 1 carry alike.
 */
function addBits(a: KnownBits, b: KnownBits, carryIn: bigint, w: number): KnownBits {
  const m = mask(w);
  const maxA = ~a.zeros & m, maxB = ~b.zeros & m;
  const low = a.ones + b.ones + carryIn;
  const high = maxA + maxB + carryIn;
  const carryLow = low ^ a.ones ^ b.ones, carryHigh = high ^ maxA ^ maxB;
  const known = (a.zeros | a.ones) & (b.zeros | b.ones) & ~(carryLow ^ carryHigh) & m;
  return { zeros: ~low & known, ones: low & known };
}

function trailingZeros(a: KnownBits, w: number): number {
  let n = 0;
  while (n < w && a.zeros & (1n << BigInt(n))) n++;
  return n;
}

function leadingZeros(a: KnownBits, w: number): number {
  let n = 0;
  while (n < w && a.zeros & (1n << BigInt(w - 1 - n))) n++;
  return n;
}

function highOnes(count: number, w: number): bigint {
  return mask(w) & ~mask(Math.max(0, w - count));
}
