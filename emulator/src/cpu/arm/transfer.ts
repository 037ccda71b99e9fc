import {
  add, and, bv, extract, rotr, sext, shl, sub, termAndConstant, zext, type Expr,
} from '../../values/expr.js';
import type { ArmInstruction, ArmOperand } from '../../ir/arm.js';
import { knownBits } from '../../values/known-bits.js';
import type { Control } from '../control.js';
import { pcOf, restoreSpsr, write26BitPsr } from './psr.js';
import { PC, SP, offsetValue, readBase, readValue, regOperand, writeReg } from './operands.js';
import type { ArmEnv, ArmState } from './state.js';

// Single and block transfers. Unaligned words follow ARMv4/v5 (every ARM that
// runs 26-bit RISC OS code): LDR reads the aligned word and rotates it right
// by 8 × (address & 3); STR, LDM and STM ignore address bits 1:0. Halfwords
// use the address as given (unaligned halfwords are unpredictable there).

/** Loading PC from a stack base (`LDR pc, [sp], #4`, `LDMFD sp!, {…, pc}`) is a return; from anywhere else a jump. */
function pcLoaded(state: ArmState, value: Expr, base: number): Control {
  const target = pcOf(state, value);
  return base === SP ? { kind: 'return', address: target } : { kind: 'jump', target: { address: target } };
}

/** Whether bits 1:0 of the address are certainly 0, from its structure or the path. */
function lowBitsClear(address: Expr, env: ArmEnv): boolean {
  return ((env.knownBits?.(address) ?? knownBits(address)).zeros & 3n) === 3n;
}

export function wordAligned(address: Expr, env: ArmEnv): Expr {
  return lowBitsClear(address, env) ? address : and(address, bv(0xfffffffc));
}

function loadSized(state: ArmState, address: Expr, size: ArmInstruction['size'], env: ArmEnv): Expr {
  const m = state.memory;
  switch (size) {
    case 'b': case 'bt': return zext(m.load(address, 1), 32);
    case 'sb': return sext(m.load(address, 1), 32);
    case 'h': return zext(m.load(address, 2), 32);
    case 'sh': return sext(m.load(address, 2), 32);
    case undefined: case 't': {
      if (lowBitsClear(address, env)) return m.load(address, 4);
      return rotr(m.load(and(address, bv(0xfffffffc)), 4), shl(and(address, bv(3)), bv(3)));
    }
  }
}

/** `index`: a register offset's value, which the address adds to the base register. */
function storeSized(state: ArmState, address: Expr, value: Expr, size: ArmInstruction['size'], env: ArmEnv, index: Expr | undefined): void {
  const m = state.memory;
  switch (size) {
    case 'b': case 'bt': m.store(address, extract(value, 0, 8), 1, index); return;
    case 'h': m.store(address, extract(value, 0, 16), 2, index); return;
    case undefined: case 't': m.store(wordAligned(address, env), value, 4, index); return;
    case 'sb': case 'sh': throw new Error(`ARM: there is no signed store (str${size})`);
  }
}

/**
 * LDR/STR and their byte, halfword and signed forms. With writeback and a
 * load into the base register the loaded value wins (writeback happens first).
 * `LDR rd, label` loads from the label's address; `ADR` is handled here too.
 */
export function executeSingleTransfer(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const load = insn.mnemonic === 'ldr';
  const [target, where] = insn.operands;
  const rd = regOperand(target, `${insn.mnemonic} register`);
  if (where?.kind === 'target') {
    const address = env.resolveLabel(where.label);
    if (address === undefined) return { kind: 'fault', reason: `unresolved label ${where.label}` };
    const mem = { kind: 'mem', base: PC, subtract: false, preIndexed: true, writeback: false,
      offset: { kind: 'imm', value: bv(address - (env.address + 8)) } } as const;
    return executeSingleTransfer(state, { ...insn, operands: [{ kind: 'reg', reg: rd }, mem] }, env);
  }
  if (where?.kind !== 'mem') throw new Error(`ARM: ${insn.mnemonic} needs a memory operand`);

  const { address, moved, writeback, index } = singleAddress(state, where, env);

  if (!load) {
    const value = readValue(state, env, rd);
    storeSized(state, address, value, insn.size, env, where.preIndexed ? index : undefined);
    if (writeback) writeReg(state, where.base, moved);
    return { kind: 'next' };
  }
  const value = loadSized(state, address, insn.size, env);
  if (writeback) writeReg(state, where.base, moved);
  if (rd === PC) return pcLoaded(state, value, where.base);
  writeReg(state, rd, value);
  return { kind: 'next' };
}

type ArmMem = Extract<ArmOperand, { readonly kind: 'mem' }>;

/** Where LDR/STR transfers, the base moved by its offset, whether it writes that back, and a register offset's value. */
function singleAddress(state: ArmState, where: ArmMem, env: ArmEnv): { readonly address: Expr; readonly moved: Expr; readonly writeback: boolean; readonly index: Expr | undefined } {
  const base = readBase(state, env, where.base);
  let index: Expr | undefined, offset: Expr;
  if (where.offset.kind === 'imm') offset = zext(where.offset.value, 32);
  else offset = index = offsetValue(state, env, where.offset.reg, where.offset.shift);
  const moved = where.subtract ? sub(base, offset) : add(base, offset);
  return { address: where.preIndexed ? moved : base, moved, writeback: !where.preIndexed || where.writeback, index };
}

