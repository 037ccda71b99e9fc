import type { ArmAddressMode } from '../../cpu/arm/index.js';
import type { ArmCondition, ArmInstruction, ArmOperand } from '../../ir/arm.js';
import { bv } from '../../values/expr.js';

// What the RISC OS header macros (Hdr:Macros, Hdr:Proc) expand to, as IR the
// lowering can emit directly. The expansions are the ones the checks
// understand: Pull/EXIT on SP are returns when they load PC, and the flag
// macros set V in ways the machine adapter recognises as deliberate (so
// PW305 can tell SETV from a compare that happened to overflow).

const SP = 13, LR = 14, PC = 15;
/** The V flag in a PSR word. */
export const V_BIT = 1 << 28;

const reglist = (regs: readonly number[], caret = false): ArmOperand => ({ kind: 'reglist', regs: [...regs], caret });
const spBase: ArmOperand = { kind: 'reg', reg: SP };
const insn = (mnemonic: string, operands: ArmOperand[], extra: Partial<ArmInstruction> = {}): ArmInstruction =>
  ({ arch: 'arm', mnemonic, condition: 'al', setFlags: false, operands, ...extra });

/** `Push "r0-r3, lr"` → `STMFD sp!, {r0-r3, lr}` (STMDB with writeback). */
export function push(regs: readonly number[], condition: ArmCondition = 'al'): ArmInstruction[] {
  return [insn('stm', [spBase, reglist(regs)], { blockMode: 'db', writeback: true, condition })];
}

/** `Pull "r0-r3, pc", VS` → `LDMFDVS sp!, {r0-r3, pc}` (LDMIA with writeback); loading PC makes it a return. */
export function pull(regs: readonly number[], condition: ArmCondition = 'al'): ArmInstruction[] {
  return [insn('ldm', [spBase, reglist(regs)], { blockMode: 'ia', writeback: true, condition })];
}

/** `Name Entry "r1-r3"` → `STMFD sp!, {r1-r3, lr}`; the list is what EXIT and PullEnv restore. */
export function entry(regs: readonly number[] = []): ArmInstruction[] {
  return push([...regs, LR]);
}

/** `EXIT` (or `EXIT VS`) → `LDMFD sp!, {list, pc}`: restores the Entry list and returns. */
export function exit(regs: readonly number[] = [], condition: ArmCondition = 'al'): ArmInstruction[] {
  return pull([...regs, PC], condition);
}

/**
 * `EXITS` → in 26-bit mode `LDMFD sp!, {list, pc}^`, which also restores the
 * caller's flags from the stacked LR (so V comes back clear); a 32-bit LR
 * holds no flags, so there it is EXIT.
 */
export function exits(regs: readonly number[] = [], mode: ArmAddressMode, condition: ArmCondition = 'al'): ArmInstruction[] {
  return [insn('ldm', [spBase, reglist([...regs, PC], mode === '26')], { blockMode: 'ia', writeback: true, condition })];
}

/**
 * `EntryS "r1-r3"` → Entry's `STMFD sp!, {r1-r3, lr}`, then `MRS lr, CPSR`
 * and that word pushed below the list: the flags the exits of the frame
 * restore or pass V through (Hdr:Proc's form for code that runs 32-bit).
 */
export function entryS(regs: readonly number[] = []): ArmInstruction[] {
  return [...entry(regs), insn('mrs', [{ kind: 'reg', reg: LR }, { kind: 'psr', psr: 'cpsr', fields: '' }]), ...push([LR])];
}

/** The PSR word EntryS pushed, pulled into LR. */
const pullPsr = (): ArmInstruction[] => pull([LR]);

/** `MSR CPSR_<fields>, lr`: the flags (by default) from the word in LR. */
const restorePsr = (fields: string): ArmInstruction => insn('msr', [{ kind: 'psr', psr: 'cpsr', fields }, { kind: 'reg', reg: LR }]);

