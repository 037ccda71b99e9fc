import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, Position } from 'vscode-languageserver-protocol';
import { LspClient, startLines } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// ObjAsm substitutes `$name` of a variable in a label's or routine's name as
// in any line: `lab$s ROUT` after `s SETS "One"` is labOne, the name branches
// use. The editor's features name it so too.

const SYNTAX_ONLY = { analysis: false };

const SOURCE = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  '        GBLS    s', //                        1
  's       SETS    "One"', //                    2
  '; The first routine.', //                     3
  'lab$s   ROUT', //                             4
  '        MOV     r0, r0', //                   5
  'sub$s.x MOV     pc, lr', //                   6
  'Other   ROUT', //                             7
  '        B       labOne', //                   8
  '        BL      subOnex', //                  9
  's       SETS    "Two"', //                    10
  'lab$s   ROUT', //                             11
  '        B       labTwo', //                   12
  '        GBLL    d', //                        13
  '        [ {TRUE}', //                         14
  's       SETS    "Three"', //                  15
  '        |', //                                16
  's       SETS    "Four"', //                   17
  '        ]', //                                18
  'arm$s   MOV     pc, lr', //                   19
  'odd$t$$ MOV     pc, lr', //                   20
  '        END', //                              21
  '',
].join('\n');

/** The position of `needle` on `line`. */
function at(line: number, needle: string): Position {
  const character = (SOURCE.split('\n')[line] ?? '').indexOf(needle);
  assert.ok(character >= 0, `${needle} on line ${line}`);
  return { line, character };
}

const names = (symbols: readonly DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? []).map((c) => `${s.name}/${c}`)]);

describe('language features over LSP: ObjAsm labels whose names hold a variable', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-substituted/s/Names';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, SYNTAX_ONLY);
    await client.open(uri, 'riscos-objasm', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('a branch to the value goes to the line that writes the variable, each value to its own', async () => {
    assert.deepEqual(await client.definition(uri, at(8, 'labOne')), [{ uri, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } } }]);
    assert.deepEqual(startLines(await client.definition(uri, at(9, 'subOnex'))), [6]);
    assert.deepEqual(startLines(await client.definition(uri, at(12, 'labTwo'))), [11]);
  });

  test('references and highlights take the written name for the value, from a branch or from the definition', async () => {
    assert.deepEqual(startLines(await client.references(uri, at(8, 'labOne'))), [4, 8]);
    assert.deepEqual(startLines(await client.references(uri, at(4, 'lab$s'))), [4, 8]);
    assert.deepEqual(startLines(await client.references(uri, at(4, 'lab$s'), false)), [8]);
    assert.deepEqual(startLines(await client.references(uri, at(11, 'lab$s'))), [11, 12]);
    assert.deepEqual((await client.documentHighlights(uri, at(8, 'labOne'))).map((h) => [h.range.start.line, h.kind]), [[4, 3], [8, 2]]);
  });

  test('the outline and workspace symbols name the routines and labels by their values', async () => {
    assert.deepEqual(names(await client.documentSymbols(uri)).filter((n) => !n.includes('|s') && n !== 's' && n !== 'd'), [
      '|T$$Code|', '|T$$Code|/labOne', '|T$$Code|/labOne/subOnex', '|T$$Code|/Other', '|T$$Code|/labTwo', '|T$$Code|/labTwo/arm$s',
      '|T$$Code|/labTwo/odd$t$$',
    ]);
    assert.deepEqual((await client.workspaceSymbols('labOne')).map((s) => [s.name, s.containerName]), [['labOne', '|T$$Code|']]);
  });

  test('hover shows the value\'s definition, on the branch and on the written name', async () => {
    for (const position of [at(8, 'labOne'), at(4, 'lab$s')]) {
      const hover = await client.hover(uri, position);
      const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
      assert.match(value, /lab\$s {3}ROUT[\s\S]*\*\*labOne\*\* — label in \|T\$\$Code\|[\s\S]*The first routine\./);
    }
  });

  test('completion offers the value, not the name as written, and nothing for a name whose variable is not known', async () => {
    const labels = (await client.completion(uri, { line: 8, character: 22 })).map((i) => i.label);
    assert.ok(labels.includes('labOne') && labels.includes('labTwo'), labels.join(', '));
    assert.deepEqual(labels.filter((l) => l.includes('$') && !l.startsWith('|')), []);
  });

  test('rename refuses a name made from a variable: the edit would drop the variable from its definition', async () => {
    assert.equal(await client.prepareRename(uri, at(8, 'labOne')), null);
    await assert.rejects(client.rename(uri, at(4, 'lab$s'), 'labThree'), /labOne is made from the value of a variable in lab\$s: change the variable instead/);
    await assert.rejects(client.rename(uri, at(8, 'labOne'), 'labThree'), /labOne is made from the value/);
    assert.deepEqual(await client.prepareRename(uri, at(7, 'Other')), { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 5 } }, placeholder: 'Other' });
  });

  test('a variable set differently in the arms of a conditional, one never set, and $$ leave the name as written', async () => {
    assert.deepEqual(startLines(await client.definition(uri, at(19, 'arm$s'))), [19]);
    assert.deepEqual(startLines(await client.definition(uri, at(20, 'odd$t$$'))), [20]);
  });
});

