import {
  findService, runVmmScenario, stoppedTrace, vmmEntryPhases, type EntryPoint, type MacroCallSite, type Program, type Trace,
  type VmmScenario, type WindowsTarget, type X86Reg32,
} from '../../../emulator/src/index.js';
import { WINDOWS_TARGETS } from '../analysis/lowerDocument.js';
import { readWitness, runEnded, withNotes, witnessNotes, type ModelRun, type RunBudget } from './modelRun.js';
import { movedPages, vmmPageMap, vmmPages, type VmmPages } from './pageMap.js';
import type { Scenario } from './scenario.js';
import { stepViews } from './traceView.js';

// A VxD procedure run in a closed world. A procedure that runs after
// initialisation finds the VxD's data as its Device_Init left it (the
// region's page number in a variable, say), so the init dispatch targets run
// first, in the order the messages come, and their stores are the
// procedure's starting memory; the scenario's free physical region is the
// one they allocated. A dynamic VxD's initialisation is its
// Sys_Dynamic_Device_Init, sent when it is loaded, in the running phase.

export interface VxdProgram {
  readonly program: Program;
  readonly vmmCalls: readonly MacroCallSite[];
}

/** The initialisation messages, as the lowering names them, in the order they come. */
const INIT_ORDER: readonly string[] = ['sys_critical_init', 'device_init', 'init_complete', 'sys_dynamic_device_init'];

/** Physical page numbers the scenario hands out: region pages and free-list pages, apart so the picture reads. */
const REGION_FRAMES = 0x100n;
const FREE_FRAMES = 0x200n;
/** Where a region goes when no init code allocated one. */
const DEFAULT_REGION_PAGE = 0xc0800n;
/** The free list when the scenario does not bound it. */
const DEFAULT_FREE_PAGES = 64;

const X86_INPUTS = new Set(['eax', 'ebx', 'ecx', 'edx', 'esi', 'edi', 'ebp']);

/** The analysis names entry registers by themselves, and a dispatched entry's VM handle in EBX `VM`. */
const x86Register = (name: string): string | undefined => (X86_INPUTS.has(name) ? name : name === 'VM' ? 'ebx' : undefined);

/**
 * Every bare name a VxD entry's analysis gives its inputs: the registers and
 * flags on entry, which the run keeps its own values of but for those
 * `x86Register` takes. Any other bare name is a typo, refused as a RISC OS
 * witness's is, rather than replayed as if the finding were gone.
 */
const X86_INPUT_NAMES = [...X86_INPUTS, 'VM', 'esp', 'cf', 'pf', 'af', 'zf', 'sf', 'of', 'df', 'if'];

/** Where an init dispatch target comes in INIT_ORDER; -1 for any other entry, which runs after every one. */
function initIndex(entry: EntryPoint): number {
  return entry.contract.kind === 'control-dispatch' ? INIT_ORDER.indexOf(entry.contract.message.toLowerCase()) : -1;
}

interface Prelude {
  readonly memory: readonly { readonly address: bigint; readonly value: bigint }[];
  readonly regionPage?: bigint;
  /** The blocks the init code allocated, as the memory manager held them when it returned. */
  readonly allocated?: VmmScenario['allocated'];
  readonly ran: readonly string[];
}

/** The scenario's free list: `count` physical pages from FREE_FRAMES up. */
const freePages = (count: number): bigint[] => Array.from({ length: count }, (_, i) => FREE_FRAMES + BigInt(i));

/** Physical pages behind the live blocks of `allocated`, which no free list holds. */
function heldPages(allocated: VmmScenario['allocated']): Set<bigint> {
  return new Set([...(allocated?.objects.values() ?? [])].flatMap((o) => (o.status === 'live' ? o.frames : [])));
}

/** Dword stores with known addresses and values: what init code leaves behind for later procedures. */
function stores(trace: Trace): { address: bigint; value: bigint }[] {
  return trace.flatMap((step) => step.writes.flatMap((w) =>
    (w.bytes === 4 && w.address.kind === 'const' && w.value.kind === 'const' ? [{ address: w.address.value, value: w.value.value }] : [])));
}

