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

/** A finding's message as people read it. */
export function findingMessage(finding: Pick<Finding, 'message' | 'lines'>): string {
  return renderMessage(finding.message, finding.lines ?? []);
}
