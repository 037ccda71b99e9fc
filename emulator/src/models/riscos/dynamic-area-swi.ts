import { DEFAULT_RISC_OS_VERSION, reservedAreaFlags, riscOsName, type RiscOsVersion } from '../../catalogue/index.js';
import { add, and, bv, constValue, eq, not } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { bytesText } from '../../values/text.js';
import { changeDynamicArea } from './change-dynamic-area.js';
import { areaNamePointer, freeBytes, locateAddress, poolInfo, returnFreePages, setAplSpaceLimit } from './dynamic-area-info.js';
import { getPages, logOp, physOp } from './pmp-ops.js';
import type { ResizeResult } from './change-dynamic-area.js';
import { KERNEL_ERRORS } from './errors.js';
import {
  APP_SPACE, FLAG_DOUBLY_MAPPED, FLAG_NOT_DRAGGABLE, FLAG_PMP, FLAG_SHRINKABLE, FLAG_SPARSE, FLAG_SPECIFIC_PAGES, FREE_POOL,
  freeAreaNumber, pagesOf, placeArea, roundUpToPage, withArea, withoutArea, withPages, workspaceOf,
} from './kernel-state.js';
import type { Area, Kernel, Page } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import { SWI_ERROR } from './provenance.js';
import { register, withRegs } from '../../explore/machines/arm.js';
import { concrete, fail, ok, signed, word } from './swi-call.js';
import type { SwiBranch, SwiCall } from './swi-call.js';

// OS_DynamicArea reasons 0-10 (spec B.4) on the concrete kernel, and the
// later reasons of dynamic-area-info.ts and pmp-ops.ts. Anything with a
// non-constant argument is left to the generic SWI model.

const NAME_LIMIT = 31;
/** Sub-page change below which OS_DynamicArea 8 only reads (the kernel ignores values under 1 MB). */
const CLAMP_FLOOR = 0x100000;

/** A PW313 problem of an area creation: the message and the root cause that keeps it one finding. */
export interface AreaFlagProblem {
  readonly message: string;
  readonly rootCause: string;
}

/**
 * PW313: flags the kernel silently rewrites or that cannot work, for the
 * flags word R4 of OS_DynamicArea 0 and whether R6 gives a handler
 * (undefined: not known). The SWI model asks for ARM code, the analysis for
 * a BASIC `SYS`.
 */
export function areaFlagProblems(flags: bigint, handler: 'none' | 'given' | undefined, version: RiscOsVersion): AreaFlagProblem[] {
  const has = (bit: number) => (flags & BigInt(bit)) !== 0n;
  const out: AreaFlagProblem[] = [];
  const reserved = reservedAreaFlags(version);
  if (flags & BigInt(reserved.mask)) out.push({ message: `OS_DynamicArea 0 with reserved flag bits set in R4 (bits ${reserved.bits} are not defined by ${riscOsName(version)})`, rootCause: 'reserved' });
  if (has(FLAG_SPARSE) && handler === 'given') out.push({ message: 'OS_DynamicArea 0 gives a handler to a sparse area: the kernel discards it (and the workspace)', rootCause: 'sparse-handler' });
  if (has(FLAG_SPECIFIC_PAGES) && handler === 'none') out.push({ message: 'OS_DynamicArea 0 sets flag bit 8 (NeedsSpecificPages) with no handler to name the pages', rootCause: 'bit8-no-handler' });
  return out;
}

/**
 * PW313 for a call in ARM code. Only what the code sets for certain counts:
 * flags or a handler it did not choose (an unknown register) prove nothing.
 */
export function checkAreaFlags(call: SwiCall): void {
  const flags = constValue(register(call.state, 4)), handler = constValue(register(call.state, 6));
  if (flags === undefined) return;
  const given = handler === undefined ? undefined : handler === 0n ? 'none' : 'given';
  for (const { message, rootCause } of areaFlagProblems(flags, given, call.kernel?.version ?? DEFAULT_RISC_OS_VERSION)) {
    call.ctx.report({ code: 'PW313', message, rootCause });
  }
}

