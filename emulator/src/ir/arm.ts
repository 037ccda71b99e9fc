import type { Expr } from '../values/expr.js';

// ARM A32 instructions as the emulator executes them. Registers are numbers
// 0-15 (13 = sp, 14 = lr, 15 = pc); aliases like `wp` and RN names are
// resolved by the lowering, as are stack-style block modes (LDMFD = LDMIA;
// SFMFD's becomes its memory operand).

export type ArmCondition =
  | 'eq' | 'ne' | 'cs' | 'cc' | 'mi' | 'pl' | 'vs' | 'vc'
  | 'hi' | 'ls' | 'ge' | 'lt' | 'gt' | 'le' | 'al' | 'nv';

export type ArmShiftType = 'lsl' | 'lsr' | 'asr' | 'ror' | 'rrx';

export interface ArmShift {
  readonly type: ArmShiftType;
  /** An immediate amount (0-32 as written), or a register holding it. Ignored for RRX. */
  readonly amount: number | { readonly reg: number };
}

export type ArmOperand =
  | { readonly kind: 'reg'; readonly reg: number; readonly shift?: ArmShift }
  | { readonly kind: 'imm'; readonly value: Expr }
  | {
      readonly kind: 'mem';
      readonly base: number;
      readonly offset:
        | { readonly kind: 'imm'; readonly value: Expr }
        | { readonly kind: 'reg'; readonly reg: number; readonly shift?: ArmShift };
      /** `[r0, -r1]`: the offset is subtracted. */
      readonly subtract: boolean;
      /** `[r0, #4]` (true) versus post-indexed `[r0], #4` (false). */
      readonly preIndexed: boolean;
      /** `!` on a pre-indexed address; post-indexed addressing always writes back. */
      readonly writeback: boolean;
    }
  | { readonly kind: 'reglist'; readonly regs: readonly number[]; readonly caret: boolean }
  | { readonly kind: 'target'; readonly label: string }
  | { readonly kind: 'psr'; readonly psr: 'cpsr' | 'spsr'; readonly fields: string }
  // Coprocessor and FPA operands: what they name is state the model does not keep.
  /** A coprocessor, p0-p15. */
  | { readonly kind: 'coproc'; readonly coproc: number }
  /** A coprocessor's register, c0-c15. */
  | { readonly kind: 'creg'; readonly reg: number }
  /** An FPA register, f0-f7. */
  | { readonly kind: 'float'; readonly reg: number }
  /** An FPA constant as written (`#0.5`): one of the eight the FPA encodes. */
  | { readonly kind: 'fimm'; readonly value: number };

export interface ArmInstruction {
  readonly arch: 'arm';
  /** Lower-case base mnemonic: `add`, `ldr`, `ldm`, `swi`, `teqp`, `umull`. */
  readonly mnemonic: string;
  readonly condition: ArmCondition;
  readonly setFlags: boolean;
  /** LDR/STR size and translation suffixes. */
  readonly size?: 'b' | 'h' | 'sb' | 'sh' | 't' | 'bt';
  /** LDM/STM addressing mode after stack aliases are resolved. */
  readonly blockMode?: 'ia' | 'ib' | 'da' | 'db';
  /** The first operand of LDM/STM written with `!`. */
  readonly writeback?: boolean;
  /** FPA precision: single, double, extended, or packed decimal (LDF/STF only). */
  readonly precision?: 's' | 'd' | 'e' | 'p';
  /** FPA rounding towards plus infinity, minus infinity or zero; to nearest without one. */
  readonly rounding?: 'p' | 'm' | 'z';
  readonly operands: readonly ArmOperand[];
  /**
   * Why the lowering could not assemble the statement this stands for (a
   * macro defined nowhere it can see): exploration stops here and its PW900
   * gives this reason.
   */
  readonly unassembled?: string;
}
