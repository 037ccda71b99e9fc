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

/**
 * The module: `reserve` is Init's OS_Memory call, `init` lines of Init after
 * its creation, `final` lines of Final, `service` and `swi` those of a
 * service handler and a SWI handler (the module has them when they are
 * given), `exit` what PreGrow does before its return.
 */
function objAsm({
  reserve = ['MOV     r0, #23', 'MOV     r1, #&400', 'MOV     r2, #16'], init = [] as string[], final = [] as string[], service = undefined as string[] | undefined,
  swi = undefined as string[] | undefined, exit = [] as string[],
} = {}): string {
  const handler = (name: string, lines: readonly string[] | undefined): string[] => (lines === undefined ? [] : [
    `${name} STMFD   sp!, {r0-r2, lr}`, ...lines.map((line) => `        ${line}`), '        LDMFD   sp!, {r0-r2, pc}',
  ]);
  return [
    '        AREA    |Pool$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     Final - Module_Base',
    `        DCD     ${service ? 'Service - Module_Base' : '0'}`,
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    ...(swi ? ['        DCD     &58A40', '        DCD     SWIs - Module_Base'] : []),
    'Title   =       "Pool", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}',
    ...reserve.map((line) => `        ${line}`),
    '        SWI     XOS_Memory',
    '        BVS     init_failed',
    '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #16 * 4096', '        ADR     r6, Handler', '        MOV     r7, #0', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    ...init.map((line) => `        ${line}`),
    'init_failed',
    '        LDMFD   sp!, {r1-r8, pc}',
    'Final   STMFD   sp!, {r1-r2, lr}',
    ...final.map((line) => `        ${line}`),
    '        LDMFD   sp!, {r1-r2, pc}',
    ...handler('Service', service),
    ...handler('SWIs   ', swi),
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

test('a PreGrow returning R0 neither preserved nor "RESV" (a misspelt "RESV") with reserved pages listed is PW303 alone, one mistake', async () => {
  const text = objAsm({ exit: ['        LDR     r0, =&52455356          ; "VSER"'] });
  assert.deepEqual(await found('riscos-objasm', text), [`PW303 ${returnLine(text)}`]);
  const bas = basic({ exit: ['        LDR     R0, resv'] }).replace(']\nNEXT', '.resv   EQUD    &52455356\n]\nNEXT');
  assert.deepEqual(await found('riscos-bbcbasic', bas), [`PW303 ${bas.split('\n').indexOf('        MOV     PC, R14')}`]);
});

test('PW306 notes where the pages were reserved and where the page block entry naming one was written, in ObjAsm and BBC BASIC', async () => {
  const notes = async (languageId: 'riscos-objasm' | 'riscos-bbcbasic', text: string): Promise<string[][]> => {
    const findings = await analyseSource(await parsers, { languageId, text, file: languageId === 'riscos-objasm' ? '/test/s/Pool' : '/test/Resv,fd1', settings: DEFAULT_SETTINGS });
    return findings.map((f) => [`${f.code} ${f.range.start.line}`, ...f.notes.map((n) => `${n.range.start.line} ${n.message}`)]);
  };
  const text = objAsm();
  const lines = text.split('\n');
  assert.deepEqual(await notes('riscos-objasm', text), [[
    `PW306 ${returnLine(text)}`, `${lines.indexOf('        SWI     XOS_Memory')} pages 0x400-0x40F reserved here (OS_Memory 23)`,
    `${lines.indexOf('10      STR     r6, [r7], #12')} entry 0 written here`,
  ]]);
  const bas = basic();
  const basLines = bas.split('\n');
  assert.deepEqual(await notes('riscos-bbcbasic', bas), [[
    `PW306 ${basLines.indexOf('        MOV     PC, R14')}`, `${basLines.indexOf('SYS "OS_Memory", 23, first%, npages%')} pages 0x400-0x40F reserved here (OS_Memory 23)`,
    `${basLines.indexOf('.fill   STR     R6, [R7], #12')} entry 0 written here`,
  ]]);
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

/** OS_Memory 23 with bit 8 set: a release of the pages R1 and R2 name. */
const release = (first = 'MOV     r1, #&400', count = 'MOV     r2, #16'): string[] => ['MOV     r0, #23 + (1 << 8)', first, count, 'SWI     XOS_Memory'];
/** OS_DynamicArea 1 of the area Init kept in the workspace. */
const removal = ['MOV     r0, #1', 'LDR     r1, [r12]', 'SWI     XOS_DynamicArea'];
/** BBC BASIC: the area removed, and the pages released. */
const sysRemoval = 'SYS "OS_DynamicArea", 1, area%';
const sysRelease = 'SYS "OS_Memory", 23 OR (1 << 8), first%, npages%';
/** The line of the BASIC PreGrow's return. */
const basicReturn = (text: string): number => text.split('\n').indexOf('        MOV     PC, R14');

test('a release the program may make while its area may still grow keeps the reservation from counting: the grow may come after it', async () => {
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: release() })), [], 'the same pages, in the service handler');
  assert.deepEqual(await found('riscos-objasm', objAsm({ swi: release() })), [], 'in the SWI handler');
  assert.deepEqual(await found('riscos-objasm', objAsm({ init: release() })), [], 'in Init, after the creation');
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: release('MOV     r1, #&40F', 'MOV     r2, #1') })), [], 'the last page');
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: release('LDR     r1, [r12]') })), [], 'pages not known');
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: ['LDR     r0, [r12]', 'SWI     XOS_Memory'] })), [], 'an OS_Memory call of a reason not known');
  const text = objAsm({ service: release('MOV     r1, #&410') });
  assert.deepEqual(await found('riscos-objasm', text), [`PW306 ${returnLine(text)}`], 'other pages released');
  // Final's release, reached from Init's failure too; a routine Final and the service handler both call.
  const entered = objAsm({ init: ['BVS     tidy'], final: [`tidy    ${release()[0] as string}`, ...release().slice(1)] }).replace('        tidy    ', 'tidy    ');
  assert.deepEqual(await found('riscos-objasm', entered), [], 'Final\'s release, which Init\'s failure branches to');
  const shared = objAsm({ final: ['BL      tidy'], service: ['BL      tidy'] }).replace('        END', ['tidy    STMFD   sp!, {r0-r2, lr}', ...release().map((line) => `        ${line}`), '        LDMFD   sp!, {r0-r2, pc}', '        END'].join('\n'));
  assert.deepEqual(await found('riscos-objasm', shared), [], 'a routine the service handler calls too');
  // The area removed, but a call or a branch between the removal and the release.
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: [...removal, 'BL      Init', ...release()] })), [], 'a call between');
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: [...removal, 'LDMVSFD sp!, {r0-r2, pc}', ...release()] })), [], 'a return between');
  assert.deepEqual(await found('riscos-objasm', objAsm({ service: ['MOVNE   r0, #1', 'LDR     r1, [r12]', 'SWINE   XOS_DynamicArea', ...release()] })), [], 'a removal made on some paths only');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ after: [sysRelease] })), [], 'BASIC: the same pages, the area not removed');
  const other = basic({ after: ['SYS "OS_Memory", 23 OR (1 << 8), &500, npages%'] });
  assert.deepEqual(await found('riscos-bbcbasic', other), [`PW306 ${basicReturn(other)}`], 'BASIC: other pages released');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ after: [sysRemoval, 'PROCwait', sysRelease, 'END', 'DEF PROCwait', 'ENDPROC'] })), [], 'BASIC: a PROC between');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ after: [`IF area% THEN ${sysRemoval}`, sysRelease] })), [], 'BASIC: the removal made on some runs only');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ after: [sysRelease, 'PRINT FNsize', sysRemoval, 'END', 'DEF FNsize = 0'] })), [], 'BASIC: an FN between');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ after: [sysRemoval, 'GOTO 10', sysRelease] })), [], 'BASIC: a program that jumps to lines');
});