const HEADER = ['        GBLS    Sec', 'Sec     SETS    "Two"', '        GBLS    t', 't       SETS    "A"', ''].join('\n');
const OTHER_HEADER = ['        GBLS    t', 't       SETS    "B"', ''].join('\n');

const MAIN = [
  '        GET     Hdr:Names', //                0
  '        GET     Hdr:Other', //                1
  '        AREA    |T$$Code|, CODE, READONLY', // 2
  'Sec$Sec ROUT', //                             3
  '        B       SecTwo', //                   4
  'mix$t   MOV     pc, lr', //                   5
  '        END', //                              6
  '',
].join('\n');

describe('language features over LSP: ObjAsm labels named by a variable a GET file sets', { timeout: 60_000 }, () => {
  let client: LspClient;
  let uri: string;
  before(async () => {
    const dir = tempDir('pw-objasm-names-');
    mkdirSync(join(dir, 's'));
    mkdirSync(join(dir, 'hdr'));
    writeFileSync(join(dir, 'hdr', 'Names'), HEADER);
    writeFileSync(join(dir, 'hdr', 'Other'), OTHER_HEADER);
    writeFileSync(join(dir, 's', 'Main'), MAIN);
    uri = pathToFileURL(join(dir, 's', 'Main')).href;
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href], SYNTAX_ONLY);
    await client.open(uri, 'riscos-objasm', MAIN);
  });
  after(async () => {
    await client.shutdown();
  });

  test('go to definition, references, highlights, hover and the outline take the value the header gives', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 4, character: 18 })), [3]);
    assert.deepEqual(startLines(await client.references(uri, { line: 3, character: 1 })), [3, 4]);
    assert.deepEqual((await client.documentHighlights(uri, { line: 4, character: 18 })).map((h) => h.range.start.line), [3, 4]);
    const hover = await client.hover(uri, { line: 3, character: 1 });
    assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /\*\*SecTwo\*\* — label/);
    assert.deepEqual(names(await client.documentSymbols(uri)), ['|T$$Code|', '|T$$Code|/SecTwo', '|T$$Code|/SecTwo/mix$t']);
  });

  test('a variable two GET files leave different is not known: the name stays as written', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 5, character: 1 })), [5]);
    const hover = await client.hover(uri, { line: 5, character: 1 });
    assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /\*\*mix\$t\*\* — label/);
  });
});

const UNSET = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  'lab$t   MOV     pc, lr', //                   1
  'labe    MOV     pc, lr', //                   2
  '        B       lab$t', //                    3
  '        B       lab', //                      4
  '        END', //                              5
  '',
].join('\n');

describe('language features over LSP: an ObjAsm name holding a $name no variable defines', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-substituted/s/Unset';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, {});
  });
  after(async () => {
    await client.shutdown();
  });

  test('the diagnostics say why at each $t, the operand\'s too; go to definition finds the label written so', async () => {
    const { diagnostics } = await client.open(uri, 'riscos-objasm', UNSET);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'PW102').map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.message]), [
      [1, 3, 5, 't is not defined'], [3, 19, 21, 't is not defined'], [4, 16, 19, 'lab is not defined; did you mean labe?'],
    ]);
    assert.deepEqual(startLines(await client.definition(uri, { line: 3, character: 17 })), [1]);
  });
});

