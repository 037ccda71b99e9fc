import type { HandlerReason } from '../../catalogue/index.js';
import type { Finding, PathNote } from '../../checks/finding.js';
import type { ArmAddressMode } from '../../cpu/arm/index.js';
import { explore, incompleteFinding } from '../../explore/engine.js';
import type { Budget, ExploreResult } from '../../explore/engine.js';
import type { Program, SourceSpan } from '../../ir/program.js';
import { and, bv, eq, sym } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { programSolver } from '../../explore/program-solver.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { firstComputedBranch } from './computed-branches.js';
import { boundedReasonTable } from './dispatch-check.js';
import { clearPageBlock, ENTRIES, handlerReason, MAX_CHUNK, maxPages, REASON, symbolicEntry, WORKSPACE_ALIGNED } from './handler-entry.js';
import type { SymbolicEntry } from './handler-entry.js';
import { KERNEL_REUSES, listed, type PageReservationSite } from './handler-checks.js';
import { KERNEL_INVARIANT, riscOsHooks } from './hooks.js';
import type { HandOff } from './hooks.js';
import { createKernel } from './kernel-state.js';
import type { Kernel, KernelConfig } from './kernel-state.js';
import { armPathState, newArmCpu } from '../../explore/machines/arm.js';
import { riscOsMachine } from './machine.js';
import type { RiscOsState } from './machine.js';
import { withKernel } from './model-states.js';
import { calledOn, reasonsCalled } from './reason-dispatch.js';
import type { StepObserver } from '../../explore/register-facts.js';

// Dynamic-area handlers analysed as entry points (spec B.6): one symbolic
// exploration per reason with that reason's entry contract, R0 = reason, so
// a branch table or TEQ chain dispatches by running. A dispatching handler
// gets one more run with R0 unknown, which is where an unbounded table shows
// up (PW312); that run reports nothing else, since its other paths enter the
// reason code with the wrong contract. Where its first computed branch is
// a table on R0 with a bound check right before it, and the run finds it
// bounded, a run with R0 past every reason judges the refusal the bound
// sends it to, as one (PW305's error pointer) and nothing else. A handler whose code
// cannot come to a computed branch, where PW312 is found, is spared both.
//
// Where a reason's run reaches an entry of that reason (the code a TEQ
// dispatch sends it to) as the kernel called the handler, it ends: that
// entry's own analysis starts from the same registers, memory and kernel
// (not the flags the dispatch's compare set, which the kernel leaves clear).
//
// An area flag the caller does not know (R4 of the creation names a constant
// of a header that was not found) leaves the handler's calls open: with bit 8
// unknown a grow may or may not get a page block, with bit 9 unknown the
// handler may or may not get TestShrink, with bit 20 unknown it may get
// ResizePMP only or the other reasons only. Each setting runs. A finding of
// every setting is reported; so is a finding of a reason only some settings
// call where the handler does with that reason something of its own, which
// the same call with R0 no reason does not find: the author wrote code for
// it, so expects the call (a handler written for a Shrinkable area that
// keeps its flags in workspace still gets its TestShrink checked), while a
// refusal of reasons it does not know rests on a guessed flag. A grow's
// finding that rests on bit 8 (PW307, a page block's) needs both ways.

/** R0 of a call no kernel makes: the first number past the reasons (ResizePMP is the last). */
export const NOT_A_REASON = 7;

/**
 * A reason the handler's bounded dispatch sends past its table (spec B.8
 * R15): the kernel's own handlers refuse one with an error, so a V-set
 * return there is judged as a refusal (PW305: R0 an error block, or 0).
 */
export const PAST_THE_BOUND: HandlerReason = {
  code: NOT_A_REASON, name: 'unknown reason', shortName: 'A reason past the dispatch\'s bound',
  description: 'A reason the handler does not implement, which it should refuse.', appliesTo: 'every handler',
  entry: [], outputs: [], mustPreserve: [], kernelReuses: [], canRefuse: true, zeroOnError: [], r0OnSuccess: 'preserved', sources: ['ROK-CD', 'WIKI'],
};
/** The start of PW305's message for a refusal whose R0 is no error block (`checkErrorPointer`). */
const BAD_REFUSAL = `${PAST_THE_BOUND.shortName} returns V set with R0 = `;

