// OS_Memory reasons (ROOL numbering, spec B.2.4) with full register data for
// the three handlers use: 0 Convert, 23 ReservePages, 24 CheckMemoryAccess
// (spec B.7), and for the three that read the machine's memory: 6, 8 and 9
// (outside the spec: the ROOL kernel's `s/MemInfo`, as the PRM gives them).
// The reason is R0 bits 0-7; bits 8-31 are flags.

import type { ArmContract, SwiReason } from './types.js';

/** OS_Memory 0: bits 16-31 of R0 must be 0. */
export const MEMORY_CONVERT_RESERVED = 0xffff0000;
/** OS_Memory 23: only bit 8 (release) may be set above the reason. */
export const MEMORY_RESERVE_RESERVED = 0xfffffe00;

const CONVERT: ArmContract = {
  entry: [
    {
      register: 'R0', name: 'reason+flags', role: 'flags', description: '0 + flags: which field each entry gives, which to fill in, cacheability change.',
      flags: ['MemConvert_PhysPageGiven', 'MemConvert_LogAddrGiven', 'MemConvert_PhysAddrGiven', 'MemConvert_FillPhysPage', 'MemConvert_FillLogAddr', 'MemConvert_FillPhysAddr', 'MemConvert_CacheMask'],
      mustBeZeroMask: MEMORY_CONVERT_RESERVED,
    },
    { register: 'R1', name: 'block', role: 'page-block', description: 'Page block, 12 bytes per entry (PPN, logical address, physical address).' },
    { register: 'R2', name: 'entries', role: 'count', description: 'Number of entries.' },
  ],
  exit: [],
  preserved: 'all-others',
  certain: true,
};

const RESERVE: ArmContract = {
  entry: [
    { register: 'R0', name: 'reason+flags', role: 'flags', description: '23 + flags: bit 8 clear reserves, set releases.', flags: ['MemReserve_Release'], mustBeZeroMask: MEMORY_RESERVE_RESERVED },
    { register: 'R1', name: 'firstPage', role: 'page-number', description: 'First physical page number.' },
    { register: 'R2', name: 'count', role: 'count', description: 'Number of pages.' },
  ],
  exit: [],
  preserved: 'all-others',
  certain: true,
};

const CHECK_ACCESS: ArmContract = {
  entry: [
    { register: 'R0', name: 'reason', role: 'reason', description: '24.' },
    { register: 'R1', name: 'low', role: 'address', description: 'First logical address of the range.' },
    { register: 'R2', name: 'high', role: 'address', description: 'End of the range (exclusive).' },
  ],
  exit: [{ register: 'R1', name: 'access', role: 'flags', description: 'CMA_* bits describing the whole range.', flags: ['CMA_Completely_UserR', 'CMA_Partially_UserR', 'CMA_Completely_Phys', 'CMA_Completely_Abort'] }],
  preserved: 'all-others',
  // Spec B.7 marks the register layout [UNVERIFIED]; the CMA_* bits are from ROK-H.
  certain: false,
};

const PHYS_SIZE: ArmContract = {
  entry: [{ register: 'R0', name: 'reason', role: 'reason', description: '6; no flags.', mustBeZeroMask: 0xffffff00 }],
  exit: [
    { register: 'R1', name: 'tableSize', role: 'size', description: 'Size of the physical memory table OS_Memory 7 fills in, in bytes.' },
    { register: 'R2', name: 'pageSize', role: 'size', description: 'Page size, in bytes.' },
  ],
  preserved: 'all-others',
  certain: true,
};

const AMOUNTS: ArmContract = {
  entry: [{ register: 'R0', name: 'reason+type', role: 'flags', description: '8 + the kind of memory in bits 8-11: 1 DRAM, 2 VRAM, 3 ROM, 4 I/O space, 5 soft-loaded ROM.', mustBeZeroMask: 0xfffff000 }],
  exit: [
    { register: 'R1', name: 'pages', role: 'count', description: 'How many pages of that kind there are.' },
    { register: 'R2', name: 'pageSize', role: 'size', description: 'Page size, in bytes.' },
  ],
  preserved: 'all-others',
  certain: true,
};

