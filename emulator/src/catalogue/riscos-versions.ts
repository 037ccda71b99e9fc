import type { RiscOsVendor } from './types.js';

// The RISC OS targets the `pagewarden.riscos.version` setting names, and
// what the catalogue's `since` and `vendor` marks mean for each. RISC OS 3.8
// (Ursula) features reached both branches; after it RISC OS Open (5.x) and
// RISCOS Ltd (4, 6) gave the same numbers different meanings (spec C.2.6/7).

export type RiscOsVersion = '3.7' | '4' | '5.0' | '5.23' | '5.27' | '6';

export const RISC_OS_VERSIONS: readonly RiscOsVersion[] = ['5.27', '5.23', '5.0', '6', '4', '3.7'];
export const DEFAULT_RISC_OS_VERSION: RiscOsVersion = '5.27';

interface Target {
  /** Branch: Acorn's kernel before the split shares only what is marked 'all'. */
  readonly vendor: 'Acorn' | Exclude<RiscOsVendor, 'all'>;
  readonly level: number;
}

const TARGETS: Readonly<Record<RiscOsVersion, Target>> = {
  '3.7': { vendor: 'Acorn', level: 3.7 },
  '4': { vendor: 'RISCOS Ltd', level: 4 },
  '6': { vendor: 'RISCOS Ltd', level: 6 },
  '5.0': { vendor: 'ROOL', level: 5 },
  '5.23': { vendor: 'ROOL', level: 5.23 },
  '5.27': { vendor: 'ROOL', level: 5.27 },
};

/** OS_DynamicArea 0 flag bits a current ROOL kernel does not define (16-19 are RISCOS Ltd's, 21-31 unused). */
export const DYN_AREA_FLAGS_RESERVED_ROOL = 0xffef0000;

export function isRiscOsVersion(value: unknown): value is RiscOsVersion {
  return typeof value === 'string' && (RISC_OS_VERSIONS as readonly string[]).includes(value);
}

/**
 * Whether a catalogue entry introduced in `since` by `vendor` exists on
 * `version`. A ROOL-only entry exists on RISC OS 5 from its `since`; a
 * shared one ('all') from its `since` on every branch.
 */
export function availableOn(entry: { readonly since?: string; readonly vendor?: RiscOsVendor }, version: RiscOsVersion): boolean {
  const target = TARGETS[version];
  const vendor = entry.vendor ?? 'all';
  if (vendor !== 'all' && vendor !== target.vendor) return false;
  return entry.since === undefined || Number(entry.since) <= target.level;
}

/** PreGrow's "RESV" return (and reserved pages, OS_Memory 23): RISC OS 5.27 (Kernel 6.28) on (spec B.6.2). */
export function acceptsResv(version: RiscOsVersion): boolean {
  return availableOn({ since: '5.27', vendor: 'ROOL' }, version);
}

/**
 * OS_DynamicArea 0 flag bits (R4) the target does not define: RISC OS 3.7
 * stops at bit 8; RISC OS 5 uses 9-15 and, from 5.23, 20 (PMP); RISCOS Ltd
 * gives 12-18 its own meanings (spec B.2.2, C.2.6).
 */
export function reservedAreaFlags(version: RiscOsVersion): { readonly mask: number; readonly bits: string } {
  const target = TARGETS[version];
  if (target.vendor === 'Acorn') return { mask: 0xfffffe00, bits: '9-31' };
  if (target.vendor === 'RISCOS Ltd') return { mask: 0xfff80000, bits: '19-31' };
  return target.level >= 5.23 ? { mask: DYN_AREA_FLAGS_RESERVED_ROOL, bits: '16-19 and 21-31' } : { mask: 0xffff0000, bits: '16-31' };
}

/** The setting's name for the target, for messages: "RISC OS 5.27". */
export function riscOsName(version: RiscOsVersion): string {
  return `RISC OS ${version}`;
}
