// Full semantics of the VMM memory services: every service of spec A.4, the
// system heap, the V86 mapping calls W12 checks, and _PageDiscardPages (whose
// first argument is a page number like W2's). Argument lists are in C
// order (first listed = pushed last), which is the order of a VMMcall <...>
// list, so `params.length` is the arity PW250 compares against.

import {
  ALL_WINDOWS, WIN4X,
  type FailureSpec, type FlagAllowance, type MustBeZeroRule, type ServiceParam, type ServiceResult,
  type SourceKey, type VmmServiceSemantics, type WindowsTarget, type X86Register,
} from './types.js';

/** A.1.3: every C-convention service may change these, whatever its "Uses" line says. */
export const C_CLOBBERS: readonly X86Register[] = ['EAX', 'ECX', 'EDX', 'EFLAGS'];

const W31_ONLY: readonly WindowsTarget[] = ['W31'];

const zero = (source: SourceKey, targets: readonly WindowsTarget[] = ALL_WINDOWS): MustBeZeroRule =>
  ({ targets, when: { kind: 'always' }, source });

/** A free-physical-region allocation (_PageAllocate with PageMapFreePhysReg) wants these arguments 0. */
const zeroForFreeRegion: MustBeZeroRule =
  { targets: W31_ONLY, when: { kind: 'when-flag', param: 'flags', constant: 'PageMapFreePhysReg' }, source: 'W31' };

const flagsMustBeZero = (source: SourceKey, targets?: readonly WindowsTarget[]): ServiceParam =>
  ({ name: 'flags', role: 'flags', description: 'Reserved; must be 0.', flags: [], mustBeZero: [zero(source, targets)] });

const flagsOf = (description: string, flags: readonly FlagAllowance[]): ServiceParam =>
  ({ name: 'flags', role: 'flags', description, flags });

const zeroFailure = (registers: readonly X86Register[] = ['EAX']): FailureSpec =>
  ({ value: 0, registers, test: 'test eax,eax / jz (or eax,eax / jz)' });

const successResult = (targets: readonly WindowsTarget[] = ALL_WINDOWS): ServiceResult =>
  ({ targets, registers: [{ register: 'EAX', role: 'success', meaning: 'Non-zero on success.' }] });

interface Spec {
  readonly params: readonly ServiceParam[];
  readonly results: readonly ServiceResult[];
  readonly failure: FailureSpec | null;
  readonly related: readonly string[];
  readonly sources: readonly SourceKey[];
  readonly versionNotes?: VmmServiceSemantics['versionNotes'];
  readonly initOnly?: boolean;
}

const cService = (spec: Spec): VmmServiceSemantics => ({
  params: spec.params,
  inputs: [],
  outputs: [],
  results: spec.results,
  failure: spec.failure,
  clobbers: C_CLOBBERS,
  versionNotes: spec.versionNotes ?? [],
  related: spec.related,
  sources: spec.sources,
  ...(spec.initOnly ? { initOnly: true } : {}),
});

const hMem: ServiceParam = { name: 'hMem', role: 'handle', description: 'Memory handle from _PageAllocate or _PageReAllocate (W95+: the block\'s base address).' };
const nPages: ServiceParam = { name: 'nPages', role: 'count', description: 'Number of pages; not 0.', range: { min: 1, max: 0xfffff } };
const linPage = (name: string, description: string): ServiceParam =>
  ({ name, role: 'page-number', description, range: { min: 0, max: 0xfffff } });

/** Results of _PageAllocate and _PageReAllocate: the spec's C.1.1 version split. */
const allocationResults: readonly ServiceResult[] = [
  {
    targets: W31_ONLY,
    registers: [
      { register: 'EAX', role: 'handle', meaning: 'Memory handle; unrelated to the address.' },
      { register: 'EDX', role: 'linear-address', meaning: 'Ring-0 linear address of the block.' },
    ],
  },
  {
    targets: WIN4X,
    registers: [
      { register: 'EAX', role: 'linear-address', meaning: 'Ring-0 linear address; it is also the handle.' },
      { register: 'EDX', role: 'linear-address', meaning: 'The same address again, for compatibility.' },
    ],
  },
];

