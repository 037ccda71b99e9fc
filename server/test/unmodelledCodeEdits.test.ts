import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// The PW900 for code the lowering could not model is made beside each run,
// not kept with it: an edit can make an `IF`'s condition known, or not,
// and assemble the same code, so the procedure's key, and its kept
// result, stay as they were while the note must come and go.

const SOURCE = `        .386p
        include vmm.inc
VxD_LOCKED_CODE_SEG
BeginProc Guarded
IF Unknown_Flag
        inc     eax
ENDIF
        ret
EndProc Guarded
BeginProc Other
        ret
EndProc Other
VxD_LOCKED_CODE_ENDS
        END
`;

const NOTE = 'Analysis of Guarded is incomplete: condition "Unknown_Flag" cannot be evaluated; assembled as false';

describe('the unmodelled-code PW900 follows an edit that keeps the procedure\'s key', { timeout: 120_000 }, () => {
  let client: LspClient;
  const uri = 'file:///work/unmodelled/guarded.asm';
  let document = TextDocument.create(uri, 'vxd-masm', 1, SOURCE);
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  const notes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => d.code === 'PW900').map((d) => `${d.range.start.line} ${d.message}`);
  const statistics = async (): Promise<unknown> => client.connection.sendRequest('pagewarden/analysisStatistics', { uri });

  /** Replaces `from` with `to` as a ranged change; the diagnostics published for it. */
  async function edit(from: string, to: string): Promise<Diagnostic[]> {
    const at = document.getText().indexOf(from);
    const change = { range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, text: to };
    document = TextDocument.update(document, [change], document.version + 1);
    const published = client.nextDiagnostics(uri);
    await client.edit(uri, document.version, [change]);
    const result = await published;
    assert.equal(result.version, document.version);
    return result.diagnostics;
  }

  test('the first analysis notes the IF', async () => {
    assert.deepEqual(notes((await client.open(uri, 'vxd-masm', SOURCE)).diagnostics), [`4 ${NOTE}`]);
  });

  test('an IF made known to be false assembles the same code: both results are kept, and the note goes', async () => {
    assert.deepEqual(notes(await edit('IF Unknown_Flag', 'IF 0')), []);
    assert.deepEqual(await statistics(), { version: document.version, analysed: 0, reused: 2 });
  });

  test('made unknown again, the note comes back, the results still kept', async () => {
    assert.deepEqual(notes(await edit('IF 0', 'IF Unknown_Flag')), [`4 ${NOTE}`]);
    assert.deepEqual(await statistics(), { version: document.version, analysed: 0, reused: 2 });
  });
});
