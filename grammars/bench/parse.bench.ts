// `npm run bench:parse`: web-tree-sitter full-parse throughput per dialect on
// a generated 50,000-line file, incremental re-parse after a one-line edit,
// and the native tree-sitter CLI's parse of the same file for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Edit, Point } from 'web-tree-sitter';
import { filesIn, grammarsRoot, listGrammars, loadParser, read } from '../test/grammarFiles.js';

const LINES = 50_000;
const FULL_RUNS = 7;
const EDITS = 101;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

/** Whole files of the dialect's clean sample corpus, repeated until there are LINES lines. */
function generate(dir: string): string {
  const samples = filesIn(join(grammarsRoot, '..', 'examples', 'corpus', dir)).map((f) => read(f).replace(/\r\n/g, '\n'));
  const parts: string[] = [];
  let lines = 0;
  for (let i = 0; lines < LINES && samples.length > 0; i += 1) {
    const sample = samples[i % samples.length] ?? '';
    parts.push(sample.endsWith('\n') ? sample : `${sample}\n`);
    lines += sample.split('\n').length - 1;
  }
  return parts.join('');
}

function pointAt(text: string, index: number): Point {
  const before = text.slice(0, index);
  const row = before.split('\n').length - 1;
  return { row, column: index - (before.lastIndexOf('\n') + 1) };
}

function treeSitterCli(): string | undefined {
  const shared = resolve(grammarsRoot, '..', '..', 'shared', 'tools', 'tree-sitter');
  return existsSync(shared) ? shared : undefined;
}

function nativeParseMs(cli: string, grammarDir: string, file: string): number | undefined {
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    // The CLI exits 1 when the tree has an error node; the timing is printed either way.
    const out = spawnSync(cli, ['parse', '--time', '--quiet', file], { cwd: grammarDir, encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
    const m = /\t\s*([\d.]+) ms/.exec(out);
    if (m?.[1]) runs.push(Number(m[1]));
  }
  return runs.length ? median(runs) : undefined;
}

const cli = treeSitterCli();
const work = mkdtempSync(join(tmpdir(), 'pagewarden-bench-'));
// On exit rather than at the end, so that a grammar failing part-way leaves nothing behind either.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const rows: string[] = [];
for (const grammar of listGrammars()) {
  const text = generate(grammar.dir);
  const bytes = Buffer.byteLength(text);
  const file = join(work, `${grammar.dir}.src`);
  writeFileSync(file, text);
  const { parser } = await loadParser(grammar);

  parser.parse(text)?.delete();
  const full: number[] = [];
  for (let i = 0; i < FULL_RUNS; i += 1) {
    const start = performance.now();
    const tree = parser.parse(text);
    full.push(performance.now() - start);
    tree?.delete();
  }

  // One-line edits in the middle of the file, as typing does them: a
  // character appended to the end of a line.
  let current = text;
  let tree = parser.parse(current);
  const incremental: number[] = [];
  for (let i = 0; i < EDITS && tree; i += 1) {
    const at = current.indexOf('\n', Math.floor(current.length / 2) + i * 97);
    const next = `${current.slice(0, at)} ${current.slice(at)}`;
    const edit: Edit = {
      startIndex: at, oldEndIndex: at, newEndIndex: at + 1,
      startPosition: pointAt(current, at), oldEndPosition: pointAt(current, at), newEndPosition: pointAt(next, at + 1),
    } as Edit;
    tree.edit(edit);
    const start = performance.now();
    const reparsed = parser.parse(next, tree);
    incremental.push(performance.now() - start);
    tree.delete();
    tree = reparsed;
    current = next;
  }
  tree?.delete();

  const fullMs = median(full);
  const native = cli ? nativeParseMs(cli, grammar.path, file) : undefined;
  rows.push([
    grammar.dir,
    `${text.split('\n').length - 1} lines, ${(bytes / 1024 / 1024).toFixed(2)} MB`,
    `${fullMs.toFixed(1)} ms`,
    `${(bytes / 1024 / 1024 / (fullMs / 1000)).toFixed(1)} MB/s`,
    native === undefined ? 'n/a' : `${native.toFixed(1)} ms`,
    native === undefined ? 'n/a' : `${(fullMs / native).toFixed(2)}×`,
    `${median(incremental).toFixed(2)} ms`,
    `${percentile(incremental, 95).toFixed(2)} ms`,
  ].join(' | '));
}

console.log(`| dialect | input | web-tree-sitter full parse (median of ${FULL_RUNS}) | throughput | native CLI parse | ratio | incremental re-parse p50 (${EDITS} one-line edits) | p95 |`);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);
