import { FALSE, bit, bv, eq, ite, type Expr } from '../../values/expr.js';
import { addFlags, subFlags } from './arithmetic-flags.js';
import { undefinedFlag } from './flags.js';
import { expectOperands, operand, operandWidth, read, readReg, write, writeReg } from './operands.js';
import { X86SemanticsError, type X86Handler } from './state.js';

// XADD and CMPXCHG (the 486's atomic counter and compare-and-swap, with or
// without LOCK, which changes nothing for one CPU) and the 386's bit scans.
// Flags follow the Intel SDM vol. 2 "Flags Affected": XADD as ADD, CMPXCHG
// as CMP of the accumulator with the destination, BSF/BSR set ZF only.

const ACCUMULATOR = { 8: 'al', 16: 'ax', 32: 'eax' } as const;

const xadd: X86Handler = (state, insn, env) => {
  expectOperands(insn, 2);
  const w = operandWidth(insn);
  const dest = operand(insn, 0), src = operand(insn, 1);
  if (src.kind !== 'reg') throw new X86SemanticsError(insn, 'the source is a register');
  const a = read(state, insn, dest, w, env), b = read(state, insn, src, w, env);
  const sum = addFlags(state.flags, a, b, FALSE);
  // The destination is written last: `xadd eax, eax` doubles EAX.
  write(state, insn, src, a);
  write(state, insn, dest, sum);
};

const cmpxchg: X86Handler = (state, insn, env) => {
  expectOperands(insn, 2);
  const w = operandWidth(insn);
  if (w !== 8 && w !== 16 && w !== 32) throw new X86SemanticsError(insn, 'operand size');
  const dest = operand(insn, 0), src = operand(insn, 1);
  if (src.kind !== 'reg') throw new X86SemanticsError(insn, 'the source is a register');
  const accumulator = ACCUMULATOR[w];
  const old = read(state, insn, dest, w, env), acc = readReg(state, accumulator), value = read(state, insn, src, w, env);
  subFlags(state.flags, acc, old, FALSE);
  const same = eq(acc, old);
  // The CPU writes the destination either way (its old value back when they
  // differ), and the accumulator only when they differ: read after the
  // write, `cmpxchg eax, ecx` keeps ECX's value in EAX.
  write(state, insn, dest, ite(same, value, old));
  writeReg(state, accumulator, ite(same, readReg(state, accumulator), old));
};

/**
 * BSF/BSR: the index of the lowest or highest set bit. A zero source sets
 * ZF and leaves the destination as it was (the SDM calls it undefined; every
 * CPU keeps it, and AMD documents that).
 */
function bitScan(lowest: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 2);
    const w = operandWidth(insn);
    if (w === 8) throw new X86SemanticsError(insn, 'bit scans need a 16- or 32-bit operand');
    const dest = operand(insn, 0);
    if (dest.kind !== 'reg') throw new X86SemanticsError(insn, 'the destination is a register');
    const value = read(state, insn, operand(insn, 1), w, env);
    const zero = eq(value, bv(0, w));
    let index: Expr = read(state, insn, dest, w, env);
    // The bit found last in this order wins: the lowest for BSF, the highest for BSR.
    for (let k = 0; k < w; k++) {
      const i = lowest ? w - 1 - k : k;
      index = ite(bit(value, i), bv(i, w), index);
    }
    write(state, insn, dest, index);
    state.flags.zf = zero;
    for (const flag of ['cf', 'of', 'sf', 'af', 'pf'] as const) state.flags[flag] = undefinedFlag(env, flag);
  };
}

export const EXCHANGE_HANDLERS: Readonly<Record<string, X86Handler>> = {
  xadd,
  cmpxchg,
  bsf: bitScan(true),
  bsr: bitScan(false),
};
