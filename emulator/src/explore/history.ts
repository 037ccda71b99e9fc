import type { PathNote } from '../checks/finding.js';
import type { SourceSpan } from '../ir/program.js';
import { and1, bv, eq, not, type Expr } from '../values/expr.js';
import { chooseArms, evaluate } from '../values/evaluate.js';
import type { Assignment } from '../values/evaluate.js';
import { formatCondition, formatPasses } from '../values/condition-text.js';
import { formatNumber, hasInternalForm, type NumberStyle, type SymbolNames } from '../values/format.js';
import { inputBase, inputNamer } from './input-words.js';
import { ToldFacts } from './told-facts.js';
import { symbolsOf } from '../values/key.js';
import { simplifyUnder } from '../values/simplify.js';
import type { AddressNames } from '../values/symbolic-memory.js';

// The story of a path for the related locations of a finding: branches taken
// and the notes models add ("page taken out of the region here"). A joined
// state keeps both stories under the selector that tells them apart, so the
// notes of a finding follow exactly the path its witness drives.

export type History =
  | { readonly kind: 'start' }
  | { readonly kind: 'note'; readonly source: SourceSpan; readonly message: string; readonly parent: History }
  // A branch taken, written out only for the findings that show it: most paths report nothing. `lead` is a note that
  // goes with it, before it ("_PageLock returns here" for the service result a model chose). `target`: where a computed
  // branch (a jump table's dispatch) went, which its note names instead of the table's expression, with `how` it got there.
  | { readonly kind: 'assume'; readonly source: SourceSpan; readonly guard: Expr; readonly style: NumberStyle; readonly lead?: string; readonly target?: string; readonly how?: JumpKind; readonly parent: History }
  // A call the explorer follows into a routine of the program, and the return from it. `stack`: a note at the call
  // for the findings about the stack pointer, which the return left elsewhere than before the call ("Pin_Buffer
  // returns here, taking 8 bytes of arguments off the stack").
  | { readonly kind: 'call'; readonly source: SourceSpan; readonly callee: string | undefined; readonly parent: History }
  | { readonly kind: 'return'; readonly stack?: string; readonly parent: History }
  | { readonly kind: 'join'; readonly selector: Expr; readonly left: History; readonly right: History };

export const START: History = { kind: 'start' };

export function addNote(history: History, source: SourceSpan, message: string): History {
  return { kind: 'note', source, message, parent: history };
}

/** The note `assuming <guard>` for a branch taken here, after `lead` when there is one. */
export function addAssumption(history: History, source: SourceSpan, guard: Expr, style: NumberStyle, lead?: string): History {
  return lead === undefined ? { kind: 'assume', source, guard, style, parent: history } : { kind: 'assume', source, guard, style, lead, parent: history };
}

/**
 * How a computed branch went where it did: `call`, a call (`call
 * [Table+eax*4]`); `entry`, its guard picked an entry of a table by the
 * index alone (`EAX == 2`, where nothing bounds the index), which the note
 * gives with the target, where a guard on the branch's own address told
 * only the target.
 */
export interface JumpKind {
  readonly call?: boolean;
  readonly entry?: boolean;
}

/** A computed branch taken here to the label `target`, as `guard` says. */
export function addJump(history: History, source: SourceSpan, guard: Expr, style: NumberStyle, target: string, how?: JumpKind): History {
  return how?.call || how?.entry ? { kind: 'assume', source, guard, style, target, how, parent: history } : { kind: 'assume', source, guard, style, target, parent: history };
}

/** A call followed into `callee` (its label, when it has one) from the call instruction at `source`. */
export function addCall(history: History, source: SourceSpan, callee: string | undefined): History {
  return { kind: 'call', source, callee, parent: history };
}

/** The return from the innermost call the history is in; `stack`, what it did to the stack pointer (see `History`). */
export function addReturn(history: History, stack?: string): History {
  return stack === undefined ? { kind: 'return', parent: history } : { kind: 'return', stack, parent: history };
}

export function joinHistories(selector: Expr, left: History, right: History): History {
  return left === right ? left : { kind: 'join', selector, left, right };
}

const selectorSets = new WeakMap<History, ReadonlySet<Expr>>();