function readName(state: RiscOsState, pointer: number, number: number): string {
  if (pointer === 0) return `&${number.toString(16)}`;
  const memory = state.cpu.memory.clone();
  const name: number[] = [];
  for (let i = 0; i < NAME_LIMIT; i++) {
    const b = constValue(memory.load(add(bv(pointer), bv(i)), 1));
    if (b === undefined) return bytesText(name) || '?';
    if (b === 0n) break;
    name.push(Number(b));
  }
  return bytesText(name);
}

function resized(result: ResizeResult, onOk: (r: ResizeResult) => SwiBranch, onError: (r: ResizeResult) => SwiBranch): SwiBranch {
  return result.error === undefined ? onOk(result) : onError(result);
}

function errorBranch(r: ResizeResult, state: RiscOsState, kernel: Kernel): SwiBranch {
  const e = r.error;
  if (e === undefined) return ok(state, kernel);
  if ('number' in e) return fail(state, e, [], kernel);
  return { guard: bv(1, 1), state, kernel, error: e };
}

/** The symbols of a creation's failure and its error. */
interface CreateFailure {
  readonly failed: Expr;
  readonly error: Expr;
}

function failureSymbols(call: SwiCall): CreateFailure {
  // Made in a run too: symbols are numbered by name along the path, and a witness names the analysis's.
  return { failed: call.ctx.pathFresh(`swi.failed.${call.swi.name}`, 1), error: call.ctx.pathFresh(`${SWI_ERROR}.${call.swi.name}`, 32) };
}

function failing(call: SwiCall, { failed, error }: CreateFailure, results: readonly number[]): SwiBranch {
  return { guard: eq(failed, bv(1, 1)), state: call.state, error, results };
}

/**
 * In a run given the failure of this creation (a replayed witness), the
 * failure alone: the kernel made no area, so no handler runs and nothing
 * moves. The symbols are made before the area is, as the run must know.
 */
function givenFailure(call: SwiCall, results: readonly number[]): { readonly failure?: CreateFailure; readonly fails?: SwiBranch } {
  const world = call.env.closedWorld;
  if (!world) return {};
  const failure = failureSymbols(call);
  const given = failure.failed.kind === 'sym' ? world.given.get(failure.failed.name) : undefined;
  return given === 1n ? { failure, fails: failing(call, failure, results) } : { failure };
}

/**
 * A creation the kernel model works out, which may fail all the same (B.4:
 * no RMA for the area's node or name, no logical address space for its
 * maximum size, too few free pages for its initial size): the model's
 * kernel is not the machine's, so an analysis also takes the error. A run's
 * kernel is the whole machine: it fails there only when the run is given
 * the error's symbol (a replayed witness).
 */
function mayFailToCreate(call: SwiCall, made: SwiBranch, results: readonly number[], inRun?: CreateFailure): SwiBranch[] {
  if (made.error !== undefined) return [made];
  const failure = inRun ?? failureSymbols(call);
  const world = call.env.closedWorld;
  if (world && !(failure.failed.kind === 'sym' && world.given.has(failure.failed.name))) return [made];
  const fails = failing(call, failure, results);
  return [{ ...made, guard: and(made.guard, not(fails.guard)) }, fails];
}

