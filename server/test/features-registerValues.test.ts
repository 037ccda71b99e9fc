import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Position } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

const MASM = [
  '.386p', //                                                                         0
  'include vmm.inc', //                                                               1
  'VxD_LOCKED_CODE_SEG', //                                                           2
  'BeginProc Alloc_Page', //                                                          3
  '        mov  ecx, 3', //                                                           4
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>', //         5
  '        mov  edx, eax', //                                                         6
  '        ; just a comment', //                                                      7
  '        test eax, eax', //                                                         8
  '        jz   Fail', //                                                             9
  '        mov  esi, eax', //                                                         10
  'Fail:   ret', //                                                                   11
  'EndProc Alloc_Page', //                                                            12
  'VxD_LOCKED_CODE_ENDS', //                                                          13
  '',
].join('\n');

const OBJASM = [
  '        AREA    |Asm$$Code|, CODE, READONLY', // 0
  'Clear   ROUT', //                               1
  '        MOVS    r1, #0', //                     2
  '        MOV     r3, #&1000', //                 3
  '        ADD     r2, r0, #4', //                 4
  '        MOV     pc, lr', //                     5
  '        END', //                                6
  '',
].join('\n');

const BASIC = [
  '10 DIM code% 100', //                    0
  '20 FOR pass% = 0 TO 2 STEP 2', //        1
  '30 P% = code%', //                       2
  '40 [ OPT pass%', //                      3
  '50 .handler', //                         4
  '60 CMP r0, #2', //                       5
  '70 MOVNE pc, lr', //                     6
  '80 MOV r3, #&1000', //                   7
  '90 MOV pc, lr', //                       8
  '100 ]', //                               9
  '110 NEXT pass%', //                      10
  '120 SYS "OS_DynamicArea", 0, -1, &8000, -1, &200, &8000, handler, 0, "Demo" TO ,area%', // 11
  '',
].join('\n');

const hoverText = async (client: LspClient, uri: string, position: Position): Promise<string> => {
  const contents = (await client.hover(uri, position))?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
};

