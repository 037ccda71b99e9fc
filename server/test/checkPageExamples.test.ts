import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';

// The check pages whose examples are one dynamic-area handler routine: a
// user who pastes the Problematic code into a module gets the page's code,
// and the Correct code gets nothing. Each example is placed in a module
// whose Init creates a page-block area (flag bit 8) with a handler that
// sends the routine's reason to it.

const parsers = Parsers.create();

const REASONS: Readonly<Record<string, number>> = { PreGrow: 0, PostGrow: 1, PreShrink: 2, PostShrink: 3, TestShrink: 4 };

function examples(code: string, section: 'Problematic code' | 'Correct code'): string[] {
  const page = readFileSync(join(repoRoot, 'docs/checks', `${code}.md`), 'utf8');
  const part = page.split(/^## /m).find((p) => p.startsWith(section)) ?? '';
  return [...part.matchAll(/```objasm\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

function module(example: string): string {
  const routine = /^(\w+)\s+ROUT/m.exec(example)?.[1] ?? '';
  const reason = REASONS[routine];
  assert.ok(reason !== undefined, `the example is a handler routine: ${example}`);
  return [
    '        AREA    |Example$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Example", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}', '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea', '        LDMFD   sp!, {r1-r8, pc}',
    'Handler ROUT', `        CMP     r0, #${reason}`, `        BEQ     ${routine}`, '        CLRV', '        MOV     pc, lr',
    example, '        END', '',
  ].join('\n');
}

async function codes(example: string, code: string): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: module(example), file: `/examples/${code}`, settings: DEFAULT_SETTINGS });
  return [...new Set(findings.map((f) => f.code))];
}

describe('the handler examples of the check pages', () => {
  for (const code of ['PW301', 'PW302', 'PW303', 'PW304', 'PW305', 'PW308', 'PW309']) {
    test(`${code}: the Problematic code is ${code} and nothing else, the Correct code is clean`, async () => {
      const problematic = examples(code, 'Problematic code'), correct = examples(code, 'Correct code');
      assert.ok(problematic.length > 0 && correct.length > 0);
      for (const example of problematic) assert.deepEqual(await codes(example, code), [code], example);
      for (const example of correct) assert.deepEqual(await codes(example, code), [], example);
    });
  }
});
