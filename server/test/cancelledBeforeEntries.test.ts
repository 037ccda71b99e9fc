import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache } from '../src/analysis/entryCache.js';
import { RunFindings } from '../src/analysis/runFindings.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';
import { twoProcedures } from './support/twoProcedures.js';

// A superseded job stops as soon as it asks: besides before each entry
// point's run, once the tree is copied, between the top-level statements
// its lowering lowers (a BBC BASIC lowering: before each pass and each statement it runs), once a VxD
// file is lowered and before each entry's key. A large file's lowering and
// keys take a second before the first entry's run, which a stale job spent
// for nothing. Here a job is cancelled while its lowering reads an include,
// as an edit arrives in the middle of it: the lowering does not go on to the
// include at the end of the file, and the next job, which replays what the
// stopped lowering and the one before it recorded, finds what a job never
// cancelled does.

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

/** When a run is cancelled: never, once its lowering reads the include, before it begins, or from the `n`th time it asks on. */
type Cancel = 'never' | 'reading' | 'before' | { readonly asked: number };

/**
 * A document's runs as the analysis worker makes them (one cache and one set of syntax trees); `read`: whether the
 * lowering read `included`, `readLast`: whether it read the include at the end of the file, `LAST`.
 */
async function document(languageId: LanguageId, file: string, included: string, includedText: string): Promise<(text: string, cancel: Cancel) => Promise<{ log: string[]; codes: string[]; read: boolean; readLast: boolean }>> {
  const cache = new EntryCache();
  const syntaxTrees = new SyntaxTrees();
  return async (text, cancel) => {
    const log: string[] = [];
    let read = false;
    let readLast = false;
    let asked = 0;
    cache.begin();
    const found = new LoggedFindings(log);
    const tree = await (await parsers).parse(languageId, text);
    try {
      await reportFindings(tree, {
        languageId, text, file, cache, syntaxTrees, settings: DEFAULT_SETTINGS,
        readFile: (path) => {
          if (path.endsWith(LAST)) {
            readLast = true;
            return LAST_TEXT[languageId];
          }
          if (!path.endsWith(included)) return undefined;
          read = true;
          return includedText;
        },
        cancelled: () => cancel === 'before' || (cancel === 'reading' && read) || (typeof cancel === 'object' && ++asked >= cancel.asked),
      }, found);
    } finally {
      tree.delete();
    }
    return { log, codes: found.settled(file, DEFAULT_SETTINGS).map((f) => `${f.code} ${f.range.start.line}`), read, readLast };
  };
}

/** The include at the end of each file, which a lowering stopped before it never reads. */
const LAST = 'last.inc';
const LAST_TEXT: Partial<Record<LanguageId, string>> = { 'vxd-masm': 'LAST EQU 1\n', 'riscos-objasm': 'Last * 1\n        END\n' };

/** Two procedures, the second a page leak (PW210), and includes the lowering reads, one before them and one after. */
const vxd = twoProcedures(2)
  .replace('include vmm.inc', 'include vmm.inc\n        include mine.inc')
  .replace('        mov     eax, 2\n', '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>\n        shr     eax, 12\n')
  .replace('        END\n', `        include ${LAST}\n        END\n`);

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
  `        GET     ${LAST}`,
  '        END',
  '',
].join('\n');

