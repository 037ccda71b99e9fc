import type { Control, Successor } from '../cpu/control.js';
import type { InstructionItem, Program, SourceSpan } from '../ir/program.js';
import type { Expr } from '../values/expr.js';
import type { MemoryWrite } from '../values/symbolic-memory.js';
import type { Severity } from '../checks/codes.js';
import type { FindingFix } from '../checks/finding.js';
import type { History } from './history.js';
import type { Fresh, StepEnv } from './machine.js';
import type { ReturnSlot } from './return-slots.js';
import type { Trace, TraceEvent } from './trace.js';

// How models and checkers take part in exploration. Models keep their own
// state (page ownership, handles, dynamic areas) per path in `models`, as
// immutable values: a model replaces its entry instead of mutating it, which
// is what lets the engine fork, compare and join paths without knowing what
// the models hold.

export type ModelStates = ReadonlyMap<string, unknown>;

/**
 * A successor from a hook; `models` replaces the path's model states for it,
 * and `note` is a related-location note at this instruction on this outcome's
 * path only ("page taken out of the region here" on the success fork).
 * `lead` is a note before the outcome's guard ("_PageLock returns here"
 * before "assuming _PageLock's result (EAX) == 0"), that a finding the guard
 * does not matter to leaves out with it.
 */
export interface Outcome<S> extends Successor<S> {
  readonly models?: ModelStates;
  readonly note?: string;
  readonly lead?: string;
}

/**
 * A related-location note of one finding; defaults to the current
 * instruction. `when`: the note holds only on the paths where this holds
 * (a register joined from two ways that wrote it at different
 * instructions), and the finding's witness decides.
 */
export interface DraftNote {
  readonly message: string;
  readonly source?: SourceSpan;
  readonly when?: Expr;
}

/**
 * A place a finding stands at instead of its `source` on some of the paths
 * joined into the one that proves it: where `when` holds.
 */
export interface FindingPlace {
  readonly when: Expr;
  readonly source: SourceSpan;
  /** The finding's own notes there, in place of the draft's. */
  readonly notes?: readonly DraftNote[];
}

/** Where a finding's block last changed (`FindingDraft.since`), and the handle that names it. */
export interface Since {
  readonly story: History;
  readonly handle: Expr;
}

/** A finding before the engine has proved it: `condition` (default 1) must be feasible on the path. */
export interface FindingDraft {
  readonly code: string;
  /** `{0}` stands for the number of the first of `lines` (`lineMessage` makes both). */
  readonly message: string;
  readonly lines?: readonly SourceSpan[];
  readonly condition?: Expr;
  readonly severity?: Severity;
  /** Defaults to the current instruction. */
  readonly source?: SourceSpan;
  /**
   * Findings with the same code, location and root cause are one finding.
   * Defaults to the code and location alone.
   */
  readonly rootCause?: string;
  /**
   * The mistake, where it lies elsewhere than the finding (the instruction
   * that overwrote a register a return leaves changed): findings of one
   * cause at several places are one mistake, which the explorer's
   * `causes` tell whoever adds up its findings.
   */
  readonly cause?: string;
  /**
   * What this way to the mistake adds where findings of one `cause` at one
   * place are one (ECX kept across whichever of two calls a flag chooses:
   * "ECX is also destroyed by _LinPageUnLock here"): the explorer keeps the
   * finding whose notes tell most, with the notes of each other way and its
   * `also` note after them.
   */
  readonly also?: DraftNote;
  /**
   * Notes of this finding alone, after the path's notes ("R1 overwritten
   * here"): `ctx.note` would put them on every later finding of the path.
   */
  readonly notes?: readonly DraftNote[];
  /**
   * The path's story as it stood at an earlier step (`StepContext.history`)
   * that a finding proven only now is about: its notes end there, as what
   * the path did after has nothing to do with it.
   */
  readonly history?: History;
  readonly fix?: FindingFix;
  /**
   * The finding is about where the stack pointer is: its notes tell where
   * a routine the path called returned having taken its arguments off the
   * stack (`ret 8`), which no other finding's do.
   */
  readonly aboutStack?: boolean;
  /**
   * The finding rests on constants alone (a call's arguments as written): it
   * holds wherever its instruction is reached, so no branch or event of the
   * path is what it rests on, and its notes name only the calls it was
   * reached through (spec checks.md: related locations tell the path).
   */
  readonly onConstants?: true;
  /**
   * This path makes, elsewhere, the mistake of the finding reported at
   * `source` (a return ESP reaches off by as many bytes as another did):
   * the explorer learns from it which branches that finding does not rest
   * on, as from another path to its place, and makes no finding of it.
   */
  readonly anotherWay?: true;
  /**
   * The path's story where what the finding is about last changed (the
   * block a misuse is of: allocated, freed, locked), as
   * `StepContext.history` stood there. A finding that rests on an
   * assumption about memory the exploration knows nothing about, made
   * after that point, is no finding: such memory (a flag kept beside the
   * block) may well say what became of it, which the exploration cannot
   * know, and unknown values never make an error (spec checks.md). Memory
   * the block's `handle` was read from is the block's own, not such a flag:
   * a table entry tested for 0 and then used names the block it tests.
   */
  readonly since?: Since;
  /**
   * Findings whose drafts give the same `once` are one mistake wherever
   * they are proven: the first proven that is not dropped (see `since`) is
   * reported, the others not. A check that reports a mistake at its first
   * place only (a block used after it was freed) leaves that to the
   * explorer for a finding with a `since`: its first place may rest on a
   * flag word, and the next place must then be told.
   */
  readonly once?: string;
  /**
   * Where the finding stands on the paths its witness may take, when that
   * is not where it is proven (a page named twice, proven at the return, is
   * the fault of the store that named it the second time, which joined
   * paths may have made at different places): the first place whose `when`
   * the witness satisfies, else `source`.
   */
  readonly places?: readonly FindingPlace[];
}

