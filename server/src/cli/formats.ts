import { findCheck, findingMessage, readableText, type Severity } from '../../../emulator/src/index.js';
import { severityOf } from '../analysis/severity.js';
import { replayData, type EntryFinding, type ReplayData } from '../run/replayData.js';
import { VERSION } from '../version.js';
import type { FileResult } from './checkFiles.js';
import { displayPath } from './displayPath.js';
import { formatSarif, type SarifInvocation } from './sarif.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

function slugOf(code: string): string {
  return findCheck(code)?.slug ?? code;
}

export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { file, findings } of results) {
    for (const finding of findings) {
      const severity = severityOf(finding);
      counts[severity] += 1;
      const path = displayPath(finding.file ?? file);
      const { line, character } = finding.range.start;
      lines.push(`${path}:${line + 1}:${character + 1}: ${severity} ${finding.code} ${findingMessage(finding)} [${slugOf(finding.code)}]`);
      for (const note of finding.notes) {
        lines.push(`  ${displayPath(note.file ?? finding.file ?? file)}:${note.range.start.line + 1}:${note.range.start.character + 1}: note: ${readableText(note.message)}`);
      }
    }
  }
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${files} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info + counts.hint, 'note')}`);
  return `${lines.join('\n')}\n`;
}

/** How to replay the finding: `pagewarden run FILE --entry ENTRY --witness JSON`, FILE being the checked file (an included file's findings run from it). */
function replayOf(file: string, finding: EntryFinding): { replay?: ReplayData & { readonly file: string } } {
  const data = replayData(finding);
  return data ? { replay: { file: displayPath(file), ...data } } : {};
}

export function formatJson(results: readonly FileResult[]): string {
  const findings = results.flatMap(({ file, findings }) =>
    findings.map((finding) => ({
      file: displayPath(finding.file ?? file),
      line: finding.range.start.line + 1,
      column: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
      code: finding.code,
      slug: slugOf(finding.code),
      severity: severityOf(finding),
      message: findingMessage(finding),
      related: finding.notes.map((note) => ({
        file: displayPath(note.file ?? finding.file ?? file),
        line: note.range.start.line + 1,
        column: note.range.start.character + 1,
        message: readableText(note.message),
      })),
      ...replayOf(file, finding),
    })),
  );
  return `${JSON.stringify({ tool: 'pagewarden', version: VERSION, findings }, null, 2)}\n`;
}

export function format(results: readonly FileResult[], as: Format, invocation: SarifInvocation): string {
  switch (as) {
    case 'text': return formatText(results);
    case 'json': return formatJson(results);
    case 'sarif': return formatSarif(results, invocation);
  }
}