test('ObjAsm: a release in the module\'s finalisation, or next to the removal of its area, comes after every grow: PW306 stands', async () => {
  for (const [final, what] of [
    [release(), 'the same pages'], [release('LDR     r1, [r12]'), 'pages not known'], [['LDR     r0, [r12]', 'SWI     XOS_Memory'], 'a reason not known'],
    [[...removal, ...release()], 'after the removal'], [[...release(), ...removal], 'before the removal'],
  ] as const) {
    const text = objAsm({ final: [...final] });
    assert.deepEqual(await found('riscos-objasm', text), [`PW306 ${returnLine(text)}`], `in Final: ${what}`);
  }
  const own = objAsm({ final: ['BL      tidy'] }).replace('        END', ['tidy    STMFD   sp!, {r0-r2, lr}', ...release().map((line) => `        ${line}`), '        LDMFD   sp!, {r0-r2, pc}', '        END'].join('\n'));
  assert.deepEqual(await found('riscos-objasm', own), [`PW306 ${returnLine(own)}`], 'in a routine only Final calls');
  for (const [service, what] of [[[...removal, ...release()], 'after'], [[...release(), ...removal], 'before']] as const) {
    const text = objAsm({ service: [...service] });
    assert.deepEqual(await found('riscos-objasm', text), [`PW306 ${returnLine(text)}`], `in the service handler, right ${what} the area's removal`);
  }
  assert.deepEqual(await found('riscos-objasm', objAsm({ final: release(), service: [...removal, ...release()], exit: [RESV] })), [], 'with "RESV"');
});