function create(call: SwiCall, kernel: Kernel): SwiBranch[] | undefined {
  const args = concrete(call.state, 1, 2, 4, 5, 6, 8);
  if (!args) return undefined;
  const [want, initial, flagsIn, maxIn, handlerIn, namePtr] = args as [number, number, number, number, number, number];
  // The workspace is only passed back (R12 to the handler): a block the code claimed need not be a number the run knows.
  const workspaceIn = register(call.state, 7);
  const workspaceWord = constValue(workspaceIn);
  const requested = signed(want);
  if (requested !== -1 && (kernel.areas.has(requested) || requested < 0)) return [fail(call.state, KERNEL_ERRORS.areaInUse, [1, 3, 5])];
  const number = requested === -1 ? freeAreaNumber(kernel) : requested;
  const sparse = (flagsIn & FLAG_SPARSE) !== 0;
  const pmp = (flagsIn & FLAG_PMP) !== 0;
  const pmpPages = pmp ? concrete(call.state, 9)?.[0] : undefined;
  if (pmp && pmpPages === undefined) return undefined;
  // Sparse areas: bits 6, 8, 9 dropped, 7 forced, handler discarded (B.4 reason 0).
  const flags = sparse ? (flagsIn & ~(FLAG_DOUBLY_MAPPED | FLAG_SPECIFIC_PAGES | FLAG_SHRINKABLE)) | FLAG_NOT_DRAGGABLE : flagsIn;
  const ram = kernel.pages.length * kernel.pageSize;
  const [clampUnlimited, clampLimited, clampSparse] = kernel.clamps;
  const max = Math.min(roundUpToPage(kernel, signed(maxIn) === -1 ? clampUnlimited : maxIn >>> 0), sparse ? clampSparse : signed(maxIn) === -1 ? clampUnlimited : clampLimited, ram);
  const placed = placeArea(kernel, max);
  const a: Area = {
    number, name: readName(call.state, namePtr, number), base: placed.base, size: 0, max, flags,
    ...(sparse || handlerIn === 0 ? {} : { handler: handlerIn }), workspace: sparse ? 0 : workspaceWord === 0xffffffffn ? placed.base : workspaceWord === undefined ? workspaceIn : Number(workspaceWord),
    kind: sparse ? 'sparse' : pmp ? 'pmp' : 'normal',
    // A pool's physical limit: R9, -1 (or anything above RAM) meaning every page.
    ...(pmpPages === undefined ? {} : { pmpMaxPages: Math.min(pmpPages >>> 0, kernel.pages.length) }),
  };
  // The node is linked before the initial grow, so the handler runs during the create.
  const linked = withArea(placed.kernel, a);
  const results: [number, number][] = [[1, number], [3, a.base], [5, max], ...(a.pmpMaxPages === undefined ? [] : [[9, a.pmpMaxPages] as [number, number]])];
  const out = (state: RiscOsState) => withRegs(state, new Map(results.map(([r, v]) => [r, bv(v)])));
  const resultRegisters = results.map(([r]) => r);
  const { failure, fails } = givenFailure(call, resultRegisters);
  if (fails) return [fails];
  if (initial === 0 || sparse) {
    call.ctx.event({ kind: 'call', name: 'Service_DynamicAreaCreate', arguments: [{ name: 'area', value: bv(number) }], results: [] });
    return mayFailToCreate(call, ok(out(call.state), linked), resultRegisters, failure);
  }
  const grown = changeDynamicArea(call, linked, number, initial);
  return mayFailToCreate(call, resized(grown, (r) => {
    call.ctx.event({ kind: 'call', name: 'Service_DynamicAreaCreate', arguments: [{ name: 'area', value: bv(number) }], results: [] });
    return ok(out(r.state), r.kernel);
  }, (r) => {
    // A failed initial grow destroys the area again.
    const freed = release(r.kernel, number);
    return errorBranch(r, r.state, withoutArea(freed, number));
  }), resultRegisters, failure);
}

/** Gives every page of an area back to the free pool (removing an area whose shrink already ran, or a sparse area). */
function release(kernel: Kernel, number: number): Kernel {
  const changes = new Map<number, Page>(pagesOf(kernel, number).map((p) => [p, { owner: FREE_POOL, address: undefined, flags: (kernel.pages[p]?.flags ?? 0) & ~0x8000 }]));
  let k = withPages(kernel, changes);
  const pool = k.areas.get(FREE_POOL);
  if (pool) k = withArea(k, { ...pool, size: pagesOf(k, FREE_POOL).length * k.pageSize });
  const a = k.areas.get(number);
  return a ? withArea(k, { ...a, size: 0 }) : k;
}

