import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// PreGrow fills whose page numbers come back in a workspace block from a
// SWI that fills a block no register table describes (OS_Memory 7, 19 and
// 64, OS_DynamicArea 6, 7 and 28, OS_ReadMemMapEntries,
// OS_FindMemMapEntries). Each pass clears the block's first word and
// reads it back after the call: the call may have written it, so what the
// loop stores is not known. Read as the word the code cleared, every entry
// named page 0: a false PW302. A fill that steps by 8 is still PW302 at
// its store, whatever the call wrote.

const parsers = Parsers.create();

/** The call: the registers that select it, then the SWI; the block is at R12+4 in R1 (R0 for the SWIs without a reason). */
const CALLS: Readonly<Record<string, readonly string[]>> = {
  'OS_Memory 7': ['MOV     r0, #7', 'ADD     r1, r12, #4', 'SWI     XOS_Memory'],
  'OS_Memory 19': ['MOV     r0, #19', 'ADD     r1, r12, #4', 'SWI     XOS_Memory'],
  'OS_Memory 64': ['MOV     r0, #64', 'ADD     r1, r12, #4', 'SWI     XOS_Memory'],
  'OS_DynamicArea 6': ['MOV     r0, #6', 'ADD     r1, r12, #4', 'SWI     XOS_DynamicArea'],
  'OS_DynamicArea 7': ['MOV     r0, #7', 'ADD     r1, r12, #4', 'SWI     XOS_DynamicArea'],
  'OS_DynamicArea 28': ['MOV     r0, #28', 'ADD     r1, r12, #4', 'SWI     XOS_DynamicArea'],
  OS_ReadMemMapEntries: ['ADD     r0, r12, #4', 'SWI     XOS_ReadMemMapEntries'],
  OS_FindMemMapEntries: ['ADD     r0, r12, #4', 'SWI     XOS_FindMemMapEntries'],
};

function objAsm(call: readonly string[], step: number): string {
  return [
    '        AREA    |Conv$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Conv", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}',
    '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #16 * 4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        LDMFD   sp!, {r1-r8, pc}',
    'Handler ROUT',
    '        TEQ     r0, #0',
    '        BEQ     PreGrow',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    'PreGrow ROUT',
    '        STMFD   sp!, {r0-r11, lr}',
    '        MOV     r10, r1                 ; the call may change R1-R9',
    '        MOVS    r11, r2',
    '        BEQ     %FT20',
    '10      LDR     r7, [r12]               ; logical address of the next page wanted',
    '        MOV     r3, #0',
    '        STR     r3, [r12, #4]           ; filled in by the call',
    '        STR     r7, [r12, #8]',
    '        STR     r3, [r12, #12]',
    ...call.map((l) => `        ${l}`),
    '        BVS     %FT30',
    '        LDR     r6, [r12, #4]           ; the page number',
    `        STR     r6, [r10], #${step}`,
    '        LDR     r7, [r12]',
    '        ADD     r7, r7, #4096',
    '        STR     r7, [r12]',
    '        SUBS    r11, r11, #1',
    '        BNE     %BT10',
    '20      LDMFD   sp!, {r0-r11, lr}',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    '30      ADD     sp, sp, #4              ; V set, R0 the error',
    '        LDMFD   sp!, {r1-r11, pc}',
    '        END', '',
  ].join('\n');
}

async function findings(text: string) {
  return analyseSource(await parsers, { languageId: 'riscos-objasm', text, file: '/test/s/Conv', settings: DEFAULT_SETTINGS });
}

const storeLine = (text: string): number => text.split('\n').findIndex((l) => /STR {5}r6, \[r10\]/.test(l));

for (const [title, call] of Object.entries(CALLS)) {
  test(`${title} in a PreGrow fill loop: the page number read back from its block is not the word cleared before it, so no PW302; a fill stepping by 8 still is`, async () => {
    const clean = await findings(objAsm(call, 12));
    assert.deepEqual(clean.map((f) => `${f.code} ${f.range.start.line} ${f.message}`), []);
    const text = objAsm(call, 8);
    const stepped = await findings(text);
    assert.deepEqual(stepped.map((f) => [f.code, f.range.start.line, f.message]), [
      ['PW302', storeLine(text), 'PreGrow writes the physical address word (+8) of entry 0: PreGrow fills only the page number; entries are 12 bytes apart'],
    ]);
  });
}

const OS_MEMORY_7 = ['MOV     r0, #7', 'SWI     XOS_Memory'];

/** A module whose PreShrink keeps R3 in a word at `keep` across `call` (OS_Memory 7) given a block at `block` in R1, then permits 4K more than it kept (or, `fixed`, what it kept). */
function keptAcross(keep: string, block: string, setup: readonly string[], fixed = false, call: readonly string[] = OS_MEMORY_7): string {
  return [
    '        AREA    |Keep$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Keep", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}',
    '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #0', '        MOV     r5, #16 * 4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        LDMFD   sp!, {r1-r8, pc}',
    'Handler ROUT',
    '        CMP     r0, #2',
    '        BEQ     PreShrink',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    'PreShrink ROUT',
    '        STMFD   sp!, {r0-r2, lr}',
    ...setup.map((l) => `        ${l}`),
    `        STR     r3, ${keep}`,
    `        ADD     r1, ${block}`,
    ...call.map((l) => `        ${l}`),
    `        LDR     r3, ${keep}`,
    ...(fixed ? [] : ['        ADD     r3, r3, #4096']),
    ...setup.map((l) => l.replace('SUB', 'ADD')).map((l) => `        ${l}`),
    '        MOVVS   r3, #0',
    '        LDMFD   sp!, {r0-r2, lr}',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    '        END', '',
  ].join('\n');
}

