import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';
import { checkJson } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// While a document's analysis runs, the server publishes what it knows so
// far: the syntax errors of an opened document once it is parsed, the
// syntax and name findings and the findings of entry points it reuses at
// once, then the entry points as they are done. Each publication
// of a version is part of the next, the last is the whole, and nothing of a
// superseded or closed document's analysis comes after.

const sample = readFileSync(join(repoRoot, 'examples', 'vxd', 'DMABUF.ASM'), 'utf8').split('\n');
const CODE = sample.findIndex((line) => line.startsWith('BeginProc'));
const CODE_END = sample.indexOf('VxD_LOCKED_CODE_ENDS');

/** DMABUF.ASM's procedures (a typo, three paging bugs) repeated `n` times, renamed apart. */
function procedures(n: number): string[] {
  const body = sample.slice(CODE, CODE_END);
  return Array.from({ length: n }, (_, i) => body.map((line) => line.replace(/\b(DMABUF_\w+|Alloc_Fail|Lock_Next)\b/g, `$1_${i}`))).flat();
}

/** DMABUF.ASM with its procedures repeated `n` times. */
function copies(n: number): string {
  return [...sample.slice(0, CODE), ...procedures(n), ...sample.slice(CODE_END)].join('\n');
}

const shown = (d: Diagnostic): string => JSON.stringify([d.code, d.range, d.message, d.severity]);

/** Each publication of a version has every diagnostic the one before it had. */
function assertGrowing(publications: readonly PublishDiagnosticsParams[]): void {
  publications.forEach((publication, i) => {
    const before = publications[i - 1];
    if (before === undefined || before.version !== publication.version) return;
    const now = new Set(publication.diagnostics.map(shown));
    const lost = before.diagnostics.map(shown).filter((d) => !now.has(d));
    assert.deepEqual(lost, [], `publication ${i} of version ${publication.version} drops what publication ${i - 1} showed`);
  });
}

/** Versions never go back. */
function assertInOrder(publications: readonly PublishDiagnosticsParams[]): void {
  const versions = publications.map((p) => p.version ?? Infinity);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'a publication of an older version came after a newer one');
}

