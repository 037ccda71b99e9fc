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
  /** Dwords in memory. */
  readonly memory: readonly { readonly address: bigint; readonly value: bigint }[];
  /** Inputs a concrete run decides itself (service results, SWI outcomes): the scenario's state does that. */
  readonly ignored: readonly string[];
}

const MEMORY_INPUT = /^mem32\[([^\]+]+)(?:\+(\d+))?\]$/;

/**
 * Reads a finding's witness (input name → hex value). Register inputs are
 * named as the analysis names them (`esi`, `entry.r3`), writable data as
 * `mem32[label+offset]`; `registerName` maps a name to the model's register.
 */
export function readWitness(witness: Readonly<Record<string, string>>, program: Program, registerName: (name: string) => string | undefined): WitnessInputs {
  const registers = new Map<string, bigint>();
  const memory: { address: bigint; value: bigint }[] = [];
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
    const address = cell?.[1] === undefined ? undefined : /^0x[0-9a-f]+$/i.test(cell[1]) ? BigInt(cell[1]) : program.label(cell[1]);
    if (register !== undefined) registers.set(register, value & 0xffffffffn);
    else if (cell && address !== undefined) memory.push({ address: address + BigInt(cell[2] ?? 0), value: value & 0xffffffffn });
    else ignored.push(name);
  }
  return { registers, memory, ignored };
}

/** What a witness replay did not take over, for a note on the first step. */
export function witnessNotes(inputs: WitnessInputs): string[] {
  return inputs.ignored.length === 0 ? [] : [`Replaying the witness; the scenario decides ${inputs.ignored.join(', ')} itself`];
}

/** Notes about the run as a whole go on its first step. */
export function withNotes(steps: readonly StepView[], notes: readonly string[]): readonly StepView[] {
  const [first, ...rest] = steps;
  if (!first || notes.length === 0) return steps;
  return [{ ...first, events: [...notes.map((message) => ({ kind: 'note' as const, message })), ...first.events] }, ...rest];
}