const PAGE_ALLOCATE = cService({
  params: [
    nPages,
    { name: 'pType', role: 'page-type', description: 'Kind of pages: system, owned by a VM, or hooked.', values: ['PG_VM', 'PG_SYS', 'PG_HOOKED'] },
    {
      name: 'VM', role: 'vm-handle', description: 'Owning VM for PG_VM/PG_HOOKED; 0 with PG_SYS.',
      mustBeZero: [{ targets: ALL_WINDOWS, when: { kind: 'when-equals', param: 'pType', constant: 'PG_SYS' }, source: 'W31' }, zeroForFreeRegion],
    },
    {
      name: 'AlignMask', role: 'other', description: 'Physical alignment of the first page: 0/1/3/7/0Fh/1Fh for 4K to 128K. Only read with PageUseAlign.',
      values: [0, 1, 3, 7, 0x0f, 0x1f], mustBeZero: [zeroForFreeRegion],
    },
    { name: 'minPhys', role: 'page-number', description: 'Lowest acceptable physical page number. Only read with PageUseAlign.', mustBeZero: [zeroForFreeRegion] },
    {
      name: 'maxPhys', role: 'page-number', description: 'Physical page numbers must stay below this: 100000h (4 GB) allows them all. Only read with PageUseAlign.',
      range: { min: 0, max: 0x100000 }, mustBeZero: [zeroForFreeRegion],
    },
    {
      name: 'PhysAddr', role: 'pointer', description: 'Address of a dword that receives the physical start of the block (see version notes for when it is written).',
      mustBeZero: [zeroForFreeRegion],
    },
    flagsOf('How the pages are allocated; any bit not listed is reserved.', [
      { name: 'PageZeroInit' },
      { name: 'PageUseAlign', note: 'Needs PageFixed; W31 allows it during initialisation only.' },
      { name: 'PageContig', note: 'Ignored unless PageUseAlign is set too.' },
      { name: 'PageFixed' },
      { name: 'PageLocked', note: 'Not together with PageLockedIfDP.' },
      { name: 'PageLockedIfDP', note: 'Not before Init_Complete; not together with PageLocked.' },
      { name: 'PageMapFreePhysReg', targets: W31_ONLY, note: 'Creates a free physical region; PG_SYS and every alignment argument 0, initialisation only.' },
    ]),
  ],
  results: allocationResults,
  failure: { value: 0, registers: ['EAX', 'EDX'], test: 'test eax,eax / jz' },
  versionNotes: [
    { targets: W31_ONLY, text: 'EAX is a handle and EDX the address; code must not derive one from the other.' },
    { targets: WIN4X, text: 'Reserves then commits; EAX and EDX both hold the address, which is also the handle.' },
    { targets: W31_ONLY, text: 'PhysAddr is written whenever PageUseAlign is set.' },
    { targets: WIN4X, text: 'PhysAddr is written only with PageContig and PageUseAlign; a 0 pointer is ignored.' },
    { targets: ALL_WINDOWS, text: 'Without PageLocked, PageLockedIfDP or PageFixed the pages are not present until touched.' },
  ],
  related: ['_PageFree', '_PageReAllocate', '_PageLock', '_PageGetSizeAddr', '_PageReserve', '_PageCommit'],
  sources: ['W31', 'W95'],
});

const PAGE_REALLOCATE = cService({
  params: [
    hMem,
    { ...nPages, description: 'New size in pages; not 0 (use _PageFree to free).' },
    flagsOf('Copy and lock behaviour of the new block.', [
      { name: 'PageZeroInit', note: 'Zeroes only the pages added.' },
      { name: 'PageZeroReInit', note: 'Zeroes every page.' },
      { name: 'PageNoCopy', note: 'Old contents are not kept.' },
      { name: 'PageLocked' },
      { name: 'PageLockedIfDP', note: 'Not before every device has seen Init_Complete.' },
    ]),
  ],
  results: allocationResults,
  failure: { value: 0, registers: ['EAX', 'EDX'], test: 'test eax,eax / jz' },
  versionNotes: [
    { targets: ALL_WINDOWS, text: 'On success the old handle and address are dead; on failure the old block is untouched and still valid.' },
    { targets: ALL_WINDOWS, text: 'Fails for blocks allocated with PageUseAlign; a PageFixed block gives a fixed new block.' },
    { targets: WIN4X, text: 'A _PageReserve address is accepted "with cautions" the documentation does not spell out.' },
  ],
  related: ['_PageAllocate', '_PageFree'],
  sources: ['W31', 'W95'],
});

