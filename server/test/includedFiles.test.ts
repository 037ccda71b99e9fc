import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// The analysis of an open document finds problems in the files it includes;
// one nobody has open shows them on its own URI while an open includer
// reports them, as `pagewarden check` of the includer does.

const includer = (flags: string, ...includes: string[]): string => [
  '        .386p',
  '        include vmm.inc',
  `SIZE_FLAGS equ ${flags}`,
  ...includes.map((file) => `        include ${file}`),
  '        END',
  '',
].join('\n');
// Line 2 passes SIZE_FLAGS where _PageGetSizeAddr wants 0: PW201 unless it is 0.
const BODY = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Size_It',
  '        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS>',
  '        ret',
  'EndProc Size_It',
  'VxD_LOCKED_CODE_ENDS',
  '',
].join('\n');
const CONSTS = 'PAGES equ 4\n';

const DEFS = includer('1', 'consts.inc', 'body.inc');

const codes = (d: PublishDiagnosticsParams): string[] => d.diagnostics.map((x) => `${String(x.code)} ${x.range.start.line}`).sort();

describe('findings in included files nobody has open', { timeout: 120_000 }, () => {
  const root = tempDir('pagewarden-included-');
  const files = { 'defs.asm': DEFS, 'twin.asm': DEFS, 'body.inc': BODY, 'consts.inc': CONSTS };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const uri = (name: string): string => pathToFileURL(join(root, name)).href;
  const body = uri('body.inc');
  let client: LspClient;

  /** The first publication for `target` after its first `count` that `accept` takes, waiting for it if need be. */
  const publishedAfter = async (target: string, count: number, accept: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> => {
    for (;;) {
      const found = client.publications(target).slice(count).find(accept);
      if (found) return found;
      await client.nextPublication(target);
    }
  };
  /** Runs `action` and waits for the publication on body.inc it leads to with `expected`. */
  const bodyAfter = async (action: () => Promise<unknown>, expected: readonly string[]): Promise<PublishDiagnosticsParams> => {
    const count = client.publications(body).length;
    await action();
    const published = await publishedAfter(body, count, (p) => p.diagnostics.length === expected.length);
    assert.deepEqual(codes(published), expected);
    return published;
  };
  const replayIn = (published: PublishDiagnosticsParams): string | undefined => (published.diagnostics[0]?.data as { uri?: string } | undefined)?.uri;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('an open includer publishes its findings in a closed include file on that file, replayed in the includer', async () => {
    let own: PublishDiagnosticsParams | undefined;
    const published = await bodyAfter(async () => { own = await client.open(uri('defs.asm'), 'vxd-masm', DEFS); }, ['PW201 2']);
    assert.ok(!own?.diagnostics.some((d) => d.code === 'PW201'), 'not on the includer');
    assert.equal(published.version, undefined);
    assert.equal(replayIn(published), uri('defs.asm'));
    assert.deepEqual(client.publications(uri('consts.inc')).flatMap((p) => p.diagnostics), [], 'an include file without findings gets none');
  });

  test('two includers reporting the same finding show it once; closing one leaves the other\'s', async () => {
    await bodyAfter(() => client.open(uri('twin.asm'), 'vxd-masm', DEFS), ['PW201 2']);
    const left = await bodyAfter(() => client.close(uri('defs.asm')), ['PW201 2']);
    assert.equal(replayIn(left), uri('twin.asm'));
  });

  test('an edit of the include line clears the file, and putting it back shows the finding again', async () => {
    await bodyAfter(() => client.change(uri('twin.asm'), 2, includer('1', 'consts.inc')), []);
    await bodyAfter(() => client.change(uri('twin.asm'), 3, DEFS), ['PW201 2']);
  });

  test('an analysis that no longer finds the problem clears it', async () => {
    await bodyAfter(() => client.change(uri('twin.asm'), 4, includer('0', 'consts.inc', 'body.inc')), []);
    await bodyAfter(() => client.change(uri('twin.asm'), 5, DEFS), ['PW201 2']);
  });

  test('opened, the file shows the finding once in its own publication; closed, the open includer\'s findings come back', async () => {
    const opened = await client.open(body, 'vxd-masm', BODY);
    assert.deepEqual(codes(opened), ['PW201 2']);
    const count = client.publications(body).length;
    await client.close(body);
    await publishedAfter(body, count, (p) => p.diagnostics.length === 0);
    const back = await publishedAfter(body, count + 1, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(back), ['PW201 2']);
  });

  test('a change of the file on disk clears what was found in its old text, and the open includer reports on the new', async () => {
    const file = join(root, 'body.inc');
    writeFileSync(file, `; moved down a line\n${BODY}`);
    const count = client.publications(body).length;
    await client.filesChanged([{ uri: body, type: FileChangeType.Changed }]);
    await publishedAfter(body, count, (p) => p.diagnostics.length === 0);
    const moved = await publishedAfter(body, count + 1, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(moved), ['PW201 3']);
  });

  test('closing the last includer clears the file', async () => {
    await bodyAfter(() => client.close(uri('twin.asm')), []);
  });
});

describe('an open includer and the files it reads on disk', { timeout: 120_000 }, () => {
  // a.asm's procedure passes SIZE_FLAGS, from sizes.inc, where _PageGetSizeAddr wants 0; later.inc does not exist yet.
  const A = [
    '        .386p',
    '        include vmm.inc',
    '        include sizes.inc',
    '        include later.inc',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Size_It',
    '        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS>',
    '        ret',
    'EndProc Size_It',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');
  const B = A.replace('sizes.inc', 'other.inc').replace('        include later.inc\n', '');
  const root = tempDir('pagewarden-reads-');
  const files = { 'a.asm': A, 'b.asm': B, 'sizes.inc': 'SIZE_FLAGS equ 0\n', 'other.inc': 'SIZE_FLAGS equ 0\n', 'unrelated.inc': 'UNUSED equ 1\n' };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const uri = (name: string): string => pathToFileURL(join(root, name)).href;
  const a = uri('a.asm');
  let client: LspClient;

  /** Writes (or, with undefined, deletes) `name` on disk, tells the server as a file watcher does, and resolves with a.asm's next complete diagnostics. */
  const afterChange = async (name: string, text: string | undefined, type: FileChangeType): Promise<string[]> => {
    if (text === undefined) rmSync(join(root, name));
    else writeFileSync(join(root, name), text);
    const next = client.nextDiagnostics(a);
    await client.filesChanged([{ uri: uri(name), type }]);
    return codes(await next);
  };

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href], undefined, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  });
  after(async () => {
    await client.shutdown();
  });

  test('an include file without findings, changed, has its includer analysed again', async () => {
    assert.deepEqual(codes(await client.open(a, 'vxd-masm', A)), ['PW103 3']);
    assert.deepEqual(await afterChange('sizes.inc', 'SIZE_FLAGS equ 1\n', FileChangeType.Changed), ['PW103 3', 'PW201 6']);
  });

  test('a missing include, created, has its includer analysed again', async () => {
    assert.deepEqual(await afterChange('later.inc', 'LATER equ 1\n', FileChangeType.Created), ['PW201 6']);
  });

  test('an include file, deleted, has its includer analysed again', async () => {
    assert.deepEqual(await afterChange('sizes.inc', undefined, FileChangeType.Deleted), ['PW103 2']);
  });

  test('a change of files an open document did not read leaves it alone', async () => {
    const b = uri('b.asm');
    assert.deepEqual(codes(await client.open(b, 'vxd-masm', B)), []);
    const seen = client.publications(a).length;
    const statistics = await client.request('pagewarden/analysisStatistics', { uri: a });
    writeFileSync(join(root, 'other.inc'), 'SIZE_FLAGS equ 1\n');
    writeFileSync(join(root, 'unrelated.inc'), 'UNUSED equ 2\n');
    const next = client.nextDiagnostics(b);
    await client.filesChanged([{ uri: uri('unrelated.inc'), type: FileChangeType.Changed }, { uri: uri('other.inc'), type: FileChangeType.Changed }]);
    assert.deepEqual(codes(await next), ['PW201 5'], 'b.asm read other.inc');
    assert.equal(client.publications(a).length, seen);
    assert.deepEqual(await client.request('pagewarden/analysisStatistics', { uri: a }), statistics);
  });

  test('an ObjAsm GET file, changed, has its includer analysed again', async () => {
    const module = uri('mod.s');
    const text = '        GET     hdr.Values\n        AREA    |Asm$$Code|, CODE, READONLY\nClear   ROUT\n        MOV     r3, #Value\n        MOV     pc, lr\n        END\n';
    mkdirSync(join(root, 'hdr'));
    writeFileSync(join(root, 'hdr', 'Values'), 'Value   *       &1000\n');
    const hover = async (): Promise<string> => {
      const contents = (await client.hover(module, { line: 4, character: 10 }))?.contents;
      return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    };
    await client.open(module, 'riscos-objasm', text);
    assert.match(await hover(), /R3 = &1000/);
    for (const value of ['&2000', '&3000']) {
      writeFileSync(join(root, 'hdr', 'Values'), `Value   *       ${value}\n`);
      const next = client.nextDiagnostics(module);
      await client.filesChanged([{ uri: uri('hdr/Values'), type: FileChangeType.Changed }]);
      await next;
      assert.match(await hover(), new RegExp(`R3 = ${value}`));
    }
  });
});

