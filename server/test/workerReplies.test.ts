import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, RegisterValue } from '../../emulator/src/index.js';
import type { RunReports } from '../src/analysis/runFindings.js';
import { lineMoves, LineTable, type LineMove } from '../src/analysis/lineTable.js';
import type { RegisterListing } from '../src/analysis/registerCollector.js';
import { SentReplies } from '../src/analysis/worker/sentReplies.js';
import { WorkerMirror } from '../src/lsp/workerMirror.js';

// A worker's replies name what did not change since its previous finished
// job; the server's mirror reads them back. Across any run of jobs, failed
// ones included, what the mirror reads must be what the worker meant, and
// what did not change must not travel.

const FILE = '/doc.asm';
const OTHER = '/inc.asm';

/** A deterministic random source (Park–Miller). */
class Random {
  constructor(private state: number) {}

  below(n: number): number {
    this.state = (this.state * 48271) % 0x7fffffff;
    return this.state % Math.max(1, n);
  }
}

const finding = (line: number, code = 'PW201'): Finding =>
  ({ code, message: `at ${line}`, range: { start: { line, character: 0 }, end: { line, character: 4 } }, notes: [] });
const values = (n: number): RegisterValue[] => [{ register: 'EAX', value: String(n) }, { register: 'ECX', value: `entry ECX or ${n % 3}` }];

type Table = LineTable<readonly RegisterValue[]>;

interface Job {
  readonly batches: RunReports[];
  readonly listings: [string, RegisterListing][];
}

const linesOf = <T>(table: { forEach(visit: (value: T, line: number) => void): void }): [number, T][] => {
  const lines: [number, T][] = [];
  table.forEach((value, line) => lines.push([line, value]));
  return lines;
};

/** A job like the one before it: some entries' findings and some lines' values changed, lines below one place moved. */
function nextJob(random: Random, before: Job | undefined): Job {
  const entries: [number, Finding[]][] = [];
  const count = 10 + random.below(3);
  for (let index = 0; index < count; index++) {
    const kept = before?.batches.flatMap((b) => b.entries).find(([i]) => i === index)?.[1];
    entries.push([index, kept && random.below(4) > 0 ? [...kept] : random.below(3) === 0 ? [finding(index * 10 + random.below(5))] : []]);
  }
  const cut = 1 + random.below(entries.length - 1);
  const batches = [{ program: [finding(0, 'PW100')], entries: entries.slice(0, cut) }, { program: [], entries: entries.slice(cut) }];
  const by = random.below(4) - 1;
  const from = random.below(200);
  const move: LineMove = by >= 0 ? { from, to: from + random.below(2), by } : { from: from - 1, to: from, by };
  const listings = [FILE, OTHER].map((file): [string, RegisterListing] => {
    const old: Table = before?.listings.find(([f]) => f === file)?.[1].lines ?? LineTable.empty();
    // No line of the file changed: the collector lists the same table again.
    if (random.below(4) === 0) return [file, { lines: old, moves: [] }];
    const moves = file === FILE ? [move] : [];
    const moved = moves.reduce((table, m) => table.moved(m), old);
    const changes = new Map<number, readonly RegisterValue[] | undefined>();
    moved.forEach((was, line) => {
      if (random.below(10) === 0) changes.set(line, undefined);
      else if (random.below(8) === 0) changes.set(line, random.below(2) === 0 ? values(random.below(100)) : [...was]);
    });
    for (let n = random.below(6); n > 0; n--) changes.set(random.below(250), values(random.below(100)));
    const lines = moved.with(changes);
    // Now and then the same lines in a table made anew, which shares no block with the last, or moves the reply names wrongly.
    const roll = random.below(6);
    if (roll === 0) return [file, { lines: LineTable.empty<readonly RegisterValue[]>().with(new Map(linesOf(lines))), moves }];
    if (roll === 1) return [file, { lines, moves: [{ from: random.below(100), to: 100, by: random.below(3) }] }];
    return [file, { lines, moves }];
  });
  return { batches, listings };
}

