import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// One memory cell named with its base and index in either order
// (`[esi+ebx]`, `[ebx+esi]`, `[ebx][esi]`, a register made as `[Off]+ebx`
// and another as `ebx+[Off]`) is one cell: a value stored through one
// spelling and tested or cleared through another is that value.

const parsers = Parsers.create();

async function found(lines: readonly string[]): Promise<[string, number][]> {
  const text = `${lines.join('\n')}\n`;
  const findings = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: 'test.asm', settings: DEFAULT_SETTINGS });
  return findings.map((f) => [f.code, f.range.start.line + 1]);
}

const device = (name: string, dispatch: readonly string[], data: readonly string[], code: readonly string[]) => [
  '        .386p',
  '        include vmm.inc',
  `Declare_Virtual_Device ${name}, 1, 0, ${name}_Control, Undefined_Device_ID, Undefined_Init_Order, , ,`,
  ...data,
  'VxD_LOCKED_DATA_SEG',
  'CB_Off  dd      0',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  `Begin_Control_Dispatch ${name}`,
  ...dispatch,
  `End_Control_Dispatch ${name}`,
  ...code,
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

describe('a handle kept in the control block at [esi+ebx] and tested at [ebx+esi]', () => {
  const file = (test: readonly string[]) => device('VMHDR', ['        Control_Dispatch Create_VM, VMHDR_Create_VM'], [
    'VH_Data STRUC',
    'VH_hHdr dd      ?',
    'VH_Data ENDS',
  ], [
    'BeginProc VMHDR_Create_VM',
    '        push    esi',
    '        mov     esi, [CB_Off]',
    '        VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, PageZeroInit+PageLocked>',
    '        mov     [esi+ebx].VH_hHdr, eax',
    ...test,
    '        mov     eax, [esi+ebx].VH_hHdr',
    '        mov     dword ptr [eax], ebx',
    '        pop     esi',
    '        clc',
    '        ret',
    'VC_Fail:',
    '        pop     esi',
    '        stc',
    '        ret',
    'EndProc VMHDR_Create_VM',
  ]);

  test('is checked: no PW211 at the write through it', async () => {
    assert.deepEqual(await found(file(['        cmp     [ebx+esi].VH_hHdr, 0', '        je      short VC_Fail'])), []);
    assert.deepEqual(await found(file(['        cmp     [ebx*1+esi].VH_hHdr, 0', '        je      short VC_Fail'])), []);
  });

  test('untested, the write through it is still PW211', async () => {
    assert.deepEqual(await found(file([])), [['PW211', 20]]);
  });
});

describe('a free helper that reads a handle at [ebx+esi] and clears it at [esi+ebx], called twice', () => {
  const file = (setUp: readonly string[], freeIn: readonly string[], freeOut: readonly string[]) => device('VMBUFS', [
    '        Control_Dispatch VM_Terminate, VMBUFS_Free_Bufs',
    '        Control_Dispatch Destroy_VM, VMBUFS_Destroy_VM',
  ], [
    'VB_Data STRUC',
    'VB_hIn  dd      ?',
    'VB_hOut dd      ?',
    'VB_Data ENDS',
  ], [
    'BeginProc VMBUFS_Free_Bufs',
    '        push    esi',
    '        push    edi',
    ...setUp,
    ...freeIn,
    'FB_Out:',
    ...freeOut,
    'FB_Done:',
    '        pop     edi',
    '        pop     esi',
    '        clc',
    '        ret',
    'EndProc VMBUFS_Free_Bufs',
    'BeginProc VMBUFS_Destroy_VM',
    '        call    VMBUFS_Free_Bufs',
    '        call    VMBUFS_Free_Bufs',
    '        clc',
    '        ret',
    'EndProc VMBUFS_Destroy_VM',
  ]);
  const indexed = (cleared: boolean) => file(['        mov     esi, [CB_Off]'], [
    '        mov     eax, [ebx+esi].VB_hIn',
    '        or      eax, eax',
    '        jz      short FB_Out',
    '        VMMcall _PageFree, <eax, 0>',
    ...(cleared ? ['        mov     [esi+ebx].VB_hIn, 0'] : []),
  ], [
    '        mov     eax, [ebx][esi].VB_hOut',
    '        or      eax, eax',
    '        jz      short FB_Done',
    '        VMMcall _PageFree, <eax, 0>',
    '        mov     [esi][ebx].VB_hOut, 0',
  ]);
  // The block's address made in two registers, adding the same two values in the two orders.
  const added = file([
    '        mov     esi, [CB_Off]',
    '        add     esi, ebx',
    '        mov     edi, ebx',
    '        add     edi, [CB_Off]',
  ], [
    '        mov     eax, [esi.VB_hIn]',
    '        or      eax, eax',
    '        jz      short FB_Out',
    '        VMMcall _PageFree, <eax, 0>',
    '        mov     [edi.VB_hIn], 0',
  ], [
    '        mov     eax, [esi.VB_hOut]',
    '        or      eax, eax',
    '        jz      short FB_Done',
    '        VMMcall _PageFree, <eax, 0>',
    '        mov     [edi.VB_hOut], 0',
  ]);

  test('frees each handle once: no PW222', async () => {
    assert.deepEqual(await found(indexed(true)), []);
    assert.deepEqual(await found(added), []);
  });

  test('a handle it frees and does not clear is still freed twice: PW222 there alone', async () => {
    assert.deepEqual(await found(indexed(false)), [['PW222', 23]]);
  });
});

// `[ebx+esi]` with ESI the table and nothing read at it before: which of the
// two registers is the pointer decides whether a store through `[edi+esi]`
// may reach the cell. A block a service returned is the pointer; where
// nothing says which is, either may be, and the stores may meet.
describe('a handle kept in a table at [ebx+esi], cleared through [edi+esi] where EDI may be EBX', () => {
  const procedure = (table: readonly string[], clear: string) => [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Slot_Init',
    ...table,
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        test    eax, eax',
    '        jz      done',
    '        mov     [ebx+esi], eax',
    '        VMMcall _PageFree, <eax, 0>',
    ...clear === 'edi+esi' ? ['        cmp     edi, ebx', '        jne     done'] : [],
    `        mov     dword ptr [${clear}], 0`,
    '        mov     eax, [ebx+esi]',
    '        test    eax, eax',
    '        jz      done',
    '        VMMcall _PageFree, <eax, 0>',
    'done:',
    '        ret',
    'EndProc Slot_Init',
    'VxD_LOCKED_CODE_ENDS',
  ];
  const heapTable = (register: string) => [
    '        VMMcall _HeapAllocate, <64, 0>',
    '        test    eax, eax',
    '        jz      done',
    `        mov     ${register}, eax`,
  ];

  test('the table _HeapAllocate returned is the pointer: clearing the slot EDI equals frees nothing twice', async () => {
    assert.deepEqual(await found(procedure(heapTable('esi'), 'edi+esi')), []);
  });

  test('a table at ESI nothing says is one: either register may be the pointer, so no PW222 either', async () => {
    assert.deepEqual(await found(procedure([], 'edi+esi')), []);
  });

  test('clearing the same offset in another block _HeapAllocate returned leaves the handle: PW222 at the second free', async () => {
    const lines = procedure([...heapTable('esi'), ...heapTable('edi')], 'ebx+edi');
    assert.deepEqual(await found(lines), [['PW222', lines.lastIndexOf('        VMMcall _PageFree, <eax, 0>') + 1]]);
  });
});
