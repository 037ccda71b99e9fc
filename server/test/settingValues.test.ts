import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// A setting's value of the wrong kind is named, in a --config file and in the
// editor's settings alike, and the setting keeps its default: a severity that
// is no severity, a code no check has, `defines` as a list, a version written
// as a number. A severity may be keyed by the check's slug, as suppression
// comments name it.

const folder = tempDir('pw-setting-values-');
const SOURCE = join(folder, 'make.asm');
const TEXT = `        .386p
        include vmm.inc
VxD_LOCKED_CODE_SEG
BeginProc Make
        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
IFDEF DEBUG
        mov     dword ptr [edx], 'SIGN'
ENDIF
        ret
EndProc Make
VxD_LOCKED_CODE_ENDS
        END
`;
writeFileSync(SOURCE, TEXT);

let configs = 0;
function config(settings: unknown): string {
  const file = join(folder, `config-${++configs}.json`);
  writeFileSync(file, JSON.stringify(settings));
  return file;
}

interface JsonFinding { readonly code: string; readonly severity: string }

function check(settings: unknown): { findings: string[]; problems: string[] } {
  const run = runCli(['check', '--format', 'json', '--config', config(settings), SOURCE]);
  const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
  return {
    findings: findings.map((f) => `${f.code} ${f.severity}`),
    problems: run.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^pagewarden: --config .*?\.json: /, '')),
  };
}

test('check: a severity keyed by the slug, or by the code in any case, is applied', () => {
  assert.deepEqual(check({ defines: { DEBUG: true } }), { findings: ['PW211 error'], problems: [] });
  for (const key of ['unchecked-zero-failure', 'PW211', 'pw211']) {
    assert.deepEqual(check({ defines: { DEBUG: true }, severity: { [key]: 'warning' } }), { findings: ['PW211 warning'], problems: [] }, key);
    assert.deepEqual(check({ defines: { DEBUG: true }, severity: { [key]: 'off' } }), { findings: [], problems: [] }, key);
  }
});

test('check: a severity that is none of the four, or a check no code or slug names, is named and left out', () => {
  assert.deepEqual(check({ defines: { DEBUG: true }, severity: { PW211: 'loud', PW999: 'off', 'no-such-check': 'off' } }), {
    findings: ['PW211 error'],
    problems: [
      '"severity.PW211" cannot be "loud" (it takes "off", "info", "warning", "error"); ignored',
      '"severity.PW999" names no check (it takes a code, as "PW211", or a slug, as "unchecked-zero-failure"); ignored',
      '"severity.no-such-check" names no check (it takes a code, as "PW211", or a slug, as "unchecked-zero-failure"); ignored',
    ],
  });
  assert.deepEqual(check({ defines: { DEBUG: true }, severity: { PW211: 'Warning' } }).problems, [
    '"severity.PW211" cannot be "Warning" (it takes "off", "info", "warning", "error"); ignored',
  ]);
  assert.deepEqual(check({ severity: ['PW211'] }).problems, [
    '"severity" cannot be ["PW211"] (it takes an object of checks and severities, as {"PW311": "off"}); ignored',
  ]);
});

test('check: defines given as a list, or a define of the wrong kind, are named and left out', () => {
  assert.deepEqual(check({ defines: ['DEBUG'] }), {
    findings: [],
    problems: ['"defines" cannot be ["DEBUG"] (it takes an object of names and values, as {"DEBUG": true}); ignored'],
  });
  assert.deepEqual(check({ defines: { DEBUG: false } }), {
    findings: [],
    problems: ['"defines.DEBUG" cannot be false (it takes a number, a string, true or null); ignored'],
  });
});

test('check: a version written as a number is named as a number, not as the string the setting takes', () => {
  assert.deepEqual(check({ windows: { version: 95 } }).problems, ['"windows.version" cannot be the number 95 (it takes the strings "3.1", "95", "98"); ignored']);
  assert.deepEqual(check({ windows: { version: '95' } }).problems, []);
});

