import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// The server finds the files of a workspace folder as `pagewarden check
// FOLDER` does (cli-files.test.ts): the features that look past the open
// documents see the files the CLI checks, no more and no fewer.

const SYNTAX_ONLY = { analysis: false };

describe('the files of a workspace folder, over LSP', { timeout: 60_000 }, () => {
  let client: LspClient;
  let root: string;
  const uri = (path: string): string => pathToFileURL(join(root, path)).href;

  before(async () => {
    const outside = tempDir('pw-walk-outside-');
    writeFileSync(join(outside, 'shared.inc'), 'LINKED_PAGES EQU 1\n');
    mkdirSync(join(outside, 'lib'));
    writeFileSync(join(outside, 'lib/pool.inc'), 'POOL_PAGES EQU 3\n');
    root = tempDir('pw-walk-');
    writeFileSync(join(root, 'main.asm'), 'MAIN_PAGES EQU 2\n');
    symlinkSync(join(root, 'main.asm'), join(root, 'mirror.asm'));
    symlinkSync(join(outside, 'shared.inc'), join(root, 'shared.inc'));
    symlinkSync(join(outside, 'lib'), join(root, 'lib'));
    symlinkSync(root, join(root, 'loop'));
    mkdirSync(join(root, 's'));
    writeFileSync(join(root, 's/Module'), 'ModPages * 4\n');
    writeFileSync(join(root, 's/Makefile'), 'COMPONENT = PageMod\n');
    writeFileSync(join(root, 's/.Backup'), 'BackupPages * 4\n');
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href], SYNTAX_ONLY);
  });
  after(async () => {
    await client.shutdown();
  });

  test('workspace symbols come from files and folders reached through links, each file once', async () => {
    const symbols = await client.workspaceSymbols('pages');
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]).sort(), [
      ['LINKED_PAGES', uri('shared.inc')],
      ['MAIN_PAGES', uri('main.asm')],
      ['ModPages', uri('s/Module')],
      ['POOL_PAGES', uri('lib/pool.inc')],
    ]);
  });

  test('a Makefile and a dotfile in s/ are not taken for ObjAsm sources', async () => {
    assert.deepEqual(await client.workspaceSymbols('COMPONENT'), []);
    assert.deepEqual(await client.workspaceSymbols('BackupPages'), []);
  });
});

describe('tokenised BASIC in a workspace folder, over LSP', { timeout: 120_000 }, () => {
  // The features read text only: a tokenised program is neither among the
  // files nor counted towards the walk's limit of 5000, whether its name
  // (,ffb) or its first bytes (bas/ keeps no filetype) say what it is.
  const TOKENISED = Uint8Array.from([0x0d, 0x00, 0x0a, 0x06, 0x20, 0xf4, 0x0d, 0xff]);
  let client: LspClient;
  let root: string;

  before(async () => {
    root = tempDir('pw-walk-tokenised-');
    mkdirSync(join(root, 'bas'));
    for (let n = 0; n < 4995; n++) writeFileSync(join(root, `bas/Prog${n},ffb`), TOKENISED);
    for (let n = 0; n < 5; n++) writeFileSync(join(root, `bas/Saved${n}`), TOKENISED);
    writeFileSync(join(root, 'bas/Text'), 'DEF PROCtext_pages\nENDPROC\n');
    writeFileSync(join(root, 'zz.asm'), 'LAST_PAGES EQU 1\n');
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href], SYNTAX_ONLY);
  });
  after(async () => {
    await client.shutdown();
  });

  test('the text sources after 5000 tokenised programs are found', async () => {
    assert.deepEqual((await client.workspaceSymbols('pages')).map((s) => s.name).sort(), ['LAST_PAGES', 'PROCtext_pages']);
  });
});
