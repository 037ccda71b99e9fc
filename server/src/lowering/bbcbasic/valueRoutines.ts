import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr } from '../../../../emulator/src/index.js';
import { child, children } from '../riscos/syntax.js';
import { asNumber, constantOf, type Value } from '../riscos/values.js';
import { evaluateBasic, evaluateInteger, isIntegerVariable, variableName, type BasicScope } from './expressions.js';
import { runsOn } from './straightRuns.js';

// Routines whose call the pass works out where it is made, as BASIC runs
// it there: BBC BASIC's variables are global, so what such a routine
// reads is what the caller's hold at the call, and what it sets is the
// caller's, but for its parameters and LOCALs, which hold the call's
// arguments and 0 there and are the caller's again after it. An FN that
// only works out a value (`DEF FNflags = 1 << 8 OR 1 << 7`, `DEF
// FNpages(n%) = n% * 4096`, a DEF on a line of its own whose first
// statement is `= &180`, or `DEF FNsize(n%) : LOCAL s% : s% = n% << 12 :
// = s%`) is worth its value; a PROC that only sets variables (`DEF
// PROCsetflags` / `flags% = &180` / `ENDPROC`) makes those assignments.
// Their lines may be LOCALs, assignments that call nothing and one-line
// IFs of those, whose arm is taken where the condition is known and
// which, where it is not, leave what either arm sets unknown. A routine
// that runs anything else (a SYS, a call, a loop, a multi-line IF, a
// RETURN parameter) is neither.

/** A routine worked out at its calls. */
export interface ValueRoutine {
  /** Its parameters' names, one each. */
  readonly parameters: readonly string[];
  /** Its lines, from its DEF to its ENDPROC or the `=` that returns (neither included). */
  readonly lines: readonly Node[];
  /** An FN's value: the expression of its `=`. */
  readonly value?: Node;
}

/** What a call of a routine makes: the variables it sets that are the caller's, each with its value and the expression of the last `=` (none where an IF not known set it), and an FN's value. */
export interface RoutineRun {
  readonly set: ReadonlyMap<string, { readonly value: Value; readonly right?: Node }>;
  readonly value?: Value;
}

/** Statements that run nothing: between a DEF and what its routine does, they leave it one of these. */
const INERT = new Set(['comment', 'line_number']);

/** The index of the first statement from `from` on that runs something. */
function firstRun(statements: readonly Node[], from: number): number {
  let k = from;
  while (k < statements.length && INERT.has((statements[k] as Node).type)) k++;
  return k;
}

/** The first DEF of each name in `statements`, with its index: the one BASIC calls. */
function firstDefinitions(statements: readonly Node[], type: string): Map<string, number> {
  const out = new Map<string, number>();
  statements.forEach((node, i) => {
    const name = node.type === type ? child(node, 'name')?.text : undefined;
    if (name !== undefined && !out.has(name)) out.set(name, i);
  });
  return out;
}

/** The names of a DEF's parameters, one plain variable each; undefined for a RETURN parameter or another kind. */
function parameterNames(definition: Node): string[] | undefined {
  const list = child(definition, 'parameters');
  const names: string[] = [];
  for (const param of list ? children(list, 'parameter') : []) {
    const [name, ...more] = children(param, 'name');
    if (!name || more.length > 0 || name.type !== 'identifier' || /^RETURN\b/i.test(param.text)) return undefined;
    names.push(variableName(name));
  }
  return names;
}

/** The statements of a one-line IF's THEN and ELSE. */
const armsOf = (node: Node): Node[] => [...children(node, 'consequence'), ...children(node, 'alternative')];

/** The variables an assignment, or the assignments in a one-line IF's arms, set. */
function setIn(node: Node): string[] {
  const left = node.type === 'assignment' ? child(node, 'left') : undefined;
  return left ? [variableName(left)] : node.type === 'if_statement' ? armsOf(node).flatMap(setIn) : [];
}

/** Whether a routine worked out at its calls may run `node`: a LOCAL, an assignment of a variable that calls nothing, or a one-line IF of those. */
function runnable(node: Node): boolean {
  switch (node.type) {
    case 'comment': return true;
    case 'local_statement': return children(node, 'variable').every((v) => v.type === 'identifier');
    // `flags% = &180`, not `!ws% = 0` nor one that calls an FN.
    case 'assignment': return child(node, 'left')?.type === 'identifier' && runsOn(node);
    // A LOCAL in an arm would hide a variable on some runs only.
    case 'if_statement': return armsOf(node).length > 0 && armsOf(node).every((arm) => arm.type !== 'local_statement' && runnable(arm));
    default: return false;
  }
}

