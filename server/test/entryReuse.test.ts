import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// After an edit the server re-analyses only the entry points whose code, or
// what that code depends on (equates, data, the procedures it calls), the
// edit changed; the others keep their findings. `pagewarden/analysisStatistics`
// says how many entries each published analysis ran and reused, and the
// diagnostics must always be those of the same text opened fresh.

const SOURCE = `        .386p
        include vmm.inc

ALLOC_FLAGS     EQU     PageContig+PageFixed

VxD_LOCKED_DATA_SEG
Buf_Handle      dd      0
Window_Lin      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Alloc_Buffer
        VMMcall _PageAllocate, <4, PG_SYS, 0, 0Fh, 0, 1000h, 0, ALLOC_FLAGS>
        test    eax, eax
        jz      Alloc_Fail
        mov     [Buf_Handle], eax
        clc
        ret
Alloc_Fail:
        stc
        ret
EndProc Alloc_Buffer

BeginProc Count_One
        mov     eax, 1
        ret
EndProc Count_One

BeginProc Fall_Into
        mov     ecx, 3
EndProc Fall_Into

BeginProc Count_Two
        mov     eax, 2
        ret
EndProc Count_Two

BeginProc Keep_Window
        call    Get_Window
        mov     [Window_Lin], eax
        ret
EndProc Keep_Window

BeginProc Get_Window
        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
        ret
EndProc Get_Window

VxD_LOCKED_CODE_ENDS
        END
`;

const ENTRIES = 6;

interface Statistics {
  readonly version: number;
  readonly analysed: number;
  readonly reused: number;
}

describe('re-analysis of changed entry points only', { timeout: 120_000 }, () => {
  let client: LspClient;
  let fresh = 0;
  const uri = 'file:///work/reuse/buffer.asm';
  let document = TextDocument.create(uri, 'vxd-masm', 1, SOURCE);
  let version = 1;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  const statistics = (): Promise<Statistics | null> => client.connection.sendRequest('pagewarden/analysisStatistics', { uri });

  async function freshDiagnostics(text: string): Promise<Diagnostic[]> {
    const freshUri = `file:///work/reuse${++fresh}/buffer.asm`;
    const published = await client.open(freshUri, 'vxd-masm', text);
    return JSON.parse(JSON.stringify(published.diagnostics).replaceAll(freshUri, uri)) as Diagnostic[];
  }

  /** Replaces the first `from` with `to`, as a ranged change, and returns the diagnostics published for it. */
  async function edit(from: string, to: string): Promise<Diagnostic[]> {
    const text = document.getText();
    const at = text.indexOf(from);
    assert.notEqual(at, -1);
    const change = { range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, text: to };
    version++;
    document = TextDocument.update(document, [change], version);
    const published = client.nextDiagnostics(uri);
    await client.edit(uri, version, [change]);
    const result = await published;
    assert.equal(result.version, version);
    assert.deepEqual(result.diagnostics, await freshDiagnostics(document.getText()));
    return result.diagnostics;
  }

  test('the first analysis runs every entry point', async () => {
    assert.equal(await statistics(), null);
    await client.open(uri, 'vxd-masm', SOURCE);
    assert.deepEqual(await statistics(), { version: 1, analysed: ENTRIES, reused: 0 });
  });

  test('an edit inside one procedure re-analyses that procedure alone', async () => {
    await edit('mov     eax, 1', 'mov     eax, 7');
    assert.deepEqual(await statistics(), { version, analysed: 1, reused: ENTRIES - 1 });
  });

  test('an edit of a procedure re-analyses the procedure that runs on into it', async () => {
    await edit('mov     eax, 2', 'mov     eax, 5');
    assert.deepEqual(await statistics(), { version, analysed: 2, reused: ENTRIES - 2 });
  });

  test('an edit of a called procedure re-analyses its callers too, and their findings change', async () => {
    const before = await freshDiagnostics(document.getText());
    assert.ok(before.some((d) => d.code === 'PW210' && d.range.start.line === 40), 'Keep_Window stores a result that may be 0FFFFFFFFh');
    const after = await edit('VMMcall _PageReserve, <PR_SYSTEM, 4, 0>', 'mov     eax, 12345000h');
    assert.ok(!after.some((d) => d.code === 'PW210'));
    assert.deepEqual(await statistics(), { version, analysed: 2, reused: ENTRIES - 2 });
  });

  test('an edit that moves the code after it re-analyses what moved and reuses what comes before', async () => {
    await edit('mov     eax, 5', 'VMMcall _PageFree, <eax, 0>');
    // Count_Two, Fall_Into that runs into it, and the two procedures laid out after it.
    assert.deepEqual(await statistics(), { version, analysed: 4, reused: ENTRIES - 4 });
  });

  test('an edit of an equate re-analyses the procedures that use it, and their findings change', async () => {
    const before = await freshDiagnostics(document.getText());
    assert.ok(before.some((d) => d.code === 'PW202'));
    const after = await edit('PageContig+PageFixed', 'PageContig+PageFixed+PageUseAlign');
    assert.ok(!after.some((d) => d.code === 'PW202'));
    const { analysed, reused } = (await statistics()) ?? { analysed: 0, reused: 0 };
    assert.ok(analysed >= 1 && analysed + reused === ENTRIES);
  });

  test('a change of settings re-analyses everything', async () => {
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { analysis: { maxPaths: 1999 } } } });
    await published;
    assert.deepEqual(await statistics(), { version, analysed: ENTRIES, reused: 0 });
  });
});
