import type { Cancelled } from '../cancellation.js';
import type { ArmAddressMode } from '../../../../emulator/src/index.js';
import type { SyntaxTrees } from '../syntaxTrees.js';

export type { AreaCreation, RiscOsLowering, UnmodelledItem } from '../riscos/types.js';

/** How a BBC BASIC program's assembler is lowered. */
export interface BbcBasicLoweringOptions {
  /** The file the tree was parsed from; every SourceSpan names it. */
  readonly file: string;
  /** The file was read as Latin-1 (`decodeSource`): its strings assemble to each character's code; absent, it is Unicode, its strings their UTF-8. */
  readonly latin1?: boolean;
  /** 26-bit or 32-bit code; 32 when absent (kept for the analysis, the lowering itself does not depend on it). */
  readonly mode?: ArmAddressMode;
  /** The document's syntax trees from its previous lowering, kept between edits (the language server); absent, the tree is copied whole. */
  readonly syntaxTrees?: SyntaxTrees;
  /** The job's cancellation (the language server): a superseded job's lowering stops before its next pass or statement, throwing `LoweringCancelled`. */
  readonly cancelled?: Cancelled;
}
