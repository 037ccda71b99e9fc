import { and, bv, type Expr } from '../../values/expr.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { Control, ControlTarget } from '../control.js';
import { cpsr, mergeFields, r15With26BitPsr, writeCpsrFields } from './psr.js';
import { LR, readValue, regOperand, writeReg } from './operands.js';
import type { ArmEnv, ArmState } from './state.js';

// Branches, SWI and the PSR transfers.

function branchTarget(env: ArmEnv, insn: ArmInstruction): ControlTarget {
  const op = insn.operands[0];
  if (op?.kind !== 'target') throw new Error(`ARM: ${insn.mnemonic} needs a label`);
  const address = env.resolveLabel(op.label);
  return address === undefined ? { label: op.label } : { address: bv(address) };
}

/**
 * B, BL, BX, BLX. BL puts the return address in LR; in 26-bit mode LR also
 * holds the PSR bits, so `MOVS pc, lr` returns with the caller's flags.
 * `BX lr` is a return. Thumb is not modelled: bit 0 of a BX target is dropped.
 */
export function executeBranch(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const link = (): void => {
    writeReg(state, LR, state.mode === '26' ? r15With26BitPsr(state, env.next) : bv(env.next));
  };
  switch (insn.mnemonic) {
    case 'b': return { kind: 'jump', target: branchTarget(env, insn) };
    case 'bl': link(); return { kind: 'call', target: branchTarget(env, insn) };
    case 'bx': case 'blx': {
      const op = insn.operands[0];
      if (op?.kind === 'target') {
        if (insn.mnemonic === 'bx') throw new Error('ARM: bx needs a register');
        link();
        return { kind: 'call', target: branchTarget(env, insn) };
      }
      const reg = regOperand(op, `${insn.mnemonic} target`);
      const address = and(readValue(state, env, reg), bv(0xfffffffe));
      if (insn.mnemonic === 'blx') {
        link();
        return { kind: 'call', target: { address } };
      }
      return reg === LR ? { kind: 'return', address } : { kind: 'jump', target: { address } };
    }
  }
  throw new Error(`ARM: not a branch: ${insn.mnemonic}`);
}

/**
 * SWI/SVC: the 24-bit comment field is the number, X bit (&20000) included.
 * A name no header defined stays as it is, unmasked: nothing can dispatch on
 * it, and messages then show the name as the source wrote it.
 */
export function executeSwi(insn: ArmInstruction): Control {
  const op = insn.operands[0];
  if (op?.kind !== 'imm') throw new Error('ARM: swi needs a number');
  return { kind: 'swi', number: op.value.kind === 'const' ? bv(op.value.value & 0xffffffn, op.value.width) : op.value };
}

/** `CPSR_f`, `CPSR_fc`, `CPSR_all`, `CPSR_flg`, `CPSR_ctl`; a bare `CPSR` is all fields. s and x are ignored. */
function fieldsOf(text: string): { f: boolean; c: boolean } {
  const t = text.toLowerCase();
  if (t === '' || t === 'all') return { f: true, c: true };
  if (t === 'flg') return { f: true, c: false };
  if (t === 'ctl') return { f: false, c: true };
  return { f: t.includes('f'), c: t.includes('c') };
}

export function executeMrs(state: ArmState, insn: ArmInstruction): Control {
  const rd = regOperand(insn.operands[0], 'mrs destination');
  const psr = insn.operands[1];
  if (psr?.kind !== 'psr') throw new Error('ARM: mrs needs cpsr or spsr');
  writeReg(state, rd, psr.psr === 'cpsr' ? cpsr(state) : state.spsr);
  return { kind: 'next' };
}

export function executeMsr(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const psr = insn.operands[0];
  const source = insn.operands[1];
  if (psr?.kind !== 'psr') throw new Error('ARM: msr needs cpsr or spsr');
  let value: Expr;
  if (source?.kind === 'imm') value = source.value;
  else value = readValue(state, env, regOperand(source, 'msr source'));
  const fields = fieldsOf(psr.fields);
  if (psr.psr === 'spsr') state.spsr = mergeFields(state.spsr, value, fields);
  else writeCpsrFields(state, value, fields);
  return { kind: 'next' };
}
