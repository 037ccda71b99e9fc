import type { EntryContract } from '../../../emulator/src/index.js';
import { REASONS, type Scenario } from './scenario.js';

// The scenarios every entry gets without a file, chosen by what the entry's
// contract says about how it is called. The first is the default.

/** Built-in scenarios also run module code that is not a handler; files cannot ask for that kind. */
export type BuiltinScenario = Omit<Scenario, 'kind'> & { readonly kind: Scenario['kind'] | 'riscos-code' };

const PAGE = 4096;
const SPECIFIC = 0x100;
const SHRINKABLE = 0x200;
const PMP = 1 << 20;
const TEST_SHRINK = 4;

function region(name: string, version: '3.1' | '95' | '98', present: readonly number[], freePages: number, description: string): BuiltinScenario {
  return { name, description, kind: 'vmm-procedure', windows: { version, freePhysicalRegion: { pages: 8, present }, freePages, registers: {} } };
}

function vmmScenarios(contract: EntryContract, version: '3.1' | '95' | '98'): BuiltinScenario[] {
  const half = region('Region of 8 pages, 4 present', version, [0, 1, 2, 3], 16,
    'A free physical region of 8 pages whose first 4 have physical pages behind them; 16 pages on the free list.');
  const full = region('Region of 8 pages, all present, free list empty', version, [0, 1, 2, 3, 4, 5, 6, 7], 0,
    'Every slot of the region holds a page and VMM has no free page left: allocations fail.');
  const empty = region('Region of 8 pages, none present', version, [], 16, 'A region with every slot empty, as _PageAllocate made it.');
  if (contract.kind !== 'free-phys-callback') return [half, full, empty];
  const call = (name: string, eax: number, ecx: number, description: string): BuiltinScenario => ({
    name, description, kind: 'vmm-procedure',
    windows: { version, freePhysicalRegion: { pages: 8, present: [0, 1, 2, 3, 4, 5, 6, 7] }, freePages: 0, registers: { eax, ecx } },
  });
  return [
    call('VMM wants 2 pages back', 1, 2, 'The callback with EAX = 1, ECX = 2: VMM needs pages, and every slot of the region holds one.'),
    call('Pages were freed', 0, 4, 'The callback with EAX = 0, ECX = 4: pages are back on the free list.'),
  ];
}

function handler(name: string, reason: number, description: string, riscos: Partial<NonNullable<Scenario['riscos']>> & { area: NonNullable<Scenario['riscos']>['area'] }): BuiltinScenario {
  return { name, description, kind: 'da-handler', reason, riscos: { reservedPages: [], otherAreaPages: [], pageSize: PAGE, registers: {}, ...riscos } };
}

/**
 * Code for one reason of a handler is called for that reason alone, with the
 * registers the kernel passes: a grow of areas of both kinds (flag bit 8 set
 * in one, clear in another) both ways.
 */
function reasonScenarios(needsSpecificPages: boolean | 'both' | undefined, reason: number): BuiltinScenario[] {
  if (needsSpecificPages !== 'both' || reason > 1) return [reasonScenario(needsSpecificPages !== false, reason)];
  const plain = reasonScenario(false, reason);
  return [reasonScenario(true, reason), { ...plain, name: `${plain.name}, no specific pages` }];
}

function reasonScenario(needsSpecificPages: boolean, reason: number): BuiltinScenario {
  const name = REASONS[reason] ?? `Reason ${reason}`;
  // The kernel asks only a Shrinkable area (flag bit 9) TestShrink: the area was created with the bit.
  const flags = (needsSpecificPages ? SPECIFIC : 0) | (reason === TEST_SHRINK ? SHRINKABLE : 0);
  const bits = [...(flags & SPECIFIC ? ['8'] : []), ...(flags & SHRINKABLE ? ['9'] : [])];
  return handler(name, reason, `The kernel calls this code with R0 = ${reason} (${name}) for an area of 4 pages${bits.length > 0 ? ` with flag bit ${bits.join(' and ')}` : ''}.`,
    { area: { flags, size: 4 * PAGE, maxSize: 64 * PAGE }, change: reason <= 1 || reason === 6 ? 4 : -2 });
}

