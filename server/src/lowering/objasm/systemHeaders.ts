import { findConstant, findSwi } from '../../../../emulator/src/index.js';

// The RISC OS system headers (`GET Hdr:Macros` and friends) are provided
// natively: a GET of one is never reported missing, and the names they define
// resolve here. SWI names and the dynamic-area constants come from the
// emulator's catalogue; the handful of other header symbols module code uses
// are listed below with the values the headers give them (hover, operand
// completion, semantic tokens and the editor's evaluation of operands read
// them too).

const KNOWN_HEADERS = new Set([
  'listopts', 'macros', 'system', 'modhand', 'services', 'osmem', 'proc', 'fsnumbers', 'newerrors', 'swis',
  'debug', 'ndrdebug', 'ddvmacros', 'highfsi', 'lowfsi', 'fileswitch', 'wimp', 'wimpspace', 'sprite', 'vduext',
  'variables', 'oscore', 'osrsi6', 'osmisc', 'portable', 'publicws', 'tokens', 'msgtrans', 'messages', 'resourcefs',
  'territory', 'buffer', 'devnos', 'heap', 'apcs', 'machine', 'cpu', 'opt', 'options', 'podule', 'kernel', 'envnumbers',
  'upcall', 'countrynos', 'filetypes', 'colourtran', 'font', 'hostfs', 'iomd', 'keyboard', 'mem', 'osbytes',
  'oswords', 'pointer', 'reg', 'serial', 'sound', 'squash', 'taskmanager', 'vdu', 'abort',
]);

/** `Hdr:ListOpts`, `Hdr:APCS.<APCS>`, `Hdr:Machine.<Machine>` name a system header. */
export function isSystemHeader(path: string): boolean {
  const m = /^hdr:([A-Za-z0-9_]+)/i.exec(path);
  return m !== null && KNOWN_HEADERS.has((m[1] ?? '').toLowerCase());
}

/** Names one header defines, what they are (for hover), and the SWI whose reasons they name, if any. */
interface HeaderGroup {
  readonly header: string;
  readonly what: string;
  readonly reasonsOf?: string;
  readonly symbols: Readonly<Record<string, number>>;
}

