import {
  createKernel, runHandlerScenario, runRiscOsScenario, type ArmAddressMode, type EntryPoint, type Program, type RiscOsVersion,
} from '../../../emulator/src/index.js';
import { readWitness, runEnded, withNotes, witnessNotes, type ModelRun, type RunBudget } from './modelRun.js';
import { kernelPageMap, movedPages } from './pageMap.js';
import type { Scenario } from './scenario.js';
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
  try {
    return { value: Number(BigInt(text)), rest };
  } catch {
    throw new Error(`witness value "${text}" of ${name} is not a number (write 0x…)`);
  }
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

export function runRiscOsHandler(code: RiscOsProgram, entry: EntryPoint, scenario: Pick<Scenario, 'reason' | 'riscos'>, budget: RunBudget, document: string, witness?: Readonly<Record<string, string>>): ModelRun {
  const riscos = scenario.riscos ?? { area: { flags: 0, size: 0, maxSize: 64 * 4096 }, reservedPages: [], otherAreaPages: [], pageSize: 4096, registers: {} };
  const { value: pages, rest } = takeInput(witness, ENTRIES_INPUT);
  const inputs = rest && readWitness(rest, code.program, handlerRegister);
  const change = pages ?? riscos.change;
  const run = runHandlerScenario(code.program, entry.address, {
    reason: scenario.reason ?? 0,
    resize: entry.contract.kind === 'da-handler',
    area: riscos.area,
    ...(change === undefined ? {} : { change }),
    ...(riscos.freePool === undefined ? {} : { freePool: riscos.freePool }),
    reserved: riscos.reservedPages,
    otherAreaPages: riscos.otherAreaPages,
    pageSize: riscos.pageSize,
    registers: registersWith(riscos.registers, inputs?.registers),
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
  const inputs = rest && readWitness(rest, code.program, codeRegister);
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
