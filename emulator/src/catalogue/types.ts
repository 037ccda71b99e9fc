// Shapes shared by the catalogue modules. Analysis, hover, completion and
// signature help all read these, so a field is added only when some consumer
// needs to tell two cases apart.

/** Windows targets whose behaviour the spec tells apart (spec A.3 "Version"). */
export type WindowsTarget = 'W31' | 'W95' | 'W98';
export const ALL_WINDOWS: readonly WindowsTarget[] = ['W31', 'W95', 'W98'];
export const WIN4X: readonly WindowsTarget[] = ['W95', 'W98'];

/** VMM version that first exported a service (3.0, 3.1, 4.0 = Win95, 4.10 = Win98, 4.90 = WinME). */
export type VmmVersion = '3.0' | '3.1' | '4.0' | '4.10' | '4.90';

/**
 * Source keys of spec §0, plus OUTSIDE-SPEC for facts that come from general
 * DDK/PRM knowledge rather than a source the spec read.
 */
export type SourceKey =
  | 'W31' | 'W95' | 'W98' | 'VMMH' | 'INC31' | 'DOSLIB' | 'VMD9X' | 'WINE' | 'KB75864'
  | 'ROK-H' | 'ROK-CD' | 'WIKI' | 'MR13' | 'SH' | 'RO6' | 'PF'
  | 'OUTSIDE-SPEC';

export type X86Register = 'EAX' | 'EBX' | 'ECX' | 'EDX' | 'ESI' | 'EDI' | 'EBP' | 'ESP' | 'EFLAGS' | 'CF' | 'ZF';

/** What kind of value an argument or result is; drives PW240 and hover. */
export type ParamRole =
  | 'page-number' | 'linear-address' | 'physical-address' | 'flags' | 'handle' | 'count'
  | 'pointer' | 'vm-handle' | 'page-type' | 'callback' | 'other';

/** Result roles: a parameter role, or a bare success indicator (non-zero = success). */
export type ResultRole = ParamRole | 'success' | 'status';

export type VersionNote = { readonly targets: readonly WindowsTarget[]; readonly text: string };

/** When an argument must be zero. Constants are named, their values live in the constant table. */
export type ZeroCondition =
  | { readonly kind: 'always' }
  /** Only when another argument equals a named constant (VM with PG_SYS). */
  | { readonly kind: 'when-equals'; readonly param: string; readonly constant: string }
  /** Only when another argument is one of several named constants (pagerdata with a PD_* hpd). */
  | { readonly kind: 'when-one-of'; readonly param: string; readonly constants: readonly string[] }
  /** Only when a flags argument carries a named flag (free-physical-region allocation). */
  | { readonly kind: 'when-flag'; readonly param: string; readonly constant: string };

export interface MustBeZeroRule {
  readonly targets: readonly WindowsTarget[];
  readonly when: ZeroCondition;
  readonly source: SourceKey;
  /** Set when sources disagree (spec part C); checks may downgrade or skip such a rule. */
  readonly disputed?: string;
}

/** A named flag an argument may carry, limited to some targets when behaviour differs. */
export interface FlagAllowance {
  readonly name: string;
  readonly targets?: readonly WindowsTarget[];
  readonly note?: string;
}

export interface ServiceParam {
  readonly name: string;
  readonly role: ParamRole;
  readonly description: string;
  /** Flags the argument may carry; any other bit is reserved. Absent for non-flag arguments. */
  readonly flags?: readonly FlagAllowance[];
  /** Closed set of allowed values: constant names or plain numbers. */
  readonly values?: readonly (string | number)[];
  /** Named values that may stand in for a plain number (PR_SYSTEM for a page, PD_FIXED for a pager). */
  readonly specialValues?: readonly string[];
  readonly range?: { readonly min: number; readonly max: number };
  readonly mustBeZero?: readonly MustBeZeroRule[];
  /** Bits of a mask argument that must be 0 (or 1) for the call to be legal (_ModifyPageBits). */
  readonly bitsMustBeZero?: number;
  readonly bitsMustBeOne?: number;
}

export interface ResultRegister {
  readonly register: X86Register;
  readonly role: ResultRole;
  readonly meaning: string;
}

