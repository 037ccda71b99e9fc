import { itemHolding, type InstructionItem, type ProgramItem, type X86Instruction, type X86Operand, type X86Segment } from '../../../../emulator/src/index.js';
import { unchangedDword } from './dataWords.js';
import { fullRegister, keepsRegister } from './keptRegisters.js';
import type { VmmCallSite } from './types.js';

// A procedure whose address a VxD gives _SetFreePhysRegCalBk is called by
// VMM, when it has freed pages or wants some back, with EAX and ECX saying
// which and how many (spec A.4.15): the lowering names it a callback entry,
// whose analysis and runs start from that contract, not from a plain
// procedure's.

/** How far back from the push the load of its register is looked for: a few instructions set up a call. */
const MAX_BACK = 16;

/**
 * The addresses the program's `_SetFreePhysRegCalBk` calls register: the
 * first argument, pushed last, where it is an address the assembler knows
 * (`OFFSET32 Callback`, or the bare label), pushed by the macro's list or
 * by the code just before a call written without one, or from a register
 * loaded with one before.
 */
export function freePhysCallbacks(calls: readonly VmmCallSite[], items: readonly ProgramItem<X86Instruction>[]): Set<bigint> {
  const found = new Set<bigint>();
  for (const call of calls) {
    if (call.jump || call.service?.name !== '_SetFreePhysRegCalBk') continue;
    const push = call.bare ? itemHolding(items, call.interruptAddress - 1n) : itemHolding(items, call.arguments[0]?.pushAddress ?? -1n);
    if (push?.kind !== 'instruction' || push.instruction.mnemonic !== 'push') continue;
    const address = pushedAddress(items, push);
    if (address !== undefined) found.add(address);
  }
  return found;
}

/**
 * Whether a memory operand's segment reads the flat address space its
 * offset names: none, or CS, DS, ES or SS (`push cs:[CbPtr]`), which a VxD
 * runs with the flat selectors in; FS and GS hold other selectors.
 */
const flat = (segment: X86Segment | undefined): boolean => segment !== 'fs' && segment !== 'gs';

/**
 * The address an operand names where the assembler knows it: an immediate
 * (`OFFSET32 Callback`), or a bare label (`Callback`), which MASM reads as
 * the dword there: of a procedure that is its code, which no VxD registers,
 * so the label's address is what is meant; of data (`[CallbackPtr]`, a
 * `dd OFFSET32 Callback`, also through a flat segment's override:
 * `cs:[CallbackPtr]`), the address the dword holds wherever the code
 * runs (`unchangedDword`), else none. An address that no procedure starts
 * at makes no callback.
 */
function namedAddress(items: readonly ProgramItem<X86Instruction>[], operand: X86Operand | undefined): bigint | undefined {
  if (operand?.kind === 'imm') return operand.value.kind === 'const' ? operand.value.value : undefined;
  if (operand?.kind !== 'mem' || operand.base !== undefined || operand.index !== undefined || !flat(operand.segment)) return undefined;
  if (operand.disp.kind !== 'const') return undefined;
  const address = operand.disp.value;
  if (itemHolding(items, address)?.kind !== 'data') return address;
  const stored = unchangedDword(items, address);
  return stored?.kind === 'const' ? stored.value : undefined;
}

/**
 * What `push` pushes, where it is an address: named in it, or in the `mov`
 * or `lea` that loaded its register last in the code that runs on to it
 * (`mov eax, OFFSET32 Callback` / `push eax`). Another write of the register
 * on the way, or a call or jump, leaves it unknown.
 */
function pushedAddress(items: readonly ProgramItem<X86Instruction>[], push: InstructionItem<X86Instruction>): bigint | undefined {
  const [pushed] = push.instruction.operands;
  if (pushed?.kind !== 'reg') return namedAddress(items, pushed);
  const register = fullRegister(pushed.reg);
  if (register !== pushed.reg) return undefined;
  const at = items.indexOf(push);
  for (let i = at - 1; i >= 0 && i >= at - MAX_BACK; i--) {
    const item = items[i];
    if (item?.kind !== 'instruction') return undefined;
    const [destination, source] = item.instruction.operands;
    if (destination?.kind === 'reg' && destination.reg === register && (item.instruction.mnemonic === 'mov' || item.instruction.mnemonic === 'lea')) {
      return namedAddress(items, source);
    }
    if (!keepsRegister(item, register)) return undefined;
  }
  return undefined;
}
