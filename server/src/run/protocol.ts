// The `pagewarden/runHandler` request: run one entry point of a document in
// the emulator, concretely, from a scenario, and get back its trace, the page
// map before and after, and the verdict. The VS Code trace view, the replay
// code action and `pagewarden run` all speak this shape; other editors can
// send the request too. Everything is plain JSON: numbers that are machine
// words travel as hex strings ("0x0000C000"), ranges are LSP ranges.

import type { Range } from '../../../emulator/src/index.js';

export const RUN_HANDLER_METHOD = 'pagewarden/runHandler';
/** Entry points of a document with the scenarios that suit each (for CodeLens). */
export const LIST_ENTRIES_METHOD = 'pagewarden/listEntries';

export type EntryKind = 'vmm-procedure' | 'da-handler' | 'module-entry' | 'swi-handler' | 'routine';

export interface EntrySummary {
  readonly name: string;
  readonly kind: EntryKind;
  /** Where the entry's label is: the CodeLens goes on this line. */
  readonly range: Range;
  /** The file of `range` when the label is in an included file (a handler the module GETs), not in the document. */
  readonly file?: string;
  /** Names of the built-in and workspace scenarios that fit this entry, default first. */
  readonly scenarios: readonly string[];
}

export interface ListEntriesParams {
  readonly uri: string;
}

export interface ListEntriesResult {
  readonly entries: readonly EntrySummary[];
}

export interface RunHandlerParams {
  readonly uri: string;
  readonly entry: string;
  /**
   * A scenario by name (built-in, e.g. "PreGrow, specific pages", or a file in
   * .pagewarden/scenarios/ by its base name), an inline scenario object in the
   * scenario-file schema, or absent for the entry kind's default.
   */
  readonly scenario?: string | Record<string, unknown>;
  /**
   * Replay of a finding: its witness (input name → hex value), applied on
   * top of the scenario, so the run follows the path that proved it. Names
   * are the analysis's: entry registers (`esi`, `VM`, `entry.r3`, `size`),
   * data (`mem32[label+8]`) and what calls return, by occurrence
   * (`_PageLock.eax#0`, `swi.failed.XOS_Module#1`).
   */
  readonly witness?: Readonly<Record<string, string>>;
}

export interface RegisterDelta {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

export interface MemoryWriteView {
  readonly address: string;
  readonly bytes: number;
  readonly value: string;
}

export type StepEvent =
  | { readonly kind: 'call'; readonly name: string; readonly arguments: readonly { readonly name: string; readonly value: string }[]; readonly results: readonly { readonly name: string; readonly value: string }[] }
  | { readonly kind: 'ownership'; readonly subject: string; readonly from?: string; readonly to?: string }
  | { readonly kind: 'note'; readonly message: string };

export interface StepView {
  readonly index: number;
  readonly address: string;
  /** The source line the step executed (in `uri` unless `file` says otherwise). */
  readonly range: Range;
  readonly file?: string;
  readonly text: string;
  readonly registers: readonly RegisterDelta[];
  readonly flags: readonly RegisterDelta[];
  readonly writes: readonly MemoryWriteView[];
  readonly events: readonly StepEvent[];
}

/** Physical pages coloured by owner and linear slots present or not, for the picture. */
export interface PageMapView {
  readonly pageSize: number;
  readonly physical: readonly { readonly page: number; readonly owner: string; readonly state: 'free' | 'owned' | 'device' | 'reserved' | 'unavailable' }[];
  /** Windows: linear pages of the region/blocks; RISC OS: the area's logical pages. */
  readonly linear: readonly { readonly page: string; readonly owner: string; readonly present: boolean; readonly physical?: number }[];
}

export interface RunHandlerResult {
  readonly entry: string;
  readonly kind: EntryKind;
  readonly scenario: string;
  readonly steps: readonly StepView[];
  readonly before: PageMapView;
  readonly after: PageMapView;
  /** Pages whose owner or mapping differs between before and after. */
  readonly moved: readonly number[];
  readonly verdict: {
    /**
     * How the run ended: "returned", "returned to a wrong address" (a VxD `ret` that read its address where no
     * call put one), "fatal error handler", "error handler", "stopped: …" when no path ended, "…; not every
     * path ran: …" when the budget ran out after one did.
     */
    readonly ended: string;
    /** `file` as a step's: set for a finding in another file than the document (an include, a GET file). */
    readonly findings: readonly { readonly code: string; readonly message: string; readonly range: Range; readonly file?: string; readonly step?: number }[];
  };
}
