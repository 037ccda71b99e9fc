import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { RiscOsVersion } from '../../emulator/src/index.js';
import { Parsers } from '../src/parsing/parsers.js';
import { replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';

// PW306 from the program's own OS_Memory 23 calls: pages its module
// initialisation (or its BASIC) reserves are reserved when its PreGrow runs,
// unless the program may release them too. docs/checks/PW306.md's
// Problematic code, made into a whole module: Init reserves &400-&40F and
// creates a NeedsSpecificPages area of at most 16 pages whose handler sends
// reason 0 to a PreGrow that lists pages from &400.

const parsers = Parsers.create();

const RESV = '        LDR     r0, =&56534552          ; "RESV"';

/** The module: `reserve` is Init's OS_Memory call, `release` lines of Final, `exit` what PreGrow does before its return. */
function objAsm({ reserve = ['MOV     r0, #23', 'MOV     r1, #&400', 'MOV     r2, #16'], release = [] as string[], exit = [] as string[] } = {}): string {
  return [
    '        AREA    |Pool$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     Final - Module_Base', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Pool", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}',
    ...reserve.map((line) => `        ${line}`),
    '        SWI     XOS_Memory',
    '        BVS     init_failed',
    '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #16 * 4096', '        ADR     r6, Handler', '        MOV     r7, #0', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    'init_failed',
    '        LDMFD   sp!, {r1-r8, pc}',
    'Final   STMFD   sp!, {r1-r2, lr}',
    ...release.map((line) => `        ${line}`),
    '        LDMFD   sp!, {r1-r2, pc}',
    'Handler ROUT',
    '        TEQ     r0, #0',
    '        BEQ     PreGrow',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    'PreGrow ROUT',
    '        STMFD   sp!, {r6-r8}',
    '        MOV     r6, #&400',
    '        MOV     r7, r1',
    '        MOVS    r8, r2',
    '        BEQ     %FT20',
    '10      STR     r6, [r7], #12',
    '        ADD     r6, r6, #1',
    '        SUBS    r8, r8, #1',
    '        BNE     %BT10',
    '20      LDMFD   sp!, {r6-r8}',
    ...exit,
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    '        END', '',
  ].join('\n');
}

/** The line of PreGrow's return in `objAsm`'s text (0-based). */
const returnLine = (text: string): number => text.split('\n').lastIndexOf('        MOV     pc, lr');

/** The same in BBC BASIC: `before` and `after` are BASIC lines around the assembler, `exit` PreGrow's before its return. */
function basic({ before = ['SYS "OS_Memory", 23, first%, npages%'], after = [] as string[], exit = [] as string[] } = {}): string {
  return [
    'DIM code% 1024',
    'first% = &400 : npages% = 16',
    ...before,
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler',
    '        TEQ     R0, #0',
    '        BNE     other',
    '        STMFD   R13!, {R6-R8}',
    '        MOV     R6, #&400',
    '        MOV     R7, R1',
    '        MOVS    R8, R2',
    '        BEQ     done',
    '.fill   STR     R6, [R7], #12',
    '        ADD     R6, R6, #1',
    '        SUBS    R8, R8, #1',
    '        BNE     fill',
    '.done   LDMFD   R13!, {R6-R8}',
    ...exit,
    '        CMP     R0, #0',
    '        MOV     PC, R14',
    '.other  CMP     R0, #0',
    '        MOV     PC, R14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, &100, npages% * 4096, handler, 0, "Resv" TO ,area%',
    ...after,
    'END', '',
  ].join('\n');
}

async function found(languageId: 'riscos-objasm' | 'riscos-bbcbasic', text: string, riscosVersion: RiscOsVersion = DEFAULT_SETTINGS.riscosVersion): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId, text, file: languageId === 'riscos-objasm' ? '/test/s/Pool' : '/test/Resv,fd1', settings: { ...DEFAULT_SETTINGS, riscosVersion } });
  return findings.map((f) => `${f.code} ${f.range.start.line}`);
}

test('PW306.md in a module: a PreGrow listing pages Init reserved with OS_Memory 23 is PW306 at its return; with "RESV" it is clean', async () => {
  const text = objAsm();
  assert.deepEqual(await found('riscos-objasm', text), [`PW306 ${returnLine(text)}`]);
  assert.deepEqual(await found('riscos-objasm', objAsm({ exit: [RESV] })), []);
});

test('PW306.md in BBC BASIC: pages SYS "OS_Memory", 23 reserved are PW306 at the PreGrow\'s return; with "RESV" it is clean', async () => {
  const text = basic();
  assert.deepEqual(await found('riscos-bbcbasic', text), [`PW306 ${text.split('\n').indexOf('        MOV     PC, R14')}`]);
  assert.deepEqual(await found('riscos-bbcbasic', basic({ exit: ['        LDR     R0, resv'] }).replace(']\nNEXT', '.resv   EQUD    &56534552\n]\nNEXT')), []);
});

