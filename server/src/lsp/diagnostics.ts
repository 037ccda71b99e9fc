import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../../../emulator/src/index.js';
import { checkDocsUrl } from '../analysis/checkDocs.js';
import { severityOf } from '../analysis/severity.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a client needs to replay a finding in the emulator (the
 * `pagewarden/runHandler` request's `entry` and `witness`), carried in the
 * diagnostic's `data`. Only findings from running an entry point have it.
 */
export interface ReplayData {
  readonly entry: string;
  readonly witness: Readonly<Record<string, string>>;
}

/** The analysis tags each finding of an entry point with the entry's name. */
export type EntryFinding = Finding & { readonly entry?: string };

function replayData(finding: EntryFinding): ReplayData | undefined {
  if (finding.entry === undefined || finding.witness === undefined) return undefined;
  return { entry: finding.entry, witness: Object.fromEntries(finding.witness.map((input) => [input.name, input.value])) };
}

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
