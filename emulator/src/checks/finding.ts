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
export interface WitnessValue {
  readonly name: string;
  readonly width: number;
  /** Hexadecimal with a 0x prefix, so findings stay JSON. */
  readonly value: string;
}

export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly range: Range;
  /** Overrides the catalogue's default where a check has two strengths (PW202). */
  readonly severity?: Severity;
  readonly notes: readonly PathNote[];
  /** The file of `range`, when the analysis covered several (includes). */
  readonly file?: string;
  /** Inputs that drive execution down the path that proves the finding. */
  readonly witness?: readonly WitnessValue[];
}
