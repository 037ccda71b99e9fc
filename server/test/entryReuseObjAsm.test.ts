import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { TWO_MODULES as SOURCE } from './support/twoModules.js';

// A new comment line anywhere in an ObjAsm source changes what no entry
// point's analysis reads, only where its lines are: every entry's findings
// and register values move with their lines, and none is analysed again,
// whether the line lands above, inside or below its code (the source: two
// modules' code in one file, `support/twoModules.ts`).

const ENTRIES = 8;

interface Statistics {
  readonly version: number;
  readonly analysed: number;
  readonly reused: number;
}

const hoverText = async (client: LspClient, uri: string, position: Position): Promise<string> => {
  const contents = (await client.hover(uri, position))?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

describe('ObjAsm new lines move every entry point\'s findings and register values, and re-analyse none', { timeout: 180_000 }, () => {
  let client: LspClient;
  let document = TextDocument.create('file:///work/two/s/TwoMods', 'riscos-objasm', 1, SOURCE);
  let fresh = 0;
  /** Lines whose register values the hover shows, one in each entry point's code. */
  const probes = ['BL      Clear', 'LDR     r1, ws_area', 'MOVNE   pc, lr', 'SWI     OS_ReadMemMapInfo', 'STR     r0, [r12]', 'Grow    MOV', 'MOV     r2, #2'];

  const positionOf = (text: string, needle: string): Position => {
    const at = text.indexOf(needle);
    assert.notEqual(at, -1, `no ${JSON.stringify(needle)} in the text`);
    return TextDocument.create('file:///x', 'riscos-objasm', 1, text).positionAt(at + needle.length - 1);
  };

  const hovers = async (uri: string, text: string): Promise<string[]> =>
    Promise.all(probes.map((probe) => hoverText(client, uri, positionOf(text, probe))));

  /** A fresh open of `text`: its diagnostics, as if published for the edited document, and its hovers. */
  const freshly = async (text: string): Promise<{ diagnostics: Diagnostic[]; hovers: string[] }> => {
    const uri = `file:///work/two${++fresh}/s/TwoMods`;
    const published = await client.open(uri, 'riscos-objasm', text);
    const diagnostics = JSON.parse(JSON.stringify(published.diagnostics).replaceAll(uri, document.uri)) as Diagnostic[];
    const shown = await hovers(uri, text);
    await client.close(uri);
    return { diagnostics, hovers: shown };
  };

  /** Inserts a comment line before the line holding `needle`; the entries analysed again for it, once its diagnostics and hovers are checked against a fresh open. */
  const newLineBefore = async (needle: string): Promise<number> => {
    const text = document.getText();
    const line = positionOf(text, needle).line;
    const change = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '; a new line\n' };
    const version = document.version + 1;
    document = TextDocument.update(document, [change], version);
    const published = client.nextDiagnostics(document.uri);
    await client.edit(document.uri, version, [change]);
    const result = await published;
    assert.equal(result.version, version);
    const expected = await freshly(document.getText());
    assert.deepEqual(result.diagnostics, expected.diagnostics);
    assert.deepEqual(await hovers(document.uri, document.getText()), expected.hovers);
    const statistics = await client.connection.sendRequest<Statistics | null>('pagewarden/analysisStatistics', { uri: document.uri });
    assert.equal(statistics?.version, version);
    assert.equal((statistics?.analysed ?? 0) + (statistics?.reused ?? 0), ENTRIES);
    return statistics?.analysed ?? -1;
  };

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('the first analysis runs every entry point, and finds something to move', async () => {
    const published = await client.open(document.uri, 'riscos-objasm', SOURCE);
    assert.ok(published.diagnostics.length > 0);
    const statistics = await client.connection.sendRequest<Statistics | null>('pagewarden/analysisStatistics', { uri: document.uri });
    assert.deepEqual(statistics && { analysed: statistics.analysed, reused: statistics.reused }, { analysed: ENTRIES, reused: 0 });
    assert.ok((await hovers(document.uri, SOURCE)).every((shown) => shown.includes('At this line (from the symbolic run)')));
  });

  const everywhere: readonly (readonly [where: string, before: string])[] = [
    ['above all the code', '        GET     Hdr:ListOpts'],
    ['among the header\'s data', 'Title   ='],
    ['before the workspace map', '        ^       0, r12'],
    ['inside the module\'s init', '        BL      Clear'],
    ['between two entry points', 'Service ROUT'],
    ['inside the service handler', '        MOVNE   pc, lr'],
    ['inside the command, before its inline string', '        =       "Two modules", 0'],
    ['inside the SWI handler', '        SWI     OS_ReadMemMapInfo'],
    ['inside the routine init calls', '        STR     r0, [r12]'],
    ['inside the area handler, at a label its jump table reaches', 'Grow    MOV'],
    ['before the second module\'s header', '; The second module'],
    ['inside the code no entry point reaches', '        BL      Helper2'],
    ['inside the routine the second module calls', '        MOV     r2, #2'],
    ['below all the code', '        END'],
  ];
  for (const [where, needle] of everywhere) {
    test(`a new comment line ${where} analyses nothing again`, async () => {
      assert.equal(await newLineBefore(needle), 0);
    });
  }
});
