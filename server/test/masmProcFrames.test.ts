import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { code, lower } from './lowering-masm-support.js';

// MASM 6 PROC lines with a language, USES registers, parameters and LOCAL
// lines: MASM writes the frame code, so the lowering does, and parameters and
// locals read as the stack slots the frame gives them.

// Made on first use: two grammar loads at once (this and the lowering helper's) trip over each other.
let parsers: Promise<Parsers> | undefined;

async function analyse(lines: readonly string[]) {
  const text = `${lines.join('\n')}\n`;
  parsers ??= Parsers.create();
  return analyseSource(await parsers, { languageId: 'vxd-masm', text, file: 'test.asm', settings: DEFAULT_SETTINGS });
}

const proc = (lines: readonly string[], prelude: readonly string[] = []) => [
  '        .386p', ...prelude, 'VxD_LOCKED_CODE_SEG', ...lines, 'VxD_LOCKED_CODE_ENDS', '        END',
];

describe('MASM 6 PROC frames: lowering', () => {
  it('writes push ebp / mov ebp, esp / sub esp, the USES pushes before the first instruction, and the pops and leave at ret', async () => {
    const r = await lower(proc([
      'Copy_Pages PROC C USES esi edi, pDest:DWORD, pSrc:DWORD, nCount:DWORD',
      '        LOCAL   hMem:DWORD, bFlag:BYTE, aPad[3]:WORD',
      '        mov     edi, pDest',
      '        mov     esi, pSrc',
      '        mov     ecx, nCount',
      '        mov     hMem, ecx',
      '        mov     bFlag, 1',
      '        mov     aPad, 2',
      '        ret',
      'Copy_Pages ENDP',
    ]).join('\n'));
    assert.deepEqual(code(r), [
      'push ebp', 'mov ebp, esp', 'sub esp, 0ch', 'push esi', 'push edi',
      'mov edi, 4:[ebp+8h]', 'mov esi, 4:[ebp+0ch]', 'mov ecx, 4:[ebp+10h]',
      'mov 4:[ebp-4h], ecx', 'mov 1:[ebp-5h], 1h', 'mov 2:[ebp-0ch], 2h',
      'pop edi', 'pop esi', 'leave', 'ret',
    ]);
    assert.deepEqual(r.program.entries.map((e) => e.name), ['Copy_Pages']);
  });

  it('has STDCALL and PASCAL procedures remove their parameters, PASCAL with the first parameter highest', async () => {
    const r = await lower(proc([
      'Std_Proc PROC STDCALL a:DWORD, b:WORD',
      '        mov     eax, a',
      '        mov     cx, b',
      '        ret',
      'Std_Proc ENDP',
      'Pas_Proc PROC PASCAL a:DWORD, b:DWORD',
      '        mov     eax, a',
      '        mov     ecx, b',
      '        ret',
      'Pas_Proc ENDP',
      'Var_Proc PROC STDCALL a:DWORD, rest:VARARG',
      '        ret',
      'Var_Proc ENDP',
    ]).join('\n'));
    assert.deepEqual(code(r), [
      'push ebp', 'mov ebp, esp', 'mov eax, 4:[ebp+8h]', 'mov cx, 2:[ebp+0ch]', 'leave', 'ret 8h',
      'push ebp', 'mov ebp, esp', 'mov eax, 4:[ebp+0ch]', 'mov ecx, 4:[ebp+8h]', 'leave', 'ret 8h',
      'push ebp', 'mov ebp, esp', 'leave', 'ret',
    ]);
  });

  it('reads a PROC line continued with a backslash as one line', async () => {
    const r = await lower(proc([
      'Long_Proc PROC STDCALL USES esi, a:DWORD, \\',
      '        b:DWORD',
      '        mov     eax, b',
      '        ret',
      'Long_Proc ENDP',
    ]).join('\n'));
    assert.deepEqual(code(r), ['push ebp', 'mov ebp, esp', 'push esi', 'mov eax, 4:[ebp+0ch]', 'pop esi', 'leave', 'ret 8h']);
  });

  it('takes the language from .MODEL or OPTION LANGUAGE, and keeps a count written on ret', async () => {
    const body = ['Two PROC a:DWORD, b:DWORD', '        ret', 'Two ENDP', 'Given PROC STDCALL a:DWORD', '        ret 0', 'Given ENDP'];
    assert.deepEqual(code(await lower(proc(body, ['        .MODEL FLAT, STDCALL']).join('\n'))), [
      'push ebp', 'mov ebp, esp', 'leave', 'ret 8h', 'push ebp', 'mov ebp, esp', 'leave', 'ret 0h',
    ]);
    assert.deepEqual(code(await lower(proc(body.slice(0, 3), ['        OPTION LANGUAGE:C']).join('\n'))), ['push ebp', 'mov ebp, esp', 'leave', 'ret']);
  });

  it('sets up no EBP frame for USES alone and writes no frame code under OPTION PROLOGUE:NONE and EPILOGUE:NONE', async () => {
    assert.deepEqual(code(await lower(proc(['Keep PROC USES ebx esi', '        xor ebx, ebx', '        ret', 'Keep ENDP']).join('\n'))), [
      'push ebx', 'push esi', 'xor ebx, ebx', 'pop esi', 'pop ebx', 'ret',
    ]);
    const none = await lower(proc([
      'Bare PROC C USES esi, a:DWORD',
      '        push    ebp',
      '        mov     ebp, esp',
      '        mov     eax, a',
      '        pop     ebp',
      '        ret',
      'Bare ENDP',
    ], ['        OPTION PROLOGUE:NONE, EPILOGUE:NONE']).join('\n'));
    assert.deepEqual(code(none), ['push ebp', 'mov ebp, esp', 'mov eax, 4:[ebp+8h]', 'pop ebp', 'ret']);
  });

  it('leaves the count of an unknown language unknown, and RETN and RETF as written', async () => {
    const r = await lower(proc(['Who PROC a:DWORD', '        ret', 'Who ENDP', 'Raw PROC C USES esi', '        retn', 'Raw ENDP']).join('\n'));
    assert.deepEqual(code(r), ['push ebp', 'mov ebp, esp', 'leave', 'ret Who parameter bytes', 'push esi', 'retn']);
  });

  it('reads a parameter, local or ArgVar name in brackets as its stack slot, with its size unless one is written', async () => {
    const r = await lower(proc([
      'Slots PROC C pBuf:DWORD, bKind:BYTE',
      '        LOCAL   nLeft:DWORD',
      '        mov     edi, [pBuf]',
      '        mov     eax, [pBuf+4]',
      '        movzx   ecx, [bKind]',
      '        mov     al, byte ptr [pBuf]',
      '        mov     [nLeft], ecx',
      '        push    [pBuf]',
      '        ret',
      'Slots ENDP',
      'BeginProc Old_Style',
      '        ArgVar  pInfo, DWORD',
      '        EnterProc',
      '        mov     esi, [pInfo]',
      '        LeaveProc',
      '        Return',
      'EndProc Old_Style',
    ]).join('\n'));
    assert.deepEqual(code(r), [
      'push ebp', 'mov ebp, esp', 'sub esp, 4h',
      'mov edi, 4:[ebp+8h]', 'mov eax, 4:[ebp+0ch]', 'movzx ecx, 1:[ebp+0ch]', 'mov al, 1:[ebp+8h]', 'mov 4:[ebp-4h], ecx', 'push 4:[ebp+8h]',
      'leave', 'ret',
      'push ebp', 'mov ebp, esp', 'mov esi, 4:[ebp+8h]', 'leave', 'ret',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('rounds the locals\' total up to a stack word, as the offsets of the locals below it are not', async () => {
    const r = await lower(proc([
      'Flags PROC C',
      '        LOCAL   hMem:DWORD, bFlag:BYTE',
      '        mov     bFlag, 1',
      '        ret',
      'Flags ENDP',
    ]).join('\n'));
    assert.deepEqual(code(r), ['push ebp', 'mov ebp, esp', 'sub esp, 8h', 'mov 1:[ebp-5h], 1h', 'leave', 'ret']);
  });

  it('gives a BeginProc procedure\'s LOCAL lines the frame of a PROC without parameters; one after an instruction is not modelled', async () => {
    const r = await lower(proc([
      'BeginProc Map_Rom',
      '        local   Err:DWORD, Count:DWORD',
      '        mov     Err, eax',
      '        mov     Count, 0',
      '        mov     eax, Err',
      '        ret',
      'EndProc Map_Rom',
      'BeginProc No_Locals',
      '        ret',
      'EndProc No_Locals',
      'BeginProc Late',
      '        nop',
      '        local   Err:DWORD',
      '        ret',
      'EndProc Late',
    ]).join('\n'));
    assert.deepEqual(code(r), [
      'push ebp', 'mov ebp, esp', 'sub esp, 8h', 'mov 4:[ebp-4h], eax', 'mov 4:[ebp-8h], 0h', 'mov eax, 4:[ebp-4h]', 'leave', 'ret',
      'ret',
      'nop', 'ret',
    ]);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['LOCAL outside a macro or after the first instruction of a PROC']);
  });

  it('puts the size of each slot before its own brackets where one statement names two', async () => {
    const r = await lower(proc([
      'Pair PROC C pBuf:DWORD, bKind:BYTE',
      '        mov     [pBuf], [bKind]',
      '        mov     [bKind], [pBuf+4]',
      '        ret',
      'Pair ENDP',
    ]).join('\n'));
    assert.deepEqual(code(r), ['push ebp', 'mov ebp, esp', 'mov 4:[ebp+8h], 1:[ebp+0ch]', 'mov 1:[ebp+0ch], 4:[ebp+0ch]', 'leave', 'ret']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('scopes parameter and local names to their procedure', async () => {
    const r = await lower(proc([
      'Count   EQU     7',
      'First PROC C Count:DWORD',
      '        mov     eax, Count',
      '        ret',
      'First ENDP',
      'Second PROC',
      '        mov     eax, Count',
      '        ret',
      'Second ENDP',
    ]).join('\n'));
    assert.deepEqual(code(r), ['push ebp', 'mov ebp, esp', 'mov eax, 4:[ebp+8h]', 'leave', 'ret', 'mov eax, 7h', 'ret']);
  });
});

describe('MASM 6 PROC frames: analysis', () => {
  const lockPages = [
    'Lock_Pages PROC STDCALL USES esi, hMem:DWORD, nPages:DWORD',
    '        LOCAL   nDone:DWORD',
    '        mov     nDone, 0',
    '        mov     esi, hMem',
    '        VMMcall _PageLock, <esi, nPages, 0, 0>',
    '        ret',
    'Lock_Pages ENDP',
    'Sum PROC C USES ebx, a:DWORD, b:DWORD',
    '        mov     eax, a',
    '        add     eax, b',
    '        ret',
    'Sum ENDP',
  ];

  it('finds nothing in procedures and callers that keep the conventions, and no undefined parameter names without headers', async () => {
    assert.deepEqual(await analyse(proc([
      ...lockPages,
      'BeginProc Caller',
      '        push    4',
      '        push    ebx',
      '        call    Lock_Pages',
      '        push    2',
      '        push    3',
      '        call    Sum',
      '        add     esp, 8',
      '        clc',
      '        ret',
      'EndProc Caller',
    ])), []);
  });

  it('finds a caller removing a STDCALL procedure\'s arguments a second time (PW231)', async () => {
    const findings = await analyse(proc([
      ...lockPages,
      'BeginProc Caller',
      '        push    4',
      '        push    ebx',
      '        call    Lock_Pages',
      '        add     esp, 8',
      '        ret',
      'EndProc Caller',
    ]));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW231', 19]]);
  });

  it('follows a BeginProc procedure with a LOCAL to its unchecked result and balanced return', async () => {
    const findings = await analyse(proc([
      'BeginProc Map_Rom',
      '        local   Err:DWORD',
      '        mov     Err, 0',
      '        VMMcall _MapPhysToLinear, <0C0000h, 8000h, 0>',
      '        mov     ecx, [eax]',
      '        mov     eax, Err',
      '        ret',
      'EndProc Map_Rom',
    ], ['        include vmm.inc']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW210', 7]]);
  });

  it('finds a push the USES pops do not undo in a procedure without an EBP frame (PW231)', async () => {
    const findings = await analyse(proc(['Leaky PROC C USES esi edi', '        push    eax', '        ret', 'Leaky ENDP']));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW231', 4]]);
  });
});
