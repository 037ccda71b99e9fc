import type { SourceSpan } from '../ir/program.js';
import type { Finding } from './finding.js';

// A message that names lines of the source ("_PageReserve (line 48)") keeps
// the lines apart from its text: `{0}` in the text stands for the number of
// the first line, `{1}` for the second's. The number is written only where
// the message is shown, so a finding can move with the code it names when an
// edit moves that code, instead of being found again.

export interface LineMessage {
  readonly text: string;
  readonly lines: readonly SourceSpan[];
}

type Part = string | number | bigint | SourceSpan | LineMessage;

const PLACEHOLDER = /\{(\d+)\}/g;

/**
 * A tagged template for messages: an interpolated `SourceSpan` becomes a
 * reference to its line, an interpolated `LineMessage` brings its own lines.
 */
export function lineMessage(strings: TemplateStringsArray, ...parts: readonly Part[]): LineMessage {
  let text = strings[0] ?? '';
  const lines: SourceSpan[] = [];
  parts.forEach((part, i) => {
    if (typeof part !== 'object') text += String(part);
    else if ('range' in part) text += `{${lines.push(part) - 1}}`;
    else {
      const offset = lines.length;
      text += part.text.replace(PLACEHOLDER, (_, n: string) => `{${Number(n) + offset}}`);
      lines.push(...part.lines);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, lines };
}

/**
 * The text with each line's 1-based number in its place; a line of another
 * file than the finding's (`file` set, as `LineReference` has it) with
 * that file's name, "8 of main.asm": "line 8" alone would send the reader
 * to line 8 of the finding's file.
 */
export function renderMessage(text: string, lines: readonly { readonly line: number; readonly file?: string }[]): string {
  if (lines.length === 0) return text;
  return text.replace(PLACEHOLDER, (whole, n: string) => {
    const line = lines[Number(n)];
    if (!line) return whole;
    return line.file === undefined ? String(line.line + 1) : `${line.line + 1} of ${baseName(line.file)}`;
  });
}

/** The last part of a path, with either separator. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** A byte a name or string keeps as a lone surrogate: with `u`, the low half of a surrogate pair is not one. */
const ESCAPED_BYTE = /[\udc80-\udcff]/gu;

/**
 * The text with each byte that is not UTF-8, which the ObjAsm lowering keeps
 * in a name or line it substituted as the lone surrogate U+DC00 + byte (the
 * server's `stringText`, Python's `surrogateescape`), written `\xC8`, as
 * Python's `backslashreplace` writes it: as it stands it goes out as U+FFFD
 * in UTF-8 (a terminal, the LSP connection) and as `\udcc8` in JSON, which a
 * SARIF viewer may not read. Only what is shown is escaped; the names
 * themselves keep the surrogate, so `lab$s` is one label wherever it is used.
 */
export function readableText(text: string): string {
  return text.replace(ESCAPED_BYTE, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`);
}

/** A finding's message as people read it. */
export function findingMessage(finding: Pick<Finding, 'message' | 'lines'>): string {
  return readableText(renderMessage(finding.message, finding.lines ?? []));
}
