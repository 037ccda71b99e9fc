import type { Finding } from '../../checks/finding.js';
import type { ArmAddressMode } from '../../cpu/arm/index.js';
import { explore, incompleteFinding } from '../../explore/engine.js';
import type { Budget } from '../../explore/engine.js';
import { programSolver } from '../../explore/program-solver.js';
import type { Program } from '../../ir/program.js';
import { and, bv, eq, sym, ult } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { KERNEL_RETURN } from './analyse-handler.js';
import { KERNEL_INVARIANT, riscOsHooks } from './hooks.js';
import { PAGE_SERVICES, SERVICE_INPUT, symbolicServiceEntry } from './service-entry.js';
import type { PageService } from './service-entry.js';
import { serviceLabel } from './service-checks.js';
import { createKernel } from './kernel-state.js';
import { WORKSPACE, WORKSPACE_ALIGNED } from './handler-entry.js';
import type { KernelConfig } from './kernel-state.js';
import { armPathState, newArmCpu } from '../../explore/machines/arm.js';
import { riscOsMachine } from './machine.js';
import { withKernel } from './model-states.js';
import type { StepObserver } from '../../explore/register-facts.js';

// Module code that is not a handler (initialisation, finalisation, SWI
// handlers), explored with every register unknown: SWIs with unknown
// arguments may fail, which is where unchecked results (PW310), non-X SWIs
// (PW311) and bad area flags (PW313) show. A service handler also runs with
// the registers of the page services a grow issues.

export interface CodeAnalysisOptions {
  readonly mode?: ArmAddressMode;
  /** Module entry points get PW311 for non-X SWIs; default true. */
  readonly moduleCode?: boolean;
  readonly kernel?: KernelConfig;
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  readonly observer?: StepObserver;
  /** Stops the run at its next instruction, throwing `Interrupted` (`ExploreOptions.interrupted`). */
  readonly interrupted?: () => boolean;
}

interface CodeEntry {
  readonly regs: readonly Expr[];
  readonly assumptions: readonly Expr[];
  readonly service?: PageService;
}

function exploreCode(program: Program, address: bigint, entry: CodeEntry, options: CodeAnalysisOptions) {
  const memory = new SymbolicMemory(program.constantImage, 'mem', program.dataNames);
  const moduleCode = options.moduleCode ?? true;
  // A module entry's R12 points at its private word, which holds the workspace pointer (an RMA block, word-aligned):
  // named as a handler's R12 is, so `LDR r12, [r12]` gives `workspace` and notes read `mem32[workspace]`.
  if (moduleCode) memory.store(entry.regs[12] as Expr, WORKSPACE, 4);
  return explore(address, armPathState(newArmCpu(memory, options.mode ?? '32', [...entry.regs])), {
    program, machine: riscOsMachine, solver: programSolver(program), invariants: [KERNEL_INVARIANT], models: withKernel(new Map(), createKernel(options.kernel)),
    assumptions: moduleCode ? [...entry.assumptions, WORKSPACE_ALIGNED] : entry.assumptions,
    hooks: riscOsHooks({ env: { svc: moduleCode, inHandler: false }, ...(entry.service ? { service: entry.service } : {}) }),
    ...(options.budget ? { budget: options.budget } : {}), ...(options.clock ? { clock: options.clock } : {}),
    ...(options.observer ? { observer: options.observer } : {}), ...(options.interrupted ? { interrupted: options.interrupted } : {}),
  });
}

function addressOf(program: Program, entry: string | bigint): bigint {
  const address = typeof entry === 'bigint' ? entry : program.label(entry);
  if (address === undefined) throw new Error(`no label ${String(entry)}`);
  return address;
}

const entryName = (entry: string | bigint): string => (typeof entry === 'string' ? entry : `&${entry.toString(16)}`);
const linkRegister = (mode: ArmAddressMode | undefined): Expr => bv(mode === '26' ? KERNEL_RETURN | 3 : KERNEL_RETURN);

