import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { distFile, repoRoot } from './support/paths.js';
import { runCli, type CliRun } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// Which files `pagewarden check` reads, how often, and what check and run say
// about a file they cannot read.

const BROKEN = '.386p\ninclude vmm.inc\nBeginProc Foo\n        ))) what\n        ret\nEndProc Foo\n';
const CLEAN = '.386p\ninclude vmm.inc\nBeginProc Foo\n        ret\nEndProc Foo\n';

function tree(files: Record<string, string>): string {
  const root = tempDir('pagewarden-cli-files-');
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/**
 * Runs the CLI as a user a file's permissions apply to: root reads a file
 * whatever its mode, so as root the check runs as nobody.
 */
function runCliAsUser(args: readonly string[], cwd: string): CliRun {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [distFile('cli.js'), ...args], { encoding: 'utf8', cwd, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pagewarden check: a file it cannot read', () => {
  // b.asm cannot be read; a.asm and c.asm each have one syntax error.
  const root = tree({ 'a.asm': BROKEN, 'b.asm': CLEAN, 'c.asm': BROKEN });
  chmodSync(root, 0o755);
  chmodSync(join(root, 'b.asm'), 0o000);

  test('is named on stderr, the others are reported, and the run fails with exit 2', () => {
    for (const jobs of ['1', '2']) {
      const run = runCliAsUser(['check', '--jobs', jobs, '.'], root);
      assert.equal(run.stderr, 'pagewarden: cannot read b.asm: permission denied (EACCES)\n', `--jobs ${jobs}`);
      assert.equal(run.status, 2, `--jobs ${jobs}`);
      assert.match(run.stdout, /^a\.asm:4:9: error PW100 /m);
      assert.match(run.stdout, /^c\.asm:4:9: error PW100 /m);
      assert.match(run.stdout, /^2 files checked: 2 errors, 0 warnings, 2 notes$/m);
    }
  });

  test('every format reports the others; SARIF says the run was not successful, and why', () => {
    const json = runCliAsUser(['check', '--format', 'json', '.'], root);
    assert.equal(json.status, 2);
    assert.match(json.stderr, /cannot read b\.asm: permission denied/);
    assert.deepEqual((JSON.parse(json.stdout) as { findings: { file: string; code: string }[] }).findings.filter((f) => f.code === 'PW100').map((f) => f.file), ['a.asm', 'c.asm']);
    const sarif = runCliAsUser(['check', '--format', 'sarif', '.'], root);
    assert.equal(sarif.status, 2);
    const [run] = (JSON.parse(sarif.stdout) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[] }[] }).runs;
    assert.equal(run?.results.length, 4);
    assert.equal(run?.invocations[0]?.executionSuccessful, false);
    assert.deepEqual(run?.invocations[0]?.toolExecutionNotifications?.map((n) => `${n.level} ${n.message.text}`), ['error cannot read b.asm: permission denied (EACCES)']);
  });

  test('readable again, it is checked with the others and the run succeeds as usual', () => {
    const readable = tree({ 'a.asm': BROKEN, 'b.asm': CLEAN });
    const run = runCli(['check', '--format', 'sarif', '.'], readable);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const [sarifRun] = (JSON.parse(run.stdout) as { runs: { invocations: Record<string, unknown>[] }[] }).runs;
    assert.equal(sarifRun?.invocations[0]?.executionSuccessful, true);
    assert.equal('toolExecutionNotifications' in (sarifRun?.invocations[0] ?? {}), false);
  });
});

