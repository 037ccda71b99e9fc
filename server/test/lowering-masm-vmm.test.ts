import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseVmmProcedure } from '../../emulator/src/index.js';
import { listing, lower } from './lowering-masm-support.js';

// Lowered procedures run through the VMM model: the IR is what the model
// expects (int 20h + link dword, the macro sites for PW250) and findings
// point back at the source lines.

const SOURCE = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Unchecked',
  '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>',
  '        mov     edx, [eax]',
  '        ret',
  'EndProc Unchecked',
  'BeginProc Checked',
  '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>',
  '        cmp     eax, -1',
  '        je      Fail',
  '        mov     edx, [eax]',
  'Fail:   ret',
  'EndProc Checked',
  'BeginProc Short_List',
  '        VMMcall _PageFree, <eax>',
  '        ret',
  'EndProc Short_List',
  'VxD_LOCKED_CODE_ENDS',
].join('\n');

describe('MASM lowering into the VMM model', () => {
  it('finds an unchecked 0FFFFFFFFh at the dereference and nothing in the checked version', async () => {
    const r = await lower(SOURCE);
    const bad = analyseVmmProcedure(r.program, 'Unchecked', { macroCalls: r.vmmCalls });
    assert.deepEqual(bad.findings.map((f) => [f.code, f.range.start.line]), [['PW210', 3]]);
    const good = analyseVmmProcedure(r.program, 'Checked', { macroCalls: r.vmmCalls });
    assert.deepEqual(good.findings, []);
  });

  it('reports a short argument list at the VMMcall', async () => {
    const r = await lower(SOURCE);
    const a = analyseVmmProcedure(r.program, 'Short_List', { macroCalls: r.vmmCalls });
    assert.deepEqual(a.findings.map((f) => [f.code, f.range.start.line]), [['PW250', 14]]);
  });
});

// VMMH's VxDCall: a stdcall service removes its own arguments and a fastcall
// one takes the first two in ECX and EDX, so neither gets the caller's clean-up.
const CONVENTIONS = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Std_Call',
  '        VMMcall HeapFreeEx, <eax, 0>',
  '        ret',
  'EndProc Std_Call',
  'BeginProc Fast_Call',
  '        mov     ecx, 2',
  '        VMMcall KfRaiseIrql, <ecx>',
  '        ret',
  'EndProc Fast_Call',
  'BeginProc C_Call',
  '        VMMcall _HeapFree, <eax, 0>',
  '        ret',
  'EndProc C_Call',
  'BeginProc Hand_Cleaned',
  '        push    0',
  '        push    eax',
  '        int     20h',
  '        dd      00010051h',
  '        add     esp, 8',
  '        ret',
  'EndProc Hand_Cleaned',
  // What VxDCall itself writes: vmm.inc names each service's link code @@ and the service's name.
  'BeginProc Named_Link',
  '        push    0',
  '        push    eax',
  '        int     Dyna_Link_Int',
  '        dd      @@_HeapFree',
  '        add     esp, 8',
  '        ret',
  'EndProc Named_Link',
  'BeginProc Named_Link_Uncleaned',
  '        push    0',
  '        push    eax',
  '        int     Dyna_Link_Int',
  '        dd      @@_HeapFree',
  '        ret',
  'EndProc Named_Link_Uncleaned',
  'VxD_LOCKED_CODE_ENDS',
].join('\n');

describe('calling conventions of lowered VMMcalls', () => {
  it('pushes a stdcall service\'s arguments without clean-up, passes a fastcall one\'s first in ECX, cleans up after a C one', async () => {
    const r = await lower(CONVENTIONS);
    const lines = listing(r);
    const at = (text: string): number => lines.indexOf(text);
    assert.deepEqual(lines.slice(at('data 4:101aah') - 3, at('data 4:101aah') + 2), ['push 0h', 'push eax', 'int 20h', 'data 4:101aah', 'ret']);
    assert.deepEqual(lines.slice(at('data 4:1019fh') - 2, at('data 4:1019fh') + 2), ['mov ecx, 2h', 'int 20h', 'data 4:1019fh', 'ret']);
    assert.deepEqual(lines.slice(at('data 4:10051h') - 3, at('data 4:10051h') + 2), ['push 0h', 'push eax', 'int 20h', 'data 4:10051h', 'add esp, 8h']);
  });

  it('leaves every procedure with a balanced stack and the argument counts right', async () => {
    const r = await lower(CONVENTIONS);
    for (const name of ['Std_Call', 'Fast_Call', 'C_Call', 'Hand_Cleaned', 'Named_Link']) {
      assert.deepEqual(analyseVmmProcedure(r.program, name, { macroCalls: r.vmmCalls }).findings, [], name);
    }
  });

  it('reads a link written as dd @@_Service as that service\'s call', async () => {
    const r = await lower(CONVENTIONS);
    const uncleaned = analyseVmmProcedure(r.program, 'Named_Link_Uncleaned', { macroCalls: r.vmmCalls });
    assert.deepEqual(uncleaned.findings.map((f) => f.code), ['PW231']);
    assert.deepEqual(uncleaned.incomplete, []);
  });
});

