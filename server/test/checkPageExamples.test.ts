import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Finding } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';

// What the check pages show is what a user gets: the Problematic code gets
// the page's code, at every line whose comment says so (`; PW231: ...`: a
// page's example often holds two procedures, and the code found in one
// must not hide it missed in the other), and the Correct code nothing. A VxD example is assembled
// with vmm.inc, in a code segment unless it opens its own. A RISC OS
// example that is one dynamic-area handler routine is placed in a module
// whose Init creates a page-block area (flag bit 8) with a handler that
// sends the routine's reason to it; what the example has before its routine
// (equates, a storage map, the calls its module initialisation makes) is
// Init's, before the creation, and Init's return is `init_failed`, where
// such calls go when they fail.

const parsers = Parsers.create();

const REASONS: Readonly<Record<string, number>> = { PreGrow: 0, PostGrow: 1, PreShrink: 2, PostShrink: 3, TestShrink: 4 };

type Section = 'Problematic code' | 'Correct code';

function examples(code: string, section: Section, fence: 'asm' | 'objasm'): string[] {
  const page = readFileSync(join(repoRoot, 'docs/checks', `${code}.md`), 'utf8');
  const part = page.split(/^## /m).find((p) => p.startsWith(section)) ?? '';
  return [...part.matchAll(new RegExp(`\`\`\`${fence}\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');
}

function vxd(example: string): string {
  const segmented = /^VxD_\w+_SEG\b/im.test(example) ? example : `VxD_LOCKED_CODE_SEG\n${example}VxD_LOCKED_CODE_ENDS\n`;
  return `        .386p\n        include vmm.inc\n${segmented}        END\n`;
}

function module(example: string): string {
  const start = /^(\w+)\s+ROUT/m.exec(example);
  const routine = start?.[1] ?? '';
  const reason = REASONS[routine];
  assert.ok(start && reason !== undefined, `the example is a handler routine: ${example}`);
  return [
    '        AREA    |Example$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Example", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}', example.slice(0, start.index), '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea', 'init_failed', '        LDMFD   sp!, {r1-r8, pc}',
    'Handler ROUT', `        CMP     r0, #${reason}`, `        BEQ     ${routine}`, '        CLRV', '        MOV     pc, lr',
    example.slice(start.index), '        END', '',
  ].join('\n');
}

async function findings(languageId: 'vxd-masm' | 'riscos-objasm', text: string, code: string): Promise<readonly Finding[]> {
  return analyseSource(await parsers, { languageId, text, file: `/examples/${code}`, settings: DEFAULT_SETTINGS });
}

const codes = (found: readonly Finding[]): string[] => [...new Set(found.map((f) => f.code))];

/** The lines (0-based) whose comment names `code` as the line's finding: `; PW231: ...`, `; PW202 (warning): ...`. */
function markedLines(text: string, code: string): number[] {
  const mark = new RegExp(`;\\s*${code}\\b`);
  return text.split('\n').flatMap((line, i) => (mark.test(line) ? [i] : []));
}

function checkPages(codesOfPages: readonly string[], fence: 'asm' | 'objasm', place: (example: string) => string): void {
  const languageId = fence === 'asm' ? 'vxd-masm' : 'riscos-objasm';
  for (const code of codesOfPages) {
    test(`${code}: the Problematic code is ${code} and nothing else, the Correct code is clean`, async () => {
      const problematic = examples(code, 'Problematic code', fence), correct = examples(code, 'Correct code', fence);
      assert.ok(problematic.length > 0 && correct.length > 0);
      for (const example of problematic) {
        const text = place(example);
        const found = await findings(languageId, text, code);
        assert.deepEqual(codes(found), [code], example);
        const marked = markedLines(text, code);
        assert.ok(marked.length > 0, `the example marks the line of its ${code}: ${example}`);
        assert.deepEqual(marked.filter((line) => !found.some((f) => f.code === code && f.range.start.line === line)), [], `a ${code} at every marked line: ${example}`);
      }
      for (const example of correct) assert.deepEqual(codes(await findings(languageId, place(example), code)), [], example);
    });
  }
}

describe('the VxD examples of the check pages', () => {
  checkPages(['PW201', 'PW202', 'PW210', 'PW211', 'PW220', 'PW221', 'PW222', 'PW230', 'PW231', 'PW240', 'PW250'], 'asm', vxd);
});

describe('the handler examples of the check pages', () => {
  checkPages(['PW301', 'PW302', 'PW303', 'PW304', 'PW305', 'PW306', 'PW308', 'PW309'], 'objasm', module);
});