function remove(call: SwiCall, kernel: Kernel, number: number): SwiBranch {
  const a = dynamicAreaOf(kernel, number);
  if (!a || number === FREE_POOL) return fail(call.state, KERNEL_ERRORS.badDynamicArea);
  const drop = (state: RiscOsState, k: Kernel): SwiBranch => {
    call.ctx.event({ kind: 'call', name: 'Service_DynamicAreaRemove', arguments: [{ name: 'area', value: bv(number) }], results: [] });
    return ok(state, withoutArea(release(k, number), number));
  };
  if (a.kind === 'sparse' || a.size === 0) return drop(call.state, kernel);
  const shrunk = changeDynamicArea(call, kernel, number, -a.size);
  // On failure the kernel grows the area back and keeps it; the model keeps what the handler allowed.
  return resized(shrunk, (r) => drop(r.state, r.kernel), (r) => errorBranch(r, r.state, r.kernel));
}

/**
 * The dynamic area numbered `number`. Application space, which the model
 * keeps as area -1 (OS_ChangeDynamicArea's number for it), is none: the
 * reasons that take an area in R1 (B.4) give -1 no meaning but for 0, 3
 * and 5, which read it themselves.
 */
const dynamicAreaOf = (kernel: Kernel, number: number): Area | undefined => (number === APP_SPACE ? undefined : kernel.areas.get(number));

/** 2: R6 and R7 are the handler and its workspace; R8 the name. */
function info(call: SwiCall, a: Area): SwiBranch {
  return ok(withRegs(call.state, new Map([
    [2, bv(a.size)], [3, bv(a.base)], [4, bv(a.flags)], [5, bv(a.max)], [6, bv(a.handler ?? 0)], [7, workspaceOf(a)],
    [8, areaNamePointer(call)],
  ])));
}

function enumerate(call: SwiCall, kernel: Kernel, previous: number): SwiBranch {
  const numbers = [...kernel.areas.keys()].filter((n) => n !== APP_SPACE).sort((x, y) => x - y);
  const next = previous === -1 ? numbers[0] : numbers[numbers.indexOf(previous) + 1];
  if (previous !== -1 && !kernel.areas.has(previous)) return fail(call.state, KERNEL_ERRORS.badDynamicArea, [1]);
  return ok(withRegs(call.state, new Map([[1, word(next ?? -1)]])));
}

function renumber(call: SwiCall, kernel: Kernel, from: number, to: number): SwiBranch {
  const a = dynamicAreaOf(kernel, from);
  if (!a) return fail(call.state, KERNEL_ERRORS.badDynamicArea);
  if (kernel.areas.has(to)) return fail(call.state, KERNEL_ERRORS.areaInUse);
  let k = withArea(withoutArea(kernel, from), { ...a, number: to });
  k = withPages(k, new Map(pagesOf(kernel, from).map((p) => [p, { ...(kernel.pages[p] as Page), owner: to }])));
  call.ctx.event({ kind: 'call', name: 'Service_DynamicAreaRenumber', arguments: [{ name: 'old', value: bv(from) }, { name: 'new', value: bv(to) }], results: [] });
  return ok(call.state, k);
}

function returnFree(call: SwiCall, kernel: Kernel, exclude: number): SwiBranch {
  return ok(withRegs(call.state, new Map([[2, bv(Math.min(freeBytes(kernel, exclude), 0x80000000 - kernel.pageSize))]])));
}

function setClamps(call: SwiCall, kernel: Kernel, values: readonly number[]): SwiBranch {
  const next = kernel.clamps.map((old, i) => ((values[i] ?? 0) >>> 0 < CLAMP_FLOOR ? old : (values[i] ?? 0) >>> 0)) as [number, number, number];
  return ok(withRegs(call.state, new Map(kernel.clamps.map((c, i) => [i + 1, bv(c)]))), { ...kernel, clamps: next });
}

