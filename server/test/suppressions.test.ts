import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../src/analysis/settings.js';
import { isSuppressed, readSuppressions } from '../src/analysis/suppressions.js';
import { Parsers } from '../src/parsing/parsers.js';

// Suppression comments: which lines and codes each silences, and the notes
// on those written without a reason.

const at = (code: string, line: number): Finding => ({ code, message: '', range: { start: { line, character: 0 }, end: { line, character: 1 } }, notes: [] });

function silenced(text: string, code: string): number[] {
  const suppressions = readSuppressions(text);
  const lines = text.split('\n').length;
  return Array.from({ length: lines }, (_, line) => line).filter((line) => isSuppressed(at(code, line), suppressions));
}

test('disable-next-line silences its codes on the next line only', () => {
  const text = ['        mov eax, 1', '; pagewarden-disable-next-line PW220 PW221 -- the region is never empty here', '        VMMcall _PageFree, <eax, 0>', '        ret'].join('\n');
  assert.deepEqual(silenced(text, 'PW220'), [2]);
  assert.deepEqual(silenced(text, 'pw221'.toUpperCase()), [2]);
  assert.deepEqual(silenced(text, 'PW222'), []);
  assert.deepEqual(readSuppressions(text).unexplained, []);
});

test('disable silences its codes from its line to the end of the file, CRLF lines included', () => {
  const text = ['        mov eax, 1', '        mov ecx, 2 ; PageWarden-Disable pw311 -- module code runs in SVC mode', '        ret', ''].join('\r\n');
  assert.deepEqual(silenced(text, 'PW311'), [1, 2, 3]);
});

test('BASIC spells the comment REM, or \\ inside the assembler', () => {
  const text = ['10 REM pagewarden-disable-next-line PW311 -- test only', '20 SYS "OS_Memory"', '30 [ OPT 2', '40 \\ pagewarden-disable-next-line PW312 -- checked by the caller', '50 MOV R0, #1', '60 ]'].join('\n');
  assert.deepEqual(silenced(text, 'PW311'), [1]);
  assert.deepEqual(silenced(text, 'PW312'), [4]);
});

test('a suppression without a reason still applies, and is reported once per code at the directive', () => {
  const text = ['        nop', '        nop ; pagewarden-disable-next-line PW201 PW202', '        nop', '; pagewarden-disable-next-line PW210 --', '        nop'].join('\r\n');
  assert.deepEqual(silenced(text, 'PW202'), [2]);
  assert.deepEqual(readSuppressions(text).unexplained.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.character, f.severity]), [
    ['PW201', 1, 12, 54, 'warning'], ['PW202', 1, 12, 54, 'warning'], ['PW210', 3, 0, 39, 'warning'],
  ]);
});

test('a mention that is not a directive with codes silences nothing', () => {
  const text = ['; see pagewarden-disable in the docs', 'x pagewarden-disable-next-line PW220 -- not in a comment', '; pagewarden-disable-next-line -- no codes', '        nop'].join('\n');
  assert.deepEqual(silenced(text, 'PW220'), []);
  assert.deepEqual(readSuppressions(text).rules, []);
});

test('a check may be named by its slug, in any case, in every form', () => {
  const text = [
    '; pagewarden-disable-next-line unchecked-error-value -- the arena was reserved at init', '        shr eax, 12',
    '10 REM pagewarden-disable-next-line Non-X-SWI-In-Handler, PW312 -- test only', '20 SYS "OS_Memory"',
    '        nop \\ pagewarden-disable LOST-PHYSICAL-PAGE -- the pages go back to the pool below', '        nop',
  ].join('\n');
  assert.deepEqual(silenced(text, 'PW210'), [1]);
  assert.deepEqual(silenced(text, 'PW311'), [3]);
  assert.deepEqual(silenced(text, 'PW312'), [3]);
  assert.deepEqual(silenced(text, 'PW220'), [4, 5]);
  assert.deepEqual(readSuppressions(text).unexplained, []);
});

test('a name that is no check\'s is reported where it is written, and the known names still apply', () => {
  const text = [
    '; pagewarden-disable-next-line unchecked-eror-value PW220 -- typo', '        nop',
    '; pagewarden-disable-next-line PW999 -- no such code', '        nop',
    '; pagewarden-disable-next-line -- names nothing', '        nop',
  ].join('\n');
  assert.deepEqual(silenced(text, 'PW220'), [1]);
  assert.deepEqual(readSuppressions(text).misnamed.map((f) => [f.code, f.severity, f.range.start.line, f.range.start.character, f.range.end.character, f.message.replace(/,.*/, '')]), [
    ['PW100', 'warning', 0, 31, 51, '"unchecked-eror-value" names no check'],
    ['PW100', 'warning', 2, 31, 36, '"PW999" names no check'],
    ['PW100', 'warning', 4, 0, 47, 'This suppression names no check'],
  ]);
});

