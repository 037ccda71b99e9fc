import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, namedChildren } from '../riscos/syntax.js';
import { keywordOf } from './textStatements.js';

// The statements a straight run of BASIC may hold, where a release of
// reserved pages and the removal of the program's areas count as made one
// with the other (riscos/releaseOrder.ts): statements that run on to the
// next and call nothing. Anything else ends the run, and what follows it
// starts the next, where a loop, a DEF or an ON ERROR's handler enters:
// a PROC, an FN, USR or EVAL, a loop's or IF's lines, a DEF, an ON ERROR,
// a `*` command, a statement kept as text (CALL, RETURN…). A SYS is
// judged where it is made, by the SWI it calls (BasicPass.sys). A program
// that may jump to a line has no runs: any line may be entered.

/** Whether the program may jump to a line (GOTO, GOSUB, ON …, IF … THEN line). */
export function jumpsToLines(statements: readonly Node[]): boolean {
  return statements.some((s) => anyIn(s, (n) => keywordOf(n) === 'GOTO' || keywordOf(n) === 'GOSUB' || n.type === 'on_statement'
    || (n.type === 'if_statement' && ['consequence', 'alternative'].some((field) => child(n, field)?.type === 'line_number'))));
}

/** Whether a run may go on through `node`: a statement that runs on to the next and calls nothing. */
export function runsOn(node: Node): boolean {
  switch (node.type) {
    case 'comment': case 'data_statement': case 'local_statement': case 'line_number': return true;
    case 'assignment': case 'print_statement': case 'dim_statement': case 'sys_call': return !anyIn(node, calls);
    default: return false;
  }
}

/** A call in an expression: an FN, or USR and EVAL, which run code or BASIC of the program's choosing. */
export function calls(n: Node): boolean {
  const name = n.type === 'builtin_call' ? child(n, 'name')?.text : undefined;
  return n.type === 'fn_call' || name === 'USR' || name === 'EVAL';
}

function anyIn(node: Node, test: (n: Node) => boolean): boolean {
  return test(node) || namedChildren(node).some((c) => anyIn(c, test));
}
