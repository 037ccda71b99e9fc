import { pathToFileURL } from 'node:url';
import type { Finding } from '../../../emulator/src/index.js';

/**
 * What a client needs to replay a finding in the emulator (the
 * `pagewarden/runHandler` request's `entry` and `witness`): a diagnostic's
 * `data`, and `replay` in `pagewarden check --format json`. Only findings
 * from running an entry point have it.
 */
export interface ReplayData {
  readonly entry: string;
  readonly witness: Readonly<Record<string, string>>;
  /** The document to run the entry in when it is not the diagnostic's own: the includer of a GET/include fragment. */
  readonly uri?: string;
}

/**
 * The analysis tags each finding of an entry point with the entry's name;
 * `program` is the file whose analysis found it, when the finding is shown
 * on another (a fragment that file includes).
 */
export type EntryFinding = Finding & { readonly entry?: string; readonly program?: string };

export function replayData(finding: EntryFinding): ReplayData | undefined {
  if (finding.entry === undefined || finding.witness === undefined) return undefined;
  const witness = Object.fromEntries(finding.witness.map((input) => [input.name, input.value]));
  return { entry: finding.entry, witness, ...(finding.program === undefined ? {} : { uri: pathToFileURL(finding.program).href }) };
}
