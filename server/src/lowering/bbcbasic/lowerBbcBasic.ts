import type { Tree } from 'web-tree-sitter';
import { Program, sameLabels, type ArmInstruction, type SourceSpan } from '../../../../emulator/src/index.js';
import { discoverEntries } from '../riscos/entryPoints.js';
import type { RiscOsLowering } from '../riscos/types.js';
import { basicNameCheck } from './basicNames.js';
import { Choices, nextBuild, readOnce, type Build, type Choice } from './builds.js';
import { BasicPass, type BasicPassResult } from './pass.js';
import { programFacts, type ProgramFacts } from './programFacts.js';
import { markStoredData } from './storedData.js';
import type { BbcBasicLoweringOptions } from './types.js';
import { SyntaxTrees } from '../syntaxTrees.js';
import type { SyntaxNode } from '../syntaxNode.js';
import { stopIfCancelled } from '../cancellation.js';

// The entry point: a riscos-bbcbasic tree in, the ARM program IR of its
// assembler blocks out, with the handlers its SYS calls create areas with
// and the pages they reserve; where BASIC assembles one arm of several it
// cannot tell apart, the program as each combination of arms builds it.

const MAX_PASSES = 4;

/** The most combinations of arms lowered each as a build; a program of more is lowered as the builds that take the same arm everywhere. */
const MAX_BUILDS = 8;

const settled = (a: BasicPassResult, b: BasicPassResult): boolean => sameLabels(a.layout.labels, b.layout.labels);

/**
 * Lowers the assembler of a BBC BASIC program. BASIC integer variables set
 * to constants before a block are evaluated; what is not known stays
 * symbolic and, where the assembler uses it, is reported as unmodelled.
 * Where an IF or CASE of unknown condition assembles code in its arms,
 * each combination of arms is a build (and so is each count of runs, one
 * or two, of a loop of unknown runs around assembler, one whose lines hold
 * an IF or CASE where all the combinations are lowered, else read once):
 * the lowering is the first BASIC
 * can assemble (every such IF's THEN, every CASE's first arm, unless it
 * uses a label only others define), the others it can are its `builds`,
 * which the analysis runs too, reporting what every build finds, and
 * what every build that takes one arm of one IF or CASE finds. With
 * more than `MAX_BUILDS` combinations, the builds are those taking the
 * same arm everywhere (the first, then the second…), with a note that
 * says so.
 * Never throws on bad input.
 */
export function lowerBbcBasic(tree: Tree, text: string, options: BbcBasicLoweringOptions): RiscOsLowering {
  const root = (options.syntaxTrees ?? new SyntaxTrees()).document(tree, text);
  const facts = programFacts(root);
  // A loop of unknown runs whose lines hold an IF or CASE is a choice where every combination is lowered, else read once.
  const armed = everyBuild(root, facts, options, true);
  if (armed.builds) return withBuilds(armed.builds);
  // Those of its builds that ran every such loop once are builds of the program reading them once: not lowered again.
  const plain = armed.readOnce ? everyBuild(root, facts, options, false, armed.readOnce) : armed;
  if (plain.builds) return withBuilds(plain.builds);
  const { first } = plain;
  const everywhere = [first];
  for (let arm = 1, arms = widest(first.met); arm < Math.min(arms, MAX_BUILDS); arm++) {
    const build = lowerBuild(root, facts, options, { everywhere: arm }, false);
    everywhere.push(build);
    arms = Math.max(arms, widest(build.met));
  }
  return withBuilds(everywhere, (first.met[0] as Choice).source);
}

/**
 * Every build of the program in depth-first order, where there are at most
 * `MAX_BUILDS`; the first, whatever their number; and where a loop whose
 * lines hold an IF or CASE was a choice in those lowered, those of them
 * that are builds reading such loops once (see `readOnce`), by `buildKey`,
 * which the builds that read them once (`lowered`) take rather than lower
 * them again.
 */
