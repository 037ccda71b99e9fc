import type { HandlerReason, RiscOsVersion } from '../../catalogue/index.js';
import type { Finding } from '../../checks/finding.js';
import type { ArmAddressMode } from '../../cpu/arm/index.js';
import { endedInCode, explore, stoppedTrace } from '../../explore/engine.js';
import type { Budget, Incomplete } from '../../explore/engine.js';
import { programSolver } from '../../explore/program-solver.js';
import { armPathState, newArmCpu } from '../../explore/machines/arm.js';
import type { Trace, TraceEvent, TraceStep } from '../../explore/trace.js';
import type { Program } from '../../ir/program.js';
import { add, bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { bytesText } from '../../values/text.js';
import { KERNEL_RETURN, NOT_A_REASON, onePerMistake, PAST_THE_BOUND } from './analyse-handler.js';
import { resizeArea } from './change-dynamic-area.js';
import type { KernelError } from './errors.js';
import { clearPageBlock, ENTRY_BYTES, handlerReason, NULL_BLOCK_R1, nullBlockPin } from './handler-entry.js';
import { KERNEL_INVARIANT, riscOsHooks } from './hooks.js';
import {
  createKernel, FLAG_PMP, FLAG_SPECIFIC_PAGES, FREE_POOL, freeAreaNumber, handlerAddress, PAGE_UNAVAILABLE, pagesOf, placeArea, withArea, withPages, workspaceOf,
} from './kernel-state.js';
import type { Area, AreaKind, Kernel, Page } from './kernel-state.js';
import { riscOsMachine } from './machine.js';
import type { RiscOsState } from './machine.js';
import { kernelOf, withKernel } from './model-states.js';
import type { HandlerCall, HandlerCaller, HandlerReturn, ServiceCall, ServiceCaller } from './swi-call.js';
import { MODULE_PRIVATE_WORD, serviceHandler } from './service-entry.js';

// A dynamic-area handler run on its own, the way the kernel calls it: the
// scenario describes the area and the machine's pages, and the kernel model
// either performs a whole resize (PreGrow then PostGrow, PreShrink then
// PostShrink, with what the kernel does with the page block in between) or
// makes one call (TestShrink, Abort, ResizePMP, or a routine that handles a
// single reason). Every handler call is traced, so the replay view shows the
// handler's steps with the kernel's events between them.

const HANDLER_STACK = 0x01c08000;
const WORKSPACE = 0x01c20000;
/** Values of the registers the kernel does not pass, so "preserved" has something to compare. */
const KERNEL_REG_MARK = 0x0bad0000;
/** Where a single PreGrow/PostGrow call finds its page block (the kernel's SVC stack). */
const PAGE_BLOCK_ADDRESS = 0x01c00000;
const APP_SPACE_PAGES = 16;

export interface HandlerScenarioOptions {
  /**
   * The reason the scenario is about (0 PreGrow … 6 ResizePMP), or one no
   * kernel passes yet (7 up), which a bounded dispatch sends past its table:
   * one call with that R0 alone, judged as the analysis judges R0 = 7 (a refusal).
   */
  readonly reason: number;
  /** Run the whole resize the reason belongs to (reasons 0-3, ResizePMP for a pool); false calls the handler for `reason` alone. */
  readonly resize?: boolean;
  readonly area: {
    readonly flags: number;
    /** Bytes, page multiples. */
    readonly size: number;
    /** Bytes; for a physical memory pool (flag bit 20) also its physical limit, in pages of this size. */
    readonly maxSize: number;
    readonly name?: string;
  };
  /** Pages, signed; default 1 for growing reasons and ResizePMP, -1 for shrinking ones. */
  readonly change?: number;
  /** Pages in the free pool; default enough for the resize and some to spare. */
  readonly freePool?: number;
  /** Physical pages reserved with OS_Memory 23. */
  readonly reserved?: readonly number[];
  /** Physical pages another area owns and has claimed for exclusive use (Unavailable). */
  readonly otherAreaPages?: readonly number[];
  readonly pageSize?: number;
  /** The RISC OS the kernel model behaves as; default 5.27. */
  readonly version?: RiscOsVersion;
  /** R0-R12 overriding what the kernel passes for `reason`. */
  readonly registers?: Readonly<Record<number, number>>;
  /** Values in the program's memory before the run (a finding's witness): dwords unless `bytes` says otherwise. */
  readonly memory?: readonly { readonly address: bigint; readonly value: bigint; readonly bytes?: 1 | 2 | 4 }[];
  /** Values for the symbols the call for `reason` would make fresh (an SWI's outcome at its n-th call): a finding's witness. */
  readonly inputs?: ReadonlyMap<string, bigint>;
  readonly mode?: ArmAddressMode;
  readonly budget?: Partial<Budget>;
}

export interface HandlerScenarioResult {
  readonly findings: readonly Finding[];
  /** Every handler call's steps in order; kernel events ride on the step after which they happened. */
  readonly trace: Trace;
  readonly before: Kernel;
  readonly after: Kernel;
  /** The area the handler belongs to. */
  readonly area: number;
  /** False when a handler call did not come back (step limit, fault, an error handler). */
  readonly returned: boolean;
  /** The kernel's error for the resize or the handler's refusal, as text. */
  readonly error?: string;
  readonly incomplete: readonly Incomplete[];
}

const SHRINKING = new Set([2, 3]);
/** PostGrow and PostShrink cannot refuse: the kernel ignores V set on their return (spec B.6), so no error is reported. */
const IGNORES_ERRORS = new Set([1, 3]);

function kernelFor(options: HandlerScenarioOptions, handler: number): { readonly kernel: Kernel; readonly area: number } {
  const pageSize = options.pageSize ?? 4096;
  const change = options.change ?? (SHRINKING.has(options.reason) ? -1 : 1);
  const areaPages = Math.floor(options.area.size / pageSize);
  const others = [...new Set(options.otherAreaPages ?? [])];
  const pool = options.freePool ?? Math.max(change, 0) + 16;
  const listed = Math.max(-1, ...others, ...(options.reserved ?? []));
  const ramPages = Math.max(APP_SPACE_PAGES + areaPages + others.length + pool, listed + 1);
  let kernel = createKernel({ pageSize, ramPages, appSpacePages: APP_SPACE_PAGES, reserved: options.reserved ?? [], ...(options.version ? { version: options.version } : {}) });
  // The area's own pages come from the top of RAM, clear of the pages the scenario names.
  const named = new Set([...others, ...(options.reserved ?? [])]);
  const own = pagesOf(kernel, FREE_POOL).filter((p) => !named.has(p)).reverse().slice(0, areaPages).reverse();
  const kind: AreaKind = options.area.flags & FLAG_PMP ? 'pmp' : 'normal';
  const number = freeAreaNumber(kernel);
  const placed = placeArea(kernel, options.area.maxSize);
  kernel = placed.kernel;
  const area: Area = {
    number, name: options.area.name ?? 'Handler\'s area', base: placed.base, size: own.length * pageSize, max: options.area.maxSize,
    flags: options.area.flags, handler, workspace: WORKSPACE, kind,
    // A pool holds its pages at indices 0 up, each mapped at the same page of its window.
    ...(kind === 'pmp' ? { pmpMaxPages: Math.floor(options.area.maxSize / pageSize), pmpPages: new Map(own.map((p, i) => [i, p])) } : {}),
  };
  kernel = withArea(kernel, area);
  const changes = new Map<number, Page>();
  own.forEach((p, i) => changes.set(p, { owner: number, address: area.base + i * pageSize, flags: kernel.pages[p]?.flags ?? 0 }));
  if (others.length > 0) {
    const otherNumber = number + 1;
    const room = placeArea(kernel, others.length * pageSize);
    kernel = withArea(room.kernel, {
      number: otherNumber, name: 'Another area', base: room.base, size: others.length * pageSize, max: others.length * pageSize,
      flags: 0, workspace: 0, kind: 'normal',
    });
    others.forEach((p, i) => changes.set(p, { owner: otherNumber, address: room.base + i * pageSize, flags: (kernel.pages[p]?.flags ?? 0) | PAGE_UNAVAILABLE }));
  }
  kernel = withPages(kernel, changes);
  // Sizes follow ownership (the free pool gave pages up).
  for (const a of kernel.areas.values()) {
    const owned = pagesOf(kernel, a.number).length * pageSize;
    if (owned !== a.size) kernel = withArea(kernel, { ...a, size: owned });
  }
  return { kernel, area: number };
}

/** Registers the kernel passes for one call of `reason` outside a resize (spec B.6), and the page block it sets up. */
function singleCall(kernel: Kernel, a: Area, reason: number, change: number, memory: Memory): Map<number, Expr> {
  const ps = kernel.pageSize;
  const pages = Math.abs(change);
  const specific = (a.flags & FLAG_SPECIFIC_PAGES) !== 0;
  const block = bv(PAGE_BLOCK_ADDRESS);
  const regs = new Map<number, Expr>([[0, bv(reason)]]);
  switch (reason) {
    case 0:
    case 1: {
      if (specific) {
        clearPageBlock(memory, block, pages);
        // PostGrow's block names the pages the kernel took: the top of the free pool, after the area's end.
        if (reason === 1) {
          pagesOf(kernel, FREE_POOL).reverse().slice(0, pages).forEach((ppn, k) => {
            const at = add(block, bv(k * ENTRY_BYTES));
            memory.store(at, bv(ppn), 4);
            memory.store(add(at, bv(4)), bv(a.base + a.size + k * ps), 4);
            memory.store(add(at, bv(8)), bv(ppn * ps), 4);
          });
        }
      }
      regs.set(1, specific ? block : NULL_BLOCK_R1).set(2, bv(pages)).set(3, bv(pages * ps)).set(4, bv(a.size + (reason === 1 ? pages * ps : 0)));
      break;
    }
    case 2:
    case 3:
      regs.set(3, bv(pages * ps)).set(4, bv(a.size - (reason === 3 ? pages * ps : 0)));
      break;
    case 4:
      regs.set(4, bv(a.size));
      break;
    case 6:
      regs.set(1, bv(change >>> 0)).set(2, bv(a.number));
      break;
    // Abort's R1-R5 describe the faulting access: the scenario's registers give them.
  }
  if (reason <= 4) regs.set(5, bv(ps));
  return regs;
}

function errorText(error: KernelError | Expr, memory: Memory): string {
  if ('message' in error) return error.message;
  const pointer = constValue(error);
  if (pointer === undefined) return 'the handler refused';
  // An error block: a number word, then the zero-terminated message.
  const bytes: number[] = [];
  for (let i = 4; i < 256; i++) {
    const byte = constValue(memory.load(bv(pointer + BigInt(i)), 1));
    if (byte === undefined || byte === 0n) break;
    bytes.push(Number(byte));
  }
  return bytesText(bytes) || 'the handler refused';
}

/** The reason a call's checks judge it as: the catalogue's, or, past the kernel's, the analysis's reason past a dispatch's bound. */
const reasonCalled = (code: number): HandlerReason => (code >= NOT_A_REASON ? { ...PAST_THE_BOUND, code } : handlerReason(code));

/** Runs the dynamic-area handler at `entry` as the kernel would for the scenario's reason, recording a trace. */
export function runHandlerScenario(program: Program, entry: string | bigint, options: HandlerScenarioOptions): HandlerScenarioResult {
  const address = typeof entry === 'bigint' ? entry : program.label(entry);
  if (address === undefined) throw new Error(`no label ${String(entry)}`);
  reasonCalled(options.reason);
  const mode = options.mode ?? '32';
  const { kernel: before, area } = kernelFor(options, Number(address));
  const findings: Finding[] = [];
  // A resize's calls that run the same code (a PreShrink and a PostShrink sharing an exit) find one mistake, reported once as check reports it.
  const reasonOf = new Map<Finding, number>();
  const causeOf = new Map<Finding, string>();
  const incomplete: Incomplete[] = [];
  const trace: TraceStep[] = [];
  let pending: TraceEvent[] = [];
  let returned = true;
  // The call the scenario is about is the first of its reason: a PostGrow's or PostShrink's comes after the Pre call of its resize.
  let aboutPending = true;
  // Kernel events wait for the next handler call or the end, then join the last step so far.
  const flush = (): void => {
    const last = trace.pop();
    if (!last) return;
    trace.push({ ...last, events: [...last.events, ...pending] });
    pending = [];
  };
  const lr = bv(mode === '26' ? KERNEL_RETURN | 3 : KERNEL_RETURN);
  // The inputs reach the handler call the scenario is about only: other code the kernel calls runs in the closed world alone.
  const closedWorld = { given: new Map<string, bigint>() };

  const callHandler: HandlerCaller = (call: HandlerCall): HandlerReturn | undefined => {
    flush();
    const reason = reasonCalled(call.reason);
    const regs = Array.from({ length: 15 }, (_, r) => call.regs.get(r) ?? bv(KERNEL_REG_MARK + r));
    regs[12] = workspaceOf(call.area);
    // The scenario's registers override the kernel's for the call it is about.
    const about = aboutPending && call.reason === options.reason;
    if (about) for (const [r, v] of Object.entries(options.registers ?? {})) regs[Number(r)] = bv(v >>> 0);
    if (about) aboutPending = false;
    regs[13] = bv(HANDLER_STACK);
    regs[14] = lr;
    const cpu = newArmCpu(call.state.cpu.memory.clone(), mode, regs);
    const entries = call.regs.get(2) ?? bv(0);
    const specific = (call.area.flags & FLAG_SPECIFIC_PAGES) !== 0 && (call.reason === 0 || call.reason === 1);
    const block = call.regs.get(1);
    const result = explore(handlerAddress(call.area), armPathState(cpu), {
      program, machine: riscOsMachine, solver: programSolver(program), invariants: [KERNEL_INVARIANT], trace: true, models: withKernel(new Map(), call.kernel), assumptions: nullBlockPin(regs[1]),
      ...(options.budget ? { budget: options.budget } : {}), ...(about && options.inputs ? { inputs: options.inputs } : {}),
      hooks: riscOsHooks({
        env: { svc: true, inHandler: true, closedWorld: about ? { given: options.inputs ?? new Map() } : closedWorld, callHandler },
        handler: { reason, entries, pageSize: call.kernel.pageSize, ...(specific && block ? { pageBlock: block } : {}) },
      }),
    });
    for (const f of result.findings) {
      // A call past the kernel's reasons is the run's one call: it shares its code with no other reason's.
      if (call.reason < NOT_A_REASON) reasonOf.set(f, call.reason);
      const cause = result.causes.get(f);
      if (cause !== undefined) causeOf.set(f, cause);
    }
    findings.push(...result.findings);
    incomplete.push(...result.incomplete);
    const back = result.ends.find((e) => e.kind === 'return');
    trace.push(...((back ?? result.ends.find(endedInCode))?.trace ?? stoppedTrace(result.incomplete) ?? []));
    if (!back) {
      returned = false;
      return undefined;
    }
    return { state: back.state, kernel: kernelOf(back.models) ?? call.kernel };
  };

  // The program's service handler, when it is a module, gets the page services of a grow; its steps join the trace.
  const service = serviceHandler(program);
  const callService: ServiceCaller | undefined = service === undefined ? undefined : (call: ServiceCall): HandlerReturn | undefined => {
    flush();
    const regs = Array.from({ length: 15 }, (_, r) => call.regs.get(r) ?? bv(KERNEL_REG_MARK + r));
    regs[12] = bv(MODULE_PRIVATE_WORD);
    regs[13] = bv(HANDLER_STACK);
    regs[14] = lr;
    const result = explore(service, armPathState(newArmCpu(call.state.cpu.memory.clone(), mode, regs)), {
      program, machine: riscOsMachine, solver: programSolver(program), invariants: [KERNEL_INVARIANT], trace: true, models: withKernel(new Map(), call.kernel),
      ...(options.budget ? { budget: options.budget } : {}),
      hooks: riscOsHooks({ env: { svc: true, inHandler: false, closedWorld, callHandler }, service: call.service }),
    });
    findings.push(...result.findings);
    incomplete.push(...result.incomplete);
    const back = result.ends.find((e) => e.kind === 'return');
    trace.push(...((back ?? result.ends.find(endedInCode))?.trace ?? stoppedTrace(result.incomplete) ?? []));
    return back && { state: back.state, kernel: kernelOf(back.models) ?? call.kernel };
  };

  const memory = new SymbolicMemory(program.image);
  for (const m of options.memory ?? []) memory.store(bv(m.address), bv(m.value, 8 * (m.bytes ?? 4)), m.bytes ?? 4);
  const state: RiscOsState = armPathState(newArmCpu(memory, mode, Array.from({ length: 15 }, () => bv(0))));
  const a = before.areas.get(area) as Area;
  const change = options.change ?? (SHRINKING.has(options.reason) ? -1 : 1);
  let after = before;
  let error: string | undefined;
  // A pool's whole resize is its one ResizePMP; other areas' are reasons 0-3.
  const whole = a.kind === 'pmp' ? options.reason === 6 : options.reason <= 3;
  if ((options.resize ?? true) && whole) {
    const bytes = options.reason === 6 ? change * before.pageSize : Math.abs(change) * before.pageSize * (options.reason <= 1 ? 1 : -1);
    const resized = resizeArea({ state, kernel: before, number: area, change: bytes, callHandler, callService, emit: (e) => pending.push(e) });
    after = resized.kernel;
    if (resized.error !== undefined) error = errorText(resized.error, resized.state.cpu.memory);
  } else {
    const back = callHandler({ area: a, reason: options.reason, regs: singleCall(before, a, options.reason, change, memory), state, kernel: before });
    if (back) {
      after = back.kernel;
      if (!IGNORES_ERRORS.has(options.reason) && constValue(back.state.cpu.v) === 1n) error = errorText(back.state.cpu.regs[0] ?? bv(0), back.state.cpu.memory);
    }
  }
  if (error !== undefined) pending.push({ kind: 'note', message: `The kernel reports: ${error}` });
  flush();
  const unique = new Map(onePerMistake(findings, reasonOf, causeOf).map((f) => [`${f.code}|${f.range.start.line}:${f.range.start.character}|${f.message}`, f]));
  return { findings: [...unique.values()], trace, before, after, area, returned, ...(error !== undefined ? { error } : {}), incomplete };
}
