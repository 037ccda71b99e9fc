import { APP_SPACE, FLAG_SHRINKABLE, FREE_POOL, pagesOf, withArea } from './kernel-state.js';
import type { Area, Kernel } from './kernel-state.js';
import { KERNEL_ERRORS } from './errors.js';
import { withRegs } from '../../explore/machines/arm.js';
import { bv, type Expr } from '../../values/expr.js';
import { swiOutputName } from './provenance.js';
import { fail, ok, word } from './swi-call.js';
import type { SwiBranch, SwiCall } from './swi-call.js';

// OS_DynamicArea reasons of RISC OS 5.23 and 5.27 that read the kernel or
// move application space's limit (spec B.2.1, B.4): 20 LocateAddress,
// 24 PMP_GetInfo, 26 AplSpaceLimit, 27 ReturnFreePages.

/** R0 of LocateAddress for an address inside a dynamic area (1 would be a system area). */
const DYNAMIC_AREA_TYPE = 0;

const isDynamicArea = (a: Area): boolean => a.number !== APP_SPACE && a.number !== FREE_POOL;

/** 20: the dynamic area whose address range (base to base + maximum size) holds R1; an error if none does. */
export function locateAddress(call: SwiCall, kernel: Kernel, address: number): SwiBranch {
  const found = [...kernel.areas.values()].find((a) => isDynamicArea(a) && address >= a.base && address < a.base + Math.max(a.max, a.size));
  if (!found) return fail(call.state, KERNEL_ERRORS.badParameters, [1]);
  return ok(withRegs(call.state, new Map([[0, bv(DYNAMIC_AREA_TYPE)], [1, word(found.number)]])));
}

/** R8 of reasons 2 and 24 points at the kernel's copy of the area's name, which the model does not keep: an unknown pointer, not 0. */
export const areaNamePointer = (call: SwiCall): Expr => call.ctx.pathFresh(swiOutputName(call.swi.name, 8), 32);

/**
 * 24: size, base, flags and limits, with the physical size in pages. For a
 * physical memory pool the logical size counts its mapped pages and the
 * physical size the pages it holds; for other areas both come from the size.
 */
export function poolInfo(call: SwiCall, kernel: Kernel, a: Area): SwiBranch {
  const ps = kernel.pageSize;
  const held = pagesOf(kernel, a.number);
  const logical = a.kind === 'pmp' ? held.filter((p) => kernel.pages[p]?.address !== undefined).length * ps : a.size;
  const physical = a.kind === 'pmp' ? held.length : a.size / ps;
  const physicalMax = a.kind === 'pmp' ? a.pmpMaxPages ?? 0 : Math.floor(a.max / ps);
  return ok(withRegs(call.state, new Map([
    [2, bv(logical)], [3, bv(a.base)], [4, bv(a.flags)], [5, bv(a.max)], [6, bv(physical)], [7, bv(physicalMax)],
    [8, areaNamePointer(call)],
  ])));
}

/** Application space's upper limit: its base plus its maximum size. */
export const aplSpaceLimit = (app: Area): number => app.base + app.max;

/**
 * 26: R1 = 0 reads the limit; anything else moves it. The new limit must be a
 * page boundary at or above what application space uses now ("bad
 * parameters", &1EA) and must not run into a dynamic area (&1C6).
 */
export function setAplSpaceLimit(call: SwiCall, kernel: Kernel, limit: number): SwiBranch {
  const app = kernel.areas.get(APP_SPACE);
  if (!app) return fail(call.state, KERNEL_ERRORS.badParameters, [1]);
  const old = aplSpaceLimit(app);
  const read = ok(withRegs(call.state, new Map([[1, word(old)]])));
  if (limit === 0) return read;
  if (limit % kernel.pageSize !== 0 || limit < app.base + app.size) return fail(call.state, KERNEL_ERRORS.badParameters, [1]);
  const overlaps = [...kernel.areas.values()].some((a) => isDynamicArea(a) && a.base < limit && a.base + Math.max(a.max, a.size) > app.base);
  if (overlaps) return fail(call.state, KERNEL_ERRORS.overlappingAreas, [1]);
  return { ...read, kernel: withArea(kernel, { ...app, max: limit - app.base }) };
}

/** Bytes reason 5 counts: the free pool and every Shrinkable area but `exclude`. */
export function freeBytes(kernel: Kernel, exclude: number): number {
  let bytes = pagesOf(kernel, FREE_POOL).length * kernel.pageSize;
  for (const a of kernel.areas.values()) if (a.flags & FLAG_SHRINKABLE && a.number !== exclude) bytes += a.size;
  return bytes;
}

/** 27: reason 5 in pages, so no 2 GB clamp. */
export function returnFreePages(call: SwiCall, kernel: Kernel, exclude: number): SwiBranch {
  return ok(withRegs(call.state, new Map([[2, bv(freeBytes(kernel, exclude) / kernel.pageSize)]])));
}