test('check: folders and budgets of the wrong kind are named', () => {
  assert.deepEqual(check({ includePaths: 'inc', pathVariables: { Hdr: 3 }, analysis: { maxSteps: 0 } }).problems, [
    '"includePaths" cannot be "inc" (it takes a list of folders); ignored',
    '"pathVariables.Hdr" cannot be 3 (it takes a folder or a list of folders); ignored',
    '"analysis.maxSteps" cannot be 0 (it takes a positive number); ignored',
  ]);
});

test('language server: bad settings are logged and left out, the rest applied; a slug keys a severity', { timeout: 60_000 }, async () => {
  const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
  after(async () => { if (client.process.exitCode === null) await client.shutdown(); });
  const logged: string[] = [];
  client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    if (params.type === 2) logged.push(params.message);
  });
  await client.initialize();
  const uri = 'file:///work/setting-values/make.asm';
  const severities = (p: { diagnostics: readonly { code?: string | number; severity?: number }[] }): string[] => p.diagnostics.map((d) => `${String(d.code)} ${String(d.severity)}`);
  assert.deepEqual(severities(await client.open(uri, 'vxd-masm', TEXT)), []);
  const bad = client.nextDiagnostics(uri);
  await client.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { pagewarden: { defines: { DEBUG: true }, severity: { 'unchecked-zero-failure': 'warning', PW999: 'off', PW221: 'loud' }, windows: { version: 95 } } },
  });
  assert.deepEqual(severities(await bad), ['PW211 2']);
  assert.deepEqual(logged, [
    'PageWarden setting "severity.PW999" names no check (it takes a code, as "PW211", or a slug, as "unchecked-zero-failure"); ignored',
    'PageWarden setting "severity.PW221" cannot be "loud" (it takes "off", "info", "warning", "error"); ignored',
    'PageWarden setting "windows.version" cannot be the number 95 (it takes the strings "3.1", "95", "98"); ignored',
  ]);
  const good = client.nextDiagnostics(uri);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { defines: { DEBUG: true } } } });
  assert.deepEqual(severities(await good), ['PW211 1']);
  assert.equal(logged.length, 3, 'good settings log nothing');
});

test('language server: a bad value is logged once while it stays, again once fixed and broken again, and a changed one anew', { timeout: 60_000 }, async () => {
  const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
  after(async () => { if (client.process.exitCode === null) await client.shutdown(); });
  const logged: string[] = [];
  client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    if (params.type === 2) logged.push(params.message);
  });
  await client.initialize();
  const uri = 'file:///work/setting-values/again.asm';
  await client.open(uri, 'vxd-masm', TEXT);
  /** The messages logged for these settings: the server answers a request after what it sent before it. */
  const send = async (pagewarden: unknown): Promise<string[]> => {
    const before = logged.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden } });
    await client.request('pagewarden/analysisStatistics', { uri });
    return logged.slice(before).map((message) => message.replace(/^PageWarden setting "([^"]+)".*$/, '$1'));
  };
  const bad = (severity: string) => ({ defines: { DEBUG: true }, severity: { PW221: severity, PW999: 'off' }, windows: { version: 95 } });
  assert.deepEqual(await send(bad('loud')), ['severity.PW221', 'severity.PW999', 'windows.version']);
  assert.deepEqual(await send(bad('loud')), [], 'the same bad values again');
  assert.deepEqual(await send({ ...bad('loud'), analysis: { maxPaths: 1999 } }), [], 'another setting changed');
  assert.deepEqual(await send(bad('noisy')), ['severity.PW221'], 'a value that changed is a new message');
  assert.match(logged.at(-1) ?? '', /cannot be "noisy"/);
  assert.deepEqual(await send({ defines: { DEBUG: true }, windows: { version: 95 } }), [], 'fixed');
  assert.deepEqual(await send({ defines: { DEBUG: true } }), [], 'fixed');
  assert.deepEqual(await send(bad('noisy')), ['severity.PW221', 'severity.PW999', 'windows.version'], 'broken again');
});
