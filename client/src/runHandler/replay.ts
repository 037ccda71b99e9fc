import type { ReplayData } from '../../../server/src/run/replayData.js';
import type { RunHandlerResult } from '../../../server/src/run/protocol.js';

/** A diagnostic's `data` as the server sets it on findings it can replay; anything else is not ours to act on. */
export function readReplayData(data: unknown): ReplayData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { entry, witness, uri } = data as { entry?: unknown; witness?: unknown; uri?: unknown };
  if (typeof entry !== 'string' || typeof witness !== 'object' || witness === null) return undefined;
  if (uri !== undefined && typeof uri !== 'string') return undefined;
  const values = Object.entries(witness);
  if (!values.every(([, value]) => typeof value === 'string')) return undefined;
  return { entry, witness: Object.fromEntries(values) as Record<string, string>, ...(uri === undefined ? {} : { uri }) };
}

/** What the replayed diagnostic said, to find it again among the run's verdict. */
export interface ReplayedFinding {
  readonly code: string;
  readonly line: number;
}

/**
 * The step a replay opens at: where the run's verdict reports the same check
 * on the same line, else the same check anywhere (the run's path may report
 * it where a note of the diagnostic was), else the first finding with a step.
 */
export function replayStep(result: RunHandlerResult, finding: ReplayedFinding): number | undefined {
  const withStep = result.verdict.findings.filter((f) => f.step !== undefined);
  const match = withStep.find((f) => f.code === finding.code && f.range.start.line === finding.line)
    ?? withStep.find((f) => f.code === finding.code)
    ?? withStep[0];
  return match?.step;
}
