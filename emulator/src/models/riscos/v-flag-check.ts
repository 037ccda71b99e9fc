import { conditionHolds } from '../../cpu/arm/condition.js';
import { COPROCESSOR_LOADS, COPROCESSOR_STORES } from '../../cpu/arm/coprocessor.js';
import { DATA_PROCESSING } from '../../cpu/arm/dataproc.js';
import { MULTIPLY } from '../../cpu/arm/multiply.js';
import type { Outcome, StepContext } from '../../explore/hooks.js';
import type { ArmInstruction, ArmOperand } from '../../ir/arm.js';
import { constValue } from '../../values/expr.js';
import { exprEquals } from '../../values/key.js';
import type { RiscOsState } from './machine.js';
import { uncheckedV, withUncheckedV } from './model-states.js';

// PW310. After an X SWI fails, the path carries the SWI's result registers
// as "unchecked" until something tests V (a VS/VC condition: BVS, STRVC,
// EXIT VS, Pull …, VS; or MRS, which reads the flags for a later test) or
// overwrites them. Using one of those registers first — storing it,
// addressing memory with it, passing it to another SWI or jumping through
// it — is the bug: on this path it holds no result. An instruction that
// replaces V first (CMP, ADDS, CLRV) discards the error unseen: after it a
// VS/VC condition tests what replaced it, so the results stay unchecked
// until V holds the SWI's error again (restored from where it was saved).

function regOf(op: ArmOperand | undefined): number | undefined {
  return op?.kind === 'reg' ? op.reg : undefined;
}

/** Registers the instruction uses as a value that leaves the register file or steers memory and control. */
function usedRegisters(insn: ArmInstruction): number[] {
  const ops = insn.operands;
  switch (insn.mnemonic) {
    case 'str': { const m = ops[1]; return [regOf(ops[0]), m?.kind === 'mem' ? m.base : undefined].filter((r): r is number => r !== undefined); }
    case 'ldr': { const m = ops[1]; return m?.kind === 'mem' ? [m.base] : []; }
    case 'stm': { const l = ops[1]; return [regOf(ops[0]) ?? -1, ...(l?.kind === 'reglist' ? l.regs : [])]; }
    case 'ldm': return [regOf(ops[0]) ?? -1];
    // A following SWI takes R0-R9 as arguments.
    case 'swi': case 'svc': return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    case 'bx': case 'blx': return [regOf(ops[0]) ?? -1];
    // To a coprocessor or the FPA.
    case 'mcr': case 'mcr2': return [regOf(ops[2]) ?? -1];
    case 'mcrr': return [regOf(ops[2]) ?? -1, regOf(ops[3]) ?? -1];
    case 'flt': return [regOf(ops[1]) ?? -1];
    case 'wfs': case 'wfc': return [regOf(ops[0]) ?? -1];
  }
  if (COPROCESSOR_LOADS.has(insn.mnemonic) || COPROCESSOR_STORES.has(insn.mnemonic)) {
    const m = ops.at(-1);
    return m?.kind === 'mem' ? [m.base] : [];
  }
  // Data processing into PC jumps through its operands.
  if (regOf(ops[0]) === 15) return ops.slice(1).map(regOf).filter((r): r is number => r !== undefined);
  return [];
}

const registersIn = (ops: readonly ArmOperand[]): number[] =>
  ops.flatMap((op) => (op.kind !== 'reg' ? [] : typeof op.shift?.amount === 'object' ? [op.reg, op.shift.amount.reg] : [op.reg]));

/**
 * The registers an ALU or multiply instruction may write and those it works
 * the value out from. A compare's first operand is no destination, but it
 * never changes, which is what counts.
 */
function carry(insn: ArmInstruction): { readonly to: readonly number[]; readonly from: readonly number[] } | undefined {
  const ops = insn.operands;
  const long = MULTIPLY.has(insn.mnemonic) && insn.mnemonic !== 'mul' && insn.mnemonic !== 'mla';
  if (!DATA_PROCESSING.has(insn.mnemonic) && !MULTIPLY.has(insn.mnemonic)) return undefined;
  const written = long ? 2 : 1;
  const to = registersIn(ops.slice(0, written)).filter((r) => r !== 15);
  // UMLAL and SMLAL add to what their destinations held.
  const from = registersIn(insn.mnemonic.endsWith('lal') ? ops : ops.slice(written));
  return { to, from };
}

/**
 * The onInstruction part of PW310: runs the instruction itself (so the path's
 * model state can change) when an X SWI's failure is still untested on it.
 */
export function checkUncheckedV(ctx: StepContext<RiscOsState>, execute: () => readonly Outcome<RiscOsState>[]): Outcome<RiscOsState>[] | undefined {
  const pending = uncheckedV(ctx.models);
  if (!pending) return undefined;
  const insn = ctx.item.instruction as ArmInstruction;
  // Read before the instruction runs, which may change the state in place.
  const before = [...ctx.state.cpu.regs];
  const runs = conditionHolds(ctx.state.cpu, insn.condition);
  // The failure sets V; anything else there means an instruction replaced it.
  const tests = constValue(ctx.state.cpu.v) === 1n && (insn.condition === 'vs' || insn.condition === 'vc' || insn.mnemonic === 'mrs');
  const outcomes = execute();
  let remaining: number[] = [];
  if (!tests) {
    // An instruction whose condition fails on this path uses nothing.
    const hit = constValue(runs) === 0n ? undefined : usedRegisters(insn).find((r) => pending.registers.includes(r));
    if (hit !== undefined) {
      const carried = pending.carried?.includes(hit) ?? false;
      ctx.report({
        code: 'PW310', rootCause: 'unchecked-v',
        // Only where it runs: a condition on the replaced flags may keep it from running on this path.
        ...(insn.condition === 'al' ? {} : { condition: runs }),
        message: carried
          ? `R${hit}, worked out from a result of ${pending.swi}, is used here without testing V first: on an error return the SWI gave no result`
          : `R${hit} from ${pending.swi} is used here without testing V first: on an error return it holds no result`,
        notes: [{ message: `${pending.swi} may return an error here (V set, ${carried ? 'its results' : `R${hit}`} undefined)`, source: pending.source }],
      });
    } else {
      remaining = [...pending.registers];
    }
  }
  const worked = carry(insn);
  const carries = worked !== undefined && worked.from.some((r) => remaining.includes(r));
  return outcomes.map((o) => {
    const after = o.state.cpu;
    const kept = (r: number) => {
      const a = after.regs[r], b = before[r];
      return a !== undefined && b !== undefined && (a === b || exprEquals(a, b));
    };
    const left = remaining.filter(kept);
    // The value the instruction worked out from a result is no result either (not where a condition kept it from running).
    const to = carries ? worked.to.filter((r) => !kept(r)) : [];
    for (const r of to) if (!left.includes(r)) left.push(r);
    const carriedNow = [...(pending.carried ?? []).filter((r) => left.includes(r) && !to.includes(r)), ...to];
    const unchecked = left.length > 0
      ? { swi: pending.swi, source: pending.source, registers: left, ...(carriedNow.length > 0 ? { carried: carriedNow } : {}) }
      : undefined;
    return { ...o, models: withUncheckedV(o.models ?? ctx.models, unchecked) };
  });
}
