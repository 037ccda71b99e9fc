import type { Finding } from '../../../emulator/src/index.js';

// `; pagewarden-disable-next-line PW220 -- reason` silences the codes on the
// next line; `; pagewarden-disable PW311 -- reason` silences them to the end
// of the file. BBC BASIC spells the comment `REM` (or `\` / `;` inside the
// assembler). A suppression must say why: one without a reason still
// applies, but is itself reported so the reason gets written.

interface Suppression {
  readonly codes: readonly string[];
  /** First and last line (0-based, inclusive) the suppression covers. */
  readonly from: number;
  readonly to: number;
}

const DIRECTIVE = /(?:;|\\|\bREM\b)\s*pagewarden-(disable-next-line|disable)\b([^\r\n]*)/i;

export interface Suppressions {
  readonly rules: readonly Suppression[];
  /** Suppressions written without `-- reason`. */
  readonly unexplained: readonly Finding[];
}

export function readSuppressions(text: string): Suppressions {
  const rules: Suppression[] = [];
  const unexplained: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, row) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const [codesPart = '', reason] = (m[2] ?? '').split(/\s--\s?|\s--$/, 2);
    const codes = (codesPart.match(/PW\d{3}/gi) ?? []).map((c) => c.toUpperCase());
    if (codes.length === 0) return;
    const nextLine = m[1]?.toLowerCase() === 'disable-next-line';
    rules.push({ codes, from: nextLine ? row + 1 : row, to: nextLine ? row + 1 : lines.length });
    if (!reason?.trim()) {
      const start = { line: row, character: m.index };
      const end = { line: row, character: line.replace(/\r$/, '').length };
      for (const code of codes) {
        unexplained.push({
          code,
          severity: 'warning',
          message: `This suppression of ${code} gives no reason; add one after "--" (for example "-- the region is never empty here")`,
          range: { start, end },
          notes: [],
        });
      }
    }
  });
  return { rules, unexplained };
}

export function isSuppressed(finding: Finding, suppressions: Suppressions): boolean {
  const line = finding.range.start.line;
  return suppressions.rules.some((rule) => rule.codes.includes(finding.code) && line >= rule.from && line <= rule.to);
}
