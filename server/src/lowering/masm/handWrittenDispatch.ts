import type { Expr, ProgramItem, SourceSpan, X86Instruction, X86Operand } from '../../../../emulator/src/index.js';
import { expr } from '../../../../emulator/src/index.js';
import { dwordAt } from './dataWords.js';
import { keepsRegister } from './keptRegisters.js';

// A control procedure written without the Control_Dispatch macro (the
// Windows 3.0 and 3.1 style) dispatches on the message the VMM passes in
// EAX with the code the macro assembles: `cmp eax, Device_Init` / `jz
// Handler`, or through a table of handlers indexed by it. Its handlers run
// for their message as much as Control_Dispatch targets do, so the lowering
// names them as dispatch targets too.

/** A handler a hand-written dispatch jumps to for `message` (its value), at the branch `source`. */
export interface HandWrittenDispatch {
  readonly procedure: string;
  readonly message: Expr;
  readonly source: SourceSpan;
}

/** How far the chain of comparisons is followed: a control procedure compares with a few dozen messages at most. */
const MAX_STEPS = 256;

const isEax = (o: X86Operand | undefined): boolean => o?.kind === 'reg' && o.reg === 'eax';

/** The message a comparison tests EAX for (`cmp eax, Msg`; `test eax, eax` and `or eax, eax` for 0), else undefined. */
function comparedMessage(item: ProgramItem<X86Instruction> | undefined): Expr | undefined {
  if (item?.kind !== 'instruction') return undefined;
  const insn = item.instruction;
  const [a, b] = insn.operands;
  if (insn.mnemonic === 'cmp' && isEax(a) && b?.kind === 'imm') return b.value;
  if ((insn.mnemonic === 'test' || insn.mnemonic === 'or') && isEax(a) && isEax(b)) return expr.bv(0);
  return undefined;
}

/** The label an instruction jumps to when it is `mnemonics`, else undefined. */
function jumpTarget(item: ProgramItem<X86Instruction> | undefined, mnemonics: ReadonlySet<string>): string | undefined {
  if (item?.kind !== 'instruction' || !mnemonics.has(item.instruction.mnemonic)) return undefined;
  const [target] = item.instruction.operands;
  return target?.kind === 'target' ? target.label : undefined;
}

const WHEN_EQUAL = new Set(['jz', 'je']);
const WHEN_NOT_EQUAL = new Set(['jnz', 'jne']);
const ALWAYS = new Set(['jmp']);
/** The jumps that leave the table's range: `cmp eax, N` / `jae Default` (or `ja` for a table of N + 1 handlers). */
const PAST_BOUND = new Set(['jae', 'jnb', 'jnc']);
const PAST_LAST = new Set(['ja', 'jnbe']);

/** A macro's LOCAL labels (`??0001`) name no handler: the code a macro expands is not a dispatch written by hand. */
const isMacroLocal = (label: string): boolean => label.startsWith('??');
/** An anonymous label (`@@:`, which the lowering numbers `@@1`, `@@2`, …), as `jz @F` or `jmp @B` names it. */
const isAnonymous = (label: string): boolean => label.startsWith('@@');

/** A label's address, and the code label at an address (a table's entry holds one). */
export interface DispatchLabels {
  readonly addressOf: (label: string) => bigint | undefined;
  readonly labelAt: (address: bigint) => string | undefined;
}

/**
 * The handler a dispatch's jump to `label` reaches: the label, or for an
 * anonymous one (`jz @F`), where its code only jumps on (`@@:` / `jmp
 * Handler`, through any number of such `jmp @F` hops), the first named
 * label of that chain; an anonymous label whose code does something is
 * the handler itself, as a named label there would be.
 */
function handlerOf(items: readonly ProgramItem<X86Instruction>[], label: string, addressOf: (label: string) => bigint | undefined): string | undefined {
  let handler = label;
  for (let steps = 0; steps < MAX_STEPS && isAnonymous(handler); steps++) {
    const address = addressOf(handler);
    const at = address === undefined ? undefined : items.find((item) => item.address === address && item.kind === 'instruction');
    const next = jumpTarget(at, ALWAYS);
    if (next === undefined) break;
    handler = next;
  }
  return isMacroLocal(handler) ? undefined : handler;
}

