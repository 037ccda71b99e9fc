import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';

// The server keeps a syntax tree per open document and re-parses only what
// each content change touched. Whatever the edits, the diagnostics must be
// those of the same text opened fresh. Non-ASCII text before an edit catches
// offsets counted in bytes instead of UTF-16 units; a change that spans a
// surrogate pair, several changes in one notification, edits at line ends and
// at the end of the file catch the rest of the arithmetic.

const original = readFileSync(join(repoRoot, 'examples', 'vxd', 'FREECACH.ASM'), 'utf8')
  .replace(';   A small read cache', ';   A small café cache 😀 (naïve)')
  .replace('push    ebx', 'push    ebx                     ; ½ of the 🙂 pair');

interface Change {
  readonly range: Range;
  readonly text: string;
}

/** The position of the `nth` occurrence of `needle` (plus `offset` UTF-16 units). */
function at(text: string, needle: string, offset = 0, nth = 1): Position {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  assert.notEqual(index, -1, `"${needle}" is not in the text`);
  return TextDocument.create('', '', 0, text).positionAt(index + offset);
}

function span(text: string, needle: string, nth = 1): Range {
  return { start: at(text, needle, 0, nth), end: at(text, needle, needle.length, nth) };
}

function applied(text: string, change: Change): string {
  return TextDocument.update(TextDocument.create('', '', 0, text), [change], 1).getText();
}

function lineEnd(text: string, needle: string): Position {
  const start = at(text, needle);
  const line = text.split('\n')[start.line] ?? '';
  return { line: start.line, character: line.length };
}

describe('incremental text sync', { timeout: 120_000 }, () => {
  let client: LspClient;
  let fresh = 0;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  /** The diagnostics of `text` opened as a new document, with its URI written as `uri`. */
  async function freshDiagnostics(uri: string, text: string): Promise<Diagnostic[]> {
    const freshUri = `file:///work/fresh${++fresh}/FREECACH.ASM`;
    const published = await client.open(freshUri, 'vxd-masm', text);
    return JSON.parse(JSON.stringify(published.diagnostics).replaceAll(freshUri, uri).replaceAll(`/work/fresh${fresh}/`, '/work/edited/')) as Diagnostic[];
  }

  test('each edit gives the diagnostics of its text opened fresh', async () => {
    const uri = 'file:///work/edited/FREECACH.ASM';
    let document = TextDocument.create(uri, 'vxd-masm', 1, original);
    await client.open(uri, 'vxd-masm', original);
    const steps: { readonly name: string; readonly changes: (text: string) => Change[] }[] = [
      { name: 'a broken line inserted after the non-ASCII text', changes: (t) => [{ range: { start: at(t, '        pop     ebx'), end: at(t, '        pop     ebx') }, text: '        ))) what\n' }] },
      {
        name: 'three changes in one notification, one across a surrogate pair',
        changes: (t) => {
          const broken = at(t, '        ))) what');
          const first: Change = { range: { start: broken, end: { line: broken.line + 1, character: 0 } }, text: '' };
          const afterFirst = applied(t, first);
          const second: Change = { range: span(afterFirst, '😀'), text: 'x' };
          const afterSecond = applied(afterFirst, second);
          return [first, second, { range: span(afterSecond, 'eax, 1', 2), text: 'eax, é' }];
        },
      },
      { name: 'text appended at a line end', changes: (t) => [{ range: { start: lineEnd(t, '        test    eax, eax'), end: lineEnd(t, '        test    eax, eax') }, text: ' ; née ✓' }] },
      {
        name: 'a procedure before the end and a comment at the very end',
        changes: (t) => {
          const end = TextDocument.create('', '', 0, t).positionAt(t.length);
          return [
            { range: { start: end, end }, text: '; trailing 🙂 note' },
            { range: { start: at(t, 'VxD_LOCKED_CODE_ENDS'), end: at(t, 'VxD_LOCKED_CODE_ENDS') }, text: 'BeginProc Früh\n        VMMcall _PageFree, <eax, 0>\n        ret\nEndProc Früh\n\n' },
          ];
        },
      },
      { name: 'two lines joined', changes: (t) => [{ range: { start: lineEnd(t, '        stc\n        ret\nCallback_Done'), end: at(t, '        ret\nCallback_Done') }, text: '  ' }] },
      { name: 'the lines split again', changes: (t) => [{ range: span(t, 'stc          ret'), text: 'stc\n        ret' }] },
    ];
    let sawSyntaxError = false;
    for (const [i, step] of steps.entries()) {
      const changes = step.changes(document.getText());
      document = TextDocument.update(document, changes, i + 2);
      const published = client.nextDiagnostics(uri);
      await client.edit(uri, i + 2, changes);
      const { version, diagnostics } = await published;
      assert.equal(version, i + 2);
      assert.deepEqual(diagnostics, await freshDiagnostics(uri, document.getText()), step.name);
      sawSyntaxError ||= diagnostics.some((d) => d.code === 'PW100');
    }
    assert.ok(sawSyntaxError, 'some step must break the syntax, or the tree edits are not tested');
    assert.ok(!document.getText().includes('))) what') && document.getText().includes('Früh'));
  });

  test('a whole-text change between ranged edits, and a document reopened with other text', async () => {
    const uri = 'file:///work/edited/FREECACH.ASM';
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const reopened = original.replace('CACHE_PAGES     EQU     32', 'CACHE_PAGES     EQU     64 ; ünïcode');
    await client.open(uri, 'vxd-masm', reopened);
    const whole = reopened.replace('        clc\n        ret\nEndProc FREECACH_Control', '        ))) what\n        ret\nEndProc FREECACH_Control');
    let published = client.nextDiagnostics(uri);
    await client.change(uri, 2, whole);
    assert.deepEqual((await published).diagnostics, await freshDiagnostics(uri, whole));
    const fix: Change = { range: span(whole, '))) what'), text: 'clc' };
    const fixed = applied(whole, fix);
    published = client.nextDiagnostics(uri);
    await client.edit(uri, 3, [fix]);
    const diagnostics = (await published).diagnostics;
    assert.ok(!diagnostics.some((d) => d.code === 'PW100'));
    assert.deepEqual(diagnostics, await freshDiagnostics(uri, fixed));
  });
});
