import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';

// A syntax error keeps from analysis the code it may be part of, and no more:
// the routine it is in, or for code outside every routine, the statements
// from the entry's line to the next routine.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test.s' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
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
    assert.deepEqual(found, ['PW311@11', 'PW900@13', 'PW100@14']);
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
    assert.deepEqual(found, ['PW900@10', 'PW100@12']);
  });
});
