// The vmm.inc constants VxD code names outside the page services: the VM
// status flags of a VM control block, the processor flag masks, and the
// standard devices' IDs and initialisation orders. Windows 3.x names come
// from INC31; what Windows 95 added comes from VMMH, whose C names MASM
// reads alike (it ignores case). Meanings are written for hover.

import type { SourceKey } from './types.js';

type Row = readonly [name: string, value: number, meaning: string];

export interface VmmConstantGroup {
  readonly family: string;
  readonly source: SourceKey;
  readonly certain?: boolean;
  readonly since?: string;
  readonly fieldMask?: number;
  readonly rows: readonly Row[];
}

/** A flag and its bit number, as vmm.inc defines both (`VMStat_Suspended`, `VMStat_Suspended_Bit`). */
const flag = (name: string, bit: number, meaning: string, bitName = `${name}_Bit`): Row[] => [
  [name, 2 ** bit, meaning],
  [bitName, bit, `Bit number of ${name}.`],
];

export const VM_STATUS: readonly VmmConstantGroup[] = [
  {
    family: 'VMStat', source: 'INC31', rows: [
      ...flag('VMStat_Exclusive', 0, 'CB_VM_Status: the VM runs in exclusive mode.'),
      ...flag('VMStat_Background', 1, 'CB_VM_Status: the VM runs in the background.'),
      ...flag('VMStat_Creating', 2, 'CB_VM_Status: the VM is being created.'),
      ...flag('VMStat_Suspended', 3, 'CB_VM_Status: the VM is suspended (not scheduled).'),
      ...flag('VMStat_Not_Executeable', 4, 'CB_VM_Status: the VM is partly destroyed.'),
      ...flag('VMStat_PM_Exec', 5, 'CB_VM_Status: the VM is running a protected-mode application now.'),
      ...flag('VMStat_PM_App', 6, 'CB_VM_Status: a protected-mode application is present in the VM.'),
      ...flag('VMStat_PM_Use32', 7, 'CB_VM_Status: the protected-mode application is 32-bit.'),
      ...flag('VMStat_VxD_Exec', 8, 'CB_VM_Status: a VxD has called into the VM.'),
      ...flag('VMStat_High_Pri_Back', 9, 'CB_VM_Status: high-priority background VM.'),
      ...flag('VMStat_Blocked', 10, 'CB_VM_Status: the VM is blocked on a semaphore.'),
      ...flag('VMStat_Awakening', 11, 'CB_VM_Status: the VM woke up after being blocked.'),
      ...flag('VMStat_PageableV86', 12, 'CB_VM_Status: part of the V86 memory is pageable.', 'VMStat_PageableV86Bit'),
      ...flag('VMStat_V86IntsLocked', 13, 'CB_VM_Status: V86 memory is locked whatever the pager.', 'VMStat_V86IntsLockedBit'),
      ...flag('VMStat_TS_Sched', 14, 'CB_VM_Status: scheduled by the time-slicer (Windows 3.x name of bit 14).'),
      ...flag('VMStat_Idle', 15, 'CB_VM_Status: the VM has given up its time slice.'),
      ...flag('VMStat_Closing', 16, 'CB_VM_Status: Close_VM was called for the VM.'),
      ['VMStat_Use32_Mask', 0x180, 'VMStat_PM_Use32 OR VMStat_VxD_Exec.'],
    ],
  },
  {
    family: 'VMStat', source: 'VMMH', since: '4.0', rows: [
      ['VMStat_PageableV86_Bit', 12, 'Bit number of VMStat_PageableV86.'],
      ['VMStat_V86IntsLocked_Bit', 13, 'Bit number of VMStat_V86IntsLocked.'],
      ...flag('VMStat_Idle_Timeout', 14, 'CB_VM_Status: scheduled by the time-slicer (Windows 95 name of bit 14).'),
      ...flag('VMStat_TS_Suspended', 17, 'CB_VM_Status: suspended by the time-slicer.'),
      ...flag('VMStat_TS_MaxPri', 18, 'CB_VM_Status: foreground priority at its maximum.'),
    ],
  },
];

