import {
  FALSE, add, and, bv, constValue, extract, ite, mul, or, sub, udiv, ugt, ult, urem, type Expr,
} from '../../values/expr.js';
import type { X86Instruction } from '../../ir/x86.js';
import { join } from './join.js';
import { isZero, msb, parity, undefinedFlag } from './flags.js';
import { expectOperands, readReg, writeReg } from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';
import { only } from './successors.js';

// Decimal adjustments after BCD arithmetic, by the Intel SDM vol. 2
// pseudo-code of each. Old code that turns counts into decimal digits uses
// them; none touches anything but AL, AH and the flags.

const lowNibbleOver9 = (al: Expr): Expr => ugt(and(al, bv(0x0f, 8)), bv(9, 8));

/** DAA/DAS: packed BCD in AL after an add or a subtract. */
function packed(subtract: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 0);
    const al = readReg(state, 'al');
    const { cf: oldCf, af: oldAf } = state.flags;
    const step = (a: Expr, k: number): Expr => (subtract ? sub(a, bv(k, 8)) : add(a, bv(k, 8)));
    const low = or(lowNibbleOver9(al), oldAf);
    const afterLow = ite(low, step(al, 6), al);
    // DAS keeps the borrow out of its low step; DAA's carry there implies the high step.
    const lowBorrow = subtract ? and(low, ult(al, bv(6, 8))) : FALSE;
    const high = or(ugt(al, bv(0x99, 8)), oldCf);
    const result = ite(high, step(afterLow, 0x60), afterLow);
    writeReg(state, 'al', result);
    state.flags.af = low;
    state.flags.cf = or(high, lowBorrow);
    setByteFlags(state, result);
    state.flags.of = undefinedFlag(env, 'of');
  };
}

/** AAA/AAS: unpacked BCD in AX after an add or a subtract; AL keeps only its low nibble. */
function unpacked(subtract: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 0);
    const ax = readReg(state, 'ax');
    const adjust = or(lowNibbleOver9(extract(ax, 0, 8)), state.flags.af);
    const lowered = sub(ax, bv(6, 16));
    const adjusted = subtract ? join(sub(extract(lowered, 8, 8), bv(1, 8)), extract(lowered, 0, 8)) : add(ax, bv(0x106, 16));
    const result = ite(adjust, adjusted, ax);
    writeReg(state, 'ax', join(extract(result, 8, 8), and(extract(result, 0, 8), bv(0x0f, 8))));
    state.flags.af = adjust;
    state.flags.cf = adjust;
    for (const flag of ['of', 'sf', 'zf', 'pf'] as const) state.flags[flag] = undefinedFlag(env, flag);
  };
}

function setByteFlags(state: X86State, al: Expr): void {
  state.flags.zf = isZero(al);
  state.flags.sf = msb(al);
  state.flags.pf = parity(al);
}

function undefineOthers(state: X86State, env: X86Env): void {
  for (const flag of ['of', 'af', 'cf'] as const) state.flags[flag] = undefinedFlag(env, flag);
}

/** The base of AAM/AAD: 10 unless the instruction names another. */
function base(insn: X86Instruction): bigint {
  expectOperands(insn, 0, 1);
  const op = insn.operands[0];
  if (op === undefined) return 10n;
  const value = op.kind === 'imm' ? constValue(op.value) : undefined;
  if (value === undefined) throw new X86SemanticsError(insn, 'the base is a constant');
  return value & 0xffn;
}

/** AAM: AH = AL / base, AL = AL mod base; a zero base raises #DE. */
const aam: X86Handler = (state, insn, env) => {
  const b = base(insn);
  if (b === 0n) return only(state, { kind: 'fault', reason: 'divide error (#DE)' });
  const al = readReg(state, 'al');
  const rest = urem(al, bv(b, 8));
  writeReg(state, 'ax', join(udiv(al, bv(b, 8)), rest));
  setByteFlags(state, rest);
  undefineOthers(state, env);
  return undefined;
};

/** AAD: AL = AL + AH × base in 8 bits, AH = 0. */
const aad: X86Handler = (state, insn, env) => {
  const b = base(insn);
  const result = add(readReg(state, 'al'), mul(readReg(state, 'ah'), bv(b, 8)));
  writeReg(state, 'ax', join(bv(0, 8), result));
  setByteFlags(state, result);
  undefineOthers(state, env);
};

export const DECIMAL_HANDLERS: Readonly<Record<string, X86Handler>> = {
  daa: packed(false),
  das: packed(true),
  aaa: unpacked(false),
  aas: unpacked(true),
  aam,
  aad,
};