/** Every register unknown; the SVC stack and R12 (a module's private word, or the routine's own workspace) are word-aligned. */
function openEntry(mode: ArmAddressMode | undefined): CodeEntry {
  const regs = Array.from({ length: 15 }, (_, r) => sym(`entry.r${r}`));
  regs[13] = sym('sp');
  const assumptions = [stackAligned(regs), eq(and(regs[12] as Expr, bv(3)), bv(0))];
  regs[14] = linkRegister(mode);
  return { regs, assumptions };
}

const stackAligned = (regs: readonly Expr[]): Expr => eq(and(regs[13] as Expr, bv(3)), bv(0));

export function analyseRiscOsCode(program: Program, entry: string | bigint, options: CodeAnalysisOptions = {}): readonly Finding[] {
  return analyseFrom(program, entry, openEntry(options.mode), options);
}

/** SWIs in a module's chunk: the kernel calls its handler with R11 the SWI's offset in the chunk, 0-63. */
const SWIS_PER_CHUNK = 64n;

/** A module's SWI handler: module code whose R11 says which of the chunk's SWIs was called. */
export function analyseSwiHandler(program: Program, entry: string | bigint, options: CodeAnalysisOptions = {}): readonly Finding[] {
  const open = openEntry(options.mode);
  return analyseFrom(program, entry, { regs: open.regs, assumptions: [...open.assumptions, ult(open.regs[11] as Expr, bv(SWIS_PER_CHUNK))] }, options);
}

function analyseFrom(program: Program, entry: string | bigint, start: CodeEntry, options: CodeAnalysisOptions): readonly Finding[] {
  const result = exploreCode(program, addressOf(program, entry), start, options);
  const stopped = incompleteFinding(result, entryName(entry));
  return stopped ? [...result.findings, stopped] : result.findings;
}

/**
 * The service is an input of a page-service run like any register, but a
 * constant there, so the solver's witness would not name it: a replay needs
 * it to call the handler with the same service.
 */
function withService(finding: Finding, service: PageService | undefined): Finding {
  if (!service || !finding.witness) return finding;
  return { ...finding, witness: [...finding.witness, { name: SERVICE_INPUT, width: 32, value: `0x${service.number.toString(16)}` }] };
}

/**
 * A module's service handler: once with every register unknown, as any
 * module entry, and once for each page service the kernel issues during a
 * grow (spec B.6.1), with that service's registers, where a claim is PW304.
 * One finding per code and place across the runs, one PW900 at most.
 */
export function analyseServiceHandler(program: Program, entry: string | bigint, options: CodeAnalysisOptions = {}): readonly Finding[] {
  const address = addressOf(program, entry);
  const open = openEntry(options.mode);
  const runs = [open, ...PAGE_SERVICES.map((service): CodeEntry => {
    const shape = symbolicServiceEntry(service);
    const regs = open.regs.map((r, n) => shape.regs.get(n) ?? r);
    return { regs, assumptions: [stackAligned(regs), ...shape.constraints], service };
  })];
  // A fault the runs of both page services find is one root cause: one finding, naming both.
  const findings = new Map<string, { readonly finding: Finding; readonly services: string[] }>();
  let stopped: Finding | undefined;
  for (const run of runs) {
    const result = exploreCode(program, address, run, options);
    const label = run.service && serviceLabel(run.service);
    for (const f of result.findings.map((found) => withService(found, run.service))) {
      const named = label !== undefined && f.message.includes(label);
      const key = `${f.code}|${f.file ?? ''}|${f.range.start.line}:${f.range.start.character}|${named ? f.message.replace(label, '') : f.message}`;
      const seen = findings.get(key);
      if (!seen) findings.set(key, { finding: f, services: named ? [label] : [] });
      else if (named && !seen.services.includes(label)) seen.services.push(label);
    }
    stopped ??= incompleteFinding(result, run.service ? `${entryName(entry)} (${run.service.name})` : entryName(entry));
  }
  const merged = [...findings.values()].map(({ finding, services }) => {
    const [first] = services;
    return first === undefined || services.length < 2 ? finding : { ...finding, message: finding.message.replace(first, services.join(' and ')) };
  });
  return stopped ? [...merged, stopped] : merged;
}
