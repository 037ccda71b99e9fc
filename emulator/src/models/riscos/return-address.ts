import type { StepContext } from '../../explore/hooks.js';
import { register, soleWriter, writerNotes } from '../../explore/machines/arm.js';
import { and, bv, constValue, eq } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { ArmInstruction } from '../../ir/arm.js';
import { addressWords } from './address-words.js';
import { exprEquals } from '../../values/key.js';
import type { RiscOsState } from './machine.js';

// Handlers and module entry points run in SVC mode, where a SWI overwrites
// R14 as a BL does. Code that issues either without saving R14 first and
// then returns through it goes back to the instruction after the SWI or BL,
// not to its caller: it runs that code again, or on into whatever follows.

/** The PC bits of a return address: a 26-bit one carries the PSR's flags and mode bits beside them. */
function pcBits(state: RiscOsState, address: Expr): Expr {
  return and(address, bv(state.cpu.mode === '26' ? 0x03fffffc : 0xfffffffc));
}

const CALLS = new Set(['bl', 'blx', 'swi', 'svc']);

/** Whether `address` is where a SWI or BL returns to: the instruction before it is one, which left it in R14. */
function afterCall(ctx: StepContext<RiscOsState>, address: bigint | undefined): boolean {
  const item = address === undefined ? undefined : ctx.program.itemAt(address - 4n);
  return item?.kind === 'instruction' && CALLS.has((item.instruction as ArmInstruction).mnemonic);
}

/**
 * PW304 where a return provably does not go back to the address the code
 * was called from (`state` is the state at the return, `address` where it
 * goes). Returns whether it was reported: what the caller gets back is then
 * beside the point, since it never gets there.
 */
export function checkReturnAddress(ctx: StepContext<RiscOsState>, state: RiscOsState, address: Expr, who: string): boolean {
  const target = pcBits(state, address);
  if (!ctx.infeasible(eq(target, pcBits(state, register(ctx.entry, 14))))) return false;
  const known = constValue(target);
  const goes = known === undefined ? 'elsewhere' : `to ${addressWords(ctx.program, known)}`;
  // By its PC bits: a 26-bit return writes PC from R14 with the PSR bits changed (`ORRS pc, lr, #V_bit`) or dropped.
  const throughR14 = exprEquals(target, pcBits(state, register(state, 14)));
  // The advice fits the write: a call's return address, or another value (a table's address) put in R14.
  const advice = afterCall(ctx, known) ? 'Save R14 before a SWI or BL (in SVC mode, where handlers and module entry points run, a SWI overwrites R14 too)'
    : 'Save R14 before the instruction that overwrites it, or put that value in another register';
  // Each return after one write (a dispatcher's, which every reason's code runs through) is that one mistake.
  const writer = throughR14 ? soleWriter(state, 14) : undefined;
  ctx.report({
    code: 'PW304',
    message: throughR14
      ? `${who} returns through R14, which no longer holds the caller's return address: the return goes ${goes}. ${advice}`
      : `${who} returns ${goes}, not to the address it was called from in R14`,
    rootCause: 'R14',
    notes: throughR14 ? writerNotes(state, 14, 'R14 overwritten here') : [],
    ...(writer ? { cause: `R14 written at ${writer.file}:${writer.range.start.line}:${writer.range.start.character}` } : {}),
  });
  return true;
}
