import type { Finding, Program } from '../../../emulator/src/index.js';
import type { PageMapView, StepView } from './protocol.js';

// What running an entry in either model comes back as, before it becomes a
// RunHandlerResult, and the inputs a finding's witness can set.

export interface ModelRun {
  readonly steps: readonly StepView[];
  readonly before: PageMapView;
  readonly after: PageMapView;
  readonly moved: readonly number[];
  readonly ended: string;
  readonly findings: readonly Finding[];
}

export interface RunBudget {
  readonly steps: number;
  readonly paths: number;
  readonly time: number;
}

export interface WitnessInputs {
  /** By the model's register name (eax, r3). */
  readonly registers: ReadonlyMap<string, bigint>;
  /** Memory at entry, 1, 2 or 4 bytes at a time. */
  readonly memory: readonly { readonly address: bigint; readonly bytes: 1 | 2 | 4; readonly value: bigint }[];
  /**
   * Symbols the run makes as it goes (a service's result at its n-th call,
   * an SWI's outcome, a port read), given to the emulator by name so that
   * its calls return what the finding's path needed.
   */
  readonly given: ReadonlyMap<string, bigint>;
  /** Inputs the run keeps its own values for (the stack, memory at an address that is not a label). */
  readonly ignored: readonly string[];
}

const MEMORY_INPUT = /^mem(8|16|32)\[([^\]+]+)(?:\+(\d+))?\]$/;
/** The engine names a symbol it makes as it runs `hint#n`, n counting the symbols of that hint. */
const RUN_SYMBOL = /#\d+$/;

/**
 * Reads a finding's witness (input name → hex value). Entry inputs are named
 * as the analysis names them (`esi`, `VM`, `entry.r3`); `registerName` maps
 * one to the model's register, or says the run keeps its own value (null).
 * Data is `mem32[label+offset]`; everything else is a symbol the run makes.
 */
export function readWitness(witness: Readonly<Record<string, string>>, program: Program, registerName: (name: string) => string | null | undefined): WitnessInputs {
  const registers = new Map<string, bigint>();
  const memory: { address: bigint; bytes: 1 | 2 | 4; value: bigint }[] = [];
  const given = new Map<string, bigint>();
  const ignored: string[] = [];
  for (const [name, text] of Object.entries(witness)) {
    let value: bigint;
    try {
      value = BigInt(text);
    } catch {
      throw new Error(`witness value "${text}" of ${name} is not a number (write 0x…)`);
    }
    const register = registerName(name);
    const cell = MEMORY_INPUT.exec(name);
    const memoryName = /^mem(?:8|16|32)\[/.test(name);
    const where = cell?.[2];
    const address = where === undefined ? undefined : /^0x[0-9a-f]+$/i.test(where) ? BigInt(where) : program.label(where);
    if (register) registers.set(register, value & 0xffffffffn);
    else if (register === undefined && cell && address !== undefined) {
      const bytes = (Number(cell[1]) / 8) as 1 | 2 | 4;
      memory.push({ address: address + BigInt(cell[3] ?? 0), bytes, value: value & ((1n << BigInt(bytes * 8)) - 1n) });
    } else if (register === undefined && !memoryName && RUN_SYMBOL.test(name)) given.set(name, value);
    else ignored.push(name);
  }
  return { registers, memory, given, ignored };
}

/** What a witness replay did not take over, for a note on the first step. */
export function witnessNotes(inputs: WitnessInputs): string[] {
  return inputs.ignored.length === 0 ? [] : [`Replaying the witness; the run keeps its own ${inputs.ignored.join(', ')}`];
}

/**
 * How a run ended: how the path it shows ended, and when the emulator
 * stopped before running every path (a loop over unknown input forks
 * faster than the budget allows), why. A run that ended no path is only
 * the reason it stopped.
 */
export function runEnded(shown: string | undefined, incomplete: readonly { readonly reason: string }[]): string {
  const [cut] = incomplete;
  if (!cut) return shown ?? 'did not return';
  return shown === undefined ? `stopped: ${cut.reason}` : `${shown}; not every path ran: ${cut.reason}`;
}

/** Notes about the run as a whole go on its first step. */
export function withNotes(steps: readonly StepView[], notes: readonly string[]): readonly StepView[] {
  const [first, ...rest] = steps;
  if (!first || notes.length === 0) return steps;
  return [{ ...first, events: [...notes.map((message) => ({ kind: 'note' as const, message })), ...first.events] }, ...rest];
}
