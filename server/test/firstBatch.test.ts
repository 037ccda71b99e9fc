import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache, type EntryResult } from '../src/analysis/entryCache.js';
import { KeyMemory, type EntryKey } from '../src/analysis/entryKeys.js';
import type { FindingsSink } from '../src/analysis/runFindings.js';
import { ChunkMemory } from '../src/lowering/masm/chunks.js';
import { lowerMasm } from '../src/lowering/masm/index.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { twoProcedures } from './support/twoProcedures.js';

// What a run knows before it analyses an entry point goes out as its first
// batch. On a document's first run that is the syntax, names and lowering
// notes, sent before the entries' keys are made (nothing can be reused
// yet), and before the keys read the program's blocks, or the MASM
// lowering keeps what only the next lowering reads; on a later run it also
// holds the entries whose keys are unchanged.

/** What the keys read of the program, block by block, into the run's log. */
class LoggedKeys extends KeyMemory {
  constructor(private readonly log: string[]) {
    super();
  }

  override reading(...args: Parameters<KeyMemory['reading']>): ReturnType<KeyMemory['reading']> {
    this.log.push('read a block');
    return super.reading(...args);
  }
}

/** A document's cache whose key look-ups and block readings go into the run's log. */
class LoggedCache extends EntryCache {
  override readonly keys: KeyMemory;

  constructor(private readonly log: string[]) {
    super();
    this.keys = new LoggedKeys(log);
  }

  override lookup(key: EntryKey, file: string): EntryResult | undefined {
    const found = super.lookup(key, file);
    this.log.push(found ? 'reused' : 'looked up');
    return found;
  }
}

function loggingSink(log: string[]): FindingsSink {
  return {
    program: () => log.push('program'),
    certain: () => log.push('certain'),
    entry: (index) => log.push(`entry ${index}`),
    suppressions: () => {},
    analysing: () => log.push('first batch'),
    analysed: () => log.push('last batch'),
    early: true,
  };
}

test('a first run sends its first batch before any key is looked up; a later run sends the entries it reuses in it', async () => {
  const parsers = await Parsers.create();
  const log: string[] = [];
  const cache = new LoggedCache(log);
  const run = async (text: string): Promise<string[]> => {
    log.length = 0;
    cache.begin();
    const tree = await parsers.parse('vxd-masm', text);
    try {
      await reportFindings(tree, { languageId: 'vxd-masm', text, file: '/tmp/first-batch.asm', cache, readFile: () => undefined }, loggingSink(log));
    } finally {
      tree.delete();
    }
    return [...log];
  };
  const first = await run(twoProcedures(2));
  assert.ok(first.indexOf('first batch') >= 0 && first.indexOf('first batch') < first.indexOf('looked up'), first.join(', '));
  assert.ok(first.indexOf('first batch') < first.indexOf('read a block'), `the keys read the program after the first batch: ${first.join(', ')}`);
  const second = await run(twoProcedures(3));
  const batch = second.indexOf('first batch');
  assert.deepEqual(second.slice(0, batch).filter((e) => e !== 'program' && e !== 'certain' && e !== 'read a block'), ['reused', 'entry 0', 'looked up'], second.join(', '));
  assert.ok(second.indexOf('read a block') >= 0 && second.indexOf('read a block') < batch, 'a later run reads the blocks for the keys its first batch needs');
  assert.deepEqual(second.slice(batch + 1), ['looked up', 'entry 1', 'last batch'], 'the changed entry is analysed after the first batch');
});

/** `twoProcedures(2)` with First reading LATER ahead of its definition: its second-pass recording is one the next lowering checks against the first pass. */
const readingAhead = (value: number): string =>
  twoProcedures(2).replace('mov     eax, 1', 'mov     eax, LATER').replace('        END', `LATER   EQU     ${value}\n        END`);

/** Logs each first-pass read the MASM lowering keeps for the next lowering. */
function logKeptReads(t: { mock: { method: typeof import('node:test').mock.method } }, log: string[]): void {
  const keep = ChunkMemory.prototype.keepFirstPassReads;
  t.mock.method(ChunkMemory.prototype, 'keepFirstPassReads', function (this: ChunkMemory, ...args: Parameters<ChunkMemory['keepFirstPassReads']>) {
    log.push('kept first-pass reads');
    keep.apply(this, args);
  });
}

test('a first run of a VxD document with kept trees sends its first batch before it keeps the first pass\'s reads for the next lowering', async (t) => {
  const parsers = await Parsers.create();
  const log: string[] = [];
  logKeptReads(t, log);
  const text = readingAhead(5);
  const tree = await parsers.parse('vxd-masm', text);
  try {
    const request = { languageId: 'vxd-masm', text, file: '/tmp/first-batch.asm', cache: new EntryCache(), syntaxTrees: new SyntaxTrees(), readFile: () => undefined } as const;
    await reportFindings(tree, request, loggingSink(log));
  } finally {
    tree.delete();
  }
  const batch = log.indexOf('first batch');
  assert.ok(batch >= 0 && log.includes('kept first-pass reads'), log.join(', '));
  assert.ok(batch < log.indexOf('kept first-pass reads'), `the first-pass reads were kept before the first batch: ${log.join(', ')}`);
});

test('a MASM lowering that nothing settled keeps the first pass\'s reads before the next lowering meets a statement', async (t) => {
  const parsers = await Parsers.create();
  const log: string[] = [];
  logKeptReads(t, log);
  const find = ChunkMemory.prototype.find;
  t.mock.method(ChunkMemory.prototype, 'find', function (this: ChunkMemory, ...args: Parameters<ChunkMemory['find']>) {
    log.push('met a statement');
    return find.apply(this, args);
  });
  const syntaxTrees = new SyntaxTrees();
  const lower = async (text: string): Promise<void> => {
    const tree = await parsers.parse('vxd-masm', text);
    try {
      lowerMasm(tree, text, { file: '/tmp/settled.asm', readFile: () => undefined, syntaxTrees });
    } finally {
      tree.delete();
    }
  };
  await lower(readingAhead(5));
  assert.ok(!log.includes('kept first-pass reads'), `kept as the open's lowering ended: ${log.join(', ')}`);
  log.length = 0;
  await lower(readingAhead(6));
  assert.equal(log[0], 'kept first-pass reads', log.join(', '));
});
