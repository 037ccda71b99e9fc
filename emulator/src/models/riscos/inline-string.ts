import { findSwiByNumber } from '../../catalogue/index.js';
import type { StepContext } from '../../explore/hooks.js';
import type { Instruction } from '../../ir/program.js';
import { bv, constValue } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';

// OS_WriteS prints the zero-terminated string stored after the SWI
// instruction and returns to the word after that string, so the `= "text", 0`
// and ALIGN written after the SWI are never run: where it returns, the
// string's bytes say.

/** A WriteS message is a line or two of text: a longer run of bytes without a zero is not one. */
const LONGEST = 4096n;

/**
 * Where control resumes after the OS_WriteS at `ctx.item`: the word after
 * the zero byte that ends the string laid out after it, read from `memory`
 * (a clone, so the path records no inputs), crossing a gap in the layout as
 * control that runs on does. Undefined when a byte before the zero is not
 * known (code, or data the path may have changed) or no zero comes.
 */
export function afterInlineString(ctx: StepContext<unknown>, memory: Memory): bigint | undefined {
  const m = memory.clone();
  const start = ctx.item.address + BigInt(ctx.item.size);
  for (let at = start; at < start + LONGEST; at++) {
    const byte = constValue(m.load(bv(at), 1));
    if (byte === undefined) return undefined;
    if (byte === 0n) return ctx.program.landingAt((at + 4n) & ~3n);
  }
  return undefined;
}

/**
 * Whether `insn` is an OS_WriteS (either form): control goes on past the
 * string laid out after it, where the entry keys follow it too.
 */
export function resumesPastInlineString(insn: Instruction): boolean {
  if (insn.arch !== 'arm' || (insn.mnemonic !== 'swi' && insn.mnemonic !== 'svc')) return false;
  const [op] = insn.operands;
  const number = op?.kind === 'imm' ? constValue(op.value) : undefined;
  return number !== undefined && findSwiByNumber(Number(number & 0xffffffn))?.swi.resumes === 'after-inline-string';
}
