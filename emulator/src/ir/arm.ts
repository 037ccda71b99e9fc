import type { Expr } from '../values/expr.js';

// ARM A32 instructions as the emulator executes them. Registers are numbers
// 0-15 (13 = sp, 14 = lr, 15 = pc); aliases like `wp` and RN names are
// resolved by the lowering, as are stack-style block modes (LDMFD = LDMIA).

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
  | { readonly kind: 'psr'; readonly psr: 'cpsr' | 'spsr'; readonly fields: string };

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
  readonly operands: readonly ArmOperand[];
}
