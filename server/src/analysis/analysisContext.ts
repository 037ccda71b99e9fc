import type { Tree } from 'web-tree-sitter';
import type { AnalysisSettings } from './settings.js';

/** What every dialect's analysis gets: the parsed text and how to analyse it. */
export interface AnalysisContext {
  readonly tree: Tree;
  readonly text: string;
  /** The file's path (the CLI) or file-system path of the document (the server). */
  readonly file: string;
  readonly settings: AnalysisSettings;
  /** True once newer text has made this run pointless; checked between procedures. */
  readonly cancelled: () => boolean;
}