/** What a successful call leaves, per target (W31 and W95 disagree for _PageAllocate). */
export interface ServiceResult {
  readonly targets: readonly WindowsTarget[];
  readonly registers: readonly ResultRegister[];
}

/** The value that reports failure, and in which registers (spec A.5). */
export interface FailureSpec {
  readonly value: 0 | 0xffffffff;
  readonly registers: readonly X86Register[];
  /** Results that look special but are not failures (e.g. 0 from _XchgFreePhysReg). */
  readonly notFailures?: readonly { readonly value: number; readonly meaning: string }[];
  /** The test that separates failure from success, as the spec writes it. */
  readonly test: string;
}

/** A register-convention input or output. */
export interface RegisterSlot {
  readonly register: X86Register;
  readonly name: string;
  readonly role: ResultRole;
  readonly description: string;
}

export interface VmmServiceSemantics {
  /** Stack arguments in C order (first = pushed last); empty for register services. */
  readonly params: readonly ServiceParam[];
  readonly inputs: readonly RegisterSlot[];
  readonly outputs: readonly RegisterSlot[];
  readonly results: readonly ServiceResult[];
  /** null: the service has no failure value (or never returns). */
  readonly failure: FailureSpec | null;
  readonly clobbers: readonly X86Register[];
  readonly noReturn?: boolean;
  /** Only callable while the system initialises (before Init_Complete finishes). */
  readonly initOnly?: boolean;
  readonly versionNotes: readonly VersionNote[];
  readonly related: readonly string[];
  readonly sources: readonly SourceKey[];
}

/** 'disputed': sources disagree (spec C.1.5); 'unknown': no source lists 4.x async services. */
export type AsyncStatus = 'yes' | 'no' | 'disputed' | 'unknown' | 'only-3.0';

/**
 * How arguments reach a service (VMMH's VxDCall): 'c' pushes them and the
 * caller removes them; 'stdcall' pushes them and the service removes them;
 * 'fastcall' passes the first two in ECX and EDX and pushes the rest, which
 * the service removes; 'register' services take registers only.
 */
export type CallingConvention = 'c' | 'stdcall' | 'fastcall' | 'register';

export interface VmmService {
  readonly name: string;
  readonly ordinal: number;
  /** false when only one source gives the ordinal; see the table module. */
  readonly ordinalCertain: boolean;
  readonly since: VmmVersion;
  readonly convention: CallingConvention;
  /** The name an older DDK header gives the service, which source built with it still uses. */
  readonly formerName?: string;
  readonly async: AsyncStatus;
  readonly description: string;
  /** Argument count of a `VMMcall name, <...>` list; undefined when not catalogued. */
  readonly arity: number | undefined;
  /** Registers the call may change; undefined when not catalogued. */
  readonly clobbers: readonly X86Register[] | undefined;
  readonly semantics?: VmmServiceSemantics;
}

// ---------------------------------------------------------------------------
// RISC OS

export type ArmRegister =
  | 'R0' | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R12' | 'R13' | 'R14';

export type ArmRole =
  | 'reason' | 'area-number' | 'byte-count' | 'signed-byte-count' | 'size' | 'address'
  | 'flags' | 'pointer' | 'page-block' | 'page-number' | 'count' | 'handler' | 'workspace'
  | 'string' | 'error-block' | 'other';

export interface ArmSlot {
  readonly register: ArmRegister;
  readonly name: string;
  readonly role: ArmRole;
  readonly description: string;
  /** Named constants (flag bits, fields) the register may carry. */
  readonly flags?: readonly string[];
  /** Bits that are zero in this register: on entry the caller must clear them, on exit the call returns them clear. */
  readonly mustBeZeroMask?: number;
  /**
   * The SWI writes the memory this register points at, from there up, as
   * far as no table says (the heap OS_Heap keeps, a block OS_Module frees
   * or moves, a page list): a word the caller stored there is not known
   * after the call.
   */
  readonly written?: true;
  /** With `written`: the register holding the most bytes it writes there (a buffer's size), where it writes no further. */
  readonly writtenSize?: ArmRegister;
}

