import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';

// Constructs seen in real sources that the grammars once misparsed: each must
// give no PW100 and must still be analysed, so the planted bug is found.

const parsers = Parsers.create();

async function findings(languageId: LanguageId, lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

const OBJASM_MODULE = [
  '        AREA    |Cache$$Module|, CODE, READONLY, PIC',
  '        ENTRY',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0',
  '        DCD     0',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     0',
  'Title   =       "Cache", 0',
  '        ALIGN',
];

describe('MASM names spelled like keywords', () => {
  it('a label Lock:, data Page and an equate Type used as an operand parse, and the procedure is analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'Type    equ     PG_SYS',
      'VxD_LOCKED_DATA_SEG',
      'Page    dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Lock_Region',
      '        mov     ecx, OFFSET32 Page',
      '        jmp     Lock',
      'Lock:   VMMcall _PageAllocate, <1, Type, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Lock_Region',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@11']);
  });

  it('a MASM 6 procedure named like the LOCK prefix is found and analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'VxD_LOCKED_CODE_SEG',
      'Lock    proc',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        ret',
      'Lock    endp',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@6']);
  });

  it('the LOCK prefix and the PAGE directive keep their meaning, and a broken operand is still an error', async () => {
    const found = await findings('vxd-masm', ['PAGE 58,132', 'BeginProc Spin', '        lock inc dword ptr [eax]', '        mov eax, [Size', '        ret', 'EndProc Spin']);
    assert.deepEqual(found.filter((f) => f.startsWith('PW100')), ['PW100@3']);
  });
});

describe('MASM BeginProc lines chosen by conditional assembly', () => {
  const SPLIT = [
    '.386p',
    'include vmm.inc',
    'VxD_LOCKED_CODE_SEG',
    'IFDEF DEBUG',
    'BeginProc Grab, PUBLIC, HIGH_FREQ',
    '        Trace_Out "Grab"',
    'ELSE',
    'BeginProc Grab, PUBLIC',
    'ENDIF',
    '        mov     ecx, 4',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        mov     [ecx], eax',
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('two headers under IFDEF DEBUG / ELSE with one body parse, and the procedure is analysed', async () => {
    assert.deepEqual(await findings('vxd-masm', SPLIT), ['PW230@11']);
  });
});

describe('MASM constructs that once gave a false PW100', () => {
  it('structure instances named Lock and Type, TYPE of a memory operand and EndProc lines under IFDEF parse, and the procedure is analysed', async () => {
    const found = await findings('vxd-masm', [
      '        .386p',
      '        INCLUDE VMM.INC',
      'Lock_Data STRUC',
      'ld_count dd ?',
      'Lock_Data ENDS',
      'VxD_DATA_SEG',
      'Lock    Lock_Data <>',
      'Type    Lock_Data <>',
      'VxD_DATA_ENDS',
      'VxD_CODE_SEG',
      'BeginProc Foo',
      '        mov     eax, TYPE [ebx]',
      '        mov     eax, TYPE Lock_Data',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      'IFDEF DEBUG',
      '        test    eax, eax',
      '        jz      Failed',
      '        mov     [ecx], eax',
      'Failed: ret',
      'EndProc Foo',
      'ELSE',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Foo',
      'ENDIF',
      'VxD_CODE_ENDS',
      '        END',
    ]);
    assert.deepEqual(found, ['PW230@22']);
  });
});

describe('MASM displacements after the brackets without parentheses', () => {
  it('a product and a structure path parse, and the procedure is analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'Pair    STRUC',
      'p_Lo    dd      ?',
      'p_Hi    dd      ?',
      'Pair    ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      '        pushad',
      '        mov     ecx, [esp].Pushad_ECX+2*4',
      '        mov     edx, [esi].Pair.p_Hi+8',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        popad',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@12']);
  });
});

describe('MASM SIZEOF and LENGTHOF of an array field named through its structure or a variable', () => {
  const scratch = (release: string) => [
    '.386p',
    'include vmm.inc',
    'Hdr     STRUC',
    'H_Sig   dd      ?',
    'H_Tab   dd      8 dup (?)',
    'Hdr     ENDS',
    'VxD_LOCKED_DATA_SEG',
    'MyVar   Hdr     <>',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Scratch_Table',
    '        sub     esp, 8*4',
    '        mov     [esp], eax',
    `        add     esp, ${release}`,
    '        ret',
    'EndProc Scratch_Table',
    'BeginProc Scratch_Var',
    '        sub     esp, LENGTHOF MyVar.H_Tab * 4',
    '        mov     [esp], eax',
    '        add     esp, SIZEOF (MyVar.H_Tab)',
    '        ret',
    'EndProc Scratch_Var',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('take the whole field, so a stack adjustment by them balances', async () => {
    assert.deepEqual(await findings('vxd-masm', scratch('SIZEOF Hdr.H_Tab')), []);
  });

  it('take the whole field, so an adjustment by one element of it is still unbalanced (PW231)', async () => {
    assert.deepEqual(await findings('vxd-masm', scratch('TYPE Hdr.H_Tab')), ['PW231@14']);
  });
});

describe('MASM sums written before the brackets (Handles+4[esi], an equate Table_Actual - 0A0h*4 indexed)', () => {
  it('parse, and the procedure is analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'VxD_LOCKED_DATA_SEG',
      'Handles dd      16 dup (0)',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Swap_Pair',
      '        mov     eax, Handles[esi]',
      '        mov     ebx, Handles+4[esi]',
      '        mov     Handles[esi], ebx',
      '        mov     Handles+4[esi], eax',
      '        mov     edx, 32+Handles[ecx*4]',
      '        mov     edx, (Handles+32)[ecx*4]',
      '        mov     edx, Handles-8[ecx*4]',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Swap_Pair',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@15']);
  });

  const pageTable = (check: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'FIRST_PAGE      equ     0A0h',
    'NPAGES          equ     20h',
    'VxD_LOCKED_DATA_SEG',
    'Pte_Buf_Actual  dd      NPAGES dup (0)',
    'Pte_Buf         equ     Pte_Buf_Actual - FIRST_PAGE*4',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Text_Page_Present',
    '        VMMcall _CopyPageTable, <FIRST_PAGE, NPAGES, <OFFSET32 Pte_Buf_Actual>, 0>',
    ...check,
    '        mov     ecx, 0B8h',
    '        mov     eax, Pte_Buf[ecx*4]',
    '        test    eax, P_PRES',
    '        jz      TPP_No',
    '        clc',
    '        ret',
    'TPP_No:',
    '        stc',
    '        ret',
    'EndProc Text_Page_Present',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('reach the element the equate and the index name: a read of a failed copy is found', async () => {
    assert.deepEqual(await findings('vxd-masm', pageTable([])), ['PW211@14']);
  });

  it('reach the element the equate and the index name: the copy checked first has no finding', async () => {
    assert.deepEqual(await findings('vxd-masm', pageTable(['        or      eax, eax', '        jz      TPP_No'])), []);
  });
});

