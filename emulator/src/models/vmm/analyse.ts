import type { Finding } from '../../checks/finding.js';
import { createX86State } from '../../cpu/x86/index.js';
import type { X86State } from '../../cpu/x86/index.js';
import { endedInCode, explore, incompleteFinding } from '../../explore/engine.js';
import type { Budget, ExploreResult, Incomplete } from '../../explore/engine.js';
import type { StepObserver } from '../../explore/register-facts.js';
import type { Trace } from '../../explore/trace.js';
import type { EntryPoint, InstructionItem, Program, SourceSpan } from '../../ir/program.js';
import { X86_REG32 } from '../../ir/x86.js';
import type { X86Reg32 } from '../../ir/x86.js';
import { bv, sym, uge, ule } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { formatNumber } from '../../values/format.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import type { MacroSites } from './calls.js';
import { numberedCallSites } from './call-sites.js';
import { vmmEntryReturn } from './entry-returns.js';
import { oneForEachCall } from './failure-causes.js';
import { vmmHooks } from './hooks.js';
import { VMM_INVARIANTS, vmmModel } from './invariants.js';
import { vmmEntryPhases } from './phases.js';
import { MODEL_KEY, openWorld } from './state.js';
import type { ModelSetup, RegionSlot, VmmModelState } from './state.js';
import { SymbolTable } from './symbols.js';
import type { LossWording } from './tracking.js';
import { x86Machine } from '../../explore/machines/x86.js';
import { programSolver } from '../../explore/program-solver.js';

// The two ways in: analyse a procedure symbolically for findings, or run a
// scenario concretely for a trace.

/** A macro call as the lowering reports it (the server's `VmmCallSite` fits): where its `int 20h` is and its argument list. */
export interface MacroCallSite {
  readonly interruptAddress: bigint;
  readonly arguments: readonly unknown[];
  /** Written without an argument list: the code pushed the arguments itself, so there is no count to check. */
  readonly bare?: true;
}

export interface VmmAnalysisOptions extends ModelSetup {
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  /** The macro calls the lowering expanded, for PW250. */
  readonly macroCalls?: readonly MacroCallSite[];
  readonly observer?: StepObserver;
  /** Stops the run at its next instruction, throwing `Interrupted` (`ExploreOptions.interrupted`). */
  readonly interrupted?: () => boolean;
  /** `ExploreOptions.bodyLineOf`. */
  readonly bodyLineOf?: (item: InstructionItem) => SourceSpan | undefined;
}

export interface VmmAnalysis {
  readonly findings: readonly Finding[];
  /** Where exploration was cut short; `findings` holds the one PW900 for it. */
  readonly incomplete: readonly Incomplete[];
}

function entryOf(program: Program, entry: string | bigint): { readonly address: bigint; readonly name: string; readonly point?: EntryPoint } {
  if (typeof entry === 'bigint') return { address: entry, name: program.labelsAtAddress(entry)[0] ?? `procedure at ${formatNumber(entry, 'masm')}` };
  const point = program.entries.find((e) => e.name === entry);
  const address = point?.address ?? program.label(entry);
  if (address === undefined) throw new Error(`no entry point or label ${entry}`);
  return { address, name: entry, ...(point ? { point } : {}) };
}

/**
 * A VM handle is the ring-0 address of the VM's control block, which lies in
 * the system arena (80000000h and up), so it is provably not 0.
 */
const VM_HANDLE = sym('VM', 32);
const IN_SYSTEM_ARENA = uge(VM_HANDLE, bv(0x80000000, 32));
const CONTROL_FACTS: ReadonlySet<Expr> = new Set([IN_SYSTEM_ARENA]);

/** VMM calls a `_SetFreePhysRegCalBk` callback with EAX = 0 (ECX pages freed) or 1 (ECX pages wanted back), spec A.4.15. */
const CALLBACK_REASON = ule(sym('eax', 32), bv(1, 32));

interface RunOptions {
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  readonly trace?: boolean;
  readonly macroCalls?: readonly MacroCallSite[];
  readonly assumptions?: readonly Expr[];
  readonly inputs?: ReadonlyMap<string, bigint>;
  readonly observer?: StepObserver;
  readonly interrupted?: () => boolean;
  readonly handedOff?: (address: bigint) => boolean;
  /** Assumptions about the entry that a path reaching a Control_Dispatch target as entered has not learnt (`vmmHooks`). */
  readonly entryFacts?: ReadonlySet<Expr>;
  readonly returned?: LossWording;
  readonly bodyLineOf?: (item: InstructionItem) => SourceSpan | undefined;
}

const NO_MACRO_CALLS: readonly MacroCallSite[] = [];

/**
 * Each list of macro calls' argument counts by site, made once: every entry's
 * analysis of a file is given the file's list, and its map (224 bigint keys
 * for the generated 10,000-line file) made for each of 222 entries cost
 * about 9 ms an open.
 */
const macroSitesOf = new WeakMap<readonly MacroCallSite[], MacroSites>();

