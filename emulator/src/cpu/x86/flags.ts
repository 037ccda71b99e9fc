import {
  and, bit, bv, eq, extract, ne, not, or, shl, sym, xor, zext, type Expr, type Width,
} from '../../values/expr.js';
import type { X86Env, X86Flags, X86State } from './state.js';

// Flags Intel documents as undefined become fresh 1-bit symbols named
// `undef.<flag>@<address>#<n>`: code that branches on one explores both ways
// instead of trusting whatever the previous instruction left, and a concrete
// run shows exactly which flags it may not rely on.

let freshCount = 0;

export function undefinedFlag(env: X86Env, flag: string): Expr {
  return sym(reserveUndefinedFlag(env, flag), 1);
}

/** A result Intel leaves undefined, named like an undefined flag. */
export function undefinedValue(env: X86Env, what: string, width: Width): Expr {
  return sym(reserveUndefinedFlag(env, what), width);
}

/** The name of an undefined flag numbered now, for a symbol made only if the flag is read. */
export function reserveUndefinedFlag(env: X86Env, flag: string): string {
  freshCount += 1;
  return `undef.${flag}@${env.address.toString(16)}#${freshCount}`;
}

export function isUndefinedFlagSymbol(e: Expr): boolean {
  return e.kind === 'sym' && e.name.startsWith('undef.');
}

export function msb(e: Expr): Expr {
  return bit(e, e.width - 1);
}

/**
 * PF of each symbolic value it was asked for: sixteen nodes to look up again
 * at every flag-setting instruction, for a flag hardly any code tests, and
 * the paths through one instruction mostly compute the same results.
 */
const parities = new WeakMap<Expr, Expr>();

/** PF: set when the low byte of the result has an even number of 1 bits. */
export function parity(result: Expr): Expr {
  let pf = result.kind === 'const' ? undefined : parities.get(result);
  if (pf === undefined) {
    let odd = bit(result, 0);
    for (let i = 1; i < 8; i++) odd = xor(odd, bit(result, i));
    pf = not(odd);
    if (result.kind !== 'const') parities.set(result, pf);
  }
  return pf;
}

type Condition = (flags: X86Flags) => Expr;

const signedLess: Condition = (f) => xor(f.sf, f.of);
const CONDITIONS: Record<string, Condition> = {};
function cond(names: string[], fn: Condition): void {
  for (const name of names) CONDITIONS[name] = fn;
}
cond(['o'], (f) => f.of);
cond(['no'], (f) => not(f.of));
cond(['b', 'c', 'nae'], (f) => f.cf);
cond(['ae', 'nb', 'nc'], (f) => not(f.cf));
cond(['e', 'z'], (f) => f.zf);
cond(['ne', 'nz'], (f) => not(f.zf));
cond(['be', 'na'], (f) => or(f.cf, f.zf));
cond(['a', 'nbe'], (f) => not(or(f.cf, f.zf)));
cond(['s'], (f) => f.sf);
cond(['ns'], (f) => not(f.sf));
cond(['p', 'pe'], (f) => f.pf);
cond(['np', 'po'], (f) => not(f.pf));
cond(['l', 'nge'], signedLess);
cond(['ge', 'nl'], (f) => not(signedLess(f)));
cond(['le', 'ng'], (f) => or(f.zf, signedLess(f)));
cond(['g', 'nle'], (f) => and(not(f.zf), not(signedLess(f))));

/** The condition-code suffixes of jcc/setcc, aliases included. */
export function isConditionCode(cc: string): boolean {
  return Object.hasOwn(CONDITIONS, cc);
}

export function condition(flags: X86Flags, cc: string): Expr {
  const fn = CONDITIONS[cc];
  if (fn === undefined) throw new Error(`unknown condition code ${cc}`);
  return fn(flags);
}

const EFLAGS_BITS: readonly (readonly [keyof X86Flags, number])[] = [
  ['cf', 0], ['pf', 2], ['af', 4], ['zf', 6], ['sf', 7], ['df', 10], ['of', 11],
];

/** The EFLAGS image pushfd stores: bit 1 is always set; IF is the entry value while untracked. */
export function packEflags(flags: X86Flags): Expr {
  let value = bv(2, 32);
  const bits: [Expr, number][] = EFLAGS_BITS.map(([name, index]) => [flags[name] as Expr, index]);
  bits.push([flags.if ?? sym('if', 1), 9]);
  for (const [flag, index] of bits) value = or(value, shl(zext(flag, 32), bv(index, 32)));
  return value;
}

/** popfd at ring 0: the arithmetic flags, DF and IF come from the image; TF and the rest are not modelled. */
export function unpackEflags(state: X86State, image: Expr): void {
  for (const [name, index] of EFLAGS_BITS) state.flags[name] = imageBit(image, index);
  state.flags.if = imageBit(image, 9);
}

/** lahf's AH image: SF ZF 0 AF 0 PF 1 CF. */
export function packLowFlags(flags: X86Flags): Expr {
  let value = bv(2, 8);
  for (const [name, index] of EFLAGS_BITS) {
    if (index < 8) value = or(value, shl(zext(flags[name] as Expr, 8), bv(index, 8)));
  }
  return value;
}

export function unpackLowFlags(flags: X86Flags, ah: Expr): void {
  for (const [name, index] of EFLAGS_BITS) if (index < 8) flags[name] = imageBit(ah, index);
}

/**
 * Bit `index` of a flags image. One pushfd or lahf made is seen through to
 * the flag it holds there, and through the bitwise edits code makes to the
 * copy before popfd (`and eax, NOT 1`, `or dword ptr [esp], 1`), so popfd
 * restores each flag itself, or the bit written over it: as a bit of the
 * whole image, a `jc` after it would read every flag the image holds.
 */
function imageBit(image: Expr, index: number): Expr {
  switch (image.kind) {
    case 'extend':
      return image.signed ? bit(image, index) : index < image.arg.width ? imageBit(image.arg, index) : bv(0, 1);
    case 'extract':
      return imageBit(image.arg, image.low + index);
    case 'unary':
      return image.op === 'not' ? not(imageBit(image.arg, index)) : bit(image, index);
    case 'binary':
      return binaryBit(image, index) ?? bit(image, index);
    default:
      return bit(image, index);
  }
}

/** Bit `index` of a bitwise or shifted image, or undefined where arithmetic mixes its bits. */
function binaryBit(e: Expr & { kind: 'binary' }, index: number): Expr | undefined {
  switch (e.op) {
    case 'shl':
      if (e.right.kind !== 'const') return undefined;
      return index < Number(e.right.value) ? bv(0, 1) : imageBit(e.left, index - Number(e.right.value));
    case 'concat':
      return index < e.right.width ? imageBit(e.right, index) : imageBit(e.left, index - e.right.width);
    case 'and':
      return and(imageBit(e.left, index), imageBit(e.right, index));
    case 'or':
      return or(imageBit(e.left, index), imageBit(e.right, index));
    case 'xor':
      return xor(imageBit(e.left, index), imageBit(e.right, index));
    default:
      return undefined;
  }
}

export function isZero(e: Expr): Expr {
  return eq(e, bv(0, e.width));
}

export function isNonZero(e: Expr): Expr {
  return ne(e, bv(0, e.width));
}

export function low(e: Expr, width: Width): Expr {
  return extract(e, 0, width);
}
