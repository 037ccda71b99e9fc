import { add, and, bv, ite, not, or, sym, ult, type Expr, type Width } from '../../values/expr.js';
import type { X86Instruction, X86Operand, X86Reg32, X86SystemRegister } from '../../ir/x86.js';
import { effectiveAddress, expectOperands, operand, operandWidth, read, readReg, write, writeReg } from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler } from './state.js';

// The parts of the CPU the model does not keep: segment, control and debug
// registers, descriptor tables and selectors, the TLB and caches, the CPU's
// identity, its time-stamp counter and model-specific registers. Paging
// code reads CR3 and flushes the TLB with INVLPG around the page tables it
// changes; none of it moves a page the VMM or the kernel keeps, so a read
// gives a fresh symbol `sys.<what>@<address>#<n>` (nothing is known of it,
// as of a port input) and a write, a flush or a breakpoint changes nothing.

let readCount = 0;

export function systemValue(env: X86Env, what: string, width: Width): Expr {
  readCount += 1;
  return sym(`sys.${what}@${env.address.toString(16)}#${readCount}`, width);
}

const SEGMENTS = new Set<X86SystemRegister>(['cs', 'ds', 'es', 'fs', 'gs', 'ss']);

/** A segment register is 16 bits wide, a control or debug register 32. */
export function systemRegisterWidth(reg: X86SystemRegister): Width {
  return SEGMENTS.has(reg) ? 16 : 32;
}

function noEffect(operands: number): X86Handler {
  return (_state, insn) => {
    expectOperands(insn, operands);
    return undefined;
  };
}

/** Results in registers nothing is known of: CPUID's answer, the time-stamp counter, an MSR. */
function freshIn(what: string, registers: readonly X86Reg32[]): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 0);
    for (const r of registers) state.regs[r] = systemValue(env, `${what}.${r}`, 32);
    return undefined;
  };
}

/** A memory operand, for the instructions that take nothing else. */
function memoryOperand(insn: X86Instruction, index: number): Extract<X86Operand, { kind: 'mem' }> {
  const op = operand(insn, index);
  if (op.kind !== 'mem') throw new X86SemanticsError(insn, 'the operand is a memory operand');
  return op;
}

/** The width a selector or MSW store writes: a register's own, two bytes to memory. */
function selectorWidth(insn: X86Instruction, op: X86Operand): Width {
  return op.kind === 'mem' ? 16 : operandWidth(insn, [op]);
}

/** SGDT/SIDT: a 16-bit limit and a 32-bit base the model does not know. */
function storeTableRegister(what: string): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 1);
    const address = effectiveAddress(state, memoryOperand(insn, 0));
    state.memory.store(address, systemValue(env, `${what}.limit`, 16), 2);
    state.memory.store(add(address, bv(2, 32)), systemValue(env, `${what}.base`, 32), 4);
  };
}

/** SLDT, STR, SMSW: a selector or the machine status word nothing is known of. */
function storeSelector(what: string): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 1);
    const dest = operand(insn, 0);
    write(state, insn, dest, systemValue(env, what, selectorWidth(insn, dest)));
  };
}

/** LAR, LSL, VERR, VERW: whether the descriptor is valid (ZF) is unknown, and so is what LAR and LSL load. */
function checkDescriptor(what: string, loads: boolean): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, loads ? 2 : 1);
    const valid = systemValue(env, `${what}.valid`, 1);
    if (loads) {
      const dest = operand(insn, 0);
      if (dest.kind !== 'reg') throw new X86SemanticsError(insn, 'the destination is a register');
      const w = operandWidth(insn, [dest]);
      writeReg(state, dest.reg, ite(valid, systemValue(env, what, w), readReg(state, dest.reg)));
    }
    state.flags.zf = valid;
  };
}

/** ARPL: raises the destination selector's RPL to the source's; ZF says whether it did. */
const arpl: X86Handler = (state, insn, env) => {
  expectOperands(insn, 2);
  const dest = operand(insn, 0);
  if (operand(insn, 1).kind !== 'reg') throw new X86SemanticsError(insn, 'the source is a register');
  const selector = read(state, insn, dest, 16, env);
  const rpl = and(read(state, insn, operand(insn, 1), 16, env), bv(3, 16));
  const raise = ult(and(selector, bv(3, 16)), rpl);
  write(state, insn, dest, ite(raise, or(and(selector, not(bv(3, 16))), rpl), selector));
  state.flags.zf = raise;
};

/** LDS, LES, LFS, LGS, LSS: a far pointer's offset into the register; the selector goes where the model does not look. */
const loadFarPointer: X86Handler = (state, insn) => {
  expectOperands(insn, 2);
  const dest = operand(insn, 0);
  const source = memoryOperand(insn, 1);
  if (dest.kind !== 'reg') throw new X86SemanticsError(insn, 'the destination is a register');
  const w = operandWidth(insn, [dest]);
  if (w === 8) throw new X86SemanticsError(insn, 'the destination is a 16- or 32-bit register');
  writeReg(state, dest.reg, state.memory.load(effectiveAddress(state, source), (w / 8) as 2 | 4));
};

export const SYSTEM_HANDLERS: Readonly<Record<string, X86Handler>> = {
  invlpg: (_state, insn) => {
    expectOperands(insn, 1);
    // It names a linear address and reads nothing there.
    if (operand(insn, 0).kind !== 'mem') throw new X86SemanticsError(insn, 'the operand is a memory operand');
    return undefined;
  },
  wbinvd: noEffect(0),
  invd: noEffect(0),
  clts: noEffect(0),
  hlt: noEffect(0),
  wrmsr: noEffect(0),
  cpuid: freshIn('cpuid', ['eax', 'ebx', 'ecx', 'edx']),
  rdtsc: freshIn('rdtsc', ['eax', 'edx']),
  rdmsr: freshIn('rdmsr', ['eax', 'edx']),
  sgdt: storeTableRegister('gdtr'),
  sidt: storeTableRegister('idtr'),
  sldt: storeSelector('ldtr'),
  str: storeSelector('tr'),
  smsw: storeSelector('msw'),
  lgdt: noEffect(1),
  lidt: noEffect(1),
  lldt: noEffect(1),
  ltr: noEffect(1),
  lmsw: noEffect(1),
  lar: checkDescriptor('lar', true),
  lsl: checkDescriptor('lsl', true),
  verr: checkDescriptor('verr', false),
  verw: checkDescriptor('verw', false),
  arpl,
  lds: loadFarPointer,
  les: loadFarPointer,
  lfs: loadFarPointer,
  lgs: loadFarPointer,
  lss: loadFarPointer,
};
