import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import type { RunHandlerResult } from '../src/run/protocol.js';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// Every way a file comes from disk tells the lowering it was read as
// Latin-1, as check does: a Latin-1 file's E9 is one byte, where a UTF-8
// file's é would be two (C3 A9) and move the label after it.

/** A procedure that loads the distance from a one-character string to the label after it. */
const LENGTH = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Len_Call',
  '        mov     eax, OFFSET32 After - OFFSET32 Msg',
  '        ret',
  'EndProc Len_Call',
  'VxD_LOCKED_CODE_ENDS',
  '',
].join('\n');

/** The data and `include`, in Latin-1: the é is the one byte E9. */
const latin1 = (code: string): Buffer => Buffer.from([
  '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'Msg     db      "\xe9"', 'After   db      1', 'VxD_LOCKED_DATA_ENDS', code, 'END', '',
].join('\n'), 'latin1');

/** What EAX holds after the run's first step, the `mov`. */
const eaxAfterMov = (result: RunHandlerResult): string | undefined => result.steps[0]?.registers.find((r) => r.name === 'eax')?.after;

test('pagewarden run reads a Latin-1 file as check does: its E9 is one byte', () => {
  const dir = tempDir('pw-latin1-run-');
  const file = join(dir, 'len.asm');
  writeFileSync(file, latin1(LENGTH));
  const run = runCli(['run', file, '--entry', 'Len_Call', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(eaxAfterMov(JSON.parse(run.stdout) as RunHandlerResult), '0x00000001');
});

const hoverText = async (client: LspClient, uri: string, position: { line: number; character: number }): Promise<string> => {
  const hover = await client.hover(uri, position);
  return hover?.contents && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
};

describe('the language server reads a closed Latin-1 includer as check does', { timeout: 120_000 }, () => {
  const dir = tempDir('pw-latin1-lsp-');
  writeFileSync(join(dir, 'defs.asm'), latin1('include body.inc'));
  writeFileSync(join(dir, 'body.inc'), LENGTH);
  const body = pathToFileURL(join(dir, 'body.inc')).href;
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('the open include\'s register values come from the includer\'s analysis with E9 one byte', async () => {
    await client.open(body, 'vxd-masm', LENGTH);
    assert.match(await hoverText(client, body, { line: 3, character: 9 }), /EAX = 1\b/);
  });

  test('a run of the closed includer: E9 one byte', async () => {
    const result = await client.request<RunHandlerResult>('pagewarden/runHandler', { uri: pathToFileURL(join(dir, 'defs.asm')).href, entry: 'Len_Call' });
    assert.equal(eaxAfterMov(result), '0x00000001');
  });
});

test('pagewarden run shows an error block\'s text as its file wrote it: a UTF-8 file\'s é (C3 A9) and a Latin-1 file\'s (E9) alike', () => {
  const dir = tempDir('pw-latin1-error-');
  const source = [
    '        AREA    |Test$$Code|, CODE, READONLY', 'Create', '        STMFD   sp!, {r0-r8, lr}', '        MOV     r0, #0', '        MOV     r1, #-1',
    '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #0', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, #0',
    '        ADR     r8, Name', '        SWI     XOS_DynamicArea', '        LDMFD   sp!, {r0-r8, pc}', 'Name    DCB     "Cache", 0', '        ALIGN',
    'Handler ROUT', '        CMP     r0, #2', '        BEQ     PreShrink', '        CLRV', '        MOV     pc, lr',
    'PreShrink', '        ADR     r0, Busy', '        MOV     r3, #0', '        SETV', '        MOV     pc, lr',
    'Busy    DCD     &1000', '        DCB     "Zone occupée", 0', '        ALIGN', '        END', '',
  ].join('\n');
  for (const encoding of ['utf8', 'latin1'] as const) {
    const file = join(dir, `${encoding},ffd`);
    writeFileSync(file, Buffer.from(source, encoding));
    const run = runCli(['run', file, '--entry', 'PreShrink']);
    assert.match(run.stdout, /^Verdict: returned; the kernel: Zone occupée; no findings$/m, `${encoding}: ${run.stdout}`);
  }
});

/** The Latin-1 source's text as an editor reading it as Latin-1 opens it: é is U+00E9. */
const openedText = (code: string): string => latin1(code).toString('latin1');

/** The `ret` after the `mov` in a `latin1(LENGTH)` file: its hover shows what the `mov` loaded. */
const MOV_EAX = { line: 9, character: 9 };

describe('an open document is Latin-1 when its file on disk is', { timeout: 120_000 }, () => {
  const dir = tempDir('pw-latin1-open-');
  const uriOf = (name: string): string => pathToFileURL(join(dir, name)).href;
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('a Latin-1 file opened with its text: E9 one byte, in hover and in a run', async () => {
    writeFileSync(join(dir, 'latin.asm'), latin1(LENGTH));
    await client.open(uriOf('latin.asm'), 'vxd-masm', openedText(LENGTH));
    assert.match(await hoverText(client, uriOf('latin.asm'), MOV_EAX), /EAX = 1\b/);
    const result = await client.request<RunHandlerResult>('pagewarden/runHandler', { uri: uriOf('latin.asm'), entry: 'Len_Call' });
    assert.equal(eaxAfterMov(result), '0x00000001');
  });

  test('the same text with a UTF-8 file on disk: é is C3 A9', async () => {
    writeFileSync(join(dir, 'utf8.asm'), openedText(LENGTH), 'utf8');
    await client.open(uriOf('utf8.asm'), 'vxd-masm', openedText(LENGTH));
    assert.match(await hoverText(client, uriOf('utf8.asm'), MOV_EAX), /EAX = 2\b/);
  });

  test('an untitled document is UTF-8', async () => {
    await client.open('untitled:Untitled-1', 'vxd-masm', openedText(LENGTH));
    assert.match(await hoverText(client, 'untitled:Untitled-1', MOV_EAX), /EAX = 2\b/);
  });

  test('an open Latin-1 include is Latin-1 to its closed includer\'s analysis', async () => {
    writeFileSync(join(dir, 'main.asm'), ['.386p', 'include vmm.inc', 'include part.inc', 'END', ''].join('\n'));
    const part = latin1(LENGTH).toString('latin1').split('\n').slice(2, -2).join('\n');
    writeFileSync(join(dir, 'part.inc'), Buffer.from(part, 'latin1'));
    await client.open(uriOf('part.inc'), 'vxd-masm', part);
    assert.match(await hoverText(client, uriOf('part.inc'), { line: MOV_EAX.line - 2, character: MOV_EAX.character }), /EAX = 1\b/);
  });

  test('a file saved as Latin-1 outside the editor makes its open document Latin-1', async () => {
    const uri = uriOf('resaved.asm');
    writeFileSync(join(dir, 'resaved.asm'), openedText(LENGTH), 'utf8');
    await client.open(uri, 'vxd-masm', openedText(LENGTH));
    assert.match(await hoverText(client, uri, MOV_EAX), /EAX = 2\b/);
    writeFileSync(join(dir, 'resaved.asm'), latin1(LENGTH));
    const analysed = client.nextDiagnostics(uri);
    await client.filesChanged([{ uri, type: FileChangeType.Changed }]);
    await analysed;
    assert.match(await hoverText(client, uri, MOV_EAX), /EAX = 1\b/);
  });
});

describe('an open document reopened in another encoding is read as the editor now reads it, before it is saved', { timeout: 120_000 }, () => {
  // The file is UTF-8 on disk: é is C3 A9, two bytes, and so EAX = 2 whichever way the editor reads it; read as
  // Latin-1 it is `Ã©`, which the editor saves as C3 A9 again, but which as UTF-8 would be four bytes.
  const dir = tempDir('pw-reopened-');
  const uriOf = (name: string): string => pathToFileURL(join(dir, name)).href;
  const utf8Reading = openedText(LENGTH);
  const latin1Reading = Buffer.from(utf8Reading, 'utf8').toString('latin1');
  /** Line 3, `Msg db "…"`, which VS Code's edit replaces when it reads the file again (the lines that differ, whole). */
  const msgLine = (text: string): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } =>
    ({ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: `${text}\n` });
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  const analysedAfter = async (uri: string, send: () => Promise<void>): Promise<string> => {
    const analysed = client.nextDiagnostics(uri);
    await send();
    await analysed;
    return hoverText(client, uri, MOV_EAX);
  };

  test('VS Code\'s Reopen with Encoding (Latin-1): the change makes the text the file\'s Latin-1 reading, whose Ã© is the two bytes', async () => {
    const uri = uriOf('reopened.asm');
    writeFileSync(join(dir, 'reopened.asm'), utf8Reading, 'utf8');
    await client.open(uri, 'vxd-masm', utf8Reading);
    assert.match(await hoverText(client, uri, MOV_EAX), /EAX = 2\b/);
    const line = (latin1Reading.split('\n')[3] ?? '');
    assert.match(await analysedAfter(uri, () => client.edit(uri, 2, [msgLine(line)])), /EAX = 2\b/);
    // An edit since (the text no reading of the file) keeps the encoding the editor read it in: Ã©Ã© is four bytes, not eight.
    assert.match(await analysedAfter(uri, () => client.edit(uri, 3, [msgLine(line.replace('Ã©', 'Ã©Ã©'))])), /EAX = 4\b/);
    // Reopened as UTF-8 again: é is C3 A9.
    assert.match(await analysedAfter(uri, () => client.edit(uri, 4, [msgLine(utf8Reading.split('\n')[3] ?? '')])), /EAX = 2\b/);
  });

  test('an edit of a UTF-8 document to characters of Latin-1 leaves it UTF-8: éÃ© is six bytes', async () => {
    const uri = uriOf('edited.asm');
    writeFileSync(join(dir, 'edited.asm'), utf8Reading, 'utf8');
    await client.open(uri, 'vxd-masm', utf8Reading);
    const line = utf8Reading.split('\n')[3] ?? '';
    assert.match(await analysedAfter(uri, () => client.edit(uri, 2, [msgLine(line.replace('é', 'éÃ©'))])), /EAX = 6\b/);
  });

  test('Neovim\'s :e ++enc=latin1 (the document closed and opened again with the Latin-1 reading): Ã© is the two bytes', async () => {
    const uri = uriOf('nvim.asm');
    writeFileSync(join(dir, 'nvim.asm'), utf8Reading, 'utf8');
    await client.open(uri, 'vxd-masm', utf8Reading);
    // The close clears the document's diagnostics: that publication is not the reopened document's analysis.
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    await cleared;
    await client.open(uri, 'vxd-masm', latin1Reading);
    assert.match(await hoverText(client, uri, MOV_EAX), /EAX = 2\b/);
  });
});
