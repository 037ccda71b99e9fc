import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// Spec A.6 misuse patterns in VxD assembly, through the whole analysis:
// the bad code gives its finding at the line where the mistake becomes
// certain, with the path in the notes, and the corrected code gives none.

const parsers = Parsers.create();

async function analyse(lines: readonly string[]) {
  return analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test.asm', settings: DEFAULT_SETTINGS });
}

const copyEntries = (check: readonly string[]) => [
  'VxD_LOCKED_DATA_SEG',
  'Ptes    dd      16 dup (0)',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Scan_ROM',
  '        VMMcall _CopyPageTable, <0C0h, 16, <OFFSET32 Ptes>, 0>',
  ...check,
  '        mov     ecx, [Ptes]',
  '        test    ecx, P_PRES',
  '        jz      Not_Present',
  '        clc',
  '        ret',
  'Not_Present:',
  'Copy_Failed:',
  '        stc',
  '        ret',
  'EndProc Scan_ROM',
  'VxD_LOCKED_CODE_ENDS',
];

describe('A.6 W14: stale or undefined data', () => {
  test('_CopyPageTable\'s buffer tested without checking EAX is PW211 at the branch, with the call and the failure on the path', async () => {
    const findings = await analyse(copyEntries([]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW211', 8]]);
    const [f] = findings;
    assert.match(f ? findingMessage(f) : '', /undefined when _CopyPageTable \(line 6\) fails/);
    assert.deepEqual(f?.lines, [{ line: 5 }]);
    const notes = f?.notes.map((n) => [n.range.start.line, n.message] as const) ?? [];
    assert.ok(notes.some(([line, m]) => line === 5 && /_CopyPageTable returns here/.test(m)), JSON.stringify(notes));
    assert.ok(notes.some(([line, m]) => line === 5 && /== 0/.test(m)), JSON.stringify(notes));
  });

  test('testing EAX before reading the buffer is clean', async () => {
    assert.deepEqual(await analyse(copyEntries(['        test    eax, eax', '        jz      Copy_Failed'])), []);
  });

  // MASM 6's GOTO: the check a macro's GOTO jumps over is not assembled, and the finding follows the text it expands to.
  const checked = (skip: number) => [
    'Check_Copy MACRO skip',
    '        IF skip',
    '        GOTO    done',
    '        ENDIF',
    '        test    eax, eax',
    '        jz      Copy_Failed',
    ':done',
    '        ENDM',
    ...copyEntries([`        Check_Copy ${skip}`]),
  ];

  test('a macro whose GOTO jumps over the EAX test leaves the buffer read unchecked: PW211', async () => {
    const findings = await analyse(checked(1));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW211', 17]]);
  });

  test('the same macro, its GOTO not taken, assembles the test and is clean', async () => {
    assert.deepEqual(await analyse(checked(0)), []);
  });
});

describe('one finding reached from several entry points', () => {
  /** Count_Free's PW230, found by its own analysis and again through Setup, which calls it on a path with notes. */
  const procedures = {
    countFree: [
      'BeginProc Count_Free',
      '        VMMcall _GetFreePageCount, <0>',
      '        cmp     ecx, 4',
      '        ja      Plenty',
      'Plenty:',
      '        ret',
      'EndProc Count_Free',
    ],
    setup: [
      'BeginProc Setup',
      '        VMMcall _GetFreePageCount, <0>',
      '        test    eax, eax',
      '        jz      Setup_Done',
      '        call    Count_Free',
      'Setup_Done:',
      '        ret',
      'EndProc Setup',
    ],
  };

  test('is reported once, with the notes of the shortest path that proves it and the call it was also reached by, whichever procedure comes first', async () => {
    for (const order of [['countFree', 'setup'], ['setup', 'countFree']] as const) {
      const lines = ['VxD_LOCKED_CODE_SEG', ...order.flatMap((p) => procedures[p]), 'VxD_LOCKED_CODE_ENDS'];
      const findings = await analyse(lines);
      assert.deepEqual(findings.map((f) => f.code), ['PW230'], order.join(', '));
      // Count_Free's own path, not Setup's test of EAX: only Setup's call of it.
      assert.deepEqual(findings[0]?.notes.map((n) => [n.range.start.line, n.message]), [[lines.indexOf('        call    Count_Free'), 'Count_Free called from here']], order.join(', '));
    }
  });
});

describe('a helper that loses the handle _PageReAllocate failed to replace, analysed alone and through the caller that allocated it', () => {
  const file = (test: readonly string[], kept: readonly string[] = []) => [
    'VxD_LOCKED_DATA_SEG',
    'Buf_hMem        dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Resize_Buf',
    '        VMMcall _PageReAllocate, <esi, 8, 0>',
    ...test,
    '        or      eax, eax',
    '        jz      RB_Fail',
    '        mov     [Buf_hMem], esi',
    '        clc',
    '        ret',
    'RB_Fail:',
    '        stc',
    '        ret',
    'EndProc Resize_Buf',
    'BeginProc Buf_Init',
    '        push    esi',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        or      eax, eax',
    '        jz      BI_Fail',
    '        mov     esi, eax',
    ...kept,
    '        call    Resize_Buf',
    'BI_Fail:',
    '        pop     esi',
    '        ret',
    'EndProc Buf_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('is one PW221, naming the reallocation, with the call it was also reached by', async () => {
    const lines = file(['        mov     esi, eax']);
    const findings = await analyse(lines);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f).split(' is gone')[0]]), [
      ['PW221', 6, 'The only copy of the memory handle that _PageReAllocate (line 6) failed to replace'],
    ]);
    assert.ok(findings[0]?.notes.some((n) => n.range.start.line === lines.indexOf('        call    Resize_Buf') && n.message === 'Resize_Buf called from here'));
  });

  test('testing EAX before the store, in a caller that keeps a copy of the handle, is clean', async () => {
    assert.deepEqual(await analyse(file(['        test    eax, eax', '        jz      RB_Fail', '        mov     esi, eax'], ['        mov     [Buf_hMem], eax'])), []);
  });
});

describe('a service\'s verdict left in EAX passed on as the handle or page number', () => {
  const procedure = (body: readonly string[]) => [
    'VxD_LOCKED_DATA_SEG',
    'Buf_hMem        dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Lock_Buf',
    '        VMMcall _PageAllocate, <8, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        or      eax, eax',
    '        jz      LB_Fail',
    '        mov     [Buf_hMem], eax',
    ...body,
    'LB_Fail:',
    '        ret',
    'EndProc Lock_Buf',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('_PageLock given the result of the _PageLock before it is PW211 saying EAX holds that result, not the handle, with no test to add', async () => {
    const findings = await analyse(procedure(['        VMMcall _PageLock, <eax, 8, 0, 0>', '        VMMcall _PageLock, <eax, 8, 0, 0>']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [
      ['PW211', 10, 'Argument hMem of _PageLock is passed as a handle here, but EAX holds the result of _PageLock (line 10), not a handle: it is 0 if that call failed, another value if it succeeded'],
    ]);
    assert.equal(findings[0]?.fix, undefined);
  });

  test('_PageLock given the handle again is clean', async () => {
    assert.deepEqual(await analyse(procedure(['        VMMcall _PageLock, <eax, 8, 0, 0>', '        VMMcall _PageLock, <[Buf_hMem], 8, 0, 0>'])), []);
  });
});

describe('a reservation lost where RestoreReg pops the register holding it and one holding a page number made of it', () => {
  const procedure = (failed: readonly string[], restore: readonly string[] = ['        RestoreReg <edi, esi, ebx>']) => [
    'VxD_LOCKED_DATA_SEG',
    'Ring_Lin        dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Ring_Init',
    '        SaveReg <ebx, esi, edi>',
    '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
    '        cmp     eax, -1',
    '        je      RI_Fail',
    '        mov     edi, eax',
    '        mov     esi, eax',
    '        shr     esi, 12',
    '        xor     ebx, ebx',
    'RI_Commit:',
    '        VMMcall _PageCommit, <esi, 1, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>',
    '        or      eax, eax',
    '        jz      RI_Rollback',
    '        inc     esi',
    '        inc     ebx',
    '        cmp     ebx, 4',
    '        jne     RI_Commit',
    '        mov     [Ring_Lin], edi',
    '        RestoreReg <edi, esi, ebx>',
    '        clc',
    '        ret',
    'RI_Rollback:',
    ...failed,
    'RI_Fail:',
    ...restore,
    '        stc',
    '        ret',
    'EndProc Ring_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('is PW221 at EDI, the handle itself, not at ESI', async () => {
    const lines = procedure([]);
    const at = lines.lastIndexOf('        RestoreReg <edi, esi, ebx>');
    assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line, f.range.start.character]), [['PW221', at, lines[at]?.indexOf('edi')]]);
  });

  test('freeing the reservation on the failure path is clean', async () => {
    assert.deepEqual(await analyse(procedure(['        VMMcall _PageFree, <edi, 0>'])), []);
  });

  const pops = ['        pop     edi', '        pop     esi', '        pop     ebx'];

  test('with a pop on each line it is PW221 at pop edi too, not at the pop esi after it', async () => {
    const lines = procedure([], pops);
    assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line]), [['PW221', lines.indexOf('        pop     edi')]]);
  });

  test('with a pop on each line, freeing the reservation on the failure path is clean', async () => {
    assert.deepEqual(await analyse(procedure(['        VMMcall _PageFree, <edi, 0>'], pops)), []);
  });

  test('an address made again of the page number is lost where the code drops that, not where the handle went first', async () => {
    const lines = procedure(['        xor     edi, edi', '        mov     edi, esi', '        shl     edi, 12', '        xor     esi, esi'], pops);
    assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line]), [['PW221', lines.indexOf('        pop     edi')]]);
  });
});

