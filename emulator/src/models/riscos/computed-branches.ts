import type { ArmInstruction } from '../../ir/arm.js';
import type { InstructionItem, Program } from '../../ir/program.js';
import { linksFromPc } from '../../explore/machines/armLink.js';

// Whether code can come to a computed branch (a jump whose target is a
// register's or a loaded word's value: a dispatch table, `MOV pc, r3`), read
// from the program text alone. A dispatching handler's run with R0 unknown can
// find its one check, PW312, only at such a branch, so a handler that cannot
// reach one has nothing to find there.
//
// The walk follows every edge exploration can take and then some: both ways
// past a conditional instruction, into a called routine and on after the call
// (where its returns come back to, or where a skipped call goes on).
// Returns go back to the caller, which that second edge covers; what counts
// as one is what the CPU semantics call one (`MOV pc, lr`, `ORRS pc, lr,
// #V_bit`, `BX lr`, a load of PC from the stack). A return address put in
// LR from the PC for a call by a plain branch is where such a call returns:
// `ADR lr, back` leads to back too, and any other (`MOV lr, pc`) counts as
// a computed branch, as does any other write of PC, so an instruction the
// walk does not understand keeps the run.

const SP = 13, LR = 14, PC = 15;

/** Instructions that name PC first without writing it. */
const READS_FIRST_OPERAND = new Set(['str', 'stm', 'cmp', 'cmn', 'tst', 'teq']);
/** Data processing with a destination and a first source register (`ORRS pc, lr, #V_bit` returns). */
const BINARY = new Set(['and', 'eor', 'sub', 'rsb', 'add', 'adc', 'sbc', 'rsc', 'orr', 'bic']);

type Step = { readonly kind: 'computed' } | { readonly kind: 'to'; readonly labels: readonly string[]; readonly next: boolean };

const NEXT: Step = { kind: 'to', labels: [], next: true };
const COMPUTED: Step = { kind: 'computed' };

function isReturn(insn: ArmInstruction): boolean {
  const [first, second] = insn.operands;
  // Two operands (`ADD pc, #4`) add to the destination, PC.
  if (BINARY.has(insn.mnemonic)) return insn.operands.length === 3 && second?.kind === 'reg' && second.reg === LR;
  switch (insn.mnemonic) {
    case 'mov': return second?.kind === 'reg' && second.reg === LR;
    case 'bx': return first?.kind === 'reg' && first.reg === LR;
    case 'ldr': return second?.kind === 'mem' && second.base === SP;
    case 'ldm': return first?.kind === 'reg' && first.reg === SP;
    default: return false;
  }
}

function writesPc(insn: ArmInstruction): boolean {
  const [first, second] = insn.operands;
  if (insn.mnemonic === 'ldm') return second?.kind === 'reglist' && second.regs.includes(PC);
  return first?.kind === 'reg' && first.reg === PC && !READS_FIRST_OPERAND.has(insn.mnemonic);
}

/** Where an instruction may go: labels it names, and the instruction after it. */
function stepOf(insn: ArmInstruction): Step {
  const conditional = insn.condition !== 'al';
  const [first, second] = insn.operands;
  if (linksFromPc(insn)) return insn.mnemonic === 'adr' && second?.kind === 'target' ? { kind: 'to', labels: [second.label], next: true } : COMPUTED;
  const named = first?.kind === 'target' ? [first.label] : undefined;
  switch (insn.mnemonic) {
    case 'b': return named ? { kind: 'to', labels: named, next: conditional } : COMPUTED;
    case 'bl': case 'blx': return named ? { kind: 'to', labels: named, next: true } : COMPUTED;
    case 'bx': return isReturn(insn) ? { kind: 'to', labels: [], next: conditional } : COMPUTED;
  }
  if (!writesPc(insn)) return NEXT;
  return isReturn(insn) ? { kind: 'to', labels: [], next: conditional } : COMPUTED;
}

/** Whether code entered at `entry` may come to a computed branch, in the routine or in one it calls. */
export const reachesComputedBranch = (program: Program, entry: bigint): boolean => firstComputedBranch(program, entry) !== undefined;

/** The first computed branch code entered at `entry` may come to, following the code on before the branches it takes. */
export function firstComputedBranch(program: Program, entry: bigint): InstructionItem | undefined {
  const seen = new Set<bigint>();
  const todo = [entry];
  for (let address = todo.pop(); address !== undefined; address = todo.pop()) {
    if (seen.has(address)) continue;
    seen.add(address);
    const item = program.itemAt(address);
    // Data or nothing: exploration stops there too.
    if (item?.kind !== 'instruction' || item.instruction.arch !== 'arm') continue;
    const step = stepOf(item.instruction);
    if (step.kind === 'computed') return item;
    for (const label of step.labels) {
      const to = program.label(label);
      if (to !== undefined) todo.push(to);
    }
    if (step.next) todo.push(program.itemAfter(item)?.address ?? item.address + BigInt(item.size));
  }
  return undefined;
}
