import { DEFAULT_RISC_OS_VERSION, findConstant } from '../../catalogue/index.js';
import type { RiscOsVersion } from '../../catalogue/index.js';
import { bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';

// The dynamic-area kernel's state (spec B.3) as an immutable value: every
// operation returns a new Kernel, so exploration can fork and compare paths
// holding it. Page numbers, sizes and addresses are concrete: the kernel
// model runs in concrete scenarios, and a handler analysed symbolically only
// reads it (which pages exist, which are reserved or unavailable).

function constant(name: string): number {
  const c = findConstant(name);
  if (!c) throw new Error(`catalogue has no ${name}`);
  return c.value;
}

export const FREE_POOL = constant('ChangeDyn_FreePool');
export const APP_SPACE = constant('ChangeDyn_AplSpace');
export const PAGE_RESERVED = constant('PageFlags_Reserved');
export const PAGE_UNAVAILABLE = constant('PageFlags_Unavailable');
export const FLAG_SPECIFIC_PAGES = constant('DynAreaFlags_NeedsSpecificPages');
export const FLAG_SHRINKABLE = constant('DynAreaFlags_Shrinkable');
export const FLAG_SPARSE = constant('DynAreaFlags_SparseMap');
export const FLAG_PMP = constant('DynAreaFlags_PMP');
export const FLAG_DOUBLY_MAPPED = constant('DynAreaFlags_DoublyMapped');
export const FLAG_NOT_DRAGGABLE = constant('DynAreaFlags_NotUserDraggable');

/** Application space keeps its first 32 KB whatever grows out of it (B.5 step 4). */
const APP_SPACE_FLOOR = 0x8000;
const APP_SPACE_BASE = 0x8000;
/** Where the model places areas the kernel positions itself. */
const FIRST_AREA_BASE = 0x20000000;
/** Kernel-chosen area numbers start here (B.4 reason 0). */
const FIRST_AREA_NUMBER = 256;
const MEGABYTE = 0x100000;
/** The machine's pages when the configuration names no RAM size. */
const DEFAULT_RAM_PAGES = 512;
/** Default clamp for sparse areas: 4 GB less a page (B.4 reason 8). */
const SPARSE_CLAMP = 0xfffff000;

export type AreaKind = 'normal' | 'sparse' | 'pmp';

export interface Area {
  readonly number: number;
  readonly name: string;
  readonly base: number;
  readonly size: number;
  readonly max: number;
  readonly flags: number;
  /**
   * Handler routine address in the program, absent for none (R6 = 0 to
   * OS_DynamicArea 0). A program's layout may put code at 0, which no
   * machine does: a BBC BASIC block offset-assembled at P% = 0 runs at O%.
   */
  readonly handler?: number;
  /**
   * R12 for the handler: R7 at the creation, which module code often gives
   * as a block it claimed (OS_Module 6), a value a run need not know.
   */
  readonly workspace: number | Expr;
  readonly kind: AreaKind;
  /** A physical memory pool's most physical pages (R9 of OS_DynamicArea 0, clamped to RAM). */
  readonly pmpMaxPages?: number;
  /** A physical memory pool's pages: pool page index to physical page number. */
  readonly pmpPages?: ReadonlyMap<number, number>;
}

/** Where the kernel calls an area's handler; asking for an area without one is a model bug. */
export function handlerAddress(area: Area): bigint {
  if (area.handler === undefined) throw new Error(`area ${area.number} has no handler to call`);
  return BigInt(area.handler);
}

/** The R12 the kernel passes an area's handler. */
export function workspaceOf(area: Area): Expr {
  return typeof area.workspace === 'number' ? bv(area.workspace) : area.workspace;
}

export interface Page {
  /** Owning area number (FREE_POOL, APP_SPACE or a dynamic area). */
  readonly owner: number;
  /** Logical address, undefined while in the free pool (RISC OS 5 leaves free pages unmapped). */
  readonly address: number | undefined;
  /** PageFlags_Reserved / PageFlags_Unavailable. */
  readonly flags: number;
}

export interface Kernel {
  /** The RISC OS the module targets: which reasons exist, whether PreGrow may say "RESV". */
  readonly version: RiscOsVersion;
  readonly pageSize: number;
  readonly pages: readonly Page[];
  /**
   * Whether `pages` is the machine's RAM, as a run's scenario gives it. An
   * analysis knows no machine: its pages are the model's own, and a page
   * number past them may well be a real machine's page.
   */
  readonly ramKnown: boolean;
  readonly areas: ReadonlyMap<number, Area>;
  /** OS_ChangeDynamicArea calls in progress: the CDA semaphore (B.3), never above 1. */
  readonly resizing: number;
  readonly nextBase: number;
  /** Maximum-size clamps of OS_DynamicArea 8: areas created with R5 = -1, with R5 > 0, sparse areas. */
  readonly clamps: readonly [number, number, number];
  /** In a run, each heap its calls placed blocks in (`run-claims.ts`), by the heap's address, or why the run lost its layout. */
  readonly heaps?: ReadonlyMap<number, RunHeap | LostHeap>;
}

/** A heap as a run's calls leave it (`run-claims.ts`): its blocks and free space lie below `top`. */
export interface RunHeap {
  /** The first address past the blocks and free space: the heap manager's base, where a claim with no free block to take goes. */
  readonly top: number;
  /** Each block claimed, by its address, with its end. */
  readonly blocks: ReadonlyMap<number, number>;
  /** The free blocks below `top`, by their start (their link word), with their end; none touches another or `top`. */
  readonly free: ReadonlyMap<number, number>;
  /**
   * The first address past the heap, where the run knows it (an OS_Heap 0
   * of a size it knows, moved by OS_Heap 5): the top may not pass it. The
   * RMA has none: the module handler grows it for a claim that does not fit.
   */
  readonly end?: number;
}

/** A heap a call the run could not place changed: its layout is not known, for the reason given. */
export interface LostHeap {
  readonly lost: string;
}

export interface KernelConfig {
  /** Default 5.27, the newest the spec describes. */
  readonly version?: RiscOsVersion;
  readonly pageSize?: number;
  /**
   * Physical RAM pages in the machine; without it the model has 512, or as
   * many as hold the reserved and unavailable pages named (a machine has the
   * pages a program reserved), and `ramKnown` is false.
   */
  readonly ramPages?: number;
  /** Pages in application space at the start; the rest is the free pool. */
  readonly appSpacePages?: number;
  /** Pages already reserved with OS_Memory 23. */
  readonly reserved?: readonly number[];
  /** Pages already claimed for exclusive use by some other area. */
  readonly unavailable?: readonly number[];
}

/**
 * The last kernel made and what it was made from: every entry of a file
 * starts from the kernel of the same settings, and a kernel is immutable, so
 * the entries share one, and `kernelViolation` checks its pages once.
 */
let lastMade: { readonly key: string; readonly kernel: Kernel } | undefined;

export function createKernel(config: KernelConfig = {}): Kernel {
  const version = config.version ?? DEFAULT_RISC_OS_VERSION;
  const pageSize = config.pageSize ?? 4096;
  const ramPages = config.ramPages ?? [...config.reserved ?? [], ...config.unavailable ?? []].reduce((most, p) => Math.max(most, p + 1), DEFAULT_RAM_PAGES);
  const appPages = Math.min(config.appSpacePages ?? 16, ramPages);
  const ramKnown = config.ramPages !== undefined;
  const key = `${version}|${pageSize}|${ramPages}|${ramKnown}|${appPages}|${(config.reserved ?? []).join(',')}|${(config.unavailable ?? []).join(',')}`;
  if (lastMade?.key === key) return lastMade.kernel;
  const reserved = new Set(config.reserved ?? []);
  const unavailable = new Set(config.unavailable ?? []);
  const pages: Page[] = [];
  for (let p = 0; p < ramPages; p++) {
    const flags = (reserved.has(p) ? PAGE_RESERVED : 0) | (unavailable.has(p) ? PAGE_UNAVAILABLE : 0);
    pages.push(p < appPages ? { owner: APP_SPACE, address: APP_SPACE_BASE + p * pageSize, flags } : { owner: FREE_POOL, address: undefined, flags });
  }
  const system = (number: number, name: string, size: number, base: number): Area =>
    ({ number, name, base, size, max: ramPages * pageSize, flags: 0, workspace: 0, kind: 'normal' });
  const areas = new Map<number, Area>([
    [APP_SPACE, system(APP_SPACE, 'Application space', appPages * pageSize, APP_SPACE_BASE)],
    [FREE_POOL, system(FREE_POOL, 'Free pool', (ramPages - appPages) * pageSize, 0)],
  ]);
  const ram = ramPages * pageSize;
  const kernel: Kernel = { version, pageSize, pages, ramKnown, areas, resizing: 0, nextBase: FIRST_AREA_BASE, clamps: [ram, ram, SPARSE_CLAMP] };
  lastMade = { key, kernel };
  return kernel;
}

export function area(kernel: Kernel, number: number): Area | undefined {
  return kernel.areas.get(number);
}

export function withArea(kernel: Kernel, a: Area): Kernel {
  return { ...kernel, areas: new Map(kernel.areas).set(a.number, a) };
}

export function withoutArea(kernel: Kernel, number: number): Kernel {
  const areas = new Map(kernel.areas);
  areas.delete(number);
  return { ...kernel, areas };
}

export function withPages(kernel: Kernel, changes: ReadonlyMap<number, Page>): Kernel {
  if (changes.size === 0) return kernel;
  return { ...kernel, pages: kernel.pages.map((p, i) => changes.get(i) ?? p) };
}

export function pagesOf(kernel: Kernel, owner: number): number[] {
  const out: number[] = [];
  kernel.pages.forEach((p, i) => { if (p.owner === owner) out.push(i); });
  return out;
}

/** A free area number: the lowest from 256 up. */
export function freeAreaNumber(kernel: Kernel): number {
  let n = FIRST_AREA_NUMBER;
  while (kernel.areas.has(n)) n++;
  return n;
}

/** Reserves logical space for a new area at the kernel's next base, megabyte aligned. */
export function placeArea(kernel: Kernel, max: number): { readonly base: number; readonly kernel: Kernel } {
  const base = kernel.nextBase;
  const span = Math.max(MEGABYTE, Math.ceil(max / MEGABYTE) * MEGABYTE);
  return { base, kernel: { ...kernel, nextBase: base + span } };
}

export function roundUpToPage(kernel: Kernel, bytes: number): number {
  return Math.ceil(bytes / kernel.pageSize) * kernel.pageSize;
}

/** Pages application space can still give up without going below its floor. */
export function appSpaceSpare(kernel: Kernel): number {
  const app = kernel.areas.get(APP_SPACE);
  if (!app) return 0;
  return Math.max(0, Math.floor((app.size - APP_SPACE_FLOOR) / kernel.pageSize));
}

/**
 * The invariants of spec B.3 that the model must keep at every step: each
 * page has one known owner; a normal area's pages sit exactly in
 * [base, base+size) at distinct addresses; sizes are page multiples within
 * the maximum; at most one resize runs. Returns what is broken, if anything.
 */
export function kernelViolation(kernel: Kernel): string | undefined {
  // Checked before and after every step of every run; a kernel is immutable and most steps leave it alone.
  if (violations.has(kernel)) return violations.get(kernel);
  const found = findViolation(kernel);
  violations.set(kernel, found);
  return found;
}

const violations = new WeakMap<Kernel, string | undefined>();

function findViolation(kernel: Kernel): string | undefined {
  if (kernel.resizing > 1) return 'two OS_ChangeDynamicArea calls are in progress at once';
  const counts = new Map<number, number>();
  const seen = new Map<number, number>();
  for (const [i, page] of kernel.pages.entries()) {
    const owner = kernel.areas.get(page.owner);
    if (!owner) return `page ${i} is owned by area ${page.owner}, which does not exist`;
    counts.set(page.owner, (counts.get(page.owner) ?? 0) + 1);
    if (page.address === undefined) continue;
    const other = seen.get(page.address);
    if (other !== undefined && !(owner.flags & FLAG_DOUBLY_MAPPED)) return `pages ${other} and ${i} are both mapped at &${page.address.toString(16)}`;
    seen.set(page.address, i);
    if (page.owner !== FREE_POOL && owner.kind === 'normal' && (page.address < owner.base || page.address >= owner.base + owner.size)) {
      return `page ${i} of area ${page.owner} lies outside the area`;
    }
  }
  for (const a of kernel.areas.values()) {
    if (a.size % kernel.pageSize !== 0) return `area ${a.number} has size &${a.size.toString(16)}, not a page multiple`;
    // A pool's size is physical, its maximum logical: the physical limit is in pages.
    if (a.kind === 'pmp' ? a.size / kernel.pageSize > (a.pmpMaxPages ?? 0) : a.size > a.max) return `area ${a.number} is larger than its maximum size`;
    // A sparse area's size is what is mapped, wherever in its range.
    if ((counts.get(a.number) ?? 0) * kernel.pageSize !== a.size) {
      return `area ${a.number} owns ${counts.get(a.number) ?? 0} pages but has size &${a.size.toString(16)}`;
    }
  }
  return undefined;
}
