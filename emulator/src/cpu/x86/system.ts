import { sym, type Expr, type Width } from '../../values/expr.js';
import type { X86Reg32, X86SystemRegister } from '../../ir/x86.js';
import { expectOperands, operand } from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler } from './state.js';

// The parts of the CPU the model does not keep: segment, control and debug
// registers, the TLB and caches, the CPU's identity, its time-stamp counter
// and model-specific registers. Paging code reads CR3 and flushes the TLB
// with INVLPG around the page tables it changes; none of it moves a page the
// VMM or the kernel keeps, so a read gives a fresh symbol
// `sys.<what>@<address>#<n>` (nothing is known of it, as of a port input)
// and a write, a flush or a breakpoint changes nothing.

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
};
