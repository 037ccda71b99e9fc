// Small builders for ARM instruction tests.
import assert from 'node:assert/strict';
import { bv, constValue, type Expr } from '../src/values/expr.js';
import type { ArmCondition, ArmInstruction, ArmOperand, ArmShift } from '../src/ir/arm.js';
import type { Control, Successor } from '../src/cpu/control.js';
import { ArmState, ConcreteMemory, executeArm, type ArmAddressMode, type ArmEnv } from '../src/cpu/arm/index.js';

export const reg = (r: number, shift?: ArmShift): ArmOperand => (shift ? { kind: 'reg', reg: r, shift } : { kind: 'reg', reg: r });
export const imm = (value: number | bigint): ArmOperand => ({ kind: 'imm', value: bv(value) });
export const target = (label: string): ArmOperand => ({ kind: 'target', label });
export const list = (regs: number[], caret = false): ArmOperand => ({ kind: 'reglist', regs, caret });

export function mem(base: number, offset: number | { reg: number; shift?: ArmShift }, options: { pre?: boolean; wb?: boolean; subtract?: boolean } = {}): ArmOperand {
  return {
    kind: 'mem', base,
    offset: typeof offset === 'number' ? { kind: 'imm', value: bv(offset) } : { kind: 'reg', reg: offset.reg, ...(offset.shift ? { shift: offset.shift } : {}) },
    subtract: options.subtract ?? false,
    preIndexed: options.pre ?? true,
    writeback: options.wb ?? false,
  };
}

export function insn(mnemonic: string, operands: ArmOperand[], extra: Partial<Omit<ArmInstruction, 'arch'>> = {}): ArmInstruction {
  return { arch: 'arm', mnemonic, condition: 'al', setFlags: false, operands, ...extra };
}

export function cond(condition: ArmCondition, i: ArmInstruction): ArmInstruction {
  return { ...i, condition };
}

export function makeState(mode: ArmAddressMode = '32', regs: Record<number, number> = {}, psrMode?: number): ArmState {
  const s = new ArmState({ memory: new ConcreteMemory(), mode, ...(psrMode === undefined ? {} : { psrMode }) });
  for (const [r, v] of Object.entries(regs)) s.regs[Number(r)] = bv(v);
  return s;
}

export function setFlags(s: ArmState, nzcv: string): ArmState {
  const [n, z, c, v] = [...nzcv].map((ch) => bv(ch === '1' ? 1 : 0, 1));
  s.n = n ?? s.n; s.z = z ?? s.z; s.c = c ?? s.c; s.v = v ?? s.v;
  return s;
}

export const labels: Record<string, number> = { there: 0x9000, here: 0x8000 };

export function env(address = 0x8000): ArmEnv {
  return { address, next: address + 4, resolveLabel: (name) => labels[name] };
}

/** Run one instruction concretely: exactly one successor, guard 1. */
export function step(s: ArmState, i: ArmInstruction, address = 0x8000): { state: ArmState; control: Control } {
  const out: Successor<ArmState>[] = executeArm(s, i, env(address));
  assert.equal(out.length, 1, 'a concrete run has one successor');
  const [only] = out;
  assert.ok(only);
  assert.equal(constValue(only.guard), 1n);
  return { state: only.state, control: only.control };
}

export function num(e: Expr): number {
  const v = constValue(e);
  assert.notEqual(v, undefined, 'expected a constant');
  return Number(v);
}

export function flags(s: ArmState): string {
  return [s.n, s.z, s.c, s.v].map(num).join('');
}

export function r(s: ArmState, k: number): number {
  const v = s.regs[k];
  assert.ok(v);
  return num(v);
}
