import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';

// A macro defined nowhere PageWarden can see, or a header macro it does not
// model (Hdr:Macros' SETPSR), assembles to code it does not know: the
// analysis of the code that reaches it stops there with a PW900, and never
// runs on as if the macro did nothing.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test.s' });
  return found.map((f) => `${f.code}@${f.range.start.line} ${f.message}`);
}

/** A module whose handler refuses every PreShrink: R0 = 0 and V set on the way out, written as `refusal`. */
const refusingHandler = (...refusal: string[]): string[] => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        GET     Hdr:Proc',
  '        AREA    |P$$Code|, CODE, READONLY, PIC',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base',
  '        DCD     Title - Module_Base',
  '        DCD     0',
  'Title   =       "PSR", 0',
  '        ALIGN',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 9',
  '        MOV     r5, #1024*1024',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #2',
  '        MOVEQ   r3, #0',
  '        MOVEQ   r0, #0',
  ...refusal,
  '        MOV     pc, lr',
  '        END',
];

describe('ObjAsm macros PageWarden cannot expand', () => {
  it('SETPSR cuts the analysis short where it is reached, with no error', async () => {
    const found = await findings(refusingHandler('        SETPSR  V_bit, r14, EQ'));
    assert.deepEqual(found.filter((f) => !f.startsWith('PW900')), []);
    assert.match(found.join('\n'), /^PW900@30 Analysis of Handler \(\w+\) was cut short: unknown macro SETPSR$/m);
  });

  it('a macro defined nowhere does the same', async () => {
    const found = await findings(refusingHandler('        FROBV   V_bit, r14, EQ'));
    assert.deepEqual(found.filter((f) => !f.startsWith('PW900')), []);
    assert.match(found.join('\n'), /^PW900@30 Analysis of Handler \(\w+\) was cut short: unknown macro FROBV$/m);
  });

  it('the refusal written with a header macro PageWarden models is clean', async () => {
    assert.deepEqual(await findings(refusingHandler('        SETV    EQ')), []);
  });
});
