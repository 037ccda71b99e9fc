import { armMachine, writesPsr } from '../../explore/machines/arm.js';
import type { ArmPathState } from '../../explore/machines/arm.js';
import type { ArmInstruction } from '../../ir/arm.js';

// The core ARM machine as the RISC OS checks need it: besides PSR writes,
// the Hdr flag macros (SETV, CLRV) set V deliberately.

export type RiscOsState = ArmPathState;

function setsVOnPurpose(insn: ArmInstruction): boolean {
  if (writesPsr(insn)) return true;
  const m = insn.mnemonic;
  // The SETV idiom: CMP rX, #&80000000 then CMNVC rX, #&80000000 (see macros.ts); CLRV is CMP rX, #0.
  const operand = insn.operands[1];
  if ((m === 'cmp' || m === 'cmn') && operand?.kind === 'imm' && operand.value.kind === 'const') {
    return operand.value.value === 0x80000000n || (m === 'cmp' && operand.value.value === 0n);
  }
  return false;
}

export const riscOsMachine = armMachine({ setsVOnPurpose });