const PAGE_FREE = cService({
  params: [
    { ...hMem, description: 'Handle of the whole block to free (W95+: its base address).' },
    {
      name: 'flags', role: 'flags', description: 'W31: must be 0. W95+: 0, or the static flag for a block committed static.',
      flags: [
        { name: 'PR_STATIC', targets: WIN4X, note: 'Named by W95 for static blocks; whether PR_STATIC or PC_STATIC is accepted is unverified (spec C.1.3).' },
        { name: 'PC_STATIC', targets: WIN4X, note: 'The flag the blocks were committed with; see spec C.1.3.' },
      ],
      mustBeZero: [zero('W31', W31_ONLY)],
    },
  ],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [
    { targets: WIN4X, text: 'Committed pages inside the block are decommitted automatically.' },
    { targets: ALL_WINDOWS, text: 'Locked memory may be freed; blocks mapped with _MapIntoV86 should be unmapped first.' },
  ],
  related: ['_PageAllocate', '_PageReAllocate', '_PageReserve'],
  sources: ['W31', 'W95'],
});

const pageOff: ServiceParam = { name: 'PageOff', role: 'other', description: 'Offset in pages from the start of the block; PageOff + nPages must not pass the end.' };

const PAGE_LOCK = cService({
  params: [hMem, nPages, pageOff, flagsOf('0 or PageLockedIfDP.', [{ name: 'PageLockedIfDP', note: 'Not before Init_Complete.' }])],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [
    { targets: ALL_WINDOWS, text: 'Lock counts are per page: every lock needs its own unlock. No effect on PageFixed blocks.' },
    { targets: WIN4X, text: '_LinPageLock is preferred.' },
  ],
  related: ['_PageUnLock', '_LinPageLock'],
  sources: ['W31', 'W95'],
});

const PAGE_UNLOCK = cService({
  params: [hMem, nPages, pageOff, flagsOf('PageLockedIfDP and/or PageMarkPageOut.', [
    { name: 'PageLockedIfDP' },
    { name: 'PageMarkPageOut', note: 'Clears the accessed bit when a count reaches 0 so the page goes out soon.' },
  ])],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'Fails when the pages are not locked.' }],
  related: ['_PageLock', '_LinPageUnLock'],
  sources: ['W31'],
});

const hLinPgNum = linPage('HLinPgNum', 'Linear page number (ring-0 linear address SHR 12).');

const LIN_PAGE_LOCK = cService({
  params: [hLinPgNum, nPages, flagsOf('Lock options.', [
    { name: 'PageLockedIfDP' },
    { name: 'PageMapGlobal', targets: WIN4X, note: 'Makes a global alias usable from any context; not with PageLockedIfDP.' },
    { name: 'PageMarkDirty', targets: WIN4X, note: 'Marks the pages written (DMA into them, or writes through the alias).' },
  ])],
  results: [{
    targets: ALL_WINDOWS,
    registers: [{ register: 'EAX', role: 'success', meaning: 'Non-zero on success; with PageMapGlobal the alias to pass to the unlock [INFERRED].' }],
  }],
  failure: zeroFailure(),
  versionNotes: [
    { targets: WIN4X, text: 'Every page in the range must be committed.' },
    { targets: ALL_WINDOWS, text: 'Counted like _PageLock: N locks need N unlocks.' },
  ],
  related: ['_LinPageUnLock', '_PageLock'],
  sources: ['W31', 'W95'],
});

