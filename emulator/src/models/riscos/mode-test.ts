import type { Outcome, StepContext } from '../../explore/hooks.js';
import { MODE } from '../../cpu/arm/index.js';
import type { ArmInstruction } from '../../ir/arm.js';
import { and, bv, eq, not, or } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { symbolsOf } from '../../values/key.js';
import { riscOsMachine } from './machine.js';
import type { RiscOsState } from './machine.js';
import type { SwiEnvironment } from './swi-call.js';

// `TEQ pc, pc` is how code written for both address modes asks which one it
// runs in: in a 26-bit mode R15 as the second operand carries the PSR bits
// and as the first it does not, so Z ends clear; in a 32-bit mode both read
// the same address and Z ends set. Code that uses it runs on RISC OS 3.x
// and on RISC OS 5 alike, and each side of the test is the code of one of
// them. A file with 26-bit idioms is analysed in the 26-bit mode
// (server/src/lowering/riscos/addressMode.ts), where the test would always
// come out clear and the 32-bit side would never be analysed: so the path
// forks there, into one that goes on in the 26-bit mode and one that goes
// on in the 32-bit mode (SVC32 for SVC26), and each side's findings are
// judged in its own mode. A path chooses once: a later test on it comes out
// as its first did. The choice is the machine's, one for the whole run: every
// test, on whichever path, reads the one symbol, so a witness names the
// choice a run makes at the test its one path reaches, not the count of
// tests the analysis's paths made before the finding's.

/** The choice's symbol, a witness's key for replaying the 32-bit side (`#0`: a name a run makes, as a witness reads it). */
const CHOICE = 'mode.32bit#0';

function isModeTest(insn: ArmInstruction): boolean {
  const [rn, rm] = insn.operands;
  return insn.mnemonic === 'teq' && rn?.kind === 'reg' && rn.reg === 15 && rm?.kind === 'reg' && rm.reg === 15 && rm.shift === undefined;
}

/** Whether the path chose its mode at an earlier test. */
function chosen(ctx: StepContext<RiscOsState>): boolean {
  return ctx.conditions.some((c) => symbolsOf(c).has(CHOICE));
}

/**
 * The outcomes of a `TEQ pc, pc` in 26-bit code on a path that has not
 * chosen its mode: the 26-bit CPU's, and the 32-bit CPU's. Undefined where
 * the instruction runs as it is. A run (`closedWorld`) stays in the mode
 * the code was lowered for unless it is given the choice (a replayed
 * witness of the 32-bit side).
 */
export function modeTestOutcomes(ctx: StepContext<RiscOsState>, env: Pick<SwiEnvironment, 'closedWorld'>): (() => readonly Outcome<RiscOsState>[]) | undefined {
  const insn = ctx.item.instruction as ArmInstruction;
  if (ctx.state.cpu.mode !== '26' || !isModeTest(insn) || chosen(ctx)) return undefined;
  const world = env.closedWorld;
  if (world && !world.given.has(CHOICE)) return undefined;
  const choice = ctx.input(CHOICE, 1);
  const is32 = eq(choice, bv(1, 1));
  return () => {
    // Copied before `execute`, which may change the state in place.
    const cpu = ctx.state.cpu.clone();
    cpu.mode = '32';
    cpu.psrMode = or(and(cpu.psrMode, bv(0b11, 5)), bv(MODE.usr32, 5));
    const in32 = riscOsMachine.step({ ...ctx.state, cpu }, insn, ctx.env);
    const in26 = ctx.execute();
    const under = (guard: Expr) => (o: Outcome<RiscOsState>): Outcome<RiscOsState> => ({ ...o, guard: and(o.guard, guard) });
    return [...in26.map(under(not(is32))), ...in32.map(under(is32))];
  };
}
