import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// A document the analysis refuses (over 4 MB) used to have its whole model
// built on the server's one thread by the first hover, outline or colouring
// request: seconds a megabyte, with every other document's requests and
// diagnostics waiting behind it. Such a document gets no model-building
// feature at all, and is no part of any other document's scope.

const procedure = (n: number): string => [`BeginProc Huge_${n}`, '        mov     eax, 1', `        call    Huge_${n + 1}`, '        ret', `EndProc Huge_${n}`, ''].join('\n');
const HUGE = `.386p\ninclude vmm.inc\n${Array.from({ length: 50_000 }, (_, n) => procedure(n)).join('')}`;
const SMALL = ['.386p', 'include vmm.inc', 'BeginProc Small', '        call    Huge_1', '        call    Small_Done', 'Small_Done:', '        ))) what', '        ret', 'EndProc Small', ''].join('\n');

describe('a document over the size limit', { timeout: 300_000 }, () => {
  let client: LspClient;
  const huge = 'file:///work/oversized/huge.asm';
  const small = 'file:///work/oversized/small.asm';
  before(async () => {
    assert.ok(HUGE.length > 4 * 1024 * 1024);
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  test('gets its PW900 note and answers every model-building request empty', async () => {
    const published = await client.open(huge, 'vxd-masm', HUGE);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['PW900']);
    // An open document is measured in characters, its exact count told from the limit's.
    assert.equal(published.diagnostics[0]?.message, `Not analysed: file is ${HUGE.length.toLocaleString('en-US')} characters; PageWarden reads sources up to 4,194,304 characters (4 MB)`);
    // Line 2 is `BeginProc Huge_0`, line 3 its `mov`: a label, a mnemonic and a procedure to fold and outline.
    const answers = await Promise.all([
      client.hover(huge, { line: 2, character: 12 }),
      client.hover(huge, { line: 3, character: 9 }),
      client.documentSymbols(huge),
      client.semanticTokens(huge),
      client.completion(huge, { line: 4, character: 8 }),
      client.foldingRanges(huge),
      client.definition(huge, { line: 4, character: 18 }),
    ]);
    assert.deepEqual(answers, [null, null, [], { data: [] }, [], [], []]);
  });

  test('leaves another document its diagnostics and features, and is not in its scope', async () => {
    const published = await client.open(small, 'vxd-masm', SMALL);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]), [['PW900', 2], ['PW100', 6]]);
    // Its own label is found; the procedure only the oversized document defines is not.
    assert.deepEqual((await client.definition(small, { line: 4, character: 18 })).map((l) => [l.uri, l.range.start.line]), [[small, 5]]);
    assert.deepEqual(await client.definition(small, { line: 3, character: 18 }), []);
    assert.ok((await client.documentSymbols(small)).some((s) => s.name === 'Small'));
  });

  test('gets its features again once an edit brings it under the limit', async () => {
    const diagnostics = client.nextDiagnostics(huge);
    await client.change(huge, 2, `.386p\ninclude vmm.inc\n${procedure(0)}`);
    assert.deepEqual((await diagnostics).diagnostics.map((d) => d.code), []);
    assert.ok((await client.documentSymbols(huge)).some((s) => s.name === 'Huge_0'));
    assert.ok((await client.hover(huge, { line: 3, character: 9 })) !== null);
    assert.equal(await client.shutdown(), 0);
  });
});
