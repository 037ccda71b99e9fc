import { findCheck, type Finding } from '../../../emulator/src/index.js';
import { textOf, type ReadFile } from '../lowering/includeResolution.js';
import type { CommentAt } from './suppressionComments.js';

// `; pagewarden-disable-next-line PW220 -- reason` silences the codes on the
// next line; `; pagewarden-disable PW311 -- reason` silences them to the end
// of the file. A check is named by its code or its slug, in any case
// (`unchecked-error-value` is PW210). BBC BASIC spells the comment `REM` (or `\` / `;` inside the
// assembler). A suppression must say why: one without a reason still
// applies, but is itself reported so the reason gets written. A name that
// is no check's (a typo, a reason written without `--`) is reported as a
// PW100 warning, or the finding it meant to silence would stay without a
// word why. The directive word must be one of the two exactly: another
// (`pagewarden-disable-line`, a typo) is reported the same way and silences
// nothing, rather than being read as `pagewarden-disable` to the end of the
// file. A suppression is a comment, as the dialect's grammar parses one: the
// same words in a string literal, or on a line that does not parse (a BASIC
// `;` outside the assembler, a lowercase `rem`), silence nothing. A suppression
// silences findings in the file it is written in: the lines of an included
// file and of its includer are counted apart.

interface Suppression {
  readonly codes: readonly string[];
  /** First and last line (0-based, inclusive) the suppression covers. */
  readonly from: number;
  readonly to: number;
}

// Read inside a comment only, so `REM` needs no word break before it: a numbered BASIC line is `50REM …`.
const DIRECTIVE = /(?:;|\\|REM\b)\s*pagewarden-([\w-]*)([^\r\n]*)/gi;

/** What a file's suppression comments report about themselves, apart from the findings they silence. */
export interface SuppressionReports {
  /** PW100 warnings for directive words and check names that are no directive's or check's. */
  readonly misnamed: readonly Finding[];
  /**
   * One report per code a suppression written without `-- reason` names. It
   * is about the comment, not the check, so the code's severity setting
   * does not apply to it.
   */
  readonly unexplained: readonly Finding[];
}

export interface Suppressions extends SuppressionReports {
  readonly rules: readonly Suppression[];
}

/** How many line breaks `text` has from `from` up to `to`. */
function breaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function misnamed(message: string, line: number, from: number, to: number): Finding {
  return { code: 'PW100', severity: 'warning', message, range: { start: { line, character: from }, end: { line, character: to } }, notes: [] };
}

function notACheck(what: string, line: number, from: number, to: number): Finding {
  return misnamed(`${what}, so it silences nothing; name a check by its code ("PW210") or its slug ("unchecked-error-value")`, line, from, to);
}

/** A word of the names that is no check: a check with its "--" written against it ("PW211--reason") says where the space goes. */
function notACheckNamed(word: string, line: number, from: number): Finding {
  const [before = ''] = word.split('--', 1);
  const glued = word.includes('--') && findCheck(before) !== undefined;
  if (!glued) return notACheck(`"${word}" names no check`, line, from, from + word.length);
  return misnamed(`"${word}" names no check, so it silences nothing; write a space before "--" to give ${before} a reason ("${before} -- ${word.slice(before.length + 2)}")`, line, from, from + word.length);
}