describe('a mistake inside the body of a macro the file defines', () => {
  const file = (body: readonly string[]) => [
    'Alloc_Or_Fail MACRO dest, pages, fail',
    '        LOCAL   ok',
    '        VMMcall _PageAllocate, <pages, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        mov     dest, eax',
    ...body,
    '        jnz     ok',
    '        jmp     fail',
    'ok:',
    '        ENDM',
    'VxD_LOCKED_DATA_SEG',
    'Rx_hMem         dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Mac_Init',
    '        Alloc_Or_Fail [Rx_hMem], 4, MI_Fail',
    '        clc',
    '        ret',
    'MI_Fail:',
    '        stc',
    '        ret',
    'EndProc Mac_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('is reported at the call, with the line of the body that makes it as a related location', async () => {
    const lines = file(['        mov     dword ptr [eax], 0', '        or      eax, eax']);
    const findings = await analyse(lines);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW211', lines.indexOf('        Alloc_Or_Fail [Rx_hMem], 4, MI_Fail')]]);
    const body = lines.indexOf('        mov     dword ptr [eax], 0');
    assert.deepEqual(findings[0]?.notes.at(-1), {
      range: { start: { line: body, character: 8 }, end: { line: body, character: lines[body]?.length } },
      message: 'the instruction is written here, in the macro\'s definition',
    });
  });

  test('the test before the store is clean', async () => {
    assert.deepEqual(await analyse(file(['        or      eax, eax'])), []);
  });
});

describe('a service called in a macro\'s body with an argument from the macro\'s parameter', () => {
  const lines = [
    'FreeIt MACRO h',
    '        VMMcall _PageFree, <h, 0>',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Mac_Init',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        test    eax, eax',
    '        jz      short done',
    '        mov     esi, eax',
    '        FreeIt  esi',
    '        FreeIt  esi',
    'done:',
    '        ret',
    'EndProc Mac_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('points at the whole line of the body, the parameter and what follows it included', async () => {
    const findings = await analyse(lines);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', lines.lastIndexOf('        FreeIt  esi')]]);
    const body = lines.indexOf('        VMMcall _PageFree, <h, 0>');
    assert.deepEqual(findings[0]?.notes.at(-1), {
      range: { start: { line: body, character: 8 }, end: { line: body, character: lines[body]?.length } },
      message: 'the instruction is written here, in the macro\'s definition',
    });
  });
});

describe('a service called on a line of the file read with a macro function\'s text in place', () => {
  const file = (call: readonly string[]) => [
    'Zero MACRO',
    '        EXITM   <0>',
    '        ENDM',
    'Nothing MACRO',
    '        EXITM   <>',
    '        ENDM',
    'Wrap MACRO',
    '        VMMcall _PageFree, <eax, Zero() Nothing()>',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Mac_Init',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
    ...call,
    '        ret',
    'EndProc Mac_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const bodyNotes = async (lines: readonly string[]) => (await analyse(lines)).map((f) => [
    f.code, f.range.start.line, ...f.notes.filter((n) => n.message.includes('macro\'s definition')).map((n) => n.range.start.line),
  ]);

  // The instruction is written at the finding's own line: no note says it is written in a macro's definition.
  test('has no note at a macro\'s body, the line itself or a repeat block\'s line being where it is written', async () => {
    const free = '        VMMcall _PageFree, <h, Zero()>';
    for (const call of [['        VMMcall _PageFree, <eax, Zero()>'], ['        VMMcall _PageFree, <eax, 0 Nothing()>'], ['        IRP     h, <eax>', free, '        ENDM']]) {
      const lines = file(call);
      assert.deepEqual(await bodyNotes(lines), [['PW211', lines.indexOf(call.includes(free) ? free : call[0] ?? '')]], call.join(' / '));
    }
  });

  test('a macro\'s body that holds such a line is still pointed at', async () => {
    const lines = file(['        Wrap']);
    assert.deepEqual(await bodyNotes(lines), [['PW211', lines.indexOf('        Wrap'), lines.indexOf('        VMMcall _PageFree, <eax, Zero() Nothing()>')]]);
  });
});