describe('pagewarden check: links and files named more than once', () => {
  test('a folder walk follows a link to a file', () => {
    const outside = tree({ 'freecach.asm': BROKEN });
    const root = tree({ 'drv/clean.asm': CLEAN });
    symlinkSync(join(outside, 'freecach.asm'), join(root, 'drv/linked.asm'));
    const run = runCli(['check', 'drv'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^drv\/linked\.asm:4:9: error PW100 /m);
    assert.match(run.stdout, /^2 files checked: 1 error/m);
  });

  test('a folder walk follows a link to a folder, each folder once, so a link cycle ends', () => {
    const outside = tree({ 'vxd/broken.asm': BROKEN });
    const root = tree({ 'drv/clean.asm': CLEAN });
    symlinkSync(join(outside, 'vxd'), join(root, 'drv/vxd'));
    symlinkSync(join(root, 'drv'), join(root, 'drv/again'));
    const run = runCli(['check', 'drv'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^drv\/vxd\/broken\.asm:4:9: error PW100 /m);
    assert.match(run.stdout, /^2 files checked: 1 error/m);
  });

  test('a link to nothing with a source\'s name cannot be read and says so; with another name it is not a source', () => {
    const root = tree({ 'drv/clean.asm': CLEAN });
    symlinkSync(join(root, 'gone.asm'), join(root, 'drv/dangling.asm'));
    symlinkSync(join(root, 'gone.txt'), join(root, 'drv/notes.txt'));
    const run = runCli(['check', 'drv'], root);
    assert.equal(run.stderr, 'pagewarden: cannot read drv/dangling.asm: no such file or directory (ENOENT)\n');
    assert.equal(run.status, 2);
    assert.match(run.stdout, /^1 file checked: 0 errors/m);
  });

  test('a link to nothing named on the command line cannot be read and says so, whatever its name; the others are reported', () => {
    const root = tree({ 'a.asm': BROKEN });
    symlinkSync('/nonexistent', join(root, 'dangling.asm'));
    symlinkSync(join(root, 'gone'), join(root, 'notes.txt'));
    symlinkSync('loop.asm', join(root, 'loop.asm'));
    const text = runCli(['check', 'a.asm', 'dangling.asm', 'notes.txt', 'loop.asm'], root);
    assert.equal(text.stderr, [
      'pagewarden: cannot read dangling.asm: no such file or directory (ENOENT)',
      'pagewarden: cannot read notes.txt: no such file or directory (ENOENT)',
      'pagewarden: cannot read loop.asm: too many symbolic links encountered (ELOOP)',
      '',
    ].join('\n'));
    assert.equal(text.status, 2);
    assert.match(text.stdout, /^a\.asm:4:9: error PW100 /m);
    assert.match(text.stdout, /^1 file checked: 1 error/m);
    const sarif = runCli(['check', '--format', 'sarif', 'a.asm', 'dangling.asm'], root);
    assert.equal(sarif.status, 2);
    const [run] = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[] }[] }).runs;
    assert.ok(run?.results.some((r) => r.ruleId === 'PW100'), 'a.asm is reported');
    assert.equal(run?.invocations[0]?.executionSuccessful, false);
    assert.deepEqual(run?.invocations[0]?.toolExecutionNotifications?.map((n) => n.message.text), ['cannot read dangling.asm: no such file or directory (ENOENT)']);
  });

  test('a path that names nothing is a usage error that checks nothing, the others included', () => {
    const root = tree({ 'a.asm': BROKEN });
    const run = runCli(['check', '--format', 'sarif', 'a.asm', 'typo.asm'], root);
    assert.equal(run.stderr, 'pagewarden: no such file or folder: typo.asm\n');
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
  });

  test('one file named several ways is checked once, under the name first given', () => {
    const root = tree({ 'src/a.asm': BROKEN });
    symlinkSync(join(root, 'src/a.asm'), join(root, 'link.asm'));
    for (const args of [['src/a.asm', './src/a.asm', join(root, 'src/a.asm')], ['src', './src/a.asm'], ['src/a.asm', 'link.asm']]) {
      const run = runCli(['check', ...args], root);
      assert.equal(run.status, 1, args.join(' '));
      assert.match(run.stdout, /^src\/a\.asm:4:9: error PW100 /m, args.join(' '));
      assert.match(run.stdout, /^1 file checked: 1 error, 0 warnings, 1 note$/m, args.join(' '));
    }
    const first = runCli(['check', 'link.asm', 'src'], root);
    assert.match(first.stdout, /^link\.asm:4:9: error PW100 /m);
    assert.match(first.stdout, /^1 file checked/m);
  });

  test('a file reached by two hard links is checked once, under the first name, in a walk and on the command line', () => {
    const root = tree({ 'drv/a.asm': BROKEN, 'drv/clean.asm': CLEAN });
    linkSync(join(root, 'drv/a.asm'), join(root, 'drv/b.asm'));
    linkSync(join(root, 'drv/a.asm'), join(root, 'other.asm'));
    for (const [files, args] of [['2 files', ['drv']], ['1 file', ['drv/a.asm', 'other.asm']], ['2 files', ['other.asm', 'drv']]] as const) {
      const run = runCli(['check', ...args], root);
      assert.equal(run.status, 1, args.join(' '));
      assert.match(run.stdout, new RegExp(`^${files} checked: 1 error, 0 warnings, 1 note$`, 'm'), args.join(' '));
    }
    assert.match(runCli(['check', 'other.asm', 'drv'], root).stdout, /^other\.asm:4:9: error PW100 /m);
  });

  test('two files with the same text are two files', () => {
    const root = tree({ 'a.asm': BROKEN, 'b.asm': BROKEN });
    const run = runCli(['check', 'a.asm', 'b.asm', '.'], root);
    assert.match(run.stdout, /^2 files checked: 2 errors/m);
  });
});