/** The suppressions of `text`, whose comments `commentAt` finds. */
export function readSuppressions(text: string, commentAt: CommentAt): Suppressions {
  const rules: Suppression[] = [];
  const misnamedFindings: Finding[] = [];
  const unexplained: Finding[] = [];
  // Runs at every edit: the text is searched for the word natively, and only
  // the lines that hold it are read.
  const mention = /pagewarden-/gi;
  let row = 0;
  let counted = 0;
  let lastRow: number | undefined;
  for (let found = mention.exec(text); found; found = mention.exec(text)) {
    const comment = commentAt(found.index);
    if (!comment) continue;
    const start = text.lastIndexOf('\n', found.index - 1) + 1;
    const next = text.indexOf('\n', found.index);
    const end = next < 0 ? text.length : next;
    row += breaks(text, counted, start);
    counted = start;
    // One directive a line.
    mention.lastIndex = end;
    // The line up to the comment's end (a BASIC assembler comment ends at a colon), read from the comment's start.
    const line = text.slice(start, Math.min(end, comment.end));
    DIRECTIVE.lastIndex = Math.max(0, comment.start - start);
    const m = DIRECTIVE.exec(line);
    if (!m) continue;
    const word = m[1]?.toLowerCase() ?? '';
    if (word !== 'disable' && word !== 'disable-next-line') {
      const to = m.index + m[0].length - (m[2]?.length ?? 0);
      const from = to - word.length - 'pagewarden-'.length;
      misnamedFindings.push(misnamed(
        `"${line.slice(from, to)}" is no suppression, so it silences nothing; write "pagewarden-disable-next-line" on the line before the finding, or "pagewarden-disable" for the rest of the file`,
        row, from, to,
      ));
      continue;
    }
    const [codesPart = '', reason] = (m[2] ?? '').split(/\s--\s?|\s--$/, 2);
    const namesAt = m.index + m[0].length - (m[2]?.length ?? 0);
    const codes: string[] = [];
    for (const name of codesPart.matchAll(/[^\s,]+/g)) {
      const check = findCheck(name[0]);
      if (check) codes.push(check.code);
      // After a check, with no "--", the words are a reason written without it: reported once below, as no reason.
      else if (codes.length > 0 && reason === undefined) break;
      else misnamedFindings.push(notACheckNamed(name[0], row, namesAt + name.index));
    }
    if (codes.length === 0) {
      if (!/\S/.test(codesPart)) misnamedFindings.push(notACheck('This suppression names no check', row, m.index, line.replace(/\r$/, '').length));
      continue;
    }
    const nextLine = word === 'disable-next-line';
    rules.push({ codes, from: nextLine ? row + 1 : row, to: nextLine ? row + 1 : (lastRow ??= row + breaks(text, start, text.length) + 1) });
    if (!reason?.trim()) {
      const from = { line: row, character: m.index };
      const to = { line: row, character: line.replace(/\r$/, '').length };
      for (const code of codes) {
        unexplained.push({
          code,
          severity: 'warning',
          message: `This suppression of ${code} gives no reason; add one after "--" (for example "-- the region is never empty here")`,
          range: { start: from, end: to },
          notes: [],
        });
      }
    }
  }
  return { rules, misnamed: misnamedFindings, unexplained };
}

/** Whether `suppressions`, those of the file `finding` lies in, silence it. */
export function isSuppressed(finding: Finding, suppressions: Suppressions): boolean {
  const line = finding.range.start.line;
  return suppressions.rules.some((rule) => rule.codes.includes(finding.code) && line >= rule.from && line <= rule.to);
}

/**
 * The suppressions of each file a run's findings lie in: the document's, and
 * those of the files it includes, each read once through `readFile` (the
 * reader the lowering read them with, so an editor's unsaved text counts),
 * its comments found by `commentsOf` the file's text.
 * An included file's suppressions without a reason are reported by the
 * analysis of that file's own text, as its syntax is.
 */
export class SuppressionsByFile {
  private readonly included = new Map<string, Suppressions>();

  /** `own` are the suppressions of `file`, the document's; a finding without a file of its own is in it. */
  constructor(
    private readonly file: string, private readonly own: Suppressions,
    private readonly readFile: ReadFile, private readonly commentsOf: (text: string) => CommentAt,
  ) {}

  silences(finding: Finding): boolean {
    const where = finding.file ?? this.file;
    return isSuppressed(finding, where === this.file ? this.own : this.of(where));
  }

  private of(file: string): Suppressions {
    let suppressions = this.included.get(file);
    if (!suppressions) {
      const text = textOf(this.readFile(file));
      suppressions = readSuppressions(text, this.commentsOf(text));
      this.included.set(file, suppressions);
    }
    return suppressions;
  }
}