/** The selectors of the joins in `history`: the conditions that chose between the paths joined into it. */
export function joinSelectors(history: History): ReadonlySet<Expr> {
  const known = selectorSets.get(history);
  if (known) return known;
  const selectors = new Set<Expr>();
  const seen = new Set<History>();
  const pending: History[] = [history];
  for (let h = pending.pop(); h; h = pending.pop()) {
    if (seen.has(h)) continue;
    seen.add(h);
    if (h.kind !== 'start' && h.kind !== 'join') pending.push(h.parent);
    if (h.kind === 'join') {
      selectors.add(h.selector);
      pending.push(h.left, h.right);
    }
  }
  selectorSets.set(history, selectors);
  return selectors;
}

/** Symbols the join selectors mention: a witness must give them values for the notes to be decided. */
export function selectorSymbols(history: History, into: Map<string, Expr>): void {
  for (const selector of joinSelectors(history)) symbolsOf(selector, into);
}

/**
 * The symbols the join selectors of `history` read, but for those read only
 * in the condition of an if-then-else that is none of those selectors: a
 * value chosen by a join no branch of the history tells, such as an X SWI's
 * V, its two outcomes joined before the `BVS` that tests it (`MOV r3, r3`
 * between). A loop's exit join reads that V where the loop tested it; with
 * its symbol decided, the `BVS`'s guard would hold by itself, and the one
 * note that tells the SWI's success would be lost.
 */
function choiceSymbols(history: History): Set<string> {
  const selectors = joinSelectors(history);
  const into = new Set<string>();
  const seen = new Set<Expr>();
  const pending: Expr[] = [...selectors];
  for (let x = pending.pop(); x; x = pending.pop()) {
    if (seen.has(x)) continue;
    seen.add(x);
    switch (x.kind) {
      case 'const': break;
      case 'sym': into.add(x.name); break;
      case 'unary': case 'extract': case 'extend': pending.push(x.arg); break;
      case 'binary': pending.push(x.left, x.right); break;
      case 'ite':
        pending.push(x.then, x.else);
        if (selectors.has(x.cond)) pending.push(x.cond);
        break;
    }
  }
  return into;
}

const storyLengths = new WeakMap<History, number>();

/**
 * How many steps the shortest path through `history` tells (its notes,
 * branches, calls and returns), counted once per step for all the
 * histories that share it.
 */
export function storyLength(history: History): number {
  const pending: History[] = [history];
  for (let h = pending.at(-1); h; h = pending.at(-1)) {
    if (storyLengths.has(h)) {
      pending.pop();
      continue;
    }
    const before = h.kind === 'start' ? [] : h.kind === 'join' ? [h.left, h.right] : [h.parent];
    const missing = before.filter((b) => !storyLengths.has(b));
    if (missing.length > 0) {
      pending.push(...missing);
      continue;
    }
    const lengths = before.map((b) => storyLengths.get(b) ?? 0);
    storyLengths.set(h, h.kind === 'start' ? 0 : h.kind === 'join' ? Math.min(...lengths) : (lengths[0] ?? 0) + 1);
    pending.pop();
  }
  return storyLengths.get(history) ?? 0;
}

/** Joins at which a finding's witness is asked to take the shorter arm: each a question to the solver. */
const SHORTER_ARMS = 8;

/**
 * A witness of a finding that follows, of the paths joined into `history`
 * that prove it, one with a short story: a byte-scan loop's first pass
 * that finds its byte, not the widened round after ten that did not.
 * From the last join back, where `witness` takes the arm with the longer
 * story, `solve` is asked for a witness of the finding's condition with
 * the other arm (and the shortest path on from it, else that arm alone)
 * as well as the arms taken so far. `selectorInputs` are the join
 * selectors' symbols, 0 where a witness leaves them out; a join whose
 * selector reads no `pinned` symbol is a free choice that `ProvenPath`
 * tells apart itself. `chose`: what the witness returned was asked to
 * satisfy.
 */