/**
 * The R0 of the run past the bound is a constant no kernel passes, so the
 * path does not say it: a note at the dispatch does, or the finding would
 * read as one of the reasons the kernel calls with. The witness names it as
 * a reason's does, so a replay calls the handler with R0 = 7, not with its
 * first scenario's reason, which the dispatch sends elsewhere.
 */
function assumedPastTheBound(finding: Finding, dispatch: SourceSpan): Finding {
  const note: PathNote = {
    range: dispatch.range, message: `R0 = ${NOT_A_REASON} assumed here (no reason a kernel passes yet, as a later kernel's would be): the dispatch sends it past its table`,
    ...(dispatch.file === finding.file ? {} : { file: dispatch.file }),
  };
  return withReason({ ...finding, notes: [note, ...finding.notes] }, NOT_A_REASON);
}

/** The return address the kernel leaves in LR (`MOV lr, pc; LDMIA r12, {r12, pc}`). */
export const KERNEL_RETURN = 0x03f80000;
/** In 26-bit mode LR also carries the PSR: SVC mode, flags clear. */
const SVC26 = 3;

export interface HandlerAnalysisOptions {
  /** Reasons to analyse; default 0-3, and 4 for a Shrinkable area, for a dispatching handler (6 for a pool), the entry's own reason otherwise. */
  readonly reasons?: readonly number[];
  /** Flag bit 8 of the area; default: what the entry contract says, else either (PreGrow and PostGrow run both ways). */
  readonly needsSpecificPages?: boolean;
  /** Flag bit 20 of the area, a physical memory pool, whose handler gets ResizePMP only; 'either' when unknown; default false. */
  readonly pmp?: boolean | 'either';
  /** Flag bit 9 of the area, Shrinkable, whose handler alone the kernel asks with TestShrink; 'either' when unknown; default true. */
  readonly shrinkable?: boolean | 'either';
  readonly mode?: ArmAddressMode;
  readonly pageSize?: number;
  /** The machine the handler runs on: RAM size, reserved and unavailable pages. */
  readonly kernel?: KernelConfig;
  /** Where the program reserved the kernel's reserved pages (PW306's notes). */
  readonly reservations?: readonly PageReservationSite[];
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  /** Sees each reason's run (not the R0-unknown dispatch check, whose R0 is no reason's). */
  readonly observer?: StepObserver;
  /** Stops the run at its next instruction, throwing `Interrupted` (`ExploreOptions.interrupted`). */
  readonly interrupted?: () => boolean;
}

export interface HandlerAnalysis {
  readonly findings: readonly Finding[];
  /** Explorations run (one per reason and area kind). */
  readonly runs: number;
}

function linkRegister(mode: ArmAddressMode): Expr {
  return bv(mode === '26' ? KERNEL_RETURN | SVC26 : KERNEL_RETURN);
}

const STACK = sym('sp');
/** The kernel's SVC stack is word-aligned, so stack word accesses need no alignment mask or rotation. */
const STACK_ALIGNED = eq(and(STACK, bv(3)), bv(0));

function entryState(program: Program, regs: ReadonlyMap<number, Expr>, mode: ArmAddressMode): RiscOsState {
  const values = Array.from({ length: 15 }, (_, r) => regs.get(r) ?? sym(`entry.r${r}`));
  values[13] = STACK;
  values[14] = linkRegister(mode);
  return armPathState(newArmCpu(new SymbolicMemory(program.constantImage, 'mem', program.dataNames), mode, values));
}

interface HandlerTarget {
  readonly address: bigint;
  readonly name: string;
  readonly reason?: number;
  readonly needsSpecificPages?: boolean | 'both';
  readonly maxSize?: bigint;
}

function resolveEntry(program: Program, entry: string | bigint): HandlerTarget {
  const declared = program.entries.find((e) => e.name === entry || e.address === entry || (typeof entry === 'string' && e.address === program.label(entry)));
  const address = typeof entry === 'bigint' ? entry : declared?.address ?? program.label(entry);
  if (address === undefined) throw new Error(`no handler entry ${String(entry)}`);
  const name = typeof entry === 'string' ? entry : declared?.name ?? `&${address.toString(16)}`;
  const c = declared?.contract;
  if (c?.kind !== 'da-handler' && c?.kind !== 'da-handler-reason') return { address, name };
  return {
    address, name, ...(c.kind === 'da-handler-reason' ? { reason: c.reason } : {}),
    ...(c.needsSpecificPages === undefined ? {} : { needsSpecificPages: c.needsSpecificPages }), ...(c.maxSize === undefined ? {} : { maxSize: c.maxSize }),
  };
}

