// "Did you mean" for PW101 and PW102: nearest names by edit distance,
// counting a swap of two neighbouring letters as one edit (the commonest
// typo in long service names such as _PageReAllocate).

/**
 * The edit distance of `a` and `b`, or `limit + 1` once it is certain to
 * exceed `limit`: a file's misspelt name is compared with every name the
 * file defines, and nearly all of those are far off.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const over = Math.min(limit + 1, Math.max(a.length, b.length));
  if (Math.abs(a.length - b.length) >= over) return over;
  const cols = b.length + 1;
  // Three rows suffice: a swap looks two rows back.
  let before: number[] = new Array<number>(cols).fill(0);
  let previous: number[] = new Array<number>(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  let row: number[] = new Array<number>(cols).fill(0);
  let previousLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j < cols; j++) {
      // Off the diagonal by `over` or more, the distance is at least `over`.
      if (Math.abs(i - j) >= over) {
        row[j] = over;
        continue;
      }
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = (previous[j - 1] as number) + cost;
      const up = (previous[j] as number) + 1;
      const left = (row[j - 1] as number) + 1;
      if (up < best) best = up;
      if (left < best) best = left;
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        const swap = (before[j - 2] as number) + 1;
        if (swap < best) best = swap;
      }
      row[j] = best;
      if (best < least) least = best;
    }
    // A swap can lower the next row only from this one or the one before, so both must be over.
    if (least >= over && previousLeast >= over) return over;
    [before, previous, row] = [previous, row, before];
    previousLeast = least;
  }
  return Math.min(previous[b.length] as number, over);
}

/** Largest distance still worth suggesting: a third of the name, at least 2. */
const tolerance = (name: string): number => Math.max(2, Math.floor(name.length / 3));

/**
 * Candidates closest to `name`, case-insensitively, nearest first (ties by
 * name), at most `most` edits away. The name itself is not a suggestion,
 * but the name in another case is the first (`xos_dynamicarea`, where
 * ObjAsm and RISC OS tell case apart).
 */
export function nearestNames(name: string, candidates: Iterable<string>, limit: number, most = tolerance(name)): string[] {
  const wanted = name.toLowerCase();
  const scored: { name: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase(), most);
    if (candidate !== name && distance <= most) scored.push({ name: candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  return scored.slice(0, limit).map((s) => s.name);
}
