import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// The paging analysis is not what these tests are about, and on a busy
// machine it would share the server's thread with the requests under test.
const SYNTAX_ONLY = { analysis: false };

const SOURCE = [
  '10 REM > AreaDemo', //                                   0
  '20 REM Size of the area in bytes.', //                   1
  '30 size% = &8000', //                                    2
  '40 DIM code% 1024', //                                   3
  '50 FOR pass% = 0 TO 2 STEP 2', //                        4
  '60 P% = code%', //                                       5
  '70 [ OPT pass%', //                                      6
  '80 ; Grows and shrinks on request.', //                  7
  '90 .handler', //                                         8
  '100 CMP r0, #4', //                                      9
  '110 ADDCC pc, pc, r0, LSL #2', //                        10
  '120 B unknown', //                                       11
  '130 .dyn_PreGrow', //                                    12
  '140 MOV r0, #0', //                                      13
  '150 SWI "XOS_Memory"', //                                14
  '160 .unknown', //                                        15
  '170 MOV pc, lr', //                                      16
  '180 ]', //                                               17
  '190 NEXT pass%', //                                      18
  '200 SYS "OS_DynamicArea", 0, -1, size%, -1, 0, size%, handler, 0, "Demo" TO ,area%', // 19
  '210 PROCreport(area%)', //                               20
  '220 END', //                                             21
  '230 DEF PROCreport(a%)', //                              22
  '240 PRINT a%', //                                        23
  '250 ENDPROC', //                                         24
  '',
].join('\n');

const text = (hover: Awaited<ReturnType<LspClient['hover']>>): string => {
  const contents = hover?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};
const column = (line: number, needle: string): number => (SOURCE.split('\n')[line] ?? '').indexOf(needle) + 1;