export function shortestWay(
  history: History, witness: Assignment, selectorInputs: ReadonlyMap<string, Expr>,
  pinned: (name: string) => boolean, solve: (extra: Expr) => Assignment | undefined,
): { readonly witness: Assignment; readonly chose: readonly Expr[] } {
  const filled = (w: Assignment): Assignment => {
    const all = new Map(w);
    for (const name of selectorInputs.keys()) if (!all.has(name)) all.set(name, 0n);
    return all;
  };
  let current = witness;
  let values = filled(witness);
  const kept: Expr[] = [];
  let chose: readonly Expr[] = [];
  let asks = SHORTER_ARMS;
  for (let h = history; h.kind !== 'start';) {
    if (h.kind !== 'join') {
      h = h.parent;
      continue;
    }
    const left = evaluate(h.selector, values) === 1n;
    const [taken, other] = left ? [h.left, h.right] : [h.right, h.left];
    if (![...symbolsOf(h.selector).keys()].some(pinned)) {
      h = taken;
      continue;
    }
    const [arm, otherArm] = left ? [h.selector, not(h.selector)] : [not(h.selector), h.selector];
    if (asks > 0 && storyLength(other) < storyLength(taken)) {
      asks--;
      // The shortest path on from the other arm at once, else that arm alone and the rest join by join.
      const shortest = [...kept, otherArm, ...shortestArms(other, pinned)];
      const all = solve(and1(...shortest));
      const found = all ?? solve(and1(...kept, otherArm));
      if (found) {
        current = found;
        values = filled(found);
        kept.push(...(all ? shortest.slice(kept.length) : [otherArm]));
        chose = [...kept];
        h = other;
        continue;
      }
    }
    kept.push(arm);
    h = taken;
  }
  return { witness: current, chose };
}

/** Joins at which a finding's path is asked whether their other arm proves it too: each a question to the solver. */
const OTHER_ARMS = 8;

/**
 * The other arms of the joins the path `witness` takes through `history`
 * passes, whose selectors read a `pinned` symbol, that prove the finding
 * with every input but those the selector reads as `witness` has it: each
 * with a witness there from `solve` (asked for the finding's condition
 * with that), `inputs` (every symbol by name) 0 where it leaves them out.
 *
 * A join whose selector reads only free inputs is one `ProvenPath` tells
 * apart itself; one whose selector reads an input the entry contract
 * bounds (a PreGrow's size, aligned) is not free, yet the finding may
 * rest on nothing it chose (`MOVNE r11, sp` run or not, the stacked R2
 * overwritten on both ways), and the branch that split them is then none
 * of its story. The other inputs stay as they are: an arm that proves the
 * finding only with other values (another word loaded, a later pass of a
 * scan that found its byte) tells another story, and the notes tell the
 * witness's.
 */
export function otherArmsProving(
  history: History, witness: Assignment, inputs: ReadonlyMap<string, Expr>,
  pinned: (name: string) => boolean, solve: (extra: Expr) => Assignment | undefined,
): { readonly history: History; readonly witness: Assignment }[] {
  const out: { readonly history: History; readonly witness: Assignment }[] = [];
  let asks = OTHER_ARMS;
  for (let h = history; h.kind !== 'start' && asks > 0;) {
    if (h.kind !== 'join') {
      h = h.parent;
      continue;
    }
    const left = evaluate(h.selector, witness) === 1n;
    const chosen = symbolsOf(h.selector);
    if ([...chosen.keys()].some(pinned)) {
      asks--;
      const kept: Expr[] = [];
      for (const [name, value] of witness) {
        const input = inputs.get(name);
        if (input && !chosen.has(name)) kept.push(eq(input, bv(value, input.width)));
      }
      const found = solve(and1(left ? not(h.selector) : h.selector, ...kept));
      if (found) {
        const all = new Map(found);
        for (const name of inputs.keys()) if (!all.has(name)) all.set(name, 0n);
        out.push({ history: left ? h.right : h.left, witness: all });
      }
    }
    h = left ? h.left : h.right;
  }
  return out;
}

/** The arms the shortest path through `history` takes at the joins whose selectors read a `pinned` symbol. */
function shortestArms(history: History, pinned: (name: string) => boolean): Expr[] {
  const arms: Expr[] = [];
  for (let h = history; h.kind !== 'start';) {
    if (h.kind !== 'join') {
      h = h.parent;
      continue;
    }
    const left = storyLength(h.left) <= storyLength(h.right);
    if ([...symbolsOf(h.selector).keys()].some(pinned)) arms.push(left ? h.selector : not(h.selector));
    h = left ? h.left : h.right;
  }
  return arms;
}

/** How a call's note ends ("Release called from here"). */
const CALLED = 'called from here';

/** Whether a finding's note is that of a call it was reached through, or a call with notes made inside it. */
export const isCallNote = (note: PathNote): boolean => note.message.endsWith(CALLED);

type Step = Exclude<History, { readonly kind: 'start' | 'join' }>;
type Branch = Extract<History, { readonly kind: 'assume' }>;

