import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient.js';
import { generateSource } from '../bench/generateSources.js';
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

/** A VxD whose first procedure takes a second or more to analyse (a thousand branches, each joined again) and begins with `slow`, and `small` after it. */
function slowFirst(small: string, slow = ''): string {
  const body = Array.from({ length: 1000 }, (_, i) => `        add     eax, [esi+${4 * i}]\n        jc      Skip_${i}\n        inc     ebx\nSkip_${i}:\n`).join('');
  return `.386p\ninclude vmm.inc\nVxD_LOCKED_CODE_SEG\nBeginProc Slow_Proc\n${slow}${body}        ret\nEndProc Slow_Proc\nBeginProc Small_Proc\n${small}        ret\nEndProc Small_Proc\nVxD_LOCKED_CODE_ENDS\n        END\n`;
}

const PAGE_RESERVE = '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>\n        shr     eax, 12\n';

interface Counts {
  readonly version: number;
  readonly analysed: number;
  readonly reused: number;
}

describe('an analysis an edit supersedes', { timeout: 300_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio'], { env: { ...process.env, PAGEWARDEN_ANALYSIS_WORKERS: '1' } });
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  const statistics = (uri: string): Promise<Counts> => client.connection.sendRequest<Counts>('pagewarden/analysisStatistics', { uri });

  /**
   * Opens `uri`, changes it so that the slow procedure runs again (an instruction more at its start; the other, keyed
   * apart from where it lies, is reused), and once that run has begun inserts `line` at the start of `procedure`'s
   * body, an edit of one line as an editor sends it. Resolves with the complete diagnostics of that third version.
   */
  async function editWhileSlowRuns(uri: string, procedure: string, line: string): Promise<PublishDiagnosticsParams> {
    await client.open(uri, 'vxd-masm', slowFirst(''));
    const second = slowFirst('', '        inc     edx\n');
    // A later version's first publication comes as the runs of the procedures it cannot reuse begin: the worker sends
    // it after its last look for a cancellation before the first run, so an edit that comes after it finds that run
    // begun, however slowly the machine turns it round.
    const begun = client.nextPublication(uri);
    await client.change(uri, 2, second);
    assert.equal((await begun).version, 2);
    const complete = client.nextDiagnostics(uri);
    const at = { line: second.split('\n').indexOf(`BeginProc ${procedure}`) + 1, character: 0 };
    await client.edit(uri, 3, [{ range: { start: at, end: at }, text: line }]);
    const diagnostics = await complete;
    assert.equal(diagnostics.version, 3);
    return diagnostics;
  }

  test('stops in the middle of the run of a procedure the edit touches, which the next analysis runs again', async () => {
    const uri = 'file:///work/superseded.asm';
    // A comment leaves the slow procedure's key as it was: only a run stopped before its end leaves nothing to reuse.
    await editWhileSlowRuns(uri, 'Slow_Proc', '        ; a comment\n');
    assert.deepEqual(await statistics(uri), { version: 3, analysed: 1, reused: 1 });
  });

  test('lets the run of a procedure the edit does not touch finish, and the next analysis reuses it', async () => {
    const uri = 'file:///work/untouched.asm';
    const complete = await editWhileSlowRuns(uri, 'Small_Proc', PAGE_RESERVE);
    assert.ok(complete.diagnostics.some((d) => d.code === 'PW210'), 'the new text\'s finding');
    assert.deepEqual(await statistics(uri), { version: 3, analysed: 1, reused: 1 });
  });

  test('a first job superseded once its syntax error is published stops before its entries, and the new text\'s findings arrive', async () => {
    const uri = 'file:///work/superseded-early.asm';
    // Large enough that the lowering and the keys take the worker a while after the syntax errors' publication.
    const text = generateSource('vxd-masm', 3000);
    const first = client.nextPublication(uri);
    const complete = client.open(uri, 'vxd-masm', text.replace('\n', '\n        ))) broken\n'));
    const published = await first;
    assert.deepEqual([published.version, published.diagnostics.map((d) => d.code)], [1, ['PW100']], 'the syntax error goes out before the lowering');
    await client.change(uri, 2, text);
    const diagnostics = await complete;
    assert.equal(diagnostics.version, 2);
    assert.ok(!diagnostics.diagnostics.some((d) => d.code === 'PW100'));
    assert.deepEqual(client.publications(uri).slice(1).map((p) => p.version).filter((v) => v !== 2), [], 'nothing more of version 1');
    const counts = await statistics(uri);
    assert.deepEqual([counts.version, counts.reused], [2, 0], 'version 1 ran no entry');
    assert.ok(counts.analysed > 0);
  });

  test('of a procedure the edit does not touch, once finished, is reused', async () => {
    const uri = 'file:///work/finished.asm';
    await client.open(uri, 'vxd-masm', slowFirst(''));
    await client.change(uri, 2, slowFirst(PAGE_RESERVE));
    const complete = await client.nextDiagnostics(uri);
    assert.equal(complete.version, 2);
    assert.deepEqual(await statistics(uri), { version: 2, analysed: 1, reused: 1 });
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
