import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { retagLanguage, type ContributedLanguage } from '../src/documentLanguage.js';

const OBJASM = '        AREA    |Asm$$Code|, CODE, READONLY\n        GET     Hdr:ListOpts\n        END\n';
/** Our manifest's languages, and two a built-in extension contributes. */
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { languages: ContributedLanguage[] } };
const CONTRIBUTED: readonly ContributedLanguage[] = [
  ...manifest.contributes.languages,
  { id: 'markdown', extensions: ['.md', '.markdown'] },
  { id: 'plaintext', extensions: ['.txt'] },
];
const contributed = (): readonly ContributedLanguage[] => CONTRIBUTED;

test('a document VS Code gave our dialect by its folder takes the language of its extension or filetype', () => {
  assert.equal(retagLanguage('/mod/s/ReadMe.md', 'riscos-objasm', OBJASM, contributed), 'markdown');
  assert.equal(retagLanguage('/mod/s/Build,fe1', 'riscos-objasm', OBJASM, contributed), 'makefile');
  assert.equal(retagLanguage('/mod/hdr/Notes.TXT', 'riscos-objasm', OBJASM, contributed), 'plaintext');
  assert.equal(retagLanguage('/mod/bas/Old.bak', 'riscos-bbcbasic', '10 PRINT\n', contributed), 'plaintext', 'no language has it: plain text');
  // Once it has that language, its ObjAsm text does not retag it again.
  assert.equal(retagLanguage('/mod/s/ReadMe.md', 'markdown', OBJASM, contributed), undefined);
  assert.equal(retagLanguage('/mod/hdr/Notes.txt', 'plaintext', OBJASM, contributed), undefined);
});

test('a source named as one keeps its dialect; plain text takes the dialect its content shows', () => {
  for (const path of ['/mod/s/Handler', '/mod/s/Handler.s', '/mod/s/Handler,ffd', '/mod/hdr/Defs,fff']) {
    assert.equal(retagLanguage(path, 'riscos-objasm', OBJASM, contributed), undefined, path);
  }
  assert.equal(retagLanguage('/mod/tools/Handler', 'plaintext', OBJASM, contributed), 'riscos-objasm');
  assert.equal(retagLanguage('/mod/tools/Handler', 'riscos-bbcbasic', OBJASM, contributed), 'riscos-objasm');
  assert.equal(retagLanguage('Untitled-1', 'plaintext', 'Just prose.\n', contributed), undefined);
  assert.equal(retagLanguage('/mod/src/main.c', 'c', OBJASM, contributed), undefined, 'another extension\'s language is left alone');
});
