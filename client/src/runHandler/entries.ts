import type { EntrySummary } from '../../../server/src/run/protocol.js';

/**
 * The entry the cursor is in: the one whose label is nearest above it (or on
 * its line). Entry points have no end the server reports, and code runs on
 * from a label to the next, so "nearest label above" is what "in" means.
 * Entries whose label is in an included file are nowhere in this document.
 */
export function nearestEntryAbove(entries: readonly EntrySummary[], line: number): EntrySummary | undefined {
  let best: EntrySummary | undefined;
  for (const entry of entries) {
    if (entry.file !== undefined) continue;
    const start = entry.range.start.line;
    if (start <= line && (best === undefined || start > best.range.start.line)) best = entry;
  }
  return best;
}

/** The scenarios to offer for an entry, `preferred` first (the one the CodeLens named), without repeats. */
export function scenarioChoices(entry: EntrySummary, preferred?: string): string[] {
  const names = preferred === undefined ? entry.scenarios : [preferred, ...entry.scenarios];
  return [...new Set(names)];
}

/** A valid starting point for a new scenario file; only these two kinds can be described by one (see the scenario schema). */
export function scenarioTemplate(entry: EntrySummary): Record<string, unknown> | undefined {
  switch (entry.kind) {
    case 'vmm-procedure':
      return { description: `Starting state for ${entry.name}.`, entry: entry.name, kind: 'vmm-procedure', windows: { version: '95', registers: {} } };
    case 'da-handler':
      return { description: `Starting state for ${entry.name}.`, entry: entry.name, kind: 'da-handler', reason: 'PreGrow', riscos: { area: { size: 0, maxSize: 0x400000 } } };
    default:
      return undefined;
  }
}