function sparseOp(call: SwiCall, kernel: Kernel, number: number, start: number, length: number, claim: boolean): SwiBranch {
  const a = kernel.areas.get(number);
  if (!a || a.kind !== 'sparse') return fail(call.state, KERNEL_ERRORS.badDynamicArea);
  const ps = kernel.pageSize;
  // Claim rounds outwards, release inwards (B.4 reasons 9/10).
  const from = claim ? Math.floor(start / ps) * ps : Math.ceil(start / ps) * ps;
  const to = claim ? Math.ceil((start + length) / ps) * ps : Math.floor((start + length) / ps) * ps;
  if (from < a.base || to > a.base + a.max) return fail(call.state, KERNEL_ERRORS.badParameters);
  const mapped = new Map<number, number>();
  for (const p of pagesOf(kernel, number)) mapped.set(kernel.pages[p]?.address ?? -1, p);
  const changes = new Map<number, Page>();
  const free = pagesOf(kernel, FREE_POOL).reverse();
  for (let at = from; at < to; at += ps) {
    const page = mapped.get(at);
    if (claim && page === undefined) {
      const ppn = free.shift();
      if (ppn === undefined) return fail(call.state, KERNEL_ERRORS.notAllMoved);
      changes.set(ppn, { owner: number, address: at, flags: 0 });
    } else if (!claim && page !== undefined) {
      changes.set(page, { owner: FREE_POOL, address: undefined, flags: 0 });
    }
  }
  let k = withPages(kernel, changes);
  for (const n of [number, FREE_POOL]) {
    const area = k.areas.get(n);
    if (area) k = withArea(k, { ...area, size: pagesOf(k, n).length * ps });
  }
  return ok(call.state, k);
}

/**
 * OS_DynamicArea: the branches for reasons 0-10, 20-22 and 24-27 with
 * constant arguments, undefined for the generic model.
 */
export function dynamicArea(call: SwiCall): SwiBranch[] | undefined {
  const reason = constValue(register(call.state, 0));
  if (reason === 0n) checkAreaFlags(call);
  const kernel = call.kernel;
  if (!kernel || reason === undefined) return undefined;
  if (reason === 0n) return create(call, kernel);
  const branch = reasonBranch(call, kernel, Number(reason));
  return branch && [branch];
}

/** Reasons 1-10, 20-22 and 24-27, each with one outcome the kernel model works out. */
function reasonBranch(call: SwiCall, kernel: Kernel, reason: number): SwiBranch | undefined {
  const r = (n: number) => concrete(call.state, n)?.[0];
  const areaArg = r(1);
  const known = (n: number | undefined): Area | undefined => (n === undefined ? undefined : dynamicAreaOf(kernel, signed(n)));
  switch (reason) {
    case 1: return areaArg === undefined ? undefined : remove(call, kernel, signed(areaArg));
    case 2: {
      if (areaArg === undefined) return undefined;
      const a = known(areaArg);
      return a ? info(call, a) : fail(call.state, KERNEL_ERRORS.badDynamicArea, [2, 3, 4, 5, 6, 7, 8]);
    }
    case 3: return areaArg === undefined ? undefined : enumerate(call, kernel, signed(areaArg));
    case 4: { const to = r(2); return areaArg === undefined || to === undefined ? undefined : renumber(call, kernel, signed(areaArg), signed(to)); }
    case 5: return areaArg === undefined ? undefined : returnFree(call, kernel, signed(areaArg));
    case 8: { const v = concrete(call.state, 1, 2, 3); return v ? setClamps(call, kernel, v) : undefined; }
    case 9: case 10: {
      const v = concrete(call.state, 1, 2, 3);
      return v ? sparseOp(call, kernel, signed(v[0] as number), v[1] as number, v[2] as number, reason === 9) : undefined;
    }
    case 20: return areaArg === undefined ? undefined : locateAddress(call, kernel, areaArg);
    case 24: {
      if (areaArg === undefined) return undefined;
      const a = known(areaArg);
      return a ? poolInfo(call, kernel, a) : fail(call.state, KERNEL_ERRORS.badDynamicArea, [2, 3, 4, 5, 6, 7, 8]);
    }
    case 21: return physOp(call, kernel);
    case 22: return logOp(call, kernel);
    case 25: return getPages(call, kernel);
    case 26: return areaArg === undefined ? undefined : setAplSpaceLimit(call, kernel, areaArg);
    case 27: return areaArg === undefined ? undefined : returnFreePages(call, kernel, signed(areaArg));
  }
  return undefined;
}
