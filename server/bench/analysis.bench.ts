// Analysis latency through the real server over stdio, on a generated
// 10,000-line VxD file and ObjAsm file (the clean corpus repeated with renamed
// definitions): open → first diagnostics (the server publishes them in parts)
// and → complete diagnostics (the publication `pagewarden/analysisStatistics`
// answers for), with the server's CPU time per open (all its threads): the
// first open of a new server reported apart from the later ones, since V8 is
// still compiling the analysis for the first few (see docs/benchmarks.md,
// "Opens while V8 compiles the analysis"); then
// typing, as an editor sends it: a document opened anew takes ten one-line
// edits in a row, another ten new lines (which move everything below them),
// each → complete diagnostics, the first after the open reported apart from
// the rest of the run; and the server's peak memory; then a third document
// takes ten instructions inserted (which move the addresses of everything below
// them, not only its lines); then analysis time
// against procedure size through the emulator's API. Prints Markdown tables;
// the goals (open ≤ 300 ms, edit ≤ 50 ms, time linear in the number of
// branches) are reported, never asserted.
//
// PAGEWARDEN_BENCH_OPENS (default 8) sets the opens of each file in one
// server, PAGEWARDEN_BENCH_RUNS (default 3) the runs per size of the branch
// scaling table, and PAGEWARDEN_BENCH_TIMEOUT_MS (default 10000, the setting's default) the
// per-procedure wall-time safety net the server is given;
// PAGEWARDEN_ANALYSIS_WORKERS goes on to the server (its analysis workers).
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Range } from 'vscode-languageserver-protocol';
import { LspClient } from '../test/support/lspClient.js';
import { distFile } from '../test/support/paths.js';
import { scalingTable } from './branchScaling.js';
import { generateSource } from './generateSources.js';

const LINES = 10_000;
/** Edits in a row per typing run: the first after the open, then the run a typist makes. */
const TYPED = 10;
const OPENS = Number(process.env.PAGEWARDEN_BENCH_OPENS ?? 8);
const RUNS = Number(process.env.PAGEWARDEN_BENCH_RUNS ?? 3);
const TIMEOUT_MS = Number(process.env.PAGEWARDEN_BENCH_TIMEOUT_MS ?? 10_000);

