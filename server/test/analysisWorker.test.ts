import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';

// The paging analysis runs in a worker thread: while it works through a large
// file, the server still answers requests about other documents.

const corpus = ['dmabuf.asm', 'fprcache.asm', 'vmtrack.asm', 'blkpool.asm']
  .map((f) => readFileSync(join(repoRoot, 'examples', 'corpus', 'vxd-masm', f), 'utf8'));

/** Many copies of the corpus' procedures, renamed apart, so every one is analysed. */
function largeVxd(copies: number): string {
  return Array.from({ length: copies }, (_, i) =>
    corpus.map((text) => text.replace(/\b(BeginProc|EndProc)(\s+)(\w+)/g, `$1$2$3_${i}`)).join('\n')).join('\n');
}

describe('analysis in a worker thread', { timeout: 300_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('a hover on a small document is answered before a large document\'s analysis finishes', async () => {
    const small = 'file:///work/small.asm';
    await client.open(small, 'vxd-masm', 'BeginProc Foo\n        VMMcall _PageFree, <eax, 0>\n        ret\nEndProc Foo\n');
    const order: string[] = [];
    const large = client.open('file:///work/large.asm', 'vxd-masm', largeVxd(6)).then(() => order.push('large analysed'));
    const hover = await client.hover(small, { line: 1, character: 18 });
    order.push('hover answered');
    assert.match(JSON.stringify(hover?.contents), /_PageFree/);
    await large;
    assert.deepEqual(order, ['hover answered', 'large analysed']);
  });

  test('editing a document cancels its stale analysis and publishes for the newest text', async () => {
    const uri = 'file:///work/edited.asm';
    const firstPublished = client.open(uri, 'vxd-masm', largeVxd(3));
    await client.change(uri, 2, 'BeginProc Bar\n        ))) broken\n        ret\nEndProc Bar\n');
    // The analysis of version 1 is cancelled and never published.
    const published = await firstPublished;
    assert.equal(published.version, 2);
    assert.ok(published.diagnostics.some((d) => d.code === 'PW100'));
  });
});

describe('the analysis workers of a server', { timeout: 60_000 }, () => {
  /** The threads of a server with `workers` analysis workers, once it has answered `initialize` (Linux's /proc). */
  async function threadsAfterInitialize(workers: number): Promise<number> {
    const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio'], { env: { ...process.env, PAGEWARDEN_ANALYSIS_WORKERS: String(workers) } });
    try {
      await client.initialize();
      return readdirSync(`/proc/${client.process.pid}/task`).length;
    } finally {
      await client.shutdown();
    }
  }

  // Editors start the server as a document opens: a worker started then would make the first analysis wait for it.
  test('start as the server initialises, before any document opens: a thread each', async () => {
    assert.equal(await threadsAfterInitialize(3) - await threadsAfterInitialize(1), 2);
  });
});
