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
}

/** The analysis tags each finding of an entry point with the entry's name. */
export type EntryFinding = Finding & { readonly entry?: string };

export function replayData(finding: EntryFinding): ReplayData | undefined {
  if (finding.entry === undefined || finding.witness === undefined) return undefined;
  return { entry: finding.entry, witness: Object.fromEntries(finding.witness.map((input) => [input.name, input.value])) };
}
