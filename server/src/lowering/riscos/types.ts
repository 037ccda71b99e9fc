import type { ArmInstruction, Expr, Program, Range, SourceSpan } from '../../../../emulator/src/index.js';
import type { NameCheck } from '../nameCheck.js';
import type { MovedCopies } from '../movedCopies.js';

// What the ObjAsm and BBC BASIC lowerings hand to the analysis.

/** Something the lowering could not turn into IR faithfully; `codeDiffers` as in the MASM lowering's (`masm/types.ts`). */
export interface UnmodelledItem {
  readonly message: string;
  readonly source: SourceSpan;
  readonly codeDiffers: boolean;
}

/** A diagnostic-like note from the lowering itself (PW103 for a missing GET, PW100 for a macro expansion that does not parse, PW900 for a BBC BASIC loop of more runs than it follows). */
export interface LoweringNote {
  readonly code: 'PW100' | 'PW103' | 'PW900';
  readonly message: string;
  readonly source: SourceSpan;
  /** On a GET that closes an include cycle: the cycle (`cycleKey`), which is noted once however often the passes close it. */
  readonly cycle?: string;
}

/** A dynamic-area handler the caller knows about from elsewhere (the module that creates the area lives in another file). */
export interface HandlerHint {
  readonly name: string;
  readonly needsSpecificPages?: boolean;
}

/**
 * An OS_DynamicArea 0 call found in the code (SWI) or in BASIC (SYS): what
 * handler it passes and whether flag bit 8 is set, when those are known.
 */
export interface AreaCreation {
  /** The handler label; undefined when R6 is not a label (0, a register, unknown). */
  readonly handler?: string;
  /** The handler address when known (undefined for a label defined in another file). */
  readonly handlerAddress?: bigint;
  /** What gives the handler by value, as written (`code%`, `code%+16`): its entry's name where no label stands at the address. */
  readonly handlerArgument?: string;
  /**
   * R6 where it is a value not known as a number and no label's (`EQUD
   * code%` loaded in BBC BASIC's ARM code): a lowering that knows where
   * such values lie places it (`EntryInput.placeHandler`).
   */
  readonly handlerValue?: Expr;
  /** Flag bit 8 when the flags' known bits decide it. */
  readonly needsSpecificPages?: boolean;
  /** Flag bit 9 when the flags' known bits decide it: a Shrinkable area, whose handler the kernel may ask TestShrink (reason 4). */
  readonly shrinkable?: boolean;
  /** Flag bit 20 when the flags' known bits decide it: a physical memory pool, whose handler only ever gets reason 6 (ResizePMP). */
  readonly pmp?: boolean;
  /** R5, the maximum size in bytes, when it is a constant below 2 GB (-1 is "RAM size"). */
  readonly maxSize?: bigint;
  /**
   * What a BASIC `SYS` passed in R4 (when constant) and whether R6 names a
   * handler (undefined: not known), for the flag checks (PW313) the SWI model
   * makes of a call in ARM code.
   */
  readonly sys?: { readonly flags: bigint; readonly handler: 'none' | 'given' | undefined };
  readonly source: SourceSpan;
}

/**
 * An OS_Memory 23 call found in the code (SWI) or in BASIC (SYS), or an
 * OS_Memory call whose reason is not known, which may be one.
 */
export interface PageReservation {
  /** Bit 8 of R0: the call releases the pages; undefined when R0 is not known. */
  readonly release?: boolean;
  /** R1, the first physical page, and R2, the count, when both are known. */
  readonly pages?: { readonly first: bigint; readonly count: bigint };
  /**
   * The call stands where no grow of the program's areas can follow it
   * (`releaseOrder.ts`): a release there takes back no reservation.
   */
  readonly afterGrows?: true;
  /** The call (a SWI or a BASIC `SYS`): PW306 notes where the pages were reserved. */
  readonly source?: SourceSpan;
}

/**
 * An OS_Memory call of a BASIC `SYS`, with the areas the program removes
 * (`SYS "OS_DynamicArea", 1`) in the straight run of statements that holds
 * it; undefined where it stands in none (inside an IF, CASE or WHILE of
 * unknown course).
 */
export interface SysMemoryCall extends PageReservation {
  readonly removals?: number;
}

/**
 * An IF or CASE of unknown condition whose arms assemble code: where it is,
 * which it is, and where each of its arms' lines are (none for a missing
 * ELSE or OTHERWISE); or a loop of unknown runs around assembler (a FOR of
 * unknown bounds, a REPEAT), whose arms are its runs, one and two, each
 * assembling the loop's code again after the last (no lines of their own).
 */
export interface BuildChoice {
  readonly source: SourceSpan;
  readonly kind: 'IF' | 'CASE' | 'LOOP';
  readonly arms: readonly (Range | undefined)[];
}

/**
 * The other builds of a program that assembles one of several arms where
 * the lowering cannot tell which (a BBC BASIC IF or CASE of unknown
 * condition around assembler): a finding is reported where every build
 * has it, or every build that takes one arm of one IF or CASE, whatever
 * the others take (which of them go together is not known).
 */
export interface OtherBuilds {
  /** The program as each other combination of arms assembles it; the lowering that holds them is the first. */
  readonly lowerings: readonly RiscOsLowering[];
  /**
   * Every IF and CASE the builds choose at. A finding that two builds make
   * alike, each in its own arm of one (at the return each arm has), is one.
   */
  readonly choices: readonly BuildChoice[];
  /**
   * For the first build, then each of `lowerings`: the arm it takes at each
   * of `choices`, by their indexes, where it meets the choice and takes one
   * arm of it (in a FOR loop run value by value, it may take two).
   */
  readonly taken: readonly ReadonlyMap<number, number>[];
  /** Set when there were too many combinations to lower each: a PW900 note of which builds were. */
  readonly partial?: { readonly message: string; readonly source: SourceSpan };
}

export interface RiscOsLowering {
  readonly program: Program<ArmInstruction>;
  /** Items of the program that are copies of the last program's moved down with the text (the ObjAsm lowering's, below a new line). */
  readonly moved?: MovedCopies;
  readonly notes: readonly LoweringNote[];
  readonly unmodelled: readonly UnmodelledItem[];
  readonly areaCreations: readonly AreaCreation[];
  readonly pageReservations: readonly PageReservation[];
  readonly names: NameCheck;
  readonly builds?: OtherBuilds;
}
