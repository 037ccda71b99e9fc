import {
  createKernel, runHandlerScenario, runRiscOsScenario, type ArmAddressMode, type EntryPoint, type Program, type RiscOsVersion,
} from '../../../emulator/src/index.js';
import { readWitness, runEnded, withNotes, witnessNotes, witnessNumber, type ModelRun, type RunBudget } from './modelRun.js';
import { kernelPageMap, movedPages } from './pageMap.js';
import type { RiscOsSetup, Scenario } from './scenario.js';
import { stepViews } from './traceView.js';

// RISC OS runs: a dynamic-area handler called by the kernel model for the
// scenario's reason (a whole resize for a handler that dispatches on R0, one
// call for code that handles a single reason), or module code run against a
// fresh kernel, whose SWIs create and resize areas and call their handlers.

export interface RiscOsProgram {
  readonly program: Program;
  readonly mode: ArmAddressMode;
  /** The RISC OS the code targets: the kernel model behaves as that version. */
  readonly version: RiscOsVersion;
}

/** The analysis names entry registers `entry.r3`, module code's stack pointer `sp`. */
const codeRegister = (name: string): string | null | undefined =>
  name === 'sp' ? null : /^(?:entry\.)?(r(?:[0-9]|1[0-2]))$/.exec(name)?.[1];

/**
 * A handler's analysis names what the kernel passes for the reason (spec
 * B.6): those registers take the witness's values. The stack, workspace and
 * page block stay where the kernel put them: the path rests on their
 * alignment, not on where they are. The null page block stays the kernel's
 * own pinned 0, which PW307 follows through copies.
 */
const HANDLER_INPUTS: Readonly<Record<string, string | null>> = {
  reason: 'r0', 'R1(null page block)': null, wanted: 'r3', shrunk: 'r3', size: 'r4', pageBlock: null, workspace: null,
};
const handlerRegister = (name: string): string | null | undefined => (Object.hasOwn(HANDLER_INPUTS, name) ? HANDLER_INPUTS[name] : codeRegister(name));

/**
 * The names the RISC OS analyses give the inputs of a handler, a page
 * service handler and module code (spec B.6; `symbolicServiceEntry`); a
 * witness of one may name any of them, since module code reaches handlers.
 */
const INPUT_NAMES = [...Object.keys(HANDLER_INPUTS), 'sp', ...Array.from({ length: 13 }, (_, r) => `entry.r${r}`), 'entries', 'service', 'privateWord', 'oldBlock', 'newBlock'];

function registersWith(base: Readonly<Record<number, number>>, registers: ReadonlyMap<string, bigint> | undefined): Record<number, number> {
  const out: Record<number, number> = { ...base };
  for (const [name, value] of registers ?? []) out[Number(name.slice(1))] = Number(value);
  return out;
}

/** A number the witness gives an input the run does not take as a register, and the rest of the witness. */
function takeInput(witness: Readonly<Record<string, string>> | undefined, name: string): { readonly value?: number; readonly rest?: Readonly<Record<string, string>> } {
  if (!witness) return {};
  const { [name]: text, ...rest } = witness;
  if (text === undefined) return { rest };
  return { value: Number(witnessNumber(name, text)), rest };
}

/**
 * A PreGrow/PostGrow's page count (R2) is one input of its analysis; the
 * replay grows by that many pages, so the kernel passes the R3 and page
 * block that go with it.
 */
const ENTRIES_INPUT = 'entries';
/** A service handler's finding names the page service it was found for. */
const SERVICE_INPUT = 'service';
const PAGES_UNSAFE = 0x8e;

/** The reasons of a whole resize (spec B.6), by what their R3 and R4 say of it. */
const GROWING = new Set([0, 1]);
const AFTER = new Set([1, 3]);

/**
 * In a whole resize the kernel works out R3 (the bytes the resize moves) and
 * R4 (the area's size) from the area and the change: a witness's values of
 * them are the area and change the kernel starts from, so that the kernel's
 * calls and the page maps show the handler's inputs. Values no kernel passes
 * (not whole pages, an area outside 0 to the scenario's maximum size
 * before or after, an R3 that is not R2's pages) stay registers of the
 * call the witness is about.
 */
