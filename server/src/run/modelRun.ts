import { nearestNames, readableText, type Finding, type Program } from '../../../emulator/src/index.js';
import type { PageMapView, StepView } from './protocol.js';
import { RunError } from './runError.js';

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
  readonly given: GivenInputs;
  /** Inputs the run keeps its own values for (the stack, memory at an address that is not a label). */
  readonly ignored: readonly string[];
}

/** The witness's run symbols; the run asks for each symbol it makes by name, and the names asked are kept. */
class GivenInputs extends Map<string, bigint> {
  readonly asked = new Set<string>();

  override get(name: string): bigint | undefined {
    this.asked.add(name);
    return super.get(name);
  }
}

/** A witness value: a number as check --format json prints it (`0xFFFFFFFF`). */
export function witnessNumber(name: string, text: string): bigint {
  try {
    if (/\S/.test(text)) return BigInt(text);
  } catch {
    // Reported below, with how to write it.
  }
  const written = /^[0-9a-f]+$/i.test(text) ? `"0x${text}"` : '"0x…"';
  throw new RunError(`witness value "${text}" of ${name} is not a number; write it in hex with 0x, as check --format json prints it (${written})`);
}

const MEMORY_INPUT = /^mem(8|16|32)\[([^\]+]+)(?:\+(\d+))?\]$/;
/** The engine names a symbol it makes as it runs `hint#n`, n counting the symbols of that hint. */
const RUN_SYMBOL = /#\d+$/;
/**
 * What the analysis makes where it stops unrolling a loop (`loop.r8#0`, a
 * register's value after some passes): a concrete run goes round the loop
 * itself and never makes one, so it keeps its own value.
 */
const WIDENED = /^loop\./;

/** How many of the names a run has a message lists. */
const NAMES_LISTED = 5;

/**
 * Reads a finding's witness (input name → hex value). Entry inputs are named
 * as the analysis names them (`esi`, `VM`, `entry.r3`); `registerName` maps
 * one to the model's register, or says the run keeps its own value (null).
 * Data is `mem32[label+offset]`; everything else is a symbol the run makes.
 * Where the entry's analysis names its inputs from a known set, `inputs`
 * holds it: any other name that is not a run symbol (a typo of `reason`)
 * is a RunError, as an unmade run symbol is, for the same reason.
 */
export function readWitness(
  witness: Readonly<Record<string, string>>, program: Program, registerName: (name: string) => string | null | undefined, inputs?: readonly string[],
): WitnessInputs {
  const unknown = inputs && Object.keys(witness).filter((name) =>
    registerName(name) === undefined && !inputs.includes(name) && !/^mem(?:8|16|32)\[/.test(name) && !WIDENED.test(name) && !RUN_SYMBOL.test(name));
  if (unknown && unknown.length > 0) {
    const nearest = nearestNames(unknown[0] ?? '', inputs, NAMES_LISTED, Number.POSITIVE_INFINITY);
    throw new RunError(`The witness names ${unknown.join(', ')}, which is no input of this run; the nearest it takes are ${nearest.join(', ')}`);
  }
  const registers = new Map<string, bigint>();
  const memory: { address: bigint; bytes: 1 | 2 | 4; value: bigint }[] = [];
  const given = new GivenInputs();
  const ignored: string[] = [];
  for (const [name, text] of Object.entries(witness)) {
    const value = witnessNumber(name, text);
    const register = registerName(name);
    const cell = MEMORY_INPUT.exec(name);
    const memoryName = /^mem(?:8|16|32)\[/.test(name);
    const where = cell?.[2];
    const address = where === undefined ? undefined : /^0x[0-9a-f]+$/i.test(where) ? BigInt(where) : program.label(where);
    if (register) registers.set(register, value & 0xffffffffn);
    else if (register === undefined && cell && address !== undefined) {
      const bytes = (Number(cell[1]) / 8) as 1 | 2 | 4;
      memory.push({ address: address + BigInt(cell[3] ?? 0), bytes, value: value & ((1n << BigInt(bytes * 8)) - 1n) });
    } else if (register === undefined && !memoryName && !WIDENED.test(name) && RUN_SYMBOL.test(name)) given.set(name, value);
    else ignored.push(name);
  }
  return { registers, memory, given, ignored };
}

/**
 * What a witness replay did not take over, for a note on the first step;
 * called once the run is over. A run symbol the run never made (a typo, an
 * occurrence `#n` the entry does not reach) is a RunError: replayed without
 * it, the run would look like proof that the finding is gone.
 */
export function witnessNotes(inputs: WitnessInputs): string[] {
  const unmade = [...inputs.given.keys()].filter((name) => !inputs.given.asked.has(name));
  if (unmade.length > 0) {
    const made = [...inputs.given.asked].filter((name) => RUN_SYMBOL.test(name));
    // Those nearest the first unmade name: the one meant is likely among them.
    const nearest = nearestNames(unmade[0] ?? '', made, NAMES_LISTED, Number.POSITIVE_INFINITY);
    const listed = made.length > nearest.length ? `the nearest it makes (of ${made.length}) are ${nearest.join(', ')}` : `it makes ${nearest.join(', ')}`;
    throw new RunError(`The witness names ${unmade.join(', ')}, which this run does not make${made.length > 0 ? `; ${listed}` : ''}`);
  }
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
  // The reason can quote a line with its variables substituted, a byte that is not UTF-8 in it.
  if (!cut) return readableText(shown ?? 'did not return');
  return readableText(shown === undefined ? `stopped: ${cut.reason}` : `${shown}; not every path ran: ${cut.reason}`);
}

/** Notes about the run as a whole go on its first step. */
export function withNotes(steps: readonly StepView[], notes: readonly string[]): readonly StepView[] {
  const [first, ...rest] = steps;
  if (!first || notes.length === 0) return steps;
  return [{ ...first, events: [...notes.map((message) => ({ kind: 'note' as const, message: readableText(message) })), ...first.events] }, ...rest];
}
