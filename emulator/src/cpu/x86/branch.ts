import { and, bv, constValue, eq, extract, ne, not, sub, type Expr } from '../../values/expr.js';
import type { X86Instruction } from '../../ir/x86.js';
import type { Control } from '../control.js';
import { condition } from './flags.js';
import { expectOperands, operand, read } from './operands.js';
import { tableBranch } from './table.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';
import { branch, only } from './successors.js';

function jumpTo(state: X86State, insn: X86Instruction, env: X86Env): Control {
  expectOperands(insn, 1);
  const target = operand(insn, 0);
  if (target.kind === 'target') return { kind: 'jump', target: { label: target.label } };
  return { kind: 'jump', target: { address: read(state, insn, target, 32, env) } };
}

/** `jmp [Table+eax*4]` with nothing bounding EAX goes to each entry of the table under the index that picks it (`tableBranch`). */
const jmp: X86Handler = (state, insn, env) =>
  tableBranch(state, insn, env, (target, entry) => (entry ? { kind: 'jump', target, tableEntry: true } : { kind: 'jump', target }))
  ?? only(state, jumpTo(state, insn, env));

/** jcc: taken under the condition, falls through otherwise; flags are only read. */
export function jcc(cc: string): X86Handler {
  return (state, insn, env) => branch(state, condition(state.flags, cc), jumpTo(state, insn, env));
}

/** loop/loope/loopne decrement ECX without touching flags, then test it. */
function loop(zf?: boolean): X86Handler {
  return (state, insn, env) => {
    const ecx = sub(state.regs.ecx, bv(1, 32));
    state.regs.ecx = ecx;
    let cond: Expr = ne(ecx, bv(0, 32));
    if (zf !== undefined) cond = and(cond, zf ? state.flags.zf : not(state.flags.zf));
    return branch(state, cond, jumpTo(state, insn, env));
  };
}

function jumpIfCountZero(width: 16 | 32): X86Handler {
  return (state, insn, env) => branch(state, eq(extract(state.regs.ecx, 0, width), bv(0, width)), jumpTo(state, insn, env));
}

function interrupt(fixed?: number): X86Handler {
  return (state, insn) => {
    expectOperands(insn, fixed === undefined ? 1 : 0);
    let vector = fixed;
    if (vector === undefined) {
      const op = operand(insn, 0);
      const value = op.kind === 'imm' ? constValue(op.value) : undefined;
      if (value === undefined) throw new X86SemanticsError(insn, 'the vector must be a constant');
      vector = Number(value & 0xffn);
    }
    return only(state, { kind: 'interrupt', vector });
  };
}

export const BRANCH_HANDLERS: Readonly<Record<string, X86Handler>> = {
  jmp,
  loop: loop(),
  loope: loop(true),
  loopz: loop(true),
  loopne: loop(false),
  loopnz: loop(false),
  jecxz: jumpIfCountZero(32),
  jcxz: jumpIfCountZero(16),
  int: interrupt(),
  int3: interrupt(3),
};