describe('pagewarden check: what a folder walk takes for source', () => {
  const HANDLER = '; > s.Handler\nHandler ROUT\n        CMP     r0, #4\n        MOVHS   pc, lr\n        MOV     pc, lr\n        END\n';

  test('in s/, hdr/ and bas/ dotfiles, make\'s files and read-me files are not sources', () => {
    const root = tree({
      'mod/s/Handler': HANDLER,
      'mod/s/.gitignore': '*.o\n/o/\n',
      'mod/s/Makefile': 'all:\n\tobjasm -o o.Handler s.Handler\n',
      'mod/hdr/.gitattributes': '* text=auto\n',
      'mod/hdr/ReadMe,fff': 'Headers: see the PRM.\n',
      'mod/bas/LICENCE': 'Copyright (c) 2026: all rights reserved.\n',
      'mod/Licence,fff': 'Permission is granted: see below.\n',
    });
    const run = runCli(['check', 'mod'], root);
    assert.equal(run.stdout, '1 file checked: 0 errors, 0 warnings, 0 notes\n');
    assert.equal(run.status, 0);
    // Named on the command line, they are not source either, as the editor opens them as make files and plain text.
    const named = runCli(['check', 'mod/s/Makefile', 'mod/hdr/ReadMe,fff', 'mod/s/Handler'], root);
    assert.equal(named.stdout, [
      'mod/s/Makefile:1:1: info PW900 Not analysed: not recognised as VxD MASM, ObjAsm or BBC BASIC source [analysis-incomplete]',
      'mod/hdr/ReadMe,fff:1:1: info PW900 Not analysed: not recognised as VxD MASM, ObjAsm or BBC BASIC source [analysis-incomplete]',
      '3 files checked: 0 errors, 0 warnings, 2 notes', '',
    ].join('\n'));
  });

  test('in s/ and hdr/ a file with another extension or filetype is not a source, even with ObjAsm in its text', () => {
    const root = tree({
      'mod/s/Handler': HANDLER,
      'mod/s/ReadMe.md': '# Handler\n\n    AREA    |Asm$$Code|, CODE\n    GET     Hdr:ListOpts\n',
      'mod/s/Build,fe1': 'all:\n        GET     Hdr:ListOpts\n',
      'mod/hdr/Notes.txt': '        AREA    |Asm$$Code|, CODE\n',
    });
    const run = runCli(['check', 'mod'], root);
    assert.equal(run.stdout, '1 file checked: 0 errors, 0 warnings, 0 notes\n');
    const named = runCli(['check', 'mod/s/ReadMe.md', 'mod/s/Build,fe1', 'mod/hdr/Notes.txt'], root);
    assert.equal(named.stdout, [
      ...['mod/s/ReadMe.md', 'mod/s/Build,fe1', 'mod/hdr/Notes.txt'].map((f) => `${f}:1:1: info PW900 Not analysed: not recognised as VxD MASM, ObjAsm or BBC BASIC source [analysis-incomplete]`),
      '3 files checked: 0 errors, 0 warnings, 3 notes', '',
    ].join('\n'));
  });

  test('any other file there is still a source, whatever its text; a dotfile named on the command line is checked, its text telling its dialect', () => {
    const root = tree({
      'mod/s/Handler': HANDLER, 'mod/hdr/Equates': 'Foo * 4\n        END\n', 'mod/s/Makefiles': 'all:\n', 'mod/s/.gitignore': '*.o\n', 'mod/bas/.gitignore': '*.o\n',
      'mod/s/.Handler': HANDLER,
    });
    const run = runCli(['check', 'mod'], root);
    assert.match(run.stdout, /^mod\/s\/Makefiles:1:4: error PW100 /m);
    assert.match(run.stdout, /^3 files checked/m);
    // The folder does not make a dotfile ObjAsm or BASIC, as the editor's file patterns do not; its text may (.Handler).
    const named = runCli(['check', 'mod/s/.gitignore', 'mod/bas/.gitignore', 'mod/s/.Handler'], root);
    assert.equal(named.stdout, [
      'mod/s/.gitignore:1:1: info PW900 Not analysed: not recognised as VxD MASM, ObjAsm or BBC BASIC source [analysis-incomplete]',
      'mod/bas/.gitignore:1:1: info PW900 Not analysed: not recognised as VxD MASM, ObjAsm or BBC BASIC source [analysis-incomplete]',
      '3 files checked: 0 errors, 0 warnings, 2 notes', '',
    ].join('\n'));
  });
});