function handlerScenarios(needsSpecificPages: boolean | 'both' | undefined, pmp: boolean, shrinkable: boolean): BuiltinScenario[] {
  const max = 64 * PAGE;
  const area = (flags: number, pages = 0) => ({ flags, size: pages * PAGE, maxSize: max });
  if (pmp) {
    return [handler('ResizePMP, 2 pages more', 6, 'The kernel asks the physical memory pool to grow by 2 pages (R1 = 2).', { area: area(PMP), change: 2 })];
  }
  const specific = [
    handler('PreGrow, specific pages', 0, 'The area (flag bit 8) grows by 4 pages: PreGrow gets a page block of 4 entries, then the kernel takes the pages and calls PostGrow.',
      { area: area(SPECIFIC), change: 4 }),
    handler('PreGrow, reserved page and another area\'s page', 0,
      'As "PreGrow, specific pages", while physical page 20 is reserved (OS_Memory 23) and page 21 belongs to another area.',
      { area: area(SPECIFIC), change: 4, reservedPages: [20], otherAreaPages: [21] }),
  ];
  const plain = [handler('PreGrow, no specific pages', 0, 'The area (no flag bit 8) grows by 4 pages: R1 = 0, then PostGrow.', { area: area(0), change: 4 })];
  const grows = needsSpecificPages === false ? [...plain, ...specific] : [...specific, ...plain];
  return [
    ...grows,
    handler('PreGrow, free pool of 1 page', 0,
      'A grow by 12 pages when the free pool holds 1 page and application space can spare 8 above its 32 KB floor: the kernel moves what it can.',
      { area: area(needsSpecificPages === false ? 0 : SPECIFIC), change: 12, freePool: 1 }),
    handler('PreShrink, 2 of 4 pages', 2, 'The area holds 4 pages and the kernel wants 2 back: PreShrink, then PostShrink for what it allows.',
      { area: area(needsSpecificPages === false ? 0 : SPECIFIC, 4), change: -2 }),
    // The kernel asks only a Shrinkable area (flag bit 9) what it could give up: the area was created with the bit.
    ...(shrinkable ? [handler('TestShrink', TEST_SHRINK, 'The kernel asks how much of the Shrinkable area\'s 4 pages (flag bit 9) it could give up.',
      { area: area((needsSpecificPages === false ? 0 : SPECIFIC) | SHRINKABLE, 4) })] : []),
  ];
}

export interface ScenarioContext {
  readonly contract: EntryContract;
  /** A plain procedure is a VxD's on x86 and module code on ARM. */
  readonly arch: 'x86' | 'arm';
  readonly windowsVersion: '3.1' | '95' | '98';
  /** The handler is a physical memory pool's (flag bit 20 wherever it is registered). */
  readonly pmp: boolean;
  /** The kernel may ask the handler TestShrink: an area it serves is Shrinkable (flag bit 9), or may be. */
  readonly shrinkable: boolean;
}

const CODE: BuiltinScenario = {
  name: 'Module code, R0-R12 = 0', kind: 'riscos-code',
  description: 'Runs the code with R0-R12 = 0 against a kernel with 16 pages of application space and a free pool, whose SWIs succeed: the areas it creates and resizes call their handlers.',
};

export function builtinScenarios(context: ScenarioContext): BuiltinScenario[] {
  const { contract } = context;
  switch (contract.kind) {
    case 'procedure':
      return context.arch === 'x86' ? vmmScenarios(contract, context.windowsVersion) : [CODE];
    case 'control-dispatch':
    case 'free-phys-callback':
      return vmmScenarios(contract, context.windowsVersion);
    case 'da-handler':
      return handlerScenarios(contract.needsSpecificPages, context.pmp, context.shrinkable);
    case 'da-handler-reason':
      return reasonScenarios(contract.needsSpecificPages, contract.reason);
    default:
      return [CODE];
  }
}