describe('string instructions address memory through ESI and EDI', () => {
  const procedure = (body: readonly string[]) => [
    'VxD_LOCKED_DATA_SEG',
    'Rom_Copy dd     10h dup (0)',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Copy_It',
    '        push    esi',
    '        push    edi',
    ...body,
    '        pop     edi',
    '        pop     esi',
    '        ret',
    'EndProc Copy_It',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const found = async (body: readonly string[]) => (await analyse(procedure(body))).map((f) => [f.code, f.range.start.line, f.message.split(' here')[0]]);
  const allocate = '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>';
  const clear = ['        mov     ecx, 1000h / 4', '        xor     eax, eax', '        rep     stosd'];

  test('rep stosd through an unchecked _PageAllocate address is PW211; testing it first is clean', async () => {
    assert.deepEqual(await found([allocate, '        mov     edi, edx', ...clear]), [['PW211', 11, 'EDI is dereferenced']]);
    assert.deepEqual(await found([allocate, '        test    edx, edx', '        jz      Failed', '        mov     edi, edx', ...clear, 'Failed:']), []);
  });

  test('rep movsd from an unchecked _MapPhysToLinear address is PW210 at ESI', async () => {
    const copy = ['        mov     esi, eax', '        mov     edi, OFFSET32 Rom_Copy', '        mov     ecx, 10h', '        rep     movsd'];
    assert.deepEqual(await found(['        VMMcall _MapPhysToLinear, <0C0000h, 1000h, 0>', ...copy]), [['PW210', 11, 'ESI is dereferenced']]);
    assert.deepEqual(await found(['        VMMcall _MapPhysToLinear, <0C0000h, 1000h, 0>', '        cmp     eax, 0FFFFFFFFh', '        je      Failed', ...copy, 'Failed:']), []);
  });

  test('stosd through a register a service destroyed is PW230; a rep with ECX 0 touches nothing', async () => {
    const lock = ['        VMMcall _PageLock, <esi, 1, 0, 0>', '        mov     edi, edx', '        mov     eax, \'WAVE\''];
    assert.deepEqual(await found([...lock, '        stosd']), [['PW230', 10, 'EDI is dereferenced']]);
    assert.deepEqual(await found([...lock, '        xor     ecx, ecx', '        rep     stosd']), []);
  });

  test('stosd storing a result that may be 0FFFFFFFFh is PW210, as a mov store is', async () => {
    const store = ['        VMMcall _MapPhysToLinear, <0C0000h, 1000h, 0>', '        mov     edi, OFFSET32 Rom_Copy', '        stosd'];
    assert.deepEqual(await found(store), [['PW210', 9, 'The result of _MapPhysToLinear (line {0}) is stored']]);
  });
});

describe('PW230: a part of a destroyed register written after the call', () => {
  const afterFree = (body: readonly string[]) => [
    'VxD_LOCKED_DATA_SEG',
    'Mode    db      0',
    'Cnt     dw      0',
    'Tab     dd      4 dup (0)',
    'Res     dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc After_Free',
    '        VMMcall _PageFree, <ebx, 0>',
    ...body,
    'AF_Done:',
    '        ret',
    'EndProc After_Free',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const codesAndLines = async (body: readonly string[]) => (await analyse(afterFree(body))).map((f) => [f.code, f.range.start.line]);

  test('reading only the bits written since (CL, DX, CL masked into ECX, a setcc result) is clean', async () => {
    assert.deepEqual(await codesAndLines(['        mov     cl, [Mode]', '        cmp     cl, 3', '        je      AF_Done', '        inc     [Cnt]']), []);
    assert.deepEqual(await codesAndLines(['        mov     dx, [Cnt]', '        test    dx, dx', '        jz      AF_Done', '        inc     [Cnt]']), []);
    assert.deepEqual(await codesAndLines(['        mov     cl, [Mode]', '        and     ecx, 3', '        mov     eax, Tab[ecx*4]', '        mov     [Res], eax']), []);
    assert.deepEqual(await codesAndLines(['        mov     cl, [Mode]', '        mov     eax, 1', '        shl     eax, cl', '        mov     [Res], eax']), []);
    assert.deepEqual(await codesAndLines(['        cmp     [Res], -1', '        sete    cl', '        test    cl, cl', '        jnz     AF_Done', '        inc     [Cnt]']), []);
  });

  test('reading bits the call destroyed and nothing wrote since is PW230', async () => {
    assert.deepEqual(await codesAndLines(['        mov     cl, [Mode]', '        cmp     ecx, 3', '        je      AF_Done', '        inc     [Cnt]']), [['PW230', 11]]);
    assert.deepEqual(await codesAndLines(['        mov     cl, [Mode]', '        test    ch, ch', '        jz      AF_Done', '        inc     [Cnt]']), [['PW230', 11]]);
    assert.deepEqual(await codesAndLines(['        mov     cl, [Mode]', '        and     ecx, 100h', '        mov     eax, Tab[ecx*4]', '        mov     [Res], eax']), [['PW230', 11]]);
  });

  test('a REP string instruction counting in the destroyed ECX (or its CL alone) is PW230 on its repeat count; a count loaded since is clean', async () => {
    const copy = (count: readonly string[], repeated: string) => [
      '        mov     esi, OFFSET32 Tab', '        mov     edi, OFFSET32 Tab', ...count, `        ${repeated}`, '        inc     [Cnt]',
    ];
    for (const [count, repeated] of [[[], 'rep     movsb'], [['        mov     cl, 4'], 'rep     stosb'], [[], 'repe    cmpsd']] as const) {
      const findings = await analyse(afterFree(copy(count, repeated)));
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', 11 + count.length]], repeated);
      assert.match(findingMessage(findings[0] ?? assert.fail(repeated)), /^The repeat count is tested here, but ECX was destroyed by _PageFree/, repeated);
    }
    assert.deepEqual(await codesAndLines(copy(['        mov     ecx, 4'], 'rep     movsb')), []);
    // LOOP is a branch, and its finding says so.
    const loop = await analyse(afterFree(['AF_Again:', '        loop    AF_Again']));
    assert.match(findingMessage(loop[0] ?? assert.fail('loop')), /^The branch condition is tested here, but ECX was destroyed/);
  });
});

describe('A.6 W1: a 0FFFFFFFFh result stored before it is tested', () => {
  // The result goes into a structure first and is tested there or in EAX; the failure path resets or leaves it.
  const mapAperture = (afterStore: readonly string[], onFailure: readonly string[] = ['        mov     [esi.DI_Lin], 0']) => [
    'Dev_Info        STRUC',
    'DI_Lin          dd      ?',
    'DI_Size         dd      ?',
    'Dev_Info        ENDS',
    'VxD_LOCKED_DATA_SEG',
    'Info            Dev_Info <>',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_ICODE_SEG',
    'BeginProc Map_Aperture',
    '        push    esi',
    '        mov     esi, OFFSET32 Info',
    '        VMMcall _MapPhysToLinear, <0E0000000h, 400000h, 0>',
    '        mov     [esi.DI_Lin], eax',
    ...afterStore,
    '        pop     esi',
    '        clc',
    '        ret',
    'MA_Fail:',
    ...onFailure,
    '        pop     esi',
    '        stc',
    '        ret',
    'EndProc Map_Aperture',
    'VxD_ICODE_ENDS',
  ];
  const codesAndLines = async (lines: readonly string[]) => (await analyse(lines)).map((f) => [f.code, f.range.start.line]);

  test('testing EAX or the variable for 0FFFFFFFFh after the store is clean, whatever the failure path leaves there', async () => {
    assert.deepEqual(await codesAndLines(mapAperture(['        cmp     eax, 0FFFFFFFFh', '        je      MA_Fail'])), []);
    assert.deepEqual(await codesAndLines(mapAperture(['        cmp     [esi.DI_Lin], -1', '        je      MA_Fail', '        mov     eax, [esi.DI_Lin]', '        mov     ecx, [eax]'])), []);
    assert.deepEqual(await codesAndLines(mapAperture(['        inc     eax', '        jz      MA_Fail'], [])), []);
  });

  test('each test checks.md names, and its spellings, tells failure from success after the store', async () => {
    for (const check of [
      ['        not     eax', '        test    eax, eax', '        jz      MA_Fail'],
      ['        xor     eax, 0FFFFFFFFh', '        jz      MA_Fail'],
      ['        cmp     eax, -1', '        sete    cl', '        test    cl, cl', '        jnz     MA_Fail'],
      ['        add     eax, 1', '        jc      MA_Fail'],
    ]) assert.deepEqual(await codesAndLines(mapAperture(check, [])), [], check.join(' / '));
  });

  test('a store tested for 0 only, or not at all, is PW210 at the store when the procedure returns with it', async () => {
    const [zeroTest, ...more] = await analyse(mapAperture(['        test    eax, eax', '        jz      MA_Fail']));
    assert.ok(zeroTest);
    assert.deepEqual([zeroTest, ...more].map((f) => [f.code, f.range.start.line]), [['PW210', 12]]);
    assert.match(findingMessage(zeroTest), /^The result of _MapPhysToLinear \(line 12\) is stored here and may be 0FFFFFFFFh on this path .*: nothing tests it before the procedure returns$/);
    assert.deepEqual(zeroTest.notes.map((n) => [n.range.start.line, n.message]).at(-1), [17, 'the procedure returns with it untested here']);
    assert.deepEqual(await codesAndLines(mapAperture([])), [['PW210', 12]]);
  });

  test('a store the procedure overwrites before it returns, or keeps in its own frame, is not reported', async () => {
    assert.deepEqual(await codesAndLines(mapAperture(['        mov     [esi.DI_Lin], 0'])), []);
    assert.deepEqual(await codesAndLines(mapAperture([], []).map((l) => l.replace('mov     [esi.DI_Lin], eax', 'push    eax\n        pop     ecx'))), []);
  });

  test('a use of the stored value before the test is the finding, at the use', async () => {
    assert.deepEqual(await codesAndLines(mapAperture(['        mov     ecx, [eax]', '        cmp     eax, 0FFFFFFFFh', '        je      MA_Fail'])), [['PW210', 13]]);
  });
});

describe('loops of service calls', () => {
  test('a loop that commits and locks a page per pass, skipping failures, is analysed to its end and is clean', async () => {
    // Each pass forks on both calls; the joined paths' conditions share their sides, which the solver once walked as trees.
    const findings = await analyse([
      'VxD_LOCKED_DATA_SEG',
      'Win_Page dd     0',
      'Win_Count dd    0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Commit_All',
      '        push    esi',
      '        push    edi',
      '        push    ebx',
      '        mov     esi, [Win_Page]',
      '        mov     edi, [Win_Count]',
      '        xor     ebx, ebx',
      'CA_Next:',
      '        cmp     ebx, edi',
      '        jae     CA_Done',
      '        lea     eax, [esi+ebx]',
      '        VMMcall _PageCommit, <eax, 1, PD_ZEROINIT, 0, PC_WRITEABLE>',
      '        test    eax, eax',
      '        jz      CA_Skip',
      '        VMMcall _LinPageLock, <esi, 1, 0>',
      '        test    eax, eax',
      '        jnz     CA_Skip',
      '        VMMcall _PageDecommit, <esi, 1, 0>',
      'CA_Skip:',
      '        inc     ebx',
      '        jmp     CA_Next',
      'CA_Done:',
      '        pop     ebx',
      '        pop     edi',
      '        pop     esi',
      '        ret',
      'EndProc Commit_All',
      'VxD_LOCKED_CODE_ENDS',
    ]);
    assert.deepEqual(findings.map((f) => `${f.code} ${f.message}`), []);
  });
});

describe('copies kept across a loop longer than its unrolling', () => {
  const fillPool = (store: string) => [
    'VxD_LOCKED_DATA_SEG',
    'Pool_Count dd   0',
    'Pool_Table dd   16 dup (0)',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Fill_Pool',
    '        push    esi',
    '        xor     esi, esi',
    'FP_Next:',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        test    eax, eax',
    '        jz      FP_Done',
    store,
    '        inc     esi',
    '        cmp     esi, 16',
    '        jb      FP_Next',
    'FP_Done:',
    '        mov     [Pool_Count], esi',
    '        pop     esi',
    '        ret',
    'EndProc Fill_Pool',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('16 handles stored in a table one per pass are not lost: the store through the widened index forgets the table, not the handles', async () => {
    assert.deepEqual((await analyse(fillPool('        mov     Pool_Table[esi*4], eax'))).map((f) => f.code), []);
    // Not storing them loses the first at the second pass's allocation.
    assert.deepEqual((await analyse(fillPool('        nop'))).map((f) => [f.code, f.range.start.line]), [['PW221', 9]]);
  });

  const shiftSlots = (after: readonly string[], passes = 16) => [
    'VxD_LOCKED_DATA_SEG',
    'Region_Page dd  0',
    'Order   dd      16 dup (0)',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Shift_Slots',
    '        push    esi',
    '        push    ebx',
    '        mov     ebx, [Region_Page]',
    '        xor     eax, eax',
    '        xor     esi, esi',
    'SS_Next:',
    '        mov     ecx, Order[esi*4]',
    '        add     ecx, ebx',
    '        VMMcall _XchgFreePhysReg, <ecx, eax, 0>',
    '        cmp     eax, 0FFFFFFFFh',
    '        je      SS_Broken',
    '        inc     esi',
    `        cmp     esi, ${passes}`,
    '        jb      SS_Next',
    ...after,
    '        pop     ebx',
    '        pop     esi',
    '        ret',
    'SS_Broken:',
    '        Fatal_Error',
    'EndProc Shift_Slots',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('a chain of 16 _XchgFreePhysReg calls that returns the last page in EAX holds every page', async () => {
    assert.deepEqual((await analyse(shiftSlots([]))).map((f) => f.code), []);
    // Dropping the last page before the return is PW220 after a loop the analysis runs pass by pass; after 16 passes the
    // widened loop may have handed any page on, and none is known lost (docs/checks/PW220.md, Exceptions).
    assert.deepEqual((await analyse(shiftSlots(['        xor     eax, eax'], 4))).map((f) => [f.code, f.range.start.line]), [['PW220', 20]]);
    assert.deepEqual((await analyse(shiftSlots(['        xor     eax, eax'], 16))).map((f) => f.code), []);
  });
});

describe('flags after a VMMcall with an argument list', () => {
  // VMMcall's expansion ends with `add esp, n`, which sets the flags itself: a jc after it can never be taken.
  const lockOne = (check: readonly string[]) => [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Lock_One',
    '        VMMcall _PageLock, <ebx, 1, 0, 0>',
    ...check,
    '        ret',
    'Lock_Failed:',
    '        stc',
    '        ret',
    'EndProc Lock_One',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('a jc straight after the call is PW230 at the jc', async () => {
    const findings = await analyse(lockOne(['        jc      Lock_Failed']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW230', 3]]);
    assert.match(findings[0]?.message ?? '', /CF was destroyed by _PageLock/);
  });

  test('testing EAX, where the call reports failure, is clean', async () => {
    assert.deepEqual(await analyse(lockOne(['        test    eax, eax', '        jz      Lock_Failed'])), []);
  });

  test('flags set before a register-convention service and tested after it are no PW230: it keeps what it does not return', async () => {
    const owner = (call: string) => [
      'VxD_LOCKED_DATA_SEG',
      'Owner_VM dd     0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Is_Owner',
      '        mov     eax, [Owner_VM]',
      '        test    eax, eax',
      `        ${call}`,
      '        jz      IO_Not',
      '        stc',
      '        ret',
      'IO_Not:',
      '        clc',
      '        ret',
      'EndProc Is_Owner',
      'VxD_LOCKED_CODE_ENDS',
    ];
    assert.deepEqual(await analyse(owner('VMMcall Get_Cur_VM_Handle')), []);
    assert.deepEqual((await analyse(owner('VMMcall _PageUnLock, <ebx, 1, 0, 0>'))).map((f) => [f.code, f.range.start.line]), [['PW230', 8]]);
  });
});

describe('A.6 W7: memory of a freed block', () => {
  const dropBuffer = (first: string, second: string) => [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Drop_Buffer',
    '        push    esi',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        test    eax, eax',
    '        jz      DB_Done',
    '        mov     esi, eax',
    first,
    second,
    'DB_Done:',
    '        pop     esi',
    '        ret',
    'EndProc Drop_Buffer',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const free = '        VMMcall _PageFree, <esi, 0>';
  const clear = '        mov     dword ptr [esi], 0';

  test('a store through the handle after _PageFree (Windows 95: the handle is the address) is PW222 at the store', async () => {
    const findings = await analyse(dropBuffer(free, clear));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [['PW222', 8, 'ESI is dereferenced here, but it points into a block freed at line 8']]);
  });

  test('the store before the free is clean', async () => {
    assert.deepEqual(await analyse(dropBuffer(clear, free)), []);
  });

  // The handle comes from a global: the model knows neither its block's size nor its address, only that the handle is the address.
  const dropKept = (first: string, second: string) => [
    'VxD_LOCKED_DATA_SEG',
    'Kept_hMem       dd      0',
    'Last_Hits       dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Drop_Kept',
    '        push    esi',
    '        mov     esi, [Kept_hMem]',
    '        or      esi, esi',
    '        jz      DK_Done',
    first,
    second,
    '        mov     [Last_Hits], eax',
    '        mov     [Kept_hMem], 0',
    'DK_Done:',
    '        pop     esi',
    '        ret',
    'EndProc Drop_Kept',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const read = (at: string) => `        mov     eax, [${at}]`;

  test('a read through a handle from a global after _PageFree is PW222 at the read', async () => {
    const findings = await analyse(dropKept(free, read('esi+4')));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [['PW222', 11, 'ESI is dereferenced here, but it points into a block freed at line 11']]);
  });

  test('the read before the free is clean, and so is one the block\'s first page may not hold', async () => {
    assert.deepEqual(await analyse(dropKept(read('esi+4'), free)), []);
    assert.deepEqual(await analyse(dropKept(free, read('esi+1000h'))), []);
    assert.deepEqual(await analyse(dropKept(free, read('esi+ebx'))), []);
    assert.deepEqual(await analyse(dropKept(free, read('esi-4'))), []);
  });
});

describe('A.6 W7: a block freed while _MapIntoV86 still maps it into a VM', () => {
  const privateBlock = (unmap: readonly string[]) => [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Map_Private',
    '        push    esi',
    '        VMMcall _PageAllocate, <2, PG_VM, ebx, 0, 0, 0, 0, 0>',
    '        or      eax, eax',
    '        jz      MP_Fail',
    '        mov     esi, eax',
    '        VMMcall _MapIntoV86, <esi, ebx, 0D0h, 2, 0, 0>',
    '        or      eax, eax',
    '        jz      MP_Free',
    ...unmap,
    '        VMMcall _PageFree, <esi, 0>',
    '        pop     esi',
    '        clc',
    '        ret',
    'MP_Free:',
    '        VMMcall _PageFree, <esi, 0>',
    'MP_Fail:',
    '        pop     esi',
    '        stc',
    '        ret',
    'EndProc Map_Private',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('_PageFree after a successful _MapIntoV86 is PW222 at the free, naming the mapping', async () => {
    const findings = await analyse(privateBlock([]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]),
      [['PW222', 10, '_PageFree frees a block still mapped into a VM by _MapIntoV86 (line 8): map something else over it first']]);
  });

  test('mapping the null page over it first is clean, whatever that call returned', async () => {
    assert.deepEqual(await analyse(privateBlock(['        VMMcall _GetNulPageHandle', '        VMMcall _MapIntoV86, <eax, ebx, 0D0h, 2, 0, 0>'])), []);
  });
});

describe('A.6 W8: a global alias unlocked by the page it aliases', () => {
  const peek = (unlock: readonly string[]) => [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Peek_Page',
    '        push    ebx',
    '        mov     eax, [esi]',
    '        shr     eax, 12',
    '        VMMcall _LinPageLock, <eax, 1, PAGEMAPGLOBAL>',
    '        test    eax, eax',
    '        jz      PP_Bad',
    '        mov     ebx, eax',
    '        mov     ecx, [ebx]',
    '        mov     [esi+4], ecx',
    ...unlock,
    '        VMMcall _LinPageUnLock, <ebx, 1, PAGEMAPGLOBAL>',
    '        pop     ebx',
    '        clc',
    '        ret',
    'PP_Bad:',
    '        pop     ebx',
    '        stc',
    '        ret',
    'EndProc Peek_Page',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('_LinPageUnLock with PAGEMAPGLOBAL given the original page, not the alias the lock returned, is PW222 at the unlock', async () => {
    const findings = await analyse(peek(['        mov     ebx, [esi]', '        shr     ebx, 12']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]),
      [['PW222', 13, '_LinPageUnLock with PageMapGlobal is given the page _LinPageLock locked at line 6, not the alias it returned: the alias stays mapped']]);
  });

  test('the alias itself, not shifted to its page number, is PW240 at the unlock, naming the alias and its page number', async () => {
    const lines = peek([]);
    const findings = await analyse(lines);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]),
      [['PW240', lines.indexOf('        VMMcall _LinPageUnLock, <ebx, 1, PAGEMAPGLOBAL>'), 'HLinPgNum of _LinPageUnLock is given the alias _LinPageLock returned at line 6; it wants the alias\'s page number (alias SHR 12)']]);
    // The alias lies in the system arena, which says it is not 0 too.
    assert.deepEqual(findings[0]?.notes.map((n) => n.message), ['_LinPageLock returns here', 'assuming _LinPageLock\'s result (EAX) >=u 80000000h']);
  });

  test('the alias\'s page number is clean, and so is a page the model cannot tell from it', async () => {
    assert.deepEqual(await analyse(peek(['        shr     ebx, 12'])), []);
    assert.deepEqual(await analyse(peek(['        mov     ebx, [esi+8]', '        shr     ebx, 12'])), []);
  });
});

describe('A.6 W8: a clean-up shared by Device_Init\'s failure path and System_Exit', () => {
  // It unlocks only when its own flag says the lock succeeded; Device_Init calls it when the lock failed.
  const cache = (beforeLock: readonly string[]) => [
    'Declare_Virtual_Device CACHEX, 1, 0, CACHEX_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG',
    'Cache_Lin       dd      0',
    'Cache_Pg        dd      0',
    'Cache_Locked    dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'Begin_Control_Dispatch CACHEX',
    '        Control_Dispatch Device_Init, CX_Device_Init',
    '        Control_Dispatch System_Exit, CX_Cleanup',
    'End_Control_Dispatch CACHEX',
    'BeginProc CX_Cleanup',
    '        cmp     [Cache_Locked], 0',
    '        je      CC_Free',
    '        VMMcall _LinPageUnLock, <[Cache_Pg], 4, 0>',
    '        mov     [Cache_Locked], 0',
    'CC_Free:',
    '        VMMcall _PageFree, <[Cache_Lin], 0>',
    '        clc',
    '        ret',
    'EndProc CX_Cleanup',
    'VxD_LOCKED_CODE_ENDS',
    'VxD_ICODE_SEG',
    'BeginProc CX_Device_Init',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>',
    '        test    eax, eax',
    '        jz      CDI_Fail',
    '        mov     [Cache_Lin], eax',
    '        shr     eax, 12',
    '        mov     [Cache_Pg], eax',
    ...beforeLock,
    '        VMMcall _LinPageLock, <eax, 4, 0>',
    '        test    eax, eax',
    '        jz      CDI_Undo',
    '        mov     [Cache_Locked], 1',
    '        clc',
    '        ret',
    'CDI_Undo:',
    '        call    CX_Cleanup',
    'CDI_Fail:',
    '        stc',
    '        ret',
    'EndProc CX_Device_Init',
    'VxD_ICODE_ENDS',
  ];

  test('the unlock only the flag, never written on the failure path, leads to is no PW222', async () => {
    assert.deepEqual(await analyse(cache([])), []);
  });

  test('the flag set before the lock makes the unlock after its failure PW222', async () => {
    const findings = await analyse(cache(['        mov     [Cache_Locked], 1']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', 14]]);
  });
});

describe('A.6 W8: a page no block lies in, unlocked by number in a clean-up that tests its own flag', () => {
  // Device_Init locks a ROM page it mapped, and unlocks it itself when a later step fails before it sets the
  // flag; the clean-up it shares with System_Exit unlocks the page only when the flag says it is locked.
  const rom = (afterLock: readonly string[]) => [
    'Declare_Virtual_Device ROMX, 1, 0, ROMX_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG',
    'Buf_Handle      dd      0',
    'Rom_Page        dd      0',
    'Pages_Locked    dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'Begin_Control_Dispatch ROMX',
    '        Control_Dispatch Device_Init, RX_Device_Init',
    '        Control_Dispatch System_Exit, RX_Cleanup',
    'End_Control_Dispatch ROMX',
    'BeginProc RX_Cleanup',
    '        cmp     [Pages_Locked], 0',
    '        je      @F',
    '        VMMcall _LinPageUnLock, <[Rom_Page], 1, 0>',
    '        mov     [Pages_Locked], 0',
    '@@:',
    '        cmp     [Buf_Handle], 0',
    '        je      RC_Done',
    '        VMMcall _PageFree, <[Buf_Handle], 0>',
    '        mov     [Buf_Handle], 0',
    'RC_Done:',
    '        clc',
    '        ret',
    'EndProc RX_Cleanup',
    'VxD_LOCKED_CODE_ENDS',
    'VxD_ICODE_SEG',
    'BeginProc RX_Device_Init',
    '        VMMcall _MapPhysToLinear, <0C0000h, 1000h, 0>',
    '        cmp     eax, -1',
    '        je      RDI_Fail',
    '        shr     eax, 12',
    '        mov     [Rom_Page], eax',
    '        VMMcall _LinPageLock, <eax, 1, 0>',
    '        test    eax, eax',
    '        jz      RDI_Fail',
    ...afterLock,
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>',
    '        test    eax, eax',
    '        jnz     RDI_Ok',
    '        VMMcall _LinPageUnLock, <[Rom_Page], 1, 0>',
    '        jmp     RDI_Fail',
    'RDI_Ok:',
    '        mov     [Buf_Handle], eax',
    '        mov     [Pages_Locked], 1',
    '        clc',
    '        ret',
    'RDI_Fail:',
    '        call    RX_Cleanup',
    '        stc',
    '        ret',
    'EndProc RX_Device_Init',
    'VxD_ICODE_ENDS',
  ];

  test('the clean-up\'s unlock only the flag, never written on the failure path, leads to is no PW222', async () => {
    assert.deepEqual(await analyse(rom([])), []);
  });

  test('the flag set as the lock succeeded makes the clean-up\'s unlock, after Device_Init\'s own, PW222', async () => {
    const findings = await analyse(rom(['        mov     [Pages_Locked], 1']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', 14]]);
  });
});

describe('A.6 W7: a clean-up that writes through its buffer only when its own flag says the buffer is there', () => {
  // Device_Init frees the buffer itself when a later step fails before it sets the flag, then calls the clean-up
  // it shares with System_Exit, which clears the buffer's header and frees it only when the flag is set.
  const buffer = (beforeStep: readonly string[]) => [
    'Declare_Virtual_Device BUFX, 1, 0, BUFX_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG',
    'Buf_Handle      dd      0',
    'Buf_Lin         dd      0',
    'Buf_Valid       dd      0',
    'Ring_Handle     dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'Begin_Control_Dispatch BUFX',
    '        Control_Dispatch Device_Init, BX_Device_Init',
    '        Control_Dispatch System_Exit, BX_Cleanup',
    'End_Control_Dispatch BUFX',
    'BeginProc BX_Cleanup',
    '        cmp     [Buf_Valid], 0',
    '        je      BC_Done',
    '        mov     esi, [Buf_Lin]',
    '        mov     dword ptr [esi], 0',
    '        VMMcall _PageFree, <[Buf_Handle], 0>',
    '        mov     [Buf_Valid], 0',
    'BC_Done:',
    '        clc',
    '        ret',
    'EndProc BX_Cleanup',
    'VxD_LOCKED_CODE_ENDS',
    'VxD_ICODE_SEG',
    'BeginProc BX_Device_Init',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>',
    '        test    eax, eax',
    '        jz      BDI_Exit',
    '        mov     [Buf_Handle], eax',
    '        mov     [Buf_Lin], edx',
    ...beforeStep,
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        test    eax, eax',
    '        jnz     BDI_Ok',
    '        VMMcall _PageFree, <[Buf_Handle], 0>',
    '        jmp     BDI_Fail',
    'BDI_Ok:',
    '        mov     [Ring_Handle], eax',
    '        mov     [Buf_Valid], 1',
    '        clc',
    '        ret',
    'BDI_Fail:',
    '        call    BX_Cleanup',
    'BDI_Exit:',
    '        stc',
    '        ret',
    'EndProc BX_Device_Init',
    'VxD_ICODE_ENDS',
  ];

  test('the write and the free only the flag, never written on the failure path, leads to are no PW222', async () => {
    assert.deepEqual(await analyse(buffer([])), []);
  });

  test('the flag set before the step that fails makes the write PW222, with the free after it, the same mistake, as its note', async () => {
    const findings = await analyse(buffer(['        mov     [Buf_Valid], 1']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW222', 16]]);
    assert.deepEqual(findings[0]?.notes.filter((n) => n.message.startsWith('and again here')).map((n) => n.range.start.line), [17]);
  });
});

describe('A.6 W7: a release helper called twice', () => {
  const file = (calls: readonly string[]) => [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Release_Buf',
    '        VMMcall _PageUnLock, <esi, 4, 0, 0>',
    '        VMMcall _PageFree, <esi, 0>',
    '        ret',
    'EndProc Release_Buf',
    'BeginProc Buf_Init',
    '        push    esi',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        or      eax, eax',
    '        jz      BI_Fail',
    '        mov     esi, eax',
    ...calls,
    'BI_Fail:',
    '        pop     esi',
    '        ret',
    'EndProc Buf_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('is one PW222 at the first misuse, the unlock, with the double free as its note', async () => {
    const findings = await analyse(file(['        call    Release_Buf', '        call    Release_Buf']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, findingMessage(f)]), [['PW222', 2, '_PageUnLock uses a memory handle after it was freed in the call at line 13']]);
    assert.deepEqual(findings[0]?.notes.filter((n) => n.message.startsWith('and again here')).map((n) => [n.range.start.line, n.message]), [
      [3, 'and again here: _PageFree frees a memory handle that was already freed in the call at line 13'],
    ]);
  });

  test('called once is clean', async () => {
    assert.deepEqual(await analyse(file(['        call    Release_Buf'])), []);
  });
});

describe('an address given _LinPageLock as its page number, in a loop whose count a later unlock undoes', () => {
  const file = (page: readonly string[]) => [
    'VxD_LOCKED_DATA_SEG',
    'Buf_hMem        dd      0',
    'Buf_Lin         dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Lock_Pages',
    '        SaveReg <ebx, esi>',
    '        mov     esi, [Buf_Lin]',
    ...page,
    '        xor     ebx, ebx',
    'LP_Next:',
    '        VMMcall _LinPageLock, <esi, 1, 0>',
    '        test    eax, eax',
    '        jz      LP_Done',
    '        inc     esi',
    '        inc     ebx',
    '        cmp     ebx, 4',
    '        jb      LP_Next',
    'LP_Done:',
    '        mov     eax, ebx',
    '        RestoreReg <esi, ebx>',
    '        ret',
    'EndProc Lock_Pages',
    'BeginProc Lock_Init',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        test    eax, eax',
    '        jz      LI_Fail',
    '        mov     [Buf_hMem], eax',
    '        mov     [Buf_Lin], edx',
    '        call    Lock_Pages',
    '        cmp     eax, 4',
    '        je      LI_Ok',
    '        mov     ecx, eax',
    '        jecxz   LI_Free',
    '        mov     eax, [Buf_Lin]',
    '        shr     eax, 12',
    '        VMMcall _LinPageUnLock, <eax, ecx, 0>',
    'LI_Free:',
    '        VMMcall _PageFree, <[Buf_hMem], 0>',
    '        mov     [Buf_hMem], 0',
    'LI_Fail:',
    '        stc',
    '        ret',
    'LI_Ok:',
    '        clc',
    '        ret',
    'EndProc Lock_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];

  test('is PW240 at the lock only: the unlock of the pages it meant is not a second finding of the same mistake', async () => {
    const lines = file([]);
    assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line]), [['PW240', lines.indexOf('        VMMcall _LinPageLock, <esi, 1, 0>')]]);
  });

  test('with the SHR 12 it is clean', async () => {
    assert.deepEqual(await analyse(file(['        shr     esi, 12'])), []);
  });
});

describe('A.6 W7: the lines a PW222 message names are where the reader finds them', () => {
  const procedure = (name: string, body: readonly string[]) => [
    '        .386p', '        include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'hBufA   dd      0', 'hBufB   dd      0', 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG', `BeginProc ${name}`, ...body, '        ret', `EndProc ${name}`, 'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  const message = (findings: Awaited<ReturnType<typeof analyse>>) => findings.map((f) => `${f.range.start.line + 1} ${f.code} ${findingMessage(f)}`);
  const unlock = (flags: string) => procedure('Unlock_Block', [
    `        VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, ${flags}>`,
    '        test    eax, eax',
    '        jz      Fail',
    '        mov     esi, eax',
    '        VMMcall _PageUnLock, <esi, 2, 0, 0>',
    '        VMMcall _PageFree, <esi, 0>',
    'Fail:',
  ]);

  test('not the finding\'s own line', async () => {
    assert.deepEqual(message(await analyse(unlock('0'))), ['13 PW222 _PageUnLock unlocks page 0 of the block, which is not locked']);
    assert.deepEqual(message(await analyse(unlock('PageLocked'))), []);
  });

  test('two unlocks alike at two lines are two findings, though their messages read alike', async () => {
    const twice = (second: string) => procedure('Unlock_Twice', [
      '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
      '        test    eax, eax',
      '        jz      Fail',
      '        mov     esi, eax',
      '        VMMcall _PageUnLock, <esi, 1, 0, 0>',
      second,
      '        VMMcall _PageFree, <esi, 0>',
      'Fail:',
    ]);
    assert.deepEqual(message(await analyse(twice('        VMMcall _PageUnLock, <esi, 1, 0, 0>'))), [
      '13 PW222 _PageUnLock unlocks page 0 of the block, which is not locked',
      '14 PW222 _PageUnLock unlocks page 0 of the block, which is not locked',
    ]);
  });

  test('a call an IRP block assembles again is named by its number, its own line left out', async () => {
    const free = (handles: string) => procedure('Free_Listed', [
      `        IRP h, <${handles}>`,
      '        mov     eax, [h]',
      '        test    eax, eax',
      '        jz      @F',
      '        VMMcall _PageFree, <eax, 0>',
      '@@:',
      '        ENDM',
    ]);
    assert.deepEqual(message(await analyse(free('hBufA, hBufB, hBufA'))), [
      '13 PW222 _PageFree frees a memory handle that was already freed at line 13, call 1 (call 3)',
    ]);
    assert.deepEqual(message(await analyse(free('hBufA, hBufB'))), []);
  });

  test('a line of the file that includes the finding\'s names that file', async () => {
    const files = (second: string): Readonly<Record<string, string>> => ({
      '/vxd/main.asm': [
        '        .386p', '        include vmm.inc', 'VxD_LOCKED_CODE_SEG', '        include helpers.inc', 'BeginProc Main_Free',
        '        mov     eax, [esi]', '        call    Common_Free', second, '        call    Common_Free', '        ret',
        'EndProc Main_Free', 'VxD_LOCKED_CODE_ENDS', '        END', '',
      ].join('\n'),
      '/vxd/helpers.inc': [
        'BeginProc Common_Free', '        or      eax, eax', '        jz      CF_Out', '        VMMcall _PageFree, <eax, 0>', 'CF_Out:', '        ret', 'EndProc Common_Free', '',
      ].join('\n'),
    });
    const check = async (second: string) => {
      const text = files(second);
      const findings = await analyseSource(await parsers, {
        languageId: 'vxd-masm', text: text['/vxd/main.asm'] ?? '', file: '/vxd/main.asm', settings: DEFAULT_SETTINGS, readFile: (path) => text[path],
      });
      return findings.map((f) => `${f.file ?? ''}:${f.range.start.line + 1} ${f.code} ${findingMessage(f)}`);
    };
    assert.deepEqual(await check('        mov     eax, [esi]'), [
      '/vxd/helpers.inc:4 PW222 _PageFree frees a memory handle that was already freed in the call at line 7 of main.asm',
    ]);
    assert.deepEqual(await check('        mov     eax, [esi+4]'), []);
  });
});

describe('A.6 W2: _PageDiscardPages\' first argument is a linear page number (W31, W98)', () => {
  const discard = (toPage: readonly string[], page: string, flags = '0') => [
    '        .386p', '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG', 'Win_Lin dd      0', 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Discard_Buffer',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        or      eax, eax',
    '        jz      Fail',
    '        mov     [Win_Lin], edx',
    '        mov     esi, edx',
    ...toPage,
    `        VMMcall _PageDiscardPages, <${page}, ebx, 4, ${flags}>`,
    '        clc', '        ret',
    'Fail:', '        stc', '        ret',
    'EndProc Discard_Buffer',
    'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  const at = (lines: readonly string[]) => lines.findIndex((l) => l.includes('_PageDiscardPages'));

  test('the address _PageAllocate returned, in a register or in the variable it was stored to, is PW240', async () => {
    for (const page of ['esi', '[Win_Lin]']) {
      const lines = discard([], page);
      assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line, findingMessage(f)]),
        [['PW240', at(lines), 'LinPgNum of _PageDiscardPages is a page number, but it is given the address _PageAllocate returned (missing SHR 12?)']], page);
    }
  });

  test('the page number, with PageDiscard and PageZeroInit, is clean', async () => {
    assert.deepEqual(await analyse(discard(['        shr     esi, 12'], 'esi', 'PageDiscard+PageZeroInit')), []);
  });

  test('a flag the service does not take is a reserved bit', async () => {
    const lines = discard(['        shr     esi, 12'], 'esi', 'PageFixed');
    assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line]), [['PW202', at(lines)]]);
  });
});

describe('A.6 W2: the physical start _PageAllocate writes through PhysAddr is an address (A.4.1)', () => {
  const dma = (toPage: readonly string[]) => [
    '        .386p', '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG', 'DMA_Handle      dd      0', 'DMA_Phys        dd      0', 'VxD_LOCKED_DATA_ENDS',
    'VxD_ICODE_SEG',
    'BeginProc ISADMA_Init',
    '        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, <OFFSET32 DMA_Phys>, PageUseAlign+PageContig+PageFixed>',
    '        or      eax, eax',
    '        jz      short Init_Fail',
    '        mov     [DMA_Handle], eax',
    '        mov     ecx, [DMA_Phys]',
    ...toPage,
    '        VMMcall Get_Sys_VM_Handle',
    '        VMMcall _PhysIntoV86, <ecx, ebx, 0D0h, 16, 0>',
    '        clc', '        ret',
    'Init_Fail:', '        stc', '        ret',
    'EndProc ISADMA_Init',
    'VxD_ICODE_ENDS', '        END',
  ];

  test('given unshifted as _PhysIntoV86\'s PhysPage it is PW240, though its value (minPhys 0) may be below 100000h', async () => {
    const lines = dma([]);
    assert.deepEqual((await analyse(lines)).map((f) => [f.code, f.range.start.line, findingMessage(f)]), [[
      'PW240', lines.findIndex((l) => l.includes('_PhysIntoV86')),
      'PhysPage of _PhysIntoV86 is a page number, but it is given the physical address _PageAllocate wrote through PhysAddr (missing SHR 12?)',
    ]]);
  });

  test('its page number is clean', async () => {
    assert.deepEqual(await analyse(dma(['        shr     ecx, 12'])), []);
  });
});

describe('PW220: a page left in a register at the return is handed to the caller, whichever register', () => {
  // Move_Slot moves ESI's page to EDI's slot; when that fails it returns CF set with the page in EBX only.
  const moveSlot = [
    'BeginProc Move_Slot',
    '        VMMcall _XchgFreePhysReg, <esi, 0, 0>',
    '        cmp     eax, 0FFFFFFFFh',
    '        je      short MS_Fail',
    '        or      eax, eax',
    '        jz      short MS_Done',
    '        mov     ebx, eax',
    '        VMMcall _XchgFreePhysReg, <edi, ebx, 0>',
    '        cmp     eax, 0FFFFFFFFh',
    '        je      short MS_Fail',
    'MS_Done:',
    '        clc', '        ret',
    'MS_Fail:',
    '        stc', '        ret',
    'EndProc Move_Slot',
  ];
  const file = (caller: readonly string[]) => [
    '        .386p', '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG', 'Spare_Page      dd      0', 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG', ...moveSlot, ...caller, 'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  const lost = async (lines: readonly string[]) => (await analyse(lines)).filter((f) => f.code === 'PW220').map((f) => f.range.start.line);

  test('analysed alone, the procedure that returns the page in EBX is clean: its caller may read EBX', async () => {
    assert.deepEqual(await lost(file([])), []);
  });

  test('a caller in the file that drops EBX (pop ebx restores its own) loses the page there', async () => {
    const lines = file(['BeginProc Move_Two', '        push    ebx', '        call    Move_Slot', '        pop     ebx', '        ret', 'EndProc Move_Two']);
    assert.deepEqual(await lost(lines), [lines.indexOf('        pop     ebx')]);
  });

  test('a caller that keeps EBX\'s page when Move_Slot fails is clean', async () => {
    assert.deepEqual(await lost(file([
      'BeginProc Move_Keep', '        call    Move_Slot', '        jnc     short MK_Done', '        mov     [Spare_Page], ebx', 'MK_Done:', '        ret', 'EndProc Move_Keep',
    ])), []);
  });
});

describe('A.4.15: a procedure _SetFreePhysRegCalBk registers is entered as VMM calls it, EAX 0 or 1', () => {
  /** A callback that dispatches on EAX through a table of its two cases; `wanted` is the code for EAX = 1. */
  const callback = (register: readonly string[], wanted: readonly string[], data: readonly string[] = []) => [
    'VxD_LOCKED_DATA_SEG',
    'Cache_Handle dd 0',
    ...data,
    'VxD_LOCKED_DATA_ENDS',
    'VxD_ICODE_SEG',
    'BeginProc Cache_Init',
    ...register,
    '        clc',
    '        ret',
    'EndProc Cache_Init',
    'VxD_ICODE_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Cache_Callback',
    '        jmp     Callback_Table[eax*4]',
    'Callback_Table dd OFFSET32 Pages_Freed, OFFSET32 Pages_Wanted',
    'Pages_Freed:',
    '        clc',
    '        ret',
    'Pages_Wanted:',
    ...wanted,
    '        stc',
    '        ret',
    'EndProc Cache_Callback',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const LISTED = ['        VMMcall _SetFreePhysRegCalBk, <OFFSET32 Cache_Callback, 0>'];
  const PUSHED = ['        push    0', '        push    OFFSET32 Cache_Callback', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'];
  const UNCHECKED = ['        VMMcall _PageAllocate, <ecx, PG_SYS, 0, 0, 0, 0, 0, 0>', '        mov     dword ptr [eax], 0'];
  // Kept in Cache_Handle: VMM reads only the callback's carry flag, so a handle left in EAX would be lost (PW221).
  const CHECKED = [
    '        VMMcall _PageAllocate, <ecx, PG_SYS, 0, 0, 0, 0, 0, 0>', '        test    eax, eax', '        jz      Pages_Freed', '        mov     dword ptr [eax], 0',
    '        mov     [Cache_Handle], eax',
  ];
  const lines = (findings: Awaited<ReturnType<typeof analyse>>) => findings.map((f) => [f.code, f.range.start.line]);

  test('its table of two cases is followed to both, and a mistake in one is found, whether the list or the code pushes the address', async () => {
    assert.deepEqual(lines(await analyse(callback(LISTED, UNCHECKED))), [['PW211', 19]]);
    assert.deepEqual(lines(await analyse(callback(PUSHED, UNCHECKED))), [['PW211', 22]]);
  });

  test('the corrected callback is clean, its dispatch not cut short', async () => {
    assert.deepEqual(await analyse(callback(LISTED, CHECKED)), []);
    assert.deepEqual(await analyse(callback(PUSHED, CHECKED)), []);
  });

  test('a procedure no _SetFreePhysRegCalBk registers is a plain one: EAX may be anything, so the table jump is PW900', async () => {
    assert.deepEqual(lines(await analyse(callback(['        xor     eax, eax'], CHECKED))), [['PW900', 12]]);
  });

  // The address from a register loaded with it before the push (after other code that keeps it), or a bare label.
  const LOADED = ['        push    0', '        mov     eax, OFFSET32 Cache_Callback', '        push    ebx', '        pop     ebx', '        push    eax', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'];
  const LEA = ['        lea     edx, Cache_Callback', '        VMMcall _SetFreePhysRegCalBk, <edx, 0>'];
  const BARE = ['        VMMcall _SetFreePhysRegCalBk, <Cache_Callback, 0>'];
  const BARE_PUSHED = ['        push    0', '        push    Cache_Callback', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'];

  test('its address passed from a register loaded with it or as a bare label registers it too: the mistake is found, the corrected callback clean', async () => {
    for (const register of [LOADED, LEA, BARE, BARE_PUSHED]) {
      assert.deepEqual(lines(await analyse(callback(register, UNCHECKED))), [['PW211', 18 + register.length]], register.join(' / '));
      assert.deepEqual(await analyse(callback(register, CHECKED)), [], register.join(' / '));
    }
  });

  test('a callback written as a label, not a procedure, is entered as VMM calls it; a label nothing registers is no entry', async () => {
    const asLabel = (register: readonly string[], wanted: readonly string[]) =>
      callback(register, wanted).flatMap((line) => (line === 'BeginProc Cache_Callback' ? ['Cache_Callback:'] : line === 'EndProc Cache_Callback' ? [] : [line]));
    for (const register of [LISTED, LOADED]) {
      assert.deepEqual(lines(await analyse(asLabel(register, UNCHECKED))), [['PW211', 18 + register.length]], register.join(' / '));
      assert.deepEqual(await analyse(asLabel(register, CHECKED)), [], register.join(' / '));
    }
    assert.deepEqual(await analyse(asLabel(['        xor     eax, eax'], UNCHECKED)), []);
  });

  test('a register written again after the load, or another register than the one loaded, registers no procedure the analysis knows', async () => {
    const rewritten = ['        mov     eax, OFFSET32 Cache_Callback', '        xor     eax, eax', '        VMMcall _SetFreePhysRegCalBk, <eax, 0>'];
    assert.deepEqual(lines(await analyse(callback(rewritten, CHECKED))), [['PW900', 11 + rewritten.length]]);
    const other = ['        mov     esi, OFFSET32 Cache_Callback', '        VMMcall _SetFreePhysRegCalBk, <eax, 0>'];
    assert.deepEqual(lines(await analyse(callback(other, CHECKED))), [['PW900', 11 + other.length]]);
  });
});

describe('A.4.15: a callback whose address _SetFreePhysRegCalBk is given from a variable', () => {
  const callback = (register: readonly string[], wanted: readonly string[], data: readonly string[]) => [
    'VxD_LOCKED_DATA_SEG', ...data, 'VxD_LOCKED_DATA_ENDS',
    'VxD_ICODE_SEG', 'BeginProc Cache_Init', ...register, '        clc', '        ret', 'EndProc Cache_Init', 'VxD_ICODE_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Cache_Callback', '        jmp     Callback_Table[eax*4]', 'Callback_Table dd OFFSET32 Pages_Freed, OFFSET32 Pages_Wanted',
    'Pages_Freed:', '        clc', '        ret', 'Pages_Wanted:', ...wanted, '        stc', '        ret', 'EndProc Cache_Callback',
    'VxD_LOCKED_CODE_ENDS',
  ];
  // A _PageAllocate whose result is used untested, on line 17 + the lines of data and registration.
  const UNCHECKED = ['        VMMcall _PageAllocate, <ecx, PG_SYS, 0, 0, 0, 0, 0, 0>', '        mov     dword ptr [eax], 0'];
  const CHECKED = [
    '        VMMcall _PageAllocate, <ecx, PG_SYS, 0, 0, 0, 0, 0, 0>', '        test    eax, eax', '        jz      Pages_Freed', '        mov     dword ptr [eax], 0',
    '        mov     [Cache_Handle], eax',
  ];
  const POINTER = ['Cache_CbPtr dd OFFSET32 Cache_Callback', 'Cache_Handle dd 0'];
  const lines = (findings: Awaited<ReturnType<typeof analyse>>) => findings.map((f) => [f.code, f.range.start.line]);
  const registers: Readonly<Record<string, readonly string[]>> = {
    'push [ptr]': ['        push    0', '        push    [Cache_CbPtr]', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'],
    'push dword ptr': ['        push    0', '        push    dword ptr Cache_CbPtr', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'],
    'push bare': ['        push    0', '        push    Cache_CbPtr', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'],
    'listed': ['        VMMcall _SetFreePhysRegCalBk, <[Cache_CbPtr], 0>'],
    'loaded': ['        mov     edx, [Cache_CbPtr]', '        VMMcall _SetFreePhysRegCalBk, <edx, 0>'],
    'offset': ['        push    0', '        push    offset Cache_Callback', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'],
    // A flat segment's override reads the same dword.
    'push cs:[ptr]': ['        push    0', '        push    cs:[Cache_CbPtr]', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'],
    'loaded ds:[ptr]': ['        mov     edx, ds:[Cache_CbPtr]', '        VMMcall _SetFreePhysRegCalBk, <edx, 0>'],
  };

  test('a dword initialised with its address and written nowhere registers it: the mistake is found, the corrected callback clean', async () => {
    for (const [form, register] of Object.entries(registers)) {
      assert.deepEqual(lines(await analyse(callback(register, UNCHECKED, POINTER))), [['PW211', 17 + POINTER.length + register.length]], form);
      assert.deepEqual(await analyse(callback(register, CHECKED, POINTER)), [], form);
    }
  });

  test('a dword read through FS, whose selector is not the flat one, registers no procedure the analysis knows', async () => {
    const register = ['        push    0', '        push    fs:[Cache_CbPtr]', '        VMMcall _SetFreePhysRegCalBk', '        add     esp, 8'];
    const at = POINTER.length + register.length;
    assert.deepEqual(lines(await analyse(callback(register, UNCHECKED, POINTER))), [['PW900', 10 + at], ['PW211', 17 + at]]);
  });

  test('a dword the code writes, whose address it takes, or that holds no code address registers no procedure the analysis knows: no finding rests on it', async () => {
    const pushed = registers['push [ptr]'] as readonly string[];
    const unknown: Readonly<Record<string, { data: readonly string[]; code: readonly string[] }>> = {
      written: { data: POINTER, code: ['        mov     [Cache_CbPtr], esi'] },
      added: { data: POINTER, code: ['        add     dword ptr [Cache_CbPtr], 4'] },
      escaped: { data: POINTER, code: ['        mov     esi, OFFSET32 Cache_CbPtr'] },
      zero: { data: ['Cache_CbPtr dd 0', 'Cache_Handle dd 0'], code: [] },
      data: { data: ['Cache_CbPtr dd OFFSET32 Cache_Handle', 'Cache_Handle dd 0'], code: [] },
    };
    for (const [form, { data, code }] of Object.entries(unknown)) {
      // Cache_Callback stays a plain procedure: EAX may be anything, so its table jump is PW900 for the indexes past the table
      // (a registered callback's EAX is 0 or 1, which gives none), and each entry is still reached under its own index.
      const at = data.length + code.length + pushed.length;
      assert.deepEqual(lines(await analyse(callback([...code, ...pushed], UNCHECKED, data))), [['PW900', 10 + at], ['PW211', 17 + at]], form);
    }
  });
});

describe('PW220/PW221: the VMM takes no page or handle from the registers of a control message handler', () => {
  const file = (data: readonly string[], code: readonly string[]) => [
    '        .386p', '        include vmm.inc',
    'Declare_Virtual_Device FPTAKE, 3, 0Ah, FPTAKE_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG', ...data, 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'Begin_Control_Dispatch FPTAKE', '        Control_Dispatch Sys_VM_Init, FP_Init', 'End_Control_Dispatch FPTAKE',
    ...code, 'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  // FP_Init takes a page out of a region slot and keeps it in `keep` (EBX, or a variable).
  const handler = (keep: readonly string[]) => [
    'BeginProc FP_Init',
    '        VMMcall _XchgFreePhysReg, <0C0800h, 0, 0>',
    '        cmp     eax, 0FFFFFFFFh',
    '        je      short FI_Fail',
    ...keep,
    '        clc', '        ret',
    'FI_Fail:',
    '        stc', '        ret',
    'EndProc FP_Init',
  ];
  const codes = async (lines: readonly string[]) => (await analyse(lines)).map((f) => [f.code, f.range.start.line]);

  test('a page left in EBX at the handler\'s return is lost there', async () => {
    const lines = file([], handler(['        mov     ebx, eax']));
    const findings = await analyse(lines);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW220', lines.indexOf('        ret')]]);
    assert.match(findings[0] ? findingMessage(findings[0]) : '', /returns to the VMM here/);
  });

  test('a page stored in a variable is clean', async () => {
    assert.deepEqual(await codes(file(['Spare_Page      dd      0'], handler(['        mov     [Spare_Page], eax']))), []);
  });

  // Take_Page returns a region's page in EBX (or CF set); the handler keeps it in `keep`.
  const helper = [
    'BeginProc Take_Page',
    '        VMMcall _XchgFreePhysReg, <0C0800h, 0, 0>',
    '        cmp     eax, 0FFFFFFFFh',
    '        je      short TP_Fail',
    '        mov     ebx, eax',
    '        clc', '        ret',
    'TP_Fail:',
    '        stc', '        ret',
    'EndProc Take_Page',
  ];
  const calling = (keep: readonly string[]) => [
    ...helper,
    'BeginProc FP_Init',
    '        call    Take_Page',
    '        jc      short FI_Done',
    ...keep,
    'FI_Done:',
    '        clc', '        ret',
    'EndProc FP_Init',
  ];

  test('a helper that returns the page in EBX, which the handler stores, is clean, and so is the helper alone', async () => {
    assert.deepEqual(await codes(file(['Spare_Page      dd      0'], calling(['        mov     [Spare_Page], ebx']))), []);
  });

  test('a handler that returns with the helper\'s page still in EBX loses it at its return, not at the helper\'s', async () => {
    const lines = file([], calling([]));
    assert.deepEqual(await codes(lines), [['PW220', lines.lastIndexOf('        ret')]]);
  });

  const allocating = (keep: string) => [
    'BeginProc FP_Init',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        test    eax, eax',
    '        jz      short FI_Fail',
    keep,
    '        clc', '        ret',
    'FI_Fail:',
    '        stc', '        ret',
    'EndProc FP_Init',
  ];

  test('a memory handle left in ESI at the handler\'s return is PW221 there; stored in a variable it is clean', async () => {
    const lines = file([], allocating('        mov     esi, eax'));
    assert.deepEqual(await codes(lines), [['PW221', lines.indexOf('        ret')]]);
    assert.deepEqual(await codes(file(['Buf_Handle      dd      0'], allocating('        mov     [Buf_Handle], eax'))), []);
  });

  // One root cause, one finding: where the handler's test of the call's result is wrong or missing, that is the finding.
  test('a handler that tests _PageReserve for 0 is PW210 at the store, and no PW221 for the success of 0 the test sends to the return', async () => {
    const lines = file(['Buf_Linear      dd      0'], [
      'BeginProc FP_Init',
      '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
      '        test    eax, eax',
      '        jz      short FI_Done',
      '        mov     [Buf_Linear], eax',
      'FI_Done:',
      '        clc', '        ret',
      'EndProc FP_Init',
    ]);
    assert.deepEqual(await codes(lines), [['PW210', lines.indexOf('        mov     [Buf_Linear], eax')]]);
  });

  const dereferencing = (test: readonly string[]) => [
    'BeginProc FP_Init',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    ...test,
    '        mov     esi, eax',
    '        mov     dword ptr [edx], 0',
    '        clc', '        ret',
    'FI_Fail:',
    '        stc', '        ret',
    'EndProc FP_Init',
  ];

  test('a handler that writes through _PageAllocate\'s address untested is PW211 there, and no PW221 for the handle in ESI; tested, the handle is PW221', async () => {
    const untested = file([], dereferencing([]));
    assert.deepEqual(await codes(untested), [['PW211', untested.indexOf('        mov     dword ptr [edx], 0')]]);
    const tested = file([], dereferencing(['        test    eax, eax', '        jz      short FI_Fail']));
    assert.deepEqual(await codes(tested), [['PW221', tested.indexOf('        ret')]]);
  });

  test('an ordinary procedure returning the handle in ESI is clean: its caller may read ESI', async () => {
    const lines = file([], [...allocating('        mov     esi, eax').map((l) => l.replace('FP_Init', 'Alloc_Buf')), 'BeginProc FP_Init', '        clc', '        ret', 'EndProc FP_Init']);
    assert.deepEqual(await codes(lines), []);
  });
});

describe('PW221: a control procedure written by hand returns to the VMM too', () => {
  // HWC_Control dispatches by hand (`control`); HWC_Alloc allocates a block and returns its handle in ESI.
  const file = (control: readonly string[], data: readonly string[] = []) => [
    '        .386p', '        include vmm.inc',
    'Declare_Virtual_Device HWC, 3, 0Ah, HWC_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG', ...data, 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc HWC_Alloc',
    '        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
    '        test    eax, eax',
    '        jz      short HA_Fail',
    '        mov     esi, eax',
    '        clc', '        ret',
    'HA_Fail:',
    '        stc', '        ret',
    'EndProc HWC_Alloc',
    'BeginProc HWC_Control', ...control, 'EndProc HWC_Control',
    'VxD_LOCKED_CODE_ENDS', '        END',
  ];
  const codes = async (lines: readonly string[]) => (await analyse(lines)).map((f) => [f.code, f.range.start.line]);
  const HANDLE = ['Buf_Handle      dd      0'];

  // The code after `jne` handles Sys_VM_Init itself: its `ret` is the control procedure's, to the VMM.
  const inline = (keep: string) => [
    '        cmp     eax, Sys_VM_Init',
    '        jne     short HC_Other',
    '        call    HWC_Alloc',
    '        jc      short HC_Other',
    keep,
    '        clc', '        ret',
    'HC_Other:',
    '        clc', '        ret',
  ];

  test('a handle its own code for a message leaves in ESI is PW221 at its return; stored, clean', async () => {
    const lines = file(inline('        nop'));
    assert.deepEqual(await codes(lines), [['PW221', lines.indexOf('        nop') + 2]]);
    assert.deepEqual(await codes(file(inline('        mov     [Buf_Handle], esi'), HANDLE)), []);
  });

  // `call` of a handler for a message, which the control procedure's own `ret` then returns from.
  const calling = (keep: readonly string[]) => [
    '        cmp     eax, Device_Init',
    '        jne     short @F',
    '        call    HWC_Alloc',
    ...keep,
    '        ret',
    '@@:',
    '        clc', '        ret',
  ];

  test('a handler it calls returning the handle in ESI is clean alone; the control procedure returning with it is PW221; storing it is clean', async () => {
    const lines = file(calling([]));
    assert.deepEqual(await codes(lines), [['PW221', lines.indexOf('        ret', lines.indexOf('BeginProc HWC_Control'))]]);
    assert.deepEqual(await codes(file(calling(['        mov     [Buf_Handle], esi']), HANDLE)), []);
  });

  test('a handler it jumps to for a message (`jz`) loses the handle at its own return, once', async () => {
    const lines = file(['        cmp     eax, Sys_VM_Init', '        jz      HWC_Alloc', '        clc', '        ret']);
    assert.deepEqual(await codes(lines), [['PW221', lines.indexOf('        ret')]]);
  });
});
