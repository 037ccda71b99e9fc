import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { variableName } from './expressions.js';
import type { BasicRoutines } from './routines.js';
import { variablesSetBy } from './textStatements.js';

// The variables an IF may be decided on. The pass reads the text in order,
// so the value it holds for a variable at an IF is the one BASIC has there
// only if every run of the IF sees the same one: a variable set at one
// place, by `=`, from constants and other such variables (`debug% =
// FALSE`). One set at two places, by `+=`, by a FOR, DIM, SYS, READ, INPUT,
// CALL or a RETURN parameter, a parameter, a LOCAL or a label may hold
// another value in some run: a DEF PROC's lines are read after the main
// program's end, with the values it ends with, and a loop's body once.

/** The variables of the program (its lines' statements, in order) whose value the pass holds at an IF is the one BASIC has there. */
export function settledVariables(statements: readonly Node[], routines: BasicRoutines): Set<string> {
  const sites = new Map<string, number>();
  const sources = new Map<string, Node>();
  const varying = new Set<string>();
  let callsAnything = false;
  const vary = (n: Node | undefined): void => {
    if (n?.type === 'identifier') varying.add(variableName(n));
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'assignment': {
        const left = child(node, 'left'), right = child(node, 'right');
        if (left?.type !== 'identifier') break;
        const name = variableName(left);
        sites.set(name, (sites.get(name) ?? 0) + 1);
        if (right && child(node, 'operator')?.text === '=') sources.set(name, right);
        else varying.add(name);
        break;
      }
      case 'for_statement': vary(child(node, 'variable')); break;
      case 'dim_item': case 'parameter': case 'asm_label': vary(child(node, 'name')); break;
      case 'sys_call': for (const n of [...children(node, 'output'), ...children(node, 'flags')]) vary(n); break;
      case 'local_statement': for (const n of children(node, 'variable')) vary(n); break;
      case 'basic_statement': for (const name of variablesSetBy(node)) varying.add(name); break;
    }
    for (const name of routines.returnArguments(node)) varying.add(name);
    // A routine the program does not define may set any variable, anywhere the text order does not show.
    if (routines.assignedBy(node) === 'any') callsAnything = true;
    for (const c of namedChildren(node)) visit(c);
  };
  for (const node of statements) visit(node);
  if (callsAnything) return new Set();
  const settled = new Set([...sites].filter(([name, count]) => count === 1 && !varying.has(name)).map(([name]) => name));
  for (let changed = true; changed;) {
    changed = false;
    for (const name of settled) {
      if (readsOnly(sources.get(name), settled)) continue;
      settled.delete(name);
      changed = true;
    }
  }
  return settled;
}

/** Whether every variable `node` reads is one of `names` (array elements never are). */
function readsOnly(node: Node | undefined, names: ReadonlySet<string>): boolean {
  if (!node || node.type === 'array_element') return false;
  if (node.type === 'identifier') return names.has(variableName(node));
  return namedChildren(node).every((c) => readsOnly(c, names));
}
