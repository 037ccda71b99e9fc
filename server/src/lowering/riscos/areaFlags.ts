import { knownBits, type Expr } from '../../../../emulator/src/index.js';

// The flags of an OS_DynamicArea 0 call (R4) decide how the kernel calls the
// area's handler: bit 8, NeedsSpecificPages, gives PreGrow and PostGrow a
// page block, bit 9, Shrinkable, lets the kernel ask it TestShrink, and bit
// 20 makes the area a physical memory pool, whose handler only ever gets
// ResizePMP. Flags built from a constant of a header
// that was not found still say what their known bits say. The maximum size
// (R5) bounds how many pages one grow can ask the handler for.

const FLAG_SPECIFIC_PAGES = 1n << 8n;
const FLAG_SHRINKABLE = 1n << 9n;
const FLAG_PMP = 1n << 20n;

export interface AreaFlagBits {
  /** Flag bit 8, when the known bits decide it. */
  readonly needsSpecificPages?: boolean;
  /** Flag bit 9, when the known bits decide it. */
  readonly shrinkable?: boolean;
  /** Flag bit 20, when the known bits decide it. */
  readonly pmp?: boolean;
}

/**
 * R5 of the creation as a bound on the area's size, when it is a constant:
 * -1 (and any size of 2 GB or more) means "as big as RAM", no bound.
 */
export function areaMaxSize(max: Expr | undefined): { readonly maxSize?: bigint } {
  const bytes = max?.kind === 'const' && max.width === 32 ? max.value : undefined;
  return bytes !== undefined && bytes < 0x80000000n ? { maxSize: bytes } : {};
}

/** Bits 8, 9 and 20 of `flags` (32 bits), each where its known bits decide it. */
export function areaFlagBits(flags: Expr): AreaFlagBits {
  const bits = knownBits(flags);
  const bit = (flag: bigint): boolean | undefined => ((bits.ones & flag) !== 0n ? true : (bits.zeros & flag) !== 0n ? false : undefined);
  const needsSpecificPages = bit(FLAG_SPECIFIC_PAGES), shrinkable = bit(FLAG_SHRINKABLE), pmp = bit(FLAG_PMP);
  return {
    ...(needsSpecificPages === undefined ? {} : { needsSpecificPages }), ...(shrinkable === undefined ? {} : { shrinkable }), ...(pmp === undefined ? {} : { pmp }),
  };
}
