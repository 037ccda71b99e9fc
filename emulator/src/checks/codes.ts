// The check catalogue from spec/checks.md. Codes and slugs are a public
// contract (suppressions, CI configs and SARIF baselines name them), so an
// entry is only ever added, never renamed or given a new meaning.

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface CheckDescription {
  readonly code: string;
  readonly slug: string;
  readonly severity: Severity;
  readonly title: string;
}

export const CHECKS: readonly CheckDescription[] = [
  { code: 'PW100', slug: 'syntax-error', severity: 'error', title: 'The parser could not make sense of a line' },
  { code: 'PW101', slug: 'unknown-service', severity: 'error', title: 'No known VMM service or RISC OS SWI has this name' },
  { code: 'PW102', slug: 'undefined-symbol', severity: 'error', title: 'A symbol is used but defined nowhere reachable' },
  { code: 'PW103', slug: 'unresolved-include', severity: 'warning', title: 'An include/GET target was not found on the include paths' },
  { code: 'PW201', slug: 'must-be-zero', severity: 'error', title: 'An argument documented as "must be 0" is non-zero' },
  { code: 'PW202', slug: 'bad-flag-combination', severity: 'error', title: 'Reserved, contradictory or ineffective page flags' },
  { code: 'PW210', slug: 'unchecked-error-value', severity: 'error', title: 'A 0FFFFFFFFh failure result is used before it is tested' },
  { code: 'PW211', slug: 'unchecked-zero-failure', severity: 'error', title: 'A zero failure result is used before it is tested' },
  { code: 'PW220', slug: 'lost-physical-page', severity: 'error', title: 'A physical page taken from a free physical region is lost' },
  { code: 'PW221', slug: 'leaked-memory-handle', severity: 'warning', title: 'The only copy of a live memory handle is overwritten' },
  { code: 'PW222', slug: 'handle-misuse', severity: 'error', title: 'Double free, use after free, or unlock without lock' },
  { code: 'PW230', slug: 'clobbered-by-call', severity: 'error', title: 'A register clobbered by a C-convention service is used as if it survived' },
  { code: 'PW231', slug: 'stack-imbalance', severity: 'error', title: 'ESP at return differs from ESP at entry' },
  { code: 'PW240', slug: 'address-for-page-number', severity: 'warning', title: 'A linear address is passed where a page number is expected, or the reverse' },
  { code: 'PW250', slug: 'wrong-argument-count', severity: 'error', title: 'A service call has the wrong number of arguments' },
  { code: 'PW301', slug: 'page-block-partial', severity: 'error', title: 'A PreGrow filled only part of the page block' },
  { code: 'PW302', slug: 'page-block-bad-entry', severity: 'error', title: 'A PreGrow wrote a bad page-block entry' },
  { code: 'PW303', slug: 'r0-exit-contract', severity: 'error', title: 'A PreGrow broke the R0 exit contract' },
  { code: 'PW304', slug: 'register-not-preserved', severity: 'error', title: 'A handler returns with a register the kernel expects preserved changed' },
  { code: 'PW305', slug: 'bad-error-return', severity: 'error', title: 'An error return without a valid error block, or V left set on success' },
  { code: 'PW306', slug: 'reserved-page-without-resv', severity: 'error', title: 'A PreGrow requests a reserved page without returning "RESV"' },
  { code: 'PW307', slug: 'null-page-block', severity: 'error', title: 'A handler uses R1 as a page block in an area without flag bit 8' },
  { code: 'PW308', slug: 'preshrink-over-permit', severity: 'error', title: 'A PreShrink permits more than it was asked, or not a page multiple' },
  { code: 'PW309', slug: 'resize-inside-handler', severity: 'error', title: 'A handler resizes a dynamic area' },
  { code: 'PW310', slug: 'unchecked-v-flag', severity: 'error', title: 'An X SWI result is used without testing V' },
  { code: 'PW311', slug: 'non-x-swi-in-handler', severity: 'warning', title: 'A non-X SWI inside a handler or module entry point' },
  { code: 'PW312', slug: 'unbounded-reason-dispatch', severity: 'error', title: 'A computed branch on the reason code without a bound check' },
  { code: 'PW313', slug: 'bad-area-flags', severity: 'error', title: 'OS_DynamicArea 0 with bad flags or handler' },
  { code: 'PW900', slug: 'analysis-incomplete', severity: 'info', title: 'Analysis of a procedure or file was cut short' },
];

const byCode = new Map(CHECKS.map((c) => [c.code, c]));
const bySlug = new Map(CHECKS.map((c) => [c.slug, c]));

export type CheckCode = (typeof CHECKS)[number]['code'];

/** Looks a check up by code (`PW210`) or slug (`unchecked-error-value`), case-insensitively. */
export function findCheck(codeOrSlug: string): CheckDescription | undefined {
  return byCode.get(codeOrSlug.toUpperCase()) ?? bySlug.get(codeOrSlug.toLowerCase());
}