function witnessResize(reason: number, registers: ReadonlyMap<string, bigint> | undefined, setup: RiscOsSetup, pages: number | undefined):
  { readonly setup: RiscOsSetup; readonly change: number; readonly registers: ReadonlyMap<string, bigint> } | undefined {
  const r3 = registers?.get('r3');
  const r4 = registers?.get('r4');
  if (reason > 3 || (r3 === undefined && r4 === undefined)) return undefined;
  const { pageSize } = setup;
  const bytes = r3 === undefined ? Math.abs(pages ?? setup.change ?? 1) * pageSize : Number(r3);
  const moved = GROWING.has(reason) ? bytes : -bytes;
  const size = r4 === undefined ? setup.area.size : Number(r4) - (AFTER.has(reason) ? moved : 0);
  const whole = (n: number): boolean => n % pageSize === 0;
  const fits = (n: number): boolean => n >= 0 && n <= setup.area.maxSize;
  if (bytes === 0 || !whole(bytes) || !whole(size) || !fits(size) || !fits(size + moved)) return undefined;
  if (pages !== undefined && r3 !== undefined && bytes !== pages * pageSize) return undefined;
  const rest = new Map([...registers ?? []].filter(([name]) => name !== 'r3' && name !== 'r4'));
  return { setup: { ...setup, area: { ...setup.area, size } }, change: moved / pageSize, registers: rest };
}

export function runRiscOsHandler(code: RiscOsProgram, entry: EntryPoint, scenario: Pick<Scenario, 'reason' | 'riscos'>, budget: RunBudget, document: string, witness?: Readonly<Record<string, string>>): ModelRun {
  const setup = scenario.riscos ?? { area: { flags: 0, size: 0, maxSize: 64 * 4096 }, reservedPages: [], otherAreaPages: [], pageSize: 4096, registers: {} };
  const { value: pages, rest } = takeInput(witness, ENTRIES_INPUT);
  const inputs = rest && readWitness(rest, code.program, handlerRegister, INPUT_NAMES);
  const reason = scenario.reason ?? 0;
  const resize = entry.contract.kind === 'da-handler';
  const replayed = resize ? witnessResize(reason, inputs?.registers, setup, pages) : undefined;
  const riscos = replayed?.setup ?? setup;
  const change = replayed?.change ?? pages ?? riscos.change;
  const run = runHandlerScenario(code.program, entry.address, {
    reason,
    resize,
    area: riscos.area,
    ...(change === undefined ? {} : { change }),
    ...(riscos.freePool === undefined ? {} : { freePool: riscos.freePool }),
    reserved: riscos.reservedPages,
    otherAreaPages: riscos.otherAreaPages,
    pageSize: riscos.pageSize,
    registers: registersWith(riscos.registers, replayed?.registers ?? inputs?.registers),
    ...(inputs ? { memory: inputs.memory, inputs: inputs.given } : {}),
    mode: code.mode,
    version: code.version,
    budget,
  });
  const before = kernelPageMap(run.before, [run.area]);
  const after = kernelPageMap(run.after, [run.area]);
  const ended = runEnded(run.returned ? (run.error ? `returned; the kernel: ${run.error}` : 'returned') : undefined, run.incomplete);
  const notes = inputs ? witnessNotes(inputs) : [];
  return { steps: withNotes(stepViews(run.trace, document, inputs?.given), notes), before, after, moved: movedPages(before, after), ended, findings: run.findings };
}

export function runRiscOsCode(code: RiscOsProgram, entry: EntryPoint, budget: RunBudget, document: string, witness?: Readonly<Record<string, string>>): ModelRun {
  // A service handler's witness: the page service, and the count that goes in its R3 (&8E) or R2 (&8F).
  const { value: service, rest: afterService } = takeInput(witness, SERVICE_INPUT);
  const { value: count, rest } = service === undefined ? { rest: afterService } : takeInput(afterService, ENTRIES_INPUT);
  const inputs = rest && readWitness(rest, code.program, codeRegister, INPUT_NAMES);
  const kernel = createKernel({ version: code.version });
  const counted = count === undefined || service === undefined ? {} : { [service === PAGES_UNSAFE ? 3 : 2]: count };
  const run = runRiscOsScenario(code.program, entry.address, {
    kernel, mode: code.mode, budget, registers: registersWith(counted, inputs?.registers),
    ...(service === undefined ? {} : { pageService: service }),
    ...(inputs ? { memory: inputs.memory, inputs: inputs.given } : {}),
    moduleCode: entry.contract.kind === 'module-entry' || entry.contract.kind === 'swi-handler',
  });
  const before = kernelPageMap(kernel);
  const after = kernelPageMap(run.kernel);
  const ends: Record<string, string> = { return: 'returned', exit: 'error handler', fault: 'fault' };
  const ended = runEnded(run.end && (ends[run.end.kind] ?? run.end.kind), run.incomplete);
  const notes = inputs ? witnessNotes(inputs) : [];
  return { steps: withNotes(stepViews(run.trace, document, inputs?.given), notes), before, after, moved: movedPages(before, after), ended, findings: run.findings };
}