test('BBC BASIC: a release in the straight run of statements that removes the area comes after every grow: PW306 stands', async () => {
  for (const [after, what] of [
    [[sysRemoval, sysRelease], 'after the removal'], [[sysRelease, sysRemoval], 'before the removal'],
    [[sysRemoval, 'REM the pages go back', 'PRINT "Done"', sysRelease], 'after the removal, with plain statements between'],
    [['PROCtidy', 'END', 'DEF PROCtidy', sysRemoval, sysRelease, 'ENDPROC'], 'in a PROC'],
  ] as const) {
    const text = basic({ after: [...after] });
    assert.deepEqual(await found('riscos-bbcbasic', text), [`PW306 ${basicReturn(text)}`], `BASIC: ${what}`);
  }
  const corrected = basic({ after: [sysRemoval, sysRelease], exit: ['        LDR     R0, resv'] }).replace(']\nNEXT', '.resv   EQUD    &56534552\n]\nNEXT');
  assert.deepEqual(await found('riscos-bbcbasic', corrected), [], 'BASIC: with "RESV"');
});

test('BBC BASIC: an ON ERROR handler\'s statements are a straight run of their own: a release there beside the removal comes after every grow', async () => {
  const reserve = 'SYS "OS_Memory", 23, first%, npages%';
  const handler = (statements: readonly string[]): string[] => [`ON ERROR ${statements.join(' : ')}`, reserve];
  const text = basic({ before: handler([sysRemoval, sysRelease, 'END']) });
  assert.deepEqual(await found('riscos-bbcbasic', text), [`PW306 ${basicReturn(text)}`], 'removal, release and END in the handler');
  const corrected = basic({ before: handler([sysRemoval, sysRelease, 'END']), exit: ['        LDR     R0, resv'] }).replace(']\nNEXT', '.resv   EQUD    &56534552\n]\nNEXT');
  assert.deepEqual(await found('riscos-bbcbasic', corrected), [], 'with "RESV"');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ before: handler([sysRelease, 'END']) })), [], 'the area not removed');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ before: handler([sysRemoval, 'PROCwait', sysRelease, 'END']), after: ['END', 'DEF PROCwait', 'ENDPROC'] })), [], 'a PROC between');
  assert.deepEqual(await found('riscos-bbcbasic', basic({ before: [`ON ERROR ${sysRemoval}`, `${sysRelease} : ${reserve}`] })), [], 'the release after the ON ERROR line, in the program');
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
  const releasing = release().map((line) => `        ${line}\n`).join('');
  const final = await document.edit(replaced(document.current, 'Final   STMFD   sp!, {r1-r2, lr}\n', `Final   STMFD   sp!, {r1-r2, lr}\n${releasing}`));
  assert.deepEqual(final.findings.map((f) => f.code), ['PW306']);
  // PreGrow's PW306 notes the reservation in Init, outside PreGrow's code: its findings are reused where they were found only, and the lines added to Final moved PreGrow.
  assert.equal(await document.checked(final, 'a release in Final'), 2, 'Final and PreGrow: the reservation stands');
  const init = await document.edit(replaced(document.current, '\ninit_failed\n', `\n${releasing}init_failed\n`));
  assert.deepEqual(init.findings, []);
  await document.checked(init, 'a release in Init too');
});

/** `objAsm`'s text with each of `labels` back at the margin, where the helper indents every line. */
const labelled = (text: string, ...labels: string[]): string => labels.reduce((t, label) => t.replaceAll(`        ${label}\n`, `${label}\n`), text);
/** Init's ending after its creation: V clear and back on success, else, with the area not made, on to `fail`. */
const initEnds = (fail: string): string[] => [`BVS     ${fail}`, 'CLRV', 'LDMFD   sp!, {r1-r8, pc}'];
/** What follows a release on Init's failure path: V set, and back to the kernel. */
const fails = ['SETV', 'LDMFD   sp!, {r1-r8, pc}'];