describe('progressive publication of diagnostics', { timeout: 300_000 }, () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = tempDir('pagewarden-progress-');
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('an opened file\'s diagnostics grow from its syntax findings to what pagewarden check finds', async () => {
    const file = join(folder, 'opened.asm');
    const text = copies(8);
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const complete = await client.open(uri, 'vxd-masm', text);
    const publications = client.publications(uri);
    assert.ok(publications.length >= 2, 'parts come before the whole');
    assert.ok(publications.every((p) => p.version === 1));
    assertGrowing(publications);
    assert.deepEqual(publications.at(-1), complete);
    // The first has the typos, which the tree alone shows; the first with more has what is known before the
    // analyses, the procedures they keep from being analysed (with the typos when the server read both batches at once).
    const first = publications[0]?.diagnostics ?? [];
    assert.equal(first.filter((d) => d.code === 'PW100').length, 8);
    const known = publications.find((p) => p.diagnostics.some((d) => d.code !== 'PW100'))?.diagnostics ?? [];
    assert.equal(known.filter((d) => d.code === 'PW900').length, 8);
    assert.ok(first.length < complete.diagnostics.length);
    const checked = await checkJson([file]);
    assert.deepEqual(
      complete.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`).sort(),
      checked.map((f) => `${f.line} ${f.code} ${f.message}`).sort(),
    );
    assert.ok(checked.some((f) => f.code.startsWith('PW2')));
  });

  test('after an edit the findings of the entry points it leaves alone come at once, before the edited one\'s', async () => {
    const uri = pathToFileURL(join(folder, 'edited.asm')).href;
    const text = copies(8);
    await client.open(uri, 'vxd-masm', text);
    const lines = text.split('\n');
    const proc = lines.indexOf('BeginProc DMABUF_Alloc_7');
    const end = lines.indexOf('EndProc DMABUF_Alloc_7');
    const line = lines.findIndex((l, i) => i > proc && l.includes('0Fh'));
    const character = (lines[line] ?? '').indexOf('0Fh');
    const seen = client.publications(uri).length;
    const complete = client.nextDiagnostics(uri);
    await client.edit(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + 3 } }, text: '07h' }]);
    const final = await complete;
    const publications = client.publications(uri).slice(seen);
    assert.ok(publications.every((p) => p.version === 2));
    assertGrowing(publications);
    const outside = final.diagnostics.filter((d) => d.range.start.line < proc || d.range.start.line > end).map(shown);
    const first = new Set(publications[0]?.diagnostics.map(shown));
    assert.deepEqual(outside.filter((d) => !first.has(d)), []);
    assert.ok(outside.some((d) => d.includes('PW2')));
  });

  test('an edit during an analysis stops its publications; the new text\'s end as a fresh analysis of it does', async () => {
    const uri = 'file:///work/superseded.asm';
    const firstPart = client.nextPublication(uri);
    void client.open(uri, 'vxd-masm', copies(8));
    await firstPart;
    const complete = client.nextDiagnostics(uri);
    await client.change(uri, 2, copies(2));
    const final = await complete;
    assert.equal(final.version, 2);
    const publications = client.publications(uri);
    assertInOrder(publications);
    assertGrowing(publications);
    const fresh = await client.open('file:///work/fresh.asm', 'vxd-masm', copies(2));
    assert.deepEqual(final.diagnostics.map(shown), fresh.diagnostics.map(shown));
  });

  test('a document closed during its analysis gets nothing after its empty diagnostics', async () => {
    const uri = 'file:///work/closed.asm';
    const firstPart = client.nextPublication(uri);
    void client.open(uri, 'vxd-masm', copies(8));
    await firstPart;
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
    // Everything the server sent arrives before it exits.
    await client.shutdown();
    const publications = client.publications(uri);
    assert.deepEqual(publications.at(-1), { uri, diagnostics: [] });
    assert.equal(publications.filter((p) => p.version === undefined).length, 1);
  });
});

describe('progressive publication on an open include file', { timeout: 300_000 }, () => {
  // dma.asm holds DMABUF.ASM's declarations and includes its procedures, eight times over, from procs.inc.
  const folder = tempDir('pagewarden-progress-fragment-');
  const root = join(folder, 'dma.asm');
  const ROOT = [...sample.slice(0, CODE), '        include procs.inc', ...sample.slice(CODE_END)].join('\n');
  const FRAGMENT = `${procedures(8).join('\n')}\n`;
  writeFileSync(root, ROOT);
  writeFileSync(join(folder, 'procs.inc'), FRAGMENT);
  const fragment = pathToFileURL(join(folder, 'procs.inc')).href;
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(folder).href]);
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('grows, while its closed includer\'s analysis runs, to what pagewarden check of both files finds in it', async () => {
    const complete = await client.open(fragment, 'vxd-masm', FRAGMENT);
    const publications = client.publications(fragment);
    assert.ok(publications.length >= 2, 'parts come before the whole');
    assert.ok(publications.every((p) => p.version === 1));
    assertGrowing(publications);
    assert.deepEqual(publications.at(-1), complete);
    assert.ok((publications[0]?.diagnostics.length ?? 0) < complete.diagnostics.length);
    const checked = (await checkJson([root, join(folder, 'procs.inc')])).filter((f) => f.file.endsWith('procs.inc'));
    assert.ok(checked.some((f) => f.code.startsWith('PW2')));
    assert.deepEqual(
      complete.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`).sort(),
      checked.map((f) => `${f.line} ${f.code} ${f.message}`).sort(),
    );
  });

  test('keeps its complete diagnostics while its includer, opened and edited, is analysed again', async () => {
    const includer = pathToFileURL(root).href;
    const complete = client.publications(fragment).at(-1);
    const seen = client.publications(fragment).length;
    const opened = client.nextDiagnostics(fragment);
    await client.open(includer, 'vxd-masm', ROOT);
    await opened;
    const edited = client.nextDiagnostics(fragment);
    await client.change(includer, 2, ROOT.replace('DMA_PAGES       EQU     16', 'DMA_PAGES       EQU     8'));
    await edited;
    const later = client.publications(fragment).slice(seen);
    assert.ok(later.length >= 2);
    for (const publication of later) assert.deepEqual(publication.diagnostics.map(shown), complete?.diagnostics.map(shown));
  });

  test('after its own edit, grows from the findings of the entry points the edit leaves alone', async () => {
    const lines = FRAGMENT.split('\n');
    const proc = lines.indexOf('BeginProc DMABUF_Alloc_7');
    const end = lines.indexOf('EndProc DMABUF_Alloc_7');
    const line = lines.findIndex((l, i) => i > proc && l.includes('0Fh'));
    const character = (lines[line] ?? '').indexOf('0Fh');
    const seen = client.publications(fragment).length;
    const complete = client.nextDiagnostics(fragment);
    await client.edit(fragment, 2, [{ range: { start: { line, character }, end: { line, character: character + 3 } }, text: '07h' }]);
    const final = await complete;
    // Whether a part goes before the whole depends on how soon the server reads the worker's first batch, so only
    // what the first publication holds is asserted, as for a root's edit above.
    const publications = client.publications(fragment).slice(seen);
    assert.ok(publications.every((p) => p.version === 2));
    assertGrowing(publications);
    const outside = final.diagnostics.filter((d) => d.range.start.line < proc || d.range.start.line > end).map(shown);
    const first = new Set(publications[0]?.diagnostics.map(shown));
    assert.deepEqual(outside.filter((d) => !first.has(d)), []);
    assert.ok(outside.some((d) => d.includes('PW2')));
    assert.ok(final.diagnostics.some((d) => d.range.start.line > proc && d.range.start.line < end && String(d.code).startsWith('PW2')));
  });

  test('gets nothing after its complete diagnostics', async () => {
    const last = client.publications(fragment).at(-1);
    await client.shutdown();
    assert.deepEqual(client.publications(fragment).at(-1), last);
  });
});

