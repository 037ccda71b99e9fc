import { constValue, not, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { settledBy } from '../../values/settled.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { Control, Successor } from '../control.js';
import { conditionHolds } from './condition.js';
import { COPROCESSOR, executeCoprocessor } from './coprocessor.js';
import { DATA_PROCESSING, executeDataProcessing } from './dataproc.js';
import { executeFpa, FPA } from './fpa.js';
import { executeClz, executeMultiply, MULTIPLY } from './multiply.js';
import type { ArmEnv, ArmState } from './state.js';
import { executeBranch, executeMrs, executeMsr, executeSwi } from './system.js';
import { executeAdr, executeBlockTransfer, executeSingleTransfer } from './transfer.js';

/** Run one instruction unconditionally on `state` (already a clone). */
function perform(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  if (insn.unassembled !== undefined) return { kind: 'incomplete', reason: insn.unassembled };
  const m = insn.mnemonic;
  if (DATA_PROCESSING.has(m)) return executeDataProcessing(state, insn, env);
  if (MULTIPLY.has(m)) return executeMultiply(state, insn, env);
  if (COPROCESSOR.has(m)) return executeCoprocessor(state, insn, env);
  if (FPA.has(m)) return executeFpa(state, insn, env);
  switch (m) {
    case 'ldr': case 'str': return executeSingleTransfer(state, insn, env);
    case 'ldm': case 'stm': return executeBlockTransfer(state, insn, env);
    case 'adr': return executeAdr(state, insn, env);
    case 'b': case 'bl': case 'bx': case 'blx': return executeBranch(state, insn, env);
    case 'swi': case 'svc': return executeSwi(insn);
    case 'mrs': return executeMrs(state, insn);
    case 'msr': return executeMsr(state, insn, env);
    case 'clz': return executeClz(state, insn, env);
    case 'nop': return { kind: 'next' };
  }
  return { kind: 'fault', reason: `unsupported ARM instruction ${m}` };
}

/**
 * Execute one ARM instruction. A condition that folds to a constant gives one
 * successor (so a concrete run always does); a symbolic one gives two: the
 * instruction executed under the condition and skipped under its negation.
 * The input state is never modified.
 */
export function executeArm(state: ArmState, insn: ArmInstruction, env: ArmEnv): Successor<ArmState>[] {
  return stepArm(state.clone(), insn, env);
}

/**
 * `executeArm` on `state` itself, for a caller that holds the only reference
 * to it: the successor that executes the instruction (or skips it under a
 * false condition) has `state`, changed; a skip beside an execution gets a
 * copy made before the instruction runs.
 */
export function stepArm(state: ArmState, insn: ArmInstruction, env: ArmEnv): Successor<ArmState>[] {
  const cond = conditionHolds(state, insn.condition);
  const known = constValue(cond);
  if (known === 0n) return [{ guard: TRUE, state, control: { kind: 'next' } }];
  const skipped = known === 1n ? undefined : state.clone();
  const settled = skipped ? settledUnder(state.regs, cond) : undefined;
  const joined = state.regs;
  if (settled) state.regs = [...settled];
  const control = perform(state, insn, env);
  if (settled) unsettle(state, joined, settled);
  if (!skipped) return [{ guard: TRUE, state, control }];
  return [{ guard: cond, state, control }, { guard: not(cond), state: skipped, control: { kind: 'next' } }];
}

/**
 * The registers `insn` reads where it runs on `state` under a condition
 * not known (else undefined: the state's own). A register that chooses by
 * that condition (paths joined after an earlier instruction of the same
 * condition set it, `MOVNE r11, sp`) is the value it has there, so that
 * `STRNE r3, [r11]` stores at SP, not at an address that may be another.
 */
export function registersRead(state: ArmState, insn: ArmInstruction): Expr[] | undefined {
  // Most steps have no register to settle: the condition is not worked out for them.
  if (insn.condition === 'al' || !state.regs.some((e) => e.kind === 'ite')) return undefined;
  const cond = conditionHolds(state, insn.condition);
  return constValue(cond) === undefined ? settledUnder(state.regs, cond) : undefined;
}

/** `regs` with each that chooses by `cond` its value where `cond` holds; undefined when none does. */
function settledUnder(regs: readonly Expr[], cond: Expr): Expr[] | undefined {
  const settled = settledBy(cond);
  if (!settled) return undefined;
  let chosen: Expr[] | undefined;
  regs.forEach((e, r) => {
    const v = settled.chosen(e);
    if (v !== e) (chosen ??= [...regs])[r] = v;
  });
  return chosen;
}

/** A settled register the instruction did not write holds its joined value again: it was not written here. */
function unsettle(state: ArmState, joined: readonly Expr[], settled: readonly Expr[]): void {
  state.regs.forEach((e, r) => {
    if (e === settled[r] && e !== joined[r]) state.regs[r] = joined[r] as Expr;
  });
}
