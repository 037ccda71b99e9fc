import { sym, type Expr, type Width } from '../../values/expr.js';
import type { X86Instruction, X86Operand } from '../../ir/x86.js';
import { expectOperands, operand, regWidth, writeReg } from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler } from './state.js';

// Port I/O: what a device answers is outside the model, so every read is a
// fresh symbol `port.in@<address>#<n>` and code that branches on it explores
// both ways; writes have no effect the model can see.

let inputCount = 0;

export function portInput(env: X86Env, width: Width): Expr {
  inputCount += 1;
  return sym(`port.in@${env.address.toString(16)}#${inputCount}`, width);
}

const ACCUMULATORS = new Set(['al', 'ax', 'eax']);

function checkPort(insn: X86Instruction, op: X86Operand): void {
  if (op.kind === 'imm' || (op.kind === 'reg' && op.reg === 'dx')) return;
  throw new X86SemanticsError(insn, 'the port is an imm8 or DX');
}

function accumulator(insn: X86Instruction, op: X86Operand): Extract<X86Operand, { kind: 'reg' }> {
  if (op.kind === 'reg' && ACCUMULATORS.has(op.reg)) return op;
  throw new X86SemanticsError(insn, 'the data operand is AL, AX or EAX');
}

export const IO_HANDLERS: Readonly<Record<string, X86Handler>> = {
  in: (state, insn, env) => {
    expectOperands(insn, 2);
    const dest = accumulator(insn, operand(insn, 0));
    checkPort(insn, operand(insn, 1));
    writeReg(state, dest.reg, portInput(env, regWidth(dest.reg)));
    return undefined;
  },
  out: (_state, insn) => {
    expectOperands(insn, 2);
    checkPort(insn, operand(insn, 0));
    accumulator(insn, operand(insn, 1));
    return undefined;
  },
};
