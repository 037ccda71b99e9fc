import type { Program } from '../../../../emulator/src/index.js';
import type { AreaCreation } from './types.js';

/** Whether a handler's area is a physical memory pool (flag bit 20): 'either' when the flags that would say are unknown. */
export type Pool = boolean | 'either';

/**
 * Each handler's pool kind over the creations: a pool when every one creates
 * a pool, not one when any does not, else 'either'. A handler no creation
 * names (a hint) is not a pool's.
 */
export function handlerPools(creations: readonly AreaCreation[], program: Program): Map<bigint, Pool> {
  const kinds = new Map<bigint, Pool>();
  for (const c of creations) {
    const address = c.handlerAddress ?? (c.handler === undefined ? undefined : program.label(c.handler));
    if (address === undefined) continue;
    const was = kinds.get(address) ?? true;
    kinds.set(address, was === false || c.pmp === false ? false : was === true && c.pmp === true ? true : 'either');
  }
  return kinds;
}