/** The routine whose DEF is `statements[i]`, ending at the first statement of type `end` after it; undefined where a line before that is not `runnable`. */
function routineAt(statements: readonly Node[], i: number, end: string): ValueRoutine | undefined {
  const definition = statements[i] as Node;
  const parameters = parameterNames(definition);
  if (!parameters) return undefined;
  const value = child(definition, 'value');
  if (value) return { parameters, lines: [], value };
  const lines: Node[] = [];
  for (let k = firstRun(statements, i + 1); k < statements.length; k = firstRun(statements, k + 1)) {
    const node = statements[k] as Node;
    if (node.type === end) {
      const returned = child(node, 'value');
      return { parameters, lines, ...(returned ? { value: returned } : {}) };
    }
    if (!runnable(node)) return undefined;
    lines.push(node);
  }
  return undefined;
}

/** Each FN of the program (its lines' statements, in order) that only works out a value, by name. */
export function valueFunctions(statements: readonly Node[]): Map<string, ValueRoutine> {
  const out = new Map<string, ValueRoutine>();
  for (const [name, i] of firstDefinitions(statements, 'function_definition')) {
    const routine = routineAt(statements, i, 'return_statement');
    if (routine?.value) out.set(name, routine);
  }
  return out;
}

/** Each PROC of the program that only sets variables, by name. */
export function setterProcedures(statements: readonly Node[]): Map<string, ValueRoutine> {
  const out = new Map<string, ValueRoutine>();
  for (const [name, i] of firstDefinitions(statements, 'procedure_definition')) {
    const routine = routineAt(statements, i, 'endproc_statement');
    if (routine && routine.lines.some((n) => n.type !== 'comment' && n.type !== 'local_statement')) out.set(name, routine);
  }
  return out;
}

/** The variables a routine's parameters and LOCALs hide: what it reads of those is its own. */
export function ownNames(routine: ValueRoutine): Set<string> {
  const names = new Set(routine.parameters);
  for (const line of routine.lines) if (line.type === 'local_statement') for (const v of children(line, 'variable')) names.add(variableName(v));
  return names;
}

/**
 * Runs `routine` with `args` as BASIC runs it at a call, the caller's
 * variables read through `scope` (a value it cannot name is a symbol);
 * undefined where the call passes another number of arguments.
 */
export function runRoutine(routine: ValueRoutine, args: readonly Value[], scope: Pick<BasicScope, 'variable' | 'functionValue' | 'latin1'>): RoutineRun | undefined {
  if (args.length !== routine.parameters.length) return undefined;
  const own = new Map<string, Value>(routine.parameters.map((p, k) => [p, args[k] as Value]));
  const set = new Map<string, { value: Value; right?: Node }>();
  const basic: BasicScope = {
    latin1: scope.latin1,
    variable: (name) => own.get(name) ?? set.get(name)?.value ?? scope.variable(name),
    unknown: (_message, _node, name) => expr.sym(name),
    unresolved: () => undefined,
    ...(scope.functionValue ? { functionValue: (call: Node) => scope.functionValue?.(call) } : {}),
  };
  const write = (name: string, value: Value, right?: Node): void => {
    if (own.has(name)) own.set(name, value);
    else set.set(name, right ? { value, right } : { value });
  };
  const run = (node: Node): void => {
    switch (node.type) {
      // A LOCAL numeric variable starts at 0, a string one empty.
      case 'local_statement': for (const v of children(node, 'variable')) own.set(variableName(v), variableName(v).endsWith('$') ? '' : expr.bv(0)); return;
      case 'assignment': return assignment(node);
      case 'if_statement': {
        const condition = child(node, 'condition');
        const taken = condition && constantOf(evaluateBasic(condition, basic));
        if (taken !== undefined) return children(node, taken !== 0n ? 'consequence' : 'alternative').forEach(run);
        for (const name of setIn(node)) write(name, expr.sym(name));
      }
    }
  };
  const assignment = (node: Node): void => {
    const name = variableName(child(node, 'left') as Node);
    const right = child(node, 'right') as Node;
    const op = child(node, 'operator')?.text ?? '=';
    if (op === '=') return write(name, isIntegerVariable(name) ? evaluateInteger(right, basic) : evaluateBasic(right, basic), right);
    const old = basic.variable(name), v = evaluateBasic(right, basic);
    const x = old === undefined ? undefined : asNumber(old);
    write(name, x === undefined ? expr.sym(name) : op === '+=' ? expr.add(x, asNumber(v)) : op === '-=' ? expr.sub(x, asNumber(v)) : expr.sym(name));
  };
  routine.lines.forEach(run);
  return { set, ...(routine.value ? { value: evaluateBasic(routine.value, basic) } : {}) };
}
