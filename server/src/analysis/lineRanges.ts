/** Lines of a text, from `first` to `last` (both included). */
export interface LineRange {
  readonly first: number;
  readonly last: number;
}

/** What an edit that cannot be placed (a whole new text, several edits, an include's) may have touched. */
export const EVERY_LINE: LineRange = { first: 0, last: 0x7fff_ffff };

/** Whether `range` shares a line with any of `ranges`. */
export function touches(range: LineRange, ranges: readonly LineRange[]): boolean {
  return ranges.some((r) => r.first <= range.last && range.first <= r.last);
}
