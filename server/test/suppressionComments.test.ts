import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// A suppression is a comment as the dialect parses one: the same words in a
// string literal, or on a line that does not parse as a comment, silence
// nothing; a numbered BBC BASIC line's REM (`50REM`, as LIST and the
// detokeniser write it) is a comment like any other.

/** `line CODE` of each finding `pagewarden check` reports in `file`, written into a fresh folder. */
function found(file: string, content: string | Uint8Array): string[] {
  const root = tempDir('pagewarden-suppression-comments-');
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), content);
  const run = runCli(['check', '--format', 'json', file], root);
  return (JSON.parse(run.stdout) as { findings: { line: number; code: string }[] }).findings.map((f) => `${f.line} ${f.code}`);
}

const vxd = (data: string): string => [
  '        .386p', '        include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'Buf_Handle      dd      0', data, 'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG', 'BeginProc BASE_Alloc', '        VMMcall _PageAllocate, <4, PG_SYS, ebx, 0, 0, 0, 0, PageFixed>',
  '        mov     [Buf_Handle], eax', '        mov     ecx, [edx]', '        clc', '        ret', 'EndProc BASE_Alloc', 'VxD_LOCKED_CODE_ENDS', '        END', '',
].join('\n');

describe('pagewarden check: MASM', () => {
  test('a suppression inside a string literal silences nothing', () => {
    assert.deepEqual(found('str.asm', vxd('Msg_Text        db      "; pagewarden-disable PW211 -- in a string", 0')), ['11 PW211']);
  });

  test('the same words in a comment after the string silence the finding', () => {
    assert.deepEqual(found('str.asm', vxd('Msg_Text        db      "Alloc; pagewarden-x", 0 ; pagewarden-disable PW211 -- EDX is checked by the caller')), []);
  });
});

describe('pagewarden check: ObjAsm', () => {
  const module = readFileSync(join(repoRoot, 'examples/riscos/DynCache/s/Module'), 'utf8');
  const title = (line: string): string => module.replace('Title   =       "DynCache", 0', line);
  // Checked without the handler it GETs (a PW103): only its PW311 counts here.
  const nonX = (content: string): string[] => found('s/Module', content).filter((f) => f.endsWith('PW311'));

  test('a suppression inside a string literal silences nothing', () => {
    assert.equal(module, title('Title   =       "DynCache", 0'));
    assert.deepEqual(nonX(title('Title   =       "DynCache; pagewarden-disable PW311 -- not a comment", 0')), ['53 PW311']);
  });

  test('a comment after the string silences the finding', () => {
    assert.deepEqual(nonX(title('Title   =       "DynCache", 0 ; pagewarden-disable PW311 -- module code runs in SVC mode')), []);
  });
});

describe('pagewarden check: BBC BASIC', () => {
  const example = readFileSync(join(repoRoot, 'examples/riscos/bas/MakeArea,fd1'), 'utf8').split('\n');
  /** The example with `line` put in as line 5, above its PW307 (line 16, then 17). */
  const program = (line: string): string => [...example.slice(0, 4), line, ...example.slice(4)].join('\n');
  /** The program numbered from 10 in tens, written as `number` + line, as LIST writes it. */
  const numbered = (line: string, pad = ''): string => program(line).split('\n').map((l, i) => (l === '' ? l : `${pad}${(i + 1) * 10}${l}`)).join('\n');

  test('the example has its PW307', () => {
    assert.deepEqual(found('MakeArea.bas', example.join('\n')), ['16 PW307', '19 PW304']);
  });

  test('a suppression inside a string literal silences nothing', () => {
    assert.deepEqual(found('str.bas', program('PRINT "REM pagewarden-disable PW307 -- in a string"')), ['17 PW307', '20 PW304']);
  });

  test('a line that does not parse as a comment silences nothing: a ";" outside the assembler, a lowercase "rem"', () => {
    assert.deepEqual(found('semi.bas', program('; pagewarden-disable PW307 -- outside the assembler')), ['5 PW100', '17 PW307', '20 PW304']);
    assert.deepEqual(found('rem.bas', program('rem pagewarden-disable PW307 -- lowercase')), ['5 PW100', '17 PW307', '20 PW304']);
  });

  test('a REM suppression applies with or without a space after the line number, and on a padded line', () => {
    const directive = 'REM pagewarden-disable PW307 -- the area is created with bit 8 elsewhere';
    assert.deepEqual(found('plain.bas', program(directive)), ['20 PW304']);
    assert.deepEqual(found('spaced.bas', numbered(` ${directive}`)), ['20 PW304']);
    assert.deepEqual(found('tight.bas', numbered(directive)), ['20 PW304']);
    assert.deepEqual(found('padded.bas', numbered(directive, '   ')), ['20 PW304']);
  });

  test('a REM suppression in a tokenised file applies', () => {
    // Each line is 0x0D, the line number (high byte first), the line's length, then its bytes, REM as 0xF4; 0x0D 0xFF ends the program.
    const tokenised = (text: string): Uint8Array => new Uint8Array([...text.split('\n').filter((l) => l !== '').flatMap((line, i) => {
      const body = [...Buffer.from(line.replace(/\bREM\b/g, '\u00f4'), 'latin1')];
      const number = (i + 1) * 10;
      return [0x0d, number >> 8, number & 0xff, body.length + 4, ...body];
    }), 0x0d, 0xff]);
    assert.deepEqual(found('Prog,ffb', tokenised(program('REM pagewarden-disable PW307 -- the area is created with bit 8 elsewhere'))), ['20 PW304']);
    assert.deepEqual(found('Prog,ffb', tokenised(program('REM no suppression'))), ['17 PW307', '20 PW304']);
  });
});

describe('the language server: a suppression inside a string literal', { timeout: 120_000 }, () => {
  let client: LspClient;
  const uri = pathToFileURL(join(tempDir('pagewarden-suppression-lsp-'), 'str.asm')).href;
  const codes = (diagnostics: { code?: number | string; range: { start: { line: number } } }[]): string[] => diagnostics.map((d) => `${d.range.start.line} ${String(d.code)}`);
  const STRING = 'Msg_Text        db      "; pagewarden-disable PW211 -- in a string", 0';

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
  });

  test('silences nothing; an edit that moves the words into a comment silences the finding, and one that moves them back brings it back', async () => {
    assert.deepEqual(codes((await client.open(uri, 'vxd-masm', vxd(STRING))).diagnostics), ['10 PW211']);
    // The string closed before the words: they are a comment now.
    const inString = { line: 4, character: STRING.indexOf('"') + 1 };
    let next = client.nextDiagnostics(uri);
    await client.edit(uri, 2, [{ range: { start: inString, end: inString }, text: '", 0 ' }]);
    assert.deepEqual(codes((await next).diagnostics), []);
    next = client.nextDiagnostics(uri);
    await client.edit(uri, 3, [{ range: { start: inString, end: { ...inString, character: inString.character + 5 } }, text: '' }]);
    assert.deepEqual(codes((await next).diagnostics), ['10 PW211']);
  });
});