test('ObjAsm: a release from which Init can only return an error, with no area made or its area removed, comes after every grow: PW306 stands', async () => {
  for (const [init, labels, what] of [
    [[...initEnds('no_area'), 'no_area', ...release(), ...fails], ['no_area'], 'the creation failed: SETV and EXIT'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'MSR     CPSR_f, #1 << 28', 'B       error', 'error', 'LDMFD   sp!, {r1-r8, pc}'],
      ['no_area', 'error'], 'V set by MSR, then a branch to the return'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'TEQ     r0, #0', 'BEQ     no_error', 'LDMVSFD sp!, {r1-r8, pc}', 'no_error', ...fails],
      ['no_area', 'no_error'], 'either path returns V set'],
    [['BVS     no_area', 'SWI     XOS_ReadMonotonicTime', 'BVS     remove', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}', 'remove', ...removal, 'no_area', ...release(), ...fails],
      ['no_area', 'remove'], 'a later failure, which removes the area first'],
    [['STRVC   r1, [r12]', 'LDMVCFD sp!, {r1-r8, pc}', ...release(), ...fails], [], 'the creation failed: what EXIT VC does not return past'],
    [['BVC     made', ...release(), ...fails, 'made', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}'], ['made'], 'the creation failed: what BVC does not jump past'],
  ] as const) {
    const text = labelled(objAsm({ init: [...init] }), ...labels);
    assert.deepEqual(await found('riscos-objasm', text), [`PW306 ${returnLine(text)}`], what);
    assert.deepEqual(await found('riscos-objasm', labelled(objAsm({ init: [...init], exit: [RESV] }), ...labels)), [], `${what}, with "RESV"`);
  }
});

test('ObjAsm: a release on Init\'s failure path still cancels where Init may succeed after it, or its area may still be there', async () => {
  for (const [init, labels, what] of [
    [[...initEnds('no_area'), 'no_area', ...release(), 'LDMFD   sp!, {r1-r8, pc}'], ['no_area'], 'V as the release left it'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'SETV', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}'], ['no_area'], 'V cleared again'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'TEQ     r0, #0', 'BEQ     no_error', ...fails, 'no_error', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}'],
      ['no_area', 'no_error'], 'one path returns V clear'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'CMP     r1, r2', 'LDMFD   sp!, {r1-r8, pc}'], ['no_area'], 'a compare after the release'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'MOV     r0, #0', 'MOV     r1, #4096', 'SWI     XOS_ChangeDynamicArea', ...fails], ['no_area'], 'a grow before the return'],
    [[...initEnds('no_area'), 'no_area', ...release(), 'BL      Final', ...fails], ['no_area'], 'a call before the return'],
    [['BVS     no_area', 'SWI     XOS_ReadMonotonicTime', 'BVS     no_area', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}', 'no_area', ...release(), ...fails],
      ['no_area'], 'a later failure, the area still there'],
    [['BVS     no_area', 'SWI     XOS_ReadMonotonicTime', 'BVS     remove', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}', 'remove', 'TEQ     r0, #0', ...removal.map((line) => line.replace('SWI  ', 'SWINE')), 'no_area', ...release(), ...fails],
      ['no_area', 'remove'], 'a later failure, the area removed on some paths only'],
    [['BLVS    tidy', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}', 'tidy', ...release(), 'SETV', 'MOV     pc, lr'], ['tidy'], 'a routine Init calls, which returns to it'],
    [['CMP     r1, r2', 'LDMVCFD sp!, {r1-r8, pc}', ...release(), ...fails], [], 'EXIT VC after a compare, which made V anew'],
    [['BVC     made', 'LDMFD   sp!, {r1-r8, pc}', 'made', ...release(), ...fails], ['made'], 'BVC to the release: the creation succeeded'],
    [['ADDS    r0, r1, #1', 'BVC     made', ...release(), ...fails, 'made', 'CLRV', 'LDMFD   sp!, {r1-r8, pc}'], ['made'], 'BVC after an ADDS, which made V anew'],
  ] as const) {
    assert.deepEqual(await found('riscos-objasm', labelled(objAsm({ init: [...init] }), ...labels)), [], what);
  }
  // The service handler keeps the failure path's address: it may run it later.
  const named = labelled(objAsm({ init: [...initEnds('no_area'), 'no_area', ...release(), ...fails], service: ['ADR     r0, no_area', 'STR     r0, [r12]'] }), 'no_area');
  assert.deepEqual(await found('riscos-objasm', named), [], 'code an ADR names too');
  // A second area, which the failure of the first leaves made.
  const second = ['BVS     init_failed', 'MOV     r0, #0', 'ADR     r6, Handler', 'SWI     XOS_DynamicArea'];
  assert.deepEqual(await found('riscos-objasm', labelled(objAsm({ init: [...second, ...initEnds('no_area'), 'no_area', ...release(), ...fails] }), 'no_area')), [], 'a second area made before');
});
