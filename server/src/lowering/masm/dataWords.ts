import type { Expr, ProgramItem, X86Instruction, X86Operand } from '../../../../emulator/src/index.js';
import { expr } from '../../../../emulator/src/index.js';

// What the laid-out data of a MASM file holds, for the lowering's reading
// of code that names a handler through it: a control procedure's `dd`
// table of handlers, a variable a callback's address is pushed from.

/**
 * The dword at `address` of the laid-out data (a `dd` in a data segment or
 * in code), if one of the items holds it whole.
 */
export function dwordAt(items: readonly ProgramItem<X86Instruction>[], address: bigint): Expr | undefined {
  for (const item of items) {
    if (item.kind !== 'data' || address < item.address || address >= item.address + BigInt(item.size)) continue;
    let at = item.address;
    for (const v of item.values) {
      if (at === address) return v.bytes === 4 ? v.value : undefined;
      at += BigInt(v.bytes);
    }
    return undefined;
  }
  return undefined;
}

/** Instructions that only read their memory operands. */
const READS_ONLY: ReadonlySet<string> = new Set(['push', 'cmp', 'test', 'bt', 'jmp', 'call']);

/** Instructions that write each memory operand they have, not only the first. */
const WRITES_BOTH: ReadonlySet<string> = new Set(['xchg', 'xadd', 'cmpxchg']);

/**
 * Whether a memory operand may reach the dword at `address`: its
 * displacement lies in the dword's bytes (or a wider operand's start before
 * them), or is no constant. One through a register at a small displacement
 * reaches it only where the register holds an address the code took.
 */
const touches = (operand: X86Operand, address: bigint): boolean => {
  if (operand.kind !== 'mem') return false;
  const at = expr.constValue(operand.disp);
  return at === undefined || (at > address - BigInt(operand.size ?? 4) && at < address + 4n);
};

/** Whether a constant names one of the dword's bytes: the address taken (`OFFSET32 Var`, a `dd Var`), through which any store may write it. */
const namesWord = (value: Expr, address: bigint): boolean => {
  const at = expr.constValue(value);
  return at !== undefined && at >= address && at < address + 4n;
};

/**
 * The value of the dword at `address` wherever the program runs: its
 * initial value, where no instruction's memory destination may reach it
 * (`touches`) and nothing takes its address
 * (an immediate, a `lea` or a data word naming it), so no store through
 * a pointer reaches it either. Undefined where it may change.
 */
export function unchangedDword(items: readonly ProgramItem<X86Instruction>[], address: bigint): Expr | undefined {
  const value = dwordAt(items, address);
  if (value === undefined) return undefined;
  for (const item of items) {
    if (item.kind === 'data') {
      if (item.values.some((v) => namesWord(v.value, address))) return undefined;
      continue;
    }
    if (item.kind !== 'instruction') continue;
    const { mnemonic, operands } = item.instruction;
    const written = READS_ONLY.has(mnemonic) ? [] : WRITES_BOTH.has(mnemonic) ? operands : operands.slice(0, 1);
    if (written.some((o) => touches(o, address))) return undefined;
    if (operands.some((o) => (o.kind === 'imm' && namesWord(o.value, address)) || (mnemonic === 'lea' && touches(o, address)))) return undefined;
  }
  return value;
}
