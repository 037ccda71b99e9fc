import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// A PreShrink that stores at an index nothing bounds into a table whose
// address it loads from its workspace (`STR r0, [r1, r2, LSL #2]`), then at
// one word of the table, then reads the indexed word back as its permit.
// The second store overwrote that word where the index is 1, which nothing
// rules out: the permit is not known, where the memory used to read back
// the first store's value, a PW308 resting on the index. Without the second
// store the word read back is what was stored, whatever the index.

const parsers = Parsers.create();

function module(between: readonly string[]): string {
  return [
    '        AREA    |Table$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Table", 0', '        ALIGN',
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
    '        LDR     r1, [r12, #8]           ; the table',
    '        BIC     r1, r1, #3',
    '        LDR     r2, [r12, #12]          ; an index nothing bounds',
    '        ADD     r0, r3, #4096',
    '        STR     r0, [r1, r2, LSL #2]',
    ...between.map((l) => `        ${l}`),
    '        LDR     r3, [r1, r2, LSL #2]',
    '        LDMFD   sp!, {r0-r2, lr}',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    '        END', '',
  ].join('\n');
}

async function codes(text: string): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text, file: '/test/s/Table', settings: DEFAULT_SETTINGS });
  return found.map((f) => f.code);
}

test('a word stored at an unbounded index through a loaded pointer and read back is the value stored, unless a store into the table between may have overwritten it', async () => {
  assert.deepEqual(await codes(module([])), ['PW308'], 'nothing between: the word read back is R3 + 4K');
  assert.deepEqual(await codes(module(['STR     r3, [r1, #4]'])), [], 'a store at word 1 between: the word read back is not known');
  assert.deepEqual(await codes(module(['STR     r3, [r12, #4]'])), ['PW308'], 'a store into the workspace, another object, leaves it');
});