function everyBuild(
  root: SyntaxNode, facts: ProgramFacts, options: BbcBasicLoweringOptions, loopArms: boolean, lowered?: ReadonlyMap<string, LoweredBuild>,
): { readonly first: LoweredBuild; readonly builds?: readonly LoweredBuild[]; readonly readOnce?: ReadonlyMap<string, LoweredBuild> } {
  const lower = (taken: readonly number[]): LoweredBuild => lowered?.get(buildKey(taken)) ?? lowerBuild(root, facts, options, { taken }, loopArms);
  const first = lower([]);
  const builds = [first];
  let taken = nextBuild([], first.met);
  while (taken && builds.length < MAX_BUILDS) {
    const build = lower(taken);
    builds.push(build);
    taken = nextBuild(taken, build.met);
  }
  const once = builds.flatMap((b) => {
    const build = readOnce(b.met, b.taken, b.armedLoops);
    return build ? [[buildKey(build.taken), { ...b, ...build, armedLoops: [] }] as const] : [];
  });
  const armedLoop = builds.some((b) => b.armedLoops.length > 0);
  return { first, ...(taken ? {} : { builds }), ...(armedLoop ? { readOnce: new Map(once) } : {}) };
}

/** A build by the arms it takes, a choice past them taking its first: `[1, 0]` is `[1]`. */
function buildKey(taken: readonly number[]): string {
  const last = taken.findLastIndex((arm) => arm !== 0);
  return taken.slice(0, last + 1).join(',');
}

/** The first of `builds` BASIC can assemble, holding the others it can as its `builds`; with a note at `partial` that these are not every combination. */
function withBuilds(builds: readonly LoweredBuild[], partial?: SourceSpan): RiscOsLowering {
  const made = withEveryNote(assemblable(builds));
  const [first, ...others] = made as [LoweredBuild, ...LoweredBuild[]];
  if (others.length === 0 && !partial) return first.lowering;
  const note = partial && { message: partialMessage(builds, made.length), source: partial };
  return { ...first.lowering, builds: { lowerings: others.map((b) => b.lowering), ...armsTaken(made), ...(note ? { partial: note } : {}) } };
}

/**
 * `builds`, each with the notes of all of them: a loop one build runs more
 * times than are followed (under an IF) is cut in that build, which the
 * note says wherever it is, where only what every build finds is reported.
 */
function withEveryNote(builds: readonly LoweredBuild[]): readonly LoweredBuild[] {
  const notes = new Map(builds.flatMap((b) => b.lowering.notes.map((n) => [`${n.source.range.start.line}:${n.source.range.start.character}:${n.message}`, n] as const)));
  if (builds.every((b) => b.lowering.notes.length === notes.size)) return builds;
  return builds.map((b) => ({ ...b, lowering: { ...b.lowering, notes: [...notes.values()] } }));
}

/** What the note of a program of more than `MAX_BUILDS` combinations says: the choices that make them (loops of unknown runs named where `builds` met one), and what `analysed` builds were. */
function partialMessage(builds: readonly LoweredBuild[], analysed: number): string {
  const kinds = new Set(builds.flatMap((b) => b.met.map((c) => c.kind)));
  const ifs = kinds.has('IF') || kinds.has('CASE');
  const choices = [...(ifs ? ['the arms of IF and CASE statements'] : []), ...(kinds.has('LOOP') ? ['the runs of loops'] : [])].join(' and of ');
  // A loop's first arm is one run, its second two.
  const loops = kinds.has('LOOP') ? ' (of a loop, one run, then two)' : '';
  return `more than ${MAX_BUILDS} combinations of ${choices} not known here assemble this program; `
    + `${analysed} were analysed, each taking the same arm of every one${loops}, and only what all of them find is reported`;
}

