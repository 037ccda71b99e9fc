import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { IncluderIndex } from '../src/lsp/includers.js';
import { Parsers } from '../src/parsing/parsers.js';
import { tempDir } from './support/tempDir.js';

// An open document's root is looked up on the server's thread while the
// analysis worker parses the same text; the document's own includes matter
// only when something includes it, so only then is it parsed there.

const PROC = ['VxD_LOCKED_CODE_SEG', 'BeginProc Body', '        ret', 'EndProc Body', 'VxD_LOCKED_CODE_ENDS', ''];

/** An index over `files` (written to a new folder) whose parser notes the length of each text it parses. */
async function indexOver(files: Record<string, string>): Promise<{ folder: string; index: IncluderIndex; parsed: number[] }> {
  const folder = tempDir('pagewarden-includers-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const parsers = await Parsers.create();
  const parsed: number[] = [];
  const counting = Object.assign(Object.create(parsers) as Parsers, {
    parse: (languageId: LanguageId, text: string) => {
      parsed.push(text.length);
      return parsers.parse(languageId, text);
    },
  });
  const index = new IncluderIndex(Promise.resolve(counting));
  index.configure(folder, DEFAULT_SETTINGS);
  return { folder, index, parsed };
}

describe('the root look-up of an open document', () => {
  // Text lengths tell the open document's parse from the others'.
  const LONE = ['        .386p', '        include vmm.inc', ...PROC, '; the open one', '        END', ''].join('\n');
  let vxd: Awaited<ReturnType<typeof indexOver>>;

  before(async () => {
    vxd = await indexOver({ 'defs.asm': ['        .386p', '        include body.inc', '        END', ''].join('\n'), 'body.inc': PROC.join('\n') });
  });

  test('does not parse a document that nothing includes and that names no file like its own', async () => {
    const file = join(vxd.folder, 'lone.asm');
    assert.equal(await vxd.index.rootOf(file, 'vxd-masm', new Map([[file, LONE]])), undefined);
    assert.ok(!vxd.parsed.includes(LONE.length), 'the lone document was parsed');
  });

  test('parses a document another file includes, and finds that file its root', async () => {
    const file = join(vxd.folder, 'body.inc');
    const edited = `${PROC.join('\n')}; edited\n`;
    assert.equal(await vxd.index.rootOf(file, 'vxd-masm', new Map([[file, edited]])), join(vxd.folder, 'defs.asm'));
    assert.ok(vxd.parsed.includes(edited.length));
  });

  test('parses a document that includes itself, which has no root but itself', async () => {
    const file = join(vxd.folder, 'self.asm');
    const text = ['        .386p', '        INCLUDE <SELF.ASM>', ...PROC, '        END', ''].join('\n');
    assert.equal(await vxd.index.rootOf(file, 'vxd-masm', new Map([[file, text]])), undefined);
    assert.ok(vxd.parsed.includes(text.length));
  });

  test('in an include cycle, a file only the cycle includes has no root; one a file outside includes has that file', async () => {
    const cycle = await indexOver({
      'a.asm': ['        include b.inc', '        END', ''].join('\n'),
      'b.inc': ['        include a.asm', ...PROC].join('\n'),
      'top.asm': ['        include c.inc', '        END', ''].join('\n'),
      'c.inc': ['        include d.inc', ...PROC].join('\n'),
      'd.inc': '        include c.inc\n',
    });
    const rootOf = (name: string) => cycle.index.rootOf(join(cycle.folder, name), 'vxd-masm', new Map());
    assert.equal(await rootOf('a.asm'), undefined);
    assert.equal(await rootOf('b.inc'), undefined);
    assert.equal(await rootOf('c.inc'), join(cycle.folder, 'top.asm'));
    assert.equal(await rootOf('d.inc'), join(cycle.folder, 'top.asm'));
  });

  test('an ObjAsm GET carried onto the next line by a backslash still counts', async () => {
    const objasm = await indexOver({});
    const file = join(objasm.folder, 'Loop,ffd');
    const text = ['        AREA    |Loop$$Code|, CODE, READONLY', '        GET     \\', '                Loop', '        END', ''].join('\n');
    assert.equal(await objasm.index.rootOf(file, 'riscos-objasm', new Map([[file, text]])), undefined);
    assert.ok(objasm.parsed.includes(text.length));
  });

  test('finds the root through a symbolic link to a file outside the folder, as pagewarden check does', async () => {
    const outside = tempDir('pagewarden-includers-outside-');
    writeFileSync(join(outside, 'main.asm'), ['        .386p', '        include body.inc', '        END', ''].join('\n'));
    const linked = await indexOver({ 'body.inc': PROC.join('\n') });
    symlinkSync(join(outside, 'main.asm'), join(linked.folder, 'main.asm'));
    const file = join(linked.folder, 'body.inc');
    assert.equal(await linked.index.rootOf(file, 'vxd-masm', new Map([[file, PROC.join('\n')]])), join(linked.folder, 'main.asm'));
  });
});
