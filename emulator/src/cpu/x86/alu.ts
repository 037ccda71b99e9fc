import { FALSE, TRUE, add as plus, and, bv, extract, ite, not, or, sext, xor, zext, type Expr } from '../../values/expr.js';
import { join } from './join.js';
import { addFlags, logicFlags, subFlags } from './arithmetic-flags.js';
import { condition, packLowFlags, unpackLowFlags } from './flags.js';
import {
  effectiveAddress, expectOperands, operand, operandWidth, ownWidth, read, readReg, write, writeReg,
} from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';

// Data movement and the two-operand ALU. Flag rules follow the Intel SDM
// vol. 2 "Flags Affected" of each instruction; AF after a logical operation
// is the only undefined flag here.

type Binary = (state: X86State, a: Expr, b: Expr, env: X86Env) => Expr;

/** dest op= src, the shape of add/sub/and/...; `store` false for cmp and test. */
function binary(op: Binary, store = true): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 2);
    const w = operandWidth(insn);
    const dest = operand(insn, 0);
    const result = op(state, read(state, insn, dest, w, env), read(state, insn, operand(insn, 1), w, env), env);
    if (store) write(state, insn, dest, result);
  };
}

function unary(op: (state: X86State, value: Expr, env: X86Env) => Expr): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 1);
    const dest = operand(insn, 0);
    write(state, insn, dest, op(state, read(state, insn, dest, operandWidth(insn), env), env));
  };
}

const add: Binary = (s, a, b) => addFlags(s.flags, a, b, FALSE);
const adc: Binary = (s, a, b) => addFlags(s.flags, a, b, s.flags.cf);
const sub: Binary = (s, a, b) => subFlags(s.flags, a, b, FALSE);
const sbb: Binary = (s, a, b) => subFlags(s.flags, a, b, s.flags.cf);

function logic(fn: (a: Expr, b: Expr) => Expr): Binary {
  return (s, a, b, env) => {
    const result = fn(a, b);
    logicFlags(s.flags, result, env);
    return result;
  };
}

function extend(signed: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 2);
    const dest = operand(insn, 0);
    const src = operand(insn, 1);
    const value = read(state, insn, src, ownWidth(insn, src), env);
    const w = ownWidth(insn, dest);
    if (value.width >= w) throw new X86SemanticsError(insn, 'source must be narrower than the destination');
    write(state, insn, dest, signed ? sext(value, w) : zext(value, w));
  };
}

const mov: X86Handler = (state, insn, env) => {
  expectOperands(insn, 2);
  write(state, insn, operand(insn, 0), read(state, insn, operand(insn, 1), operandWidth(insn), env));
};

const lea: X86Handler = (state, insn) => {
  expectOperands(insn, 2);
  const dest = operand(insn, 0);
  const src = operand(insn, 1);
  if (src.kind !== 'mem' || dest.kind !== 'reg') throw new X86SemanticsError(insn, 'needs a register and a memory operand');
  const w = ownWidth(insn, dest);
  writeReg(state, dest.reg, extract(effectiveAddress(state, src), 0, w));
};

const xchg: X86Handler = (state, insn, env) => {
  expectOperands(insn, 2);
  const w = operandWidth(insn);
  const a = operand(insn, 0);
  const b = operand(insn, 1);
  const va = read(state, insn, a, w, env);
  const vb = read(state, insn, b, w, env);
  write(state, insn, a, vb);
  write(state, insn, b, va);
};

/** cbw/cwde/cwd/cdq: sign extension within the accumulator or into EDX. */
function signExtend(from: 'al' | 'ax' | 'eax', into: 'ax' | 'eax' | 'dx' | 'edx'): X86Handler {
  return (state, insn) => {
    expectOperands(insn, 0);
    const value = readReg(state, from);
    if (into === 'dx' || into === 'edx') {
      writeReg(state, into, extract(sext(value, value.width * 2), value.width, value.width));
    } else {
      writeReg(state, into, sext(value, value.width * 2));
    }
  };
}

