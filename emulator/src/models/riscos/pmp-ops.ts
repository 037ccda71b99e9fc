import { withRegs } from '../../explore/machines/arm.js';
import { add, bv, constValue } from '../../values/expr.js';
import { KERNEL_ERRORS } from './errors.js';
import type { KernelError } from './errors.js';
import { FREE_POOL, PAGE_RESERVED, PAGE_UNAVAILABLE, pagesOf, withArea, withPages } from './kernel-state.js';
import type { Area, Kernel, Page } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import { blockAt } from './block-fills.js';
import type { BlockFill } from './block-fills.js';
import { fail, ok, word } from './swi-call.js';
import type { SwiBranch, SwiCall } from './swi-call.js';
import { pagesSafe, pagesUnsafe } from './page-services.js';
import type { ServiceIssuer } from './page-services.js';

// The page-list operations of a physical memory pool (spec B.4, 5.23+):
// 21 claims and releases physical pages at pool page indices, 22 maps pool
// pages into the pool's logical range and out again, 25 describes pages.
// Each entry is processed in order; on an error R2 and R3 say where the
// list stopped. Taking a page another owner holds is announced with
// Service_PagesUnsafe/Safe, as a PreGrow's swap is.

const PHYS_ENTRY = 12;
const GET_ENTRY = 16;
const PICK = -2;
const NONE = -1;
/** Entry flag bits the kernel reads: 7 the caller reserved the page (OS_Memory 23), 15 lock it against other areas. */
const FLAG_RESERVED = PAGE_RESERVED;
const FLAG_LOCK = PAGE_UNAVAILABLE;

interface ListCall {
  readonly area: Area;
  /** The list's words, entry by entry, read from memory; undefined when one is not a constant. */
  readonly words: readonly (readonly number[])[];
  readonly list: number;
}

function readList(call: SwiCall, kernel: Kernel, entrySize: number): ListCall | SwiBranch | undefined {
  const args = [1, 2, 3].map((r) => constValue(call.state.cpu.regs[r] ?? bv(0)));
  if (args.some((a) => a === undefined)) return undefined;
  const [number, list, count] = args.map(Number) as [number, number, number];
  const area = kernel.areas.get(number | 0);
  if (!area || area.kind !== 'pmp') return fail(call.state, KERNEL_ERRORS.badDynamicArea, [2, 3]);
  const memory = call.state.cpu.memory.clone();
  const words: number[][] = [];
  for (let k = 0; k < count; k++) {
    const entry: number[] = [];
    for (let w = 0; w < entrySize / 4; w++) {
      const v = constValue(memory.load(add(bv(list), bv(k * entrySize + w * 4)), 4));
      if (v === undefined) return undefined;
      entry.push(Number(BigInt.asIntN(32, v)));
    }
    words.push(entry);
  }
  return { area, words, list };
}

const isBranch = (x: ListCall | SwiBranch): x is SwiBranch => 'guard' in x;

/** Where the list stopped: R2 at the first entry not processed, R3 the entries left. */
function stopped(call: SwiCall, list: ListCall, done: number, entrySize: number, state: RiscOsState = call.state): RiscOsState {
  return withRegs(state, new Map([[2, word(list.list + done * entrySize)], [3, word(list.words.length - done)]]));
}

/** Pool sizes follow what the pool and the free pool hold. */
function resync(kernel: Kernel, numbers: readonly number[]): Kernel {
  let k = kernel;
  for (const n of numbers) {
    const a = k.areas.get(n);
    if (a) k = withArea(k, { ...a, size: pagesOf(k, n).length * k.pageSize });
  }
  return k;
}

/** A list in progress: the kernel, the caller's state and the pool's pages so far. */
interface PoolState extends ServiceIssuer { pages: Map<number, number> }

function poolState(call: SwiCall, kernel: Kernel, area: Area): PoolState {
  return { kernel, state: call.state, emit: (e) => call.ctx.event(e), callService: call.env.callService, pages: new Map(area.pmpPages ?? []) };
}