describe('MASM 6 PUSHD, PUSHW, POPD and POPW', () => {
  const freeing = (times: number): string[] => [
    '.386p',
    'include vmm.inc',
    'VxD_LOCKED_DATA_SEG',
    'hMem    dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Free_It',
    '        pushw   ds',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        or      eax, eax',
    '        jz      FI_Done',
    '        mov     [hMem], eax',
    ...Array.from({ length: times }, () => ['        pushd   0', '        pushd   [hMem]', '        VMMcall _PageFree', '        add     esp, 8']).flat(),
    'FI_Done:',
    '        popw    ds',
    '        ret',
    'EndProc Free_It',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('push the arguments of a service called without a list: a second free of the handle is found', async () => {
    assert.deepEqual(await findings('vxd-masm', freeing(2)), ['PW222@18']);
  });

  it('push the arguments of a service called without a list: one free, with the stack balanced, has no finding', async () => {
    assert.deepEqual(await findings('vxd-masm', freeing(1)), []);
  });
});

describe('MASM memory operands without a size (mov [ebx][edi], 0FFFFFFFFh)', () => {
  const store = (operand: string): string[] => [
    '.386p',
    'include vmm.inc',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Forget_Buffer',
    `        mov     ${operand}, 0FFFFFFFFh`,
    '        ret',
    'EndProc Forget_Buffer',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('stop the analysis with a note that says no size is guessed and how to give one', async () => {
    const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${store('[ebx][edi]').join('\n')}\n`, file: 'test' });
    assert.deepEqual(found.map((f) => `${f.code}@${f.range.start.line}`), ['PW900@4']);
    const [note] = found;
    assert.ok(note);
    assert.match(findingMessage(note),
      /operand size unknown: no register or PTR says whether the memory operand is a byte, word or dword \(write BYTE PTR, WORD PTR or DWORD PTR\)/);
  });

  it('are analysed once DWORD PTR gives the size', async () => {
    assert.deepEqual(await findings('vxd-masm', store('dword ptr [ebx][edi]')), []);
  });
});

describe('MASM COMMENT blocks, GROUP and real numbers', () => {
  it('parse, and the procedure after them is analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'COMMENT ~',
      '  Allocates one page: mov eax, [ is prose here',
      '~',
      '_LGROUP GROUP   _LTEXT, _LDATA',
      'VxD_LOCKED_DATA_SEG',
      'Ratio   dd      1.5',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@13']);
  });
});

describe('MASM macros that open or close a procedure or segment, also under IFDEF', () => {
  it('parse, and the procedures of the file are analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'MyBegin MACRO name',
      'BeginProc name, PUBLIC',
      '        ENDM',
      'MyEnd   MACRO name',
      '        ret',
      'EndProc name',
      '        ENDM',
      'MySeg   MACRO',
      'VxD_LOCKED_CODE_SEG',
      '        ENDM',
      'MyProc  MACRO   Name',
      'IFDEF DEBUG',
      'Name    PROC    NEAR',
      'ELSE',
      'Name    PROC    NEAR',
      'ENDIF',
      '        ENDM',
      'MyEndp  MACRO   Name',
      'Name    ENDP',
      '        ENDM',
      'MySeg',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@26']);
  });
});

describe('MASM segment lines chosen by IFDEF', () => {
  it('an opening and a closing line under IFDEF DEBUG / ELSE around procedures parse, and the procedures are analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'IFDEF DEBUG',
      'VxD_LOCKED_CODE_SEG',
      'ELSE',
      'VxD_PAGEABLE_CODE_SEG',
      'ENDIF',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Grab',
      'IFDEF DEBUG',
      'VxD_LOCKED_CODE_ENDS',
      'ELSE',
      'VxD_PAGEABLE_CODE_ENDS',
      'ENDIF',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@10']);
  });
});

describe('MASM conditionals that one macro opens and another closes', () => {
  it('parse, and the lines between them are assembled only when the condition holds', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'BeginDebug MACRO',
      'IFDEF DEBUG',
      '        ENDM',
      'EndDebug MACRO',
      'ENDIF',
      '        ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        BeginDebug',
      '        mov     [ecx], eax',
      '        EndDebug',
      '        ret',
      'EndProc Grab',
      'BeginProc Put',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        BeginDebug',
      '        int     3',
      '        EndDebug',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Put',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    // The retail build skips Grab's store; Put's is after the region.
    assert.deepEqual(found, ['PW230@23']);
  });

  it('end where a call shaped like a structure instance closes them, so the code after the region is analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'DbgBlock MACRO name, args',
      'IFDEF DEBUG',
      '        ENDM',
      'EndDbg  MACRO name, args',
      'ENDIF',
      '        ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Put',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        DbgBlock Put_Trace <ecx, eax>',
      '        mov     [ecx], eax',
      '        EndDbg  Put_Trace <ecx, eax>',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Put',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]);
    assert.deepEqual(found, ['PW230@15']);
  });
});

describe('MASM procedures that wrapper macros open and close', () => {
  const file = (body: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'MyBegin MACRO name',
    'BeginProc name, PUBLIC',
    '        ENDM',
    'MyEnd   MACRO name',
    'EndProc name',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'MyBegin Grab',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    ...body,
    '        ret',
    'MyEnd Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('are analysed as entry points: a bug inside one is found', async () => {
    assert.deepEqual(await findings('vxd-masm', file(['        mov     ecx, [eax]'])), ['PW211@11']);
  });

  it('are analysed as entry points: a correct one has no finding', async () => {
    assert.deepEqual(await findings('vxd-masm', file(['        test    eax, eax', '        jz      @F', '        mov     ecx, [eax]', '@@:'])), []);
  });

  // A syntax error elsewhere in the file once skipped every procedure outside a BeginProc container.
  const withBadData = (body: readonly string[]): string[] => {
    const lines = file(body);
    lines.splice(lines.indexOf('VxD_LOCKED_CODE_SEG'), 0, 'VxD_LOCKED_DATA_SEG', 'Junk    dd      (4', 'VxD_LOCKED_DATA_ENDS');
    return lines;
  };

  it('are analysed when another segment has a syntax error: the bug is found', async () => {
    assert.deepEqual(await findings('vxd-masm', withBadData(['        mov     ecx, [eax]'])), ['PW100@9', 'PW211@14']);
  });

  it('are analysed when another segment has a syntax error: a correct one has only the syntax error', async () => {
    assert.deepEqual(await findings('vxd-masm', withBadData(['        test    eax, eax', '        jz      @F', '        mov     ecx, [eax]', '@@:'])), ['PW100@9']);
  });

  it('are not analysed when a line of their own has a syntax error', async () => {
    assert.deepEqual(await findings('vxd-masm', file(['        mov     ecx, [eax', '        mov     ecx, [eax]'])), ['PW900@9', 'PW100@11']);
  });

  // Their lines once ran on past the closing call to the next procedure, so an error between two procedures skipped the first.
  const followedBy = (lines: readonly string[]): string[] => {
    const text = file(['        mov     ecx, [eax]']);
    text.splice(text.indexOf('VxD_LOCKED_CODE_ENDS'), 0, ...lines, 'MyBegin Next', '        ret', 'MyEnd Next');
    return text;
  };

  it('end at their closing call: a syntax error after it leaves the bug found', async () => {
    assert.deepEqual(await findings('vxd-masm', followedBy(['Junk    dd      (4'])), ['PW211@11', 'PW100@14']);
    assert.deepEqual(await findings('vxd-masm', followedBy(['Helper: mov     eax, [esi', '        ret'])), ['PW211@11', 'PW100@14']);
  });

  it('end at their closing call: the same lines without the error have only the bug', async () => {
    assert.deepEqual(await findings('vxd-masm', followedBy(['Junk    dd      (4)'])), ['PW211@11']);
  });

  // A wrapper whose body calls another wrapper opens or closes what that one does.
  const nested = (call: string, closing: string): string[] => {
    const lines = file(['        mov     ecx, [eax]']);
    lines.splice(lines.indexOf('VxD_LOCKED_CODE_SEG'), 0, 'Outer   MACRO name', 'MyBegin name', '        ENDM', 'OuterEnd MACRO name', 'MyEnd name', '        ENDM');
    lines[lines.indexOf('MyBegin Grab')] = call;
    lines[lines.indexOf('MyEnd Grab')] = closing;
    lines.splice(lines.indexOf('VxD_LOCKED_CODE_ENDS'), 0, 'Junk    dd      (4');
    return lines;
  };

  it('end at a closing call of a wrapper around the closing macro: a syntax error after it leaves the bug found', async () => {
    assert.deepEqual(await findings('vxd-masm', nested('MyBegin Grab', 'OuterEnd Grab')), ['PW211@17', 'PW100@20']);
  });

  it('open their procedure from a call of a wrapper around the opening macro that has a syntax error, which gets the note', async () => {
    assert.deepEqual(await findings('vxd-masm', nested('Outer Grab )', 'MyEnd Grab')), ['PW900@15', 'PW100@15', 'PW100@20']);
  });

  it('end at their closing call: VtoolsD\'s ENDCPROC closes one too', async () => {
    const vtoolsd = [
      '.386p',
      'include vmm.inc',
      'VxD_LOCKED_CODE_SEG',
      'DEFCPROC Grab <>',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     ecx, [eax]',
      '        ret',
      'ENDCPROC Grab',
      'Junk    dd      (4',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    assert.deepEqual(await findings('vxd-masm', vtoolsd), ['PW211@5', 'PW100@8']);
  });

  // The VtoolsD layer reads ENDCPROC without a definition: a macro calling it closes what it does.
  const aroundVtoolsd = (closing: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    ...closing,
    'VxD_LOCKED_CODE_SEG',
    'DEFCPROC Grab <>',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        mov     ecx, [eax]',
    '        ret',
    'MyEnd   Grab',
    'Junk    dd      (4',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('end at a closing call of a macro whose body calls VtoolsD\'s ENDCPROC: a syntax error after it leaves the bug found', async () => {
    assert.deepEqual(await findings('vxd-masm', aroundVtoolsd(['MyEnd   MACRO name', 'ENDCPROC name', '        ENDM'])), ['PW211@8', 'PW100@11']);
  });

  it('do not end at a call of a macro whose body calls a macro defined nowhere that VtoolsD does not define either: the syntax error after it is the procedure\'s', async () => {
    assert.deepEqual(await findings('vxd-masm', aroundVtoolsd(['MyEnd   MACRO name', 'ENDPROCEDURE name', '        ENDM'])), ['PW900@6', 'PW100@11']);
  });
});

describe('a syntax error in one MASM procedure', () => {
  it('keeps only that procedure from being analysed, not the control dispatch table', async () => {
    assert.deepEqual(await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'VxD_LOCKED_CODE_SEG',
      'Begin_Control_Dispatch MYVXD',
      '        Control_Dispatch Device_Init, MyInit',
      'End_Control_Dispatch MYVXD',
      'BeginProc MyInit',
      '        clc',
      '        ret',
      'EndProc MyInit',
      'BeginProc Broken',
      '        mov     eax, [esi',
      '        ret',
      'EndProc Broken',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ]), ['PW900@10', 'PW100@11']);
  });
});

describe('VtoolsD procedure macros (DEFCPROC Name <USES esi edi, pObj:DWORD> … ENDCPROC Name)', () => {
  const body = [
    'VxD_LOCKED_CODE_SEG',
    'DEFCPROC createThunk <USES esi edi, pObj:DWORD,\tpThunk:DWORD>',
    '        mov     edi, [pThunk]',
    '        mov     ecx, 4',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        mov     [ecx], eax',
    '        ret',
    'ENDCPROC createThunk',
    'DEFSPROC v86_api_entry  <>',
    '        ret',
    'ENDSPROC v86_api_entry',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('parse, and with the macros defined their procedures are analysed', async () => {
    const found = await findings('vxd-masm', [
      '.386p',
      'include vmm.inc',
      'DEFCPROC MACRO name, args',
      'name    PROC C PUBLIC args',
      '        ENDM',
      'DEFSPROC MACRO name, args',
      'name    PROC PUBLIC args',
      '        ENDM',
      'ENDCPROC MACRO name',
      'name    ENDP',
      '        ENDM',
      'ENDSPROC MACRO name',
      'name    ENDP',
      '        ENDM',
      ...body,
    ]);
    assert.deepEqual(found, ['PW230@19']);
  });

  it('are read natively without their include: the procedures are analysed, a bug in one is found', async () => {
    const found = await findings('vxd-masm', ['.386p', 'NO_SEGMENTS=1', 'include VMM.INC', 'include CDEFNS.INC', ...body]);
    assert.deepEqual(found, ['PW103@3', 'PW230@9']);
  });

  it('are read natively without their include: correct procedures have only the missing include reported', async () => {
    const correct = body.map((line) => (line.includes('mov     [ecx], eax') ? '        mov     [edi], eax' : line));
    const found = await findings('vxd-masm', ['.386p', 'NO_SEGMENTS=1', 'include VMM.INC', 'include CDEFNS.INC', ...correct]);
    assert.deepEqual(found, ['PW103@3']);
  });
});

describe('MASM word lists in angle brackets whose first word is a register (CProc Grab, <esi edi>)', () => {
  const file = (regs: string): string[] => [
    '.386p',
    'include vmm.inc',
    'Nothing MACRO',
    '        EXITM <>',
    'ENDM',
    // Wrapper macros that put the words on a MASM 6 PROC line as its USES list.
    'CProc MACRO name, regs',
    'name    PROC C USES regs',
    'ENDM',
    'CEnd MACRO name',
    'name    ENDP',
    'ENDM',
    'VxD_LOCKED_CODE_SEG',
    `CProc Grab, <${regs}>`,
    '        mov     ecx, 4',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        mov     [ecx], eax',
    '        ret',
    'CEnd Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('parse with no PW100, and the procedure is analysed: the bug in it is found', async () => {
    for (const regs of ['esi edi', 'esi edi Nothing()', 'ebx esi edi', 'esi Nothing() edi']) {
      const lines = file(regs);
      assert.deepEqual(await findings('vxd-masm', lines), [`PW230@${lines.indexOf('        mov     [ecx], eax')}`], regs);
    }
  });

  it('still give PW100 for a list with a syntax error, and the note of the procedure it keeps from analysis', async () => {
    const lines = file('esi edi )');
    const line = lines.indexOf('CProc Grab, <esi edi )>');
    // The call still opens Grab, which the error keeps from analysis, as a BeginProc line's would.
    assert.deepEqual(await findings('vxd-masm', lines), [`PW900@${line}`, `PW100@${line}`]);
  });
});

describe('VMMcall and VxDcall with arguments after their one argument, which MASM warns of (A4006) and leaves out', () => {
  const file = (call: string): string[] => [
    '.386p',
    'include vmm.inc',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    '        mov     ecx, 4',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>, Undefined_Flags',
    '        mov     [ecx], eax',
    call,
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('parse with no PW100, and the procedure is analysed with the call MASM assembles: names in the rest are never read', async () => {
    // The flags written after the list are not pushed, so _PageFree is given one argument.
    const lines = file('        VMMcall _PageFree, <eax>, 0');
    assert.deepEqual(await findings('vxd-masm', lines), ['PW230@6', 'PW211@7', 'PW250@7']);
    assert.deepEqual(await findings('vxd-masm', file('        VxDcall _PageFree, <eax, 0>, <1>')), ['PW230@6', 'PW211@7']);
  });

  it('still give PW100 for a line with a syntax error', async () => {
    const lines = file('        VMMcall _PageFree, <eax, 0>, 3 )');
    assert.deepEqual(await findings('vxd-masm', lines), ['PW900@3', 'PW100@7']);
  });
});

describe('MASM lines the expansion operator (%) opens', () => {
  // Def_Slot's `%` line defines Slot_<n>_h; FORC over a text macro a byte per character; ECHO prints.
  const file = (slot: string, uses: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'Def_Slot MACRO n',
    '        % @CatStr(<Slot_>, n, <_h dd 0>)',
    '        ENDM',
    'Letters TEXTEQU <AB>',
    'Get_Reg MACRO',
    '        EXITM <edx>',
    '        ENDM',
    '% echo Building Letters',
    'VxD_LOCKED_DATA_SEG',
    `        Def_Slot ${slot}`,
    '% FORC c, <Letters>',
    'Chr_&c  db      0',
    '        ENDM',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    '        mov     ecx, OFFSET32 Slot_1_h',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        mov     [ecx], eax',
    ...uses,
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('parse, are assembled as they expand, and the procedure after them is analysed', async () => {
    assert.deepEqual(await findings('vxd-masm', file('1', ['        mov     al, [Chr_B]'])), ['PW230@20']);
  });

  it('define only what they expand to', async () => {
    assert.deepEqual(await findings('vxd-masm', file('2', ['        mov     al, [Chr_C]'])), ['PW102@18', 'PW230@20', 'PW102@21']);
  });

  it('that call a macro function of the program\'s own are assembled with the text it returns', async () => {
    const found = await findings('vxd-masm', file('1', ['%       mov     al, [Get_Reg()]']));
    assert.deepEqual(found, ['PW230@20', 'PW211@21']);
  });
});

describe('MASM conditionals whose lines the expansion operator (%) opens', () => {
  // Mode's clause stores through ECX (destroyed by the call) or EDX (0 when it failed); the allocation after ENDIF is
  // assembled in every mode, with reserved flags unless `flags` says otherwise.
  const file = (mode: string, [elseIf, otherwise, end]: readonly string[], flags = 'PageLocked OR 40000000h', opening = '% IF'): string[] => [
    '.386p',
    'include vmm.inc',
    `Mode    TEXTEQU <${mode}>`,
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    '        mov     ecx, 4',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    `${opening} Mode EQ 1`,
    '        mov     [ecx], eax',
    `${elseIf ?? ''} Mode EQ 2`,
    '        mov     [edx], eax',
    otherwise ?? '',
    '        mov     esi, eax',
    end ?? '',
    `        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`,
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];
  const expanded = ['% ELSEIF', '% ELSE', '% ENDIF'];
  const plain = ['ELSEIF', 'ELSE', 'ENDIF'];

  it('assemble only the clause whose condition holds once the text macros are expanded, and the lines after ENDIF', async () => {
    for (const closing of [expanded, plain]) {
      assert.deepEqual(await findings('vxd-masm', file('1', closing)), ['PW230@8', 'PW202@14'], closing.join());
      assert.deepEqual(await findings('vxd-masm', file('2', closing)), ['PW211@10', 'PW202@14'], closing.join());
      assert.deepEqual(await findings('vxd-masm', file('3', closing)), ['PW202@14'], closing.join());
      assert.deepEqual(await findings('vxd-masm', file('3', closing, 'PageLocked')), [], closing.join());
    }
  });

  it('continue and close a plain IF as its ELSEIF, ELSE and ENDIF, with the lines after it and the procedures after it analysed', async () => {
    for (const closing of [expanded, ['ELSEIF', '% ELSE', 'ENDIF'], ['% ELSEIF', 'ELSE', '% ENDIF'], ['ELSEIF', 'ELSE', '% ENDIF']]) {
      assert.deepEqual(await findings('vxd-masm', file('1', closing, undefined, 'IF')), ['PW230@8', 'PW202@14'], closing.join());
      assert.deepEqual(await findings('vxd-masm', file('2', closing, undefined, 'IF')), ['PW211@10', 'PW202@14'], closing.join());
      assert.deepEqual(await findings('vxd-masm', file('3', closing, undefined, 'IF')), ['PW202@14'], closing.join());
      assert.deepEqual(await findings('vxd-masm', file('3', closing, 'PageLocked', 'IF')), [], closing.join());
    }
    // The line expands before it is read: `% ELSEIFIDNI <Mode>, <2>` compares 2, not Mode.
    const idn = (mode: string): string[] => file(mode, ['% ELSEIFIDNI <Mode>, <2>', '% ELSE', '% ENDIF'], 'PageLocked', 'IF').map((l) => l.replace(/ Mode EQ 2$/, ''));
    assert.deepEqual(await findings('vxd-masm', idn('2')), ['PW211@10']);
    assert.deepEqual(await findings('vxd-masm', idn('3')), []);
  });

  it('close the plain IF inside a % IF clause, and the % ELSE after it is the outer one\'s', async () => {
    const inner = (mode: string): string[] => [
      '.386p',
      'include vmm.inc',
      `Mode    TEXTEQU <${mode}>`,
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '% IF Mode EQ 1',
      '  IF 0',
      '        int     3',
      '  % ELSE',
      '        mov     [ecx], eax',
      '  % ENDIF',
      '% ELSE',
      '        mov     [edx], eax',
      '% ENDIF',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    assert.deepEqual(await findings('vxd-masm', inner('1')), ['PW230@11']);
    assert.deepEqual(await findings('vxd-masm', inner('2')), ['PW211@14']);
  });

  it('nested in a clause that is skipped, are skipped with it, and the outer ELSE is the outer conditional\'s', async () => {
    const nested = (level: string): string[] => [
      '.386p',
      'include vmm.inc',
      `Level   TEXTEQU <${level}>`,
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '% IF Level GT 1',
      '% IFDEF DEBUG',
      '        int     3',
      '% ELSE',
      '        mov     esi, eax',
      '% ENDIF',
      '        mov     [ecx], eax',
      '% ELSE',
      '        mov     [edx], eax',
      '% ENDIF',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    assert.deepEqual(await findings('vxd-masm', nested('2')), ['PW230@13']);
    assert.deepEqual(await findings('vxd-masm', nested('0')), ['PW211@15']);
  });

  it('choose the opening and closing lines of a segment and a procedure, as a plain IF does', async () => {
    const chosen = (debug: boolean): string[] => [
      '.386p',
      'include vmm.inc',
      debug ? 'DEBUG   equ     1' : '',
      '% IFDEF DEBUG',
      'VxD_LOCKED_CODE_SEG',
      '% ELSE',
      'VxD_PAGEABLE_CODE_SEG',
      '% ENDIF',
      '% IFDEF DEBUG',
      'BeginProc Grab, HIGH_FREQ',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        mov     ecx, [eax]',
      '% ELSE',
      'BeginProc Grab',
      '% ENDIF',
      '        clc',
      '        ret',
      '% IFDEF DEBUG',
      'EndProc Grab',
      '% ELSE',
      'EndProc Grab',
      '% ENDIF',
      '% IFDEF DEBUG',
      'VxD_LOCKED_CODE_ENDS',
      '% ELSE',
      'VxD_PAGEABLE_CODE_ENDS',
      '% ENDIF',
      'END',
    ];
    assert.deepEqual(await findings('vxd-masm', chosen(true)), ['PW211@11']);
    assert.deepEqual(await findings('vxd-masm', chosen(false)), []);
  });

  it('in a macro, compare the text a text macro passed as an argument stands for (% IFIDNI <&reg>, <ecx>)', async () => {
    const inMacro = (target: string): string[] => [
      '.386p',
      'include vmm.inc',
      `Target  TEXTEQU <${target}>`,
      'Store   MACRO reg',
      '% IFIDNI <&reg>, <ecx>',
      '        mov     [ecx], eax',
      '% ELSE',
      '        mov     reg, eax',
      '% ENDIF',
      '        ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      '        mov     ecx, 4',
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
      '        Store   Target',
      '        mov     [edx], eax',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    assert.deepEqual(await findings('vxd-masm', inMacro('ecx')), ['PW230@14', 'PW211@15']);
    assert.deepEqual(await findings('vxd-masm', inMacro('esi')), ['PW211@15']);
  });
});

describe('MASM macro functions (a macro whose EXITM returns a text)', () => {
  const file = (body: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'AllocFlags MACRO extra',
    '        LOCAL   f',
    'f       =       PageLocked',
    '        IFNB    <extra>',
    '        EXITM   <f OR extra>',
    '        ENDIF',
    '        EXITM   <f>',
    '        ENDM',
    'PageCount MACRO bytes',
    '        EXITM   <(((bytes) + 0FFFh) SHR 12)>',
    '        ENDM',
    'Checked MACRO reg',
    '        LOCAL   done',
    '        mov     ebx, reg',
    '        or      ebx, ebx',
    '        jnz     done',
    '        mov     ebx, 1',
    'done:',
    '        EXITM   <ebx>',
    '        ENDM',
    'NoText  MACRO',
    '        nop',
    '        ENDM',
    'Again   MACRO',
    '        EXITM   <Again()>',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    ...body,
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];
  const allocate = (flags: string): string => `        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`;

  it('are assembled with the text they return, in a call\'s arguments and in operands (LOCAL, IFNB, EXITM in an IF arm)', async () => {
    assert.deepEqual(await findings('vxd-masm', file([allocate('AllocFlags(PageZeroInit OR 40000000h)')])), ['PW202@30']);
    assert.deepEqual(await findings('vxd-masm', file(['        mov     eax, AllocFlags(40000000h)', allocate('eax')])), ['PW202@31']);
    assert.deepEqual(await findings('vxd-masm', file([allocate('AllocFlags(PageZeroInit)')])), []);
    assert.deepEqual(await findings('vxd-masm', file([allocate('AllocFlags()')])), []);
  });

  it('parse wherever an expression may stand, also after an operand\'s brackets, with no PW100', async () => {
    const found = await findings('vxd-masm', file([
      '        mov     ecx, 4',
      allocate('PageLocked'),
      '        mov     edx, [ebx].Pushad_ECX+PageCount(4)',
      '        mov     edx, [ebx]+PageCount(4)*4',
      '        mov     edx, [esi+PageCount(8192)*4]',
      '        mov     [ecx], eax',
    ]));
    assert.deepEqual(found, ['PW230@35']);
  });

  it('give their text to IF conditions, equates and text macros', async () => {
    const chosen = (bytes: string): string[] => [
      '        mov     ecx, 4',
      allocate('PageLocked'),
      `IF PageCount(${bytes}) GT 1`,
      '        mov     [ecx], eax',
      'ENDIF',
    ];
    assert.deepEqual(await findings('vxd-masm', file(chosen('8192'))), ['PW230@33']);
    assert.deepEqual(await findings('vxd-masm', file(chosen('4096'))), []);
    // An ELSEIF is read after a clause that is skipped: the function still runs its body to its EXITM.
    const afterSkipped = (bytes: string): string[] => [
      '        mov     ecx, 4',
      allocate('PageLocked'),
      '% IF PageCount(1) GT 1',
      '        nop',
      `ELSEIF PageCount(${bytes}) GT 1`,
      '        mov     [ecx], eax',
      'ENDIF',
    ];
    assert.deepEqual(await findings('vxd-masm', file(afterSkipped('8192'))), ['PW230@35']);
    assert.deepEqual(await findings('vxd-masm', file(afterSkipped('4096'))), []);
    const defined = (line: string): string[] => [`${line} AllocFlags(40000000h)`, allocate('Flags')];
    assert.deepEqual(await findings('vxd-masm', file(defined('Flags   ='))), ['PW202@31']);
    assert.deepEqual(await findings('vxd-masm', file(defined('Flags   TEXTEQU'))), ['PW202@31']);
    assert.deepEqual(await findings('vxd-masm', file(['Flags   =       AllocFlags(PageZeroInit)', allocate('Flags')])), []);
  });

  it('assemble the code of their body before the line that calls them, reported at the call', async () => {
    const checked = (reg: string): string[] => ['        mov     ecx, 4', allocate('PageLocked'), `        mov     edx, Checked(${reg})`];
    assert.deepEqual(await findings('vxd-masm', file(checked('ecx'))), ['PW230@32']);
    assert.deepEqual(await findings('vxd-masm', file(checked('esi'))), []);
  });

  it('that return no text PageWarden works out cut the analysis short there; calls of no macro are unknown values, never an error', async () => {
    const store = (value: string): string[] => ['        mov     ecx, 4', allocate('PageLocked'), `        mov     ecx, ${value}`, '        mov     [ecx], eax'];
    assert.deepEqual(await findings('vxd-masm', file(store('NoText()'))), ['PW900@32']);
    assert.deepEqual(await findings('vxd-masm', file(store('Again()'))), ['PW900@32']);
    assert.deepEqual(await findings('vxd-masm', file(store('Missing(4)'))), []);
  });

  it('that return an empty text for an instruction\'s operand cut the analysis short there, saying the operand is empty', async () => {
    const lines = (call: string): string[] => [
      '.386p',
      'include vmm.inc',
      'Empty   MACRO',
      '        EXITM   <>',
      '        ENDM',
      // A macro, unlike an instruction, takes an empty argument.
      'Keep    MACRO   reg, value',
      '        push    reg',
      '        pop     reg',
      '        ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      allocate('PageLocked'),
      call,
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    const messages = async (call: string): Promise<string[]> =>
      (await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines(call).join('\n')}\n`, file: 'test' })).map((f) => `${f.code}@${f.range.start.line} ${findingMessage(f)}`);
    assert.deepEqual(await messages('        mov     ecx, Empty()'), ['PW900@12 Analysis of Grab was cut short: operand 2 of "mov     ecx, Empty()" is empty: "Empty()" expands to no text']);
    assert.deepEqual(await messages('        push    Empty()'), ['PW900@12 Analysis of Grab was cut short: operand 1 of "push    Empty()" is empty: "Empty()" expands to no text']);
    assert.deepEqual((await messages('        Keep    ecx, Empty()')).map((m) => m.split(' ')[0]), ['PW230@13']);
  });

  it('that return a text the line cannot be read with cut the analysis short at the call, the syntax error staying at the EXITM', async () => {
    const lines = (exit: string): string[] => [
      '.386p',
      'include vmm.inc',
      'Target  MACRO',
      `        EXITM   <${exit}>`,
      '        ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      allocate('PageLocked'),
      '        mov     ecx, Target()',
      '        mov     [ecx], eax',
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    const messages = async (exit: string): Promise<string[]> =>
      (await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines(exit).join('\n')}\n`, file: 'test' })).map((f) => `${f.code}@${f.range.start.line} ${findingMessage(f)}`);
    assert.deepEqual(await messages('[eax'), [
      'PW100@3 Syntax error: missing ]',
      'PW900@8 Analysis of Grab was cut short: "mov     ecx, Target()" reads "mov     ecx, [eax" once expanded, which has a syntax error',
    ]);
    // A text the line reads well with is analysed there: the unchecked allocation it dereferences is found.
    assert.deepEqual((await messages('[eax]')).map((m) => m.split(' ')[0]), ['PW211@8']);
  });

  it('name a Control_Dispatch handler and a called service, as a built-in function does', async () => {
    const dispatching = (target: string, flags: string): string[] => [
      '.386p',
      'include vmm.inc',
      'HandlerFor MACRO what',
      '        EXITM <MF_&what>',
      'ENDM',
      'VxD_LOCKED_DATA_SEG',
      'hBuf            dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc MF_Control',
      `        Control_Dispatch Device_Init, ${target}`,
      '        clc',
      '        ret',
      'EndProc MF_Control',
      'BeginProc MF_Init',
      `        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`,
      '        mov     [hBuf], eax',
      '        clc',
      '        ret',
      'EndProc MF_Init',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    for (const target of ['HandlerFor(Init)', '@CatStr(<MF_>, <Init>)']) {
      assert.deepEqual(await findings('vxd-masm', dispatching(target, 'PageLockedIfDP')), ['PW202@15'], target);
      assert.deepEqual(await findings('vxd-masm', dispatching(target, 'PageLocked')), [], target);
    }
    const freeing = (service: string): string[] => [
      '.386p',
      'include vmm.inc',
      'FreeSvc MACRO what',
      '        EXITM <_Page&what>',
      'ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Release',
      `        VMMcall ${service}, <eax, 0>`,
      '        ret',
      'EndProc Release',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    for (const [good, bad] of [['FreeSvc(Free)', 'FreeSvc(Frea)'], ['@CatStr(<_Page>, <Free>)', '@CatStr(<_Page>, <Frea>)']] as const) {
      assert.deepEqual(await findings('vxd-masm', freeing(good)), [], good);
      const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${freeing(bad).join('\n')}\n`, file: 'test' });
      assert.deepEqual(found.map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character} ${findingMessage(f)}`), [`PW101@7:16 No VMM service is called _PageFrea; did you mean _PageFree?`], bad);
    }
  });

  /** Each finding as `PWnnn@line message`. */
  const messages = async (lines: readonly string[]): Promise<string[]> => {
    const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test' });
    return found.map((f) => `${f.code}@${f.range.start.line} ${findingMessage(f)}`);
  };
  const at = (lines: readonly string[], text: string): string => `@${lines.indexOf(text)}`;

  const calling = (call: string): string[] => [
    '.386p',
    'include vmm.inc',
    'FlagName MACRO kind',
    '    IFIDNI <kind>, <dma>',
    '        EXITM <Contig>',
    '    ELSE',
    '        EXITM <ZeroInit>',
    '    ENDIF',
    'ENDM',
    'FlagsFor MACRO kind',
    '        EXITM @CatStr(<Page>, FlagName(kind))',
    'ENDM',
    'Fib MACRO n',
    '    IF n LT 2',
    '        EXITM %n',
    '    ELSE',
    '        EXITM %(Fib(%(n-1)) + Fib(%(n-2)))',
    '    ENDIF',
    'ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    `        ${call}`,
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('return the text of the functions their EXITM calls (in @CatStr, in %expr)', async () => {
    const allocate = (flags: string): string => `VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, ${flags}>`;
    assert.deepEqual(await findings('vxd-masm', calling(allocate('FlagsFor(dma) OR PageFixed'))), ['PW202@21']);
    assert.deepEqual(await findings('vxd-masm', calling(allocate('FlagsFor(zero) OR PageFixed'))), []);
    assert.deepEqual(await findings('vxd-masm', calling('mov eax, Fib(12)')), []);
  });

  it('that call themselves without end, or make more expansions than PageWarden makes in a file, say which limit cut them short', async () => {
    const again = await messages(file(['        mov     ecx, Again()']));
    assert.deepEqual(again.length, 1);
    assert.match(again.join(), /^PW900@30 .*"Again\(\)" is not expanded, as expanding the macro function Again runs past PageWarden's limit of 32 expansions one inside another/);
    const fib = await messages(calling('mov eax, Fib(22)'));
    assert.deepEqual(fib.length, 1);
    assert.match(fib.join(), /^PW900@21 .*"Fib\(22\)" is not expanded, as expanding the macro function Fib runs past PageWarden's limit of 20000 expansions in a file/);
  });

  describe('called as a member\'s name or after an operand, which MASM expands before it reads the line', () => {
    const member = (body: readonly string[]): string[] => [
      '.386p',
      'include vmm.inc',
      'Info_Struc STRUC',
      'Info_Count dd ?',
      'Info_Flags dd ?',
      'Info_Struc ENDS',
      'FieldOf MACRO what',
      '        EXITM <Info_&what>',
      'ENDM',
      'Nothing MACRO',
      '        EXITM <>',
      'ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      ...body,
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    const allocate = (flags: string): string => `        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`;

    it('parse with no PW100, and the procedure is analysed with the calls\' texts in place', async () => {
      const flagged = (flags: string): string[] => member([
        '        mov     eax, [esi].Info_Struc.FieldOf(Flags)',
        '        mov     edx, [esi.FieldOf(Count)]+4',
        `        mov     ecx, ${flags} Nothing() Nothing()`,
        allocate('ecx'),
      ]);
      const bad = flagged('PageUseAlign');
      assert.deepEqual(await findings('vxd-masm', bad), [`PW202${at(bad, allocate('ecx'))}`]);
      assert.deepEqual(await findings('vxd-masm', flagged('PageLocked')), []);
      // In an expression the member the function names is the field: Info_Flags is at 4, Info_Count at 0.
      const chosen = (field: string): string[] => member([
        '        mov     ecx, 4',
        allocate('PageLocked'),
        `IF Info_Struc.FieldOf(${field}) EQ 4`,
        '        mov     [ecx], eax',
        'ENDIF',
      ]);
      const stored = chosen('Flags');
      assert.deepEqual(await findings('vxd-masm', stored), [`PW230${at(stored, '        mov     [ecx], eax')}`]);
      assert.deepEqual(await findings('vxd-masm', chosen('Count')), []);
    });

    it('still give PW100 for a line with a syntax error, and a call after an operand of no known function cuts the analysis short', async () => {
      const broken = member(['        mov     eax, [esi].Info_Struc.FieldOf(Flags) )', '        mov     ecx, 1 Nothing() )']);
      assert.deepEqual(await findings('vxd-masm', broken), [`PW900${at(broken, 'BeginProc Grab')}`, `PW100${at(broken, broken[14] ?? '')}`, `PW100${at(broken, broken[15] ?? '')}`]);
      const missing = member(['        mov     ecx, 1 Missing()']);
      assert.deepEqual(await messages(missing), [
        `PW900${at(missing, missing[14] ?? '')} Analysis of Grab was cut short: "Missing()" is not expanded, as Missing is no macro function of the program`,
      ]);
    });
  });

  describe('called after a data value or a macro\'s argument, or for the mnemonic, which MASM expands before it reads the line', () => {
    const program = (body: readonly string[]): string[] => [
      '.386p',
      'include vmm.inc',
      'Nothing MACRO',
      '        EXITM <>',
      'ENDM',
      'Pick MACRO n',
      '        EXITM <+n>',
      'ENDM',
      'Op MACRO',
      '        EXITM <mov>',
      'ENDM',
      'Pfx MACRO',
      '        EXITM <rep>',
      'ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      ...body,
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    const allocate = (flags: string): string => `        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`;
    // Data in the procedure, jumped over: a line the grammar could not read would keep the procedure from analysis.
    const data = ['        jmp     Done', 'Tbl     dd      Tbl Pick(2), 1 Nothing()', 'Done:'];

    it('parse with no PW100, and the procedure is analysed with the calls\' texts in place', async () => {
      const flagged = (flags: string): string[] => program([...data, allocate(`${flags} Nothing()`), '        VMMcall _PageFree, <eax Nothing(), 0>']);
      const bad = flagged('PageUseAlign');
      assert.deepEqual(await findings('vxd-masm', bad), [`PW202${at(bad, allocate('PageUseAlign Nothing()'))}`, `PW211${at(bad, '        VMMcall _PageFree, <eax Nothing(), 0>')}`]);
      const good = program([...data, allocate('PageLocked Nothing()'), '        or      eax, eax', '        jz      @F', '        VMMcall _PageFree, <eax Nothing(), 0>', '@@:']);
      assert.deepEqual(await findings('vxd-masm', good), []);
      // Op returns the mnemonic and Pfx the prefix: the count the VMM call destroyed is the string instruction's.
      const counted = (reloaded: boolean): string[] => program(['        Op()    ecx, 4', allocate('PageLocked'), ...(reloaded ? ['        Op()    ecx, 4'] : []), '        Pfx()   movsb']);
      const clobbered = counted(false);
      assert.deepEqual(await findings('vxd-masm', clobbered), [`PW230${at(clobbered, '        Pfx()   movsb')}`]);
      assert.deepEqual(await findings('vxd-masm', counted(true)), []);
    });

    it('still give PW100 for a line with a syntax error, and a call of no known function cuts the analysis short', async () => {
      const broken = program(['Tbl     dd      1 Nothing() )', '        VMMcall _PageFree, <eax Nothing() ), 0>', '        Op()    eax, 1 )']);
      assert.deepEqual(await findings('vxd-masm', broken), [`PW900${at(broken, 'BeginProc Grab')}`, ...[16, 17, 18].map((i) => `PW100${at(broken, broken[i] ?? '')}`)]);
      for (const line of ['        VMMcall _PageFree, <eax Missing(), 0>', '        Missing()    eax, 1']) {
        const missing = program([line]);
        assert.deepEqual(await messages(missing), [
          `PW900${at(missing, line)} Analysis of Grab was cut short: "Missing()" is not expanded, as Missing is no macro function of the program`,
        ]);
      }
    });

    it('outside a procedure, a data line whose call of no known function gives no finding, but code that runs into one stops there', async () => {
      const lines = [
        '.386p',
        'include vmm.inc',
        'VxD_LOCKED_DATA_SEG',
        'Tbl     dd      1 Missing()',
        'Other   dd      2',
        'VxD_LOCKED_DATA_ENDS',
        'VxD_LOCKED_CODE_SEG',
        'BeginProc Grab',
        '        mov     eax, [Tbl]',
        '        mov     ecx, OFFSET32 Other',
        '        jmp     Tail',
        'EndProc Grab',
        'Tail:',
        'Code    dd      1 Missing()',
        '        ret',
        'VxD_LOCKED_CODE_ENDS',
        'END',
      ];
      // No code runs the data segment's line, and what a procedure reads there is unknown, as a variable's value is.
      assert.deepEqual(await messages(lines), [
        `PW900${at(lines, 'Code    dd      1 Missing()')} Analysis of Grab was cut short: "Missing()" is not expanded, as Missing is no macro function of the program`,
      ]);
    });
  });

  describe('called after a VMM call\'s bare argument, for a macro\'s name, or among a word list\'s words, which MASM expands before it reads the line', () => {
    const program = (body: readonly string[]): string[] => [
      '.386p',
      'include vmm.inc',
      'Nothing MACRO',
      '        EXITM <>',
      'ENDM',
      'Svc MACRO',
      '        EXITM <VMMcall>',
      'ENDM',
      // A macro that assembles the words it is passed as a line.
      'Emit MACRO line',
      '        line',
      'ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      ...body,
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    const allocate = '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>';

    it('parse with no PW100, and the procedure is analysed with the calls\' texts in place', async () => {
      // ECX, which the C service destroys, comes back from the stack only where the word list's line pops it.
      const popping = (register: string): string[] => program([
        '        mov     ecx, 4',
        '        push    ecx',
        allocate,
        `        Emit    <pop ${register} Nothing()>`,
        '        mov     [ecx], eax',
        '        Svc()   _PageFree, <eax, 0>',
      ]);
      const restored = popping('ecx');
      assert.deepEqual(await findings('vxd-masm', restored), [`PW211${at(restored, '        Svc()   _PageFree, <eax, 0>')}`]);
      const lost = popping('edx');
      assert.deepEqual(await findings('vxd-masm', lost), [`PW230${at(lost, '        mov     [ecx], eax')}`, `PW211${at(lost, '        Svc()   _PageFree, <eax, 0>')}`]);
      // A bare argument is the service's only one, with or without the call after it.
      for (const line of ['        VMMcall _PageFree, eax Nothing()', '        VMMcall _PageFree, eax']) {
        const bare = program([line]);
        assert.deepEqual(await messages(bare), [`PW250${at(bare, line)} _PageFree takes 2 arguments; 1 given`]);
      }
    });

    it('still give PW100 for a line with a syntax error, and a call of no known function cuts the analysis short', async () => {
      const lines = ['        VMMcall _PageFree, eax Nothing() )', '        Svc()   _PageFree, <eax, 0> )', '        Emit    <pop ecx Nothing() )>'];
      const broken = program(lines);
      assert.deepEqual(await findings('vxd-masm', broken), [`PW900${at(broken, 'BeginProc Grab')}`, ...lines.map((line) => `PW100${at(broken, line)}`)]);
      for (const line of ['        VMMcall _PageFree, eax Missing()', '        Missing() _PageFree, <eax, 0>', '        Emit    <pop ecx Missing()>']) {
        const missing = program([line]);
        assert.deepEqual(await messages(missing), [
          `PW900${at(missing, line)} Analysis of Grab was cut short: "Missing()" is not expanded, as Missing is no macro function of the program`,
        ]);
      }
    });
  });

  describe('called after an angle list among a macro\'s or service\'s arguments, which MASM expands before it reads the line', () => {
    const program = (body: readonly string[]): string[] => [
      '.386p',
      'include vmm.inc',
      'Nothing MACRO',
      '        EXITM <>',
      'ENDM',
      // A macro that assembles each of its two arguments as a line.
      'Both MACRO first, second',
      '        first',
      '        second',
      'ENDM',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Grab',
      ...body,
      '        ret',
      'EndProc Grab',
      'VxD_LOCKED_CODE_ENDS',
      'END',
    ];
    const free = '        VMMcall _PageFree, <eax, 0> Nothing()';

    it('parse as one statement with no PW100, and the procedure is analysed with the calls\' texts in place', async () => {
      // ECX, which the C service destroys, comes back from the stack only where the first argument pops it.
      const popping = (register: string): string[] => program([
        '        mov     ecx, 4',
        '        push    ecx',
        '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
        `        Both    <pop ${register}> Nothing(), <nop>`,
        '        mov     [ecx], eax',
        free,
      ]);
      const restored = popping('ecx');
      assert.deepEqual(await findings('vxd-masm', restored), [`PW211${at(restored, free)}`]);
      const lost = popping('edx');
      assert.deepEqual(await findings('vxd-masm', lost), [`PW230${at(lost, '        mov     [ecx], eax')}`, `PW211${at(lost, free)}`]);
    });

    it('still give PW100 for a line with a syntax error', async () => {
      const lines = ['        Both    <pop ecx> Nothing() ), <nop>', `${free} )`];
      const broken = program(lines);
      assert.deepEqual(await findings('vxd-masm', broken), [`PW900${at(broken, 'BeginProc Grab')}`, ...lines.map((line) => `PW100${at(broken, line)}`)]);
    });
  });
});

describe('MASM macros that call themselves', () => {
  const file = (call: string): string[] => [
    '.386p',
    'include vmm.inc',
    'Rec     MACRO',
    '        nop',
    '        Rec',
    '        ENDM',
    'Pushes  MACRO n',
    '        IF n',
    '        push    eax',
    '        Pushes  %(n-1)',
    '        ENDIF',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    `        ${call}`,
    '        add     esp, 12',
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('without end stop the analysis at the call, saying which limit cut them short', async () => {
    const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${file('Rec').join('\n')}\n`, file: 'test' });
    assert.deepEqual(found.map((f) => `${f.code}@${f.range.start.line} ${findingMessage(f)}`), [
      'PW900@14 Analysis of Grab was cut short: "Rec" is not expanded, as expanding the macro Rec runs past PageWarden\'s limit of 32 expansions one inside another',
    ]);
  });

  it('to a depth their arguments bound are assembled in full, with no note', async () => {
    assert.deepEqual(await findings('vxd-masm', file('Pushes 3')), []);
  });
});

