import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// LSP ends a line at '\n', '\r\n' and a lone '\r', and so does PageWarden,
// in every dialect, through the CLI and the server: a file's findings are
// the same whichever of them its lines end with, each on the line an editor
// shows it on. A lone '\r' used to be neither space nor line end to the MASM
// grammar (an old Mac-edited comment block made a whole file one PW100 at
// 1:1, CR CR LF line ends a PW100 on every line), and a line end to no
// dialect's rows (the findings after one were a line too high per '\r').

interface Found {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
  readonly related: readonly { readonly line: number; readonly column: number; readonly message: string }[];
}

/** A file, or the files of a folder, recursively. */
function filesAt(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesAt(join(path, name))) : [path];
}

/** `examples/<example>` copied with every line end made `ending`, and what `check --format json` finds there. */
function checkWith(example: string, ending: string, lines: (text: string) => string = (text) => text.replace(/\r?\n/g, ending)): Found[] {
  const dir = tempDir('pagewarden-line-ends-');
  cpSync(join(repoRoot, 'examples', example), join(dir, example), { recursive: true });
  for (const file of filesAt(join(dir, example))) writeFileSync(file, lines(readFileSync(file, 'latin1')), 'latin1');
  const run = runCli(['check', '--format', 'json', example], dir);
  assert.equal(run.stderr, '');
  return (JSON.parse(run.stdout) as { findings: Found[] }).findings.map((f) => ({ ...f, file: relative(dir, join(dir, f.file)) }));
}

/** Where each finding and note is, and what it is, with its lines mapped by `line`. */
const places = (found: readonly Found[], line = (n: number): number => n): string[] =>
  found.map((f) => `${f.file}:${line(f.line)}:${f.column} ${f.code} ${f.related.map((r) => `${line(r.line)}:${r.column}`).join(' ')}`);

describe('line ends in pagewarden check', { timeout: 300_000 }, () => {
  const withLf = new Map<string, Found[]>();
  const checkLf = (example: string): Found[] => {
    let found = withLf.get(example);
    if (!found) withLf.set(example, (found = checkWith(example, '\n')));
    return found;
  };
  for (const example of ['vxd/FREECACH.ASM', 'riscos/DynCache', 'riscos/bas/MakeArea,fd1']) {
    test(`${example}: CRLF, CR and LF line ends give the same findings on the same lines`, () => {
      const lf = checkLf(example);
      assert.ok(lf.some((f) => f.code !== 'PW100' && f.code !== 'PW900'), 'the example has findings to place');
      assert.deepEqual(checkWith(example, '\r\n'), lf);
      assert.deepEqual(checkWith(example, '\r'), lf);
    });

    test(`${example}: CR CR LF line ends are two line ends, a line and an empty line, with the same findings`, () => {
      const lf = checkLf(example);
      assert.deepEqual(places(checkWith(example, '\r\r\n')), places(lf, (n) => 2 * n - 1));
    });
  }

  for (const example of ['vxd/DMABUF.ASM', 'corpus/riscos-objasm/DALib']) {
    test(`${example}: a backslash before CR CR LF continues the statement past the empty line, as MASM reads it`, () => {
      const lf = checkLf(example);
      assert.deepEqual(places(checkWith(example, '\r\r\n')), places(lf, (n) => 2 * n - 1));
    });
  }

  test('a VxD whose comment block ends its lines with a lone CR is analysed as with LF', () => {
    // FREECACH's first 12 lines are its header comments.
    const header = (text: string): string => text.split('\n').map((line, i) => line + (i < 12 ? '\r' : '\n')).join('').slice(0, -1);
    const found = checkWith('vxd/FREECACH.ASM', '\n', header);
    assert.deepEqual(found, checkLf('vxd/FREECACH.ASM'));
    assert.ok(found.some((f) => f.code === 'PW210' && f.line === 74));
  });
});