describe('language features over LSP: an ObjAsm name between bars', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-substituted/s/Bars';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, SYNTAX_ONLY);
    await client.open(uri, 'riscos-objasm', SOURCE.replace('lab$s   ROUT', '|lab$s| ROUT'));
  });
  after(async () => {
    await client.shutdown();
  });

  test('keeps its $name as written, as ObjAsm substitutes nothing there: a branch to the value finds no label', async () => {
    assert.ok(names(await client.documentSymbols(uri)).includes('|T$$Code|/|lab$s|'));
    assert.deepEqual(await client.definition(uri, at(8, 'labOne')), []);
    assert.ok((await client.completion(uri, { line: 8, character: 22 })).some((i) => i.label === '|lab$s|'));
  });
});

const SET_BY_MACROS = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  '        GBLS    s', //                        1
  '        GBLS    t', //                        2
  '        GBLA    n', //                        3
  '        MACRO', //                            4
  '        SetTo   $var, $val', //               5
  '        LCLS    s', //                        6
  '$var    SETS    "$val"', //                   7
  's       SETS    "Local"', //                  8
  '        MEND', //                             9
  '        MACRO', //                            10
  '        SetTwo', //                           11
  's       SETS    "Two"', //                    12
  '        MEND', //                             13
  's       SETS    "One"', //                    14
  '        SetTwo', //                           15
  'lab$s   MOV     pc, lr', //                   16
  '        SetTo   t, Three', //                 17
  'sub$t$s MOV     pc, lr', //                   18
  'n       SETA    0', //                        19
  '        WHILE   n < 2', //                    20
  't       SETS    "Four"', //                   21
  'n       SETA    n + 1', //                    22
  '        WEND', //                             23
  'loop$t  MOV     pc, lr', //                   24
  '        B       labTwo', //                   25
  '        B       subThreeTwo', //              26
  '        END', //                              27
  '',
].join('\n');

/** SetTwo redefined, as the lowering reads it, with a body that sets nothing: its call after that leaves s as it was. */
const REDEFINED = [
  '        AREA    |T$$Code|, CODE, READONLY', // 0
  '        GBLS    s', //                        1
  '        MACRO', //                            2
  '        SetTwo', //                           3
  's       SETS    "Two"', //                    4
  '        MEND', //                             5
  's       SETS    "One"', //                    6
  '        MACRO', //                            7
  '        SetTwo', //                           8
  '        MOV     r0, r0', //                   9
  '        MEND', //                             10
  '        SetTwo', //                           11
  'lab$s   MOV     pc, lr', //                   12
  '        B       labOne', //                   13
  '        END', //                              14
  '',
].join('\n');

describe('language features over LSP: ObjAsm variables a macro call or a WHILE loop sets', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///pw-substituted/s/Macros';
  const redefined = 'file:///pw-substituted/s/Redefined';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, SYNTAX_ONLY);
    await client.open(uri, 'riscos-objasm', SET_BY_MACROS);
    await client.open(redefined, 'riscos-objasm', REDEFINED);
  });
  after(async () => {
    await client.shutdown();
  });

  test('a call of a macro that sets a global names the labels after it by the value it sets, its arguments in place', async () => {
    assert.deepEqual(startLines(await client.definition(uri, { line: 25, character: 18 })), [16]);
    assert.deepEqual(startLines(await client.definition(uri, { line: 26, character: 18 })), [18]);
  });

  test('a macro redefined with a body that sets nothing sets nothing at the calls after it', async () => {
    assert.deepEqual(startLines(await client.definition(redefined, { line: 13, character: 18 })), [12]);
  });

  test('a setting in a WHILE loop leaves the value unknown: the name stays as written', async () => {
    const hover = await client.hover(uri, { line: 24, character: 1 });
    assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /\*\*loop\$t\*\* — label/);
  });
});
