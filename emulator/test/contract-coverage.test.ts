// The contract-test tables of emulator/README.md hold: every catalogue entry
// with full semantics has a row, and every file a row lists has a test
// whose title names the entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { allHandlerReasons, allServices, allSwis, findSwi } from '../src/catalogue/index.js';

const README = new URL('../README.md', import.meta.url);
const TESTS = new URL('./', import.meta.url);
/** SWIs the kernel model runs itself besides the reason-coded ones, or whose control flow it knows (swi.ts). */
const MODELLED_SWIS = ['OS_ChangeDynamicArea', 'OS_GenerateError', 'MessageTrans_ErrorLookup', 'OS_ReadMemMapInfo', 'OS_WriteS', 'OS_Exit', 'OS_ExitAndDie'];
/** The services the kernel issues to modules around a page swap (spec B.6.1). */
const PAGE_SERVICES = ['Service_PagesUnsafe', 'Service_PagesSafe'];

/** The rows of the README's contract-test tables: entry name → test files. */
function coverageRows(): Map<string, string[]> {
  const text = readFileSync(README, 'utf8');
  const section = text.slice(text.indexOf('## Contract tests'));
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^\| `([^`]+)` \|.*\| ([^|]*) \|$/.exec(line);
    if (m) rows.set(m[1] as string, (m[2] as string).split(',').map((f) => f.trim()).filter((f) => f !== ''));
  }
  return rows;
}

/** Test titles by file. */
function titles(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(TESTS).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(new URL(file, TESTS), 'utf8');
    out.set(file, [...source.matchAll(/\btest\(\s*(['`"])((?:\\.|(?!\1).)*)\1/g)].map((m) => (m[2] as string).replace(/\\'/g, '\'')));
  }
  return out;
}

/**
 * Whether a title names an entry: the name as a whole word, or for
 * `<SWI> <reason>` the SWI followed by a list of reasons that holds it
 * ("OS_DynamicArea 6, 7, 23 and 28").
 */
function names(title: string, entry: string): boolean {
  const reasonCoded = /^(\S+) (\d+)$/.exec(entry);
  if (reasonCoded) {
    const [, swi, reason] = reasonCoded;
    const lists = new RegExp(`${swi} ((?:\\d+(?:, | and | or |/))*\\d+)(?!\\d)`, 'g');
    return [...title.matchAll(lists)].some((m) => (m[1] as string).split(/, | and | or |\//).includes(reason as string));
  }
  return new RegExp(`(?<![A-Za-z0-9_])${entry}(?![A-Za-z0-9_])`).test(title);
}

test('a title names an entry as a whole word, or a reason within a list after its SWI', () => {
  assert.equal(names('_PageCommit inside one reservation', '_PageCommit'), true);
  assert.equal(names('_PageCommitPhys maps device pages', '_PageCommit'), false);
  assert.equal(names('OS_DynamicArea 6, 7, 23 and 28 have unknown effect', 'OS_DynamicArea 7'), true);
  assert.equal(names('OS_DynamicArea 6, 7, 23 and 28 have unknown effect', 'OS_DynamicArea 2'), false);
  assert.equal(names('OS_DynamicArea 20 returns R0 = 0', 'OS_DynamicArea 2'), false);
  assert.equal(names('OS_DynamicArea 1 removes an area; 2, 3 answer', 'OS_DynamicArea 3'), false);
});

test('every catalogue entry with full semantics has a row in the contract-test tables of emulator/README.md', () => {
  const rows = coverageRows();
  const dynamicArea = findSwi('OS_DynamicArea')?.swi.reasons ?? [];
  // Any other SWI's reasons with a register table, and SWIs with one of their own.
  const tabled = allSwis().flatMap((s) => (s.reasons ?? []).filter((r) => r.contract && s.name !== 'OS_DynamicArea').map((r) => `${s.name} ${r.code}`));
  const swis = allSwis().filter((s) => s.contract).map((s) => s.name);
  assert.ok(dynamicArea.length > 0 && tabled.some((n) => n.startsWith('OS_Memory ')) && swis.length > 0);
  const required = [...new Set([
    ...allServices().filter((s) => s.semantics).map((s) => s.name),
    ...dynamicArea.map((r) => `OS_DynamicArea ${r.code}`),
    ...tabled, ...swis,
    ...allHandlerReasons().map((r) => r.shortName),
    ...MODELLED_SWIS, ...PAGE_SERVICES,
  ])];
  assert.deepEqual(required.filter((name) => !rows.has(name)), []);
});

test('every test file a row of the contract-test tables lists exists and has a test named after the row\'s entry', () => {
  const rows = coverageRows();
  const byFile = titles();
  assert.ok(rows.size > 0, "no rows read");
  const missing: string[] = [];
  for (const [entry, files] of rows) {
    if (files.length === 0) missing.push(`${entry}: no test file`);
    for (const file of files) {
      const found = byFile.get(file);
      if (!found) missing.push(`${entry}: ${file} does not exist`);
      else if (!found.some((t) => names(t, entry))) missing.push(`${entry}: no test in ${file} names it`);
    }
  }
  assert.deepEqual(missing, []);
});
