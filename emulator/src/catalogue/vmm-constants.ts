// Named VMM constants (spec A.2, plus the heap flags and control messages
// VxD code names next to page services, and the other vmm.inc constants of
// vmm-inc-constants.ts). Values are facts from the cited source; meanings
// are written for hover.

import type { NamedConstant } from './types.js';
import { DEVICES, PROCESSOR_FLAGS, VM_STATUS, type VmmConstantGroup as Group } from './vmm-inc-constants.js';

const GROUPS: readonly Group[] = [
  {
    family: 'PG', source: 'INC31', rows: [
      ['PG_VM', 0, 'Pages owned by one VM; freed when it ends.'],
      ['PG_SYS', 1, 'System pages, owned by no VM (the VM argument must be 0).'],
      ['PG_RESERVED1', 2, 'Reserved page type.'],
      ['PG_PRIVATE', 3, 'Private page type used by VMM.'],
      ['PG_RESERVED2', 4, 'Reserved page type.'],
      ['PG_RELOCK', 5, 'Memory-manager private page type.'],
      ['PG_INSTANCE', 6, 'Instance-data pages.'],
      ['PG_HOOKED', 7, 'VM pages with a hooked page-fault handler.'],
      ['PG_IGNORE', 0xffffffff, 'Leave the page type unchanged (_ModifyPageBits).'],
    ],
  },
  { family: 'PG', source: 'INC31', rows: [['PG_TYPE', 0x0e00, 'Page-type field of a page-table entry (type SHL 9).']] },
  {
    family: 'P', source: 'INC31', rows: [
      ['P_PRES', 0x01, 'Page-table entry: page present.'],
      ['P_WRITE', 0x02, 'Page-table entry: writable.'],
      ['P_USER', 0x04, 'Page-table entry: user (ring 3) access.'],
      ['P_ACC', 0x20, 'Page-table entry: accessed.'],
      ['P_DIRTY', 0x40, 'Page-table entry: written to.'],
      ['P_AVAIL', 0x07, 'Present, writable and user together.'],
      ['P_SIZE', 0x1000, 'Bytes per page.'],
    ],
  },
  {
    family: 'Page', source: 'INC31', rows: [
      ['PageZeroInit', 0x00000001, 'Fill new pages with zeros.'],
      ['PageUseAlign', 0x00000002, 'Honour AlignMask, minPhys, maxPhys and PhysAddr; needs PageFixed.'],
      ['PageContig', 0x00000004, 'Physically contiguous pages; only with PageUseAlign.'],
      ['PageFixed', 0x00000008, 'Locked for good at a fixed address.'],
      ['PageDEBUGNulFault', 0x00000010, 'Debug: fault on access to null pages.'],
      ['PageZeroReInit', 0x00000020, 'Zero every page of a reallocated block.'],
      ['PageNoCopy', 0x00000040, 'Do not keep the old contents when reallocating.'],
      ['PageLocked', 0x00000080, 'Lock the pages (they can be unlocked later).'],
      ['PageLockedIfDP', 0x00000100, 'Lock only if the pager goes through DOS/BIOS.'],
      ['PageSetV86Pageable', 0x00000200, 'Make V86 pages pageable.'],
      ['PageClearV86Pageable', 0x00000400, 'Make V86 pages non-pageable.'],
      ['PageSetV86IntsLocked', 0x00000800, 'Lock V86 pages while interrupts are handled.'],
      ['PageClearV86IntsLocked', 0x00001000, 'Undo PageSetV86IntsLocked.'],
      ['PageMarkPageOut', 0x00002000, 'On unlock to 0, clear the accessed bit so the page goes out soon.'],
      ['PagePDPSetBase', 0x00004000, 'Pager-internal: set base.'],
      ['PagePDPClearBase', 0x00008000, 'Pager-internal: clear base.'],
      ['PageDiscard', 0x00010000, 'Discard page contents.'],
      ['PagePDPQueryDirty', 0x00020000, 'Pager-internal: query dirty state.'],
      ['PageMapFreePhysReg', 0x00040000, 'Allocate a free physical region (W31).'],
    ],
  },
  { family: 'Page', source: 'VMMH', rows: [['PagePhysOnly', 0x04000000, 'Physical pages only, no linear mapping.']] },
  {
    family: 'Page', source: 'VMMH', since: '4.0', rows: [
      ['PageNoMove', 0x10000000, 'Block must not move.'],
      ['PageMapGlobal', 0x40000000, 'Lock through a global alias usable from any context.'],
      ['PageMarkDirty', 0x80000000, 'Mark locked pages as written.'],
    ],
  },
  {
    family: 'PR', source: 'VMD9X', since: '4.0', rows: [
      ['PR_PRIVATE', 0x80000400, '_PageReserve page: anywhere in the private arena.'],
      ['PR_SHARED', 0x80060000, '_PageReserve page: anywhere in the shared arena.'],
      ['PR_SYSTEM', 0x80080000, '_PageReserve page: anywhere in the system arena.'],
      ['PR_4MEG', 0x1, '_PageReserve flag: 4 MB alignment.'],
      ['PR_FIXED', 0x8, '_PageReserve flag: _PageReAllocate will not move the block.'],
      ['PR_STATIC', 0x10, '_PageReserve flag: commit, decommit and free need the static flag.'],
    ],
  },
  {
    family: 'PD', source: 'VMD9X', since: '4.0', rows: [
      ['PD_ZEROINIT', 1, 'Default pager: swappable, zero-filled pages.'],
      ['PD_NOINIT', 2, 'Default pager: swappable pages, contents undefined.'],
      ['PD_FIXEDZERO', 3, 'Default pager: fixed zero-filled pages (needs PC_FIXED).'],
      ['PD_FIXED', 4, 'Default pager: fixed pages, contents undefined (needs PC_FIXED).'],
    ],
  },
  {
    family: 'PC', source: 'VMD9X', since: '4.0', rows: [
      ['PC_FIXED', 0x00000008, 'Commit fixed pages.'],
      ['PC_LOCKED', 0x00000080, 'Commit locked pages.'],
      ['PC_LOCKEDIFDP', 0x00000100, 'Lock only if the pager goes through DOS/BIOS.'],
      ['PC_WRITEABLE', 0x00020000, 'Pages are writable.'],
      ['PC_USER', 0x00040000, 'Pages are accessible from ring 3.'],
      ['PC_DIRTY', 0x08000000, 'Mark pages dirty.'],
      ['PC_STATIC', 0x20000000, 'Allowed on PR_STATIC reservations.'],
      ['PC_INCR', 0x40000000, 'Map consecutive physical pages (_PageCommitPhys).'],
      ['PC_PRESENT', 0x80000000, 'Pages are present.'],
    ],
  },
  {
    family: 'PC', source: 'WINE', since: '4.10', rows: [
      ['PC_PAGEFLUSH', 0x00008000, 'Flush pages (WDM era).'],
      ['PC_CACHEWT', 0x00080000, 'Write-through caching (WDM era).'],
      ['PC_CACHEDIS', 0x00100000, 'Caching disabled (WDM era).'],
    ],
  },
  {
    family: 'PCC', source: 'VMD9X', since: '4.0', rows: [
      ['PCC_ZEROINIT', 0x00000001, '_PageCommitContig: zero the pages.'],
      ['PCC_NOLIN', 0x10000000, '_PageCommitContig: raw physical pages, no linear mapping, never freed; use alone.'],
    ],
  },
  {
    family: 'HEAP', source: 'VMMH', rows: [
      ['HEAPZEROINIT', 0x00000001, 'Zero the new block.'],
      ['HEAPZEROREINIT', 0x00000002, 'Zero the whole reallocated block.'],
      ['HEAPNOCOPY', 0x00000004, 'Do not keep contents when reallocating.'],
    ],
  },
  {
    family: 'HEAP', source: 'VMMH', since: '4.0', fieldMask: 0x700, rows: [
      ['HEAPLOCKEDIFDP', 0x00000100, 'Heap type: locked only if paging goes through DOS/BIOS.'],
      ['HEAPSWAP', 0x00000200, 'Heap type: pageable heap.'],
      ['HEAPINIT', 0x00000400, 'Heap type: freed automatically after initialisation.'],
    ],
  },
  {
    family: 'HEAP', source: 'VMMH', since: '4.0', rows: [
      ['HEAPCLEAN', 0x00000800, 'Clean block.'],
    ],
  },
  {
    family: 'HEAP', source: 'VMMH', since: '4.10', rows: [
      ['HEAPCONTIG', 0x00001000, 'Physically contiguous block.'],
      ['HEAPFORGET', 0x00002000, 'Block will never be freed.'],
    ],
  },
  { family: 'EF', source: 'VMMH', rows: [['EF_Hang_On_Exit', 1, 'Fatal_Error_Handler: hang instead of returning to DOS.']] },
  {
    family: 'Link', source: 'VMMH', rows: [
      ['VMM_DEVICE_ID', 0x0001, 'Device ID of VMM (high word of a service link).'],
      ['Dyna_Link_Int', 0x20, 'Interrupt used for VxD service links.'],
      ['DL_Jmp_Mask', 0x8000, 'Bit set in a service link for a jump instead of a call.'],
    ],
  },
  {
    family: 'Control', source: 'DOSLIB', rows: [
      ['Sys_Critical_Init', 0x00, 'First init message; interrupts off.'],
      ['Device_Init', 0x01, 'Main device initialisation; interrupts on.'],
      ['Init_Complete', 0x02, 'Every device has initialised; last init message.'],
      ['Sys_VM_Init', 0x03, 'System VM is being set up.'],
      ['Sys_VM_Terminate', 0x04, 'System VM is ending (normal exit).'],
      ['System_Exit', 0x05, 'Windows is exiting; interrupts on.'],
      ['Sys_Critical_Exit', 0x06, 'Last exit message; interrupts off.'],
      ['Create_VM', 0x07, 'A VM is being created.'],
      ['VM_Critical_Init', 0x08, 'First init message for a new VM.'],
      ['VM_Init', 0x09, 'A new VM is initialising.'],
      ['VM_Terminate', 0x0a, 'A VM is ending normally.'],
      ['VM_Not_Executeable', 0x0b, 'A VM can no longer run.'],
      ['Destroy_VM', 0x0c, 'A VM is being destroyed; free its PG_VM/PG_HOOKED pages.'],
      ['VM_Suspend', 0x0d, 'A VM is being suspended.'],
      ['VM_Resume', 0x0e, 'A VM is resuming.'],
      ['Set_Device_Focus', 0x0f, 'Device focus moves to a VM.'],
      ['Begin_Message_Mode', 0x10, 'Shell enters message mode.'],
      ['End_Message_Mode', 0x11, 'Shell leaves message mode.'],
      ['Reboot_Processor', 0x12, 'Request to reboot the machine.'],
      ['Query_Destroy', 0x13, 'May this VM be destroyed?'],
      ['Debug_Query', 0x14, 'Debugger query to the device.'],
      ['Begin_PM_App', 0x15, 'A protected-mode application starts.'],
      ['End_PM_App', 0x16, 'A protected-mode application ends.'],
      ['Device_Reboot_Notify', 0x17, 'A reboot is about to happen.'],
      ['Crit_Reboot_Notify', 0x18, 'A reboot is about to happen; interrupts off.'],
      ['Close_VM_Notify', 0x19, 'A VM is being closed.'],
      ['Power_Event', 0x1a, 'Power-management event.'],
    ],
  },
  {
    family: 'Control', source: 'OUTSIDE-SPEC', since: '4.0', rows: [
      ['Sys_Dynamic_Device_Init', 0x1b, 'A dynamically loaded VxD initialises.'],
      ['Sys_Dynamic_Device_Exit', 0x1c, 'A dynamically loaded VxD is being unloaded.'],
      ['Create_Thread', 0x1d, 'A thread is being created.'],
      ['Thread_Init', 0x1e, 'A new thread initialises.'],
      ['Terminate_Thread', 0x1f, 'A thread is ending.'],
      ['Thread_Not_Executeable', 0x20, 'A thread can no longer run.'],
      ['Destroy_Thread', 0x21, 'A thread is being destroyed.'],
      ['PNP_New_Devnode', 0x22, 'Plug and Play found a device node for the VxD.'],
      ['W32_DeviceIoControl', 0x23, 'A Win32 DeviceIoControl call for the VxD.'],
    ],
  },
  ...VM_STATUS,
  {
    family: 'VMCB', source: 'VMMH', since: '4.0', rows: [['VMCB_ID', 0x62634d56, 'CB_Signature of every VM control block ("VMcb").']],
  },
  {
    family: 'DDB', source: 'VMMH', rows: [
      ['DDB_Sys_Crit_Init_Done', 0x0001, 'DDB_Flags: the device has handled Sys_Critical_Init.'],
      ['DDB_Sys_Crit_Init_Done_Bit', 0, 'Bit number of DDB_Sys_Crit_Init_Done.'],
      ['DDB_Device_Init_Done', 0x0002, 'DDB_Flags: the device has handled Device_Init.'],
      ['DDB_Device_Init_Done_Bit', 1, 'Bit number of DDB_Device_Init_Done.'],
    ],
  },
  {
    family: 'DDB', source: 'VMMH', since: '4.0', rows: [
      ['DDB_Device_Dynalinked', 0x2000, 'DDB_Flags: the device was linked in dynamically.'],
      ['DDB_Device_Dynalinked_Bit', 13, 'Bit number of DDB_Device_Dynalinked.'],
      ['DDB_Has_Win32_Svcs', 0x4000, 'DDB_Flags: the device has a Win32 service table.'],
      ['DDB_Has_Win32_Svcs_Bit', 14, 'Bit number of DDB_Has_Win32_Svcs.'],
      ['DDB_Dynamic_VxD', 0x8000, 'DDB_Flags: a dynamically loadable VxD.'],
      ['DDB_Dynamic_VxD_Bit', 15, 'Bit number of DDB_Dynamic_VxD.'],
    ],
  },
  ...PROCESSOR_FLAGS,
  ...DEVICES,
];

export const VMM_CONSTANTS: readonly NamedConstant[] = GROUPS.flatMap((g) =>
  g.rows.map(([name, value, meaning]): NamedConstant => ({
    name, value, meaning,
    platform: 'vmm',
    family: g.family,
    source: g.source,
    certain: g.certain ?? true,
    ...(g.fieldMask === undefined ? {} : { fieldMask: g.fieldMask }),
    ...(g.since === undefined ? {} : { since: g.since }),
  })));
