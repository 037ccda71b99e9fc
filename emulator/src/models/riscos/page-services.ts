import type { Trace, TraceEvent } from '../../explore/trace.js';
import { add, bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { ENTRY_BYTES, MAX_CHUNK, NO_PAGE } from './handler-entry.js';
import type { Kernel } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import { SERVICE_PAGES_SAFE, SERVICE_PAGES_UNSAFE } from './service-entry.js';
import type { PageService } from './service-entry.js';
import type { ServiceCaller } from './swi-call.js';

// Service_PagesUnsafe and Service_PagesSafe around a swap of pages another
// owner holds (spec B.6.1 steps 4-6; B.6.2 for pools): the kernel's page
// blocks on its stack, the trace events, and the call of the program's own
// service handler when it is a module.

/** The kernel-stack page block (B.5: 63 × 12 bytes on the SVC stack). */
export const PAGE_BLOCK_ADDRESS = 0x01c00000;
/** The block of replacement pages Service_PagesSafe passes in R4, next to the requested one. */
const REPLACEMENT_BLOCK_ADDRESS = PAGE_BLOCK_ADDRESS + MAX_CHUNK * ENTRY_BYTES;

/** What issuing a service touches: the caller's state (memory), the kernel, the trace, the service handler. */
export interface ServiceIssuer {
  state: RiscOsState;
  kernel: Kernel;
  readonly emit: (event: TraceEvent) => void;
  /** Where the steps of the service handler go (the SWI's step in a run). */
  readonly inner?: (steps: Trace) => void;
  readonly callService: ServiceCaller | undefined;
}

/** A page in a block: its number and where it is mapped. */
export interface BlockEntry {
  readonly ppn: number;
  readonly address: number | undefined;
}

function writeBlock(r: ServiceIssuer, at: number, entries: readonly BlockEntry[]): void {
  const cpu = r.state.cpu.clone();
  entries.forEach((e, k) => {
    const entry = bv(at + k * ENTRY_BYTES);
    cpu.memory.store(entry, bv(e.ppn), 4);
    cpu.memory.store(add(entry, bv(4)), bv((e.address ?? NO_PAGE) >>> 0), 4);
    cpu.memory.store(add(entry, bv(8)), bv(e.ppn * r.kernel.pageSize), 4);
  });
  r.state = { ...r.state, cpu };
}

function issue(r: ServiceIssuer, service: PageService, args: Record<string, number>, regs: Record<number, number>): void {
  r.emit({ kind: 'call', name: service.name, arguments: Object.entries(args).map(([name, v]) => ({ name, value: bv(v >>> 0) })), results: [] });
  const values = new Map<number, Expr>([[1, bv(service.number)], ...Object.entries(regs).map(([k, v]): [number, Expr] => [Number(k), bv(v >>> 0)])]);
  const back = r.callService?.({ service, regs: values, state: r.state, kernel: r.kernel, inner: r.inner });
  if (!back) return;
  // The handler's workspace writes stay; the kernel's registers are its own.
  const cpu = r.state.cpu.clone();
  cpu.memory = back.state.cpu.memory;
  r.state = { ...r.state, cpu };
  r.kernel = back.kernel;
}

/** Service_PagesUnsafe: R2 → the block of the requested pages (the caller wrote it, or `requested` gives it), R3 = count. */
export function pagesUnsafe(r: ServiceIssuer, count: number, requested?: readonly BlockEntry[]): void {
  if (requested) writeBlock(r, PAGE_BLOCK_ADDRESS, requested);
  issue(r, SERVICE_PAGES_UNSAFE, { block: PAGE_BLOCK_ADDRESS, entries: count }, { 2: PAGE_BLOCK_ADDRESS, 3: count });
}

/** Service_PagesSafe: R2 = count, R3 → the old block, R4 → a new block of what now stands where each requested page was. */
export function pagesSafe(r: ServiceIssuer, standIns: readonly BlockEntry[]): void {
  writeBlock(r, REPLACEMENT_BLOCK_ADDRESS, standIns);
  issue(r, SERVICE_PAGES_SAFE, { entries: standIns.length, oldBlock: PAGE_BLOCK_ADDRESS, newBlock: REPLACEMENT_BLOCK_ADDRESS },
    { 2: standIns.length, 3: PAGE_BLOCK_ADDRESS, 4: REPLACEMENT_BLOCK_ADDRESS });
}
