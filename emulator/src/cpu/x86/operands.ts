import { add, bv, extract, mul, sext, sym, type Expr, type Width } from '../../values/expr.js';
import type { X86Instruction, X86Operand, X86Reg, X86Reg16, X86Reg32, X86Reg8 } from '../../ir/x86.js';
import { join } from './join.js';
import { X86SemanticsError, type X86Env, type X86State } from './state.js';
import { systemRegisterWidth, systemValue } from './system.js';

type MemOperand = Extract<X86Operand, { kind: 'mem' }>;

const REG8: Record<X86Reg8, readonly [X86Reg32, number]> = {
  al: ['eax', 0], cl: ['ecx', 0], dl: ['edx', 0], bl: ['ebx', 0],
  ah: ['eax', 8], ch: ['ecx', 8], dh: ['edx', 8], bh: ['ebx', 8],
};

const REG16: Record<X86Reg16, X86Reg32> = {
  ax: 'eax', cx: 'ecx', dx: 'edx', bx: 'ebx', sp: 'esp', bp: 'ebp', si: 'esi', di: 'edi',
};

export function regWidth(reg: X86Reg): Width {
  if (reg in REG8) return 8;
  if (reg in REG16) return 16;
  return 32;
}

export function readReg(state: X86State, reg: X86Reg): Expr {
  if (reg in REG8) {
    const [full, low] = REG8[reg as X86Reg8];
    return extract(state.regs[full], low, 8);
  }
  if (reg in REG16) return extract(state.regs[REG16[reg as X86Reg16]], 0, 16);
  return state.regs[reg as X86Reg32];
}

/** Writes only the bits the register names: `mov ah, 1` keeps the rest of EAX. */
export function writeReg(state: X86State, reg: X86Reg, value: Expr): void {
  if (value.width !== regWidth(reg)) throw new Error(`write of ${value.width}-bit value to ${reg}`);
  if (reg in REG8) {
    const [full, low] = REG8[reg as X86Reg8];
    const old = state.regs[full];
    state.regs[full] = low === 0
      ? join(extract(old, 8, 24), value)
      : join(join(extract(old, 16, 16), value), extract(old, 0, 8));
  } else if (reg in REG16) {
    const full = REG16[reg as X86Reg16];
    state.regs[full] = join(extract(state.regs[full], 16, 16), value);
  } else {
    state.regs[reg as X86Reg32] = value;
  }
}

/** base + index*scale + disp; segments are ignored (the VMM runs flat). */
export function effectiveAddress(state: X86State, op: MemOperand): Expr {
  let address = op.disp.width === 32 ? op.disp : sext(op.disp, 32);
  if (op.base) address = add(address, state.regs[op.base]);
  if (op.index) address = add(address, mul(state.regs[op.index], bv(op.scale, 32)));
  return address;
}

/**
 * What a store's operand adds to its pointer register as an index (`[esi+ebx]`'s
 * EBX): the sum loses which register was the pointer, and without it two
 * indexes into one table (`[esi+ebx]`, `[esi+ecx]`) read as two objects.
 * A scaled register is the index. Of an unscaled pair, the pointer is the
 * one whose value is an object's address (`Memory.isObject`: the code read
 * or wrote at it, `[esi+4]`, or a service returned it), where only one is,
 * so `[ebx+esi]` indexes ESI's table by EBX as `[esi+ebx]` does. Where
 * nothing tells them apart, either may be the index: both are passed, and
 * the store reaches what either indexes (a stale byte read back would be a
 * finding on a value the code overwrote).
 */
function storeIndex(state: X86State, op: MemOperand): Expr | undefined {
  if (!op.base || !op.index) return undefined;
  const base = state.regs[op.base], index = state.regs[op.index];
  if (op.scale !== 1) return mul(index, bv(op.scale, 32));
  const isObject = (value: Expr): boolean => state.memory.isObject?.(value) === true;
  const baseIsObject = isObject(base), indexIsObject = isObject(index);
  if (indexIsObject && !baseIsObject) return base;
  if (baseIsObject && !indexIsObject) return index;
  return add(base, index);
}

/** The operand size an instruction's explicit operands imply: a register's, else a sized memory operand's. */
export function operandWidth(insn: X86Instruction, operands: readonly X86Operand[] = insn.operands): Width {
  for (const op of operands) if (op.kind === 'reg') return regWidth(op.reg);
  for (const op of operands) if (op.kind === 'sys') return systemRegisterWidth(op.reg);
  for (const op of operands) {
    if (op.kind !== 'mem' || !op.size) continue;
    // Far pointers and FPU or MMX data take instructions of their own.
    if (op.size > 4) throw new X86SemanticsError(insn, `a memory operand of ${op.size} bytes`);
    return op.size * 8;
  }
  // No size is guessed: a wrong one would put findings on memory the code never touched.
  throw new X86SemanticsError(insn, 'operand size unknown: no register or PTR says whether the memory operand is a byte, word or dword (write BYTE PTR, WORD PTR or DWORD PTR)');
}

/** Width of one operand on its own, for the sources of movzx/movsx. */
export function ownWidth(insn: X86Instruction, op: X86Operand): Width {
  return operandWidth(insn, [op]);
}

export function operand(insn: X86Instruction, index: number): X86Operand {
  const op = insn.operands[index];
  if (op === undefined) throw new X86SemanticsError(insn, `missing operand ${index + 1}`);
  return op;
}

export function expectOperands(insn: X86Instruction, ...counts: number[]): void {
  if (!counts.includes(insn.operands.length)) {
    throw new X86SemanticsError(insn, `expected ${counts.join(' or ')} operands, got ${insn.operands.length}`);
  }
}

function fit(value: Expr, width: Width): Expr {
  if (value.width === width) return value;
  return value.width > width ? extract(value, 0, width) : sext(value, width);
}

export function read(state: X86State, insn: X86Instruction, op: X86Operand, width: Width, env: X86Env): Expr {
  switch (op.kind) {
    case 'reg':
      if (regWidth(op.reg) !== width) throw new X86SemanticsError(insn, `${op.reg} is not ${width}-bit`);
      return readReg(state, op.reg);
    case 'imm':
      return fit(op.value, width);
    case 'mem':
      checkMemSize(insn, op, width);
      return state.memory.load(effectiveAddress(state, op), (width / 8) as 1 | 2 | 4);
    case 'target': {
      const address = env.resolveLabel(op.label);
      return fit(address === undefined ? sym(`label:${op.label}`, 32) : bv(address, 32), width);
    }
    case 'sys':
      return systemValue(env, op.reg, width);
    case 'float':
      throw new X86SemanticsError(insn, `${op.reg} is not a general register`);
  }
}

export function write(state: X86State, insn: X86Instruction, op: X86Operand, value: Expr): void {
  switch (op.kind) {
    case 'reg':
      if (regWidth(op.reg) !== value.width) throw new X86SemanticsError(insn, `${op.reg} is not ${value.width}-bit`);
      writeReg(state, op.reg, value);
      return;
    case 'mem':
      checkMemSize(insn, op, value.width);
      state.memory.store(effectiveAddress(state, op), value, (value.width / 8) as 1 | 2 | 4, storeIndex(state, op));
      return;
    case 'sys':
      return;
    default:
      throw new X86SemanticsError(insn, `cannot write to a ${op.kind} operand`);
  }
}

function checkMemSize(insn: X86Instruction, op: MemOperand, width: Width): void {
  if (op.size !== undefined && op.size * 8 !== width) {
    throw new X86SemanticsError(insn, `memory operand is ${op.size * 8}-bit, instruction is ${width}-bit`);
  }
}
