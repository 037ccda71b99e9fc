import { add, bv, sub, sym, type Expr, type Width } from '../../values/expr.js';
import type { ArmInstruction, ArmOperand } from '../../ir/arm.js';
import type { Control } from '../control.js';
import { PC, readBase, regOperand, writeReg } from './operands.js';
import type { ArmEnv, ArmState } from './state.js';
import { wordAligned } from './transfer.js';

// The coprocessor instructions: cp15's cache and MMU control (MCR, MRC),
// and CDP, LDC and STC for whatever else is fitted. The model keeps no
// coprocessor's state: what one answers is a fresh value nothing is known
// of (`cp15@<address>#<k>`, `cp15.z@…` for a flag), in a core register, the
// flags or memory; what it is told changes nothing the model keeps. A transfer's
// base register is written back as any load's or store's.

let answerCount = 0;

/** A value a coprocessor (or the FPA) hands the core: fresh at every execution, named by the instruction's address. */
export function coprocessorAnswer(env: ArmEnv, what: string, width: Width): Expr {
  answerCount += 1;
  return sym(`${what}@${env.address.toString(16)}#${answerCount}`, width);
}

/** N, Z, C and V from a coprocessor: MRC to r15, and the FPA's compares. */
export function flagsAnswered(state: ArmState, env: ArmEnv, what: string): void {
  state.n = coprocessorAnswer(env, `${what}.n`, 1);
  state.z = coprocessorAnswer(env, `${what}.z`, 1);
  state.c = coprocessorAnswer(env, `${what}.c`, 1);
  state.v = coprocessorAnswer(env, `${what}.v`, 1);
}

/**
 * A coprocessor can store any number of words; the architecture leaves more
 * than 16 unpredictable, so STC is taken to write that many.
 */
const STC_MOST_BYTES = 64;

function coprocessorNumber(insn: ArmInstruction): number {
  const op = insn.operands[0];
  if (op?.kind !== 'coproc') throw new Error(`ARM: ${insn.mnemonic} needs a coprocessor (p0-p15) first`);
  return op.coproc;
}

/**
 * The start address of a coprocessor transfer (`[rn, #±off]{!}`, `[rn], #±off`,
 * a label), word-aligned as the bus sees it, after writing the base back.
 */
export function transferAddress(state: ArmState, insn: ArmInstruction, where: ArmOperand | undefined, env: ArmEnv): Expr {
  if (where?.kind === 'target') {
    const address = env.resolveLabel(where.label);
    if (address === undefined) throw new Error(`ARM: ${insn.mnemonic}: unresolved label ${where.label}`);
    return wordAligned(bv(address), env);
  }
  if (where?.kind !== 'mem' || where.offset.kind !== 'imm') throw new Error(`ARM: ${insn.mnemonic} needs [rn] with an immediate offset or a label`);
  const base = readBase(state, env, where.base);
  const moved = where.subtract ? sub(base, where.offset.value) : add(base, where.offset.value);
  if (!where.preIndexed || where.writeback) writeReg(state, where.base, moved);
  return wordAligned(where.preIndexed ? moved : base, env);
}

/** `bytes` of fresh words from `start` on: what a coprocessor stored, nothing known of it. */
export function storeAnswered(state: ArmState, env: ArmEnv, what: string, start: Expr, bytes: number): void {
  for (let at = 0; at < bytes; at += 4) state.memory.store(add(start, bv(at)), coprocessorAnswer(env, what, 32), 4);
}

/** MCR, MRC, MCRR, MRRC, CDP, LDC and STC with their L and 2 forms. */
export function executeCoprocessor(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const cp = `cp${coprocessorNumber(insn)}`;
  const ops = insn.operands;
  switch (insn.mnemonic) {
    case 'mcr': case 'mcr2': case 'mcrr': case 'cdp': case 'cdp2': return { kind: 'next' };
    case 'mrc': case 'mrc2': {
      const rd = regOperand(ops[2], `${insn.mnemonic} destination`);
      // To r15 the answer's top four bits are the flags; the PC stays.
      if (rd === PC) flagsAnswered(state, env, cp);
      else writeReg(state, rd, coprocessorAnswer(env, cp, 32));
      return { kind: 'next' };
    }
    case 'mrrc': {
      writeReg(state, regOperand(ops[2], 'mrrc destination'), coprocessorAnswer(env, cp, 32));
      writeReg(state, regOperand(ops[3], 'mrrc second destination'), coprocessorAnswer(env, cp, 32));
      return { kind: 'next' };
    }
    case 'ldc': case 'ldcl': case 'ldc2': case 'ldc2l':
      transferAddress(state, insn, ops[2], env);
      return { kind: 'next' };
    case 'stc': case 'stcl': case 'stc2': case 'stc2l':
      storeAnswered(state, env, cp, transferAddress(state, insn, ops[2], env), STC_MOST_BYTES);
      return { kind: 'next' };
  }
  throw new Error(`ARM: not a coprocessor instruction: ${insn.mnemonic}`);
}

export const COPROCESSOR: ReadonlySet<string> = new Set([
  'mcr', 'mcr2', 'mcrr', 'mrc', 'mrc2', 'mrrc', 'cdp', 'cdp2', 'ldc', 'ldcl', 'ldc2', 'ldc2l', 'stc', 'stcl', 'stc2', 'stc2l',
]);

/** Coprocessor and FPA loads and stores: their memory operand is their last. */
export const COPROCESSOR_LOADS: ReadonlySet<string> = new Set(['ldc', 'ldcl', 'ldc2', 'ldc2l', 'ldf', 'lfm']);
export const COPROCESSOR_STORES: ReadonlySet<string> = new Set(['stc', 'stcl', 'stc2', 'stc2l', 'stf', 'sfm']);

/** The coprocessor instructions whose answers are fresh values named by their address. */
export const COPROCESSOR_ANSWERS: ReadonlySet<string> = new Set(['mrc', 'mrc2', 'mrrc', 'stc', 'stcl', 'stc2', 'stc2l']);
