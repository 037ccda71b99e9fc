import type { Finding } from '../../checks/finding.js';
import type { ArmAddressMode } from '../../cpu/arm/index.js';
import { endedInCode, explore, incompleteFinding, stoppedTrace } from '../../explore/engine.js';
import type { Budget, ExploreResult, Incomplete, PathEnd } from '../../explore/engine.js';
import { programSolver } from '../../explore/program-solver.js';
import type { Trace } from '../../explore/trace.js';
import type { Program } from '../../ir/program.js';
import { bv } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { KERNEL_RETURN } from './analyse-handler.js';
import { handlerReason, nullBlockPin } from './handler-entry.js';
import { KERNEL_INVARIANT, riscOsHooks } from './hooks.js';
import { createKernel, FLAG_SPECIFIC_PAGES, handlerAddress, workspaceOf } from './kernel-state.js';
import type { Kernel, KernelConfig } from './kernel-state.js';
import { armPathState, newArmCpu } from '../../explore/machines/arm.js';
import { riscOsMachine } from './machine.js';
import type { RiscOsState } from './machine.js';
import { kernelOf, withKernel } from './model-states.js';
import type { HandlerCall, HandlerCaller, HandlerReturn, ServiceCall, ServiceCaller, SwiEnvironment } from './swi-call.js';
import { concreteServiceEntry, MODULE_PRIVATE_WORD, PAGE_SERVICES, serviceHandler } from './service-entry.js';

// Concrete runs of module code against the kernel model: the code creates,
// resizes and removes areas with real SWIs, the kernel calls the module's
// handlers as it would (each a nested concrete exploration on the caller's
// memory), and the handler checks run on every call. The result is the trace
// the "replay" view shows, the kernel state at the end, and the findings.

/** Stack pointers for the code and for the handlers the kernel calls (SVC stack). */
const CODE_STACK = 0x01c10000;
const HANDLER_STACK = 0x01c08000;
/** Values of the registers the kernel itself holds while a handler runs, so "preserved" has something to compare. */
const KERNEL_REG_MARK = 0x0bad0000;

export interface ScenarioOptions {
  /** R0-R12 at the entry; missing ones are 0. */
  readonly registers?: Readonly<Record<number, number>>;
  /** Values in the program's memory before the run (a finding's witness): dwords unless `bytes` says otherwise. */
  readonly memory?: readonly { readonly address: bigint; readonly value: bigint; readonly bytes?: 1 | 2 | 4 }[];
  readonly mode?: ArmAddressMode;
  /** The kernel to start from, or how to build one. */
  readonly kernel?: Kernel | KernelConfig;
  /** Module entry points and handlers get PW311 for non-X SWIs; default true. */
  readonly moduleCode?: boolean;
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  /**
   * Values for the symbols an analysis of the code would make fresh (an SWI's
   * outcome at its n-th call, `swi.failed.XOS_Module#0`): a finding's witness.
   */
  readonly inputs?: ReadonlyMap<string, bigint>;
  /**
   * Run the code as the module's service handler called with this page
   * service (Service_PagesUnsafe &8E or Service_PagesSafe &8F): the kernel's
   * registers for it under `registers`, and the check that it is not claimed.
   */
  readonly pageService?: number;
}

export interface ScenarioResult {
  readonly findings: readonly Finding[];
  /** The kernel when the code returned (or stopped). */
  readonly kernel: Kernel;
  /** How the code ended: 'return', or 'exit' when an error went to the error handler. */
  readonly end: PathEnd<RiscOsState> | undefined;
  readonly trace: Trace;
  readonly incomplete: readonly Incomplete[];
}

const isKernel = (k: Kernel | KernelConfig | undefined): k is Kernel => k !== undefined && 'pages' in k;

