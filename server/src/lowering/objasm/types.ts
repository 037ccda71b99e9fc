import type { Cancelled } from '../cancellation.js';
import type { ArmAddressMode } from '../../../../emulator/src/index.js';
import type { ReadFile } from '../includeResolution.js';
import type { HandlerHint, RiscOsLowering } from '../riscos/types.js';
import type { SyntaxTrees } from '../syntaxTrees.js';

export type { AreaCreation, HandlerHint, LoweringNote, RiscOsLowering, UnmodelledItem } from '../riscos/types.js';

/** How an ObjAsm source is lowered. */
export interface ObjAsmLoweringOptions {
  /** The file the tree was parsed from; every SourceSpan names it (or a GET file). */
  readonly file: string;
  /** Reads a GET file; undefined when it does not exist. Defaults to the file system. */
  readonly readFile?: ReadFile;
  /** The file was read as Latin-1 (`decodeSource`): its strings assemble to each character's code; absent, it is Unicode, its strings their UTF-8. */
  readonly latin1?: boolean;
  /**
   * Directories a path variable stands for (`Hdr` → […]); `Hdr:` defaults to
   * the project's `hdr` directory. The well-known system headers are never read.
   */
  readonly pathVariables?: Readonly<Record<string, readonly string[]>>;
  /** Directories searched for a GET without a path variable, after the file's own. */
  readonly includePaths?: readonly string[];
  /** Handlers created by code in other files (the module creates the area, s.Handler holds the handler). */
  readonly handlers?: readonly HandlerHint[];
  /** The document's syntax trees from its previous lowering, kept between edits (the language server); absent, the tree is copied whole. */
  readonly syntaxTrees?: SyntaxTrees;
  /** The job's cancellation (the language server): a superseded job's lowering stops at the next top-level statement, throwing `LoweringCancelled`. */
  readonly cancelled?: Cancelled;
}

export interface ObjAsmLowering extends RiscOsLowering {
  /** 26-bit when the 32-bit lowering holds a 26-bit idiom; EXITS, conditional SETV and `{CONFIG}` then lower as 26-bit code. */
  readonly mode: ArmAddressMode;
  /**
   * Routines replayed from an earlier pass or lowering, and routines lowered, in this lowering's passes;
   * `known`: the replays where the pass stood in a state the routine was met in before, which read again only the previous pass and files;
   * `moved`: the copies of recordings made to replay them further down or on;
   * `takenOver`: of the known replays, the routines before or after an edit that a pass took over from the last lowering's passes without visiting them.
   */
  readonly chunks: { readonly replayed: number; readonly lowered: number; readonly known: number; readonly moved: number; readonly takenOver: number };
  /**
   * What entry discovery read again: `itemsRead`, the items an edit changed (the others' BLs, OS_DynamicArea and OS_Memory
   * calls are kept from the last lowering); `callsTracked`, the OS_DynamicArea and OS_Memory calls whose registers it tracked
   * (what the others do is kept).
   */
  readonly entryDiscovery: { readonly itemsRead: number; readonly callsTracked: number };
}
