import type { ModelStates } from '../../explore/hooks.js';
import type { SourceSpan } from '../../ir/program.js';
import type { EntryStores } from './entry-stores.js';
import type { Kernel } from './kernel-state.js';

// The RISC OS entries of a path's model states. Each is replaced, never
// mutated; a path without an entry has none of that state.

const KERNEL = 'riscos.kernel';
const UNCHECKED_V = 'riscos.unchecked-v';
/** Exported for the join of a PreGrow's paths, which tells this state from the others. */
export const ENTRY_STORES = 'riscos.entry-stores';

/** Result registers of an X SWI that returned V set, not yet separated from the error by a V test (PW310). */
export interface UncheckedV {
  readonly swi: string;
  readonly registers: readonly number[];
  /** Those of `registers` that hold a value worked out from a result (`ADD r2, r2, r1`), not a result itself. */
  readonly carried?: readonly number[];
  readonly source: SourceSpan;
}

export function kernelOf(models: ModelStates): Kernel | undefined {
  return models.get(KERNEL) as Kernel | undefined;
}

export function withKernel(models: ModelStates, kernel: Kernel): ModelStates {
  return new Map(models).set(KERNEL, kernel);
}

export function uncheckedV(models: ModelStates): UncheckedV | undefined {
  return models.get(UNCHECKED_V) as UncheckedV | undefined;
}

export function withUncheckedV(models: ModelStates, value: UncheckedV | undefined): ModelStates {
  const out = new Map(models);
  if (value && value.registers.length > 0) out.set(UNCHECKED_V, value); else out.delete(UNCHECKED_V);
  return out;
}

export function entryStoresOf(models: ModelStates): EntryStores | undefined {
  return models.get(ENTRY_STORES) as EntryStores | undefined;
}

export function withEntryStores(models: ModelStates, stores: EntryStores): ModelStates {
  return new Map(models).set(ENTRY_STORES, stores);
}