/** Gives the page at `index` back to the free pool, unmapped. */
function release(s: PoolState, index: number): void {
  const ppn = s.pages.get(index);
  if (ppn === undefined) return;
  const page = s.kernel.pages[ppn] as Page;
  s.kernel = withPages(s.kernel, new Map([[ppn, { owner: FREE_POOL, address: undefined, flags: page.flags & PAGE_RESERVED }]]));
  s.pages.delete(index);
}

/**
 * Takes physical page `ppn` for the pool. A page another owner holds is
 * swapped: that owner gets a free page at the same address. A reserved page
 * locked without the entry's Reserved flag is not the caller's to lock: it
 * gets a free page in its place (B.6.2).
 */
function claim(s: PoolState, pool: Area, index: number, ppn: number, flags: number): KernelError | undefined {
  const page = s.kernel.pages[ppn];
  if (!page || page.flags & PAGE_UNAVAILABLE && page.owner !== pool.number) return page ? KERNEL_ERRORS.cantGetPhysMem : KERNEL_ERRORS.badParameters;
  const taken = new Set(s.pages.values());
  const free = pagesOf(s.kernel, FREE_POOL).filter((p) => p !== ppn && !taken.has(p)).reverse();
  let chosen = ppn;
  let standIn: number | undefined;
  const changes = new Map<number, Page>();
  if (page.flags & PAGE_RESERVED && flags & FLAG_LOCK && !(flags & FLAG_RESERVED)) {
    standIn = free.shift();
    if (standIn === undefined) return KERNEL_ERRORS.cantGetPhysMem;
    chosen = standIn;
  } else if (page.owner !== FREE_POOL && page.owner !== pool.number) {
    standIn = free.shift();
    if (standIn === undefined) return KERNEL_ERRORS.cantGetPhysMem;
    changes.set(standIn, { owner: page.owner, address: page.address, flags: 0 });
  }
  // A swap is announced to every module as a PreGrow's would be.
  if (standIn !== undefined) pagesUnsafe(s, 1, [{ ppn, address: page.address }]);
  const old = s.kernel.pages[chosen] as Page;
  changes.set(chosen, { owner: pool.number, address: undefined, flags: (old.flags & PAGE_RESERVED) | (flags & FLAG_LOCK) });
  s.kernel = withPages(s.kernel, changes);
  s.pages.set(index, chosen);
  if (standIn !== undefined) pagesSafe(s, [{ ppn: standIn, address: page.address }]);
  return undefined;
}

function finish(call: SwiCall, list: ListCall, s: PoolState, done: number, error?: KernelError): SwiBranch {
  const pool = s.kernel.areas.get(list.area.number) as Area;
  const kernel = resync(withArea(s.kernel, { ...pool, pmpPages: s.pages }), [list.area.number, FREE_POOL]);
  const state = stopped(call, list, done, PHYS_ENTRY, s.state);
  return error ? fail(state, error, [], kernel) : ok(state, kernel);
}

/** 21 PMP_PhysOp: per entry {pool index, PPN (-2 the kernel picks, -1 release), flags}. */
export function physOp(call: SwiCall, kernel: Kernel): SwiBranch | undefined {
  const read = readList(call, kernel, PHYS_ENTRY);
  if (!read || isBranch(read)) return read;
  const s = poolState(call, kernel, read.area);
  for (const [done, [index, ppn, flags]] of read.words.entries()) {
    if (index === undefined || index < 0 || index >= (read.area.pmpMaxPages ?? 0)) return finish(call, read, s, done, KERNEL_ERRORS.badParameters);
    const held = s.pages.get(index);
    if (ppn === NONE) { release(s, index); continue; }
    if (ppn === PICK && held !== undefined) continue;
    if (held !== undefined && held === ppn) {
      const page = s.kernel.pages[held] as Page;
      s.kernel = withPages(s.kernel, new Map([[held, { ...page, flags: (page.flags & PAGE_RESERVED) | ((flags ?? 0) & FLAG_LOCK) }]]));
      continue;
    }
    release(s, index);
    const taken = new Set(s.pages.values());
    const wanted = ppn === PICK ? pagesOf(s.kernel, FREE_POOL).reverse().find((p) => !taken.has(p)) : ppn;
    const error = wanted === undefined ? KERNEL_ERRORS.cantGetPhysMem : claim(s, read.area, index, wanted as number, flags ?? 0);
    if (error) return finish(call, read, s, done, error);
  }
  return finish(call, read, s, read.words.length);
}

