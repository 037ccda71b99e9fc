import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../../../emulator/src/index.js';
import { severityOf } from '../analysis/severity.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(uri: string, finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[severityOf(finding)],
    code: finding.code,
    source: 'pagewarden',
    message: finding.message,
    relatedInformation: finding.notes.map((note) => ({ location: { uri, range: note.range }, message: note.message })),
  };
}
