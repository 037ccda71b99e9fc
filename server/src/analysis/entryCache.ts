import type { Finding, LineRegisterFacts } from '../../../emulator/src/index.js';
import type { EntryKey } from './entryKeys.js';

/** How many entry points a run analysed, and how many it took from earlier runs unchanged. */
export interface AnalysisStatistics {
  readonly analysed: number;
  readonly reused: number;
}

/** What one entry point's analysis gave: its findings and the register values it recorded. */
export interface EntryResult {
  readonly findings: readonly Finding[];
  readonly registers: readonly LineRegisterFacts[];
}

interface Stored {
  /** Lines relative to the entry's first line (`entryPositions.ts`). */
  readonly result: EntryResult;
  /** Where everything in the document was, when the result may be reused only while it stays there. */
  readonly pinned?: string;
}

/**
 * The findings of each entry point of one document from earlier runs, by the
 * entry's key (`entryKeys.ts`): a run re-analyses only the entries whose key
 * changed.
 */
export class EntryCache {
  private readonly results = new Map<string, Stored>();
  private used = new Set<string>();
  private analysed = 0;
  private reused = 0;

  /** Starts counting a new run. */
  begin(): void {
    this.used = new Set();
    this.analysed = 0;
    this.reused = 0;
  }

  get statistics(): AnalysisStatistics {
    return { analysed: this.analysed, reused: this.reused };
  }

  /** The stored result, lines relative to `key.base`. */
  lookup(key: EntryKey): EntryResult | undefined {
    this.used.add(key.key);
    const found = this.results.get(key.key);
    if (!found || (found.pinned !== undefined && found.pinned !== key.lines)) return undefined;
    this.reused++;
    return found.result;
  }

  /** Keeps `result` (lines relative to `key.base`); `pinned` when it may be reused only while no line of the document moves. */
  store(key: EntryKey, result: EntryResult, pinned: boolean): void {
    this.analysed++;
    this.results.set(key.key, pinned ? { result, pinned: key.lines } : { result });
  }

  /** After a run that reached every entry: forgets the keys it did not meet, so the cache holds one document's worth. */
  prune(): void {
    for (const key of this.results.keys()) if (!this.used.has(key)) this.results.delete(key);
  }
}
