import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { SymbolKind, type CompletionItem, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// The paging analysis is not what these tests are about, and on a busy
// machine it would share the server's thread with the requests under test.
const SYNTAX_ONLY = { analysis: false };

const DEFS = ['; Pages in one cache buffer.', 'BUF_PAGES EQU 4', ''].join('\n');

const SOURCE = [
  '.386p', //                                                                  0
  'include defs.inc', //                                                       1
  ';; Flags for the cache buffer.', //                                         2
  ';; Fixed so it can be touched at interrupt time.', //                        3
  'CACHE_FLAGS EQU PageFixed + PageZeroInit', //                                4
  'Buf_Struc STRUC', //                                                        5
  '  bs_Addr  dd ?', //                                                        6
  '  bs_Count dw ?', //                                                        7
  '  bs_Pad   db 2 dup (?)', //                                                8
  '  bs_Next  dd ?', //                                                        9
  'Buf_Struc ENDS', //                                                         10
  'SaveTwo MACRO first, second', //                                            11
  '  push first', //                                                           12
  '  push second', //                                                          13
  'ENDM', //                                                                   14
  'VxD_LOCKED_CODE_SEG', //                                                    15
  'BeginProc Alloc_Buffer', //                                                 16
  '        VMMcall _PageAllocate, <BUF_PAGES, PG_SYS, 0, 0, 0, 0, 0, CACHE_FLAGS>', // 17
  '        test eax, eax', //                                                  18
  '        jz   Fail', //                                                      19
  '        mov  [esi.bs_Next], eax', //                                        20
  '        SaveTwo eax, ebx', //                                               21
  'IFDEF DEBUG', //                                                            22
  '        nop', //                                                            23
  'ENDIF', //                                                                  24
  '; Failure path: EAX is 0.', //                                              25
  'Fail:   ret', //                                                            26
  'EndProc Alloc_Buffer', //                                                   27
  'VxD_LOCKED_CODE_ENDS', //                                                   28
  'Begin_Control_Dispatch CACHE', //                                           29
  '        Control_Dispatch Device_Init, Alloc_Buffer', //                      30
  'End_Control_Dispatch CACHE', //                                             31
  '',
].join('\n');

/** Another open module: it shares defs.inc but has its own Fail label. */
const OTHER = ['include defs.inc', 'BeginProc Other', '        mov ecx, BUF_PAGES', '        jmp Fail', 'Fail:   ret', 'EndProc Other', ''].join('\n');

const text = (hover: Awaited<ReturnType<LspClient['hover']>>): string => {
  const contents = hover?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

describe('language features over LSP: VxD MASM', { timeout: 60_000 }, () => {
  let client: LspClient;
  let uri: string;
  let defsUri: string;
  let otherUri: string;
  before(async () => {
    const dir = tempDir('pw-masm-');
    writeFileSync(join(dir, 'defs.inc'), DEFS);
    writeFileSync(join(dir, 'cache.asm'), SOURCE);
    uri = pathToFileURL(join(dir, 'cache.asm')).href;
    defsUri = pathToFileURL(join(dir, 'defs.inc')).href;
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    const init = await client.initialize([pathToFileURL(dir).href], SYNTAX_ONLY);
    for (const capability of ['hoverProvider', 'completionProvider', 'signatureHelpProvider', 'definitionProvider', 'referencesProvider', 'renameProvider',
      'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'documentHighlightProvider', 'documentLinkProvider', 'semanticTokensProvider'] as const) {
      assert.ok(init.capabilities[capability], capability);
    }
    await client.open(uri, 'vxd-masm', SOURCE);
    otherUri = pathToFileURL(join(dir, 'other.asm')).href;
    await client.open(otherUri, 'vxd-masm', OTHER);
  });
  after(async () => {
    await client.shutdown();
  });

  test('hover on a VMM service shows its prototype, parameters, failure value, clobbers, versions and related services', async () => {
    const value = text(await client.hover(uri, { line: 17, character: 20 }));
    assert.match(value, /VMMcall _PageAllocate, <nPages, pType, VM, AlignMask, minPhys, maxPhys, PhysAddr, flags>/);
    assert.match(value, /053h/);
    assert.match(value, /`PageFixed` \(8h\)/);
    assert.match(value, /must be 0 when pType = PG_SYS/);
    assert.match(value, /\*\*Fails\*\* with 0 in EAX/);
    assert.match(value, /\*\*Clobbers\*\* EAX, ECX, EDX, EFLAGS/);
    assert.match(value, /Windows 3\.0 and later/);
    assert.match(value, /\*\*Related\*\*: _PageFree/);
  });

  test('hover on catalogue constants, registers, mnemonics and vmm.inc macros', async () => {
    assert.match(text(await client.hover(uri, { line: 17, character: 46 })), /\*\*PG_SYS\*\* = 1h/);
    assert.match(text(await client.hover(uri, { line: 18, character: 14 })), /\*\*EAX\*\*/);
    assert.match(text(await client.hover(uri, { line: 18, character: 9 })), /\*\*test\*\*.*\n\nFlags: OF=0 CF=0/);
    assert.match(text(await client.hover(uri, { line: 16, character: 3 })), /\*\*BeginProc\*\* — macro/);
    assert.match(text(await client.hover(uri, { line: 15, character: 5 })), /locked/);
  });

  test('hover on user symbols: evaluated equates, struct field offsets, macro parameters, label comments, included equates', async () => {
    const equate = text(await client.hover(uri, { line: 17, character: 70 }));
    assert.match(equate, /CACHE_FLAGS\*\* — equate = 9/);
    assert.match(equate, /Flags for the cache buffer\.\s+\nFixed so it/);
    assert.match(text(await client.hover(uri, { line: 20, character: 20 })), /field of Buf_Struc at offset 8, 4 bytes/);
    assert.match(text(await client.hover(uri, { line: 21, character: 10 })), /macro with parameters first, second/);
    assert.match(text(await client.hover(uri, { line: 19, character: 14 })), /label in Alloc_Buffer[\s\S]*Failure path: EAX is 0\./);
    const included = text(await client.hover(uri, { line: 17, character: 34 }));
    assert.match(included, /BUF_PAGES\*\* — equate = 4/);
    assert.match(included, /Defined in defs\.inc, line 2/);
  });

  test('completion offers services with snippet argument lists after VMMcall', async () => {
    await client.change(uri, 2, SOURCE.replace('        test eax, eax', '        VMMcall _Page'));
    const items = await client.completion(uri, { line: 18, character: 21 });
    const allocate = items.find((i) => i.label === '_PageAllocate');
    assert.equal(allocate?.insertText, '_PageAllocate, <${1:nPages}, ${2:pType}, ${3:VM}, ${4:AlignMask}, ${5:minPhys}, ${6:maxPhys}, ${7:PhysAddr}, ${8:flags}>');
    assert.equal(allocate?.insertTextFormat, 2);
    assert.ok(items.every((i) => i.label.startsWith('_Page')), 'a long list is cut to what was typed');
    await client.change(uri, 3, SOURCE.replace('        test eax, eax', '        VMMcall Get_Cur'));
    const register = await client.completion(uri, { line: 18, character: 23 });
    assert.equal(register.find((i) => i.label === 'Get_Cur_VM_Handle')?.insertText, 'Get_Cur_VM_Handle');
    await client.change(uri, 4, SOURCE);
  });

  test('completion offers the flags in the flags position and the page types in the pType position', async () => {
    const flags = await client.completion(uri, { line: 17, character: 70 });
    const first = flags.filter((i) => i.sortText?.startsWith('0')).map((i) => i.label);
    assert.deepEqual(first, ['PageZeroInit', 'PageUseAlign', 'PageContig', 'PageFixed', 'PageLocked', 'PageLockedIfDP', 'PageMapFreePhysReg']);
    const types = await client.completion(uri, { line: 17, character: 46 });
    assert.deepEqual(types.filter((i) => i.sortText?.startsWith('0')).map((i) => i.label), ['PG_VM', 'PG_SYS', 'PG_HOOKED']);
    assert.ok(types.some((i) => i.label === 'BUF_PAGES'), 'equates of included files');
    assert.ok(types.some((i) => i.label === 'esi'), 'registers');
  });

  test('completion offers mnemonics, directives and macros at the start of a line, and include file names', async () => {
    const start = await client.completion(uri, { line: 23, character: 8 });
    for (const label of ['mov', 'jz', 'VMMcall', 'BeginProc', 'SaveTwo', 'include']) assert.ok(start.some((i) => i.label === label), label);
    await client.change(uri, 5, SOURCE.replace('include defs.inc', 'include d'));
    const files = await client.completion(uri, { line: 1, character: 9 });
    assert.deepEqual(files.map((i) => i.label), ['defs.inc']);
    await client.change(uri, 6, SOURCE);
  });

  test('completion answers nothing in a comment or a string, where space would pop the list up at every word', async () => {
    const lines = SOURCE.split('\n');
    assert.deepEqual(await client.completion(uri, { line: 2, character: (lines[2] ?? '').length }), [], 'end of a comment line');
    assert.deepEqual(await client.completion(uri, { line: 25, character: '; Failure path: EAX '.length }), [], 'after a space in a comment');
    const withString = SOURCE.replace('        nop', "        db      'Cache name', 0 ; the name");
    await client.change(uri, 13, withString);
    const line = withString.split('\n')[23] ?? '';
    assert.deepEqual(await client.completion(uri, { line: 23, character: line.indexOf('name') }), [], 'inside a string');
    assert.ok((await client.completion(uri, { line: 23, character: line.indexOf(', 0') + 2 })).some((i) => i.label === 'eax'), 'after the string, before the comment');
    assert.ok((await client.completion(uri, { line: 23, character: line.indexOf("'C") })).length > 0, 'before the opening quote');
    await client.change(uri, 14, SOURCE);
  });


  test('completion answers nothing in a string still being typed, which has no closing quote yet', async () => {
    for (const [version, typing] of [[100, "        db      'Cache name"], [101, '        db      "Cache name ; not yet a comment']] as const) {
      await client.change(uri, version, SOURCE.replace('        nop', typing));
      assert.deepEqual(await client.completion(uri, { line: 23, character: typing.length }), [], typing);
    }
    const closed = "        db      'it''s', ";
    await client.change(uri, 102, SOURCE.replace('        nop', closed));
    assert.ok((await client.completion(uri, { line: 23, character: closed.length })).some((i) => i.label === 'eax'), 'after a closed string');
    await client.change(uri, 103, SOURCE);
  });

  test('completion items carry only a small data; resolve fills in services, constants and user symbols', async () => {
    const docOf = async (item: CompletionItem | undefined): Promise<string> => {
      assert.ok(item, 'item offered');
      assert.equal(item.documentation, undefined, `${item.label} is documented only on resolve`);
      assert.ok(JSON.stringify(item.data).length < 200, 'data stays small');
      const resolved = await client.resolveCompletion(item);
      const doc = resolved.documentation;
      return doc && typeof doc === 'object' ? doc.value : '';
    };
    await client.change(uri, 7, SOURCE.replace('        test eax, eax', '        VMMcall _Page'));
    const services = await client.completion(uri, { line: 18, character: 21 });
    assert.match(await docOf(services.find((i) => i.label === '_PageAllocate')), /\*\*Fails\*\* with 0 in EAX/);
    await client.change(uri, 8, SOURCE);
    const operands = await client.completion(uri, { line: 18, character: 18 });
    assert.match(await docOf(operands.find((i) => i.label === 'PG_SYS')), /\*\*PG_SYS\*\* = 1h/);
    const included = await docOf(operands.find((i) => i.label === 'BUF_PAGES'));
    assert.match(included, /BUF_PAGES\*\* — equate = 4/);
    assert.match(included, /Pages in one cache buffer\./);
    assert.match(await docOf(operands.find((i) => i.label === 'Fail')), /label in Alloc_Buffer[\s\S]*Failure path: EAX is 0\./);
  });

  test('completion resolve leaves items without data, with unknown data or already documented as they were', async () => {
    const flags = await client.completion(uri, { line: 17, character: 70 });
    const fixed = flags.find((i) => i.label === 'PageFixed' && i.sortText?.startsWith('0'));
    assert.ok(fixed?.documentation, 'an argument value is documented by its argument at once');
    assert.deepEqual(await client.resolveCompletion(fixed), fixed);
    const mnemonic = (await client.completion(uri, { line: 23, character: 8 })).find((i) => i.label === 'mov');
    assert.ok(mnemonic);
    assert.deepEqual(await client.resolveCompletion(mnemonic), mnemonic);
    for (const data of [{ kind: 'service', name: 'No_Such_Service' }, { kind: 'definition', uri: 'file:///nowhere.asm', name: 'X' }, { kind: 'bogus' }, 'text']) {
      const item = { label: 'x', data };
      assert.deepEqual(await client.resolveCompletion(item), item);
    }
  });

  test('signature help follows the argument under the cursor and respects nested < >', async () => {
    const help = await client.signatureHelp(uri, { line: 17, character: 70 });
    assert.equal(help?.signatures[0]?.label, '_PageAllocate <nPages, pType, VM, AlignMask, minPhys, maxPhys, PhysAddr, flags>');
    assert.equal(help?.activeParameter, 7);
    assert.equal((await client.signatureHelp(uri, { line: 17, character: 45 }))?.activeParameter, 1);
    const nested = SOURCE.replace('<BUF_PAGES, PG_SYS, 0,', '<<SIZE Buf_Struc>, <NOT 0>, 0,');
    await client.change(uri, 9, nested);
    const third = (nested.split('\n')[17] ?? '').indexOf('<NOT 0>, ') + 9;
    assert.equal((await client.signatureHelp(uri, { line: 17, character: third }))?.activeParameter, 2);
    assert.equal(await client.signatureHelp(uri, { line: 18, character: 12 }), null);
    await client.change(uri, 10, SOURCE);
  });

  test('definition, references and rename work within the file and across the include', async () => {
    assert.deepEqual(await client.definition(uri, { line: 17, character: 34 }), [{ uri: defsUri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } } }]);
    assert.deepEqual((await client.definition(uri, { line: 20, character: 20 })).map((l) => l.range.start.line), [9]);
    assert.deepEqual((await client.references(uri, { line: 26, character: 1 })).map((l) => l.range.start.line), [19, 26]);
    assert.deepEqual((await client.references(uri, { line: 26, character: 1 }, false)).map((l) => l.range.start.line), [19]);
    const rename = await client.rename(uri, { line: 19, character: 14 }, 'Failed');
    assert.deepEqual(rename?.changes?.[uri]?.map((e) => [e.range.start.line, e.newText]), [[19, 'Failed'], [26, 'Failed']]);
    const across = await client.rename(uri, { line: 17, character: 34 }, 'CACHE_PAGES');
    assert.deepEqual(Object.keys(across?.changes ?? {}).sort(), [uri, defsUri, otherUri].sort());
    assert.equal(await client.prepareRename(uri, { line: 18, character: 9 }), null, 'mnemonics are not renamed');
    await assert.rejects(client.rename(uri, { line: 19, character: 14 }, '1bad'));
    await assert.rejects(client.rename(uri, { line: 19, character: 14 }, 'Alloc_Buffer'), /Alloc_Buffer is already defined/, 'the jump would re-enter the procedure');
    await assert.rejects(client.rename(uri, { line: 19, character: 14 }, 'buf_pages'), /buf_pages is already defined/, 'through the include, ignoring case');
    await assert.rejects(client.rename(uri, { line: 19, character: 14 }, 'EAX'), /EAX is a register/);
    await assert.rejects(client.rename(uri, { line: 19, character: 14 }, 'dword'), /dword is a reserved word/);
    await assert.rejects(client.rename(uri, { line: 19, character: 14 }, 'Lea'), /Lea is a reserved word/);
    assert.equal((await client.rename(uri, { line: 19, character: 14 }, 'FAIL'))?.changes?.[uri]?.length, 2, 'a change of case is the same name');
  });

  test('another open module shares the include\'s names but not its own labels', async () => {
    const shared = await client.references(uri, { line: 17, character: 34 });
    assert.deepEqual(shared.map((l) => l.uri).sort(), [defsUri, otherUri, uri].sort());
    const own = await client.references(uri, { line: 26, character: 1 });
    assert.ok(own.every((l) => l.uri === uri));
    assert.deepEqual((await client.definition(otherUri, { line: 3, character: 13 })).map((l) => [l.uri, l.range.start.line]), [[otherUri, 4]]);
  });

  test('document symbols nest procedures in segments and fields in structures, with control messages', async () => {
    const symbols = await client.documentSymbols(uri);
    const segment = symbols.find((s) => s.name === 'VxD_LOCKED_CODE_SEG');
    const procedure = segment?.children?.find((s) => s.name === 'Alloc_Buffer');
    assert.deepEqual(procedure?.children?.map((s) => s.name), ['Fail']);
    assert.deepEqual(symbols.find((s) => s.name === 'Buf_Struc')?.children?.map((s) => s.name), ['bs_Addr', 'bs_Count', 'bs_Pad', 'bs_Next']);
    assert.ok(symbols.some((s) => s.name === 'SaveTwo'));
    assert.ok(symbols.some((s) => s.name === 'CACHE_FLAGS'));
    assert.equal(procedure?.detail, 'handles Device_Init');
    const workspace = await client.workspaceSymbols('BUF_P');
    assert.deepEqual(workspace.map((s) => [s.name, s.location.uri]), [['BUF_PAGES', defsUri]]);
  });

  test('a procedure whose BeginProc lines IFDEF chooses is a symbol named by its first header', async () => {
    const split = 'file:///virtual/split.asm';
    const text = ['IFDEF DEBUG', 'BeginProc Grab, HIGH_FREQ', 'ELSE', 'BeginProc Grab', 'ENDIF', 'Again:  jmp Again', 'EndProc Grab', '        call Grab', ''].join('\n');
    await client.open(split, 'vxd-masm', text);
    const symbols = await client.documentSymbols(split);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['Grab', ['Again']]]);
    assert.deepEqual((await client.definition(split, { line: 7, character: 14 })).map((l) => l.range.start), [{ line: 1, character: 10 }]);
  });

  test('a procedure whose EndProc lines IFDEF chooses is one symbol, with references from both EndProc lines', async () => {
    const split = 'file:///virtual/splitEnd.asm';
    const text = ['BeginProc Foo', 'Again:  jmp Again', 'IFDEF DEBUG', 'EndProc Foo', 'ELSE', 'EndProc Foo', 'ENDIF', '        call Foo', ''].join('\n');
    await client.open(split, 'vxd-masm', text);
    const symbols = await client.documentSymbols(split);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name), s.range.start.line, s.range.end.line]), [['Foo', ['Again'], 0, 6]]);
    assert.deepEqual((await client.definition(split, { line: 7, character: 14 })).map((l) => l.range.start), [{ line: 0, character: 10 }]);
    assert.deepEqual((await client.references(split, { line: 0, character: 10 })).map((l) => l.range.start.line), [0, 3, 5, 7]);
  });

  test('a segment whose opening lines IFDEF chooses is a symbol named by the first of them, holding its procedures', async () => {
    const split = 'file:///virtual/splitSeg.asm';
    const text = ['IFDEF DEBUG', 'VxD_LOCKED_CODE_SEG', 'ELSE', 'VxD_PAGEABLE_CODE_SEG', 'ENDIF', 'BeginProc Grab', 'EndProc Grab', 'VxD_LOCKED_CODE_ENDS', ''].join('\n');
    await client.open(split, 'vxd-masm', text);
    const symbols = await client.documentSymbols(split);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name), s.range.start.line, s.range.end.line]), [['VxD_LOCKED_CODE_SEG', ['Grab'], 0, 7]]);
  });

  test('a procedure that wrapper macros open and close is a symbol from the opening call to the closing one, holding its labels', async () => {
    const wrapped = 'file:///virtual/wrapped.asm';
    const text = [
      'MyBegin MACRO name', 'BeginProc name', 'ENDM', 'MyEnd MACRO name', 'EndProc name', 'ENDM',
      'MyBegin Grab', 'Again:  jmp Again', 'MyEnd Grab', 'After:  call Grab', 'Public MACRO n', 'MyBegin n', 'ENDM', '',
    ].join('\n');
    await client.open(wrapped, 'vxd-masm', text);
    const symbols = await client.documentSymbols(wrapped);
    // The call inside Public's body names its parameter, not a procedure.
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.children?.map((c) => c.name), s.range.start.line, s.range.end.line]), [
      ['MyBegin', SymbolKind.Operator, undefined, 0, 2], ['MyEnd', SymbolKind.Operator, undefined, 3, 5],
      ['Grab', SymbolKind.Function, ['Again'], 6, 8], ['After', SymbolKind.Key, undefined, 9, 9], ['Public', SymbolKind.Operator, undefined, 10, 12],
    ]);
    assert.deepEqual((await client.definition(wrapped, { line: 9, character: 14 })).map((l) => l.range.start), [{ line: 6, character: 8 }]);
  });

  test('a macro whose body calls a wrapper macro opens and closes the procedure its own argument names', async () => {
    const nested = 'file:///virtual/nestedWrapper.asm';
    const source = [
      'MyBegin MACRO name', 'BeginProc name', 'ENDM', 'MyEnd MACRO name', 'EndProc name', 'ENDM', //   0-5
      'Outer MACRO flags, n', 'MyBegin n', 'ENDM', 'OuterEnd MACRO n', 'MyEnd n', 'ENDM', //          6-11
      'Outer 0, Grab', 'Again:  jmp Again', 'OuterEnd Grab', 'After:  call Grab', '', //              12-15
    ].join('\n');
    await client.open(nested, 'vxd-masm', source);
    const symbols = await client.documentSymbols(nested);
    assert.deepEqual(symbols.filter((s) => s.kind !== SymbolKind.Operator).map((s) => [s.name, s.kind, s.children?.map((c) => c.name), s.range.start.line, s.range.end.line]), [
      ['Grab', SymbolKind.Function, ['Again'], 12, 14], ['After', SymbolKind.Key, undefined, 15, 15],
    ]);
    assert.deepEqual((await client.definition(nested, { line: 15, character: 14 })).map((l) => l.range.start), [{ line: 12, character: 9 }]);
    assert.deepEqual((await client.references(nested, { line: 15, character: 14 })).map((l) => l.range.start.line), [12, 14, 15]);
    assert.match(text(await client.hover(nested, { line: 15, character: 14 })), /Outer 0, Grab/);
  });

  test('a macro that calls itself, macros that call each other and a macro that calls one opening nothing open no procedure', async () => {
    const uri = 'file:///virtual/selfWrapper.asm';
    const source = [
      'Again MACRO n', 'Again n', 'ENDM', 'Ping MACRO n', 'Pong n', 'ENDM', 'Pong MACRO n', 'Ping n', 'ENDM', 'SaveOne MACRO r', 'push r', 'ENDM', 'Plain MACRO n', 'SaveOne n', 'ENDM',
      'Again Looped', 'Ping Looped', 'Plain Kept', 'After:  call Looped', 'Later:  call Kept', '',
    ].join('\n');
    await client.open(uri, 'vxd-masm', source);
    const symbols = await client.documentSymbols(uri);
    assert.deepEqual(symbols.filter((s) => s.kind !== SymbolKind.Operator).map((s) => s.name), ['After', 'Later']);
    for (const line of [18, 19]) assert.deepEqual(await client.definition(uri, { line, character: 14 }), [], `line ${line}`);
  });

  test('a procedure a wrapper macro opens from a name and a list after blanks is a symbol, and the call is no variable', async () => {
    const vtools = 'file:///virtual/vtools.asm';
    const text = [
      'DEFCPROC MACRO name, args', 'name PROC C args', 'ENDM', 'ENDCPROC MACRO name', 'name ENDP', 'ENDM',
      'DEFCPROC _pipe_lock <USES esi, pFlag:DWORD>', 'Again:  jmp Again', 'ENDCPROC _pipe_lock', '',
    ].join('\n');
    await client.open(vtools, 'vxd-masm', text);
    const symbols = await client.documentSymbols(vtools);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.children?.map((c) => c.name), s.range.start.line, s.range.end.line]), [
      ['DEFCPROC', SymbolKind.Operator, undefined, 0, 2], ['ENDCPROC', SymbolKind.Operator, undefined, 3, 5],
      ['_pipe_lock', SymbolKind.Function, ['Again'], 6, 8],
    ]);
  });

  test('a VtoolsD procedure is a symbol without the macros\' header, unless the file defines the macro otherwise', async () => {
    const vtools = 'file:///virtual/vtools-native.asm';
    await client.open(vtools, 'vxd-masm', ['DEFCPROC _pipe_lock <pFlag:DWORD>', 'Again:  jmp Again', 'ENDCPROC _pipe_lock', ''].join('\n'));
    const symbols = await client.documentSymbols(vtools);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.children?.map((c) => c.name), s.range.start.line, s.range.end.line]), [
      ['_pipe_lock', SymbolKind.Function, ['Again'], 0, 2],
    ]);
    const own = 'file:///virtual/vtools-own.asm';
    await client.open(own, 'vxd-masm', ['DEFCPROC MACRO name, args', '        nop', 'ENDM', 'DEFCPROC _pipe_lock <pFlag:DWORD>', ''].join('\n'));
    assert.ok(!(await client.documentSymbols(own)).some((s) => s.name === '_pipe_lock'));
  });

  test('names defined by GROUP, RECORD, TYPEDEF, PROTO and text functions are symbols', async () => {
    const defs = 'file:///virtual/defs6.asm';
    const text = ['FLAT2   GROUP   _TEXT, _DATA', 'Flags   RECORD  f1:1, f2:3', 'PDWORD  TYPEDEF PTR DWORD', 'MyFn    PROTO   :DWORD', 'Len     SIZESTR <abc>', '        call MyFn', ''].join('\n');
    await client.open(defs, 'vxd-masm', text);
    const symbols = await client.documentSymbols(defs);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [
      ['FLAT2', SymbolKind.Namespace], ['Flags', SymbolKind.Struct], ['PDWORD', SymbolKind.Struct], ['MyFn', SymbolKind.Function], ['Len', SymbolKind.Constant],
    ]);
    assert.deepEqual((await client.definition(defs, { line: 5, character: 14 })).map((l) => l.range.start), [{ line: 3, character: 0 }]);
  });

  test('folding ranges cover procedures, segments, structures, macros, conditionals and comment blocks', async () => {
    const folds = (await client.foldingRanges(uri)).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);
    for (const fold of ['16-26', '15-27', '5-9', '11-13', '22-23', '2-3 comment']) assert.ok(folds.includes(fold), `${fold} in ${folds.join(', ')}`);
  });

  test('document highlights, include links and semantic tokens', async () => {
    const highlights = await client.documentHighlights(uri, { line: 26, character: 1 });
    assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [[19, 2], [26, 3]]);
    assert.deepEqual((await client.documentLinks(uri)).map((l) => l.target), [defsUri]);
    const tokens = (await client.semanticTokens(uri))?.data ?? [];
    const decoded: string[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < tokens.length; i += 5) {
      line += tokens[i] as number;
      start = tokens[i] === 0 ? start + (tokens[i + 1] as number) : (tokens[i + 1] as number);
      decoded.push(`${line}:${start}:${tokens[i + 3]}`);
    }
    assert.ok(decoded.includes('17:16:0'), 'the service is a function');
    assert.ok(decoded.includes('17:43:3'), 'PG_SYS is an enum member');
    assert.ok(decoded.includes('18:13:2'), 'eax is a register');
    assert.ok(decoded.includes('21:8:4'), 'SaveTwo is a macro');
  });

  test('hover on MASM 6 sized pushes and pops says what they move, as on push and pop', async () => {
    await client.change(uri, 20, SOURCE.replace('        test eax, eax', '        pushd 0').replace('        nop', '        popw ds'));
    const pushd = text(await client.hover(uri, { line: 18, character: 9 }));
    const popw = text(await client.hover(uri, { line: 23, character: 9 }));
    await client.change(uri, 21, SOURCE.replace('        test eax, eax', '        pushw ds').replace('        nop', '        popd eax'));
    const pushw = text(await client.hover(uri, { line: 18, character: 9 }));
    const popd = text(await client.hover(uri, { line: 23, character: 9 }));
    await client.change(uri, 22, SOURCE.replace('        test eax, eax', '        push 0').replace('        nop', '        pushx eax'));
    const push = text(await client.hover(uri, { line: 18, character: 9 }));
    const unknown = text(await client.hover(uri, { line: 23, character: 9 }));
    await client.change(uri, 23, SOURCE);
    assert.match(pushd, /^\*\*pushd\*\* — .*decrements ESP by 4 .*\n\nFlags: none$/);
    assert.match(pushw, /^\*\*pushw\*\* — .*decrements ESP by 2 .*\n\nFlags: none$/);
    assert.match(popd, /^\*\*popd\*\* — .*increments ESP by 4\.\n\nFlags: none$/);
    assert.match(popw, /^\*\*popw\*\* — .*increments ESP by 2\.\n\nFlags: none$/);
    assert.match(push, /^\*\*push\*\* — Decrements ESP and stores the operand on the stack\.\n\nFlags: none$/);
    assert.equal(unknown, '');
  });

  test('hover on MASM 6 decision directives and PROTO', async () => {
    await client.change(uri, 11, SOURCE.replace('        test eax, eax', '        .IF eax != 0').replace('        nop', '        .ENDIF'));
    assert.match(text(await client.hover(uri, { line: 18, character: 9 })), /\*\*\.if\*\*[\s\S]*condition holds/i);
    assert.match(text(await client.hover(uri, { line: 23, character: 10 })), /\*\*\.endif\*\*[\s\S]*Ends a \.IF block/i);
    await client.change(uri, 12, SOURCE);
  });
});