describe('a job cancelled before its entry points run', () => {
  test('a VxD job cancelled while it lowers reports no entry point, reused or analysed, and the next finds what an uncancelled one does', async () => {
    const run = await document('vxd-masm', '/tmp/cancelled-vxd.asm', 'mine.inc', 'MINE EQU 1\n');
    const cancelledFirst = await run(vxd, 'reading');
    assert.deepEqual(cancelledFirst, { log: [], codes: [], read: true, readLast: false }, 'nothing said of the entries, not even that they are being analysed; the lowering stopped');
    const complete = await run(vxd, 'never');
    assert.deepEqual(complete.log.filter((e) => e !== 'entry'), ['analysing', 'analysed']);
    assert.ok(complete.codes.includes('PW210 11'), complete.codes.join(', '));
    assert.ok(complete.readLast);
    // Every entry's result is kept now: a job that only reuses them asks nowhere else.
    const cancelledReuse = await run(vxd, 'reading');
    assert.deepEqual(cancelledReuse, { log: [], codes: [], read: true, readLast: false }, 'no reused entry reported');
    assert.deepEqual(await run(vxd, 'never'), { log: ['entry', 'entry', 'analysed'], codes: complete.codes, read: true, readLast: true });
    // What a lowering stopped part-way recorded, and what it did not reach, are replayed alike by the next: it finds what a fresh job does.
    const fresh = await document('vxd-masm', '/tmp/cancelled-vxd-fresh.asm', 'mine.inc', 'MINE EQU 1\n');
    const edited = vxd.replace('mov     eax, 1', 'mov     eax, 3');
    const expected = (await fresh(edited, 'never')).codes;
    assert.equal((await run(edited, 'reading')).readLast, false);
    assert.deepEqual((await run(edited, 'never')).codes, expected);
  });

  test('an ObjAsm job cancelled while it lowers stops before its keys and its entry points', async () => {
    const run = await document('riscos-objasm', '/tmp/cancelled/s/Module', 'Mine', 'Answer * 42\n        END\n');
    // The lowering stops at the statement after the GET: nothing is reported, not even a first job's batch of what is known before the keys.
    assert.deepEqual(await run(objAsm, 'reading'), { log: [], codes: [], read: true, readLast: false });
    const complete = await run(objAsm, 'never');
    assert.ok(complete.log.includes('entry') && complete.log.at(-1) === 'analysed', complete.log.join(', '));
    assert.ok(complete.readLast);
    // (A pass that resumes the last lowering's first asks every GET it made whether it finds the same file: `readLast` says nothing here.)
    const cancelledReuse = await run(objAsm, 'reading');
    assert.deepEqual({ log: cancelledReuse.log, codes: cancelledReuse.codes }, { log: [], codes: [] });
    assert.deepEqual((await run(objAsm, 'never')).codes, complete.codes);
    // Edited, stopped part-way, then run again: what a fresh job finds.
    const edited = objAsm.replace('MOV     r0, #Answer', 'MOV     r1, #Answer');
    const fresh = await document('riscos-objasm', '/tmp/cancelled-fresh/s/Module', 'Mine', 'Answer * 42\n        END\n');
    const expected = (await fresh(edited, 'never')).codes;
    assert.deepEqual((await run(edited, 'reading')).codes, []);
    assert.deepEqual((await run(edited, 'never')).codes, expected);
  });

  test('a BBC BASIC job cancelled as its lowering begins a pass stops there, before its keys and its entry points', async () => {
    const run = await document('riscos-bbcbasic', '/tmp/cancelled/MakeArea', 'none', '');
    const text = readFileSync(join(repoRoot, 'examples/riscos/bas/MakeArea,fd1'), 'latin1');
    // The job asks once before it lowers, then before each pass and each statement of one: cancelled at its first pass, it says nothing.
    assert.deepEqual(await run(text, { asked: 2 }), { log: [], codes: [], read: false, readLast: false });
    const complete = await run(text, 'never');
    assert.ok(complete.log.at(-1) === 'analysed' && complete.codes.includes('PW307 15'), complete.codes.join(', '));
    assert.deepEqual((await run(text, { asked: 3 })).log, [], 'cancelled at the first statement of its first pass');
    assert.deepEqual((await run(text, 'never')).codes, complete.codes);
  });

  test('a job cancelled once its tree is copied does not lower it', async () => {
    const run = await document('vxd-masm', '/tmp/cancelled-early.asm', 'mine.inc', 'MINE EQU 1\n');
    assert.deepEqual(await run(vxd, 'before'), { log: [], codes: [], read: false, readLast: false });
    assert.ok((await run(vxd, 'never')).codes.includes('PW210 11'));
  });
});
