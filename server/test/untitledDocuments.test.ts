import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// An editor's new, unsaved document has an `untitled:` URI and no file on
// disk. It is analysed like any other: its diagnostics go to that URI and
// nowhere else, and hover shows the register values of its latest analysis
// for the text that analysis read.
//
// A hover that must come before an analysis is sent with the change, not
// after the change's write completes: the server then reads both at once and
// answers the hover before the worker can reply, however loaded the machine.

const MASM = [
  '.386p', //                                                               0
  'include vmm.inc', //                                                     1
  'VxD_LOCKED_CODE_SEG', //                                                 2
  'BeginProc Alloc_Page', //                                                3
  '        mov  ecx, 3', //                                                 4
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>', // 5
  '        mov  edx, eax', //                                               6
  '        mov  eax, [eax]', //                                             7
  '        ret', //                                                         8
  'EndProc Alloc_Page', //                                                  9
  'VxD_LOCKED_CODE_ENDS', //                                                10
  '',
].join('\n');

const hoverText = async (client: LspClient, uri: string, line: number): Promise<string> => {
  const contents = (await client.hover(uri, { line, character: 9 }))?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

describe('untitled documents', { timeout: 120_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null);
  });
  after(async () => {
    await client.shutdown();
  });

  test('get their findings on their own URI only, and hover shows the register values of their analysis', async () => {
    const uri = 'untitled:Untitled-1';
    const published = await client.open(uri, 'vxd-masm', MASM);
    assert.deepEqual(published.diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}`), ['PW211 7']);
    assert.deepEqual(published.diagnostics[0]?.relatedInformation?.map((r) => r.location.uri), [uri, uri]);
    assert.deepEqual(client.publishedUris(), [uri]);
    assert.match(await hoverText(client, uri, 6), /^\*\*mov\*\*[^]*At this line \(from the symbolic run\): EAX = 0 or _PageAllocate's result \(EAX\), .*ECX = ECX destroyed by _PageAllocate/);
    assert.match(await hoverText(client, uri, 4), /ECX = entry ECX/);
  });

  test('an edit shows no register values until its text is analysed, then those of the new lines', async () => {
    const uri = 'untitled:Untitled-2';
    await client.open(uri, 'vxd-masm', MASM);
    const analysed = client.nextDiagnostics(uri);
    const edited = client.edit(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '        mov  ebx, 5\n' }]);
    const before = hoverText(client, uri, 6);
    await edited;
    assert.doesNotMatch(await before, /At this line/);
    assert.deepEqual((await analysed).diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}`), ['PW211 8']);
    assert.match(await hoverText(client, uri, 6), /EBX = 5, ECX = 3,/);
    assert.deepEqual(client.publishedUris().filter((u) => !u.startsWith('untitled:')), []);
  });

  test('closed and opened again under the same name with other text, it shows nothing of the old one', async () => {
    const uri = 'untitled:Untitled-3';
    await client.open(uri, 'vxd-masm', MASM);
    assert.match(await hoverText(client, uri, 6), /At this line/);
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    await cleared;
    const analysed = client.nextDiagnostics(uri);
    const other = MASM.replace('mov  ecx, 3', 'mov  ecx, 7').replace('        mov  eax, [eax]\n', '');
    const opened = client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vxd-masm', version: 1, text: other } });
    const before = hoverText(client, uri, 5);
    await opened;
    assert.doesNotMatch(await before, /At this line/);
    const complete = await analysed;
    assert.equal(complete.version, 1);
    assert.deepEqual(complete.diagnostics, []);
    assert.match(await hoverText(client, uri, 5), /ECX = 7,/);
  });
});
