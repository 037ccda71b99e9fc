import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';

// One handler serving an area with flag bit 8 and one without is called both
// ways: its PreGrow gets a page block for one area and R1 = 0 for the other,
// whichever area the module creates first.

const parsers = Parsers.create();

/** Init creates two areas with one handler, with the flags in `first` then `second`; PreGrow writes through R1 after `guard` (the STR on line 59, counting from 0). */
const objasm = (first: string, second: string, guard: readonly string[] = []): string => [
  '        AREA    |Two$$Code|, CODE, READONLY, PIC',
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        GET     Hdr:ModHand',
  '        GET     Hdr:OSMem',
  '                ^       0, wp',
  'ws_first        #       4',
  'ws_second       #       4',
  'ws_len          *       :INDEX: @',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init    - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title   - Module_Base, Title - Module_Base, 0',
  'Title   =       "TwoAreas", 0',
  '        ALIGN',
  'Init    Entry   "r7-r9"',
  '        MOV     r0, #ModHandReason_Claim',
  '        MOV     r3, #ws_len',
  '        SWI     XOS_Module',
  '        EXIT    VS',
  '        STR     r2, [r12]',
  '        MOV     r12, r2',
  ...[first, second].flatMap((flags, k) => [
    '        MOV     r0, #DAReason_Create',
    '        MOV     r1, #-1',
    '        MOV     r2, #0',
    '        MOV     r3, #-1',
    `        MOV     r4, #${flags}`,
    '        MOV     r5, #&40000',
    '        ADR     r6, Handler',
    '        MOV     r7, r12',
    '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        EXIT    VS',
    `        STR     r1, ${k === 0 ? 'ws_first' : 'ws_second'}`,
  ]),
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #DAHandler_PreGrow',
  '        BEQ     PreGrow',
  '        CMP     r0, #DAHandler_PostShrink',
  '        MOVLS   pc, lr',
  '        MOV     r0, #0',
  '        SETV',
  '        MOV     pc, lr',
  'PreGrow Entry   "r1-r3"',
  ...guard,
  '        MOV     r3, #&300',
  '10      STR     r3, [r1], #12',
  '        ADD     r3, r3, #1',
  '        SUBS    r2, r2, #1',
  '        BNE     %BT10',
  '90      CLRV',
  '        EXIT',
  '        END',
  '',
].join('\n');

const basic = (first: string, second: string, guard: readonly string[] = []): string => [
  'DIM code% 256, ws% 8',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[OPT pass%',
  '.handler',
  ' teq r0, #0',
  ' beq pregrow',
  ' cmp r0, #3',
  ' movls pc, r14',
  ' mov r0, #0',
  ' msr cpsr_f, #1 << 28',
  ' mov pc, r14',
  '.pregrow',
  ' stmfd r13!, {r1-r3, r14}',
  ...guard,
  ' mov r3, #&300',
  '.loop',
  ' str r3, [r1], #12',
  ' add r3, r3, #1',
  ' subs r2, r2, #1',
  ' bne loop',
  '.done',
  ' cmp r0, #0',
  ' ldmfd r13!, {r1-r3, pc}',
  ']',
  'NEXT pass%',
  `SYS "OS_DynamicArea", 0, -1, 0, -1, ${first}, &40000, handler, ws%, "First" TO ,a1%`,
  `SYS "OS_DynamicArea", 0, -1, 0, -1, ${second}, &100000, handler, ws%, "Second" TO ,a2%`,
  'SYS "OS_DynamicArea", 1, a2%',
  'SYS "OS_DynamicArea", 1, a1%',
  'END',
  '',
].join('\n');

async function found(languageId: 'riscos-objasm' | 'riscos-bbcbasic', text: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId, text, file: languageId === 'riscos-objasm' ? 's/Two' : 'Two,fd1' });
  return findings.map((f) => `${f.code}@${f.range.start.line}`);
}

test('ObjAsm: a handler shared by an area with flag bit 8 and one without writes through a null R1 (PW307), whichever is created first; testing R1 is clean', async () => {
  const pinned = 'DynAreaFlags_NeedsSpecificPages';
  assert.deepEqual(await found('riscos-objasm', objasm(pinned, '0')), ['PW307@59']);
  assert.deepEqual(await found('riscos-objasm', objasm('0', pinned)), ['PW307@59']);
  assert.deepEqual(await found('riscos-objasm', objasm(pinned, '0', ['        TEQ     r1, #0', '        BEQ     %FT90'])), []);
  assert.deepEqual(await found('riscos-objasm', objasm(pinned, pinned)), []);
});

test('BBC BASIC: a handler SYS gives an area with flag bit 8 and then one without writes through a null R1 (PW307); testing R1 is clean', async () => {
  assert.deepEqual(await found('riscos-bbcbasic', basic('1 << 8', '0')), ['PW307@16']);
  assert.deepEqual(await found('riscos-bbcbasic', basic('0', '1 << 8')), ['PW307@16']);
  assert.deepEqual(await found('riscos-bbcbasic', basic('1 << 8', '0', [' teq r1, #0', ' beq done'])), []);
});
