import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// The maximum size an area is created with bounds how many pages one grow
// asks its PreGrow for: a handler that names only entry 0 is right for an
// area that can never hold more than one page.

const parsers = Parsers.create();

/** A module creating an area of flag bit 8 and maximum size `max` whose PreGrow names page &100 in entry 0 alone. */
const module = (max: string): string => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |Test$$Code|, CODE, READONLY, PIC',
  'Module_Base',
  '        DCD     0',
  '        DCD     Init - Module_Base',
  '        DCD     0, 0',
  '        DCD     Title - Module_Base, Title - Module_Base, 0',
  'Title   =       "Test", 0',
  '        ALIGN',
  'Init    Entry   "r1-r8"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #4096',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 8',
  `        ${max}`,
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #0',
  '        MOVNE   pc, lr',
  '        Push    "r6"',
  '        MOV     r6, #&100',
  '        STR     r6, [r1]',
  '        Pull    "r6"',
  '        CLRV',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

async function codes(max: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: module(max), file: '/src/s/Module', settings: DEFAULT_SETTINGS });
  return findings.map((f) => `${f.code} ${f.range.start.line}`);
}

test('a PreGrow naming entry 0 alone is clean for an area of one page, and PW301 for one of two pages or of any size', async () => {
  assert.deepEqual(await codes('MOV     r5, #4096'), []);
  assert.deepEqual(await codes('MOV     r5, #8192'), ['PW301 31']);
  assert.deepEqual(await codes('MVN     r5, #0'), ['PW301 31']);
});