/** 22 PMP_LogOp: per entry {area page number, pool index (-1 unmap), flags}. */
export function logOp(call: SwiCall, kernel: Kernel): SwiBranch | undefined {
  const read = readList(call, kernel, PHYS_ENTRY);
  if (!read || isBranch(read)) return read;
  const { area } = read;
  const ps = kernel.pageSize;
  const s = poolState(call, kernel, area);
  for (const [done, [daPage, index]] of read.words.entries()) {
    if (daPage === undefined || daPage < 0 || daPage >= area.max / ps) return finish(call, read, s, done, KERNEL_ERRORS.badParameters);
    const address = area.base + daPage * ps;
    const changes = new Map<number, Page>();
    const there = pagesOf(s.kernel, area.number).find((p) => s.kernel.pages[p]?.address === address);
    if (there !== undefined) changes.set(there, { ...(s.kernel.pages[there] as Page), address: undefined });
    if (index !== NONE) {
      const ppn = index === undefined ? undefined : s.pages.get(index);
      // Only a pool page with a physical page behind it can be mapped.
      if (ppn === undefined) return finish(call, read, s, done, KERNEL_ERRORS.badParameters);
      changes.set(ppn, { ...(s.kernel.pages[ppn] as Page), address });
    }
    s.kernel = withPages(s.kernel, changes);
  }
  return finish(call, read, s, read.words.length);
}

/** The words PMP_GetPages writes, where its model cannot work them out: every word of R3 entries at R2. */
export function getPagesFill(call: SwiCall): BlockFill | undefined {
  if (constValue(call.state.cpu.regs[0] ?? bv(0)) !== 25n) return undefined;
  return blockAt(call, 2, 3, GET_ENTRY, ['index', 'ppn', 'page', 'flags'].map((name, w) => ({ offset: w * 4, name })));
}

/** 25 PMP_GetPages: per 16-byte entry one of pool index, PPN or area page given (the others -1); the rest filled in. */
export function getPages(call: SwiCall, kernel: Kernel): SwiBranch | undefined {
  const read = readList(call, kernel, GET_ENTRY);
  if (!read || isBranch(read)) return read;
  const { area } = read;
  const ps = kernel.pageSize;
  const pages = [...(area.pmpPages ?? [])];
  const cpu = call.state.cpu.clone();
  read.words.forEach(([index, ppn, daPage], k) => {
    const address = daPage !== undefined && daPage !== NONE ? area.base + daPage * ps : undefined;
    const found = index !== undefined && index !== NONE ? pages.find(([i]) => i === index)
      : ppn !== undefined && ppn !== NONE ? pages.find(([, p]) => p === ppn)
        : pages.find(([, p]) => address !== undefined && kernel.pages[p]?.address === address);
    const page = found && kernel.pages[found[1]];
    const mappedAt = page?.address;
    const out = [
      found?.[0] ?? index ?? NONE, found?.[1] ?? ppn ?? NONE,
      mappedAt === undefined ? NONE : (mappedAt - area.base) / ps, page ? page.flags & FLAG_LOCK : 0,
    ];
    out.forEach((v, w) => cpu.memory.store(bv(read.list + k * GET_ENTRY + w * 4), word(v), 4));
  });
  return ok({ ...call.state, cpu });
}