/**
 * Times a loop runs exactly in a PreGrow or PostGrow with a page block before
 * widening makes its pointer unknown and the "still -1" check goes blind:
 * twice the default, so a fill loop short of R2 only for an R2 past 8 is
 * still found. Unrolling all 63 entries cost the solver ten times the CPU
 * of a fill loop's analysis (docs/benchmarks.md).
 */
const BLOCK_LOOP_UNROLL = 16;

/**
 * A PreGrow whose fill loop widened may stop short only for a larger R2
 * (`MOVHI r8, #20` caps it): one more run with the largest count a block
 * holds, as a constant, lets such a loop run its full count, each pass a
 * single path, so the entries it leaves -1 are known.
 */
function fullBlockEntry(shape: SymbolicEntry, count: number, pageSize: number): SymbolicEntry {
  const entries = bv(count);
  const regs = new Map(shape.regs).set(2, entries).set(3, bv(count * pageSize));
  return { ...shape, regs, entries };
}

const widenedALoop = (result: ExploreResult<RiscOsState>): boolean => result.ends.some((e) => e.kind === 'subsumed-by-widening');

/** The count of a full-block run's finding, for a replay to call the handler with. */
function withEntries(finding: Finding, entries: number): Finding {
  if (!finding.witness) return finding;
  return { ...finding, witness: [...finding.witness.filter((w) => w.name !== ENTRIES), { name: ENTRIES, width: 32, value: `0x${entries.toString(16)}` }] };
}

const place = (f: Finding): string => `${f.code}|${f.file ?? ''}|${f.range.start.line}:${f.range.start.character}`;

/** One finding per code and place, whichever run found it first. */
function addUnique(into: Map<string, Finding>, findings: readonly Finding[]): void {
  for (const f of findings) {
    const key = `${place(f)}|${f.message}`;
    if (!into.has(key)) into.set(key, f);
  }
}

/** A finding of the reasons' runs at one place, and the reasons whose runs found it there. */
interface Shared {
  readonly finding: Finding;
  readonly names: readonly string[];
  /** What one mistake found at several places has in common (`FindingDraft.cause`), where its check named a cause. */
  readonly mistake?: string;
}

/**
 * Code two reasons share (a PostGrow and a PostShrink that branch to one
 * exit) makes one mistake: the findings of several reasons' runs at one
 * place, saying the same but for the reason's name and whether its kernel
 * reads the register back, become one, naming the others. The finding of a
 * reason whose kernel reads it back speaks for them, as it says more.
 */
