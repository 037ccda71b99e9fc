import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// Loops whose every pass allocates a block and goes on whether or not the
// call failed: a table of handles that skips the slot of a failed call, a
// walk of the VMs that stores each result as it is. Each pass forks on the
// result; the loop must be summed up (PW221.md: "a loop of more passes than
// the analysis follows one by one") and what comes after it analysed.

const parsers = Parsers.create();

async function analyse(lines: readonly string[]) {
  return analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test.asm', settings: DEFAULT_SETTINGS });
}

const fillTable = (epilogue: readonly string[]) => [
  '        .386p',
  '        include vmm.inc',
  'Declare_Virtual_Device LP, 1, 0, LP_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
  'NUM_BLOCKS      EQU     32',
  'VxD_LOCKED_DATA_SEG',
  'Handles         dd      NUM_BLOCKS dup (0)',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc LP_Control',
  '        Control_Dispatch Device_Init, Fill_Table',
  '        clc',
  '        ret',
  'EndProc LP_Control',
  'BeginProc Fill_Table',
  '        push    esi',
  '        push    edi',
  '        xor     esi, esi',
  'FT_Next:',
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
  '        test    eax, eax',
  '        jz      FT_Skip',
  '        mov     [Handles + esi*4], eax',
  'FT_Skip:',
  '        inc     esi',
  '        cmp     esi, NUM_BLOCKS',
  '        jb      FT_Next',
  ...epilogue,
  '        clc',
  '        ret',
  'EndProc Fill_Table',
  'VxD_LOCKED_CODE_ENDS',
  'END',
];

test('after a 32-pass allocation loop that skips failed slots, EDI left on the stack is PW231 at the return, and nothing else', async () => {
  const findings = await analyse(fillTable(['        pop     esi']));
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW231', 28]]);
});

test('the same loop with both registers popped is clean, analysed to its end', async () => {
  assert.deepEqual(await analyse(fillTable(['        pop     edi', '        pop     esi'])), []);
});

test('a walk of the VMs that allocates a block per VM and stores the result untested is analysed to its end, clean', async () => {
  const findings = await analyse([
    '        .386p',
    '        include vmm.inc',
    'Declare_Virtual_Device VMWALK, 1, 0, VMWALK_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG',
    'CB_Off  dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc VMWALK_Control',
    '        Control_Dispatch Init_Complete, Walk_Alloc',
    '        clc',
    '        ret',
    'EndProc VMWALK_Control',
    'BeginProc Walk_Alloc',
    '        pushad',
    '        VMMcall Get_Sys_VM_Handle',
    '        mov     edi, ebx',
    'WA_Next:',
    '        VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, PageLocked>',
    '        mov     esi, ebx',
    '        add     esi, [CB_Off]',
    '        mov     [esi], eax',
    '        VMMcall Get_Next_VM_Handle',
    '        cmp     ebx, edi',
    '        jne     WA_Next',
    '        popad',
    '        clc',
    '        ret',
    'EndProc Walk_Alloc',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ]);
  assert.deepEqual(findings, []);
});