/**
 * The handlers of `cmp eax, N` / `jae Default` / `jmp [Table + eax*4]`:
 * message i runs the handler the table's dword i names, for each i below
 * the bound (up to N itself after `ja`). Entries that name Default, where
 * messages past the table go too, are no message's own handler.
 */
function tableDispatches(items: readonly ProgramItem<X86Instruction>[], i: number, labels: DispatchLabels): HandWrittenDispatch[] | undefined {
  const bound = items[i];
  const exit = items[i + 1];
  const jump = items[i + 2];
  if (bound?.kind !== 'instruction' || bound.instruction.mnemonic !== 'cmp' || !exit || jump?.kind !== 'instruction') return undefined;
  const limit = comparedMessage(bound);
  const last = limit === undefined ? undefined : expr.constValue(limit);
  const inclusive = jumpTarget(exit, PAST_LAST);
  const defaultLabel = inclusive ?? jumpTarget(exit, PAST_BOUND);
  const [table] = jump.instruction.operands;
  if (last === undefined || defaultLabel === undefined || jump.instruction.mnemonic !== 'jmp') return undefined;
  if (table?.kind !== 'mem' || table.base !== undefined || table.index !== 'eax' || table.scale !== 4) return undefined;
  const start = expr.constValue(table.disp);
  if (start === undefined) return undefined;
  const count = inclusive === undefined ? last : last + 1n;
  const defaultAddress = labels.addressOf(defaultLabel);
  const found: HandWrittenDispatch[] = [];
  for (let index = 0n; index < count && index < BigInt(MAX_STEPS); index++) {
    const value = dwordAt(items, start + index * 4n);
    const address = value === undefined ? undefined : expr.constValue(value);
    if (address === undefined) break;
    const label = labels.labelAt(address);
    const handler = label === undefined || address === defaultAddress ? undefined : handlerOf(items, label, labels.addressOf);
    if (handler !== undefined) found.push({ procedure: handler, message: expr.bv(index), source: jump.source });
  }
  return found;
}

/**
 * The dispatches of the control procedure whose code starts at item
 * `first` of `items` (in address order): from its first instruction on,
 * while EAX still holds the message (past instructions that keep it, as a
 * prologue's), each `cmp eax, Msg` followed by `jz Handler` (or `je`), or
 * by `jne Next` with `jmp Handler` after it (the chain then goes on at
 * Next, past what runs for Msg), and a jump through a table of handlers
 * that ends it (a jump to an anonymous label reaching the handler
 * `handlerOf` says). It stops at the first instruction that is none of these;
 * `labels` names the labels and their addresses.
 */
export function handWrittenDispatches(items: readonly ProgramItem<X86Instruction>[], first: number, labels: DispatchLabels): HandWrittenDispatch[] {
  const { addressOf } = labels;
  const found: HandWrittenDispatch[] = [];
  const indexAt = (address: bigint, from: number): number => {
    for (let i = from; i < items.length; i++) if ((items[i] as ProgramItem).address === address) return i;
    return -1;
  };
  let i = first;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const item = items[i];
    const message = comparedMessage(item);
    // Past instructions that keep the message, as a prologue's (`push ebx`, `cld`, `mov edx, ebx`).
    if (message === undefined && keepsRegister(item, 'eax')) {
      i++;
      continue;
    }
    if (!item || message === undefined) break;
    const table = tableDispatches(items, i, labels);
    if (table) return [...found, ...table];
    const next = items[i + 1];
    const equal = jumpTarget(next, WHEN_EQUAL);
    if (equal !== undefined && next) {
      const handler = handlerOf(items, equal, addressOf);
      if (handler !== undefined) found.push({ procedure: handler, message, source: next.source });
      i += 2;
      continue;
    }
    const other = jumpTarget(next, WHEN_NOT_EQUAL);
    const otherAddress = other === undefined ? undefined : addressOf(other);
    if (otherAddress === undefined || !next || otherAddress <= next.address) break;
    const after = items[i + 2];
    const jumped = jumpTarget(after, ALWAYS);
    const handler = jumped === undefined ? undefined : handlerOf(items, jumped, addressOf);
    if (handler !== undefined && after) found.push({ procedure: handler, message, source: after.source });
    i = indexAt(otherAddress, i + 2);
    if (i < 0) break;
  }
  return found;
}