/** Each IF and CASE `builds` choose at, once, and for each build the arm it takes at each (by their indexes) where it takes one. */
function armsTaken(builds: readonly LoweredBuild[]): { readonly choices: readonly Choice[]; readonly taken: readonly ReadonlyMap<number, number>[] } {
  const choices: Choice[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (choice: Choice): number => {
    const key = JSON.stringify(choice.source.range);
    const index = indexes.get(key) ?? choices.push(choice) - 1;
    indexes.set(key, index);
    return index;
  };
  const taken = builds.map(({ met, taken: arms }) => {
    const armOf = new Map<number, number | 'several'>();
    met.forEach((choice, j) => {
      const c = indexOf(choice);
      const arm = arms[j] as number;
      // An IF in a FOR loop run value by value is met once a pass, and may take each arm.
      armOf.set(c, armOf.has(c) && armOf.get(c) !== arm ? 'several' : arm);
    });
    return new Map([...armOf].flatMap(([c, arm]) => (arm === 'several' ? [] : [[c, arm] as const])));
  });
  return { choices, taken };
}

/**
 * The builds BASIC can assemble: not one whose assembler uses a name only
 * another build's labels define, which BASIC stops at in its last pass
 * ("Unknown or missing variable"): a trace routine assembled under one
 * `IF debug%` and called under another has no build that calls it without
 * assembling it. All of them where none can be, or where code loaded at
 * run time may define any name.
 */
function assemblable(builds: readonly LoweredBuild[]): readonly LoweredBuild[] {
  if (builds.length < 2 || (builds[0] as LoweredBuild).lowering.names.hidden) return builds;
  const defined = builds.map((b) => new Set(b.lowering.names.defined));
  const made = builds.filter((b) => !b.lowering.names.undefined.some((use) => defined.some((names) => names.has(use.name))));
  return made.length > 0 ? made : builds;
}

/** The lowering of one build, the choices it met and the arm it took at each, and where among them are loops whose lines hold an IF or CASE (indexes in `met`). */
interface LoweredBuild {
  readonly lowering: RiscOsLowering;
  readonly met: readonly Choice[];
  readonly taken: readonly number[];
  readonly armedLoops: readonly number[];
}

const widest = (met: readonly Choice[]): number => Math.max(1, ...met.map((c) => c.arms.length));

/** The passes of one build, until its labels settle, and its program. */
function lowerBuild(
  root: SyntaxNode, facts: ProgramFacts, { file, latin1, cancelled }: BbcBasicLoweringOptions, build: Build, loopArms: boolean,
): LoweredBuild {
  // Before each pass of each build, and inside it before each statement (`BasicPass`): a superseded job stops there
  // (cancellation.ts); the lowering keeps nothing between edits.
  stopIfCancelled(cancelled);
  let choices = new Choices(build, loopArms);
  let result = new BasicPass(file, facts, undefined, choices, latin1 === true, cancelled).run();
  for (let n = 2; n <= MAX_PASSES; n++) {
    stopIfCancelled(cancelled);
    choices = new Choices(build, loopArms);
    const next = new BasicPass(file, facts, result, choices, latin1 === true, cancelled).run();
    const done = settled(result, next);
    result = next;
    if (done) break;
  }
  const items = markStoredData(result.layout.items, result.layout.labels, result.basicStores);
  const parts = { arch: 'arm' as const, items, labels: result.layout.labels, symbols: new Map(), storage: new Map() };
  const bare = new Program<ArmInstruction>({ ...parts, entries: [] });
  const [start] = result.blockStarts;
  const { entries, creations, reservations } = discoverEntries({
    program: bare, labelSources: result.layout.labelSources, regionStarts: result.blockStarts, routines: [],
    ...(start === undefined ? {} : { headerAddress: start }), creations: result.creations, reservations: result.reservations,
    unknownAreaCall: result.unknownAreaCall, placeHandler: result.placeHandler,
  });
  const labels = result.blockLabels.flatMap((block) => [...block.keys()]);
  const names = basicNameCheck(root, result.unresolved, labels);
  const lowering = {
    program: new Program<ArmInstruction>({ ...parts, entries }, bare), notes: result.notes, unmodelled: result.unmodelled, areaCreations: creations,
    pageReservations: reservations, names,
  };
  return { lowering, met: choices.met, taken: choices.taken, armedLoops: choices.armedLoops };
}
