import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Position, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, startLines } from './support/lspClient.js';
import { distFile } from './support/paths.js';

const SYNTAX_ONLY = { analysis: false };

const OBJASM = [
  '        AREA    |Asm$$Code|, CODE, READONLY', // 0
  'Copy    ROUT', //                              1
  '        MOV     r2, #4', //                    2
  '10      LDR     r3, [r0], #4', //              3
  '        SUBS    r2, r2, #1', //                4
  '        BNE     %BT10', //                     5
  '        B       %FT10', //                     6
  '        NOP', //                               7
  '10      MOV     pc, lr', //                    8
  '        B       %B10', //                      9
  'Other   ROUT', //                              10
  '10      BEQ     %10', //                       11
  '        BNE     %FA20', //                     12
  '20      MOV     pc, lr', //                    13
  'Third   ROUT', //                              14
  '        BNE     %FT30Third', //                15
  '30Third MOV     pc, lr', //                    16
  '        END', //                               17
  '',
].join('\n');

const MASM = [
  '.386p', //                      0
  'VxD_LOCKED_CODE_SEG', //        1
  'BeginProc Spin', //             2
  '        mov  ecx, 10', //       3
  '@@:     dec  ecx', //           4
  '        jnz  @B', //            5
  '        jmp  @F', //            6
  '        nop', //                7
  '@@:     cmp  ecx, 0', //        8
  '        je   @b', //            9
  '        ret', //                10
  'EndProc Spin', //               11
  'VxD_LOCKED_CODE_ENDS', //       12
  '',
].join('\n');

/** The position of the `occurrence`-th `needle` on `line` (its first character). */
function at(source: string, line: number, needle: string, occurrence = 1): Position {
  const text = source.split('\n')[line] ?? '';
  let character = -1;
  for (let i = 0; i < occurrence; i++) character = text.indexOf(needle, character + 1);
  assert.ok(character >= 0, `${needle} on line ${line}`);
  return { line, character };
}