/**
 * The path a finding was first proven on, and the notes that tell it
 * (oldest first). `free` names the inputs neither the finding nor its path
 * constrains: a join whose selector reads only those joined two paths that
 * both prove the finding, whichever the witness follows.
 *
 * A branch another way of which proves the finding too (the other arm of
 * such a join, or another path that reported the same finding: `otherWays`
 * and `leaveOut`) is not what the finding rests on, and makes no note: a
 * service's result the code never tests, a loop's passes that all get
 * there. Nor does an assumption the path made already, and the assumptions
 * one instruction made in a row (an unrolled loop's passes) are one note.
 * A call is noted when something inside it is, and, for a finding about
 * the stack pointer (`stack`), where it returns when it took its arguments
 * off the stack.
 */
export class ProvenPath {
  private readonly steps: readonly Step[];
  /** The same steps, where a walk of another path stops: from there on the two are one. */
  private readonly onPath = new Set<History>();
  /** The path's branches by the story they forked from: another outcome of the same step has the same parent. */
  private readonly branches = new Map<History, Branch>();
  /** Branches another way of which proves the finding. */
  private readonly open = new Set<Branch>();
  private readonly stack: boolean;
  private readonly given: readonly Expr[];
  private readonly callsOnly: boolean;
  /** The joins the path passes, newest first, each with how many of `steps` are newer than it. */
  private readonly joins: { readonly selector: Expr; readonly holds: boolean; readonly newer: number }[] = [];
  /** Where this path's branches are, by `sourceKey`. */
  private readonly branchSources = new Set<string>();

  /**
   * `stack`: whether the finding is about the stack pointer; `given`: what
   * holds on every path from the start (the entry contract), which the
   * notes read their guards with; `callsOnly`: the finding rests on none of
   * the path's branches and events (`FindingDraft.onConstants`), and its
   * notes name only the calls it was reached through.
   */
  constructor(
    private readonly history: History, private readonly witness: Assignment, free: ReadonlySet<string>,
    { stack = false, given = [], callsOnly = false }: { readonly stack?: boolean; readonly given?: readonly Expr[]; readonly callsOnly?: boolean } = {},
  ) {
    this.stack = stack;
    this.callsOnly = callsOnly;
    this.given = given;
    const others: History[] = [];
    const steps: Step[] = [];
    for (const step of stepsBack(history, witness, (join, other, left) => {
      if (this.isFree(join.selector, free)) others.push(other);
      this.joins.push({ selector: join.selector, holds: left, newer: steps.length });
    })) steps.push(step);
    this.steps = steps;
    for (const step of this.steps) {
      this.onPath.add(step);
      if (step.kind === 'assume') {
        this.branches.set(step.parent, step);
        this.branchSources.add(sourceKey(step.source));
      }
    }
    for (const other of others) this.walk(other, witness, free, (b) => this.open.add(b));
  }

  /**
   * The branches of this path that `other`, another path to the same
   * finding, took another way: once the caller knows `other` proves the
   * finding, it passes them to `leaveOut`. `witness` is a witness of the
   * finding on `other`, and `free` names the inputs neither the finding
   * nor `other` constrains: through a join of `other` the walk goes the
   * way the witness does, the way that proves the finding, and both ways
   * where the join's selector reads only free inputs.
   */
  otherWays(other: History, witness: Assignment, free: ReadonlySet<string>): Branch[] {
    const found: Branch[] = [];
    this.walk(other, witness, free, (b) => {
      if (!this.open.has(b)) found.push(b);
    });
    return found;
  }

  leaveOut(branches: readonly Branch[]): void {
    for (const b of branches) this.open.add(b);
  }

