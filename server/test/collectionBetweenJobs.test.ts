import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Range } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';

// An analysis worker collects its young generation once it has no job left,
// and the server's own thread once no job is running, so that the next
// edit does not stop to scavenge the garbage of the last
// (analysis/idleCollection.ts); both once the server has written the
// diagnostics, which would otherwise wait for the collections or share the
// cores with them. The server gives its threads V8's `gc` to do so; a
// worker's collection falls between its jobs, and what the server
// publishes is what it publishes without them.

const PROBE = join(repoRoot, 'server', 'test', 'support', 'collectionProbe.cjs');
const SOURCE = readFileSync(join(repoRoot, 'examples', 'corpus', 'vxd-masm', 'dmabuf.asm'), 'utf8');

describe('collection between analysis jobs', { timeout: 120_000 }, () => {
  const servers: LspClient[] = [];
  after(async () => {
    await Promise.all(servers.filter((s) => s.process.exitCode === null).map((s) => s.shutdown()));
  });

  async function server(): Promise<LspClient> {
    const client = LspClient.start(process.execPath, ['--require', PROBE, distFile('server.js'), '--stdio'], { env: { ...process.env, PAGEWARDEN_ANALYSIS_WORKERS: '1' } });
    servers.push(client);
    await client.initialize(null);
    return client;
  }

  /** Resolves with the probe's first report of a collection by `thread` after the `seen` reports so far. */
  function nextCollection(client: LspClient, seen: number, thread = 'analysis worker'): Promise<string> {
    return new Promise((resolve) => {
      const look = (): void => {
        const reports = client.stderr.join('').split('\n').filter((line) => line.startsWith(`${thread} collected`));
        if (reports.length <= seen) return;
        client.process.stderr.off('data', look);
        resolve(reports[seen] as string);
      };
      client.process.stderr.on('data', look);
      look();
    });
  }

  test('the worker collects its young generation between jobs, after an open and after each edit', async () => {
    const client = await server();
    const uri = 'file:///work/collected.asm';
    await client.open(uri, 'vxd-masm', SOURCE);
    assert.equal(await nextCollection(client, 0), 'analysis worker collected its young generation between jobs');
    const line = SOURCE.split('\n').findIndex((text) => text.includes('VMMcall'));
    const end = { line, character: SOURCE.split('\n')[line]?.length ?? 0 };
    const published = client.nextDiagnostics(uri);
    await client.edit(uri, 2, [{ range: { start: end, end } satisfies Range, text: ' ; typed' }]);
    await published;
    assert.equal(await nextCollection(client, 1), 'analysis worker collected its young generation between jobs');
  });

  test('the server\'s own thread collects its young generation once a job is done and its diagnostics written', async () => {
    const client = await server();
    const uri = 'file:///work/published.asm';
    await client.open(uri, 'vxd-masm', SOURCE);
    // The connection writes a publication a turn of the event loop after it is sent; a collection first would delay it.
    const opened = client.publications(uri).length;
    assert.equal(await nextCollection(client, 0, 'language server'), `language server collected its young generation after ${opened} publications written`);
    const line = SOURCE.split('\n').findIndex((text) => text.includes('VMMcall'));
    const end = { line, character: SOURCE.split('\n')[line]?.length ?? 0 };
    const published = client.nextDiagnostics(uri);
    await client.edit(uri, 2, [{ range: { start: end, end } satisfies Range, text: ' ; typed' }]);
    await published;
    const edited = client.publications(uri).length;
    assert.equal(await nextCollection(client, 1, 'language server'), `language server collected its young generation after ${edited} publications written`);
  });

  /** The times the probe reported for `what` ('language server wrote diagnostics', 'analysis worker began a collection'), in order. */
  function timesOf(client: LspClient, what: string): number[] {
    return client.stderr.join('').split('\n').filter((line) => line.startsWith(`${what} at `)).map((line) => Number(line.slice(what.length + 4)));
  }

  /** Resolves once the probe has reported `count` publications written (stderr may come after the publications). */
  async function written(client: LspClient, count: number): Promise<number[]> {
    while (timesOf(client, 'language server wrote diagnostics').length < count) await new Promise((resolve) => setTimeout(resolve, 10));
    return timesOf(client, 'language server wrote diagnostics');
  }

  test('the worker collects once the server has written the diagnostics of its job', async () => {
    const client = await server();
    const uri = 'file:///work/written.asm';
    await client.open(uri, 'vxd-masm', SOURCE);
    await nextCollection(client, 0);
    const [began] = timesOf(client, 'analysis worker began a collection');
    // Every publication of the open, the complete one too, went out before the worker's collection began.
    const writes = await written(client, client.publications(uri).length);
    assert.deepEqual(writes.map((time) => time < (began as number)), writes.map(() => true));
  });

  test('an edited document\'s diagnostics are those of the same text opened in a fresh server', async () => {
    const edited = await server();
    const uri = 'file:///work/typed.asm';
    await edited.open(uri, 'vxd-masm', SOURCE);
    // The open's job goes on to record the register values after its diagnostics: an edit meanwhile would stop it, and
    // the two jobs would share one collection.
    await nextCollection(edited, 0);
    const lines = SOURCE.split('\n');
    let diagnostics;
    for (let n = 0; n < 3; n++) {
      const line = Math.floor((lines.length * (n + 1)) / 4);
      const start = { line, character: 0 };
      lines.splice(line, 0, `; note ${n}`);
      const published = edited.nextDiagnostics(uri);
      await edited.edit(uri, n + 2, [{ range: { start, end: start }, text: `; note ${n}\n` }]);
      diagnostics = (await published).diagnostics;
      await nextCollection(edited, n + 1);
    }
    const fresh = await server();
    const opened = await fresh.open(uri, 'vxd-masm', lines.join('\n'));
    assert.deepEqual(diagnostics, opened.diagnostics);
  });
});
