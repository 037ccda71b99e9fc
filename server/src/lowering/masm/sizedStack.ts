import { expr, regWidth, type X86Operand } from '../../../../emulator/src/index.js';

// PUSHD, PUSHW, POPD and POPW as the instructions the CPU runs. A push or
// pop of a register or memory operand of that size is the plain one; a
// 32-bit immediate or segment register is what a plain PUSH or POP moves in
// 32-bit code. A 16-bit one is written out as the stack pointer's move and
// the word's store or load, which moves no flag, as PUSH and POP do not.

/** One instruction of what a sized push or pop stands for. */
export interface StackStep {
  readonly mnemonic: string;
  readonly operands: readonly X86Operand[];
}

const STACK_TOP = (size: 2 | 4): X86Operand => ({ kind: 'mem', base: 'esp', scale: 1, disp: expr.bv(0), size });
const MOVE_ESP = (by: number): StackStep => ({ mnemonic: 'lea', operands: [{ kind: 'reg', reg: 'esp' }, { kind: 'mem', base: 'esp', scale: 1, disp: expr.bv(by) }] });

/**
 * The instructions `mnemonic operand` stands for, the push or pop moving
 * `bytes`; a string says why MASM would not assemble it.
 */
export function sizedStack(mnemonic: string, bytes: 2 | 4, operand: X86Operand): readonly StackStep[] | string {
  const push = mnemonic.startsWith('push');
  const plain = push ? 'push' : 'pop';
  const wrongSize = `${mnemonic.toUpperCase()} moves ${bytes * 8} bits, and its operand is another size`;
  switch (operand.kind) {
    case 'reg':
      return regWidth(operand.reg) === bytes * 8 ? [{ mnemonic: plain, operands: [operand] }] : wrongSize;
    case 'mem':
      return operand.size === undefined || operand.size === bytes ? [{ mnemonic: plain, operands: [{ ...operand, size: bytes }] }] : wrongSize;
    case 'imm':
      if (!push) return `${mnemonic.toUpperCase()} cannot write an immediate`;
      return bytes === 4 ? [{ mnemonic: 'push', operands: [operand] }] : [MOVE_ESP(-2), { mnemonic: 'mov', operands: [STACK_TOP(2), operand] }];
    case 'sys':
      if (bytes === 4) return [{ mnemonic: plain, operands: [operand] }];
      return push
        ? [MOVE_ESP(-2), { mnemonic: 'mov', operands: [STACK_TOP(2), operand] }]
        : [{ mnemonic: 'mov', operands: [operand, STACK_TOP(2)] }, MOVE_ESP(2)];
    default:
      return `${mnemonic.toUpperCase()} takes a register, a memory operand${push ? ' or an immediate' : ''}`;
  }
}
