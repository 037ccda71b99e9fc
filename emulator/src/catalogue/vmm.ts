// Builds the VMM service list from the ordinal table and the semantics
// modules. Calling convention, clobbers and arity follow from the name, the
// headers' stdcall/fastcall declarations and spec A.1.3 unless a semantics
// entry says more.

import { C_CLOBBERS, MEMORY_SERVICES } from './vmm-memory.js';
import { REGISTER_SERVICES } from './vmm-register.js';
import {
  ASYNC_DISPUTED, ASYNC_ONLY_30, ASYNC_SERVICES, FORMER_NAMES, NONSTANDARD_CLOBBERS, SERVICE_BLOCKS, SINGLE_SOURCE_VERSIONS, STACK_CONVENTIONS,
} from './vmm-table.js';
import type { AsyncStatus, CallingConvention, VmmService, VmmServiceSemantics, VmmVersion, WindowsTarget } from './types.js';

/**
 * Ordinals spec A.1.5 states; they count as certain whatever the table's
 * source. Not _UnmapPhysToLinear: A.1.5's 1AEh is DOSLIB's, and the Windows
 * 98 headers give 1AEh to _GARTReserve (see the table module).
 */
export const SPEC_ANCHORS: Readonly<Record<string, number>> = {
  _HeapAllocate: 0x04f, _PageAllocate: 0x053, _PageReAllocate: 0x054, _PageFree: 0x055, _PageLock: 0x056,
  _PageUnLock: 0x057, _PageGetSizeAddr: 0x058, _PageGetAllocInfo: 0x059, _GetFreePageCount: 0x05a,
  _GetSysPageCount: 0x05b, _MapIntoV86: 0x05d, _PhysIntoV86: 0x05e, _ModifyPageBits: 0x060,
  _CopyPageTable: 0x061, _LinMapIntoV86: 0x062, _LinPageLock: 0x063, _LinPageUnLock: 0x064,
  _PageCheckLinRange: 0x067, _PageDiscardPages: 0x069, _MapPhysToLinear: 0x06c,
  Test_DBCS_Lead_Byte: 0x0d1,
  _AddFreePhysPage: 0x0d2, _PageResetHandlePAddr: 0x0d3, _MapFreePhysReg: 0x0d6, _UnmapFreePhysReg: 0x0d7,
  _XchgFreePhysReg: 0x0d8, _SetFreePhysRegCalBk: 0x0d9, _PageReserve: 0x11d, _PageCommit: 0x11e,
  _PageDecommit: 0x11f, _PagerRegister: 0x120, _PagerQuery: 0x121, _PagerDeregister: 0x122,
  _PageAttach: 0x125, _PageFlush: 0x126, _PageCommitPhys: 0x128, _PageModifyPermissions: 0x133,
  _PageQuery: 0x134, _PageCommitContig: 0x156, _GetPhysPageInfo: 0x15d, _PageChangePager: 0x175,
  _PageOutPages: 0x192,
};

const asyncStatus = (name: string, since: VmmVersion): AsyncStatus => {
  if (ASYNC_SERVICES.includes(name)) return 'yes';
  if (ASYNC_ONLY_30.includes(name)) return 'only-3.0';
  if (ASYNC_DISPUTED.includes(name)) return 'disputed';
  // KB75864 covers 3.0 and 3.1 only; no 4.x list was found (spec C.1.12).
  return since === '3.0' || since === '3.1' ? 'no' : 'unknown';
};

const build = (name: string, ordinal: number, since: VmmVersion, description: string): VmmService => {
  const stack = STACK_CONVENTIONS[name];
  const convention: CallingConvention = stack?.[0] ?? (name.startsWith('_') ? 'c' : 'register');
  const semantics: VmmServiceSemantics | undefined = MEMORY_SERVICES[name] ?? REGISTER_SERVICES[name];
  const ordinalCertain = SPEC_ANCHORS[name] === ordinal || !SINGLE_SOURCE_VERSIONS.includes(since);
  let arity: number | undefined = stack?.[1];
  let clobbers = semantics?.clobbers;
  if (semantics) arity = convention === 'c' ? semantics.params.length : 0;
  else if (convention === 'register') arity = 0;
  // stdcall and fastcall services are compiled C: the same registers are theirs to change.
  if (!clobbers && convention !== 'register') clobbers = NONSTANDARD_CLOBBERS[name] ?? C_CLOBBERS;
  const formerName = FORMER_NAMES[name];
  return {
    name, ordinal, ordinalCertain, since, convention, description, arity, clobbers,
    async: asyncStatus(name, since),
    ...(formerName ? { formerName } : {}),
    ...(semantics ? { semantics } : {}),
  };
};

export const VMM_SERVICES: readonly VmmService[] = SERVICE_BLOCKS.flatMap((block) =>
  block.rows.map(([name, description], i) => build(name, block.first + i, block.since, description)));

/** The dword after INT 20h that calls (or, with `jump`, jumps to) a VMM service (spec A.1.1). */
export function vmmLinkCode(ordinal: number, jump = false): number {
  return ((1 << 16) | ordinal | (jump ? 0x8000 : 0)) >>> 0;
}

/** The VMM versions whose services each target's VMM has: 3.1 kept 3.0's, 95 (4.0) and 98 (4.10) each added a block. */
const TARGET_VERSIONS: Readonly<Record<WindowsTarget, readonly VmmVersion[]>> = {
  W31: ['3.0', '3.1'],
  W95: ['3.0', '3.1', '4.0'],
  W98: ['3.0', '3.1', '4.0', '4.10'],
};

/** Whether `target`'s VMM has `service`: a later one's is no service there (its vmm.inc declares it only for that version). */
export function serviceOnTarget(service: Pick<VmmService, 'since'>, target: WindowsTarget): boolean {
  return TARGET_VERSIONS[target].includes(service.since);
}

/** The Windows release that first had the services of a VMM version, as messages name it. */
export const WINDOWS_OF_VMM: Readonly<Record<VmmVersion, string>> = {
  '3.0': 'Windows 3.0', '3.1': 'Windows 3.1', '4.0': 'Windows 95', '4.10': 'Windows 98', '4.90': 'Windows Me',
};