describe('an includer\'s analysis stopped for an open fragment', { timeout: 300_000 }, () => {
  // size.inc's first procedure passes SIZE_FLAGS where _PageGetSizeAddr wants 0: dma.asm on disk makes it 1, a PW201.
  const folder = tempDir('pagewarden-stopped-');
  const ROOT = [...sample.slice(0, CODE), 'SIZE_FLAGS equ 1', '        include size.inc', ...sample.slice(CODE_END)].join('\n');
  const SIZE_IT = ['BeginProc Size_It', '        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS>', '        ret', 'EndProc Size_It'];
  // Enough procedures after Size_It that the analysis is still running, on a loaded machine, when the test asks
  // after the batch with Size_It's PW201: with 16, a warm worker finished the rest within 40 ms and CI lost the race.
  const FRAGMENT = `${[...SIZE_IT, ...procedures(256)].join('\n')}\n`;
  writeFileSync(join(folder, 'dma.asm'), ROOT);
  writeFileSync(join(folder, 'size.inc'), FRAGMENT);
  const root = pathToFileURL(join(folder, 'dma.asm')).href;
  const fragment = pathToFileURL(join(folder, 'size.inc')).href;
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(folder).href]);
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  /** Opens the fragment and resolves once a part of its includer's analysis has shown the PW201 at line 1, while that analysis goes on. */
  const openUntilPW201 = async (): Promise<void> => {
    const seen = client.publications(fragment).length;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fragment, languageId: 'vxd-masm', version: 1, text: FRAGMENT } });
    for (;;) {
      const found = client.publications(fragment).slice(seen).find((p) => p.diagnostics.some((d) => d.code === 'PW201' && d.range.start.line === 1));
      if (found) break;
      await client.nextPublication(fragment);
    }
    assert.equal(await client.request('pagewarden/analysisStatistics', { uri: fragment }), null, 'the analysis goes on');
  };

  test('opened meanwhile with other text, the includer\'s analysis from disk gives the fragment nothing more', async () => {
    await openUntilPW201();
    const complete = client.nextDiagnostics(fragment);
    await client.open(root, 'vxd-masm', ROOT.replace('SIZE_FLAGS equ 1', 'SIZE_FLAGS equ 0'));
    const final = await complete;
    assert.ok(final.diagnostics.some((d) => String(d.code).startsWith('PW2')));
    assert.ok(!final.diagnostics.some((d) => d.code === 'PW201' && d.range.start.line === 1), 'SIZE_FLAGS is 0 in the open includer');
    const cleared = client.nextDiagnostics(root);
    await client.close(root);
    await cleared;
  });

  test('a fragment closed during its includer\'s analysis gets nothing after its empty diagnostics', async () => {
    const closing = client.nextDiagnostics(fragment);
    await client.close(fragment);
    await closing;
    await openUntilPW201();
    const cleared = client.nextDiagnostics(fragment);
    await client.close(fragment);
    assert.deepEqual((await cleared).diagnostics, []);
    // Another document's analysis, in the same worker, ends after the stopped one has reported.
    await client.open('file:///work/other.asm', 'vxd-masm', copies(1));
    await client.shutdown();
    assert.deepEqual(client.publications(fragment).at(-1), { uri: fragment, diagnostics: [] });
  });
});

