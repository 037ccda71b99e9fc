import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspClient } from './support/lspClient.js';
import { generateSource } from '../bench/generateSources.js';
import { distFile, repoRoot } from './support/paths.js';

// Several analysis workers share a document's entry points: what they find
// together is what one worker finds alone, diagnostic for diagnostic (replay
// data included), on open and after edits.

const examples = (readdirSync(join(repoRoot, 'examples'), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();

const server = (workers: number): LspClient =>
  LspClient.start(process.execPath, [distFile('server.js'), '--stdio'], { env: { ...process.env, PAGEWARDEN_ANALYSIS_WORKERS: String(workers) } });

describe('analysis shared by several workers', { timeout: 600_000 }, () => {
  let one: LspClient;
  let three: LspClient;
  before(async () => {
    one = server(1);
    three = server(3);
    await Promise.all([one.initialize(), three.initialize()]);
  });
  after(async () => {
    await Promise.all([one.shutdown(), three.shutdown()]);
  });

  test('every example file gets the same diagnostics from three workers as from one', async () => {
    assert.ok(examples.length > 30);
    let findings = 0;
    for (const file of examples) {
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'latin1');
      // An id that is not PageWarden's: the server recognises the file as the CLI does.
      const [alone, shared] = await Promise.all([one.open(uri, 'asm', text), three.open(uri, 'asm', text)]);
      assert.deepEqual(shared, alone, file);
      findings += alone.diagnostics.length;
      await Promise.all([one.close(uri), three.close(uri)]);
    }
    assert.ok(findings > 0);
  });

  test('after edits that re-run some entry points and reuse the others, the same diagnostics again', async () => {
    const file = join(repoRoot, 'examples', 'vxd', 'FREECACH.ASM');
    const uri = pathToFileURL(file).href;
    const lines = readFileSync(file, 'latin1').split('\n');
    const text = lines.join('\n');
    await Promise.all([one.open(uri, 'vxd-masm', text), three.open(uri, 'vxd-masm', text)]);
    const at = lines.findIndex((l) => l.startsWith('BeginProc')) + 1;
    const edits = [
      { range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: '        nop\n' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; moved\n' },
    ];
    let version = 1;
    for (const edit of edits) {
      version++;
      const published = [one.nextDiagnostics(uri), three.nextDiagnostics(uri)];
      await Promise.all([one.edit(uri, version, [edit]), three.edit(uri, version, [edit])]);
      const [alone, shared] = await Promise.all(published);
      assert.equal(alone?.version, version);
      assert.deepEqual(shared, alone);
      const statistics = await Promise.all([one, three].map((c) => c.request<{ analysed: number; reused: number }>('pagewarden/analysisStatistics', { uri })));
      assert.deepEqual(statistics[1], statistics[0]);
    }
  });

  test('hover lists a register\'s alternatives in the same order from three workers as from one', async () => {
    for (const dialect of ['vxd-masm', 'riscos-objasm'] as const) {
      const uri = `file:///virtual/shared-hover.${dialect === 'vxd-masm' ? 'asm' : 's'}`;
      const lines = generateSource(dialect, 1200).split('\n');
      await Promise.all([one.open(uri, dialect, lines.join('\n')), three.open(uri, dialect, lines.join('\n'))]);
      const positions = lines.flatMap((text, line) => (/^\s+\w/.test(text) ? [{ line, character: text.search(/\S/) }] : []));
      const hovers = (client: LspClient): Promise<unknown[]> => Promise.all(positions.map((p) => client.hover(uri, p)));
      const [alone, shared] = await Promise.all([hovers(one), hovers(three)]);
      assert.deepEqual(shared, alone, dialect);
      assert.ok(alone.some((hover) => / = [^,]* or /.test(JSON.stringify(hover))), 'some values have alternatives');
      await Promise.all([one.close(uri), three.close(uri)]);
    }
  });
});