const bswap: X86Handler = (state, insn) => {
  expectOperands(insn, 1);
  const dest = operand(insn, 0);
  if (dest.kind !== 'reg' || ownWidth(insn, dest) !== 32) throw new X86SemanticsError(insn, 'needs a 32-bit register');
  const v = readReg(state, dest.reg);
  writeReg(state, dest.reg, join(join(extract(v, 0, 8), extract(v, 8, 8)), join(extract(v, 16, 8), extract(v, 24, 8))));
};

function setFlag(name: 'cf' | 'df' | 'if', value: Expr): X86Handler {
  return (state, insn) => {
    expectOperands(insn, 0);
    state.flags[name] = value;
  };
}

const cmc: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  state.flags.cf = not(state.flags.cf);
};

const lahf: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  writeReg(state, 'ah', packLowFlags(state.flags));
};

const sahf: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  unpackLowFlags(state.flags, readReg(state, 'ah'));
};

const nop: X86Handler = () => undefined;

/**
 * cmovcc copies when the condition holds. The source is read either way, as
 * the CPU does (a bad address faults even when nothing is copied).
 */
export function cmovcc(cc: string): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 2);
    const dest = operand(insn, 0);
    const w = operandWidth(insn);
    if (dest.kind !== 'reg' || w === 8) throw new X86SemanticsError(insn, 'the destination is a 16- or 32-bit register');
    const value = read(state, insn, operand(insn, 1), w, env);
    writeReg(state, dest.reg, ite(condition(state.flags, cc), value, readReg(state, dest.reg)));
  };
}

/** XLAT: AL = [EBX + AL]; an operand only names the table, the address is always EBX + AL. */
const xlat: X86Handler = (state, insn) => {
  expectOperands(insn, 0, 1);
  const table = insn.operands[0];
  if (table !== undefined && table.kind !== 'mem') throw new X86SemanticsError(insn, 'the operand names a table in memory');
  writeReg(state, 'al', state.memory.load(plus(state.regs.ebx, zext(readReg(state, 'al'), 32)), 1));
};

/** setcc writes 1 or 0 to a byte and touches no flag. */
export function setcc(cc: string): X86Handler {
  return (state, insn) => {
    expectOperands(insn, 1);
    const dest = operand(insn, 0);
    if (ownWidth(insn, dest) !== 8) throw new X86SemanticsError(insn, 'destination must be a byte');
    write(state, insn, dest, zext(condition(state.flags, cc), 8));
  };
}

export const ALU_HANDLERS: Readonly<Record<string, X86Handler>> = {
  mov,
  movzx: extend(false),
  movsx: extend(true),
  lea,
  xchg,
  add: binary(add),
  adc: binary(adc),
  sub: binary(sub),
  sbb: binary(sbb),
  cmp: binary(sub, false),
  and: binary(logic(and)),
  or: binary(logic(or)),
  xor: binary(logic(xor)),
  test: binary(logic(and), false),
  inc: unary((s, v) => addFlags(s.flags, v, bv(1, v.width), FALSE, true)),
  dec: unary((s, v) => subFlags(s.flags, v, bv(1, v.width), FALSE, true)),
  neg: unary((s, v) => subFlags(s.flags, bv(0, v.width), v, FALSE)),
  not: unary((_s, v) => not(v)),
  cbw: signExtend('al', 'ax'),
  cwde: signExtend('ax', 'eax'),
  cwd: signExtend('ax', 'dx'),
  cdq: signExtend('eax', 'edx'),
  bswap,
  clc: setFlag('cf', FALSE),
  stc: setFlag('cf', TRUE),
  cld: setFlag('df', FALSE),
  std: setFlag('df', TRUE),
  cli: setFlag('if', FALSE),
  sti: setFlag('if', TRUE),
  cmc,
  lahf,
  sahf,
  nop,
  // A spin loop's hint to the CPU.
  pause: nop,
  xlat,
  xlatb: xlat,
};
