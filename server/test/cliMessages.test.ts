import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// What pagewarden check and run say about a mistake in what they were given:
// each message names what the user wrote, in the words the README uses.

// _PageAllocate's handle used without a check: PW211 at line 6.
const LEAKY = [
  '        .386p', '        include vmm.inc', 'VxD_LOCKED_CODE_SEG', 'BeginProc Leak',
  '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>', '        mov     ecx, [edx]', '        ret', 'EndProc Leak', 'VxD_LOCKED_CODE_ENDS', '        END', '',
].join('\n');

function tree(files: Record<string, string>): string {
  const root = tempDir('pagewarden-cli-messages-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

describe('pagewarden check: what it says of its settings', () => {
  test('a --config file that cannot be read is named with the system\'s reason, as an unreadable source is', () => {
    const run = runCli(['check', '--config', 'nonexist.json', 'leaky.asm'], tree({ 'leaky.asm': LEAKY }));
    assert.equal(run.stderr, 'pagewarden: cannot read --config nonexist.json: no such file or directory (ENOENT)\n');
    assert.equal(run.status, 2);
  });

  test('an unknown setting is named as the file writes it, prefixes and nesting included', () => {
    const root = tree({
      'leaky.asm': LEAKY,
      'c.json': JSON.stringify({ 'pagewarden.pagewarden.severity': {}, pagewarden: { riscos: { versoin: '5.23' } }, 'riscos.version': '5.23' }),
    });
    const run = runCli(['check', '--config', 'c.json', 'leaky.asm'], root);
    assert.equal(run.stderr, [
      'pagewarden: --config c.json: unknown setting "pagewarden.pagewarden.severity"; ignored',
      'pagewarden: --config c.json: unknown setting "pagewarden.riscos.versoin"; ignored',
      '',
    ].join('\n'));
    assert.equal(run.status, 1);
  });

  test('one check given two severities (its code in two cases, or code and slug) is named; the last is used', () => {
    const root = tree({
      'leaky.asm': LEAKY,
      'case.json': JSON.stringify({ severity: { pw211: 'warning', PW211: 'off' } }),
      'slug.json': JSON.stringify({ severity: { PW211: 'off', 'unchecked-zero-failure': 'warning' } }),
      'one.json': JSON.stringify({ severity: { pw211: 'warning', PW312: 'off' } }),
    });
    const cased = runCli(['check', '--config', 'case.json', 'leaky.asm'], root);
    assert.equal(cased.stderr, 'pagewarden: --config case.json: "severity.pw211" is set again by "severity.PW211" (both name PW211); ignored\n');
    assert.match(cased.stdout, /^1 file checked: 0 errors, 0 warnings/m);
    const slug = runCli(['check', '--config', 'slug.json', 'leaky.asm'], root);
    assert.equal(slug.stderr, 'pagewarden: --config slug.json: "severity.PW211" is set again by "severity.unchecked-zero-failure" (both name PW211); ignored\n');
    assert.match(slug.stdout, /warning PW211/);
    const one = runCli(['check', '--config', 'one.json', 'leaky.asm'], root);
    assert.equal(one.stderr, '');
    assert.match(one.stdout, /warning PW211/);
  });

  test('an include folder that is not there is named on stderr, and the check goes on', () => {
    const root = tree({ 'leaky.asm': LEAKY, 'inc/x.inc': '', 'c.json': JSON.stringify({ includePaths: ['hdr', 'inc'] }) });
    const run = runCli(['check', '--include-path', '/nonexist', '--include-path', 'inc', '--include-path', 'leaky.asm', '--config', 'c.json', 'leaky.asm'], root);
    assert.equal(run.stderr, [
      `pagewarden: --config c.json: "includePaths" folder ${join(root, 'hdr')}: no such file or directory (ENOENT); no include is looked for there`,
      'pagewarden: --include-path /nonexist: no such file or directory (ENOENT); no include is looked for there',
      'pagewarden: --include-path leaky.asm: not a folder; no include is looked for there',
      '',
    ].join('\n'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /error PW211/);
    assert.equal(runCli(['check', '--include-path', 'inc', 'leaky.asm'], root).stderr, '');
  });
});

describe('pagewarden run: a scenario file that is not JSON', () => {
  test('is named with the line and column of the mistake, as a --config file is', () => {
    const root = tree({ 'leaky.asm': LEAKY, 'bad.json': '{\n  "entry": "Leak",\n  "kind" "procedure"\n}\n', 'comment.json': '{\n  // no comments in scenario files\n}\n' });
    const bad = runCli(['run', 'leaky.asm', '--entry', 'Leak', '--scenario', 'bad.json'], root);
    assert.equal(bad.stderr, `pagewarden: Scenario file ${join(root, 'bad.json')}: line 3, column 10: colon expected\n`);
    assert.equal(bad.status, 2);
    const comment = runCli(['run', 'leaky.asm', '--entry', 'Leak', '--scenario', 'comment.json'], root);
    assert.equal(comment.stderr, `pagewarden: Scenario file ${join(root, 'comment.json')}: line 2, column 3: invalid comment token\n`);
  });
});

describe('pagewarden check: a suppression whose "--" touches the check', () => {
  test('says to put a space before "--", and a suppression written so applies', () => {
    const suppressed = (line: string) => LEAKY.replace('        mov     ecx, [edx]', `${line}\n        mov     ecx, [edx]`);
    const root = tree({ 'glued.asm': suppressed('; pagewarden-disable-next-line PW211--nospace'), 'spaced.asm': suppressed('; pagewarden-disable-next-line PW211 -- nospace') });
    const glued = runCli(['check', 'glued.asm'], root);
    assert.match(glued.stdout, /^glued\.asm:6:32: warning PW100 "PW211--nospace" names no check, so it silences nothing; write a space before "--" to give PW211 a reason \("PW211 -- nospace"\)/m);
    assert.match(glued.stdout, /^glued\.asm:7:9: error PW211 /m);
    const spaced = runCli(['check', 'spaced.asm'], root);
    assert.match(spaced.stdout, /^1 file checked: 0 errors, 0 warnings/m);
  });
});
