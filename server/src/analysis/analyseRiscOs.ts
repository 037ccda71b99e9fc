import {
  acceptsResv, analyseDynamicAreaHandler, type PageReservationSite, analyseRiscOsCode, analyseServiceHandler, analyseSwiHandler, areaFlagProblems, calledOn, type ArmAddressMode, type EntryPoint, type Finding, type Program, type RiscOsVersion, type StepObserver,
} from '../../../emulator/src/index.js';
import { addressModeOf } from '../lowering/riscos/addressMode.js';
import { handlerPools as poolsOf, handlerShrinkables, type Pool, type Shrinkable } from '../lowering/riscos/handlerAreas.js';
import { keptReservations, pagesOf, reservedRanges, type PageRange } from '../lowering/riscos/pageReservations.js';
import type { AreaCreation, RiscOsLowering } from '../lowering/riscos/types.js';
import { analyseEntries, loweringFindings, type EntryAnalysis } from './analyseEntries.js';
import { entryKeys, type EntryKey } from './entryKeys.js';
import { buildComparison, codeIdentity, entryIdentity, holdingFindings, sameEntryIn } from './everyBuild.js';
import type { AnalysisContext } from './analysisContext.js';
import { undefinedSymbolFindings } from './undefinedSymbols.js';
import { undefinedNameLines } from './unmodelledFindings.js';

function budgetOf(context: AnalysisContext): { steps: number; paths: number; time: number } {
  const { budget } = context.settings;
  return { steps: budget.maxSteps, paths: budget.maxPaths, time: budget.timeoutMs };
}

/**
 * Each entry point with the contract its kind implies: dynamic-area handlers
 * get every reason's entry registers, in a kernel where the pages the program
 * reserves are reserved; module entry points and SWI handlers run
 * as module code, where a non-X SWI is a PW311 (a SWI handler's R11 below
 * 64, the SWI's offset in its chunk); other routines, a module's start
 * code among them (application code), run as plain code (their SWIs are
 * judged where a handler or entry point calls them).
 */
function analyseEntry(
  program: Program, entry: EntryPoint, mode: ArmAddressMode, context: AnalysisContext, area: (entry: EntryPoint) => HandlerArea | undefined,
  reserved: readonly number[], reservations: readonly PageReservationSite[], observe: StepObserver | undefined, interrupted: () => boolean,
): readonly Finding[] {
  const budget = budgetOf(context);
  const kernel = { version: context.settings.riscosVersion };
  const handlerKernel = reserved.length === 0 ? kernel : { ...kernel, reserved };
  const sites = reservations.length === 0 ? {} : { reservations };
  const observer = { ...(observe ? { observer: observe } : {}), interrupted };
  switch (entry.contract.kind) {
    case 'da-handler':
      return analyseDynamicAreaHandler(program, entry.name, { mode, budget, kernel: handlerKernel, ...sites, ...observer, ...area(entry) }).findings;
    case 'da-handler-reason':
      // A reason this kernel never calls handlers with (TestShrink before 3.80): the code runs as a routine, if at all.
      if (!calledOn(entry.contract.reason, kernel.version)) return analyseRiscOsCode(program, entry.name, { mode, moduleCode: false, budget, kernel, ...observer });
      return analyseDynamicAreaHandler(program, entry.name, { mode, budget, kernel: handlerKernel, ...sites, ...observer }).findings;
    case 'module-entry':
      // The service handler also gets the page services a grow issues, which it must not claim.
      if (entry.contract.entry === 'service') return analyseServiceHandler(program, entry.name, { mode, moduleCode: true, budget, kernel, ...observer });
      return analyseRiscOsCode(program, entry.name, { mode, moduleCode: true, budget, kernel, ...observer });
    case 'swi-handler':
      return analyseSwiHandler(program, entry.name, { mode, moduleCode: true, budget, kernel, ...observer });
    default:
      return analyseRiscOsCode(program, entry.name, { mode, moduleCode: false, budget, kernel, ...observer });
  }
}

export type { Pool };

/** What a handler's run reads of its area's flags: bit 20, a pool, and bit 9, Shrinkable. */
export interface HandlerArea {
  readonly pmp: Pool;
  readonly shrinkable: Shrinkable;
}

/**
 * What the creations the lowering saw say of the area of the handler at an
 * address: one no creation names is no pool's, and may be Shrinkable.
 */
