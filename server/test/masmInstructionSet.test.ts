import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// The rest of the instruction set a VxD may use: double shifts, CMOVcc,
// ENTER, XLAT, BCD adjustments, descriptor-table and selector instructions,
// far-pointer loads, and the FPU and MMX with their register operands. Each
// runs: the analysis goes past it and finds what comes after.

const parsers = Parsers.create();

const procedure = (body: readonly string[], data: readonly string[] = []): string => [
  '.386p',
  'include vmm.inc',
  'VxD_LOCKED_DATA_SEG',
  'Lin     dd      0',
  'Ratio   dq      0',
  ...data,
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Scale_Window',
  ...body.map((line) => `        ${line}`),
  '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
  '        test    eax, eax',
  '        jz      Fail',
  '        mov     [Lin], eax',
  'Fail:',
  '        ret',
  'EndProc Scale_Window',
  'VxD_LOCKED_CODE_ENDS',
  'END',
  '',
].join('\n');

async function findings(text: string): Promise<[string, number, string][]> {
  const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: 'scale.asm', settings: DEFAULT_SETTINGS });
  return found.map((f) => [f.code, f.range.start.line, f.message]);
}

/** The PW210 at `mov [Lin], eax` that every procedure here ends with: proof the analysis got there. */
function reachedEnd(text: string): [string, number][] {
  return [['PW210', text.split('\n').indexOf('        mov     [Lin], eax')]];
}

test('integer instructions from the 386 to the P6 do not cut the analysis short', async () => {
  const text = procedure([
    'enter   8, 0', 'shld    eax, edx, cl', 'shrd    eax, edx, 4', 'cmovz   ecx, ebx', 'xlat', 'add     al, 5', 'daa',
    'aam', 'aad', 'das', 'aaa', 'aas', 'pause', 'leave',
  ]);
  assert.deepEqual((await findings(text)).map(([code, line]) => [code, line]), reachedEnd(text));
});

test('descriptor tables, selectors and far pointers do not cut the analysis short', async () => {
  const text = procedure([
    'sub     esp, 8', 'sgdt    fword ptr [esp]', 'sidt    fword ptr [esp]', 'str     ax', 'sldt    ax', 'smsw    ax',
    'lar     eax, ebx', 'lsl     ecx, ebx', 'verr    bx', 'arpl    ax, bx', 'lds     esi, fword ptr [esp]', 'les     edi, fword ptr [esp]',
    'add     esp, 8',
  ]);
  assert.deepEqual((await findings(text)).map(([code, line]) => [code, line]), reachedEnd(text));
});

test('FPU and MMX instructions are instructions, not undefined macros, and their registers are no undefined names', async () => {
  const text = procedure([
    'sub     esp, 108', 'fnsave  [esp]', 'fld     qword ptr [Ratio]', 'fild    dword ptr [esi]', 'fmul    st, st(1)',
    'fadd    st(1), st', 'fcomi   st, st(1)', 'fistp   qword ptr [Ratio]', 'fstp    Ratio', 'fnstsw  ax', 'fwait', 'wait',
    'movd    mm0, eax', 'paddd   mm0, mm1', 'movq    qword ptr [esi], mm0', 'movd    ecx, mm0', 'emms',
    'frstor  [esp]', 'add     esp, 108',
  ]);
  assert.deepEqual((await findings(text)).map(([code, line]) => [code, line]), reachedEnd(text));
});

test('a misspelt name next to FPU code is still an undefined name; a program\'s own mm0 is its symbol', async () => {
  const text = procedure(['fld     qword ptr [Ration]', 'mov     eax, mm0', 'mov     [esi], eax'], ['mm0     dd      0']);
  const found = await findings(text);
  assert.deepEqual(found.map(([code, line]) => [code, line]), [['PW102', text.split('\n').findIndex((l) => l.includes('[Ration]'))], ...reachedEnd(text)]);
  assert.match(found[0]?.[2] ?? '', /Ration.*Ratio/);
});

test('an FPU store to memory of no size cuts the analysis short instead of guessing', async () => {
  const text = procedure(['fstp    [esi]']);
  const found = await findings(text);
  assert.deepEqual(found.map(([code]) => code), ['PW900']);
  assert.match(found[0]?.[2] ?? '', /sized memory operand/);
});

test('a macro defined nowhere cuts the analysis short at its line, and the note names the macro', async () => {
  const text = procedure(['Save_Window_State esi, 4']);
  const found = await findings(text);
  assert.deepEqual(found, [['PW900', text.split('\n').findIndex((l) => l.includes('Save_Window_State')), 'Analysis of Scale_Window was cut short: unknown macro Save_Window_State']]);
});
