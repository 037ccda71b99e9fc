import type { Finding, LineRegisterFacts } from '../../../emulator/src/index.js';
import { KeyMemory, type EntryKey, type Placement } from './entryKeys.js';
import { movedResult, resultParts, type ResultParts } from './entryPositions.js';

/** How many entry points a run analysed, and how many it took from earlier runs unchanged. */
export interface AnalysisStatistics {
  readonly analysed: number;
  readonly reused: number;
}

/**
 * What one entry point's analysis gave: its findings and the register values
 * it recorded; undefined until they are recorded (a document's first run
 * records them in a second run of its entries, once its findings are out).
 */
export interface EntryResult {
  readonly findings: readonly Finding[];
  readonly registers: readonly LineRegisterFacts[] | undefined;
}

type Stored =
  /** A result that moves with its entry: where its parts were, and which parts its lines lie in. */
  | { readonly result: EntryResult; readonly placement: Placement; readonly parts: ResultParts }
  /** A result reused only while everything in the document is where it was. */
  | { readonly result: EntryResult; readonly pinned: string };

/**
 * The findings of each entry point of one document from earlier runs, by the
 * entry's key (`entryKeys.ts`): a run re-analyses only the entries whose key
 * changed.
 */
export class EntryCache {
  /** What the keys of the last run read of the document's program. */
  readonly keys = new KeyMemory();
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

  /** Whether no result is kept: a run finds nothing to reuse before it has analysed an entry (a document's first run). */
  get empty(): boolean {
    return this.results.size === 0;
  }

  get statistics(): AnalysisStatistics {
    return { analysed: this.analysed, reused: this.reused };
  }

  /** The stored result, moved to where the entry's parts now are in `file`. */
  lookup(key: EntryKey, file: string): EntryResult | undefined {
    this.used.add(key.key);
    const result = this.find(key, file);
    if (result) this.reused++;
    return result;
  }

  /** The stored result with its register values recorded, moved as `lookup` moves it; not counted as reused. */
  recorded(key: EntryKey, file: string): EntryResult | undefined {
    const result = this.find(key, file);
    return result?.registers ? result : undefined;
  }

  private find(key: EntryKey, file: string): EntryResult | undefined {
    const found = this.results.get(key.key);
    if (!found) return undefined;
    return 'pinned' in found ? (found.pinned === key.lines() ? found.result : undefined) : movedResult(found.result, file, found.parts, found.placement, key);
  }

  /** Keeps `result`, found with the entry's parts where `key` places them in `file`. */
  store(key: EntryKey, result: EntryResult, file: string): void {
    this.analysed++;
    this.record(key, result, file);
  }

  /** Keeps `result` as `store` does, not counted as analysed: a stored result with its register values recorded by another run of its entry. */
  record(key: EntryKey, result: EntryResult, file: string): void {
    const parts = resultParts(result, file, key.parts());
    const placement = { bases: key.bases, layouts: key.layouts };
    this.results.set(key.key, parts ? { result, placement, parts } : { result, pinned: key.lines() });
  }

  /** After a run that reached every entry: forgets the keys it did not meet, so the cache holds one document's worth. */
  prune(): void {
    for (const key of this.results.keys()) if (!this.used.has(key)) this.results.delete(key);
  }
}