export function handlerAreas(lowering: RiscOsLowering): (address: bigint) => HandlerArea {
  const pools = poolsOf(lowering.areaCreations, lowering.program);
  const shrinkables = handlerShrinkables(lowering.areaCreations, lowering.program);
  return (address) => ({ pmp: pools.get(address) ?? false, shrinkable: shrinkables.get(address) ?? true });
}

/** The pages the program reserves with OS_Memory 23, as runs: none on a target without it (before RISC OS 5.27). */
function reservedPages(lowering: RiscOsLowering, version: RiscOsVersion): PageRange[] {
  return acceptsResv(version) ? reservedRanges(lowering.pageReservations) : [];
}

/** Where the program makes the reservations `reservedPages` keeps, for PW306's notes. */
function reservationSites(lowering: RiscOsLowering, version: RiscOsVersion): PageReservationSite[] {
  if (!acceptsResv(version)) return [];
  return keptReservations(lowering.pageReservations).flatMap(({ pages, source }) => (source ? [{ first: Number(pages.first), count: Number(pages.count), source }] : []));
}

/** PW313 for the areas BASIC `SYS` calls create: no ARM code runs them, so the SWI model never sees their flags. */
function sysAreaFindings(creations: readonly AreaCreation[], version: RiscOsVersion): Finding[] {
  return creations.flatMap(({ sys, source }) => (sys === undefined ? [] : areaFlagProblems(sys.flags, sys.handler, version)).map(({ message }) => ({
    code: 'PW313', message, range: source.range, file: source.file, notes: [],
  })));
}

/** What the entries of one lowering run with, and the findings of the program itself. */
interface Runs {
  readonly program: Program;
  readonly findings: readonly Finding[];
  /** What an entry's run alone reads besides the program (`KeyInputs.own`). */
  readonly own: (entry: EntryPoint) => unknown;
  readonly analyse: EntryAnalysis;
}

function runsOf(lowering: RiscOsLowering, mode: ArmAddressMode, context: AnalysisContext): Runs {
  const areas = handlerAreas(lowering);
  // Of the area creations, a run reads only its own area's flags, if it is a handler: a creation that moves on or
  // changes leaves the keys of the other entries as they were.
  const area = (entry: EntryPoint): HandlerArea | undefined => (entry.contract.kind === 'da-handler' ? areas(entry.address) : undefined);
  // A handler's runs end where they reach an entry of their reason, which another handler's creation can take away.
  const reasons = lowering.program.entries.flatMap((e) => (e.contract.kind === 'da-handler-reason' ? [[e.name, e.contract]] : []));
  // Every handler's runs read the pages the program reserves: an edit of a reservation runs them again, and no other entry.
  const reserved = reservedPages(lowering, context.settings.riscosVersion);
  const pages = pagesOf(reserved);
  // PW306 notes where the reservations are: a move of one moves the notes of every handler's findings.
  const sites = reservationSites(lowering, context.settings.riscosVersion);
  const reading = sites.length === 0 ? reserved : [reserved, sites.map(({ source }) => [source.file, source.range.start.line, source.range.start.character])];
  const own = (entry: EntryPoint): unknown => {
    switch (entry.contract.kind) {
      case 'da-handler': return [area(entry), reasons, reading];
      case 'da-handler-reason': return reading;
      default: return undefined;
    }
  };
  const findings = [...loweringFindings(lowering.notes), ...sysAreaFindings(lowering.areaCreations, context.settings.riscosVersion), ...undefinedSymbolFindings(lowering.names)];
  return { program: lowering.program, findings, own, analyse: (entry, observer, interrupted) => analyseEntry(lowering.program, entry, mode, context, area, pages, sites, observer, interrupted) };
}

/**
 * Runs a lowered RISC OS program's entry points through the dynamic-area
 * kernel model. A program of several builds (`OtherBuilds`) runs each
 * entry of any build (the first build's, then those only later builds
 * have) in every build that has it (in the address mode of that build's
 * code), and reports what holds (`everyBuild.ts`).
 */
