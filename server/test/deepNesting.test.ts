import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyseTree } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// An expression of thousands of terms nests as deep as it is long in every
// grammar; the walks over the syntax would run out of stack. Such a file is
// a PW900 note where it nests too deep, and nothing else is lost.

const TERMS = 3000;
const sum = Array.from({ length: TERMS }, () => '1').join('+');
const nested = `${'('.repeat(TERMS)}1${')'.repeat(TERMS)}`;

const DEEP: Record<LanguageId, string> = {
  'vxd-masm': `.386p\ninclude vmm.inc\nVxD_DATA_SEG\nTable dd ${sum}\nVxD_DATA_ENDS\nEND\n`,
  'riscos-objasm': `        AREA    |C$$Code|, CODE, READONLY\nTable   DCD     ${nested}\n        END\n`,
  'riscos-bbcbasic': `10 x% = ${sum}\n20 DIM code% 100\n30 P% = code%\n40 [OPT 2\n50 MOV pc, lr\n60 ]\n`,
};

const LEAKY_VXD = '.386p\ninclude vmm.inc\nVxD_CODE_SEG\nBeginProc Foo\n        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>\n        mov     ebx, [eax]\n        ret\nEndProc Foo\nVxD_CODE_ENDS\nEND\n';

const parsers = Parsers.create();

async function analysed(languageId: LanguageId, text: string, syntaxTrees: SyntaxTrees): Promise<{ code: string; line: number; message: string }[]> {
  const tree = await (await parsers).parse(languageId, text);
  try {
    const findings = await analyseTree(tree, { languageId, text, file: 'test', settings: DEFAULT_SETTINGS, syntaxTrees });
    return findings.map((f) => ({ code: f.code, line: f.range.start.line, message: f.message }));
  } finally {
    tree.delete();
  }
}

describe('syntax nesting deeper than the walks follow', () => {
  for (const [languageId, text] of Object.entries(DEEP) as [LanguageId, string][]) {
    test(`${languageId}: one PW900 on the line that nests too deep`, async () => {
      const found = await analysed(languageId, text, new SyntaxTrees());
      assert.deepEqual(found.map((f) => [f.code, f.line]), [['PW900', languageId === 'vxd-masm' ? 3 : languageId === 'riscos-objasm' ? 1 : 0]]);
      assert.match(found[0]?.message ?? '', /nests more than 500 levels deep/);
    });
  }

  test('the next text of a document whose syntax trees are kept is analysed in full', async () => {
    const syntaxTrees = new SyntaxTrees();
    assert.deepEqual((await analysed('vxd-masm', LEAKY_VXD, syntaxTrees)).map((f) => f.code), ['PW211']);
    // The statements of the first text, moved a line down before the walk meets the deep one.
    const moved = `; a line\n${LEAKY_VXD.replace('END\n', `Table dd ${sum}\nEND\n`)}`;
    assert.deepEqual((await analysed('vxd-masm', moved, syntaxTrees)).map((f) => [f.code, f.line]), [['PW900', 10]]);
    assert.deepEqual((await analysed('vxd-masm', LEAKY_VXD, syntaxTrees)).map((f) => [f.code, f.line]), [['PW211', 5]]);
  });

  test('a header nesting too deep leaves the file with one PW900 note', async () => {
    const root = tempDir('pagewarden-deep-');
    writeFileSync(join(root, 'deep.inc'), `Big EQU ${sum}\n`);
    writeFileSync(join(root, 'main.asm'), '.386p\ninclude vmm.inc\ninclude deep.inc\nVxD_CODE_SEG\nBeginProc Foo\n        mov eax, Big\n        ret\nEndProc Foo\nVxD_CODE_ENDS\nEND\n');
    const run = runCli(['check', '--format', 'json', '--include-path', '.', 'main.asm'], root);
    assert.equal(run.status, 0, run.stderr);
    const findings = (JSON.parse(run.stdout) as { findings: { code: string; message: string }[] }).findings;
    assert.deepEqual(findings.map((f) => f.code), ['PW900']);
    assert.match(findings[0]?.message ?? '', /a text it includes or expands nests more than 500 levels deep/);
  });

  test('pagewarden check reports the other files on its command line as usual', () => {
    const root = tempDir('pagewarden-deep-');
    writeFileSync(join(root, 'deep.s'), DEEP['riscos-objasm']);
    writeFileSync(join(root, 'leaky.asm'), LEAKY_VXD);
    const run = runCli(['check', 'deep.s', 'leaky.asm'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /deep\.s:2:\d+: info PW900 Not analysed: the syntax here nests more than 500 levels deep/);
    assert.match(run.stdout, /leaky\.asm:6:\d+: error PW211/);
  });

  describe('in the language server', { timeout: 60_000 }, () => {
    let client: LspClient;
    before(async () => {
      client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
      await client.initialize();
    });
    after(() => {
      if (client.process.exitCode === null) client.process.kill();
    });

    test('a document nesting too deep gets its PW900 note, and its analysis comes back once the text is fixed', async () => {
      const uri = 'file:///work/deep.asm';
      const opened = await client.open(uri, 'vxd-masm', DEEP['vxd-masm']);
      assert.deepEqual(opened.diagnostics.map((d) => [d.code, d.range.start.line]), [['PW900', 3]]);
      const fixed = client.nextDiagnostics(uri);
      await client.change(uri, 2, LEAKY_VXD);
      assert.deepEqual((await fixed).diagnostics.map((d) => d.code), ['PW211']);
    });
  });
});
