import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { LogMessageNotification, type Hover, type PublishDiagnosticsParams, type Range } from 'vscode-languageserver-protocol';
import { generateSource } from '../bench/generateSources.js';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';

// An analysis worker's reply carries only what changed since its previous
// reply about the document: the findings of entry points that kept them and
// the register values of lines that kept theirs stay on the server's side.
// Whatever happened in between (edits, bursts of them that cancel jobs half
// way, closes and reopens, settings changes, a worker that dies), the
// diagnostics and the register values hover shows must be those a fresh
// server shows for the same text.

type Dialect = 'vxd-masm' | 'riscos-objasm';
type Change = { readonly range: Range; readonly text: string };

const EXITING_WORKER = join(repoRoot, 'server', 'test', 'support', 'exitingWorker.cjs');

const servers: LspClient[] = [];

async function server(workers: number, options: { exitingShare?: number; settings?: unknown } = {}): Promise<LspClient> {
  const env = { ...process.env, PAGEWARDEN_ANALYSIS_WORKERS: String(workers), ...(options.exitingShare === undefined ? {} : { PAGEWARDEN_TEST_EXITING_SHARE: String(options.exitingShare) }) };
  const client = LspClient.start(process.execPath, ['--require', EXITING_WORKER, distFile('server.js'), '--stdio'], { env });
  servers.push(client);
  await client.initialize(null);
  if (options.settings !== undefined) await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: options.settings } });
  return client;
}

after(async () => {
  await Promise.all(servers.filter((s) => s.process.exitCode === null).map((s) => s.shutdown()));
});

/** The complete diagnostics of `version`, once published. */
async function completeDiagnostics(client: LspClient, uri: string, version: number): Promise<PublishDiagnosticsParams> {
  for (;;) {
    const next = client.nextDiagnostics(uri);
    const last = client.publications(uri).at(-1);
    const statistics = await client.request<{ version: number } | null>('pagewarden/analysisStatistics', { uri });
    if (last?.version === version && statistics?.version === version) return last;
    await next;
  }
}

/** A deterministic random source (Park–Miller). */
class Random {
  constructor(private state: number) {}

  below(n: number): number {
    this.state = (this.state * 48271) % 0x7fffffff;
    return this.state % Math.max(1, n);
  }
}

const at = (line: number, character = 0): { line: number; character: number } => ({ line, character });

/** An instruction: what can be copied or deleted without unbalancing a procedure, macro or conditional. */
const INSTRUCTION = /^\s+(?!IF|ELSE|ENDIF|MACRO|MEND|END\b)[A-Za-z]/i;

/** The instructions from `line` on, up to `count` of them; none when the line is not one. */
function instructionsFrom(lines: readonly string[], line: number, count: number): string[] {
  const run: string[] = [];
  for (let l = line; run.length < count && INSTRUCTION.test(lines[l] ?? ''); l++) run.push(lines[l] as string);
  return run;
}

/**
 * One random edit: a comment, an instruction copied or deleted, a line
 * broken, a number changed, a call added, a run of instructions pasted
 * elsewhere or deleted.
 */
function randomChange(dialect: Dialect, lines: readonly string[], random: Random, n: number): Change {
  const line = random.below(lines.length - 1);
  const text = lines[line] ?? '';
  const insert = (added: string): Change => ({ range: { start: at(line), end: at(line) }, text: `${added}\n` });
  const comment = { range: { start: at(line, text.length), end: at(line, text.length) }, text: ` ; edit ${n}` };
  switch (random.below(9)) {
    case 0: return comment;
    case 1: {
      const copied = lines[random.below(lines.length)] ?? '';
      return INSTRUCTION.test(copied) ? insert(copied) : comment;
    }
    case 2: return INSTRUCTION.test(text) ? { range: { start: at(line), end: at(line + 1) }, text: '' } : comment;
    case 3: return insert('');
    case 4: return insert('        ))) broken');
    case 5: return { range: { start: at(line), end: at(line, text.length) }, text: text.replace(/\d+/, (d) => String(Number(d) + 1)) };
    case 6: return insert(dialect === 'vxd-masm' ? '        VMMcall _PageFree, <eax, 1>' : '        MOV     r0, #7');
    case 7: {
      const pasted = instructionsFrom(lines, random.below(lines.length), 2 + random.below(4));
      return pasted.length > 0 ? insert(pasted.join('\n')) : comment;
    }
    default: {
      const deleted = instructionsFrom(lines, line, 2 + random.below(3)).length;
      return deleted > 0 ? { range: { start: at(line), end: at(line + deleted) }, text: '' } : comment;
    }
  }
}