const LIN_PAGE_UNLOCK = cService({
  params: [
    { ...hLinPgNum, description: 'Linear page number; with PageMapGlobal, the page number of the alias the lock returned (alias SHR 12), not the original page.' },
    nPages,
    flagsOf('Unlock options.', [
      { name: 'PageLockedIfDP' },
      { name: 'PageMapGlobal', targets: WIN4X, note: 'Removes the global alias.' },
      { name: 'PL_TOTALUNLOCK', targets: WIN4X, note: 'Drops the count to 0; reserved for _SetResetV86Pageable. Value unverified.' },
    ]),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  related: ['_LinPageLock', '_PageUnLock'],
  sources: ['W31', 'W95'],
});

const PAGE_GET_SIZE_ADDR = cService({
  params: [hMem, flagsMustBeZero('W31')],
  results: [{
    targets: ALL_WINDOWS,
    registers: [
      { register: 'EAX', role: 'count', meaning: 'Pages in the block (present or not).' },
      { register: 'EDX', role: 'linear-address', meaning: 'Ring-0 linear address of the block.' },
    ],
  }],
  failure: { value: 0, registers: ['EAX', 'EDX'], test: 'test eax,eax / jz' },
  related: ['_PageAllocate'],
  sources: ['W31'],
});

const GET_FREE_PAGE_COUNT = cService({
  params: [flagsMustBeZero('W31')],
  results: [{
    targets: ALL_WINDOWS,
    registers: [
      { register: 'EAX', role: 'count', meaning: 'Pages on the free list.' },
      { register: 'EDX', role: 'count', meaning: 'Pages that could be allocated locked.' },
    ],
  }],
  failure: null,
  versionNotes: [{ targets: ALL_WINDOWS, text: 'The figures are stale as soon as they are returned; either may exceed the other.' }],
  related: ['_PageGetAllocInfo', '_GetSysPageCount'],
  sources: ['W31'],
});

const COPY_PAGE_TABLE = cService({
  params: [
    linPage('LinPgNum', 'First linear page; 0-10Fh is the current VM\'s V86 megabyte.'),
    nPages,
    { name: 'PageBuf', role: 'pointer', description: 'Buffer receiving one dword per page-table entry.' },
    flagsMustBeZero('W31'),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ['W98'], text: 'Returns 0 when an entry lies under a not-present page directory entry; the buffer is then undefined.' }],
  related: ['_ModifyPageBits'],
  sources: ['W31', 'W98'],
});

const vmParam: ServiceParam = { name: 'VM', role: 'vm-handle', description: 'Handle of the VM whose V86 pages are affected.' };

const PAGE_DISCARD_PAGES = cService({
  params: [
    linPage('LinPgNum', 'First linear page to discard; below 110h or in a VM\'s high linear range, VM names the VM.'),
    { ...vmParam, description: 'Handle of the VM the pages belong to (for V86 or high linear pages).' },
    nPages,
    flagsOf('Discard options; any other bit is reserved.', [
      { name: 'PageDiscard', note: 'Makes the pages not present (a full discard); without it they are only marked not accessed.' },
      { name: 'PageZeroInit', note: 'Zero-fills the pages when they come back; only with PageDiscard.' },
    ]),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'Pages that are locked or not present are left alone; W98: every page must be committed.' }],
  related: ['_PageLock', '_LinPageLock'],
  sources: ['W31', 'W98'],
});
const v86Page: ServiceParam = { name: 'VMLinPgNum', role: 'page-number', description: 'V86 page number in the VM (10h-10Fh).', range: { min: 0x10, max: 0x10f } };
const PTE_ATTRIBUTE_BITS = 0x7;

const MODIFY_PAGE_BITS = cService({
  params: [
    vmParam,
    { ...v86Page, description: 'V86 page number, from the VM\'s first page up to 10Fh.', range: { min: 0, max: 0x10f } },
    nPages,
    { name: 'bitAND', role: 'other', description: 'ANDed into the entries; only P_PRES, P_WRITE, P_USER may be 0.', bitsMustBeOne: ~PTE_ATTRIBUTE_BITS >>> 0 },
    { name: 'bitOR', role: 'other', description: 'ORed into the entries; only P_PRES, P_WRITE, P_USER may be 1 (P_PRES may not be set this way).', bitsMustBeZero: ~PTE_ATTRIBUTE_BITS >>> 0 },
    { name: 'pType', role: 'page-type', description: 'PG_HOOKED (required when clearing a bit) or PG_IGNORE.', values: ['PG_HOOKED', 'PG_IGNORE'] },
    flagsMustBeZero('W31'),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'P_DIRTY and P_ACC are always cleared; a hook page-fault handler must already exist for PG_HOOKED pages.' }],
  related: ['_PhysIntoV86', '_MapIntoV86', 'Hook_V86_Page'],
  sources: ['W31'],
});

const PHYS_INTO_V86 = cService({
  params: [
    { name: 'PhysPage', role: 'page-number', description: 'First physical page number (physical address SHR 12) of a contiguous run.' },
    vmParam,
    v86Page,
    nPages,
    flagsMustBeZero('W31'),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'Sets P_USER, P_PRES and P_WRITE, clears P_DIRTY and P_ACC; type PG_SYS (the W31 page contradicts itself, spec C.1.6).' }],
  related: ['_MapIntoV86', '_ModifyPageBits'],
  sources: ['W31'],
});

