import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// A handle kept in a table slot at an index the path bounds to a few values
// (`mov [esi+ebx], eax` after `cmp ebx, 3` / `ja`) and read back at that
// index is the handle: the table's word there was a choice between the
// handle and the word before, which named no block, so freeing what was
// read back after freeing the handle, or writing through it, was no PW222.

const parsers = Parsers.create();

async function found(lines: readonly string[]): Promise<[string, number][]> {
  const text = `${lines.join('\n')}\n`;
  const findings = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: 'test.asm', settings: DEFAULT_SETTINGS });
  return findings.map((f) => [f.code, f.range.start.line + 1]);
}

const procedure = (body: readonly string[]) => [
  '        .386p',
  '        include vmm.inc',
  'VxD_LOCKED_DATA_SEG',
  'Tbl_Ptr dd      0',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Slot_Keep',
  '        push    esi',
  '        push    edi',
  '        push    ebx',
  '        push    ebp',
  '        mov     esi, [Tbl_Ptr]',
  ...body,
  'SK_Done:',
  '        pop     ebp',
  '        pop     ebx',
  '        pop     edi',
  '        pop     esi',
  '        ret',
  'EndProc Slot_Keep',
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

const allocate = [
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
  '        or      eax, eax',
  '        jz      SK_Done',
];

describe('a handle stored at [esi+ebx], EBX bounded, freed, then read back there', () => {
  const file = (bound: readonly string[], after: readonly string[]) => procedure([
    ...bound,
    ...allocate,
    '        mov     [esi+ebx], eax',
    '        mov     edi, eax',
    '        VMMcall _PageFree, <edi, 0>',
    '        mov     ecx, [esi+ebx]',
    ...after,
  ]);
  const compared = ['        cmp     ebx, 3', '        ja      SK_Done'];
  const masked = ['        and     ebx, 4'];
  const freeAgain = ['        VMMcall _PageFree, <ecx, 0>'];
  const lock = ['        VMMcall _PageLock, <ecx, 1, 0, 0>'];
  const writeThrough = ['        mov     dword ptr [ecx], 0'];

  test('freed again is PW222 at the second free, the bound a comparison\'s or the index\'s known bits', async () => {
    assert.deepEqual(await found(file(compared, freeAgain)), [['PW222', 22]]);
    assert.deepEqual(await found(file(masked, freeAgain)), [['PW222', 21]]);
  });

  test('used by another service, or written through, is PW222 there', async () => {
    assert.deepEqual(await found(file(compared, lock)), [['PW222', 22]]);
    assert.deepEqual(await found(file(compared, writeThrough)), [['PW222', 22]]);
  });

  test('read back and freed before the first free is clean', async () => {
    assert.deepEqual(await found(procedure([
      ...compared,
      ...allocate,
      '        mov     [esi+ebx], eax',
      '        mov     ecx, [esi+ebx]',
      '        VMMcall _PageFree, <ecx, 0>',
    ])), []);
  });
});

describe('two handles in the slots at EBX and EBX+1 (EBX <= 2), the first freed, each slot read back and freed', () => {
  const file = (second: string, read: string) => procedure([
    '        cmp     ebx, 2',
    '        ja      SK_Done',
    ...allocate,
    '        mov     [esi+ebx*4], eax',
    '        mov     ebp, eax',
    ...allocate,
    `        mov     [${second}], eax`,
    '        VMMcall _PageFree, <ebp, 0>',
    `        mov     ecx, [${read}]`,
    '        VMMcall _PageFree, <ecx, 0>',
  ]);

  test('the first slot holds the freed handle: PW222 at the free of what it holds', async () => {
    assert.deepEqual(await found(file('esi+ebx*4+4', 'esi+ebx*4')), [['PW222', 26]]);
  });

  test('the second slot holds the live handle, and so does the first where the second store overwrote it: clean', async () => {
    assert.deepEqual(await found(file('esi+ebx*4+4', 'esi+ebx*4+4')), []);
    assert.deepEqual(await found(file('esi+4+ebx*4', 'ebx*4+esi+4')), []);
    assert.deepEqual(await found(file('esi+ebx*4', 'esi+ebx*4')), []);
  });
});

test('a handle stored at [esi+ebx*4-4], EBX bounded, freed, then read back there and freed again is PW222', async () => {
  assert.deepEqual(await found(procedure([
    '        cmp     ebx, 2',
    '        ja      SK_Done',
    ...allocate,
    '        mov     [esi+ebx*4-4], eax',
    '        mov     edi, eax',
    '        VMMcall _PageFree, <edi, 0>',
    '        mov     ecx, [esi+ebx*4-4]',
    '        VMMcall _PageFree, <ecx, 0>',
  ])), [['PW222', 22]]);
});

describe('the second handle stored through EDI = EBX+1 (lea edi, [ebx+1]), the first freed, a slot read back and freed', () => {
  const file = (read: string) => procedure([
    '        cmp     ebx, 2',
    '        ja      SK_Done',
    '        lea     edi, [ebx+1]',
    ...allocate,
    '        mov     [esi+ebx*4], eax',
    '        mov     ebp, eax',
    ...allocate,
    '        mov     [esi+edi*4], eax',
    '        VMMcall _PageFree, <ebp, 0>',
    `        mov     ecx, [${read}]`,
    '        VMMcall _PageFree, <ecx, 0>',
  ]);

  test('the slot at EBX holds the freed handle: PW222', async () => {
    assert.deepEqual(await found(file('esi+ebx*4')), [['PW222', 27]]);
  });

  test('the slot at EDI, or at EBX+1, holds the live one: clean', async () => {
    assert.deepEqual(await found(file('esi+edi*4')), []);
    assert.deepEqual(await found(file('esi+ebx*4+4')), []);
  });
});

describe('a handle stored at [esi+ecx*4] with ECX = EBX+EDI, each bounded, freed, then read back at [edx+ebx*4] with EDX = ESI+EDI*4', () => {
  const file = (free: readonly string[], read: string) => procedure([
    '        cmp     ebx, 1',
    '        ja      SK_Done',
    '        cmp     edi, 1',
    '        ja      SK_Done',
    ...allocate,
    '        lea     ecx, [ebx+edi]',
    '        mov     [esi+ecx*4], eax',
    ...free,
    '        lea     edx, [esi+edi*4]',
    `        mov     ecx, [${read}]`,
    '        VMMcall _PageFree, <ecx, 0>',
  ]);
  const freed = ['        VMMcall _PageFree, <eax, 0>'];

  test('freed again is PW222: (ebx+edi)*4 is the index ebx*4+edi*4', async () => {
    assert.deepEqual(await found(file(freed, 'edx+ebx*4')), [['PW222', 25]]);
  });

  test('read back and freed once, or a slot past it read and freed, is clean', async () => {
    assert.deepEqual(await found(file([], 'edx+ebx*4')), []);
    assert.deepEqual(await found(file(freed, 'edx+ebx*4+8')), []);
  });
});

describe('handles in the slots at EBX and EDI, each bounded by its own cmp/ja, the first freed, a slot read back and freed', () => {
  const file = (bounds: readonly string[], read: string) => procedure([
    '        cmp     ebx, 1',
    '        ja      SK_Done',
    ...bounds,
    ...allocate,
    '        mov     [esi+ebx*4], eax',
    '        mov     ebp, eax',
    ...allocate,
    '        mov     [esi+edi*4], eax',
    '        VMMcall _PageFree, <ebp, 0>',
    `        mov     ecx, [${read}]`,
    '        VMMcall _PageFree, <ecx, 0>',
  ]);
  const own = ['        cmp     edi, 1', '        ja      SK_Done'];

  test('the slot at EBX holds the freed handle where EDI != EBX: PW222', async () => {
    assert.deepEqual(await found(file(own, 'esi+ebx*4')), [['PW222', 28]]);
  });

  test('the slot at EDI, or EDI = EBX, holds the live one: clean', async () => {
    assert.deepEqual(await found(file(own, 'esi+edi*4')), []);
    assert.deepEqual(await found(file([...own, '        cmp     edi, ebx', '        jne     SK_Done'], 'esi+ebx*4')), []);
    assert.deepEqual(await found(file(['        mov     edi, ebx'], 'esi+ebx*4')), []);
  });

  test('four slots each (EBX <= 3, EDI <= 3): PW222 at the slot at EBX, the slot at EDI clean', async () => {
    const four = (read: string) => file(['        cmp     edi, 3', '        ja      SK_Done'], read).map((line) => line.replace('cmp     ebx, 1', 'cmp     ebx, 3'));
    assert.deepEqual(await found(four('esi+ebx*4')), [['PW222', 28]]);
    assert.deepEqual(await found(four('esi+edi*4')), []);
  });
});

describe('a handle kept in the slot at EDI and freed, the slot at EBX (each bounded by its own cmp/ja) read back', () => {
  const file = (guard: readonly string[], use: string) => procedure([
    '        cmp     ebx, 1',
    '        ja      SK_Done',
    '        cmp     edi, 1',
    '        ja      SK_Done',
    ...guard,
    ...allocate,
    '        mov     [esi+edi*4], eax',
    '        VMMcall _PageFree, <eax, 0>',
    '        mov     ecx, [esi+ebx*4]',
    use,
  ]);
  const freeAgain = '        VMMcall _PageFree, <ecx, 0>';

  test('freed, or written through, is PW222 where EBX = EDI', async () => {
    assert.deepEqual(await found(file([], freeAgain)), [['PW222', 23]]);
    assert.deepEqual(await found(file([], '        mov     dword ptr [ecx], 0')), [['PW222', 23]]);
  });

  test('EBX != EDI: the slot holds a handle from outside, clean', async () => {
    assert.deepEqual(await found(file(['        cmp     edi, ebx', '        je      SK_Done'], freeAgain)), []);
  });
});

describe('a value read from a table at an index bounded to its three entries picks which frees of Buf_h run', () => {
  // `mov esi, [Vals+ebx*4]`, then `test esi, esi` / `jz` around the first free and `cmp esi, 1` / `jbe` before the second.
  const file = (segment: 'DATA' | 'CODE', values: string) => [
    '        .386p',
    '        include vmm.inc',
    'VxD_LOCKED_DATA_SEG',
    'Buf_h   dd      0',
    ...(segment === 'DATA' ? [`Vals    dd      ${values}`] : []),
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    ...(segment === 'CODE' ? [`Vals    dd      ${values}`] : []),
    'BeginProc Pick',
    '        cmp     ebx, 2',
    '        ja      Done',
    '        mov     esi, [Vals+ebx*4]',
    '        test    esi, esi',
    '        jz      Skip',
    '        VMMcall _PageFree, <[Buf_h], 0>',
    'Skip:',
    '        cmp     esi, 1',
    '        jbe     Done',
    '        VMMcall _PageFree, <[Buf_h], 0>',
    'Done:',
    '        ret',
    'EndProc Pick',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ];

  test('read-only, an entry above 1 frees it twice: PW222; every entry 1 or less: clean', async () => {
    assert.deepEqual(await found(file('CODE', '0, 1, 5')), [['PW222', 18]]);
    assert.deepEqual(await found(file('CODE', '0, 1, 1')), []);
  });

  test('writable, the entry is a word other code may change, tested after the first free: no finding (docs/checks/PW222.md)', async () => {
    assert.deepEqual(await found(file('DATA', '0, 1, 5')), []);
  });
});
