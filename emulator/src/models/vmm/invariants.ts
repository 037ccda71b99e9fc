import type { X86State } from '../../cpu/x86/index.js';
import type { Invariant, ModelStates } from '../../explore/hooks.js';
import { formatNumber } from '../../values/format.js';
import { belowZero } from './linear-locks.js';
import { MODEL_KEY } from './state.js';
import type { Violation, VmmModelState } from './state.js';

// Spec A.3's invariants, checked by the engine after every step; a violation
// is a finding at the step that broke it. Misuse the services refuse (an
// unlock below zero, a freed handle) is recorded by the service as a
// violation, so "the newest violation" is what each invariant reports.

export function vmmModel(models: ModelStates): VmmModelState | undefined {
  return models.get(MODEL_KEY) as VmmModelState | undefined;
}

/** Invariant 1: a physical page is free, device memory, or owned by exactly one slot or block. */
export function ownershipProblem(model: VmmModelState): string | undefined {
  const owners = new Map<bigint, string[]>();
  const own = (ppn: bigint, who: string): void => { owners.set(ppn, [...(owners.get(ppn) ?? []), who]); };
  for (const ppn of model.freeList) own(ppn, 'the free list');
  for (const ppn of model.device) own(ppn, 'device memory');
  for (const [lpn, slot] of model.slots) if (slot.phys !== 0n) own(slot.phys >> 12n, `region slot ${formatNumber(lpn, 'masm')}`);
  for (const o of model.objects.values()) if (o.status === 'live') for (const ppn of o.frames) own(ppn, 'a memory block');
  for (const [ppn, who] of owners) {
    if (who.length > 1) return `physical page ${formatNumber(ppn, 'masm')} is owned by ${who.join(' and ')}`;
  }
  return undefined;
}

/** Invariant 2: lock counts never go below zero. */
function negativeLock(model: VmmModelState): string | undefined {
  for (const o of model.objects.values()) for (const [page, n] of o.locks ?? []) if (n < 0) return `lock count of page ${page} of a block is negative`;
  for (const n of model.linearLocks.values()) if (belowZero(n)) return 'a linear page lock count is negative';
  return undefined;
}

const newest = (model: VmmModelState, code: 'PW220' | 'PW222'): Violation | undefined =>
  [...model.violations].reverse().find((v) => v.code === code);

type Broken = ReturnType<Invariant<X86State>['check']>;

function broken(found: Violation | string | undefined): Broken {
  if (found === undefined || typeof found === 'string') return found === undefined ? undefined : { message: found };
  const { message, at, since, once } = found;
  return { message: message.text, lines: message.lines, at, ...(since ? { since } : {}), ...(once === undefined ? {} : { once }) };
}

/**
 * An invariant of the model state alone, worked out once per state: the
 * engine checks every step's successors and the state before them, and most
 * steps leave the model as it was.
 */
function modelInvariant(code: 'PW220' | 'PW222', problem: (model: VmmModelState) => string | undefined): Invariant<X86State> {
  const known = new WeakMap<VmmModelState, Broken>();
  return {
    code,
    check(_state, models) {
      const model = vmmModel(models);
      if (!model) return undefined;
      if (!known.has(model)) known.set(model, broken(newest(model, code) ?? problem(model)));
      return known.get(model);
    },
  };
}

export const VMM_INVARIANTS: readonly Invariant<X86State>[] = [
  modelInvariant('PW220', ownershipProblem),
  modelInvariant('PW222', negativeLock),
];