export function runRiscOsScenario(program: Program, entry: string | bigint, options: ScenarioOptions = {}): ScenarioResult {
  const address = typeof entry === 'bigint' ? entry : program.label(entry);
  if (address === undefined) throw new Error(`no label ${String(entry)}`);
  const mode = options.mode ?? '32';
  const kernel = isKernel(options.kernel) ? options.kernel : createKernel(options.kernel);
  const svc = options.moduleCode ?? true;
  const findings: Finding[] = [];
  const incomplete: Incomplete[] = [];
  const common = { program, machine: riscOsMachine, solver: programSolver(program), invariants: [KERNEL_INVARIANT], ...(options.budget ? { budget: options.budget } : {}), ...(options.clock ? { clock: options.clock } : {}) };
  const lr = (): Expr => bv(mode === '26' ? KERNEL_RETURN | 3 : KERNEL_RETURN);
  // The inputs reach the entry's own run only: the code the kernel calls from it runs in the closed world alone.
  const entryWorld = { given: options.inputs ?? new Map<string, bigint>() };
  const closedWorld = { given: new Map<string, bigint>() };

  // Code the kernel calls: its findings are the run's, and its steps (the path that returned, else how far it got) the SWI's.
  const ranInside = (call: HandlerCall | ServiceCall, result: ExploreResult<RiscOsState>): PathEnd<RiscOsState> | undefined => {
    findings.push(...result.findings);
    incomplete.push(...result.incomplete);
    const back = result.ends.find((e) => e.kind === 'return');
    call.inner?.((back ?? result.ends.find(endedInCode))?.trace ?? stoppedTrace(result.incomplete) ?? []);
    return back;
  };

  const callHandler: HandlerCaller = (call: HandlerCall): HandlerReturn | undefined => {
    const reason = handlerReason(call.reason);
    const regs = Array.from({ length: 15 }, (_, r) => call.regs.get(r) ?? bv(KERNEL_REG_MARK + r));
    regs[12] = workspaceOf(call.area);
    regs[13] = bv(HANDLER_STACK);
    regs[14] = lr();
    const cpu = newArmCpu(call.state.cpu.memory.clone(), mode, regs);
    const entries = call.regs.get(2) ?? bv(0);
    const specific = (call.area.flags & FLAG_SPECIFIC_PAGES) !== 0 && (call.reason === 0 || call.reason === 1);
    const block = call.regs.get(1);
    const env: SwiEnvironment = { svc: true, inHandler: true, closedWorld, callHandler, ...(callService ? { callService } : {}) };
    const result = explore(handlerAddress(call.area), armPathState(cpu), {
      ...common, trace: call.inner !== undefined, models: withKernel(new Map(), call.kernel), assumptions: nullBlockPin(regs[1]),
      hooks: riscOsHooks({ env, handler: { reason, entries, pageSize: call.kernel.pageSize, ...(specific && block ? { pageBlock: block } : {}) } }),
    });
    const back = ranInside(call, result);
    if (!back) return undefined;
    return { state: back.state, kernel: kernelOf(back.models) ?? call.kernel };
  };

  const service = serviceHandler(program);
  const callService: ServiceCaller | undefined = service === undefined ? undefined : (call: ServiceCall): HandlerReturn | undefined => {
    const regs = Array.from({ length: 15 }, (_, r) => call.regs.get(r) ?? bv(KERNEL_REG_MARK + r));
    regs[12] = bv(MODULE_PRIVATE_WORD);
    regs[13] = bv(HANDLER_STACK);
    regs[14] = lr();
    const result = explore(service, armPathState(newArmCpu(call.state.cpu.memory.clone(), mode, regs)), {
      ...common, trace: call.inner !== undefined, models: withKernel(new Map(), call.kernel),
      hooks: riscOsHooks({ env: { svc: true, inHandler: false, closedWorld, callHandler }, service: call.service }),
    });
    const back = ranInside(call, result);
    return back && { state: back.state, kernel: kernelOf(back.models) ?? call.kernel };
  };

  const asService = options.pageService === undefined ? undefined : PAGE_SERVICES.find((p) => p.number === options.pageService);
  if (options.pageService !== undefined && !asService) throw new Error(`&${options.pageService.toString(16)} is not a page service`);
  const serviceRegs = asService ? concreteServiceEntry(asService) : new Map<number, number>();
  const regs = Array.from({ length: 15 }, (_, r) => bv(options.registers?.[r] ?? serviceRegs.get(r) ?? 0));
  regs[13] = bv(CODE_STACK);
  regs[14] = lr();
  const memory = new SymbolicMemory(program.image);
  for (const m of options.memory ?? []) memory.store(bv(m.address), bv(m.value, 8 * (m.bytes ?? 4)), m.bytes ?? 4);
  const state = armPathState(newArmCpu(memory, mode, regs));
  const result = explore(address, state, {
    ...common, trace: true, models: withKernel(new Map(), kernel),
    hooks: riscOsHooks({ env: { svc, inHandler: false, closedWorld: entryWorld, callHandler, ...(callService ? { callService } : {}) }, ...(asService ? { service: asService } : {}) }),
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
  findings.push(...result.findings);
  incomplete.push(...result.incomplete);
  const stopped = incompleteFinding(result, typeof entry === 'string' ? entry : `&${address.toString(16)}`);
  if (stopped) findings.push(stopped);
  const end = result.ends.find(endedInCode);
  // A handler the kernel calls twice (PreGrow, then PostGrow) finds the same thing twice: one finding per code, place and message.
  const unique = new Map(findings.map((f) => [`${f.code}|${f.file ?? ''}|${f.range.start.line}:${f.range.start.character}|${f.message}`, f]));
  return { findings: [...unique.values()], kernel: (end && kernelOf(end.models)) ?? kernel, end, trace: end?.trace ?? stoppedTrace(result.incomplete) ?? [], incomplete };
}