const codes = async (text: string): Promise<string[]> => (await findings(text)).map((f) => f.code);

test('a SWI filling a block no register table describes keeps the words below the block: a workspace word or a stack local it kept reads back, so its PreShrink over-permit is PW308', async () => {
  const places: readonly (readonly [string, readonly string[], string, string])[] = [
    ['workspace', [], '[r12, #4]', 'r12, #16'],
    ['stack', ['SUB     sp, sp, #20'], '[sp]', 'sp, #4'],
  ];
  for (const [where, setup, keep, block] of places) {
    assert.deepEqual(await codes(keptAcross(keep, block, setup)), ['PW308'], `${where}: the block starts above the word`);
    assert.deepEqual(await codes(keptAcross(keep, block, setup, true)), [], `${where}: the word kept is R3 as it came`);
  }
});

test('a SWI filling a block no register table describes may write any word from the block up: a word there is not known after it', async () => {
  assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #4', [])), [], 'the block is the word');
  assert.deepEqual(await codes(keptAcross('[sp, #8]', 'sp, #4', ['SUB     sp, sp, #20'])), [], 'the word lies in the block');
});

test('a SWI without a register table (OS_Word) may write from where any of R0-R9 points up: a workspace word in the block is not known after it, one below it is', async () => {
  const osWord = ['MOV     r0, #1', 'SWI     XOS_Word'];
  assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #16', [], false, osWord)), ['PW308'], 'the block starts above the word');
  assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #4', [], false, osWord)), [], 'the block is the word');
  assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #4', [], true, osWord)), []);
});

test('a SWI whose register table marks a block written (OS_Heap\'s heap, the block OS_Module 7 or 13 frees or moves, a PMP page list) may write from its address up: a workspace word there is not known after it, one below it is', async () => {
  const written: Readonly<Record<string, readonly string[]>> = {
    'OS_Heap 2': ['MOV     r0, #2', 'MOV     r3, #16', 'SWI     XOS_Heap'],
    'OS_Heap 3': ['MOV     r2, r1', 'LDR     r1, [r12, #64]', 'MOV     r0, #3', 'SWI     XOS_Heap'],
    'OS_Module 7': ['MOV     r2, r1', 'MOV     r0, #7', 'SWI     XOS_Module'],
    'OS_Module 13': ['MOV     r2, r1', 'MOV     r3, #16', 'MOV     r0, #13', 'SWI     XOS_Module'],
    'OS_DynamicArea 21': ['MOV     r2, r1', 'MOV     r1, #256', 'MOV     r3, #1', 'MOV     r0, #21', 'SWI     XOS_DynamicArea'],
    'OS_DynamicArea 22': ['MOV     r2, r1', 'MOV     r1, #256', 'MOV     r3, #1', 'MOV     r0, #22', 'SWI     XOS_DynamicArea'],
  };
  for (const [title, call] of Object.entries(written)) {
    assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #4', [], false, call)), [], `${title}: the block is the word`);
    assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #16', [], false, call)), ['PW308'], `${title}: the block starts above the word`);
    assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #4', [], true, call)), [], `${title}: the word kept is R3 as it came`);
  }
});

test('a SWI whose register table marks nothing written keeps the words of a block it is given: OS_Heap 1 and 6 only read the heap', async () => {
  const desc = ['MOV     r0, #1', 'SWI     XOS_Heap'];
  const size = ['MOV     r2, r1', 'LDR     r1, [r12, #64]', 'MOV     r0, #6', 'SWI     XOS_Heap'];
  for (const call of [desc, size]) assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #4', [], false, call)), ['PW308']);
});

test('a block OS_Module 6 or OS_Heap 2 or 7 claims comes back word-aligned, which is no bet on the block: a PreShrink that claims one and permits 4K more than it kept is PW308', async () => {
  const claims: Readonly<Record<string, readonly string[]>> = {
    'OS_Module 6': ['MOV     r0, #6', 'MOV     r3, #16', 'SWI     XOS_Module'],
    'OS_Heap 2': ['MOV     r0, #2', 'MOV     r3, #16', 'SWI     XOS_Heap'],
    'OS_Heap 7': ['MOV     r0, #7', 'MOV     r2, #16', 'MOV     r3, #16', 'SWI     XOS_Heap'],
  };
  for (const [title, call] of Object.entries(claims)) {
    assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #16', [], false, call)), ['PW308'], title);
    assert.deepEqual(await codes(keptAcross('[r12, #4]', 'r12, #16', [], true, call)), [], `${title}: the word kept is R3 as it came`);
  }
});