test('a directive word that is neither form silences nothing, and is reported at the word', () => {
  const text = [
    '        shr eax, 12 ; pagewarden-disable-line PW210 -- reviewed', '        nop',
    '; pagewarden-disable-nextline PW210 -- typo', '        nop',
    '; PageWarden-Enable PW210', '        nop',
  ].join('\n');
  assert.deepEqual(silenced(text, 'PW210'), []);
  assert.deepEqual(readSuppressions(text).rules, []);
  assert.deepEqual(readSuppressions(text).unexplained, []);
  assert.deepEqual(readSuppressions(text).misnamed.map((f) => [f.code, f.severity, f.range.start.line, f.range.start.character, f.range.end.character, f.message.replace(/ is no.*/, '')]), [
    ['PW100', 'warning', 0, 22, 45, '"pagewarden-disable-line"'],
    ['PW100', 'warning', 2, 2, 29, '"pagewarden-disable-nextline"'],
    ['PW100', 'warning', 4, 2, 19, '"PageWarden-Enable"'],
  ]);
  // Spelt right, each still silences its line or the rest of the file.
  assert.deepEqual(silenced(text.replace('-disable-line', '-disable').replace('-nextline', '-next-line'), 'PW210'), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(silenced(text.replace('-disable-line', '-disabled').replace('-nextline', '-next-line'), 'PW210'), [3]);
});

test('words after a check with no "--" are a reason written without it: one report that the reason is missing, none for the words', () => {
  const text = ['; pagewarden-disable-next-line PW210 caller checks it', '        nop'].join('\n');
  assert.deepEqual(silenced(text, 'PW210'), [1]);
  assert.deepEqual(readSuppressions(text).unexplained.map((f) => [f.code, f.message.replace(/;.*/, '')]), [['PW210', 'This suppression of PW210 gives no reason']]);
});

test('a slug suppression silences the analysis finding it names', async () => {
  const line = (directive: string): string[] => [
    '        .386p', '        include vmm.inc', 'VxD_LOCKED_CODE_SEG', 'BeginProc Reserve_Window', '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
    directive, '        shr     eax, 12', '        VMMcall _PageCommit, <eax, 4, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>', '        ret',
    'EndProc Reserve_Window', 'VxD_LOCKED_CODE_ENDS', '        END', '',
  ];
  const codes = async (directive: string): Promise<string[]> => {
    const text = line(directive).join('\n');
    const findings = await analyseSource(await Parsers.create(), { languageId: 'vxd-masm', text, file: '/src/reserve.asm', settings: DEFAULT_SETTINGS, readFile: () => undefined });
    return findings.filter((f) => f.code === 'PW210' || f.code === 'PW100').map((f) => `${f.code} ${f.range.start.line}`);
  };
  assert.deepEqual(await codes('        nop'), ['PW210 6']);
  assert.deepEqual(await codes('        ; pagewarden-disable-next-line unchecked-error-value -- the caller reserved the arena at init'), []);
  assert.deepEqual(await codes('        ; pagewarden-disable-next-line unchecked-eror-value -- the caller reserved the arena at init'), ['PW100 5', 'PW210 6']);
});

test('a same-line "disable-line" word leaves a later finding of the same check reported', async () => {
  const procedure = (name: string, shr: string): string[] => [
    `BeginProc ${name}`, '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>', shr, '        VMMcall _PageCommit, <eax, 4, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>', '        ret', `EndProc ${name}`,
  ];
  const codes = async (first: string): Promise<string[]> => {
    const text = ['        .386p', '        include vmm.inc', 'VxD_LOCKED_CODE_SEG', ...procedure('Map_First', first), ...procedure('Map_Second', '        shr     eax, 12'), 'VxD_LOCKED_CODE_ENDS', '        END', ''].join('\n');
    const findings = await analyseSource(await Parsers.create(), { languageId: 'vxd-masm', text, file: '/src/map.asm', settings: DEFAULT_SETTINGS, readFile: () => undefined });
    return findings.filter((f) => f.code === 'PW210' || f.code === 'PW100').map((f) => `${f.code} ${f.severity ?? 'default'} ${f.range.start.line}`);
  };
  assert.deepEqual(await codes('        shr     eax, 12 ; pagewarden-disable-line PW210 -- reviewed'), ['PW210 default 5', 'PW100 warning 5', 'PW210 default 11']);
  assert.deepEqual(await codes('        shr     eax, 12'), ['PW210 default 5', 'PW210 default 11']);
});

test('the report of a suppression without a reason keeps its severity whatever the suppressed code is set to', async () => {
  const text = [
    '        .386p', '        include vmm.inc', 'VxD_LOCKED_CODE_SEG', 'BeginProc Reserve_Window', '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
    '        ; pagewarden-disable-next-line PW210', '        shr     eax, 12', '        VMMcall _PageCommit, <eax, 4, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>', '        ret',
    'EndProc Reserve_Window', 'VxD_LOCKED_CODE_ENDS', '        END', '',
  ].join('\n');
  const reports = async (severity: AnalysisSettings['severity']): Promise<string[]> => {
    const findings = await analyseSource(await Parsers.create(), { languageId: 'vxd-masm', text, file: '/src/reserve.asm', settings: { ...DEFAULT_SETTINGS, severity }, readFile: () => undefined });
    return findings.filter((f) => f.code === 'PW210').map((f) => `${f.code} ${f.severity ?? 'default'} ${f.range.start.line} ${f.message.replace(/;.*/, '')}`);
  };
  const noReason = ['PW210 warning 5 This suppression of PW210 gives no reason'];
  assert.deepEqual(await reports({}), noReason);
  for (const setting of ['error', 'info', 'off'] as const) assert.deepEqual(await reports({ PW210: setting }), noReason, setting);
  // A misnamed check is a PW100, and follows PW100's setting.
  const misnamed = await analyseSource(await Parsers.create(), { languageId: 'vxd-masm', text: text.replace('line PW210', 'line PW999 -- typo'), file: '/src/reserve.asm', settings: { ...DEFAULT_SETTINGS, severity: { PW100: 'off' } }, readFile: () => undefined });
  assert.deepEqual(misnamed.filter((f) => f.code === 'PW210' || f.code === 'PW100').map((f) => f.code), ['PW210']);
});