// vmm.inc's VMMcall with no list pushes nothing and cleans up nothing: code
// that pushed the arguments itself reads them from the stack, with no count.
const BARE = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Hand_Pushed',
  '        push    0',
  '        VMMcall _GetFreePageCount',
  '        add     esp, 4',
  '        ret',
  'EndProc Hand_Pushed',
  'BeginProc Hand_Pushed_Flags',
  '        push    1',
  '        VMMcall _GetFreePageCount',
  '        add     esp, 4',
  '        ret',
  'EndProc Hand_Pushed_Flags',
  'BeginProc Tail_Call',
  '        VMMjmp  _GetFreePageCount',
  'EndProc Tail_Call',
  'BeginProc Tail_Listed',
  '        VMMjmp  _GetFreePageCount, <0>',
  'EndProc Tail_Listed',
  'BeginProc Calls_Tail',
  '        push    0',
  '        call    Tail_Call',
  '        add     esp, 4',
  '        ret',
  'EndProc Calls_Tail',
  'BeginProc Calls_Tail_Flags',
  '        push    1',
  '        call    Tail_Call',
  '        add     esp, 4',
  '        ret',
  'EndProc Calls_Tail_Flags',
  'VxD_LOCKED_CODE_ENDS',
].join('\n');

describe('VMMcall without an argument list', () => {
  it('reads the arguments the code pushed and counts none', async () => {
    const r = await lower(BARE);
    const codes = (name: string) => analyseVmmProcedure(r.program, name, { macroCalls: r.vmmCalls }).findings.map((f) => [f.code, f.range.start.line]);
    assert.deepEqual(codes('Hand_Pushed'), []);
    assert.deepEqual(codes('Hand_Pushed_Flags'), [['PW201', 9]], 'the pushed flags are the argument');
    assert.deepEqual(codes('Tail_Call'), [], 'a tail call passes its caller\'s arguments on');
  });

  it('reads a tail call\'s arguments above its caller\'s return address, and refuses a list on it', async () => {
    const r = await lower(BARE);
    const found = (name: string) => analyseVmmProcedure(r.program, name, { macroCalls: r.vmmCalls }).findings.map((f) => [f.code, f.range.start.line, f.message]);
    assert.deepEqual(found('Calls_Tail'), [], 'the flags are the 0 the caller pushed, not the return address');
    assert.deepEqual(found('Calls_Tail_Flags').map(([code, line]) => [code, line]), [['PW201', 14]]);
    assert.deepEqual(found('Tail_Listed'), [['PW250', 17,
      'A tail call (VMMjmp, VxDjmp) takes no argument list: _GetFreePageCount reads the arguments this procedure\'s caller pushed']]);
  });
});

describe('MASM data segments are writable', () => {
  const source = [
    'VxD_LOCKED_DATA_SEG',
    'Alloc_Flags     dd      PageUseAlign',
    'Handlers        dd      OFFSET32 Trusting, OFFSET32 Storing',
    'VxD_LOCKED_DATA_ENDS',
    '_DATA SEGMENT DWORD PUBLIC \'DATA\'',
    'Counter         dd      0',
    '_DATA ENDS',
    'VxD_LOCKED_CODE_SEG',
    'Code_Flags      dd      PageUseAlign',
    'BeginProc Trusting',
    '        mov     eax, [Alloc_Flags]',
    '        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, eax>',
    '        ret',
    'EndProc Trusting',
    'BeginProc Storing',
    '        mov     [Alloc_Flags], PageUseAlign',
    '        mov     eax, [Alloc_Flags]',
    '        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, eax>',
    '        ret',
    'EndProc Storing',
    'BeginProc From_Code',
    '        mov     eax, [Code_Flags]',
    '        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, eax>',
    '        ret',
    'EndProc From_Code',
    'VxD_LOCKED_CODE_ENDS',
  ].join('\n');
  const writable = (r: Awaited<ReturnType<typeof lower>>, text: string): boolean | undefined => {
    const item = r.program.items.find((i) => i.kind === 'data' && i.text?.startsWith(text));
    return item?.kind === 'data' ? item.writable === true : undefined;
  };

  it('marks data in VxD data segments and DATA-class segments writable, tables of code addresses and data in code read-only', async () => {
    const r = await lower(source);
    assert.equal(writable(r, 'Alloc_Flags'), true);
    assert.equal(writable(r, 'Counter'), true);
    assert.equal(writable(r, 'Handlers'), false, 'a dispatch table of code addresses is only read');
    assert.equal(writable(r, 'Code_Flags'), false);
  });

  it('reads a data variable as unknown until the procedure stores to it, then as the stored value', async () => {
    const r = await lower(source);
    const codes = (name: string) => analyseVmmProcedure(r.program, name, { macroCalls: r.vmmCalls }).findings.map((f) => [f.code, f.range.start.line]);
    assert.deepEqual(codes('Trusting'), [], 'another procedure may have changed the assembled flags');
    assert.deepEqual(codes('Storing'), [['PW202', 17]], 'the flags it stored itself reach the call');
    assert.deepEqual(codes('From_Code'), [['PW202', 22]], 'data in a code segment keeps its assembled value');
  });
});

