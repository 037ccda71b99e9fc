import type { EntryPoint, Finding, PathNote, Position, Program, Range } from '../../../emulator/src/index.js';
import type { BuildChoice, OtherBuilds } from '../lowering/riscos/types.js';

// A program some of whose code is one of several arms the text cannot tell
// apart is analysed as each build (`OtherBuilds`). Each arm of an IF or
// CASE whose condition is not known is code some run of the program
// assembles; which arms of two such IFs go together is what is not known
// (two IFs of one `debug%`). So a finding holds where every build has it,
// or every build that takes one arm of one IF or CASE, whatever they take
// at the others: then it holds when that IF takes that arm, which a note
// at the arm says. An entry only the builds that take two arms together
// have (a handler assembled under one IF, passed under another) exists in
// no other run: what all of them find holds wherever it is installed, with
// a note at each arm. Builds BASIC cannot assemble are left out before (see
// `lowerBbcBasic.ts`); where only some combinations were lowered (too
// many), only what every build has holds, as the builds that take one arm
// are not all there.
//
// Every build has a finding when it makes it with the same check saying the
// same at the same place (one return may change R1 in one build and R7 in
// another), or at the place in its own arm of an IF or CASE that the first
// build's lies in another arm of (a 26-bit and a 32-bit return, each in its
// arm, that both return with R4 changed by the code they share). The path
// notes are those of the first build that has it: they may point into the
// arms it assembles, which is where its path runs; a note names each place
// in another arm. `pagewarden run` runs the first build, so a finding it
// does not make has no witness to replay.

/** What a finding says, wherever it is. */
const said = (f: Finding): string => JSON.stringify([f.code, f.file, f.message, f.lines]);

/** What a finding says, and where. */
const sayingAt = (f: Finding, at: Position): string => `${said(f)}@${at.line}:${at.character}`;

const samePosition = (a: Position, b: Position): boolean => a.line === b.line && a.character === b.character;

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

const inside = (p: Position, r: Range): boolean => !before(p, r.start) && before(p, r.end);

/** Whether `a` and `b` lie in two arms of one IF or CASE of `arms` (where each one's arms are). */
function inOtherArms(a: Position, b: Position, arms: readonly (readonly Range[])[]): boolean {
  return arms.some((choice) => {
    const i = choice.findIndex((arm) => inside(a, arm));
    const j = choice.findIndex((arm) => inside(b, arm));
    return i >= 0 && j >= 0 && i !== j;
  });
}

const ELSEWHERE = 'and here, in the builds that assemble this arm instead';

/** The findings of `first` that every one of `others` has, at the same place or in another arm of `arms` (see above). */
function inEveryBuild(first: readonly Finding[], others: readonly (readonly Finding[])[], arms: readonly (readonly Range[])[]): Finding[] {
  const byWhat = others.map((findings) => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) map.set(said(f), [...map.get(said(f)) ?? [], f]);
    return map;
  });
  return first.flatMap((f) => {
    const notes: PathNote[] = [...f.notes];
    for (const alike of byWhat.map((map) => map.get(said(f)) ?? [])) {
      if (alike.some((g) => samePosition(g.range.start, f.range.start))) continue;
      const elsewhere = alike.filter((g) => inOtherArms(f.range.start, g.range.start, arms));
      if (elsewhere.length === 0) return [];
      for (const g of elsewhere) {
        if (!notes.some((n) => n.message === ELSEWHERE && samePosition(n.range.start, g.range.start))) notes.push({ range: g.range, message: ELSEWHERE });
      }
    }
    return [notes.length === f.notes.length ? f : { ...f, notes }];
  });
}

/** The builds that take one arm of one IF or CASE (by their indexes, the first build's 0), and the note that says so. */
interface ArmBuilds {
  readonly builds: readonly number[];
  readonly note: PathNote;
}

/** Builds whose findings are compared together (by their indexes), and the notes at the arms they all take. */
interface BuildGroup {
  readonly builds: readonly number[];
  readonly notes: readonly PathNote[];
}

/** The builds of a program as its findings are compared: where the arms of each IF and CASE are, and the builds that take each arm. */
export interface BuildComparison {
  readonly arms: readonly (readonly Range[])[];
  readonly armBuilds: readonly ArmBuilds[];
}

/** The note at an arm (or, for a missing ELSE or OTHERWISE, at its IF or CASE) that a finding holds in the builds that take it. */
function armNote(choice: BuildChoice, arm: number): PathNote {
  const lines = choice.arms[arm];
  if (lines) return { range: lines, message: `found when the ${choice.kind} assembles this arm: its ${choice.kind === 'IF' ? 'condition' : 'selector'} is not known here` };
  const range = choice.source.range;
  return choice.kind === 'IF'
    ? { range, message: 'found when this IF\'s condition is FALSE, and it assembles nothing: its condition is not known here' }
    : { range, message: 'found when no WHEN of this CASE matches: its selector is not known here' };
}

/** How the findings of the builds of `builds` (none: one build) are compared. */
export function buildComparison(builds: OtherBuilds | undefined): BuildComparison {
  const arms = (builds?.choices ?? []).map((c) => c.arms.filter((arm) => arm !== undefined));
  if (!builds || builds.partial) return { arms, armBuilds: [] };
  const count = builds.lowerings.length + 1;
  // A loop's runs are not arms one run of the program takes: what only the builds of one count find is not reported.
  const armBuilds = builds.choices.flatMap((choice, c) => (choice.kind === 'LOOP' ? [] : choice.arms).flatMap((_, arm) => {
    const taking = builds.taken.flatMap((taken, b) => (taken.get(c) === arm ? [b] : []));
    // Every build taking the arm is every build: what they all find holds whatever the condition.
    return taking.length === 0 || taking.length === count ? [] : [{ builds: taking, note: armNote(choice, arm) }];
  }));
  return { arms, armBuilds };
}