function applied(lines: readonly string[], change: Change): string[] {
  const text = lines.join('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  return `${text.slice(0, offset(change.range.start))}${change.text}${text.slice(offset(change.range.end))}`.split('\n');
}

/** Hovers at the first word of every `step`-th line that has one, and of the lines given. */
async function hovers(client: LspClient, uri: string, lines: readonly string[], step: number): Promise<(Hover | null)[]> {
  const sampled = lines.flatMap((text, line) => {
    const column = text.search(/\S/);
    return line % step === 0 && column >= 0 ? [{ line, character: column }] : [];
  });
  return Promise.all(sampled.map((position) => client.hover(uri, position)));
}

/** What `client` shows for `uri` (at `version`) is what a fresh server with the same workers and settings shows for the same text. */
async function assertAsFresh(client: LspClient, uri: string, dialect: Dialect, lines: readonly string[], version: number, workers: number, settings?: unknown): Promise<void> {
  const published = await completeDiagnostics(client, uri, version);
  const fresh = await server(workers, settings === undefined ? {} : { settings });
  const expected = await fresh.open(uri, dialect, lines.join('\n'));
  assert.deepEqual(published.diagnostics, expected.diagnostics);
  const step = Math.max(1, Math.floor(lines.length / 150));
  const [shown, freshShown] = await Promise.all([hovers(client, uri, lines, step), hovers(fresh, uri, lines, step)]);
  assert.deepEqual(shown, freshShown);
  assert.ok(freshShown.some((h) => JSON.stringify(h).includes('At this line')), 'some sampled lines have register values');
  await fresh.shutdown();
}

/** Edits the document at random, some in bursts that cancel the running job; returns its lines and version once analysed. */
async function editAtRandom(client: LspClient, uri: string, dialect: Dialect, start: readonly string[], version: number, seed: number, edits: number): Promise<{ lines: string[]; version: number }> {
  const random = new Random(seed);
  let lines = [...start];
  for (let n = 0; n < edits; n++) {
    const change = randomChange(dialect, lines, random, n);
    lines = applied(lines, change);
    version++;
    await client.edit(uri, version, [change]);
    // Two times in three the next edit waits for this one's diagnostics; otherwise it supersedes the job.
    if (random.below(3) > 0 || n === edits - 1) await completeDiagnostics(client, uri, version);
  }
  return { lines, version };
}

describe('worker replies carry what changed; the server shows what a fresh server shows', { timeout: 900_000 }, () => {
  for (const [dialect, workers] of [['vxd-masm', 1], ['riscos-objasm', 1], ['vxd-masm', 3], ['riscos-objasm', 3]] as const) {
    test(`${dialect}, ${workers} worker(s): random edits, some cancelling the job before them`, async () => {
      const client = await server(workers);
      const uri = `file:///virtual/random-${workers}.${dialect === 'vxd-masm' ? 'asm' : 's'}`;
      const start = generateSource(dialect, 1200).split('\n');
      await client.open(uri, dialect, start.join('\n'));
      const { lines, version } = await editAtRandom(client, uri, dialect, start, 1, 7 * workers + dialect.length, 16);
      await assertAsFresh(client, uri, dialect, lines, version, workers);
      await client.shutdown();
    });
  }

  test('a job cancelled after it sent part of its findings, then more edits', async () => {
    const client = await server(1);
    const uri = 'file:///virtual/cancelled.asm';
    const start = generateSource('vxd-masm', 2500).split('\n');
    const partial = client.nextPublication(uri);
    const opened = client.open(uri, 'vxd-masm', start.join('\n'));
    await partial;
    const change = randomChange('vxd-masm', start, new Random(11), 0);
    await client.edit(uri, 2, [change]);
    assert.equal((await opened).version, 2, 'the first job was cancelled and never completed');
    const { lines, version } = await editAtRandom(client, uri, 'vxd-masm', applied(start, change), 2, 13, 3);
    await assertAsFresh(client, uri, 'vxd-masm', lines, version, 1);
    await client.shutdown();
  });

  test('closed and opened again, with another text', async () => {
    const client = await server(1);
    const uri = 'file:///virtual/reopened.s';
    const first = generateSource('riscos-objasm', 1200).split('\n');
    await client.open(uri, 'riscos-objasm', first.join('\n'));
    await editAtRandom(client, uri, 'riscos-objasm', first, 1, 17, 3);
    const closed = client.nextDiagnostics(uri);
    await client.close(uri);
    await closed;
    const second = first.slice(200);
    await client.open(uri, 'riscos-objasm', second.join('\n'));
    const { lines, version } = await editAtRandom(client, uri, 'riscos-objasm', second, 1, 19, 3);
    await assertAsFresh(client, uri, 'riscos-objasm', lines, version, 1);
    await client.shutdown();
  });

  test('settings that change every entry point\'s findings', async () => {
    const client = await server(1);
    const uri = 'file:///virtual/settings.asm';
    const start = generateSource('vxd-masm', 1200).split('\n');
    await client.open(uri, 'vxd-masm', start.join('\n'));
    const { lines, version } = await editAtRandom(client, uri, 'vxd-masm', start, 1, 29, 3);
    const settings = { severity: { PW100: 'info', PW210: 'off' }, windows: { version: '98' } };
    // The same version, analysed again.
    const analysed = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: settings } });
    await analysed;
    await assertAsFresh(client, uri, 'vxd-masm', lines, version, 1, settings);
    await client.shutdown();
  });

  for (const [workers, exitingShare] of [[1, 0], [3, 1]] as const) {
    test(`${workers} worker(s): the worker of share ${exitingShare} dies and is started again`, async () => {
      const client = await server(workers, { exitingShare });
      const uri = 'file:///virtual/survivor.asm';
      const start = generateSource('vxd-masm', 1200).split('\n');
      await client.open(uri, 'vxd-masm', start.join('\n'));
      let { lines, version } = await editAtRandom(client, uri, 'vxd-masm', start, 1, 31, 3);
      const stopped = new Promise<void>((resolve) => client.connection.onNotification(LogMessageNotification.type, ({ message }) => {
        if (message.includes('exit code 70')) resolve();
      }));
      // The document that stops the worker is never analysed: its diagnostics are not awaited.
      void client.open('file:///virtual/exit-worker.asm', 'vxd-masm', 'BeginProc Stop\n        ret\nEndProc Stop\n');
      await stopped;
      ({ lines, version } = await editAtRandom(client, uri, 'vxd-masm', lines, version, 37, 3));
      await assertAsFresh(client, uri, 'vxd-masm', lines, version, workers);
      await client.shutdown();
    });
  }
});
