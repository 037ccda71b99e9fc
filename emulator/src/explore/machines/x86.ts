import { executeX86 } from '../../cpu/x86/index.js';
import type { X86Flags, X86State } from '../../cpu/x86/index.js';
import { X86_REG32 } from '../../ir/x86.js';
import type { X86Reg32 } from '../../ir/x86.js';
import { add, bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { Machine } from '../machine.js';

// The exploration engine's view of the x86 semantics: registers and flags by
// name for joins, widening and traces, and the effect of a call it does not
// follow under the 32-bit C convention.

export const X86_FLAG_NAMES = ['cf', 'pf', 'af', 'zf', 'sf', 'of', 'df'] as const;

/** Registers a C-convention call may change (EAX, ECX, EDX; the flags too). */
export const CALLER_SAVED: readonly X86Reg32[] = ['eax', 'ecx', 'edx'];

export const x86Machine: Machine<X86State> = {
  execute(state, instruction, env) {
    if (instruction.arch !== 'x86') throw new Error('the x86 machine runs x86 code only');
    return executeX86(state, instruction, {
      address: Number(env.address), next: Number(env.next),
      resolveLabel: (name) => { const a = env.resolve(name); return a === undefined ? undefined : Number(a); },
    });
  },
  registers(state) {
    const out = new Map<string, Expr>();
    for (const r of X86_REG32) out.set(r, state.regs[r]);
    for (const f of X86_FLAG_NAMES) out.set(f, state.flags[f]);
    if (state.flags.if) out.set('if', state.flags.if);
    return out;
  },
  withRegisters(state, values) {
    const next = state.clone();
    for (const [name, value] of values) {
      if ((X86_REG32 as readonly string[]).includes(name)) next.regs[name as X86Reg32] = value;
      else next.flags[name as keyof X86Flags] = value;
    }
    return next;
  },
  memory: (state) => state.memory,
  withMemory(state, memory) {
    const next = state.clone();
    next.memory = memory;
    return next;
  },
  skipCall(state, fresh) {
    const next = state.clone();
    next.regs.esp = add(next.regs.esp, bv(4, 32));
    for (const r of CALLER_SAVED) next.regs[r] = fresh(`call.${r}`, 32);
    for (const f of X86_FLAG_NAMES) next.flags[f] = fresh(`call.${f}`, 1);
    return next;
  },
};
