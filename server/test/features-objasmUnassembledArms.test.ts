import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, startLines } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// ObjAsm assembles one arm of `[ | ]` or IF/ELSE/ENDIF: a label written in
// an arm whose condition is known not to hold is no label of the program,
// as the lowering skips that arm. Where the condition is not known, the
// editor keeps every definition.

const SOURCE = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  '        GBLL    Debug', //                    1
  'Debug   SETL    {FALSE}', //                  2
  '        [ {FALSE}', //                        3
  'Alpha   MOV     pc, lr', //                   4
  '        |', //                                5
  'Alpha   MOV     r0, r0', //                   6
  '        ]', //                                7
  '        IF :LNOT: {TRUE}', //                 8
  'Beta    MOV     pc, lr', //                   9
  '        ENDIF', //                            10
  '        [ Debug', //                          11
  'Gamma   MOV     pc, lr', //                   12
  '        ]', //                                13
  '        [ :DEF: Elsewhere', //                14
  'Delta   MOV     pc, lr', //                   15
  '        ]', //                                16
  '        B       Alpha', //                    17
  '        B       Beta', //                     18
  '        B       Delta', //                    19
  '        END', //                              20
  '',
].join('\n');


describe('language features over LSP: ObjAsm labels in arms the assembly leaves out', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-arms/s/Arms';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, {});
  });
  after(async () => {
    await client.shutdown();
  });

  test('the lowering takes the arms whose conditions hold: labels no arm it takes defines are undefined', async () => {
    const { diagnostics } = await client.open(uri, 'riscos-objasm', SOURCE);
    // The lowering reads :DEF:, which the editor does not: there the editor keeps the label.
    assert.deepEqual(diagnostics.filter((d) => d.code === 'PW102').map((d) => [d.range.start.line, d.message]), [
      [18, 'Beta is not defined'], [19, 'Delta is not defined'],
    ]);
  });

  test('go to definition goes to the arm the assembly takes; with none taken, to every one', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 17, character: 18 })), [6]);
    assert.deepEqual(startLines(await client.definition(uri, { line: 18, character: 18 })), [9]);
    assert.deepEqual(startLines(await client.definition(uri, { line: 19, character: 18 })), [15]);
  });

  test('hover shows the definition the assembly takes', async () => {
    const hover = await client.hover(uri, { line: 17, character: 18 });
    assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /Alpha {3}MOV {5}r0, r0/);
  });

  test('completion offers a label of an arm the assembly takes or may take, not one of an arm it leaves out', async () => {
    const labels = (await client.completion(uri, { line: 19, character: 22 })).map((i) => i.label);
    assert.ok(labels.includes('Alpha') && labels.includes('Delta'), labels.join(', '));
    assert.ok(!labels.includes('Beta') && !labels.includes('Gamma'), labels.join(', '));
    const alpha = (await client.completion(uri, { line: 19, character: 22 })).find((i) => i.label === 'Alpha');
    assert.equal(alpha?.detail, 'Alpha   MOV     r0, r0');
  });
});
