import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingMessage } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// A MACRO without its ENDM, or an IFDEF without its ENDIF, takes the rest of
// the file. The PW100 goes to the line that opened it and says what is
// missing, whatever precedes it, and what comes before it is still analysed.

const parsers = Parsers.create();

async function findings(lines: readonly string[]): Promise<string[]> {
  const text = `${lines.join('\n')}\n`;
  const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: '/src/test.asm', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code} ${findingMessage(f)}`);
}

const HEADER = ['        .386p', '        include vmm.inc'];

/** A procedure whose ECX does not survive the service it calls: PW230 at its `mov [ecx], eax` (its fourth line). */
const buggy = (name: string): string[] => [
  `BeginProc ${name}`,
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
  '        mov     [ecx], eax',
  '        ret',
  `EndProc ${name}`,
];

const saveRegs = (closed: boolean): string[] => ['Save_Regs MACRO', '        push    esi', '        push    edi', ...(closed ? ['        ENDM'] : [])];

const withMacro = (before: readonly string[], closed: boolean): string[] => [
  ...before,
  ...HEADER,
  'VxD_LOCKED_CODE_SEG',
  ...buggy('First'),
  'VxD_LOCKED_CODE_ENDS',
  ...saveRegs(closed),
  'VxD_LOCKED_CODE_SEG',
  ...buggy('Get_Blk'),
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

const PW230 = (line: number, call: number): string =>
  `${line}:8 PW230 ECX is dereferenced here, but ECX was destroyed by _PageAllocate (line ${call}); only EBX, ESI, EDI and EBP survive a C service call`;

test('a MACRO without ENDM is one PW100 at its line, whatever precedes it; the code before it is analysed', async () => {
  const message = 'PW100 Syntax error: Save_Regs MACRO has no ENDM, so the rest of the file is the macro\'s body';
  assert.deepEqual(await findings(withMacro([], false)), [PW230(5, 5), `9:0 ${message}`]);
  assert.deepEqual(await findings(withMacro(['; x'], false)), [PW230(6, 6), `10:0 ${message}`]);
  assert.deepEqual(await findings(withMacro(['; Swap the pair', ';', '; of handles'], false)), [PW230(8, 8), `12:0 ${message}`]);
});

test('the same file with the ENDM has no PW100, and the procedure after the macro is analysed', async () => {
  assert.deepEqual(await findings(withMacro(['; x'], true)), [PW230(6, 6), PW230(17, 17)]);
});

const withConditional = (closed: boolean): string[] => [
  ...HEADER,
  'VxD_LOCKED_DATA_SEG',
  'Blk_h           dd      0',
  'IFDEF DEBUG',
  'Dbg_Count       dd      0',
  ...(closed ? ['ENDIF'] : []),
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  ...buggy('First'),
  'VxD_LOCKED_CODE_ENDS',
  '        END',
];

test('an IFDEF without ENDIF is one PW100 at its line that names the END it reaches', async () => {
  assert.deepEqual(await findings(withConditional(false)), ['4:0 PW100 Syntax error: IFDEF DEBUG has no ENDIF before END (line 15)']);
});

test('the same file with the ENDIF has no PW100', async () => {
  assert.deepEqual(await findings(withConditional(true)), [PW230(11, 11)]);
});

test('an IFDEF without ENDIF in a procedure is reported at its line, and the procedures before it are analysed', async () => {
  const found = await findings([
    ...HEADER,
    'VxD_LOCKED_CODE_SEG',
    ...buggy('First'),
    'BeginProc Second',
    '    IFDEF DEBUG',
    '        nop',
    '        ret',
    'EndProc Second',
    ...buggy('Third'),
    'VxD_LOCKED_CODE_ENDS',
  ]);
  assert.deepEqual(found, [PW230(5, 5), '9:4 PW100 Syntax error: IFDEF DEBUG has no ENDIF before the end of the file']);
});

test('a repeat block without ENDM is reported at its line', async () => {
  const found = await findings([...HEADER, 'VxD_LOCKED_DATA_SEG', '        REPT 4', '        dd      0', 'VxD_LOCKED_DATA_ENDS', '        END']);
  assert.deepEqual(found, ['3:8 PW100 Syntax error: REPT 4 has no ENDM, so the rest of the file is the block\'s body']);
});

test('a conditional a macro opens and another closes is no unclosed block: another syntax error keeps its own location', async () => {
  const found = await findings([
    ...HEADER,
    'BeginDebug MACRO',
    'IFDEF DEBUG',
    '        ENDM',
    'EndDebug MACRO',
    'ENDIF',
    '        ENDM',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc First',
    '        BeginDebug',
    '        nop',
    '        EndDebug',
    '        ))) broken',
    '        ret',
    'EndProc First',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
  ]);
  assert.ok(found.length > 0 && found.every((f) => / PW(100 Syntax error: cannot make sense of |900 )/.test(f)), found.join('\n'));
});
