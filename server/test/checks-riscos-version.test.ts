import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The `pagewarden.riscos.version` setting (`riscos.version` in a --config
// file) reaches the RISC OS model in analysis and in runs: a PreGrow that
// answers "RESV" is right on RISC OS 5.27 and wrong before it.

const folder = tempDir('pw-riscos-version-');
const SOURCE = join(folder, 'Resv,fd1');
const TEXT = `REM > Resv
DIM code% 256
FOR pass% = 0 TO 2 STEP 2
P% = code%
[ OPT pass%
.handler%
        TEQ     r0, #0
        BNE     done
        LDR     r0, resv
.done
        CMN     r0, #0          ; clears V
        MOV     pc, lr
.resv
        EQUD    &56534552
]
NEXT pass%
SYS "XOS_DynamicArea", 0, -1, 0, -1, 0, &100000, handler%, 0, "Resv" TO ,area%
END
`;
writeFileSync(SOURCE, TEXT);

function config(version: unknown): string {
  const file = join(folder, `riscos-${String(version)}.json`);
  writeFileSync(file, JSON.stringify({ riscos: { version } }));
  return file;
}

interface JsonFinding { readonly code: string; readonly line: number; readonly message: string }
const check = (...args: string[]): JsonFinding[] => (JSON.parse(runCli(['check', '--format', 'json', ...args, SOURCE]).stdout) as { findings: JsonFinding[] }).findings;

test('check: "RESV" from PreGrow is clean on 5.27 (the default), PW303 at the return on 5.23 and RISC OS 6', () => {
  assert.deepEqual(check(), []);
  assert.deepEqual(check('--config', config('5.27')), []);
  for (const version of ['5.23', '6']) {
    const found = check('--config', config(version));
    assert.deepEqual(found.map((f) => [f.code, f.line]), [['PW303', 12]], version);
    assert.match(found[0]?.message ?? '', new RegExp(`RISC OS ${version.replace('.', '\\.')} has no "RESV" return`));
  }
});

test('check: a version the setting does not list falls back to 5.27, and says so', () => {
  assert.deepEqual(check('--config', config('7.0')), []);
  const run = runCli(['check', '--config', config('7.0'), SOURCE]);
  assert.match(run.stderr, /^pagewarden: --config .*riscos-7\.0\.json: "riscos\.version" cannot be "7\.0" \(it takes "5\.27", "5\.23", "5\.0", "6", "4", "3\.7"\); ignored$/m);
});

test('check: a config file may name settings as settings.json does, dotted and with the pagewarden prefix; unknown ones are named', () => {
  const file = (name: string, settings: unknown): string => {
    const path = join(folder, name);
    writeFileSync(path, JSON.stringify(settings));
    return path;
  };
  for (const settings of [{ 'riscos.version': '5.23' }, { 'pagewarden.riscos.version': '5.23' }, { pagewarden: { riscos: { version: '5.23' } } }]) {
    assert.deepEqual(check('--config', file('dotted.json', settings)).map((f) => f.code), ['PW303'], JSON.stringify(settings));
  }
  const typo = runCli(['check', '--config', file('typo.json', { 'riscos.versoin': '5.23', analysis: { maxStep: 5 }, windows: { version: 'W31' } }), SOURCE]);
  assert.equal(typo.status, 0);
  assert.deepEqual(typo.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^.*\.json: /, '')), [
    'unknown setting "riscos.versoin"; ignored', 'unknown setting "analysis.maxStep"; ignored',
    '"windows.version" cannot be "W31" (it takes "3.1", "95", "98"); ignored',
  ]);
});

test('check: a config file may start with a byte-order mark and hold comments and trailing commas, as settings.json does', () => {
  const file = (name: string, text: string): string => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const settingsJson = '{\n  // the target in CI\n  "pagewarden.riscos.version": "5.23", /* not 5.27 */\n}\n';
  for (const path of [file('bom.json', '\uFEFF{"riscos": {"version": "5.23"}}\n'), file('jsonc.json', settingsJson), file('both.json', `\uFEFF${settingsJson}`)]) {
    const run = runCli(['check', '--format', 'json', '--config', path, SOURCE]);
    assert.equal(run.stderr, '', path);
    assert.deepEqual((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.code), ['PW303'], path);
  }
});

test('check: a config file with a mistake is refused, naming its line and column', () => {
  const path = join(folder, 'bad.json');
  writeFileSync(path, '\uFEFF{\n  // the target\n  "riscos.version" "5.23"\n}\n');
  const run = runCli(['check', '--config', path, SOURCE]);
  assert.equal(run.status, 2);
  assert.equal(run.stderr, `pagewarden: cannot read --config ${path}: line 3, column 20: colon expected\n`);
  assert.equal(run.stdout, '');
});

test('run: the concrete PreGrow is judged by the same version', () => {
  const run = (...args: string[]) => runCli(['run', ...args, SOURCE, '--entry', 'handler%']);
  const newer = run();
  assert.equal(newer.status, 0, newer.stderr);
  assert.match(newer.stdout, /^Verdict: returned; no findings$/m);
  const older = run('--config', config('5.23'));
  assert.equal(older.status, 1, older.stderr);
  assert.match(older.stdout, /^ {2}12:9 PW303 PreGrow returns V clear with R0 not preserved; RISC OS 5\.23 has no "RESV" return/m);
});

test('language server: changing pagewarden.riscos.version re-analyses the open document under the new target', { timeout: 60_000 }, async () => {
  const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
  after(async () => { if (client.process.exitCode === null) await client.shutdown(); });
  await client.initialize();
  const uri = 'file:///work/riscos-version/Resv,fd1';
  const codes = (p: { diagnostics: readonly { code?: string | number }[] }) => p.diagnostics.map((d) => d.code);
  assert.deepEqual(codes(await client.open(uri, 'riscos-bbcbasic', TEXT)), []);
  const older = client.nextDiagnostics(uri);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { riscos: { version: '5.23' } } } });
  const published = await older;
  assert.deepEqual(codes(published), ['PW303']);
  assert.equal(published.diagnostics[0]?.range.start.line, 11);
});
