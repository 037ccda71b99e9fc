import type { Expr } from '../values/expr.js';

// x86-32 instructions as the emulator executes them: already parsed and with
// assembly-time expressions evaluated (an equate the lowering cannot evaluate
// becomes a symbolic Expr, never a guess).

export type X86Reg32 = 'eax' | 'ecx' | 'edx' | 'ebx' | 'esp' | 'ebp' | 'esi' | 'edi';
export type X86Reg16 = 'ax' | 'cx' | 'dx' | 'bx' | 'sp' | 'bp' | 'si' | 'di';
export type X86Reg8 = 'al' | 'cl' | 'dl' | 'bl' | 'ah' | 'ch' | 'dh' | 'bh';
export type X86Reg = X86Reg32 | X86Reg16 | X86Reg8;
export type X86Segment = 'cs' | 'ds' | 'es' | 'fs' | 'gs' | 'ss';
/** Registers outside the machine the model keeps: segment, control and debug registers. */
export type X86SystemRegister = X86Segment | 'cr0' | 'cr2' | 'cr3' | 'cr4' | 'dr0' | 'dr1' | 'dr2' | 'dr3' | 'dr6' | 'dr7';

export const X86_SYSTEM_REGISTERS: readonly X86SystemRegister[] = [
  'cs', 'ds', 'es', 'fs', 'gs', 'ss', 'cr0', 'cr2', 'cr3', 'cr4', 'dr0', 'dr1', 'dr2', 'dr3', 'dr6', 'dr7',
];

/** x87 stack registers (`st` is `st(0)`) and MMX registers: the model keeps none of their contents. */
export type X86FloatRegister = `st${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}` | `mm${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}`;

export const X86_REG32: readonly X86Reg32[] = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];

export type X86Operand =
  | { readonly kind: 'reg'; readonly reg: X86Reg }
  /** An immediate as the assembler encodes it, already sign-extended to 32 bits. */
  | { readonly kind: 'imm'; readonly value: Expr }
  | {
      readonly kind: 'mem';
      /**
       * Operand size in bytes when the source says (`dword ptr`) or a register
       * operand implies it; 6, 8 and 10 are far pointers and FPU or MMX data.
       */
      readonly size?: 1 | 2 | 4 | 6 | 8 | 10;
      readonly base?: X86Reg32;
      readonly index?: X86Reg32;
      readonly scale: 1 | 2 | 4 | 8;
      readonly disp: Expr;
      readonly segment?: X86Segment;
    }
  /** A code label named as a jump, call or loop target. */
  | { readonly kind: 'target'; readonly label: string }
  /** `mov eax, cr3`, `push ds`: a read is a value nothing is known of, a write changes nothing the model keeps. */
  | { readonly kind: 'sys'; readonly reg: X86SystemRegister }
  /** `fadd st(1), st`, `movq mm0, [esi]`: only the FPU and MMX instructions take one. */
  | { readonly kind: 'float'; readonly reg: X86FloatRegister };

export interface X86Instruction {
  readonly arch: 'x86';
  /** Lower-case mnemonic without prefixes: `mov`, `jz`, `movsd`, `setne`. */
  readonly mnemonic: string;
  readonly prefix?: 'rep' | 'repe' | 'repne' | 'lock';
  readonly operands: readonly X86Operand[];
  /**
   * For a call: the bytes of arguments the callee takes off the stack as it
   * returns (stdcall, pascal; `Control_Dispatch` with sCall or pCall), which
   * a call the analysis does not follow must take off too.
   */
  readonly calleePops?: number;
  /**
   * Why the lowering could not assemble the statement this stands for (an
   * unknown macro, an INVOKE MASM would refuse): exploration stops here and
   * its PW900 gives this reason.
   */
  readonly unassembled?: string;
}
