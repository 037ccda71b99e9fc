import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, LineRegisterFacts, RegisterValue } from '../../emulator/src/index.js';
import type { RunReports } from '../src/analysis/runFindings.js';
import { previousLines, SentReplies } from '../src/analysis/worker/sentReplies.js';
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

interface Job {
  readonly batches: RunReports[];
  readonly listings: [string, LineRegisterFacts[]][];
  /** Where a line of the file was in the last job, as an edit's changes would guess it. */
  readonly previousLine: (file: string, line: number) => number;
}

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
  const shift = random.below(3) - 1;
  const from = random.below(40);
  const listings = [FILE, OTHER].map((file): [string, LineRegisterFacts[]] => {
    const old = before?.listings.find(([f]) => f === file)?.[1] ?? [];
    // No line of the file changed: the collector lists the same facts again.
    if (random.below(4) === 0) return [file, [...old]];
    const facts = old.map((fact) => ({ ...fact, line: file === FILE && fact.line >= from ? fact.line + shift : fact.line }))
      .filter((fact, i, all) => fact.line >= 0 && all.findIndex((f) => f.line === fact.line) === i && random.below(10) > 0)
      .map((fact) => (random.below(8) === 0 ? { ...fact, values: values(random.below(100)) } : fact));
    for (let n = random.below(4); n > 0; n--) {
      const line = random.below(60);
      if (!facts.some((f) => f.line === line)) facts.push({ file, line, values: values(random.below(100)) });
    }
    // In line order, as the collector lists them.
    return [file, facts.sort((a, b) => a.line - b.line)];
  });
  // Lines between `from` and where `from` moved to are guessed to be where they were, as `previousLines` guesses the lines an edit added.
  return { batches, listings, previousLine: (file, line) => (file === FILE && line >= from + shift ? line - shift : line) };
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
        const changes = structuredClone(sent.done(job.listings, job.previousLine));
        const registers = mirror.done(changes);
        for (const [file, facts] of job.listings) {
          assert.deepEqual(new Map(facts.map((f) => [f.line, f.values])), registers.get(file), `seed ${seed}, job ${n}, ${file}`);
        }
        last = job;
      }
    }
  });

  test('entry points and lines that did not change are named, not sent', () => {
    const sent = new SentReplies();
    const listing = (shift: number): [string, LineRegisterFacts[]][] =>
      [[FILE, Array.from({ length: 50 }, (_, i) => ({ file: FILE, line: i < 20 ? i : i + shift, values: values(i) }))]];
    const reports = { program: [], entries: [[0, [finding(3)]], [1, []]] as [number, Finding[]][] };
    sent.reports(reports);
    sent.done(listing(0), (_file, line) => line);
    const again = sent.reports({ program: [], entries: [[0, [finding(3)]], [1, [finding(12)]]] });
    assert.deepEqual(again.kept, [0]);
    assert.deepEqual(again.entries, [[1, [finding(12)]]]);
    // Two lines added at line 20: the thirty lines below it are named where they were.
    const [moved] = sent.done(listing(2), (_file, line) => (line >= 22 ? line - 2 : line));
    assert.ok(moved && 'from' in moved);
    assert.deepEqual(moved.values, []);
    assert.deepEqual([...moved.from], Array.from({ length: 50 }, (_, i) => i));
  });

  test('a file whose listing has the same facts as the last is named unchanged, and the mirror keeps its values', () => {
    const sent = new SentReplies();
    const mirror = new WorkerMirror();
    const facts = Array.from({ length: 30 }, (_, i) => ({ file: FILE, line: i * 2, values: values(i) }));
    const other = [{ file: OTHER, line: 4, values: values(7) }];
    const first = mirror.done(structuredClone(sent.done([[FILE, facts], [OTHER, other]], (_file, line) => line)));
    // The collector lists the same fact objects again (in a new array) while no line of the file changed.
    const again = sent.done([[FILE, [...facts]], [OTHER, [{ ...other[0] as LineRegisterFacts }]]], (_file, line) => line);
    assert.deepEqual(again[0], { file: FILE, unchanged: true });
    assert.ok(again[1] && 'from' in again[1], 'facts made anew are compared line by line');
    const second = mirror.done(structuredClone(again));
    assert.equal(second.get(FILE), first.get(FILE));
    assert.deepEqual(second.get(OTHER), first.get(OTHER));
    // One fact of another object, or one fact fewer, is no longer the same listing.
    const changed = facts.map((fact, i) => (i === 10 ? { ...fact, values: values(99) } : fact));
    for (const listing of [changed, facts.slice(1)]) {
      const reply = sent.done([[FILE, listing]], (_file, line) => line);
      assert.ok(reply[0] && 'from' in reply[0]);
      assert.deepEqual(mirror.done(structuredClone(reply)).get(FILE), new Map(listing.map((f) => [f.line, f.values])));
    }
  });

  test('lines below an edit are guessed where its changes moved them from', () => {
    const at = (line: number, character = 0): { line: number; character: number } => ({ line, character });
    const moved = previousLines([
      { range: { start: at(10), end: at(10) }, text: 'a\nb\n' },
      { range: { start: at(30), end: at(33) }, text: '' },
      { range: { start: at(5, 2), end: at(5, 4) }, text: 'x' },
    ]);
    assert.deepEqual([4, 9, 12, 29, 30, 40].map(moved), [4, 9, 10, 27, 31, 41]);
    assert.equal(previousLines([{ text: 'all new' }])(17), 17);
  });
});