describe('MASM text macros that name a service', () => {
  const file = (service: string, flags: string): string[] => [
    '.386p',
    'include vmm.inc',
    `Alloc_Svc TEXTEQU <${service}>`,
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Grab',
    `        VMMcall Alloc_Svc, <1, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`,
    '        ret',
    'EndProc Grab',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];

  it('are the service they stand for: analysed as it, and no PW101 for the macro\'s name', async () => {
    assert.deepEqual(await findings('vxd-masm', file('_PageAllocate', 'PageLocked')), []);
    assert.deepEqual(await findings('vxd-masm', file('_PageAllocate', 'PageLocked OR PageZeroInit OR 40000000h')), ['PW202@5']);
  });

  it('that stand for no service are reported at their text', async () => {
    assert.deepEqual(await findings('vxd-masm', file('_PageAlocate', 'PageLocked')), ['PW101@2']);
  });
});

describe('MASM LOCAL labels in repeat blocks', () => {
  // Each repetition frees the handle one of its dwords holds, skipping it at its own LOCAL label when it is 0.
  const file = (block: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'Letters TEXTEQU <ABC>',
    'VxD_LOCKED_DATA_SEG',
    'Buf_A   dd      0',
    'Buf_B   dd      0',
    'Buf_C   dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Free_All',
    '        mov     esi, OFFSET32 Buf_A',
    ...block,
    '        clc',
    '        ret',
    'EndProc Free_All',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];
  const body = (handle: string): string[] => [
    '        LOCAL   nofree',
    `        mov     eax, ${handle}`,
    '        or      eax, eax',
    '        jz      nofree',
    '        VMMcall _PageFree, <eax, 0>',
    'nofree:',
    '        ENDM',
  ];

  it('are labels of their own in each repetition, so no repetition jumps into another (FORC, % FORC, IRP, REPT, WHILE)', async () => {
    assert.deepEqual(await findings('vxd-masm', file(['        FORC    c, <ABC>', ...body('[Buf_&c]')])), []);
    assert.deepEqual(await findings('vxd-masm', file(['%       FORC    c, <Letters>', ...body('[Buf_&c]')])), []);
    assert.deepEqual(await findings('vxd-masm', file(['        IRP     b, <Buf_A, Buf_B, Buf_C>', ...body('[b]')])), []);
    assert.deepEqual(await findings('vxd-masm', file(['        REPT    3', '        LOCAL   nofree', '        lodsd', ...body('eax').slice(2)])), []);
    const times = ['n = 0', '        WHILE   n LT 3', '        LOCAL   nofree', 'n = n + 1', '        lodsd', ...body('eax').slice(2)];
    assert.deepEqual(await findings('vxd-masm', file(times)), []);
  });

  it('still let a repetition free what an earlier one freed: PW222, at the free', async () => {
    assert.deepEqual(await findings('vxd-masm', file(['        REPT    2', ...body('[Buf_A]')])), ['PW222@16']);
  });
});