function macroSites(calls: readonly MacroCallSite[]): MacroSites {
  let sites = macroSitesOf.get(calls);
  if (!sites) {
    sites = new Map(calls.flatMap((c) => (c.bare ? [] : [[c.interruptAddress, c.arguments.length] as const])));
    macroSitesOf.set(calls, sites);
  }
  return sites;
}

function run(program: Program, address: bigint, state: X86State, model: VmmModelState, options: RunOptions): ExploreResult<X86State> {
  if (program.arch !== 'x86') throw new Error('the VMM model analyses x86 programs');
  const symbols = new SymbolTable();
  // A block a service returned is an object before the code reads at it: `[ebx+esi]` indexes it by EBX.
  if (state.memory instanceof SymbolicMemory) state.memory.useAddresses((symbol) => symbols.isBlockAddress(symbol));
  const calls = options.macroCalls ?? NO_MACRO_CALLS;
  const macros = macroSites(calls);
  const result = explore(address, state, {
    program, machine: x86Machine, hooks: vmmHooks(symbols, macros, numberedCallSites(program), new Set(options.inputs?.keys()), options.handedOff, options.returned, options.entryFacts), invariants: VMM_INVARIANTS, solver: programSolver(program),
    models: new Map([[MODEL_KEY, model]]), ...(options.assumptions ? { assumptions: options.assumptions } : {}),
    ...(options.budget ? { budget: options.budget } : {}), ...(options.clock ? { clock: options.clock } : {}), ...(options.trace ? { trace: true } : {}),
    ...(options.inputs ? { inputs: options.inputs } : {}),
    ...(options.observer ? { observer: options.observer } : {}), ...(options.interrupted ? { interrupted: options.interrupted } : {}),
    ...(options.bodyLineOf ? { bodyLineOf: options.bodyLineOf } : {}),
  });
  return { ...result, findings: oneForEachCall(result) };
}

/**
 * Explores one procedure of a VxD from an open world (everything it did not
 * create is unknown) and returns the proven findings (PW2xx) plus one PW900
 * when the exploration was cut short. `entry` is an entry point name, a label
 * or an address. A control-dispatch entry and a control procedure written
 * by hand get the VM handle in EBX, a free-phys-callback entry 0 or 1 in
 * EAX. An
 * entry point runs in the phases `vmmEntryPhases` gives it, unless
 * `options.phase` says otherwise. A path that reaches a control-dispatch
 * entry as the procedure was entered (a control procedure's dispatch) ends
 * there: that entry's analysis covers it.
 */
export function analyseVmmProcedure(program: Program, entry: string | bigint, options: VmmAnalysisOptions = {}): VmmAnalysis {
  const { address, name, point } = entryOf(program, entry);
  const dispatched = point?.contract.kind === 'control-dispatch';
  const control = isHandWrittenControl(point);
  const regs: Partial<Record<X86Reg32, Expr>> = dispatched || control ? { ebx: VM_HANDLE } : {};
  const memory = new SymbolicMemory(program.constantImage, 'mem', program.dataNames);
  // The C and VMM conventions have DF clear at every call: `rep movsd` needs no `cld` of its own.
  const state = createX86State({ memory, regs, flags: { df: bv(0, 1) } });
  const targets = controlDispatches(program);
  // Every Control_Dispatch target but the procedure explored from `address`, which is explored through.
  const handedOff = (at: bigint): boolean => at !== address && targets.has(at);
  const phase = options.phase ?? (point ? vmmEntryPhases(program, point) : undefined);
  const model = openWorld({ ...options, ...(phase ? { phase } : {}) }, controlMessage(point, state));
  const assumed = dispatched || control ? IN_SYSTEM_ARENA : point?.contract.kind === 'free-phys-callback' ? CALLBACK_REASON : undefined;
  const returned = vmmEntryReturn(point?.contract);
  // A control procedure's dispatch hands the message to a target as the VMM called it: the VM handle is the target's too.
  const entryFacts = control ? CONTROL_FACTS : undefined;
  const result = run(program, address, state, model, {
    ...options, handedOff, ...(returned ? { returned } : {}), ...(assumed ? { assumptions: [assumed] } : {}), ...(entryFacts ? { entryFacts } : {}),
  });
  const cut = incompleteFinding(result, name);
  return { findings: cut ? [...result.findings, cut] : result.findings, incomplete: result.incomplete };
}

/** Whether the entry is a VxD's control procedure written by hand, which VMM calls with every message. */
function isHandWrittenControl(point: EntryPoint | undefined): boolean {
  return point?.contract.kind === 'procedure' && point.contract.controlProcedure === true;
}

/** EAX at entry of a control procedure written by hand: the message, whose phase each path runs in. */
function controlMessage(point: EntryPoint | undefined, state: X86State): Expr | undefined {
  return isHandWrittenControl(point) ? state.regs.eax : undefined;
}

/** Each program's Control_Dispatch targets, found once: every entry's analysis asks, and a file has hundreds of entries. */
const controlDispatchesOf = new WeakMap<Program, ReadonlySet<bigint>>();

