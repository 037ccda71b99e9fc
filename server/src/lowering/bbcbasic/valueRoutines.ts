import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child } from '../riscos/syntax.js';
import { runsOn } from './straightRuns.js';

// Routines whose call the pass works out where it is made, as BASIC runs
// it there: BBC BASIC's variables are global, so what such a routine
// reads is what the caller's hold at the call, and what it sets is the
// caller's. An FN that takes no parameters and does nothing but return a
// value (`DEF FNflags = 1 << 8 OR 1 << 7`, or a DEF on a line of its own
// whose first statement is `= &180`) is worth that expression; a PROC
// that takes none and only sets variables (`DEF PROCsetflags` / `flags% =
// &180` / `ENDPROC`) makes those assignments. One that runs anything else
// (a LOCAL, a SYS, a call, a loop, an IF) is neither.

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

/** What each FN of the program (its lines' statements, in order) that only returns a value returns, by name. */
export function valueFunctions(statements: readonly Node[]): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const [name, i] of firstDefinitions(statements, 'function_definition')) {
    const definition = statements[i] as Node;
    if (child(definition, 'parameters')) continue;
    const first = statements[firstRun(statements, i + 1)];
    const value = child(definition, 'value') ?? (first?.type === 'return_statement' ? child(first, 'value') : undefined);
    if (value) out.set(name, value);
  }
  return out;
}

/** The assignments of each PROC of the program that only sets variables, in order, by name. */
export function setterProcedures(statements: readonly Node[]): Map<string, readonly Node[]> {
  const out = new Map<string, readonly Node[]>();
  for (const [name, i] of firstDefinitions(statements, 'procedure_definition')) {
    if (child(statements[i] as Node, 'parameters')) continue;
    const assignments: Node[] = [];
    for (let k = firstRun(statements, i + 1); k < statements.length; k = firstRun(statements, k + 1)) {
      const node = statements[k] as Node;
      if (node.type === 'endproc_statement') {
        if (assignments.length > 0) out.set(name, assignments);
        break;
      }
      // `flags% = &180`, not `!ws% = 0` nor one that calls an FN.
      if (node.type !== 'assignment' || child(node, 'left')?.type !== 'identifier' || !runsOn(node)) break;
      assignments.push(node);
    }
  }
  return out;
}