describe('line ends in the language server', { timeout: 300_000 }, () => {
  let client: LspClient;
  const source = readFileSync(join(repoRoot, 'examples', 'vxd', 'FREECACH.ASM'), 'latin1').replace(/\r\n/g, '\n');
  const lines = source.split('\n');
  const lf = pathToFileURL('/work/line-ends/lf.asm').href;
  const cr = pathToFileURL('/work/line-ends/cr.asm').href;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  /** Where each diagnostic and its notes are, and its code, their lines moved by `shift`. */
  const placed = (diagnostics: readonly Diagnostic[], shift = 0): string[] =>
    diagnostics.map((d) => `${d.range.start.line + shift}:${d.range.start.character} ${String(d.code)} ${(d.relatedInformation ?? []).map((r) => r.location.range.start.line + shift).join(' ')}`);

  let expected: string[] = [];

  test('a document whose header lines end with a lone CR has the findings of its LF text, on the lines the editor counts', async () => {
    expected = placed((await client.open(lf, 'vxd-masm', source)).diagnostics);
    assert.ok(expected.some((d) => d.startsWith('73:8 PW210')));
    const header = lines.map((line, i) => line + (i < 12 ? '\r' : '\n')).join('').slice(0, -1);
    assert.deepEqual(placed((await client.open(cr, 'vxd-masm', header)).diagnostics), expected);
  });

  test('navigation after lone CRs lands on the lines the editor counts', async () => {
    // `jne Callback_Done` on line 97; the label on line 105.
    const character = (lines[97] ?? '').indexOf('Callback_Done') + 1;
    assert.deepEqual((await client.definition(cr, { line: 97, character })).map((l) => l.range.start.line), [105]);
  });

  test('a suppression comment after lone CRs silences the finding on the line after it', async () => {
    // Line 72 is `add ebx, edi`, above the VMMcall of line 73 that has the PW210.
    const header = lines.map((line, i) => (i === 72 ? `${line} ; pagewarden-disable-next-line PW210 -- tested` : line) + (i < 12 ? '\r' : '\n')).join('').slice(0, -1);
    const published = await client.open(pathToFileURL('/work/line-ends/suppressed.asm').href, 'vxd-masm', header);
    assert.deepEqual(placed(published.diagnostics), expected.filter((d) => !d.startsWith('73:8 PW210')));
  });

  test('quick fixes after lone CRs edit the lines the editor counts', async () => {
    const fixes = async (uri: string): Promise<unknown[]> => {
      const found = (client.publications(uri).at(-1)?.diagnostics ?? []).filter((d) => d.code === 'PW210');
      const actions = await client.codeActions(uri, found[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, found);
      return actions.map((a) => ('edit' in a ? Object.values(a.edit?.changes ?? {}) : []));
    };
    const expectedFixes = await fixes(lf);
    assert.ok(expectedFixes.length > 0, 'the LF text has quick fixes for its PW210');
    assert.deepEqual(await fixes(cr), expectedFixes);
  });

  test('edits that make a lone CR a CRLF, a lone CR again, and add one keep the findings on the lines the editor counts', async () => {
    /** The findings after one edit, their lines moved up by `added`. */
    const edited = async (version: number, range: Range, text: string, added = 0): Promise<string[]> => {
      const diagnostics = client.nextDiagnostics(cr);
      await client.edit(cr, version, [{ range, text }]);
      return placed((await diagnostics).diagnostics, -added);
    };
    // A '\n' after the lone '\r' that ends line 3 makes it a CRLF: still one line end.
    assert.deepEqual(await edited(2, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, '\n'), expected);
    const end3 = { line: 3, character: (lines[3] ?? '').length };
    assert.deepEqual(await edited(3, { start: end3, end: { line: 4, character: 0 } }, '\r'), expected);
    // A lone '\r' at the start of line 13 adds a line above every finding.
    assert.deepEqual(await edited(4, { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, '\r', 1), expected);
    assert.equal(await client.shutdown(), 0);
  });
});