export interface StepContext<S> {
  readonly program: Program;
  readonly item: InstructionItem;
  /** What the machine gets for this instruction, for hooks that run the CPU semantics themselves. */
  readonly env: StepEnv;
  /**
   * The state before the instruction, until `execute` runs it: that may
   * change this state in place, so read what you need of it first.
   */
  readonly state: S;
  readonly models: ModelStates;
  /** The state at entry to the explored procedure (for "preserved" checks at return). */
  readonly entry: S;
  /** The call depth below the explored procedure (0 in the procedure itself). */
  readonly depth: number;
  /** The call instructions of the routines this step is in, outermost first (none in the explored procedure itself). */
  readonly callSites: readonly SourceSpan[];
  /**
   * On a machine that keeps return addresses on the stack, where the calls
   * this step is in put theirs, innermost first, and last where the
   * explored procedure's caller put its own (the stack pointer at entry):
   * a return goes back past the call whose slot it reads (see
   * return-slots.ts). Empty on other machines.
   */
  readonly returnSlots: readonly ReturnSlot[];
  /** The path is a run's (`trace`): it goes where the CPU would, also after a finding. */
  readonly traced: boolean;
  fresh: Fresh;
  /**
   * A fresh symbol numbered along this path (`hint#n`, the n-th this path
   * made, the most either of two paths that met had made): an input a
   * run that follows the path alone makes under the same name, where
   * `fresh` counts over every path in the order they make them (an SWI's
   * outcome, which a witness names for the run to replay).
   */
  pathFresh: Fresh;
  /**
   * The input `name` itself, not counted as `fresh` counts a hint's symbols
   * (in the order the paths make them, which a run that follows one path
   * does not repeat): one every path that asks for it shares, for what the
   * whole run has one of (the machine's address mode); pinned where the
   * run is given its value.
   */
  input(name: string, width: number): Expr;
  /**
   * The machine's successors of this instruction from `state`, worked out
   * once per step (the engine's own execution, when no hook returns
   * outcomes, is this too). A state only this path holds is changed in
   * place, so stepping straight-line code copies nothing.
   */
  execute(): readonly Successor<S>[];
  /**
   * Whether this path alone holds `state` (no other path or loop head, and
   * no trace keeps it): a hook may then change it and hand it on as one of
   * its outcomes' states, as `execute` does, where a copy would cost the
   * path a copy of each memory region it writes next.
   */
  readonly ownsState: boolean;
  /** The stores made from `state` to `after`, one of this step's successor states. */
  stores(after: S): readonly MemoryWrite[];
  /**
   * Whether `condition` can hold on this path: 'no' is proven; 'maybe' covers
   * unproven. The path condition always takes part, so a condition that
   * folded to 1 is 'yes' only on a path the solver proves feasible.
   */
  feasible(condition: Expr): 'yes' | 'no' | 'maybe';
  /**
   * Whether `feasible(condition)` is 'no', without the search for a witness
   * that telling 'yes' from 'maybe' takes: for a check that needs a
   * condition proven impossible, or one that only goes on to report it.
   */
  infeasible(condition: Expr): boolean;
  /** The path condition's conjuncts, for a check that asks what a value was compared with on the way. */
  readonly conditions: readonly Expr[];
  /**
   * The conditions that chose between paths joined on the way here (each
   * join's selector): a value `ite(choice, a, b)` is one path's or the
   * other's, as a branch made it, so a check may assume either.
   */
  choices(): ReadonlySet<Expr>;
  /** The path's story so far: the branches taken and notes added, for a finding this step causes but a later one proves. */
  readonly history: History;
  /** A related-location note on every path through this step (and every finding reported on them later). */
  note(message: string, source?: SourceSpan): void;
  /** A trace event for this step (only kept when tracing). */
  event(event: TraceEvent): void;
  /**
   * Steps run inside this one (a handler the kernel calls during a SWI),
   * after the events so far: the trace lists them after this step, with
   * the events that follow them (only kept when tracing).
   */
  inner(steps: Trace): void;
  report(draft: FindingDraft): void;
}