const subset = (a: readonly number[], b: readonly number[]): boolean => a.every((x) => b.includes(x));

const strictSubset = (a: readonly number[], b: readonly number[]): boolean => a.length < b.length && subset(a, b);

/**
 * The builds that have an entry (`there`) as a group of their own, where
 * they are every build that takes two or more arms together and no one
 * arm's (a handler assembled under one IF, passed to OS_DynamicArea under
 * another): the arms each of those builds takes, and no others, are what
 * the entry exists under, so what all of them find holds when both IFs
 * take those arms, which a note at each says.
 */
function armsTogether(there: readonly number[], count: number, armBuilds: readonly ArmBuilds[]): BuildGroup | undefined {
  if (there.length === 0 || there.length === count) return undefined;
  const common = armBuilds.filter((arm) => subset(there, arm.builds));
  if (common.length < 2 || common.some((arm) => arm.builds.length === there.length)) return undefined;
  const together = [...Array(count).keys()].filter((b) => common.every((arm) => arm.builds.includes(b)));
  return together.length === there.length ? { builds: there, notes: common.map((arm) => arm.note) } : undefined;
}

/** `f` without its witness, for a finding the first build does not make. */
function withoutWitness(f: Finding): Finding {
  const rest = { ...f };
  delete rest.witness;
  return rest;
}

/** Whether every build of `found` has the entry (see `holdingFindings`). */
const allThere = (found: readonly (readonly Finding[] | undefined)[]): found is readonly (readonly Finding[])[] => found.every((f) => f !== undefined);

/**
 * The findings that hold, of those each build made (`found`, the first
 * build's first; undefined for a build that has no such entry): those every
 * build has, then those every build that takes one arm of one IF or CASE
 * has at the same place, with a note at each such arm (not one whose
 * builds are some of another such arm's), or every build that has the
 * entry, where those are the builds that take two arms together (see
 * `armsTogether`), with a note at each.
 */
export function holdingFindings(found: readonly (readonly Finding[] | undefined)[], comparison: BuildComparison): Finding[] {
  const [first = [], ...others] = found;
  const everywhere = allThere(others) ? inEveryBuild(first, others, comparison.arms) : [];
  const covered = new Set(everywhere.flatMap((f) => [f.range.start, ...f.notes.filter((n) => n.message === ELSEWHERE).map((n) => n.range.start)].map((at) => sayingAt(f, at))));
  const inArms = new Map<string, { finding: Finding; fromFirst: boolean; readonly arms: BuildGroup[] }>();
  const together = armsTogether(found.flatMap((f, b) => (f === undefined ? [] : [b])), found.length, comparison.armBuilds);
  const groups: BuildGroup[] = [...comparison.armBuilds.map(({ builds, note }) => ({ builds, notes: [note] })), ...(together ? [together] : [])];
  for (const arm of groups) {
    const [firstTaking, ...rest] = arm.builds.map((b) => found[b]);
    if (!firstTaking || !allThere(rest)) continue;
    const fromFirst = arm.builds[0] === 0;
    for (const f of inEveryBuild(firstTaking, rest, [])) {
      const key = sayingAt(f, f.range.start);
      if (covered.has(key)) continue;
      const known = inArms.get(key);
      if (!known) inArms.set(key, { finding: fromFirst ? f : withoutWitness(f), fromFirst, arms: [arm] });
      else {
        known.arms.push(arm);
        if (fromFirst && !known.fromFirst) {
          known.finding = f;
          known.fromFirst = true;
        }
      }
    }
  }
  return [...everywhere, ...[...inArms.values()].map(({ finding, arms }) => {
    const widest = arms.filter((a) => !arms.some((b) => strictSubset(a.builds, b.builds)));
    return { ...finding, notes: [...finding.notes, ...widest.flatMap((a) => a.notes)] };
  })];
}

/** What an entry is in every build that has it: its name, kind and reason. */
export const entryIdentity = (entry: EntryPoint): string => {
  const { contract } = entry;
  return `${entry.name}|${contract.kind}|${contract.kind === 'da-handler-reason' ? contract.reason : ''}`;
};

/** An entry's identity with its label's name as BASIC's variable has it: `h` for `h#2`, the label of the second definition of `h`. */
const variableIdentity = (entry: EntryPoint): string => entryIdentity({ ...entry, name: entry.name.replace(/#\d+$/, '') });

/**
 * An entry as the lines it runs: its label's BASIC variable and where the
 * label stands, so that the label a loop's second run assembles again
 * (`h#2` at `.h`) is the first run's entry, whose findings it would make
 * again, under another name.
 */
export const codeIdentity = (entry: EntryPoint): string => {
  const { file, range: { start } } = entry.source;
  return `${variableIdentity(entry)}@${file}:${start.line}:${start.character}`;
};

/**
 * The entry of `program` that is `entry` of another build: the same name,
 * kind and reason; else the one entry whose label is the same BASIC
 * variable's, defined a number of times another build does not (`h#2`,
 * where a loop that runs twice assembles `.h` twice, is `h` of the build
 * that runs it once); undefined when it has none.
 */
export function sameEntryIn(program: Program): (entry: EntryPoint) => EntryPoint | undefined {
  const entries = new Map(program.entries.map((e) => [entryIdentity(e), e]));
  const byVariable = new Map<string, EntryPoint | null>();
  for (const e of program.entries) byVariable.set(variableIdentity(e), byVariable.has(variableIdentity(e)) ? null : e);
  return (entry) => entries.get(entryIdentity(entry)) ?? byVariable.get(variableIdentity(entry)) ?? undefined;
}
