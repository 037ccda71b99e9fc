import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// A message names an address in the program by its label, as the reader's
// listing has it: PageWarden lays a routine nothing runs into out in a 4 KB
// slot of its own, so its own address for the code matches nothing ObjAsm
// would assemble.

const parsers = Parsers.create();

async function messages(lines: readonly string[]): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  return findings.map((f) => `${f.code} ${findingMessage(f)}`);
}

const module = (preShrink: readonly string[], data: readonly string[]) => [
  '        AREA    |A$$Code|, CODE, READONLY, PIC',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base',
  '        DCD     Title - Module_Base',
  '        DCD     0',
  'Title   =       "Abt", 0',
  '        ALIGN',
  'Init    STMFD   sp!, {r1-r8, lr}',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 7',
  '        MOV     r5, #1024*1024',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     &20066',
  '        LDMFD   sp!, {r1-r8, pc}',
  'Handler ROUT',
  '        TEQ     r0, #2',
  '        BEQ     PreShrink',
  '        CMP     r0, r0',
  '        MOV     pc, r14',
  'PreShrink ROUT',
  '        LDR     r3, [r12]',
  '        TEQ     r3, #0',
  '        MOVEQ   pc, r14',
  ...preShrink,
  '        MSR     CPSR_f, #1 << 28',
  '        MOV     pc, r14',
  ...data,
  '        ALIGN',
  '        END',
];

const bare = ['errblk  =       "Buffer busy", 0'];

test('PW305 names the reason and the label R0 points at, or past; an error block there is clean', async () => {
  assert.deepEqual(await messages(module(['        MOV     r3, #0', '        ADR     r0, errblk'], bare)), [
    'PW305 PreShrink returns V set with R0 = errblk, which is not an error block (word number, then a zero-terminated string) nor 0',
  ]);
  assert.deepEqual(await messages(module(['        MOV     r3, #0', '        ADR     r0, errblk + 8'], bare)), [
    'PW305 PreShrink returns V set with R0 = errblk + 8, which is not an error block (word number, then a zero-terminated string) nor 0',
  ]);
  assert.deepEqual(await messages(module(['        MOV     r3, #0', '        ADR     r0, errblk'], ['errblk  DCD     &81A700', '        =       "Buffer busy", 0'])), []);
});

test('PW304 names where a return through an overwritten R14 goes by the label before it; saving R14 is clean', async () => {
  const swi = (save: boolean) => module([
    ...(save ? ['        STMFD   sp!, {lr}'] : []),
    '        SWI     &20042                  ; XOS_ReadMonotonicTime',
    ...(save ? ['        LDMFD   sp!, {lr}'] : []),
    '        MOV     r3, #0',
    '        MOV     r0, #0',
  ], []);
  const [message, ...rest] = await messages(swi(false));
  assert.deepEqual(rest, []);
  assert.match(message ?? '', /^PW304 PreShrink returns through R14, which no longer holds the caller's return address: the return goes to PreShrink \+ &10\. /);
  assert.deepEqual(await messages(swi(true)), []);
});
