// Hover and completion latency through the real server over stdio, on a
// generated 10,000-line file per dialect. Prints a Markdown table; the goals
// (p95 <= 5 ms hover, <= 10 ms completion) are reported, never asserted.
import { performance } from 'node:perf_hooks';
import type { Position } from 'vscode-languageserver-protocol';
import { LspClient } from '../test/support/lspClient.js';
import { distFile } from '../test/support/paths.js';

const LINES = 10_000;
const HOVERS = 300;
const COMPLETIONS = 150;

interface Workload {
  readonly dialect: string;
  readonly uri: string;
  readonly text: string;
  /** Positions worth asking about, cycled through by the benchmark. */
  readonly hovers: readonly Position[];
  readonly completions: readonly Position[];
}

/** Repeats a block of lines with fresh names until the file has LINES lines, recording probe positions. */
function generate(block: (i: number) => readonly string[], hoverColumns: readonly (readonly [number, number])[], completionColumns: readonly (readonly [number, number])[]) {
  const lines: string[] = [];
  const hovers: Position[] = [];
  const completions: Position[] = [];
  for (let i = 0; lines.length < LINES; i++) {
    const base = lines.length;
    for (const [row, character] of hoverColumns) hovers.push({ line: base + row, character });
    for (const [row, character] of completionColumns) completions.push({ line: base + row, character });
    lines.push(...block(i));
  }
  return { text: lines.slice(0, LINES).join('\n'), hovers: hovers.filter((p) => p.line < LINES), completions: completions.filter((p) => p.line < LINES) };
}

const masm = generate((i) => [
  `;; Pages in buffer ${i}.`,
  `BUF${i}_PAGES EQU ${i % 16 + 1}`,
  `Buf${i}_Struc STRUC`,
  `  b${i}_Addr dd ?`,
  `  b${i}_Next dd ?`,
  `Buf${i}_Struc ENDS`,
  `BeginProc Alloc${i}`,
  `        VMMcall _PageAllocate, <BUF${i}_PAGES, PG_SYS, 0, 0, 0, 0, 0, PageFixed>`,
  '        test eax, eax',
  `        jz   Fail${i}`,
  `        mov  [esi.b${i}_Next], eax`,
  `Fail${i}: ret`,
  `EndProc Alloc${i}`,
], [[7, 20], [7, 46], [8, 9], [9, 14], [10, 20], [7, 34]], [[7, 70], [8, 8], [7, 17], [9, 13]]);

const objasm = generate((i) => [
  `; Area ${i}.`,
  `Max${i}    *       &${(0x1000 * (i + 1)).toString(16)}`,
  `ws${i}_area #      4`,
  `Create${i} ROUT`,
  '        MOV     r0, #0',
  `        LDR     r5, =Max${i}`,
  `        ADR     r6, Handler${i}`,
  '        SWI     XOS_DynamicArea',
  `        STRVC   r1, ws${i}_area`,
  `Handler${i} ROUT`,
  '        CMP     r0, #4',
  '        ADDCC   pc, pc, r0, LSL #2',
  `Handler${i}_PreGrow`,
  '        MOV     pc, lr',
], [[7, 20], [6, 22], [5, 22], [8, 22], [11, 10], [12, 3]], [[7, 23], [10, 11], [8, 28], [5, 22]]);

const basic = generate((i) => {
  const n = i * 10 + 10;
  return [
    `${n} REM Area ${i}`,
    `${n + 1} size${i}% = &${(0x1000 * (i + 1)).toString(16)}`,
    `${n + 2} [ OPT pass%`,
    `${n + 3} .handler${i}`,
    `${n + 4} CMP r0, #4`,
    `${n + 5} MOV r0, #0`,
    `${n + 6} SWI "XOS_Memory"`,
    `${n + 7} ]`,
    `${n + 8} SYS "OS_DynamicArea", 0, -1, size${i}%, -1, 0, size${i}%, handler${i}, 0, "A" TO ,area${i}%`,
  ];
}, [[8, 12], [8, 37], [3, 9], [6, 14], [4, 8]], [[4, 7], [8, 37], [6, 9]]);

const WORKLOADS: readonly Workload[] = [
  { dialect: 'vxd-masm', uri: 'file:///bench/big.asm', ...masm },
  { dialect: 'riscos-objasm', uri: 'file:///bench/s/Big', ...objasm },
  { dialect: 'riscos-bbcbasic', uri: 'file:///bench/Big,fd1', ...basic },
];

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function measure(count: number, positions: readonly Position[], request: (p: Position) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const position = positions[(i * 7919) % positions.length] as Position;
    const start = performance.now();
    await request(position);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
// Syntax checks only: the paging analysis of a whole generated file would
// otherwise share the server's thread with the requests being timed.
await client.initialize(null, { analysis: false });
const rows: string[] = [];
for (const workload of WORKLOADS) {
  await client.open(workload.uri, workload.dialect, workload.text);
  // The first request builds the document's model; the editor pays that once per edit, off the typing path.
  await client.hover(workload.uri, workload.hovers[0] as Position);
  const hover = await measure(HOVERS, workload.hovers, (p) => client.hover(workload.uri, p));
  const completion = await measure(COMPLETIONS, workload.completions, (p) => client.completion(workload.uri, p));
  const ms = (n: number): string => n.toFixed(2);
  rows.push(`| ${workload.dialect} | ${LINES} | ${ms(hover.p50)} | ${ms(hover.p95)}${hover.p95 <= 5 ? '' : ' ⚠'} | ${ms(completion.p50)} | ${ms(completion.p95)}${completion.p95 <= 10 ? '' : ' ⚠'} |`);
}
await client.shutdown();

console.log('| dialect | lines | hover p50 ms | hover p95 ms (goal ≤ 5) | completion p50 ms | completion p95 ms (goal ≤ 10) |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