const WORKLOADS = [
  { dialect: 'vxd-masm', file: 'big.asm', instruction: '        mov     eax, eax' },
  { dialect: 'riscos-objasm', file: 'Big,ffd', instruction: '        MOV     r0, r0' },
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

/** The CPU time the process has used so far, all threads, in ms (Linux's /proc/PID/stat utime + stime). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Times from `start` to the first publication for `uri` and to its complete diagnostics, after `send`. */
async function timed(client: LspClient, uri: string, send: () => Promise<unknown>): Promise<{ first: number; complete: number; cpu: number; findings: number }> {
  const cpu = cpuMs(client.process.pid);
  const start = performance.now();
  let first = NaN;
  void client.nextPublication(uri).then(() => { first = performance.now() - start; });
  const published = client.nextDiagnostics(uri);
  await send();
  const findings = (await published).diagnostics.length;
  return { first, complete: performance.now() - start, cpu: cpuMs(client.process.pid) - cpu, findings };
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

/**
 * An instruction inserted before the middle line: the code below it moves
 * on by its size, and its lines down by one.
 */
function instructionEdit(instruction: string): (lines: string[], n: number) => { range: Range; text: string } {
  return (lines) => {
    const line = Math.floor(lines.length / 2);
    const start = { line, character: 0 };
    lines.splice(line, 0, instruction);
    return { range: { start, end: start }, text: `${instruction}\n` };
  };
}

type Timed = Awaited<ReturnType<typeof timed>>;

/** How many entry points each edit re-analysed, of how many: each distinct count once, with how many edits had it. */
function tally(counts: readonly string[]): string {
  const seen = new Map<string, number>();
  for (const count of counts) seen.set(count, (seen.get(count) ?? 0) + 1);
  return [...seen].map(([count, n]) => (n === 1 ? count : `${count} ×${n}`)).join(', ');
}

/**
 * A document opened anew (its complete diagnostics awaited), then `TYPED`
 * edits in a row, each awaited to its complete diagnostics as a typist's
 * pauses let it: the first edit after the open, and the rest of the run.
 */
async function typing(
  client: LspClient, uri: string, dialect: string, text: string, edit: (lines: string[], n: number) => { range: Range; text: string },
): Promise<{ first: Timed; rest: Timed[]; reuse: string[] }> {
  await client.open(uri, dialect, text);
  const lines = text.split('\n');
  const times: Timed[] = [];
  const reuse: string[] = [];
  for (let n = 0; n < TYPED; n++) {
    const change = edit(lines, n);
    times.push(await timed(client, uri, () => client.edit(uri, n + 2, [change])));
    const statistics = await client.connection.sendRequest<{ analysed: number; reused: number } | null>('pagewarden/analysisStatistics', { uri });
    reuse.push(statistics ? `${statistics.analysed}/${statistics.analysed + statistics.reused}` : 'n/a');
  }
  await client.close(uri);
  const [first, ...rest] = times as [Timed, ...Timed[]];
  return { first, rest, reuse };
}

async function measureServer(dialect: string, file: string, instruction: string, text: string): Promise<string> {
  const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
  await client.initialize(null);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { analysis: { timeoutMs: TIMEOUT_MS } } } });
  const opens: Timed[] = [];
  for (let run = 0; run < OPENS; run++) {
    // A new document each run: nothing of an earlier analysis can be reused.
    const uri = `file:///bench/run${run}/${file}`;
    opens.push(await timed(client, uri, () => client.open(uri, dialect, text)));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  const inLine = await typing(client, `file:///bench/edit/${file}`, dialect, text, lineEndEdit);
  const newLine = await typing(client, `file:///bench/newline/${file}`, dialect, text, newLineEdit);
  // The peak of the opens, edits and new lines, as before instructions were inserted too.
  const peak = peakRssMb(client.process.pid);
  const inserted = await typing(client, `file:///bench/instruction/${file}`, dialect, text, instructionEdit(instruction));
  await client.shutdown();
  const [cold, ...later] = opens as [Timed, ...Timed[]];
  const first = summary(later.map((o) => o.first));
  const open = summary(later.map((o) => o.complete));
  const openCpu = summary(later.map((o) => o.cpu));
  const editFirst = summary(inLine.rest.map((t) => t.first));
  const edit = summary(inLine.rest.map((t) => t.complete));
  const insert = summary(newLine.rest.map((t) => t.complete));
  const instructions = summary(inserted.rest.map((t) => t.complete));
  const lineCount = text.split('\n').length - 1;
  return `| ${dialect} | ${lineCount} | ${opens.at(-1)?.findings ?? 'n/a'} | ${ms(cold.first)} / ${ms(cold.complete)}${cold.complete <= 300 ? '' : ' ⚠'} `
    + `| ${ms(first.p50)}${first.p50 <= 300 ? '' : ' ⚠'} | ${ms(open.p50)}${open.p50 <= 300 ? '' : ' ⚠'} | ${ms(open.p95)}${open.p95 <= 300 ? '' : ' ⚠'} | ${ms(openCpu.p50)} `
    + `| ${ms(inLine.first.complete)}${inLine.first.complete <= 50 ? '' : ' ⚠'} | ${ms(editFirst.p50)} | ${ms(edit.p50)} | ${ms(edit.p95)}${edit.p95 <= 50 ? '' : ' ⚠'} | ${tally(inLine.reuse)} `
    + `| ${ms(newLine.first.complete)} | ${ms(insert.p50)} | ${ms(insert.p95)} | ${tally(newLine.reuse)} | ${peak.toFixed(0)} `
    + `| ${ms(inserted.first.complete)} | ${ms(instructions.p50)} | ${ms(instructions.p95)} | ${tally(inserted.reuse)} |`;
}

const workers = process.env.PAGEWARDEN_ANALYSIS_WORKERS ?? 'the default number of';
console.log(`Node ${process.version}, ${cpus().length} CPUs, ${workers} analysis workers, ${OPENS} opens of each file in one server, `
  + `${TYPED} edits in a row per typing run, per-procedure timeout ${TIMEOUT_MS} ms\n`);
console.log('| dialect | lines | diagnostics | first open of the server → first / complete diagnostics ms '
  + `| opens 2–${OPENS} → first diagnostics p50 ms | → complete p50 ms (goal ≤ 300) | p95 ms | server CPU per open p50 ms `
  + `| first one-line edit after the open → complete ms (goal ≤ 50) | one-line edits 2–${TYPED} → first diagnostics p50 ms | edits 2–${TYPED} → complete p50 ms | p95 ms (goal ≤ 50) | entries re-analysed per edit `
  + `| first new line after the open → complete ms | new lines 2–${TYPED} → complete p50 ms | p95 ms | entries re-analysed per new line | server peak RSS MB `
  + `| first instruction inserted after the open → complete ms | instructions 2–${TYPED} → complete p50 ms | p95 ms | entries re-analysed per instruction |`);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const { dialect, file, instruction } of WORKLOADS) console.log(await measureServer(dialect, file, instruction, generateSource(dialect, LINES)));

console.log(`\n${scalingTable(RUNS)}`);