function sharedAcrossReasons(findings: readonly Finding[], reasonOf: ReadonlyMap<Finding, number>, causeOf: ReadonlyMap<Finding, string>): Shared[] {
  const groups = new Map<string, { base: Finding; baseName: string | undefined; readonly names: string[]; readonly said: string }>();
  for (const f of findings) {
    const code = reasonOf.get(f);
    const name = code === undefined ? undefined : handlerReason(code).shortName;
    const said = name === undefined ? f.message : f.message.replaceAll(name, '\0').replace(KERNEL_REUSES, '');
    const key = `${place(f)}|${said}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { base: f, baseName: name, names: name === undefined ? [] : [name], said });
      continue;
    }
    if (name !== undefined && !group.names.includes(name)) group.names.push(name);
    if (!group.base.message.includes(KERNEL_REUSES) && f.message.includes(KERNEL_REUSES)) {
      group.base = f;
      group.baseName = name;
    }
  }
  return [...groups.values()].map(({ base, baseName, names, said }) => {
    const others = names.filter((n) => n !== baseName && !base.message.includes(n));
    const cause = causeOf.get(base);
    // A message that does not name its own reason (PW311's SWI) names it beside the others.
    const own = baseName === undefined || base.message.includes(baseName) ? '' : `in ${baseName}; `;
    return {
      finding: others.length === 0 ? base : { ...base, message: `${base.message} (${own}the same code runs for ${others.join(' and ')})` },
      names, ...(cause === undefined ? {} : { mistake: `${base.code}|${cause}|${said}` }),
    };
  });
}

/**
 * One mistake found at several returns (a scratch register overwritten in
 * the dispatcher that every reason's code runs through) is one finding: at
 * the return whose message says most (a kernel that reads the register
 * back), else the first, with a note at each other return naming the
 * reasons that return there.
 */
function oneForEachMistake(shared: readonly Shared[]): Finding[] {
  const byMistake = new Map<string, Shared[]>();
  for (const s of shared) if (s.mistake !== undefined) byMistake.set(s.mistake, [...(byMistake.get(s.mistake) ?? []), s]);
  const merged = new Map<Shared, Finding>();
  const told = new Set<Shared>();
  for (const group of byMistake.values()) {
    if (group.length < 2) continue;
    const [primary, ...others] = [...group].sort((a, b) => Number(b.finding.message.includes(KERNEL_REUSES)) - Number(a.finding.message.includes(KERNEL_REUSES)) || byPosition(a.finding, b.finding));
    if (!primary) continue;
    const { finding } = primary;
    const also = others.sort((a, b) => byPosition(a.finding, b.finding)).map(({ finding: other, names }): PathNote => ({
      range: other.range, message: names.length === 0 ? 'also returns here' : `${listed(names)} also ${names.length === 1 ? 'returns' : 'return'} here`,
      ...(other.file === finding.file ? {} : { file: other.file }),
    }));
    merged.set(primary, { ...finding, notes: [...finding.notes, ...also] });
    for (const other of others) told.add(other);
  }
  return shared.flatMap((s) => (told.has(s) ? [] : [merged.get(s) ?? s.finding]));
}

/**
 * The findings of the handler's calls for several reasons as one finding
 * for each mistake: `reasonOf` holds the reason of the call that found each
 * (none for code no reason's call ran, a service handler's), `causeOf` what
 * its check named as the mistake.
 */
export function onePerMistake(findings: readonly Finding[], reasonOf: ReadonlyMap<Finding, number>, causeOf: ReadonlyMap<Finding, string>): Finding[] {
  return oneForEachMistake(sharedAcrossReasons(findings, reasonOf, causeOf));
}

const byPosition = (a: Finding, b: Finding): number => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** One way the kernel may call the handler: the runs (reason, flag bit 8) its flags imply. */
type Setting = readonly { readonly code: number; readonly needsSpecificPages: boolean }[];

/**
 * The settings the area's flags allow: `other` holds the reasons of an area
 * that is no pool, once for each way bit 9 may be. Bit 8 matters to PreGrow
 * and PostGrow only, so the other reasons' runs are shared between the
 * bit-8 settings, and all but TestShrink's between the bit-9 settings. A
 * handler of areas of both kinds is one setting that runs each grow both
 * ways, as the kernel calls it both ways.
 */
function settingsOf(reasons: { readonly pool: readonly number[]; readonly other: readonly (readonly number[])[] }, pmp: boolean | 'either', specific: boolean | 'both' | undefined): Setting[] {
  const grow = (code: number): boolean => code === 0 || code === 1;
  const kinds = (codes: readonly number[]): Setting[] => {
    if (specific === 'both') return [codes.flatMap((code) => (grow(code) ? [false, true] : [false]).map((needsSpecificPages) => ({ code, needsSpecificPages })))];
    const bit8 = codes.some(grow) && specific === undefined ? [false, true] : [specific ?? false];
    return bit8.map((needsSpecificPages) => codes.map((code) => ({ code, needsSpecificPages: grow(code) ? needsSpecificPages : false })));
  };
  if (pmp === true) return kinds(reasons.pool);
  const other = reasons.other.flatMap(kinds);
  return pmp === 'either' ? [...other, ...kinds(reasons.pool)] : other;
}

/**
 * The reasons the kernel calls the handler with in some of the settings but
 * not in all (every reason an unknown bit 20 decides, TestShrink where bit
 * 9 is unknown), each as the runs of its bit-8 settings.
 */
function uncertainReasons(settings: readonly Setting[]): Setting[] {
  const codes = [...new Set(settings.flatMap((s) => s.map(({ code }) => code)))];
  const inEvery = (code: number): boolean => settings.every((s) => s.some((r) => r.code === code));
  return codes.filter((code) => !inEvery(code)).map((code) => {
    const ways = [...new Set(settings.flatMap((s) => s.filter((r) => r.code === code).map((r) => r.needsSpecificPages)))];
    return ways.map((needsSpecificPages) => ({ code, needsSpecificPages }));
  });
}

/**
 * The first setting's findings of a code at a place where every setting has
 * one: the messages name the reason, which differs between the settings (R9
 * changed at a return is PreGrow's fault in one, ResizePMP's in another).
 */
function common(settings: readonly Finding[][]): Finding[] {
  const [first = [], ...rest] = settings;
  const places = rest.map((s) => new Set(s.map(place)));
  return first.filter((f) => places.every((s) => s.has(place(f))));
}

/**
 * The reason is an input of a per-reason run like any register, but a
 * constant there, so the solver's witness would not name it: a replay needs
 * it to call the handler for the same reason.
 */
function withReason(finding: Finding, reason: number): Finding {
  if (!finding.witness || finding.witness.some((w) => w.name === 'reason')) return finding;
  return { ...finding, witness: [...finding.witness, { name: 'reason', width: 32, value: `0x${reason.toString(16)}` }] };
}

/**
 * The entries of reason `code` for the handler's area kind (flag bit 8 as
 * its analysis takes it), other than the handler at `address`: a run for
 * that reason that reaches one as the kernel called the handler ends there,
 * where that entry's analysis starts.
 */
function reasonEntries(program: Program, address: bigint, code: number, specific: boolean | 'both' | undefined): Set<bigint> {
  return new Set(program.entries.flatMap((e) => {
    const c = e.contract;
    return c.kind === 'da-handler-reason' && c.reason === code && c.needsSpecificPages === specific && e.address !== address ? [e.address] : [];
  }));
}

/** The kernel a handler runs in, mid-resize, kept per kernel before it: a file's entries share one from `createKernel`, and so its violation check. */
const inResize = new WeakMap<Kernel, Kernel>();

function resizing(base: Kernel): Kernel {
  let kernel = inResize.get(base);
  if (kernel === undefined) {
    kernel = { ...base, resizing: 1 };
    inResize.set(base, kernel);
  }
  return kernel;
}

export function analyseDynamicAreaHandler(program: Program, entry: string | bigint, options: HandlerAnalysisOptions = {}): HandlerAnalysis {
  const target = resolveEntry(program, entry);
  const mode = options.mode ?? '32';
  const kernel = resizing(createKernel({ ...options.kernel, ...(options.pageSize ? { pageSize: options.pageSize } : {}) }));
  const pageSize = kernel.pageSize;
  const dispatching = target.reason === undefined;
  // TestShrink (3.80) is not called on older kernels.
  const called = (pmp: boolean, shrinkable: boolean): readonly number[] => options.reasons
    ?? (dispatching ? reasonsCalled({ pmp, shrinkable }).filter((c) => calledOn(c, kernel.version)) : [target.reason as number]);
  const shrinkable = options.shrinkable ?? true;
  const other = (shrinkable === 'either' ? [false, true] : [shrinkable]).map((s) => called(false, s));
  const pool = called(true, false);
  const specific = options.needsSpecificPages ?? target.needsSpecificPages;
  const settings = settingsOf({ pool, other }, options.pmp ?? false, specific);
  const budget = { ...options.budget };
  const findings = new Map<string, Finding>();
  const runFindings = new Map<string, readonly Finding[]>();
  const reasonOf = new Map<Finding, number>();
  const causeOf = new Map<Finding, string>();
  let runs = 0;
  let incomplete: Finding | undefined;
  /** The keys of the unknown-reason runs that were cut short. */
  const cutShort = new Set<string>();
  const env = { svc: true, inHandler: true };
  // The runs share most of their questions (the paths up to the dispatch on R0, the page block's checks), as do the program's other entries.
  const solver = programSolver(program);

  /**
   * The findings of reason `code`'s run; with `unknownReason`, those of the
   * same call but for R0, which no kernel passes: what the handler does
   * with a reason it does not tell apart from the others.
   */
  const run = (code: number, needsSpecificPages: boolean, unknownReason = false): readonly Finding[] => {
    const key = `${code}|${needsSpecificPages}|${unknownReason}`;
    const done = runFindings.get(key);
    if (done) return done;
    const reason = handlerReason(code);
    const handedOff = dispatching ? reasonEntries(program, target.address, code, specific) : new Set<bigint>();
    // The full-block run asks only for PW301: no register values, no other check.
    const exploreEntry = (shape: SymbolicEntry, loopUnroll: number, fullBlock: boolean): ExploreResult<RiscOsState> => {
      const observer = fullBlock || unknownReason ? undefined : options.observer;
      const state = entryState(program, shape.regs, mode);
      // The kernel's block holds at most 63 entries; those past R2 are never read back, so -1 in all is as good as any.
      if (shape.pageBlock) clearPageBlock(state.cpu.memory, shape.pageBlock, MAX_CHUNK);
      runs++;
      const models = withKernel(new Map(), kernel);
      const assumptions = [STACK_ALIGNED, ...shape.constraints];
      const handOff: HandOff | undefined = handedOff.size > 0 ? { at: handedOff, assumptions, models } : undefined;
      return explore(target.address, state, {
        program, machine: riscOsMachine, budget: shape.pageBlock ? { loopUnroll, ...budget } : budget, solver, ...(options.clock ? { clock: options.clock } : {}),
        ...(options.interrupted ? { interrupted: options.interrupted } : {}),
        ...(observer ? { observer } : {}),
        models, invariants: fullBlock ? [] : [KERNEL_INVARIANT], assumptions,
        hooks: riscOsHooks({
          env, handler: {
            reason, entries: shape.entries ?? bv(0), pageSize, ...(shape.pageBlock ? { pageBlock: shape.pageBlock } : {}), ...(fullBlock ? { partialFillOnly: true } : {}),
            ...(options.reservations ? { reservations: options.reservations } : {}),
          },
          ...(handOff ? { handOff } : {}),
        }),
      });
    };
    const called = symbolicEntry({ reason: code, needsSpecificPages, pageSize, ramPages: kernel.pages.length, ...(target.maxSize === undefined ? {} : { maxSize: target.maxSize }) });
    const shape = unknownReason ? { ...called, regs: new Map(called.regs).set(0, bv(NOT_A_REASON)) } : called;
    const result = exploreEntry(shape, BLOCK_LOOP_UNROLL, false);
    // A reason's own entry is mostly named after its reason already.
    incomplete ??= incompleteFinding(result, target.name === reason.shortName ? target.name : `${target.name} (${reason.shortName})`);
    if (unknownReason && result.incomplete.length > 0) cutShort.add(key);
    const caused = (from: ExploreResult<RiscOsState>, f: Finding, made: Finding): Finding => {
      const cause = from.causes.get(f);
      if (cause !== undefined) causeOf.set(made, cause);
      return made;
    };
    const found = result.findings.map((f) => caused(result, f, withReason(f, code)));
    // The largest count a block holds, or the area's maximum size lets a grow ask for.
    const count = Math.min(MAX_CHUNK, maxPages(target.maxSize, pageSize) ?? MAX_CHUNK);
    if (code === 0 && !unknownReason && shape.pageBlock && count > 1 && widenedALoop(result) && !found.some((f) => f.code === 'PW301')) {
      // Only its PW301 is new: the other checks saw every count already, and a run cut short adds nothing.
      const full = exploreEntry(fullBlockEntry(shape, count, pageSize), count + 1, true);
      found.push(...full.findings.filter((f) => f.code === 'PW301').map((f) => caused(full, f, withReason(withEntries(f, count), code))));
    }
    // A PW301 whose set entry a store wrote that PW302 finds past the block for another R2 is that finding's mistake (handler-checks.ts' `storeCause`).
    const storesFound = new Set(found.flatMap((f) => (f.code === 'PW302' ? causeOf.get(f) ?? [] : [])));
    const own = found.filter((f) => f.code !== 'PW301' || !storesFound.has(causeOf.get(f) ?? ''));
    for (const f of own) reasonOf.set(f, code);
    runFindings.set(key, own);
    return own;
  };
  /**
   * The findings of reason `code` where the handler tells it apart from a
   * reason it does not know: those its run finds and the same call with R0
   * no reason does not, at the same place saying the same. Undefined where
   * the unknown reason's run was cut short, so what it does is not known.
   */
  const ownCode = (code: number, needsSpecificPages: boolean): Finding[] | undefined => {
    const refused = run(code, needsSpecificPages, true);
    if (cutShort.has(`${code}|${needsSpecificPages}|true`)) return undefined;
    const said = new Set(refused.map((f) => `${place(f)}|${f.message}`));
    return run(code, needsSpecificPages).filter((f) => !said.has(`${place(f)}|${f.message}`));
  };
  const sure = common(settings.map((setting) => setting.flatMap(({ code, needsSpecificPages }) => run(code, needsSpecificPages))));
  const own = uncertainReasons(settings).flatMap((ways) => {
    const found = ways.map(({ code, needsSpecificPages }) => ownCode(code, needsSpecificPages));
    if (found.some((f) => f === undefined)) return [];
    const each = found as Finding[][];
    // A handler of areas of both kinds is called both ways; with bit 8 unknown, one way may be the only way.
    return specific === 'both' ? each.flat() : common(each);
  });
  addUnique(findings, onePerMistake([...new Set([...sure, ...own])], reasonOf, causeOf));

  const computed = dispatching ? firstComputedBranch(program, target.address) : undefined;
  if (computed) {
    const regs = new Map(symbolicEntry({ reason: 0, needsSpecificPages: false, pageSize, ramPages: kernel.pages.length }).regs);
    regs.set(0, REASON);
    const result = explore(target.address, entryState(program, regs, mode), {
      program, machine: riscOsMachine, budget, solver, ...(options.clock ? { clock: options.clock } : {}), ...(options.interrupted ? { interrupted: options.interrupted } : {}),
      models: withKernel(new Map(), kernel), hooks: riscOsHooks({ env }), assumptions: [STACK_ALIGNED, WORKSPACE_ALIGNED],
    });
    runs++;
    // Its PW312 speaks for the reasons' runs at its place: with R0 unknown it sees how far a bound check lets R0 go, where one reason's R0 only passes it or not.
    const dispatches = new Map(result.findings.filter((f) => f.code === 'PW312').map((f) => [place(f), f]));
    const replaced = new Set<string>();
    for (const [key, f] of findings) {
      const found = dispatches.get(place(f));
      if (!found || found.message === f.message) continue;
      if (replaced.has(place(f))) findings.delete(key);
      else findings.set(key, found);
      replaced.add(place(f));
    }
    addUnique(findings, [...dispatches.values()].filter((f) => !replaced.has(place(f))));
    // Bounded, the dispatch sends the reasons past its table to the handler's refusal: a reason of a later kernel, or of an area kind it was not written for, gets it.
    if (dispatches.size === 0 && boundedReasonTable(program, computed)) {
      const refused = new Map(regs).set(0, bv(NOT_A_REASON));
      const past = explore(target.address, entryState(program, refused, mode), {
        program, machine: riscOsMachine, budget, solver, ...(options.clock ? { clock: options.clock } : {}), ...(options.interrupted ? { interrupted: options.interrupted } : {}),
        models: withKernel(new Map(), kernel), assumptions: [STACK_ALIGNED, WORKSPACE_ALIGNED],
        hooks: riscOsHooks({ env, handler: { reason: PAST_THE_BOUND, entries: bv(0), pageSize } }),
      });
      runs++;
      // A return a reason's run already found refusing with a bad R0 is that finding's mistake.
      const badReturns = new Set([...findings.values()].filter((f) => f.code === 'PW305').map(place));
      const bad = past.findings.filter((f) => f.code === 'PW305' && f.message.startsWith(BAD_REFUSAL) && !badReturns.has(place(f)));
      addUnique(findings, bad.map((f) => assumedPastTheBound(f, computed.source)));
    }
  }
  if (incomplete) addUnique(findings, [incomplete]);
  return { findings: [...findings.values()], runs };
}
