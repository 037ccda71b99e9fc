import type { Cancelled } from '../cancellation.js';
import type { ReadFile } from '../includeResolution.js';
import type { MovedCopies } from '../movedCopies.js';
import type { NameCheck } from '../nameCheck.js';
import type { SyntaxNode } from '../syntaxNode.js';
import type { SyntaxTrees } from '../syntaxTrees.js';
import type { Program, SourceSpan, VmmService, WindowsTarget, X86Instruction } from '../../../../emulator/src/index.js';

/** How a MASM source is lowered: the build the analysis should assume. */
export interface MasmLoweringOptions {
  /** The file the tree was parsed from; every SourceSpan names it (or an include). */
  readonly file: string;
  /**
   * Symbols defined as if on the ML command line (`/DDEBUG`, `/DWIN40COMPAT=1`).
   * A number or string gives the value; `true` defines the name as 0 (what
   * `/DNAME` does); `null` removes a default.
   */
  readonly defines?: Readonly<Record<string, number | bigint | string | true | null>>;
  /** Selects the default WIN31/WIN40 defines; W95 when absent. */
  readonly target?: WindowsTarget;
  /** Directories searched for `include` files after the including file's own directory. */
  readonly includePaths?: readonly string[];
  /** Reads an include file; undefined when it does not exist. Defaults to the file system. */
  readonly readFile?: ReadFile;
  /** The file was read as Latin-1 (`decodeSource`): its strings assemble to each character's code; absent, it is Unicode, its strings their UTF-8. */
  readonly latin1?: boolean;
  /** The document's syntax trees from its previous lowering, kept between edits (the language server); absent, the tree is copied whole. */
  readonly syntaxTrees?: SyntaxTrees;
  /** The job's cancellation (the language server): a superseded job's lowering stops at the next top-level statement, throwing `LoweringCancelled`. */
  readonly cancelled?: Cancelled;
}

/**
 * Something the lowering could not turn into IR faithfully. Most only make a value unknown, which analysis copes with;
 * `codeDiffers` marks those where the code analysed is not what the assembler would assemble (a branch of assembly
 * picked for want of its condition, a loop skipped, the rest of an expansion dropped, a statement not modelled): the
 * procedure whose lines hold one gets a PW900 naming it (`unmodelledFindings.ts`).
 */
export interface UnmodelledItem {
  readonly message: string;
  readonly source: SourceSpan;
  readonly codeDiffers: boolean;
}

/** A diagnostic-like note from the lowering itself (PW103 for a missing include, PW100 for a macro call whose expansion MASM rejects). */
export interface LoweringNote {
  readonly code: 'PW100' | 'PW103';
  readonly message: string;
  readonly source: SourceSpan;
  /** On an include that closes an include cycle: the cycle (`cycleKey`), which is noted once however often it is closed. */
  readonly cycle?: string;
}

export type VmmCallMacro = 'VMMcall' | 'VxDcall' | 'VMMjmp' | 'VxDjmp';

/**
 * Text a definition of a source file holds (a macro's or repeat block's
 * body, a parameter's default, a text macro's value), as the definition's
 * syntax node and offsets: placed when asked (writtenText.ts), as the node
 * moves with its lines.
 */
export interface DefinitionText {
  readonly file: string;
  readonly node: SyntaxNode;
  /** UTF-16 offsets into the node's text. */
  readonly start: number;
  readonly end: number;
}

/** One argument of a `VMMcall Service, <...>` list as written. */
export interface VmmCallArgument {
  readonly text: string;
  readonly source: SourceSpan;
  /** The address of the push that passes it (of the `int 20h` for a fastcall register argument, of the pseudo-instruction for another device's service). */
  readonly pushAddress: bigint;
}

/**
 * A VMM/VxD service call lowered as its macro expands (pushes, `int 20h`,
 * `dd` link code, `add esp`), with what findings need to point at the source.
 */
export interface VmmCallSite {
  readonly macro: VmmCallMacro;
  readonly serviceName: string;
  /** The catalogue entry; undefined for services of other devices or unknown names. */
  readonly service?: VmmService;
  readonly jump: boolean;
  /**
   * The `int 20h` item, which the `dd` with the link code follows; for a
   * service of another device (link code unknown), the model's `vxdcall` /
   * `vxdjmp` pseudo-instruction that stands for the whole call.
   */
  readonly interruptAddress: bigint;
  /** The link code after `int 20h` (symbolic when the device or service is unknown). */
  readonly linkCode?: number;
  readonly arguments: readonly VmmCallArgument[];
  /** Written without an argument list (`push 0` / `VMMcall _GetFreePageCount`): the arguments are what the stack holds. */
  readonly bare?: true;
  /** Where the service's name is written: for a name a macro's argument gave, that argument at the call site. */
  readonly serviceSource: SourceSpan;
  /**
   * The name came from a macro's argument or a text macro, so no call of the
   * syntax tree names it, and PW101 judges it here: at `serviceText` where a
   * definition wrote it, else at `serviceSource`.
   */
  readonly passed?: true;
  /** A passed name written in a definition (a macro's text passed on to another macro, a default, a text macro's value): one place for every call that expands it. */
  readonly serviceText?: DefinitionText;
  readonly source: SourceSpan;
}

export interface MasmLowering {
  readonly program: Program<X86Instruction>;
  readonly vmmCalls: readonly VmmCallSite[];
  readonly notes: readonly LoweringNote[];
  readonly unmodelled: readonly UnmodelledItem[];
  readonly names: NameCheck;
  /** The names (lower case) of the text macros the file and what it includes define, by the end of the file. */
  readonly textMacros: ReadonlySet<string>;
  /**
   * The names (lower case) of the macros whose call closes a procedure, by
   * the end of the file: those the file and what it includes define whose
   * body holds an EndProc or ENDP line (a wrapper macro's `MyEnd Grab`),
   * and VtoolsD's ENDCPROC and ENDSPROC where they define no such macro.
   */
  readonly procedureClosers: ReadonlySet<string>;
  /** Procedures replayed from earlier passes or the document's earlier lowerings, and lowered, over all passes. */
  readonly chunks: { readonly replayed: number; readonly lowered: number };
  /** Runs of the other statements between them, replayed and lowered, over all passes. */
  readonly runs: { readonly replayed: number; readonly lowered: number };
  /** Procedures and runs replayed without their reads of the pass's own symbols checked, the symbol table printed as where they were last replayed or made. */
  readonly printed: number;
  /** Passes over the text, a seeded pass that lost the first pass included: one for most edits. */
  readonly passes: number;
  /** Items of the program that are copies of the last program's moved down with the text (chunks replayed below a new line). */
  readonly moved?: MovedCopies;
  /**
   * Does what only the document's next lowering reads (after passes from
   * scratch with kept trees, the first pass's reads of their recordings),
   * which that lowering does first if nothing called this before.
   */
  readonly settle: () => void;
}
