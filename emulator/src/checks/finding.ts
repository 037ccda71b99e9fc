import type { Severity } from './codes.js';

/** Zero-based line and UTF-16 column, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A step of the path that proves a finding ("page taken out of the region here"). */
export interface PathNote {
  readonly range: Range;
  readonly message: string;
  /** The file of `range` when it is not the finding's own (an included file). */
  readonly file?: string;
}

/** One input of a concrete witness: a symbol the path depends on and the value that replays it. */
/** A line a finding's message names ("the block allocated at line 12"). */
export interface LineReference {
  /** Zero-based, as everywhere inside PageWarden. */
  readonly line: number;
  /** The file of the line when it is not the finding's own (an included file). */
  readonly file?: string;
}

export interface WitnessValue {
  readonly name: string;
  readonly width: number;
  /** Hexadecimal with a 0x prefix, so findings stay JSON. */
  readonly value: string;
}

/**
 * What a finding's repair needs, as the model proved it, so that a quick fix
 * does not have to read it back out of the message text.
 */
export type FindingFix =
  /** PW201: the argument for parameter `param` of the service call must be 0. */
  | { readonly kind: 'zero-argument'; readonly service: string; readonly param: string }
  /**
   * PW202: flags the argument `param` lacks; `front` reads best ahead of the
   * written flags, `back` after them. Not `preferred` where dropping a flag
   * repairs the call as well.
   */
  | { readonly kind: 'add-flags'; readonly service: string; readonly param: string; readonly front: readonly string[]; readonly back: readonly string[]; readonly preferred: boolean }
  /** PW210/PW211: test `register` for the failure `value` (hexadecimal, 0x prefix) right after the call at `call`. */
  | { readonly kind: 'test-result'; readonly service: string; readonly register: string; readonly value: string; readonly call: Range; readonly file: string }
  /** PW311: the SWI to call in its X form instead. */
  | { readonly kind: 'x-form'; readonly swi: string }
  /** PW101: the SWI the name spells in another case (`xos_dynamicarea`), as it is written (`XOS_DynamicArea`). */
  | { readonly kind: 'swi-name'; readonly swi: string }
  /**
   * PW312: R`register` must be below `bound`, the table's entry count, before
   * the dispatch; `handler`: in a dynamic-area handler, where R0 = 0 is an
   * error return, rather than code whose error return needs an error block.
   */
  | { readonly kind: 'bound-check'; readonly register: number; readonly bound: number; readonly handler: boolean };

export interface Finding {
  readonly code: string;
  /** For people, once `findingMessage` has put the numbers of `lines` in (`{0}` is the first's). */
  readonly message: string;
  /** The lines the message names, which move with the code when an edit moves it. */
  readonly lines?: readonly LineReference[];
  readonly range: Range;
  /** Overrides the catalogue's default where a check has two strengths (PW202). */
  readonly severity?: Severity;
  readonly notes: readonly PathNote[];
  /** The file of `range`, when the analysis covered several (includes). */
  readonly file?: string;
  /** Inputs that drive execution down the path that proves the finding. */
  readonly witness?: readonly WitnessValue[];
  readonly fix?: FindingFix;
}
