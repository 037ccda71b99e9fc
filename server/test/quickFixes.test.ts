import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// Quick fixes over the real server: each fix is applied to the text the
// editor would hold, the result compared character for character, and the
// fixed text analysed again to show the finding is gone.

type Language = 'vxd-masm' | 'riscos-objasm' | 'riscos-bbcbasic';
const EXTENSION: Record<Language, string> = { 'vxd-masm': '.asm', 'riscos-objasm': '.s', 'riscos-bbcbasic': '.bas' };
const source = (...lines: string[]): string => `${lines.join('\n')}\n`;

// Dynamic-area handlers are analysed for every reason, seconds per document.
describe('quick fixes over stdio', { timeout: 900_000 }, () => {
  let client: LspClient;
  let opened = 0;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
  });

  async function diagnosticsOf(language: Language, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///work/quickfix/doc${opened++}${EXTENSION[language]}`;
    return { uri, diagnostics: (await client.open(uri, language, text)).diagnostics };
  }

  /** The quick fixes the server offers for the first `code` finding of `text`. */
  async function fixesFor(code: string, language: Language, text: string): Promise<{ uri: string; diagnostic: Diagnostic; actions: CodeAction[] }> {
    const { uri, diagnostics } = await diagnosticsOf(language, text);
    const diagnostic = diagnostics.find((d) => d.code === code);
    assert.ok(diagnostic, `no ${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) as CodeAction[];
    return { uri, diagnostic, actions };
  }

  const codesOf = async (language: Language, text: string): Promise<string[]> => (await diagnosticsOf(language, text)).diagnostics.map((d) => String(d.code));

  /** Applies the one quick fix for `code`, checks the result is `expected` and free of the finding, and returns what the fixed text reports. */
  async function assertFix(code: string, language: Language, text: string, expected: string, title: RegExp, preferred = true): Promise<Diagnostic[]> {
    const { uri, diagnostic, actions } = await fixesFor(code, language, text);
    assert.equal(actions.length, 1, `one fix for ${code}`);
    const [action] = actions;
    assert.match(action?.title ?? '', title);
    assert.equal(action?.kind, 'quickfix');
    assert.equal(action?.isPreferred, preferred);
    assert.deepEqual(action?.diagnostics, [diagnostic]);
    const edits = action?.edit?.changes?.[uri];
    assert.ok(edits, 'the fix edits the document');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, language, 1, text), edits);
    assert.equal(fixed, expected);
    const after = (await diagnosticsOf(language, fixed)).diagnostics;
    assert.ok(!after.some((d) => d.code === code), `${code} is still reported after the fix: ${JSON.stringify(after.map((d) => d.code))}`);
    return after;
  }

  async function assertNoFix(code: string, language: Language, text: string): Promise<void> {
    assert.deepEqual((await fixesFor(code, language, text)).actions, []);
  }

  describe('PW201 must-be-zero (MASM)', () => {
    const map = (call: string): string => source(
      'VxD_ICODE_SEG',
      'BeginProc Map_Frame_Buffer',
      `        VMMcall _MapPhysToLinear, ${call}`,
      '        cmp     eax, 0FFFFFFFFh',
      '        je      Map_Fail',
      '        clc',
      '        ret',
      'Map_Fail:',
      '        stc',
      '        ret',
      'EndProc Map_Frame_Buffer',
      'VxD_ICODE_ENDS',
    );

    test('replaces the argument with 0; spacing and the comment column stay', async () => {
      await assertFix('PW201', 'vxd-masm',
        map('<0E0000000h, 400000h, PageLocked>  ; flags must be 0'),
        map('<0E0000000h, 400000h, 0>           ; flags must be 0'),
        /^Replace flags with 0$/);
    });

    test('replaces an expression argument', async () => {
      await assertFix('PW201', 'vxd-masm', map('<0E0000000h,400000h,PageLocked+PageZeroInit>'), map('<0E0000000h,400000h,0>'), /^Replace flags with 0$/);
    });

    test('no fix when the list does not match the parameters one to one', async () => {
      await assertNoFix('PW201', 'vxd-masm', map('<0E0000000h, 400000h, PageLocked, 0>'));
    });

    test('an argument on a line a trailing \\ continues the list onto is replaced there', async () => {
      await assertFix('PW201', 'vxd-masm',
        map('<0E0000000h, \\\n                400000h, PageLocked>  ; flags must be 0'),
        map('<0E0000000h, \\\n                400000h, 0>           ; flags must be 0'),
        /^Replace flags with 0$/);
    });

    test('no fix when the argument itself goes on over the continued line', async () => {
      await assertNoFix('PW201', 'vxd-masm', map('<0E0000000h, 400000h, PageLocked + \\\n                PageZeroInit>'));
    });
  });

  describe('PW202 bad-flag-combination (MASM)', () => {
    const alloc = (args: string): string => source(
      'VxD_LOCKED_DATA_SEG',
      'DMA_Phys        dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_ICODE_SEG',
      'BeginProc Alloc_DMA_Buffer',
      `        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, ${args}>`,
      '        test    eax, eax',
      '        jz      DMA_Fail',
      '        clc',
      '        ret',
      'DMA_Fail:',
      '        stc',
      '        ret',
      'EndProc Alloc_DMA_Buffer',
      'VxD_ICODE_ENDS',
    );

    test('PageContig without PageUseAlign: adds PageUseAlign in front (not preferred: dropping PageContig also repairs it)', async () => {
      await assertFix('PW202', 'vxd-masm',
        alloc('1000h, <OFFSET32 DMA_Phys>, PageContig+PageFixed'),
        alloc('1000h, <OFFSET32 DMA_Phys>, PageUseAlign+PageContig+PageFixed'),
        /^Add PageUseAlign to the flags$/, false);
    });

    test('PageContig alone: adds PageFixed too, since PageUseAlign needs it', async () => {
      await assertFix('PW202', 'vxd-masm',
        alloc('1000h, <OFFSET32 DMA_Phys>, PageContig'),
        alloc('1000h, <OFFSET32 DMA_Phys>, PageUseAlign+PageContig+PageFixed'),
        /^Add PageUseAlign and PageFixed to the flags$/, false);
    });

    test('PageUseAlign without PageFixed: appends PageFixed with the operator as written', async () => {
      await assertFix('PW202', 'vxd-masm',
        alloc('1000h, <OFFSET32 DMA_Phys>, PageUseAlign OR PageContig'),
        alloc('1000h, <OFFSET32 DMA_Phys>, PageUseAlign OR PageContig OR PageFixed'),
        /^Add PageFixed to the flags$/);
    });

    test('a list continued with \\ over lines, as in DMABUF.ASM: the flags are extended on their own line', async () => {
      await assertFix('PW202', 'vxd-masm',
        alloc('1000h, \\\n                <OFFSET32 DMA_Phys>, PageContig+PageFixed'),
        alloc('1000h, \\\n                <OFFSET32 DMA_Phys>, PageUseAlign+PageContig+PageFixed'),
        /^Add PageUseAlign to the flags$/, false);
    });

    test('no fix when PageUseAlign would make the call fail (maxPhys written as 0)', async () => {
      await assertNoFix('PW202', 'vxd-masm', alloc('0, 0, PageContig+PageFixed'));
    });

    test('no fix for a flags expression that mixes operators', async () => {
      await assertNoFix('PW202', 'vxd-masm', alloc('1000h, <OFFSET32 DMA_Phys>, PageUseAlign+PageContig OR PageZeroInit'));
    });

    test('an equate of the program\'s own that holds PageFixed: only PageUseAlign is added', async () => {
      const withEquate = (flags: string): string => `DMA_Flags       equ     PageFixed\n${alloc(`1000h, <OFFSET32 DMA_Phys>, ${flags}`)}`;
      await assertFix('PW202', 'vxd-masm', withEquate('PageContig+DMA_Flags'), withEquate('PageUseAlign+PageContig+DMA_Flags'), /^Add PageUseAlign to the flags$/, false);
    });

    test('no fix when the analysis cannot tell whether PageFixed is set (flags from a register)', async () => {
      const flagsInEcx = ['mov     ecx, edx', 'and     ecx, PageFixed', 'or      ecx, PageContig', 'VMMcall'].join('\n        ');
      await assertNoFix('PW202', 'vxd-masm', alloc('1000h, <OFFSET32 DMA_Phys>, ecx').replace('VMMcall', flagsInEcx));
    });
  });

  describe('PW210 unchecked-error-value (MASM)', () => {
    const reserve = (...check: string[]): string => source(
      'VxD_LOCKED_DATA_SEG',
      'Window_Lin      dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Reserve_Window',
      '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
      ...check,
      '        mov     [Window_Lin], eax',
      '        clc',
      '        ret',
      'Reserve_Fail:',
      '        stc',
      '        ret',
      'EndProc Reserve_Window',
      'VxD_LOCKED_CODE_ENDS',
    );

    test('a zero test after the call becomes the 0FFFFFFFFh test, to the same label', async () => {
      await assertFix('PW210', 'vxd-masm',
        reserve('        test    eax, eax                ; a zero test', '        jz      Reserve_Fail'),
        reserve('        cmp     eax, 0FFFFFFFFh         ; a zero test', '        je      Reserve_Fail'),
        /^Test for 0FFFFFFFFh after _PageReserve$/);
    });

    test('no test at all: inserts cmp/je to a placeholder label; with the label renamed the code is clean', async () => {
      const fixed = reserve('        cmp     eax, 0FFFFFFFFh', '        je      PW_Fail');
      const after = await assertFix('PW210', 'vxd-masm', reserve(), fixed, /^Test for 0FFFFFFFFh after _PageReserve$/);
      assert.ok(after.some((d) => d.code === 'PW900' && /undefined label PW_Fail/.test(String(d.message))));
      assert.deepEqual(await codesOf('vxd-masm', fixed.replace('PW_Fail', 'Reserve_Fail')), []);
    });

    test('a call continued with \\ gets the test after its last line', async () => {
      const continued = (...check: string[]): string => reserve(...check).replace('<PR_SYSTEM, 4, 0>', '<PR_SYSTEM, \\\n                4, 0>');
      await assertFix('PW210', 'vxd-masm', continued(), continued('        cmp     eax, 0FFFFFFFFh', '        je      PW_Fail'), /^Test for 0FFFFFFFFh after _PageReserve$/);
      await assertFix('PW210', 'vxd-masm',
        continued('        test    eax, eax', '        jz      Reserve_Fail'),
        continued('        cmp     eax, 0FFFFFFFFh', '        je      Reserve_Fail'),
        /^Test for 0FFFFFFFFh after _PageReserve$/);
    });

    test('_XchgFreePhysReg keeps its zero test (0 is a valid result) and gets the failure test in front of it', async () => {
      const xchg = (...check: string[]): string => source(
        'VxD_LOCKED_DATA_SEG',
        'Old_Phys        dd      0',
        'VxD_LOCKED_DATA_ENDS',
        'VxD_LOCKED_CODE_SEG',
        'BeginProc Swap_Page',
        '        VMMcall _XchgFreePhysReg, <esi, edi, 0>',
        ...check,
        '        test    eax, eax',
        '        jz      Swap_Done',
        '        mov     [Old_Phys], eax',
        'Swap_Done:',
        '        ret',
        'EndProc Swap_Page',
        'VxD_LOCKED_CODE_ENDS',
      );
      await assertFix('PW210', 'vxd-masm', xchg(), xchg('        cmp     eax, 0FFFFFFFFh', '        je      Swap_Done'), /^Test for 0FFFFFFFFh after _XchgFreePhysReg$/);
    });

    test('no fix for a hand-written int 20h link: a test between int 20h and its dd would break the call', async () => {
      await assertNoFix('PW210', 'vxd-masm', source(
        'VxD_LOCKED_DATA_SEG',
        'Window_Lin      dd      0',
        'VxD_LOCKED_DATA_ENDS',
        'VxD_LOCKED_CODE_SEG',
        'BeginProc Reserve_Window',
        '        push    0',
        '        push    4',
        '        push    PR_SYSTEM',
        '        int     20h',
        '        dd      0001011Dh',
        '        add     esp, 12',
        '        mov     [Window_Lin], eax',
        '        ret',
        'EndProc Reserve_Window',
        'VxD_LOCKED_CODE_ENDS',
      ));
    });
  });

  describe('PW211 unchecked-zero-failure (MASM)', () => {
    const alloc = (...check: string[]): string => source(
      'VxD_LOCKED_DATA_SEG',
      'Table_Lin       dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_ICODE_SEG',
      'BeginProc Alloc_Table',
      '        VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit+PageLocked>',
      ...check,
      "        mov     dword ptr [edx], 'TBL1'",
      '        mov     [Table_Lin], edx',
      '        clc',
      '        ret',
      'Alloc_Fail:',
      '        stc',
      '        ret',
      'EndProc Alloc_Table',
      'VxD_ICODE_ENDS',
    );

    test('inserts test eax, eax / jz after the call, in the file\'s columns', async () => {
      const fixed = alloc('        test    eax, eax', '        jz      PW_Fail');
      const after = await assertFix('PW211', 'vxd-masm', alloc(), fixed, /^Test _PageAllocate's result for 0$/);
      assert.ok(after.some((d) => d.code === 'PW900' && /undefined label PW_Fail/.test(String(d.message))));
      assert.deepEqual(await codesOf('vxd-masm', fixed.replace('PW_Fail', 'Alloc_Fail')), []);
    });

    test('a call continued with \\ gets the test after its last line, and none when a test follows it there', async () => {
      const continued = (...check: string[]): string => alloc(...check).replace('0, 0, 0, PageZeroInit', '0, 0, 0, \\\n                PageZeroInit');
      await assertFix('PW211', 'vxd-masm', continued(), continued('        test    eax, eax', '        jz      PW_Fail'), /^Test _PageAllocate's result for 0$/);
      await assertNoFix('PW211', 'vxd-masm', continued('        cmp     eax, -1', '        je      Alloc_Fail'));
    });

    test('in a whole file (with END) the placeholder is the PW102 the page names', async () => {
      const whole = (text: string): string => `${text}        END\n`;
      const after = await assertFix('PW211', 'vxd-masm', whole(alloc()), whole(alloc('        test    eax, eax', '        jz      PW_Fail')), /^Test _PageAllocate's result for 0$/);
      assert.deepEqual(after.map((d) => [d.code, d.message]), [['PW102', 'PW_Fail is not defined']]);
    });

    test('upper-case code gets upper-case instructions', async () => {
      const upper = (text: string): string => text.replace(/^( {8})(\w+ +)(.*)$/gm, (_, indent: string, op: string, rest: string) => `${indent}${op.toUpperCase()}${rest.replace(/\b(eax|edx)\b/g, (r) => r.toUpperCase())}`);
      await assertFix('PW211', 'vxd-masm', upper(alloc()), upper(alloc('        test    eax, eax', '        jz      PW_Fail')), /^Test _PageAllocate's result for 0$/);
    });

    test('no fix when the call is already followed by a test of the wrong kind', async () => {
      await assertNoFix('PW211', 'vxd-masm', alloc('        cmp     eax, -1', '        je      Alloc_Fail'));
    });
  });

  /** A module whose initialisation creates a dynamic area, with `handler` as its handler if given. */
  const objasmModule = (init: readonly string[], handler?: readonly string[]): string => source(
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '',
    '        AREA    |!!!Module|, CODE, READONLY',
    '',
    'Module_BaseAddr',
    '        &       0',
    '        &       Init    - Module_BaseAddr',
    '        &       0',
    '        &       0',
    '        &       Title   - Module_BaseAddr',
    '        &       Title   - Module_BaseAddr',
    '        &       0',
    '',
    'Title   =       "DynDemo", 0',
    'AreaName =      "Demo area", 0',
    '        ALIGN',
    '',
    'Init    Entry   "r1-r8"',
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    '        MOV     r4, #0',
    '        MOV     r5, #4*1024*1024',
    handler ? '        ADR     r6, DynHandler' : '        MOV     r6, #0',
    '        MOV     r7, r12',
    '        ADR     r8, AreaName',
    ...init,
    '        EXIT',
    '',
    ...(handler ? ['DynHandler ROUT', ...handler, '', 'PreGrow', 'PostGrow', 'PreShrink', 'PostShrink', '        CMP     r0, r0', '        MOV     pc, lr', ''] : []),
    '        END',
  );
  const boundedTable = [
    '        CMP     r0, #4',
    '        ADDLO   pc, pc, r0, LSL #2',
    '        B       UnknownReason',
    '        B       PreGrow',
    '        B       PostGrow',
    '        B       PreShrink',
    '        B       PostShrink',
    '',
    'UnknownReason',
    '        MOV     r0, #&80000000',
    '        CMP     r0, #1',
    '        MOV     r0, #0',
    '        MOV     pc, lr',
  ];
  const openTable = [
    '        ADD     pc, pc, r0, LSL #2      ; dispatch on the reason',
    '        NOP',
    '        B       PreGrow',
    '        B       PostGrow',
    '        B       PreShrink',
    '        B       PostShrink',
  ];

  const basicProgram = (handler: readonly string[]): string => source(
    'REM >DynDemo',
    'DIM code% 256',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler%',
    ...handler,
    '.pregrow',
    '        STMFD   r13!, {r0-r2, r14}',
    '        MOV     r0, #8                  \\ OS_Memory 8 reads the amounts',
    '        SWI     "XOS_Memory"',
    '        LDMFD   r13!, {r0-r2, r14}',
    '.postgrow',
    '.preshrink',
    '.postshrink',
    '        CMP     r0, r0',
    '        MOV     pc, r14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 1 << 20, code%, 0, "Demo" TO ,area%',
    'END',
  );

  describe('PW101 unknown-service (a SWI name in another case)', () => {
    const handler = ['        CMP     r0, #4', '        ADDCC   pc, pc, r0, LSL #2', '        B       unknown', '        B       pregrow', '        B       postgrow', '        B       preshrink', '        B       postshrink', '.unknown', '        MOV     r0, #0', '        MOV     pc, r14'];

    test('ObjAsm: SWI xos_dynamicarea becomes SWI XOS_DynamicArea, the comment kept in its column', async () => {
      await assertFix('PW101', 'riscos-objasm',
        objasmModule(['        SWI     xos_dynamicarea         ; create the area', '        STR     r1, [r12]']),
        objasmModule(['        SWI     XOS_DynamicArea         ; create the area', '        STR     r1, [r12]']),
        /^Use XOS_DynamicArea$/);
    });

    test('BBC BASIC: SWI "xos_memory" and SYS "os_dynamicarea" are written as the SWIs\' names', async () => {
      const text = basicProgram(handler);
      await assertFix('PW101', 'riscos-bbcbasic', text.replace('"XOS_Memory"', '"xos_memory"'), text, /^Use XOS_Memory$/);
      await assertFix('PW101', 'riscos-bbcbasic', text.replace('SYS "OS_DynamicArea"', 'SYS "os_dynamicarea"'), text, /^Use OS_DynamicArea$/);
    });

    test('ObjAsm: a name in an expression, between bars or of a module SWI is written as the SWI\'s, the rest of the operand kept', async () => {
      await assertFix('PW101', 'riscos-objasm',
        objasmModule(['        SWI     OS_Dynamicarea :OR: Auto_Error_SWI_bit', '        STRVC   r1, [r12]']),
        objasmModule(['        SWI     OS_DynamicArea :OR: Auto_Error_SWI_bit', '        STRVC   r1, [r12]']),
        /^Use OS_DynamicArea$/);
      await assertFix('PW101', 'riscos-objasm',
        objasmModule(['        SWI     |xos_dynamicarea|', '        STRVC   r1, [r12]']),
        objasmModule(['        SWI     |XOS_DynamicArea|', '        STRVC   r1, [r12]']),
        /^Use XOS_DynamicArea$/);
      await assertFix('PW101', 'riscos-objasm',
        objasmModule(['        SWI     XOS_DynamicArea', '        STRVC   r1, [r12]', '        SWI     XHourglass_off']),
        objasmModule(['        SWI     XOS_DynamicArea', '        STRVC   r1, [r12]', '        SWI     XHourglass_Off']),
        /^Use XHourglass_Off$/);
    });

    test('BBC BASIC: SYS "MessageTrans_errorLookup" is written as the SWI\'s name', async () => {
      const text = basicProgram(handler);
      const call = (name: string): string => text.replace('\nEND', `\nSYS "${name}", 0\nEND`);
      await assertFix('PW101', 'riscos-bbcbasic', call('MessageTrans_errorLookup'), call('MessageTrans_ErrorLookup'), /^Use MessageTrans_ErrorLookup$/);
    });

    test('no fix for a misspelt SWI name, which may be one of several', async () => {
      await assertNoFix('PW101', 'riscos-objasm', objasmModule(['        SWI     XOS_DynamicAera', '        STR     r1, [r12]']));
    });
  });

  describe('PW311 non-x-swi-in-handler', () => {
    test('ObjAsm: SWI OS_DynamicArea becomes SWI XOS_DynamicArea', async () => {
      await assertFix('PW311', 'riscos-objasm',
        objasmModule(['        SWI     OS_DynamicArea          ; create the area', '        STR     r1, [r12]']),
        objasmModule(['        SWI     XOS_DynamicArea         ; create the area', '        STR     r1, [r12]']),
        /^Use XOS_DynamicArea$/);
    });

    test('ObjAsm: a SWI number gets bit 17, in the base it was written in', async () => {
      await assertFix('PW311', 'riscos-objasm',
        objasmModule(['        SWI     &66', '        STR     r1, [r12]']),
        objasmModule(['        SWI     &20066', '        STR     r1, [r12]']),
        /^Use XOS_DynamicArea$/);
    });

    test('BBC BASIC: SWI "OS_Memory" becomes SWI "XOS_Memory"', async () => {
      const handler = ['        CMP     r0, #4', '        ADDCC   pc, pc, r0, LSL #2', '        B       unknown', '        B       pregrow', '        B       postgrow', '        B       preshrink', '        B       postshrink', '.unknown', '        MOV     r0, #0', '        MOV     pc, r14'];
      const text = basicProgram(handler);
      await assertFix('PW311', 'riscos-bbcbasic', text.replace('"XOS_Memory"', '"OS_Memory"'), text, /^Use XOS_Memory$/);
    });

    test('no fix for a SWI named through the program\'s own equate (there is no X form of that name)', async () => {
      await assertNoFix('PW311', 'riscos-objasm', objasmModule(['        SWI     CreateArea', '        STR     r1, [r12]']).replace('Title   =', 'CreateArea * &66\n\nTitle   ='));
    });
  });

  describe('PW312 unbounded-reason-dispatch', () => {
    const init = ['        SWI     XOS_DynamicArea', '        STRVC   r1, [r12]'];

    test('ObjAsm: CMP before the dispatch, ADDLO, the NOP slot branches to a new UnknownReason error return', async () => {
      await assertFix('PW312', 'riscos-objasm', objasmModule(init, openTable), objasmModule(init, [
        '        CMP     r0, #4',
        '        ADDLO   pc, pc, r0, LSL #2      ; dispatch on the reason',
        ...boundedTable.slice(2),
      ]), /^Check R0 < 4 before the dispatch$/);
    });

    test('ObjAsm: a slot that is not a no-op is left alone, and no label is added', async () => {
      const table = (dispatch: readonly string[]): string[] => [...dispatch, '        B       PostShrink', '        B       PreGrow', '        B       PostGrow', '        B       PreShrink', '        B       PostShrink'];
      await assertFix('PW312', 'riscos-objasm',
        objasmModule(init, table(['        ADD     pc, pc, r0, LSL #2'])),
        objasmModule(init, table(['        CMP     r0, #4', '        ADDLO   pc, pc, r0, LSL #2'])),
        /^Check R0 < 4 before the dispatch$/);
    });

    test('BBC BASIC: ADDCC, and the unknown-reason return sets V without SETV', async () => {
      await assertFix('PW312', 'riscos-bbcbasic',
        basicProgram(['        ADD     pc, pc, r0, LSL #2', '        MOV     r0, r0', '        B       pregrow', '        B       postgrow', '        B       preshrink', '        B       postshrink']),
        basicProgram([
          '        CMP     r0, #4',
          '        ADDCC   pc, pc, r0, LSL #2',
          '        B       UnknownReason',
          '        B       pregrow',
          '        B       postgrow',
          '        B       preshrink',
          '        B       postshrink',
          '',
          '.UnknownReason',
          '        MOV     r0, #&80000000',
          '        CMP     r0, #1',
          '        MOV     r0, #0',
          '        MOV     pc, r14',
        ]),
        /^Check R0 < 4 before the dispatch$/);
    });

    test('ObjAsm SWI handler: the unknown-SWI return points R0 at an error block, as code outside a handler must', async () => {
      const swiModule = (code: readonly string[]): string => source(
        '        GET     Hdr:ListOpts', '        GET     Hdr:Macros', '        GET     Hdr:System', '',
        '        AREA    |!!!Module|, CODE, READONLY', '',
        'Module_BaseAddr', '        &       0', '        &       0', '        &       0', '        &       0',
        '        &       Title   - Module_BaseAddr', '        &       Title   - Module_BaseAddr', '        &       0',
        '        &       &59000', '        &       SWI_Code - Module_BaseAddr', '        &       0', '        &       0', '',
        'Title   =       "SwiDemo", 0', '        ALIGN', '',
        'SWI_Code ROUT', ...code, '',
        'SWI_Zero', '        MOV     r0, #0', 'SWI_One', '        MOV     pc, lr', '        END',
      );
      const after = await assertFix('PW312', 'riscos-objasm',
        swiModule(['        ADD     pc, pc, r11, LSL #2', '        NOP', '        B       SWI_Zero', '        B       SWI_One']),
        swiModule([
          '        CMP     r11, #2',
          '        ADDLO   pc, pc, r11, LSL #2',
          '        B       UnknownReason',
          '        B       SWI_Zero',
          '        B       SWI_One',
          '',
          'UnknownReason',
          '        MOV     r0, #&80000000',
          '        CMP     r0, #1',
          '        ADR     r0, UnknownSWIError',
          '        MOV     pc, lr',
          'UnknownSWIError',
          '        DCD     &1E6',
          '        DCB     "Unknown SWI", 0',
          '        ALIGN',
        ]),
        /^Check R11 < 2 before the dispatch$/);
      assert.deepEqual(after.map((d) => d.code), []);
    });

    test('no fix when the dispatch shares its line with a label (the check would have to go between them)', async () => {
      const text = objasmModule(init, openTable).replace('DynHandler ROUT\n        ADD     pc', 'DynHandler ADD     pc');
      await assertNoFix('PW312', 'riscos-objasm', text);
    });
  });

  describe('fixes follow the finding\'s fix data, not its message', () => {
    const masm = (...body: string[]): string => source(
      'VxD_LOCKED_DATA_SEG', 'Window_Lin      dd      0', 'VxD_LOCKED_DATA_ENDS', 'VxD_LOCKED_CODE_SEG', 'BeginProc Reserve_Window',
      ...body, '        clc', '        ret', 'EndProc Reserve_Window', 'VxD_LOCKED_CODE_ENDS',
    );
    const cases: readonly (readonly [string, Language, string])[] = [
      ['PW201', 'vxd-masm', masm('        VMMcall _MapPhysToLinear, <0E0000000h, 400000h, PageLocked>', '        mov     [Window_Lin], eax')],
      ['PW210', 'vxd-masm', masm('        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>', '        mov     [Window_Lin], eax')],
      ['PW101', 'riscos-objasm', objasmModule(['        SWI     xos_dynamicarea', '        STR     r1, [r12]'])],
      ['PW311', 'riscos-objasm', objasmModule(['        SWI     OS_DynamicArea', '        STR     r1, [r12]'])],
      ['PW312', 'riscos-objasm', objasmModule(['        SWI     XOS_DynamicArea', '        STRVC   r1, [r12]'], openTable)],
    ];

    const editsOf = (actions: readonly CodeAction[]): unknown => actions.map((a) => ({ title: a.title, edit: a.edit }));

    for (const [code, language, text] of cases) {
      test(`${code}: a reworded message without notes gets the same fix`, async () => {
        const { uri, diagnostic, actions } = await fixesFor(code, language, text);
        assert.equal(actions.length, 1);
        const reworded: Diagnostic = { ...diagnostic, message: 'reworded beyond recognition', relatedInformation: [] };
        assert.deepEqual(editsOf((await client.codeActions(uri, diagnostic.range, [reworded])) as CodeAction[]), editsOf(actions));
      });
    }

    test('the message alone, or fix data of another kind or shape, gets no fix', async () => {
      const { uri, diagnostic } = await fixesFor('PW312', 'riscos-objasm', objasmModule(['        SWI     XOS_DynamicArea', '        STRVC   r1, [r12]'], openTable));
      const { data, ...withoutData } = diagnostic;
      assert.ok(data, 'the diagnostic carries data');
      const others: Diagnostic[] = [
        withoutData,
        { ...diagnostic, data: { fix: { kind: 'x-form', swi: 'OS_DynamicArea' } } },
        { ...diagnostic, data: { fix: { kind: 'bound-check', register: 0, bound: '4' } } },
      ];
      for (const other of others) {
        assert.deepEqual(await client.codeActions(uri, diagnostic.range, [other]), [], JSON.stringify(other.data));
      }
    });
  });

  test('a request for other kinds of action gets no quick fixes', async () => {
    const { uri, diagnostics } = await diagnosticsOf('riscos-objasm', objasmModule(['        SWI     OS_DynamicArea', '        STR     r1, [r12]']));
    const diagnostic = diagnostics.find((d) => d.code === 'PW311');
    assert.ok(diagnostic);
    assert.deepEqual(await client.codeActions(uri, diagnostic.range, [diagnostic], ['refactor']), []);
    assert.equal((await client.codeActions(uri, diagnostic.range, [diagnostic], ['quickfix'])).length, 1);
  });
});
