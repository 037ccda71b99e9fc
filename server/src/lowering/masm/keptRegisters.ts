import type { ProgramItem, X86Instruction, X86Reg, X86Reg32 } from '../../../../emulator/src/index.js';

// Whether an instruction leaves a register as it was and runs on to the
// next, judged from the instruction alone, for the lowering's scans of
// straight-line code (a hand-written control procedure's prologue before it
// compares the message in EAX, the load of a register a callback's address
// is pushed from). It says false for whatever it does not know.

/** Instructions that run on to the next and write nothing but their first operand, the flags or the stack below ESP. */
const FIRST_OPERAND_ONLY: ReadonlySet<string> = new Set([
  'mov', 'movzx', 'movsx', 'lea', 'add', 'sub', 'and', 'or', 'xor', 'inc', 'dec', 'not', 'neg',
  'shl', 'sal', 'shr', 'sar', 'rol', 'ror', 'test', 'cmp', 'pop',
]);
const NO_OPERAND_WRITES: ReadonlySet<string> = new Set(['push', 'pushfd', 'pushf', 'pushad', 'pusha', 'nop', 'cld', 'std', 'clc', 'stc', 'cmc', 'cli', 'sti']);

const STACK: ReadonlySet<string> = new Set(['push', 'pushfd', 'pushf', 'pushad', 'pusha', 'pop']);

const BYTE_REGISTERS: Readonly<Record<string, X86Reg32>> = {
  al: 'eax', ah: 'eax', cl: 'ecx', ch: 'ecx', dl: 'edx', dh: 'edx', bl: 'ebx', bh: 'ebx',
};

/** The 32-bit register `reg` is all or part of. */
export function fullRegister(reg: X86Reg): X86Reg32 {
  return BYTE_REGISTERS[reg] ?? (reg.length === 2 ? (`e${reg}` as X86Reg32) : (reg as X86Reg32));
}

/** Whether `item` is an instruction that leaves `register` (all of it) as it was and runs on to the next item. */
export function keepsRegister(item: ProgramItem<X86Instruction> | undefined, register: X86Reg32): boolean {
  if (item?.kind !== 'instruction') return false;
  const { mnemonic, operands } = item.instruction;
  if (register === 'esp' && STACK.has(mnemonic)) return false;
  if (NO_OPERAND_WRITES.has(mnemonic)) return true;
  const [first] = operands;
  return FIRST_OPERAND_ONLY.has(mnemonic) && first !== undefined && !(first.kind === 'reg' && fullRegister(first.reg) === register);
}
