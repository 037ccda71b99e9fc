import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr } from '../../../../emulator/src/index.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { asNumber, constantOf, type Value } from '../riscos/values.js';
import { evaluateBasic, evaluateInteger, isIntegerVariable, variableName, type BasicScope } from './expressions.js';
import type { Assigned } from './routines.js';
import { calls, runsOn } from './straightRuns.js';
import { keywordOf } from './textStatements.js';
import { runRoutine, type ValueRoutine } from './valueRoutines.js';

// What the variables a loop's lines set hold at the top of each run of
// them, where the pass reads the lines once: the first run sees what the
// lines before the loop left, the next what the lines set after
// themselves (`last% = 1` after the calls of the pass loop). The lines are
// run dry from one top to the next: an assignment that calls nothing and a
// PROC that only sets variables (see `valueRoutines.ts`), called with
// arguments that call nothing, worked out on the run's values, give their
// values, anything else (and everything inside a block of lines another
// loop, a multi-line IF or a CASE opens) leaves what it may set unknown.
// A value is known
// at every top where each run the loop makes (a FOR of known bounds, a
// REPEAT whose UNTIL each run decides, a WHILE whose condition each top
// decides, at most `MAX_COUNTED`) or every run it may make (the runs from
// the second on repeating one top within `MAX_RUNS`) gives it; and at the
// last top, and the number of runs, where the runs are known, which a
// statement that may leave the loop early (END, ENDPROC, an `=`, ERROR,
// GOTO…) makes them not.

/** The runs of a loop of runs not known followed one by one; a longer loop's tops are every run's only where two runs give the same. */
const MAX_RUNS = 16;

/**
 * The runs of a loop each of whose runs decides the next (`UNTIL I% = 32`)
 * followed one by one: as many as a FOR of known bounds is run value by
 * value (`MAX_UNROLLED` in `pass.ts`), which a dry run, assigning only,
 * costs far less than assembling does.
 */
export const MAX_COUNTED = 256;

/** How the dry runs read what the loop's lines do not set, and what a statement may set. */
export interface LoopScope {
  /** A variable's value before the loop. */
  variable(name: string): Value | undefined;
  /** What a statement may set, calls included (see `routines.ts`). */
  assignedIn(nodes: readonly Node[]): Assigned;
  /** A PROC that only sets variables, by name. */
  setter(name: string): ValueRoutine | undefined;
  /** Whether the program's text is Latin-1 (see `BasicScope`). */
  readonly latin1: boolean;
}

/** The value each variable the loop sets has at one top; a symbol where it is not known. */
export type Top = ReadonlyMap<string, Value>;

/** How the runs of a loop end: after a known number, where the condition of a REPEAT's UNTIL after its lines is true, or where a WHILE's at a top is false. */
export type LoopEnd = { readonly runs: number } | { readonly until: Node } | { readonly while: Node } | undefined;

/**
 * The tops of a loop: what every run's top holds, and the last run's top
 * and how many runs it makes, where the runs are known; `many` where each
 * run is known to be followed by another for more than `MAX_COUNTED` runs
 * (its tops then hold nothing known).
 */
export interface LoopTops {
  readonly every: Top;
  readonly last?: Top;
  readonly runs?: number;
  readonly many?: true;
}

/**
 * The tops of the runs of `lines`, whose variables `names` start as
 * `first` holds them; `counter` is a FOR's variable with its value at
 * each run. Undefined where no two runs repeat a top within `MAX_RUNS`,
 * nor are counted to the loop's end within `MAX_COUNTED`.
 */
export function loopTops(lines: readonly Node[], first: Top, end: LoopEnd, scope: LoopScope, counter?: { readonly name: string; readonly values: readonly bigint[] }): LoopTops | undefined {
  const tops: Top[] = [withCounter(first, counter, 0)];
  // Whether each run so far is known to be followed by another: an UNTIL not decided may end the loop anywhere after.
  let counted = end !== undefined && !lines.some((node) => anyIn(node, leaves));
  // A WHILE reads its condition before its first run too.
  const runsAtAll = end && 'while' in end ? holds(end.while, first, scope) : true;
  if (runsAtAll === false) return { every: first, ...(counted ? { runs: 0 } : {}) };
  if (runsAtAll === undefined) counted = false;
  for (let k = 1; k <= (counted ? MAX_COUNTED : MAX_RUNS); k++) {
    const after = dryRun(lines, tops[k - 1] as Top, scope);
    const ends = !end ? false : 'runs' in end ? k === end.runs : 'until' in end ? holds(end.until, after, scope) : negated(holds(end.while, after, scope));
    if (ends === undefined) counted = false;
    else if (ends) return { every: agreed(tops), ...(counted ? { last: tops[k - 1] as Top, runs: k } : {}) };
    const next = withCounter(after, counter, k);
    if (same(next, tops[k - 1] as Top)) return { every: agreed(tops) };
    tops.push(next);
    // A run not known to be followed by another: its count is not known, and only a top that repeats within `MAX_RUNS` says what every one holds.
    if (!counted && k >= MAX_RUNS) return undefined;
  }
  return counted ? { every: new Map([...first.keys()].map((name) => [name, expr.sym(name)])), many: true } : undefined;
}

