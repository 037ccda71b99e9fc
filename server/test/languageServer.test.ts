import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

const BROKEN_VXD = ['.386p', 'include vmm.inc', 'BeginProc Foo', '        mov eax, 1', '        ))) what', '        ret', 'EndProc Foo', ''].join('\n');
const CLEAN_VXD = ['.386p', 'include vmm.inc', 'BeginProc Foo', '        mov eax, 1', '        ret', 'EndProc Foo', ''].join('\n');

for (const [name, args] of [
  ['dist/server.js --stdio', () => [distFile('server.js'), '--stdio']],
  ['pagewarden lsp --stdio', () => [distFile('cli.js'), 'lsp', '--stdio']],
] as const) {
  describe(`language server over stdio (${name})`, { timeout: 60_000 }, () => {
    let client: LspClient;
    before(() => {
      client = LspClient.start(process.execPath, args());
    });
    after(() => {
      if (client.process.exitCode === null) client.process.kill();
    });

    test('initialize announces incremental sync and the server name', async () => {
      const result = await client.initialize();
      assert.equal(result.capabilities.textDocumentSync, TextDocumentSyncKind.Incremental);
      assert.equal(result.serverInfo?.name, 'pagewarden');
    });

    test('didOpen of a broken VxD publishes PW100 on the broken line', async () => {
      const published = await client.open('file:///work/broken.asm', 'vxd-masm', BROKEN_VXD);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['PW900', 'PW100']);
      const diagnostic = published.diagnostics.find((d) => d.code === 'PW100');
      assert.equal(diagnostic?.code, 'PW100');
      assert.equal(diagnostic?.source, 'pagewarden');
      assert.equal(diagnostic?.severity, DiagnosticSeverity.Error);
      assert.equal(diagnostic?.range.start.line, 4);
    });

    test('didOpen of a clean VxD publishes no diagnostics', async () => {
      const published = await client.open('file:///work/clean.asm', 'vxd-masm', CLEAN_VXD);
      assert.deepEqual(published.diagnostics, []);
    });

    test('a document opened with another editor\'s language id is recognised by its name', async () => {
      const published = await client.open('file:///work/other.asm', 'asm', BROKEN_VXD);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['PW900', 'PW100']);
    });

    test('binary content gets one PW900 note instead of a crash', async () => {
      const published = await client.open('file:///work/blob.asm', 'vxd-masm', 'MZ\0\0\u0090\0\u00ff');
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity]), [['PW900', DiagnosticSeverity.Information]]);
      assert.match(String(published.diagnostics[0]?.message), /binary/);
    });

    test('a 20 MB document gets one PW900 note', async () => {
      const huge = `${'        mov eax, ebx\n'.repeat(1_000_000)}`;
      const published = await client.open('file:///work/huge.asm', 'vxd-masm', huge);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['PW900']);
      assert.match(String(published.diagnostics[0]?.message), /MB/);
    });

    test('the server still answers after bad input, and shutdown/exit ends it with code 0', async () => {
      const published = await client.open('file:///work/after.asm', 'vxd-masm', BROKEN_VXD);
      assert.ok(published.diagnostics.some((d) => d.code === 'PW100'));
      assert.equal(await client.shutdown(), 0);
    });
  });
}
