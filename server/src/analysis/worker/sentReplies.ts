import type { Finding, RegisterValue } from '../../../../emulator/src/index.js';
import { LineTable } from '../lineTable.js';
import type { RegisterListing } from '../registerCollector.js';
import type { RunReports } from '../runFindings.js';
import type { FileRegisterChanges, ReportChanges } from './messages.js';

/** Whether two JSON-like values are equal, own keys in the same order, so a copy of one serialises as the other. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  return keys.length === others.length
    && keys.every((key, i) => others[i] === key && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function sameValues(a: readonly RegisterValue[], b: readonly RegisterValue[]): boolean {
  if (a === b) return true;
  if (b.length !== a.length) return false;
  return a.every((value, i) => value.register === b[i]?.register && value.value === b[i].value);
}

/**
 * What an analysis worker has sent the language server about one document,
 * so that a reply carries only what changed since the previous finished job
 * (`messages.ts`): the findings of each entry point, by index, and the
 * register values of each file, by line. The server's `WorkerMirror` reads
 * the replies back in full; both sides move on at a 'done' reply, and
 * neither at a failed job.
 */
export class SentReplies {
  private entries: ReadonlyMap<number, readonly Finding[]> = new Map();
  /** What the running job has reported so far. */
  private reporting = new Map<number, readonly Finding[]>();
  /** The lines of each file in the last finished job's reply. */
  private listings: ReadonlyMap<string, LineTable<readonly RegisterValue[]>> = new Map();
  private reported = false;

  /** Whether no report about the document has gone out (of any job, failed ones too): the server shows nothing of it. */
  get silent(): boolean {
    return !this.reported;
  }

  reports(reports: RunReports): ReportChanges {
    this.reported = true;
    const entries: (readonly [number, readonly Finding[]])[] = [];
    const kept: number[] = [];
    for (const [index, findings] of reports.entries) {
      this.reporting.set(index, findings);
      if (sameData(findings, this.entries.get(index))) kept.push(index);
      else entries.push([index, findings]);
    }
    return { program: reports.program, entries, kept, ...(reports.suppressions ? { suppressions: reports.suppressions } : {}) };
  }

  /**
   * The job is done, with these register values of each file (`listings`,
   * as `RegisterCollector.of` lists them, with how the lines of the
   * collector's previous run moved): what its reply says of them.
   */
  done(listings: readonly (readonly [string, RegisterListing])[]): FileRegisterChanges[] {
    const changes = listings.map(([file, { lines, moves }]): FileRegisterChanges => {
      const listed = this.listings.get(file);
      // The collector lists the same table again while no line of the file changed or moved: an edit that ran no entry again.
      if (listed === lines && moves.length === 0) return { file, unchanged: true };
      // The last lines moved share the blocks the collector's moved lines share, which are not read again.
      const base = moves.reduce((table, move) => table.moved(move), listed ?? LineTable.empty<readonly RegisterValue[]>());
      const { set, removed } = lines.changesFrom(base, sameValues);
      return { file, moves, lines: Int32Array.from(set, ([line]) => line), values: set.map(([, values]) => values), removed: Int32Array.from(removed) };
    });
    this.settle();
    this.listings = new Map(listings.map(([file, { lines }]) => [file, lines]));
    return changes;
  }

  /** A cancelled job is done, without register values (it did not settle the collector): its reply says nothing of them. */
  stopped(): undefined {
    this.settle();
    return undefined;
  }

  private settle(): void {
    this.entries = this.reporting;
    this.reporting = new Map();
  }

  failed(): void {
    this.reporting = new Map();
  }
}
