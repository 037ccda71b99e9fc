import type { Finding, LineReference, PathNote, Range, WitnessValue } from '../checks/finding.js';
import { renderMessage } from '../checks/message.js';
import type { Control, ControlTarget, Successor } from '../cpu/control.js';
import type { Arch, InstructionItem, Program, SourceSpan } from '../ir/program.js';
import { and, bv, constValue, eq, ite, not, or, sub, sym, TRUE } from '../values/expr.js';
import type { Expr } from '../values/expr.js';
import { exprEquals, symbolsOf } from '../values/key.js';
import { formatExpr, formatNumber, type NumberStyle } from '../values/format.js';
import { evaluate, Valuation } from '../values/evaluate.js';
import type { Assignment } from '../values/evaluate.js';
import type { Interval } from '../values/intervals.js';
import type { KnownBits } from '../values/known-bits.js';
import { PathCondition } from '../values/path-condition.js';
import { Solver } from '../values/solver.js';
import { SymbolicMemory } from '../values/symbolic-memory.js';
import type { MemoryWrite } from '../values/symbolic-memory.js';
import { addAssumption, addCall, addJump, addNote, addReturn, joinHistories, joinSelectors, otherArmsProving, pathNote, ProvenPath, selectorSymbols, shortestWay, START } from './history.js';
import type { History } from './history.js';
import type { FindingDraft, FindingPlace, Hooks, Invariant, ModelStates, Outcome, Since, StepContext } from './hooks.js';
import type { Fresh, Machine, StepEnv } from './machine.js';
import { witnessFor, witnessOf } from './path-witness.js';
import type { StepObserver } from './register-facts.js';
import { registerDifference } from './machines/registerView.js';
import { armsOf, returnWay, type ReturnSlot, type ReturnWay } from './return-slots.js';
import type { Trace, TraceEvent, TraceStep } from './trace.js';

// The worklist explorer. Paths wait at (call stack, address); the lowest
// address is taken first, so both arms of a branch arrive at their merge point
// before it runs and are joined there: n sequential branches stay n paths'
// worth of work, not 2^n. Loops are unrolled a bounded number of times, then
// widened: what changed between two visits of the loop head becomes fresh,
// and a later visit the widened state covers is dropped. Traced paths, which
// never join, run depth first instead (see `traced`).

export interface Budget {
  /** Instructions executed, over all paths. */
  readonly steps: number;
  /** Paths started (forks included). */
  readonly paths: number;
  /** Time in the clock's units: milliseconds of this process's CPU time for the default clock. */
  readonly time: number;
  /** Times a path may take one backward edge before the loop head is widened. */
  readonly loopUnroll: number;
  /** Widenings of one loop head before the path is given up, but for those that make unknown a register none before it did. */
  readonly widenings: number;
  /** Calls followed into procedures of the program before calls are skipped. */
  readonly inlineDepth: number;
  /** Targets a computed branch may resolve to. */
  readonly computedTargets: number;
}

// Steps and paths are the bounds that make results repeatable; the time is a
// last-resort safety net a slow or loaded machine must not reach first.
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The CPU clock read at every 64th step only: reading it is a system call,
 * which at every step took about an eighth of a large file's analysis, and
 * 64 steps overrun the time budget by well under a millisecond.
 */
function sampledCpuClock(): () => number {
  let calls = 0;
  let last = 0;
  return () => {
    if (calls++ % 64 === 0) last = cpuMilliseconds();
    return last;
  };
}

export const DEFAULT_BUDGET: Budget = {
  steps: 20000, paths: 2000, time: 10000, loopUnroll: 8, widenings: 3, inlineDepth: 3, computedTargets: 64,
};

export interface ExploreOptions<S> {
  readonly program: Program;
  readonly machine: Machine<S>;
  readonly hooks?: Hooks<S>;
  readonly invariants?: readonly Invariant<S>[];
  readonly budget?: Partial<Budget>;
  readonly clock?: () => number;
  readonly solver?: Solver;
  /** Record a full trace per path (concrete runs). */
  readonly trace?: boolean;
  readonly models?: ModelStates;
  /**
   * 1-bit facts that hold at entry (the caller's contract: EBX is a VM handle,
   * R1 points at a word-aligned page block). They start the path condition,
   * so the solver, witnesses and `feasible` all take them into account.
   */
  readonly assumptions?: readonly Expr[];
  /**
   * Values for symbols the run makes as it goes (service and SWI results,
   * destroyed registers), by the name the symbol gets (`_XchgFreePhysReg.eax#1`,
   * the n-th of that name): how a concrete run replays a finding's witness,
   * whose names are these symbols. The symbol stays a symbol, so the models
   * still know where it came from, and the path condition pins its value
   * from the step that made it.
   */
  readonly inputs?: ReadonlyMap<string, bigint>;
  /** Sees the registers before every instruction (hover's register values). */
  readonly observer?: StepObserver;
  /**
   * Where an instruction was written when that is elsewhere than its
   * `source`: the line of the body of a macro the program defines that the
   * call at `source` expanded. A finding at the call points there too.
   */
  readonly bodyLineOf?: (item: InstructionItem) => SourceSpan | undefined;
  /**
   * Asked before every instruction: once it answers true, the run throws
   * `Interrupted` and returns nothing (its caller no longer wants the result:
   * an editor's analysis of a text an edit has replaced).
   */
  readonly interrupted?: () => boolean;
}

/** What `explore` throws when its `interrupted` answers true. */
export class Interrupted extends Error {
  constructor() { super('the exploration was interrupted'); }
}

export interface Incomplete {
  readonly reason: string;
  readonly address: bigint;
  readonly source?: SourceSpan;
  /** The steps of the traced path given up: how far a run that stopped got. */
  readonly trace?: Trace;
}

/** The steps of the first traced path that was given up, for a run that ended no path to show. */
export function stoppedTrace(incomplete: readonly Incomplete[]): Trace | undefined {
  return incomplete.find((i) => i.trace !== undefined)?.trace;
}

/**
 * How a path ended: `return` from the explored procedure; `exit` when a model
 * ends it on purpose (a service that does not return, an error handed to the
 * error handler), or a return in a routine the procedure called goes to an
 * address no call put on the stack; `fault` when the CPU would raise an exception;
 * `subsumed-by-widening` when a widened loop head already covers it.
 */
export interface PathEnd<S> {
  readonly kind: 'return' | 'exit' | 'fault' | 'subsumed-by-widening';
  readonly address: bigint;
  readonly state: S;
  readonly models: ModelStates;
  readonly condition: readonly Expr[];
  readonly reason?: string;
  /**
   * The path ended at a return to an address no call put on the stack (see
   * return-slots.ts): the explored procedure's, or one in a routine it
   * called, where the path ends as the explorer cannot follow it.
   */
  readonly astray?: true;
  readonly trace?: Trace;
}

/**
 * Whether a path ended where the code took it (a return, an exit, a fault):
 * one a widened loop head covered ended in a state no run of the code is
 * in, with no trace, so a run never shows it.
 */
export function endedInCode<S>(end: PathEnd<S>): boolean {
  return end.kind !== 'subsumed-by-widening';
}

export interface ExploreResult<S> {
  readonly findings: readonly Finding[];
  /** The cause each finding's draft named (`FindingDraft.cause`). */
  readonly causes: ReadonlyMap<Finding, string>;
  /** Drafts whose path the solver could neither prove nor refute: not findings, but not nothing either. */
  readonly unproven: readonly (FindingDraft & { readonly source: SourceSpan })[];
  readonly incomplete: readonly Incomplete[];
  readonly ends: readonly PathEnd<S>[];
  readonly steps: number;
  readonly paths: number;
}

/** A finding as first proven, whose path notes wait for the other paths that prove it (see `ProvenPath`). */
interface ProvenFinding {
  readonly finding: Omit<Finding, 'notes'>;
  readonly path: ProvenPath;
  /** The check's own notes, after the path's. */
  readonly notes: readonly PathNote[];
  readonly file: string;
  readonly cause?: string;
  /** The draft's `also`, placed. */
  readonly also?: PathNote;
  /** The draft's `since`, with the constraints of the path that first proved it. */
  readonly since?: Since & { readonly constraints: readonly Expr[] };
  /** The draft's `once`. */
  readonly once?: string;
  /**
   * For a finding with a `since`, the later paths that proved it, each
   * made into a finding of its own only if the paths before it turn out to
   * rest on unknown memory (`restsOnUnknownMemory`): a path that freed a
   * block from outside because of a flag word's bit and one that freed its
   * own block meet at one double free, and whichever came first, the other
   * still proves it.
   */
  readonly later?: (() => ProvenFinding)[];
}

interface Frame {
  /** The call's own address, which says whether returning to `returnTo` goes back round a loop. */
  readonly from: bigint;
  /** The call instruction's place in the source, for the checks that name where a routine was called from. */
  readonly site: SourceSpan;
  readonly returnTo: bigint;
  /** A branch taken as a call because LR held a return address the code had put there (`ADR lr, back` / `B routine`), not a call instruction. */
  readonly byLink: boolean;
  /** Where the call put its return address, on a machine that keeps it on the stack (`Machine.returnSlot`). */
  readonly slot: Expr | undefined;
  /** The stack pointer before the call, on such a machine: a return that leaves it elsewhere took its arguments off. */
  readonly stack: Expr | undefined;
  /** Whether the call went into a routine that returns through its slot (see `ReturnSlot.routine`). */
  readonly routine: boolean;
  /** The routine's name in notes. */
  readonly callee: string | undefined;
  readonly parent: Frame | undefined;
  readonly depth: number;
}

interface LoopHead<S> {
  /** Visits counted, over every call of the routine the loop is in (see `afterReturn`). */
  readonly visits: number;
  /** The state at the previous visit, or the widened state once widened; undefined once the call of the visit has returned. */
  readonly state: S | undefined;
  readonly widenings: number;
  /** Names of the values widening made fresh. */
  readonly free: ReadonlySet<string>;
  /** The model states the path went on with from the visit (the widened state's, once widened). */
  readonly models: ModelStates;
  /**
   * The widened states of the other paths joined into this one since its
   * widening, each with its free names: each went on from the head as a
   * side of the join, so a state one covers is explored as this one is.
   */
  readonly joined?: readonly Widened<S>[];
  /** The explorer's forks so far at the previous visit. */
  readonly forks: number;
  /** The call depth of the visit (`Frame.depth`, 0 in the explored routine). */
  readonly depth: number;
}

