import {
  add, bit, bv, eq, extract, ite, mul, or, sext, shl, zext, type Expr,
} from '../../values/expr.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { Control } from '../control.js';
import { readValue, regOperand, writeReg } from './operands.js';
import type { ArmEnv, ArmState } from './state.js';

// Multiplies set only N and Z with S: C and V are unaffected, as on ARMv5 and
// later (ARMv4 left C unpredictable, so code cannot rely on anything else).

export const MULTIPLY = new Set(['mul', 'mla', 'umull', 'umlal', 'smull', 'smlal']);

export function executeMultiply(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const reg = (k: number): number => regOperand(insn.operands[k], `${insn.mnemonic} operand ${k + 1}`);
  const value = (k: number): Expr => readValue(state, env, reg(k));
  const op = insn.mnemonic;

  if (op === 'mul' || op === 'mla') {
    let result = mul(value(1), value(2));
    if (op === 'mla') result = add(result, value(3));
    writeReg(state, reg(0), result);
    if (insn.setFlags) {
      state.n = bit(result, 31);
      state.z = eq(result, bv(0));
    }
    return { kind: 'next' };
  }

  const widen = op.startsWith('s') ? sext : zext;
  let result = mul(widen(value(2), 64), widen(value(3), 64));
  if (op.endsWith('lal')) result = add(result, or(shl(zext(value(1), 64), bv(32, 64)), zext(value(0), 64)));
  writeReg(state, reg(0), extract(result, 0, 32));
  writeReg(state, reg(1), extract(result, 32, 32));
  if (insn.setFlags) {
    state.n = bit(result, 63);
    state.z = eq(result, bv(0, 64));
  }
  return { kind: 'next' };
}

/** Count leading zeros; a chain of tests so a symbolic operand stays exact. */
export function executeClz(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const rd = regOperand(insn.operands[0], 'clz destination');
  const source = readValue(state, env, regOperand(insn.operands[1], 'clz operand'));
  let count: Expr = bv(32);
  for (let b = 0; b < 32; b++) count = ite(bit(source, b), bv(31 - b), count);
  writeReg(state, rd, count);
  return { kind: 'next' };
}