describe('MASM findings inside a repeat block written in a procedure', () => {
  const file = (block: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'Probe   MACRO',
    '        mov     ecx, [eax]',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Map3',
    '        IRP     pa, <0A0000h, 0B0000h, 0B8000h>',
    '        VMMcall _MapPhysToLinear, <pa, 8000h, 0>',
    ...block,
    '        ENDM',
    'M3_Fail:',
    '        ret',
    'EndProc Map3',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];
  const placed = async (lines: readonly string[]): Promise<string[]> => {
    const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test' });
    return found.map((f) => `${f.code}@${f.range.start.line}-${f.range.end.line} ${findingMessage(f)}`);
  };

  // Each repetition's call is a call of its own, each result dereferenced untested a mistake of its own.
  it('are placed at the line of the block that does the bad thing, and name the line of the call and which repetition\'s it is', async () => {
    const found = await placed(file(['        test    eax, eax', '        jz      M3_Fail', '        mov     ecx, [eax]']));
    assert.equal(found.length, 3);
    found.forEach((f, i) => assert.match(f, new RegExp(`^PW210@11-11 EAX is dereferenced here, but _MapPhysToLinear \\(line 9, call ${i + 1}\\) may have returned 0FFFFFFFFh`)));
  });

  it('in a macro the block calls, at the call', async () => {
    const found = await placed(file(['        test    eax, eax', '        jz      M3_Fail', '        Probe']));
    assert.match(found[0] ?? '', /^PW210@11-11 .*\(line 9, call 1\)/);
  });

  it('a correct block has none', async () => {
    assert.deepEqual(await placed(file(['        cmp     eax, -1', '        je      M3_Fail', '        mov     ecx, [eax]'])), []);
  });
});