function initialise(vxd: VxdProgram, entry: EntryPoint, version: WindowsTarget, budget: RunBudget): Prelude {
  const { program } = vxd;
  const phase = initIndex(entry);
  const inits = program.entries
    .filter((e) => e.name !== entry.name && initIndex(e) >= 0 && (phase < 0 || initIndex(e) < phase))
    .sort((a, b) => initIndex(a) - initIndex(b));
  let memory: { address: bigint; value: bigint }[] = [];
  let regionPage: bigint | undefined;
  let allocated: VmmScenario['allocated'];
  let freeList: readonly bigint[] = freePages(DEFAULT_FREE_PAGES);
  const ran: string[] = [];
  for (const init of inits) {
    const run = runVmmScenario(vxd.program, init.name, {
      version, phase: vmmEntryPhases(program, init), macroCalls: vxd.vmmCalls, memory, budget, freeList, ...(allocated ? { allocated } : {}),
    });
    const [trace] = run.traces;
    const [final] = run.finalStates;
    if (!trace || !final || run.incomplete.length > 0) continue;
    memory = [...memory, ...stores(trace)];
    allocated = { objects: final.objects, nextPage: final.nextPage, nextHandle: final.nextHandle };
    freeList = final.freeList;
    const slots = [...final.slots.keys()];
    if (regionPage === undefined && slots.length > 0) regionPage = slots.reduce((a, b) => (a < b ? a : b));
    ran.push(init.name);
  }
  return { memory, ran, ...(regionPage === undefined ? {} : { regionPage }), ...(allocated ? { allocated } : {}) };
}

/** How the path a trace shows ended; `wrongReturn`: at a return to an address no call put on the stack, the procedure's or a routine's it called. */
function ended(trace: Trace, wrongReturn: boolean): string {
  const last = trace.at(-1);
  const call = last?.events.find((e) => e.kind === 'call' && findService(e.name)?.semantics?.noReturn);
  if (call?.kind === 'call') return call.name === 'Fatal_Error_Handler' ? 'fatal error handler' : `ended in ${call.name}`;
  return wrongReturn ? 'returned to a wrong address' : 'returned';
}

export function runVmmEntry(vxd: VxdProgram, entry: EntryPoint, scenario: Pick<Scenario, 'windows'>, budget: RunBudget, document: string, witness?: Readonly<Record<string, string>>): ModelRun {
  const windows = scenario.windows ?? { version: '95' as const, registers: {} };
  const version = WINDOWS_TARGETS[windows.version];
  const prelude = initialise(vxd, entry, version, budget);
  const inputs = witness && readWitness(witness, vxd.program, x86Register, X86_INPUT_NAMES);
  const held = heldPages(prelude.allocated);
  const region = windows.freePhysicalRegion;
  const firstPage = prelude.regionPage ?? DEFAULT_REGION_PAGE;
  const present = new Set(region?.present ?? []);
  const slots = Array.from({ length: region?.pages ?? 0 }, (_, i) => (present.has(i) ? (REGION_FRAMES + BigInt(i)) << 12n : 0n));
  const registers: Partial<Record<X86Reg32, bigint>> = Object.fromEntries(Object.entries(windows.registers).map(([r, v]) => [r, BigInt(v)]));
  for (const [r, v] of inputs?.registers ?? []) registers[r as X86Reg32] = v;
  const input: VmmScenario = {
    version, phase: vmmEntryPhases(vxd.program, entry), macroCalls: vxd.vmmCalls, budget, registers,
    memory: [...prelude.memory, ...(inputs?.memory ?? [])],
    freeList: freePages(windows.freePages ?? DEFAULT_FREE_PAGES).filter((ppn) => !held.has(ppn)),
    ...(prelude.allocated ? { allocated: prelude.allocated } : {}),
    ...(region ? { regions: [{ firstPage, slots }] } : {}),
    ...(inputs ? { inputs: inputs.given } : {}),
  };
  const run = runVmmScenario(vxd.program, entry.name, input);
  const trace = run.traces[0] ?? stoppedTrace(run.incomplete) ?? [];
  const initial: VmmPages = {
    objects: prelude.allocated?.objects ?? new Map(), freeList: input.freeList ?? [], device: [],
    slots: new Map(slots.map((phys, i) => [firstPage + BigInt(i), { region: firstPage.toString(16), phys, fixed: false }])),
  };
  const final = run.finalStates[0] ?? initial;
  const universe = [...new Set([...vmmPages(initial), ...vmmPages(final)])];
  const before = vmmPageMap(initial, universe);
  const after = vmmPageMap(final, universe);
  const steps = stepViews(trace, document, inputs?.given);
  const notes = [
    ...(prelude.ran.length > 0 ? [`Ran ${prelude.ran.join(', ')} first: this starts from the data the VxD's initialisation left`] : []),
    ...(inputs ? witnessNotes(inputs) : []),
  ];
  return { steps: withNotes(steps, notes), before, after, moved: movedPages(before, after), ended: runEnded(run.traces.length > 0 ? ended(trace, run.wrongReturns[0] === true) : undefined, run.incomplete), findings: run.findings };
}
