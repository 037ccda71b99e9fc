// "Did you mean" for PW101: nearest names by edit distance, counting a swap
// of two neighbouring letters as one edit (the commonest typo in long
// service names such as _PageReAllocate).

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i];
    if (!row) continue;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Largest distance still worth suggesting: a third of the name, at least 2. */
const tolerance = (name: string): number => Math.max(2, Math.floor(name.length / 3));

/**
 * Candidates closest to `name`, case-insensitively, nearest first (ties by
 * name). An exact match is not a suggestion.
 */
export function nearestNames(name: string, candidates: Iterable<string>, limit: number): string[] {
  const wanted = name.toLowerCase();
  const scored: { name: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance > 0 && distance <= tolerance(name)) scored.push({ name: candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  return scored.slice(0, limit).map((s) => s.name);
}
