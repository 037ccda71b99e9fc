import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { variableName } from './expressions.js';
import type { BasicRoutines } from './routines.js';
import { ownNames, valueFunctions, type ValueRoutine } from './valueRoutines.js';
import { eachSetting } from './variableSettings.js';

// The variables an IF may be decided on. The pass reads the text in order,
// so the value it holds for a variable at an IF is the one BASIC has there
// only if every run of the IF sees the same one: a variable set at one
// place, by `=`, from constants, other such variables and FNs that only
// return such a value (`debug% = FALSE`, `flags% = FNflags`). One set at
// two places, by `+=`, by a FOR, DIM, SYS, READ, INPUT, CALL or a RETURN
// parameter, a parameter, a LOCAL or a label may hold another value in
// some run: a DEF PROC's lines are read after the main
// program's end, with the values it ends with, and a loop's body once
// (where the order holds, `currentValues.ts` knows the last `=`'s value).

/** The variables of the program (its lines' statements, in order) whose value the pass holds at an IF is the one BASIC has there. */
export function settledVariables(statements: readonly Node[], routines: BasicRoutines): Set<string> {
  const sites = new Map<string, number>();
  const sources = new Map<string, Node>();
  const varying = new Set<string>();
  const whole = eachSetting(statements, routines, (name, how) => {
    if (how.by === '=') {
      sites.set(name, (sites.get(name) ?? 0) + 1);
      sources.set(name, how.value);
    } else varying.add(name);
  });
  if (!whole) return new Set();
  const functions = valueFunctions(statements);
  const settled = new Set([...sites].filter(([name, count]) => count === 1 && !varying.has(name)).map(([name]) => name));
  for (let changed = true; changed;) {
    changed = false;
    for (const name of settled) {
      if (readsOnly(sources.get(name), settled, functions)) continue;
      settled.delete(name);
      changed = true;
    }
  }
  return settled;
}

/**
 * Whether every variable `node` reads is one of `names` (array elements
 * never are), the variables an FN it calls reads included: one that only
 * works out a value (see `valueRoutines.ts`, `calling` those it is in),
 * from its arguments and, besides its parameters and LOCALs, `names`;
 * any other FN may return anything.
 */
function readsOnly(node: Node | undefined, names: ReadonlySet<string>, functions: ReadonlyMap<string, ValueRoutine>, calling: ReadonlySet<string> = new Set()): boolean {
  if (!node || node.type === 'array_element') return false;
  if (node.type === 'identifier') return names.has(variableName(node));
  if (node.type === 'fn_call') {
    const name = child(node, 'name')?.text;
    const routine = name === undefined || calling.has(name) ? undefined : functions.get(name);
    if (name === undefined || !routine) return false;
    const list = child(node, 'arguments');
    const inside = new Set([...names, ...ownNames(routine)]);
    const within = new Set([...calling, name]);
    return (list ? children(list, 'argument') : []).every((arg) => readsOnly(arg, names, functions, calling))
      && [...routine.lines, ...(routine.value ? [routine.value] : [])].every((n) => readsOnly(n, inside, functions, within));
  }
  return namedChildren(node).every((c) => readsOnly(c, names, functions, calling));
}
