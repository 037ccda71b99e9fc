import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspClient, startLines } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// A ROUT in an arm of `[ … ]` (or IF, or a WHILE) is a statement of its own
// in the tree, not a routine holding the lines after it; it still opens a
// routine named by its label where the arm is assembled.

const SOURCE = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  '        GBLL    Debug', //                    1
  'First   ROUT', //                             2
  '10      MOV     r0, r0', //                   3
  '        [ Debug', //                          4
  'Second  ROUT', //                             5
  '        ]', //                                6
  '10      MOV     r0, r0', //                   7
  'inner   B       %B10', //                     8
  'Third   ROUT', //                             9
  '        B       Second', //                   10
  '        END', //                              11
  '',
].join('\n');

const names = (symbols: readonly DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? []).map((c) => `${s.name}/${c}`)]);

describe('language features over LSP: an ObjAsm ROUT inside conditional assembly', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-rout-conditional/s/Rout';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, { analysis: false });
    await client.open(uri, 'riscos-objasm', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('its label is a definition: go to definition, references and hover find it', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 10, character: 18 })), [5]);
    assert.deepEqual(startLines(await client.references(uri, { line: 5, character: 1 })), [5, 10]);
    const hover = await client.hover(uri, { line: 10, character: 18 });
    assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /\*\*Second\*\* — label in \|T\$\$Code\|/);
  });

  test('the outline has it as a routine, holding the labels after it', async () => {
    assert.deepEqual(names(await client.documentSymbols(uri)).filter((n) => n.includes('/')), [
      '|T$$Code|/First', '|T$$Code|/Second', '|T$$Code|/Second/inner', '|T$$Code|/Third',
    ]);
  });

  test('a local label reference after it finds the label of its routine', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 8, character: 19 })), [7]);
  });
});
