import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// The paging analysis is not what these tests are about, and on a busy
// machine it would share the server's thread with the requests under test.
const SYNTAX_ONLY = { analysis: false };

const DEFS = ['; Bytes in one block.', 'BlockSize *     16', '        MACRO', '$label  Frob    $reg', '$label  MOV     $reg, #0', '        MEND', ''].join('\n');

const SOURCE = [
  '        GET     Hdr:Defs', //                 0
  '        AREA    |Asm$$Code|, CODE, READONLY', // 1
  'AreaMax *       &100000', //                  2
  '        ^       0, r12', //                   3
  'ws_area #       4', //                        4
  'ws_size #       BlockSize', //                5
  'ws_flags #      4', //                        6
  '; Creates the area with our handler.', //    7
  'Create  ROUT', //                             8
  '        MOV     r0, #0', //                   9
  '        MOV     r1, #-1', //                  10
  '        LDR     r5, =AreaMax', //             11
  '        ADR     r6, Handler', //              12
  '        MOV     r7, r12', //                  13
  '        SWI     XOS_DynamicArea', //          14
  '        STRVC   r1, ws_area', //              15
  '        MOV     r0, #2', //                   16
  '        SWI     XOS_DynamicArea', //          17
  '        MOVS    pc, lr', //                   18
  'Handler ROUT', //                             19
  '        CMP     r0, #4', //                   20
  '        ADDCC   pc, pc, r0, LSL #2', //       21
  '        B       Unknown', //                  22
  '        B       Area_PreGrow', //             23
  'Area_PreGrow', //                             24
  '        Push    "r1-r3, lr"', //              25
  '        [ {TRUE}', //                         26
  '        NOP', //                              27
  '        |', //                                28
  '        Frob    r2', //                       29
  '        ]', //                                30
  '        Pull    "r1-r3, pc"', //              31
  'Unknown', //                                  32
  '        MOV     pc, lr', //                   33
  '        END', //                              34
  '',
].join('\n');

