// OS_DynamicArea reasons (spec B.2.1 names, B.4 register tables),
// OS_ChangeDynamicArea (B.5) and OS_GenerateError (B.1).

import type { ArmContract, ArmSlot, SwiReason } from './types.js';

const reason = (code: number, what: string): ArmSlot =>
  ({ register: 'R0', name: 'reason', role: 'reason', description: `${code} (${what}).` });
const area: ArmSlot = { register: 'R1', name: 'area', role: 'area-number', description: 'Dynamic area number.' };

const CREATE: ArmContract = {
  entry: [
    reason(0, 'Create'),
    { register: 'R1', name: 'area', role: 'area-number', description: '-1 to let the kernel choose (256 or above), or a chosen number.' },
    { register: 'R2', name: 'initialSize', role: 'size', description: 'Initial size in bytes; reached by growing the new area, so the handler runs during the create.' },
    { register: 'R3', name: 'base', role: 'address', description: '-1, or a fixed page-aligned base (internal use).' },
    { register: 'R4', name: 'flags', role: 'flags', description: 'Area flags (DynAreaFlags_*); reserved bits should be 0.', flags: ['DynAreaFlags_APBits', 'DynAreaFlags_NotBufferable', 'DynAreaFlags_NotCacheable', 'DynAreaFlags_DoublyMapped', 'DynAreaFlags_NotUserDraggable', 'DynAreaFlags_NeedsSpecificPages', 'DynAreaFlags_Shrinkable', 'DynAreaFlags_SparseMap', 'DynAreaFlags_PiersBinding', 'DynAreaFlags_CPBits', 'DynAreaFlags_NeedsDMA', 'DynAreaFlags_PMP'] },
    { register: 'R5', name: 'maxSize', role: 'size', description: 'Maximum size in bytes; -1 means RAM size (deprecated).' },
    { register: 'R6', name: 'handler', role: 'handler', description: 'Handler routine, or 0 for none (discarded for sparse areas).' },
    { register: 'R7', name: 'workspace', role: 'workspace', description: 'Value for R12 in the handler; -1 means the area base.' },
    { register: 'R8', name: 'name', role: 'string', description: 'Area name (copied, cut to 31 characters; 0 gives a hex name).' },
    { register: 'R9', name: 'pmpPages', role: 'count', description: 'PMP only: initial maximum number of physical pages.' },
  ],
  exit: [
    { register: 'R1', name: 'area', role: 'area-number', description: 'Number of the new area.' },
    { register: 'R3', name: 'base', role: 'address', description: 'Base address of the area.' },
    { register: 'R5', name: 'maxSize', role: 'size', description: 'Actual maximum size (page multiple, clamped to RAM).' },
    { register: 'R9', name: 'pmpPages', role: 'count', description: 'PMP only: maximum physical pages.' },
  ],
  preserved: 'all-others',
  certain: true,
};

const INFO: ArmContract = {
  entry: [reason(2, 'GetInfo'), area],
  exit: [
    { register: 'R2', name: 'size', role: 'size', description: 'Current size in bytes.' },
    { register: 'R3', name: 'base', role: 'address', description: 'Base address (doubly mapped: the boundary between the two copies).' },
    { register: 'R4', name: 'flags', role: 'flags', description: 'Area flags.' },
    { register: 'R5', name: 'maxSize', role: 'size', description: 'Maximum size.' },
    { register: 'R6', name: 'handler', role: 'handler', description: 'Handler routine.' },
    { register: 'R7', name: 'workspace', role: 'workspace', description: 'Handler workspace.' },
    { register: 'R8', name: 'name', role: 'string', description: 'Area name.' },
  ],
  preserved: 'all-others',
  certain: true,
};

const sparse = (code: number, what: string, rounding: string): ArmContract => ({
  entry: [
    reason(code, what), area,
    { register: 'R2', name: 'base', role: 'address', description: 'Start of the region; must lie inside the area.' },
    { register: 'R3', name: 'size', role: 'byte-count', description: `Size of the region in bytes; rounded ${rounding} to pages.` },
  ],
  exit: [],
  preserved: 'all-others',
  certain: true,
});

const pageList = (code: number, what: string, list: string): ArmContract => ({
  // Register details of 21-22 are unverified (B.4): the kernel may write entries back, so a word in the list is not kept.
  entry: [reason(code, what), area, { register: 'R2', name: 'list', role: 'pointer', description: list, written: true }, { register: 'R3', name: 'count', role: 'count', description: 'Entries in the list.' }],
  exit: [
    { register: 'R2', name: 'list', role: 'pointer', description: 'The first entry not processed (the end when all were).' },
    { register: 'R3', name: 'count', role: 'count', description: 'Entries not processed.' },
  ],
  preserved: 'all-others',
  certain: true,
});

