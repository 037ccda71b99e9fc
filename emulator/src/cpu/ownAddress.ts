import type { ArmInstruction, ArmOperand } from '../ir/arm.js';
import type { Instruction } from '../ir/program.js';
import type { X86Instruction } from '../ir/x86.js';
import { COPROCESSOR, COPROCESSOR_ANSWERS } from './arm/coprocessor.js';
import { DATA_PROCESSING } from './arm/dataproc.js';
import { FPA, FPA_ANSWERS } from './arm/fpa.js';
import { MULTIPLY } from './arm/multiply.js';
import { BRANCH_HANDLERS } from './x86/branch.js';
import { FLOATING_POINT_HANDLERS } from './x86/floating-point.js';
import { IO_HANDLERS } from './x86/io.js';
import { SYSTEM_HANDLERS } from './x86/system.js';

// Whether running an instruction can turn where code lies into a value: a
// return address (x86 `call`, ARM `BL`), a read of the PC, a label's
// address taken as a value (ADR, `LDR r0, label`, a label as an operand),
// a computed jump (whose targets the explorer finds by address), a port
// input, a system register's value or a coprocessor's answer named by its
// address. Code none of whose instructions do runs the same wherever it
// lies, as long as all of it moves together: the explorer compares code
// addresses only with one another. Undefined flags are also named by their address, and by a count
// over the whole analysis that no result may show either, so they are not
// counted here.

const PC = 15;
const SP = 13;
const LR = 14;

function x86ReadsOwnAddress(insn: X86Instruction): boolean {
  const m = insn.mnemonic;
  // Port inputs, system reads and FPU results are named by the address that made them.
  if (m === 'call' || Object.hasOwn(IO_HANDLERS, m) || Object.hasOwn(SYSTEM_HANDLERS, m) || Object.hasOwn(FLOATING_POINT_HANDLERS, m)
    || insn.operands.some((op) => op.kind === 'sys')) return true;
  const jump = m !== 'int' && (Object.hasOwn(BRANCH_HANDLERS, m) || m.startsWith('j'));
  // A jump reads its label as a target; any other instruction reads a label operand as its address.
  return insn.operands.some((op) => (op.kind === 'target') !== jump);
}

/** Data processing without a destination: every register it names is read. */
export const ARM_COMPARES = new Set(['tst', 'teq', 'cmp', 'cmn', 'tstp', 'teqp', 'cmpp', 'cmnp']);

/** Whether an operand reads the PC: as a register, a shift amount, a base or an offset. */
export function readsPc(op: ArmOperand | undefined): boolean {
  if (op === undefined) return false;
  switch (op.kind) {
    case 'reg': return op.reg === PC || (typeof op.shift?.amount === 'object' && op.shift.amount.reg === PC);
    case 'mem': return op.base === PC || (op.offset.kind === 'reg' && (op.offset.reg === PC || (typeof op.offset.shift?.amount === 'object' && op.offset.shift.amount.reg === PC)));
    case 'reglist': return false;
    case 'target': return true;
    default: return false;
  }
}

const isReg = (op: ArmOperand | undefined, reg: number): boolean => op?.kind === 'reg' && op.reg === reg && op.shift === undefined;

function armReadsOwnAddress(insn: ArmInstruction): boolean {
  const m = insn.mnemonic;
  const [first, ...rest] = insn.operands;
  switch (m) {
    case 'b': return false;
    case 'bx': return !isReg(first, LR);
    case 'ldm': {
      const list = rest.find((op) => op.kind === 'reglist');
      // Loading the PC off the stack is a return; from anywhere else a computed jump.
      return list?.kind === 'reglist' && list.regs.includes(PC) && !isReg(first, SP);
    }
    case 'stm': return rest.some((op) => op.kind === 'reglist' && op.regs.includes(PC));
    case 'ldr': case 'str':
      if (rest.some(readsPc)) return true;
      return m === 'str' ? isReg(first, PC) : isReg(first, PC) && !(rest[0]?.kind === 'mem' && rest[0].base === SP);
    default: break;
  }
  if (ARM_COMPARES.has(m)) return insn.operands.some(readsPc);
  if (DATA_PROCESSING.has(m) && isReg(first, PC)) {
    // Writing the PC from LR is a return; from anything else a computed jump.
    const unary = m === 'mov' || m === 'mvn';
    if (unary) return !(m === 'mov' && isReg(rest[0], LR) && rest.length === 1);
    return rest.length < 2 || !isReg(rest[0], LR) || rest.slice(1).some(readsPc);
  }
  if (COPROCESSOR_ANSWERS.has(m) || FPA_ANSWERS.has(m)) return true;
  if (m === 'swi' || m === 'svc' || m === 'mrs' || m === 'msr' || m === 'nop' || m === 'clz' || DATA_PROCESSING.has(m) || MULTIPLY.has(m)
    || COPROCESSOR.has(m) || FPA.has(m)) {
    return insn.operands.some(readsPc);
  }
  // BL, BLX, ADR and anything not listed here.
  return true;
}

/**
 * Whether running `insn` may make a value of its own address, of the next
 * one, or of a label's, or jump to an address it computes (see above).
 */
export function readsOwnAddress(insn: Instruction): boolean {
  return insn.arch === 'x86' ? x86ReadsOwnAddress(insn) : armReadsOwnAddress(insn);
}