const MAP_PHYS_TO_LINEAR = cService({
  params: [
    { name: 'PhysAddr', role: 'physical-address', description: '32-bit physical address of device memory.' },
    { name: 'nBytes', role: 'count', description: 'Length of the range in bytes.' },
    flagsMustBeZero('W31'),
  ],
  results: [{ targets: ALL_WINDOWS, registers: [{ register: 'EAX', role: 'linear-address', meaning: 'Ring-0 linear address of PhysAddr.' }] }],
  failure: { value: 0xffffffff, registers: ['EAX'], test: 'cmp eax,0FFFFFFFFh / je' },
  versionNotes: [
    { targets: W31_ONLY, text: 'All physical memory is mapped contiguously.' },
    { targets: WIN4X, text: 'Aliases are made on demand and are contiguous only within nBytes; they last until shutdown.' },
  ],
  related: ['_UnmapPhysToLinear', '_PageCommitPhys'],
  sources: ['W31', 'W98'],
});

const PAGE_RESERVE = cService({
  params: [
    {
      name: 'page', role: 'page-number', description: 'Linear page number to reserve at, or PR_PRIVATE/PR_SHARED/PR_SYSTEM to let VMM choose in that arena.',
      specialValues: ['PR_PRIVATE', 'PR_SHARED', 'PR_SYSTEM'],
    },
    { name: 'npages', role: 'count', description: 'Number of pages to reserve.', range: { min: 1, max: 0xfffff } },
    flagsOf('Reservation options.', [
      { name: 'PR_FIXED', note: '_PageReAllocate will not move the block.' },
      { name: 'PR_STATIC', note: 'Commit, decommit and free need the static flag.' },
      { name: 'PR_4MEG', note: '4 MB alignment; ignored for an explicit page.' },
    ]),
  ],
  results: [{ targets: WIN4X, registers: [{ register: 'EAX', role: 'linear-address', meaning: 'Linear address (not page number) of the first reserved page.' }] }],
  failure: { value: 0xffffffff, registers: ['EAX'], test: 'cmp eax,-1 / je' },
  versionNotes: [{ targets: WIN4X, text: 'Reserved pages must be committed before they are touched.' }],
  related: ['_PageCommit', '_PageDecommit', '_PageFree'],
  sources: ['W95', 'WINE'],
});

const reservedRange = [
  linPage('page', 'First linear page number; the range must lie inside one _PageReserve.'),
  { name: 'npages', role: 'count', description: 'Number of pages.', range: { min: 1, max: 0xfffff } },
] as const satisfies readonly ServiceParam[];

const PD_DEFAULTS = ['PD_ZEROINIT', 'PD_NOINIT', 'PD_FIXEDZERO', 'PD_FIXED'] as const;

const PAGE_COMMIT = cService({
  params: [
    ...reservedRange,
    { name: 'hpd', role: 'handle', description: 'Registered pager handle, or one of the PD_* defaults (PD_FIXED* need PC_FIXED).', specialValues: PD_DEFAULTS },
    {
      name: 'pagerdata', role: 'other', description: 'Data for a registered pager; 0 with a PD_* default.',
      mustBeZero: [{ targets: WIN4X, when: { kind: 'when-one-of', param: 'hpd', constants: PD_DEFAULTS }, source: 'W95' }],
    },
    flagsOf('Commit options.', [
      { name: 'PC_FIXED' }, { name: 'PC_LOCKED' }, { name: 'PC_LOCKEDIFDP' },
      { name: 'PC_STATIC', note: 'Needed for PR_STATIC reservations.' },
      { name: 'PC_USER' }, { name: 'PC_WRITEABLE' }, { name: 'PC_INCR' },
    ]),
  ],
  results: [successResult(WIN4X)],
  failure: zeroFailure(),
  versionNotes: [{ targets: WIN4X, text: 'With PC_LOCKED, PC_LOCKEDIFDP or PC_FIXED no page of the range may already be committed.' }],
  related: ['_PageReserve', '_PageDecommit', '_PageCommitPhys', '_PageCommitContig'],
  sources: ['W95'],
});