const LEAVING = new Set(['endproc_statement', 'return_statement', 'end_statement']);
const LEAVING_WORDS = new Set(['STOP', 'QUIT', 'ERROR', 'RETURN', 'GOTO', 'GOSUB']);

/** A statement that may end the loop before its lines do, or jump out of their order. */
const leaves = (n: Node): boolean => LEAVING.has(n.type) || LEAVING_WORDS.has(keywordOf(n) ?? '') || n.type === 'on_statement';

function anyIn(node: Node, test: (n: Node) => boolean): boolean {
  return test(node) || namedChildren(node).some((c) => anyIn(c, test));
}

/** How far `node` opens (1) or closes (-1, or one a loop for each variable of a `NEXT j%, i%`) a block of lines. */
function nesting(node: Node): number {
  switch (node.type) {
    case 'for_statement': case 'repeat_statement': case 'while_statement': return 1;
    case 'next_statement': return -Math.max(1, children(node, 'variable').length);
    case 'until_statement': case 'endwhile_statement': case 'endif_statement': return -1;
    // `IF c% THEN` ending its line: a multi-line IF.
    case 'if_statement': return !child(node, 'consequence') && !child(node, 'alternative') && node.children.some((c) => c.type === 'THEN') ? 1 : 0;
  }
  const word = keywordOf(node);
  return word === 'CASE' ? 1 : word === 'ENDCASE' ? -1 : 0;
}

/** Whether the condition of a REPEAT's UNTIL or of a WHILE, read where a run left `after`, is TRUE; undefined where not known. */
function holds(statement: Node, after: Top, scope: LoopScope): boolean | undefined {
  const condition = child(statement, 'condition');
  const value = condition && constantOf(evaluateBasic(condition, quiet((name) => after.get(name) ?? scope.variable(name), scope.latin1)));
  return value === undefined ? undefined : value !== 0n;
}

const negated = (b: boolean | undefined): boolean | undefined => (b === undefined ? undefined : !b);

/** `top` with a FOR's variable at its value in run `k` (from 0), where the FOR's values are known. */
function withCounter(top: Top, counter: { readonly name: string; readonly values: readonly bigint[] } | undefined, k: number): Top {
  const value = counter?.values[k];
  return value === undefined || !counter ? top : new Map([...top, [counter.name, expr.bv(value)]]);
}

/** A value the runs of a loop can compare: a number or a string, else undefined. */
function known(value: Value | undefined): bigint | string | undefined {
  return typeof value === 'string' ? value : value === undefined ? undefined : constantOf(value);
}

function same(a: Top, b: Top): boolean {
  return [...a].every(([name, value]) => known(value) !== undefined && known(value) === known(b.get(name)));
}

/** The values every one of `tops` gives alike; a symbol for the others. */
function agreed(tops: readonly Top[]): Top {
  const [first] = tops;
  return new Map([...(first ?? [])].map(([name, value]) => {
    const v = known(value);
    return [name, v !== undefined && tops.every((t) => known(t.get(name)) === v) ? value : expr.sym(name)];
  }));
}

const quiet = (variable: (name: string) => Value | undefined, latin1: boolean): BasicScope => ({
  latin1,
  variable,
  unknown: (_message, _node, name) => expr.sym(name),
  unresolved: () => undefined,
});

/** One run of `lines` from `top`: what each variable of `top` holds after them. */
function dryRun(lines: readonly Node[], top: Top, scope: LoopScope): Map<string, Value> {
  const state = new Map(top);
  const read = quiet((name) => state.get(name) ?? scope.variable(name), scope.latin1);
  const unknown = (assigned: Assigned): void => {
    for (const name of state.keys()) if (assigned === 'any' || assigned.names.has(name)) state.set(name, expr.sym(name));
  };
  let depth = 0;
  for (const node of lines) {
    const inside = depth > 0 || nesting(node) !== 0;
    depth = Math.max(0, depth + nesting(node));
    const left = !inside && node.type === 'assignment' ? child(node, 'left') : undefined;
    const setter = !inside && node.type === 'proc_call' && !anyIn(node, calls) ? scope.setter(child(node, 'name')?.text ?? '') : undefined;
    if (left?.type === 'identifier' && runsOn(node) && state.has(variableName(left))) {
      const name = variableName(left), right = child(node, 'right') as Node, op = child(node, 'operator')?.text ?? '=';
      const v = op === '=' && isIntegerVariable(name) ? evaluateInteger(right, read) : evaluateBasic(right, read);
      const old = state.get(name);
      const oldNumber = old === undefined || constantOf(old) === undefined ? undefined : asNumber(old);
      state.set(name, op === '=' ? v : oldNumber && op === '+=' ? expr.add(oldNumber, asNumber(v)) : oldNumber && op === '-=' ? expr.sub(oldNumber, asNumber(v)) : expr.sym(name));
    } else if (setter) {
      // Its arguments, worked out on this run's values as BASIC passes them (a call another number of them runs nothing here).
      const list = child(node, 'arguments');
      const args = (list ? children(list, 'argument') : []).map((arg) => evaluateBasic(arg, read));
      const run = runRoutine(setter, args, { variable: (name) => read.variable(name), latin1: scope.latin1 });
      if (!run) unknown(scope.assignedIn([node]));
      for (const [name, { value }] of run?.set ?? []) if (state.has(name)) state.set(name, value);
    } else unknown(scope.assignedIn([node]));
  }
  return state;
}
