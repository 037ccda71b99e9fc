import type { BuildChoice } from '../riscos/types.js';

// BASIC assembles one arm of an IF or CASE in a run, and where the pass
// cannot tell which, each combination of arms is a build of the program of
// its own: laid out one after the other, the arms would make code no build
// holds (a second page-block loop run after the first). A build is named by
// the arm each such IF or CASE takes, in the order a pass meets them, which
// is the same in every pass of one build (a condition the pass knows reads
// only constants and variables set from them, never a label). A loop of
// unknown runs around assembler is such a choice too: its code assembled
// once, or twice, the second copy after the first (see `BasicPass.runsChosen`).

/** Which arm each choice takes: listed in the order the choices are met (a choice past the list takes its first), or the same arm everywhere (its last where it has fewer). */
export type Build = { readonly taken: readonly number[] } | { readonly everywhere: number };

/** An IF or CASE of unknown condition whose arms assemble code (a missing ELSE or OTHERWISE is an arm with no lines), or a loop of unknown runs around assembler, whose arms are one run and two. */
export type Choice = BuildChoice;

/**
 * The arms one pass of a build takes, and the choices it met. A loop whose
 * lines hold an IF or CASE is a choice where `loopArms` says so: its runs
 * and its arms' together make builds the limit may not hold, and read once
 * its arms stand for what its runs assemble. Read once, it is read as the
 * choice's first arm is, one run: a build that takes that arm of every
 * such loop is the build that reads them once (see `readOnce`).
 */
export class Choices {
  private readonly metHere: Choice[] = [];
  private readonly takenHere: number[] = [];
  /** The indexes in `met` of the loops whose lines hold an IF or CASE. */
  private readonly armedHere: number[] = [];

  constructor(private readonly build: Build, private readonly loopArms: boolean) {}

  get met(): readonly Choice[] {
    return this.metHere;
  }

  /** The indexes in `met` of the loops whose lines hold an IF or CASE. */
  get armedLoops(): readonly number[] {
    return this.armedHere;
  }

  /** The runs, one or two, the build makes of a loop of unknown runs at `choice`, whose lines hold an IF or CASE where `armed`; one, and no choice, where such a loop is read once. */
  runs(choice: Choice, armed: boolean): number {
    if (armed && !this.loopArms) return 1;
    if (armed) this.armedHere.push(this.metHere.length);
    return this.choose([1, 2], choice);
  }

  /** The index of the arm taken at each of `met`. */
  get taken(): readonly number[] {
    return this.takenHere;
  }

  /** The one of `arms` the build takes at the next choice, `choice` (which says where they are). */
  choose<T>(arms: readonly T[], choice: Choice): T {
    const wanted = 'everywhere' in this.build ? this.build.everywhere : this.build.taken[this.metHere.length] ?? 0;
    const index = Math.min(wanted, arms.length - 1);
    this.metHere.push(choice);
    this.takenHere.push(index);
    return arms[index] as T;
  }
}

/**
 * The build a build that made loops whose lines hold an IF or CASE choices
 * (at `armed`, indexes in `met`) is where those are read once: the same
 * choices and arms without those loops, where it ran each of them once;
 * else undefined.
 */
export function readOnce(met: readonly Choice[], taken: readonly number[], armed: readonly number[]): { readonly met: readonly Choice[]; readonly taken: readonly number[] } | undefined {
  if (armed.some((j) => taken[j] !== 0)) return undefined;
  const kept = (_: unknown, j: number): boolean => !armed.includes(j);
  return { met: met.filter(kept), taken: taken.filter(kept) };
}

/**
 * The build after `taken` in depth-first order, given the choices its
 * lowering met: the last choice that has an arm after the one taken takes
 * that arm, and those after it (which may be other choices, nested in the
 * new arm) their first. Undefined after the last build.
 */
export function nextBuild(taken: readonly number[], met: readonly Choice[]): number[] | undefined {
  for (let j = met.length - 1; j >= 0; j--) {
    const arm = taken[j] ?? 0;
    if (arm + 1 < (met[j] as Choice).arms.length) return [...met.slice(0, j).map((_, i) => taken[i] ?? 0), arm + 1];
  }
  return undefined;
}
