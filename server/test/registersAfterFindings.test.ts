import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { AddressNames, LineRegisterFacts, RegisterValue, StepObserver } from '../../emulator/src/index.js';
import { reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache } from '../src/analysis/entryCache.js';
import { RegisterCollector, type LineValues } from '../src/analysis/registerCollector.js';
import { RunFindings } from '../src/analysis/runFindings.js';
import { RegisterValues } from '../src/features/hover/registerValues.js';
import { Parsers } from '../src/parsing/parsers.js';
import { BatchingWorker } from './support/workerBatches.js';
import { twoProcedures } from './support/twoProcedures.js';

// Recording the register values hover shows costs about a fifth of an
// analysis. A document's first run (every entry point to analyse) sends all
// its findings first and then runs its entries again to record them; a later
// run records as it analyses. The values are the same either way, and a run
// stopped while it records leaves them to the next.

const FILE = '/tmp/registers-after-findings.asm';

/** A collector whose recorders and added entries go into the run's log. */
class LoggedCollector extends RegisterCollector {
  constructor(private readonly log: string[]) {
    super('vxd-masm');
  }

  override recorder(dataNames: AddressNames): { readonly observe: StepObserver; summary(): LineRegisterFacts[] } {
    this.log.push('recorder');
    return super.recorder(dataNames);
  }

  override add(facts: readonly LineRegisterFacts[]): void {
    this.log.push('add');
    super.add(facts);
  }
}

/** Findings whose entries and last batch go into the run's log. */
class LoggedFindings extends RunFindings {
  constructor(private readonly log: string[]) {
    super();
  }

  override entry(...args: Parameters<RunFindings['entry']>): void {
    this.log.push('entry');
    super.entry(...args);
  }

  override analysed(): void {
    this.log.push('analysed');
  }
}

function linesOf(lines: LineValues): [number, readonly RegisterValue[]][] {
  const out: [number, readonly RegisterValue[]][] = [];
  lines.forEach((values, line) => out.push([line, values]));
  return out.sort(([a], [b]) => a - b);
}

/** A document's runs, as the analysis worker makes them: one cache and one collector throughout. */
async function document(): Promise<{
  run(text: string, cancelled?: (log: readonly string[]) => boolean, waiting?: () => boolean): Promise<string[]>;
  readonly registers: RegisterCollector;
}> {
  const parsers = await Parsers.create();
  const log: string[] = [];
  const cache = new EntryCache();
  const registers = new LoggedCollector(log);
  const run = async (text: string, cancelled: (log: readonly string[]) => boolean = () => false, waiting = (): boolean => false): Promise<string[]> => {
    log.length = 0;
    cache.begin();
    registers.begin();
    const tree = await parsers.parse('vxd-masm', text);
    try {
      await reportFindings(tree, {
        languageId: 'vxd-masm', text, file: FILE, cache, registers, readFile: () => undefined, cancelled: () => cancelled(log), waiting,
      }, new LoggedFindings(log));
    } finally {
      tree.delete();
    }
    return [...log];
  };
  return { run, registers };
}

/** The register values of `text` recorded as each entry is analysed (no cache: nothing put off). */
async function recordedInline(text: string): Promise<[number, readonly RegisterValue[]][]> {
  const parsers = await Parsers.create();
  const registers = new RegisterCollector('vxd-masm');
  registers.begin();
  const tree = await parsers.parse('vxd-masm', text);
  try {
    await reportFindings(tree, { languageId: 'vxd-masm', text, file: FILE, registers, readFile: () => undefined }, new RunFindings());
  } finally {
    tree.delete();
  }
  return linesOf(registers.of(FILE).lines);
}

const count = (log: readonly string[], event: string): number => log.filter((e) => e === event).length;