const IO_SPACE: ArmContract = {
  entry: [
    { register: 'R0', name: 'reason', role: 'reason', description: '9; no flags.', mustBeZeroMask: 0xffffff00 },
    { register: 'R1', name: 'controller', role: 'other', description: 'Controller: its type in bits 8-31, its sequence number in bits 0-7.' },
  ],
  exit: [{ register: 'R1', name: 'base', role: 'address', description: 'Logical base address of the controller, or 0 when it is not there.' }],
  preserved: 'all-others',
  certain: true,
};

export const MEMORY_REASONS: readonly SwiReason[] = [
  { code: 0, name: 'Convert', description: 'Converts between physical page number, logical and physical address (32-bit) and can change cacheability; all or nothing.', vendor: 'all', contract: CONVERT, source: 'WIKI' },
  { code: 6, name: 'PhysSize', description: 'Returns the size of the physical memory table.', vendor: 'all', contract: PHYS_SIZE, source: 'ROK-H' },
  { code: 7, name: 'ReadPhys', description: 'Reads the physical memory table.', vendor: 'all', fillsBlock: true, source: 'ROK-H' },
  { code: 8, name: 'Amounts', description: 'Returns how much memory of a given kind there is.', vendor: 'all', contract: AMOUNTS, source: 'ROK-H' },
  { code: 9, name: 'IOSpace', description: 'Returns the base address of a controller.', vendor: 'all', contract: IO_SPACE, source: 'ROK-H' },
  { code: 10, name: 'FreePoolLock', description: 'Locks or unlocks the free pool (number used differently by RISCOS Ltd).', vendor: 'ROOL', source: 'WIKI' },
  { code: 12, name: 'RecommendPage', description: 'Recommends contiguous physical pages for a PreGrow (register layout unverified).', vendor: 'ROOL', source: 'ROK-H' },
  { code: 13, name: 'MapIOPermanent', description: 'Maps an I/O area in for good.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 14, name: 'AccessPhysAddr', description: 'Maps a physical address in temporarily.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 15, name: 'ReleasePhysAddr', description: 'Ends a temporary mapping.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 16, name: 'MemoryAreaInfo', description: 'Returns size and place of memory areas that are not dynamic areas.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 17, name: 'MemoryAccessPrivileges', description: 'Decodes an access-privilege number into MemPermission_* flags.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 18, name: 'FindAccessPrivilege', description: 'Finds the access-privilege number that best fits MemPermission_* flags.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 19, name: 'DMAPrep', description: 'Converts addresses and does the cache maintenance DMA needs.', vendor: 'ROOL', fillsBlock: true, source: 'ROK-H' },
  { code: 20, name: 'Compatibility', description: 'Reads or sets compatibility settings.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 21, name: 'MapIO64Permanent', description: 'Maps an I/O area from 64-bit physical space in for good.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 22, name: 'AccessPhysAddr64', description: 'Maps a 64-bit physical address in temporarily.', vendor: 'ROOL', source: 'ROK-H' },
  { code: 23, name: 'ReservePages', description: 'Marks physical pages Reserved (or releases them); fails unchanged if any is already reserved.', since: '5.27', vendor: 'ROOL', contract: RESERVE, source: 'WIKI' },
  { code: 24, name: 'CheckMemoryAccess', description: 'Reports the access permissions of a logical address range as CMA_* bits.', vendor: 'ROOL', contract: CHECK_ACCESS, source: 'ROK-H' },
  { code: 25, name: 'ControllerPhysBase', description: 'Returns the physical base of a controller (wiki; numbering differs by vendor).', vendor: 'ROOL', source: 'WIKI' },
  { code: 64, name: 'Convert64', description: 'Convert with 64-bit addresses (20-byte page-block entries).', vendor: 'ROOL', fillsBlock: true, source: 'ROK-H' },
  { code: 65, name: 'LogToPhys', description: 'Converts a logical address to physical for any kind of page.', vendor: 'ROOL', source: 'ROK-H' },
];
