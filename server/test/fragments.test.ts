import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { RunHandlerResult } from '../src/run/protocol.js';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// A GET or include fragment open in the editor is analysed through the file
// that includes it, as the CLI does, and its findings are published on the
// fragment itself; a file nothing includes is analysed alone.

function tree(files: Record<string, string>): string {
  const root = tempDir('pagewarden-fragments-');
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

const codes = (d: PublishDiagnosticsParams): string[] => d.diagnostics.map((x) => `${String(x.code)} ${x.range.start.line}`).sort();

const dynCache = (name: string): string => readFileSync(join(repoRoot, 'examples/riscos/DynCache/s', name), 'utf8');
const HANDLER = dynCache('Handler');

// Read in DynCache's s.Module, the handler's code runs as the dynamic area's
// handler, reason by reason; alone it is a routine dispatching on an R0 no
// kernel bounds, where only the dispatch is wrong for certain.
const IN_CONTEXT = ['PW301 26', 'PW303 26', 'PW308 35', 'PW312 13'];
const ALONE = ['PW312 13'];

// s.Module creating its area without NeedsSpecificPages: the handler's page
// block is then a null pointer (PW307) instead of half filled in (PW301).
const MODULE = dynCache('Module');
const NO_SPECIFIC_PAGES = MODULE.replace('MOV     r4, #1 :SHL: 8', 'MOV     r4, #0');
const WITHOUT_GET = MODULE.replace('        GET     s.Handler\n', '');
const IN_CONTEXT_NO_SPECIFIC_PAGES = ['PW303 26', 'PW307 23', 'PW308 35', 'PW312 13'];

const DEFS = [
  '        .386p',
  '        include vmm.inc',
  'SIZE_FLAGS equ 1',
  '        include body.inc',
  '        END',
  '',
].join('\n');
const BODY = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Size_It',
  '        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS>',
  '        ret',
  'EndProc Size_It',
  'VxD_LOCKED_CODE_ENDS',
  '',
].join('\n');

describe('fragments in the editor', { timeout: 120_000 }, () => {
  const workspace = tree({ 's/Module': dynCache('Module'), 's/Handler': HANDLER, 'defs.asm': DEFS, 'body.inc': BODY });
  const alone = tree({ 's/Handler': HANDLER });
  const uri = (root: string, name: string): string => pathToFileURL(join(root, name)).href;
  let client: LspClient;
  let lonely: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(workspace).href]);
    lonely = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await lonely.initialize([pathToFileURL(alone).href]);
  });
  after(async () => {
    await client.shutdown();
    await lonely.shutdown();
  });

  test('a GET fragment opened alone shows the findings of its includer\'s analysis, at its own lines', async () => {
    const handler = uri(workspace, 's/Handler');
    const published = await client.open(handler, 'riscos-objasm', HANDLER);
    assert.deepEqual(codes(published), IN_CONTEXT);
    const preShrink = published.diagnostics.find((d) => d.code === 'PW308');
    assert.deepEqual(preShrink?.range.start, { line: 35, character: 8 });
    const replay = preShrink?.data as { entry?: string; uri?: string } | undefined;
    assert.equal(replay?.uri, uri(workspace, 's/Module'), 'replayed in the includer: the fragment alone is not the program that found it');
    assert.equal(replay.entry, 'DynHandler');
  });

  test('an edit in the fragment is analysed again in its includer, with the includer reading the edited text', async () => {
    const handler = uri(workspace, 's/Handler');
    const shifted = client.nextDiagnostics(handler);
    await client.edit(handler, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; moved down a line\n' }]);
    const moved = await shifted;
    assert.equal(moved.version, 2);
    assert.deepEqual(codes(moved), IN_CONTEXT.map((c) => c.replace(/\d+$/, (n) => String(Number(n) + 1))));
  });

  test('the includer, opened too, shows only its own findings, and reads the fragment as edited', async () => {
    const handler = uri(workspace, 's/Handler');
    const again = client.nextDiagnostics(handler);
    assert.deepEqual(codes(await client.open(uri(workspace, 's/Module'), 'riscos-objasm', dynCache('Module'))), ['PW311 52']);
    const republished = await again;
    assert.equal(republished.version, 2);
    assert.deepEqual(codes(republished), IN_CONTEXT.map((c) => c.replace(/\d+$/, (n) => String(Number(n) + 1))));
  });

  test('a MASM include with procedure code gets the includer\'s equates; alone it would have none', async () => {
    const body = uri(workspace, 'body.inc');
    assert.deepEqual(codes(await client.open(body, 'vxd-masm', BODY)), ['PW201 2']);
    const hover = await client.hover(body, { line: 3, character: 9 });
    const text = hover?.contents && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(text, /At this line \(from the symbolic run\): EAX = 0 or _PageGetSizeAddr's result \(EAX\), .*ECX = ECX destroyed by _PageGetSizeAddr/, 'register values from the includer\'s run');
    const fixed = client.nextDiagnostics(body);
    await client.change(body, 2, BODY.replace('SIZE_FLAGS', '0'));
    assert.deepEqual(codes(await fixed), []);
  });

  test('a suppression in the include\'s unsaved text silences the includer\'s finding there', async () => {
    const body = uri(workspace, 'body.inc');
    const kept = client.nextDiagnostics(body);
    await client.change(body, 3, BODY);
    assert.deepEqual(codes(await kept), ['PW201 2']);
    const silenced = client.nextDiagnostics(body);
    await client.change(body, 4, BODY.replace('        VMMcall', '; pagewarden-disable-next-line PW201 -- the flags are 0 in the build that ships\n        VMMcall'));
    assert.deepEqual(codes(await silenced), []);
  });

  test('a fragment nobody in the workspace includes is analysed alone, as before', async () => {
    assert.deepEqual(codes(await lonely.open(uri(alone, 's/Handler'), 'riscos-objasm', HANDLER)), ALONE);
  });
});

