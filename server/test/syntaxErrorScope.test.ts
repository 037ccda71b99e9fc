import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';

// A syntax error keeps from analysis the code it may be part of, and no more:
// the routine it is in, or for code outside every routine, the statements
// from the entry's line to the next routine.

const parsers = Parsers.create();

async function findings(lines: readonly string[], languageId: 'riscos-objasm' | 'riscos-bbcbasic' = 'riscos-objasm'): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file: languageId === 'riscos-objasm' ? 'test.s' : 'test.bas' });
  return found.map((f) => `${f.code}@${f.range.start.line}${f.code === 'PW100' ? `:${f.range.start.character} ${f.message}` : ''}`);
}

const HEADER = [
  '        AREA    |Scope$$Code|, CODE, READONLY',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base',
  '        DCD     Title - Module_Base',
  '        DCD     0',
  'Title   =       "Scope", 0',
  '        ALIGN',
];

describe('ObjAsm code before the first ROUT and a syntax error', () => {
  it('in a routine further on leaves it analysed: Init\'s plain SWI is PW311', async () => {
    const found = await findings([
      ...HEADER,
      'Init    STMFD   sp!, {lr}',
      '        SWI     OS_WriteC',
      '        LDMFD   sp!, {pc}',
      'Other   ROUT',
      '        MOV     r0, r1 r2',
      '        MOV     pc, lr',
      '        END',
    ]);
    assert.deepEqual(found, ['PW311@11', 'PW900@13', 'PW100@14:23 Syntax error: cannot make sense of "r2"']);
  });

  it('after its line, before the next routine, keeps it from analysis', async () => {
    const found = await findings([
      ...HEADER,
      'Init    STMFD   sp!, {lr}',
      '        SWI     OS_WriteC',
      '        MOV     r0, r1 r2',
      '        LDMFD   sp!, {pc}',
      'Other   ROUT',
      '        MOV     pc, lr',
      '        END',
    ]);
    assert.deepEqual(found, ['PW900@10', 'PW100@12:23 Syntax error: cannot make sense of "r2"']);
  });
});

describe('An ObjAsm line holding a second statement the parser cannot end its line before', () => {
  // The parser takes the line end it hides as missing, which no node shows: the PW100 marks the stray statement, not the routine's label.
  const routine = (line: string) => [
    ...HEADER,
    'Init    STMFD   sp!, {lr}',
    '        LDMFD   sp!, {pc}',
    'Other   ROUT',
    '        MOV     r0, #0          ; first',
    line,
    '        MOV     pc, lr',
    '        END',
  ];

  it('is a PW100 at that statement inside a routine', async () => {
    assert.deepEqual(await findings(routine('        ADD     r0, r1, #4 #5')), ['PW900@12', 'PW100@14:27 Syntax error: cannot make sense of "#5"']);
  });

  it('is a PW100 at that statement after a label', async () => {
    assert.deepEqual(await findings(routine('Here    MOV     r0, #1 # 4')), ['PW900@12', 'PW100@14:23 Syntax error: cannot make sense of "# 4"']);
  });

  it('is a PW100 at that statement outside every routine', async () => {
    const found = await findings(['        AREA    |X$$Code|, CODE, READONLY', '        MOV     r0, #0', '        MOV     r0, #1 # 4', '        MOV     pc, lr', '        END']);
    assert.deepEqual(found, ['PW100@2:23 Syntax error: cannot make sense of "# 4"']);
  });

  it('is no error once the line holds one statement', async () => {
    assert.deepEqual(await findings(routine('        ADD     r0, r1, #4 ; #5')), []);
  });
});

describe('A BBC BASIC assembler line the parser reads as an instruction without a mnemonic', () => {
  // BASIC's assembler takes a function as a macro only after OPT (`OPT FNsetv`); a bare `FNsetv` is no statement.
  const program = (call: string) => [
    'DIM code% 256',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler',
    `        ${call}`,
    '        MOV     PC, R14',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, 0, 65536, handler, 0, "X" TO ,area%',
    'END',
    'DEF FNclearv',
    '[ OPT pass%',
    '        MSR     CPSR_f, #0',
    ']',
    '= pass%',
  ];

  it('is a PW100 at the line, beside the PW900 of the handler it keeps from analysis', async () => {
    assert.deepEqual(await findings(program('FNclearv'), 'riscos-bbcbasic'), ['PW900@4', 'PW100@5:8 Syntax error: cannot make sense of "FNclearv"']);
  });

  it('is no error as OPT FNclearv, BASIC\'s macro idiom', async () => {
    assert.deepEqual(await findings(program('OPT FNclearv'), 'riscos-bbcbasic'), []);
  });
});

describe('A VxD procedure that calls one with a syntax error', () => {
  const source = (helperLine: string): string[] => [
    '        .386p',
    '        include vmm.inc',
    'Declare_Virtual_Device SYNV, 1, 0, SYNV_Control, Undefined_Device_ID, Undefined_Init_Order, , ,',
    'VxD_LOCKED_DATA_SEG',
    'H       dd      0',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc SYNV_Control',
    '        Control_Dispatch Device_Init, SYNV_Init',
    '        clc',
    '        ret',
    'EndProc SYNV_Control',
    'BeginProc SYNV_Init',
    '        call    Helper',
    '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
    '        mov     ecx, [eax]',
    '        clc',
    '        ret',
    'EndProc SYNV_Init',
    'BeginProc Helper',
    helperLine,
    '        ret',
    'EndProc Helper',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ];
  const messages = async (lines: readonly string[]): Promise<string[]> => {
    const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${lines.join('\n')}\n`, file: 'test.asm' });
    return found.map((f) => `${f.code}@${f.range.start.line} ${f.message}`);
  };

  it('is cut short at the broken line, which it names as a syntax error (not as an unknown macro `mov`)', async () => {
    assert.deepEqual(await messages(source('        mov     eax, [H+')), [
      'PW900@19 Helper was not analysed: it has a syntax error',
      'PW900@20 Analysis of SYNV_Init was cut short: "mov eax, [H+" has a syntax error and is not analysed',
      'PW100@20 Syntax error: cannot make sense of "[H+"',
    ]);
  });

  it('is analysed through the helper once the line is right', async () => {
    assert.deepEqual((await messages(source('        mov     eax, [H]'))).map((m) => m.split(' ')[0]), ['PW211@15']);
  });
});
