import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { LanguageId } from '../src/languages/languageId.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';

// A suppression silences findings in the file it is written in: an
// included file's lines and its includer's are counted apart, so a comment
// in one says nothing about the same line number in the other.

const parsers = Parsers.create();

/** `code`'s findings of `file` read with `files` beside it, each as its file's name and its line. */
async function found(languageId: LanguageId, file: string, files: Readonly<Record<string, string>>, code: string): Promise<string[]> {
  const text = files[file] ?? '';
  const findings = await analyseSource(await parsers, { languageId, text, file, settings: DEFAULT_SETTINGS, readFile: (path) => files[path] });
  return findings.filter((f) => f.code === code).map((f) => `${(f.file ?? file).split('/').pop() ?? ''} ${f.range.start.line}`);
}

describe('suppressions in a MASM include and its includer', () => {
  const main = (procedure: readonly string[]): string => [
    '        .386p', '        include vmm.inc', '        include body.inc', 'VxD_LOCKED_CODE_SEG', 'BeginProc Main_Init', ...procedure, '        ret', 'EndProc Main_Init', 'VxD_LOCKED_CODE_ENDS', '        END', '',
  ].join('\n');
  const body = (procedure: readonly string[], above: readonly string[] = []): string => [
    ...above, 'VxD_LOCKED_CODE_SEG', 'BeginProc Body_Init', ...procedure, '        VMMcall _PageFree, <ebx, 1>', '        ret', 'EndProc Body_Init', 'VxD_LOCKED_CODE_ENDS', '',
  ].join('\n');
  const FREE = '        VMMcall _PageFree, <esi, 1>';

  test('without suppressions both files\' findings are reported', async () => {
    const files = { '/src/main.asm': main([FREE]), '/src/body.inc': body(['        nop', '        nop', '        nop', '        nop']) };
    assert.deepEqual(await found('vxd-masm', '/src/main.asm', files, 'PW202'), ['main.asm 5', 'body.inc 6']);
  });

  test('the include\'s file-wide suppression silences its own finding, not the includer\'s within its lines', async () => {
    const files = { '/src/main.asm': main([FREE]), '/src/body.inc': body([], ['; pagewarden-disable PW202 -- the header\'s pages are freed one at a time']) };
    assert.deepEqual(await found('vxd-masm', '/src/main.asm', files, 'PW202'), ['main.asm 5']);
  });

  test('the include\'s suppression words inside a string literal silence nothing', async () => {
    const files = { '/src/main.asm': main([FREE]), '/src/body.inc': body([], ['VxD_LOCKED_DATA_SEG', 'Note db "; pagewarden-disable PW202 -- in a string", 0', 'VxD_LOCKED_DATA_ENDS']) };
    assert.deepEqual(await found('vxd-masm', '/src/main.asm', files, 'PW202'), ['body.inc 5', 'main.asm 5']);
    files['/src/body.inc'] = files['/src/body.inc'].replace('", 0', '", 0 ; pagewarden-disable PW202 -- the header\'s pages are freed one at a time');
    assert.deepEqual(await found('vxd-masm', '/src/main.asm', files, 'PW202'), ['main.asm 5']);
  });

  test('the includer\'s suppression silences its own finding, not the include\'s at the same line number', async () => {
    const files = {
      '/src/main.asm': main(['; pagewarden-disable-next-line PW202 -- released as one page', FREE]),
      '/src/body.inc': body(['        nop', '        nop', '        nop', '        nop']),
    };
    assert.deepEqual(await found('vxd-masm', '/src/main.asm', files, 'PW202'), ['body.inc 6']);
  });
});

describe('suppressions in an ObjAsm GET file and its includer', () => {
  const dynCache = (name: string): string => readFileSync(join(repoRoot, 'examples/riscos/DynCache/s', name), 'utf8');
  /** `text` with `line` put in before its 0-based line `at`. */
  const inserted = (text: string, at: number, line: string): string => {
    const lines = text.split('\n');
    lines.splice(at, 0, line);
    return lines.join('\n');
  };
  const MODULE = dynCache('Module');
  const HANDLER = dynCache('Handler');
  // s.Handler's computed branch, at its line 13, has no bound in front of it.
  const DISPATCH = 13;

  test('the GET file\'s suppression silences its finding', async () => {
    const handler = inserted(HANDLER, DISPATCH, '; pagewarden-disable-next-line PW312 -- the kernel sends reasons 0-3 only');
    assert.deepEqual(await found('riscos-objasm', '/src/s/Module', { '/src/s/Module': MODULE, '/src/s/Handler': handler }, 'PW312'), []);
  });

  test('the includer\'s suppression of its own line 13 leaves the GET file\'s line 13 reported', async () => {
    const module = inserted(MODULE, DISPATCH - 1, '; pagewarden-disable-next-line PW312 -- about the module\'s own line');
    assert.match(module.split('\n')[DISPATCH] ?? '', /AREA/, 'the suppression is for a line of s.Module\'s own');
    assert.deepEqual(await found('riscos-objasm', '/src/s/Module', { '/src/s/Module': module, '/src/s/Handler': HANDLER }, 'PW312'), ['Handler 13']);
    assert.deepEqual(await found('riscos-objasm', '/src/s/Module', { '/src/s/Module': MODULE, '/src/s/Handler': HANDLER }, 'PW312'), ['Handler 13']);
  });
});
