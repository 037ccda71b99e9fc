import type { ArmInstruction, ProgramItem } from '../../../../emulator/src/index.js';
import { expr } from '../../../../emulator/src/index.js';
import { OS_MEMORY } from './pageReservations.js';

// The items entry discovery reads one by one: OS_DynamicArea calls (what
// they create), OS_Memory calls (what they reserve) and BLs (what they
// call). What an item is of these depends on its instruction alone, so
// after an edit only the items the edit changed are read again: those
// before and after them are the last program's, or copies of them (moved
// down with the text or on to another address) that hold the same
// instruction object.

const OS_DYNAMIC_AREA = 0x66n;
const X_BIT = 0x20000n;

/** Indices into a program's items, in address order. */
export interface EntryItems {
  /** The OS_DynamicArea and OS_Memory calls. */
  readonly swiCalls: readonly number[];
  readonly calls: readonly number[];
}

/** The SWI of the two an instruction calls (X form or not), if it calls one. */
export function trackedSwi(i: ArmInstruction): 'dynamic-area' | 'memory' | undefined {
  const op = i.operands[0];
  const number = (i.mnemonic === 'swi' || i.mnemonic === 'svc') && op?.kind === 'imm' ? expr.constValue(op.value) : undefined;
  const swi = number === undefined ? undefined : number & ~X_BIT;
  return swi === OS_DYNAMIC_AREA ? 'dynamic-area' : swi === OS_MEMORY ? 'memory' : undefined;
}

function findIn(items: readonly ProgramItem<ArmInstruction>[], from: number, to: number): { swiCalls: number[]; calls: number[] } {
  const found = { swiCalls: [] as number[], calls: [] as number[] };
  for (let k = from; k < to; k++) {
    const item = items[k] as ProgramItem<ArmInstruction>;
    if (item.kind !== 'instruction') continue;
    if (item.instruction.mnemonic === 'bl') found.calls.push(k);
    else if (trackedSwi(item.instruction)) found.swiCalls.push(k);
  }
  return found;
}

/** The entry items of `items`, read whole. */
export const entryItems = (items: readonly ProgramItem<ArmInstruction>[]): EntryItems => findIn(items, 0, items.length);

/** The two items are found alike: the same item, data both, or instructions with the same instruction object. */
function alike(now: ProgramItem<ArmInstruction>, then: ProgramItem<ArmInstruction>): boolean {
  if (now === then) return true;
  return now.kind === 'data' ? then.kind === 'data' : then.kind === 'instruction' && now.instruction === then.instruction;
}

/**
 * A document's entry items, kept from one lowering to the next: `scan`
 * reads only the items between the longest runs of items alike that the
 * last program's items and these begin and end with.
 */
export class EntryItemScan {
  private items: readonly ProgramItem<ArmInstruction>[] = [];
  private found: EntryItems = { swiCalls: [], calls: [] };
  /** How many items the last scan read. */
  private readCount = 0;

  get read(): number {
    return this.readCount;
  }

  scan(items: readonly ProgramItem<ArmInstruction>[]): EntryItems {
    const old = this.items;
    const most = Math.min(items.length, old.length);
    let prefix = 0;
    while (prefix < most && alike(items[prefix] as ProgramItem<ArmInstruction>, old[prefix] as ProgramItem<ArmInstruction>)) prefix++;
    let suffix = 0;
    while (suffix < most - prefix && alike(items[items.length - 1 - suffix] as ProgramItem<ArmInstruction>, old[old.length - 1 - suffix] as ProgramItem<ArmInstruction>)) suffix++;
    const end = items.length - suffix;
    const oldEnd = old.length - suffix;
    const shift = items.length - old.length;
    const fresh = findIn(items, prefix, end);
    const kept = (was: readonly number[], now: readonly number[]): number[] => {
      const list = was.filter((k) => k < prefix);
      list.push(...now);
      for (const k of was) if (k >= oldEnd) list.push(k + shift);
      return list;
    };
    this.found = { swiCalls: kept(this.found.swiCalls, fresh.swiCalls), calls: kept(this.found.calls, fresh.calls) };
    this.items = items;
    this.readCount = end - prefix;
    return this.found;
  }
}
