import { pcOf } from '../../cpu/arm/psr.js';
import type { Successor } from '../../cpu/control.js';
import type { ArmInstruction } from '../../ir/arm.js';
import { constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { exprEquals } from '../../values/key.js';
import type { ArmPathState } from './arm.js';

// Before BLX, ARM code called a routine whose address it held in a register
// with `MOV lr, pc` / `MOV pc, r2`; code that wants a routine to return
// somewhere other than after the branch sets LR itself, `ADR lr, back` /
// `B routine`. Either is a call, as a BL is: the routine's `MOV pc, lr`
// goes back into the code, which goes on there, not to the code's caller.
// A path's link is the address such an instruction put in LR; the next
// branch while LR still holds it is the call, and uses it up.

const LR = 14, PC = 15;

/** Whether the instruction writes LR from the PC: `ADR lr, back`, `MOV lr, pc`, `ADD lr, pc, #4`. */
export function linksFromPc(insn: ArmInstruction): boolean {
  const [rd, ...sources] = insn.operands;
  if (rd?.kind !== 'reg' || rd.reg !== LR) return false;
  if (insn.mnemonic === 'adr') return true;
  return (insn.mnemonic === 'mov' || insn.mnemonic === 'add' || insn.mnemonic === 'sub') && sources.some((o) => o.kind === 'reg' && o.reg === PC);
}

/**
 * The successor as the path's link makes it: a branch taken while LR holds
 * the link is a call returning there, and an instruction that writes a code
 * address from the PC to LR sets the link (again, in a loop whose LR still
 * holds it from the last round).
 */
export function withLink(before: ArmPathState, insn: ArmInstruction, s: Successor<ArmPathState>): Successor<ArmPathState> {
  const { cpu } = s.state;
  const lr = cpu.regs[LR] as Expr;
  if (s.control.kind === 'next' && linksFromPc(insn) && constValue(pcOf(cpu, lr)) !== undefined) return { ...s, state: { ...s.state, link: lr } };
  const { link } = before;
  if (link === undefined || !exprEquals(lr, link)) return s;
  const returnTo = s.control.kind === 'jump' ? constValue(pcOf(cpu, lr)) : undefined;
  if (s.control.kind === 'jump' && returnTo !== undefined) return { ...s, control: { kind: 'call', target: s.control.target, returnTo } };
  return { ...s, state: { ...s.state, link } };
}
