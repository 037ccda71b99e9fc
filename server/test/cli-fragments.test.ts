import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// `check FILE` and `run FILE` on a GET fragment analyse it through the file
// at the top of its include chain, found in the working folder as the
// editor finds it in the workspace folder; the fragment alone would be
// other code (DynHandler a plain routine, its dispatch an unknown table).

/** A copy of examples/ (the DynCache module, its scenario file) to run the CLI in. */
function examplesCopy(): string {
  const root = tempDir('pagewarden-cli-fragments-');
  cpSync(join(repoRoot, 'examples/riscos/DynCache'), join(root, 'riscos/DynCache'), { recursive: true });
  cpSync(join(repoRoot, 'examples/.pagewarden'), join(root, '.pagewarden'), { recursive: true });
  return root;
}

const HANDLER = 'riscos/DynCache/s/Handler';
const MODULE = 'riscos/DynCache/s/Module';
const HANDLER_FINDINGS = [
  'riscos/DynCache/s/Handler:14:9: error PW312',
  'riscos/DynCache/s/Handler:27:9: error PW301',
  'riscos/DynCache/s/Handler:27:9: error PW303',
  'riscos/DynCache/s/Handler:36:9: error PW308',
];

const findingLines = (stdout: string): string[] => stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.replace(/^(\S+ \S+ PW\d+).*$/, '$1'));

describe('pagewarden check on a GET fragment', () => {
  const root = examplesCopy();

  test('alone, it gets the findings its includer\'s analysis makes in it, as the editor shows them, and only those', () => {
    const run = runCli(['check', HANDLER], root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findingLines(run.stdout), HANDLER_FINDINGS);
    // The dispatch is judged as the module's handler, whose reason codes it knows.
    assert.match(run.stdout, /PW312 .*reason codes 4-6 exist/);
    assert.match(run.stdout, /^1 file checked: 4 errors, 0 warnings, 0 notes$/m);
  });

  test('with its includer named too, each finding is reported once, in any order and with worker threads', () => {
    for (const args of [[HANDLER, MODULE], [MODULE, HANDLER], ['--jobs', '2', HANDLER, MODULE]]) {
      const run = runCli(['check', ...args], root);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(findingLines(run.stdout).sort(), [...HANDLER_FINDINGS, 'riscos/DynCache/s/Module:53:9: warning PW311'].sort(), args.join(' '));
    }
  });

  test('JSON replays its findings from the fragment, which run takes through the includer', () => {
    const json = runCli(['check', '--format', 'json', HANDLER], root);
    const findings = (JSON.parse(json.stdout) as { findings: { code: string; replay?: { file: string; entry: string; witness: Record<string, string> } }[] }).findings;
    const pw301 = findings.find((f) => f.code === 'PW301');
    assert.equal(pw301?.replay?.file, HANDLER);
    const run = runCli(['run', HANDLER, '--entry', pw301.replay.entry, '--witness', JSON.stringify(pw301.replay.witness)], root);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /PW301 /);
  });

  test('outside the working folder, with no includer named, it is analysed on its own', () => {
    const elsewhere = tempDir('pagewarden-cli-fragments-cwd-');
    const run = runCli(['check', join(root, HANDLER)], elsewhere);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(findingLines(run.stdout).length, 1);
    assert.doesNotMatch(run.stdout, /reason codes 4-6 exist/);
  });

  test('a file nothing includes is checked as before', () => {
    const run = runCli(['check', MODULE], root);
    assert.deepEqual(findingLines(run.stdout), [...HANDLER_FINDINGS, 'riscos/DynCache/s/Module:53:9: warning PW311']);
  });
});

