import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';

// RISC OS code flushes caches through cp15 and saves FPA registers. Those
// instructions and their operands (p15, c7, f0; CP15 in BASIC) are neither
// undefined names nor syntax errors, the analysis runs through them, and a
// handler's own bug around them is still found.

const parsers = Parsers.create();

interface Found {
  readonly code: string;
  readonly line: number;
  readonly message: string;
  readonly notes: readonly string[];
}

async function findings(languageId: LanguageId, lines: readonly string[], file: string): Promise<Found[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file, settings: DEFAULT_SETTINGS });
  return found.map((f) => ({ code: f.code, line: f.range.start.line, message: f.message, notes: f.notes.map((n) => `${n.range.start.line}: ${n.message}`) }));
}

const lineOf = (lines: readonly string[], text: string): number => {
  const k = lines.findIndex((l) => l.includes(text));
  assert.ok(k >= 0, text);
  return k;
};

/** The probes the bug was reported with, as they were. */
const PROBE_OBJASM = [
  '        AREA    |Asm$$Code|, CODE, READONLY',
  '',
  '        EXPORT  flush',
  'flush',
  '        MOV     r0, #0',
  '        MCR     p15, 0, r0, c7, c10, 4',
  '        MCR     P15, 0, R0, C7, C5, 0',
  '        MRC     p15, 0, r1, c0, c0, 0',
  '        LDC     p1, c2, [r0]',
  '        CDP     p1, 0, c1, c2, c3, 0',
  '        LDFD    f0, [r0]',
  '        STFE    f1, [r0, #12]',
  '        MVFD    f2, f0',
  '        WFS     r1',
  '        RFS     r2',
  '        MOV     pc, lr',
  '        END',
];

const PROBE_BASIC = [
  '10 DIM code% 256',
  '20 FOR pass%=0 TO 2 STEP 2',
  '30 P%=code%',
  '40 [OPT pass%',
  '50 .flush',
  '60 MOV R0,#0',
  '70 MCR CP15,0,R0,C7,C10,4',
  '80 MCR p15,0,r0,c7,c5,0',
  '90 MRC CP15,0,R1,C0,C0,0',
  '100 LDFD F0,[R0]',
  '110 MVFD F2,F0',
  '120 MOV PC,R14',
  '130 ]',
  '140 NEXT',
];

/** A module whose dynamic-area handler leaves R0 holding R2 in PreGrow; `work` goes before that. */
const objAsmModule = (work: readonly string[]): string[] => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |FPCache$$Module|, CODE, READONLY, PIC',
  '        ENTRY',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0',
  '        DCD     0',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     0',
  'Title   =       "FPCache", 0',
  'AreaName',
  '        =       "FP cache", 0',
  '        ALIGN',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #4*1024*1024',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, AreaName',
  '        SWI     XOS_DynamicArea',
  '        EXIT',
  'Handler ROUT',
  '        CMP     r0, #0',
  '        BNE     Other',
  '        Push    "r3, lr"',
  ...work,
  '        MOV     r0, r2',
  '        CLRV',
  '        Pull    "r3, pc"',
  'Other',
  '        CLRV',
  '        MOV     pc, lr',
  '        END',
];

const CACHE_AND_FPA = [
  '        MCR     p15, 0, r0, c7, c10, 4',
  '        STFE    f4, [r12, #8]',
  '        MVFD    f4, #1',
  '        CMFE    f4, #0',
  '        MRC     p15, 0, r3, c0, c0, 0',
  '        LDFE    f4, [r12, #8]',
  '        LDC     p1, c2, [r12]',
  '        CDP     p1, 0, c1, c2, c3, 0',
  '        RFS     r3',
  '        WFS     r3',
];

describe('coprocessor and FPA instructions in ObjAsm', () => {
  it('the probe gives no undefined names and no syntax errors', async () => {
    assert.deepEqual(await findings('riscos-objasm', PROBE_OBJASM, 'cp.s'), []);
  });

  it('a PreGrow that leaves R0 changed is PW303 after cache and FPA work, as it is without it', async () => {
    const plain = objAsmModule([]);
    const worked = objAsmModule(CACHE_AND_FPA);
    const expected = (lines: readonly string[]) => [{
      code: 'PW303', line: lineOf(lines, 'Pull    "r3, pc"'), message: 'PreGrow returns V clear with R0 neither preserved nor "RESV" (&56534552)',
      notes: [`${lineOf(lines, 'MOV     r0, r2')}: R0 overwritten here`],
    }];
    assert.deepEqual(await findings('riscos-objasm', plain, 'plain.s'), expected(plain));
    assert.deepEqual(await findings('riscos-objasm', worked, 'worked.s'), expected(worked));
  });

  it('a name defined nowhere is still PW102, in a plain operand or a literal, beside the coprocessor\'s names', async () => {
    const lines = [...PROBE_OBJASM.slice(0, -2), '        MOV     r0, #zzqq', '        LDR     r0, =undefinedname', ...PROBE_OBJASM.slice(-2)];
    const found = await findings('riscos-objasm', lines, 'cp.s');
    assert.deepEqual(found.map((f) => [f.code, f.line, f.message]), [
      ['PW102', lineOf(lines, '#zzqq'), 'zzqq is not defined'],
      ['PW102', lineOf(lines, '=undefinedname'), 'undefinedname is not defined'],
    ]);
  });
});

describe('coprocessor and FPA instructions in BBC BASIC', () => {
  it('the probe gives no undefined names and no syntax errors', async () => {
    assert.deepEqual(await findings('riscos-bbcbasic', PROBE_BASIC, 'cp.bas'), []);
  });

  const program = (work: readonly string[]): string[] => [
    'DIM code% 256',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler%',
    '        CMP     R0, #0',
    '        BNE     other',
    ...work,
    '        MOV     R0, #5',
    '        CMN     R0, #0',
    '        MOV     PC, R14',
    '.other',
    '        CMN     R0, #0',
    '        MOV     PC, R14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 1024 * 1024, handler%, 0, "FPArea" TO ,area%',
  ];

  it('a PreGrow that changes R0 is PW303 past cache and FPA work, and R3 read from cp15 is PW304 at the MRC', async () => {
    const lines = program([
      '        MCR     CP15,0,R0,C7,C10,4', '        STFD    F0,[R12,#8]', '        MVFD    F2,F0', '        MRC     p15,0,R3,c0,c0,0',
      '        LDFD    F0,[R12,#8]', '        WFS     R1',
    ]);
    const ret = lineOf(lines, 'MOV     PC, R14');
    assert.deepEqual((await findings('riscos-bbcbasic', lines, 'fparea.bas')).map((f) => [f.code, f.line, f.notes]), [
      ['PW303', ret, [`${lineOf(lines, 'MOV     R0, #5')}: R0 overwritten here`]],
      ['PW304', ret, [`${lineOf(lines, 'MRC')}: R3 overwritten here`]],
    ]);
  });

  it('a name set nowhere is still PW102 beside CP15 and F0', async () => {
    const lines = [...PROBE_BASIC.slice(0, 11), '115 MOV R0,#zzqq', ...PROBE_BASIC.slice(11)];
    assert.deepEqual((await findings('riscos-bbcbasic', lines, 'cp.bas')).map((f) => [f.code, f.line, f.message]), [
      ['PW102', lineOf(lines, 'zzqq'), 'zzqq is not defined'],
    ]);
  });
});
