import type { Program } from '../../../../emulator/src/index.js';
import type { AreaCreation } from './types.js';

// What the area creations say about the areas each handler serves: whether
// they are physical memory pools or Shrinkable, and how big they may grow.

/** Whether a handler's area is a physical memory pool (flag bit 20): 'either' when the flags that would say are unknown. */
export type Pool = boolean | 'either';
/** Whether a handler's area is Shrinkable (flag bit 9): 'either' when the flags that would say are unknown. */
export type Shrinkable = boolean | 'either';
/** Flag bit 8 of the areas a handler serves: 'both' when one creation sets it and another clears it. */
export type SpecificPages = boolean | 'both';

/** The handler a creation passes in R6, where its address is known. */
function handlerOf(creation: AreaCreation, program: Program): bigint | undefined {
  return creation.handlerAddress ?? (creation.handler === undefined ? undefined : program.label(creation.handler));
}

/**
 * Each handler's pool kind over the creations: a pool when every one creates
 * a pool, not one when any does not, else 'either'. A handler no creation
 * names (a hint) is not a pool's.
 */
export function handlerPools(creations: readonly AreaCreation[], program: Program): Map<bigint, Pool> {
  return byHandler<Pool>(creations, program, true, (was, c) => (was === false || c.pmp === false ? false : was === true && c.pmp === true ? true : 'either'));
}

/**
 * Whether the kernel may ask each handler TestShrink, over the creations:
 * yes when any creates a Shrinkable area, no when every one creates an area
 * that is not, else 'either'. A handler no creation names (a hint) may be
 * asked.
 */
export function handlerShrinkables(creations: readonly AreaCreation[], program: Program): Map<bigint, Shrinkable> {
  return byHandler<Shrinkable>(creations, program, false, (was, c) => (was === true || c.shrinkable === true ? true : was === false && c.shrinkable === false ? false : 'either'));
}

/**
 * Flag bit 8 of the areas each handler serves, over the creations that
 * decide it: a handler one area with the bit and one without share is
 * called both ways, each a real call, so its analysis reports what either
 * finds ('both'). A creation whose bit is unknown adds nothing: the
 * creations that know it already say how the handler is surely called;
 * undefined where no creation decides it.
 */
export function handlerSpecificPages(creations: readonly AreaCreation[], program: Program): Map<bigint, SpecificPages | undefined> {
  return byHandler<SpecificPages | undefined>(creations, program, undefined, (was, c) =>
    c.needsSpecificPages === undefined || was === undefined || was === c.needsSpecificPages ? c.needsSpecificPages ?? was : 'both');
}

/** For each handler the creations name, `fold` over those creations from `start`. */
function byHandler<T>(creations: readonly AreaCreation[], program: Program, start: T, fold: (was: T, creation: AreaCreation) => T): Map<bigint, T> {
  const out = new Map<bigint, T>();
  for (const c of creations) {
    const address = handlerOf(c, program);
    if (address !== undefined) out.set(address, fold(out.get(address) ?? start, c));
  }
  return out;
}

/**
 * The largest maximum size of the areas each handler serves, where every
 * creation that names it gives one: a handler two areas share grows as far
 * as the larger lets it.
 */
export function handlerMaxSizes(creations: readonly AreaCreation[], program: Program): Map<bigint, bigint | undefined> {
  const sizes = new Map<bigint, bigint | undefined>();
  for (const c of creations) {
    const address = handlerOf(c, program);
    if (address === undefined) continue;
    const was = sizes.has(address) ? sizes.get(address) : c.maxSize;
    sizes.set(address, was === undefined || c.maxSize === undefined ? undefined : was > c.maxSize ? was : c.maxSize);
  }
  return sizes;
}
