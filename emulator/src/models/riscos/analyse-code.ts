import type { Finding } from '../../checks/finding.js';
import type { ArmAddressMode } from '../../cpu/arm/index.js';
import { explore, incompleteFinding } from '../../explore/engine.js';
import type { Budget } from '../../explore/engine.js';
import type { Program } from '../../ir/program.js';
import { and, bv, eq, sym } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { KERNEL_RETURN } from './analyse-handler.js';
import { KERNEL_INVARIANT, riscOsHooks } from './hooks.js';
import { createKernel } from './kernel-state.js';
import type { KernelConfig } from './kernel-state.js';
import { armPathState, newArmCpu } from '../../explore/machines/arm.js';
import { riscOsMachine } from './machine.js';
import { withKernel } from './model-states.js';
import type { StepObserver } from '../../explore/register-facts.js';

// Module code that is not a handler (initialisation, finalisation, SWI
// handlers), explored with every register unknown: SWIs with unknown
// arguments may fail, which is where unchecked results (PW310), non-X SWIs
// (PW311) and bad area flags (PW313) show.

export interface CodeAnalysisOptions {
  readonly mode?: ArmAddressMode;
  /** Module entry points get PW311 for non-X SWIs; default true. */
  readonly moduleCode?: boolean;
  readonly kernel?: KernelConfig;
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  readonly observer?: StepObserver;
}

export function analyseRiscOsCode(program: Program, entry: string | bigint, options: CodeAnalysisOptions = {}): readonly Finding[] {
  const address = typeof entry === 'bigint' ? entry : program.label(entry);
  if (address === undefined) throw new Error(`no label ${String(entry)}`);
  const mode = options.mode ?? '32';
  const regs = Array.from({ length: 15 }, (_, r) => sym(`entry.r${r}`));
  regs[13] = sym('sp');
  // The SVC stack and the workspace R12 points at (via the private word) are word-aligned.
  const assumptions = [13, 12].map((r) => eq(and(regs[r] as Expr, bv(3)), bv(0)));
  regs[14] = bv(mode === '26' ? KERNEL_RETURN | 3 : KERNEL_RETURN);
  const memory = new SymbolicMemory(program.constantImage, 'mem', (a) => program.dataName(a));
  const result = explore(address, armPathState(newArmCpu(memory, mode, regs)), {
    program, machine: riscOsMachine, invariants: [KERNEL_INVARIANT], models: withKernel(new Map(), createKernel(options.kernel)), assumptions,
    hooks: riscOsHooks({ env: { warnNonX: options.moduleCode ?? true, inHandler: false } }),
    ...(options.budget ? { budget: options.budget } : {}), ...(options.clock ? { clock: options.clock } : {}),
    ...(options.observer ? { observer: options.observer } : {}),
  });
  const stopped = incompleteFinding(result, typeof entry === 'string' ? entry : `&${address.toString(16)}`);
  return stopped ? [...result.findings, stopped] : result.findings;
}
