// The one catalogue of VMM services, RISC OS SWIs, handler reasons and named
// constants. Analysis, hover, completion and signature help look things up
// here and nowhere else.

import { RISCOS_CONSTANTS } from './riscos-constants.js';
import { HANDLER_REASONS } from './riscos-handler.js';
import { OS_WRITEI, SWIS } from './riscos-swis.js';
import { nearestNames } from './suggest.js';
import { VMM_CONSTANTS } from './vmm-constants.js';
import { serviceOnTarget, VMM_SERVICES, vmmLinkCode, WINDOWS_OF_VMM } from './vmm.js';
import type { ArmContract, ArmRole, HandlerReason, NamedConstant, Platform, Swi, SwiReason, VmmService } from './types.js';

export type * from './types.js';
export { ALL_WINDOWS, WIN4X } from './types.js';
export { nearestNames, serviceOnTarget, vmmLinkCode, WINDOWS_OF_VMM };
export { DYNAMIC_AREA_REASON_LIMIT } from './riscos-dynamic-area.js';
export { MEMORY_CONVERT_RESERVED, MEMORY_RESERVE_RESERVED } from './riscos-memory.js';
export {
  acceptsResv, availableOn, DEFAULT_RISC_OS_VERSION, DYN_AREA_FLAGS_RESERVED_ROOL, isRiscOsVersion, reservedAreaFlags, riscOsName, RISC_OS_VERSIONS,
} from './riscos-versions.js';
export type { RiscOsVersion } from './riscos-versions.js';

/** Bit 17 of a SWI number selects the X (error-returning) form. */
export const SWI_X_BIT = 0x20000;


const VMM_DEVICE_ID = 0x0001;
const LINK_JUMP_BIT = 0x8000;

const byLowerName = <T extends { readonly name: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.name.toLowerCase(), item]));

const servicesByName = new Map([
  ...byLowerName(VMM_SERVICES),
  ...VMM_SERVICES.flatMap((s) => (s.formerName ? [[s.formerName.toLowerCase(), s] as const] : [])),
]);
const servicesByOrdinal = new Map(VMM_SERVICES.map((s) => [s.ordinal, s]));
const swisByName = byLowerName(SWIS);
const swisByExactName = new Map(SWIS.map((s) => [s.name, s]));
const swisByNumber = new Map(SWIS.filter((s) => !s.familySize).map((s) => [s.number, s]));
const CONSTANTS: readonly NamedConstant[] = [...VMM_CONSTANTS, ...RISCOS_CONSTANTS];
const constantsByName = byLowerName(CONSTANTS);
const handlerByName = new Map(HANDLER_REASONS.flatMap((h) => [[h.name.toLowerCase(), h], [h.shortName.toLowerCase(), h]] as const));

// ---------------------------------------------------------------------------
// VMM services

/** A VMM service by exact name or former name, ignoring case (MASM is case-insensitive). `_` is part of the name. */
export function findService(name: string): VmmService | undefined {
  return servicesByName.get(name.toLowerCase());
}

/** A VMM service by its ordinal within device 0001h. */
export function findServiceByOrdinal(ordinal: number): VmmService | undefined {
  return servicesByOrdinal.get(ordinal);
}

/** Decodes the dword after INT 20h (spec A.1.1); undefined for other devices or unknown ordinals. */
export function decodeVmmLink(dword: number): { readonly service: VmmService; readonly jump: boolean } | undefined {
  if (dword >>> 16 !== VMM_DEVICE_ID) return undefined;
  const service = servicesByOrdinal.get(dword & 0x7fff);
  return service ? { service, jump: (dword & LINK_JUMP_BIT) !== 0 } : undefined;
}

export function allServices(): readonly VmmService[] {
  return VMM_SERVICES;
}

// ---------------------------------------------------------------------------
// RISC OS SWIs

export interface SwiMatch {
  readonly swi: Swi;
  /** The X form was named or numbered. */
  readonly x: boolean;
  /** Full SWI number, X bit included when `x`. */
  readonly number: number;
  /** Name as the kernel would print it (with the X prefix when `x`). */
  readonly name: string;
  /** OS_WriteI only: the character written. */
  readonly character?: number;
}

const match = (swi: Swi, x: boolean, character?: number): SwiMatch => ({
  swi, x,
  number: (swi.number + (character ?? 0)) | (x ? SWI_X_BIT : 0),
  name: x ? `X${swi.name}` : swi.name,
  ...(character === undefined ? {} : { character }),
});

/**
 * A SWI by name, with or without the X prefix, in its own case: ObjAsm's
 * symbols (Hdr:SWIs defines `XOS_DynamicArea`) and OS_SWINumberFromString,
 * which BBC BASIC's `SWI "…"` and `SYS "…"` call, tell case apart.
 */
export function findSwi(name: string): SwiMatch | undefined {
  const plain = swisByExactName.get(name);
  if (plain) return match(plain, false);
  const xForm = name.startsWith('X') ? swisByExactName.get(name.slice(1)) : undefined;
  return xForm ? match(xForm, true) : undefined;
}

/** The SWI `name` spells in another case (`xos_dynamicarea`), as it is written (`XOS_DynamicArea`). */
export function swiInOtherCase(name: string): string | undefined {
  if (findSwi(name)) return undefined;
  const lower = name.toLowerCase();
  const plain = swisByName.get(lower);
  if (plain) return plain.name;
  const xForm = lower.startsWith('x') ? swisByName.get(lower.slice(1)) : undefined;
  return xForm ? `X${xForm.name}` : undefined;
}

