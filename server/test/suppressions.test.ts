import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../src/analysis/settings.js';
import { commentsOfTree } from '../src/analysis/suppressionComments.js';
import { isSuppressed, readSuppressions, type Suppressions } from '../src/analysis/suppressions.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';

// Suppression comments: which lines and codes each silences, and the notes
// on those written without a reason.

const at = (code: string, line: number): Finding => ({ code, message: '', range: { start: { line, character: 0 }, end: { line, character: 1 } }, notes: [] });

const parsers = Parsers.create();

async function suppressionsOf(text: string, languageId: LanguageId = 'vxd-masm'): Promise<Suppressions> {
  const tree = await (await parsers).parse(languageId, text);
  try {
    return readSuppressions(text, commentsOfTree(tree));
  } finally {
    tree.delete();
  }
}

async function silenced(text: string, code: string, languageId: LanguageId = 'vxd-masm'): Promise<number[]> {
  const suppressions = await suppressionsOf(text, languageId);
  const lines = text.split('\n').length;
  return Array.from({ length: lines }, (_, line) => line).filter((line) => isSuppressed(at(code, line), suppressions));
}

test('disable-next-line silences its codes on the next line only', async () => {
  const text = ['        mov eax, 1', '; pagewarden-disable-next-line PW220 PW221 -- the region is never empty here', '        VMMcall _PageFree, <eax, 0>', '        ret'].join('\n');
  assert.deepEqual(await silenced(text, 'PW220'), [2]);
  assert.deepEqual(await silenced(text, 'pw221'.toUpperCase()), [2]);
  assert.deepEqual(await silenced(text, 'PW222'), []);
  assert.deepEqual((await suppressionsOf(text)).unexplained, []);
});

test('disable silences its codes from its line to the end of the file, CRLF lines included', async () => {
  const text = ['        mov eax, 1', '        mov ecx, 2 ; PageWarden-Disable pw311 -- module code runs in SVC mode', '        ret', ''].join('\r\n');
  assert.deepEqual(await silenced(text, 'PW311'), [1, 2, 3]);
});

test('BASIC spells the comment REM, or \\ inside the assembler', async () => {
  const text = ['10 REM pagewarden-disable-next-line PW311 -- test only', '20 SYS "OS_Memory"', '30 [ OPT 2', '40 \\ pagewarden-disable-next-line PW312 -- checked by the caller', '50 MOV R0, #1', '60 ]'].join('\n');
  assert.deepEqual(await silenced(text, 'PW311', 'riscos-bbcbasic'), [1]);
  assert.deepEqual(await silenced(text, 'PW312', 'riscos-bbcbasic'), [4]);
});

test('a suppression without a reason still applies, and is reported once per code at the directive', async () => {
  const text = ['        nop', '        nop ; pagewarden-disable-next-line PW201 PW202', '        nop', '; pagewarden-disable-next-line PW210 --', '        nop'].join('\r\n');
  assert.deepEqual(await silenced(text, 'PW202'), [2]);
  assert.deepEqual((await suppressionsOf(text)).unexplained.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.character, f.severity]), [
    ['PW201', 1, 12, 54, 'warning'], ['PW202', 1, 12, 54, 'warning'], ['PW210', 3, 0, 39, 'warning'],
  ]);
});

test('a mention that is not a directive with codes silences nothing', async () => {
  const text = ['; see pagewarden-disable in the docs', 'x pagewarden-disable-next-line PW220 -- not in a comment', '; pagewarden-disable-next-line -- no codes', '        nop'].join('\n');
  assert.deepEqual(await silenced(text, 'PW220'), []);
  assert.deepEqual((await suppressionsOf(text)).rules, []);
});

test('a check may be named by its slug, in any case, in every form', async () => {
  const masm = ['; pagewarden-disable-next-line unchecked-error-value -- the arena was reserved at init', '        shr eax, 12'].join('\n');
  assert.deepEqual(await silenced(masm, 'PW210'), [1]);
  assert.deepEqual((await suppressionsOf(masm)).unexplained, []);
  const basic = [
    '10 REM pagewarden-disable-next-line Non-X-SWI-In-Handler, PW312 -- test only', '20 SYS "OS_Memory"',
    '30 [ OPT 2', '40 MOV R0, #0 \\ pagewarden-disable LOST-PHYSICAL-PAGE -- the pages go back to the pool below', '50 MOV R1, #0', '60 ]',
  ].join('\n');
  assert.deepEqual(await silenced(basic, 'PW311', 'riscos-bbcbasic'), [1]);
  assert.deepEqual(await silenced(basic, 'PW312', 'riscos-bbcbasic'), [1]);
  assert.deepEqual(await silenced(basic, 'PW220', 'riscos-bbcbasic'), [3, 4, 5]);
  assert.deepEqual((await suppressionsOf(basic, 'riscos-bbcbasic')).unexplained, []);
});

test('a name that is no check\'s is reported where it is written, and the known names still apply', async () => {
  const text = [
    '; pagewarden-disable-next-line unchecked-eror-value PW220 -- typo', '        nop',
    '; pagewarden-disable-next-line PW999 -- no such code', '        nop',
    '; pagewarden-disable-next-line -- names nothing', '        nop',
  ].join('\n');
  assert.deepEqual(await silenced(text, 'PW220'), [1]);
  assert.deepEqual((await suppressionsOf(text)).misnamed.map((f) => [f.code, f.severity, f.range.start.line, f.range.start.character, f.range.end.character, f.message.replace(/,.*/, '')]), [
    ['PW100', 'warning', 0, 31, 51, '"unchecked-eror-value" names no check'],
    ['PW100', 'warning', 2, 31, 36, '"PW999" names no check'],
    ['PW100', 'warning', 4, 0, 47, 'This suppression names no check'],
  ]);
});

test('a directive word that is neither form silences nothing, and is reported at the word', async () => {
  const text = [
    '        shr eax, 12 ; pagewarden-disable-line PW210 -- reviewed', '        nop',
    '; pagewarden-disable-nextline PW210 -- typo', '        nop',
    '; PageWarden-Enable PW210', '        nop',
  ].join('\n');
  assert.deepEqual(await silenced(text, 'PW210'), []);
  assert.deepEqual((await suppressionsOf(text)).rules, []);
  assert.deepEqual((await suppressionsOf(text)).unexplained, []);
  assert.deepEqual((await suppressionsOf(text)).misnamed.map((f) => [f.code, f.severity, f.range.start.line, f.range.start.character, f.range.end.character, f.message.replace(/ is no.*/, '')]), [
    ['PW100', 'warning', 0, 22, 45, '"pagewarden-disable-line"'],
    ['PW100', 'warning', 2, 2, 29, '"pagewarden-disable-nextline"'],
    ['PW100', 'warning', 4, 2, 19, '"PageWarden-Enable"'],
  ]);
  // Spelt right, each still silences its line or the rest of the file.
  assert.deepEqual(await silenced(text.replace('-disable-line', '-disable').replace('-nextline', '-next-line'), 'PW210'), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(await silenced(text.replace('-disable-line', '-disabled').replace('-nextline', '-next-line'), 'PW210'), [3]);
});

test('words after a check with no "--" are a reason written without it: one report that the reason is missing, none for the words', async () => {
  const text = ['; pagewarden-disable-next-line PW210 caller checks it', '        nop'].join('\n');
  assert.deepEqual(await silenced(text, 'PW210'), [1]);
  assert.deepEqual((await suppressionsOf(text)).unexplained.map((f) => [f.code, f.message.replace(/;.*/, '')]), [['PW210', 'This suppression of PW210 gives no reason']]);
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