describe('hover shows the register values the analysis knew at the line', { timeout: 120_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize(null);
  });
  after(async () => {
    await client.shutdown();
  });

  test('MASM: constants, entry values, and a service result that may be its failure value until tested', async () => {
    const uri = 'file:///virtual/alloc.asm';
    await client.open(uri, 'vxd-masm', MASM);
    const call = await hoverText(client, uri, { line: 5, character: 10 });
    assert.match(call, /^\*\*VMMcall\*\*/, 'the token documentation comes first');
    assert.match(call, /At this line \(from the symbolic run\): EAX = entry EAX, EBX = entry EBX, ECX = 3, EDX = entry EDX, ESI = entry ESI/);
    const after = await hoverText(client, uri, { line: 6, character: 19 });
    assert.match(after, /EAX = 0 or _PageAllocate's result \(EAX\),/);
    assert.match(after, /ECX = ECX destroyed by _PageAllocate/);
    assert.doesNotMatch(after, /ECX = 3/);
    assert.match(await hoverText(client, uri, { line: 10, character: 19 }), /EAX = _PageAllocate's result \(EAX\),/, 'tested non-zero');
    assert.match(await hoverText(client, uri, { line: 11, character: 9 }), /EAX = 0 or _PageAllocate's result \(EAX\),/, 'both paths meet');
  });

  test('MASM: no register values on a comment, outside procedures, or for text the analysis has not seen', async () => {
    const uri = 'file:///virtual/alloc2.asm';
    await client.open(uri, 'vxd-masm', MASM);
    assert.equal(await client.hover(uri, { line: 7, character: 12 }), null);
    assert.doesNotMatch(await hoverText(client, uri, { line: 2, character: 3 }), /At this line/);
    // Until the new text is analysed, lines may have moved: nothing is shown. The hover goes with the change, so
    // it is mostly answered before the analysis ends; on a loaded machine the worker can finish first, and then
    // the values shown are the new text's (line 7 is now `mov edx, eax`; the old line 7 was a comment).
    const analysed = client.nextDiagnostics(uri);
    const changed = client.change(uri, 2, `; added line\n${MASM}`);
    const before = hoverText(client, uri, { line: 7, character: 19 });
    await changed;
    const early = await before;
    if (/At this line/.test(early)) assert.match(early, /EAX = 0 or _PageAllocate's result \(EAX\), EBX = entry EBX, ECX = ECX destroyed by _PageAllocate, EDX = 0 or _PageAllocate's result \(EAX\)/);
    await analysed;
    assert.match(await hoverText(client, uri, { line: 7, character: 19 }), /EAX = 0 or _PageAllocate's result \(EAX\),/);
  });

  test('MASM: an entry reused from the previous run keeps its register values', async () => {
    const uri = 'file:///virtual/two.asm';
    const two = MASM.replace('EndProc Alloc_Page', 'EndProc Alloc_Page\nBeginProc Other\n        mov  ebx, 7\n        ret\nEndProc Other');
    await client.open(uri, 'vxd-masm', two);
    const analysed = client.nextDiagnostics(uri);
    await client.change(uri, 2, two.replace('mov  ebx, 7', 'mov  ebx, 8'));
    await analysed;
    const statistics = await client.request<{ analysed: number; reused: number }>('pagewarden/analysisStatistics', { uri });
    assert.ok(statistics.reused >= 1, 'Alloc_Page was not analysed again');
    assert.match(await hoverText(client, uri, { line: 10, character: 19 }), /EAX = _PageAllocate's result \(EAX\),/);
    assert.match(await hoverText(client, uri, { line: 15, character: 9 }), /EBX = 8/);
  });

  test('inputs read in the words path notes name them by: data words, what a call destroyed, a SWI\'s error', async () => {
    const uri = 'file:///virtual/words.asm';
    await client.open(uri, 'vxd-masm', [
      '.386p',
      'include vmm.inc',
      'VxD_LOCKED_DATA_SEG',
      'Buf_h   dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Read_Buf',
      '        mov  eax, [Buf_h]', //                  7
      '        mov  edx, [ebx+4]', //                  8
      '        VMMcall _PageLock, <eax, 1, 0, 0>', //  9
      '        mov  edi, ecx', //                      10
      '        ret', //                                11
      'EndProc Read_Buf',
      'VxD_LOCKED_CODE_ENDS',
      '',
    ].join('\n'));
    assert.match(await hoverText(client, uri, { line: 9, character: 9 }), /EAX = the dword at Buf_h, .*EDX = the dword at entry EBX \+ 4,/);
    const returning = await hoverText(client, uri, { line: 11, character: 9 });
    assert.match(returning, /EAX = 0 or _PageLock's result \(EAX\), .*ECX = ECX destroyed by _PageLock, .*EDI = ECX destroyed by _PageLock,/);
    assert.doesNotMatch(returning, /mem32\[|\.eax#|\.clobbered\./, 'no witness keys');
    const arm = 'file:///virtual/words.s';
    await client.open(arm, 'riscos-objasm', [
      '        AREA    |Asm$$Code|, CODE, READONLY',
      'Read    ROUT',
      '        MOV     r0, #1',
      '        SWI     XOS_ReadDynamicArea',
      '        LDR     r5, [r12, #8]',
      '        MOV     pc, lr', // 5
      '        END',
      '',
    ].join('\n'));
    assert.match(await hoverText(client, arm, { line: 5, character: 9 }), /R0 = 1 or XOS_ReadDynamicArea's error \(R0\), .*R5 = the word at entry R12 \+ 8,/);
  });

  test('a register that points into a table, and a word read through it, name the table by its label, not the layout\'s address', async () => {
    const uri = 'file:///virtual/table.asm';
    await client.open(uri, 'vxd-masm', [
      '.386p',
      'include vmm.inc',
      'VxD_LOCKED_DATA_SEG',
      'Slot_Map        dd      16 dup (0)',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Read_Slot',
      '        lea     esi, Slot_Map[ecx]',
      '        mov     eax, [esi]',
      '        ret', //                                9
      'EndProc Read_Slot',
      'VxD_LOCKED_CODE_ENDS',
      '',
    ].join('\n'));
    const masm = await hoverText(client, uri, { line: 9, character: 9 });
    assert.match(masm, /EAX = the dword at Slot_Map \+ entry ECX, .*ESI = Slot_Map \+ entry ECX/);
    const arm = 'file:///virtual/table.s';
    await client.open(arm, 'riscos-objasm', [
      '        AREA    |Asm$$Code|, CODE, READONLY',
      'Read    ROUT',
      '        ADR     r1, Table',
      '        ADD     r1, r1, r2, LSL #2',
      '        LDR     r0, [r1]',
      '        MOV     pc, lr', // 5
      'Table   DCD     1, 2, 3, 4',
      '        END',
      '',
    ].join('\n'));
    assert.match(await hoverText(client, arm, { line: 5, character: 9 }), /R0 = the word at Table \+ \(entry R2 << 2\), R1 = Table \+ \(entry R2 << 2\), R2 = entry R2/);
  });

  test('ObjAsm: R0-R12 from the run, and the flags that are certain', async () => {
    const uri = 'file:///virtual/clear.s';
    await client.open(uri, 'riscos-objasm', OBJASM);
    assert.match(await hoverText(client, uri, { line: 2, character: 10 }), /R0 = entry R0, R1 = entry R1/);
    const later = await hoverText(client, uri, { line: 5, character: 10 });
    assert.match(later, /R0 = entry R0, R1 = 0, R2 = entry R0 \+ 4, R3 = &1000/);
    assert.match(later, /N = 0, Z = 1/);
    assert.doesNotMatch(later, /R13|R14|SP =/);
  });

  test('BBC BASIC: a handler\'s registers joined over the reasons the kernel calls it with', async () => {
    const uri = 'file:///virtual/area.bas';
    await client.open(uri, 'riscos-bbcbasic', BASIC);
    assert.match(await hoverText(client, uri, { line: 5, character: 5 }), /R0 = 0 to 4,/, 'every reason of a Shrinkable area (flag bit 9), as a range');
    const onlyTwo = await hoverText(client, uri, { line: 7, character: 5 });
    assert.match(onlyTwo, /R0 = 2,/, 'only reason 2 gets past MOVNE');
    assert.match(onlyTwo, /Z = 1/);
    assert.match(await hoverText(client, uri, { line: 8, character: 5 }), /R3 = &1000/);
  });

  test('BBC BASIC: a handler passed as the address it is assembled at, claimed at run time and with no label, has its registers too', async () => {
    const uri = 'file:///virtual/claimed.bas';
    const claimed = BASIC.replace('10 DIM code% 100', '10 SYS "OS_Module", 6,,, 100 TO ,, code%').replace('50 .handler', '50 \\ the handler')
      .replace(', handler, 0,', ', code%, 0,');
    await client.open(uri, 'riscos-bbcbasic', claimed);
    assert.match(await hoverText(client, uri, { line: 5, character: 5 }), /R0 = 0 to 4,/);
    assert.match(await hoverText(client, uri, { line: 8, character: 5 }), /R3 = &1000/);
  });
  test('BBC BASIC: a handler only later builds assemble has the registers of the first build that has it, not another\'s', async () => {
    const uri = 'file:///virtual/spare.bas';
    await client.open(uri, 'riscos-bbcbasic', [
      'DIM code% 1024, ws% 64',
      'SYS "OS_ReadVarVal", "Spare$Style", ws%, 4, 0, 1 TO ,,style%',
      'INPUT debug%',
      'FOR opt% = 0 TO 3 STEP 3',
      'P% = code%',
      '[ OPT opt%',
      '.handler CMP   r0, r0',
      '        MOV     pc, r14',
      ']',
      'CASE style% OF',
      'WHEN 0',
      '[ OPT opt% : MOV r0, r0 : ]',
      'WHEN 1',
      '[ OPT opt%',
      '.spare  MOV     r4, #7', //                           14
      ']',
      'IF debug% THEN [ OPT opt% : MOV r6, #1 : ] ELSE [ OPT opt% : MOV r6, #2 : ]',
      '[ OPT opt%',
      '        MOV     r7, r6', //                           18
      '        CMP     r0, r0',
      '        MOV     pc, r14',
      ']',
      'ENDCASE',
      'NEXT opt%',
      'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, handler, ws%, "Main"',
      'IF style% = 1 THEN SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 7, 1 << 20, spare, ws%, "Spare"',
      'END',
      '',
    ].join('\n'));
    // The first build takes WHEN 0 and has no spare; the first that has it takes WHEN 1 and THEN (R6 = 1), the next ELSE.
    const shared = await hoverText(client, uri, { line: 18, character: 16 });
    assert.match(shared, /R4 = 7, .*R6 = 1, R7 = entry R7,/);
    assert.doesNotMatch(shared, /R6 = (1 or )?2/);
  });
});