describe('a fragment opened in a large workspace', { timeout: 120_000 }, () => {
  // The fragment's analysis starts before the workspace is searched for its
  // includer, as if nothing included it; what that finds must never reach
  // the fragment, however long the search takes.
  const fillers = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`s/Filler${i}`, HANDLER.repeat(8)]));
  const workspace = tree({ 's/Module': MODULE, 's/Handler': HANDLER, ...fillers });
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(workspace).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('shows only findings of its includer\'s analysis, in every publication', async () => {
    const handler = pathToFileURL(join(workspace, 's/Handler')).href;
    assert.deepEqual(codes(await client.open(handler, 'riscos-objasm', HANDLER)), IN_CONTEXT);
    for (const publication of client.publications(handler)) {
      assert.deepEqual(codes(publication).filter((c) => !IN_CONTEXT.includes(c)), [], 'a finding of the fragment analysed alone was published');
    }
  });
});

describe('fragments whose includer changes', { timeout: 120_000 }, () => {
  const uri = (root: string, name: string): string => pathToFileURL(join(root, name)).href;
  let client: LspClient;
  let plain: LspClient;
  const edited = tree({ 's/Module': MODULE, 's/Handler': HANDLER });
  const onDisk = tree({ 's/Module': MODULE, 's/Handler': HANDLER });

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(onDisk).href], undefined, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    plain = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await plain.initialize([pathToFileURL(edited).href]);
  });
  after(async () => {
    await client.shutdown();
    await plain.shutdown();
  });

  test('the server watches the assembler sources on disk when the client can register a watcher, and only then', async () => {
    // A round trip: the registration, sent once initialized, arrives before this answer.
    await client.request('pagewarden/analysisStatistics', { uri: 'file:///none' });
    await plain.request('pagewarden/analysisStatistics', { uri: 'file:///none' });
    const watch = client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    const globs = (watch?.registerOptions as { watchers: { globPattern: string }[] } | undefined)?.watchers.map((w) => w.globPattern);
    assert.ok(globs?.includes('**/[sS]/*') && globs.includes('**/*.[aA][sS][mM]'), String(globs));
    assert.deepEqual(plain.registrations, []);
  });

  test('the server watches BBC BASIC files too, by extension, filetype and folder: an open one\'s file says whether it is Latin-1', async () => {
    const watch = client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    const globs = (watch?.registerOptions as { watchers: { globPattern: string }[] } | undefined)?.watchers.map((w) => w.globPattern) ?? [];
    for (const glob of ['**/*.[bB][aA][sS]', '**/*,[fF][dD]1', '**/[bB][aA][sS]/*']) assert.ok(globs.includes(glob), `${glob} not in ${String(globs)}`);
  });

  test('a fragment is analysed against its open includer\'s unsaved text, and again when that text changes', async () => {
    const handler = uri(edited, 's/Handler');
    const module = uri(edited, 's/Module');
    assert.deepEqual(codes(await plain.open(handler, 'riscos-objasm', HANDLER)), IN_CONTEXT);
    const unsaved = plain.nextDiagnostics(handler);
    assert.deepEqual(codes(await plain.open(module, 'riscos-objasm', NO_SPECIFIC_PAGES)), ['PW311 52']);
    assert.deepEqual(codes(await unsaved), IN_CONTEXT_NO_SPECIFIC_PAGES);
    const restored = plain.nextDiagnostics(handler);
    await plain.change(module, 2, MODULE);
    assert.deepEqual(codes(await restored), IN_CONTEXT);
  });

  test('an open includer that drops its GET leaves the fragment analysed alone; the GET back gives the context back', async () => {
    const handler = uri(edited, 's/Handler');
    const module = uri(edited, 's/Module');
    const alone = plain.nextDiagnostics(handler);
    await plain.change(module, 3, WITHOUT_GET);
    assert.deepEqual(codes(await alone), ALONE);
    const again = plain.nextDiagnostics(handler);
    await plain.change(module, 4, MODULE);
    assert.deepEqual(codes(await again), IN_CONTEXT);
  });

  test('an includer closed with unsaved changes leaves the fragment analysed against the file on disk', async () => {
    const handler = uri(edited, 's/Handler');
    const module = uri(edited, 's/Module');
    const unsaved = plain.nextDiagnostics(handler);
    await plain.change(module, 5, NO_SPECIFIC_PAGES);
    assert.deepEqual(codes(await unsaved), IN_CONTEXT_NO_SPECIFIC_PAGES);
    const fromDisk = plain.nextDiagnostics(handler);
    await plain.close(module);
    assert.deepEqual(codes(await fromDisk), IN_CONTEXT);
  });

  test('an includer changed, deleted and created on disk re-analyses the open fragment each time', async () => {
    const handler = uri(onDisk, 's/Handler');
    const module = join(onDisk, 's/Module');
    assert.deepEqual(codes(await client.open(handler, 'riscos-objasm', HANDLER)), IN_CONTEXT);

    const changed = client.nextDiagnostics(handler);
    writeFileSync(module, NO_SPECIFIC_PAGES);
    await client.filesChanged([{ uri: pathToFileURL(module).href, type: FileChangeType.Changed }]);
    assert.deepEqual(codes(await changed), IN_CONTEXT_NO_SPECIFIC_PAGES);

    const deleted = client.nextDiagnostics(handler);
    rmSync(module);
    await client.filesChanged([{ uri: pathToFileURL(module).href, type: FileChangeType.Deleted }]);
    assert.deepEqual(codes(await deleted), ALONE);

    const created = client.nextDiagnostics(handler);
    writeFileSync(module, MODULE);
    await client.filesChanged([{ uri: pathToFileURL(module).href, type: FileChangeType.Created }]);
    assert.deepEqual(codes(await created), IN_CONTEXT);
  });

  test('a fragment\'s finding replays in its closed includer, which reads the fragment as edited', async () => {
    const handler = uri(onDisk, 's/Handler');
    const shifted = client.nextDiagnostics(handler);
    await client.edit(handler, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; moved down a line\n' }]);
    const preShrink = (await shifted).diagnostics.find((d) => d.code === 'PW308');
    assert.equal(preShrink?.range.start.line, 36);
    const data = preShrink.data as { entry: string; witness: Record<string, string>; uri?: string };
    assert.equal(data.uri, uri(onDisk, 's/Module'));
    const result = await client.request<RunHandlerResult>('pagewarden/runHandler', { uri: data.uri, entry: data.entry, witness: data.witness });
    const reached = result.verdict.findings.find((f) => f.code === 'PW308');
    assert.equal(reached?.range.start.line, 36, JSON.stringify(result.verdict.findings));
    assert.equal(result.steps[reached.step ?? -1]?.file, join(onDisk, 's/Handler'));
  });
});

