// Analysis time against procedure size: a VxD procedure made of n
// if-then blocks in a row, each testing a different unknown input. Its
// paths double with every block, so an explorer that does not join states
// where paths meet would take 2^n time; joining keeps it linear in n.
import { analyseVmmProcedure, expr, x86Program, type Program, type X86Instruction, type X86Operand } from '../../emulator/src/index.js';

const reg = (name: 'eax' | 'ebx' | 'esi'): X86Operand => ({ kind: 'reg', reg: name });
const imm = (value: number): X86Operand => ({ kind: 'imm', value: expr.bv(value, 32) });
const op = (mnemonic: string, ...operands: X86Operand[]): X86Instruction => ({ arch: 'x86', mnemonic, operands });

/**
 * proc: for i < n { mov eax, [esi+4i]; test eax, 1; jz skip_i; add ebx, i+1; skip_i: }
 *       mov eax, ebx; ret
 */
export function branchyProcedure(n: number): Program<X86Instruction> {
  const builder = x86Program().label('proc').entry('proc', 'proc');
  for (let i = 0; i < n; i++) {
    builder
      .instruction(op('mov', reg('eax'), { kind: 'mem', size: 4, base: 'esi', scale: 1, disp: expr.bv(4 * i, 32) }))
      .instruction(op('test', reg('eax'), imm(1)))
      .instruction(op('jz', { kind: 'target', label: `skip_${i}` }))
      .instruction(op('add', reg('ebx'), imm(i + 1)))
      .label(`skip_${i}`);
  }
  return builder.instruction(op('mov', reg('eax'), reg('ebx'))).instruction(op('ret')).build();
}

export type ScalingRow =
  | { readonly n: number; readonly ms: number; readonly complete: boolean }
  /** The analysis threw: the benchmark reports it and goes on with the next size. */
  | { readonly n: number; readonly error: string };

/** CPU time of this process in milliseconds: on a shared, loaded machine wall time mostly measures the other processes. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median CPU time of `runs` analyses per size. The budget is far above what a
 * linear exploration needs, so an exponential one shows as time (or as a
 * cut-short run), not as a quiet budget stop; a size that takes seconds is
 * timed once.
 */
export function measureScaling(sizes: readonly number[], runs: number): ScalingRow[] {
  const budget = { steps: 5_000_000, paths: 1_000_000, time: 30_000 };
  analyseVmmProcedure(branchyProcedure(4), 'proc', { budget });
  return sizes.map((n): ScalingRow => {
    const program = branchyProcedure(n);
    try {
      let start = cpuMs();
      let last = analyseVmmProcedure(program, 'proc', { budget });
      const times = [cpuMs() - start];
      if ((times[0] ?? 0) < 2000) {
        times.length = 0;
        for (let i = 0; i < runs; i++) {
          start = cpuMs();
          last = analyseVmmProcedure(program, 'proc', { budget });
          times.push(cpuMs() - start);
        }
      }
      times.sort((a, b) => a - b);
      return { n, ms: times[Math.floor(times.length / 2)] ?? NaN, complete: last.incomplete.length === 0 };
    } catch (error) {
      return { n, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  });
}

/** The branch rows of docs/benchmarks.md as a Markdown table, for sizes n = 4 … 128. */
export function scalingTable(runs: number): string {
  const lines = ['| branches n | analysis CPU ms (median) | ratio to n/2 | result |', '|---|---|---|---|'];
  let previous: number | undefined;
  for (const row of measureScaling([4, 8, 16, 32, 64, 128], runs)) {
    if ('error' in row) {
      lines.push(`| ${row.n} | n/a | n/a | threw ${row.error} |`);
      previous = undefined;
      continue;
    }
    const ratio = previous === undefined ? 'n/a' : `${(row.ms / previous).toFixed(2)}×`;
    lines.push(`| ${row.n} | ${row.ms.toFixed(1)} | ${ratio} | ${row.complete ? 'complete' : 'cut short (PW900)'} |`);
    previous = row.ms;
  }
  return lines.join('\n');
}
