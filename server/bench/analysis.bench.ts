// Analysis latency through the real server over stdio, on a generated
// 10,000-line VxD file and ObjAsm file (the clean corpus repeated with renamed
// definitions): open → diagnostics, one-line edit → diagnostics, a new line
// (which moves everything below it) → diagnostics, and the server's peak
// memory; then analysis time against procedure size through
// the emulator's API. Prints Markdown tables; the goals (open ≤ 300 ms, edit
// ≤ 50 ms, time linear in the number of branches) are reported, never asserted.
//
// PAGEWARDEN_BENCH_RUNS (default 3) sets the runs per measurement and
// PAGEWARDEN_BENCH_TIMEOUT_MS (default 10000, the setting's default) the
// per-procedure wall-time safety net the server is given.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Range } from 'vscode-languageserver-protocol';
import { LspClient } from '../test/support/lspClient.js';
import { distFile } from '../test/support/paths.js';
import { scalingTable } from './branchScaling.js';
import { generateSource } from './generateSources.js';

const LINES = 10_000;
const RUNS = Number(process.env.PAGEWARDEN_BENCH_RUNS ?? 3);
const TIMEOUT_MS = Number(process.env.PAGEWARDEN_BENCH_TIMEOUT_MS ?? 10_000);

const WORKLOADS = [
  { dialect: 'vxd-masm', file: 'big.asm' },
  { dialect: 'riscos-objasm', file: 'Big,ffd' },
] as const;

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');

function summary(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** The server's peak resident set (worker threads included): Linux's VmHWM, the kernel's maxRSS of the process. */
function peakRssMb(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * A comment appended to the middle line, different each time, as one
 * keystroke's worth of change: a ranged change, as an editor with incremental
 * sync sends it.
 */
function lineEndEdit(lines: string[], n: number): { range: Range; text: string } {
  const line = Math.floor(lines.length / 2);
  const end = { line, character: (lines[line] ?? '').length };
  const text = ` ; edit ${n}`;
  lines[line] = `${lines[line] ?? ''}${text}`;
  return { range: { start: end, end }, text };
}

/**
 * A new comment line before the middle line: everything below it moves down a
 * line, as pressing Enter does.
 */
function newLineEdit(lines: string[], n: number): { range: Range; text: string } {
  const line = Math.floor(lines.length / 2);
  const start = { line, character: 0 };
  const text = `; note ${n}\n`;
  lines.splice(line, 0, `; note ${n}`);
  return { range: { start, end: start }, text };
}

async function measureServer(dialect: string, file: string, text: string): Promise<string> {
  const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
  await client.initialize(null);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { analysis: { timeoutMs: TIMEOUT_MS } } } });
  const opens: number[] = [];
    let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    // A new document each run: nothing of an earlier analysis can be reused.
    const uri = `file:///bench/run${run}/${file}`;
    const start = performance.now();
    findings = (await client.open(uri, dialect, text)).diagnostics.length;
    opens.push(performance.now() - start);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  const uri = `file:///bench/edit/${file}`;
  await client.open(uri, dialect, text);
  const lines = text.split('\n');
  let version = 1;
  const measure = async (edit: (lines: string[], n: number) => { range: Range; text: string }): Promise<{ times: number[]; reuse: string[] }> => {
    const times: number[] = [];
    const reuse: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const change = edit(lines, run);
      const published = client.nextDiagnostics(uri);
      const start = performance.now();
      await client.edit(uri, ++version, [change]);
      await published;
      times.push(performance.now() - start);
      const statistics = await client.connection.sendRequest<{ analysed: number; reused: number } | null>('pagewarden/analysisStatistics', { uri });
      reuse.push(statistics ? `${statistics.analysed}/${statistics.analysed + statistics.reused}` : 'n/a');
    }
    return { times, reuse };
  };
  const inLine = await measure(lineEndEdit);
  const newLine = await measure(newLineEdit);
  const peak = peakRssMb(client.process.pid);
  await client.shutdown();
  const open = summary(opens);
  const edit = summary(inLine.times);
  const insert = summary(newLine.times);
  const lineCount = text.split('\n').length - 1;
  return `| ${dialect} | ${lineCount} | ${findings} | ${ms(open.p50)} | ${ms(open.p95)}${open.p95 <= 300 ? '' : ' ⚠'} | ${ms(edit.p50)} | ${ms(edit.p95)}${edit.p95 <= 50 ? '' : ' ⚠'} | ${inLine.reuse.join(', ')} | ${ms(insert.p50)} | ${newLine.reuse.join(', ')} | ${peak.toFixed(0)} |`;
}

console.log(`Node ${process.version}, ${cpus().length} CPUs, ${RUNS} runs per measurement, per-procedure timeout ${TIMEOUT_MS} ms\n`);
console.log('| dialect | lines | diagnostics | open → diagnostics p50 ms | p95 ms (goal ≤ 300) | one-line edit → diagnostics p50 ms | p95 ms (goal ≤ 50) | entries re-analysed per edit | new line → diagnostics p50 ms | entries re-analysed per new line | server peak RSS MB |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { dialect, file } of WORKLOADS) console.log(await measureServer(dialect, file, generateSource(dialect, LINES)));

console.log(`\n${scalingTable(RUNS)}`);
