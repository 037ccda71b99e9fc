import { and, bv, type Expr } from '../../values/expr.js';
import type { ArmOperand, ArmShift } from '../../ir/arm.js';
import { r15With26BitPsr } from './psr.js';
import { immediate, rrx, shift, type Shifted } from './shifter.js';
import type { ArmEnv, ArmState } from './state.js';

// Register reads with the PC rules, and the shifter operand.

export const PC = 15;
export const LR = 14;
export const SP = 13;

/**
 * A register as an address or first operand: PC reads as the instruction's
 * address + 8, without PSR bits in 26-bit mode (which is why `ADR` works there).
 */
export function readBase(state: ArmState, env: ArmEnv, reg: number): Expr {
  if (reg !== PC) return regAt(state, reg);
  return and(bv(env.address + 8), bv(state.mode === '26' ? 0x03fffffc : 0xffffffff));
}

/**
 * A register as the shifted operand or stored value: PC reads as address + 8
 * (+ 12 when a register gives the shift amount), and in 26-bit mode carries
 * the PSR bits, as `MOV r0, pc` or `STR pc` see it on ARM2/3.
 */
export function readValue(state: ArmState, env: ArmEnv, reg: number, pcOffset = 8): Expr {
  if (reg !== PC) return regAt(state, reg);
  return state.mode === '26' ? r15With26BitPsr(state, env.address + pcOffset) : bv(env.address + pcOffset);
}

function regAt(state: ArmState, reg: number): Expr {
  const value = state.regs[reg];
  if (value === undefined) throw new Error(`ARM: no register r${reg}`);
  return value;
}

export function writeReg(state: ArmState, reg: number, value: Expr): void {
  if (reg < 0 || reg >= PC) throw new Error(`ARM: cannot write r${reg} as a general register`);
  state.regs[reg] = value;
}

export function regOperand(op: ArmOperand | undefined, what: string): number {
  if (op?.kind !== 'reg') throw new Error(`ARM: ${what} must be a register`);
  return op.reg;
}

/** The flexible second operand: immediate, register, or register shifted by an immediate or a register. */
export function shifterOperand(state: ArmState, env: ArmEnv, op: ArmOperand | undefined): Shifted {
  if (op?.kind === 'imm') return immediate(op.value, state.c);
  if (op?.kind !== 'reg') throw new Error('ARM: shifter operand must be an immediate or a register');
  const s = op.shift;
  if (s === undefined) return { value: readValue(state, env, op.reg), carry: state.c };
  if (typeof s.amount === 'number' || s.type === 'rrx') {
    const value = readValue(state, env, op.reg);
    if (s.type === 'rrx') return rrx(value, state.c);
    return shift(value, s.type, bv(s.amount as number), state.c);
  }
  const value = readValue(state, env, op.reg, 12);
  const amount = and(readValue(state, env, s.amount.reg, 12), bv(0xff));
  return shift(value, s.type, amount, state.c);
}

/** An address offset register: immediate shifts only, the carry-out is unused. */
export function offsetValue(state: ArmState, env: ArmEnv, reg: number, s: ArmShift | undefined): Expr {
  const value = readValue(state, env, reg);
  if (s === undefined) return value;
  if (s.type === 'rrx') return rrx(value, state.c).value;
  if (typeof s.amount !== 'number') throw new Error('ARM: an address offset cannot be shifted by a register');
  return shift(value, s.type, bv(s.amount), state.c).value;
}
