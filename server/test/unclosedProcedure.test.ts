import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// A procedure that lost its EndProc (ENDP) makes the whole file one syntax
// error from its first line on. The PW100 goes to the procedure left open,
// and nothing read by guesswork from the broken tree is reported beside it.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const text = `${lines.join('\n')}\n`;
  const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: '/src/test.asm', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code} ${findingMessage(f)}`);
}

const file = (...procedures: string[][]): string[] => [
  '        .386p',
  '        include vmm.inc',
  'VxD_LOCKED_CODE_SEG',
  ...procedures.flat(),
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

const beginProc = (name: string, end = true): string[] => [`BeginProc ${name}`, '        VMMcall _PageFree, <eax, 0>', '        ret', ...(end ? [`EndProc ${name}`] : [])];
const proc = (name: string, end = true): string[] => [`${name} PROC`, '        ret', ...(end ? [`${name} ENDP`] : [])];

test('a BeginProc whose EndProc is missing before the next one is the one PW100, at its line', async () => {
  assert.deepEqual(await findings(file(beginProc('Foo', false), beginProc('Bar'))), ['3:0 PW100 Syntax error: BeginProc Foo has no EndProc before BeginProc Bar (line 7)']);
});

test('a PROC without its ENDP is found the same way', async () => {
  assert.deepEqual(await findings(file(proc('Foo', false), proc('Bar'))), ['3:0 PW100 Syntax error: Foo PROC has no ENDP before Bar PROC (line 6)']);
});

test('the last procedure of a segment without its EndProc is reported before the segment ends', async () => {
  assert.deepEqual(await findings(file(beginProc('Foo'), beginProc('Bar', false))), ['7:0 PW100 Syntax error: BeginProc Bar has no EndProc before VxD_LOCKED_CODE_ENDS (line 11)']);
});

test('closed procedures, and alternative heads of one procedure under IFDEF DEBUG, are no syntax error', async () => {
  assert.deepEqual(await findings(file(beginProc('Foo'), proc('Bar'))), []);
  assert.deepEqual(await findings(file([
    'IFDEF DEBUG', 'BeginProc Foo, PROFILE', 'ELSE', 'BeginProc Foo', 'ENDIF', '        ret', 'EndProc Foo',
  ])), []);
});

test('a syntax error that is no unclosed procedure keeps the parser\'s own location', async () => {
  const found = await findings(file(beginProc('Foo'), ['        ))) broken'], beginProc('Bar')));
  assert.ok(found.length > 0 && found.every((f) => / PW100 Syntax error: cannot make sense of /.test(f)), found.join('\n'));
});
