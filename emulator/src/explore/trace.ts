import type { SourceSpan } from '../ir/program.js';
import type { Expr } from '../values/expr.js';
import type { MemoryWrite } from '../values/symbolic-memory.js';

// The step-by-step record of a run, for the "replay this finding" view: what
// each instruction changed, and what the models say happened (service and
// SWI calls with their arguments and results, pages changing owner).

export interface NamedValue {
  readonly name: string;
  readonly value: Expr;
}

export type TraceEvent =
  | { readonly kind: 'call'; readonly name: string; readonly arguments: readonly NamedValue[]; readonly results: readonly NamedValue[] }
  /** A page, handle or slot changing hands ("physical page 1234 from the free list to region slot 5"). */
  | { readonly kind: 'ownership'; readonly subject: string; readonly from?: string; readonly to?: string }
  | { readonly kind: 'note'; readonly message: string };

export interface RegisterChange {
  readonly name: string;
  readonly before: Expr;
  readonly after: Expr;
}

export interface TraceStep {
  readonly address: bigint;
  readonly source: SourceSpan;
  readonly text?: string;
  readonly registers: readonly RegisterChange[];
  readonly writes: readonly MemoryWrite[];
  readonly events: readonly TraceEvent[];
  /** The condition this step added to the path, when it branched. */
  readonly guard?: Expr;
}

export type Trace = readonly TraceStep[];
