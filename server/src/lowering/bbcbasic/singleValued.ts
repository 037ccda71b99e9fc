import type { SyntaxNode as Node } from '../syntaxNode.js';
import { parseBasicNumber } from './expressions.js';
import type { BasicRoutines } from './routines.js';
import { eachSetting } from './variableSettings.js';

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
  const whole = eachSetting(statements, routines, (name, how) => {
    if (how.by === 'other' || how.by === 'parameter') varying.add(name);
    else if (how.by !== '=' || !isZero(how.value)) sites.set(name, (sites.get(name) ?? 0) + 1);
  });
  if (!whole) return new Set();
  return new Set([...sites].filter(([name, count]) => count === 1 && !varying.has(name)).map(([name]) => name));
}