describe('pagewarden check on a GET fragment: the includer found whatever its encoding', () => {
  // The look for includers passes over a source in ASCII whose bytes do not hold the fragment's name in any case; a
  // source in another encoding is decoded first, so the name is looked for in its text.
  // The name written only as the GET writes it, in another case than the file's stem, `handler`.
  const module = readFileSync(join(repoRoot, 'examples/riscos/DynCache/s/Module'), 'latin1').replaceAll('handler', 'routine');
  const handler = readFileSync(join(repoRoot, 'examples/riscos/DynCache/s/Handler'));
  const encodings: [string, Buffer][] = [
    ['ASCII', Buffer.from(module, 'latin1')],
    ['Latin-1', Buffer.from(`; \u00a9 1999\n${module}`, 'latin1')],
    ['UTF-8', Buffer.from(`; \u00a9 1999\n${module}`, 'utf8')],
    ['UTF-16 with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(module, 'utf16le')])],
  ];
  for (const [encoding, bytes] of encodings) {
    test(`an includer in ${encoding}`, () => {
      const root = tempDir('pagewarden-cli-fragments-encoding-');
      mkdirSync(join(root, 's'));
      writeFileSync(join(root, 's/Module'), bytes);
      writeFileSync(join(root, 's/Handler'), handler);
      // Sources that name neither file, in ASCII and not, are passed over.
      writeFileSync(join(root, 's/Other'), '        MOV     r0, #0\n        MOV     pc, lr\n');
      writeFileSync(join(root, 's/Notes'), Buffer.from('; \u00a9 1999\n        MOV     pc, lr\n', 'latin1'));
      const run = runCli(['check', 's/Handler'], root);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /PW312 .*reason codes 4-6 exist/);
      assert.match(run.stdout, /^1 file checked: 4 errors, 0 warnings, 0 notes$/m);
    });
  }
});

describe('pagewarden run on a GET fragment', () => {
  const root = examplesCopy();

  test('runs the entry in its includer: the scenario file that names the fragment fits the dynamic-area handler', () => {
    const scenario = JSON.parse(readFileSync(join(root, '.pagewarden/scenarios/dyncache-pregrow.json'), 'utf8')) as { file: string };
    assert.equal(scenario.file, HANDLER);
    const run = runCli(['run', HANDLER, '--entry', 'DynHandler', '--scenario', 'dyncache-pregrow'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^riscos\/DynCache\/s\/Module: DynHandler \(da-handler\), scenario "dyncache-pregrow"$/m);
    assert.match(run.stdout, /Handler:27:9 PW301 /);
  });

  test('a file nothing includes runs as itself', () => {
    const run = runCli(['run', MODULE, '--entry', 'DynHandler', '--scenario', 'dyncache-pregrow'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^riscos\/DynCache\/s\/Module: DynHandler \(da-handler\), scenario "dyncache-pregrow"$/m);
  });
});

describe('pagewarden run --witness of a RISC OS handler', () => {
  const module = join(repoRoot, 'examples/riscos/DynCache/s/Module');

  test('a name that is no input of the run is a usage error naming the nearest it takes', () => {
    const run = runCli(['run', module, '--entry', 'DynHandler', '--witness', '{"reasn":"0x1"}']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^pagewarden: The witness names reasn, which is no input of this run; the nearest it takes are reason, /);
  });

  test('the names its analysis gives are taken', () => {
    const run = runCli(['run', module, '--entry', 'DynHandler', '--witness', '{"sp":"0x0","workspace":"0x0","reason":"0x1","entry.r9":"0x0"}']);
    assert.equal(run.status, 1, run.stderr);
  });

  test('a reason no scenario is about (the PW312 witness, R0 = 4) runs that reason alone, named for it', () => {
    const run = runCli(['run', module, '--entry', 'DynHandler', '--witness', '{"sp":"0x0","workspace":"0x0","reason":"0x4"}']);
    assert.notEqual(run.status, 2, run.stderr);
    assert.match(run.stdout, /scenario "TestShrink \(one call, in the area of PreGrow, specific pages\)"$/m);
    assert.doesNotMatch(run.stdout, /DAHandler_PreGrow/);
  });

  test('a reason the witness gives that a scenario is about keeps that scenario', () => {
    const run = runCli(['run', module, '--entry', 'DynHandler', '--witness', '{"sp":"0x0","workspace":"0x0","reason":"0x2","wanted":"0x1000","size":"0x1000"}']);
    assert.match(run.stdout, /scenario "PreShrink, 2 of 4 pages"$/m);
  });
});
