import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// A byte that is not UTF-8 substituted into an ObjAsm line (`:CHR: 200` in a
// UTF-8 file) is kept as a lone surrogate, so that it assembles to the byte
// again; a message that quotes the line shows it as `\xC8`, not as U+FFFD
// (text) or `\udcc8` (JSON), while a character the file holds stays itself.

const dir = tempDir('pagewarden-escaped-');
/** `B other$s`: the line, once substituted, does not parse (no name holds such a character), a PW100 that quotes it. */
const source = (value: string): string => `        GBLS    s\ns       SETS    ${value}\n        AREA    |x|, CODE\n        B       other$s\n        END\n`;
writeFileSync(join(dir, 'byte.s'), source(':CHR: 200'));
writeFileSync(join(dir, 'utf8.s'), source('"é"'));
writeFileSync(join(dir, 'run.s'), '        GBLS    s\ns       SETS    :CHR: 200\n        AREA    |x|, CODE\nentry   ROUT\n        MOV     r0, #1\n        B       other$s\n        END\n');
writeFileSync(join(dir, 'names.s'), '        GBLS    s\ns       SETS    :CHR: 200\n        AREA    |x|, CODE\nlab$s   ROUT\n        MOV     pc, lr\n        END\n');
writeFileSync(join(dir, 'latin1.s'), Buffer.from(source('"\xe9" :CC: :CHR: 200'), 'latin1'));

const check = (format: string, file: string): string => {
  const run = runCli(['check', '--format', format, file], dir);
  assert.equal(run.status, 1, run.stderr);
  return run.stdout;
};

interface JsonOutput { readonly findings: readonly { readonly code: string; readonly message: string }[] }
const messages = (file: string): string[] => (JSON.parse(check('json', file)) as JsonOutput).findings.map((f) => `${f.code} ${f.message}`);

describe('a byte that is not UTF-8 in a message', () => {
  test('text output writes it \\xC8', () => {
    const out = check('text', 'byte.s');
    assert.match(out, /PW100 .*cannot make sense of "B other\\xC8"/);
    assert.ok(!out.includes('\ufffd'), out);
  });

  test('JSON output writes it \\xC8, with no lone surrogate in the string', () => {
    assert.deepEqual(messages('byte.s'), ['PW100 Syntax error in the line with its variables substituted: cannot make sense of "B other\\xC8"']);
    assert.ok(!check('json', 'byte.s').includes('\\udc'));
  });

  test('a UTF-8 file\'s é stays é', () => {
    assert.deepEqual(messages('utf8.s'), ['PW100 Syntax error in the line with its variables substituted: cannot make sense of "B otheré"']);
  });

  test('a Latin-1 file\'s bytes are its characters: E9 is é and C8 È, nothing escaped', () => {
    assert.deepEqual(messages('latin1.s'), ['PW100 Syntax error in the line with its variables substituted: cannot make sense of "B otheréÈ"']);
  });

  test('pagewarden run\'s verdict, which quotes the line the run stopped at, writes it \\xC8', () => {
    const run = runCli(['run', 'run.s', '--entry', 'entry'], dir);
    assert.match(run.stdout, /^Verdict: stopped: the line with its variables substituted has a syntax error: B other\\xC8; 1 finding\(s\)$/m);
    assert.ok(!run.stdout.includes('\ufffd'), run.stdout);
  });

  test('pagewarden run\'s refusal, which names the document\'s entries, writes it \\xC8', () => {
    const run = runCli(['run', 'names.s', '--entry', 'nope'], dir);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /No entry point nope in this document; it has lab\\xC8$/m);
    assert.ok(!run.stderr.includes('\ufffd'), run.stderr);
  });
});
