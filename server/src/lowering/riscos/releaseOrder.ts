import type { ArmInstruction, EntryPoint, Program, ProgramItem } from '../../../../emulator/src/index.js';
import { writesPc, type TrackedCalls } from './areaCreations.js';
import { DYNAMIC_AREA, GROWING_SWIS, swiOf } from './areaSwis.js';
import { CodeBlocks } from './codeBlocks.js';
import { areaMayExistAt, failsFrom, type CodeIndex } from './initFailure.js';
import type { AreaCreation, PageReservation, SysMemoryCall } from './types.js';

// A release of reserved pages takes back a reservation only where a grow of
// the program's areas may come after it (PW306 is an error: the grow that
// asks for the pages must run while they are reserved). Where the program's
// order says no grow can follow, the release leaves the reservation be:
// - in ARM code that only the module's finalisation entry (header word +8)
//   reaches (codeBlocks.ts): once it runs, the module, and its handler
//   with it, is going;
// - on the failure path of the module's initialisation (header word +4):
//   in code only Init reaches, in its own frame (through no BL), from
//   which every path returns V set, and where no area of the program can
//   exist (initFailure.ts); read only where the program's ARM code creates
//   every area it has. Init's error leaves the module not started;
// - in a straight run of code or BASIC statements that also removes
//   (OS_DynamicArea 1, made whatever the path) as many areas as the program
//   creates (each OS_DynamicArea 0 call counting as one area, and every
//   removal as one of them), before or after the release: nothing in the
//   run branches, is branched into, calls, or may create or grow an area.
// Anywhere else the release counts as it stands: the grow may come after it.

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
  readonly tracked: Pick<TrackedCalls, 'creations' | 'areaCalls' | 'reservations'>;
  /** BASIC's `SYS "OS_Memory"` calls. */
  readonly sys: readonly SysMemoryCall[];
}

/** How many areas the ARM code's `creations` make: one for each call, whatever paths reach it with different registers. */
export const areasCreated = (creations: readonly AreaCreation[]): number => new Set(creations.map((c) => c.source)).size;

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
  // Read by blocks only when a release needs it.
  let blocks: CodeBlocks | undefined | null = null;
  const code = (): CodeBlocks | undefined => {
    if (blocks === null) blocks = input.headerAddress === undefined ? undefined : new CodeBlocks(program, input.entries, input.headerAddress);
    return blocks;
  };
  const only = new Map<'init' | 'final', ((k: number) => boolean) | undefined>();
  const onlyEntry = (which: 'init' | 'final', k: number): boolean => {
    if (!only.has(which)) only.set(which, code()?.onlyReaches(which, which === 'init'));
    return only.get(which)?.(k) ?? false;
  };
  // Init's failure path is read only where every area of the program is one its ARM code creates.
  const allInCode = areas !== undefined && areas === areasCreated(tracked.creations);
  const onInitFailure = (k: number): boolean => {
    const byBlocks = allInCode && onlyEntry('init', k) ? code() : undefined;
    if (!byBlocks) return false;
    const index: CodeIndex = { program, indexAt: (address) => byBlocks.indexOf(address), reasons };
    return failsFrom(index, k) && !areaMayExistAt(index, k, areas === 1);
  };
  return [
    ...sys.map(({ call, removals }) => (call.release !== false && enough(removals) ? late(call) : call)),
    ...tracked.reservations.map(({ at, reservation }) => (reservation.release !== false
      && (removedAround(at) || onlyEntry('final', at) || onInitFailure(at)) ? late(reservation) : reservation)),
  ];
}