export const PROCESSOR_FLAGS: readonly VmmConstantGroup[] = [
  {
    family: 'EFlags', source: 'INC31', rows: [
      ...flag('CF_Mask', 0, 'EFLAGS: carry flag.', 'CF_Bit'),
      ...flag('PF_Mask', 2, 'EFLAGS: parity flag.', 'PF_Bit'),
      ...flag('AF_Mask', 4, 'EFLAGS: auxiliary carry flag.', 'AF_Bit'),
      ...flag('ZF_Mask', 6, 'EFLAGS: zero flag.', 'ZF_Bit'),
      ...flag('SF_Mask', 7, 'EFLAGS: sign flag.', 'SF_Bit'),
      ...flag('TF_Mask', 8, 'EFLAGS: trace flag.', 'TF_Bit'),
      ...flag('IF_Mask', 9, 'EFLAGS: interrupt flag.', 'IF_Bit'),
      ['DF_Mask', 0x400, 'EFLAGS: direction flag.'],
      ...flag('OF_Mask', 11, 'EFLAGS: overflow flag.', 'OF_Bit'),
      ['IOPL_Mask', 0x3000, 'EFLAGS: I/O privilege level field.'],
      ['IOPL_Bit0', 12, 'Low bit of the IOPL field.'],
      ['IOPL_Bit1', 13, 'High bit of the IOPL field.'],
      ...flag('NT_Mask', 14, 'EFLAGS: nested task flag.', 'NT_Bit'),
      ...flag('RF_Mask', 16, 'EFLAGS: resume flag.', 'RF_Bit'),
      ...flag('VM_Mask', 17, 'EFLAGS: virtual-8086 mode.', 'VM_Bit'),
    ],
  },
  {
    // INC31 spells DF's bit number DB_Bit; VMMH gives it the usual name.
    family: 'EFlags', source: 'VMMH', rows: [
      ['DF_Bit', 10, 'Bit number of DF_Mask.'],
      ...flag('AC_Mask', 18, 'EFLAGS: alignment check.', 'AC_Bit'),
      ...flag('VIF_Mask', 19, 'EFLAGS: virtual interrupt flag.', 'VIF_Bit'),
      ...flag('VIP_Mask', 20, 'EFLAGS: virtual interrupt pending.', 'VIP_Bit'),
    ],
  },
  {
    family: 'CR0', source: 'INC31', rows: [
      ...flag('MP_Mask', 1, 'CR0: monitor coprocessor.', 'MP_Bit'),
      ...flag('EM_Mask', 2, 'CR0: emulate the coprocessor.', 'EM_Bit'),
      ...flag('TS_Mask', 3, 'CR0: a task switch happened.', 'TS_Bit'),
      ...flag('ET_Mask', 4, 'CR0: 387 present (clear: 287).', 'ET_Bit'),
      ...flag('PG_Mask', 31, 'CR0: paging enabled.', 'PG_Bit'),
    ],
  },
  { family: 'CR0', source: 'VMMH', rows: flag('PE_Mask', 0, 'CR0: protected mode enabled.', 'PE_Bit') },
];

type Device = readonly [name: string, id: number | undefined, initOrder: number | undefined];

const ENUMERATOR_INIT_ORDER = 0x16800000;
const COMMDRVR_INIT_ORDER = 0x30000000 - 1;
const IFSMGR_INIT_ORDER = 0x10000 + 0xa0000000;

// Debug_Init_Order and VFD_Init_Order are left out: INC31 and VMMH give them different values.
const DEVICES_31: readonly Device[] = [
  ['Undefined', 0, 0x80000000], ['VPICD', 0x03, 0x0c000000], ['VDMAD', 0x04, 0x90000000],
  ['VTD', 0x05, 0x14000000], ['V86MMGR', 0x06, 0xa0000000], ['PageSwap', 0x07, 0x1c000000], ['Parity', 0x08, 0x20000000],
  ['Reboot', 0x09, 0x24000000], ['VDD', 0x0a, 0x28000000], ['VSD', 0x0b, 0x2c000000], ['VMD', 0x0c, 0x34000000],
  ['VKD', 0x0d, 0x38000000], ['VCD', 0x0e, 0x30000000], ['VPD', 0x0f, 0x3c000000], ['BlockDev', 0x10, 0x40000000],
  ['VMCPD', 0x11, 0x48000000], ['EBIOS', 0x12, 0x26000000], ['BIOSXlat', 0x13, 0x50000000], ['VNETBIOS', 0x14, 0x54000000],
  ['DOSMGR', 0x15, 0x58000000], ['WINLOAD', 0x16, 0x60000000], ['SHELL', 0x17, 0xb0000000], ['VMPoll', 0x18, 0x64000000],
  ['VPROD', 0x19, 0x08000000], ['DOSNET', 0x1a, 0x5c000000], ['VFD', 0x1b, undefined], ['VDD2', 0x1c, undefined],
  ['WINDEBUG', 0x1d, 0x81000000], ['TSRLoad', 0x1e, undefined], ['BiosHook', 0x1f, 0x06000000], ['Int13', 0x20, 0x42000000],
  ['PageFile', 0x21, 0x18000000], ['SCSI', 0x22, undefined], ['MCA_POS', 0x23, 0x41000000], ['SCSIFD', 0x24, 0x41400000],
  ['VPEND', 0x25, undefined], ['APM', 0x26, 0x01000000], ['Debug', 0x02, undefined], ['VMM', undefined, 0],
  ['SCSIMaster', undefined, 0x41800000], ['Undef_Touch_Mem', undefined, 0xa8000000],
];