const PAGE_DECOMMIT = cService({
  params: [
    ...reservedRange,
    {
      name: 'flags', role: 'flags', description: 'Documented as 0; a PR_STATIC reservation seems to need the static flag (spec C.1.4).',
      flags: [{ name: 'PC_STATIC', targets: WIN4X, note: 'Disputed, see spec C.1.4.' }],
      mustBeZero: [{ targets: WIN4X, when: { kind: 'always' }, source: 'W95', disputed: 'PR_STATIC reservations refuse decommit without a static flag (spec C.1.4).' }],
    },
  ],
  results: [successResult(WIN4X)],
  failure: zeroFailure(),
  versionNotes: [{ targets: WIN4X, text: 'The physical pages go back to the free list or the pager.' }],
  related: ['_PageCommit', '_PageReserve'],
  sources: ['W95'],
});

const PAGE_COMMIT_PHYS = cService({
  params: [
    ...reservedRange,
    { name: 'physpg', role: 'page-number', description: 'Physical page number mapped at the first page.' },
    flagsOf('Mapping options.', [
      { name: 'PC_INCR', note: 'Map a contiguous physical run; without it every page maps the same physical page.' },
      { name: 'PC_USER' }, { name: 'PC_WRITEABLE' },
    ]),
  ],
  results: [successResult(WIN4X)],
  failure: zeroFailure(),
  versionNotes: [{ targets: WIN4X, text: 'No page of the range may be committed already; lock it with _LinPageLock before touching it at interrupt time.' }],
  related: ['_PageReserve', '_MapPhysToLinear'],
  sources: ['W95', 'W98'],
});

const PAGE_COMMIT_CONTIG = cService({
  params: [
    ...reservedRange,
    flagsOf('Options; PCC_NOLIN must be used alone.', [{ name: 'PC_USER' }, { name: 'PC_WRITEABLE' }, { name: 'PCC_ZEROINIT' }, { name: 'PCC_NOLIN', note: 'Allocates raw pages and returns a physical address; they can never be freed.' }]),
    { name: 'alignmask', role: 'other', description: 'Physical alignment mask of the first page.' },
    { name: 'minphys', role: 'page-number', description: 'Lowest acceptable physical page number (0 = no limit).' },
    { name: 'maxphys', role: 'page-number', description: 'Physical page numbers stay below this (-1 = no limit).', range: { min: 0, max: 0x100000 } },
  ],
  results: [{ targets: WIN4X, registers: [{ register: 'EAX', role: 'other', meaning: 'Normal return value unverified (spec A.4.14); with PCC_NOLIN a physical address.' }] }],
  failure: null,
  versionNotes: [{ targets: WIN4X, text: 'Memory is always fixed and physically contiguous.' }],
  related: ['_PageCommit', '_PageReserve'],
  sources: ['W98'],
});

const regionPages = [
  linPage('LinPgNum', 'First linear page of the free physical region to work on.'),
  nPages,
] as const satisfies readonly ServiceParam[];

const SET_FREE_PHYS_REG_CALBK = cService({
  params: [
    { name: 'Callback', role: 'callback', description: 'Called with EAX = 0 (ECX pages freed) or EAX = 1 (VMM wants ECX pages back); sets CF when it met the request.' },
    flagsMustBeZero('W31'),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  initOnly: true,
  versionNotes: [
    { targets: ALL_WINDOWS, text: 'Calls start only after every device has seen Init_Complete; the callback may only use _MapFreePhysReg/_UnmapFreePhysReg.' },
    { targets: WIN4X, text: 'Whether Windows 95 honours free physical regions is unverified.' },
  ],
  related: ['_MapFreePhysReg', '_UnmapFreePhysReg', '_XchgFreePhysReg'],
  sources: ['W31'],
});

const MAP_FREE_PHYS_REG = cService({
  params: [...regionPages, flagsOf('0 or PageFixed (pages never given back: a guaranteed minimum).', [{ name: 'PageFixed' }])],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'All pages must be in the region and not present; meant for the region callback, not before Sys_VM_Init/Init_Complete.' }],
  related: ['_UnmapFreePhysReg', '_SetFreePhysRegCalBk'],
  sources: ['W31'],
});

