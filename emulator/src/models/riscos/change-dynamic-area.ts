import { acceptsResv } from '../../catalogue/index.js';
import type { Trace, TraceEvent } from '../../explore/trace.js';
import { add, bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { KERNEL_ERRORS } from './errors.js';
import type { KernelError } from './errors.js';
import { clearPageBlock, ENTRY_BYTES, MAX_CHUNK, NO_PAGE, NULL_BLOCK_R1, RESV } from './handler-entry.js';
import {
  APP_SPACE, appSpaceSpare, FLAG_SHRINKABLE, FLAG_SPECIFIC_PAGES, FREE_POOL, PAGE_RESERVED, PAGE_UNAVAILABLE, pagesOf, withArea, withPages,
} from './kernel-state.js';
import type { Area, Kernel, Page } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import { register } from '../../explore/machines/arm.js';
import type { HandlerCaller, ServiceCaller, SwiCall } from './swi-call.js';
import { PAGE_BLOCK_ADDRESS, pagesSafe, pagesUnsafe } from './page-services.js';
import type { BlockEntry } from './page-services.js';

// OS_ChangeDynamicArea (spec B.5) on the concrete kernel, driving the whole
// handler protocol: PreGrow/PostGrow (in chunks of at most 63 pages with a
// page block for NeedsSpecificPages areas, B.6.1), PreShrink/PostShrink, and
// for a physical memory pool ResizePMP alone (B.2.3).
// Handlers run through the caller's HandlerCaller on the caller's memory, so
// what they write to their workspace stays written.


export interface ResizeResult {
  readonly state: RiscOsState;
  readonly kernel: Kernel;
  /** Bytes actually moved. */
  readonly moved: number;
  /** A kernel error, or the error pointer a handler returned. */
  readonly error?: KernelError | Expr;
}

interface Resize {
  /** Where the resize's trace events go (the SWI's step, or a handler scenario's record). */
  readonly emit: (event: TraceEvent) => void;
  /** Where the steps of the handlers it calls go (the SWI's step in a run). */
  readonly inner?: (steps: Trace) => void;
  readonly callHandler: HandlerCaller | undefined;
  readonly callService: ServiceCaller | undefined;
  state: RiscOsState;
  kernel: Kernel;
}

const pageName = (kernel: Kernel, owner: number): string => kernel.areas.get(owner)?.name ?? `area ${owner}`;

function event(r: Resize, name: string, args: Record<string, number>, results: Record<string, number> = {}): void {
  const values = (o: Record<string, number>) => Object.entries(o).map(([n, v]) => ({ name: n, value: bv(v >>> 0) }));
  r.emit({ kind: 'call', name, arguments: values(args), results: values(results) });
}

function movePage(r: Resize, ppn: number, page: Page, changes: Map<number, Page>): void {
  const old = r.kernel.pages[ppn];
  changes.set(ppn, page);
  if (old && old.owner !== page.owner) {
    r.emit({ kind: 'ownership', subject: `physical page ${ppn}`, from: pageName(r.kernel, old.owner), to: pageName(r.kernel, page.owner) });
  }
}

interface HandlerOutcome { readonly failed: boolean; readonly regs: readonly Expr[]; readonly error?: KernelError | Expr }

/** Calls one handler reason; a handler that does not return counts as a refusal with the generic error. */
function callReason(r: Resize, a: Area, reason: number, regs: Record<number, number | Expr>): HandlerOutcome {
  const values = new Map(Object.entries(regs).map(([k, v]) => [Number(k), typeof v === 'number' ? bv(v >>> 0) : v]));
  values.set(0, bv(reason));
  const back = r.callHandler?.({ area: a, reason, regs: values, state: r.state, kernel: r.kernel, inner: r.inner });
  if (!back) return { failed: true, regs: [], error: KERNEL_ERRORS.notAllMoved };
  // The kernel saved its own registers; only memory and the kernel state carry over.
  const cpu = r.state.cpu.clone();
  cpu.memory = back.state.cpu.memory;
  r.state = { ...r.state, cpu };
  r.kernel = back.kernel;
  const failed = constValue(back.state.cpu.v) === 1n;
  const r0 = register(back.state, 0);
  return { failed, regs: back.state.cpu.regs, ...(failed ? { error: constValue(r0) === 0n ? KERNEL_ERRORS.notAllMoved : r0 } : {}) };
}

function areaNow(r: Resize, number: number): Area {
  const a = r.kernel.areas.get(number);
  if (!a) throw new Error(`area ${number} vanished during a resize`);
  return a;
}

/** Pages a grow may take, best first: the free pool from the top, then spare application space from the top. */
function sources(r: Resize, target: number): number[] {
  if (target === FREE_POOL) return pagesOf(r.kernel, APP_SPACE).slice(0x8000 / r.kernel.pageSize).reverse();
  const free = pagesOf(r.kernel, FREE_POOL).reverse();
  const app = target === APP_SPACE ? [] : pagesOf(r.kernel, APP_SPACE).reverse().slice(0, appSpaceSpare(r.kernel));
  return [...free, ...app];
}

function appendPages(r: Resize, number: number, ppns: readonly number[], extraFlags = 0): void {
  const a = areaNow(r, number);
  const changes = new Map<number, Page>();
  ppns.forEach((ppn, i) => {
    const old = r.kernel.pages[ppn];
    movePage(r, ppn, { owner: number, address: a.base + a.size + i * r.kernel.pageSize, flags: ((old?.flags ?? 0) & PAGE_RESERVED) | extraFlags }, changes);
  });
  r.kernel = withPages(r.kernel, changes);
  resync(r);
}

/** Area sizes follow page ownership: the destination grew, whatever gave pages up shrank. */
function resync(r: Resize): void {
  for (const a of r.kernel.areas.values()) {
    const owned = pagesOf(r.kernel, a.number).length * r.kernel.pageSize;
    if (owned !== a.size) r.kernel = withArea(r.kernel, { ...a, size: owned });
  }
}

function growChunk(r: Resize, number: number, count: number, pool: number[]): ResizeResult | undefined {
  const a = areaNow(r, number);
  const ps = r.kernel.pageSize;
  const specific = (a.flags & FLAG_SPECIFIC_PAGES) !== 0;
  const block = bv(PAGE_BLOCK_ADDRESS);
  if (a.handler === undefined) {
    appendPages(r, number, pool.splice(0, count));
    return undefined;
  }
  if (specific) {
    const cpu = r.state.cpu.clone();
    clearPageBlock(cpu.memory, block, count);
    r.state = { ...r.state, cpu };
  }
  const pre = callReason(r, a, 0, { 1: specific ? block : NULL_BLOCK_R1, 2: count, 3: count * ps, 4: a.size, 5: ps });
  event(r, 'DAHandler_PreGrow', { area: number, entries: count, bytes: count * ps });
  if (pre.failed) return { state: r.state, kernel: r.kernel, moved: 0, error: pre.error ?? KERNEL_ERRORS.notAllMoved };
  const memory = r.state.cpu.memory.clone();
  const entry = (k: number): number | undefined => {
    const v = constValue(memory.load(add(block, bv(k * ENTRY_BYTES)), 4));
    return v === undefined ? undefined : Number(v);
  };
  let chosen: number[];
  let unavailable = 0;
  if (!specific || entry(0) === NO_PAGE) {
    chosen = pool.splice(0, count);
  } else {
    const requested = Array.from({ length: count }, (_, k) => entry(k));
    const resv = acceptsResv(r.kernel.version) && constValue(pre.regs[0] ?? bv(0)) === RESV;
    const bad = requested.some((p, k) => p === undefined || p >= r.kernel.pages.length
      || ((r.kernel.pages[p]?.flags ?? 0) & PAGE_UNAVAILABLE) !== 0 || requested.indexOf(p) !== k);
    if (bad) {
      // B.6.1 step 3: marks undone, PostGrow still called with nothing grown.
      callReason(r, a, 1, { 1: block, 2: 0, 3: 0, 4: a.size, 5: ps });
      event(r, 'DAHandler_PostGrow', { area: number, entries: 0, bytes: 0 });
      return { state: r.state, kernel: r.kernel, moved: 0, error: KERNEL_ERRORS.cantGetPhysMem };
    }
    chosen = swapInRequested(r, requested as number[], pool, resv);
    unavailable = PAGE_UNAVAILABLE;
  }
  appendPages(r, number, chosen, unavailable);
  if (specific) {
    const cpu = r.state.cpu.clone();
    const grown = areaNow(r, number);
    chosen.forEach((ppn, k) => {
      const at = add(block, bv(k * ENTRY_BYTES));
      cpu.memory.store(at, bv(ppn), 4);
      cpu.memory.store(add(at, bv(4)), bv(grown.base + grown.size - (chosen.length - k) * ps), 4);
      cpu.memory.store(add(at, bv(8)), bv(ppn * ps), 4);
    });
    r.state = { ...r.state, cpu };
  }
  const after = areaNow(r, number);
  callReason(r, after, 1, { 1: specific ? block : NULL_BLOCK_R1, 2: count, 3: count * ps, 4: after.size, 5: ps });
  event(r, 'DAHandler_PostGrow', { area: number, entries: count, bytes: count * ps, size: after.size });
  return undefined;
}

/**
 * Takes the requested pages for a NeedsSpecificPages grow (B.6.1 steps 4-6):
 * a requested page another area holds is replaced there by a page the source
 * was giving up anyway, which keeps the old owner's logical address. Reserved
 * pages are only handed over when PreGrow said "RESV" (B.3 invariant 5);
 * otherwise the area gets a substitute.
 */
function swapInRequested(r: Resize, requested: number[], pool: number[], resv: boolean): number[] {
  const count = requested.length;
  pagesUnsafe(r, count);
  const giving = pool.splice(0, count);
  const spare = giving.filter((p) => !requested.includes(p));
  const changes = new Map<number, Page>();
  const result: number[] = [];
  // What stands in for each requested page where it was: the new block of Service_PagesSafe.
  const standIns: BlockEntry[] = [];
  for (const ppn of requested) {
    const page = r.kernel.pages[ppn] as Page;
    if ((page.flags & PAGE_RESERVED) && !resv) {
      const substitute = spare.shift() ?? ppn;
      r.emit({ kind: 'note', message: `physical page ${ppn} is reserved and PreGrow did not return "RESV": page ${substitute} substituted` });
      result.push(substitute);
      standIns.push({ ppn, address: page.address });
      continue;
    }
    const replacement = giving.includes(ppn) ? undefined : spare.shift();
    if (replacement !== undefined) movePage(r, replacement, { owner: page.owner, address: page.address, flags: 0 }, changes);
    standIns.push({ ppn: replacement ?? ppn, address: page.address });
    result.push(ppn);
  }
  r.kernel = withPages(r.kernel, changes);
  // Pages of the source that were not used go back to it.
  pool.unshift(...spare);
  pagesSafe(r, standIns);
  return result;
}

/**
 * B.5 step 4: when the free pool is short, Shrinkable areas give pages back
 * to it first. A handler is asked with TestShrink how much it could give up;
 * the shrink itself is the usual PreShrink/PostShrink. Areas go in number
 * order until the free pool covers the grow.
 */
function shrinkShrinkables(r: Resize, target: number, short: number): void {
  const ps = r.kernel.pageSize;
  const candidates = [...r.kernel.areas.values()]
    .filter((a) => a.number !== target && (a.flags & FLAG_SHRINKABLE) !== 0 && a.kind === 'normal' && a.size > 0)
    .map((a) => a.number).sort((x, y) => x - y);
  for (const number of candidates) {
    if (short <= 0) return;
    const a = areaNow(r, number);
    let spare = a.size / ps;
    if (a.handler !== undefined) {
      const test = callReason(r, a, 4, { 4: a.size, 5: ps });
      const offered = test.failed ? 0n : constValue(test.regs[3] ?? bv(0)) ?? 0n;
      event(r, 'DAHandler_TestShrink', { area: number, size: a.size }, { available: Number(offered) });
      spare = Math.min(spare, Math.floor(Number(offered) / ps));
    }
    if (spare > 0) short -= shrinkPages(r, number, Math.min(spare, short)).allowed;
  }
}

function grow(r: Resize, number: number, pages: number): ResizeResult {
  const a = areaNow(r, number);
  const ps = r.kernel.pageSize;
  const wanted = Math.min(pages, Math.floor((a.max - a.size) / ps));
  const free = pagesOf(r.kernel, FREE_POOL).length;
  if (number !== FREE_POOL && free < wanted) shrinkShrinkables(r, number, wanted - free);
  const pool = sources(r, number);
  const count = Math.min(wanted, pool.length);
  const specific = a.handler !== undefined && (a.flags & FLAG_SPECIFIC_PAGES) !== 0;
  let moved = 0;
  while (moved < count) {
    const chunk = specific ? Math.min(MAX_CHUNK, count - moved) : count - moved;
    const failed = growChunk(r, number, chunk, pool);
    if (failed) return { ...failed, moved: moved * ps };
    moved += chunk;
  }
  return finish(r, moved, pages);
}

function shrink(r: Resize, number: number, pages: number): ResizeResult {
  const result = shrinkPages(r, number, pages);
  return result.error === undefined ? finish(r, result.allowed, pages) : { state: r.state, kernel: r.kernel, moved: 0, error: result.error };
}

/** PreShrink, the pages leaving from the top, PostShrink: the pages moved, or the handler's refusal. */
function shrinkPages(r: Resize, number: number, pages: number): { readonly allowed: number; readonly error?: KernelError | Expr } {
  const a = areaNow(r, number);
  const ps = r.kernel.pageSize;
  const wanted = Math.min(pages, a.size / ps);
  let allowed = wanted;
  if (a.handler !== undefined && wanted > 0) {
    const pre = callReason(r, a, 2, { 3: wanted * ps, 4: a.size, 5: ps });
    const permit = constValue(pre.regs[3] ?? bv(0));
    event(r, 'DAHandler_PreShrink', { area: number, bytes: wanted * ps }, { allowed: Number(permit ?? 0n) });
    if (pre.failed) return { allowed: 0, error: pre.error ?? KERNEL_ERRORS.notAllMoved };
    // The kernel rounds the permit down to pages; more than asked is the handler's bug (PW308), not more pages.
    allowed = Math.min(wanted, Math.floor(Number(permit ?? 0n) / ps));
  }
  if (allowed > 0) {
    const target = number === FREE_POOL ? APP_SPACE : FREE_POOL;
    const top = pagesOf(r.kernel, number).sort((x, y) => (r.kernel.pages[y]?.address ?? 0) - (r.kernel.pages[x]?.address ?? 0)).slice(0, allowed);
    const dest = areaNow(r, target);
    const changes = new Map<number, Page>();
    top.forEach((ppn, i) => {
      const flags = (r.kernel.pages[ppn]?.flags ?? 0) & PAGE_RESERVED;
      movePage(r, ppn, { owner: target, address: target === FREE_POOL ? undefined : dest.base + dest.size + i * ps, flags }, changes);
    });
    r.kernel = withPages(r.kernel, changes);
    resync(r);
    const after = areaNow(r, number);
    if (a.handler !== undefined) {
      callReason(r, after, 3, { 3: allowed * ps, 4: after.size, 5: ps });
      event(r, 'DAHandler_PostShrink', { area: number, bytes: allowed * ps, size: after.size });
    }
  }
  return { allowed };
}

/**
 * A physical memory pool gets no PreGrow, PostGrow, PreShrink, PostShrink or
 * TestShrink: one ResizePMP (reason 6) with R1 = the signed change in pages
 * and R2 = the area number, and the handler claims or releases the pages
 * itself (OS_DynamicArea 21). What moved is how far the pool's physical size
 * went; a pool without a handler cannot change.
 */
function resizePool(r: Resize, number: number, pages: number): ResizeResult {
  const ps = r.kernel.pageSize;
  const before = areaNow(r, number);
  if (before.handler === undefined) return finish(r, 0, Math.abs(pages));
  const back = callReason(r, before, 6, { 1: pages, 2: number });
  event(r, 'DAHandler_ResizePMP', { area: number, pages });
  const moved = Math.abs(areaNow(r, number).size - before.size) / ps;
  if (back.failed) return { state: r.state, kernel: r.kernel, moved: moved * ps, error: back.error ?? KERNEL_ERRORS.notAllMoved };
  return finish(r, moved, Math.abs(pages));
}

function finish(r: Resize, moved: number, wanted: number): ResizeResult {
  event(r, 'Service_MemoryMoved', {});
  const bytes = moved * r.kernel.pageSize;
  return { state: r.state, kernel: r.kernel, moved: bytes, ...(moved < wanted ? { error: KERNEL_ERRORS.notAllMoved } : {}) };
}

/**
 * Resizes area `number` by `change` bytes (signed, rounded up to pages).
 * Refused while another resize runs (the CDA semaphore) and for sparse areas.
 */
export function changeDynamicArea(call: SwiCall, kernel: Kernel, number: number, change: number): ResizeResult {
  return resizeArea({
    state: call.state, kernel, number, change, callHandler: call.env.callHandler, callService: call.env.callService,
    emit: (e) => call.ctx.event(e), inner: (s) => call.ctx.inner(s),
  });
}

export interface ResizeRequest {
  readonly state: RiscOsState;
  readonly kernel: Kernel;
  readonly number: number;
  /** Bytes, signed. */
  readonly change: number;
  readonly callHandler: HandlerCaller | undefined;
  readonly callService: ServiceCaller | undefined;
  readonly emit: (event: TraceEvent) => void;
  readonly inner?: (steps: Trace) => void;
}

/** OS_ChangeDynamicArea's work without the SWI around it, so a handler scenario can drive a resize directly. */
export function resizeArea(request: ResizeRequest): ResizeResult {
  const { state, kernel, number, change } = request;
  const base = { state, kernel, moved: 0 };
  if (kernel.resizing > 0) return { ...base, error: KERNEL_ERRORS.notAllMoved };
  const a = kernel.areas.get(number);
  if (!a) return { ...base, error: KERNEL_ERRORS.badDynamicArea };
  if (a.kind === 'sparse') return { ...base, error: KERNEL_ERRORS.notAllMoved };
  const pages = Math.ceil(Math.abs(change) / kernel.pageSize);
  const r: Resize = { emit: request.emit, inner: request.inner, callHandler: request.callHandler, callService: request.callService, state, kernel: { ...kernel, resizing: 1 } };
  const result = pages === 0 ? finish(r, 0, 0)
    : a.kind === 'pmp' ? resizePool(r, number, Math.sign(change) * pages)
      : change > 0 ? grow(r, number, pages) : shrink(r, number, pages);
  return { ...result, kernel: { ...result.kernel, resizing: 0 } };
}
