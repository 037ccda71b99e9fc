import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit, Point } from 'web-tree-sitter';

// web-tree-sitter measures indices and columns in UTF-16 code units, the unit
// of LSP positions, so an LSP offset is a tree-sitter index as it is. Rows are
// another matter: tree-sitter ends a row at '\n' only, where LSP also ends a
// line at a lone '\r', so points are counted from the text, not taken from
// the LSP position.

function pointAt(text: string, offset: number): Point {
  let row = 0;
  let rowStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    row++;
    rowStart = nl + 1;
  }
  return { row, column: offset - rowStart };
}

export interface AppliedChange {
  readonly document: TextDocument;
  /** The edit to give the old tree; undefined when the change replaced the whole text. */
  readonly edit?: Edit;
}

/**
 * One LSP content change applied to a document, with the same change as a
 * tree-sitter edit. `TextDocument.update` changes the document in place, so
 * the edit is measured on the text before it.
 */
export function applyChange(document: TextDocument, change: TextDocumentContentChangeEvent): AppliedChange {
  if (!('range' in change)) return { document: TextDocument.update(document, [change], document.version + 1) };
  const old = document.getText();
  // A range given end first is applied as if written start first, as TextDocument.update does.
  const [startIndex, oldEndIndex] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)].sort((a, b) => a - b) as [number, number];
  const startPosition = pointAt(old, startIndex);
  const oldEndPosition = pointAt(old, oldEndIndex);
  const next = TextDocument.update(document, [change], document.version + 1);
  const newEndIndex = startIndex + change.text.length;
  return {
    document: next,
    edit: { startIndex, oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition: pointAt(next.getText(), newEndIndex) },
  };
}
