import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { parseBasicNumber, variableName } from './expressions.js';
import type { BasicRoutines } from './routines.js';
import { variablesSetBy } from './textStatements.js';

// The variables that hold one value wherever they are not 0: set at one
// place by `=`, `DIM` or `SYS … TO`, and otherwise only to 0 (`code% = 0`
// before the claim, again when the program frees it). However the text
// order and the run order differ (a DEF PROC's lines read after the main
// program's end), the pass's unknown value of such a variable is that one
// value or 0: `SYS "OS_Module", 6 … TO ,, code%` in the main program and
// `P% = code%` in the DEF PROC it calls name the same address, and so do
// `start% = P%` there and a `SYS` that passes `start%`. A variable set at
// two places, by `+=`, a FOR, READ, INPUT, SWAP, CALL or a RETURN
// parameter, or that is a parameter, a LOCAL or a label, may hold another
// value somewhere; P% and O% the assembler moves. None is single-valued in
// a program that calls a routine it does not define.

/** Whether `right`, the value of an assignment, is the number 0: no address, so not the value a single-valued variable holds. */
export function isZero(right: Node | undefined): boolean {
  return right?.type === 'number' && parseBasicNumber(right.text) === 0n;
}

/** The variables of the program (its lines' statements, in order) set to a value other than 0 at one place only, and in no other way. */
export function singleValuedVariables(statements: readonly Node[], routines: BasicRoutines): Set<string> {
  const sites = new Map<string, number>();
  const varying = new Set(['P%', 'O%']);
  let callsAnything = false;
  const site = (n: Node | undefined): void => {
    if (n?.type === 'identifier') sites.set(variableName(n), (sites.get(variableName(n)) ?? 0) + 1);
  };
  const vary = (n: Node | undefined): void => {
    if (n?.type === 'identifier') varying.add(variableName(n));
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'assignment': {
        const left = child(node, 'left');
        if (child(node, 'operator')?.text !== '=') vary(left);
        else if (!isZero(child(node, 'right'))) site(left);
        break;
      }
      case 'dim_item': site(child(node, 'name')); break;
      case 'sys_call': children(node, 'output').forEach(site); children(node, 'flags').forEach(vary); break;
      case 'for_statement': vary(child(node, 'variable')); break;
      case 'parameter': case 'asm_label': children(node, 'name').forEach(vary); break;
      case 'local_statement': children(node, 'variable').forEach(vary); break;
      case 'basic_statement': for (const name of variablesSetBy(node)) varying.add(name); break;
    }
    for (const name of routines.returnArguments(node)) varying.add(name);
    if (routines.assignedBy(node) === 'any') callsAnything = true;
    for (const c of namedChildren(node)) visit(c);
  };
  for (const node of statements) visit(node);
  if (callsAnything) return new Set();
  return new Set([...sites].filter(([name, count]) => count === 1 && !varying.has(name)).map(([name]) => name));
}