describe('an include nobody has open, saved with a byte-order mark', { timeout: 120_000 }, () => {
  // The misuse opens each include, just after the mark: a mark read as text would move it, or break the line.
  const BODY = '        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS> ; Größe: café\n; naïve déjà vu\n';
  const includer = (include: string): string => [
    '        .386p', '        include vmm.inc', 'SIZE_FLAGS equ 1', 'VxD_LOCKED_CODE_SEG', 'BeginProc Size_It',
    `        include ${include}`, '        ret', 'EndProc Size_It', 'VxD_LOCKED_CODE_ENDS', '        END', '',
  ].join('\n');
  const root = tempDir('pagewarden-encodings-');
  const files: Record<string, string | Uint8Array> = {
    'utf8.asm': includer('utf8.inc'),
    'utf8.inc': Buffer.from(`\uFEFF${BODY}`, 'utf8'),
    'utf16.asm': includer('utf16.inc'),
    'utf16.inc': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY, 'utf16le')]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const uri = (name: string): string => pathToFileURL(join(root, name)).href;
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  /** Where the finding on `name` is, as published from its open includer's analysis. */
  const findingOn = async (name: string): Promise<unknown> => {
    for (;;) {
      const found = client.publications(uri(name)).find((p) => p.diagnostics.length > 0);
      if (found) return found.diagnostics.map((d) => ({ code: d.code, start: d.range.start }));
      await client.nextPublication(uri(name));
    }
  };

  test('its finding is where the editor shows the text, as `pagewarden check` reports it: line 1, column 9', async () => {
    for (const name of ['utf8', 'utf16']) {
      await client.open(uri(`${name}.asm`), 'vxd-masm', includer(`${name}.inc`));
      assert.deepEqual(await findingOn(`${name}.inc`), [{ code: 'PW201', start: { line: 0, character: 8 } }], name);
    }
  });
});
