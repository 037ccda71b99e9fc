import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { variableName } from './expressions.js';
import type { BasicRoutines } from './routines.js';
import { variablesSetBy } from './textStatements.js';

// Every place a BBC BASIC program sets a variable, and how: what both the
// IF-deciding rule (settled.ts) and the address rule (singleValued.ts)
// count sites of, each by its own measure.

/** How a statement sets a variable: by `=` with its value, by `DIM` or a `SYS`'s `TO` list, as a routine's parameter, or in a way that may leave any value. */
export type Setting = { readonly by: '='; readonly value: Node } | { readonly by: 'dim' | 'sys' | 'parameter' | 'other' };

const PARAMETER: Setting = { by: 'parameter' };

const OTHER: Setting = { by: 'other' };

/**
 * Calls `set` for each variable the program (its lines' statements, in
 * order) sets, in the text's order. False, after the walk, when it calls a
 * routine it does not define, which may set any variable anywhere the text
 * order does not show.
 */
export function eachSetting(statements: readonly Node[], routines: BasicRoutines, set: (name: string, how: Setting) => void): boolean {
  let callsAnything = false;
  const named = (n: Node | undefined, how: Setting): void => {
    if (n?.type === 'identifier') set(variableName(n), how);
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'assignment': {
        const right = child(node, 'right');
        named(child(node, 'left'), right && child(node, 'operator')?.text === '=' ? { by: '=', value: right } : OTHER);
        break;
      }
      case 'dim_item': named(child(node, 'name'), { by: 'dim' }); break;
      case 'sys_call':
        for (const n of children(node, 'output')) named(n, { by: 'sys' });
        for (const n of children(node, 'flags')) named(n, OTHER);
        break;
      case 'for_statement': named(child(node, 'variable'), OTHER); break;
      case 'parameter': for (const n of children(node, 'name')) named(n, PARAMETER); break;
      case 'asm_label': for (const n of children(node, 'name')) named(n, OTHER); break;
      case 'local_statement': for (const n of children(node, 'variable')) named(n, OTHER); break;
      case 'basic_statement': for (const name of variablesSetBy(node)) set(name, OTHER); break;
    }
    for (const name of routines.returnArguments(node)) set(name, OTHER);
    if (routines.assignedBy(node) === 'any') callsAnything = true;
    for (const c of namedChildren(node)) visit(c);
  };
  for (const node of statements) visit(node);
  return !callsAnything;
}