describe('language features over LSP: BBC BASIC with inline assembler', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///basic/AreaDemo,fd1';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null, SYNTAX_ONLY);
    await client.open(uri, 'riscos-bbcbasic', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('hover: SYS and SWI with the reason their first argument or MOV r0 gives', async () => {
    const sys = text(await client.hover(uri, { line: 19, character: column(19, 'OS_DynamicArea') }));
    assert.match(sys, /\*\*OS_DynamicArea\*\* — SWI &66/);
    assert.match(sys, /### OS_DynamicArea 0 — Create/);
    const swi = text(await client.hover(uri, { line: 14, character: column(14, 'XOS_Memory') }));
    assert.match(swi, /\*\*XOS_Memory\*\* — SWI &20068/);
    assert.match(swi, /### OS_Memory 0 — /);
  });

  test('hover: the handler passed in R6 by SYS, a reason-named label, variables, procedures, mnemonics', async () => {
    const handler = text(await client.hover(uri, { line: 8, character: 6 }));
    assert.match(handler, /Grows and shrinks on request\./);
    assert.match(handler, /dynamic-area handler \(R6 of OS_DynamicArea 0\)/);
    assert.match(text(await client.hover(uri, { line: 12, character: 8 })), /DAHandler_PreGrow\*\* — dynamic-area handler reason 0/);
    const size = text(await client.hover(uri, { line: 19, character: column(19, 'size%') }));
    assert.match(size, /size%\*\* — variable = &8000 \(32768\)/);
    assert.match(size, /Size of the area in bytes\./);
    assert.match(text(await client.hover(uri, { line: 20, character: 7 })), /PROCreport\*\* — procedure \(a%\)/);
    assert.match(text(await client.hover(uri, { line: 10, character: 5 })), /\*\*ADDCC\*\*/);
    assert.match(text(await client.hover(uri, { line: 9, character: 9 })), /R0\)/);
  });

  test('hover: a variable set to different values lists each place that sets it; one set alike twice shows its value', async () => {
    const flagsUri = 'file:///basic/Flags,fd1';
    const flags = [
      'INPUT "Specific pages (Y/N)"; a$', //                  0
      'IF a$ = "Y" THEN', //                                   1
      '  flags% = (1 << 7) OR (1 << 8)', //                    2
      '  max% = &100000', //                                   3
      'ELSE', //                                               4
      '  flags% = 1 << 7', //                                  5
      '  max% = &100000', //                                   6
      'ENDIF', //                                              7
      'ws% = 0', //                                            8
      'SYS "OS_Module", 6,,, 64 TO ,, ws%', //                 9
      'SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, max%, -1, ws%, "Flags" TO ,area%', // 10
      '',
    ].join('\n');
    await client.open(flagsUri, 'riscos-bbcbasic', flags);
    const at = (needle: string) => ({ line: 10, character: (flags.split('\n')[10] ?? '').indexOf(needle) + 1 });
    assert.match(text(await client.hover(flagsUri, at('flags%'))), /flags%\*\* — variable, set to different values: &180 \(384\) at line 3, &80 \(128\) at line 6$/m);
    assert.match(text(await client.hover(flagsUri, at('ws%'))), /ws%\*\* — variable, set to different values: 0 at line 9, one not known here at line 10$/m, 'SYS … TO sets it too');
    assert.match(text(await client.hover(flagsUri, at('max%'))), /max%\*\* — variable = &100000 \(1048576\)$/m, 'the same value on both arms');
  });

  test('completion: SWI names with argument snippets after SYS, flags by register, mnemonics in the assembler', async () => {
    await client.change(uri, 2, SOURCE.replace('200 SYS "OS_DynamicArea"', '200 SYS "OS_Dyn'));
    const names = await client.completion(uri, { line: 19, character: 15 });
    const create = names.find((i) => i.label === 'OS_DynamicArea 0 Create');
    assert.match(create?.insertText ?? '', /^OS_DynamicArea", 0, \$\{1:R1 area\}, \$\{2:R2 initialSize\}/);
    assert.equal(names.find((i) => i.label === 'OS_ChangeDynamicArea')?.insertText, 'OS_ChangeDynamicArea", ${1:R0 area}, ${2:R1 change}');
    const typing = SOURCE.replace('0, size%, handler', 'Dyn');
    await client.change(uri, 3, typing);
    const flags = await client.completion(uri, { line: 19, character: (typing.split('\n')[19] ?? '').indexOf(', Dyn') + 5 });
    assert.ok(flags.filter((i) => i.sortText?.startsWith('0')).some((i) => i.label === 'DynAreaFlags_NotCacheable'));
    await client.change(uri, 4, SOURCE.replace('170 MOV pc, lr', '170 MOV'));
    const mnemonics = (await client.completion(uri, { line: 16, character: 7 })).map((i) => i.label);
    for (const label of ['MOV', 'MOVVC', 'LDR', 'EQUD', 'OPT']) assert.ok(mnemonics.includes(label), label);
    await client.change(uri, 5, SOURCE);
  });

  test('completion answers nothing in a REM, an assembler comment or a string, but SWI names in their quotes', async () => {
    const lines = SOURCE.split('\n');
    assert.deepEqual(await client.completion(uri, { line: 1, character: '20 REM Size of '.length }), [], 'REM');
    assert.deepEqual(await client.completion(uri, { line: 7, character: (lines[7] ?? '').length }), [], 'assembler comment');
    assert.deepEqual(await client.completion(uri, { line: 19, character: (lines[19] ?? '').indexOf('Demo') + 2 }), [], 'a string');
    assert.ok((await client.completion(uri, { line: 19, character: (lines[19] ?? '').indexOf('size%') })).some((i) => i.label === 'size%'), 'an argument');
    assert.ok((await client.completion(uri, { line: 14, character: (lines[14] ?? '').indexOf('ory"') })).some((i) => i.label === 'XOS_Memory'), 'a SWI name');
  });


  test('completion answers nothing in a string still being typed, which has no closing quote yet', async () => {
    const typing = '240 PRINT "Area of size ';
    await client.change(uri, 100, SOURCE.replace('240 PRINT a%', typing));
    assert.deepEqual(await client.completion(uri, { line: 23, character: typing.length }), [], typing);
    const closed = '240 PRINT "Area of ";si';
    await client.change(uri, 101, SOURCE.replace('240 PRINT a%', closed));
    assert.ok((await client.completion(uri, { line: 23, character: closed.length })).some((i) => i.label === 'size%'), 'after a closed string');
    const swi = '150 SWI "XOS_Mem';
    await client.change(uri, 102, SOURCE.replace('150 SWI "XOS_Memory"', swi));
    assert.ok((await client.completion(uri, { line: 14, character: swi.length })).some((i) => i.label === 'XOS_Memory'), 'a SWI name in its open quotes');
    await client.change(uri, 103, SOURCE);
  });

  test('completion resolve documents a SYS reason with that reason\'s registers only', async () => {
    await client.change(uri, 6, SOURCE.replace('200 SYS "OS_DynamicArea"', '200 SYS "OS_Dyn'));
    const names = await client.completion(uri, { line: 19, character: 15 });
    const create = names.find((i) => i.label === 'OS_DynamicArea 0 Create');
    assert.ok(create && create.documentation === undefined);
    const doc = (await client.resolveCompletion(create)).documentation;
    const value = doc && typeof doc === 'object' ? doc.value : '';
    assert.match(value, /### OS_DynamicArea 0 — Create/);
    assert.doesNotMatch(value, /### OS_DynamicArea 1 —/);
    await client.change(uri, 7, SOURCE);
  });

  test('signature help inside SYS follows the argument and the reason', async () => {
    const help = await client.signatureHelp(uri, { line: 19, character: column(19, 'size%') });
    assert.match(help?.signatures[0]?.label ?? '', /^SYS "OS_DynamicArea 0 Create: R0 reason, R1 area, R2 initialSize/);
    assert.equal(help?.activeParameter, 2);
    const swi = await client.signatureHelp(uri, { line: 14, character: 10 });
    assert.match(swi?.signatures[0]?.label ?? '', /^SWI XOS_Memory 0 /);
    // BASIC's tokeniser reads SYS and TO written against their neighbours.
    const unspaced = '200 IF TRUE THENSYS"OS_DynamicArea",0,-1,size%,-1,0,size%,handler,0,"Demo"TO,area%';
    await client.change(uri, 8, SOURCE.replace(/^200 SYS.*$/m, unspaced));
    const inArguments = await client.signatureHelp(uri, { line: 19, character: unspaced.indexOf('size%') + 1 });
    assert.match(inArguments?.signatures[0]?.label ?? '', /^SYS "OS_DynamicArea 0 Create: /);
    assert.equal(inArguments?.activeParameter, 2);
    assert.equal(await client.signatureHelp(uri, { line: 19, character: unspaced.length }), null, 'past TO');
    await client.change(uri, 9, SOURCE);
  });

  test('definition, references, rename, highlights', async () => {
    assert.deepEqual((await client.definition(uri, { line: 19, character: column(19, 'handler') })).map((l) => l.range.start.line), [8]);
    assert.deepEqual((await client.definition(uri, { line: 20, character: 7 })).map((l) => l.range.start.line), [22]);
    assert.deepEqual((await client.references(uri, { line: 15, character: 6 })).map((l) => l.range.start.line), [11, 15]);
    const rename = await client.rename(uri, { line: 2, character: 4 }, 'bytes%');
    assert.deepEqual(rename?.changes?.[uri]?.map((e) => e.range.start.line), [2, 19, 19]);
    assert.equal((await client.documentHighlights(uri, { line: 8, character: 6 })).length, 2);
  });

  test('rename refuses a name already defined, a register or a keyword: BASIC labels are variables, so two would merge', async () => {
    const at = { line: 12, character: column(12, 'dyn_PreGrow') };
    await assert.rejects(client.rename(uri, at, 'unknown'), /unknown is already defined/);
    await assert.rejects(client.rename(uri, { line: 2, character: 4 }, 'area%'), /area% is already used/, 'SYS ... TO sets it');
    await assert.rejects(client.rename(uri, at, 'r12'), /r12 is a register/);
    await assert.rejects(client.rename(uri, at, 'TOTAL'), /TOTAL is read as a BASIC keyword/);
    assert.equal((await client.rename(uri, at, 'total'))?.changes?.[uri]?.length, 1, 'a lower-case word is a name');
    assert.equal((await client.rename(uri, at, 'dyn_PreGrow'))?.changes?.[uri]?.length, 1, 'its own name is not a clash');
  });

  test('document symbols, folding and semantic tokens', async () => {
    const symbols = await client.documentSymbols(uri);
    assert.deepEqual(symbols.filter((s) => s.detail).map((s) => [s.name, s.detail]), [['handler', 'dynamic-area handler'], ['dyn_PreGrow', 'handler reason 0 (PreGrow)']]);
    assert.ok(symbols.some((s) => s.name === 'PROCreport'));
    assert.ok((await client.foldingRanges(uri)).some((f) => f.startLine === 6 && f.endLine === 16));
    const data = (await client.semanticTokens(uri))?.data ?? [];
    const decoded: string[] = [];
    for (let i = 0, line = 0, start = 0; i < data.length; i += 5) {
      line += data[i] as number;
      start = data[i] === 0 ? start + (data[i + 1] as number) : (data[i + 1] as number);
      decoded.push(`${line}:${start}:${data[i + 3]}`);
    }
    assert.ok(decoded.includes(`19:${column(19, 'OS_DynamicArea') - 1}:0`), 'SYS name is a function');
    assert.ok(decoded.includes('8:4:1'), 'the handler label is an event');
  });
});

describe('BBC BASIC libraries over LSP', { timeout: 60_000 }, () => {
  test('LIBRARY and INSTALL link to the library, and its PROCs resolve there', async () => {
    const dir = tempDir('pw-basic-');
    writeFileSync(join(dir, 'Lib,fd1'), ['10 REM Shared helpers', '20 DEF PROCfromlib', '30 ENDPROC', ''].join('\n'));
    const main = ['10 LIBRARY "Lib"', '20 INSTALL "<Demo$Dir>.Lib"', '30 PROCfromlib', ''].join('\n');
    writeFileSync(join(dir, 'Main,fd1'), main);
    const uri = pathToFileURL(join(dir, 'Main,fd1')).href;
    const lib = pathToFileURL(join(dir, 'Lib,fd1')).href;
    const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    try {
      await client.initialize([pathToFileURL(dir).href], SYNTAX_ONLY);
      await client.open(uri, 'riscos-bbcbasic', main);
      assert.deepEqual((await client.documentLinks(uri)).map((l) => [l.range.start.line, l.range.start.character, l.target]), [[0, 12, lib], [1, 12, lib]]);
      assert.deepEqual((await client.definition(uri, { line: 2, character: 6 })).map((l) => [l.uri, l.range.start.line]), [[lib, 1]]);
    } finally {
      await client.shutdown();
    }
  });
});