describe('MASM findings of a repeat block in a macro\'s expansion', () => {
  // Everything the expansion assembles is at the macro's call (line 13), each repetition's service call too.
  const file = (body: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'Map_Both MACRO',
    ...body,
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Map2',
    ...Array<string>(13 - 7 - body.length).fill(''),
    '        Map_Both',
    'MB_Fail:',
    '        ret',
    'EndProc Map2',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];
  const found = async (lines: readonly string[]): Promise<string[]> => {
    const all = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test' });
    return all.map((f) => `${f.code}@${f.range.start.line} ${findingMessage(f)}`);
  };
  const each = (check: readonly string[]): string[] => [
    '        IRP     pa, <0A0000h, 0B0000h>',
    '        VMMcall _MapPhysToLinear, <pa, 8000h, 0>',
    ...check,
    '        mov     ecx, [eax]',
    '        ENDM',
  ];

  it('are one finding per repetition when each repetition\'s call is misused, named by its number among the calls there', async () => {
    const two = await found(file(each([])));
    assert.deepEqual(two.map((f) => f.replace(/ may have .*/, '')), [
      'PW210@12 EAX is dereferenced here, but _MapPhysToLinear (line 13, call 1)',
      'PW210@12 EAX is dereferenced here, but _MapPhysToLinear (line 13, call 2)',
    ]);
  });

  it('are none when each repetition tests its call\'s result', async () => {
    assert.deepEqual(await found(file(each(['        cmp     eax, -1', '        je      MB_Fail']))), []);
  });

  it('tell a block the first repetition freed from one freed on an earlier pass of a loop', async () => {
    const freed = await found(file(['        REPT    2', '        VMMcall _PageFree, <esi, 0>', '        ENDM']));
    assert.deepEqual(freed, ['PW222@12 _PageFree frees a memory handle that was already freed at line 13, call 1 (call 2)']);
  });

  it('are one finding for one call whose result every repetition misuses', async () => {
    const once = await found(file([
      '        VMMcall _MapPhysToLinear, <0A0000h, 8000h, 0>',
      '        REPT    2',
      '        mov     ecx, [eax]',
      '        ENDM',
    ]));
    assert.deepEqual(once.map((f) => f.replace(/ may have .*/, '')), ['PW210@12 EAX is dereferenced here, but _MapPhysToLinear (line 13)']);
  });
});