const lrWithV = (mnemonic: 'bic' | 'orr', condition: ArmCondition = 'al'): ArmInstruction =>
  insn(mnemonic, [{ kind: 'reg', reg: LR }, { kind: 'reg', reg: LR }, { kind: 'imm', value: bv(V_BIT) }], { condition });

/**
 * `EXITS` after `EntryS` (the frame below the list already dropped): the
 * saved PSR word into LR, its `fields` (flags by default) restored with
 * `MSR`, then `LDMFD sp!, {list, pc}`: the caller's flags come back.
 */
export function exitsSaved(regs: readonly number[] = [], fields = 'f'): ArmInstruction[] {
  return [...pullPsr(), restorePsr(fields), ...exit(regs)];
}

/**
 * `EXITV`, `EXITVS` and `EXITVC` (the frame below the list already
 * dropped): return with the caller's flags but V as it is (`'keep'`), set
 * or clear. After `EntryS` the saved PSR word gets that V and is restored
 * with `MSR` before `LDMFD sp!, {list, pc}`; after a frame without it, the
 * 26-bit form pulls the list and LR and writes PC from LR with the S bit
 * (`BICVCS` / `ORRVSS pc, lr, #V_bit`), the PSR bits LR carries with that V.
 */
export function exitWithV(regs: readonly number[], v: 'keep' | 'set' | 'clear', saved: boolean, fields = 'f'): ArmInstruction[] {
  if (saved) {
    const withV = v === 'keep' ? [lrWithV('bic', 'vc'), lrWithV('orr', 'vs')] : [lrWithV(v === 'set' ? 'orr' : 'bic')];
    return [...pullPsr(), ...withV, restorePsr(fields), ...exit(regs)];
  }
  const toPc = (mnemonic: 'bic' | 'orr', condition: ArmCondition = 'al'): ArmInstruction =>
    insn(mnemonic, [{ kind: 'reg', reg: PC }, { kind: 'reg', reg: LR }, { kind: 'imm', value: bv(V_BIT) }], { condition, setFlags: true });
  const returns = v === 'keep' ? [toPc('bic', 'vc'), toPc('orr', 'vs')] : [toPc(v === 'set' ? 'orr' : 'bic')];
  return [...pullEnv(regs), ...returns];
}

/** `PullEnv` → `LDMFD sp!, {list, lr}`: unwinds an Entry without returning. */
export function pullEnv(regs: readonly number[] = []): ArmInstruction[] {
  return pull([...regs, LR]);
}

/**
 * `SETV` → `CMP r0, #&80000000` then `CMNVC r0, #&80000000`: V ends set in
 * both modes (N, Z, C are clobbered). With a condition it is `MSR<cond>
 * CPSR_f, #V_bit` (32-bit only, clears N, Z, C); a conditional SETV in 26-bit
 * code needs a branch around it, which the lowering emits itself.
 */
export function setv(mode: ArmAddressMode, condition: ArmCondition = 'al'): ArmInstruction[] {
  const imm: ArmOperand = { kind: 'imm', value: bv(0x80000000) };
  const r0: ArmOperand = { kind: 'reg', reg: 0 };
  if (condition === 'al') return [insn('cmp', [r0, imm]), insn('cmn', [r0, imm], { condition: 'vc' })];
  if (mode === '26') throw new Error('conditional SETV in 26-bit code: lower as a branch around SETV');
  return [insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, { kind: 'imm', value: bv(V_BIT) }], { condition })];
}

/** `CLRV` → `CMP r0, #0` (cannot overflow, so V ends clear); with a condition `MSR<cond> CPSR_f, #0` (32-bit only). */
export function clrv(mode: ArmAddressMode, condition: ArmCondition = 'al'): ArmInstruction[] {
  if (condition === 'al') return [insn('cmp', [{ kind: 'reg', reg: 0 }, { kind: 'imm', value: bv(0) }])];
  if (mode === '26') throw new Error('conditional CLRV in 26-bit code: lower as a branch around CLRV');
  return [insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, { kind: 'imm', value: bv(0) }], { condition })];
}
