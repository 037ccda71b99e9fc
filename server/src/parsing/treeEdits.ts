import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit, Point } from 'web-tree-sitter';

// web-tree-sitter measures indices and columns in UTF-16 code units, the unit
// of LSP positions, so an LSP offset is a tree-sitter index as it is. Rows are
// another matter: tree-sitter ends a row at '\n' only, where LSP also ends a
// line at a lone '\r' (one not followed by '\n'). Without lone '\r's the rows
// are the document's lines, found in its line index; with some, a point's row
// is counted from the text.

/** A document and how many lone '\r's its text has. */
export interface EditedText {
  readonly document: TextDocument;
  readonly loneReturns: number;
}

/** How many of the '\r's at `from` up to `to` in `text` are lone. */
export function loneReturnsIn(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

function pointAt({ document, loneReturns }: EditedText, offset: number): Point {
  if (loneReturns === 0) {
    const row = document.positionAt(offset).line;
    return { row, column: offset - document.offsetAt({ line: row, character: 0 }) };
  }
  const text = document.getText();
  let row = 0;
  let rowStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    row++;
    rowStart = nl + 1;
  }
  return { row, column: offset - rowStart };
}

export interface AppliedChange extends EditedText {
  /** The edit to give the old tree; undefined when the change replaced the whole text. */
  readonly edit?: Edit;
}

/**
 * One LSP content change applied to a document, with the same change as a
 * tree-sitter edit. `TextDocument.update` changes the document in place, so
 * the edit is measured on the text before it.
 */
export function applyChange(before: EditedText, change: TextDocumentContentChangeEvent): AppliedChange {
  const { document } = before;
  if (!('range' in change)) {
    const next = TextDocument.update(document, [change], document.version + 1);
    return { document: next, loneReturns: loneReturnsIn(next.getText()) };
  }
  // A range given end first is applied as if written start first, as TextDocument.update does.
  const [startIndex, oldEndIndex] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)].sort((a, b) => a - b) as [number, number];
  const startPosition = pointAt(before, startIndex);
  const oldEndPosition = pointAt(before, oldEndIndex);
  // Only a '\r' in the changed text or just before it can change whether it is lone.
  const from = Math.max(0, startIndex - 1);
  const lost = loneReturnsIn(document.getText(), from, oldEndIndex);
  const next = TextDocument.update(document, [change], document.version + 1);
  const newEndIndex = startIndex + change.text.length;
  const after = { document: next, loneReturns: before.loneReturns - lost + loneReturnsIn(next.getText(), from, newEndIndex) };
  return { ...after, edit: { startIndex, oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition: pointAt(after, newEndIndex) } };
}