/** Entry/exit register table of one SWI or reason code. */
export interface ArmContract {
  readonly entry: readonly ArmSlot[];
  readonly exit: readonly ArmSlot[];
  /** Registers unchanged on return; 'all-others' = every register not in `exit`. */
  readonly preserved: 'all-others' | readonly ArmRegister[];
  /** false when the spec marks the layout [UNVERIFIED]. */
  readonly certain: boolean;
  readonly errors?: readonly string[];
}

export type RiscOsVendor = 'all' | 'ROOL' | 'RISCOS Ltd';

export interface SwiReason {
  readonly code: number;
  readonly name: string;
  readonly description: string;
  readonly since?: string;
  readonly vendor: RiscOsVendor;
  /** Kernel-internal: documented as not for general use. */
  readonly internal?: boolean;
  /** Resizes a dynamic area (forbidden inside a handler, PW309). */
  readonly resizes?: boolean;
  readonly contract?: ArmContract;
  /** Writes into a block the caller gives, where and how far no register table says (see `Swi.fillsBlock`). */
  readonly fillsBlock?: true;
  readonly source: SourceKey;
}

export interface Swi {
  readonly name: string;
  /** Number without the X bit. */
  readonly number: number;
  readonly numberCertain: boolean;
  readonly owner: 'kernel' | 'module';
  readonly description: string;
  readonly vendor: RiscOsVendor;
  /** A range of consecutive numbers sharing one name (OS_WriteI: 256 characters). */
  readonly familySize?: number;
  /** Register holding the reason code, and the bits of it that select the reason (the rest are flags). */
  readonly reasonRegister?: ArmRegister;
  readonly reasonMask?: number;
  readonly reasons?: readonly SwiReason[];
  readonly contract?: ArmContract;
  readonly resizes?: boolean;
  /**
   * Always fails: the plain form never returns to the caller (the error goes
   * to the error handler), the X form always returns V set with R0 at an
   * error block.
   */
  readonly noReturn?: boolean;
  /**
   * Returns no error, in either form: the PRM lists none (OS_IntOn,
   * OS_ReadMonotonicTime). Its X form has no failure branch, and its plain
   * form in a handler is no PW311: the X form would change nothing.
   */
  readonly neverFails?: true;
  /**
   * Where the SWI returns to, in either form, when not to the instruction
   * after it: past the zero-terminated string stored after the SWI
   * (OS_WriteS), or nowhere (OS_Exit).
   */
  readonly resumes?: 'after-inline-string' | 'never';
  /**
   * Writes into a block the caller gives, but no register table says which
   * register points at it, how many entries it has or which words it
   * fills: any word an entry register points into may have changed.
   */
  readonly fillsBlock?: true;
  readonly source: SourceKey;
}

/** A dynamic-area handler reason (spec B.6); drives PW304 and hover. */
export interface HandlerReason {
  readonly code: number;
  readonly name: string;
  readonly shortName: string;
  readonly description: string;
  readonly appliesTo: string;
  readonly entry: readonly ArmSlot[];
  /** Registers the handler is expected to set. */
  readonly outputs: readonly ArmSlot[];
  /** Registers that must come back unchanged (PW304). */
  readonly mustPreserve: readonly ArmRegister[];
  /** Registers the inspected kernel reuses after return, beyond what the documentation promises. */
  readonly kernelReuses: readonly ArmRegister[];
  /** V set is a refusal the kernel acts on (false: errors ignored). */
  readonly canRefuse: boolean;
  /** Registers that must be zero when the handler returns V set. */
  readonly zeroOnError: readonly ArmRegister[];
  /** What R0 may be on a V-clear return. */
  readonly r0OnSuccess: 'preserved' | 'preserved-or-RESV';
  readonly since?: string;
  readonly sources: readonly SourceKey[];
}

// ---------------------------------------------------------------------------
// Named constants

export type Platform = 'vmm' | 'riscos';

export interface NamedConstant {
  readonly name: string;
  readonly value: number;
  readonly platform: Platform;
  /** Prefix group, e.g. 'Page', 'PC', 'DynAreaFlags', 'Service'. */
  readonly family: string;
  readonly meaning: string;
  readonly source: SourceKey;
  readonly certain: boolean;
  /** For multi-bit fields: the mask the value lives in. */
  readonly fieldMask?: number;
  readonly since?: string;
}
