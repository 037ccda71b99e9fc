import type { Finding } from '../../checks/finding.js';
import type { ExploreResult } from '../../explore/engine.js';
import { callKey, type CallSite } from './call-sites.js';

// One root cause, one finding. A handler that tests a call's result wrongly
// (for 0 where it fails with 0FFFFFFFFh) or not at all before using it
// makes the mistake PW210 or PW211 reports. The page or handle of that call
// it then returns to the VMM with in a register only is the same mistake
// seen from another path (a successful _PageReserve returning 0, which the
// test for 0 sends to the failure return), and the fix starts at the test
// the PW210 or PW211 names. So a
// loss that only the VMM's reading no register makes (PW220/PW221 at the
// return of an entry the VMM calls) is left out where the analysis reports
// a PW210 or PW211 of the same call, on whichever path.

const FAILURE = 'failure test of ';
const REGISTERS = 'kept in registers from ';

/** The `cause` of a PW210 or PW211 about the result of the call at `site`. */
export function failureCause(site: CallSite): string {
  return `${FAILURE}${callKey(site)}`;
}

/** The `cause` of a PW220 or PW221 for a value of the call at `site` left only in registers where the VMM returns. */
export function registersCause(site: CallSite): string {
  return `${REGISTERS}${callKey(site)}`;
}

/** The findings of `result` but the losses in registers of a call a PW210 or PW211 is about. */
export function oneForEachCall(result: ExploreResult<unknown>): readonly Finding[] {
  const misjudged = new Set<string>();
  for (const f of result.findings) {
    const cause = result.causes.get(f);
    if ((f.code === 'PW210' || f.code === 'PW211') && cause?.startsWith(FAILURE)) misjudged.add(cause.slice(FAILURE.length));
  }
  if (misjudged.size === 0) return result.findings;
  return result.findings.filter((f) => {
    const cause = result.causes.get(f);
    return !cause?.startsWith(REGISTERS) || !misjudged.has(cause.slice(REGISTERS.length));
  });
}
