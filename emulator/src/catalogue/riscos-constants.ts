// Named RISC OS constants: dynamic-area and page flags, cache policies,
// handler and SWI reason names, OS_Memory flags, service calls and error
// numbers. Reason-code constants are derived from the reason tables so the
// two cannot drift apart.

import { DYNAMIC_AREA_REASONS, DYNAMIC_AREA_REASON_LIMIT } from './riscos-dynamic-area.js';
import { HANDLER_REASONS } from './riscos-handler.js';
import { MEMORY_REASONS } from './riscos-memory.js';
import type { NamedConstant, SourceKey, SwiReason } from './types.js';

type Row = readonly [name: string, value: number, meaning: string];

interface Group {
  readonly family: string;
  readonly source: SourceKey;
  readonly certain?: boolean;
  readonly fieldMask?: number;
  readonly rows: readonly Row[];
}

const CP_FIELD = 7 << 12;

const GROUPS: readonly Group[] = [
  {
    family: 'DynAreaFlags', source: 'ROK-H', rows: [
      ['DynAreaFlags_NotBufferable', 1 << 4, 'Area is not bufferable.'],
      ['DynAreaFlags_NotCacheable', 1 << 5, 'Area is not cacheable (bit 4 set, bit 5 clear: cacheable but unbuffered, RISC OS 5).'],
      ['DynAreaFlags_DoublyMapped', 1 << 6, 'Area is mapped twice, back to back.'],
      ['DynAreaFlags_NotUserDraggable', 1 << 7, 'Task Manager bar cannot be dragged (in page flags, bit 7 is Reserved instead).'],
      ['DynAreaFlags_NeedsSpecificPages', 1 << 8, 'PreGrow/PostGrow get a page block in R1; without it R1 is 0.'],
      ['DynAreaFlags_Shrinkable', 1 << 9, 'Kernel may shrink the area when free memory runs short (3.80+).'],
      ['DynAreaFlags_SparseMap', 1 << 10, 'Sparse area: memory mapped with OS_DynamicArea 9/10, no handler (3.80+).'],
      ['DynAreaFlags_PiersBinding', 1 << 11, 'Bound to the client application; declared, not implemented.'],
      ['DynAreaFlags_CPShift', 12, 'Shift of the cache-policy field.'],
      ['DynAreaFlags_NeedsDMA', 1 << 15, 'Only DMA-capable RAM (in page flags, bit 15 is Unavailable instead).'],
      ['DynAreaFlags_PMP', 1 << 20, 'Area is a physical memory pool.'],
    ],
  },
  { family: 'DynAreaFlags', source: 'ROK-H', fieldMask: 0xf, rows: [['DynAreaFlags_APBits', 0xf, 'Access-privilege number field (as OS_ReadMemMapEntries).']] },
  { family: 'DynAreaFlags', source: 'PF', fieldMask: CP_FIELD, rows: [['DynAreaFlags_CPBits', CP_FIELD, 'Cache-policy variant field, read together with bits 4 and 5.']] },
  {
    family: 'CP', source: 'ROK-H', fieldMask: CP_FIELD, rows: [
      ['CP_NCNB_Default', 0, 'Not cacheable, not bufferable: the only policy.'],
      ['CP_NCB_Default', 0, 'Not cacheable, bufferable: OS chooses.'],
      ['CP_NCB_NonMerging', 1, 'Not cacheable: non-merging write buffer.'],
      ['CP_NCB_Merging', 2, 'Not cacheable: merging write buffer.'],
      ['CP_NCB_MergingIdempotent', 3, 'Not cacheable: merging buffer, idempotent memory.'],
      ['CP_CNB_Default', 0, 'Cacheable, not bufferable: OS chooses (write-through).'],
      ['CP_CNB_Writethrough', 1, 'Cacheable, not bufferable: write-through.'],
      ['CP_CNB_Writeback', 2, 'Cacheable, not bufferable: write-back.'],
      ['CP_CB_Default', 0, 'Cacheable and bufferable: OS chooses.'],
      ['CP_CB_Writethrough', 1, 'Cacheable: write-through, read-allocate.'],
      ['CP_CB_WritebackReadAlloc', 2, 'Cacheable: write-back, read-allocate.'],
      ['CP_CB_WritebackWriteAlloc', 3, 'Cacheable: write-back, write-allocate.'],
      ['CP_CB_AlternativeDCache', 4, 'Cacheable: alternative data cache.'],
    ],
  },
  {
    family: 'PageFlags', source: 'ROK-H', rows: [
      ['PageFlags_Reserved', 1 << 7, 'Physical page reserved with OS_Memory 23; any area may use it, only its reserver may claim it.'],
      ['PageFlags_Unavailable', 1 << 15, 'Physical page claimed for exclusive use; no PreGrow or PMP page list may request it.'],
    ],
  },
  { family: 'DAHandler', source: 'ROK-H', rows: [['DAHandler_RESV', 0x56534552, '"RESV": PreGrow return value in R0 asking for reserved pages (5.27+).']] },
  {
    family: 'MemConvert', source: 'WIKI', rows: [
      ['MemConvert_PhysPageGiven', 1 << 8, 'OS_Memory 0: entries give the physical page number (name chosen by PageWarden).'],
      ['MemConvert_LogAddrGiven', 1 << 9, 'OS_Memory 0: entries give the logical address (name chosen by PageWarden).'],
      ['MemConvert_PhysAddrGiven', 1 << 10, 'OS_Memory 0: entries give the physical address (name chosen by PageWarden).'],
      ['MemConvert_FillPhysPage', 1 << 11, 'OS_Memory 0: fill in the physical page number (name chosen by PageWarden).'],
      ['MemConvert_FillLogAddr', 1 << 12, 'OS_Memory 0: fill in the logical address (name chosen by PageWarden).'],
      ['MemConvert_FillPhysAddr', 1 << 13, 'OS_Memory 0: fill in the physical address (name chosen by PageWarden).'],
    ],
  },
  {
    family: 'MemConvert', source: 'WIKI', fieldMask: 3 << 14, rows: [
      ['MemConvert_CacheMask', 3 << 14, 'OS_Memory 0: cacheability field; 0 or 1 no change (name chosen by PageWarden).'],
      ['MemConvert_CacheDisable', 2 << 14, 'OS_Memory 0: disable caching of the pages (name chosen by PageWarden).'],
      ['MemConvert_CacheEnable', 3 << 14, 'OS_Memory 0: enable caching of the pages (name chosen by PageWarden).'],
    ],
  },
  { family: 'MemReserve', source: 'WIKI', rows: [['MemReserve_Release', 1 << 8, 'OS_Memory 23: release instead of reserve (name chosen by PageWarden).']] },
  {
    family: 'CMA', source: 'ROK-H', rows: [
      ['CMA_Completely_UserR', 1 << 0, 'Whole range readable in user mode.'],
      ['CMA_Completely_UserW', 1 << 1, 'Whole range writable in user mode.'],
      ['CMA_Completely_PrivR', 1 << 2, 'Whole range readable in privileged modes.'],
      ['CMA_Completely_PrivW', 1 << 3, 'Whole range writable in privileged modes.'],
      ['CMA_Partially_UserR', 1 << 4, 'Some of the range readable in user mode.'],
      ['CMA_Partially_UserW', 1 << 5, 'Some of the range writable in user mode.'],
      ['CMA_Partially_PrivR', 1 << 6, 'Some of the range readable in privileged modes.'],
      ['CMA_Partially_PrivW', 1 << 7, 'Some of the range writable in privileged modes.'],
      ['CMA_Completely_Phys', 1 << 8, 'Whole range is physically mapped (I/O).'],
      ['CMA_Completely_Abort', 1 << 9, 'Whole range has a custom abort handler.'],
      ['CMA_Completely_UserXN', 1 << 10, 'Whole range not executable in user mode.'],
      ['CMA_Completely_PrivXN', 1 << 11, 'Whole range not executable in privileged modes.'],
      ['CMA_Partially_Phys', 1 << 12, 'Some of the range is physically mapped.'],
      ['CMA_Partially_Abort', 1 << 13, 'Some of the range has a custom abort handler.'],
      ['CMA_Partially_UserXN', 1 << 14, 'Some of the range not executable in user mode.'],
      ['CMA_Partially_PrivXN', 1 << 15, 'Some of the range not executable in privileged modes.'],
    ],
  },
  {
    family: 'MemPermission', source: 'ROK-H', rows: [
      ['MemPermission_UserX', 1 << 0, 'Executable in user mode.'],
      ['MemPermission_UserW', 1 << 1, 'Writable in user mode.'],
      ['MemPermission_UserR', 1 << 2, 'Readable in user mode.'],
      ['MemPermission_PrivX', 1 << 3, 'Executable in privileged modes.'],
      ['MemPermission_PrivW', 1 << 4, 'Writable in privileged modes.'],
      ['MemPermission_PrivR', 1 << 5, 'Readable in privileged modes.'],
    ],
  },
  {
    family: 'ChangeDyn', source: 'ROK-H', rows: [
      ['ChangeDyn_AplSpace', -1, 'Application space (not accepted by every call).'],
      ['ChangeDyn_SysHeap', 0, 'System heap.'],
      ['ChangeDyn_RMA', 1, 'Relocatable module area.'],
      ['ChangeDyn_Screen', 2, 'Screen memory.'],
      ['ChangeDyn_SpriteArea', 3, 'System sprite area.'],
      ['ChangeDyn_FontArea', 4, 'Font cache.'],
      ['ChangeDyn_RamFS', 5, 'RAM filing system.'],
      ['ChangeDyn_FreePool', 6, 'Free pool.'],
      ['ChangeDyn_MaxArea', 7, 'One past the last area above (kernel use).'],
      ['ChangeDyn_VRAMRescue', 7, 'VRAM rescue area (RISC OS 6).'],
      ['ChangeDyn_KernelBuffers', 8, 'Kernel buffers (RISC OS 6; two numbers).'],
      ['ChangeDyn_AbortSVCAndIRQStackCopy', 10, 'Copy of the abort, SVC and IRQ stacks (RISC OS 6).'],
      ['ChangeDyn_OperatingSystemROM', 11, 'Operating system ROM (RISC OS 6).'],
      ['ChangeDyn_SWIDispatchIRQWorkspace', 12, 'SWI dispatch and IRQ workspace (RISC OS 6).'],
      ['ChangeDyn_SVCStack', 13, 'SVC stack (RISC OS 6).'],
      ['ChangeDyn_IRQStack', 14, 'IRQ stack (RISC OS 6).'],
      ['ChangeDyn_UNDStack', 15, 'Undefined-instruction stack (RISC OS 6).'],
      ['ChangeDyn_Level2PageTables', 16, 'Level 2 page tables (RISC OS 6).'],
      ['ChangeDyn_SoftCAM', 17, 'Soft CAM map (RISC OS 6).'],
      ['ChangeDyn_SystemInit', 18, 'System initialisation area (RISC OS 6).'],
      ['ChangeDyn_ZeroPage', 48, 'Zero page (Pyromaniac).'],
      ['ChangeDyn_HighVectors', 49, 'High processor vectors (Pyromaniac).'],
    ],
  },
  {
    family: 'ReadDyn', source: 'ROK-H', rows: [
      ['ReadDyn_ReturnMax', 128, 'OS_ReadDynamicArea: added to an area number 0-127, also return the maximum size in R2.'],
    ],
  },
  {
    family: 'DMAPrep', source: 'ROK-H', rows: [
      ['DMAPrep_PhysProvided', 1 << 8, 'OS_Memory 19: the input function gives physical addresses, not logical ones.'],
      ['DMAPrep_Write', 1 << 9, 'OS_Memory 19: the DMA writes to RAM.'],
      ['DMAPrep_End', 1 << 10, 'OS_Memory 19: the DMA is over; do the cache maintenance that follows it.'],
      ['DMAPrep_Phys64', 1 << 11, 'OS_Memory 19: physical addresses are 64-bit.'],
      ['DMAPrep_UseBounceBuffer', 1, 'OS_Memory 19 input or output function flag: this block must use a bounce buffer.'],
    ],
  },
  {
    family: 'Service', source: 'SH', rows: [
      ['Service_PagesUnsafe', 0x8e, 'Pages are about to be swapped for a PreGrow: R2 = page block, R3 = count. Do not claim.'],
      ['Service_PagesSafe', 0x8f, 'The swap is done: R2 = count, R3 = old block, R4 = new block (R2/R3 roles differ from &8E).'],
      ['Service_DynamicAreaCreate', 0x90, 'A dynamic area was created.'],
      ['Service_DynamicAreaRemove', 0x91, 'A dynamic area was removed.'],
      ['Service_DynamicAreaRenumber', 0x92, 'A dynamic area was renumbered.'],
      ['Service_PagesUnsafe64', 0xe3, 'As Service_PagesUnsafe with 64-bit (20-byte) page blocks.'],
    ],
  },
  { family: 'Service', source: 'WIKI', rows: [['Service_Memory', 0x11, 'Application space is about to change; claim to refuse.']] },
  { family: 'Service', source: 'OUTSIDE-SPEC', certain: false, rows: [['Service_MemoryMoved', 0x4e, 'Issued after every memory move (number unverified).']] },
  { family: 'UpCall', source: 'ROK-CD', rows: [['UpCall_MovingMemory', 257, 'Application space is about to move while the current object lives there.']] },
  {
    family: 'ErrorNumber', source: 'WIKI', rows: [
      ['ErrorNumber_BadParameters', 0x1ea, 'Bad parameters (OS_DynamicArea 26).'],
      ['ErrorNumber_OverlappingAreas', 0x1c6, 'Areas would overlap (OS_DynamicArea 26, create with a fixed base).'],
    ],
  },
  { family: 'ErrorNumber', source: 'OUTSIDE-SPEC', rows: [['ErrorNumber_NoSuchSWI', 0x1e6, 'SWI not known.']] },
];