// A service of another device is a call whose effects are unknown; one named
// with a leading _ follows the C convention (spec A.1.3) as VMM's do.
describe('calls to services of other devices', () => {
  const source = [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Counted',
    '        mov     ecx, 4',
    'Again:  VxDcall _VWIN32_QueueUserApc, <eax, 0, ebx>',
    '        loop    Again',
    '        ret',
    'EndProc Counted',
    'BeginProc Compared',
    '        cmp     esi, 8',
    '        VxDcall _SHELL_CallAtAppyTime, <eax, 0, 0, 0>',
    '        jb      Small',
    '        inc     dword ptr [Count]',
    'Small:  ret',
    'EndProc Compared',
    'BeginProc Results',
    '        VxDcall _SHELL_CallAtAppyTime, <eax, 0, 0, 0>',
    '        test    eax, eax',
    '        jz      Done',
    '        mov     [Count], eax',
    '        mov     [Extra], edx',
    'Done:   ret',
    'EndProc Results',
    'BeginProc Register',
    '        mov     ecx, 4',
    'Next:   VxDcall SHELL_Resolve_Contention',
    '        loop    Next',
    '        ret',
    'EndProc Register',
    'VxD_LOCKED_CODE_ENDS',
    'VxD_LOCKED_DATA_SEG',
    'Count   dd      0',
    'Extra   dd      0',
    'VxD_LOCKED_DATA_ENDS',
  ].join('\n');

  it('destroys ECX and the flags at a C service the catalogue does not know: PW230 where they are used as if kept', async () => {
    const r = await lower(source);
    const findings = (name: string) => analyseVmmProcedure(r.program, name, { macroCalls: r.vmmCalls }).findings;
    const [counted] = findings('Counted');
    assert.deepEqual([counted?.code, counted?.range.start.line], ['PW230', 4]);
    assert.match(counted?.message ?? '', /ECX was destroyed by _VWIN32_QueueUserApc/);
    const [compared] = findings('Compared');
    assert.deepEqual([compared?.code, compared?.range.start.line], ['PW230', 10]);
    assert.match(compared?.message ?? '', /CF was destroyed by _SHELL_CallAtAppyTime/);
  });

  it('leaves EAX and EDX to be its results, and a register service\'s ECX alone', async () => {
    const r = await lower(source);
    for (const name of ['Results', 'Register']) assert.deepEqual(analyseVmmProcedure(r.program, name, { macroCalls: r.vmmCalls }).findings, [], name);
  });
});

describe('free-physical-region callbacks (spec A.4.15)', () => {
  const source = [
    'VxD_ICODE_SEG',
    'BeginProc Cache_Init',
    '        VMMcall _SetFreePhysRegCalBk, <OFFSET32 Listed_Callback, 0>',
    '        push    0',
    '        push    OFFSET32 Pushed_Callback',
    '        VMMcall _SetFreePhysRegCalBk',
    '        add     esp, 8',
    '        VMMcall _PageFree, <OFFSET32 Not_Callback, 0>',
    '        mov     eax, OFFSET32 Plain',
    '        mov     edx, OFFSET32 From_Register',
    '        VMMcall _SetFreePhysRegCalBk, <edx, 0>',
    '        VMMcall _SetFreePhysRegCalBk, <Label_Callback, 0>',
    '        ret',
    'EndProc Cache_Init',
    'VxD_ICODE_ENDS',
    'VxD_LOCKED_CODE_SEG',
    ...['Listed_Callback', 'Pushed_Callback', 'Not_Callback', 'Plain', 'From_Register'].flatMap((name) => [`BeginProc ${name}`, '        clc', '        ret', `EndProc ${name}`]),
    // A callback written as a label: an entry of its own, once.
    'Label_Callback:',
    '        clc',
    '        ret',
    'VxD_LOCKED_CODE_ENDS',
  ].join('\n');

  it('a procedure or label whose address _SetFreePhysRegCalBk is given, by the list, pushed or from a register, is a callback entry; any other stays a procedure', async () => {
    const r = await lower(source);
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.contract.kind]).sort(), [
      ['Cache_Init', 'procedure'], ['From_Register', 'free-phys-callback'], ['Label_Callback', 'free-phys-callback'], ['Listed_Callback', 'free-phys-callback'],
      ['Not_Callback', 'procedure'], ['Plain', 'procedure'], ['Pushed_Callback', 'free-phys-callback'],
    ]);
  });
});
