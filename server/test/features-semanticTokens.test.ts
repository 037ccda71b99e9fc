import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

const SYNTAX_ONLY = { analysis: false };

const SOURCE = [
  'BUF_PAGES EQU 4', //                                                      0
  'BeginProc Grow', //                                                       1
  '        VMMcall _PageAllocate, <BUF_PAGES, PG_SYS, 0, 0, 0, 0, 0, PageFixed>', // 2
  '        mov  ecx, BUF_PAGES', //                                          3
  '        ret', //                                                          4
  'EndProc Grow', //                                                         5
  '',
].join('\n');

/** Applies LSP semantic-token edits the way an editor does: against the old array, in order of position. */
function applyEdits(data: readonly number[], edits: readonly SemanticTokensEdit[]): number[] {
  const out = [...data];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return out;
}

/** Absolute [line, start, length] of every token. */
function decode(data: readonly number[]): [number, number, number][] {
  const tokens: [number, number, number][] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    const deltaLine = data[i] ?? 0;
    line += deltaLine;
    start = deltaLine === 0 ? start + (data[i + 1] ?? 0) : (data[i + 1] ?? 0);
    tokens.push([line, start, data[i + 2] ?? 0]);
  }
  return tokens;
}

const isDelta = (result: SemanticTokens | SemanticTokensDelta | null): result is SemanticTokensDelta => !!result && 'edits' in result;

describe('semantic tokens over LSP: full, delta and range', { timeout: 60_000 }, () => {
  let client: LspClient;
  const uri = 'file:///virtual/grow.asm';
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    const init = await client.initialize(null, SYNTAX_ONLY);
    const provider = init.capabilities.semanticTokensProvider;
    assert.deepEqual(provider && 'full' in provider ? [provider.full, provider.range] : [], [{ delta: true }, true]);
    await client.open(uri, 'vxd-masm', SOURCE);
  });
  after(async () => {
    await client.shutdown();
  });

  test('a delta against the previous result turns the old data into the new full result', async () => {
    let version = 1;
    let previous = await client.semanticTokens(uri);
    assert.ok(previous?.resultId);
    const edits = [
      // a token added in the middle
      SOURCE.replace('        ret', '        mov  edx, PG_SYS\n        ret'),
      // tokens removed
      SOURCE.replace('        mov  ecx, BUF_PAGES\n', ''),
      // a token changes kind: BUF_PAGES is no longer defined here
      SOURCE.replace('BUF_PAGES EQU 4', 'OTHER EQU 4'),
      // nothing left
      '',
      SOURCE,
    ];
    for (const text of edits) {
      await client.change(uri, ++version, text);
      const delta = await client.semanticTokensDelta(uri, previous?.resultId ?? '');
      assert.ok(isDelta(delta), 'a delta, not a full result');
      assert.notEqual(delta.resultId, previous?.resultId);
      const full = await client.semanticTokens(uri);
      assert.deepEqual(applyEdits(previous?.data ?? [], delta.edits), full?.data, text);
      previous = full;
    }
  });

  test('an unchanged document gives an empty delta; an unknown result id gives the full tokens', async () => {
    const first = await client.semanticTokens(uri);
    const same = await client.semanticTokensDelta(uri, first?.resultId ?? '');
    assert.ok(isDelta(same));
    assert.deepEqual(same.edits, []);
    const stale = await client.semanticTokensDelta(uri, 'no-such-result');
    assert.ok(stale && !isDelta(stale));
    assert.deepEqual(stale.data, first?.data);
  });

  test('a range gives exactly the tokens of the full result that lie inside it', async () => {
    const all = decode((await client.semanticTokens(uri))?.data ?? []);
    const range = await client.semanticTokensRange(uri, { start: { line: 2, character: 0 }, end: { line: 4, character: 0 } });
    const inside = decode(range?.data ?? []);
    assert.deepEqual(inside, all.filter(([line]) => line >= 2 && line < 4));
    assert.ok(inside.some(([line]) => line === 2) && inside.some(([line]) => line === 3));
    // A range that starts inside `BUF_PAGES` on line 3 keeps it; one that ends before it does not.
    const part = decode((await client.semanticTokensRange(uri, { start: { line: 3, character: 20 }, end: { line: 3, character: 40 } }))?.data ?? []);
    assert.deepEqual(part, [[3, 18, 9]]);
    const before = await client.semanticTokensRange(uri, { start: { line: 3, character: 0 }, end: { line: 3, character: 18 } });
    assert.deepEqual(decode(before?.data ?? []), [[3, 13, 3]]);
  });
});
