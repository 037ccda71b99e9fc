import type { TextDocument } from 'vscode-languageserver-textdocument';

// LSP ends a line at '\n', at '\r\n' and at a '\r' alone; tree-sitter, and
// every row the lowerings and the analysis count, end one at '\n' only. A
// lone '\r' made a '\n' keeps every offset and column where it was and makes
// the two count the same lines, so a finding's row is the editor's line, and
// the grammars meet a line end they know: the MASM grammar took a lone '\r'
// for neither space nor line end, so an old Mac-edited comment block made a
// whole file one syntax error, and CR CR LF line ends one on every line.
//
// A backslash that continues a line (MASM, ObjAsm) before CR CR LF is
// followed by two line ends, the second ending an empty line, which would
// end the statement; MASM reads the lone CR as white space and continues it.
// So the empty line's '\r' is made a '\', which continues it in turn: the
// statement goes on past it, and the rows stay the document's lines.

/** A lone '\r', or the '\r' of a '\r\n' that ends the empty line after a continuing backslash and a lone '\r'. */
const PARSED_AS_OTHER = /\r(?!\n)|(?<=\\[ \t]*\r)\r(?=\n)/g;

/**
 * `text` with each '\r' not followed by '\n' made a '\n', and the empty line
 * after a continuing backslash and CR CR LF continued: the text every parse
 * and row count reads.
 */
export function loneReturnsAsNewlines(text: string): string {
  // Most texts have none: a CRLF text is searched from '\r' to '\r', three times as fast as by the expression.
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return text.replace(PARSED_AS_OTHER, (_r, at: number) => (text.charCodeAt(at + 1) === 10 ? '\\' : '\n'));
  }
  return text;
}

/** Each continuing backslash followed by CR CR LF (the lines `loneReturnsAsNewlines` continues past an empty one). */
const CONTINUED_PAST_EMPTY = /\\[ \t]*\r\r\n/g;

/**
 * The range `from`-`to` of `text` widened to take in every continuation
 * followed by CR CR LF that overlaps it: whether its second '\r' is read as a
 * '\' depends on every character of it.
 */
export function continuationsAround(text: string, from: number, to: number): { readonly from: number; readonly to: number } {
  let start = from;
  while (start > 0 && /[ \t\r]/.test(text[start - 1] ?? '')) start--;
  if (text[start - 1] === '\\') start--;
  // One that starts before `to` ends at the first '\n' after its start.
  const newline = text.indexOf('\n', Math.max(to, from + 1) - 1);
  const near = text.slice(start, newline < 0 ? text.length : newline + 1);
  let [first, last] = [from, to];
  for (const m of near.matchAll(CONTINUED_PAST_EMPTY)) {
    const [at, end] = [start + m.index, start + m.index + m[0].length];
    if (end <= from || at >= Math.max(to, from + 1)) continue;
    first = Math.min(first, at);
    last = Math.max(last, end);
  }
  return { from: first, to: last };
}

/** Each open document's parsed text, made once a version: the server reads every open document's at each edit of one. */
const parsedTexts = new WeakMap<TextDocument, { readonly version: number; readonly text: string }>();

/** An open document's text as the analysis and the language features read it. */
export function parsedText(document: TextDocument): string {
  const known = parsedTexts.get(document);
  if (known?.version === document.version) return known.text;
  const text = loneReturnsAsNewlines(document.getText());
  parsedTexts.set(document, { version: document.version, text });
  return text;
}