describe('worker replies against the mirror of what was sent', () => {
  test('what the mirror reads is what the worker meant, after any run of jobs, failed ones included', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = new Random(seed * 7919);
      const sent = new SentReplies();
      const mirror = new WorkerMirror();
      let last: Job | undefined;
      for (let n = 0; n < 30; n++) {
        const job = nextJob(random, last);
        // Entries in any order: each is one entry point's findings by its index.
        const byIndex = (reports: RunReports): RunReports => ({ ...reports, entries: [...reports.entries].sort(([a], [b]) => a - b) });
        const read = job.batches.map((batch) => byIndex(mirror.reports(structuredClone(sent.reports(batch)))));
        assert.deepEqual(read, job.batches, `seed ${seed}, job ${n}`);
        if (random.below(6) === 0) {
          sent.failed();
          mirror.failed();
          continue;
        }
        const changes = structuredClone(sent.done(job.listings));
        const registers = mirror.done(changes);
        for (const [file, { lines }] of job.listings) {
          assert.deepEqual(linesOf(registers.get(file) ?? new Map()), linesOf(lines), `seed ${seed}, job ${n}, ${file}`);
        }
        last = job;
      }
    }
  });

  test('entry points and lines that did not change are named, not sent', () => {
    const sent = new SentReplies();
    const table = (shift: number): Table => LineTable.empty<readonly RegisterValue[]>().with(new Map(Array.from({ length: 500 }, (_, i) => [i < 200 ? i : i + shift, values(i)])));
    const reports = { program: [], entries: [[0, [finding(3)]], [1, []]] as [number, Finding[]][] };
    sent.reports(reports);
    const first = table(0);
    sent.done([[FILE, { lines: first, moves: [] }]]);
    const again = sent.reports({ program: [], entries: [[0, [finding(3)]], [1, [finding(12)]]] });
    assert.deepEqual(again.kept, [0]);
    assert.deepEqual(again.entries, [[1, [finding(12)]]]);
    // Two lines added at line 200: the three hundred lines below it are moved, not sent, whether the lines share the last table's blocks or not.
    const moves = [{ from: 200, to: 200, by: 2 }];
    for (const lines of [first.moved(moves[0] as LineMove), table(2)]) {
      const [moved] = sent.done([[FILE, { lines, moves }]]);
      assert.ok(moved && 'moves' in moved);
      assert.deepEqual(moved.moves, moves);
      assert.deepEqual([...moved.lines], []);
      assert.deepEqual([...moved.removed], []);
      sent.done([[FILE, { lines: first, moves: [{ from: 200, to: 202, by: -2 }] }]]);
    }
  });

  test('a file whose lines are the same table as the last is named unchanged, and the mirror keeps its values', () => {
    const sent = new SentReplies();
    const mirror = new WorkerMirror();
    const lines = LineTable.empty<readonly RegisterValue[]>().with(new Map(Array.from({ length: 30 }, (_, i) => [i * 2, values(i)])));
    const other = LineTable.empty<readonly RegisterValue[]>().with(new Map([[4, values(7)]]));
    const first = mirror.done(structuredClone(sent.done([[FILE, { lines, moves: [] }], [OTHER, { lines: other, moves: [] }]])));
    const again = sent.done([[FILE, { lines, moves: [] }], [OTHER, { lines: LineTable.empty<readonly RegisterValue[]>().with(new Map([[4, values(7)]])), moves: [] }]]);
    assert.deepEqual(again[0], { file: FILE, unchanged: true });
    assert.ok(again[1] && 'moves' in again[1], 'a table made anew is compared line by line');
    assert.deepEqual([...again[1].lines], [], 'and its lines, the same, are not sent');
    const second = mirror.done(structuredClone(again));
    assert.equal(second.get(FILE), first.get(FILE));
    assert.deepEqual(linesOf(second.get(OTHER) ?? new Map()), linesOf(other));
    // One line of other values, one line fewer, or the same lines moved are no longer the same.
    const cases: [Table, LineMove[]][] = [
      [lines.with(new Map([[20, values(99)]])), []], [lines.with(new Map([[0, undefined]])), []], [lines.moved({ from: 7, to: 7, by: 1 }), [{ from: 7, to: 7, by: 1 }]],
    ];
    for (const [changed, moves] of cases) {
      const reply = sent.done([[FILE, { lines: changed, moves }]]);
      assert.ok(reply[0] && 'moves' in reply[0]);
      assert.deepEqual(linesOf(mirror.done(structuredClone(reply)).get(FILE) ?? new Map()), linesOf(changed));
    }
  });

  test('a cancelled job\'s reply says nothing of register values: the next refers to the last job that did, and to the cancelled job\'s findings', () => {
    const sent = new SentReplies();
    const mirror = new WorkerMirror();
    const lines = LineTable.empty<readonly RegisterValue[]>().with(new Map([[2, values(1)], [9, values(2)]]));
    mirror.reports(structuredClone(sent.reports({ program: [], entries: [[0, [finding(3)]]] })));
    const first = mirror.done(structuredClone(sent.done([[FILE, { lines, moves: [] }]])));
    mirror.reports(structuredClone(sent.reports({ program: [], entries: [[0, [finding(5)]]] })));
    assert.equal(sent.stopped(), undefined);
    assert.equal(mirror.done(undefined), first, 'the mirror keeps the values it had');
    const next = sent.reports({ program: [], entries: [[0, [finding(5)]]] });
    assert.deepEqual(next.kept, [0], 'the cancelled job\'s findings were sent');
    assert.deepEqual(mirror.reports(structuredClone(next)).entries, [[0, [finding(5)]]]);
    const again = sent.done([[FILE, { lines, moves: [] }]]);
    assert.deepEqual(again, [{ file: FILE, unchanged: true }]);
    assert.equal(mirror.done(structuredClone(again)).get(FILE), first.get(FILE));
  });

  test('an edit\'s changes move the lines below them by the lines they added or removed', () => {
    const at = (line: number, character = 0): { line: number; character: number } => ({ line, character });
    const moves = lineMoves([
      { range: { start: at(10), end: at(10) }, text: 'a\nb\n' },
      { range: { start: at(30), end: at(33) }, text: '' },
      { range: { start: at(5, 2), end: at(5, 4) }, text: 'x' },
      { range: { start: at(40, 2), end: at(42, 1) }, text: 'x\ny\nz\nw' },
    ]);
    assert.deepEqual(moves, [{ from: 10, to: 10, by: 2 }, { from: 30, to: 33, by: -3 }, { from: 42, to: 42, by: 1 }]);
    // Each change's lines are those of the text the changes before it left: the second removes the lines the first moved to 31 and 32.
    const table = LineTable.empty<string>().with(new Map([4, 9, 10, 12, 29, 30, 31, 32, 33, 40, 41, 42, 50].map((line) => [line, `line ${line}`])));
    assert.deepEqual(linesOf(moves.reduce((t, move) => t.moved(move), table)),
      [[4, 'line 4'], [9, 'line 9'], [12, 'line 10'], [14, 'line 12'], [30, 'line 31'], [31, 'line 32'], [32, 'line 33'], [39, 'line 40'], [40, 'line 41'], [41, 'line 42'], [50, 'line 50']]);
    assert.deepEqual(lineMoves([{ range: { start: at(3), end: at(3) }, text: 'x' }, { text: 'all new' }]), []);
  });
});
