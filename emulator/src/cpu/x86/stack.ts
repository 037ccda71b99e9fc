import { add, bv, constValue, sub, type Expr, type Width } from '../../values/expr.js';
import type { X86Operand, X86Reg32 } from '../../ir/x86.js';
import { packEflags, unpackEflags } from './flags.js';
import { expectOperands, operand, read, regWidth, write } from './operands.js';
import { X86SemanticsError, type X86Handler, type X86State } from './state.js';
import { only } from './successors.js';
import { tableBranch } from './table.js';

export function push(state: X86State, value: Expr): void {
  const bytes = (value.width / 8) as 2 | 4;
  const esp = sub(state.regs.esp, bv(bytes, 32));
  state.memory.store(esp, value, bytes);
  state.regs.esp = esp;
}

export function pop(state: X86State, width: Width): Expr {
  const bytes = (width / 8) as 2 | 4;
  const value = state.memory.load(state.regs.esp, bytes);
  state.regs.esp = add(state.regs.esp, bv(bytes, 32));
  return value;
}

/** push/pop move 16 or 32 bits: a register's size, 32 for immediates and unsized memory. */
function stackWidth(op: X86Operand): Width {
  if (op.kind === 'reg') return regWidth(op.reg);
  if (op.kind === 'mem') return (op.size ?? 4) * 8;
  return 32;
}

const pushHandler: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1);
  const src = operand(insn, 0);
  const w = stackWidth(src);
  if (w !== 16 && w !== 32) throw new X86SemanticsError(insn, 'push moves 16 or 32 bits');
  // Read first: `push esp` stores the value ESP had before the push.
  push(state, read(state, insn, src, w, env));
};

const popHandler: X86Handler = (state, insn) => {
  expectOperands(insn, 1);
  const dest = operand(insn, 0);
  const w = stackWidth(dest);
  if ((w !== 16 && w !== 32) || dest.kind === 'imm' || dest.kind === 'target') throw new X86SemanticsError(insn, 'bad destination');
  // ESP is incremented before the destination address is formed, and `pop esp` ends with the loaded value.
  write(state, insn, dest, pop(state, w));
};

const PUSHAD_ORDER: readonly X86Reg32[] = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];

const pushad: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  const saved = { ...state.regs };
  for (const reg of PUSHAD_ORDER) push(state, saved[reg]);
};

const popad: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  for (const reg of [...PUSHAD_ORDER].reverse()) {
    const value = pop(state, 32);
    if (reg !== 'esp') state.regs[reg] = value;
  }
};

const pushfd: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  push(state, packEflags(state.flags));
};

const popfd: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  unpackEflags(state, pop(state, 32));
};

const leave: X86Handler = (state, insn) => {
  expectOperands(insn, 0);
  state.regs.esp = state.regs.ebp;
  state.regs.ebp = pop(state, 32);
};

/**
 * ENTER size, level: push EBP, copy level-1 frame pointers of the enclosing
 * frames from below the old EBP, push the new frame's own pointer, point EBP
 * at the new frame and reserve `size` bytes. Only the level's low 5 bits count.
 */
const enter: X86Handler = (state, insn) => {
  expectOperands(insn, 2);
  const [sizeOp, levelOp] = [operand(insn, 0), operand(insn, 1)];
  const size = sizeOp.kind === 'imm' ? constValue(sizeOp.value) : undefined;
  const level = levelOp.kind === 'imm' ? constValue(levelOp.value) : undefined;
  if (size === undefined || level === undefined) throw new X86SemanticsError(insn, 'enter needs constant operands');
  const depth = Number(level & 31n);
  push(state, state.regs.ebp);
  const frame = state.regs.esp;
  for (let i = 1; i < depth; i++) {
    state.regs.ebp = sub(state.regs.ebp, bv(4, 32));
    push(state, state.memory.load(state.regs.ebp, 4));
  }
  if (depth > 0) push(state, frame);
  state.regs.ebp = frame;
  state.regs.esp = sub(state.regs.esp, bv(size & 0xffffn, 32));
};

const call: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1);
  const returnAddress = (s: X86State): void => push(s, bv(env.next, 32));
  // Through a table nothing bounds the index of (`call [Table+eax*4]`), each entry is a call of its own, returning here.
  const table = tableBranch(state, insn, env, (target, entry) => (entry ? { kind: 'call', target, tableEntry: true } : { kind: 'call', target }), returnAddress);
  if (table) return table;
  const target = operand(insn, 0);
  // An indirect target is read before the return address lands on the stack.
  const control = target.kind === 'target'
    ? { kind: 'call' as const, target: { label: target.label } }
    : { kind: 'call' as const, target: { address: read(state, insn, target, 32, env) } };
  returnAddress(state);
  return only(state, control);
};

const ret: X86Handler = (state, insn) => {
  expectOperands(insn, 0, 1);
  const address = pop(state, 32);
  const extra = insn.operands[0];
  if (extra !== undefined) {
    const n = extra.kind === 'imm' ? constValue(extra.value) : undefined;
    if (n === undefined) throw new X86SemanticsError(insn, 'ret needs a constant byte count');
    state.regs.esp = add(state.regs.esp, bv(n & 0xffffn, 32));
  }
  return only(state, { kind: 'return', address });
};

export const STACK_HANDLERS: Readonly<Record<string, X86Handler>> = {
  push: pushHandler,
  pop: popHandler,
  pushad,
  pusha: pushad,
  popad,
  popa: popad,
  pushfd,
  pushf: pushfd,
  popfd,
  popf: popfd,
  leave,
  enter,
  call,
  ret,
  retn: ret,
};
