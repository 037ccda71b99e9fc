import { APP_SPACE, findConstant, FREE_POOL, type Kernel, type VmmModelState } from '../../../emulator/src/index.js';
import type { PageMapView } from './protocol.js';

// Page maps for the picture: who owns each physical page and what each
// linear page of interest maps to, from a model's state before and after.

type Physical = PageMapView['physical'][number];
type Linear = PageMapView['linear'][number];

const PAGE_SHIFT = 12n;
const hexPage = (n: bigint | number): string => `0x${n.toString(16).toUpperCase().padStart(5, '0')}`;

/**
 * The Windows picture: every physical page the scenario or the run involved
 * (free list, region slots, blocks, device memory), and the linear pages of
 * the free physical regions and of blocks with pages behind them.
 */
/** The parts of the memory manager's state a page map shows. */
export type VmmPages = Pick<VmmModelState, 'freeList' | 'device' | 'slots' | 'objects'>;

export function vmmPageMap(state: VmmPages, universe: readonly bigint[]): PageMapView {
  const owners = new Map<bigint, Physical>();
  const linear: Linear[] = [];
  for (const ppn of state.freeList) owners.set(ppn, { page: Number(ppn), owner: 'free list', state: 'free' });
  for (const ppn of state.device) owners.set(ppn, { page: Number(ppn), owner: 'device memory', state: 'device' });
  for (const [lpn, slot] of [...state.slots].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ppn = slot.phys >> PAGE_SHIFT;
    const present = slot.phys !== 0n;
    const owner = `region slot ${hexPage(lpn)}`;
    if (present) owners.set(ppn, { page: Number(ppn), owner, state: 'owned' });
    linear.push({ page: hexPage(lpn), owner: 'free physical region', present, ...(present ? { physical: Number(ppn) } : {}) });
  }
  for (const object of state.objects.values()) {
    if (object.status !== 'live' || object.frames.length === 0) continue;
    const base = object.address?.kind === 'const' ? object.address.value >> PAGE_SHIFT : undefined;
    const owner = base === undefined ? 'memory block' : `block at ${hexPage(base)}`;
    object.frames.forEach((ppn, i) => {
      owners.set(ppn, { page: Number(ppn), owner, state: 'owned' });
      if (base !== undefined) linear.push({ page: hexPage(base + BigInt(i)), owner, present: true, physical: Number(ppn) });
    });
  }
  // A page the run started with that no page table or list holds now is only in the code's hands (a register, a variable) or lost.
  for (const ppn of universe) if (!owners.has(ppn)) owners.set(ppn, { page: Number(ppn), owner: 'no page table', state: 'unavailable' });
  return { pageSize: 4096, physical: [...owners.values()].sort((a, b) => a.page - b.page), linear };
}

/** Every physical page a Windows page map mentions, so before and after cover the same pages. */
export function vmmPages(state: VmmPages): bigint[] {
  const pages = new Set<bigint>([...state.freeList, ...state.device]);
  for (const slot of state.slots.values()) if (slot.phys !== 0n) pages.add(slot.phys >> PAGE_SHIFT);
  for (const object of state.objects.values()) for (const ppn of object.frames) pages.add(ppn);
  return [...pages];
}

const RESERVED = findConstant('PageFlags_Reserved')?.value ?? 1 << 7;
const UNAVAILABLE = findConstant('PageFlags_Unavailable')?.value ?? 1 << 15;

function ownerName(kernel: Kernel, owner: number): string {
  return kernel.areas.get(owner)?.name ?? `area ${owner}`;
}

/** The RISC OS picture: every RAM page by owner, and the logical pages of the dynamic areas (`areas`, or all of them). */
export function kernelPageMap(kernel: Kernel, areas?: readonly number[]): PageMapView {
  const physical: Physical[] = kernel.pages.map((p, page) => ({
    page, owner: ownerName(kernel, p.owner),
    state: p.flags & UNAVAILABLE ? 'unavailable' : p.flags & RESERVED ? 'reserved' : p.owner === FREE_POOL ? 'free' : 'owned',
  }));
  const shown = (owner: number): boolean => (areas ? areas.includes(owner) : owner !== FREE_POOL && owner !== APP_SPACE);
  const linear: Linear[] = kernel.pages
    .flatMap((p, ppn) => (shown(p.owner) && p.address !== undefined ? [{ address: p.address, owner: ownerName(kernel, p.owner), ppn }] : []))
    .sort((a, b) => a.address - b.address)
    .map((l) => ({ page: `0x${l.address.toString(16).toUpperCase().padStart(8, '0')}`, owner: l.owner, present: true, physical: l.ppn }));
  return { pageSize: kernel.pageSize, physical, linear };
}

/** Physical pages whose owner, state or linear mapping differs between two maps. */
export function movedPages(before: PageMapView, after: PageMapView): number[] {
  const where = (map: PageMapView) => {
    const out = new Map<number, string>(map.physical.map((p) => [p.page, `${p.owner}|${p.state}`]));
    for (const l of map.linear) if (l.physical !== undefined) out.set(l.physical, `${out.get(l.physical) ?? ''}|${l.page}`);
    return out;
  };
  const b = where(before), a = where(after);
  const pages = new Set([...b.keys(), ...a.keys()]);
  return [...pages].filter((p) => b.get(p) !== a.get(p)).sort((x, y) => x - y);
}
