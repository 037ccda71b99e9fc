import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache, type EntryResult } from '../src/analysis/entryCache.js';
import { KeyMemory, type EntryKey } from '../src/analysis/entryKeys.js';
import type { FindingsSink } from '../src/analysis/runFindings.js';
import { Parsers } from '../src/parsing/parsers.js';

// What a run knows before it analyses an entry point goes out as its first
// batch. On a document's first run that is the syntax, names and lowering
// notes, sent before the entries' keys are made (nothing can be reused
// yet), and before the keys read the program's blocks; on a later run it
// also holds the entries whose keys are unchanged.

const procedure = (name: string, value: number): string => `BeginProc ${name}
        mov     eax, ${value}
        ret
EndProc ${name}
`;

const source = (second: number): string => `        .386p
        include vmm.inc
VxD_LOCKED_CODE_SEG
${procedure('First', 1)}
${procedure('Second', second)}
VxD_LOCKED_CODE_ENDS
        END
`;

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
    analysing: () => log.push('first batch'),
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
  const first = await run(source(2));
  assert.ok(first.indexOf('first batch') >= 0 && first.indexOf('first batch') < first.indexOf('looked up'), first.join(', '));
  assert.ok(first.indexOf('first batch') < first.indexOf('read a block'), `the keys read the program after the first batch: ${first.join(', ')}`);
  const second = await run(source(3));
  const batch = second.indexOf('first batch');
  assert.deepEqual(second.slice(0, batch).filter((e) => e !== 'program' && e !== 'certain' && e !== 'read a block'), ['reused', 'entry 0', 'looked up'], second.join(', '));
  assert.ok(second.indexOf('read a block') >= 0 && second.indexOf('read a block') < batch, 'a later run reads the blocks for the keys its first batch needs');
  assert.deepEqual(second.slice(batch + 1), ['looked up', 'entry 1'], 'the changed entry is analysed after the first batch');
});
