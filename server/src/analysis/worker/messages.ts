import type { Finding } from '../../../../emulator/src/index.js';
import type { LanguageId } from '../../languages/languageId.js';
import type { AnalysisSettings } from '../settings.js';

/** What the language server sends its analysis worker. */
export type WorkerRequest =
  | { readonly kind: 'analyse'; readonly id: number; readonly languageId: LanguageId; readonly text: string; readonly file: string; readonly settings: AnalysisSettings }
  /** The text of job `id` has been superseded: stop it at the next procedure boundary. */
  | { readonly kind: 'cancel'; readonly id: number };

export type WorkerReply =
  | { readonly id: number; readonly findings: readonly Finding[] }
  | { readonly id: number; readonly error: string };
