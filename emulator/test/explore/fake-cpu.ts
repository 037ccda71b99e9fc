// A made-up CPU for engine tests: a handful of instructions over named
// registers, with the same Successor contract as the real semantics.
import type { Successor } from '../../src/cpu/control.js';
import type { Machine } from '../../src/explore/machine.js';
import type { Instruction } from '../../src/ir/program.js';
import type { X86Instruction, X86Operand, X86Reg32 } from '../../src/ir/x86.js';
import { add, bv, eq, not, shl } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import type { Memory } from '../../src/values/memory.js';

export interface FakeState {
  readonly regs: ReadonlyMap<string, Expr>;
  readonly memory: Memory;
}

const reg = (r: X86Reg32): X86Operand => ({ kind: 'reg', reg: r });
const imm = (v: bigint | number): X86Operand => ({ kind: 'imm', value: bv(v) });
const target = (label: string): X86Operand => ({ kind: 'target', label });
const insn = (mnemonic: string, ...operands: X86Operand[]): X86Instruction => ({ arch: 'x86', mnemonic, operands });

/** Instruction constructors: set r,k / addi r,k / beq r,k,L / bne r,k,L / jmp L / call L / ret / load r,[b+k] / store [b+k],r / swi k / jtab r,L (jump to L + r*16) / fault. */
export const I = {
  set: (r: X86Reg32, k: bigint | number) => insn('set', reg(r), imm(k)),
  addi: (r: X86Reg32, k: bigint | number) => insn('addi', reg(r), imm(k)),
  beq: (r: X86Reg32, k: bigint | number, l: string) => insn('beq', reg(r), imm(k), target(l)),
  bne: (r: X86Reg32, k: bigint | number, l: string) => insn('bne', reg(r), imm(k), target(l)),
  jmp: (l: string) => insn('jmp', target(l)),
  call: (l: string) => insn('call', target(l)),
  ret: () => insn('ret'),
  load: (r: X86Reg32, b: X86Reg32, k: number) => insn('load', reg(r), { kind: 'mem', base: b, scale: 1, disp: bv(k) }),
  store: (b: X86Reg32, k: number, r: X86Reg32) => insn('store', { kind: 'mem', base: b, scale: 1, disp: bv(k) }, reg(r)),
  swi: (k: number) => insn('swi', imm(k)),
  jtab: (r: X86Reg32, l: string) => insn('jtab', reg(r), target(l)),
  use: (r: X86Reg32) => insn('use', reg(r)),
  fault: () => insn('fault'),
  stop: (why: string) => insn('stop', target(why)),
};

function regOf(op: X86Operand | undefined): string {
  if (op?.kind !== 'reg') throw new Error('register operand expected');
  return op.reg;
}

function immOf(op: X86Operand | undefined): Expr {
  if (op?.kind !== 'imm') throw new Error('immediate operand expected');
  return op.value;
}

function labelOf(op: X86Operand | undefined): string {
  if (op?.kind !== 'target') throw new Error('target operand expected');
  return op.label;
}

export const fakeMachine: Machine<FakeState> = {
  execute(state, instruction: Instruction, env): Successor<FakeState>[] {
    if (instruction.arch !== 'x86') throw new Error('fake CPU runs x86-shaped instructions');
    const [a, b, c] = instruction.operands;
    const get = (r: string): Expr => state.regs.get(r) ?? bv(0);
    const set = (r: string, v: Expr): FakeState => ({ ...state, regs: new Map(state.regs).set(r, v) });
    const next = { kind: 'next' } as const;
    const address = (op: X86Operand | undefined): Expr => {
      if (op?.kind !== 'mem' || !op.base) throw new Error('memory operand expected');
      return add(get(op.base), op.disp);
    };
    switch (instruction.mnemonic) {
      case 'set': return [{ guard: bv(1, 1), state: set(regOf(a), immOf(b)), control: next }];
      case 'addi': return [{ guard: bv(1, 1), state: set(regOf(a), add(get(regOf(a)), immOf(b))), control: next }];
      case 'beq': case 'bne': {
        const hit = eq(get(regOf(a)), immOf(b));
        const taken = instruction.mnemonic === 'beq' ? hit : not(hit);
        return [
          { guard: taken, state, control: { kind: 'jump', target: { label: labelOf(c) } } },
          { guard: not(taken), state, control: next },
        ];
      }
      case 'jmp': return [{ guard: bv(1, 1), state, control: { kind: 'jump', target: { label: labelOf(a) } } }];
      case 'call': return [{ guard: bv(1, 1), state, control: { kind: 'call', target: { label: labelOf(a) } } }];
      case 'ret': return [{ guard: bv(1, 1), state, control: { kind: 'return', address: bv(0) } }];
      case 'load': return [{ guard: bv(1, 1), state: set(regOf(a), state.memory.load(address(b), 4)), control: next }];
      case 'store': {
        const memory = state.memory.clone();
        memory.store(address(a), get(regOf(b)), 4);
        return [{ guard: bv(1, 1), state: { ...state, memory }, control: next }];
      }
      case 'swi': return [{ guard: bv(1, 1), state, control: { kind: 'swi', number: immOf(a) } }];
      case 'jtab': {
        const base = env.resolve(labelOf(b));
        if (base === undefined) throw new Error('no table');
        return [{ guard: bv(1, 1), state, control: { kind: 'jump', target: { address: add(bv(base), shl(get(regOf(a)), bv(4))) } } }];
      }
      case 'use': return [{ guard: bv(1, 1), state, control: next }];
      case 'fault': return [{ guard: bv(1, 1), state, control: { kind: 'fault', reason: 'made-up fault' } }];
      case 'stop': return [{ guard: bv(1, 1), state, control: { kind: 'incomplete', reason: labelOf(a) } }];
      default: throw new Error(`fake CPU has no ${instruction.mnemonic}`);
    }
  },
  // Its states are never changed, so a step may as well make new ones.
  step: (state, instruction, env) => fakeMachine.execute(state, instruction, env),
  registers: (state) => state.regs,
  withRegisters: (state, values) => ({ ...state, regs: new Map([...state.regs, ...values]) }),
  memory: (state) => state.memory,
  withMemory: (state, memory) => ({ ...state, memory }),
  skipCall: (state, fresh) => ({ ...state, regs: new Map(state.regs).set('eax', fresh('call.eax', 32)) }),
};
