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
}

export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly range: Range;
  /** Overrides the catalogue's default where a check has two strengths (PW202). */
  readonly severity?: Severity;
  readonly notes: readonly PathNote[];
}