describe('MASM service calls a repeat block writes out by hand or checks the arguments of', () => {
  const file = (block: readonly string[]): string[] => [
    '.386p',
    'include vmm.inc',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Rep_Calls',
    ...block,
    '        ret',
    'EndProc Rep_Calls',
    'VxD_LOCKED_CODE_ENDS',
    'END',
  ];
  const found = async (lines: readonly string[]): Promise<string[]> => {
    const all = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test' });
    return all.map((f) => `${f.code}@${f.range.start.line} ${findingMessage(f)}`);
  };
  // _MapPhysToLinear's link written out: the arguments pushed right to left, int 20h, the link dword, the clean-up.
  const mapped = (check: readonly string[]): string[] => [
    '        IRP     pa, <0A0000h, 0B0000h>',
    '        push    0',
    '        push    8000h',
    '        push    pa',
    '        int     20h',
    '        dd      @@_MapPhysToLinear',
    '        add     esp, 12',
    ...check,
    '        mov     ecx, [eax]',
    '        ENDM',
  ];

  it('number an int 20h each repetition writes as they number a VMMcall', async () => {
    assert.deepEqual((await found(file(mapped([])))).map((f) => f.replace(/ may have .*/, '')), [
      'PW210@11 EAX is dereferenced here, but _MapPhysToLinear (line 9, call 1)',
      'PW210@11 EAX is dereferenced here, but _MapPhysToLinear (line 9, call 2)',
    ]);
    assert.deepEqual(await found(file(mapped(['        cmp     eax, -1', '        je      @F'])).toSpliced(-4, 0, '@@:')), []);
  });

  const allocate = (flags: string): string[] => [
    `        IRP     fl, <${flags}>`,
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, fl>',
    '        mov     [esi], eax',
    '        add     esi, 4',
    '        ENDM',
  ];
  const handAllocate = (flags: string): string[] => [
    `        IRP     fl, <${flags}>`,
    '        push    fl',
    ...Array<string>(6).fill('        push    0').map((push, i) => (i === 5 ? '        push    PG_SYS' : push)),
    '        push    1',
    '        int     20h',
    '        dd      @@_PageAllocate',
    '        add     esp, 32',
    '        mov     [esi], eax',
    '        add     esi, 4',
    '        ENDM',
  ];
  const contig = 'PageContig is ignored without PageUseAlign: the block is not physically contiguous';

  it('give each repetition\'s call its own argument findings, named by its number', async () => {
    assert.deepEqual(await found(file(allocate('PageContig, PageContig'))), [`PW202@5 ${contig} (call 1)`, `PW202@5 ${contig} (call 2)`]);
    assert.deepEqual(await found(file(allocate('PageFixed, PageContig'))), [`PW202@5 ${contig} (call 2)`]);
    assert.deepEqual(await found(file(handAllocate('PageFixed, PageContig'))), [`PW202@13 ${contig} (call 2)`]);
    assert.deepEqual(await found(file(allocate('PageFixed, PageFixed'))), []);
    assert.deepEqual(await found(file(handAllocate('PageFixed, PageFixed'))), []);
  });

  it('name a call alone at its line by nothing more', async () => {
    assert.deepEqual(await found(file(['        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageContig>', '        mov     [esi], eax'])), [`PW202@4 ${contig}`]);
  });
});