/** LDM/STM's registers, in the order they go to ascending addresses, the word of the k-th, and the base after writeback. */
function blockAddresses(state: ArmState, insn: ArmInstruction, rn: number, list: readonly number[], env: ArmEnv) {
  const regs = [...new Set(list)].sort((x, y) => x - y);
  const mode = insn.blockMode ?? 'ia';
  const base = readBase(state, env, rn);
  const size = bv(4 * regs.length);
  const up = mode === 'ia' || mode === 'ib';
  const newBase = up ? add(base, size) : sub(base, size);
  const lowest = wordAligned({ ia: base, ib: add(base, bv(4)), da: add(sub(base, size), bv(4)), db: sub(base, size) }[mode], env);
  return { regs, newBase, slot: (k: number): Expr => add(lowest, bv(4 * k)) };
}

/** Every instruction but a load from the stack asks, before it runs. */
const NO_LOADS: ReadonlyMap<number, Expr> = new Map();

/**
 * Whether `reg` addresses the stack: SP, or a register that holds SP plus a
 * constant (a frame pointer, `MOV r11, sp` under a `^ 0, r11` storage map).
 */
function stackBase(regs: readonly Expr[], reg: number): boolean {
  if (reg === SP) return true;
  const value = regs[reg], sp = regs[SP];
  // A constant SP (a concrete run) would make every constant address one.
  if (reg === PC || value === undefined || sp === undefined || sp.kind === 'const') return false;
  return termAndConstant(value)[0] === termAndConstant(sp)[0];
}

/**
 * The word each of `wanted` that an `LDR` or `LDM` from the stack (see
 * `stackBase`) loads is read from, worked out as the load works it out,
 * before it runs: where the stacked copy it pulls lies. The caller names
 * the registers it would look a copy up for: working out a block's words
 * asks the solver about their alignment, as the load itself does again.
 */
export function stackLoads(state: ArmState, insn: ArmInstruction, env: ArmEnv, wanted: ReadonlySet<number>): ReadonlyMap<number, Expr> {
  const [first, second] = insn.operands;
  if (insn.mnemonic === 'ldr' && first?.kind === 'reg' && wanted.has(first.reg) && first.reg !== PC && second?.kind === 'mem' && stackBase(state.regs, second.base) && insn.size === undefined) {
    const { address } = singleAddress(state, second, env);
    return lowBitsClear(address, env) ? new Map([[first.reg, address]]) : NO_LOADS;
  }
  if (insn.mnemonic !== 'ldm' || first?.kind !== 'reg' || second?.kind !== 'reglist' || !second.regs.some((r) => wanted.has(r)) || !stackBase(state.regs, first.reg)) return NO_LOADS;
  const { regs, slot } = blockAddresses(state, insn, first.reg, second.regs, env);
  return new Map(regs.flatMap((r, k) => (r === PC || !wanted.has(r) ? [] : [[r, slot(k)] as const])));
}

/**
 * The registers an `STR` or `STM` to the stack (see `stackBase`) stores, in
 * the order it stores them, given the registers as they were before it ran.
 */
export function stackStores(regs: readonly Expr[], insn: ArmInstruction): readonly number[] {
  const [first, second] = insn.operands;
  if (insn.mnemonic === 'str' && first?.kind === 'reg' && second?.kind === 'mem' && stackBase(regs, second.base)) return [first.reg];
  if (insn.mnemonic !== 'stm' || first?.kind !== 'reg' || !stackBase(regs, first.reg) || second?.kind !== 'reglist') return [];
  return [...new Set(second.regs)].sort((x, y) => x - y);
}

/** `ADR rd, label`: the label's address, as `ADD`/`SUB rd, pc, #…` would compute it. */
export function executeAdr(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const rd = regOperand(insn.operands[0], 'adr register');
  const where = insn.operands[1];
  if (where?.kind !== 'target') throw new Error('ARM: adr needs a label');
  const address = env.resolveLabel(where.label);
  if (address === undefined) return { kind: 'fault', reason: `unresolved label ${where.label}` };
  writeReg(state, rd, bv(address));
  return { kind: 'next' };
}

/**
 * LDM/STM. Registers go to ascending addresses from the lowest. STM of the
 * base with writeback stores the original value when the base is the lowest
 * register and the written-back value otherwise (ARM2-ARM7); LDM of the base
 * with writeback keeps the loaded value. `^` without PC would transfer the
 * user bank, which is the current bank here (banks are not modelled); `^` with
 * PC in an LDM restores the PSR (SPSR in 32-bit mode, the loaded R15 bits in
 * 26-bit mode); without `^` a 26-bit LDM of PC leaves the flags alone.
 */
export function executeBlockTransfer(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const load = insn.mnemonic === 'ldm';
  const rn = regOperand(insn.operands[0], `${insn.mnemonic} base`);
  const list = insn.operands[1];
  if (list?.kind !== 'reglist') throw new Error(`ARM: ${insn.mnemonic} needs a register list`);
  const { regs, newBase, slot } = blockAddresses(state, insn, rn, list.regs, env);
  if (regs.length === 0) return { kind: 'fault', reason: `${insn.mnemonic} with an empty register list` };

  if (!load) {
    regs.forEach((r, k) => {
      const value = r === rn && insn.writeback && k > 0 ? newBase : readValue(state, env, r);
      state.memory.store(slot(k), value, 4);
    });
    if (insn.writeback) writeReg(state, rn, newBase);
    return { kind: 'next' };
  }

  const values = regs.map((r, k) => ({ r, value: state.memory.load(slot(k), 4) }));
  if (insn.writeback) writeReg(state, rn, newBase);
  let pcValue: Expr | undefined;
  for (const { r, value } of values) {
    if (r === PC) pcValue = value;
    else writeReg(state, r, value);
  }
  if (pcValue === undefined) return { kind: 'next' };
  if (list.caret) {
    if (state.mode === '32') restoreSpsr(state);
    else write26BitPsr(state, pcValue);
  }
  return pcLoaded(state, pcValue, rn);
}