/** A loop head's widened state and the names of the values its widenings made fresh. */
interface Widened<S> {
  readonly state: S;
  readonly free: ReadonlySet<string>;
  readonly models: ModelStates;
}

interface Path<S> {
  readonly address: bigint;
  readonly state: S;
  readonly condition: PathCondition;
  /** Values under which the condition holds, when the path knows some (see path-witness.ts). */
  readonly witness: Valuation | undefined;
  readonly history: History;
  readonly frame: Frame | undefined;
  readonly models: ModelStates;
  readonly loops: ReadonlyMap<bigint, LoopHead<S>>;
  readonly trace: Steps | undefined;
  /** Whether the path came to its address by returning from a call (until its next step). */
  readonly returned: boolean;
  /** How many symbols of each hint `pathFresh` made on the path (the more of two paths that met). */
  readonly counts: ReadonlyMap<string, number> | undefined;
}

// Every path is built as a literal of all its fields in the order above,
// never by spreading another (`{ ...path, address }`): the paths' copies
// went through V8's generic object copy, which the profile of a VxD
// analysis put at about a twentieth of its steps' CPU.

/**
 * A traced path's steps, the last first, sharing the steps before a fork
 * with the other side: a step adds one node, where copying the array made
 * a long run quadratic (a 10,000-round loop).
 */
interface Steps {
  readonly last: TraceStep | undefined;
  readonly before: Steps | undefined;
}

const NO_STEPS: Steps = { last: undefined, before: undefined };

/** What a traced step's record needs of the state before it, taken before the step may change that state in place. */
interface Before {
  readonly registers: ReadonlyMap<string, Expr>;
  readonly writeCount: number | undefined;
}

/** What a step's hooks add to its trace record: events, and the steps run inside it, each after the first `at` events. */
interface StepRecord {
  readonly events: TraceEvent[];
  readonly nested: { readonly at: number; readonly steps: Trace }[];
}

const newRecord = (): StepRecord => ({ events: [], nested: [] });

/**
 * A step's record, then the steps run inside it (the handlers the kernel
 * called during a SWI), each run followed by the events up to the next,
 * so that the trace reads in the order things happened: kernel events
 * ride on the step after which they happened.
 */
function withNested(before: Steps | undefined, step: TraceStep, nested: StepRecord['nested']): Steps {
  const [first] = nested;
  if (!first) return { last: step, before };
  const { events } = step;
  let steps: Steps = { last: { ...step, events: events.slice(0, first.at) }, before };
  nested.forEach((run, i) => {
    for (const s of run.steps) steps = { last: s, before: steps };
    const after = events.slice(run.at, nested[i + 1]?.at ?? events.length);
    const last = steps.last;
    if (after.length > 0 && last) steps = { last: { ...last, events: [...last.events, ...after] }, before: steps.before };
  });
  return steps;
}

function stepArray(steps: Steps): Trace {
  const out: TraceStep[] = [];
  for (let s: Steps | undefined = steps; s?.last; s = s.before) out.push(s.last);
  return out.reverse();
}

class Stop extends Error {
  constructor(readonly reason: string) { super(reason); }
}

/** The one PW900 finding for an exploration that was cut short, if it was. */
export function incompleteFinding(result: ExploreResult<unknown>, procedure: string): Finding | undefined {
  const [first] = result.incomplete;
  if (!first?.source) return undefined;
  // Paths that stop at the same place for the same reason are one stop.
  const others = new Set(result.incomplete.filter((i) => i.address !== first.address || i.reason !== first.reason).map((i) => `${i.address}:${i.reason}`)).size;
  const more = others > 0 ? ` (and ${others} more)` : '';
  return { code: 'PW900', message: `Analysis of ${procedure} was cut short: ${first.reason}${more}`, range: first.source.range, file: first.source.file, notes: [] };
}

/** Numbers in notes as the dialect writes them. */
const numberStyle = (arch: Arch): NumberStyle => (arch === 'x86' ? 'masm' : 'objasm');

export function explore<S>(entryAddress: bigint, entryState: S, options: ExploreOptions<S>): ExploreResult<S> {
  return new Explorer(options, entryState).run(entryAddress);
}

class Explorer<S> {
  private readonly budget: Budget;
  /** How notes and PW900 texts write numbers: in the dialect of the program. */
  private readonly style: NumberStyle;
  private readonly solver: Solver;
  private readonly textBets = new WeakMap<Expr, boolean>();
  private readonly clock: () => number;
  private readonly started: number;
  private readonly waiting = new Map<string, Path<S>[]>();
  /**
   * Traced paths, last forked on top. A traced path never joins (its steps
   * are its own), so holding it at its address for the others gains
   * nothing: traced paths run depth first, and the first of them ends after
   * its own steps, not after every fork of a loop over unknown input has run
   * in address order, which used up a run's budget before any path ended.
   */
  private readonly traced: Path<S>[] = [];
  private readonly findings = new Map<string, ProvenFinding>();
  private readonly unproven: (FindingDraft & { source: SourceSpan })[] = [];
  private readonly incomplete: Incomplete[] = [];
  private readonly ends: PathEnd<S>[] = [];
  private readonly freshNames = new Map<string, number>();
  /**
   * The values widening made fresh, by loop head, round and what they stand
   * for: the paths that come back to a head together are widened one by
   * one before they meet there, and with the same unknown for the same
   * register or byte they join without a choice between two unknowns,
   * whose condition would name what the paths branched on.
   */
  private readonly widened = new Map<string, Expr>();
  /**
   * Model states `joinModels` refused to join, by the first side, at each
   * kind of place apart (elsewhere, at a loop head, where a call returns,
   * both: `loopHead` + 2 × `returned`): the hook's refusals do not depend on
   * the selector.
   */
  private readonly refusedModels = Array.from({ length: 4 }, () => new WeakMap<ModelStates, WeakSet<ModelStates>>());
  /**
   * States something besides one waiting path holds (the entry state, a loop
   * head's, one state on several paths): a step on them works on a copy.
   * Any other path's state is its own, and its steps change it in place.
   */
  private readonly shared = new WeakSet<object>();
  /** `symbol == value` for given inputs made since the last outcomes were taken. */
  private pins: Expr[] = [];
  private questions: Questions | undefined;
  /** Shared by every step's context: neither depends on the path. */
  readonly freshValue: Fresh = (hint, width) => this.fresh(hint, width);
  private readonly resolve = (label: string): bigint | undefined => this.options.program.label(label);
  private readonly isCode = (address: bigint): boolean => this.options.program.itemAt(address)?.kind === 'instruction';
  private readonly isLabelled = (address: bigint): boolean => this.options.program.labelsAtAddress(address).length > 0;
  private steps = 0;
  private paths = 1;
  /** Steps, computed branches and model calls that went more than one way. */
  private forks = 0;

  readonly program: Program;
  /** Where the explored procedure's caller put its return address, on a machine that keeps it on the stack. */
  readonly entrySlot: Expr | undefined;

  constructor(private readonly options: ExploreOptions<S>, readonly entry: S) {
    this.program = options.program;
    this.entrySlot = options.machine.returnSlot?.(entry);
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
    this.style = numberStyle(options.program.arch);
    this.solver = options.solver ?? new Solver();
    // CPU time, not wall time: on a loaded machine (CI, a busy editor) wall
    // time runs on while the analysis waits for a core, and the same procedure
    // would be cut short on one run and not the next.
    this.clock = options.clock ?? sampledCpuClock();
    this.started = this.clock();
  }

