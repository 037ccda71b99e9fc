import { findConstant, findService, vmmLinkCode } from '../../../../emulator/src/index.js';

// What the DDK include files define that analysis needs and the catalogue
// does not hold: the include names themselves (never reported missing, and
// never read: their macros are implemented natively), the structures VxD
// code addresses through registers, and a few non-VMM constants. VMM
// constants (PG_*, Page*, control messages, VMStat_*, device IDs) come
// from the catalogue.

const KNOWN_INCLUDES = new Set([
  'vmm.inc', 'debug.inc', 'vwin32.inc', 'vpicd.inc', 'vdmad.inc', 'shell.inc', 'vkd.inc', 'vtd.inc', 'v86mmgr.inc',
  'configmg.inc', 'ifsmgr.inc', 'vxdldr.inc', 'dosmgr.inc', 'int2fapi.inc', 'opttest.inc', 'winerror.inc', 'vmmreg.inc',
  'vcomm.inc', 'vmcpd.inc', 'vsd.inc', 'blockdev.inc', 'ios.inc', 'vdd.inc', 'vmd.inc', 'vxdwraps.inc', 'netvxd.inc',
  'sysinfo.inc', 'pageswap.inc', 'pagefile.inc', 'vtdapi.inc', 'ntkern.inc', 'regdef.inc', 'dosmgr.inc', 'vpowerd.inc',
]);

/**
 * The DDK files among those that declare no service table but VMM's, which
 * the catalogue holds whole. The others may declare their devices' tables,
 * whose services PageWarden does not list.
 */
const NO_OTHER_SERVICES = new Set(['vmm.inc', 'winerror.inc']);

/** An include's file name in lower case, without its directories (`<inc\\win95\\VMM.INC>` is `vmm.inc`). */
export const includeBaseName = (path: string): string => (path.replace(/^<|>$/g, '').split(/[\\/]/).pop() ?? '').toLowerCase();

/** Whether an include names a DDK file the vmm.inc layer provides. */
export function isKnownInclude(path: string): boolean {
  return KNOWN_INCLUDES.has(includeBaseName(path));
}

/** Whether an include names a DDK file that declares no service table but VMM's. */
export function declaresNoOtherServices(path: string): boolean {
  return NO_OTHER_SERVICES.has(includeBaseName(path));
}

/** A DDK structure: field name and size, laid out in order. */
export interface NativeStruc {
  readonly name: string;
  readonly fields: readonly (readonly [name: string, size: number, offset?: number])[];
  readonly size: number;
}

/** The size of the client register frame Push_Client_State makes room for. */
export const CLIENT_REG_STRUC_SIZE = 0x4c;

const dwords = (...names: string[]): [string, number][] => names.map((n) => [n, 4]);

export const NATIVE_STRUCS: readonly NativeStruc[] = [
  // vmm.inc: the frame PUSHAD leaves, read as [esp.Pushad_EAX].
  { name: 'Pushad_Struc', size: 32, fields: dwords('Pushad_EDI', 'Pushad_ESI', 'Pushad_EBP', 'Pushad_ESP', 'Pushad_EBX', 'Pushad_EDX', 'Pushad_ECX', 'Pushad_EAX') },
  // vmm.inc: a VM's saved registers, addressed through EBP in handlers.
  {
    name: 'Client_Reg_Struc', size: CLIENT_REG_STRUC_SIZE, fields: [
      ...dwords('Client_EDI', 'Client_ESI', 'Client_EBP', 'Client_res0', 'Client_EBX', 'Client_EDX', 'Client_ECX', 'Client_EAX', 'Client_Error', 'Client_EIP'),
      ['Client_CS', 2], ['Client_res1', 2], ['Client_EFlags', 4], ['Client_ESP', 4], ['Client_SS', 2], ['Client_res2', 2],
      ['Client_ES', 2], ['Client_res3', 2], ['Client_DS', 2], ['Client_res4', 2], ['Client_FS', 2], ['Client_res5', 2],
      ['Client_GS', 2], ['Client_res6', 2], ['Client_Alt_EIP', 4],
      // Client_Word_Reg_Struc and Client_Byte_Reg_Struc overlay the same frame.
      ['Client_DI', 2, 0x00], ['Client_SI', 2, 0x04], ['Client_BP', 2, 0x08], ['Client_BX', 2, 0x10], ['Client_DX', 2, 0x14],
      ['Client_CX', 2, 0x18], ['Client_AX', 2, 0x1c], ['Client_IP', 2, 0x24], ['Client_Flags', 2, 0x2c], ['Client_SP', 2, 0x30],
      ['Client_BL', 1, 0x10], ['Client_BH', 1, 0x11], ['Client_DL', 1, 0x14], ['Client_DH', 1, 0x15], ['Client_CL', 1, 0x18],
      ['Client_CH', 1, 0x19], ['Client_AL', 1, 0x1c], ['Client_AH', 1, 0x1d],
    ],
  },
  // vmm.inc: the VM control block a VM handle points at ([ebx.CB_VM_Status]); Windows 3.x has the first four.
  { name: 'cb_s', size: 0x14, fields: dwords('CB_VM_Status', 'CB_High_Linear', 'CB_Client_Pointer', 'CB_VMID', 'CB_Signature') },
  // vmm.inc (4.x): the thread control block a thread handle points at.
  {
    name: 'tcb_s', size: 0x3c, fields: [
      ...dwords('TCB_Flags', 'TCB_Reserved1', 'TCB_Reserved2', 'TCB_Signature', 'TCB_ClientPtr', 'TCB_VMHandle'),
      ['TCB_ThreadId', 2], ['TCB_PMLockOrigSS', 2], ...dwords('TCB_PMLockOrigESP', 'TCB_PMLockOrigEIP', 'TCB_PMLockStackCount'),
      ['TCB_PMLockOrigCS', 2], ['TCB_PMPSPSelector', 2], ['TCB_ThreadType', 4], ['TCB_pad1', 2], ['TCB_pad2', 1],
      ['TCB_extErrLocus', 1], ['TCB_extErr', 2], ['TCB_extErrAction', 1], ['TCB_extErrClass', 1], ['TCB_extErrPtr', 4],
    ],
  },
  // vmm.inc: a protected-mode application's control block (Begin_PM_App's EDI).
  { name: 'pmcb_s', size: 8, fields: dwords('PMCB_Flags', 'PMCB_Parent') },
  // vmm.inc: the device descriptor block Declare_Virtual_Device makes; Windows 3.x ends after DDB_Service_Table_Size.
  {
    name: 'VxD_Desc_Block', size: 0x50, fields: [
      ['DDB_Next', 4], ['DDB_SDK_Version', 2], ['DDB_Req_Device_Number', 2], ['DDB_Dev_Major_Version', 1], ['DDB_Dev_Minor_Version', 1],
      ['DDB_Flags', 2], ['DDB_Name', 8],
      ...dwords('DDB_Init_Order', 'DDB_Control_Proc', 'DDB_V86_API_Proc', 'DDB_PM_API_Proc', 'DDB_V86_API_CSIP', 'DDB_PM_API_CSIP',
        'DDB_Reference_Data', 'DDB_Service_Table_Ptr', 'DDB_Service_Table_Size', 'DDB_Win32_Service_Table', 'DDB_Prev', 'DDB_Size',
        'DDB_Reserved1', 'DDB_Reserved2', 'DDB_Reserved3'),
    ],
  },
  // vpicd.inc: the descriptor VPICD_Virtualize_IRQ takes in EDI.
  {
    name: 'VPICD_IRQ_Descriptor', size: 32, fields: [
      ['VID_IRQ_Number', 2], ['VID_Options', 2],
      ...dwords('VID_Hw_Int_Proc', 'VID_Virt_Int_Proc', 'VID_EOI_Proc', 'VID_Mask_Change_Proc', 'VID_IRET_Proc', 'VID_IRET_Time_Out', 'VID_Hw_Int_Ref'),
    ],
  },
  // vwin32.inc: what ESI points at for W32_DEVICEIOCONTROL.
  {
    name: 'DIOCParams', size: 48, fields: dwords(
      'Internal1', 'VMHandle', 'Internal2', 'dwIoControlCode', 'lpvInBuffer', 'cbInBuffer', 'lpvOutBuffer', 'cbOutBuffer',
      'lpcbBytesReturned', 'lpoOverlapped', 'hDevice', 'tagProcess'),
  },
];

