import type { Expr, ProgramItem, SourceSpan, X86Instruction, X86Operand } from '../../../../emulator/src/index.js';
import { expr } from '../../../../emulator/src/index.js';

// A control procedure written without the Control_Dispatch macro (the
// Windows 3.0 and 3.1 style) dispatches on the message the VMM passes in
// EAX with the code the macro assembles: `cmp eax, Device_Init` / `jz
// Handler`. Its handlers run for their message as much as Control_Dispatch
// targets do, so the lowering names them as dispatch targets too.

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
function comparedMessage(insn: X86Instruction): Expr | undefined {
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

/** Labels MASM makes up (`@@`, `??0001`) name no handler. */
const namesHandler = (label: string): boolean => !label.startsWith('@@') && !label.startsWith('??');

/**
 * The dispatches of the control procedure whose code starts at item
 * `first` of `items` (in address order): from its first instruction on,
 * while EAX still holds the message, each `cmp eax, Msg` followed by `jz
 * Handler` (or `je`), or by `jne Next` with `jmp Handler` after it (the
 * chain then goes on at Next, past what runs for Msg). It stops at the
 * first instruction that is none of these; `addressOf` gives a label's
 * address.
 */
export function handWrittenDispatches(items: readonly ProgramItem<X86Instruction>[], first: number, addressOf: (label: string) => bigint | undefined): HandWrittenDispatch[] {
  const found: HandWrittenDispatch[] = [];
  const indexAt = (address: bigint, from: number): number => {
    for (let i = from; i < items.length; i++) if ((items[i] as ProgramItem).address === address) return i;
    return -1;
  };
  let i = first;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const item = items[i];
    const message = item?.kind === 'instruction' ? comparedMessage(item.instruction) : undefined;
    if (!item || message === undefined) break;
    const next = items[i + 1];
    const equal = jumpTarget(next, WHEN_EQUAL);
    if (equal !== undefined && next) {
      if (namesHandler(equal)) found.push({ procedure: equal, message, source: next.source });
      i += 2;
      continue;
    }
    const other = jumpTarget(next, WHEN_NOT_EQUAL);
    const otherAddress = other === undefined ? undefined : addressOf(other);
    if (otherAddress === undefined || !next || otherAddress <= next.address) break;
    const after = items[i + 2];
    const handler = jumpTarget(after, ALWAYS);
    if (handler !== undefined && after && namesHandler(handler)) found.push({ procedure: handler, message, source: after.source });
    i = indexAt(otherAddress, i + 2);
    if (i < 0) break;
  }
  return found;
}
