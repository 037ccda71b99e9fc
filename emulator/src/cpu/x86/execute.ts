import type { X86Instruction } from '../../ir/x86.js';
import { TRUE } from '../../values/expr.js';
import type { Successor } from '../control.js';
import { ALU_HANDLERS, cmovcc, setcc } from './alu.js';
import { BIT_HANDLERS } from './bits.js';
import { BRANCH_HANDLERS, jcc } from './branch.js';
import { DECIMAL_HANDLERS } from './decimal.js';
import { EXCHANGE_HANDLERS } from './exchange.js';
import { isConditionCode } from './flags.js';
import { FLOATING_POINT_HANDLERS } from './floating-point.js';
import { IO_HANDLERS } from './io.js';
import { MULDIV_HANDLERS } from './muldiv.js';
import { SHIFT_HANDLERS } from './shift.js';
import { STACK_HANDLERS } from './stack.js';
import { SYSTEM_HANDLERS } from './system.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';
import { stringHandler } from './string.js';
import { only } from './successors.js';

const FIXED: Readonly<Record<string, X86Handler>> = {
  ...ALU_HANDLERS,
  ...SHIFT_HANDLERS,
  ...MULDIV_HANDLERS,
  ...BIT_HANDLERS,
  ...EXCHANGE_HANDLERS,
  ...DECIMAL_HANDLERS,
  ...STACK_HANDLERS,
  ...BRANCH_HANDLERS,
  ...IO_HANDLERS,
  ...SYSTEM_HANDLERS,
  ...FLOATING_POINT_HANDLERS,
};

const cache = new Map<string, X86Handler | undefined>();

function lookup(mnemonic: string): X86Handler | undefined {
  if (cache.has(mnemonic)) return cache.get(mnemonic);
  let handler: X86Handler | undefined = Object.hasOwn(FIXED, mnemonic) ? FIXED[mnemonic] : undefined;
  if (handler === undefined && mnemonic.startsWith('j') && isConditionCode(mnemonic.slice(1))) handler = jcc(mnemonic.slice(1));
  if (handler === undefined && mnemonic.startsWith('set') && isConditionCode(mnemonic.slice(3))) handler = setcc(mnemonic.slice(3));
  if (handler === undefined && mnemonic.startsWith('cmov') && isConditionCode(mnemonic.slice(4))) handler = cmovcc(mnemonic.slice(4));
  handler ??= stringHandler(mnemonic);
  cache.set(mnemonic, handler);
  return handler;
}

/**
 * Executes one instruction. The input state is never modified: the result
 * holds one successor per outcome, each with its own state.
 * @throws X86SemanticsError for an unknown mnemonic or impossible operands.
 */
export function executeX86(state: X86State, insn: X86Instruction, env: X86Env): Successor<X86State>[] {
  return stepX86(state.clone(), insn, env);
}

/**
 * Executes one instruction on `state` itself, for a caller that holds the
 * only reference to it: the first successor's state is `state`, changed,
 * and a fork's other successors get copies. The explorer steps straight-line
 * code this way, where copying every state only to drop the old one made a
 * copy of each memory region a step wrote.
 * @throws X86SemanticsError for an unknown mnemonic or impossible operands.
 */
export function stepX86(state: X86State, insn: X86Instruction, env: X86Env): Successor<X86State>[] {
  if (insn.unassembled !== undefined) return [{ guard: TRUE, state, control: { kind: 'incomplete', reason: insn.unassembled } }];
  const handler = lookup(insn.mnemonic);
  if (handler === undefined) throw new X86SemanticsError(insn, 'unsupported instruction');
  return handler(state, insn, env) ?? only(state);
}