describe('fragments closed without saving', { timeout: 120_000 }, () => {
  // Closing an edited fragment without saving leaves the file on disk as it
  // was: the analyses that read the editor's text of it read the disk again.
  // Each wait below is for a publication whose findings only an analysis
  // after the step can make: the edited text gives a finding the disk's does
  // not, and the jobs before the edit are stopped unpublished.
  const USER = [
    '        .386p',
    '        include vmm.inc',
    '        include flags.inc',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Alloc_It',
    '        VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, BUF_FLAGS>',
    '        ret',
    'EndProc Alloc_It',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');
  const FLAGS = 'BUF_FLAGS       EQU     PAGEFIXED\n';
  const UNALIGNED = { range: { start: { line: 0, character: 24 }, end: { line: 0, character: 33 } }, text: 'PAGEUSEALIGN' };
  const RENAMED = { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 10 } }, text: 'DynHandlr' };
  // The procedure in an include of its own, which includes the flags: its root is not open.
  const MIDDLE = USER.split('\n').slice(2, 9).join('\n') + '\n';
  const workspace = tree({ 'user.asm': USER, 'flags.inc': FLAGS, 's/Module': MODULE, 's/Handler': HANDLER });
  const chain = tree({ 'top.asm': USER.replace('include flags.inc', 'include middle.inc'), 'middle.inc': MIDDLE, 'flags.inc': FLAGS });
  const uri = (name: string, root = workspace): string => pathToFileURL(join(root, name)).href;
  let client: LspClient;
  let chained: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(workspace).href]);
    chained = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await chained.initialize([pathToFileURL(chain).href]);
  });
  after(async () => {
    await client.shutdown();
    await chained.shutdown();
  });

  test('a MASM include closed unsaved: its open includer reads the file on disk again', async () => {
    const user = uri('user.asm');
    const flags = uri('flags.inc');
    assert.deepEqual(codes(await client.open(user, 'vxd-masm', USER)), []);
    const withInclude = client.nextDiagnostics(user);
    await client.open(flags, 'vxd-masm', FLAGS);
    assert.deepEqual(codes(await withInclude), []);
    const edited = client.nextDiagnostics(user);
    await client.edit(flags, 2, [UNALIGNED]);
    assert.deepEqual(codes(await edited), ['PW202 5']);
    const closed = client.nextDiagnostics(user);
    await client.close(flags);
    assert.deepEqual(codes(await closed), []);
  });

  test('an ObjAsm GET fragment closed unsaved: its open includer reads the file on disk again', async () => {
    const module = uri('s/Module');
    const handler = uri('s/Handler');
    assert.deepEqual(codes(await client.open(module, 'riscos-objasm', MODULE)), ['PW311 52']);
    const withFragment = client.nextDiagnostics(module);
    await client.open(handler, 'riscos-objasm', HANDLER);
    assert.deepEqual(codes(await withFragment), ['PW311 52']);
    const edited = client.nextDiagnostics(module);
    await client.edit(handler, 2, [RENAMED]);
    assert.deepEqual(codes(await edited), ['PW102 49', 'PW311 52']);
    const closed = client.nextDiagnostics(module);
    await client.close(handler);
    assert.deepEqual(codes(await closed), ['PW311 52']);
  });

  test('an include closed unsaved: the closed root of a fragment still open reads the file on disk again', async () => {
    const middle = uri('middle.inc', chain);
    const flags = uri('flags.inc', chain);
    assert.deepEqual(codes(await chained.open(middle, 'vxd-masm', MIDDLE)), []);
    const withInclude = chained.nextDiagnostics(middle);
    await chained.open(flags, 'vxd-masm', FLAGS);
    assert.deepEqual(codes(await withInclude), []);
    const edited = chained.nextDiagnostics(middle);
    await chained.edit(flags, 2, [UNALIGNED]);
    assert.deepEqual(codes(await edited), ['PW202 3']);
    const closed = chained.nextDiagnostics(middle);
    await chained.close(flags);
    assert.deepEqual(codes(await closed), []);
  });
});