const editsOf = (edits: readonly TextEdit[] | undefined): string[] =>
  (edits ?? []).map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character}=${e.newText}`).sort();

describe('local labels over LSP', { timeout: 60_000 }, () => {
  let client: LspClient;
  const objasm = 'file:///virtual/copy.s';
  const masm = 'file:///virtual/spin.asm';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, SYNTAX_ONLY);
    await client.open(objasm, 'riscos-objasm', OBJASM);
    await client.open(masm, 'vxd-masm', MASM);
  });
  after(async () => {
    await client.shutdown();
  });

  test('ObjAsm: %BT, %FT, %B, %F and bare % go to the label the assembler picks, within the ROUT', async () => {
    const definition = async (line: number, needle: string): Promise<number[]> => startLines(await client.definition(objasm, at(OBJASM, line, needle)));
    assert.deepEqual(await definition(5, '10'), [3]);
    assert.deepEqual(await definition(6, '10'), [8]);
    assert.deepEqual(await definition(9, '10'), [8]);
    assert.deepEqual(startLines(await client.definition(objasm, at(OBJASM, 11, '10', 2))), [11], 'bare %10 looks back first, and the label on its own line is back');
    assert.deepEqual(await definition(12, '20'), [13]);
    const range = (await client.definition(objasm, at(OBJASM, 5, '10')))[0]?.range;
    assert.deepEqual(range, { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } });
  });

  test('ObjAsm: a label and a reference that name their routine (30Third, %FT30Third) link, and rename changes the number only', async () => {
    const target = await client.definition(objasm, at(OBJASM, 15, '30'));
    assert.deepEqual(target.map((l) => l.range), [{ start: { line: 16, character: 0 }, end: { line: 16, character: 2 } }]);
    assert.deepEqual(startLines(await client.references(objasm, { line: 16, character: 1 })), [15, 16]);
    const edit = await client.rename(objasm, { line: 16, character: 0 }, '40');
    assert.deepEqual(editsOf(edit?.changes?.[objasm]), ['15:19-21=40', '16:0-2=40']);
  });

  test('ObjAsm: references and highlights stay with one definition and one ROUT', async () => {
    assert.deepEqual(startLines(await client.references(objasm, { line: 3, character: 1 })), [3, 5]);
    assert.deepEqual(startLines(await client.references(objasm, { line: 3, character: 1 }, false)), [5]);
    assert.deepEqual(startLines(await client.references(objasm, at(OBJASM, 9, '10'))), [6, 8, 9]);
    assert.deepEqual(startLines(await client.references(objasm, { line: 11, character: 0 })), [11, 11]);
    const highlights = await client.documentHighlights(objasm, { line: 8, character: 0 });
    assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]).sort(), [[6, 2], [8, 3], [9, 2]]);
  });

  test('ObjAsm: rename renumbers the label and its references only', async () => {
    assert.deepEqual(await client.prepareRename(objasm, at(OBJASM, 6, '10')), { range: { start: { line: 6, character: 19 }, end: { line: 6, character: 21 } }, placeholder: '10' });
    const edit = await client.rename(objasm, at(OBJASM, 5, '10'), '30');
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [objasm]);
    assert.deepEqual(editsOf(edit?.changes?.[objasm]), ['3:0-2=30', '5:19-21=30']);
    await assert.rejects(client.rename(objasm, { line: 11, character: 0 }, '20'), /already a local label in this routine/);
    await assert.rejects(client.rename(objasm, { line: 3, character: 0 }, 'loop'), /not a local label number/);
    assert.equal((await client.rename(objasm, { line: 8, character: 0 }, '10'))?.changes?.[objasm]?.length, 3, 'its own number is not a clash');
  });

  test('MASM: @B and @F go to the nearest @@: above and below', async () => {
    assert.deepEqual(startLines(await client.definition(masm, at(MASM, 5, '@B'))), [4]);
    assert.deepEqual(startLines(await client.definition(masm, at(MASM, 6, '@F'))), [8]);
    assert.deepEqual(startLines(await client.definition(masm, at(MASM, 9, '@b'))), [8]);
    assert.deepEqual(startLines(await client.references(masm, { line: 8, character: 1 })), [6, 8, 9]);
    assert.deepEqual(startLines(await client.references(masm, { line: 4, character: 1 })), [4, 5]);
    assert.deepEqual((await client.documentHighlights(masm, at(MASM, 5, '@B'))).map((h) => [h.range.start.line, h.kind]).sort(), [[4, 3], [5, 2]]);
  });

  test('MASM: renaming an @@: label gives it that name at the definition and every @B/@F that reaches it', async () => {
    assert.deepEqual(await client.prepareRename(masm, at(MASM, 6, '@F')), { range: { start: { line: 6, character: 13 }, end: { line: 6, character: 15 } }, placeholder: '@@' });
    const edit = await client.rename(masm, at(MASM, 9, '@b'), 'Again');
    assert.deepEqual(editsOf(edit?.changes?.[masm]), ['6:13-15=Again', '8:0-2=Again', '9:13-15=Again']);
    await assert.rejects(client.rename(masm, { line: 4, character: 0 }, 'Spin'), /already defined/);
    await assert.rejects(client.rename(masm, { line: 4, character: 0 }, '1st'), /not a valid name/);
    await assert.rejects(client.rename(masm, { line: 4, character: 0 }, '@@'), /not a valid name/);
    await assert.rejects(client.rename(masm, { line: 4, character: 0 }, 'ecx'), /ecx is a register/);
  });

  test('MASM: @@ is not a symbol of its own: no workspace symbol, no plain-name references across labels', async () => {
    assert.deepEqual((await client.workspaceSymbols('@@')).filter((s) => s.name === '@@'), []);
    assert.deepEqual(startLines(await client.references(masm, { line: 4, character: 0 })), [4, 5]);
  });
});
