import { itemHolding, type ProgramItem, type X86Instruction } from '../../../../emulator/src/index.js';
import type { VmmCallSite } from './types.js';

// A procedure whose address a VxD gives _SetFreePhysRegCalBk is called by
// VMM, when it has freed pages or wants some back, with EAX and ECX saying
// which and how many (spec A.4.15): the lowering names it a callback entry,
// whose analysis and runs start from that contract, not from a plain
// procedure's.

/**
 * The addresses the program's `_SetFreePhysRegCalBk` calls register: the
 * first argument, pushed last, where it is an address the assembler knows
 * (`OFFSET32 Callback`), pushed by the macro's list or by the code just
 * before a call written without one.
 */
export function freePhysCallbacks(calls: readonly VmmCallSite[], items: readonly ProgramItem<X86Instruction>[]): Set<bigint> {
  const found = new Set<bigint>();
  for (const call of calls) {
    if (call.jump || call.service?.name !== '_SetFreePhysRegCalBk') continue;
    const push = call.bare ? itemHolding(items, call.interruptAddress - 1n) : itemHolding(items, call.arguments[0]?.pushAddress ?? -1n);
    if (push?.kind !== 'instruction' || push.instruction.mnemonic !== 'push') continue;
    const [pushed] = push.instruction.operands;
    if (pushed?.kind === 'imm' && pushed.value.kind === 'const') found.add(pushed.value.value);
  }
  return found;
}