const text = (hover: Awaited<ReturnType<LspClient['hover']>>): string => {
  const contents = hover?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

describe('language features over LSP: RISC OS ObjAsm', { timeout: 60_000 }, () => {
  let client: LspClient;
  let uri: string;
  let defsUri: string;
  before(async () => {
    const dir = tempDir('pw-objasm-');
    mkdirSync(join(dir, 's'));
    mkdirSync(join(dir, 'hdr'));
    writeFileSync(join(dir, 'hdr', 'Defs'), DEFS);
    writeFileSync(join(dir, 's', 'Area'), SOURCE);
    uri = pathToFileURL(join(dir, 's', 'Area')).href;
    defsUri = pathToFileURL(join(dir, 'hdr', 'Defs')).href;
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href], SYNTAX_ONLY);
    await client.open(uri, 'riscos-objasm', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('hover on a SWI shows its number, X form and the register table of the reason set by MOV r0', async () => {
    const create = text(await client.hover(uri, { line: 14, character: 20 }));
    assert.match(create, /\*\*XOS_DynamicArea\*\* — SWI &20066 \(X form of OS_DynamicArea &66\)/);
    assert.match(create, /### OS_DynamicArea 0 — Create/);
    assert.match(create, /\| R6 \| handler \|/);
    assert.doesNotMatch(create, /GetInfo/);
    const info = text(await client.hover(uri, { line: 17, character: 20 }));
    assert.match(info, /### OS_DynamicArea 2 — GetInfo/);
    assert.match(info, /\*\*On exit\*\*/);
  });

  test('hover on a handler label shows the handler protocol, on a reason-named label that reason\'s registers', async () => {
    const handler = text(await client.hover(uri, { line: 19, character: 2 }));
    assert.match(handler, /dynamic-area handler \(R6 of OS_DynamicArea 0\)/);
    assert.match(handler, /\| 4 \| TestShrink \|/);
    const preGrow = text(await client.hover(uri, { line: 23, character: 20 }));
    assert.match(preGrow, /DAHandler_PreGrow\*\* — dynamic-area handler reason 0/);
    assert.match(preGrow, /\| R1 \| pageBlock \|/);
    assert.match(preGrow, /\*\*Must preserve\*\*: R1, R2/);
  });

  test('hover on storage-map fields, equates, mnemonics with conditions, registers, directives and macros', async () => {
    assert.match(text(await client.hover(uri, { line: 15, character: 22 })), /storage-map field at offset 0 from r12, 4 bytes/);
    assert.match(text(await client.hover(uri, { line: 6, character: 2 })), /storage-map field at offset &14 \(20\) from r12, 4 bytes/);
    assert.match(text(await client.hover(uri, { line: 11, character: 24 })), /AreaMax\*\* — equate = &100000 \(1048576\)/);
    assert.match(text(await client.hover(uri, { line: 21, character: 10 })), /\*\*ADDCC\*\* — Adds\. Runs only if carry clear/);
    assert.match(text(await client.hover(uri, { line: 21, character: 17 })), /R15/);
    assert.match(text(await client.hover(uri, { line: 1, character: 10 })), /\*\*AREA\*\* — directive/);
    assert.match(text(await client.hover(uri, { line: 25, character: 10 })), /\*\*Push\*\* — macro/);
    const included = text(await client.hover(uri, { line: 5, character: 18 }));
    assert.match(included, /BlockSize\*\* — equate = &10 \(16\)/);
    assert.match(included, /Defined in Defs, line 2\.[\s\S]*Bytes in one block\./);
    assert.match(text(await client.hover(uri, { line: 29, character: 10 })), /macro with parameters \$reg/);
    assert.match(text(await client.hover(uri, { line: 8, character: 2 })), /Creates the area with our handler\./);
  });

  test('hover: a name set in each arm of a conditional shows the arm the assembly takes, or each arm where that is not known', async () => {
    const armsUri = uri.replace(/Area$/, 'Arms');
    const arms = [
      '        GBLL    Debug', //                    0
      'Debug   SETL    {FALSE}', //                  1
      '        GBLA    Size', //                     2
      '        [ Debug', //                          3
      'Size    SETA    64', //                       4
      '        |', //                                5
      'Size    SETA    128', //                      6
      '        ]', //                                7
      '        [ Debug :LOR: Size = 3', //           8
      'Limit   EQU     &1000', //                    9
      '        |', //                                10
      'Limit   EQU     &2000', //                    11
      '        ]', //                                12
      '        IF :LNOT: Debug', //                  13
      'Mode    *       1', //                        14
      '        ELSE', //                             15
      'Mode    *       2', //                        16
      '        ENDIF', //                            17
      '        [ :DEF: Extra', //                    18
      'Step    *       4', //                        19
      '        |', //                                20
      'Step    *       8', //                        21
      '        ]', //                                22
      '        AREA    |Code|, CODE, READONLY', //   23
      '        MOV     r0, #Size', //                24
      '        MOV     r1, #Limit', //               25
      '        MOV     r2, #Mode', //                26
      '        MOV     r3, #Step', //                27
      '        END', //                              28
      '',
    ].join('\n');
    await client.open(armsUri, 'riscos-objasm', arms);
    const at = (line: number) => ({ line, character: 22 });
    assert.match(text(await client.hover(armsUri, at(24))), /Size\*\* — variable = &80 \(128\)$/m, 'Debug is {FALSE}: the | arm');
    assert.match(text(await client.hover(armsUri, at(25))), /Limit\*\* — equate = &2000 \(8192\)$/m, 'neither Debug nor Size = 3');
    assert.match(text(await client.hover(armsUri, at(26))), /Mode\*\* — equate = 1$/m, 'IF :LNOT: Debug holds');
    assert.match(text(await client.hover(armsUri, at(27))), /Step\*\* — equate, set to different values: 4 at line 20, 8 at line 22$/m, ':DEF: Extra is not known here');
  });

  test('completion: SWIs after SWI, mnemonics with condition codes, operands, GET file names', async () => {
    await client.change(uri, 2, SOURCE.replace('        SWI     XOS_DynamicArea\n        STRVC', '        SWI     XOS_Dyn\n        STRVC'));
    const swis = await client.completion(uri, { line: 14, character: 23 });
    assert.ok(swis.some((i) => i.label === 'XOS_DynamicArea' && i.detail === 'SWI &20066'));
    assert.ok(swis.some((i) => i.label === 'OS_Memory'));
    await client.change(uri, 3, SOURCE.replace('        MOVS    pc, lr', '        MOV'));
    const mnemonics = (await client.completion(uri, { line: 18, character: 11 })).map((i) => i.label);
    for (const label of ['MOV', 'MOVEQ', 'MOVVS', 'MOVNES', 'MOVS', 'LDR', 'SWI', 'Push', 'Frob', 'ALIGN']) assert.ok(mnemonics.includes(label), label);
    await client.change(uri, 4, SOURCE.replace('        GET     Hdr:Defs', '        GET     h'));
    assert.deepEqual((await client.completion(uri, { line: 0, character: 17 })).map((i) => i.label), ['hdr.Defs']);
    await client.change(uri, 5, SOURCE);
    const operands = (await client.completion(uri, { line: 15, character: 28 })).map((i) => i.label);
    for (const label of ['r1', 'ws_area', 'BlockSize', 'DynAreaFlags_NotCacheable']) assert.ok(operands.includes(label), label);
  });

  test('completion answers nothing in a comment or a string', async () => {
    assert.deepEqual(await client.completion(uri, { line: 7, character: '; Creates the '.length }), []);
    const withString = SOURCE.replace('        NOP', '        =       "Cache name", 0 ; the name');
    await client.change(uri, 8, withString);
    const line = withString.split('\n')[27] ?? '';
    assert.deepEqual(await client.completion(uri, { line: 27, character: line.indexOf('name') }), [], 'inside a string');
    assert.deepEqual(await client.completion(uri, { line: 27, character: line.length }), [], 'end of the comment');
    assert.ok((await client.completion(uri, { line: 27, character: line.indexOf(', 0') + 2 })).some((i) => i.label === 'BlockSize'), 'after the string');
    await client.change(uri, 9, SOURCE);
  });


  test('completion answers nothing in a string or character still being typed, which has no closing quote yet', async () => {
    for (const [version, typing] of [[100, '        =       "Cache name'], [101, "        MOV     r0, #'a"]] as const) {
      await client.change(uri, version, SOURCE.replace('        NOP', typing));
      assert.deepEqual(await client.completion(uri, { line: 27, character: typing.length }), [], typing);
    }
    const closed = '        =       "it\'s", ';
    await client.change(uri, 102, SOURCE.replace('        NOP', closed));
    assert.ok((await client.completion(uri, { line: 27, character: closed.length })).some((i) => i.label === 'BlockSize'), 'after a closed string');
    await client.change(uri, 103, SOURCE);
  });

  test('completion resolve documents SWIs, storage-map fields and constants', async () => {
    const resolvedDoc = async (item: CompletionItem | undefined): Promise<string> => {
      assert.ok(item && item.documentation === undefined && item.data !== undefined, 'documented only on resolve');
      const doc = (await client.resolveCompletion(item)).documentation;
      return doc && typeof doc === 'object' ? doc.value : '';
    };
    await client.change(uri, 6, SOURCE.replace('        SWI     XOS_DynamicArea\n        STRVC', '        SWI     XOS_Dyn\n        STRVC'));
    const swis = await client.completion(uri, { line: 14, character: 23 });
    assert.match(await resolvedDoc(swis.find((i) => i.label === 'XOS_DynamicArea')), /\*\*XOS_DynamicArea\*\* — SWI &20066 \(X form of OS_DynamicArea/);
    await client.change(uri, 7, SOURCE);
    const operands = await client.completion(uri, { line: 15, character: 28 });
    assert.match(await resolvedDoc(operands.find((i) => i.label === 'ws_size')), /storage-map field at offset 4 from r12, 16 bytes/);
    assert.match(await resolvedDoc(operands.find((i) => i.label === 'DynAreaFlags_NotCacheable')), /\*\*DynAreaFlags_NotCacheable\*\* = &/);
  });

  test('signature help for a SWI shows the registers of the reason MOV r0 selects', async () => {
    const create = await client.signatureHelp(uri, { line: 14, character: 20 });
    assert.match(create?.signatures[0]?.label ?? '', /^SWI XOS_DynamicArea 0 Create: R0 reason, R1 area, R2 initialSize, .*R6 handler/);
    assert.equal(create?.signatures.length, 1);
    const info = await client.signatureHelp(uri, { line: 17, character: 20 });
    assert.equal(info?.signatures[0]?.label, 'SWI XOS_DynamicArea 2 GetInfo: R0 reason, R1 area');
  });

  test('definition, references and rename across GET', async () => {
    assert.deepEqual((await client.definition(uri, { line: 5, character: 18 })).map((l) => [l.uri, l.range.start.line]), [[defsUri, 1]]);
    assert.deepEqual((await client.definition(uri, { line: 29, character: 10 })).map((l) => [l.uri, l.range.start.line]), [[defsUri, 3]]);
    assert.deepEqual((await client.references(uri, { line: 19, character: 2 })).map((l) => l.range.start.line), [12, 19]);
    const rename = await client.rename(uri, { line: 4, character: 2 }, 'ws_number');
    assert.deepEqual(rename?.changes?.[uri]?.map((e) => e.range.start.line), [4, 15]);
  });

  test('rename refuses a name already defined (here or through GET), a register or a reserved word', async () => {
    const at = { line: 4, character: 2 };
    await assert.rejects(client.rename(uri, at, 'ws_flags'), /ws_flags is already defined/);
    await assert.rejects(client.rename(uri, at, 'BlockSize'), /BlockSize is already defined/);
    await assert.rejects(client.rename(uri, at, 'r12'), /r12 is a register/);
    await assert.rejects(client.rename(uri, at, 'lr'), /lr is a register/);
    await assert.rejects(client.rename(uri, at, 'MOVEQ'), /MOVEQ is a reserved word/);
    await assert.rejects(client.rename(uri, at, 'ALIGN'), /ALIGN is a reserved word/);
    assert.equal((await client.rename(uri, at, 'Ws_Flags'))?.changes?.[uri]?.length, 2, 'ObjAsm names are case-sensitive');
    assert.equal((await client.rename(uri, at, 'Moveq'))?.changes?.[uri]?.length, 2, 'ObjAsm reads no mixed-case mnemonic');
  });

  test('document symbols show the area, routines, the handler with its reasons, and the storage map', async () => {
    const symbols = await client.documentSymbols(uri);
    const area = symbols.find((s) => s.name === '|Asm$$Code|');
    const handler = area?.children?.find((s) => s.name === 'Handler');
    assert.equal(handler?.detail, 'dynamic-area handler');
    assert.deepEqual(handler?.children?.map((s) => [s.name, s.detail]), [['Area_PreGrow', 'handler reason 0 (PreGrow)'], ['Unknown', undefined]]);
    assert.ok(symbols.some((s) => s.name === 'ws_flags'));
    assert.ok(area?.children?.some((s) => s.name === 'Create'));
  });

  test('folding, highlights, links and semantic tokens', async () => {
    const folds = (await client.foldingRanges(uri)).map((f) => `${f.startLine}-${f.endLine}`);
    for (const fold of ['8-17', '19-33', '26-27', '28-29']) assert.ok(folds.includes(fold), `${fold} in ${folds.join(', ')}`);
    assert.deepEqual((await client.documentHighlights(uri, { line: 12, character: 22 })).map((h) => h.range.start.line), [12, 19]);
    assert.deepEqual((await client.documentLinks(uri)).map((l) => l.target), [defsUri]);
    const data = (await client.semanticTokens(uri))?.data ?? [];
    const decoded: string[] = [];
    for (let i = 0, line = 0, start = 0; i < data.length; i += 5) {
      line += data[i] as number;
      start = data[i] === 0 ? start + (data[i + 1] as number) : (data[i + 1] as number);
      decoded.push(`${line}:${start}:${data[i + 3]}`);
    }
    assert.ok(decoded.includes('14:16:0'), 'the SWI is a function');
    assert.ok(decoded.includes('19:0:1'), 'the handler is an event');
    assert.ok(decoded.includes('12:20:1'), 'the handler reference is an event');
  });
});

// Names the built-in system headers define (no header file needed): hover
// documents them, and a reason named by one selects the SWI's reason as the
// number does. A header the workspace has is the definition's target.
const HEADER_USER = [
  '        GET     Hdr:System', //                 0
  '        GET     Hdr:ModHand', //                1
  '        GET     Hdr:Services', //               2
  '        AREA    |Asm$$Code|, CODE, READONLY', // 3
  'NotReason *     99', //                         4
  'Init    MOV     r0, #ModHandReason_Claim', //   5
  '        MOV     r3, #256', //                   6
  '        SWI     XOS_Module', //                 7
  '        MOV     r0, #NotReason', //             8
  '        SWI     XOS_Module', //                 9
  '        TEQ     r1, #Service_Reset', //         10
  '        BICS    pc, lr, #V_bit', //             11
  '        MOV     r0, #ModHandReason_Run', //     12
  '        SWI     XOS_Module', //                 13
  '        END', //                                14
  '',
].join('\n');

describe('language features over LSP: names of the built-in RISC OS headers', { timeout: 60_000 }, () => {
  let client: LspClient;
  let uri: string;
  let servicesUri: string;
  before(async () => {
    const dir = tempDir('pw-objasm-hdr-');
    mkdirSync(join(dir, 's'));
    mkdirSync(join(dir, 'hdr'));
    writeFileSync(join(dir, 'hdr', 'Services'), 'Service_Reset   *       &27\n');
    writeFileSync(join(dir, 's', 'Mod'), HEADER_USER);
    uri = pathToFileURL(join(dir, 's', 'Mod')).href;
    servicesUri = pathToFileURL(join(dir, 'hdr', 'Services')).href;
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href], SYNTAX_ONLY);
    await client.open(uri, 'riscos-objasm', HEADER_USER);
  });
  after(async () => {
    await client.shutdown();
  });

  test('hover shows a built-in header name with its value, header and meaning', async () => {
    const claim = text(await client.hover(uri, { line: 5, character: 26 }));
    assert.match(claim, /\*\*ModHandReason_Claim\*\* = &6 \(6\) — RISC OS constant from Hdr:ModHand/);
    assert.match(claim, /OS_Module reason 6, Claim: Claims a block of the RMA/);
    const vBit = text(await client.hover(uri, { line: 11, character: 26 }));
    assert.match(vBit, /\*\*V_bit\*\* = &10000000 \(268435456\) — RISC OS constant from Hdr:System/);
    assert.match(vBit, /Condition flag bit/);
  });

  test('a name the workspace\'s own header defines is that definition, not the built-in one', async () => {
    assert.match(text(await client.hover(uri, { line: 10, character: 26 })), /\*\*Service_Reset\*\* — equate = &27 \(39\)[\s\S]*Defined in Services, line 1\./);
    assert.deepEqual((await client.definition(uri, { line: 10, character: 26 })).map((l) => [l.uri, l.range.start.line]), [[servicesUri, 0]]);
    assert.deepEqual(await client.definition(uri, { line: 11, character: 26 }), []);
  });

  test('signature help and SWI hover take a reason named by a header as its number', async () => {
    const claim = await client.signatureHelp(uri, { line: 7, character: 20 });
    assert.deepEqual(claim?.signatures.map((s) => s.label), ['SWI XOS_Module 6 Claim: R0 reason, R3 size']);
    assert.match(text(await client.hover(uri, { line: 7, character: 20 })), /### OS_Module 6 — Claim/);
    const notReason = await client.signatureHelp(uri, { line: 9, character: 20 });
    assert.ok((notReason?.signatures.length ?? 0) > 1, 'a value no reason has leaves every reason');
  });

  test('signature help for a known reason without a register table names that reason alone', async () => {
    const run = await client.signatureHelp(uri, { line: 13, character: 20 });
    assert.deepEqual(run?.signatures.map((s) => s.label), ['SWI XOS_Module 0 Run']);
    assert.equal(run?.activeSignature, 0);
  });

  test('completion offers the built-in header names where an operand goes, documented on resolve; the workspace\'s own once, as its definition', async () => {
    const operands = await client.completion(uri, { line: 11, character: '        BICS    pc, lr, #V_'.length });
    const vBit = operands.find((i) => i.label === 'V_bit');
    assert.equal(vBit?.kind, CompletionItemKind.EnumMember);
    assert.equal(vBit?.detail, '&10000000 (Hdr:System)');
    assert.equal(vBit?.documentation, undefined);
    const doc = (await client.resolveCompletion(vBit ?? assert.fail('V_bit offered'))).documentation;
    assert.match(doc && typeof doc === 'object' ? doc.value : '', /\*\*V_bit\*\* = &10000000 \(268435456\) — RISC OS constant from Hdr:System/);
    for (const label of ['ModHandReason_Claim', 'HeapReason_Get', 'SVC_mode', 'NotReason', 'r1']) assert.ok(operands.some((i) => i.label === label), label);
    // Service_Reset is hdr.Services' equate here; a name the catalogue has is its constant, listed once.
    assert.deepEqual(operands.filter((i) => i.label === 'Service_Reset').map((i) => i.kind), [CompletionItemKind.Constant]);
    assert.equal(operands.filter((i) => i.label === 'Service_PagesUnsafe').length, 1);
    // Not where a mnemonic or a SWI name goes.
    const mnemonics = await client.completion(uri, { line: 14, character: '        '.length });
    assert.ok(mnemonics.some((i) => i.label === 'MOV') && !mnemonics.some((i) => i.label === 'V_bit'));
    const swis = await client.completion(uri, { line: 7, character: '        SWI     XOS_'.length });
    assert.ok(swis.some((i) => i.label === 'XOS_Module') && !swis.some((i) => i.label === 'ModHandReason_Claim'));
  });

  test('semantic tokens colour a built-in header name as a constant of the system, the workspace\'s own as its equate', async () => {
    const data = (await client.semanticTokens(uri))?.data ?? [];
    const tokens = new Map<string, string>();
    for (let i = 0, line = 0, start = 0; i < data.length; i += 5) {
      line += data[i] as number;
      start = data[i] === 0 ? start + (data[i + 1] as number) : (data[i + 1] as number);
      tokens.set(`${line}:${start}`, `${data[i + 2]} ${data[i + 3]} ${data[i + 4]}`);
    }
    // length, type (3: enumMember), modifiers (1: defaultLibrary, 4: readonly).
    assert.equal(tokens.get('11:25'), '5 3 5', 'V_bit');
    assert.equal(tokens.get('5:21'), '19 3 5', 'ModHandReason_Claim');
    assert.equal(tokens.get('12:21'), '17 3 5', 'ModHandReason_Run');
    assert.equal(tokens.get('10:21'), '13 3 4', 'Service_Reset, the workspace header\'s equate');
    assert.equal(tokens.get('8:21'), '9 3 4', 'NotReason, an equate of the file');
  });
});
