// `pagewarden run` time against the steps a run takes (`npm run bench:runs`,
// also part of `npm run bench`): a VxD procedure whose loop has a known
// count runs every round, each round a step of the trace. Run time should
// grow with the steps, not with their square. Prints a Markdown table;
// nothing is asserted.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';
import { runHandler } from '../src/run/runHandler.js';

const RUNS = Number(process.env.PAGEWARDEN_BENCH_RUNS ?? 3);
const ROUNDS = [1_000, 2_000, 4_000, 8_000, 16_000];

/** Five instructions a round: a 4-byte store, three register updates and the branch back. */
function fillingLoop(rounds: number): string {
  return [
    '.386p', 'include vmm.inc', 'VxD_LOCKED_DATA_SEG', `Table   dd ${rounds} dup (0)`, 'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG', 'BeginProc Fill_Table',
    '        xor     eax, eax', `        mov     ecx, ${rounds}`, '        mov     edi, OFFSET32 Table',
    'next_slot:', '        mov     [edi], eax', '        add     edi, 4', '        inc     eax', '        dec     ecx', '        jnz     next_slot',
    '        ret', 'EndProc Fill_Table', 'VxD_LOCKED_CODE_ENDS', 'END', '',
  ].join('\n');
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const parsers = await Parsers.create();
console.log(`Node ${process.version}, ${cpus().length} CPUs, ${RUNS} runs per size, load average ${loadavg()[0]?.toFixed(1)} at the start\n`);
console.log('| loop rounds | steps | run ms (median) | µs per step | verdict |');
console.log('|---|---|---|---|---|');
for (const rounds of ROUNDS) {
  const settings = { ...DEFAULT_SETTINGS, traceMaxSteps: rounds * 5 + 10, budget: { ...DEFAULT_SETTINGS.budget, timeoutMs: 600_000 } };
  const document = { languageId: 'vxd-masm' as const, text: fillingLoop(rounds), file: '/bench/fill.asm', settings };
  const times: number[] = [];
  let steps = 0, ended = '';
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const { result } = await runHandler(parsers, document, { entry: 'Fill_Table' });
    times.push(performance.now() - start);
    steps = result.steps.length;
    ended = result.verdict.ended;
  }
  const ms = median(times);
  console.log(`| ${rounds} | ${steps} | ${ms.toFixed(0)} | ${((ms * 1000) / steps).toFixed(1)} | ${ended} |`);
}
console.log(`\nload average ${loadavg()[0]?.toFixed(1)} at the end`);