describe('ObjAsm local labels that name their routine', () => {
  it('%FT10Init and 10Init parse, and Init is analysed: its plain SWI is PW311', async () => {
    const found = await findings('riscos-objasm', [
      ...OBJASM_MODULE,
      'Init    ROUT',
      '        CMP     r0, #0',
      '        BEQ     %FT10Init',
      '        SWI     OS_WriteC',
      '10Init  MOV     pc, lr',
      '        END',
    ]);
    assert.deepEqual(found, ['PW311@15']);
  });

  it('a reference with a blank before the routine name is still a syntax error', async () => {
    const found = await findings('riscos-objasm', [...OBJASM_MODULE, 'Init    ROUT', '        BEQ     %FT10 Init', '10      MOV     pc, lr', '        END']);
    assert.ok(found.includes('PW100@13'), found.join(', '));
  });
});

describe('ObjAsm names quoted with bars', () => {
  const relocatable = (...afterCreate: string[]): string[] => [
    '        GET     Hdr:ListOpts',
    '        GET     Hdr:Macros',
    '        GET     Hdr:System',
    '        GET     Hdr:ModHand',
    '        GET     Hdr:Proc',
    ...OBJASM_MODULE,
    '        IMPORT  |__RelocCode|',
    'Init    Entry   "r1-r8"',
    '        BL      |__RelocCode|',
    '        MOV     r0, #0',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    '        MOV     r4, #1 :SHL: 7',
    '        MOV     r5, #8*4096',
    '        MOV     r6, #0',
    '        MOV     r7, #-1',
    '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    ...afterCreate,
    '        EXIT',
    '        END',
  ];

  it('a BL to an IMPORTed |name| steps over the routine, and Init is analysed on: its unchecked R1 is PW310', async () => {
    assert.deepEqual(await findings('riscos-objasm', relocatable('        STR     r1, [r12]')), ['PW310@30']);
  });

  it('with V tested first, nothing', async () => {
    assert.deepEqual(await findings('riscos-objasm', relocatable('        STRVC   r1, [r12]')), []);
  });
});
