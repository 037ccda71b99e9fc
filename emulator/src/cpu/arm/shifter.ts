import {
  and, ashr, bit, bv, constValue, eq, ite, lshr, or, rotr, shl, sub, ult, zext, type Expr,
} from '../../values/expr.js';
import type { ArmShiftType } from '../../ir/arm.js';

/** A shifter result: the operand value and the shifter carry-out. */
export interface Shifted {
  readonly value: Expr;
  readonly carry: Expr;
}

/**
 * Shift `value` by a 32-bit amount with the register-shift rules (amount 0:
 * unchanged with carry-in; LSL/LSR by 32 give 0 with bit 0/31 as carry, more
 * than 32 give 0 and carry 0; ASR by 32 or more fills with the sign; ROR uses
 * the amount mod 32). Immediate shifts use the same rules: their amounts are
 * 1-32 and `#0` means no shift. Every formula folds when the amount is constant.
 */
export function shift(value: Expr, type: Exclude<ArmShiftType, 'rrx'>, amount: Expr, carryIn: Expr): Shifted {
  const none = eq(amount, bv(0));
  const minus1 = sub(amount, bv(1));
  switch (type) {
    case 'lsl': return { value: shl(value, amount), carry: ite(none, carryIn, bit(shl(value, minus1), 31)) };
    case 'lsr': return { value: lshr(value, amount), carry: ite(none, carryIn, bit(lshr(value, minus1), 0)) };
    case 'asr': return { value: ashr(value, amount), carry: ite(none, carryIn, bit(ashr(value, minus1), 0)) };
    case 'ror': {
      const rotated = rotr(value, and(amount, bv(31)));
      return { value: rotated, carry: ite(none, carryIn, bit(rotated, 31)) };
    }
  }
}

export function rrx(value: Expr, carryIn: Expr): Shifted {
  return { value: or(lshr(value, bv(1)), shl(zext(carryIn, 32), bv(31))), carry: bit(value, 0) };
}

/**
 * An immediate operand. The assembler encodes values below 256 without
 * rotation, which leaves C alone; any other encodable value has a non-zero
 * rotation, which copies bit 31 into C.
 */
export function immediate(value: Expr, carryIn: Expr): Shifted {
  const v = value.width === 32 ? value : zext(value, 32);
  const c = constValue(v);
  if (c !== undefined) return { value: v, carry: c < 256n ? carryIn : bit(v, 31) };
  return { value: v, carry: ite(ult(v, bv(256)), carryIn, bit(v, 31)) };
}
