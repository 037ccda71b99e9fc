import type { ArmInstruction, ArmOperand, ProgramItem } from '../../../../emulator/src/index.js';
import { constantOf } from '../riscos/values.js';

// A BASIC program keeps its variables and buffers inside the assembled code,
// so there is no data segment to tell writable data from constants: data is
// writable when the program stores into it, from the assembler (STR/STM to a
// label, PC-relative or through a register an ADR pointed at it) or from
// BASIC (`!buffer% = 0`, `table%?4 = 1`). Everything else (jump tables,
// strings, error blocks) keeps the value it was assembled with.

const PC = 15;
const STORES = new Set(['str', 'stm']);
/** Instructions whose first register operand is read, not written. */
const READS_FIRST = new Set(['str', 'stm', 'cmp', 'cmn', 'tst', 'teq', 'teqp', 'cmpp', 'tstp', 'cmnp', 'b', 'bl', 'bx', 'blx', 'swi', 'svc', 'msr', 'nop']);

function constantOffset(op: Extract<ArmOperand, { kind: 'mem' }>): bigint | undefined {
  if (op.offset.kind !== 'imm') return undefined;
  const n = constantOf(op.offset.value);
  return n === undefined ? undefined : op.subtract ? -n : n;
}

/** Addresses the assembler code stores to, where they are known. */
function assemblerStores(items: readonly ProgramItem<ArmInstruction>[], labels: ReadonlyMap<string, bigint>): bigint[] {
  const out: bigint[] = [];
  // Which register holds which label's address since its ADR (straight-line, so a later write forgets it).
  const pointing = new Map<number, bigint>();
  for (const item of items) {
    if (item.kind !== 'instruction') continue;
    const { mnemonic, operands } = item.instruction;
    const [first, second] = operands;
    if (mnemonic === 'adr' && first?.kind === 'reg' && second?.kind === 'target') {
      const address = labels.get(second.label);
      if (address === undefined) pointing.delete(first.reg);
      else pointing.set(first.reg, address);
      continue;
    }
    if (mnemonic === 'str' && second?.kind === 'target') {
      const address = labels.get(second.label);
      if (address !== undefined) out.push(address);
    } else if (mnemonic === 'str' && second?.kind === 'mem') {
      const base = second.base === PC ? item.address + 8n : pointing.get(second.base);
      const offset = second.preIndexed ? constantOffset(second) : 0n;
      if (base !== undefined) out.push(base + (offset ?? 0n));
    } else if (mnemonic === 'stm' && first?.kind === 'reg') {
      const base = pointing.get(first.reg);
      const mode = item.instruction.blockMode ?? 'ia';
      if (base !== undefined) out.push(mode === 'ia' || mode === 'da' ? base : mode === 'ib' ? base + 4n : base - 4n);
    }
    if (!STORES.has(mnemonic) && first?.kind === 'reg' && !READS_FIRST.has(mnemonic)) pointing.delete(first.reg);
    if (mnemonic === 'ldm' && second?.kind === 'reglist') for (const r of second.regs) pointing.delete(r);
  }
  return out;
}

/** The items with `writable` set on each data item something stores into. */
export function markStoredData(
  items: readonly ProgramItem<ArmInstruction>[], labels: ReadonlyMap<string, bigint>, basicStores: readonly bigint[],
): ProgramItem<ArmInstruction>[] {
  const stores = [...assemblerStores(items, labels), ...basicStores];
  return items.map((item) => {
    if (item.kind !== 'data') return item;
    const end = item.address + BigInt(item.size);
    return stores.some((a) => a >= item.address && a < end) ? { ...item, writable: true } : item;
  });
}
