import type { TextDocument } from 'vscode-languageserver-textdocument';

// LSP ends a line at '\n', at '\r\n' and at a '\r' alone; tree-sitter, and
// every row the lowerings and the analysis count, end one at '\n' only. A
// lone '\r' made a '\n' keeps every offset and column where it was and makes
// the two count the same lines, so a finding's row is the editor's line, and
// the grammars meet a line end they know: the MASM grammar took a lone '\r'
// for neither space nor line end, so an old Mac-edited comment block made a
// whole file one syntax error, and CR CR LF line ends one on every line.

const LONE_RETURN = /\r(?!\n)/g;

/** `text` with each '\r' not followed by '\n' made a '\n': the text every parse and row count reads. */
export function loneReturnsAsNewlines(text: string): string {
  // Most texts have none: a CRLF text is searched from '\r' to '\r', three times as fast as by the expression.
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return text.replace(LONE_RETURN, '\n');
  }
  return text;
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
