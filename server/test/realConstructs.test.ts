import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';

// Constructs seen in real sources that the grammars once misparsed: each must
// give no PW100 and must still be analysed, so the planted bug is found.

const parsers = Parsers.create();

async function findings(languageId: LanguageId, lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file: 'test' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

const OBJASM_MODULE = [
  '        AREA    |Cache$$Module|, CODE, READONLY, PIC',
  '        ENTRY',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0',
  '        DCD     0',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     Title - Module_BaseAddr',
  '        DCD     0',
  'Title   =       "Cache", 0',
  '        ALIGN',
];

describe('ObjAsm local labels that name their routine', () => {
  it('%FT10Init and 10Init parse, and Init is analysed: its plain SWI is PW311', async () => {
    const found = await findings('riscos-objasm', [
      ...OBJASM_MODULE,
      'Init    ROUT',
      '        CMP     r0, #0',
      '        BEQ     %FT10Init',
      '        SWI     OS_WriteC',
      '10Init  MOV     pc, lr',
      '        END',
    ]);
    assert.deepEqual(found, ['PW311@15']);
  });

  it('a reference with a blank before the routine name is still a syntax error', async () => {
    const found = await findings('riscos-objasm', [...OBJASM_MODULE, 'Init    ROUT', '        BEQ     %FT10 Init', '10      MOV     pc, lr', '        END']);
    assert.ok(found.includes('PW100@13'), found.join(', '));
  });
});