describe('pagewarden run: a file it cannot read', () => {
  const root = tree({ 'b.asm': CLEAN, 'readable.asm': CLEAN });
  chmodSync(root, 0o755);
  chmodSync(join(root, 'b.asm'), 0o000);

  test('is a usage error that names it with the reason, as check says it', () => {
    const run = runCliAsUser(['run', 'b.asm', '--entry', 'Foo'], root);
    assert.equal(run.stderr, 'pagewarden: cannot read b.asm: permission denied (EACCES)\n');
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
  });

  test('readable, it runs; that the other may include it, unread, is said', () => {
    const run = runCliAsUser(['run', 'readable.asm', '--entry', 'Foo'], root);
    assert.equal(run.stderr, 'pagewarden: cannot read b.asm: permission denied (EACCES); readable.asm is analysed on its own, not in a file that may include it\n');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Verdict: returned; no findings$/m);
  });
});

describe('pagewarden check and run: a fragment whose includer cannot be read', () => {
  // s/Module GETs s/Handler: Handler alone is other code (its dispatch an unknown table), so check says that the
  // file that may hold it could not be read, naming it as it names a file given that it cannot read.
  const module = readFileSync(join(repoRoot, 'examples/riscos/DynCache/s/Module'), 'utf8');
  const handler = readFileSync(join(repoRoot, 'examples/riscos/DynCache/s/Handler'), 'utf8');
  const said = (includer: string, why: string): string => `pagewarden: cannot read ${includer}: ${why}; s/Handler is analysed on its own, not in a file that may include it\n`;

  test('an includer it may not read is named on stderr, and the fragment is analysed on its own', () => {
    const root = tree({ 's/Module': module, 's/Handler': handler, 'drv.asm': CLEAN });
    chmodSync(root, 0o755);
    chmodSync(join(root, 's'), 0o755);
    chmodSync(join(root, 's/Module'), 0o000);
    const run = runCliAsUser(['check', 's/Handler'], root);
    assert.equal(run.stderr, said('s/Module', 'permission denied (EACCES)'));
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /reason codes 4-6 exist/);
    const replay = runCliAsUser(['run', 's/Handler', '--entry', 'DynHandler'], root);
    assert.equal(replay.stderr, said('s/Module', 'permission denied (EACCES)'));
    // Named too, it is a file check could not read, and the run fails; it is not said twice.
    const both = runCliAsUser(['check', 's/Handler', 's/Module'], root);
    assert.equal(both.stderr, 'pagewarden: cannot read s/Module: permission denied (EACCES)\n');
    assert.equal(both.status, 2);
  });

  test('a link to nothing where the includer would be is named the same way; a file of another dialect is not', () => {
    const root = tree({ 's/Handler': handler, 'gone.asm': CLEAN });
    symlinkSync(join(root, 'nowhere'), join(root, 's/Module'));
    chmodSync(root, 0o755);
    chmodSync(join(root, 'gone.asm'), 0o000);
    const run = runCliAsUser(['check', 's/Handler'], root);
    assert.equal(run.stderr, said('s/Module', 'no such file or directory (ENOENT)'));
  });

  test('readable, the includer is the fragment\'s context and nothing is said', () => {
    const root = tree({ 's/Module': module, 's/Handler': handler });
    const run = runCli(['check', 's/Handler'], root);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /reason codes 4-6 exist/);
    assert.equal(runCli(['check', 's/Module'], root).stderr, '');
  });
});