  /** `dataNames`: the labels of the program's data, by which the notes name a table read through a register. */
  notes(primaryFile: string, dataNames?: AddressNames): PathNote[] {
    const assumed = this.leftToTell(this.noted());
    // One naming for all the notes: two inputs that read alike are told apart in every note that names either.
    const first = assumed.keys().next().value;
    const names = first ? inputNamer([...assumed.values()], first.style, dataNames) : undefined;
    const told: Told[] = [];
    // Walking back from the end, a return opens a call that returned: the count of notes made after that call's
    // return, and the note it makes at the call for a finding about the stack pointer.
    const returned: { readonly after: number; readonly stack: string | undefined }[] = [];
    const push = (note: Told): void => {
      if (!sameNote(note, told.at(-1))) told.push(note);
    };
    for (const h of this.steps) {
      if (h.kind === 'return') returned.push({ after: told.length, stack: this.stack ? h.stack : undefined });
      else if (h.kind === 'call') {
        const back = returned.pop();
        // What the return did to the stack is told after what happened inside the call: among the notes newest first, before those made after it.
        if (back?.stack !== undefined) told.splice(back.after, 0, { source: h.source, message: back.stack });
        if (back === undefined || told.length > back.after + (back.stack === undefined ? 0 : 1)) push({ source: h.source, message: h.callee === undefined ? CALLED : `${h.callee} ${CALLED}` });
      } else if (this.callsOnly) continue;
      else if (h.kind === 'note') push({ source: h.source, message: h.message });
      else if (!this.open.has(h)) {
        const taken = assumed.get(h);
        if (taken && names) push(h.target === undefined ? { source: h.source, message: '', guards: [taken], branch: h } : { source: h.source, message: jumpNote(h.target, h.how ?? {}, taken, this.witness, h.style, names) });
        if (h.lead !== undefined) push({ source: h.source, message: h.lead });
      }
    }
    const out: Told[] = [];
    for (const note of told.reverse()) {
      const last = out.at(-1);
      const guards = note.guards && last?.guards && sameSource(note.source, last.source) ? [...last.guards, ...note.guards] : note.guards;
      const made: Told = guards && names && note.branch ? { ...note, guards, message: `assuming ${formatPasses(guards, note.branch.style, names, this.given)}` } : note;
      if (guards !== note.guards) out.pop();
      out.push(made);
    }
    return out.map((n) => pathNote(n.source, n.message, primaryFile));
  }

  /**
   * The guards of the branches of the path after `since` (the path's story
   * at an earlier step) that make a note of an assumption about an input
   * `unknown` names, once every path that proves the finding is in: what
   * the finding may rest on of such inputs. A loop's passes may make such
   * notes where the paths joined (see `assumptions`), so whether it does
   * is the path condition's to tell.
   */
  assumedAfter(since: History, unknown: (input: Expr) => boolean): Expr[] {
    const before = storyOf(since);
    const noted = this.noted();
    const found: Expr[] = [];
    for (const step of this.steps) {
      if (before.has(step)) break;
      const taken = step.kind === 'assume' ? noted.get(step) : undefined;
      if (step.kind === 'assume' && taken && [...symbolsOf(taken).values()].some(unknown)) found.push(step.guard);
    }
    return found;
  }

  /**
   * `assumed` (the noted branches and their guards), each guard without
   * what the notes before it told, and without a branch whose guard they
   * told all of: after "call to Case_C taken, assuming entry EAX == 2",
   * joined paths' "(entry EAX == 0 | entry EAX == 1 | entry EAX == 2) &
   * entry EAX >u 1" at a later service. A computed branch's note is kept
   * whole, for where it went, and tells the values it names.
   */
  private leftToTell(assumed: ReadonlyMap<Branch, Expr>): Map<Branch, Expr> {
    const facts = new ToldFacts();
    const out = new Map<Branch, Expr>();
    for (const h of [...this.steps].reverse()) {
      const taken = h.kind === 'assume' ? assumed.get(h) : undefined;
      if (h.kind !== 'assume' || taken === undefined) continue;
      if (h.target !== undefined) {
        out.set(h, taken);
        facts.name(taken, this.witness);
        continue;
      }
      const rest = facts.untold(taken);
      if (rest !== undefined) {
        out.set(h, rest);
        // What the note says in its own words (`ECX == 0`, where the guard read `EAX >u ECX`) pins what it names too.
        facts.assume(rest);
      }
      facts.assume(taken);
    }
    return out;
  }

  /** The branches of the path that make a note, each with its guard as taken (see `assumptions`). */
  private noted(): Map<Branch, Expr> {
    const chosen = choiceSymbols(this.history);
    return this.assumptions(new Map([...this.witness].filter(([name]) => chosen.has(name))));
  }