/** A model-declared property that must hold after every step; a violation is a finding at the step that broke it. */
export interface Invariant<S> {
  readonly code: string;
  /**
   * A violation on `state` (with the condition under which it happens,
   * default 1, and the draft's `since`), or undefined. `at`: where the
   * model saw the rule broken, which tells apart two violations whose
   * messages read alike; the message need not name the line it is
   * reported at for that.
   */
  check(state: S, models: ModelStates): {
    readonly message: string; readonly lines?: readonly SourceSpan[]; readonly condition?: Expr; readonly since?: Since; readonly at?: SourceSpan;
    /** The draft's `once`. */
    readonly once?: string;
  } | undefined;
}

export interface Hooks<S> {
  /**
   * Runs instead of the CPU semantics when it returns successors: pseudo
   * instructions (a lowered `VMMcall`) are executed by the model.
   */
  onInstruction?(ctx: StepContext<S>): readonly Outcome<S>[] | undefined;
  /**
   * Interrupts (`int 20h` followed by its `dd`), SWIs, and calls to targets
   * outside the program. Undefined means the model does not know it; the
   * engine then skips a call, and ends the path as incomplete otherwise.
   * Controls of the outcomes must be `next`, `jump`, `return` or `exit`.
   * Notes added through this context stay on the outcomes' paths.
   */
  onControl?(ctx: StepContext<S>, control: Control, after: S): readonly Outcome<S>[] | undefined;
  /**
   * A call the explorer skips (a target outside the program that
   * `onControl` does not model, a call through a pointer the path does not
   * pin down, or one past the inline depth): the model
   * states as the callee may have left them. The callee sees every register
   * and all memory, so a model forgets what it could have changed.
   */
  onSkippedCall?(models: ModelStates): ModelStates;
  /** After every instruction, with every feasible successor. */
  onStep?(ctx: StepContext<S>, successors: readonly Outcome<S>[]): void;
  /** A return from the explored procedure itself (`state` is the state after the return, `address` where it goes). */
  onReturn?(ctx: StepContext<S>, state: S, address: Expr): void;
  /**
   * The model states of two paths that meet, as one: `selector` holds on the
   * paths `a` came from and not on `b`'s. Undefined when they cannot be one
   * state without losing what a check needs; the paths then go on apart.
   * Called only when the states differ. `loopHead`: the paths meet at the
   * head of a loop they went round, where paths kept apart double at every
   * pass that forks; a hook may join there what it keeps apart elsewhere.
   * `returned`: both paths came back there from the call they made, where
   * the paths through the routine meet again and the caller goes on.
   * Whether it refuses may depend on `loopHead` and `returned` but not on
   * `selector`: the explorer does not ask again about two states it refused
   * at such a place.
   */
  joinModels?(a: ModelStates, b: ModelStates, selector: Expr, loopHead: boolean, returned: boolean): ModelStates | undefined;
  /**
   * Whether `wide`, the model states a widened loop head's path went on
   * with, stand for `state`, those of a later path whose registers and
   * memory the widened ones cover: the engine drops that path. Asked only
   * when the states differ; without the hook they never stand for each
   * other. `unnamed` says of a value that it has symbols and the widened
   * registers and memory hold none of them, or that it is built from a
   * value widening made fresh that they hold only as such: the widened
   * path, where the later one may hold it, holds a value widening made
   * unknown, and the model's knowledge of it is what widening forgot (a
   * block each pass allocates, the page `ebx + edi` a pass locked). Any
   * other difference is knowledge of a value the widened
   * path holds too, and its next passes would go another way (a handle it
   * holds that this path freed is freed twice on the next). Of knowledge
   * kept by a value's `exprKey`, `unnamed` is asked of the key.
   */
  coversModels?(wide: ModelStates, state: ModelStates, unnamed: (value: Expr | string) => boolean): boolean;
}
