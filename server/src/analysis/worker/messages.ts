import type { LineRegisterFacts } from '../../../../emulator/src/index.js';
import type { LanguageId } from '../../languages/languageId.js';
import type { DocumentContent } from '../../parsing/documentTrees.js';
import type { EntryShare } from '../analysisContext.js';
import type { AnalysisStatistics } from '../entryCache.js';
import type { RunReports } from '../runFindings.js';
import type { AnalysisSettings } from '../settings.js';

/** What the language server sends its analysis worker. */
export type WorkerRequest =
  /**
   * The worker keeps each document's text and tree: `content` is the whole text the first time, then the changes since the last request for `document`.
   * `overlays`: the editor's text of open files the document includes, by file-system path, read instead of the disk.
   * `share`: the part of the entry points this worker runs; the other workers run the rest.
   */
  | {
    readonly kind: 'analyse'; readonly id: number; readonly document: string; readonly languageId: LanguageId; readonly content: DocumentContent;
    readonly file: string; readonly settings: AnalysisSettings; readonly overlays: Readonly<Record<string, string>>; readonly share: EntryShare;
  }
  /** The text of job `id` has been superseded: stop it at the next procedure boundary. */
  | { readonly kind: 'cancel'; readonly id: number }
  | { readonly kind: 'close'; readonly document: string };

export type WorkerReply =
  /** A batch of job `id`'s findings while it runs: what is known before its first analysis, then entry points as they are done. */
  | { readonly id: number; readonly kind: 'progress'; readonly reports: RunReports }
  /**
   * The job is done: `reports` are its findings since the last batch.
   * `registers`: what the symbolic runs knew at each line of the document itself and of its overlays, for hover.
   */
  | { readonly id: number; readonly kind: 'done'; readonly reports: RunReports; readonly statistics: AnalysisStatistics; readonly registers: readonly LineRegisterFacts[] }
  | { readonly id: number; readonly kind: 'error'; readonly error: string };
