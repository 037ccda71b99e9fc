import type { PathNote } from '../checks/finding.js';
import type { SourceSpan } from '../ir/program.js';
import type { Expr } from '../values/expr.js';
import { chooseArms, evaluate } from '../values/evaluate.js';
import type { Assignment } from '../values/evaluate.js';
import { formatCondition } from '../values/condition-text.js';
import { hasInternalForm, type NumberStyle } from '../values/format.js';
import { inputNamer } from './input-words.js';
import { symbolsOf } from '../values/key.js';

// The story of a path for the related locations of a finding: branches taken
// and the notes models add ("page taken out of the region here"). A joined
// state keeps both stories under the selector that tells them apart, so the
// notes of a finding follow exactly the path its witness drives.

export type History =
  | { readonly kind: 'start' }
  | { readonly kind: 'note'; readonly source: SourceSpan; readonly message: string; readonly parent: History }
  // A branch taken, written out only for the findings that show it: most paths report nothing.
  | { readonly kind: 'assume'; readonly source: SourceSpan; readonly guard: Expr; readonly style: NumberStyle; readonly parent: History }
  // A call the explorer follows into a routine of the program, and the return from it.
  | { readonly kind: 'call'; readonly source: SourceSpan; readonly callee: string | undefined; readonly parent: History }
  | { readonly kind: 'return'; readonly parent: History }
  | { readonly kind: 'join'; readonly selector: Expr; readonly left: History; readonly right: History };

export const START: History = { kind: 'start' };

export function addNote(history: History, source: SourceSpan, message: string): History {
  return { kind: 'note', source, message, parent: history };
}

/** The note `assuming <guard>` for a branch taken here. */
export function addAssumption(history: History, source: SourceSpan, guard: Expr, style: NumberStyle): History {
  return { kind: 'assume', source, guard, style, parent: history };
}

/** A call followed into `callee` (its label, when it has one) from the call instruction at `source`. */
export function addCall(history: History, source: SourceSpan, callee: string | undefined): History {
  return { kind: 'call', source, callee, parent: history };
}

/** The return from the innermost call the history is in. */
export function addReturn(history: History): History {
  return { kind: 'return', parent: history };
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

/** How a call's note ends ("Release called from here"). */
const CALLED = 'called from here';

/** Whether a finding's note is that of a call it was reached through, or a call with notes made inside it. */
export const isCallNote = (note: PathNote): boolean => note.message.endsWith(CALLED);

/**
 * The notes along the path `witness` takes, oldest first. A note the same
 * as the one after it (a loop's passes through a call with no branch noted
 * between them) is shown once: the repeat says nothing new. A call into a
 * routine is noted at its call instruction when the finding is inside the
 * routine (its call is still open where the history ends), or when notes
 * were made inside it, so that a note in a helper says which call of the
 * helper it was on; a call that returned with nothing noted is left out.
 */
export function notesFor(history: History, witness: Assignment, primaryFile: string): PathNote[] {
  const out: PathNote[] = [];
  const selectors = new Map<string, Expr>();
  selectorSymbols(history, selectors);
  const chosen: Assignment = new Map([...witness].filter(([name]) => selectors.has(name)));
  const assumed = assumptions(history, witness, chosen);
  // One naming for all the notes: two inputs that read alike are told apart in every note that names either.
  const first = assumed.keys().next().value;
  const names = first ? inputNamer([...assumed.values()], first.style) : undefined;
  // Walking back from the end, a return opens a call that returned: the count of notes made after that call's return.
  const returned: number[] = [];
  const push = (source: SourceSpan, message: string): void => {
    const note = pathNote(source, message, primaryFile);
    if (!sameNote(note, out.at(-1))) out.push(note);
  };
  for (const h of stepsBack(history, witness)) {
    if (h.kind === 'return') returned.push(out.length);
    else if (h.kind === 'call') {
      const after = returned.pop();
      if (after === undefined || out.length > after) push(h.source, h.callee === undefined ? CALLED : `${h.callee} ${CALLED}`);
    } else if (h.kind === 'note') push(h.source, h.message);
    else {
      const taken = assumed.get(h);
      if (taken && names) push(h.source, `assuming ${formatCondition(taken, h.style, names)}`);
    }
  }
  return out.reverse();
}

type Step = Exclude<History, { readonly kind: 'start' | 'join' }>;

/** The steps of the path `witness` takes through `history`, newest first. */
function* stepsBack(history: History, witness: Assignment): Generator<Step> {
  let h: History = history;
  for (;;) {
    if (h.kind === 'start') return;
    if (h.kind === 'join') { h = evaluate(h.selector, witness) === 1n ? h.left : h.right; continue; }
    yield h;
    h = h.parent;
  }
}

/**
 * The branches of the path that make a note, each with its guard as the
 * path the witness took reads it (`chosen` gives the join selectors'
 * values): the disjunction over every joined path's symbols says nothing
 * about this one. A guard that then holds by itself assumed nothing on this
 * path, and one that can only be written in the emulator's own terms (a
 * rotate, a concatenation) tells the reader nothing: both are left out.
 */
function assumptions(history: History, witness: Assignment, chosen: Assignment): Map<Extract<History, { readonly kind: 'assume' }>, Expr> {
  const assumed = new Map<Extract<History, { readonly kind: 'assume' }>, Expr>();
  for (const h of stepsBack(history, witness)) {
    if (h.kind !== 'assume') continue;
    const taken = chooseArms(h.guard, chosen);
    if (taken.kind !== 'const' && !hasInternalForm(taken)) assumed.set(h, taken);
  }
  return assumed;
}

function sameNote(a: PathNote, b: PathNote | undefined): boolean {
  return b !== undefined && a.message === b.message && a.file === b.file
    && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
    && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** A note as a finding carries it: the file only when it is not the finding's own. */
export function pathNote(source: SourceSpan, message: string, primaryFile: string): PathNote {
  return source.file === primaryFile ? { range: source.range, message } : { range: source.range, message, file: source.file };
}