describe('wrapper macros an include defines, over LSP', { timeout: 60_000 }, () => {
  const WRAPPERS = ['; Procedure wrappers.', 'MyBegin MACRO name, saved', '        BeginProc name', '        ENDM', 'MyEnd MACRO name', '        EndProc name', '        ENDM', ''].join('\n');
  const MAIN = [
    'include wrap.inc', //                                                       0
    'VxD_LOCKED_CODE_SEG', //                                                    1
    'MyBegin Wrapped_Proc', //                                                   2
    '        mov eax, 1', //                                                     3
    'Inner:  ret', //                                                            4
    'MyEnd Wrapped_Proc', //                                                     5
    'MyBegin Saving_Proc <esi>', //                                              6
    '        ret', //                                                            7
    'MyEnd Saving_Proc', //                                                      8
    'VxD_LOCKED_CODE_ENDS', //                                                   9
    '',
  ].join('\n');
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = tempDir('pw-masm-wrappers-');
    writeFileSync(join(dir, 'wrap.inc'), WRAPPERS);
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(dir).href], SYNTAX_ONLY);
  });
  after(async () => {
    await client.shutdown();
  });

  /** The outline as `name(kind)[children]`. */
  const outline = (symbols: readonly DocumentSymbol[]): string[] =>
    symbols.map((s) => `${s.name}(${s.kind})${s.children?.length ? `[${outline(s.children).join(' ')}]` : ''}`);

  test('a procedure an included wrapper opens is in the outline with its labels, and its macro name leads to the MACRO line', async () => {
    const uri = pathToFileURL(join(dir, 'main.asm')).href;
    writeFileSync(join(dir, 'main.asm'), MAIN);
    await client.open(uri, 'vxd-masm', MAIN);
    assert.deepEqual(outline(await client.documentSymbols(uri)), [
      `VxD_LOCKED_CODE_SEG(${SymbolKind.Namespace})[Wrapped_Proc(${SymbolKind.Function})[Inner(${SymbolKind.Key})] Saving_Proc(${SymbolKind.Function})]`,
    ]);
    const wrap = pathToFileURL(join(dir, 'wrap.inc')).href;
    for (const line of [2, 6]) assert.deepEqual((await client.definition(uri, { line, character: 3 })).map((l) => [l.uri, l.range.start.line]), [[wrap, 1]], `line ${line}`);
    assert.deepEqual((await client.definition(uri, { line: 5, character: 2 })).map((l) => [l.uri, l.range.start.line]), [[wrap, 4]], 'the closing macro');
    // The procedures they open are defined at the opening calls.
    assert.deepEqual((await client.definition(uri, { line: 8, character: 8 })).map((l) => [l.uri, l.range.start.line]), [[uri, 6]]);
  });

  test('without the include, the calls open no procedure and lead to no MACRO line', async () => {
    const uri = pathToFileURL(join(dir, 'lost.asm')).href;
    const lost = MAIN.replace('include wrap.inc', 'include nowhere.inc');
    writeFileSync(join(dir, 'lost.asm'), lost);
    await client.open(uri, 'vxd-masm', lost);
    const names = JSON.stringify(await client.documentSymbols(uri));
    for (const name of ['Wrapped_Proc', 'Saving_Proc']) assert.ok(!names.includes(name), name);
    assert.ok(!(await client.definition(uri, { line: 2, character: 3 })).some((l) => l.uri.endsWith('.inc')));
  });
});
