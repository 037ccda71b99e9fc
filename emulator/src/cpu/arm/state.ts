import { bv, type Expr } from '../../values/expr.js';
import type { KnownBits } from '../../values/known-bits.js';
import type { Memory } from '../../values/memory.js';

/** '26': the PC shares R15 with the PSR bits (RISC OS 2-4); '32': separate CPSR (ARMv4+ 32-bit modes). */
export type ArmAddressMode = '26' | '32';

/** What an instruction knows about where it sits. PC is never part of the state: it is `address`. */
export interface ArmEnv {
  readonly address: number;
  readonly next: number;
  resolveLabel(name: string): number | undefined;
  /**
   * Bits of a value the path makes certain beyond its own structure (a
   * word-aligned stack or workspace pointer), so that aligning and rotating
   * a word access fold away on symbolic pointers.
   */
  knownBits?(e: Expr): KnownBits;
}

/** Processor mode numbers as the PSR holds them (26-bit modes use only bits 1:0). */
export const MODE = {
  usr26: 0b00000, fiq26: 0b00001, irq26: 0b00010, svc26: 0b00011,
  usr32: 0b10000, fiq32: 0b10001, irq32: 0b10010, svc32: 0b10011,
} as const;

export interface ArmStateInit {
  readonly memory: Memory;
  readonly mode?: ArmAddressMode;
  /** Initial r0-r14; missing ones are zero. */
  readonly regs?: readonly Expr[];
  /** Initial PSR mode bits; RISC OS modules run in SVC mode, which is the default. */
  readonly psrMode?: number;
}

/**
 * Registers, flags and memory of one path. Fields are mutable because
 * semantics clone first and then write to the clone; the input is never touched.
 * Banked registers are not modelled: a mode change keeps r8-r14.
 */
export class ArmState {
  /** r0-r14. */
  regs: Expr[];
  n: Expr;
  z: Expr;
  c: Expr;
  v: Expr;
  /** Sticky saturation flag (32-bit CPSR bit 27); 26-bit R15 has no room for it. */
  q: Expr;
  i: Expr;
  f: Expr;
  /** PSR mode field, 5 bits. */
  psrMode: Expr;
  /** SPSR of the current mode, 32 bits; `MOVS pc, lr` and `LDM {…, pc}^` restore it in 32-bit mode. */
  spsr: Expr;
  mode: ArmAddressMode;
  memory: Memory;

  constructor(init: ArmStateInit) {
    this.mode = init.mode ?? '26';
    this.memory = init.memory;
    this.regs = Array.from({ length: 15 }, (_, r) => init.regs?.[r] ?? bv(0));
    const flag = bv(0, 1);
    this.n = flag; this.z = flag; this.c = flag; this.v = flag; this.q = flag;
    this.i = flag; this.f = flag;
    this.psrMode = bv(init.psrMode ?? (this.mode === '26' ? MODE.svc26 : MODE.svc32), 5);
    this.spsr = bv(0);
  }

  clone(): ArmState {
    const copy = Object.create(ArmState.prototype) as ArmState;
    Object.assign(copy, this);
    copy.regs = [...this.regs];
    copy.memory = this.memory.clone();
    return copy;
  }
}
