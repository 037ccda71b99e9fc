import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Finding, LineRegisterFacts, RegisterValue } from '../../../../emulator/src/index.js';
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

function sameValues(a: readonly RegisterValue[], b: readonly RegisterValue[] | undefined): boolean {
  if (a === b) return true;
  if (b?.length !== a.length) return false;
  return a.every((value, i) => value.register === b[i]?.register && value.value === b[i].value);
}

/**
 * For each line of the text after `changes`, the line of the text before
 * them that most likely held it: lines below an edit move by the lines it
 * added or removed. A guess only; what the line held is compared anyway.
 */
export function previousLines(changes: readonly TextDocumentContentChangeEvent[]): (line: number) => number {
  const moves: { readonly from: number; readonly by: number }[] = [];
  for (const change of changes) {
    // A whole new text: nothing is where it was, or anywhere in particular.
    if (!('range' in change)) return (line) => line;
    const [start, end] = [change.range.start.line, change.range.end.line].sort((a, b) => a - b) as [number, number];
    const added = change.text.split('\n').length - 1;
    moves.push({ from: start + added, by: added - (end - start) });
  }
  // A loop, not `reduceRight`: this runs for every line that has register values, and a closure per call is garbage.
  return (line) => {
    let at = line;
    for (let i = moves.length - 1; i >= 0; i--) {
      const move = moves[i] as { readonly from: number; readonly by: number };
      if (at >= move.from) at -= move.by;
    }
    return at;
  };
}

/**
 * The values of a listing's lines by line number, the listing in line
 * order: looked for after the line found last first, as the lines of a
 * listing are asked for in order, most of them moved by one number.
 */
class ListedValues {
  private next = 0;

  constructor(private readonly facts: readonly LineRegisterFacts[]) {}

  at(line: number): readonly RegisterValue[] | undefined {
    const { facts } = this;
    let at = this.next;
    if (facts[at]?.line !== line) {
      let [low, high] = [0, facts.length];
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((facts[middle] as LineRegisterFacts).line < line) low = middle + 1;
        else high = middle;
      }
      at = low;
      if (facts[at]?.line !== line) return undefined;
    }
    this.next = at + 1;
    return (facts[at] as LineRegisterFacts).values;
  }
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
  /** The listing of each file in the last finished job's reply. */
  private listings: ReadonlyMap<string, readonly LineRegisterFacts[]> = new Map();
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
    return { program: reports.program, entries, kept };
  }

  /**
   * The job is done, with these register values of each file (`listings`,
   * each in line order, as `RegisterCollector.of` lists them): what its
   * reply says of them. `previousLine` guesses where a line of a file was
   * in the previous job's text.
   */
  done(listings: readonly (readonly [string, readonly LineRegisterFacts[]])[], previousLine: (file: string, line: number) => number): FileRegisterChanges[] {
    const changes = listings.map(([file, facts]): FileRegisterChanges => {
      const listed = this.listings.get(file);
      // The collector lists the same facts again while no line of the file changed: an edit that ran no entry again.
      if (listed?.length === facts.length && facts.every((fact, i) => fact === listed[i])) return { file, unchanged: true };
      // The last listing is read in place, not made into a map by line: after a new line, every line below it is at another number.
      const before = new ListedValues(listed ?? []);
      const lines = new Int32Array(facts.length);
      const from = new Int32Array(facts.length);
      const values: (readonly RegisterValue[])[] = [];
      for (let i = 0; i < facts.length; i++) {
        const fact = facts[i] as LineRegisterFacts;
        lines[i] = fact.line;
        const moved = previousLine(file, fact.line);
        if (sameValues(fact.values, before.at(moved))) from[i] = moved;
        else if (moved !== fact.line && sameValues(fact.values, before.at(fact.line))) from[i] = fact.line;
        else {
          from[i] = -1;
          values.push(fact.values);
        }
      }
      return { file, lines, from, values };
    });
    this.entries = this.reporting;
    this.reporting = new Map();
    this.listings = new Map(listings);
    return changes;
  }

  failed(): void {
    this.reporting = new Map();
  }
}
