import {
  TRUE, bv, eq, extract, ite, mul, ne, not, sdiv, sext, srem, udiv, urem, zext, type Expr, type Width,
} from '../../values/expr.js';
import type { X86Reg } from '../../ir/x86.js';
import { join } from './join.js';
import { undefinedFlag } from './flags.js';
import { expectOperands, operand, operandWidth, ownWidth, read, readReg, write, writeReg } from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';
import { NEXT, isFalse } from './successors.js';
import type { Successor } from '../control.js';

// MUL/IMUL set CF = OF = "the high half matters"; SF, ZF, AF and PF are
// undefined (fresh symbols). DIV/IDIV leave all six undefined and raise #DE
// (a `fault` successor) on a zero divisor or a quotient that does not fit.

const ACC: Record<number, { low: X86Reg; high: X86Reg }> = {
  8: { low: 'al', high: 'ah' },
  16: { low: 'ax', high: 'dx' },
  32: { low: 'eax', high: 'edx' },
};

function accumulators(width: Width): { low: X86Reg; high: X86Reg } {
  const acc = ACC[width];
  if (acc === undefined) throw new Error(`no accumulator of width ${width}`);
  return acc;
}

function undefineResultFlags(state: X86State, env: X86Env): void {
  state.flags.sf = undefinedFlag(env, 'sf');
  state.flags.zf = undefinedFlag(env, 'zf');
  state.flags.af = undefinedFlag(env, 'af');
  state.flags.pf = undefinedFlag(env, 'pf');
}

function setOverflow(state: X86State, overflow: Expr, env: X86Env): void {
  state.flags.cf = overflow;
  state.flags.of = overflow;
  undefineResultFlags(state, env);
}

/** One-operand form: AL/AX/EAX times the operand into AX, DX:AX or EDX:EAX. */
function widening(state: X86State, signed: boolean, src: Expr, env: X86Env): void {
  const w = src.width;
  const acc = accumulators(w);
  const ext = signed ? sext : zext;
  const product = mul(ext(readReg(state, acc.low), 2 * w), ext(src, 2 * w));
  const lowHalf = extract(product, 0, w);
  if (w === 8) writeReg(state, 'ax', product);
  else {
    writeReg(state, acc.low, lowHalf);
    writeReg(state, acc.high, extract(product, w, w));
  }
  setOverflow(state, ne(product, ext(lowHalf, 2 * w)), env);
}

const mulHandler: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1);
  const src = operand(insn, 0);
  widening(state, false, read(state, insn, src, ownWidth(insn, src), env), env);
};

const imul: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1, 2, 3);
  if (insn.operands.length === 1) {
    const src = operand(insn, 0);
    widening(state, true, read(state, insn, src, ownWidth(insn, src), env), env);
    return;
  }
  // imul r, r/m and imul r, r/m, imm: truncated product, overflow when it differs from the full one.
  const dest = operand(insn, 0);
  const w = ownWidth(insn, dest);
  if (w === 8) throw new X86SemanticsError(insn, 'two- and three-operand forms need a 16- or 32-bit destination');
  const a = read(state, insn, insn.operands.length === 3 ? operand(insn, 1) : dest, w, env);
  const b = read(state, insn, operand(insn, insn.operands.length - 1), w, env);
  const full = mul(sext(a, 2 * w), sext(b, 2 * w));
  const truncated = extract(full, 0, w);
  write(state, insn, dest, truncated);
  setOverflow(state, ne(full, sext(truncated, 2 * w)), env);
};

function divide(signed: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 1);
    const src = operand(insn, 0);
    const w = operandWidth(insn);
    const divisor = read(state, insn, src, w, env);
    const acc = accumulators(w);
    const dividend = w === 8 ? readReg(state, 'ax') : join(readReg(state, acc.high), readReg(state, acc.low));
    const wideDivisor = (signed ? sext : zext)(divisor, 2 * w);
    const quotient = (signed ? sdiv : udiv)(dividend, wideDivisor);
    const remainder = (signed ? srem : urem)(dividend, wideDivisor);
    const q = extract(quotient, 0, w);
    const fits = signed ? eq(sext(q, 2 * w), quotient) : eq(zext(q, 2 * w), quotient);
    // ite rather than or: a zero divisor decides alone, even though the quotient by zero never folds.
    const error = ite(eq(divisor, bv(0, w)), TRUE, not(fits));
    const out: Successor<X86State>[] = [];
    if (!isFalse(error)) out.push({ guard: error, state: state.clone(), control: { kind: 'fault', reason: 'divide error (#DE)' } });
    const ok = not(error);
    if (!isFalse(ok)) {
      writeReg(state, acc.low, q);
      writeReg(state, w === 8 ? 'ah' : acc.high, extract(remainder, 0, w));
      for (const flag of ['cf', 'of', 'sf', 'zf', 'af', 'pf'] as const) state.flags[flag] = undefinedFlag(env, flag);
      out.push({ guard: ok, state, control: NEXT });
    }
    return out;
  };
}

export const MULDIV_HANDLERS: Readonly<Record<string, X86Handler>> = {
  mul: mulHandler,
  imul,
  div: divide(false),
  idiv: divide(true),
};
