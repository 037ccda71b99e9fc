import type { Finding, LineRegisterFacts } from '../../../emulator/src/index.js';

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

/**
 * The findings of each entry point of one document from earlier runs, by the
 * entry's key (`entryKeys.ts`): a run re-analyses only the entries whose key
 * changed.
 */
export class EntryCache {
  private readonly findings = new Map<string, EntryResult>();
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

  lookup(key: string): EntryResult | undefined {
    this.used.add(key);
    const found = this.findings.get(key);
    if (found) this.reused++;
    return found;
  }

  store(key: string, findings: EntryResult): void {
    this.analysed++;
    this.findings.set(key, findings);
  }

  /** After a run that reached every entry: forgets the keys it did not meet, so the cache holds one document's worth. */
  prune(): void {
    for (const key of this.findings.keys()) if (!this.used.has(key)) this.findings.delete(key);
  }
}
