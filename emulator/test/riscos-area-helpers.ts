// Shared set-up of the OS_DynamicArea contract tests: a kernel with one
// area, and one X (or plain) SWI run against it.
import { armProgram } from '../src/ir/builder.js';
import { createKernel, FREE_POOL, pagesOf, withArea, withPages } from '../src/models/riscos/kernel-state.js';
import type { Kernel } from '../src/models/riscos/kernel-state.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { constValue } from '../src/values/expr.js';
import { imm, insn, reg } from './arm-helpers.js';

export const X = 0x20000;
export const OS_DYNAMIC_AREA = 0x66;
export const PAGE = 4096;
export const AREA = 300;
export const AREA_BASE = 0x20000000;
export const SHRINKABLE = 1 << 9;
export const SPARSE = 1 << 10;
export const PMP = 1 << 20;

/** A kernel with one area of 2 pages (4 pages maximum) at &20000000. */
export function kernelWithArea(flags = 0, extra: { readonly pmpMaxPages?: number } = {}, kernel: Kernel = createKernel()): Kernel {
  const own = pagesOf(kernel, FREE_POOL).slice(-2);
  const kind = flags & PMP ? 'pmp' : flags & SPARSE ? 'sparse' : 'normal';
  const withOwn = withArea(kernel, { number: AREA, name: 'Test', base: AREA_BASE, size: 2 * PAGE, max: 4 * PAGE, flags, workspace: 0, kind, ...extra });
  const k = withPages(withOwn, new Map(own.map((p, i) => [p, { owner: AREA, address: flags & PMP && i === 1 ? undefined : AREA_BASE + i * PAGE, flags: 0 }])));
  const pool = k.areas.get(FREE_POOL);
  return pool ? withArea(k, { ...pool, size: pagesOf(k, FREE_POOL).length * PAGE }) : k;
}

/** Calls the SWI (OS_DynamicArea unless `swi` says; X form unless `plain`) with R0-R9 and returns. */
export function call(kernel: Kernel, regs: Record<number, number>, plain = false, swi = OS_DYNAMIC_AREA) {
  const b = armProgram();
  b.label('code');
  b.instruction(insn('swi', [imm((plain ? 0 : X) | swi)]), `SWI ${plain ? '' : 'X'}&${swi.toString(16)}`);
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const run = runRiscOsScenario(b.build(), 'code', { kernel, registers: regs, moduleCode: false });
  const r = (n: number): number | undefined => { const v = run.end?.state.cpu.regs[n]; const c = v && constValue(v); return c === undefined ? undefined : Number(c); };
  const v = run.end && constValue(run.end.state.cpu.v);
  return { run, r, vSet: v === 1n, kernel: run.kernel };
}

/** The error number of the block R0 points at after a failed X SWI. */
export function errorNumber(c: ReturnType<typeof call>): number | undefined {
  const pointer = c.r(0);
  const memory = c.run.end?.state.cpu.memory;
  if (pointer === undefined || !memory) return undefined;
  const n = constValue(memory.clone().load({ kind: 'const', width: 32, value: BigInt(pointer) }, 4));
  return n === undefined ? undefined : Number(n);
}
