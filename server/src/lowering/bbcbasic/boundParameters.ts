import type { SyntaxNode as Node } from '../syntaxNode.js';
import { basicWords } from '../../languages/basicWords.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import type { BasicRoutines } from './routines.js';
import { eachSetting } from './variableSettings.js';

// A PROC or FN that the program calls from one place only gets the
// arguments of that call, wherever its DEF stands in the text: ResvDemo's
// `PROCassemble(code%, size%)` / `DEF PROCassemble(where%, len%)` /
// `P% = where%` assembles at code%. What such an argument is worth where
// the DEF is read (the pass reads the text in order, a DEF PROC's lines
// after the main program's end) the pass works out from what holds
// everywhere: numbers, and variables set at one place (see `settled.ts`
// and `singleValued.ts`). A parameter the program sets nowhere else holds
// that value all through the body, so an IF there may be decided on it.

/** The routine a DEF defines, or a call calls (`PROCname`, `FNname`). */
const routineName = (node: Node): string | undefined => child(node, 'name')?.text;

/**
 * For each PROC and FN the program defines once and calls from one place,
 * by a PROC or FN call (not `ON … PROC`, nor a call of itself beside it),
 * the arguments of that call, in order. None in a program that calls a
 * routine it does not define, which may call any.
 */
export function singleCallArguments(statements: readonly Node[], routines: BasicRoutines): Map<string, readonly Node[]> {
  const defined = new Map<string, number>();
  const calls = new Map<string, (readonly Node[] | undefined)[]>();
  const called = (name: string, args: readonly Node[] | undefined): void => {
    calls.set(name, [...calls.get(name) ?? [], args]);
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'procedure_definition': case 'function_definition': {
        const name = routineName(node);
        if (name !== undefined) defined.set(name, (defined.get(name) ?? 0) + 1);
        break;
      }
      case 'proc_call': case 'fn_call': {
        const name = routineName(node);
        const list = child(node, 'arguments');
        if (name !== undefined) called(name, list ? children(list, 'argument') : []);
        break;
      }
      case 'basic_statement': case 'on_statement': {
        // A call kept as text (`ON choice% PROCa, PROCb`): the arguments are not parsed.
        const rest = child(node, 'arguments')?.text;
        for (const w of rest === undefined ? [] : basicWords(rest)) if (w.kind === 'routine') called(w.text, undefined);
      }
    }
    for (const c of namedChildren(node)) visit(c);
  };
  for (const node of statements) visit(node);
  if (!eachSetting(statements, routines, () => undefined)) return new Map();
  const out = new Map<string, readonly Node[]>();
  for (const [name, sites] of calls) {
    const [args] = sites;
    if (sites.length === 1 && args && defined.get(name) === 1) out.set(name, args);
  }
  return out;
}

/**
 * The variables the program sets only as the parameter of one routine:
 * bound to its call's argument, such a parameter holds it all through the
 * body, which an IF there may be decided on (`PROCassemble(TRUE)` / `DEF
 * PROCassemble(check%)` / `IF check% THEN`). None in a program that calls
 * a routine it does not define.
 */
export function parametersOnly(statements: readonly Node[], routines: BasicRoutines): Set<string> {
  const sites = new Map<string, number>();
  const varying = new Set<string>();
  const whole = eachSetting(statements, routines, (name, how) => {
    if (how.by === 'parameter') sites.set(name, (sites.get(name) ?? 0) + 1);
    else varying.add(name);
  });
  if (!whole) return new Set();
  return new Set([...sites].filter(([name, count]) => count === 1 && !varying.has(name)).map(([name]) => name));
}
