import type { RegisterValue } from '../../../../emulator/src/index.js';
import type { LanguageId } from '../../languages/languageId.js';
import type { FileText } from '../../lowering/includeResolution.js';
import type { DocumentContent } from '../../parsing/documentTrees.js';
import type { EntryShare } from '../analysisContext.js';
import type { AnalysisStatistics } from '../entryCache.js';
import type { LineMove } from '../lineTable.js';
import type { RunReports } from '../runFindings.js';
import type { AnalysisSettings } from '../settings.js';

/** What an analysis worker starts with: memory it shares with the language server. */
export interface WorkerData {
  /** A `RequestCount`'s. */
  readonly requests: SharedArrayBuffer;
  /** The `CancelledJobs` of every worker. */
  readonly cancelled: SharedArrayBuffer;
}

/** What the language server sends its analysis worker. */
export type WorkerRequest =
  /**
   * The worker keeps each document's text and tree: `content` is the whole text the first time, then the changes since the last request for `document`.
   * `overlays`: the editor's text of open files the document includes, by file-system path, read instead of the disk;
   *   a `FileText` for one whose file is Latin-1 on disk, a string for Unicode text.
   * `share`: the part of the entry points this worker runs; the other workers run the rest.
   * `latin1`: the document is Latin-1: a closed file read from disk so (`decodeSource`), or an open one whose file on
   *   disk is, which the editor saves so; absent, it is Unicode text.
   */
  | {
    readonly kind: 'analyse'; readonly id: number; readonly document: string; readonly languageId: LanguageId; readonly content: DocumentContent;
    readonly file: string; readonly settings: AnalysisSettings; readonly overlays: Readonly<Record<string, string | FileText>>; readonly share: EntryShare;
    readonly latin1?: boolean;
  }
  /**
   * The text of job `id` has been superseded: stop it (`CancelledJobs` says so to a job in the middle of an entry
   * point's run, which stops there if the edits touched the entry's code).
   */
  | { readonly kind: 'cancel'; readonly id: number }
  /** Forget the document, and what was sent about it: its next reply refers to nothing earlier. */
  | { readonly kind: 'close'; readonly document: string }
  /** The server has published what every job it ran found: the young generation may be collected, if no job has come since. */
  | { readonly kind: 'collect' };

// A reply refers to what the worker sent in its previous finished job of the
// same document (the previous 'done' reply, and the batches before it), so
// that what an edit did not change does not travel again.

/**
 * Reports of part of a run: `entries` with their findings, and `kept`, the
 * entry points whose findings are those the previous job reported for the
 * entry of that index.
 */
export interface ReportChanges extends RunReports {
  readonly kept: readonly number[];
}

/**
 * The register values of one file: the previous job's reply's lines moved
 * by `moves` (as `LineTable.moved` moves them), then line `lines[i]` given
 * `values[i]` and the lines of `removed` taken out. `unchanged`: every line
 * has what it had in the previous job's reply, the same lines.
 */
export type FileRegisterChanges =
  | { readonly file: string; readonly unchanged: true }
  | {
    readonly file: string; readonly moves: readonly LineMove[]; readonly lines: Int32Array; readonly values: readonly (readonly RegisterValue[])[];
    readonly removed: Int32Array;
  };

export type WorkerReply =
  /** A batch of job `id`'s findings while it runs: what is known before its first analysis, then entry points as they are done. */
  | { readonly id: number; readonly document: string; readonly kind: 'progress'; readonly reports: ReportChanges }
  /**
   * Every entry point's findings are in: `reports` are those since the last batch. The job goes on to record
   * register values (a document's first job runs its entries again for them). A job that stops before (cancelled,
   * failed, or with analysis off or its text refused) sends no such reply: its 'done' says it all.
   * `reads`: the files the lowering read or looked for, whose change on disk makes the findings stale.
   */
  | {
    readonly id: number; readonly document: string; readonly kind: 'analysed'; readonly reports: ReportChanges; readonly statistics: AnalysisStatistics;
    readonly reads: readonly string[];
  }
  /**
   * The job is done: `reports` are its findings since the last batch.
   * `registers`: what the symbolic runs knew at each line of the document itself and of its overlays, for hover; a file not listed has none.
   * Undefined for a cancelled job: what was sent before still holds.
   */
  | {
    readonly id: number; readonly document: string; readonly kind: 'done'; readonly reports: ReportChanges; readonly statistics: AnalysisStatistics;
    readonly registers: readonly FileRegisterChanges[] | undefined; readonly reads: readonly string[];
  }
  /** The job failed: nothing it sent counts as sent, and the next reply refers to the job before it. */
  | { readonly id: number; readonly document: string; readonly kind: 'error'; readonly error: string };
