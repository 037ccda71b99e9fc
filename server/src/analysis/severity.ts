import { findCheck, type Finding, type Severity } from '../../../emulator/src/index.js';

/** A finding's own severity where the check has two strengths, else the catalogue's default. */
export function severityOf(finding: Finding): Severity {
  return finding.severity ?? findCheck(finding.code)?.severity ?? 'error';
}
