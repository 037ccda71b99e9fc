import { findConstant, MEMORY_CONVERT_RESERVED, MEMORY_RESERVE_RESERVED } from '../../catalogue/index.js';
import { bv, constValue } from '../../values/expr.js';
import { KERNEL_ERRORS } from './errors.js';
import { ENTRY_BYTES } from './handler-entry.js';
import { PAGE_RESERVED, withPages } from './kernel-state.js';
import type { Kernel, Page } from './kernel-state.js';
import { register, withRegs } from '../../explore/machines/arm.js';
import { blockAt } from './block-fills.js';
import type { BlockFill, FilledWord } from './block-fills.js';
import { concrete, fail, ok } from './swi-call.js';
import type { SwiBranch, SwiCall } from './swi-call.js';

// OS_Memory 0, 23 and 24 (spec B.7) on the concrete kernel.

const bit = (name: string): number => findConstant(name)?.value ?? 0;
const GIVEN = [bit('MemConvert_PhysPageGiven'), bit('MemConvert_LogAddrGiven'), bit('MemConvert_PhysAddrGiven')];
const FILL = [bit('MemConvert_FillPhysPage'), bit('MemConvert_FillLogAddr'), bit('MemConvert_FillPhysAddr')];
const RELEASE = bit('MemReserve_Release');
const CMA_COMPLETELY = bit('CMA_Completely_UserR') | bit('CMA_Completely_UserW') | bit('CMA_Completely_PrivR') | bit('CMA_Completely_PrivW');
const CMA_PARTIALLY = bit('CMA_Partially_UserR') | bit('CMA_Partially_UserW') | bit('CMA_Partially_PrivR') | bit('CMA_Partially_PrivW');

function findPage(kernel: Kernel, field: number, value: number): number | undefined {
  if (field === 0) return value < kernel.pages.length ? value : undefined;
  if (field === 2) return value % kernel.pageSize === 0 && value / kernel.pageSize < kernel.pages.length ? value / kernel.pageSize : undefined;
  const base = value - (value % kernel.pageSize);
  const i = kernel.pages.findIndex((p) => p.address === base);
  return i < 0 ? undefined : i;
}

/**
 * The words of a page-block entry, in order (spec B.2.6); which OS_Memory 0
 * fills is the flags' choice. Its physical addresses are below 4 GB (B.7:
 * higher ones fail), so a page number it fills fits 20 bits.
 */
const FIELDS: readonly FilledWord[] = [{ offset: 0, name: 'ppn', bits: 20 }, { offset: 4, name: 'la' }, { offset: 8, name: 'pa' }];

/** OS_Memory 0's flags ask for a conversion the kernel refuses: not one field given, or a field both given and filled. */
function badConvert(flags: number): boolean {
  const given = GIVEN.filter((b) => (flags & b) !== 0).length;
  return (flags & MEMORY_CONVERT_RESERVED) !== 0 || given !== 1 || FILL.some((b, i) => (flags & b) !== 0 && (flags & (GIVEN[i] as number)) !== 0);
}

/** The words a valid OS_Memory 0 fills: the fields its flags ask for, of R2 entries at R1. */
export function convertFill(call: SwiCall): BlockFill | undefined {
  const r0 = constValue(register(call.state, 0));
  if (r0 === undefined || (Number(r0) & 0xff) !== 0 || badConvert(Number(r0))) return undefined;
  return blockAt(call, 1, 2, ENTRY_BYTES, FIELDS.filter((_, i) => (Number(r0) & (FILL[i] as number)) !== 0));
}

/**
 * OS_Memory 0: exactly one field given, fills only fields not given; all or
 * nothing. A block, count or given field that is not a constant is left to
 * the generic model, which makes the filled words unknown (`convertFill`).
 */
function convert(call: SwiCall, kernel: Kernel, flags: number): SwiBranch | undefined {
  if (badConvert(flags)) return fail(call.state, KERNEL_ERRORS.badParameters);
  const args = concrete(call.state, 1, 2);
  if (!args) return undefined;
  const [block, count] = args as [number, number];
  const field = GIVEN.findIndex((b) => (flags & b) !== 0);
  const cpu = call.state.cpu.clone();
  const writes: [number, number][] = [];
  let unknown = false;
  for (let k = 0; k < count; k++) {
    const at = block + k * ENTRY_BYTES;
    const value = constValue(cpu.memory.load(bv(at + 4 * field), 4));
    // An unknown field is the generic model's, unless a known one names no page: that fails the call whatever the others hold.
    if (value === undefined) { unknown = true; continue; }
    const ppn = findPage(kernel, field, Number(value));
    const page = ppn === undefined ? undefined : kernel.pages[ppn];
    if (ppn === undefined || !page) return fail(call.state, KERNEL_ERRORS.badParameters);
    const words = [ppn, page.address ?? 0, ppn * kernel.pageSize];
    FILL.forEach((b, i) => { if (flags & b) writes.push([at + 4 * i, words[i] as number]); });
  }
  if (unknown) return undefined;
  for (const [at, v] of writes) cpu.memory.store(bv(at), bv(v), 4);
  return ok({ ...call.state, cpu });
}

/** OS_Memory 23: reserving a range that holds a reserved page fails unchanged. */
function reserve(call: SwiCall, kernel: Kernel, flags: number): SwiBranch | undefined {
  const args = concrete(call.state, 1, 2);
  if (!args) return undefined;
  const [first, count] = args as [number, number];
  const release = (flags & RELEASE) !== 0;
  if (flags & MEMORY_RESERVE_RESERVED || first + count > kernel.pages.length) return fail(call.state, KERNEL_ERRORS.badParameters);
  const range = Array.from({ length: count }, (_, i) => first + i);
  if (!release && range.some((p) => ((kernel.pages[p]?.flags ?? 0) & PAGE_RESERVED) !== 0)) return fail(call.state, KERNEL_ERRORS.badParameters);
  const changes = new Map<number, Page>(range.map((p) => {
    const page = kernel.pages[p] as Page;
    return [p, { ...page, flags: release ? page.flags & ~PAGE_RESERVED : page.flags | PAGE_RESERVED }];
  }));
  return ok(call.state, withPages(kernel, changes));
}

/** OS_Memory 24: what of [R1, R2) the kernel has mapped; RAM pages are read/write in every mode here. */
function checkAccess(call: SwiCall, kernel: Kernel): SwiBranch | undefined {
  const args = concrete(call.state, 1, 2);
  if (!args) return undefined;
  const [low, high] = args as [number, number];
  const ps = kernel.pageSize;
  let total = 0, mapped = 0;
  for (let at = low - (low % ps); at < high; at += ps) {
    total++;
    if (kernel.pages.some((p) => p.address === at)) mapped++;
  }
  const bits = mapped === 0 ? 0 : mapped === total ? CMA_COMPLETELY | CMA_PARTIALLY : CMA_PARTIALLY;
  return ok(withRegs(call.state, new Map([[1, bv(bits)]])));
}

export function memory(call: SwiCall): SwiBranch | undefined {
  const r0 = constValue(register(call.state, 0));
  if (!call.kernel || r0 === undefined) return undefined;
  const flags = Number(r0);
  switch (flags & 0xff) {
    case 0: return convert(call, call.kernel, flags);
    case 23: return reserve(call, call.kernel, flags);
    case 24: return checkAccess(call, call.kernel);
  }
  return undefined;
}
