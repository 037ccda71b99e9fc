import type { ArmInstruction, ArmOperand } from '../../ir/arm.js';
import type { Control } from '../control.js';
import { coprocessorAnswer, flagsAnswered, storeAnswered, transferAddress } from './coprocessor.js';
import { regOperand, writeReg } from './operands.js';
import type { ArmEnv, ArmState } from './state.js';

// The FPA (floating-point accelerator, or the FPEmulator standing in for it).
// The model keeps none of its registers: code that uses it computes with
// numbers no paging contract speaks of. What it does to the machine the
// model keeps is what matters: FIX, RFS and RFC put a fresh value in a core
// register, the compares set N, Z, C and V to fresh values, STF and SFM
// store exactly their bytes as fresh values, and every transfer writes its
// base back; the rest changes nothing the model keeps.

/** Bytes an STF stores, by precision: single, double, extended, packed decimal. */
const STORED_BYTES: Readonly<Record<NonNullable<ArmInstruction['precision']>, number>> = { s: 4, d: 8, e: 12, p: 12 };

/** LFM and SFM move each register as three words, whatever its precision. */
const BYTES_PER_REGISTER = 12;

const DATA_OPERATIONS = `
adf muf suf rsf dvf rdf pow rpw rmf fml fdv frd pol
mvf mnf abs rnd sqt log lgn exp sin cos tan asn acs atn urd nrm
`.trim().split(/\s+/);

function floatOperand(insn: ArmInstruction, index: number): void {
  if (insn.operands[index]?.kind !== 'float') throw new Error(`ARM: ${insn.mnemonic} operand ${index + 1} must be an FPA register (f0-f7)`);
}

/** The count of LFM and SFM: one to four registers. */
function registerCount(insn: ArmInstruction, op: ArmOperand | undefined): number {
  const count = op?.kind === 'imm' && op.value.kind === 'const' ? Number(op.value.value) : 0;
  if (count < 1 || count > 4) throw new Error(`ARM: ${insn.mnemonic} moves one to four registers`);
  return count;
}

export function executeFpa(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const m = insn.mnemonic;
  const ops = insn.operands;
  switch (m) {
    case 'ldf':
      floatOperand(insn, 0);
      transferAddress(state, insn, ops[1], env);
      return { kind: 'next' };
    case 'stf': {
      floatOperand(insn, 0);
      if (insn.precision === undefined) throw new Error('ARM: stf needs a precision (S, D, E or P)');
      storeAnswered(state, env, 'fpa.stf', transferAddress(state, insn, ops[1], env), STORED_BYTES[insn.precision]);
      return { kind: 'next' };
    }
    case 'lfm':
      floatOperand(insn, 0);
      registerCount(insn, ops[1]);
      transferAddress(state, insn, ops[2], env);
      return { kind: 'next' };
    case 'sfm': {
      floatOperand(insn, 0);
      const bytes = BYTES_PER_REGISTER * registerCount(insn, ops[1]);
      storeAnswered(state, env, 'fpa.sfm', transferAddress(state, insn, ops[2], env), bytes);
      return { kind: 'next' };
    }
    case 'flt':
      floatOperand(insn, 0);
      regOperand(ops[1], 'flt source');
      return { kind: 'next' };
    case 'fix':
      floatOperand(insn, 1);
      writeReg(state, regOperand(ops[0], 'fix destination'), coprocessorAnswer(env, 'fpa.fix', 32));
      return { kind: 'next' };
    case 'rfs': case 'rfc':
      writeReg(state, regOperand(ops[0], `${m} destination`), coprocessorAnswer(env, `fpa.${m}`, 32));
      return { kind: 'next' };
    case 'wfs': case 'wfc':
      regOperand(ops[0], `${m} source`);
      return { kind: 'next' };
    case 'cmf': case 'cnf': case 'cmfe': case 'cnfe':
      floatOperand(insn, 0);
      flagsAnswered(state, env, `fpa.${m}`);
      return { kind: 'next' };
  }
  if (DATA_OPERATIONS.includes(m)) {
    floatOperand(insn, 0);
    return { kind: 'next' };
  }
  throw new Error(`ARM: not an FPA instruction: ${m}`);
}

export const FPA: ReadonlySet<string> = new Set(['ldf', 'stf', 'lfm', 'sfm', 'flt', 'fix', 'rfs', 'rfc', 'wfs', 'wfc', 'cmf', 'cnf', 'cmfe', 'cnfe', ...DATA_OPERATIONS]);

/** The FPA instructions whose results are fresh values named by their address. */
export const FPA_ANSWERS: ReadonlySet<string> = new Set(['stf', 'sfm', 'fix', 'rfs', 'rfc', 'cmf', 'cnf', 'cmfe', 'cnfe']);
