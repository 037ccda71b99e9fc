import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { distFile, repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const BROKEN = '.386p\ninclude vmm.inc\nBeginProc Foo\n        ))) what\n        ret\nEndProc Foo\n';
const CLEAN = '.386p\ninclude vmm.inc\nBeginProc Foo\n        ret\nEndProc Foo\n';

function tree(files: Record<string, string | Uint8Array>): string {
  const root = tempDir('pagewarden-cli-');
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

describe('pagewarden CLI', () => {
  test('--version prints the package version', () => {
    const run = runCli(['--version']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), version);
  });

  test('--help lists the subcommands and exit codes', () => {
    const run = runCli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /pagewarden check/);
    assert.match(run.stdout, /pagewarden lsp --stdio/);
    assert.match(run.stdout, /Exit status/);
  });

  test('each subcommand takes --help and -h as well, before a -- only', () => {
    for (const args of [['check', '--help'], ['run', '-h'], ['run', 'x.s', '--entry', 'E', '--help'], ['lsp', '--help']]) {
      const run = runCli(args);
      assert.equal(run.status, 0, args.join(' '));
      assert.match(run.stdout, /pagewarden run FILE --entry NAME/, args.join(' '));
    }
    const afterTerminator = runCli(['check', '--', '--help']);
    assert.equal(afterTerminator.status, 2);
    assert.match(afterTerminator.stderr, /--help/);
  });

  test('an unknown command is a usage error (exit 2, one line on stderr)', () => {
    const run = runCli(['frobnicate']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^pagewarden: unknown command frobnicate/);
    assertNoStack(run.stderr);
  });

  test('an unknown option is a usage error', () => {
    const run = runCli(['check', '--colour', 'x.asm']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^pagewarden: /);
    assertNoStack(run.stderr);
  });

  test('an unknown --format is a usage error', () => {
    const run = runCli(['check', '--format', 'xml', tree({ 'a.asm': CLEAN })]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown --format xml/);
  });

  test('a syntax error is reported with 1-based positions and exit 1', () => {
    const root = tree({ 'drv/broken.asm': BROKEN });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^drv\/broken\.asm:4:9: error PW100 .* \[syntax-error\]$/m);
    // The procedure around the broken line is not emulated, and says so.
    assert.match(run.stdout, /^drv\/broken\.asm:3:11: info PW900 Foo was not analysed: it has a syntax error \[analysis-incomplete\]$/m);
    assert.match(run.stdout, /^1 file checked: 1 error, 0 warnings, 1 note$/m);
  });

  test('a procedure a wrapper macro opens on a line with a syntax error gets the same note, and its name is defined', () => {
    const source = [
      '.386p', 'include vmm.inc',
      'MyBegin MACRO name', 'BeginProc name', 'ENDM',
      'MyEnd MACRO name', 'EndProc name', 'ENDM',
      'BeginProc Caller', '        call    Grab', '        ret', 'EndProc Caller',
      'MyBegin Grab )', '        ret', 'MyEnd Grab', '',
    ].join('\n');
    const root = tree({ 'wrapped.asm': source });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').filter((line) => / PW\d+ /.test(line)), [
      'wrapped.asm:13:1: info PW900 Grab was not analysed: it has a syntax error [analysis-incomplete]',
      'wrapped.asm:13:14: error PW100 Syntax error: cannot make sense of ")" [syntax-error]',
    ]);
  });

  test('a wrapper of a wrapper macro opens its procedure on a line with a syntax error too: the note, and no PW102 at a call of it', () => {
    const source = [
      '.386p', '.model flat',
      'MyProc MACRO name', 'name PROC NEAR', 'ENDM',
      'Outer MACRO name', 'MyProc name', 'ENDM',
      'MyEndp MACRO name', 'name ENDP', 'ENDM',
      '.code',
      'Caller PROC', '        call    Grab', '        ret', 'Caller ENDP',
      'Outer Grab )', '        ret', 'MyEndp Grab', 'END', '',
    ].join('\n');
    const root = tree({ 'nested.asm': source });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').filter((line) => / PW\d+ /.test(line)), [
      'nested.asm:17:1: info PW900 Grab was not analysed: it has a syntax error [analysis-incomplete]',
      'nested.asm:17:12: error PW100 Syntax error: cannot make sense of ")" [syntax-error]',
    ]);
  });

  test('a macro whose body calls VtoolsD\'s DEFCPROC opens its procedure on a line with a syntax error too, which gets the note', () => {
    const source = [
      '.386p', 'include vmm.inc',
      'MyBegin MACRO name', 'DEFCPROC name <>', 'ENDM',
      'VxD_LOCKED_CODE_SEG',
      'MyBegin Grab )', '        ret', 'ENDCPROC Grab', 'VxD_LOCKED_CODE_ENDS', 'END', '',
    ].join('\n');
    const root = tree({ 'vtoolsd.asm': source });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').filter((line) => / PW\d+ /.test(line)), [
      'vtoolsd.asm:7:1: info PW900 Grab was not analysed: it has a syntax error [analysis-incomplete]',
      'vtoolsd.asm:7:14: error PW100 Syntax error: cannot make sense of ")" [syntax-error]',
    ]);
  });

  test('a wrapper macro\'s call with a syntax error and no name opens no procedure: only the error is reported', () => {
    const source = [
      '.386p', 'include vmm.inc',
      'MyBegin MACRO name', 'BeginProc name', 'ENDM',
      'MyEnd MACRO name', 'EndProc name', 'ENDM',
      'BeginProc Caller', '        ret', 'EndProc Caller',
      'MyBegin )', '        ret', 'MyEnd Grab', '',
    ].join('\n');
    const root = tree({ 'unnamed.asm': source });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 1);
    // As for `BeginProc )`: there is no name to give the note, nor an entry named "".
    assert.deepEqual(run.stdout.split('\n').filter((line) => / PW\d+ /.test(line)), [
      'unnamed.asm:12:9: error PW100 Syntax error: cannot make sense of ")" [syntax-error]',
    ]);
  });

  test('a wrapper macro\'s call with no argument on a clean line is MASM\'s error there, as a PROC line with no name is, and hides no PW102', () => {
    const source = [
      '.386p', '.model flat',
      'MyProc MACRO name', 'name PROC NEAR', 'ENDM',
      '.code',
      'Caller PROC', '        call    Missing', '        ret', 'Caller ENDP',
      'MyProc', '        ret', 'END', '',
    ].join('\n');
    const root = tree({ 'noname.asm': source });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').filter((line) => / PW\d+ /.test(line)), [
      'noname.asm:8:17: error PW102 Missing is not defined [undefined-symbol]',
      'noname.asm:11:1: error PW100 Syntax error: this call expands to "PROC NEAR", which names no procedure [syntax-error]',
    ]);
  });

  test('clean files exit 0', () => {
    const root = tree({ 'clean.asm': CLEAN });
    const run = runCli(['check', root], root);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 file checked: 0 errors/);
  });

  test('--format json prints exactly one object in the documented shape', () => {
    const root = tree({ 'broken.asm': BROKEN });
    const run = runCli(['check', '--format', 'json', 'broken.asm'], root);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as { tool: string; version: string; findings: Record<string, unknown>[] };
    assert.equal(report.tool, 'pagewarden');
    assert.equal(report.version, version);
    assert.deepEqual(report.findings.map((f) => f.code), ['PW900', 'PW100']);
    assert.deepEqual(report.findings[1], {
      file: 'broken.asm', line: 4, column: 9, endLine: 4, endColumn: 12,
      code: 'PW100', slug: 'syntax-error', severity: 'error',
      message: 'Syntax error: cannot make sense of ")))"', related: [],
    });
  });

  test('--format sarif prints a SARIF 2.1.0 log with the rule catalogue', () => {
    const root = tree({ 'broken.asm': BROKEN });
    const run = runCli(['check', '--format', 'sarif', 'broken.asm'], root);
    assert.equal(run.status, 1);
    const log = JSON.parse(run.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    assert.ok(sarifRun?.tool.driver.rules.some((r) => r.id === 'PW220'));
    const syntax = sarifRun?.results.find((r) => r.ruleId === 'PW100');
    assert.equal(syntax?.locations[0]?.physicalLocation.region.startLine, 4);
  });

  test('folders are searched recursively for all three dialects by RISC OS conventions', () => {
    const root = tree({
      'vxd/a.asm': CLEAN,
      'Module/s/Main': '        AREA    |Asm$$Code|, CODE, READONLY\n        MOV     r0, #0\n        END\n',
      'Module/hdr/Defs,ffd': 'Foo * 4\n        END\n',
      'bas/Make': '10 PRINT "hi"\n',
      'notes.txt': 'not a source',
      'node_modules/x/b.asm': BROKEN,
    });
    const run = runCli(['check', '--format', 'json', '.'], root);
    const files = new Set((JSON.parse(run.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file));
    assert.equal(files.has('notes.txt'), false);
    assert.equal(files.has('node_modules/x/b.asm'), false);
    const text = runCli(['check', '.'], root);
    assert.match(text.stdout, /^4 files checked/m);
  });

  test('a missing path is a usage error with a clear message', () => {
    const run = runCli(['check', '/no/such/place.asm']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'pagewarden: no such file or folder: /no/such/place.asm\n');
  });

  test('a device or pipe named on the command line is a usage error, not read', () => {
    const run = runCli(['check', '/dev/null']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'pagewarden: /dev/null is not a file or folder (a pipe or device cannot be checked)\n');
  });

  test('a folder with no sources says so (exit 2)', () => {
    const root = tree({ 'readme.txt': 'hello' });
    const run = runCli(['check', root]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no VxD, ObjAsm or BBC BASIC sources found in/);
  });

  test('a reader that closes the pipe early ends the check quietly, without a stack trace', async () => {
    // Half a megabyte of findings: more than a pipe holds, so the check is still writing when the reader goes.
    const procedures = Array.from({ length: 5000 }, (_, k) => `BeginProc P${k}\n        ))) what\n        ret\nEndProc P${k}\n`).join('');
    const root = tree({ 'many.asm': `.386p\ninclude vmm.inc\n${procedures}` });
    const child = spawn(process.execPath, [distFile('cli.js'), 'check', 'many.asm'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const [status] = await once(child, 'close') as [number | null];
    assert.equal(stderr, '');
    assert.notEqual(status, 2);
  });

  test('a binary file gets a PW900 note, not a crash', () => {
    const root = tree({ 'blob.asm': new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0xff, 0xfe]) });
    const run = runCli(['check', '--format', 'json', 'blob.asm'], root);
    assert.equal(run.status, 0);
    const [finding] = (JSON.parse(run.stdout) as { findings: { code: string; severity: string; message: string }[] }).findings;
    assert.equal(finding?.code, 'PW900');
    assert.equal(finding?.severity, 'info');
    assert.match(finding?.message ?? '', /binary/);
  });

  test('Latin-1 text that is not valid UTF-8 is still checked', () => {
    const latin1 = Buffer.from('; \xa9 1996 Acme\nBeginProc Foo\n        ret\nEndProc Foo\n', 'latin1');
    const root = tree({ 'old.asm': latin1 });
    const run = runCli(['check', 'old.asm'], root);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /1 file checked: 0 errors/);
  });

  test('a 20 MB file gets a PW900 note without being analysed', () => {
    const root = tree({ 'huge.asm': Buffer.alloc(20 * 1024 * 1024, '        nop\n') });
    const run = runCli(['check', '--format', 'json', 'huge.asm'], root);
    assert.equal(run.status, 0);
    const [finding] = (JSON.parse(run.stdout) as { findings: { code: string; message: string }[] }).findings;
    assert.equal(finding?.code, 'PW900');
    assert.equal(finding?.message, 'Not analysed: file is 20,971,520 bytes; PageWarden reads sources up to 4,194,304 bytes (4 MB)');
  });

  test('a file just over the limit is told from the limit by its exact size; one at the limit is checked', () => {
    const root = tree({ 'over.asm': Buffer.alloc(4 * 1024 * 1024 + 1, ';'), 'at.asm': Buffer.alloc(4 * 1024 * 1024, ';') });
    const run = runCli(['check', 'over.asm', 'at.asm'], root);
    assert.equal(run.stdout, [
      'over.asm:1:1: info PW900 Not analysed: file is 4,194,305 bytes; PageWarden reads sources up to 4,194,304 bytes (4 MB) [analysis-incomplete]',
      '2 files checked: 0 errors, 0 warnings, 1 note', '',
    ].join('\n'));
  });

  test('UTF-16 text with a byte-order mark is read as the editor reads it: the findings of its UTF-8 copy', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN, 'utf16le')]);
    const utf16be = Buffer.from(utf16le.map((_, i) => utf16le[i ^ 1] as number));
    const root = tree({ 'utf8.asm': BROKEN, 'le.asm': utf16le, 'be.asm': utf16be });
    const findings = (file: string): string[] => {
      const run = runCli(['check', '--format', 'json', file], root);
      return (JSON.parse(run.stdout) as { findings: Record<string, unknown>[] }).findings.map((f) => JSON.stringify({ ...f, file: undefined }));
    };
    assert.deepEqual(findings('le.asm'), findings('utf8.asm'));
    assert.deepEqual(findings('be.asm'), findings('utf8.asm'));
  });

  test('UTF-16 without a byte-order mark, or with a NUL character, is still binary data', () => {
    const root = tree({ 'bare.asm': Buffer.from(CLEAN, 'utf16le'), 'nul.asm': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${CLEAN}\0`, 'utf16le')]) });
    const run = runCli(['check', 'bare.asm', 'nul.asm'], root);
    assert.equal(run.stdout, [
      'bare.asm:1:1: info PW900 Not analysed: file holds binary data (NUL bytes), not source text [analysis-incomplete]',
      'nul.asm:1:1: info PW900 Not analysed: file holds binary data (NUL bytes), not source text [analysis-incomplete]',
      '2 files checked: 0 errors, 0 warnings, 2 notes', '',
    ].join('\n'));
  });

  describe('an included file is read as a checked file is, and as the editor reads it', () => {
    // The misuse opens the include, just after any byte-order mark: a mark read as text moves it, or breaks the line.
    const BODY = ['        VMMcall _PageGetSizeAddr, <eax, SIZE_FLAGS> ; Größe: café', '; naïve déjà vu', ''].join('\n');
    const program = (flags: number, ...body: string[]): string => [
      '        .386p', '        include vmm.inc', `SIZE_FLAGS equ ${flags}`, 'VxD_LOCKED_CODE_SEG', 'BeginProc Size_It',
      ...body, '        ret', 'EndProc Size_It', 'VxD_LOCKED_CODE_ENDS', '        END', '',
    ].join('\n');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY, 'utf16le')]);
    const includes: Record<string, Uint8Array> = {
      'bom.inc': Buffer.from(`\uFEFF${BODY}`, 'utf8'),
      'le.inc': utf16le,
      'be.inc': Buffer.from(utf16le.map((_, i) => utf16le[i ^ 1] as number)),
      'latin1.inc': Buffer.from(BODY, 'latin1'),
      // A UTF-8 mark before Latin-1 bytes: the editor goes by the mark.
      'marked.inc': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY, 'latin1')]),
    };
    /** `file:line:column CODE` of each finding of `pagewarden check file`. */
    const found = (root: string, file: string): string[] => {
      const run = runCli(['check', '--format', 'json', file], root);
      return (JSON.parse(run.stdout) as { findings: { file: string; line: number; column: number; code: string }[] }).findings
        .map((f) => `${f.file}:${f.line}:${f.column} ${f.code}`);
    };
    const treeOf = (flags: number): string => tree({
      ...includes,
      ...Object.fromEntries(Object.keys(includes).map((inc) => [inc.replace('.inc', '.asm'), program(flags, `        include ${inc}`)])),
      'inline.asm': program(flags, BODY.trimEnd()),
    });

    test('a UTF-8 include with a byte-order mark and accented comments has its finding at the column of the same text checked', () => {
      const root = treeOf(1);
      assert.deepEqual(found(root, 'inline.asm'), ['inline.asm:6:9 PW201']);
      assert.deepEqual(found(root, 'bom.asm'), ['bom.inc:1:9 PW201']);
    });

    test('a UTF-16 include with a byte-order mark is read, either way round, a Latin-1 one still is, and a UTF-8 mark is believed', () => {
      const root = treeOf(1);
      for (const name of ['le', 'be', 'latin1', 'marked']) assert.deepEqual(found(root, `${name}.asm`), [`${name}.inc:1:9 PW201`]);
    });

    test('corrected, each include reads clean', () => {
      const root = treeOf(0);
      for (const name of [...Object.keys(includes).map((inc) => inc.replace('.inc', '.asm')), 'inline.asm']) assert.deepEqual(found(root, name), [], name);
    });
  });

  test('tokenised BBC BASIC is detokenised and checked', () => {
    // 10 PRINT "hi"  — 0x0D, line 10, length 10, PRINT token 0xF1, then the end marker.
    const program = new Uint8Array([0x0d, 0x00, 0x0a, 0x0a, 0xf1, 0x20, 0x22, 0x68, 0x69, 0x22, 0x0d, 0xff]);
    const root = tree({ 'Prog,ffb': program });
    const run = runCli(['check', 'Prog,ffb'], root);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^1 file checked: 0 errors, 0 warnings, 0 notes$/m);
  });

  test('a folder walk checks tokenised BBC BASIC, named ,ffb or not', () => {
    const program = new Uint8Array([0x0d, 0x00, 0x0a, 0x0a, 0xf1, 0x20, 0x22, 0x68, 0x69, 0x22, 0x0d, 0xff]);
    const root = tree({ 'bas/Prog,ffb': program, 'bas/Saved': program, 'bas/Text': '10 PRINT "hi"\n' });
    const run = runCli(['check', 'bas'], root);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^3 files checked: 0 errors, 0 warnings, 0 notes$/m);
  });

  test('malformed tokenised BBC BASIC gets a note saying why it could not be read', () => {
    const root = tree({ 'Prog,ffb': new Uint8Array([0x0d, 0x00, 0x0a, 0x40, 0xf1, 0x22]) });
    const run = runCli(['check', '--format', 'json', 'Prog,ffb'], root);
    assert.equal(run.status, 0);
    const [finding] = (JSON.parse(run.stdout) as { findings: { code: string; message: string }[] }).findings;
    assert.equal(finding?.code, 'PW900');
    assert.match(finding?.message ?? '', /tokenised BBC BASIC that could not be read/);
  });

  test('a file named explicitly whose dialect cannot be told gets a note', () => {
    const root = tree({ 'notes.txt': 'shopping list' });
    const run = runCli(['check', '--format', 'json', 'notes.txt'], root);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /not recognised as VxD MASM, ObjAsm or BBC BASIC source/);
  });
});
