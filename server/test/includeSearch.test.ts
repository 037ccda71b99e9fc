import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// Where `include` and GET look: path variables mapped to folders (RISC OS),
// include paths after the including file's folder (MASM), the same in the
// CLI and the editor, and the editor's links open the file the analysis read.

function tree(files: Record<string, string>): string {
  const root = tempDir('pagewarden-includes-');
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/** `CODE line: message` for each finding of `pagewarden check` in text form. */
function check(root: string, ...args: string[]): string[] {
  const run = runCli(['check', ...args], root);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return [...run.stdout.matchAll(/^[^:\n]+:(\d+):\d+: \w+ (PW\d+) (.*) \[/gm)].map((m) => `${m[2]} ${m[1]}: ${m[3]}`);
}

const module = (...gets: string[]): string => [
  ...gets.map((g) => `        GET     ${g}`),
  '        AREA    |Asm$$Code|, CODE, READONLY',
  'Start   MOV     r0, #LibConst',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

const vxd = (include: string, constant: string): string => [
  '        .386p',
  `        include ${include}`,
  'BeginProc Init',
  `        mov     eax, ${constant}`,
  '        ret',
  'EndProc Init',
  '        END',
  '',
].join('\n');

describe('GET through path variables (CLI)', () => {
  const root = tree({
    's/Module': module('Lib:Sub.Defs'),
    's/Unmapped': module('Nope:Sub.Defs'),
    's/OldForm': module('Hdr:Defs'),
    'lib2/Sub/Defs': 'LibConst *       42\n',
    'headers/Defs': 'LibConst *       42\n',
    'lists.json': JSON.stringify({ pathVariables: { Lib: ['lib1', 'lib2'] } }),
    'string.json': JSON.stringify({ pathVariables: { Hdr: 'headers' } }),
  });

  test('a variable mapped to several folders finds the file in a later one, with `.` as the separator', () => {
    assert.deepEqual(check(root, '--config', 'lists.json', 's/Module'), []);
  });

  test('the included symbols are seen: a misspelling next to them is PW102', () => {
    const misspelt = tree({
      's/Module': module('Lib:Sub.Defs').replace('#LibConst', '#LibConts'),
      'lib/Sub/Defs': 'LibConst *       42\n',
      'c.json': JSON.stringify({ pathVariables: { Lib: ['lib'] } }),
    });
    assert.deepEqual(check(misspelt, '--config', 'c.json', 's/Module'), ['PW102 3: LibConts is not defined; did you mean LibConst?']);
  });

  test('a variable nobody mapped is PW103, as is a mapped one without the file', () => {
    assert.deepEqual(check(root, '--config', 'lists.json', 's/Unmapped'), ['PW103 1: GET Nope:Sub.Defs: file not found; its symbols are unknown']);
    assert.deepEqual(check(root, 's/Module'), ['PW103 1: GET Lib:Sub.Defs: file not found; its symbols are unknown']);
  });

  test('one folder as a string, the setting\'s first form, still works', () => {
    assert.deepEqual(check(root, '--config', 'string.json', 's/OldForm'), []);
  });
});

describe('MASM include through the include paths (CLI)', () => {
  const root = tree({
    'src/driver.asm': vxd('defs.inc', 'NEAR_VALUE'),
    'src/defs.inc': 'NEAR_VALUE equ 1\n',
    'src/far.asm': vxd('far.inc', 'FIRST_VALUE'),
    'inc1/far.inc': 'FIRST_VALUE equ 1\n',
    'inc1/defs.inc': 'OTHER_VALUE equ 2\n',
    'inc2/far.inc': 'SECOND_VALUE equ 2\n',
    'config.json': JSON.stringify({ includePaths: ['inc1'] }),
  });

  test('a file found only on --include-path or the config\'s includePaths resolves', () => {
    assert.deepEqual(check(root, 'src/far.asm').map((f) => f.slice(0, 9)), ['PW103 2: ']);
    assert.deepEqual(check(root, '--include-path', 'inc1', 'src/far.asm'), []);
    assert.deepEqual(check(root, '--config', 'config.json', 'src/far.asm'), []);
  });

  test('the including file\'s folder comes first, then the include paths in order, the config\'s before the command line\'s', () => {
    assert.deepEqual(check(root, '--include-path', 'inc1', 'src/driver.asm'), []);
    assert.deepEqual(check(root, '--include-path', 'inc2', '--include-path', 'inc1', 'src/far.asm'), ['PW102 4: FIRST_VALUE is not defined']);
    assert.deepEqual(check(root, '--config', 'config.json', '--include-path', 'inc2', 'src/far.asm'), []);
  });
});

describe('MASM wrapper macros from a header on the include paths (CLI)', () => {
  // MyEnd, from the header, closes the procedure MyBegin opens: the data line after it with a syntax error is not Grab's.
  const grab = (body: readonly string[]): string => [
    '        .386p',
    '        include vmm.inc',
    '        include wrap.inc',
    'MyBegin MACRO   name',
    'BeginProc name, PUBLIC',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    '        MyBegin Grab',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    ...body,
    '        ret',
    '        MyEnd   Grab',
    'Junk    dd      (4',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');
  const root = tree({
    'src/buggy.asm': grab(['        mov     ecx, [eax]']),
    'src/correct.asm': grab(['        test    eax, eax', '        jz      @F', '        mov     ecx, [eax]', '@@:']),
    'hdr/wrap.inc': 'MyEnd   MACRO   name\n        EndProc name\n        ENDM\n',
  });

  test('a closing macro the header defines ends the procedure: a syntax error after its call leaves the bug found', () => {
    assert.deepEqual(check(root, '--include-path', 'hdr', 'src/buggy.asm').map((f) => f.slice(0, 9)), ['PW211 10:', 'PW100 13:']);
  });

  test('a closing macro the header defines ends the procedure: the correct one has only the syntax error', () => {
    assert.deepEqual(check(root, '--include-path', 'hdr', 'src/correct.asm').map((f) => f.slice(0, 9)), ['PW100 16:']);
  });
});

describe('include search in the editor', () => {
  const root = tree({
    'src/Module': module('Lib:Sub.Defs'),
    'shared/Sub/Defs': 'LibConst *       42\n',
    'src/far.asm': vxd('far.inc', 'FIRST_VALUE'),
    'inc1/far.inc': 'FIRST_VALUE equ 1\n',
  });
  const uri = (name: string): string => pathToFileURL(join(root, name)).href;
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('the settings\' path variables and include paths, relative to the workspace folder, resolve GET and include, and links open the files read', async () => {
    const codes = (d: Awaited<ReturnType<LspClient['open']>>): string[] => d.diagnostics.map((x) => `${String(x.code)} ${x.range.start.line}`);
    assert.deepEqual(codes(await client.open(uri('src/Module'), 'riscos-objasm', module('Lib:Sub.Defs'))), ['PW103 0']);
    assert.deepEqual(codes(await client.open(uri('src/far.asm'), 'vxd-masm', vxd('far.inc', 'FIRST_VALUE'))), ['PW103 1']);
    assert.deepEqual((await client.documentLinks(uri('src/Module'))).map((l) => l.target), []);

    const objasm = client.nextDiagnostics(uri('src/Module'));
    const masm = client.nextDiagnostics(uri('src/far.asm'));
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { pagewarden: { pathVariables: { Lib: ['shared'] }, includePaths: ['inc1'] } },
    });
    assert.deepEqual(codes(await objasm), []);
    assert.deepEqual(codes(await masm), []);
    assert.deepEqual((await client.documentLinks(uri('src/Module'))).map((l) => l.target), [uri('shared/Sub/Defs')]);
    assert.deepEqual((await client.documentLinks(uri('src/far.asm'))).map((l) => l.target), [uri('inc1/far.inc')]);
  });
});

describe('include search for an unsaved document', { timeout: 120_000 }, () => {
  // The server's working directory holds files an unsaved document could
  // name; they must not be found there, only on the configured paths.
  const root = tree({
    'far.inc': 'FIRST_VALUE equ 1\n',
    'hdr/Defs': 'LibConst *       42\n',
    'Defs': 'LibConst *       42\n',
    'project/inc1/far.inc': 'FIRST_VALUE equ 1\n',
    'project/shared/Defs': 'LibConst *       42\n',
  });
  const codes = (d: Awaited<ReturnType<LspClient['open']>>): string[] => d.diagnostics.map((x) => `${String(x.code)} ${x.range.start.line}`);
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio'], { cwd: root });
    await client.initialize([pathToFileURL(join(root, 'project')).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('a relative include, a GET and the default Hdr: are not looked for in the server\'s working directory', async () => {
    assert.deepEqual(codes(await client.open('untitled:Untitled-1', 'vxd-masm', vxd('far.inc', 'FIRST_VALUE'))), ['PW103 1']);
    assert.deepEqual(codes(await client.open('untitled:Untitled-2', 'riscos-objasm', module('Defs'))), ['PW103 0']);
    assert.deepEqual(codes(await client.open('untitled:Untitled-3', 'riscos-objasm', module('Hdr:Defs'))), ['PW103 0']);
  });

  test('the settings\' include paths and path variables, relative to the workspace folder, are searched', async () => {
    const masm = client.nextDiagnostics('untitled:Untitled-1');
    const objasm = client.nextDiagnostics('untitled:Untitled-3');
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { pagewarden: { pathVariables: { Hdr: ['shared'] }, includePaths: ['inc1'] } },
    });
    assert.deepEqual(codes(await masm), []);
    assert.deepEqual(codes(await objasm), []);
  });
});

describe('an include or GET that finds a binary or oversized file', () => {
  // Read as text, a binary header is lowered as garbage; it is refused as a
  // checked file of its kind is, with the reason at the include line, and
  // the rest of the file is analysed without it, as without a missing one.
  const binary = 'FIRST_VALUE equ 1\n\0\x01\x02\xff';
  const root = tree({
    'src/blob.asm': vxd('blob.inc', 'FIRST_VALUE'),
    'src/blob.inc': binary,
    'src/big.asm': vxd('big.inc', 'FIRST_VALUE'),
    'src/big.inc': `FIRST_VALUE equ 1\n${';'.repeat(4 * 1024 * 1024)}\n`,
    'src/text.asm': vxd('text.inc', 'FIRST_VALUE'),
    'src/text.inc': 'FIRST_VALUE equ 1\n',
    's/Module': module('s.Blob'),
    's/Blob': `LibConst * 42\n${binary}`,
    's/Text': module('s.Defs'),
    's/Defs': 'LibConst * 42\n',
  });
  const BINARY = 'file holds binary data (NUL bytes), not source text; analysis goes on without it';

  test('the CLI notes the include (PW103) saying why, and goes on', () => {
    assert.deepEqual(check(root, 'src/blob.asm'), [`PW103 2: Include file blob.inc is not read: ${BINARY}`]);
    assert.deepEqual(check(root, 'src/big.asm'), [
      'PW103 2: Include file big.inc is not read: file is 4,194,323 bytes; PageWarden reads sources up to 4,194,304 bytes (4 MB); analysis goes on without it',
    ]);
    assert.deepEqual(check(root, 's/Module'), [`PW103 1: GET s.Blob is not read: ${BINARY}`]);
  });

  test('the same headers as text are read', () => {
    assert.deepEqual(check(root, 'src/text.asm'), []);
    assert.deepEqual(check(root, 's/Text'), []);
  });

  test('the editor says the same, and reads the header as it has it open', async () => {
    const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    try {
      await client.initialize([pathToFileURL(root).href]);
      const uri = (name: string): string => pathToFileURL(join(root, name)).href;
      const said = (d: Awaited<ReturnType<LspClient['open']>>): string[] => d.diagnostics.map((x) => `${String(x.code)} ${x.range.start.line}: ${x.message}`);
      assert.deepEqual(said(await client.open(uri('src/blob.asm'), 'vxd-masm', vxd('blob.inc', 'FIRST_VALUE'))), [`PW103 1: Include file blob.inc is not read: ${BINARY}`]);
      assert.deepEqual(said(await client.open(uri('s/Module'), 'riscos-objasm', module('s.Blob'))), [`PW103 0: GET s.Blob is not read: ${BINARY}`]);
      // Opened, the header is what the editor has: text now.
      const again = client.nextDiagnostics(uri('src/blob.asm'));
      await client.open(uri('src/blob.inc'), 'vxd-masm', 'FIRST_VALUE equ 1\n');
      assert.deepEqual(said(await again), []);
    } finally {
      await client.shutdown();
    }
  });
});
