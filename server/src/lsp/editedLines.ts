import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EVERY_LINE, type LineRange } from '../analysis/lineRanges.js';

/**
 * The lines of a text that `changes` (made to it in order) touched, in that
 * text's lines: those of the one change's range. Every line for a whole new
 * text, for no change (something else made the text's analysis stale: an
 * include, the settings) and for several, which are not worth placing.
 */
export function editedLines(changes: readonly TextDocumentContentChangeEvent[]): LineRange {
  const [only] = changes;
  if (changes.length !== 1 || !only || !('range' in only)) return EVERY_LINE;
  const { start, end } = only.range;
  return { first: Math.min(start.line, end.line), last: Math.max(start.line, end.line) };
}
