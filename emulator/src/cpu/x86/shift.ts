import {
  FALSE, and, ashr, bit, bv, eq, extract, ite, lshr, rotl, rotr, shl, sub, ult, urem, xor, zext, type Expr,
} from '../../values/expr.js';
import { join } from './join.js';
import { isNonZero, isZero, msb, parity, undefinedFlag, undefinedValue } from './flags.js';
import { expectOperands, operand, operandWidth, ownWidth, read, write } from './operands.js';
import type { X86Instruction } from '../../ir/x86.js';
import { X86SemanticsError, type X86Env, type X86Flags, type X86Handler, type X86State } from './state.js';

// Shifts and rotates (Intel SDM "SAL/SAR/SHL/SHR" and "RCL/RCR/ROL/ROR").
// The count is masked to 5 bits; a masked count of 0 changes no flag, so
// every flag below is `ite(count != 0, new, old)`, which folds away when the
// count is constant. Undefined: OF unless the masked count is 1; AF after
// any shift; CF of SHL/SHR on 8/16-bit operands when the count reaches the
// operand size. Rotates touch only CF and OF.

type Kind = 'shl' | 'shr' | 'sar' | 'rol' | 'ror' | 'rcl' | 'rcr';

interface Outcome {
  result: Expr;
  flags: Partial<X86Flags>;
}

function maskedCount(state: X86State, insn: X86Instruction, env: X86Env, at = 1): Expr {
  const op = insn.operands[at];
  const raw = op === undefined ? bv(1, 8) : read(state, insn, op, 8, env);
  return and(raw, bv(31, 8));
}

function shiftOutcome(kind: 'shl' | 'shr' | 'sar', v: Expr, count: Expr, env: X86Env): Outcome {
  const w = v.width;
  const n = zext(count, w);
  const isOne = eq(count, bv(1, 8));
  let result: Expr;
  let cf: Expr;
  let of: Expr;
  if (kind === 'shl') {
    result = shl(v, n);
    cf = bit(lshr(v, sub(bv(w, w), n)), 0);
    of = xor(msb(result), cf);
  } else {
    result = kind === 'shr' ? lshr(v, n) : ashr(v, n);
    // SAR keeps shifting in the sign, so its last bit out is defined for any count.
    cf = bit(kind === 'shr' ? lshr(v, sub(n, bv(1, w))) : ashr(v, sub(n, bv(1, w))), 0);
    of = kind === 'shr' ? msb(v) : FALSE;
  }
  if (kind !== 'sar' && w < 32) cf = ite(ult(count, bv(w, 8)), cf, undefinedFlag(env, 'cf'));
  return {
    result,
    flags: {
      cf,
      of: ite(isOne, of, undefinedFlag(env, 'of')),
      af: undefinedFlag(env, 'af'),
      zf: isZero(result),
      sf: msb(result),
      pf: parity(result),
    },
  };
}

function rotateOutcome(kind: 'rol' | 'ror' | 'rcl' | 'rcr', v: Expr, count: Expr, carry: Expr, env: X86Env): Outcome {
  const w = v.width;
  const isOne = eq(count, bv(1, 8));
  if (kind === 'rol' || kind === 'ror') {
    const n = zext(w === 32 ? count : urem(count, bv(w, 8)), w);
    const result = kind === 'rol' ? rotl(v, n) : rotr(v, n);
    const cf = kind === 'rol' ? bit(result, 0) : msb(result);
    const of = kind === 'rol' ? xor(msb(result), cf) : xor(msb(result), bit(result, w - 2));
    return { result, flags: { cf, of: ite(isOne, of, undefinedFlag(env, 'of')) } };
  }
  // Rotate through carry: a (w+1)-bit rotation of CF:dest by count mod (w+1).
  const n = zext(urem(count, bv(w + 1, 8)), w + 1);
  const wide = join(carry, v);
  const rotated = kind === 'rcl' ? rotl(wide, n) : rotr(wide, n);
  const result = extract(rotated, 0, w);
  const cf = bit(rotated, w);
  const of = kind === 'rcl' ? xor(msb(result), cf) : xor(msb(v), carry);
  return { result, flags: { cf, of: ite(isOne, of, undefinedFlag(env, 'of')) } };
}

function handler(kind: Kind): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 1, 2);
    const dest = operand(insn, 0);
    const v = read(state, insn, dest, ownWidth(insn, dest), env);
    const count = maskedCount(state, insn, env);
    const outcome = kind === 'shl' || kind === 'shr' || kind === 'sar'
      ? shiftOutcome(kind, v, count, env)
      : rotateOutcome(kind, v, count, state.flags.cf, env);
    const active = isNonZero(count);
    for (const [name, value] of Object.entries(outcome.flags) as [keyof X86Flags, Expr][]) {
      state.flags[name] = ite(active, value, state.flags[name] as Expr);
    }
    write(state, insn, dest, outcome.result);
  };
}

/**
 * SHLD/SHRD shift the destination and fill the vacated bits from the
 * source, which is left as it was: a 2w-bit shift of dest:src (src:dest for
 * SHRD) keeps the destination's half. CF is the last bit out of the
 * destination, OF a sign change on a 1-bit shift. A 16-bit operand shifted
 * by 17 to 31 is undefined, result and flags alike.
 */
function doubleShift(left: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 3);
    const dest = operand(insn, 0);
    const w = operandWidth(insn);
    if (w === 8) throw new X86SemanticsError(insn, 'double shifts need a 16- or 32-bit operand');
    if (operand(insn, 1).kind !== 'reg') throw new X86SemanticsError(insn, 'the source is a register');
    const v = read(state, insn, dest, w, env);
    const src = read(state, insn, operand(insn, 1), w, env);
    const count = maskedCount(state, insn, env, 2);
    const n = zext(count, 2 * w);
    let result: Expr;
    let cf: Expr;
    if (left) {
      result = extract(shl(join(v, src), n), w, w);
      cf = bit(lshr(v, sub(bv(w, w), zext(count, w))), 0);
    } else {
      result = extract(lshr(join(src, v), n), 0, w);
      cf = bit(lshr(v, sub(zext(count, w), bv(1, w))), 0);
    }
    const flags: Partial<X86Flags> = {
      cf,
      of: ite(eq(count, bv(1, 8)), xor(msb(result), msb(v)), undefinedFlag(env, 'of')),
      af: undefinedFlag(env, 'af'),
      zf: isZero(result),
      sf: msb(result),
      pf: parity(result),
    };
    if (w === 16) {
      const defined = ult(count, bv(17, 8));
      result = ite(defined, result, undefinedValue(env, insn.mnemonic, 16));
      for (const name of Object.keys(flags) as (keyof X86Flags)[]) flags[name] = ite(defined, flags[name] as Expr, undefinedFlag(env, name));
    }
    const active = isNonZero(count);
    for (const [name, value] of Object.entries(flags) as [keyof X86Flags, Expr][]) {
      state.flags[name] = ite(active, value, state.flags[name] as Expr);
    }
    write(state, insn, dest, ite(active, result, v));
  };
}

export const SHIFT_HANDLERS: Readonly<Record<string, X86Handler>> = {
  shl: handler('shl'),
  sal: handler('shl'),
  shr: handler('shr'),
  sar: handler('sar'),
  rol: handler('rol'),
  ror: handler('ror'),
  rcl: handler('rcl'),
  rcr: handler('rcr'),
  shld: doubleShift(true),
  shrd: doubleShift(false),
};