const HEADER_GROUPS: readonly HeaderGroup[] = [
  { header: 'Hdr:System', what: 'Condition flag bit, in the same place in the 26-bit R15 and the CPSR.', symbols: { N_bit: 1 << 31, Z_bit: 1 << 30, C_bit: 1 << 29, V_bit: 1 << 28 } },
  { header: 'Hdr:System', what: 'Interrupt-disable bit in the 26-bit R15.', symbols: { I_bit: 1 << 27, F_bit: 1 << 26 } },
  { header: 'Hdr:System', what: 'Bit of the CPSR.', symbols: { Q_bit: 1 << 27, I32_bit: 1 << 7, F32_bit: 1 << 6, T32_bit: 1 << 5 } },
  { header: 'Hdr:System', what: '26-bit processor mode, in the low two bits of R15.', symbols: { USR_mode: 0, FIQ_mode: 1, IRQ_mode: 2, SVC_mode: 3, MODE_MASK: 3 } },
  { header: 'Hdr:System', what: 'The PSR bits of the 26-bit R15: flags, interrupt disables and mode.', symbols: { ARM_CC_Mask: 0xfc000003 } },
  {
    header: 'Hdr:System', what: '32-bit processor mode, in the low five bits of the CPSR.', symbols: {
      USR32_mode: 0x10, FIQ32_mode: 0x11, IRQ32_mode: 0x12, SVC32_mode: 0x13, ABT32_mode: 0x17, UND32_mode: 0x1b, SYS32_mode: 0x1f, M32_bits: 0x1f,
    },
  },
  { header: 'Hdr:System', what: 'The X bit of a SWI number: errors come back with V set instead of being raised.', symbols: { Auto_Error_SWI_bit: 0x20000 } },
  { header: 'Hdr:System', what: 'First of the 256 OS_WriteI SWIs, one per character written.', symbols: { OS_WriteI: 0x100 } },
  {
    header: 'Hdr:ModHand', what: 'OS_Module reason code.', reasonsOf: 'OS_Module', symbols: {
      ModHandReason_Run: 0, ModHandReason_Load: 1, ModHandReason_Enter: 2, ModHandReason_ReInit: 3, ModHandReason_Delete: 4,
      ModHandReason_RMADesc: 5, ModHandReason_Claim: 6, ModHandReason_Free: 7, ModHandReason_Tidy: 8, ModHandReason_Clear: 9,
      ModHandReason_AddArea: 10, ModHandReason_CopyArea: 11, ModHandReason_GetNames: 12, ModHandReason_ExtendBlock: 13,
      ModHandReason_NewIncarnation: 14, ModHandReason_RenameIncarnation: 15, ModHandReason_MakePreferred: 16,
      ModHandReason_AddPoduleModule: 17, ModHandReason_LookupName: 18, ModHandReason_EnumerateROM_Modules: 19,
      ModHandReason_EnumerateROM_ModulesWithInfo: 20, ModHandReason_FindEndOfROM_ModuleChain: 21,
    },
  },
  { header: 'Hdr:ModHand', what: 'Bit of a module\'s flags word: the module runs in 32-bit modes.', symbols: { ModuleFlag_32bit: 1 } },
  {
    header: 'Hdr:Heap', what: 'OS_Heap reason code.', reasonsOf: 'OS_Heap', symbols: {
      HeapReason_Init: 0, HeapReason_Desc: 1, HeapReason_Get: 2, HeapReason_Free: 3, HeapReason_ExtendBlock: 4,
      HeapReason_ExtendHeap: 5, HeapReason_ReadBlockSize: 6,
    },
  },
  {
    header: 'Hdr:Services', what: 'Service call number (R1 of a service call).', symbols: {
      Service_Serviced: 0, Service_UKCommand: 4, Service_Error: 6, Service_UKByte: 7, Service_UKWord: 8, Service_Help: 9,
      Service_Reset: 0x27, Service_ModeChange: 0x46, Service_PreReset: 0x45, Service_StartWimp: 0x49, Service_StartedWimp: 0x4a,
      Service_ResourceFSStarting: 0x60, Service_Memory: 0x11, Service_ClaimFIQ: 0x0b, Service_ReleaseFIQ: 0x0c,
      Service_PagesUnsafe: 0x8e, Service_PagesSafe: 0x8f, Service_DynamicAreaCreate: 0x90, Service_DynamicAreaRemove: 0x91,
      Service_DynamicAreaRenumber: 0x92,
    },
  },
  // Only the ones module code raises itself.
  {
    header: 'Hdr:NewErrors', what: 'Error number.', symbols: {
      ErrorNumber_BadSWI: 0x1e6, ErrorNumber_NoSuchSWI: 0x1e6, ErrorNumber_BadParameters: 0x1ea, ErrorNumber_BadDynamicArea: 0x1c7,
      ErrorNumber_ChDynamNotAllMoved: 0x1c2, ErrorNumber_CantGetPhysMem: 0x1c8,
    },
  },
  {
    header: 'Hdr:ListOpts', what: 'Listing option bit for OPT.', symbols: {
      OptList: 1, OptNoList: 2, OptPage: 4, OptEject: 8, OptNoP1List: 0x10, OptMend: 0x20, OptNoMend: 0x40,
    },
  },
];

/** A name one of the headers above defines, with its value as an unsigned word. */
export interface HeaderSymbol {
  readonly name: string;
  readonly value: number;
  readonly header: string;
  readonly what: string;
  readonly reasonsOf?: string;
}

const headerSymbols = new Map(HEADER_GROUPS.flatMap(({ symbols, ...group }) =>
  Object.entries(symbols).map(([name, value]): [string, HeaderSymbol] => [name.toLowerCase(), { ...group, name, value: value >>> 0 }])));

/** A header symbol by name, in any case, as the assembly resolves it. */
export const headerSymbol = (name: string): HeaderSymbol | undefined => headerSymbols.get(name.toLowerCase());

/** Every header symbol, for completion to offer. */
export const allHeaderSymbols = (): readonly HeaderSymbol[] => [...headerSymbols.values()];

/** A name a system header defines: header symbols, catalogue constants, SWI names (`XOS_DynamicArea`). */
export function systemSymbol(name: string): bigint | undefined {
  const h = headerSymbol(name);
  if (h) return BigInt(h.value);
  const c = findConstant(name);
  if (c && c.platform === 'riscos') return BigInt(c.value >>> 0);
  const swi = /^x?[A-Za-z]+_/.test(name) ? findSwi(name) : undefined;
  return swi ? BigInt(swi.number) : undefined;
}
