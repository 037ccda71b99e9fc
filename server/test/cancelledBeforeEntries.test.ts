import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache } from '../src/analysis/entryCache.js';
import { RunFindings } from '../src/analysis/runFindings.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { twoProcedures } from './support/twoProcedures.js';

// A superseded job stops as soon as it asks: besides before each entry
// point's run, once the tree is copied, once a VxD file is lowered and
// before each entry's key. A large file's lowering and keys take a second
// before the first entry's run, which a stale job spent for nothing. Here a
// job is cancelled while its lowering reads an include (the lowering itself
// does not ask), as an edit arrives in the middle of it.

const parsers = Parsers.create();

/** Findings whose reports go into the run's log; `program` only where the lowering or the keys make them. */
class LoggedFindings extends RunFindings {
  constructor(private readonly log: string[]) {
    super();
  }

  override analysing(): void {
    this.log.push('analysing');
    super.analysing();
  }

  override entry(...args: Parameters<RunFindings['entry']>): void {
    this.log.push('entry');
    super.entry(...args);
  }

  override analysed(): void {
    this.log.push('analysed');
    super.analysed();
  }
}

/** When a run is cancelled: never, once its lowering reads the include, or before it begins. */
type Cancel = 'never' | 'reading' | 'before';

/** A document's runs as the analysis worker makes them (one cache and one set of syntax trees); `read`: whether the lowering read `included`. */
async function document(languageId: LanguageId, file: string, included: string, includedText: string): Promise<(text: string, cancel: Cancel) => Promise<{ log: string[]; codes: string[]; read: boolean }>> {
  const cache = new EntryCache();
  const syntaxTrees = new SyntaxTrees();
  return async (text, cancel) => {
    const log: string[] = [];
    let read = false;
    cache.begin();
    const found = new LoggedFindings(log);
    const tree = await (await parsers).parse(languageId, text);
    try {
      await reportFindings(tree, {
        languageId, text, file, cache, syntaxTrees, settings: DEFAULT_SETTINGS,
        readFile: (path) => {
          if (!path.endsWith(included)) return undefined;
          read = true;
          return includedText;
        },
        cancelled: () => cancel === 'before' || (cancel === 'reading' && read),
      }, found);
    } finally {
      tree.delete();
    }
    return { log, codes: found.settled(file, DEFAULT_SETTINGS).map((f) => `${f.code} ${f.range.start.line}`), read };
  };
}

/** Two procedures, the second a page leak (PW210), and an include the lowering reads. */
const vxd = twoProcedures(2)
  .replace('include vmm.inc', 'include vmm.inc\n        include mine.inc')
  .replace('        mov     eax, 2\n', '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>\n        shr     eax, 12\n');

const objAsm = [
  '        GET     Mine',
  '        AREA    |A$$Code|, CODE, READONLY, PIC',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base',
  '        DCD     Title - Module_Base',
  '        DCD     0',
  'Title   =       "Abt", 0',
  '        ALIGN',
  'Init    MOV     r0, #Answer',
  '        MOV     pc, r14',
  '        END',
  '',
].join('\n');

describe('a job cancelled before its entry points run', () => {
  test('a VxD job cancelled while it lowers reports no entry point, reused or analysed, and the next finds what an uncancelled one does', async () => {
    const run = await document('vxd-masm', '/tmp/cancelled-vxd.asm', 'mine.inc', 'MINE EQU 1\n');
    const cancelledFirst = await run(vxd, 'reading');
    assert.deepEqual(cancelledFirst, { log: [], codes: [], read: true }, 'nothing said of the entries, not even that they are being analysed');
    const complete = await run(vxd, 'never');
    assert.deepEqual(complete.log.filter((e) => e !== 'entry'), ['analysing', 'analysed']);
    assert.ok(complete.codes.includes('PW210 11'), complete.codes.join(', '));
    // Every entry's result is kept now: a job that only reuses them asks nowhere else.
    const cancelledReuse = await run(vxd, 'reading');
    assert.deepEqual(cancelledReuse, { log: [], codes: [], read: true }, 'no reused entry reported');
    assert.deepEqual(await run(vxd, 'never'), { log: ['entry', 'entry', 'analysed'], codes: complete.codes, read: true });
  });

  test('an ObjAsm job cancelled while it lowers stops before its keys and its entry points', async () => {
    const run = await document('riscos-objasm', '/tmp/cancelled/s/Module', 'Mine', 'Answer * 42\n        END\n');
    // A first job's batch of what is known before the keys goes out as they begin (ObjAsm's lowering asks nowhere).
    assert.deepEqual((await run(objAsm, 'reading')).log, ['analysing']);
    const complete = await run(objAsm, 'never');
    assert.ok(complete.log.includes('entry') && complete.log.at(-1) === 'analysed', complete.log.join(', '));
    assert.deepEqual((await run(objAsm, 'reading')).log, []);
    assert.deepEqual((await run(objAsm, 'never')).codes, complete.codes);
  });

  test('a job cancelled once its tree is copied does not lower it', async () => {
    const run = await document('vxd-masm', '/tmp/cancelled-early.asm', 'mine.inc', 'MINE EQU 1\n');
    assert.deepEqual(await run(vxd, 'before'), { log: [], codes: [], read: false });
    assert.ok((await run(vxd, 'never')).codes.includes('PW210 11'));
  });
});
