import type { Instruction } from '../ir/program.js';
import { DATA_PROCESSING } from './arm/dataproc.js';
import { ARM_COMPARES, readsPc } from './ownAddress.js';

// Whether control can run on past an instruction into the item laid out
// after it, judged from the instruction alone: false only when that is
// certain (an unconditional jump, return or other write of the PC), so a
// caller that keeps the next item where it is whenever this says true never
// strands a path. The entry keys follow it to the block laid out next; the
// RISC OS layout starts a routine in a slot of its own only after an
// instruction it says false for.

const X86_ENDS = new Set(['ret', 'retn', 'retf', 'iret', 'iretd', 'jmp']);
const PC = 15;

export function mayFallThrough(insn: Instruction): boolean {
  if (insn.arch === 'x86') return !X86_ENDS.has(insn.mnemonic);
  if (insn.condition !== 'al') return true;
  if (insn.mnemonic === 'b') return false;
  const [first, ...rest] = insn.operands;
  if ((insn.mnemonic === 'mov' || insn.mnemonic === 'ldr') && first?.kind === 'reg' && first.reg === PC) return false;
  // `BICS pc, lr, #V_bit` is a 26-bit return; an operation on the PC itself (`ADD pc, pc, r0, LSL #2`) runs into the jump table after it.
  if (DATA_PROCESSING.has(insn.mnemonic) && !ARM_COMPARES.has(insn.mnemonic) && first?.kind === 'reg' && first.reg === PC && first.shift === undefined) {
    return rest.some(readsPc);
  }
  return !(insn.mnemonic === 'ldm' && insn.operands.some((o) => o.kind === 'reglist' && o.regs.includes(PC)));
}