describe('publications that repeat the last', { timeout: 300_000 }, () => {
  // The worker sends a running analysis's findings in batches by wall time: a document whose procedures find
  // nothing has every batch empty, and on a loaded machine many of them. A part that shows what the last
  // publication of its version showed is left out; the first of a version, and the complete one, never are.
  const folder = tempDir('pagewarden-repeats-');
  const clean = (i: number): string[] => [`BeginProc Clean_${i}`, '        mov eax, CLEAN_COUNT', `        add eax, ${i}`, '        ret', `EndProc Clean_${i}`];
  const TEXT = ['.386p', 'include vmm.inc', 'include clean.inc', ...Array.from({ length: 600 }, (_, i) => clean(i)).flat(), ''].join('\n');
  writeFileSync(join(folder, 'clean.inc'), 'CLEAN_COUNT equ 4\n');
  writeFileSync(join(folder, 'clean.asm'), TEXT);
  const uri = pathToFileURL(join(folder, 'clean.asm')).href;
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(folder).href]);
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  /** The publications since the first `seen`, as `version: diagnostics`. */
  const since = (seen: number): string[] => client.publications(uri).slice(seen).map((p) => `${p.version}: ${JSON.stringify(p.diagnostics)}`);

  test('an opened document whose analysis finds nothing gets at most one part before the whole', async () => {
    const complete = await client.open(uri, 'vxd-masm', TEXT);
    assert.deepEqual(complete, { uri, version: 1, diagnostics: [] });
    const publications = since(0);
    assert.ok(publications.length <= 2, publications.join('\n'));
    assert.ok(publications.every((p) => p === '1: []'), publications.join('\n'));
  });

  test('a new version gets its publications though they show what the last version\'s did', async () => {
    const seen = client.publications(uri).length;
    const complete = client.nextDiagnostics(uri);
    await client.change(uri, 2, `; clean\n${TEXT}`);
    assert.deepEqual(await complete, { uri, version: 2, diagnostics: [] });
    const publications = since(seen);
    assert.ok(publications.length >= 1 && publications.length <= 2, publications.join('\n'));
    assert.ok(publications.every((p) => p === '2: []'), publications.join('\n'));
  });

  test('analysed again at the same version, as an include changed on disk, it gets the complete publication alone', async () => {
    const seen = client.publications(uri).length;
    const complete = client.nextDiagnostics(uri);
    // Every procedure reads the value, so each is analysed again, and finds nothing again.
    writeFileSync(join(folder, 'clean.inc'), 'CLEAN_COUNT equ 5\n');
    await client.filesChanged([{ uri: pathToFileURL(join(folder, 'clean.inc')).href, type: 2 }]);
    assert.deepEqual(await complete, { uri, version: 2, diagnostics: [] });
    assert.deepEqual(since(seen), ['2: []']);
    assert.equal((await client.request<{ version: number } | null>('pagewarden/analysisStatistics', { uri }))?.version, 2);
  });
});