const UNMAP_FREE_PHYS_REG = cService({
  params: [...regionPages, flagsMustBeZero('W31')],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'Fails when part of the range is not present; never use on pages mapped with PageFixed.' }],
  related: ['_MapFreePhysReg', '_SetFreePhysRegCalBk'],
  sources: ['W31'],
});

const XCHG_FREE_PHYS_REG = cService({
  params: [
    linPage('LinPgNum', 'Linear page of one free-physical-region slot.'),
    { name: 'PhysAddr', role: 'physical-address', description: 'Physical address to put in the slot; 0 makes it not present.' },
    flagsMustBeZero('W31'),
  ],
  results: [{ targets: ALL_WINDOWS, registers: [{ register: 'EAX', role: 'physical-address', meaning: 'Physical address that was in the slot; 0 if the slot was not present.' }] }],
  failure: { value: 0xffffffff, registers: ['EAX'], test: 'cmp eax,-1 / je', notFailures: [{ value: 0, meaning: 'The slot was not present; not an error.' }] },
  versionNotes: [{ targets: ALL_WINDOWS, text: 'Chained calls compact a region; a physical page returned and not put back anywhere is lost.' }],
  related: ['_MapFreePhysReg', '_UnmapFreePhysReg'],
  sources: ['W31'],
});

const ADD_FREE_PHYS_PAGE = cService({
  params: [
    { name: 'PhysPgNum', role: 'page-number', description: 'First physical page number (110h or above) of RAM that is always there.', range: { min: 0x110, max: 0xfffff } },
    nPages,
    flagsMustBeZero('W31'),
  ],
  results: [{ targets: ALL_WINDOWS, registers: [{ register: 'EAX', role: 'status', meaning: '0 none added, 1 some added, 2 all added.' }] }],
  failure: { value: 0, registers: ['EAX'], test: 'cmp eax,2 / jne', notFailures: [{ value: 1, meaning: 'Only some pages were added.' }] },
  initOnly: true,
  versionNotes: [{ targets: ALL_WINDOWS, text: 'The caller must not touch the pages afterwards.' }],
  related: ['_PageResetHandlePAddr'],
  sources: ['W31'],
});

const PAGE_RESET_HANDLE_PADDR = cService({
  params: [
    hMem,
    { name: 'PgOff', role: 'other', description: 'Page offset inside the block.' },
    nPages,
    { name: 'PhysPgNum', role: 'page-number', description: 'First new physical page number (110h or above).', range: { min: 0x110, max: 0xfffff } },
    flagsMustBeZero('W31'),
  ],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'Old pages go to the free list with their contents lost; the new pages become fixed.' }],
  related: ['_AddFreePhysPage'],
  sources: ['W31'],
});

const heapAddress: ServiceParam = { name: 'hAddress', role: 'pointer', description: 'Address returned by _HeapAllocate or _HeapReAllocate.' };

const HEAP_ALLOCATE = cService({
  params: [
    { name: 'nbytes', role: 'count', description: 'Bytes wanted.' },
    flagsOf('Heap options; HEAPLOCKEDIFDP, HEAPSWAP and HEAPINIT are values of the heap-type field (700h), not independent bits.', [
      { name: 'HEAPZEROINIT' },
      { name: 'HEAPLOCKEDIFDP', targets: WIN4X },
      { name: 'HEAPSWAP', targets: WIN4X },
      { name: 'HEAPINIT', targets: WIN4X },
      { name: 'HEAPCLEAN', targets: WIN4X },
      { name: 'HEAPCONTIG', targets: ['W98'] },
      { name: 'HEAPFORGET', targets: ['W98'] },
    ]),
  ],
  results: [{ targets: ALL_WINDOWS, registers: [{ register: 'EAX', role: 'pointer', meaning: 'Ring-0 address of the block.' }] }],
  failure: zeroFailure(),
  related: ['_HeapFree', '_HeapReAllocate', '_HeapGetSize'],
  sources: ['VMMH', 'OUTSIDE-SPEC'],
});

const HEAP_REALLOCATE = cService({
  params: [
    heapAddress,
    { name: 'nbytes', role: 'count', description: 'New size in bytes.' },
    flagsOf('Copy options.', [{ name: 'HEAPZEROINIT' }, { name: 'HEAPZEROREINIT' }, { name: 'HEAPNOCOPY' }]),
  ],
  results: [{ targets: ALL_WINDOWS, registers: [{ register: 'EAX', role: 'pointer', meaning: 'Address of the resized block; the old address is dead.' }] }],
  failure: zeroFailure(),
  versionNotes: [{ targets: ALL_WINDOWS, text: 'On failure the old block is left as it was.' }],
  related: ['_HeapAllocate', '_HeapFree'],
  sources: ['VMMH', 'OUTSIDE-SPEC'],
});

