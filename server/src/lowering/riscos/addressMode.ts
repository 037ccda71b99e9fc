import type { ArmAddressMode, ArmInstruction, ProgramItem } from '../../../../emulator/src/index.js';

// RISC OS code before 32-bit ARM returned from handlers with flag-setting
// writes of PC from R14 (`MOVS pc, lr`, `ORRS pc, r14, #V_bit`) and changed
// the PSR with TEQP and friends. Those idioms mean something else, or
// nothing, in 32-bit mode, so code that uses them is analysed as 26-bit.

const PSR_FORMS = new Set(['teqp', 'tstp', 'cmpp', 'cmnp']);

function is26BitIdiom(insn: ArmInstruction): boolean {
  if (PSR_FORMS.has(insn.mnemonic)) return true;
  const [destination, source] = insn.operands;
  return insn.setFlags && destination?.kind === 'reg' && destination.reg === 15 && source?.kind === 'reg' && source.reg === 14;
}

export function addressModeOf(items: readonly ProgramItem<ArmInstruction>[]): ArmAddressMode {
  return items.some((item) => item.kind === 'instruction' && is26BitIdiom(item.instruction)) ? '26' : '32';
}