function controlDispatches(program: Program): ReadonlySet<bigint> {
  let all = controlDispatchesOf.get(program);
  if (!all) {
    all = new Set(program.entries.flatMap((e) => (e.contract.kind === 'control-dispatch' ? [e.address] : [])));
    controlDispatchesOf.set(program, all);
  }
  return all;
}

/** A free physical region of a scenario: its first linear page and each slot's physical address (0 = not present). */
export interface ScenarioRegion {
  readonly firstPage: bigint;
  readonly slots: readonly bigint[];
  readonly fixed?: readonly boolean[];
}

export interface VmmScenario extends ModelSetup {
  /** Register values at entry; unspecified registers are 0, except ESP and a control-dispatch entry's or control procedure's EBX (a VM handle, 80001000h). */
  readonly registers?: Partial<Record<X86Reg32, bigint>>;
  /** Values in memory at entry: dwords unless `bytes` says otherwise. */
  readonly memory?: readonly { readonly address: bigint; readonly value: bigint; readonly bytes?: 1 | 2 | 4 }[];
  /** Physical page numbers on the free list. */
  readonly freeList?: readonly bigint[];
  /** Physical page numbers of device memory. */
  readonly device?: readonly bigint[];
  readonly regions?: readonly ScenarioRegion[];
  /**
   * Memory blocks allocated before the run (by a VxD's initialisation, run
   * first), by handle, and where the next allocation goes: a procedure that
   * frees or locks a block its init allocated passes a handle the model knows.
   */
  readonly allocated?: Pick<VmmModelState, 'objects' | 'nextPage' | 'nextHandle'>;
  readonly budget?: Partial<Budget>;
  readonly macroCalls?: readonly MacroCallSite[];
  /**
   * Values for the symbols a symbolic analysis would make fresh (a service's
   * result at its n-th call, `_PageLock.eax#0`): a finding's witness. A call
   * whose result is given takes the outcome that result means, whatever the
   * closed world would have decided.
   */
  readonly inputs?: ReadonlyMap<string, bigint>;
}

export interface VmmRun {
  readonly findings: readonly Finding[];
  readonly incomplete: readonly Incomplete[];
  /** One trace per way the run ended (one for a fully concrete run). */
  readonly traces: readonly Trace[];
  /** The model at each end, in the same order. */
  readonly finalStates: readonly VmmModelState[];
  /** Whether each trace's path ended at a return to an address no call put on the stack (PW231), in the same order. */
  readonly wrongReturns: readonly boolean[];
}

const SCENARIO_STACK = 0xc0010000n;
/**
 * The VM handle a control-dispatch entry or a control procedure written by
 * hand gets in EBX when the scenario sets
 * none: VMM passes one with every control message, and it is never 0 (a
 * control block in the system arena), so EBX = 0 would be a run no caller
 * makes, clean where the analysis proves a finding (a PG_SYS allocation
 * passing EBX as its VM).
 */
const SCENARIO_VM_HANDLE = 0x80001000n;

/** Runs `entry` concretely from a closed world the scenario describes, recording a trace. */
export function runVmmScenario(program: Program, entry: string | bigint, scenario: VmmScenario = {}): VmmRun {
  const { address, point } = entryOf(program, entry);
  const start = (r: X86Reg32): bigint => r === 'esp' ? SCENARIO_STACK : r === 'ebx' && (point?.contract.kind === 'control-dispatch' || isHandWrittenControl(point)) ? SCENARIO_VM_HANDLE : 0n;
  const regs = Object.fromEntries(X86_REG32.map((r) => [r, bv(scenario.registers?.[r] ?? start(r), 32)]));
  const memory = new SymbolicMemory(program.image);
  for (const m of scenario.memory ?? []) memory.store(bv(m.address, 32), bv(m.value, 8 * (m.bytes ?? 4)), m.bytes ?? 4);
  const flags = { cf: bv(0, 1), pf: bv(0, 1), af: bv(0, 1), zf: bv(0, 1), sf: bv(0, 1), of: bv(0, 1), df: bv(0, 1) };
  const state = createX86State({ memory, regs, flags });
  const slots = new Map<bigint, RegionSlot>();
  for (const region of scenario.regions ?? []) {
    region.slots.forEach((phys, i) => slots.set(region.firstPage + BigInt(i), { region: region.firstPage.toString(16), phys, fixed: region.fixed?.[i] ?? false }));
  }
  const model: VmmModelState = { ...openWorld(scenario, controlMessage(point, state)), closed: true, freeList: scenario.freeList ?? [], device: scenario.device ?? [], slots, ...scenario.allocated };
  const returned = vmmEntryReturn(point?.contract);
  const result = run(program, address, state, model, { ...scenario, trace: true, ...(returned ? { returned } : {}) });
  const ends = result.ends.filter(endedInCode);
  return {
    findings: result.findings, incomplete: result.incomplete,
    traces: ends.flatMap((e) => (e.trace ? [e.trace] : [])),
    finalStates: ends.flatMap((e) => { const m = vmmModel(e.models); return m ? [m] : []; }),
    wrongReturns: ends.flatMap((e) => (e.trace ? [e.astray === true] : [])),
  };
}
