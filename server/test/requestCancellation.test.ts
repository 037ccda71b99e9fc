import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { isCancellation, unlessCancelled } from '../src/lsp/requestCancellation.js';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';
import { tempDir } from './support/tempDir.js';

// `$/cancelRequest` used to change nothing: a cancelled runHandler parsed,
// lowered and ran a large VxD to the end and answered in full, seconds
// later. The long requests now stop between the stages of their work and
// answer RequestCancelled (-32800). Each request here is cancelled as soon
// as it is sent, or once the server has answered a request sent after it
// (so it has begun), while it works on a file whose lowering alone takes a
// second or more.

/** FREECACH's code 300 times over, each copy's names numbered. */
function largeVxd(): string {
  const base = readFileSync(join(repoRoot, 'examples', 'vxd', 'FREECACH.ASM'), 'latin1').replace(/\r\n/g, '\n');
  const end = base.indexOf('        END');
  const body = base.slice(base.indexOf('VxD_LOCKED_CODE_SEG\n\nBeginProc FREECACH_Control'), end);
  const copies = Array.from({ length: 300 }, (_, i) => body.replace(/Compact_Region|Reserve_Window|Cache_Callback|FREECACH_Control|Callback_Done|Reserve_Fail/g, (name) => `${name}_${i}`));
  return `${base.slice(0, end)}${copies.join('')}        END\n`;
}

/** What a request cancelled once `begun` resolves comes back with: the error's code, or 'answered'. */
async function cancelledWhen(send: (token: CancellationTokenSource['token']) => Promise<unknown>, begun: () => Promise<unknown> = () => Promise.resolve()): Promise<number | 'answered'> {
  const source = new CancellationTokenSource();
  const answer = send(source.token);
  await begun();
  source.cancel();
  try {
    await answer;
    return 'answered';
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error.code;
  } finally {
    source.dispose();
  }
}

describe('cancelled requests', { timeout: 300_000 }, () => {
  let client: LspClient;
  let uri: string;
  before(async () => {
    const file = join(tempDir('pagewarden-cancel-'), 'large.asm');
    writeFileSync(file, largeVxd());
    uri = pathToFileURL(file).href;
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  test('a cancelled pagewarden/runHandler answers RequestCancelled', async () => {
    assert.equal(await cancelledWhen((token) => client.request('pagewarden/runHandler', { uri, entry: 'Compact_Region_7' }, token)), LSPErrorCodes.RequestCancelled);
  });

  test('a pagewarden/runHandler cancelled once it has begun answers RequestCancelled', async () => {
    // The server answers a request sent after the run once the run has begun, and yields between its stages.
    const begun = (): Promise<unknown> => client.request('pagewarden/analysisStatistics', { uri });
    assert.equal(await cancelledWhen((token) => client.request('pagewarden/runHandler', { uri, entry: 'Compact_Region_7' }, token), begun), LSPErrorCodes.RequestCancelled);
  });

  test('a cancelled pagewarden/listEntries answers RequestCancelled', async () => {
    assert.equal(await cancelledWhen((token) => client.request('pagewarden/listEntries', { uri }, token)), LSPErrorCodes.RequestCancelled);
  });

  test('a cancelled hover answers RequestCancelled', async () => {
    // Line 66 is `BeginProc Compact_Region`.
    assert.equal(await cancelledWhen((token) => client.hover(uri, { line: 66, character: 14 }, token)), LSPErrorCodes.RequestCancelled);
  });

  test('the same requests not cancelled answer in full', async () => {
    const run = await client.request<{ entry: string; steps: unknown[] }>('pagewarden/runHandler', { uri, entry: 'Compact_Region_7' });
    assert.equal(run.entry, 'Compact_Region_7');
    assert.ok(run.steps.length > 0);
    const { entries } = await client.request<{ entries: { name: string }[] }>('pagewarden/listEntries', { uri });
    assert.ok(entries.some((e) => e.name === 'Compact_Region_299'));
    assert.match(JSON.stringify(await client.hover(uri, { line: 66, character: 14 })), /Compact_Region/);
    assert.equal(await client.shutdown(), 0);
  });
});

describe('waiting for something a cancelled request no longer needs', () => {
  test('ends as the request is cancelled, with RequestCancelled', async () => {
    const source = new CancellationTokenSource();
    const waiting = unlessCancelled(source.token, new Promise(() => {}));
    source.cancel();
    await assert.rejects(waiting, (error) => isCancellation(error));
  });

  test('not cancelled, is what it waited for', async () => {
    const source = new CancellationTokenSource();
    assert.equal(await unlessCancelled(source.token, Promise.resolve(7)), 7);
  });
});
