import type { SyntaxNode as Node } from '../syntaxNode.js';
import { basicWords } from '../../languages/basicWords.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { variableName } from './expressions.js';
import type { BasicRoutines } from './routines.js';
import { eachSetting } from './variableSettings.js';

// A PROC that assembles code without setting P% or O% assembles it where
// P% stands when it is called: `P% = code% + 64` / `PROCzero_words`, or a
// `PROCemit_handler` called from the pass loop between two other blocks,
// whose code lies between theirs and whose address a SYS may pass as
// `code% + 8`. The pass reads such a PROC's lines at each of its calls, as
// BASIC runs them, and not at its DEF. A PROC that sets P% or O% itself
// places its code where it says, and is read at its DEF like the rest
// when called from one place, where its parameters hold that call's
// arguments (see `boundParameters.ts`); one that takes parameters and is
// called from two (`PROCassemble(code%)`, `PROCassemble(code% + 512)` with
// `P% = at%`) is read at each call too, where they hold that call's, as
// is one that sets P% from a variable the lines between two of its calls
// set (`at% = code% + 512` / `PROCassemble`), where it holds that call's.

/** A PROC whose lines the pass reads where it is called. */
export interface PlacedRoutine {
  /** Its DEF. */
  readonly definition: Node;
  /** The statements after the DEF up to the next DEF. */
  readonly body: readonly Node[];
}

/** The routine a DEF defines, or a call calls (`PROCname`, `FNname`). */
const routineName = (node: Node): string | undefined => child(node, 'name')?.text;

const isDefinition = (node: Node): boolean => node.type === 'procedure_definition' || node.type === 'function_definition';

/** Whether `node` or a node inside it passes `test`. */
function anyIn(node: Node, test: (n: Node) => boolean): boolean {
  return test(node) || namedChildren(node).some((c) => anyIn(c, test));
}

/** Whether `node` is or holds an assembler block, or a call of one of `placed`, which assembles where it is called. */
export function assemblesCode(node: Node, placed: ReadonlyMap<string, PlacedRoutine>): boolean {
  return anyIn(node, (n) => n.type === 'assembler_block' || (n.type === 'proc_call' && placed.has(routineName(n) ?? '')));
}

/**
 * The PROCs of the program (its lines' statements, in order) read where
 * they are called, by name: each defined once, called only by PROC
 * statements (not `ON … PROC` or another statement kept as text), whose
 * lines assemble code (or call such a PROC) and which, with the routines
 * it calls, sets neither P% nor O%, or is called from two places or more
 * and takes parameters or sets P% or O% from a variable the statements
 * between its first call and its last set.
 */
export function placedRoutines(statements: readonly Node[], routines: BasicRoutines): Map<string, PlacedRoutine> {
  const definitions = new Map<string, PlacedRoutine | null>();
  // Walked from the end, each DEF's body runs to the DEF after it.
  for (let i = statements.length - 1, next = statements.length; i >= 0; i--) {
    const node = statements[i] as Node;
    if (!isDefinition(node)) continue;
    const name = node.type === 'procedure_definition' ? routineName(node) : undefined;
    if (name !== undefined) definitions.set(name, definitions.has(name) ? null : { definition: node, body: statements.slice(i + 1, next) });
    next = i;
  }
  // Each PROC call with the routine whose lines hold it (none in the main program).
  const calls: { readonly name: string; readonly node: Node; readonly owner: string | undefined; readonly at: number }[] = [];
  const asText = new Set<string>();
  let owner: string | undefined;
  let at = 0;
  const visit = (node: Node): void => {
    const name = node.type === 'proc_call' ? routineName(node) : undefined;
    if (name !== undefined) calls.push({ name, node, owner, at });
    const rest = node.type === 'basic_statement' || node.type === 'on_statement' ? child(node, 'arguments')?.text : undefined;
    for (const w of rest === undefined ? [] : basicWords(rest)) if (w.kind === 'routine') asText.add(w.text);
    for (const c of namedChildren(node)) visit(c);
  };
  statements.forEach((node, i) => {
    if (isDefinition(node)) owner = routineName(node);
    at = i;
    visit(node);
  });
  const candidates = new Map<string, PlacedRoutine>();
  for (const [name, routine] of definitions) {
    const call = calls.find((c) => c.name === name);
    if (!routine || !call || asText.has(name)) continue;
    // What the routine, and those it calls, assign: the same at any of its calls.
    const assigned = routines.assignedBy(call.node);
    if (assigned === undefined || assigned === 'any') continue;
    const moves = assigned.names.has('P%') || assigned.names.has('O%');
    const sites = calls.filter((c) => c.name === name);
    const [first] = sites;
    const last = sites[sites.length - 1];
    const between = first && last ? statements.slice(first.at + 1, last.at) : [];
    if (!moves || (sites.length > 1 && (child(routine.definition, 'parameters') || placesBy(routine).some((v) => setIn(between, routines).has(v))))) {
      candidates.set(name, routine);
    }
  }
  // A PROC whose only code is a placed PROC's call is placed too.
  const placed = new Map<string, PlacedRoutine>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, routine] of candidates) {
      if (placed.has(name) || !routine.body.some((n) => assemblesCode(n, placed))) continue;
      placed.set(name, routine);
      changed = true;
    }
  }
  // One the program reaches only from its own lines (or another such one's) is never read at a call: it is read at its DEF.
  for (let changed = true; changed;) {
    const reached = new Set<string>();
    const reach = (from: string | undefined): void => {
      for (const { name, owner: by } of calls) {
        if (by !== from || !placed.has(name) || reached.has(name)) continue;
        reached.add(name);
        reach(name);
      }
    };
    for (const from of new Set(calls.map((c) => c.owner))) if (from === undefined || !placed.has(from)) reach(from);
    const unreached = [...placed.keys()].filter((name) => !reached.has(name));
    for (const name of unreached) placed.delete(name);
    changed = unreached.length > 0;
  }
  return placed;
}

/** The variables the right of a `P% = …` or `O% = …` in a PROC's lines reads, but for its own. */
function placesBy(routine: PlacedRoutine): string[] {
  const own = new Set(ownVariables(routine));
  const read: string[] = [];
  const reads = (n: Node): void => {
    if (n.type === 'identifier' && !own.has(variableName(n))) read.push(variableName(n));
    for (const c of namedChildren(n)) reads(c);
  };
  for (const node of routine.body) {
    anyIn(node, (n) => {
      const left = n.type === 'assignment' ? child(n, 'left') : undefined;
      const right = left && /^[PO]%$/.test(variableName(left)) ? child(n, 'right') : undefined;
      if (right) reads(right);
      return false;
    });
  }
  return read;
}

/** The variables `statements` set. */
function setIn(statements: readonly Node[], routines: BasicRoutines): Set<string> {
  const names = new Set<string>();
  eachSetting(statements, routines, (name) => names.add(name));
  return names;
}

/** The variables a placed PROC's parameters and LOCALs name (not array elements): the caller's values come back when it returns. */
export function ownVariables(routine: PlacedRoutine): string[] {
  const params = child(routine.definition, 'parameters');
  const locals = routine.body.filter((n) => n.type === 'local_statement');
  const named = [...(params ? children(params, 'parameter').flatMap((p) => children(p, 'name')) : []), ...locals.flatMap((n) => children(n, 'variable'))];
  return named.filter((n) => n.type === 'identifier').map(variableName);
}