test('a reservation of other pages, of pages not known, or a call of another reason reserves nothing the PreGrow lists', async () => {
  assert.deepEqual(await found('riscos-objasm', objAsm({ reserve: ['MOV     r0, #23', 'MOV     r1, #&500', 'MOV     r2, #16'] })), [], 'pages &500 on');
  assert.deepEqual(await found('riscos-objasm', objAsm({ reserve: ['MOV     r0, #23', 'MOV     r1, #&3F0', 'MOV     r2, #16'] })), [], 'pages up to &3FF');
  assert.deepEqual(await found('riscos-objasm', objAsm({ reserve: ['MOV     r0, #23', 'LDR     r1, [r12]', 'MOV     r2, #16'] })), [], 'the first page from workspace');
  assert.deepEqual(await found('riscos-objasm', objAsm({ reserve: ['MOV     r0, #23', 'MOV     r1, #&400', 'LDR     r2, [r12]'] })), [], 'the count from workspace');
  assert.deepEqual(await found('riscos-objasm', objAsm({ reserve: ['MOV     r0, #23 + (1 << 9)', 'MOV     r1, #&400', 'MOV     r2, #16'] })), [], 'a flag the kernel refuses');
  assert.deepEqual(await found('riscos-objasm', objAsm({ reserve: ['MOV     r0, #24', 'MOV     r1, #&400', 'MOV     r2, #16'] })), [], 'OS_Memory 24');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ before: ['SYS "OS_Memory", 23, &410, npages%'] })), [], 'BASIC: pages &410 on');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ before: ['SYS "OS_Memory", 23, FNfirst, npages%'] })), [], 'BASIC: the first page not known');
});

test('a release the program may make of a reserved page keeps it from counting: the grow may come after it', async () => {
  const release = (first: string, count = 'MOV     r2, #16'): string[] => ['MOV     r0, #23 + (1 << 8)', first, count, 'SWI     XOS_Memory'];
  assert.deepEqual(await found('riscos-objasm', objAsm({ release: release('MOV     r1, #&400') })), [], 'the same pages');
  assert.deepEqual(await found('riscos-objasm', objAsm({ release: release('MOV     r1, #&40F', 'MOV     r2, #1') })), [], 'the last page');
  assert.deepEqual(await found('riscos-objasm', objAsm({ release: release('LDR     r1, [r12]') })), [], 'pages not known');
  assert.deepEqual(await found('riscos-objasm', objAsm({ release: ['LDR     r0, [r12]', 'SWI     XOS_Memory'] })), [], 'an OS_Memory call of a reason not known');
  const text = objAsm({ release: release('MOV     r1, #&410') });
  assert.deepEqual(await found('riscos-objasm', text), [`PW306 ${returnLine(text)}`], 'other pages released');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ after: ['SYS "OS_Memory", 23 OR (1 << 8), first%, npages%'] })), [], 'BASIC: the same pages');
  const other = basic({ after: ['SYS "OS_Memory", 23 OR (1 << 8), &500, npages%'] });
  assert.deepEqual(await found('riscos-bbcbasic', other), [`PW306 ${other.split('\n').indexOf('        MOV     PC, R14')}`], 'BASIC: other pages released');
});

test('before RISC OS 5.27 there is no OS_Memory 23: the pages are not reserved, and PW306 does not apply', async () => {
  for (const version of ['5.23', '6', '3.7'] as const) {
    assert.deepEqual(await found('riscos-objasm', objAsm(), version), [], version);
    assert.deepEqual(await found('riscos-bbcbasic', basic(), version), [], `BASIC on ${version}`);
  }
});

test('an edit of the reservation runs the handler\'s entries again, besides the routine edited, and no other', async () => {
  const { document, state } = await KeptDocument.open('riscos-objasm', '/work/reserved/s/Pool', objAsm());
  assert.deepEqual(state.findings.map((f) => f.code), ['PW306']);
  const moved = await document.edit(replaced(document.current, 'MOV     r1, #&400', 'MOV     r1, #&500'));
  assert.deepEqual(moved.findings, []);
  assert.equal(await document.checked(moved, 'the reservation moved past the pages'), 3, 'Init, the handler and its PreGrow; not Final');
  const back = await document.edit(replaced(document.current, 'MOV     r1, #&500', 'MOV     r1, #&400'));
  assert.deepEqual(back.findings.map((f) => f.code), ['PW306']);
  assert.equal(await document.checked(back, 'the reservation moved back'), 3);
  const released = await document.edit(replaced(document.current, 'Final   STMFD   sp!, {r1-r2, lr}\n', 'Final   STMFD   sp!, {r1-r2, lr}\n        MOV     r0, #23 + (1 << 8)\n        MOV     r1, #&400\n        MOV     r2, #16\n        SWI     XOS_Memory\n'));
  assert.deepEqual(released.findings, []);
  await document.checked(released, 'a release in Final');
});
