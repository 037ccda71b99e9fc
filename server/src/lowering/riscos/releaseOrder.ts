import { expr, mayFallThrough, type ArmInstruction, type EntryPoint, type Program, type ProgramItem } from '../../../../emulator/src/index.js';
import { writesPc, type TrackedCalls } from './areaCreations.js';
import type { PageReservation, SysMemoryCall } from './types.js';
import { constantsIn } from '../constantsIn.js';

// A release of reserved pages takes back a reservation only where a grow of
// the program's areas may come after it (PW306 is an error: the grow that
// asks for the pages must run while they are reserved). Where the program's
// order says no grow can follow, the release leaves the reservation be:
// - in ARM code that only the module's finalisation entry (header word +8)
//   reaches: once it runs, the module, and its handler with it, is going;
// - in a straight run of code or BASIC statements that also removes
//   (OS_DynamicArea 1, made whatever the path) as many areas as the program
//   creates (each OS_DynamicArea 0 call counting as one area, and every
//   removal as one of them), before or after the release: nothing in the
//   run branches, is branched into, calls, or may create or grow an area.
// Anywhere else the release counts as it stands: the grow may come after it.

const DYNAMIC_AREA = 0x66n;
/** SWIs that may create or grow an area in between: OS_ChangeDynamicArea, and OS_CallASWI and OS_CallASWIR12, which call any SWI. */
const GROWING_SWIS = new Set([0x2an, 0x6fn, 0x71n]);
const X_BIT = 0x20000n;
const BRANCHES = new Set(['b', 'bl', 'bx', 'blx']);
const PC = 15;

/** The SWI an instruction calls, without the X bit. */
function swiOf(i: ArmInstruction): bigint | undefined {
  const [op] = i.operands;
  const number = (i.mnemonic === 'swi' || i.mnemonic === 'svc') && op?.kind === 'imm' ? expr.constValue(op.value) : undefined;
  return number === undefined ? undefined : number & ~X_BIT;
}

/** The reasons of the OS_DynamicArea calls that are not creations, by item index. */
type AreaReasons = ReadonlyMap<number, bigint | undefined>;

/** Whether control only runs on past the item at `k` to the next, and nothing there may create or grow an area. */
function runsOn(item: ProgramItem<ArmInstruction>, k: number, reasons: AreaReasons): boolean {
  if (item.kind !== 'instruction' || writesPc(item.instruction)) return false;
  const swi = swiOf(item.instruction);
  if (swi === undefined) return true;
  if (swi === DYNAMIC_AREA) {
    const reason = reasons.get(k);
    return reason !== undefined && reason !== 0n;
  }
  return !GROWING_SWIS.has(swi);
}

/** The unconditional removals (OS_DynamicArea 1) in the straight run of code that holds the item at `k`. */
function removalsAround(program: Program<ArmInstruction>, k: number, reasons: AreaReasons): number {
  const { items } = program;
  const entered = (n: number): boolean => program.labelsAtAddress((items[n] as ProgramItem).address).length > 0;
  let start = k;
  while (start > 0 && !entered(start) && runsOn(items[start - 1] as ProgramItem<ArmInstruction>, start - 1, reasons)) start--;
  let end = k;
  while (end + 1 < items.length && runsOn(items[end] as ProgramItem<ArmInstruction>, end, reasons) && !entered(end + 1)) end++;
  let removals = 0;
  for (let n = start; n <= end; n++) {
    const item = items[n] as ProgramItem<ArmInstruction>;
    if (reasons.get(n) === 1n && item.kind === 'instruction' && item.instruction.condition === 'al') removals++;
  }
  return removals;
}

/** A jump computed from the PC (`ADD pc, pc, r0, LSL #2`, `LDR pc, [pc, r0, LSL #2]`): into a table laid out after it. */
function jumpsIntoTable(i: ArmInstruction): boolean {
  const [first, ...rest] = i.operands;
  return !BRANCHES.has(i.mnemonic) && first?.kind === 'reg' && first.reg === PC
    && rest.some((o) => (o.kind === 'reg' && o.reg === PC) || (o.kind === 'mem' && (o.base === PC || (o.offset.kind === 'reg' && o.offset.reg === PC))));
}


/**
 * Which items only the module's finalisation entry reaches: undefined when
 * the program is no module with one. Code is followed by blocks, each from
 * a label (or an entry) to the next, a block reaching every block one of
 * its branches names, and the next when control may run on into it (or a
 * jump computed from the PC may jump past its end). Every other way in
 * starts at a label: the other entries, handlers and header words, every
 * label an ADR, a constant or a data word names (a module's data also as
 * an offset from its start, as its header and service and command tables
 * name code), and every label no branch names, which only such a way can
 * reach (a table of offsets between labels). What those reach is not the
 * finalisation's alone.
 */