const returnFree = (code: number, unit: string): ArmContract => ({
  entry: [reason(code, code === 5 ? 'ReturnFree' : 'ReturnFreePages'), { register: 'R1', name: 'exclude', role: 'area-number', description: 'One shrinkable area to leave out of the sum, or -1.' }],
  exit: [{ register: 'R2', name: 'free', role: code === 5 ? 'byte-count' : 'count', description: `Free memory in ${unit}.` }],
  preserved: 'all-others',
  certain: true,
});

export const DYNAMIC_AREA_REASONS: readonly SwiReason[] = [
  { code: 0, name: 'Create', description: 'Creates a dynamic area; the initial grow calls the handler.', since: '3.50', vendor: 'all', resizes: true, contract: CREATE, source: 'WIKI' },
  {
    code: 1, name: 'Remove', description: 'Shrinks an area to 0 (running its handler) and removes it; on failure it grows back and stays.', since: '3.50', vendor: 'all', resizes: true,
    contract: { entry: [reason(1, 'Remove'), area], exit: [], preserved: 'all-others', certain: true }, source: 'ROK-CD',
  },
  { code: 2, name: 'GetInfo', description: 'Returns size, base, flags, limits, handler and name of an area.', since: '3.50', vendor: 'all', contract: INFO, source: 'ROK-CD' },
  {
    code: 3, name: 'Enumerate', description: 'Steps through the area numbers.', since: '3.50', vendor: 'all', source: 'ROK-H',
    contract: {
      entry: [reason(3, 'Enumerate'), { register: 'R1', name: 'area', role: 'area-number', description: '-1 to start, else the previous area.' }],
      exit: [{ register: 'R1', name: 'next', role: 'area-number', description: 'Next area number, or -1 at the end.' }],
      preserved: 'all-others',
      certain: false,
    },
  },
  {
    code: 4, name: 'Renumber', description: 'Gives an area a new number (system use).', since: '3.50', vendor: 'all', source: 'SH',
    contract: {
      entry: [reason(4, 'Renumber'), { register: 'R1', name: 'old', role: 'area-number', description: 'Current number.' }, { register: 'R2', name: 'new', role: 'area-number', description: 'New number; must be free.' }],
      exit: [], preserved: 'all-others', certain: true,
    },
  },
  { code: 5, name: 'ReturnFree', description: 'Returns the free memory in bytes, optionally leaving one shrinkable area out.', since: '3.50', vendor: 'all', contract: returnFree(5, 'bytes (clamped to 2 GB less a page)'), source: 'WIKI' },
  { code: 6, name: 'GetChangeInfo', description: 'Internal: change information for the Task Manager.', since: '3.80', vendor: 'all', internal: true, fillsBlock: true, source: 'ROK-H' },
  { code: 7, name: 'EnumerateInfo', description: 'Internal: enumeration with details for the Task Manager.', since: '3.80', vendor: 'all', internal: true, fillsBlock: true, source: 'ROK-H' },
  {
    code: 8, name: 'SetClamps', description: 'Sets the limits applied to maximum sizes; values below 1 MB only read.', since: '3.80', vendor: 'all', source: 'WIKI',
    contract: {
      entry: [
        reason(8, 'SetClamps'),
        { register: 'R1', name: 'clampUnlimited', role: 'size', description: 'Clamp for areas created with R5 = -1.' },
        { register: 'R2', name: 'clampLimited', role: 'size', description: 'Clamp for areas created with R5 > 0.' },
        { register: 'R3', name: 'clampSparse', role: 'size', description: 'Clamp for sparse areas.' },
      ],
      exit: [
        { register: 'R1', name: 'oldUnlimited', role: 'size', description: 'Previous clamp.' },
        { register: 'R2', name: 'oldLimited', role: 'size', description: 'Previous clamp.' },
        { register: 'R3', name: 'oldSparse', role: 'size', description: 'Previous clamp.' },
      ],
      preserved: 'all-others', certain: true,
    },
  },
  { code: 9, name: 'SparseClaim', description: 'Maps memory into part of a sparse area.', since: '3.80', vendor: 'all', contract: sparse(9, 'SparseClaim', 'outwards'), source: 'WIKI' },
  { code: 10, name: 'SparseRelease', description: 'Unmaps part of a sparse area.', since: '3.80', vendor: 'all', contract: sparse(10, 'SparseRelease', 'inwards'), source: 'WIKI' },
  {
    code: 20, name: 'LocateAddress', description: 'Finds the area whose address range (up to its maximum size) holds an address; an error if none does.', since: '5.23', vendor: 'ROOL', source: 'WIKI',
    contract: {
      entry: [reason(20, 'LocateAddress'), { register: 'R1', name: 'address', role: 'address', description: 'Logical address.' }],
      exit: [
        { register: 'R0', name: 'areaType', role: 'count', description: '0 for a dynamic area, 1 for a system area.' },
        { register: 'R1', name: 'area', role: 'area-number', description: 'Dynamic area number (system areas: OS_Memory 16 numbering).' },
      ],
      preserved: 'all-others', certain: true,
    },
  },
  {
    code: 21, name: 'PMP_PhysOp', description: 'Claims or releases physical pages at pool page indices: 12-byte entries of pool index, page number (-2 the kernel picks, -1 release) and flags (bit 7 reserved by the caller, bit 15 lock).', since: '5.23', vendor: 'ROOL', source: 'WIKI',
    contract: pageList(21, 'PMP_PhysOp', 'Page list, 12 bytes per entry.'),
  },
  {
    code: 22, name: 'PMP_LogOp', description: 'Maps pool pages into the pool\'s logical range or out of it: 12-byte entries of area page number, pool index (-1 unmap) and flags.', since: '5.23', vendor: 'ROOL', source: 'WIKI',
    contract: pageList(22, 'PMP_LogOp', 'Page list, 12 bytes per entry.'),
  },
  { code: 23, name: 'PMP_Resize', description: 'Changes the page capacity of a physical memory pool.', since: '5.23', vendor: 'ROOL', source: 'ROK-H' },
  {
    code: 24, name: 'PMP_GetInfo', description: 'Returns size, base, flags and limits of an area with its physical size in pages; for a physical memory pool the logical size counts mapped pages.', since: '5.23', vendor: 'ROOL', source: 'WIKI',
    contract: {
      entry: [reason(24, 'PMP_GetInfo'), area],
      exit: [
        { register: 'R2', name: 'size', role: 'size', description: 'Current logical size in bytes.' },
        { register: 'R3', name: 'base', role: 'address', description: 'Base address.' },
        { register: 'R4', name: 'flags', role: 'flags', description: 'Area flags.' },
        { register: 'R5', name: 'maxSize', role: 'size', description: 'Maximum logical size in bytes.' },
        { register: 'R6', name: 'pages', role: 'count', description: 'Current physical size in pages.' },
        { register: 'R7', name: 'maxPages', role: 'count', description: 'Maximum physical size in pages.' },
        { register: 'R8', name: 'name', role: 'string', description: 'Area name.' },
      ],
      preserved: 'all-others', certain: true,
    },
  },
  {
    code: 25, name: 'PMP_GetPages', description: 'Describes pages of a pool: 16-byte entries of pool index, PPN, area page and flags; unknown fields -1 on entry.', since: '5.23', vendor: 'ROOL', source: 'WIKI',
    contract: {
      entry: [reason(25, 'PMP_GetPages'), area, { register: 'R2', name: 'list', role: 'pointer', description: 'Page list, 16 bytes per entry.' }, { register: 'R3', name: 'count', role: 'count', description: 'Entries in the list.' }],
      exit: [], preserved: 'all-others', certain: false,
    },
  },
  {
    code: 26, name: 'AplSpaceLimit', description: 'Reads or moves the upper limit of application space.', since: '5.27', vendor: 'ROOL', source: 'WIKI',
    contract: {
      entry: [reason(26, 'AplSpaceLimit'), { register: 'R1', name: 'limit', role: 'address', description: 'New limit, or 0 to read.' }],
      exit: [{ register: 'R1', name: 'old', role: 'address', description: 'Previous limit.' }],
      preserved: 'all-others', certain: true,
      errors: ['ErrorNumber_BadParameters', 'ErrorNumber_OverlappingAreas'],
    },
  },
  { code: 27, name: 'ReturnFreePages', description: 'ReturnFree counted in pages.', since: '5.27', vendor: 'ROOL', contract: returnFree(27, 'pages'), source: 'WIKI' },
  { code: 28, name: 'EnumerateInfo2', description: 'Internal: newer form of EnumerateInfo.', since: '5.27', vendor: 'ROOL', internal: true, fillsBlock: true, source: 'ROK-H' },
];

/** First reason code no kernel defines (DAReason_Limit). */
export const DYNAMIC_AREA_REASON_LIMIT = 29;

export const CHANGE_DYNAMIC_AREA: ArmContract = {
  entry: [
    { register: 'R0', name: 'area', role: 'area-number', description: 'Area to resize (not a sparse area).' },
    { register: 'R1', name: 'change', role: 'signed-byte-count', description: 'Bytes to grow (positive) or shrink (negative); rounded up to pages.' },
  ],
  exit: [{ register: 'R1', name: 'moved', role: 'byte-count', description: 'Bytes actually moved (unsigned), also on the "not all moved" error.' }],
  preserved: 'all-others',
  certain: true,
};

export const GENERATE_ERROR: ArmContract = {
  entry: [{ register: 'R0', name: 'error', role: 'error-block', description: 'Error block: word number, then zero-terminated text.' }],
  exit: [{ register: 'R0', name: 'error', role: 'error-block', description: 'X form only: returns with V set and R0 unchanged; the plain form goes to the error handler.' }],
  preserved: 'all-others',
  certain: true,
};