const CONSTANTS: Readonly<Record<string, number>> = {
  // vwin32.inc
  DIOC_GETVERSION: 0, DIOC_OPEN: 0, DIOC_CLOSEHANDLE: -1,
  // winerror.h values that DeviceIoControl handlers return
  ERROR_SUCCESS: 0, ERROR_INVALID_FUNCTION: 1, ERROR_FILE_NOT_FOUND: 2, ERROR_ACCESS_DENIED: 5, ERROR_INVALID_HANDLE: 6,
  ERROR_NOT_ENOUGH_MEMORY: 8, ERROR_OUTOFMEMORY: 14, ERROR_GEN_FAILURE: 31, ERROR_NOT_SUPPORTED: 50,
  ERROR_NOT_READY: 21, ERROR_INVALID_PARAMETER: 87, ERROR_INSUFFICIENT_BUFFER: 122, ERROR_BUSY: 170, ERROR_MORE_DATA: 234, ERROR_IO_PENDING: 997,
  // vmm.inc real-mode initialisation
  Duplicate_Device_ID: 1, Duplicate_From_INT2F: 2, Loading_From_INT2F: 4,
  Device_Load_Ok: 0, Abort_Device_Load: 1, Abort_Win386_Load: 2, No_Fail_Message: 0x8000,
  // vmm.inc Fatal_Error_Handler flags
  EF_Hang_On_Exit: 1,
  // shell.inc message box flags (the Windows MB_* values)
  MB_OK: 0, MB_OKCANCEL: 1, MB_ABORTRETRYIGNORE: 2, MB_YESNOCANCEL: 3, MB_YESNO: 4, MB_RETRYCANCEL: 5,
  MB_ICONHAND: 0x10, MB_ICONSTOP: 0x10, MB_ICONQUESTION: 0x20, MB_ICONEXCLAMATION: 0x30, MB_ICONASTERISK: 0x40,
  MB_SYSTEMMODAL: 0x1000, MB_ASAP: 0x80000000,
};

const constantsByName = new Map(Object.entries(CONSTANTS).map(([k, v]) => [k.toLowerCase(), v]));

/**
 * vmm.inc's service table names each VMM service's link code `@@` + the
 * service's name: what `VMMcall` writes after `int Dyna_Link_Int`, and what
 * hand-written links write too.
 */
function serviceLinkCode(name: string): number | undefined {
  const service = name.startsWith('@@') ? findService(name.slice(2)) : undefined;
  return service && vmmLinkCode(service.ordinal);
}

/** The value of a constant vmm.inc or another DDK include defines, catalogue first. */
export function builtinConstant(name: string): number | undefined {
  return findConstant(name)?.value ?? constantsByName.get(name.toLowerCase()) ?? serviceLinkCode(name);
}
