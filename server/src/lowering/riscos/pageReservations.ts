import { MEMORY_RESERVE_RESERVED } from '../../../../emulator/src/index.js';
import type { PageReservation } from './types.js';

// OS_Memory 23 (ReservePages; R0 = 23 + flags, bit 8 set to release, R1 the
// first physical page, R2 the count) in a program's own calls, the ARM
// code's found by tracking the registers to them (areaCreations.ts) and BBC
// BASIC's SYS evaluated: the pages a PreGrow of the program must claim with
// "RESV" (PW306). Only what holds however the program runs counts, as
// PW306 is an error: a release the program may make of a page undoes its
// reservation, since the grow may come after it, unless it stands where
// no grow can follow (releaseOrder.ts).

/** OS_Memory's SWI number, without the X bit. */
export const OS_MEMORY = 0x68n;
const RESERVE_PAGES = 23n;
const RELEASE = 1n << 8n;
/**
 * Pages past this are not modelled: the kernel model holds every page up to
 * the highest reserved (an analysis knows no machine's RAM), and 2^16 pages
 * of 4 KB is 256 MB, where reservations for devices lie.
 */
const MODELLED_PAGES = 1n << 16n;

/**
 * What an OS_Memory call with R0-R2 `reason`, `first` and `count` (undefined
 * where not known) does to reserved pages: undefined when it is another
 * reason, or a ReservePages the kernel refuses for its flags; a call of no
 * known reason may release any page.
 */
export function memoryCall(reason: bigint | undefined, first: bigint | undefined, count: bigint | undefined): PageReservation | undefined {
  if (reason === undefined) return {};
  if ((reason & 0xffn) !== RESERVE_PAGES || (reason & BigInt(MEMORY_RESERVE_RESERVED)) !== 0n) return undefined;
  return { release: (reason & RELEASE) !== 0n, ...(first === undefined || count === undefined ? {} : { pages: { first, count } }) };
}

/** A run of physical pages: `first` and `count`. */
export interface PageRange {
  readonly first: number;
  readonly count: number;
}

type Pages = NonNullable<PageReservation['pages']>;

const overlap = (a: Pages, b: Pages): boolean => a.count > 0n && b.count > 0n && a.first < b.first + b.count && b.first < a.first + a.count;

/**
 * The pages the program's reservations leave reserved whatever it releases,
 * as runs in page order: a reservation of known pages (within the modelled
 * ones) no release may overlap that a grow may follow. A release of pages
 * not known may release any: then nothing counts.
 */
export function reservedRanges(reservations: readonly PageReservation[]): PageRange[] {
  const kept = keptReservations(reservations).map(({ pages }) => pages);
  kept.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const runs: { first: number; count: number }[] = [];
  for (const { first, count } of kept) {
    const last = runs[runs.length - 1];
    const [start, end] = [Number(first), Number(first + count)];
    if (last && start <= last.first + last.count) last.count = Math.max(last.count, end - last.first);
    else runs.push({ first: start, count: end - start });
  }
  return runs;
}

/** The reservations of known pages that hold whatever the program releases (`reservedRanges`), each with its pages. */
export function keptReservations(reservations: readonly PageReservation[]): (PageReservation & { readonly pages: Pages })[] {
  const releases = reservations.filter((r) => r.release !== false && !r.afterGrows);
  const released = releases.flatMap((r) => (r.pages ? [r.pages] : []));
  if (released.length < releases.length) return [];
  return reservations.flatMap((r) => {
    const { release, pages } = r;
    return release === false && pages && pages.count > 0n && pages.first + pages.count <= MODELLED_PAGES && !released.some((p) => overlap(p, pages)) ? [{ ...r, pages }] : [];
  });
}

/** The page numbers of the runs. */
export const pagesOf = (runs: readonly PageRange[]): number[] => runs.flatMap(({ first, count }) => Array.from({ length: count }, (_, k) => first + k));
