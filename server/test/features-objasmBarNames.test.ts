import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, startLines } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// ObjAsm's bars only quote a name: `|plain|` and `plain` are one symbol to
// the assembler, a label or anything else, so the editor's features take
// either spelling for the other.

const SOURCE = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  'plain   MOV     pc, lr', //                   1
  '|bar|   MOV     pc, lr', //                   2
  '        B       |plain|', //                  3
  '        B       bar', //                      4
  '        LDR     r0, =|plain|', //             5
  '        END', //                              6
  '',
].join('\n');


describe('language features over LSP: an ObjAsm name with and without bars', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-bars/s/Bars';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, { analysis: false });
    await client.open(uri, 'riscos-objasm', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('go to definition from a bar-quoted use finds the plain label, and from a plain use the bar-quoted one', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 3, character: 19 })), [1]);
    assert.deepEqual(startLines(await client.definition(uri, { line: 5, character: 23 })), [1]);
    assert.deepEqual(startLines(await client.definition(uri, { line: 4, character: 17 })), [2]);
  });

  test('references and highlights take both spellings', async () => {
    assert.deepEqual(startLines(await client.references(uri, { line: 1, character: 1 })), [1, 3, 5]);
    assert.deepEqual(startLines(await client.references(uri, { line: 2, character: 2 })), [2, 4]);
    assert.deepEqual((await client.documentHighlights(uri, { line: 3, character: 19 })).map((h) => [h.range.start.line, h.kind]), [[1, 3], [3, 2], [5, 2]]);
  });

  test('hover on a bar-quoted use shows the label', async () => {
    const hover = await client.hover(uri, { line: 3, character: 19 });
    assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /\*\*plain\*\* — label in \|T\$\$Code\|/);
  });
});