/** A SWI by number; bit 17 gives the X form, &100-&1FF is OS_WriteI. */
export function findSwiByNumber(number: number): SwiMatch | undefined {
  const x = (number & SWI_X_BIT) !== 0;
  const base = number & ~SWI_X_BIT;
  if (base >= OS_WRITEI.number && base < OS_WRITEI.number + (OS_WRITEI.familySize ?? 0)) return match(OS_WRITEI, x, base - OS_WRITEI.number);
  const swi = swisByNumber.get(base);
  return swi ? match(swi, x) : undefined;
}

/** The reason a register value selects for a SWI that has reasons (flag bits masked off). */
export function findSwiReason(swiName: string, value: number): SwiReason | undefined {
  const swi = findSwi(swiName)?.swi;
  if (!swi?.reasons) return undefined;
  const code = (value & (swi.reasonMask ?? 0xffffffff)) >>> 0;
  return swi.reasons.find((r) => r.code === code);
}

/**
 * Registers a catalogued reason without a register table may return
 * anything in (OS_DynamicArea 6, 7, 23, 28): the range the family's
 * documented reasons use.
 */
export const UNCHARTED_RESULTS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

const resultsOf = (contract: ArmContract | undefined): number[] => (contract?.exit ?? [])
  .map((s) => Number(s.register.slice(1))).filter((r) => r !== 0 && r < 13);

/**
 * The registers from R1 to R12 a call of `swi` may return results in, when
 * its reason register holds `reasonValue` (undefined when not known: then
 * those of any of its reasons). A SWI or reason without a register table
 * returns nothing beyond R0, except a catalogued reason of a family that
 * has reasons, which may return anything in UNCHARTED_RESULTS.
 */
export function swiResultRegisters(swi: Swi, reasonValue: number | undefined): number[] {
  if (!swi.reasons || !swi.reasonRegister) return resultsOf(swi.contract);
  const reasons = reasonValue === undefined ? swi.reasons : [findSwiReason(swi.name, reasonValue)].filter((r) => r !== undefined);
  const registers = new Set(reasons.flatMap((r) => (r.contract ? resultsOf(r.contract) : UNCHARTED_RESULTS)));
  return [...registers].sort((a, b) => a - b);
}

/** Entry roles of a register table through which the call may write memory the caller owns (a buffer, a page list, a page block). */
const WRITTEN_THROUGH: ReadonlySet<ArmRole> = new Set(['pointer', 'page-block']);

/**
 * Whether a call of `swi` may write memory the caller owns when its reason
 * register holds `reasonValue` (undefined when not known: then any of its
 * reasons may be the one). Only a certain register table rules it out, and
 * only when it takes no pointer to write through, the call fills no block
 * and resizes no area (the area's handler runs on its workspace): a SWI or
 * reason without one may write wherever its registers point. What the
 * kernel writes of its own (an area's record, the RMA's heap) is not the
 * caller's.
 */
export function swiWritesCallerMemory(swi: Swi, reasonValue: number | undefined): boolean {
  const writes = (call: Pick<Swi, 'contract' | 'fillsBlock' | 'resizes'> | undefined): boolean =>
    !call?.contract?.certain || call.fillsBlock === true || call.resizes === true || call.contract.entry.some((s) => WRITTEN_THROUGH.has(s.role));
  if (!swi.reasons || !swi.reasonRegister) return writes(swi);
  if (reasonValue === undefined) return swi.reasons.some(writes);
  return writes(findSwiReason(swi.name, reasonValue));
}

export function allSwis(): readonly Swi[] {
  return SWIS;
}

// ---------------------------------------------------------------------------
// Handler reasons and constants

/** A dynamic-area handler reason by code (0-6), full name (DAHandler_PreGrow) or short name (PreGrow). */
export function findHandlerReason(key: number | string): HandlerReason | undefined {
  return typeof key === 'number' ? HANDLER_REASONS.find((h) => h.code === key) : handlerByName.get(key.toLowerCase());
}

export function allHandlerReasons(): readonly HandlerReason[] {
  return HANDLER_REASONS;
}

/** A named constant by name, ignoring case. */
export function findConstant(name: string): NamedConstant | undefined {
  return constantsByName.get(name.toLowerCase());
}

/** Constants, optionally only one platform's or one family's (e.g. 'Page', 'DynAreaFlags'). */
export function allConstants(filter: { readonly platform?: Platform; readonly family?: string } = {}): readonly NamedConstant[] {
  return CONSTANTS.filter((c) => (!filter.platform || c.platform === filter.platform) && (!filter.family || c.family === filter.family));
}

// ---------------------------------------------------------------------------
// Did you mean

/**
 * Known names nearest to an unknown one, for PW101. For SWIs an X prefix on
 * the input is kept on the suggestions.
 */
export function suggest(name: string, kind: 'vmm' | 'swi', limit = 3): string[] {
  if (kind === 'vmm') return nearestNames(name, VMM_SERVICES.map((s) => s.name), limit);
  const swiNames = SWIS.map((s) => s.name);
  const xPrefixed = /^x/i.test(name) && !swisByName.has(name.toLowerCase());
  if (!xPrefixed) return nearestNames(name, swiNames, limit);
  const asX = nearestNames(name.slice(1), swiNames, limit).map((n) => `X${n}`);
  return asX.length > 0 ? asX : nearestNames(name, swiNames, limit);
}
