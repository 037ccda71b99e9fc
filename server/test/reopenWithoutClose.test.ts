import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, type DocumentSymbol, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// Some clients open a document again after a reload without closing it
// first, with versions starting at 1 again. Whatever the server kept of the
// earlier text under those version numbers (its parse, the analysis's
// register values, the completeness of its diagnostics) is not of the new
// text: the new text is served as if opened for the first time.

const FIRST = [
  '.386p', //                                                               0
  'include vmm.inc', //                                                     1
  'VxD_LOCKED_CODE_SEG', //                                                 2
  'BeginProc First_Proc', //                                                3
  '        mov  ecx, 3', //                                                 4
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>', // 5
  '        ret', //                                                         6
  'EndProc First_Proc', //                                                  7
  'VxD_LOCKED_CODE_ENDS', //                                                8
  '',
].join('\n');

// Line 6 is an instruction other than FIRST's line 6, with other register values; line 7 is a PW211.
const SECOND = [
  '; opened again', //                                                      0
  '.386p', //                                                               1
  'include vmm.inc', //                                                     2
  'VxD_LOCKED_CODE_SEG', //                                                 3
  'BeginProc Second_Proc', //                                               4
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>', // 5
  '        mov  edx, eax', //                                               6
  '        mov  eax, [edx]', //                                             7
  '        ret', //                                                         8
  'EndProc Second_Proc', //                                                 9
  'VxD_LOCKED_CODE_ENDS', //                                                10
  '',
].join('\n');

// An include file whose code runs in defs.asm, where SIZE_FLAGS is 1: PW201 at the call.
const DEFS = '        .386p\n        include vmm.inc\nSIZE_FLAGS equ 1\n        include body.inc\n        END\n';
const BODY = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Size_It',
  '        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS>',
  '        ret',
  'EndProc Size_It',
  'VxD_LOCKED_CODE_ENDS',
  '',
].join('\n');

const hoverText = async (client: LspClient, uri: string, line: number): Promise<string> => {
  const contents = (await client.hover(uri, { line, character: 9 }))?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

const names = (symbols: readonly DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);
const shown = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => `${String(d.code)} ${d.range.start.line} ${d.message}`).sort();

describe('a document opened again without a close', { timeout: 120_000 }, () => {
  const folder = tempDir('pagewarden-reopen-');
  writeFileSync(join(folder, 'defs.asm'), DEFS);
  writeFileSync(join(folder, 'body.inc'), BODY);
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(folder).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('is parsed, analysed and shown as its new text', async () => {
    const uri = 'file:///virtual/reopened.asm';
    await client.open(uri, 'vxd-masm', FIRST);
    assert.match(await hoverText(client, uri, 6), /^\*\*ret\*\*[^]*ECX = ECX destroyed by _PageAllocate/);
    assert.ok(names(await client.documentSymbols(uri)).includes('First_Proc'));

    const analysed = client.nextDiagnostics(uri);
    // Sent with the open, so the server answers them before the new text's analysis can end.
    const reopened = client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'vxd-masm', version: 1, text: SECOND } });
    const statistics = client.request('pagewarden/analysisStatistics', { uri });
    const hovered = hoverText(client, uri, 6);
    const listed = client.documentSymbols(uri);
    await reopened;
    assert.equal(await statistics, null, 'the old text\'s diagnostics do not count as the new text\'s');
    const before = await hovered;
    assert.match(before, /^\*\*mov\*\*/, 'the token of the new text');
    assert.doesNotMatch(before, /At this line/, 'no register values of the old text');
    const symbols = names(await listed);
    assert.ok(symbols.includes('Second_Proc') && !symbols.includes('First_Proc'), symbols.join());

    const complete = await analysed;
    assert.equal(complete.version, 1);
    const fresh = await client.open('file:///virtual/fresh.asm', 'vxd-masm', SECOND);
    assert.ok(shown(fresh).some((d) => d.startsWith('PW211 7')), shown(fresh).join());
    assert.deepEqual(shown(complete), shown(fresh));
    assert.match(await hoverText(client, uri, 6), /^\*\*mov\*\*[^]*EAX = 0 or _PageAllocate's result \(EAX\)/);
  });

  test('as an include file, shows only what its includer\'s analysis finds in the new text', async () => {
    const uri = pathToFileURL(join(folder, 'body.inc')).href;
    const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}`);
    assert.deepEqual(codes(await client.open(uri, 'vxd-masm', BODY)), ['PW201 2']);
    const analysed = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'vxd-masm', version: 1, text: `; opened again\n${BODY}` } });
    assert.deepEqual(codes(await analysed), ['PW201 3']);
  });
});