export async function analyseLoweredRiscOs(lowering: RiscOsLowering, mode: ArmAddressMode, context: AnalysisContext): Promise<void> {
  const shared = { mode, version: context.settings.riscosVersion, budget: context.settings.budget };
  /** A build's runs, what they share, its entry that is another build's, and its key of an entry as its runs alone read it. */
  const withKeys = (runs: Runs, itsShared: typeof shared) => {
    let keys: ((entry: EntryPoint) => EntryKey) | undefined;
    return { ...runs, shared: itsShared, entry: sameEntryIn(runs.program), key: (entry: EntryPoint) => (keys ??= entryKeys({ program: runs.program, shared: itsShared, own: runs.own }, context.file))(entry).key };
  };
  const first = withKeys(runsOf(lowering, mode, context), shared);
  const others = (lowering.builds?.lowerings ?? []).map((other) => {
    // A 26-bit return under one arm of an IF and a 32-bit one under the other: each build runs as its code does.
    const itsMode = addressModeOf(other.program.items);
    return withKeys(runsOf(other, itsMode, context), { ...shared, mode: itsMode });
  });
  const partial = lowering.builds?.partial;
  const comparison = buildComparison(lowering.builds);
  context.findings.program([...holdingFindings([first.findings, ...others.map((o) => o.findings)], comparison), ...loweringFindings(partial ? [{ code: 'PW900', ...partial }] : [])]);
  const moved = lowering.moved ? { moved: lowering.moved } : {};
  // What any build could not model: an entry's code is the same lines in each.
  const unmodelled = [lowering, ...(lowering.builds?.lowerings ?? [])].flatMap((l) => l.unmodelled);
  const undefinedLines = undefinedNameLines([first, ...others].flatMap((b) => b.findings), context.file);
  if (others.length === 0) return analyseEntries({ program: lowering.program, shared, own: first.own, ...moved }, context, first.analyse, { unmodelled, undefinedLines });
  const builds = [first, ...others];
  /** `entry` of build `owner` as each build has it (undefined where it has none), the owner's own. */
  const inEveryBuild = (entry: EntryPoint, owner: number): (EntryPoint | undefined)[] => builds.map((b, k) => (k === owner ? entry : b.entry(entry)));
  // An entry's result reads what its run reads in every build (its key there), or that a build has no such entry.
  const ownIn = (owner: number) => (entry: EntryPoint): unknown => inEveryBuild(entry, owner).map((same, k) => {
    const b = builds[k] as typeof first;
    return k === owner ? b.own(entry) : same ? b.key(same) : null;
  });
  const runIn = (owner: number): EntryAnalysis => (entry, observer, interrupted) => holdingFindings(
    inEveryBuild(entry, owner).map((same, k) => same && (builds[k] as typeof first).analyse(same, k === owner ? observer : undefined, interrupted)),
    comparison,
  );
  // An entry only later builds have (a handler only an ELSE arm assembles) is run with the first that has it; none holds a
  // finding where only what every build finds is reported (`partial`), as the first build has no such entry. A copy of
  // an entry's lines (the label a loop's second run assembles again) is that entry, run already, in every build: so is
  // the copy of the lines of an entry that is one run before by its name (an ELSE arm's handler of the same name).
  const identities = (e: EntryPoint): string[] => [entryIdentity(e), codeIdentity(e)];
  const seen = new Set(first.program.entries.flatMap(identities));
  const otherEntries = comparison.armBuilds.length === 0 ? [] : others.flatMap((b, k) => {
    const entries = b.program.entries.filter((e) => !identities(e).some((id) => seen.has(id)));
    for (const id of b.program.entries.flatMap(identities)) seen.add(id);
    return entries.length === 0 ? [] : [{ owner: k + 1, entries }];
  });
  const owners = new Map(otherEntries.flatMap(({ owner, entries }) => entries.map((e) => [e, owner] as const)));
  await analyseEntries({ program: lowering.program, shared, own: ownIn(0), ...moved }, context, (entry, observer, interrupted) => runIn(owners.get(entry) ?? 0)(entry, observer, interrupted), {
    others: otherEntries.map(({ owner, entries }) => {
      const b = builds[owner] as typeof first;
      return { inputs: { program: b.program, shared: b.shared, own: ownIn(owner) }, entries };
    }),
    unmodelled,
    undefinedLines,
    // An entry of one build is run in every build that has it: what another build assembles there is its code too.
    copies: (entry) => builds.flatMap((b) => {
      const same = b.entry(entry);
      return same && same !== entry ? [same] : [];
    }),
  });
}
