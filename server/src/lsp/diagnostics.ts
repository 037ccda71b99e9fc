import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { findingMessage, readableText, type FindingFix, type Severity } from '../../../emulator/src/index.js';
import { checkDocsUrl } from '../analysis/checkDocs.js';
import { severityOf } from '../analysis/severity.js';
import type { DiagnosticFix } from '../features/quickFixesData.js';
import { replayData, type EntryFinding } from '../run/replayData.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The fix data a quick fix for this document can use: a test after a call in another file (an include) would edit that file. */
function fixFor(path: string, fix: FindingFix | undefined): DiagnosticFix | undefined {
  if (fix?.kind !== 'test-result') return fix;
  const { file, ...inDocument } = fix;
  return file === path ? inDocument : undefined;
}

/**
 * `path` is the document's own file: notes in other files (includes) link
 * there instead. The diagnostic's `data` carries what replays the finding
 * and, as `fix`, what its quick fix needs.
 */
export function toDiagnostic(uri: string, path: string, finding: EntryFinding): Diagnostic {
  const href = checkDocsUrl(finding.code);
  const fix = fixFor(path, finding.fix);
  const data = { ...replayData(finding), ...(fix ? { fix } : {}) };
  return {
    range: finding.range,
    severity: SEVERITY[severityOf(finding)],
    code: finding.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'pagewarden',
    message: findingMessage(finding),
    relatedInformation: finding.notes.map((note) => ({
      location: { uri: note.file && note.file !== path ? pathToFileURL(note.file).href : uri, range: note.range },
      message: readableText(note.message),
    })),
    ...(Object.keys(data).length > 0 ? { data } : {}),
  };
}