function finalisationOnly(program: Program<ArmInstruction>, entries: readonly EntryPoint[], base: bigint | undefined): ((k: number) => boolean) | undefined {
  const final = entries.find((e) => e.contract.kind === 'module-entry' && e.contract.entry === 'final');
  if (base === undefined || !final) return undefined;
  const { items } = program;
  const entryAddresses = new Set(entries.map((e) => e.address));
  const blockOf = new Int32Array(items.length);
  const indexAt = new Map<bigint, number>();
  let blocks = 0;
  items.forEach((item, k) => {
    if (k === 0 || entryAddresses.has(item.address) || program.labelsAtAddress(item.address).length > 0) blocks++;
    blockOf[k] = blocks - 1;
    indexAt.set(item.address, k);
  });
  const codeBlock = (address: bigint | undefined): number | undefined => {
    const k = address === undefined ? undefined : indexAt.get(address);
    return k !== undefined && items[k]?.kind === 'instruction' ? blockOf[k] : undefined;
  };
  const next: number[][] = Array.from({ length: blocks }, () => []);
  const roots = new Set<number>();
  const enters = (address: bigint | undefined): void => {
    const b = address !== undefined && program.labelsAtAddress(address).length > 0 ? codeBlock(address) : undefined;
    if (b !== undefined) roots.add(b);
  };
  const branched = new Set<string>();
  items.forEach((item, k) => {
    const b = blockOf[k] as number;
    const last = k + 1 === items.length || blockOf[k + 1] !== b;
    if (item.kind === 'data') {
      let at = item.address;
      for (const { bytes, value } of item.values) {
        // The header's finalisation word is how the kernel calls it.
        if (value.kind === 'const' && at !== base + 8n) {
          enters(value.value);
          if (bytes === 4) enters((base + value.value) & 0xffffffffn);
        }
        at += BigInt(bytes);
      }
      if (last && b + 1 < blocks) next[b]?.push(b + 1);
      return;
    }
    const i = item.instruction;
    for (const o of i.operands) {
      if (o.kind === 'target' && BRANCHES.has(i.mnemonic)) {
        branched.add(o.label);
        const target = codeBlock(program.label(o.label));
        if (target !== undefined) next[b]?.push(target);
      } else if (o.kind === 'target') enters(program.label(o.label));
      else {
        const found: bigint[] = [];
        if (o.kind === 'imm') constantsIn(o.value, found);
        else if (o.kind === 'mem' && o.offset.kind === 'imm') constantsIn(o.offset.value, found);
        for (const c of found) enters(c);
      }
    }
    if (b + 1 < blocks && ((last && mayFallThrough(i)) || jumpsIntoTable(i))) next[b]?.push(b + 1);
  });
  for (const e of entries) if (e !== final && e.contract.kind !== 'procedure') enters(e.address);
  for (const [name, address] of program.labels) if (!branched.has(name) && address !== final.address) enters(address);
  const reach = (from: Iterable<number>): Set<number> => {
    const reached = new Set(from);
    const work = [...reached];
    for (let b = work.pop(); b !== undefined; b = work.pop()) {
      for (const n of next[b] ?? []) {
        if (!reached.has(n)) {
          reached.add(n);
          work.push(n);
        }
      }
    }
    return reached;
  };
  const finalBlock = codeBlock(final.address);
  if (finalBlock === undefined) return undefined;
  const others = reach(roots);
  const finalisation = reach([finalBlock]);
  return (k) => finalisation.has(blockOf[k] as number) && !others.has(blockOf[k] as number);
}

export interface ReleaseOrderInput {
  readonly program: Program<ArmInstruction>;
  readonly entries: readonly EntryPoint[];
  /** Where a module header would be. */
  readonly headerAddress?: bigint;
  /**
   * How many areas the program creates (its OS_DynamicArea 0 calls), or
   * undefined where it may make or grow others unseen: a handler of an
   * area created elsewhere, an OS_DynamicArea call of a reason not known.
   */
  readonly areas: number | undefined;
  /** The ARM code's OS_DynamicArea and OS_Memory calls. */
  readonly tracked: Pick<TrackedCalls, 'areaCalls' | 'reservations'>;
  /** BASIC's `SYS "OS_Memory"` calls. */
  readonly sys: readonly SysMemoryCall[];
}

/** The program's OS_Memory calls, BASIC's then the ARM code's, each release that no grow can follow marked so. */
export function placedReservations(input: ReleaseOrderInput): PageReservation[] {
  const { program, tracked, areas } = input;
  const sys = input.sys.map(({ removals, ...call }) => ({ call, removals }));
  const all = [...sys.map((s) => s.call), ...tracked.reservations.map((r) => r.reservation)];
  // Order matters only to a release where something is reserved.
  if (!all.some((r) => r.release === false && r.pages) || !all.some((r) => r.release !== false)) return all;
  const reasons = new Map(tracked.areaCalls.map((c) => [c.at, c.reason]));
  const enough = (removals: number | undefined): boolean => areas !== undefined && areas > 0 && removals !== undefined && removals >= areas;
  const removedAround = (k: number): boolean => areas !== undefined && enough(removalsAround(program, k, reasons));
  const late = (call: PageReservation): PageReservation => ({ ...call, afterGrows: true });
  let finalOnly: ((k: number) => boolean) | undefined | null = null;
  const inFinalisation = (k: number): boolean => {
    if (finalOnly === null) finalOnly = finalisationOnly(program, input.entries, input.headerAddress);
    return finalOnly?.(k) ?? false;
  };
  return [
    ...sys.map(({ call, removals }) => (call.release !== false && enough(removals) ? late(call) : call)),
    ...tracked.reservations.map(({ at, reservation }) => (reservation.release !== false
      && (removedAround(at) || inFinalisation(at)) ? late(reservation) : reservation)),
  ];
}