describe('register values recorded after the findings', () => {
  test('a first run records them once every finding is sent, a later run as it analyses, with the values recorded as each entry is analysed', async () => {
    const { run, registers } = await document();
    const first = await run(twoProcedures(2));
    assert.ok(first.indexOf('analysed') < first.indexOf('recorder'), first.join(', '));
    assert.equal(count(first, 'recorder'), 2, first.join(', '));
    assert.equal(count(first, 'add'), 2);
    assert.deepEqual(linesOf(registers.of(FILE).lines), await recordedInline(twoProcedures(2)));
    assert.ok(registers.of(FILE).lines.get(5)?.some((v) => v.register === 'EAX' && v.value === '1'), 'a value is there to compare');

    const second = await run(twoProcedures(3));
    assert.deepEqual(second.filter((e) => e === 'recorder' || e === 'analysed'), ['recorder', 'analysed'], 'the changed entry is recorded as it is analysed');
    assert.deepEqual(linesOf(registers.of(FILE).lines), await recordedInline(twoProcedures(3)));
  });

  test('a run stopped while it records adds no values, and the next records the entries it left without them', async () => {
    const { run, registers } = await document();
    const stopped = await run(twoProcedures(2), (log) => log.includes('analysed'));
    assert.equal(count(stopped, 'entry'), 2, 'every finding went out');
    assert.deepEqual([count(stopped, 'recorder'), count(stopped, 'add')], [0, 0], stopped.join(', '));

    const next = await run(twoProcedures(2));
    assert.ok(next.indexOf('analysed') < next.indexOf('recorder'), next.join(', '));
    assert.deepEqual([count(next, 'recorder'), count(next, 'add')], [2, 2], next.join(', '));
    assert.deepEqual(linesOf(registers.of(FILE).lines), await recordedInline(twoProcedures(2)));
  });

  test('a request waiting for the thread stops an entry\'s recording in the middle of its run, which begins again after it', async () => {
    const { run, registers } = await document();
    // A request comes at the third step of the first entry's recording (the analyses do not ask).
    let steps = 0;
    const log = await run(twoProcedures(2), () => false, () => ++steps === 3);
    assert.deepEqual([count(log, 'recorder'), count(log, 'add')], [3, 2], log.join(', '));
    assert.ok(steps > 3, 'the entry was run again');
    assert.deepEqual(linesOf(registers.of(FILE).lines), await recordedInline(twoProcedures(2)));
  });
});

describe('an analysis worker\'s first job on a document', { timeout: 120_000 }, () => {
  const worker = new BatchingWorker('vxd-masm', (document) => `/tmp/${document}.asm`);
  after(() => worker.terminate());

  test('sends every entry point\'s findings in its \'analysed\' reply, then is done with the register values', async () => {
    const { kinds, batches, done } = await worker.job('first', { text: twoProcedures(2) });
    assert.deepEqual(kinds.slice(-2), ['analysed', 'done']);
    assert.deepEqual(batches.flatMap((b) => b.entries.map(([index]) => index)).sort(), [0, 1]);
    assert.deepEqual([done.reports.program, done.reports.entries, done.reports.kept], [[], [], []]);
    assert.deepEqual(done.statistics, { analysed: 2, reused: 0 });
    const [registers] = done.registers ?? [];
    assert.ok(registers && 'values' in registers && registers.values.length > 0, JSON.stringify(done.registers));
  });
});

describe('hover waits for the values of the text it is on', () => {
  const LINES: LineValues = new Map([[3, [{ register: 'EAX', value: '1' }]]]);
  const URI = 'file:///doc.asm';
  /** Whether `promise` has settled once everything already due has run. */
  const settledYet = async (promise: Promise<unknown>): Promise<boolean> => {
    let settled = false;
    void promise.then(() => { settled = true; });
    await new Promise((resolve) => setImmediate(resolve));
    return settled;
  };

  test('while they are recorded, until they are set', async () => {
    const values = new RegisterValues();
    values.recording(URI, 1);
    const hover = values.at(URI, 1, 3);
    assert.equal(await settledYet(hover), false);
    assert.equal(await values.at(URI, 2, 3), undefined, 'another text waits for nothing');
    values.set(URI, 1, LINES);
    assert.deepEqual(await hover, LINES.get(3));
  });

  test('and no longer once the recording stopped, newer text is being recorded, or the document closed', async () => {
    const values = new RegisterValues();
    for (const end of [() => values.stopped(URI, 1), () => values.recording(URI, 2), () => values.forget(URI)]) {
      values.recording(URI, 1);
      const hover = values.at(URI, 1, 3);
      assert.equal(await settledYet(hover), false);
      end();
      assert.equal(await hover, undefined);
      values.forget(URI);
    }
  });

  test('a stop for an older text leaves the values of a newer one', async () => {
    const values = new RegisterValues();
    values.set(URI, 2, LINES);
    values.stopped(URI, 1);
    values.stopped(URI, 2);
    assert.deepEqual(await values.at(URI, 2, 3), LINES.get(3));
  });
});
