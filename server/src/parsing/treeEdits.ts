import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit, Point } from 'web-tree-sitter';
import { continuationsAround } from '../source/lineEnds.js';

// web-tree-sitter measures indices and columns in UTF-16 code units, the unit
// of LSP positions, so an LSP offset is a tree-sitter index as it is. Rows
// end at '\n' only in tree-sitter, where LSP also ends a line at a lone '\r'
// (one not followed by '\n'); the tree is of the text with its lone '\r's
// made '\n's (`loneReturnsAsNewlines`), whose rows are the document's lines.

/** A document and how many lone '\r's its text has (with none, the text parsed is the document's as it is). */
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

function pointAt(document: TextDocument, offset: number): Point {
  const row = document.positionAt(offset).line;
  return { row, column: offset - document.offsetAt({ line: row, character: 0 }) };
}

export interface AppliedChange extends EditedText {
  /** The edit to give the old tree; undefined when the change replaced the whole text. */
  readonly edit?: Edit;
}

/**
 * One LSP content change applied to a document, with the same change as a
 * tree-sitter edit of the text parsed. `TextDocument.update` changes the
 * document in place, so the edit is measured on the text before it.
 */
export function applyChange(before: EditedText, change: TextDocumentContentChangeEvent): AppliedChange {
  const { document } = before;
  if (!('range' in change)) {
    const next = TextDocument.update(document, [change], document.version + 1);
    return { document: next, loneReturns: loneReturnsIn(next.getText()) };
  }
  // A range given end first is applied as if written start first, as TextDocument.update does.
  const [changeStart, oldEndChange] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)].sort((a, b) => a - b) as [number, number];
  // Whether a '\r' just before the change is lone, and so parsed as '\n', is the change's to decide: the edit takes it in.
  const text = document.getText();
  const changedFrom = changeStart > 0 && text.charCodeAt(changeStart - 1) === 13 ? changeStart - 1 : changeStart;
  const changedTo = changeStart + change.text.length;
  // So is how a continuation followed by CR CR LF that it touches, before or after it, is parsed: the edit takes that in whole.
  const old = continuationsAround(text, changedFrom, oldEndChange);
  // Such a continuation has no '\n' but its last: the lines the change is on hold it.
  const [lineFrom, nextLine] = [changedFrom === 0 ? 0 : text.lastIndexOf('\n', changedFrom - 1) + 1, text.indexOf('\n', oldEndChange)];
  const near = text.slice(lineFrom, changeStart) + change.text + text.slice(oldEndChange, nextLine < 0 ? text.length : nextLine + 1);
  const nearMade = continuationsAround(near, changedFrom - lineFrom, changedTo - lineFrom);
  const made = { from: nearMade.from + lineFrom, to: nearMade.to + lineFrom };
  const startIndex = Math.min(old.from, made.from);
  const after = Math.max(old.to - oldEndChange, made.to - changedTo);
  const [oldEndIndex, newEndIndex] = [oldEndChange + after, changedTo + after];
  const startPosition = pointAt(document, startIndex);
  const oldEndPosition = pointAt(document, oldEndIndex);
  const lost = loneReturnsIn(text, startIndex, oldEndIndex);
  const next = TextDocument.update(document, [change], document.version + 1);
  return {
    document: next,
    loneReturns: before.loneReturns - lost + loneReturnsIn(next.getText(), startIndex, newEndIndex),
    edit: { startIndex, oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition: pointAt(next, newEndIndex) },
  };
}