const DEVICES_40: readonly Device[] = [
  ['VPOWERD', 0x26, 0x01000000], ['VXDLDR', 0x27, 0x16000000], ['NDIS', 0x28, undefined], ['BIOS_EXT', 0x29, undefined],
  ['VWIN32', 0x2a, 0x14100000], ['VCOMM', 0x2b, undefined], ['SPOOLER', 0x2c, undefined], ['WIN32S', 0x2d, undefined],
  ['DEBUGCMD', 0x2e, 0], ['CONFIGMG', 0x33, ENUMERATOR_INIT_ORDER + 0xffff], ['DWCFGMG', 0x34, undefined],
  ['SCSIPORT', 0x35, undefined], ['VFBACKUP', 0x36, undefined], ['ENABLE', 0x37, undefined], ['VCOND', 0x38, 0x80000000],
  ['ISAPNP', 0x3c, ENUMERATOR_INIT_ORDER], ['BIOS', 0x3d, ENUMERATOR_INIT_ORDER + 1], ['IFSMgr', 0x40, IFSMGR_INIT_ORDER],
  ['VCDFSD', 0x41, 0x16f00000], ['MRCI2', 0x42, undefined], ['PCI', 0x43, ENUMERATOR_INIT_ORDER], ['PELOADER', 0x44, undefined],
  ['EISA', 0x45, ENUMERATOR_INIT_ORDER], ['DRAGCLI', 0x46, undefined], ['DRAGSRV', 0x47, undefined], ['PERF', 0x48, 0x00900000],
  ['AWREDIR', 0x49, undefined], ['DDS', 0x4a, undefined], ['NTKERN', 0x4b, 0x15000000], ['VDOSKEYD', 0x4b, undefined],
  ['ETEN', 0x60, undefined], ['CHBIOS', 0x61, undefined], ['VMSGD', 0x62, undefined], ['VPPID', 0x63, undefined],
  ['VIME', 0x64, undefined], ['VHBIOSD', 0x65, undefined],
  ['Enumerator', undefined, ENUMERATOR_INIT_ORDER], ['IOS', undefined, 0x17000000], ['FSD', undefined, 0x100 + IFSMGR_INIT_ORDER],
  ['CommDrvr', undefined, COMMDRVR_INIT_ORDER], ['Prtcl', undefined, COMMDRVR_INIT_ORDER - 2],
  ['Modem', undefined, COMMDRVR_INIT_ORDER - 3], ['Port', undefined, COMMDRVR_INIT_ORDER - 4],
];

function deviceGroups(devices: readonly Device[], source: SourceKey, since?: string): VmmConstantGroup[] {
  const when = since === undefined ? {} : { since };
  const of = (name: string): string => (name === 'Undefined' ? 'a device without one' : name);
  return [
    {
      family: 'Device', source, ...when,
      rows: devices.flatMap(([name, id]): Row[] => (id === undefined ? [] : [[`${name}_Device_ID`, id, `Device ID of ${of(name)}.`]])),
    },
    {
      family: 'InitOrder', source, ...when,
      rows: devices.flatMap(([name, , order]): Row[] => (order === undefined ? [] : [[`${name}_Init_Order`, order, `Initialisation order of ${of(name)}; devices start lowest first.`]])),
    },
  ];
}

export const DEVICES: readonly VmmConstantGroup[] = [...deviceGroups(DEVICES_31, 'INC31'), ...deviceGroups(DEVICES_40, 'VMMH', '4.0')];