  /**
   * The branches of the path that make a note, each with its guard as the
   * path the witness took reads it (`chosen` gives the join selectors'
   * values): the disjunction over every joined path's symbols says nothing
   * about this one. A guard that then holds by itself assumed nothing on
   * this path, and one that can only be written in the emulator's own terms
   * (a rotate, a concatenation) tells the reader nothing: both are left
   * out. A computed branch's guard is read as it was made where the
   * selectors' values decide it (a bounded table's entry, picked by the
   * index a later join reads): its note says where the branch went. An
   * assumption made more than once is noted where the path first made it,
   * or where the code first tested it when a model chose it first (a
   * service's result, then the test of it). Two guards that read
   * alike are one assumption, though the terms differ: a model's `EAX !=
   * 0FFFFFFFFh` and the `EAX + 1 != 0` of the `cmp eax, -1` that tests it.
   */
  private assumptions(chosen: Assignment): Map<Branch, Expr> {
    const made = new Map<string | Expr, { readonly h: Branch; readonly taken: Expr }>();
    // The selectors of the joins the path passed before the step, each as the arm it took has it.
    const arms = new Map<Expr, boolean>();
    let j = this.joins.length - 1;
    for (let i = this.steps.length - 1; i >= 0; i--) {
      for (let join = this.joins[j]; join && join.newer > i; join = this.joins[--j]) arms.set(join.selector, join.holds);
      const h = this.steps[i];
      if (h?.kind !== 'assume' || this.open.has(h)) continue;
      const chosenArms = chooseArms(h.guard, chosen, arms);
      const taken = chosenArms.kind === 'const' && h.target !== undefined ? h.guard : chosenArms;
      if (taken.kind === 'const' || hasInternalForm(taken)) continue;
      // A model's outcome that reads only which arms the path took (a handle one entry of a table freed, its state
      // joined with the other entries') assumes nothing the path's own notes do not tell.
      if (h.lead !== undefined && arms.size > 0 && simplifyUnder(arms)(taken).kind === 'const') continue;
      const text = formatCondition(taken, h.style, undefined, this.given);
      // A text cut short may leave out where two guards differ: those are told apart by their terms.
      const key = text.endsWith('…') ? taken : text;
      const before = made.get(key);
      if (before === undefined || (before.h.lead !== undefined && h.lead === undefined)) made.set(key, { h, taken });
    }
    return new Map([...made.values()].map(({ h, taken }) => [h, taken]));
  }

  private isFree(selector: Expr, free: ReadonlySet<string>): boolean {
    for (const name of symbolsOf(selector).keys()) if (!free.has(name)) return false;
    return true;
  }

  /**
   * `found` for each branch of this path that `other` took another way:
   * through a join of `other` only the way `witness` goes, both ways where
   * its selector reads only `free` inputs.
   *
   * A branch that `other` took another way, but whose assumption it then
   * made again at the same instruction (a later pass of a loop: the lock
   * that failed on the first pass here fails on the second there), is one
   * the finding rests on either way, and is not found. What a walk sees
   * after such an assumption is marked apart, so that the same steps
   * reached without one still find the branch.
   */
  private walk(other: History, witness: Assignment, free: ReadonlySet<string>, found: (b: Branch) => void): void {
    const seenBefore = new Set<History>(), seenAfterAlike = new Set<History>();
    const pending: { readonly h: History; readonly met: readonly Branch[] }[] = [{ h: other, met: [] }];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const { h, met } = next;
      const seen = met.length === 0 ? seenBefore : seenAfterAlike;
      if (this.onPath.has(h) || seenBefore.has(h) || seen.has(h)) continue;
      seen.add(h);
      if (h.kind === 'start') continue;
      if (h.kind === 'join') {
        if (this.isFree(h.selector, free)) pending.push({ h: h.left, met }, { h: h.right, met });
        else pending.push({ h: evaluate(h.selector, witness) === 1n ? h.left : h.right, met });
        continue;
      }
      // Not on this path (its steps are seen), so another outcome of the step that forked.
      const mine = h.kind === 'assume' ? this.branches.get(h.parent) : undefined;
      if (mine && !met.some((a) => sameSource(a.source, mine.source) && readAlike(a.guard, mine.guard))) found(mine);
      const noted = h.kind === 'assume' && this.branchSources.has(sourceKey(h.source));
      pending.push({ h: h.parent, met: noted ? [...met, h] : met });
    }
  }
}

const sourceKey = (s: SourceSpan): string => `${s.file}|${s.range.start.line}:${s.range.start.character}`;

