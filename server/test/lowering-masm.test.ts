import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slotStart } from '../src/lowering/masm/layout.js';
import { code, instructionItems, listing, lower } from './lowering-masm-support.js';

describe('MASM lowering: instructions and operands', () => {
  it('lowers registers of every width, immediates with MASM expressions and prefixes', async () => {
    const r = await lower([
      'MAX EQU 16',
      'ITEM = 5',
      '  mov eax, (MAX * ITEM) / 4',
      '  mov al, 0FFh',
      '  mov cx, 1010b',
      '  mov ebx, (2 SHL 16) OR 3',
      '  mov edx, NOT 0',
      '  mov esi, -1',
      "  mov edi, 'AB'",
      '  mov eax, 7 MOD 4 + 3 GT 2',
      '  rep stosd',
      '  repnz scasb',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'mov eax, 14h', 'mov al, 0ffh', 'mov cx, 0ah', 'mov ebx, 20003h', 'mov edx, -1h', 'mov esi, -1h', 'mov edi, 4142h',
      'mov eax, -1h', 'rep stosd', 'repne scasb',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('lowers memory operands: base, index, scale, displacement, sizes and segment overrides', async () => {
    const r = await lower([
      '  mov eax, [ebp-4]',
      '  mov eax, [esi+ecx*2+8]',
      '  mov eax, [ecx][eax]',
      '  mov eax, [eax*4][esi]',
      '  mov byte ptr [edi], 1',
      '  mov dword ptr [edx], 2',
      '  mov al, fs:[eax]',
      '  mov word ptr es:[ebx+2], ax',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'mov eax, [ebp-4h]', 'mov eax, [esi+ecx*2+8h]', 'mov eax, [ecx+eax]', 'mov eax, [esi+eax*4]',
      'mov 1:[edi], 1h', 'mov 4:[edx], 2h', 'mov al, fs:[eax]', 'mov 2:es:[ebx+2h], ax',
    ]);
  });

  it('lowers PUSHD, PUSHW, POPD and POPW as pushes and pops of that size, and stops at one whose operand is another size', async () => {
    const r = await lower([
      'Count dd 0',
      '  pushd 0',
      '  pushd [Count]',
      '  pushd eax',
      '  pushw ds',
      '  pushw 0FFFFh',
      '  pushw ax',
      '  popw ds',
      '  popw ax',
      '  popd eax',
      '  popd es',
      '  pushd ax',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'push 0h', 'push 4:[1000h]', 'push eax',
      'lea esp, [esp-2h]', 'mov 2:[esp], ds', 'lea esp, [esp-2h]', 'mov 2:[esp], 0ffffh', 'push ax',
      'mov ds, 2:[esp]', 'lea esp, [esp+2h]', 'pop ax', 'pop eax', 'pop es',
      'pushd',
    ]);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['pushd ax: PUSHD moves 32 bits, and its operand is another size']);
  });

  it('adds STRUC member offsets in MASM 5 and MASM 6 style and takes the size from the field', async () => {
    const r = await lower([
      'Inner STRUC',
      'I_A dd ?',
      'I_B dd ?',
      'Inner ENDS',
      'Outer STRUC',
      'O_Sig  dd ?',
      'O_In   db SIZE Inner dup (?)',
      'O_Flag dw ?',
      'O_Byte db ?',
      'Outer ENDS',
      '  mov eax, [esi.O_Sig]',
      '  mov [edi].O_Flag, 0',
      '  inc [esi.O_In.I_B]',
      '  mov eax, [ecx][O_In.I_B]',
      '  mov eax, dword ptr (Outer ptr [ecx]).O_In',
      '  mov [esi].Outer.O_Byte, 1',
      '  mov ecx, SIZE Outer',
      '  mov edx, Outer.O_Flag',
      '  mov eax, [esp.Pushad_ECX]',
      '  movzx ecx, [ebp.Client_CX]',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'mov eax, 4:[esi]', 'mov 2:[edi+0ch], 0h', 'inc 4:[esi+8h]', 'mov eax, 4:[ecx+8h]', 'mov eax, 4:[ecx+4h]',
      'mov 1:[esi+0eh], 1h', 'mov ecx, 0fh', 'mov edx, 0ch', 'mov eax, 4:[esp+18h]', 'movzx ecx, 2:[ebp+18h]',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('evaluates SIZE, SIZEOF, TYPE, LENGTH and LENGTHOF of structures, their instances, data and DUP fields', async () => {
    const r = await lower([
      'Pair STRUC',
      'p_Lo dd ?',
      'p_Hi dw 3 dup (?)',
      'Pair ENDS',
      '_DATA SEGMENT',
      'pr Pair <>',
      'tbl dd 4 dup (0)',
      '_DATA ENDS',
      'PR_BYTES EQU SIZEOF pr',
      'HI_COUNT EQU LENGTHOF p_Hi',
      '  mov eax, PR_BYTES',
      '  mov ebx, TYPE pr',
      '  mov ecx, LENGTH tbl',
      '  mov edx, SIZE tbl',
      '  mov esi, HI_COUNT',
      '  mov edi, SIZE p_Hi',
      '  mov ebp, SIZE p_Lo',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 0ah', 'mov ebx, 0ah', 'mov ecx, 4h', 'mov edx, 10h', 'mov esi, 3h', 'mov edi, 6h', 'mov ebp, 4h']);
  });

  it('evaluates SIZEOF, LENGTHOF, SIZE, LENGTH and TYPE with their operand in brackets as without, after an operand\'s brackets too', async () => {
    const r = await lower([
      'Pair STRUC',
      'p_Lo dd ?',
      'p_Hi dw 3 dup (?)',
      'Pair ENDS',
      '_DATA SEGMENT',
      'tbl dd 4 dup (0)',
      '_DATA ENDS',
      '  mov eax, SIZEOF(tbl)',
      '  mov ebx, LENGTHOF(tbl)',
      '  mov ecx, SIZE(tbl)',
      '  mov edx, LENGTH (tbl)',
      '  mov esi, TYPE(tbl)',
      '  mov edi, SIZEOF((p_Hi))',
      '  mov ebp, [ebx].p_Lo+SIZEOF(Pair)',
      '  mov eax, [ebx]+LENGTHOF(p_Hi)*2',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 10h', 'mov ebx, 4h', 'mov ecx, 10h', 'mov edx, 4h', 'mov esi, 4h', 'mov edi, 6h', 'mov ebp, 4:[ebx+0ah]', 'mov eax, [ebx+6h]']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('takes SIZEOF, LENGTHOF, SIZE and LENGTH of an array field named through its structure or a variable as the whole field, TYPE as one element', async () => {
    const r = await lower([
      'Hdr STRUC',
      'H_Sig dd ?',
      'H_Tab dd 8 dup (?)',
      'Hdr ENDS',
      '_DATA SEGMENT',
      'MyVar Hdr <>',
      '_DATA ENDS',
      '  mov eax, SIZEOF Hdr.H_Tab',
      '  mov ebx, LENGTHOF Hdr.H_Tab',
      '  mov ecx, TYPE Hdr.H_Tab',
      '  mov edx, SIZEOF (Hdr.H_Tab)',
      '  mov esi, SIZEOF MyVar.H_Tab',
      '  mov edi, LENGTHOF(MyVar.H_Tab)',
      '  mov ebp, SIZE Hdr.H_Tab',
      '  mov eax, LENGTH MyVar.H_Tab',
      '  mov ebx, SIZEOF Hdr.H_Sig',
      '  mov ecx, LENGTHOF MyVar.H_Sig',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'mov eax, 20h', 'mov ebx, 8h', 'mov ecx, 4h', 'mov edx, 20h', 'mov esi, 20h', 'mov edi, 8h', 'mov ebp, 20h', 'mov eax, 8h',
      'mov ebx, 4h', 'mov ecx, 1h',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('adds a displacement written after the brackets', async () => {
    const r = await lower([
      'Pair STRUC',
      'p_Lo dd ?',
      'p_Hi dw ?',
      'Pair ENDS',
      '  mov eax, [ebx]+4',
      '  mov eax, [ebp]-8',
      '  mov ax, [esi].p_Hi+(2*4)',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, [ebx+4h]', 'mov eax, [ebp-8h]', 'mov ax, 2:[esi+0ch]']);
  });

  it('adds a product or a structure path written after the brackets without parentheses', async () => {
    const r = await lower([
      'Pair STRUC',
      'p_Lo dd ?',
      'p_Hi dw ?',
      'Pair ENDS',
      '  mov ax, [esi].p_Hi+2*4',
      '  mov ax, [esi].Pair.p_Hi+8',
      '  mov eax, [esp].Pushad_ECX-2*4',
      '  mov eax, [edi].p_Lo+8/2*3',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov ax, 2:[esi+0ch]', 'mov ax, 2:[esi+0ch]', 'mov eax, 4:[esp+10h]', 'mov eax, 4:[edi+0ch]']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('adds a sum written before the brackets, through an equate too, and keeps the label\'s type', async () => {
    const r = await lower([
      'FIRST_PAGE equ 0A0h',
      'Handles dd 16 dup (0)',
      'Counts db 32 dup (0)',
      'Pte_Buf equ Handles - FIRST_PAGE*4',
      'Count_Of equ Counts - FIRST_PAGE',
      '  mov ebx, Handles+4[esi]',
      '  mov Handles+4[esi], eax',
      '  mov eax, 32+Handles[ecx*4]',
      '  mov eax, (Handles+32)[ecx*4]',
      '  mov eax, Handles-8[ecx*4]',
      '  mov eax, Pte_Buf[ecx*4]',
      '  movzx ecx, Count_Of[ecx]',
      '  movzx ecx, byte ptr Pte_Buf[ecx]',
      '  lea edx, Count_Of[ecx]',
    ].join('\n'));
    assert.equal(r.program.label('Handles'), 0x1000n);
    assert.equal(r.program.label('Counts'), 0x1040n);
    // MASM reads `Pte_Buf[ecx*4]` as the text `Handles - FIRST_PAGE*4[ecx*4]`: 1000h - 280h + ECX*4.
    assert.deepEqual(code(r), [
      'mov ebx, 4:[esi+1004h]', 'mov 4:[esi+1004h], eax', 'mov eax, 4:[ecx*4+1020h]', 'mov eax, 4:[ecx*4+1020h]',
      'mov eax, 4:[ecx*4+0ff8h]', 'mov eax, 4:[ecx*4+0d80h]', 'movzx ecx, 1:[ecx+0fa0h]', 'movzx ecx, 1:[ecx+0d80h]',
      'lea edx, 1:[ecx+0fa0h]',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('takes TYPE of a memory operand from its cast, field or label, and leaves a bare [ebx] unknown', async () => {
    const r = await lower([
      'Pair STRUC',
      'p_Lo dd ?',
      'p_Hi dw ?',
      'Pair ENDS',
      '_DATA SEGMENT',
      'pr Pair <>',
      '_DATA ENDS',
      '  mov eax, TYPE dword ptr [ebx]',
      '  mov eax, TYPE Pair PTR [esi]',
      '  mov eax, TYPE (Pair PTR [esi]).p_Hi',
      '  mov eax, TYPE [esi].p_Hi',
      '  mov eax, TYPE pr[ecx]',
      '  mov eax, TYPE [ebx]',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 4h', 'mov eax, 6h', 'mov eax, 2h', 'mov eax, 2h', 'mov eax, 6h', 'mov eax, TYPE [ebx]']);
    assert.deepEqual(r.unmodelled.map((u) => [u.message, u.source.range.start.line]), [['unknown symbol TYPE [ebx]', 12]]);
  });

  it('starts each procedure and segment at a slot of its own, and procedures run on into the next across the rest of theirs', async () => {
    const r = await lower([
      'VxD_LOCKED_DATA_SEG',
      'Counter dd      0',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc First',
      '        mov     eax, 1',
      'EndProc First',
      'BeginProc Second',
      '        ret',
      'EndProc Second',
      'VxD_LOCKED_CODE_ENDS',
    ].join('\n'));
    assert.deepEqual([r.program.label('Counter'), r.program.label('First'), r.program.label('Second')], [0x10000n, 0x20000n, 0x30000n]);
    const first = r.program.items.find((i) => i.address === 0x20000n);
    assert.equal(first && r.program.itemAfter(first)?.address, 0x30000n);
    assert.equal(slotStart(0x3fffffffn), 0x40000000n, 'the last slot');
    assert.equal(slotStart(0x40000001n), 0x40000001n, 'packed past it');
  });

  it('lays out structure instances named like keywords (Lock, Type) with the structure\'s size', async () => {
    const r = await lower([
      'Lock_Data STRUC',
      'ld_count dd ?',
      'ld_flags dw ?',
      'Lock_Data ENDS',
      '_DATA SEGMENT',
      'Lock Lock_Data <>',
      'Type Lock_Data 2 dup (<>)',
      'After dd 0',
      '_DATA ENDS',
      '  mov ax, Lock.ld_flags',
      '  mov ecx, SIZE Type',
    ].join('\n'));
    // The segment starts a slot of its own (64 KB).
    assert.deepEqual([r.program.label('Lock'), r.program.label('Type'), r.program.label('After')], [0x10000n, 0x10006n, 0x10012n]);
    assert.deepEqual(code(r), ['mov ax, 2:[10004h]', 'mov ecx, 0ch']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('lays out a UNION instance as its size, with its first member\'s value, the next variable right after it', async () => {
    const r = await lower([
      'Pair STRUCT',
      'lo DWORD ?',
      'hi DWORD ?',
      'Pair ENDS',
      'Both UNION',
      'asPair Pair <>',
      'asQ QWORD ?',
      'Both ENDS',
      '_DATA SEGMENT',
      'Cur Both <>',
      'Flag Both <<1, 2>>',
      'After dd 0',
      '_DATA ENDS',
    ].join('\n'));
    assert.deepEqual([r.program.label('Cur'), r.program.label('Flag'), r.program.label('After')], [0x10000n, 0x10008n, 0x10010n]);
    const data = r.program.items.filter((i) => i.kind === 'data').map((i) => i.kind === 'data' ? i.values.reduce((n, v) => n + v.bytes, 0) : 0);
    assert.deepEqual(data, [8, 8, 4], 'each item holds as many bytes as it takes');
  });

  it('skips COMMENT blocks and defines the names of GROUP, RECORD, a TYPEDEF of a PROTO, PROTO and text functions without guessing their values', async () => {
    const r = await lower([
      'COMMENT ~',
      '  mov eax, 1',
      '~ closing line',
      'FLAT2   GROUP   _TEXT, _DATA',
      'Flags   RECORD  f1:1, f2:3',
      'FnType  TYPEDEF PROTO :DWORD',
      'MyFn    PROTO   :DWORD',
      'Len     SIZESTR <abc>',
      '  mov eax, Flags',
      '  mov ecx, Len',
      '  call MyFn',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, Flags', 'mov ecx, Len', 'call MyFn']);
    assert.deepEqual(r.names.undefined, []);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['GROUP FLAT2', 'RECORD Flags', 'TYPEDEF FnType', 'SIZESTR Len']);
  });

  it('gives a TYPEDEF the size, sign and structure of its type: in data, structure fields, casts, SIZEOF and TYPE, parameters and EXTRN', async () => {
    const r = await lower([
      'SINT    TYPEDEF SDWORD',
      'HANDLE  TYPEDEF DWORD',
      'PBYTE   TYPEDEF PTR BYTE',
      'FARP    TYPEDEF FAR PTR',
      'Info    STRUC',
      'Info_Count SINT  ?',
      'Info_Buf   PBYTE ?',
      'Info    ENDS',
      'INFOT   TYPEDEF Info',
      'EXTRN   Shared:HANDLE',
      'Limit   EQU     5',
      'Count   SINT    -1',
      'Above   SINT    Limit + 1',
      'hOne    HANDLE  Limit',
      'Sizes   HANDLE  2 DUP (7)',
      'Rec     INFOT   <>',
      'Far     FARP    ?',
      'Take    PROC    STDCALL h:HANDLE, n:SINT',
      '        mov     eax, SINT PTR [esi]',
      '        mov     ecx, SIZEOF INFOT',
      '        mov     edx, TYPE Count',
      '        mov     ebx, Rec.Info_Buf',
      '        mov     eax, Shared',
      '        mov     eax, n',
      '        ret',
      'Take    ENDP',
    ].join('\n'));
    assert.deepEqual(r.unmodelled, []);
    const data = r.program.items.filter((i) => i.kind === 'data').map((i) => i.kind === 'data' ? i.values.map((v) => `${v.bytes}:${v.value.kind === 'const' ? v.value.value : '?'}`).join(' ') : '');
    assert.deepEqual(data, ['4:4294967295', '4:6', '4:5', '4:7 4:7', '4:0 4:0', '4:0 2:0']);
    assert.deepEqual(code(r).slice(2, -2), ['mov eax, 4:[esi]', 'mov ecx, 8h', 'mov edx, 4h', 'mov ebx, 4:[1018h]', 'mov eax, 4:[Shared]', 'mov eax, 4:[ebp+0ch]']);
  });

  it('reads data labels as memory of their type and OFFSET32 as their address', async () => {
    const r = await lower([
      'Count dd 0',
      'Flags db 0',
      'Table label dword',
      '  dd 1, 2, 3',
      'Table_Len EQU ($ - Table) / 4',
      '  inc [Count]',
      '  mov eax, Count',
      '  or Flags, 1',
      '  mov edi, OFFSET32 Table',
      '  mov esi, OFFSET FLAT:Count',
      '  call Table[eax*4]',
      '  mov ecx, Table_Len',
      '  mov eax, Table[4]',
    ].join('\n'));
    const base = r.program.label('Count');
    assert.equal(base, 0x1000n);
    assert.equal(r.program.label('Table'), 0x1005n);
    assert.deepEqual(code(r), [
      'inc 4:[1000h]', 'mov eax, 4:[1000h]', 'or 1:[1004h], 1h', 'mov edi, 1005h', 'mov esi, 1000h', 'call 4:[eax*4+1005h]',
      'mov ecx, 3h', 'mov eax, 4:[1009h]',
    ]);
  });

  it('moves the location counter at ORG: to an offset in the segment, or to an address of $ or a label', async () => {
    const r = await lower([
      '_DATA SEGMENT',
      'First dd 1',
      '  ORG 20h',
      'Second dd 2',
      'Here = $',
      '  ORG $+8',
      'Third db 3',
      '  ORG First+40h',
      'Fourth db 4',
      '_DATA ENDS',
      '_TEXT SEGMENT',
      'Start: nop',
      '  ORG $+20h',
      'After: mov eax, OFFSET Second',
      '  mov ebx, Here',
      '  mov ecx, Third - First',
      '  mov edx, OFFSET Fourth',
      '_TEXT ENDS',
    ].join('\n'));
    const first = r.program.label('First') ?? 0n;
    assert.equal(r.program.label('Second'), first + 0x20n);
    assert.equal(r.program.label('Third'), first + 0x2cn);
    assert.equal(r.program.label('Fourth'), first + 0x40n);
    // Code after ORG $+n lies n bytes past the instruction before it (16 bytes in the synthetic layout).
    assert.equal(r.program.label('After'), (r.program.label('Start') ?? 0n) + 0x10n + 0x20n);
    assert.deepEqual(code(r).slice(1), [
      `mov eax, ${(first + 0x20n).toString(16)}h`, `mov ebx, ${(first + 0x24n).toString(16)}h`, 'mov ecx, 2ch', `mov edx, ${(first + 0x40n).toString(16)}h`,
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('notes an ORG it cannot follow and leaves the location counter where it is', async () => {
    const r = await lower([
      '_DATA SEGMENT',
      'First dd 1, 2',
      '  ORG 4',
      'Second db 3',
      '  ORG Unknown',
      'Third db 4',
      '_DATA ENDS',
      '  ORG 100h',
      'Fourth db 5',
    ].join('\n'));
    const first = r.program.label('First') ?? 0n;
    assert.equal(r.program.label('Second'), first + 8n);
    assert.equal(r.program.label('Third'), first + 9n);
    assert.deepEqual(r.unmodelled.map((u) => [u.message, u.source.range.start.line]), [
      ['ORG 4: moves the location counter back over what is already placed; it stays where it is', 2],
      ['unknown symbol Unknown', 4],
      ['ORG Unknown: the value is not known; the location counter stays where it is', 4],
      ['ORG 100h: not in a segment; the location counter stays where it is', 7],
    ]);
  });

  it('resolves jump targets, forward labels, SHORT and @@ labels with @F/@B', async () => {
    const r = await lower([
      'Start:',
      '  jz short Done',
      '@@:',
      '  dec ecx',
      '  jnz @B',
      '  jmp @F',
      '  nop',
      '@@: jmp SHORT Start',
      'Done: ret',
      '  call External_Proc',
    ].join('\n'));
    assert.deepEqual(code(r), ['jz Done', 'dec ecx', 'jnz @@1', 'jmp @@2', 'nop', 'jmp Start', 'ret', 'call External_Proc']);
    assert.equal(r.program.label('@@2'), instructionItems(r)[5]?.address);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['unknown symbol External_Proc']);
  });

  it('keeps each instruction\'s source range', async () => {
    const r = await lower('BeginProc P\n    mov eax, 1\n  X: ret\nEndProc P\n');
    const [mov, ret] = instructionItems(r);
    assert.deepEqual(mov?.source, { file: 'test.asm', range: { start: { line: 1, character: 4 }, end: { line: 1, character: 14 } } });
    assert.deepEqual(ret?.source.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } });
    assert.equal(mov?.text, 'mov eax, 1');
  });
});

describe('MASM lowering: the vmm.inc layer', () => {
  it('defines the vmm.inc structures it provides in every pass, so IFDEF finds them as MASM would', async () => {
    const r = await lower([
      'BeginProc P',
      'IFDEF Pushad_Struc',
      '  mov eax, 1',
      'ELSE',
      '  mov eax, 2',
      'ENDIF',
      '  ret',
      'EndProc P',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 1h', 'ret']);
    assert.ok(r.names.defined.includes('Pushad_Struc'));
  });

  it('gives the control blocks, the device descriptor block and the core vmm.inc constants their DDK values', async () => {
    const r = await lower([
      'BeginProc P',
      '  test [ebx.CB_VM_Status], VMStat_Suspended',
      '  mov eax, [ebx].CB_High_Linear',
      '  mov eax, [ebx+CB_Client_Pointer]',
      '  mov eax, [ebx.CB_Signature]',
      '  cmp eax, VMCB_ID',
      '  mov eax, [edi.TCB_VMHandle]',
      '  mov eax, [esi.DDB_Control_Proc]',
      '  mov ecx, SIZE VxD_Desc_Block',
      '  test [ebp.Client_EFlags], CF_Mask',
      '  mov eax, VPICD_Init_Order + 1',
      '  mov eax, VMM_Init_Order',
      '  mov eax, SHELL_Device_ID',
      '  mov eax, VMStat_PM_Exec OR VMStat_Use32_Mask',
      '  ret',
      'EndProc P',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'test 4:[ebx], 8h', 'mov eax, 4:[ebx+4h]', 'mov eax, 4:[ebx+8h]', 'mov eax, 4:[ebx+10h]', 'cmp eax, 62634d56h',
      'mov eax, 4:[edi+14h]', 'mov eax, 4:[esi+18h]', 'mov ecx, 50h', 'test 4:[ebp+2ch], 1h', 'mov eax, 0c000001h', 'mov eax, 0h',
      'mov eax, 17h', 'mov eax, 1a0h', 'ret',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('lowers VMMcall as its expansion: pushes right to left, int 20h, dd link code, add esp', async () => {
    const r = await lower([
      'My_Phys dd 0',
      'BeginProc P',
      '  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, -1, <OFFSET32 My_Phys>, PageLocked+PageZeroInit>',
      '  VMMCall _PageFree <eax, 0>',
      '  VMMcall _Allocate_Device_CB_Area, <<SIZE Pushad_Struc>, 0>',
      '  VMMcall _PageUnLock, <[esi.Client_EAX], ecx, 0, 0>',
      '  VMMcall Get_Cur_VM_Handle',
      '  VMMjmp _PageFree',
      'EndProc P',
    ].join('\n'));
    assert.deepEqual(listing(r), [
      'data 4:0h',
      'push 81h', 'push 1000h', 'push -1h', 'push 0h', 'push 0h', 'push 0h', 'push 1h', 'push 1h', 'int 20h', 'data 4:10053h', 'add esp, 20h',
      'push 0h', 'push eax', 'int 20h', 'data 4:10055h', 'add esp, 8h',
      'push 0h', 'push 20h', 'int 20h', `data 4:${(0x10000 + (r.vmmCalls[2]?.service?.ordinal ?? 0)).toString(16)}h`, 'add esp, 8h',
      'push 0h', 'push 0h', 'push ecx', 'push 4:[esi+1ch]', 'int 20h', 'data 4:10057h', 'add esp, 10h',
      'int 20h', 'data 4:10001h',
      'int 20h', 'data 4:18055h',
    ]);
    const [alloc, free, , , cur, jmp] = r.vmmCalls;
    assert.equal(alloc?.serviceName, '_PageAllocate');
    assert.equal(alloc?.service?.ordinal, 0x53);
    assert.equal(alloc?.arguments.length, 8);
    assert.equal(alloc?.arguments[6]?.text, '<OFFSET32 My_Phys>');
    assert.deepEqual(alloc?.serviceSource.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 23 } });
    assert.deepEqual(alloc?.arguments[1]?.source.range, { start: { line: 2, character: 29 }, end: { line: 2, character: 35 } });
    assert.equal(free?.macro, 'VMMcall');
    assert.equal(cur?.arguments.length, 0);
    assert.equal(jmp?.jump, true);
    assert.equal(jmp?.linkCode, 0x18055);
    // The pushes point at their arguments, so a finding about one argument marks it.
    const push = instructionItems(r).find((i) => i.address === alloc?.arguments[1]?.pushAddress);
    assert.deepEqual(push?.source.range, alloc?.arguments[1]?.source.range);
  });

  it('uses the file\'s own service table for VxDcall and calls services of unknown devices through the model\'s pseudo-instruction', async () => {
    const r = await lower([
      'MYVXD_Device_ID EQU 3C81h',
      'Begin_Service_Table MYVXD',
      'MYVXD_Service MYVXD_Get_Version, LOCAL',
      'MYVXD_Service MYVXD_Do, LOCAL',
      'End_Service_Table MYVXD',
      '  VxDcall MYVXD_Do',
      '  VxDcall VPICD_Phys_EOI',
    ].join('\n'));
    assert.equal(r.vmmCalls[0]?.linkCode, 0x3c810001);
    assert.equal(r.vmmCalls[1]?.linkCode, undefined);
    const call = r.program.itemAt(r.vmmCalls[1]?.interruptAddress ?? -1n);
    assert.ok(call?.kind === 'instruction');
    assert.deepEqual(call.instruction.operands, [{ kind: 'target', label: 'VPICD_Phys_EOI' }]);
    assert.equal(call.instruction.mnemonic, 'vxdcall');
    assert.deepEqual(r.unmodelled, []);
  });

  it('makes every procedure an entry point and Control_Dispatch targets control-dispatch entries', async () => {
    const r = await lower([
      'VxD_LOCKED_CODE_SEG',
      'Begin_Control_Dispatch MYVXD',
      '  Control_Dispatch Sys_Critical_Init, My_Init',
      '  Control_Dispatch W32_DEVICEIOCONTROL, My_Ioctl, sCall, <ecx, ebx, edx, esi>',
      'End_Control_Dispatch MYVXD',
      'BeginProc My_Init',
      '  clc',
      '  ret',
      'EndProc My_Init',
      'BeginProc My_Ioctl, SCALL, PUBLIC',
      '  ArgVar dwService, DWORD',
      '  ArgVar hDevice, DWORD',
      '  ArgVar dwUnused, DWORD',
      '  ArgVar pParams, DWORD',
      '  EnterProc',
      '  mov esi, pParams',
      '  mov eax, [esi.lpvOutBuffer]',
      '  LeaveProc',
      '  Return',
      'EndProc My_Ioctl',
      'Helper PROC NEAR',
      '  ret',
      'Helper ENDP',
      'VxD_LOCKED_CODE_ENDS',
      'VxD_REAL_INIT_SEG',
      'BeginProc Real_Init',
      '  int 21h',
      'EndProc Real_Init',
      'VxD_REAL_INIT_ENDS',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'cmp eax, 0h', 'jz My_Init',
      'cmp eax, 23h', 'jnz ??0000', 'push esi', 'push edx', 'push ebx', 'push ecx', 'call My_Ioctl', 'ret',
      'clc', 'ret',
      'clc', 'ret',
      'push ebp', 'mov ebp, esp', 'mov esi, 4:[ebp+14h]', 'mov eax, 4:[esi+18h]', 'leave', 'ret 10h',
      'ret',
      'int 21h',
    ]);
    // A call the analysis does not follow takes the four arguments off as the handler would.
    const dispatchCall = r.program.items.find((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'call');
    assert.equal(dispatchCall?.kind === 'instruction' && dispatchCall.instruction.arch === 'x86' ? dispatchCall.instruction.calleePops : undefined, 16);
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.contract]), [
      ['MYVXD_Control', { kind: 'procedure' }],
      ['Helper', { kind: 'procedure' }],
      ['My_Init', { kind: 'control-dispatch', message: 'Sys_Critical_Init' }],
      // Named as the catalogue names the message's value, 23h, whatever the spelling.
      ['My_Ioctl', { kind: 'control-dispatch', message: 'W32_DeviceIoControl' }],
    ]);
    assert.equal(r.program.entries[2]?.address, r.program.label('My_Init'));
    assert.deepEqual(r.program.entries[2]?.source.range, { start: { line: 5, character: 10 }, end: { line: 5, character: 17 } });
    assert.deepEqual(r.unmodelled, []);
  });

  it('marks the control procedure Declare_Virtual_Device names as the VMM\'s where it dispatches by hand, not where Control_Dispatch does', async () => {
    const source = (dispatch: readonly string[], before: readonly string[] = []) => [
      'Declare_Virtual_Device HWC, 3, 0Ah, HWC_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
      'VxD_LOCKED_CODE_SEG',
      ...before,
      'BeginProc HWC_Control', ...dispatch, '  clc', '  ret', 'EndProc HWC_Control',
      'BeginProc HWC_Init', '  clc', '  ret', 'EndProc HWC_Init',
      'VxD_LOCKED_CODE_ENDS',
    ].join('\n');
    const contracts = async (dispatch: readonly string[], before?: readonly string[]) => (await lower(source(dispatch, before))).program.entries.map((e) => [e.name, e.contract]);
    const init = ['HWC_Init', { kind: 'control-dispatch', message: 'Device_Init' }];
    assert.deepEqual(await contracts(['  cmp eax, Device_Init', '  jz HWC_Init']), [['HWC_Control', { kind: 'procedure', controlProcedure: true }], init]);
    assert.deepEqual(await contracts(['  Control_Dispatch Device_Init, HWC_Init']), [['HWC_Control', { kind: 'procedure' }], init]);
    // An anonymous label that only jumps on names the handler it jumps to; one whose code does more is the handler.
    const control = ['HWC_Control', { kind: 'procedure', controlProcedure: true }];
    assert.deepEqual(await contracts(['  cmp eax, Device_Init', '  jz @F', '  clc', '  ret', '@@:', '  jmp HWC_Init']), [control, init]);
    // It goes by the control procedure and its message, whatever the count of `@@:` labels before it.
    const inline = ['HWC_Control@@Device_Init', { kind: 'control-dispatch', message: 'Device_Init' }];
    assert.deepEqual(await contracts(['  cmp eax, Device_Init', '  jz @F', '  clc', '  ret', '@@:', '  stc']), [control, ['HWC_Init', { kind: 'procedure' }], inline]);
    const earlier = ['BeginProc HWC_Other', '  jmp @F', '@@:', '  ret', 'EndProc HWC_Other'];
    const handled = ['  cmp eax, Device_Init', '  jz @F', '  clc', '  ret', '@@:', '  stc'];
    assert.deepEqual((await contracts(handled, earlier)).at(-1), inline);
    // Two messages handled there are two entries, each named for its own.
    const two = ['  cmp eax, Device_Init', '  jz @F', '  cmp eax, Sys_VM_Init', '  jz @F', '  clc', '  ret', '@@:', '  stc'];
    assert.deepEqual((await contracts(two)).slice(2).map(([name]) => name), ['HWC_Control@@Device_Init', 'HWC_Control@@Sys_VM_Init']);
  });

  it('lowers SaveReg, LocalVar frames, flag macros, CallRet and Fatal_Error; debug output emits nothing', async () => {
    const src = [
      'Msg db "bad", 0',
      'Flags dd 0',
      'BeginProc P',
      '  LocalVar Tmp, DWORD',
      '  EnterProc',
      '  SaveReg <ebx, esi>',
      '  mov Tmp, eax',
      '  Trace_Out "P: #eax"',
      '  Debug_Out "oops"',
      '  Assert_VM_Handle ebx',
      '  Queue_Out "x", eax',
      '  SetFlag [Flags], 4',
      '  ClrFlag [Flags], 4',
      '  TestMem [Flags], 1',
      '  RestoreReg <esi, ebx>',
      '  LeaveProc',
      '  CallRet Other',
      '  Fatal_Error <OFFSET32 Msg>',
      'EndProc P',
      'BeginProc Other',
      '  ret',
      'EndProc Other',
    ].join('\n');
    const retail = await lower(src);
    assert.deepEqual(code(retail), [
      'push ebp', 'mov ebp, esp', 'sub esp, 4h', 'push ebx', 'push esi', 'mov 4:[ebp-4h], eax',
      'or 4:[1004h], 4h', 'and 4:[1004h], -5h', 'test 4:[1004h], 1h', 'pop esi', 'pop ebx', 'leave',
      'jmp Other', 'mov esi, 1000h', 'xor eax, eax', 'int 20h', 'ret',
    ]);
    const fatal = retail.vmmCalls[0];
    assert.equal(fatal?.serviceName, 'Fatal_Error_Handler');
    assert.equal(fatal?.service?.semantics?.noReturn, true);
    const debug = await lower(src, { defines: { DEBUG: true } });
    assert.ok(code(debug).join(';').includes('call Other;ret'));
  });

  it('lowers cCall, sCall and pCall: the pushes in the convention\'s order, and who takes them off', async () => {
    const r = await lower([
      'BeginProc P',
      '  cCall Helper, <eax, ebx>',
      '  sCall Helper, <eax, ebx>',
      '  pCall Helper, <eax, ebx>',
      '  cCall Helper',
      '  ret',
      'EndProc P',
      'BeginProc Helper',
      '  ret',
      'EndProc Helper',
    ].join('\n'));
    assert.deepEqual(code(r), [
      'push ebx', 'push eax', 'call Helper', 'add esp, 8h',
      'push ebx', 'push eax', 'call Helper',
      'push eax', 'push ebx', 'call Helper',
      'call Helper',
      'ret', 'ret',
    ]);
    const pops = r.program.items.flatMap((i) => (i.kind === 'instruction' && i.instruction.arch === 'x86' && i.instruction.mnemonic === 'call' ? [i.instruction.calleePops] : []));
    assert.deepEqual(pops, [undefined, 8, 8, undefined]);
    assert.deepEqual(r.unmodelled, []);
  });
});

describe('MASM lowering: macros', () => {
  it('expands user macros with LOCAL labels, & concatenation, defaults and nested IRP', async () => {
    const r = await lower([
      'Zero MACRO n, reg:=<eax>',
      '  LOCAL lp',
      '  mov ecx, n',
      'lp: mov [edi], reg',
      '  loop lp',
      '  ENDM',
      'Entry MACRO name',
      '  dd OFFSET32 VXD_&name',
      '  ENDM',
      'Push_All MACRO',
      '  IRP r, <ebx, esi, edi>',
      '  push r',
      '  ENDM',
      '  ENDM',
      'VXD_Get dd 0',
      '  Entry Get',
      '  Zero 4',
      '  Zero <2*2>, ebx',
      '  Push_All',
    ].join('\n'));
    assert.deepEqual(listing(r), [
      'data 4:0h', 'data 4:1000h',
      'mov ecx, 4h', 'mov [edi], eax', 'loop ??0000',
      'mov ecx, 4h', 'mov [edi], ebx', 'loop ??0001',
      'push ebx', 'push esi', 'push edi',
    ]);
    // Everything a macro emits points at its call.
    const items = instructionItems(r);
    assert.equal(items[0]?.source.range.start.line, 16);
    assert.equal(items[6]?.source.range.start.line, 18);
    assert.deepEqual(r.unmodelled, []);
  });

  it('expands IRPC, REPT and % arguments, and stops at EXITM', async () => {
    const r = await lower([
      'N = 3',
      'IRPC c, 123',
      '  push c',
      '  ENDM',
      'REPT N',
      '  nop',
      '  ENDM',
      'Show MACRO v',
      '  mov eax, v',
      '  EXITM',
      '  int 3',
      '  ENDM',
      '  Show %(N*2)',
    ].join('\n'));
    assert.deepEqual(code(r), ['push 1h', 'push 2h', 'push 3h', 'nop', 'nop', 'nop', 'mov eax, 6h']);
  });

  it('follows GOTO to the :name line of the body it is in: forward, and back in a loop a counter ends', async () => {
    const r = await lower([
      'Pushes MACRO n',
      '  LOCAL k',
      '  k = 0',
      ':again',
      '  IF k LT n',
      '  push k',
      '  k = k + 1',
      '  GOTO again',
      '  ENDIF',
      '  ENDM',
      'Skip MACRO',
      '  GOTO done',
      '  int 3',
      ':done',
      '  Pushes 2',
      '  ENDM',
      '  Pushes 3',
      '  Skip',
      'REPT 2',
      '  % GOTO Over',
      '  int 3',
      ':over',
      '  nop',
      '  ENDM',
      '  push eax',
    ].join('\n'));
    assert.deepEqual(code(r), ['push 0h', 'push 1h', 'push 2h', 'push 0h', 'push 1h', 'nop', 'nop', 'push eax']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('stops a GOTO that jumps back without end, and one with no :name line, with a note, and assembles the rest', async () => {
    const r = await lower([
      'Forever MACRO',
      ':top',
      '  nop',
      '  IF 1',
      '  GOTO top',
      '  ENDIF',
      '  ENDM',
      'Lost MACRO',
      '  GOTO nowhere',
      '  int 3',
      '  ENDM',
      '  Forever',
      '  Lost',
      '  GOTO top',
      '  push eax',
    ].join('\n'));
    const listed = code(r);
    assert.equal(listed.length, 1026);
    assert.deepEqual(listed.slice(-2), ['nop', 'push eax']);
    assert.deepEqual(r.unmodelled.map((u) => [u.message, u.source.range.start.line]), [
      ['macro Forever: 1024 GOTOs in one expansion, which may jump back without end; the rest is not assembled', 11],
      ['macro Lost: GOTO nowhere names no :nowhere line of its body; the rest is not assembled', 12],
      ['GOTO outside a macro or repeat block', 13],
    ]);
  });

  it('notes a :name line outside a macro or repeat block, as a GOTO there, and not one its body holds', async () => {
    const r = await lower([
      'Skip MACRO',
      '  GOTO over',
      '  int 3',
      ':over',
      ':unused',
      '  nop',
      '  ENDM',
      ':stray',
      '  Skip',
      'REPT 1',
      ':again',
      '  push eax',
      '  ENDM',
      'BeginProc Foo',
      ':inside',
      '  ret',
      'EndProc Foo',
    ].join('\n'));
    assert.deepEqual(code(r), ['nop', 'push eax', 'ret']);
    assert.deepEqual(r.unmodelled.map((u) => [u.message, u.source.range.start.line]), [
      [':stray outside a macro or repeat block', 7],
      [':inside outside a macro or repeat block', 14],
    ]);
  });

  it('gives a repeat block\'s LOCAL labels fresh names in each repetition, as a macro call\'s', async () => {
    const r = await lower([
      'IRP r, <eax, ebx>',
      '  LOCAL skip',
      '  jz skip',
      '  inc r',
      'skip:',
      '  ENDM',
      'REPT 2',
      '  LOCAL again',
      'again: loop again',
      '  ENDM',
    ].join('\n'));
    assert.deepEqual(code(r), ['jz ??0000', 'inc eax', 'jz ??0001', 'inc ebx', 'loop ??0002', 'loop ??0003']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('expands a macro the program names like an instruction where the instruction is written', async () => {
    const r = await lower([
      'nop MACRO n:=<1>',
      '  mov eax, n',
      '  ENDM',
      '  nop',
      '  nop 2',
      '  push ebx',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 1h', 'mov eax, 2h', 'push ebx']);
  });

  it('stops runaway recursion with an unmodelled note instead of hanging', async () => {
    const r = await lower('Again MACRO\n  nop\n  Again\n  ENDM\n  Again\n');
    assert.ok(code(r).length >= 10);
    assert.ok(r.unmodelled.some((u) => /expansion too deep/.test(u.message)));
  });

  it('makes a procedure that wrapper macros open and close an entry point at the opening call, with its own frame', async () => {
    const r = await lower([
      'MyBegin MACRO name',
      'BeginProc name, SCALL',
      '  ENDM',
      'MyEnd MACRO name',
      'EndProc name',
      '  ENDM',
      'MyProc MACRO name',
      'IFDEF DEBUG',
      'name PROC NEAR',
      'ELSE',
      'name PROC NEAR',
      'ENDIF',
      '  ENDM',
      'MyEndp MACRO name',
      'name ENDP',
      '  ENDM',
      'MyBegin Grab',
      '  ArgVar pBuf, DWORD',
      '  EnterProc',
      '  mov eax, pBuf',
      '  LeaveProc',
      '  return',
      'MyEnd Grab',
      'MyProc Put',
      '  ret',
      'MyEndp Put',
    ].join('\n'));
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Grab', 16], ['Put', 23]]);
    assert.equal(r.program.entries[1]?.address, r.program.label('Put'));
    // The frame is Grab's: its argument is at [ebp+8] and SCALL's return pops it.
    assert.deepEqual(code(r), ['push ebp', 'mov ebp, esp', 'mov eax, 4:[ebp+8h]', 'leave', 'ret 4h', 'ret']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('names the macros that close a procedure, those an include found on the include paths defines too, and VtoolsD\'s it leaves to its layer', async () => {
    const files: Record<string, string> = { '/hdr/wrap.inc': 'MyEnd MACRO name\nEndProc name\n  ENDM\nMyTrace MACRO\n  nop\n  ENDM\n' };
    const r = await lower([
      '  include wrap.inc',
      'MyBegin MACRO name',
      'BeginProc name',
      '  ENDM',
      'MyEndp MACRO name',
      'name ENDP',
      '  ENDM',
      'ENDSPROC MACRO name',
      '  nop',
      '  ENDM',
      // A wrapper of a wrapper closes what it does; macros that call each other, nothing, and end.
      'OuterEnd MACRO name',
      '  MyEnd name',
      '  ENDM',
      'Ping MACRO',
      '  Pong',
      '  ENDM',
      'Pong MACRO',
      '  Ping',
      '  ENDM',
      // VtoolsD's closing macro is read without a definition: a macro calling it closes what it does.
      'VEnd MACRO name',
      '  ENDCPROC name',
      '  ENDM',
      'MyBegin Grab',
      '  MyTrace',
      '  ret',
      'MyEnd Grab',
    ].join('\n'), { file: '/src/test.asm', includePaths: ['/hdr'], readFile: (p) => files[p] });
    assert.deepEqual([...r.procedureClosers].sort(), ['endcproc', 'myend', 'myendp', 'outerend', 'vend']);
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Grab', 22]]);
    assert.deepEqual(r.notes, []);
  });

  it('says a wrapper macro\'s call that names no procedure is MASM\'s error at the call, where its BeginProc or PROC line assembles', async () => {
    const r = await lower([
      'MyBegin MACRO name',
      'BeginProc name, PUBLIC',
      '  ENDM',
      'Bare MACRO name',
      'BeginProc name',
      '  ENDM',
      'MyProc MACRO name',
      'name PROC NEAR',
      '  ENDM',
      'Outer MACRO n',
      '  MyBegin n',
      '  ENDM',
      // MASM skips the line for an empty argument: no error.
      'Guard MACRO name',
      'IFNB <name>',
      'BeginProc name, PUBLIC',
      'ENDIF',
      '  ENDM',
      'MyBegin',
      'Bare',
      'MyProc',
      'Outer',
      'Guard',
      'MyBegin Grab',
      '  ret',
    ].join('\n'));
    assert.deepEqual(r.notes.map((n) => [n.code, n.source.range.start.line, n.message]), [
      ['PW100', 17, 'Syntax error: this call expands to "BeginProc , PUBLIC", which names no procedure'],
      ['PW100', 18, 'Syntax error: this call expands to "BeginProc", which names no procedure'],
      ['PW100', 19, 'Syntax error: this call expands to "PROC NEAR", which names no procedure'],
      ['PW100', 20, 'Syntax error: this call expands to "BeginProc , PUBLIC", which names no procedure'],
    ]);
    assert.deepEqual(r.program.entries.map((e) => e.name), ['Grab']);
  });

  it('reads a macro name before a name and a list after blanks as a call: VtoolsD DEFCPROC procedures are entry points', async () => {
    const r = await lower([
      'DEFCPROC MACRO name, args',
      'name PROC C PUBLIC args',
      '  ENDM',
      'ENDCPROC MACRO name',
      'name ENDP',
      '  ENDM',
      'DEFCPROC _pipe_lock <pFlag:DWORD>',
      '  xor eax, eax',
      '  ret',
      'ENDCPROC _pipe_lock',
      'DEFCPROC createThunk <USES esi edi, pObj:DWORD, pThunk:DWORD>',
      '  ret',
      'ENDCPROC createThunk',
      'DEFCPROC _Init_ <>',
      '  ret',
      'ENDCPROC _Init_',
    ].join('\n'));
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.source.range.start.line]), [['_pipe_lock', 6], ['createThunk', 10], ['_Init_', 13]]);
    // The macros' PROC lines have MASM write each frame.
    assert.deepEqual(code(r), [
      'push ebp', 'mov ebp, esp', 'xor eax, eax', 'leave', 'ret',
      'push ebp', 'mov ebp, esp', 'push esi', 'push edi', 'pop edi', 'pop esi', 'leave', 'ret',
      'ret',
    ]);
    assert.equal(r.program.label('DEFCPROC'), undefined, 'the call defines no data');
    assert.deepEqual(r.unmodelled, []);
  });

  it('reads VtoolsD DEFCPROC/ENDCPROC natively when the program does not define them: C procedures with MASM frames', async () => {
    const r = await lower([
      'DEFCPROC _pipe_lock <pFlag:DWORD>',
      '  mov ecx, [pFlag]',
      '  ret',
      'ENDCPROC _pipe_lock',
      'DEFCPROC createThunk <USES esi edi, pObj:DWORD, pThunk:DWORD>',
      '  mov edi, [pThunk]',
      '  ret',
      'ENDCPROC createThunk',
      'DEFSPROC localDispatcher <>',
      '  clc',
      '  ret',
      'ENDSPROC localDispatcher',
      '  mov eax, 1',
    ].join('\n'));
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.source.range.start.line]), [['_pipe_lock', 0], ['createThunk', 4], ['localDispatcher', 8]]);
    assert.deepEqual(code(r), [
      'push ebp', 'mov ebp, esp', 'mov ecx, 4:[ebp+8h]', 'leave', 'ret',
      'push ebp', 'mov ebp, esp', 'push esi', 'push edi', 'mov edi, 4:[ebp+0ch]', 'pop edi', 'pop esi', 'leave', 'ret',
      'clc', 'ret', 'mov eax, 1h',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('leaves VtoolsD macros to the program\'s own definitions, and a DEFSPROC with a list unread', async () => {
    const own = await lower([
      'DEFCPROC MACRO name, args',
      'name PROC',
      '  ENDM',
      'ENDCPROC MACRO name',
      'name ENDP',
      '  ENDM',
      'DEFCPROC Plain <USES esi, a:DWORD>',
      '  ret',
      'ENDCPROC Plain',
    ].join('\n'));
    assert.deepEqual(code(own), ['ret']);
    const listed = await lower(['DEFSPROC Unknown <USES esi, a:DWORD>', '  ret', 'ENDSPROC Unknown'].join('\n'));
    assert.deepEqual(listed.program.entries, []);
  });

  it('takes the segment a macro opens for the lines after its call: real-mode code there is no entry point', async () => {
    const r = await lower([
      'RSeg MACRO',
      'VxD_REAL_INIT_SEG',
      '  ENDM',
      'REnds MACRO',
      'VxD_REAL_INIT_ENDS',
      '  ENDM',
      'RSeg',
      'BeginProc Real_Init',
      '  ret',
      'EndProc Real_Init',
      'REnds',
      'BeginProc Later',
      '  ret',
      'EndProc Later',
    ].join('\n'));
    assert.deepEqual(r.program.entries.map((e) => e.name), ['Later']);
  });

  it('notes an unknown macro and leaves an instruction the CPU cannot run in its place', async () => {
    const r = await lower('  Mystery_Macro eax, <1, 2>\n  Other_Thing ebx\n');
    assert.deepEqual(code(r), ['mystery_macro', 'other_thing']);
    assert.deepEqual(r.unmodelled.map((u) => [u.message, u.source.range.start.line]), [
      ['unknown macro Mystery_Macro', 0], ['unknown macro Other_Thing', 1],
    ]);
  });
});

describe('MASM lowering: conditional assembly, equates and includes', () => {
  const src = [
    'IFDEF DEBUG',
    '  mov eax, 1',
    'ELSEIFDEF WIN40',
    '  mov eax, 2',
    'ELSE',
    '  mov eax, 3',
    'ENDIF',
    'IF LEVEL GT 1',
    '  mov ebx, 1',
    'ENDIF',
    'Same MACRO a, b',
    'IFIDNI <a>, <b>',
    'ELSE',
    '  mov a, b',
    'ENDIF',
    '  ENDM',
    'Opt MACRO x',
    'IFB <x>',
    '  xor ecx, ecx',
    'ELSE',
    '  mov ecx, x',
    'ENDIF',
    '  ENDM',
    '  Same eax, EAX',
    '  Same eax, ebx',
    '  Opt',
    '  Opt 5',
  ].join('\n');

  it('joins @CatStr into a text equate, counts @SizeStr, and leaves other macro functions unknown', async () => {
    const r = await lower([
      'Reg TEXTEQU @CatStr(<e>, <ax>)',
      'N EQU @SizeStr(<abcd>)',
      '  mov Reg, N',
      '  mov ecx, MyFn(1)',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 4h', 'mov ecx, MyFn(1)']);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['unknown symbol MyFn(1)']);
  });

  it('reads the text an EXITM returns with the macro functions it calls expanded: in @CatStr\'s arguments, as %expr digits', async () => {
    const r = await lower([
      'FlagName MACRO kind',
      '  IFIDNI <kind>, <dma>',
      '    EXITM <Contig>',
      '  ELSE',
      '    EXITM <ZeroInit>',
      '  ENDIF',
      '  ENDM',
      'FlagsFor MACRO kind',
      '  EXITM @CatStr(<Page>, FlagName(kind))',
      '  ENDM',
      'KB MACRO n',
      '  EXITM %(n * 1024)',
      '  ENDM',
      'PagesForKB MACRO n',
      '  EXITM %((KB(n) + 0FFFh) SHR 12)',
      '  ENDM',
      'Fib MACRO n',
      '  IF n LT 2',
      '    EXITM %n',
      '  ELSE',
      '    EXITM %(Fib(%(n-1)) + Fib(%(n-2)))',
      '  ENDIF',
      '  ENDM',
      '  mov eax, FlagsFor(dma)',
      '  mov eax, FlagsFor(zero)',
      '  mov ecx, PagesForKB(16)',
      '  mov edx, Fib(10)',
    ].join('\n'));
    assert.deepEqual(instructionItems(r).map((i) => i.text), ['mov eax, PageContig', 'mov eax, PageZeroInit', 'mov ecx, 4', 'mov edx, 55']);
    assert.deepEqual(code(r).slice(2), ['mov ecx, 4h', 'mov edx, 37h']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('expands a macro function in an operand with its LOCAL names, default and VARARG arguments, inside another macro\'s body and within brackets', async () => {
    const r = await lower([
      'Count MACRO args:VARARG',
      '  LOCAL n',
      '  n = 0',
      '  FOR a, <args>',
      '    n = n + 1',
      '  ENDM',
      '  EXITM %n',
      '  ENDM',
      'Step MACRO k:=<4>',
      '  EXITM %(k * 2)',
      '  ENDM',
      'Outer MACRO reg, k',
      '  mov reg, [esi+Step(k)]',
      '  ENDM',
      '  mov eax, Count(a, b, c)',
      '  mov ebx, Step()',
      '  Outer ecx, 3',
      '  cmp edx, Count() + Step(1)',
      '  mov edi, Unknown(2)',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 3h', 'mov ebx, 8h', 'mov ecx, [esi+6h]', 'cmp edx, 2h', 'mov edi, Unknown(2)']);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['unknown symbol Unknown(2)']);
  });

  it('expands a line the expansion operator opens: text macros, built-in macro functions and %expr arguments, not names in quotes', async () => {
    const r = await lower([
      'Reg TEXTEQU <eax>',
      'Other TEXTEQU <Reg>',
      'Base = 3',
      '% mov Other, @SizeStr(<abcde>)',
      '% mov @CatStr(<e>, <cx>), @SubStr(<0123456789>, 3, 2)',
      '% mov e&@SubStr(<xdx>, 2), @InStr(, <abcd>, <cd>) + @InStr(3, <abab>, <ab>)',
      "% mov esi, @CatStr(%Base + 1, <0h>) + 'Reg'",
      '%OUT Reg',
      '% mov ebx, Reg',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 5h', 'mov ecx, 17h', 'mov edx, 6h', 'mov esi, 5265a7h', 'mov ebx, eax']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('chooses branches by the defines and the Windows target', async () => {
    assert.deepEqual(code(await lower(src, { defines: { LEVEL: 0 } })), ['mov eax, 2h', 'mov eax, ebx', 'xor ecx, ecx', 'mov ecx, 5h']);
    assert.deepEqual(code(await lower(src, { defines: { DEBUG: true, LEVEL: 2 } })).slice(0, 2), ['mov eax, 1h', 'mov ebx, 1h']);
    assert.deepEqual(code(await lower(src, { target: 'W31', defines: { LEVEL: 0 } }))[0], 'mov eax, 3h');
  });

  it('assembles or skips the lines between macros that open and close a conditional, as the condition says', async () => {
    const src = [
      'BeginDebug MACRO',
      'IFDEF DEBUG',
      '  ENDM',
      'ElseDebug MACRO',
      'ELSE',
      '  ENDM',
      'EndDebug MACRO',
      'ENDIF',
      '  ENDM',
      'Level MACRO n',
      'IF n EQ 1',
      '  ENDM',
      'OrLevel MACRO n',
      'ELSEIF n EQ 2',
      '  ENDM',
      '  mov eax, 1',
      '  BeginDebug',
      '  int 3',
      '  BeginDebug',
      '  int 1',
      '  EndDebug',
      '  Trace_Out "in debug"',
      '  ElseDebug',
      '  nop',
      '  EndDebug',
      '  Level 2',
      '  mov ecx, 1',
      '  OrLevel 2',
      '  mov ecx, 2',
      '  ElseDebug',
      '  mov ecx, 3',
      '  EndDebug',
      '  mov eax, 2',
    ].join('\n');
    const retail = await lower(src);
    assert.deepEqual(code(retail), ['mov eax, 1h', 'nop', 'mov ecx, 2h', 'mov eax, 2h']);
    const debug = await lower(src, { defines: { DEBUG: true } });
    assert.deepEqual(code(debug), ['mov eax, 1h', 'int 3h', 'int 1h', 'mov ecx, 2h', 'mov eax, 2h']);
    assert.deepEqual([...retail.unmodelled, ...debug.unmodelled], []);
  });

  it('folds each expansion\'s conditionals with its own arguments: IFB, IFNB, IFIDNI, IFDIFI, IF on an argument, nested', async () => {
    const r = await lower([
      'Load MACRO reg, a, b',
      'IFNB <a>',
      '  IFNB <b>',
      '  mov reg, a',
      '  add reg, b',
      '  ELSE',
      '  mov reg, a',
      '  ENDIF',
      'ELSE',
      '  xor reg, reg',
      'ENDIF',
      '  ENDM',
      'Pick MACRO kind, n',
      'IFIDNI <kind>, <fast>',
      '  mov eax, 1',
      'ELSEIFDIFI <kind>, <slow>',
      '  mov eax, 2',
      'ELSEIF n GT 2',
      '  mov eax, n',
      'ENDIF',
      '  ENDM',
      '  Load ecx, 1, 2',
      '  Load edx, 3',
      '  Load esi',
      '  Pick FAST, 0',
      '  Pick other, 0',
      '  Pick slow, 4',
      '  Pick slow, 1',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov ecx, 1h', 'add ecx, 2h', 'mov edx, 3h', 'xor esi, esi', 'mov eax, 1h', 'mov eax, 2h', 'mov eax, 4h']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('ends the conditionals an expansion opened when EXITM ends it', async () => {
    const src = (call: string): string => [
      'Early MACRO x',
      'IFB <x>',
      '  EXITM',
      'ENDIF',
      '  mov edx, x',
      '  ENDM',
      '  mov eax, 1',
      call,
      'First PROC',
      '  ret',
      'First ENDP',
      'Second PROC',
      '  ret',
      'Second ENDP',
    ].join('\n');
    const exited = await lower(src('  Early'));
    assert.deepEqual(code(exited), ['mov eax, 1h', 'ret', 'ret']);
    // With no conditional left open, the procedures after the call are lowered as chunks again, as after a call that does not exit.
    assert.deepEqual(exited.chunks, (await lower(src('  Early 3'))).chunks);
    assert.notEqual(exited.chunks.lowered, 0);
  });

  it('follows macro calls shaped like structure instances in a skipped region to the ENDIF one of them holds', async () => {
    const src = [
      'DbgBlock MACRO name, args',
      'IFDEF DEBUG',
      '  ENDM',
      'EndDbg MACRO name, args',
      'ENDIF',
      '  ENDM',
      'Info STRUC',
      'Info_A dd ?',
      'Info ENDS',
      '  DbgBlock Trace1 <1, 2>',
      'Sample Info <3>',
      '  int 3',
      '  EndDbg Trace1 <1, 2>',
      '  mov eax, 1',
    ].join('\n');
    assert.deepEqual(code(await lower(src)), ['mov eax, 1h']);
    assert.deepEqual(code(await lower(src, { defines: { DEBUG: true } })), ['int 3h', 'mov eax, 1h']);
  });

  it('takes the kind of a segment from the opening line its IFDEF assembles, and its end from the closing line', async () => {
    const split = [
      'IFDEF DEBUG',
      'VxD_LOCKED_CODE_SEG',
      'ELSE',
      'VxD_REAL_INIT_SEG',
      '  nop',
      'ENDIF',
      'BeginProc Grab',
      '  ret',
      'EndProc Grab',
      'IFDEF DEBUG',
      'VxD_LOCKED_CODE_ENDS',
      'ELSE',
      '  int 3',
      'VxD_REAL_INIT_ENDS',
      'ENDIF',
      'BeginProc After',
      '  ret',
      'EndProc After',
    ].join('\n');
    const retail = await lower(split);
    assert.deepEqual(retail.program.entries.map((e) => e.name), ['After'], 'real-mode code is no entry point');
    assert.deepEqual(code(retail), ['nop', 'ret', 'int 3h', 'ret']);
    const debug = await lower(split, { defines: { DEBUG: true } });
    assert.deepEqual(debug.program.entries.map((e) => e.name), ['Grab', 'After']);
    assert.deepEqual(code(debug), ['ret', 'ret']);
    assert.deepEqual([...retail.unmodelled, ...debug.unmodelled], []);
  });

  it('takes the name, options and first lines of a procedure from the BeginProc line its IFDEF assembles', async () => {
    const split = [
      'Before dd 0',
      'IFDEF DEBUG',
      'Debug_Count dd 0',
      'BeginProc Grab, SCALL',
      '  inc [Debug_Count]',
      'ELSE',
      'BeginProc Grab',
      'ENDIF',
      '  mov eax, 1',
      '  Return',
      'EndProc Grab',
    ].join('\n');
    const retail = await lower(split);
    assert.deepEqual(retail.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Grab', 6]]);
    assert.deepEqual(code(retail), ['mov eax, 1h', 'ret']);
    const debug = await lower(split, { defines: { DEBUG: true } });
    assert.deepEqual(debug.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Grab', 3]]);
    assert.deepEqual(code(debug), ['inc 4:[1004h]', 'mov eax, 1h', 'ret'], 'Debug_Count follows Before');
    assert.ok(debug.program.label('Debug_Count') !== undefined && retail.program.label('Debug_Count') === undefined);
    assert.deepEqual([...retail.unmodelled, ...debug.unmodelled], []);
  });

  it('ends a procedure with the lines before the EndProc its IFDEF assembles', async () => {
    const split = [
      'BeginProc Foo',
      '  mov eax, 1',
      'IFDEF DEBUG',
      '  int 3',
      'EndProc Foo',
      'ELSE',
      '  ret',
      'EndProc Foo',
      'ENDIF',
      'After:',
      '  nop',
    ].join('\n');
    const retail = await lower(split);
    assert.deepEqual(retail.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Foo', 0]]);
    assert.deepEqual(code(retail), ['mov eax, 1h', 'ret', 'nop']);
    const debug = await lower(split, { defines: { DEBUG: true } });
    assert.deepEqual(debug.program.entries.map((e) => e.name), ['Foo']);
    assert.deepEqual(code(debug), ['mov eax, 1h', 'int 3h', 'nop']);
    assert.deepEqual([...retail.unmodelled, ...debug.unmodelled], []);
  });

  it('takes the head and the end of one procedure from the clauses IFDEF assembles', async () => {
    const split = [
      'IFDEF DEBUG',
      'BeginProc Foo, HIGH_FREQ',
      '  int 3',
      'ELSE',
      'BeginProc Foo',
      'ENDIF',
      '  mov eax, 1',
      'IFDEF DEBUG',
      '  int 1',
      'EndProc Foo',
      'ELSE',
      '  ret',
      'EndProc Foo',
      'ENDIF',
    ].join('\n');
    const retail = await lower(split);
    assert.deepEqual(retail.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Foo', 4]]);
    assert.deepEqual(code(retail), ['mov eax, 1h', 'ret']);
    const debug = await lower(split, { defines: { DEBUG: true } });
    assert.deepEqual(debug.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Foo', 1]]);
    assert.deepEqual(code(debug), ['int 3h', 'mov eax, 1h', 'int 1h']);
  });

  it('takes the opening and closing lines of segments and procedures from the clauses an IF the expansion operator opens assembles', async () => {
    const split = [
      'Level TEXTEQU <2>',
      '% IFDEF DEBUG',
      'VxD_LOCKED_CODE_SEG',
      '% ELSE',
      'VxD_REAL_INIT_SEG',
      '% ENDIF',
      '% IF Level GT 1',
      'BeginProc Foo, HIGH_FREQ',
      '% IFDEF DEBUG',
      '  int 3',
      '% ENDIF',
      '% ELSE',
      'BeginProc Foo',
      '% ENDIF',
      '  mov eax, 1',
      '% IFDEF DEBUG',
      '  int 1',
      'EndProc Foo',
      'ELSE',
      '  ret',
      'EndProc Foo',
      'ENDIF',
      '% IFDEF DEBUG',
      'VxD_LOCKED_CODE_ENDS',
      '% ELSE',
      'VxD_REAL_INIT_ENDS',
      '% ENDIF',
      'BeginProc After',
      '  ret',
      'EndProc After',
    ].join('\n');
    const retail = await lower(split);
    assert.deepEqual(retail.program.entries.map((e) => [e.name, e.source.range.start.line]), [['After', 27]], 'real-mode code is no entry point');
    assert.deepEqual(code(retail), ['mov eax, 1h', 'ret', 'ret']);
    const debug = await lower(split, { defines: { DEBUG: true } });
    assert.deepEqual(debug.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Foo', 7], ['After', 27]]);
    assert.deepEqual(code(debug), ['int 3h', 'mov eax, 1h', 'int 1h', 'ret']);
    const low = await lower(split.replace('<2>', '<1>'), { defines: { DEBUG: true } });
    assert.deepEqual(low.program.entries.map((e) => [e.name, e.source.range.start.line]), [['Foo', 12], ['After', 27]]);
    assert.deepEqual([...retail.unmodelled, ...debug.unmodelled, ...low.unmodelled], []);
  });

  it('pairs a % IF and % ENDIF in a plain IF\'s clause, so the ELSE after them is the plain IF\'s', async () => {
    const nested = (level: string) => [
      `Level TEXTEQU <${level}>`,
      'IFDEF DEBUG',
      '% IF Level GT 1',
      '  int 3',
      '% ENDIF',
      '  int 1',
      'ELSE',
      '  nop',
      'ENDIF',
    ].join('\n');
    assert.deepEqual(code(await lower(nested('2'), { defines: { DEBUG: true } })), ['int 3h', 'int 1h']);
    assert.deepEqual(code(await lower(nested('0'), { defines: { DEBUG: true } })), ['int 1h']);
    assert.deepEqual(code(await lower(nested('2'))), ['nop']);
  });

  it('assembles an unevaluable IF as false and says so', async () => {
    const r = await lower(src);
    assert.ok(!code(r).includes('mov ebx, 1h'));
    assert.ok(r.unmodelled.some((u) => u.message.includes('LEVEL GT 1') && u.source.range.start.line === 7));
  });

  it('handles numeric, redefinable and text equates, and forward references', async () => {
    const r = await lower([
      'Later_Value EQU Later + 1',
      'Blank EQU <>',
      'Ptr_Arg EQU <dword ptr [ebp+8]>',
      'C = 1',
      'C = C + 1',
      '  mov eax, C',
      '  mov ecx, Ptr_Arg',
      '  mov edx, Later_Value',
      '  jmp Fwd',
      'Later EQU 41h',
      'Fwd: ret',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 2h', 'mov ecx, 4:[ebp+8h]', 'mov edx, 42h', 'jmp Fwd', 'ret']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('substitutes a text equate spelt in any case and with any identifier characters, in code and data', async () => {
    const r = await lower([
      'Arg@1? EQU <dword ptr [ebp+12]>',
      'Size$ TEXTEQU <4>',
      '  mov eax, ARG@1?',
      '  mov ecx, size$+1',
      '  mov edx, Arg@1?x',
      'Table dd SIZE$',
    ].join('\n'));
    assert.deepEqual(code(r), ['mov eax, 4:[ebp+0ch]', 'mov ecx, 5h', 'mov edx, Arg@1?x']);
    const table = r.program.items.find((item) => item.kind === 'data');
    assert.equal(table?.kind === 'data' ? table.values[0]?.value.kind === 'const' && table.values[0].value.value : undefined, 4n);
  });

  it('reads includes through the include paths, knows the DDK includes, and notes a missing one as PW103', async () => {
    const files: Record<string, string> = { '/inc/defs.inc': 'FROM_INC EQU 7\nInc_Macro MACRO\n  nop\n  ENDM\n' };
    const r = await lower([
      '  include vmm.inc',
      '  INCLUDE <inc\\win95\\VMM.INC>',
      '  include debug.inc',
      '  include DEFS.INC',
      '  include missing.inc',
      '  mov eax, FROM_INC',
      '  Inc_Macro',
    ].join('\n'), { file: '/src/test.asm', includePaths: ['/inc'], readFile: (p) => files[p] });
    assert.deepEqual(code(r), ['mov eax, 7h', 'nop']);
    assert.deepEqual(r.notes.map((n) => [n.code, n.source.range.start.line, n.message]), [
      ['PW103', 4, 'Include file missing.inc was not found on the include paths; analysis goes on without it'],
    ]);
  });

  it('lays out structure instances with their initialisers and defaults', async () => {
    const r = await lower([
      'S STRUC',
      'S_A dd 5',
      'S_B dw ?',
      'S_C db 2 dup (9)',
      'S ENDS',
      'One S <1, 2>',
      'Two S 2 dup (<, 3>)',
      'Big db 100000 dup (?)',
      'After dd 0',
    ].join('\n'));
    assert.deepEqual(listing(r).slice(0, 3), [
      'data 4:1h 2:2h 1:9h 1:9h',
      'data 4:5h 2:3h 1:9h 1:9h 4:5h 2:3h 1:9h 1:9h',
      'data ',
    ]);
    assert.equal(r.program.label('After'), 0x1000n + 8n + 16n + 100000n);
  });
});