const HEAP_FREE = cService({
  params: [heapAddress, flagsMustBeZero('OUTSIDE-SPEC')],
  results: [successResult()],
  failure: zeroFailure(),
  related: ['_HeapAllocate'],
  sources: ['OUTSIDE-SPEC'],
});

const HEAP_GET_SIZE = cService({
  params: [heapAddress, flagsMustBeZero('OUTSIDE-SPEC')],
  results: [{ targets: ALL_WINDOWS, registers: [{ register: 'EAX', role: 'count', meaning: 'Size of the block in bytes.' }] }],
  failure: zeroFailure(),
  related: ['_HeapAllocate'],
  sources: ['OUTSIDE-SPEC'],
});

const v86MapNote = { targets: ALL_WINDOWS, text: 'VMLinPgNum + nPages - 1 must not pass 10Fh (spec W12).' };

const MAP_INTO_V86 = cService({
  params: [hMem, vmParam, v86Page, nPages, pageOff, flagsOf('Mapping options.', [{ name: 'PageDEBUGNulFault' }])],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [v86MapNote, { targets: ALL_WINDOWS, text: 'Unmap before freeing the block with _PageFree.' }],
  related: ['_PhysIntoV86', '_LinMapIntoV86', '_PageFree'],
  sources: ['OUTSIDE-SPEC'],
});

const LIN_MAP_INTO_V86 = cService({
  params: [hLinPgNum, vmParam, v86Page, nPages, flagsOf('Mapping options.', [{ name: 'PageDEBUGNulFault' }])],
  results: [successResult()],
  failure: zeroFailure(),
  versionNotes: [v86MapNote],
  related: ['_MapIntoV86', '_PhysIntoV86'],
  sources: ['OUTSIDE-SPEC'],
});

/** Semantics by service name. */
export const MEMORY_SERVICES: Readonly<Record<string, VmmServiceSemantics>> = {
  _PageAllocate: PAGE_ALLOCATE,
  _PageReAllocate: PAGE_REALLOCATE,
  _PageFree: PAGE_FREE,
  _PageLock: PAGE_LOCK,
  _PageUnLock: PAGE_UNLOCK,
  _LinPageLock: LIN_PAGE_LOCK,
  _LinPageUnLock: LIN_PAGE_UNLOCK,
  _PageGetSizeAddr: PAGE_GET_SIZE_ADDR,
  _GetFreePageCount: GET_FREE_PAGE_COUNT,
  _CopyPageTable: COPY_PAGE_TABLE,
  _PageDiscardPages: PAGE_DISCARD_PAGES,
  _ModifyPageBits: MODIFY_PAGE_BITS,
  _PhysIntoV86: PHYS_INTO_V86,
  _MapPhysToLinear: MAP_PHYS_TO_LINEAR,
  _PageReserve: PAGE_RESERVE,
  _PageCommit: PAGE_COMMIT,
  _PageDecommit: PAGE_DECOMMIT,
  _PageCommitPhys: PAGE_COMMIT_PHYS,
  _PageCommitContig: PAGE_COMMIT_CONTIG,
  _SetFreePhysRegCalBk: SET_FREE_PHYS_REG_CALBK,
  _MapFreePhysReg: MAP_FREE_PHYS_REG,
  _UnmapFreePhysReg: UNMAP_FREE_PHYS_REG,
  _XchgFreePhysReg: XCHG_FREE_PHYS_REG,
  _AddFreePhysPage: ADD_FREE_PHYS_PAGE,
  _PageResetHandlePAddr: PAGE_RESET_HANDLE_PADDR,
  _HeapAllocate: HEAP_ALLOCATE,
  _HeapReAllocate: HEAP_REALLOCATE,
  _HeapFree: HEAP_FREE,
  _HeapGetSize: HEAP_GET_SIZE,
  _MapIntoV86: MAP_INTO_V86,
  _LinMapIntoV86: LIN_MAP_INTO_V86,
};
