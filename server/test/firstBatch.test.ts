import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache, type EntryResult } from '../src/analysis/entryCache.js';
import type { EntryKey } from '../src/analysis/entryKeys.js';
import type { FindingsSink } from '../src/analysis/runFindings.js';
import { Parsers } from '../src/parsing/parsers.js';

// What a run knows before it analyses an entry point goes out as its first
// batch. On a document's first run that is the syntax, names and lowering
// notes, sent before the entries' keys are made (nothing can be reused
// yet); on a later run it also holds the entries whose keys are unchanged.

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

/** A document's cache whose key look-ups go into the run's log. */
class LoggedCache extends EntryCache {
  constructor(private readonly log: string[]) {
    super();
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
    entry: (index) => log.push(`entry ${index}`),
    analysing: () => log.push('first batch'),
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
  const second = await run(source(3));
  const batch = second.indexOf('first batch');
  assert.deepEqual(second.slice(0, batch).filter((e) => e !== 'program'), ['reused', 'entry 0', 'looked up'], second.join(', '));
  assert.deepEqual(second.slice(batch + 1), ['looked up', 'entry 1'], 'the changed entry is analysed after the first batch');
});