const fromReasons = (family: string, rows: readonly SwiReason[]): NamedConstant[] =>
  rows.map((r) => ({
    name: `${family}_${r.name}`, value: r.code, platform: 'riscos', family, meaning: r.description, source: 'ROK-H', certain: true,
  }));

/** OS_Memory reasons the wiki describes but ROK-H gives no symbol for. */
const UNNAMED_MEMORY_REASONS: readonly number[] = [10, 25];

export const RISCOS_CONSTANTS: readonly NamedConstant[] = [
  ...GROUPS.flatMap((g) => g.rows.map(([name, value, meaning]): NamedConstant => ({
    name, value, meaning,
    platform: 'riscos',
    family: g.family,
    source: g.source,
    certain: g.certain ?? true,
    ...(g.fieldMask === undefined ? {} : { fieldMask: g.fieldMask }),
  }))),
  ...HANDLER_REASONS.map((h): NamedConstant => ({
    name: h.name, value: h.code, platform: 'riscos', family: 'DAHandler', meaning: h.description, source: 'ROK-H', certain: true,
  })),
  ...fromReasons('DAReason', DYNAMIC_AREA_REASONS),
  { name: 'DAReason_Limit', value: DYNAMIC_AREA_REASON_LIMIT, platform: 'riscos', family: 'DAReason', meaning: 'First OS_DynamicArea reason no kernel defines.', source: 'ROK-H', certain: true },
  ...fromReasons('OSMemReason', MEMORY_REASONS.filter((r) => !UNNAMED_MEMORY_REASONS.includes(r.code))),
];
