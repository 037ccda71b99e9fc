// The branch rows of docs/benchmarks.md alone (`npm run bench:branches`):
// analysis time against the number of if-then blocks in a row, without the
// minutes the server measurements of `npm run bench` take.
import { cpus, loadavg } from 'node:os';
import { scalingTable } from './branchScaling.js';

const RUNS = Number(process.env.PAGEWARDEN_BENCH_RUNS ?? 3);

console.log(`Node ${process.version}, ${cpus().length} CPUs, ${RUNS} runs per size, load average ${loadavg()[0]?.toFixed(1)} at the start\n`);
console.log(scalingTable(RUNS));
console.log(`\nload average ${loadavg()[0]?.toFixed(1)} at the end`);