/** Whether two guards are the same but for which occurrence of an input each names (`_LinPageLock.eax#0 == 0`, `#1 == 0`). */
function readAlike(a: Expr, b: Expr): boolean {
  const same = new Set<string>();
  const walk = (x: Expr, y: Expr): boolean => {
    if (x === y) return true;
    if (x.kind === 'const' || y.kind === 'const') return x.kind === 'const' && y.kind === 'const' && x.width === y.width && x.value === y.value;
    const pair = `${x.id},${y.id}`;
    if (same.has(pair)) return true;
    let out: boolean;
    switch (x.kind) {
      case 'sym': out = y.kind === 'sym' && x.width === y.width && inputBase(x.name) === inputBase(y.name); break;
      case 'unary': out = y.kind === 'unary' && x.op === y.op && walk(x.arg, y.arg); break;
      case 'binary': out = y.kind === 'binary' && x.op === y.op && walk(x.left, y.left) && walk(x.right, y.right); break;
      case 'ite': out = y.kind === 'ite' && walk(x.cond, y.cond) && walk(x.then, y.then) && walk(x.else, y.else); break;
      case 'extract': out = y.kind === 'extract' && x.width === y.width && x.low === y.low && walk(x.arg, y.arg); break;
      case 'extend': out = y.kind === 'extend' && x.width === y.width && x.signed === y.signed && walk(x.arg, y.arg); break;
    }
    if (out) same.add(pair);
    return out;
  };
  return walk(a, b);
}

/** A note as the walk makes it: an assumption keeps its guards until the notes of one instruction in a row are joined. */
interface Told {
  readonly source: SourceSpan;
  readonly message: string;
  readonly guards?: readonly Expr[];
  readonly branch?: Branch;
}

/** Every step of `history`, down both arms of its joins. */
function storyOf(history: History): ReadonlySet<History> {
  const seen = new Set<History>();
  const pending: History[] = [history];
  for (let h = pending.pop(); h; h = pending.pop()) {
    if (seen.has(h)) continue;
    seen.add(h);
    if (h.kind === 'join') pending.push(h.left, h.right);
    else if (h.kind !== 'start') pending.push(h.parent);
  }
  return seen;
}

/** The steps of the path `witness` takes through `history`, newest first; `passed` sees each join, the arm not taken, and whether the selector holds. */
function* stepsBack(history: History, witness: Assignment, passed?: (join: Extract<History, { readonly kind: 'join' }>, other: History, left: boolean) => void): Generator<Step> {
  let h: History = history;
  for (;;) {
    if (h.kind === 'start') return;
    if (h.kind === 'join') {
      const left = evaluate(h.selector, witness) === 1n;
      passed?.(h, left ? h.right : h.left, left);
      h = left ? h.left : h.right;
      continue;
    }
    yield h;
    h = h.parent;
  }
}

function sameSource(a: SourceSpan, b: SourceSpan): boolean {
  return a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
    && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** A note the same as the one before it: a loop's passes through a call with no branch noted between them. */
function sameNote(a: Told, b: Told | undefined): boolean {
  return b !== undefined && a.guards === undefined && b.guards === undefined && a.message === b.message && sameSource(a.source, b.source);
}

/**
 * The note of a computed branch: where it went ("jump to Case_C taken",
 * "call to Case_C taken"), and the inputs that chose the way as the witness
 * has them. Its guard reads the table as a choice per entry, which says
 * less than the entry taken and the index that picked it. A branch to an
 * input itself (`jmp eax`) is told by its target alone: the input's value
 * is that target's address; an input that picked a table's entry is not.
 */
function jumpNote(target: string, how: JumpKind, taken: Expr, witness: Assignment, style: NumberStyle, names: SymbolNames): string {
  const to = `${how.call ? 'call' : 'jump'} to ${target} taken`;
  if (!how.entry && taken.kind === 'binary' && taken.op === 'eq' && taken.left.kind === 'sym') return to;
  const values = [...symbolsOf(taken).keys()].flatMap((name) => {
    const value = witness.get(name);
    return value === undefined ? [] : [`${names(name)} == ${formatNumber(value, style)}`];
  });
  return values.length === 0 ? to : `${to}, assuming ${values.join(' & ')}`;
}

/** A note as a finding carries it: the file only when it is not the finding's own. */
export function pathNote(source: SourceSpan, message: string, primaryFile: string): PathNote {
  return source.file === primaryFile ? { range: source.range, message } : { range: source.range, message, file: source.file };
}
