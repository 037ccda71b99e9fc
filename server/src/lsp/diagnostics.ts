import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Severity } from '../../../emulator/src/index.js';
import { checkDocsUrl } from '../analysis/checkDocs.js';
import { severityOf } from '../analysis/severity.js';
import { replayData, type EntryFinding } from '../run/replayData.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `path` is the document's own file: notes in other files (includes) link there instead. */
export function toDiagnostic(uri: string, path: string, finding: EntryFinding): Diagnostic {
  const href = checkDocsUrl(finding.code);
  const data = replayData(finding);
  return {
    range: finding.range,
    severity: SEVERITY[severityOf(finding)],
    code: finding.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'pagewarden',
    message: finding.message,
    relatedInformation: finding.notes.map((note) => ({
      location: { uri: note.file && note.file !== path ? pathToFileURL(note.file).href : uri, range: note.range },
      message: note.message,
    })),
    ...(data ? { data } : {}),
  };
}
