import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { MODULE_OPENING } from './support/objasmModule.js';

// ARM code calls a routine without BL by setting LR itself: `ADR lr, %FT10`
// / `B routine`, or `MOV lr, pc` / `MOV pc, r2` before BLX existed. The
// routine's `MOV pc, lr` returns into the handler, which returns to the
// kernel with the R14 it saved: no PW304, in ObjAsm or BBC BASIC.

const parsers = Parsers.create();

async function findings(languageId: LanguageId, lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line}: ${f.message}`);
}

/** A module whose handler's PreShrink and TestShrink call RoundDown without BL; `save` is how they save R14. */
const module = (save: 'saved' | 'lost'): string[] => [
  ...MODULE_OPENING,
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 9',
  '        LDR     r5, =&400000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #2',
  '        BEQ     PreShrink',
  '        TEQ     r0, #4',
  '        BEQ     TestShrink',
  '        CMP     r0, #4',
  '        CLRV    LO',
  '        MOVLO   pc, lr',
  '        MOV     r0, #0',
  '        SETV',
  '        MOV     pc, lr',
  ...(save === 'saved' ? ['PreShrink Entry "r1"'] : ['PreShrink ROUT', '        Push    "r1"']),
  '        SUB     r1, r4, #&10000',
  '        CMP     r3, r1',
  '        MOVHI   r3, r1',
  '        ADR     lr, %FT10',
  '        B       RoundDown',
  '10      CLRV',
  ...(save === 'saved' ? ['        EXIT'] : ['        Pull    "r1"', '        MOV     pc, lr']),
  'TestShrink Entry "r1, r2"',
  '        SUB     r3, r4, #&10000',
  '        ADR     r2, RoundDown',
  '        MOV     lr, pc',
  '        MOV     pc, r2',
  '        CLRV',
  '        EXIT',
  'RoundDown',
  '        Push    "r1"',
  '        SUB     r1, r5, #1',
  '        BIC     r3, r3, r1',
  '        Pull    "r1"',
  '        MOV     pc, lr',
  '        END',
];

test('ObjAsm: ADR lr, %FT10 / B RoundDown and MOV lr, pc / MOV pc, r2 are calls: RoundDown returns into the handler', async () => {
  assert.deepEqual(await findings('riscos-objasm', module('saved')), []);
});

test('ObjAsm: the handler that lost its R14 to ADR lr, %FT10 is PW304 at its own MOV pc, lr, not at RoundDown\'s', async () => {
  const lines = module('lost');
  const [only, ...rest] = await findings('riscos-objasm', lines);
  assert.deepEqual(rest, []);
  assert.match(only ?? '', new RegExp(`^PW304@${lines.indexOf('        Pull    "r1"') + 1}: PreShrink returns through R14`));
});

test('BBC BASIC: ADR R14, back / B round is a call: round returns to .back, which pulls the saved R14', async () => {
  const basic = [
    'DIM code% 1024, ws% 16',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler',
    '        TEQ     R0, #2',
    '        BNE     accept',
    '        STMFD   R13!, {R14}',
    '        ADR     R14, back',
    '        B       round',
    '.back',
    '        LDMFD   R13!, {R14}',
    '.accept',
    '        MSR     CPSR_f, #0',
    '        MOV     PC, R14',
    '.round',
    '        STMFD   R13!, {R6}',
    '        SUB     R6, R5, #1',
    '        BIC     R3, R3, R6',
    '        LDMFD   R13!, {R6}',
    '        MOV     PC, R14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 65536, -1, &80, 1 << 20, handler, ws%, "AdrCall" TO ,area%',
    'END',
  ];
  assert.deepEqual(await findings('riscos-bbcbasic', basic), []);
});

/** Init keeping its handler's address in a workspace word with LR as a scratch register, then branching on; `back` is how it returns. */
const keepsHandlerInLr = (back: readonly string[]): string[] => [
  ...MODULE_OPENING,
  '                ^       0, r12',
  'HandlerPtr      #       4',
  'Init    STMFD   sp!, {r0-r8, lr}',
  '        LDR     r12, [r12]',
  '        ADR     lr, Handler             ; LR is free: it is saved above',
  '        STR     lr, HandlerPtr',
  '        B       Init_Create',
  'Init_Create',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #&200000',
  '        LDR     r6, HandlerPtr',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVS   r0, [sp]',
  ...back,
  'Handler ROUT',
  '        TEQ     r0, #2',
  '        MOVNE   pc, lr',
  '        STMFD   sp!, {r1, lr}',
  '        SUB     r1, r5, #1',
  '        BIC     r3, r3, r1',
  '        CLRV',
  '        LDMFD   sp!, {r1, pc}',
  '        END',
];

test('ObjAsm: ADR lr, Handler / STR lr, HandlerPtr / B Init_Create keeps an address in LR, not a return address: Init_Create returns to the kernel, and Handler is not run as Init', async () => {
  assert.deepEqual(await findings('riscos-objasm', keepsHandlerInLr(['        LDMFD   sp!, {r0-r8, pc}'])), []);
});

test('ObjAsm: after LR held an address as data, Init_Create returning through the R14 its SWI overwrote is PW304 at that return', async () => {
  const lines = keepsHandlerInLr(['        LDMFD   sp!, {r0-r8}', '        MOV     pc, lr']);
  const [only, ...rest] = await findings('riscos-objasm', lines);
  assert.deepEqual(rest, []);
  assert.match(only ?? '', new RegExp(`^PW304@${lines.indexOf('        MOV     pc, lr')}: The entry point returns through R14`));
});