  run(entryAddress: bigint): ExploreResult<S> {
    const condition = (this.options.assumptions ?? []).reduce((c, a) => c.and(a), PathCondition.TRUE);
    // Contradictory assumptions describe no call at all: nothing to explore.
    if (condition.isFalse) return this.result();
    const witness = witnessOf(condition.conjuncts);
    if (witness === undefined && this.solver.refutes(condition.conjuncts)) return this.result();
    this.share(this.entry);
    this.enqueue({
      address: entryAddress, state: this.entry, condition, witness, history: START, frame: undefined,
      models: this.options.models ?? new Map(), loops: new Map(), trace: this.options.trace ? NO_STEPS : undefined, returned: false, counts: undefined,
    });
    try {
      for (let group = this.next(); group; group = this.next()) {
        for (const path of this.merge(group)) this.step(path);
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    return this.result();
  }

  private result(): ExploreResult<S> {
    const causes = new Map<Finding, string>();
    const told = firstOfEach([...this.findings.values()].flatMap((f) => this.standing(f)))
      .map(({ finding, path, notes, file, cause, also }): Told => ({ finding: { ...finding, notes: [...path.notes(file, this.options.program.dataNames), ...notes] }, cause, also }));
    const findings = oneForEachWay(told).map(({ finding, cause }) => {
      if (cause !== undefined) causes.set(finding, cause);
      return finding;
    });
    return { findings, causes, unproven: this.unproven, incomplete: this.incomplete, ends: this.ends, steps: this.steps, paths: this.paths };
  }

  /** The first proof of `found` that does not rest on unknown memory: itself or one of its `later` paths. */
  private standing(found: ProvenFinding): ProvenFinding[] {
    if (!this.restsOnUnknownMemory(found)) return [found];
    for (const make of found.later ?? []) {
      const next = make();
      if (!this.restsOnUnknownMemory(next)) return [next];
    }
    return [];
  }

  /**
   * Whether a finding with a `since` rests on what memory the exploration
   * knows nothing about says, after that point: the path that first proved
   * it assumed so (and no other path that proves it took that branch
   * another way), and nothing it joined on the way makes the finding hold
   * the other way too. Asked once every path is in.
   */
  private restsOnUnknownMemory({ path, since }: ProvenFinding): boolean {
    if (!since) return false;
    const memory = this.options.machine.memory(this.entry);
    if (!(memory instanceof SymbolicMemory)) return false;
    const own = symbolsOf(since.handle);
    const flag = (input: Expr): boolean => !(input.kind === 'sym' && own.has(input.name)) && memory.isInput(input);
    return path.assumedAfter(since.story, flag).some((guard) => this.solver.refutes(since.constraints, not(guard)));
  }

  // ---- worklist -------------------------------------------------------------

  private key(path: Path<S>): string {
    const frames: bigint[] = [];
    for (let f = path.frame; f; f = f.parent) frames.push(f.returnTo);
    return `${frames.join(',')}@${path.address}`;
  }

  private enqueue(path: Path<S>): void {
    if (path.trace) {
      this.traced.push(path);
      return;
    }
    const k = this.key(path);
    const list = this.waiting.get(k);
    if (list) list.push(path); else this.waiting.set(k, [path]);
  }

  /** The group of paths at the deepest call level and lowest address (ties: first queued). */
  private next(): Path<S>[] | undefined {
    const traced = this.traced.pop();
    if (traced) return [traced];
    let best: [string, Path<S>[]] | undefined;
    for (const entry of this.waiting) {
      const [p] = entry[1], [q] = best?.[1] ?? [];
      if (!p) continue;
      const pd = p.frame?.depth ?? 0, qd = q ? q.frame?.depth ?? 0 : -1;
      if (!q || pd > qd || (pd === qd && p.address < q.address)) best = entry;
    }
    if (!best) return undefined;
    this.waiting.delete(best[0]);
    return best[1];
  }

  // ---- merging --------------------------------------------------------------

  private merge(group: Path<S>[]): Path<S>[] {
    const out: Path<S>[] = [];
    for (let path of group) {
      let merged = false;
      for (let i = 0; i < out.length && !merged; i++) {
        const other = out[i] as Path<S>;
        // Returns go by the slots of the calls the paths are in, which paths from two runs of one call may not share.
        if (other.trace !== undefined || !sameSlots(other.frame, path.frame) || this.options.machine.joinable?.(other.state, path.state) === false) continue;
        const apart = this.parted(other, path);
        if (apart) {
          [out[i], path] = apart;
          continue;
        }
        const joined = this.join(other, path);
        if (joined) { out[i] = joined; merged = true; }
      }
      if (!merged) out.push(path);
    }
    return out;
  }

  /**
   * Two paths that meet at a branch that would part them again at once
   * (`Machine.parts`), left apart: each with the note the branch would have
   * made on their join, `assuming` the guard that tells it from the other
   * (an X SWI's "assuming XOS_Memory's result (V) == 0" at the `BVS` after
   * it), where their conditions have one. Undefined where the branch does
   * not part them.
   */
  private parted(a: Path<S>, b: Path<S>): readonly [Path<S>, Path<S>] | undefined {
    const { machine, program } = this.options;
    const item = machine.parts && program.itemAt(a.address);
    if (item?.kind !== 'instruction' || !machine.parts?.(a.state, b.state, item.instruction)) return undefined;
    const selector = a.condition.join(b.condition)?.selector;
    if (selector === undefined) return [a, b];
    const told = (p: Path<S>, guard: Expr): Path<S> => ({
      address: p.address, state: p.state, condition: p.condition, witness: p.witness, history: addAssumption(p.history, item.source, guard, this.style),
      frame: p.frame, models: p.models, loops: p.loops, trace: p.trace, returned: p.returned, counts: p.counts,
    });
    return [told(a, selector), told(b, not(selector))];
  }

  /** `a` and `b` as one path, where they can be; `merge` has checked that their calls and the machine allow it. */
  private join(a: Path<S>, b: Path<S>): Path<S> | undefined {
    const { machine } = this.options;
    const joinModels = this.options.hooks?.joinModels;
    const modelsDiffer = !sameModels(a.models, b.models);
    // Paths that went round a loop and are back at its head.
    const loopHead = a.loops.has(a.address) || b.loops.has(b.address);
    // Both came back from the call they made: the paths through the routine meet again where it returns.
    const returned = a.returned && b.returned;
    const refused = this.refusedModels[(loopHead ? 1 : 0) + (returned ? 2 : 0)] as WeakMap<ModelStates, WeakSet<ModelStates>>;
    // Model states the hook cannot join stay apart without a selector made for them.
    if (modelsDiffer && (!joinModels || refused.get(a.models)?.has(b.models))) return undefined;
    const pc = a.condition.join(b.condition);
    let models = a.models;
    if (modelsDiffer) {
      const joined = pc && joinModels?.(a.models, b.models, pc.selector, loopHead, returned);
      if (!joined) {
        if (pc) refuseModels(refused, a.models, b.models);
        return undefined;
      }
      models = joined;
    }
    const ma = machine.memory(a.state), mb = machine.memory(b.state);
    const sameMemory = ma === mb || (ma instanceof SymbolicMemory && mb instanceof SymbolicMemory && ma.sameAs(mb));
    if (!sameMemory && !(ma instanceof SymbolicMemory && mb instanceof SymbolicMemory)) return undefined;
    const ra = machine.registers(a.state), rb = machine.registers(b.state);
    let difference = registerDifference(ra, rb, machine.joinUnsettled === undefined);
    // Whether one state stands for both needs every register worked out.
    if (difference.values.length === 0 && difference.unsettled.length > 0 && sameMemory) difference = registerDifference(ra, rb, true);
    const differing = difference.values;
    if (differing.length === 0 && difference.unsettled.length === 0 && sameMemory) {
      // Identical states: one stands for both.
      // A joined condition holds wherever either side's does, so either side's witness will do.
      const side = pc || a.condition.conjuncts.length <= b.condition.conjuncts.length ? a : b;
      const witness = pc ? a.witness ?? b.witness : side.witness;
      return {
        address: a.address, state: a.state, condition: pc?.condition ?? side.condition, witness, history: pc ? joinHistories(pc.selector, a.history, b.history) : a.history,
        frame: a.frame, models, loops: joinLoops(a.loops, b.loops), trace: a.trace, returned, counts: joinCounts(a.counts, b.counts),
      };
    }
    if (!pc) return undefined;
    const memory = sameMemory ? undefined : (ma as SymbolicMemory).joinWith(mb as SymbolicMemory, pc.selector);
    if (!sameMemory && !memory) return undefined;
    const values = new Map<string, Expr>();
    for (const [name, v] of differing) {
      const w = rb.get(name);
      if (w && w.width === v.width) values.set(name, ite(pc.selector, v, w));
    }
    let state = machine.withRegisters(a.state, values);
    state = machine.joinedFrom?.(state, a.state, b.state, pc.selector) ?? state;
    if (difference.unsettled.length > 0) state = machine.joinUnsettled?.(state, a.state, b.state, difference.unsettled, pc.selector) ?? state;
    // The joined memory goes in last: a copy of a state clones its memory, and a
    // clone's first store into each region the join made would copy it again.
    if (memory) state = machine.withMemory(state, memory);
    return {
      address: a.address, state, condition: pc.condition, witness: a.witness ?? b.witness, history: joinHistories(pc.selector, a.history, b.history),
      frame: a.frame, models, loops: joinLoops(a.loops, b.loops), trace: a.trace, returned, counts: joinCounts(a.counts, b.counts),
    };
  }

  // ---- one instruction --------------------------------------------------------

  private step(path: Path<S>): void {
    const { program, machine, hooks } = this.options;
    if (this.options.interrupted?.()) throw new Interrupted();
    if (++this.steps > this.budget.steps) this.stop(`step budget of ${this.budget.steps} instructions used up`, path);
    if (this.clock() - this.started > this.budget.time) this.stop('time budget used up', path);
    const item = program.itemAt(path.address);
    if (!item || item.kind !== 'instruction') {
      this.giveUp(item ? 'execution runs into data' : `no instruction at ${formatNumber(path.address, this.style)}`, path);
      return;
    }
    const memory = machine.memory(path.state);
    const conjuncts = path.condition.conjuncts;
    const questions = this.questionsAbout(conjuncts);
    if (path.witness !== undefined) this.solver.satisfied(conjuncts);
    if (memory instanceof SymbolicMemory) memory.useBounds(questions.bounds);
    const env: StepEnv = {
      item, address: item.address, next: program.itemAfter(item)?.address ?? item.address + BigInt(item.size),
      resolve: this.resolve, isCode: this.isCode, isLabelled: this.isLabelled, knownBits: questions.knownBits,
    };
    // As a guard is: a condition the path's witness, or one value changed in it, satisfies is one the solver cannot refute.
    this.options.observer?.(item, machine.registers(path.state), conjuncts, (extra) => this.witnessFor(path, extra) === undefined && questions.refutes(extra));
    const ctx = new StepCtx(this, path, item, env, newRecord(), memory instanceof SymbolicMemory ? memory.writeCount : 0);
    ctx.slot = machine.returnSlot?.(path.state);
    // Read before the step, which may change the path's state in place.
    const broken = this.violations(path);
    ctx.before = path.trace && { registers: new Map(machine.registers(path.state)), writeCount: memory instanceof SymbolicMemory ? memory.writeCount : undefined };
    let outcomes: readonly Outcome<S>[];
    try {
      outcomes = hooks?.onInstruction?.(ctx) ?? ctx.execute();
    } catch (e) {
      this.giveUp(`cannot execute ${item.text ?? item.instruction.mnemonic}: ${e instanceof Error ? e.message : String(e)}`, path);
      return;
    }
    const feasible: Outcome<S>[] = [];
    const witnesses: (Valuation | undefined)[] = [];
    for (const o of this.pinned(outcomes)) {
      const witness = this.witnessFor(path, o.guard);
      if (witness === undefined && !this.mayHold(path.condition, o.guard)) continue;
      feasible.push(o);
      witnesses.push(witness);
    }
    this.shareRepeated(feasible);
    hooks?.onStep?.(ctx, feasible);
    const branching = feasible.length > 1;
    if (branching) {
      this.forks++;
      this.addPaths(feasible.length - 1, path);
    }
    // Where the other ways out of a step are faults (a DIV that may raise #DE), going on assumed only that it did not fault: no finding's story.
    const goingOn = feasible.filter((o) => o.control.kind !== 'fault').length;
    for (let i = 0; i < feasible.length; i++) {
      const o = feasible[i] as Outcome<S>;
      const assumed = branching && o.guard.kind !== 'const' && (goingOn > 1 || o.control.kind === 'fault');
      const base = assumed ? this.assume(ctx.history, item, o) : ctx.history;
      const led = !assumed && o.lead !== undefined ? addNote(base, item.source, o.lead) : base;
      const history = o.note === undefined ? led : addNote(led, item.source, o.note);
      // What broke an invariant here is told without a lead no assumption follows: the finding stands where the call returned.
      const told = led === base ? history : o.note === undefined ? base : addNote(base, item.source, o.note);
      const next: Path<S> = {
        address: path.address, state: o.state, condition: path.condition.and(o.guard), witness: witnesses[i], history, frame: path.frame, models: o.models ?? ctx.models, loops: path.loops,
        trace: path.trace && ctx.before && withNested(path.trace, this.traceStep(item, ctx.before, o.state, ctx.record.events, branching ? o.guard : undefined), ctx.record.nested),
        returned: false, counts: ctx.counts ?? path.counts,
      };
      this.checkInvariants(broken, next, item, told);
      this.follow(next, o.control, item, env, ctx, 0);
    }
  }

  private follow(path: Path<S>, control: Control, item: InstructionItem, env: StepEnv, ctx: StepCtx<S>, depth: number): void {
    const { program, hooks } = this.options;
    switch (control.kind) {
      case 'next': return this.goto(path, item.address, env.next);
      case 'jump': return this.toTargets(path, item, control, (p, to) => this.goto(p, item.address, to));
      case 'call': {
        // A branch with LR pointing at data (a table's address kept there) calls nothing that could return to it.
        if (control.returnTo !== undefined && program.itemAt(control.returnTo)?.kind !== 'instruction') return this.follow(path, { kind: 'jump', target: control.target }, item, env, ctx, depth);
        const label = 'label' in control.target ? control.target.label : undefined;
        if (label !== undefined && program.label(label) === undefined) return this.external(path, control, item, env, ctx, depth);
        const returnTo = control.returnTo ?? env.next;
        const depthNow = path.frame?.depth ?? 0;
        if (depthNow >= this.budget.inlineDepth) {
          return this.goto(this.skipCall(path, ctx), item.address, returnTo);
        }
        const slot = this.options.machine.returnSlot?.(path.state);
        const go = (p: Path<S>, to: bigint): void => {
          const callee = label ?? this.labelOf(to);
          const frame: Frame = {
            from: item.address, site: item.source, returnTo, byLink: control.returnTo !== undefined, slot, stack: ctx.slot,
            routine: to !== returnTo && program.itemAt(returnTo)?.kind === 'instruction', callee, parent: path.frame, depth: depthNow + 1,
          };
          this.enqueue({
            address: to, state: p.state, condition: p.condition, witness: p.witness, history: addCall(p.history, item.source, callee),
            frame, models: p.models, loops: p.loops, trace: p.trace, returned: p.returned, counts: p.counts,
          });
        };
        // A call through a pointer the path does not pin down (`call [pfnHelper]`) goes to code it cannot see: skipped, as a call outside the program is.
        return this.toTargets(path, item, control, go, () => this.goto(this.skipCall(path, ctx), item.address, returnTo));
      }
      case 'return': {
        if (ctx.slot !== undefined) return this.returnFromSlot(path, ctx.slot, control.address, item, env, ctx);
        const returning = this.outOfBranches(path, control.address);
        const { frame } = returning;
        if (frame) return this.goto(outOfCall(returning, frame), frame.from, frame.returnTo);
        hooks?.onReturn?.(new StepCtx(this, returning, item, env, newRecord(), ctx.writeMark), returning.state, control.address);
        return this.end(returning, 'return');
      }
      case 'interrupt': case 'swi': return this.external(path, control, item, env, ctx, depth);
      case 'fault': return this.end(path, 'fault', control.reason);
      case 'incomplete': return this.giveUp(control.reason, path);
      case 'exit': return this.end(path, 'exit', control.reason);
    }
  }

  /**
   * The path as the frames a return leaves see it. A branch taken as a call
   * because LR held a code address was a plain branch when the code it went
   * to returns, provably, elsewhere than there: LR held the address as data
   * (`ADR lr, Handler` / `STR lr, ws_handler` / `B init_on`), and the return
   * is the branch's caller's.
   */
  private outOfBranches(path: Path<S>, address: Expr): Path<S> {
    let p = path;
    while (p.frame?.byLink && this.infeasible(p, eq(address, bv(p.frame.returnTo, address.width)))) {
      p = {
        address: p.address, state: p.state, condition: p.condition, witness: p.witness, history: addReturn(p.history),
        frame: p.frame.parent, models: p.models, loops: p.loops, trace: p.trace, returned: p.returned, counts: p.counts,
      };
    }
    return p;
  }

  /** The return slots of the calls `path` is inside (see `returnSlots`). */
  returnSlotsOf(path: Path<S>): readonly ReturnSlot[] {
    return returnSlots(path.frame, this.entrySlot, this.options.machine.registers(path.state));
  }

  /**
   * A return on a machine that keeps return addresses on the stack goes
   * where the slot it reads (`slot`, the stack pointer before it) says
   * (see return-slots.ts): back past the call that put its address there,
   * out of the procedure, to the program's code a `push` put there, or,
   * in a routine the explorer called, nowhere it can follow: that return
   * goes to the wrong address (PW231 at it), and the path ends there
   * instead of going on in the caller as if it had come back. A stack
   * pointer joined from paths that left it in different places goes each
   * of its ways on the paths that left it there.
   */
  private returnFromSlot(path: Path<S>, slot: Expr, address: Expr, item: InstructionItem, env: StepEnv, ctx: StepCtx<S>): void {
    const slots = this.returnSlotsOf(path);
    const arms = armsOf(slot);
    const ways = new Map<string, { way: ReturnWay; guard: Expr }>();
    for (const arm of arms) {
      const way = returnWay(arm.value, slots, arms.length === 1 ? address : undefined, this.program);
      // Out of the procedure, whether to its caller or astray: the path ends alike.
      const key = way.kind === 'jump' ? `jump ${way.to}` : way.kind === 'frame' && way.index < slots.length - 1 ? `frame ${way.index}` : path.frame && way.kind === 'astray' ? 'astray' : 'out';
      const seen = ways.get(key);
      ways.set(key, { way, guard: seen ? or(seen.guard, arm.guard) : arm.guard });
    }
    if (ways.size === 1) return this.returnBy(path, [...ways.values()][0]?.way as ReturnWay, address, item, env, ctx);
    const feasible = [...ways.values()].flatMap(({ way, guard }) => {
      const witness = this.witnessFor(path, guard);
      return witness !== undefined || this.mayHold(path.condition, guard) ? [{ way, guard, witness }] : [];
    });
    if (feasible.length > 1) {
      this.forks++;
      this.addPaths(feasible.length - 1, path);
      this.share(path.state);
    }
    for (const { way, guard, witness } of feasible) this.returnBy(guarded(path, guard, witness, path.history), way, address, item, env, ctx);
  }

  private returnBy(path: Path<S>, way: ReturnWay, address: Expr, item: InstructionItem, env: StepEnv, ctx: StepCtx<S>): void {
    if (way.kind === 'jump') return this.goto(path, item.address, way.to);
    if (way.kind === 'astray' && path.frame) return this.end(path, 'exit', 'the return goes to an address no call put on the stack', true);
    let p = path;
    // Every call the return goes back past, to the one whose slot it read; out of the procedure past them all.
    const past = way.kind === 'frame' ? way.index + 1 : Infinity;
    for (let n = 0; n < past && p.frame; n++) {
      const { frame } = p;
      p = outOfCall(p, frame, n + 1 === past ? this.argumentsTaken(frame, p.state) : undefined);
      if (n + 1 === past) return this.goto(p, frame.from, frame.returnTo);
    }
    this.options.hooks?.onReturn?.(new StepCtx(this, p, item, env, newRecord(), ctx.writeMark), p.state, address);
    this.end(p, 'return', undefined, way.kind === 'astray');
  }

  /**
   * The note for the findings about the stack pointer where the routine
   * `frame` called returns with the stack pointer (`after`) above where it
   * was before the call: it took its arguments off (`ret 8`).
   */
  private argumentsTaken(frame: Frame, after: S): string | undefined {
    const now = this.options.machine.returnSlot?.(after);
    if (now === undefined || frame.stack === undefined) return undefined;
    const taken = sub(now, frame.stack);
    if (taken.kind !== 'const' || taken.value === 0n || taken.value >= 1n << BigInt(taken.width - 1)) return undefined;
    return `${frame.callee ?? 'the routine'} returns here, taking ${formatNumber(taken.value, this.style)} bytes of arguments off the stack`;
  }

  /** Control the program's own code does not define: the models decide, or the path cannot go on. */
  private external(path: Path<S>, control: Control, item: InstructionItem, env: StepEnv, ctx: StepCtx<S>, depth: number): void {
    const { hooks } = this.options;
    // The hook sees this outcome's path (its notes so far) and shares the step's trace events.
    const child = depth === 0 ? new StepCtx(this, path, item, env, ctx.record, ctx.writeMark) : undefined;
    const outcomes = child && hooks?.onControl?.(child, control, path.state);
    if (child && outcomes) {
      const pinned = this.pinned(outcomes);
      this.shareRepeated(pinned);
      const broken = this.violations(path);
      const feasible = pinned.flatMap((o) => {
        const witness = this.witnessFor(path, o.guard);
        return witness === undefined && !this.mayHold(path.condition, o.guard) ? [] : [{ o, witness }];
      });
      if (feasible.length > 1) this.forks++;
      for (const { o, witness } of feasible) {
        // The model's outcome is what this step did, as far as the trace is concerned.
        const trace = path.trace && ctx.before && withNested(path.trace.before, this.traceStep(item, ctx.before, o.state, ctx.record.events, undefined), ctx.record.nested);
        const history = o.note === undefined ? child.history : addNote(child.history, item.source, o.note);
        const next: Path<S> = {
          address: path.address, state: o.state, condition: path.condition.and(o.guard), witness, history,
          frame: path.frame, models: o.models ?? path.models, loops: path.loops, trace, returned: path.returned, counts: child.counts ?? path.counts,
        };
        this.checkInvariants(broken, next, item, history);
        this.follow(next, o.control, item, env, ctx, depth + 1);
      }
      return;
    }
    if (control.kind === 'call') return this.goto(this.skipCall(path, ctx), item.address, control.returnTo ?? env.next);
    const what = control.kind === 'interrupt' ? `interrupt ${formatNumber(BigInt(control.vector), this.style)}` : control.kind === 'swi' ? swiText(control.number, this.style) : control.kind;
    this.giveUp(`no model for ${what}`, path);
  }

  /** The name a routine at `address` goes by in notes: its first label that is a name, not a local label's number. */
  private labelOf(address: bigint): string | undefined {
    return this.options.program.labelsAtAddress(address).find((l) => /^[A-Za-z_]/.test(l));
  }

  /** How a note names a branch's target: its label, else (`@@:`, an offset into code) its address, so the note still says where the branch went. */
  private targetName(address: bigint): string {
    return this.labelOf(address) ?? formatNumber(address, this.style);
  }

  /**
   * The story of an outcome of a step that forked, under its guard: the
   * branch to the entry of a table the guard picked (`Control`'s
   * `tableEntry`), which names where it went, else the assumption.
   */
  private assume(history: History, item: InstructionItem, o: Outcome<S>): History {
    const { control } = o;
    const to = (control.kind === 'jump' || control.kind === 'call') && control.tableEntry && 'address' in control.target ? constValue(control.target.address) : undefined;
    if (to === undefined) return addAssumption(history, item.source, o.guard, this.style, o.lead);
    return addJump(history, item.source, o.guard, this.style, this.targetName(to), { call: control.kind === 'call', entry: true });
  }

  /** `unknown`: what to do when the target is too loosely known to follow each place it may be (giving the path up by default). */
  private toTargets(path: Path<S>, item: InstructionItem, control: Extract<Control, { readonly target: ControlTarget }>, go: (p: Path<S>, to: bigint) => void, unknown?: () => void): void {
    const { target } = control;
    if ('label' in target) {
      const to = this.options.program.label(target.label);
      if (to === undefined) return this.giveUp(`undefined label ${target.label}`, path);
      return go(path, to);
    }
    const address = target.address;
    if (address.kind === 'const') {
      if (this.options.program.itemAt(address.value)) return go(path, address.value);
      return this.giveUp(`branch to ${formatNumber(address.value, this.style)}, where the program has no code`, path, item);
    }
    const tooMany = unknown ?? (() => this.giveUp(`computed branch to ${formatExpr(address, this.style)} has too many possible targets`, path));
    let candidates = constantLeaves(address, this.budget.computedTargets);
    if (candidates === 'too many') return tooMany();
    if (candidates === undefined) {
      const range = this.solver.range(address, path.condition.conjuncts);
      if (!range) return;
      const between = this.options.program.instructionsBetween(range[0], range[1]);
      if (between.length > this.budget.computedTargets || range[1] - range[0] > BigInt(this.budget.computedTargets) * 64n) return tooMany();
      candidates = between.map((c) => c.address);
    }
    const feasible: { readonly target: bigint; readonly guard: Expr; readonly witness: Valuation | undefined }[] = [];
    for (const target of candidates) {
      const guard = eq(address, bv(target, address.width));
      const witness = this.witnessFor(path, guard);
      if (witness !== undefined || this.mayHold(path.condition, guard)) feasible.push({ target, guard, witness });
    }
    if (feasible.length > 1) {
      this.forks++;
      this.addPaths(feasible.length - 1, path);
      this.share(path.state);
    }
    for (const { target, guard, witness } of feasible) {
      const history = addJump(path.history, item.source, guard, this.style, this.targetName(target), { call: control.kind === 'call' });
      go(guarded(path, guard, witness, history), target);
    }
  }

  private goto(path: Path<S>, from: bigint, to: bigint): void {
    if (to > from) return this.enqueue(movedTo(path, to));
    const looped = this.loop(path, to);
    if (looped) this.enqueue(movedTo(looped, to));
  }

  /**
   * A backward edge: count it, widen the head when the count runs out, drop
   * what the widened state covers. A traced path (a run) counts only the
   * rounds in which something forked: a loop whose rounds went one way runs
   * as the CPU would run it, to its end or the step budget, so that a run
   * over 20 pages shows 20 concrete rounds, not 8 and a widened rest.
   */
  private loop(path: Path<S>, head: bigint): Path<S> | undefined {
    const { machine } = this.options;
    const seen = path.loops.get(head);
    const loops = new Map(path.loops);
    if (path.trace !== undefined && seen !== undefined && seen.widenings === 0 && seen.forks === this.forks) {
      // The head keeps the state of the last round it counted, so this round's state stays the path's own to change in place.
      loops.set(head, { ...seen, forks: this.forks });
      return withLoops(path, path.state, loops);
    }
    const reference = seen?.state;
    if (!seen || reference === undefined || (seen.visits < this.budget.loopUnroll && seen.widenings === 0)) {
      loops.set(head, { visits: (seen?.visits ?? 0) + 1, state: path.state, widenings: 0, free: new Set(), models: path.models, forks: this.forks, depth: path.frame?.depth ?? 0 });
      this.share(path.state);
      return withLoops(path, path.state, loops);
    }
    if (seen.widenings > 0 && [{ state: reference, free: seen.free, models: seen.models }, ...(seen.joined ?? [])].some((w) => this.covers(w.state, w.free, path.state) && this.coversModels(w, path))) {
      this.ends.push({ kind: 'subsumed-by-widening', address: head, state: path.state, models: path.models, condition: path.condition.conjuncts });
      return undefined;
    }
    const before = machine.registers(reference);
    const differing = [...machine.registers(path.state)].filter(([name, v]) => {
      const old = before.get(name);
      return !old || !exprEquals(old, v);
    });
    // Past the budget, a widening still goes ahead when it makes unknown a
    // register no widening of this head has: there are only so many
    // registers, and the ways round a loop may each change their own (a
    // scan's lo, its hi, what its move writes), the paths that take them
    // coming back one after another.
    const widensMore = differing.some(([name]) => !isFreeIn(seen.free, before.get(name)));
    if (seen.widenings >= this.budget.widenings && !widensMore) {
      this.giveUp('loop did not stabilise after widening', movedTo(path, head));
      return undefined;
    }
    const free = new Set(seen.free);
    const fresh: Fresh = (hint, width) => {
      // By the count of visits, which a path never repeats for a head, where the widenings start again in every call.
      const key = `${head}:${seen.visits}:${hint}:${width}`;
      let e = this.widened.get(key);
      if (!e) {
        e = this.fresh(`loop.${hint}`, width);
        this.widened.set(key, e);
      }
      if (e.kind === 'sym') free.add(e.name);
      return e;
    };
    const values = new Map<string, Expr>();
    for (const [name, v] of differing) values.set(name, fresh(name, v.width));
    let state = machine.withRegisters(path.state, values);
    const memory = machine.memory(path.state), oldMemory = machine.memory(reference);
    if (memory !== oldMemory) {
      if (!(memory instanceof SymbolicMemory && oldMemory instanceof SymbolicMemory)) {
        this.giveUp('loop changes memory that cannot be widened', movedTo(path, head));
        return undefined;
      }
      state = machine.withMemory(state, memory.widenAgainst(oldMemory, (hint) => fresh(hint, 8)));
    }
    loops.set(head, { ...seen, visits: seen.visits + 1, state, widenings: seen.widenings + 1, free, models: path.models, joined: undefined, forks: this.forks });
    this.share(state);
    return withLoops(path, state, loops);
  }

  /** Whether the widened state `widened`, whose values named in `free` stand for any, covers `state`. */
  private covers(widened: S, free: ReadonlySet<string>, state: S): boolean {
    const { machine } = this.options;
    const wide = machine.registers(widened);
    const isFree = (e: Expr): boolean => isFreeIn(free, e);
    const registers = machine.registers(state);
    // By name, the value read only where the widened one is not free: an x86 flag still to be worked out is not.
    for (const name of registers.keys()) {
      const w = wide.get(name);
      if (!w) return false;
      if (isFree(w)) continue;
      const v = registers.get(name);
      if (!v || !exprEquals(w, v)) return false;
    }
    const m = machine.memory(state), wm = machine.memory(widened);
    if (m === wm) return true;
    return m instanceof SymbolicMemory && wm instanceof SymbolicMemory && m.coveredBy(wm, isFree);
  }

  /**
   * Whether the model states a widened head's path went on with stand for
   * the later path's (`Hooks.coversModels`): a path covered in registers
   * and memory but not in what the models know (a handle freed, a page
   * locked) goes on to another round, where its next pass may find what the
   * widened path's could not.
   */
  private coversModels(widened: Widened<S>, { state, models }: Path<S>): boolean {
    if (sameModels(widened.models, models)) return true;
    const judge = this.options.hooks?.coversModels;
    const memory = this.options.machine.memory(widened.state), later = this.options.machine.memory(state);
    if (!judge || !(memory instanceof SymbolicMemory) || !(later instanceof SymbolicMemory)) return false;
    const names = this.symbolNames(widened, memory);
    const held = (name: string): boolean => names.has(name);
    let forgotten: ReadonlySet<string> | undefined;
    const isForgotten = (name: string): boolean => (forgotten ??= forgottenNames(widened.free, held, later)).has(name);
    return judge(widened.models, models, (value) => {
      // A key names a symbol as `$name:width` (exprKey).
      if (typeof value === 'string') return [...(forgotten ??= forgottenNames(widened.free, held, later))].some((name) => value.includes(`$${name}:`));
      const symbols = [...symbolsOf(value).keys()];
      return symbols.some(isForgotten) || (symbols.length > 0 && !symbols.some(held));
    });
  }

  /**
   * The names of the symbols a widened state's registers and memory hold
   * but for the values widening made fresh, which stand for any value.
   */
  private symbolNames({ state, free }: Widened<S>, memory: SymbolicMemory): Set<string> {
    const isFree = (e: Expr): boolean => isFreeIn(free, e);
    const names = new Set<string>();
    for (const v of this.options.machine.registers(state).values()) if (!isFree(v)) for (const name of symbolsOf(v).keys()) names.add(name);
    memory.symbolNames(names, isFree);
    return names;
  }

  // ---- hooks' view ------------------------------------------------------------

  /**
   * The solver's answers for one path condition as the memory and the CPU
   * ask for them, made again only when the condition changes: a path's
   * steps ask about one condition until it branches. The bounds of a term
   * are kept for the condition: its memory asks them of the same few terms
   * at every access (every push and pop splits `esp0 - k`).
   */
  private questionsAbout(conjuncts: readonly Expr[]): Questions {
    if (this.questions?.conjuncts !== conjuncts) {
      const ranges = new Map<Expr, Interval | undefined>();
      this.questions = {
        conjuncts,
        bounds: (term) => {
          let r = ranges.get(term);
          if (r === undefined && !ranges.has(term)) {
            r = this.solver.range(term, conjuncts);
            ranges.set(term, r);
          }
          return r;
        },
        knownBits: (e) => this.solver.knownBits(e, conjuncts),
        refutes: (extra) => this.solver.refutes(conjuncts, extra),
      };
    }
    return this.questions;
  }

  /**
   * Whether a successor's guard may hold on the path, for pruning: only a
   * refutation matters there, so no witness is searched for, and a constant
   * guard answers it without the solver (the path itself was kept because it
   * was not refuted).
   */
  private mayHold(condition: PathCondition, guard: Expr): boolean {
    if (guard.kind === 'const') return guard.value === 1n;
    return !this.solver.refutes(condition.conjuncts, guard);
  }

  /**
   * The path's witness extended to the guard (see path-witness.ts), when
   * one satisfies it: a guard the solver cannot refute.
   */
  private witnessFor(path: Path<S>, guard: Expr): Valuation | undefined {
    return path.witness && witnessFor(path.witness, path.condition.conjuncts, guard);
  }

  /** Whether the path's witness satisfies the condition as it is, so that the solver cannot refute it. */
  private heldBy(path: Path<S>, condition: Expr): boolean {
    return path.witness !== undefined && path.witness.value(condition) === 1n;
  }

  /** `feasible(path, condition) === 'no'`, which the solver answers without searching for a witness, nor at all where the path's witness satisfies the condition. */
  infeasible(path: Path<S>, condition: Expr): boolean {
    if (condition.kind === 'const' && condition.value === 0n) return true;
    return !this.heldBy(path, condition) && this.solver.refutes(path.condition.conjuncts, condition);
  }

  /** Whether `condition` can hold on the path: a constant still needs the path itself to be feasible. */
  feasible(path: PathCondition, condition: Expr): 'yes' | 'no' | 'maybe' {
    if (condition.kind === 'const' && condition.value === 0n) return 'no';
    const r = this.solver.check(path.conjuncts, condition);
    return r.status === 'sat' ? 'yes' : r.status === 'unsat' ? 'no' : 'maybe';
  }

  report(condition: PathCondition, history: History, item: InstructionItem, draft: FindingDraft): void {
    const keyOf = (at: SourceSpan): string => `${draft.code}|${at.file}|${at.range.start.line}:${at.range.start.character}|${draft.rootCause ?? ''}`;
    const proven = draft.source ?? item.source;
    const path = draft.history ?? history;
    const constraints = [...condition.conjuncts, draft.condition ?? TRUE];
    // Where every place it may stand at holds the finding already, this path adds no finding: placed at none of
    // them by its witness, at `proven`, it would be a second finding of what they stand for. It may still show
    // that branches of the first path are not what the finding rests on, which only a path that proves it can.
    const places = draft.places?.length ? draft.places.map((p) => p.source) : [proven];
    const everywhere = places.every((at) => this.findings.has(keyOf(at)));
    if (constraints.some((c) => this.betsOnText(c))) return;
    const r = this.solver.check(condition.conjuncts, draft.condition);
    if (r.status === 'unsat') return;
    if (r.status === 'unknown') {
      if (!everywhere) this.unproven.push({ ...draft, source: proven });
      return;
    }
    const constrained = constraints.reduce((m, c) => symbolsOf(c, m), new Map<string, Expr>());
    // Which place the finding stands at is part of the finding: a join its places tell apart is no free choice.
    for (const p of draft.places ?? []) symbolsOf(p.when, constrained);
    // Symbols only the join selectors and the notes' conditions mention are free; fixing them decides which notes the witness follows.
    const extra = new Map<string, Expr>();
    selectorSymbols(path, extra);
    for (const n of [...draft.notes ?? [], ...(draft.places ?? []).flatMap((p) => p.notes ?? [])]) if (n.when) symbolsOf(n.when, extra);
    // Of the joined paths that prove it, the one with the shortest story; where a finding may stand is left to the witness.
    const solveWith = (c: Expr): Assignment | undefined => {
      const s = this.solver.check(condition.conjuncts, and(draft.condition ?? TRUE, c));
      return s.status === 'sat' ? s.witness : undefined;
    };
    const shortest = draft.places?.length || everywhere ? undefined : shortestWay(path, r.witness, extra, (name) => constrained.has(name), solveWith);
    for (const c of shortest?.chose ?? []) symbolsOf(c, constrained);
    const witness = new Map(shortest?.witness ?? r.witness);
    const free = new Set<string>();
    for (const name of extra.keys()) {
      if (!constrained.has(name)) free.add(name);
      if (!witness.has(name)) witness.set(name, 0n);
    }
    const place = draft.places && placeOf(draft.places, witness);
    const source = place?.source ?? proven;
    const key = keyOf(source);
    const found = this.findings.get(key);
    // Made when needed: a later path's proof is made only if the ones before it rest on unknown memory.
    const prove = (): ProvenFinding => {
      const symbols = new Map([...extra, ...constrained]);
      const values: WitnessValue[] = [...witness].map(([name, value]) => ({ name, width: symbols.get(name)?.width ?? 32, value: `0x${value.toString(16)}` }));
      const own = place ? place.notes ?? [] : draft.notes ?? [];
      const notes = own.filter((n) => n.when === undefined || evaluate(n.when, witness) === 1n).map((n) => pathNote(n.source ?? item.source, n.message, source.file));
      // A finding at a macro's call is as much at the line of the macro's body that made the mistake: the fix goes there.
      const body = source === item.source ? this.options.bodyLineOf?.(item) : undefined;
      if (body) notes.push(pathNote(body, 'the instruction is written here, in the macro\'s definition', source.file));
      const provenPath = new ProvenPath(path, witness, free, { stack: draft.aboutStack ?? false, given: this.options.assumptions ?? [], callsOnly: draft.onConstants ?? false });
      // A join the finding's path passes whose other arm proves it too is another path to it: what that arm took another
      // way is left out. Not where the finding may stand at several places, which the witness's arms choose between.
      if (!draft.places?.length) {
        for (const other of otherArmsProving(path, witness, symbols, (name) => constrained.has(name), solveWith)) {
          provenPath.leaveOut(provenPath.otherWays(other.history, other.witness, free));
        }
      }
      return {
        finding: {
          code: draft.code, message: draft.message, range: source.range, file: source.file, ...(draft.lines?.length ? { lines: draft.lines.map((l) => lineReference(l, source.file)) } : {}),
          witness: values, ...(draft.severity ? { severity: draft.severity } : {}), ...(draft.fix ? { fix: draft.fix } : {}),
        },
        path: provenPath, notes, file: source.file,
        ...(draft.cause === undefined ? {} : { cause: draft.cause }),
        ...(draft.also ? { also: pathNote(draft.also.source ?? item.source, draft.also.message, source.file) } : {}), ...(draft.since ? { since: { ...draft.since, constraints } } : {}),
        ...(draft.once === undefined ? {} : { once: draft.once }), ...(draft.since ? { later: [] } : {}),
      };
    };
    if (found) {
      // Another path to the finding: the branches of the first that it took another way are not what the finding rests on.
      const otherWays = found.path.otherWays(path, witness, free);
      if (otherWays.length > 0) found.path.leaveOut(otherWays);
      if (found.later && !draft.anotherWay) found.later.push(prove);
      return;
    }
    if (everywhere || draft.anotherWay) return;
    this.findings.set(key, prove());
  }

  /**
   * Whether a condition is a bet on values the source names without giving
   * them (`TEQ r0, #Reason` with the header of Reason not found): all its
   * symbols are the program text's. A path that made such a bet may not
   * exist with the real values, so no finding rests on it.
   */
  private betsOnText(c: Expr): boolean {
    let bet = this.textBets.get(c);
    if (bet === undefined) {
      const names = [...symbolsOf(c).keys()];
      const text = this.options.program.textSymbols;
      bet = names.length > 0 && names.every((n) => text.has(n));
      this.textBets.set(c, bet);
    }
    return bet;
  }

  /** What each invariant finds broken on the path, as it reads (undefined where it holds). */
  private violations(path: Path<S>): readonly (string | undefined)[] {
    return (this.options.invariants ?? []).map((inv) => {
      const v = inv.check(path.state, path.models);
      return v && invariantText(v);
    });
  }

  /** Reports invariants that `after` violates and the path before the step (`broken`, from `violations`) did not: the step that broke them. */
  private checkInvariants(broken: readonly (string | undefined)[], after: Path<S>, item: InstructionItem, history: History): void {
    (this.options.invariants ?? []).forEach((inv, i) => {
      const v = inv.check(after.state, after.models);
      if (!v) return;
      const shown = invariantText(v);
      if (broken[i] === shown) return;
      this.report(after.condition, history, item, { code: inv.code, message: v.message, lines: v.lines, condition: v.condition, rootCause: `invariant ${shown}`, ...(v.since ? { since: v.since } : {}), ...(v.once === undefined ? {} : { once: v.once }) });
    });
  }

  // ---- states' owners -------------------------------------------------------------

  /** Runs the step's instruction on the path's state: in place when the path alone holds it. */
  execute(path: Path<S>, env: StepEnv): readonly Successor<S>[] {
    const { machine } = this.options;
    return this.owns(path) ? machine.step(path.state, env.item.instruction, env) : machine.execute(path.state, env.item.instruction, env);
  }

  /** Whether the path alone holds its state, which its step may then change in place. */
  owns(path: Path<S>): boolean {
    return !(isObject(path.state) && this.shared.has(path.state));
  }

  private share(state: S): void {
    if (isObject(state)) this.shared.add(state);
  }

  /** Marks a state several outcomes of one step carry (a hook may give two outcomes one state) as shared. */
  private shareRepeated(outcomes: readonly Outcome<S>[]): void {
    for (let i = 1; i < outcomes.length; i++) {
      const state = outcomes[i]?.state as S;
      for (let j = 0; j < i; j++) if (outcomes[j]?.state === state) this.share(state);
    }
  }

  /** The stores a step made from `before`'s write count to `after`. */
  storesSince(mark: number, after: S): readonly MemoryWrite[] {
    const memory = this.options.machine.memory(after);
    return memory instanceof SymbolicMemory ? memory.writesSince(mark) : [];
  }

  // ---- ends ---------------------------------------------------------------------

  private end(path: Path<S>, kind: 'return' | 'fault' | 'exit', reason?: string, astray = false): void {
    this.ends.push({
      kind, address: path.address, state: path.state, models: path.models, condition: path.condition.conjuncts, reason,
      ...(astray ? { astray: true as const } : {}), ...(path.trace ? { trace: stepArray(path.trace) } : {}),
    });
  }

  /** `from`: the branch that took the path to where it stops, when no item is there to name. */
  private giveUp(reason: string, path: Path<S>, from?: InstructionItem): void {
    const item = this.options.program.itemAt(path.address) ?? from;
    this.incomplete.push({ reason, address: path.address, source: item?.source, ...(path.trace ? { trace: stepArray(path.trace) } : {}) });
  }

  private stop(reason: string, path: Path<S>): never {
    this.giveUp(reason, path);
    this.waiting.clear();
    this.traced.length = 0;
    throw new Stop(reason);
  }

  private addPaths(count: number, path: Path<S>): void {
    this.paths += count;
    if (this.paths > this.budget.paths) this.stop(`path budget of ${this.budget.paths} paths used up`, path);
  }

  /** The pins of the given inputs made since the last call, taken. */
  private takePins(): Expr {
    const pins = this.pins.reduce((acc, p) => and(acc, p), TRUE);
    this.pins = [];
    return pins;
  }

  /** Outcomes whose guards also pin the given inputs made while computing them. */
  private pinned(outcomes: readonly Outcome<S>[]): readonly Outcome<S>[] {
    const pins = this.takePins();
    return pins.kind === 'const' ? outcomes : outcomes.map((o) => ({ ...o, guard: and(pins, o.guard) }));
  }

  /** A call the run does not follow: the machine clobbers what the callee may change. */
  private skipCall(path: Path<S>, ctx: StepCtx<S>): Path<S> {
    const state = this.options.machine.skipCall(path.state, ctx.fresh, ctx.item.instruction);
    const pins = this.takePins();
    const models = this.options.hooks?.onSkippedCall?.(path.models) ?? path.models;
    return {
      address: path.address, state, condition: path.condition.and(pins), witness: this.witnessFor(path, pins), history: path.history,
      frame: path.frame, models, loops: path.loops, trace: path.trace, returned: path.returned, counts: path.counts,
    };
  }

  private fresh(hint: string, width: number): Expr {
    const n = this.freshNames.get(hint) ?? 0;
    this.freshNames.set(hint, n + 1);
    return this.input(`${hint}#${n}`, width);
  }

  /** The symbol `name`, pinned to its value where the run is given one. */
  input(name: string, width: number): Expr {
    const symbol = sym(name, width);
    const given = this.options.inputs?.get(name);
    if (given !== undefined) this.pins.push(eq(symbol, bv(given, width)));
    return symbol;
  }

  private traceStep(item: InstructionItem, before: Before, after: S, events: readonly TraceEvent[], guard: Expr | undefined): TraceStep {
    const { machine } = this.options;
    const rb = before.registers, ra = machine.registers(after);
    const registers = [...ra].flatMap(([name, v]) => { const old = rb.get(name); return old && exprEquals(old, v) ? [] : [{ name, before: old ?? v, after: v }]; });
    const ma = machine.memory(after);
    const writes = ma instanceof SymbolicMemory && before.writeCount !== undefined ? ma.writesSince(before.writeCount) : [];
    return { address: item.address, source: item.source, text: item.text, registers, writes, events, ...(guard ? { guard } : {}) };
  }
}

interface Questions {
  readonly conjuncts: readonly Expr[];
  readonly bounds: (term: Expr) => Interval | undefined;
  readonly knownBits: (e: Expr) => KnownBits;
  readonly refutes: (extra: Expr) => boolean;
}

/** What a hook sees of one step of one path; one object with its methods on the prototype, since every step makes one. */
class StepCtx<S> implements StepContext<S> {
  history: History;
  readonly fresh: Fresh;
  /** The path's `counts` once `pathFresh` made a symbol in this step. */
  counts: ReadonlyMap<string, number> | undefined;
  /** On a traced path, the registers and memory writes before the step, for its record. */
  before: Before | undefined;
  /** Where a return in this step reads its address (`Machine.returnSlot` before the step, which may change the state in place). */
  slot: Expr | undefined;
  private successors: readonly Successor<S>[] | undefined;

  constructor(
    private readonly explorer: Explorer<S>, private readonly path: Path<S>, readonly item: InstructionItem,
    readonly env: StepEnv, readonly record: StepRecord, readonly writeMark = 0,
  ) {
    this.history = path.history;
    this.fresh = explorer.freshValue;
  }

  get program(): Program { return this.explorer.program; }
  get state(): S { return this.path.state; }
  get entry(): S { return this.explorer.entry; }
  get models(): ModelStates { return this.path.models; }
  get depth(): number { return this.path.frame?.depth ?? 0; }
  get callSites(): readonly SourceSpan[] {
    const sites: SourceSpan[] = [];
    for (let f = this.path.frame; f; f = f.parent) sites.push(f.site);
    return sites.reverse();
  }
  get returnSlots(): readonly ReturnSlot[] { return this.explorer.returnSlotsOf(this.path); }
  get traced(): boolean { return this.path.trace !== undefined; }
  input(name: string, width: number): Expr { return this.explorer.input(name, width); }

  pathFresh(hint: string, width: number): Expr {
    const counts = this.counts ?? this.path.counts;
    const n = counts?.get(hint) ?? 0;
    this.counts = new Map(counts).set(hint, n + 1);
    return this.explorer.input(`${hint}#${n}`, width);
  }

  get conditions(): readonly Expr[] { return this.path.condition.conjuncts; }
  choices(): ReadonlySet<Expr> { return joinSelectors(this.history); }

  execute(): readonly Successor<S>[] {
    this.successors ??= this.explorer.execute(this.path, this.env);
    return this.successors;
  }

  get ownsState(): boolean {
    return this.explorer.owns(this.path);
  }

  stores(after: S): readonly MemoryWrite[] {
    return this.explorer.storesSince(this.writeMark, after);
  }

  feasible(condition: Expr): 'yes' | 'no' | 'maybe' {
    return this.explorer.feasible(this.path.condition, condition);
  }

  infeasible(condition: Expr): boolean {
    return this.explorer.infeasible(this.path, condition);
  }

  note(message: string, source?: SourceSpan): void {
    this.history = addNote(this.history, source ?? this.item.source, message);
  }

  event(event: TraceEvent): void {
    this.record.events.push(event);
  }

  inner(steps: Trace): void {
    this.record.nested.push({ at: this.record.events.length, steps });
  }

  report(draft: FindingDraft): void {
    this.explorer.report(this.path.condition, this.history, this.item, draft);
  }
}

/**
 * Of the findings whose drafts gave one `once`, the first proven: the others
 * are the same mistake, told as notes of it where they stand elsewhere (the
 * double free after a use after free).
 */
function firstOfEach(findings: readonly ProvenFinding[]): ProvenFinding[] {
  const first = new Map<string, ProvenFinding>();
  const again = new Map<ProvenFinding, PathNote[]>();
  for (const f of findings) {
    if (f.once === undefined) continue;
    const kept = first.get(f.once);
    if (!kept) { first.set(f.once, f); continue; }
    const notes = again.get(kept) ?? [];
    const at = (file: string, { start }: Range): string => `${file}|${start.line}:${start.character}`;
    const here = at(f.file, f.finding.range);
    if (here !== at(kept.file, kept.finding.range) && !notes.some((n) => at(n.file ?? kept.file, n.range) === here)) {
      notes.push(pathNote({ file: f.file, range: f.finding.range }, `and again here: ${renderMessage(f.finding.message, f.finding.lines ?? [])}`, kept.file));
    }
    again.set(kept, notes);
  }
  return findings.flatMap((f) => {
    if (f.once === undefined) return [f];
    if (first.get(f.once) !== f) return [];
    const notes = again.get(f);
    return [notes?.length ? { ...f, notes: [...f.notes, ...notes] } : f];
  });
}

/** A line a finding names, as the finding carries it: the file only when it is not the finding's own. */
/** A finding with its notes told, and what its draft said of its cause. */
interface Told {
  readonly finding: Finding;
  readonly cause: string | undefined;
  readonly also: PathNote | undefined;
}

/**
 * Findings of one `cause` at one place whose drafts gave an `also` note are
 * ways to one mistake (ECX kept across whichever of two calls a flag
 * chooses): one finding, the one whose notes tell most of its path (else
 * the first), with the notes of each other way it lacks, that way's `also`
 * note after them.
 */
function oneForEachWay(told: readonly Told[]): Told[] {
  const ways = new Map<string, Told[]>();
  const keyOf = ({ finding: f, cause }: Told): string => `${f.code}|${f.file ?? ''}|${f.range.start.line}:${f.range.start.character}|${cause ?? ''}`;
  for (const t of told) if (t.also && t.cause !== undefined) ways.set(keyOf(t), [...(ways.get(keyOf(t)) ?? []), t]);
  const merged = new Map<Told, Told>();
  const dropped = new Set<Told>();
  for (const group of ways.values()) {
    if (group.length < 2) continue;
    const primary = group.reduce((best, t) => (t.finding.notes.length > best.finding.notes.length ? t : best));
    const notes = [...primary.finding.notes];
    const noted = (n: PathNote): boolean => notes.some((m) => m.message === n.message && m.file === n.file && m.range.start.line === n.range.start.line && m.range.start.character === n.range.start.character);
    for (const other of group) {
      if (other === primary) continue;
      for (const n of [...other.finding.notes, ...(other.also ? [other.also] : [])]) if (!noted(n)) notes.push(n);
      dropped.add(other);
    }
    merged.set(primary, { ...primary, finding: { ...primary.finding, notes } });
  }
  return told.flatMap((t) => (dropped.has(t) ? [] : [merged.get(t) ?? t]));
}

function lineReference(span: SourceSpan, primaryFile: string): LineReference {
  const line = span.range.start.line;
  return span.file === primaryFile ? { line } : { line, file: span.file };
}

/** An invariant's violation as it reads, with where it was broken: the same text naming other lines, or broken elsewhere, is another violation. */
function invariantText(v: { readonly message: string; readonly lines?: readonly SourceSpan[]; readonly at?: SourceSpan }): string {
  const text = renderMessage(v.message, (v.lines ?? []).map((l) => l.range.start));
  return v.at ? `${text} @${v.at.file}:${v.at.range.start.line}:${v.at.range.start.character}` : text;
}

/**
 * The return slots of the calls a path is inside, innermost first, and the
 * explored procedure's own last, given the registers at the return; none
 * on a machine without them.
 */
function returnSlots(frame: Frame | undefined, entrySlot: Expr | undefined, registers: ReadonlyMap<string, Expr>): readonly ReturnSlot[] {
  if (entrySlot === undefined) return [];
  // Read only for a return into the caller's stack: reading every register works out flags the machine keeps to work out when read.
  let held: Set<bigint> | undefined;
  const holds = (address: bigint): boolean => {
    held ??= new Set([...registers.values()].flatMap((v) => (v.kind === 'const' ? [v.value] : [])));
    return held.has(address);
  };
  const slots: ReturnSlot[] = [];
  for (let f = frame; f; f = f.parent) {
    const { slot, routine, returnTo } = f;
    if (slot !== undefined) slots.push({ at: slot, routine, to: returnTo, get held() { return holds(returnTo); } });
  }
  slots.push({ at: entrySlot, routine: true, to: undefined, held: false });
  return slots;
}

function sameSlots(a: Frame | undefined, b: Frame | undefined): boolean {
  for (; a && b && a !== b; a = a.parent, b = b.parent) if (a.slot !== b.slot) return false;
  return true;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** The first of a finding's places that the witness satisfies (a symbol it leaves out counts as 0, as for its notes). */
function placeOf(places: readonly FindingPlace[], witness: ReadonlyMap<string, bigint>): FindingPlace | undefined {
  const values = Valuation.of(witness);
  return places.find((p) => values.value(p.when) === 1n);
}

function sameModels(a: ModelStates, b: ModelStates): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * Remembers two model states the hook would not join: paths that keep
 * them step on together, and meet again at every instruction (1,341
 * refusals per open of the generated VxD file, 972 of them of states
 * refused before).
 */
function refuseModels(refused: WeakMap<ModelStates, WeakSet<ModelStates>>, a: ModelStates, b: ModelStates): void {
  let set = refused.get(a);
  if (!set) {
    set = new WeakSet();
    refused.set(a, set);
  }
  set.add(b);
}

/**
 * The loop heads after a return from a call at `depth`. A head visited in
 * the call keeps its count, so that a routine called from every pass of a
 * loop does not unroll its own loops in full every time (nested through
 * calls, their passes multiply), but not its state: the next call widens
 * against states of its own. The stack of another call held other values
 * (the caller's counter the routine saved), and widening against them made
 * them unknown, so the caller's loop, its counter popped back, never settled.
 */
/**
 * The path once the call of `frame`, its innermost, returns. Both ways a
 * return leaves a call (by the frame, by the stack slot it reads) go
 * through here, so that what a call's end closes is closed alike.
 */
function outOfCall<S>(path: Path<S>, frame: Frame, stackNote?: string): Path<S> {
  return {
    address: path.address, state: path.state, condition: path.condition, witness: path.witness, history: addReturn(path.history, stackNote),
    frame: frame.parent, models: path.models, loops: afterReturn(path.loops, frame.depth), trace: path.trace, returned: true, counts: path.counts,
  };
}

/** The path at another address. */
function movedTo<S>(path: Path<S>, address: bigint): Path<S> {
  return {
    address, state: path.state, condition: path.condition, witness: path.witness, history: path.history,
    frame: path.frame, models: path.models, loops: path.loops, trace: path.trace, returned: path.returned, counts: path.counts,
  };
}

/** The path with `guard` added to its condition, which `witness` (when there is one) satisfies, and `history`. */
function guarded<S>(path: Path<S>, guard: Expr, witness: Valuation | undefined, history: History): Path<S> {
  return {
    address: path.address, state: path.state, condition: path.condition.and(guard), witness, history,
    frame: path.frame, models: path.models, loops: path.loops, trace: path.trace, returned: path.returned, counts: path.counts,
  };
}

/** The path with the state and loop heads a backward edge left. */
function withLoops<S>(path: Path<S>, state: S, loops: ReadonlyMap<bigint, LoopHead<S>>): Path<S> {
  return {
    address: path.address, state, condition: path.condition, witness: path.witness, history: path.history,
    frame: path.frame, models: path.models, loops, trace: path.trace, returned: path.returned, counts: path.counts,
  };
}

/** Whether `e` is a value a loop head's widening made fresh (named in `free`), or a byte of one. */
/**
 * The names a widened state, whose values named in `free` stand for any,
 * can no longer tell: those values where it holds them only as such, and
 * the inputs the later path's memory `later` read at addresses built from
 * them (a table's entry at an index widening made unknown). To the widened
 * path each is any value, and what the later path knows of one is of a
 * value it cannot name.
 */
function forgottenNames(free: ReadonlySet<string>, held: (name: string) => boolean, later: SymbolicMemory): ReadonlySet<string> {
  const out = new Set([...free].filter((name) => !held(name)));
  if (out.size === 0) return out;
  const inputs = later.inputs.filter((i) => i.symbol.kind === 'sym' && !held(i.symbol.name));
  for (let grew = true; grew;) {
    grew = false;
    for (const { symbol, address } of inputs) {
      if (symbol.kind !== 'sym' || out.has(symbol.name) || ![...symbolsOf(address).keys()].some((name) => out.has(name))) continue;
      out.add(symbol.name);
      grew = true;
    }
  }
  return out;
}

function isFreeIn(free: ReadonlySet<string>, e: Expr | undefined): boolean {
  return e?.kind === 'sym' ? free.has(e.name) : e?.kind === 'extract' && e.arg.kind === 'sym' && free.has(e.arg.name);
}

function afterReturn<S>(loops: ReadonlyMap<bigint, LoopHead<S>>, depth: number): ReadonlyMap<bigint, LoopHead<S>> {
  let out: Map<bigint, LoopHead<S>> | undefined;
  for (const [head, seen] of loops) {
    if (seen.depth < depth || seen.state === undefined) continue;
    out ??= new Map(loops);
    out.set(head, { ...seen, state: undefined, widenings: 0, free: new Set(), joined: undefined });
  }
  return out ?? loops;
}

/** The counts of paths that meet: the more of each hint, so that a symbol made after the join is none either side made. */
function joinCounts(a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined): ReadonlyMap<string, number> | undefined {
  if (a === b || !b) return a;
  if (!a) return b;
  const out = new Map(a);
  for (const [hint, n] of b) if (n > (out.get(hint) ?? 0)) out.set(hint, n);
  return out;
}

/**
 * The loop heads of joined paths: each head's entry of the side with more
 * visits. Where both sides were widened there, the other side's widened
 * states stay with it (`LoopHead.joined`): a later pass of that side, held
 * to the kept side's state alone, was not covered where only it had
 * widened (a slot its call's arguments filled, a word its store at a
 * table's unbounded index may have written), widened the head again, and
 * the next join there dropped that widening again.
 */
function joinLoops<S>(a: ReadonlyMap<bigint, LoopHead<S>>, b: ReadonlyMap<bigint, LoopHead<S>>): ReadonlyMap<bigint, LoopHead<S>> {
  if (a === b || b.size === 0) return a;
  const out = new Map(a);
  for (const [k, v] of b) {
    const mine = out.get(k);
    if (!mine || mine === v) {
      out.set(k, v);
      continue;
    }
    const [kept, other] = v.visits > mine.visits ? [v, mine] : [mine, v];
    if (kept.widenings === 0 || other.widenings === 0 || kept.state === undefined || other.state === undefined) {
      out.set(k, kept);
      continue;
    }
    const joined: Widened<S>[] = [];
    for (const w of [{ state: other.state, free: other.free, models: other.models }, ...(other.joined ?? []), ...(kept.joined ?? [])]) {
      if (w.state !== kept.state && !joined.some((j) => j.state === w.state)) joined.push(w);
    }
    out.set(k, joined.length > 0 ? { ...kept, joined } : kept);
  }
  return out;
}

/**
 * The values of an if-then-else tree whose leaves are constants: a table
 * lookup through an index the path has bounded. Those leaves are the only
 * possible targets, where the hull of their range would take in every
 * instruction between them. Undefined when the root is no such tree.
 */
function constantLeaves(e: Expr, limit: number): bigint[] | 'too many' | undefined {
  if (e.kind !== 'ite') return undefined;
  const leaves = new Set<bigint>();
  // Branches share subtrees; visiting each node once keeps the walk linear.
  const seen = new Set<Expr>();
  const stack: Expr[] = [e];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'ite') stack.push(node.else, node.then);
    else if (node.kind === 'const') {
      leaves.add(node.value);
      if (leaves.size > limit) return 'too many';
    } else return undefined;
  }
  return [...leaves];
}

function swiText(number: Expr, style: NumberStyle): string {
  return number.kind === 'const' ? `SWI ${formatNumber(number.value, style)}` : `SWI ${formatExpr(number, style)}, whose number is not known`;
}
