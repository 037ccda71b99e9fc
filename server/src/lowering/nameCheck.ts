import type { SourceSpan } from '../../../emulator/src/index.js';

// What a lowering learnt about names for PW102: the uses it could resolve
// nowhere, and whether anything it could not read might define them.

/** A use of a name no definition the lowering saw provides. */
export interface UndefinedName {
  readonly name: string;
  /**
   * `local-label`: an ObjAsm `%FT90`, `%B90` or `%90`, which only its own
   * routine can define. `label`: a MASM conditional jump's or loop's target,
   * which only the program can define, never a header.
   */
  readonly kind: 'symbol' | 'macro' | 'field' | 'local-label' | 'label';
  readonly source: SourceSpan;
}

/** Why a name may be defined somewhere the lowering cannot see. */
export type HiddenDefinitions =
  /** An include or GET was not found (PW103). */
  | 'unresolved-include'
  /** The file is not a whole program (no END in MASM, no AREA in ObjAsm): another file includes it. */
  | 'fragment'
  /** BBC BASIC that loads or evaluates code at run time (LIBRARY, INSTALL, OVERLAY, CHAIN, EVAL). */
  | 'run-time-code'
  /** The file does not parse as a whole (its tree is one syntax error): its lines are read by guesswork, or not at all. */
  | 'unparsed';

export interface NameCheck {
  /** Uses in the file itself; uses inside macro expansions and included files are left out. */
  readonly undefined: readonly UndefinedName[];
  /** Every name the file and what it includes define: candidates for "did you mean". */
  readonly defined: readonly string[];
  readonly hidden?: HiddenDefinitions;
  /**
   * The file uses headers the lowering provides natively but only in part
   * (DDK includes, RISC OS `Hdr:` headers): an unknown name may be one of theirs.
   */
  readonly partialHeaders: boolean;
}
