import type { SyntaxNode as Node } from '../syntaxNode.js';
import { basicWords, type BasicWord } from '../../languages/basicWords.js';
import { child, children, namedChildren } from '../riscos/syntax.js';
import { variableName } from './expressions.js';
import { keywordOf, variablesSetBy } from './textStatements.js';

// What a call of a PROC, an FN or a GOSUB'd line may assign. BBC BASIC's
// variables are global unless a routine makes them LOCAL (or takes them as
// parameters), so `flags% = flags% OR (1 << 8)` in PROCoptions changes the
// main program's flags%; the pass walks the text in order, so at the call it
// must forget what the routine, and the routines it calls, may assign.
// Assembler labels are left out: the layout places them, wherever the
// routine that assembles them lies. A routine the program does not define
// (from a LIBRARY, a computed GOSUB) may assign any variable.

/** What a call may assign: named variables and whole arrays, or anything. */
export type Assigned =
  | { readonly names: ReadonlySet<string>; readonly arrays: ReadonlySet<string> }
  | 'any';

interface Routine {
  readonly names: Set<string>;
  readonly arrays: Set<string>;
  /** Parameters and LOCAL variables: the caller's are untouched. */
  readonly locals: Set<string>;
  /** The routines it calls, by key. */
  readonly calls: Set<string>;
  any: boolean;
}

const LINE = 'line ';
/** The nodes that may call a routine. */
const CALLS = new Set(['proc_call', 'fn_call', 'basic_statement', 'on_statement']);

export class BasicRoutines {
  private constructor(
    private readonly routines: ReadonlyMap<string, Routine>,
    /** The parameters of each PROC and FN, true where RETURN passes the variable back. */
    private readonly returns: ReadonlyMap<string, readonly boolean[]>,
  ) {}

  /** The routines of the program whose statements (the lines' children, in order) are `statements`. */
  static of(statements: readonly Node[]): BasicRoutines {
    const returns = new Map<string, readonly boolean[]>();
    for (const node of statements) {
      const name = definedName(node);
      if (name === undefined || returns.has(name)) continue;
      const params = child(node, 'parameters');
      returns.set(name, params ? children(params, 'parameter').map((p) => /^RETURN\b/.test(p.text)) : []);
    }
    const routines = new Map<string, Routine>();
    // Where the DEF at or after each statement is.
    const nextDef: number[] = [];
    for (let k = statements.length, next = statements.length; k >= 0; k--) {
      if (k < statements.length && definedName(statements[k] as Node) !== undefined) next = k;
      nextDef[k] = next;
    }
    const bodyFrom = (at: number): readonly Node[] => statements.slice(at, nextDef[at]);
    statements.forEach((node, i) => {
      const name = definedName(node);
      if (name === undefined || routines.has(name)) return;
      const routine = emptyRoutine();
      const params = child(node, 'parameters');
      for (const p of params ? children(params, 'parameter') : []) for (const n of children(p, 'name')) routine.locals.add(lvalueName(n));
      // A one-line DEF FN is its `= value`; the lines after it are another routine's, or none.
      const value = child(node, 'value');
      for (const n of value ? [value] : bodyFrom(i + 1)) collect(n, routine, returns);
      routines.set(name, routine);
    });
    const lines = new Map<string, number>();
    statements.forEach((node, i) => {
      if (node.type === 'line_number' && !lines.has(node.text)) lines.set(node.text, i);
    });
    for (const key of new Set(gosubTargets(statements))) {
      const at = lines.get(key.slice(LINE.length));
      if (at === undefined) continue;
      const routine = emptyRoutine();
      for (const n of bodyFrom(at)) collect(n, routine, returns);
      routines.set(key, routine);
    }
    close(routines);
    return new BasicRoutines(routines, returns);
  }

  /** What `node` may assign when it is a call (a PROC, an FN, GOSUB, ON … GOSUB or ON … PROC), its RETURN arguments included. */
  assignedBy(node: Node): Assigned | undefined {
    if (!CALLS.has(node.type)) return undefined;
    const routine = emptyRoutine();
    addCall(node, routine, this.returns);
    if (routine.calls.size === 0 && routine.names.size === 0 && !routine.any) return undefined;
    return this.withCalls(routine);
  }

  /** What the statements `nodes` (a loop's lines) may assign, themselves and by the routines they call; a LOCAL there sets its variables too. */
  assignedIn(nodes: readonly Node[]): Assigned {
    const routine = emptyRoutine();
    for (const node of nodes) collect(node, routine, this.returns);
    for (const name of routine.locals) routine.names.add(name);
    return this.withCalls(routine);
  }

  /** What `routine` assigns with what the routines it calls do. */
  private withCalls(routine: Routine): Assigned {
    for (const key of routine.calls) {
      const callee = this.routines.get(key);
      if (!callee || callee.any) return 'any';
      for (const n of callee.names) routine.names.add(n);
      for (const a of callee.arrays) routine.arrays.add(a);
    }
    return routine.any ? 'any' : { names: routine.names, arrays: routine.arrays };
  }

  /** The variables a PROC or FN call passes to RETURN parameters, which the call sets. */
  returnArguments(node: Node): string[] {
    if (node.type !== 'proc_call' && node.type !== 'fn_call') return [];
    const routine = emptyRoutine();
    addCall(node, routine, this.returns);
    return [...routine.names, ...routine.arrays];
  }
}

const emptyRoutine = (): Routine => ({ names: new Set(), arrays: new Set(), locals: new Set(), calls: new Set(), any: false });

/** The routine a DEF defines (`PROCname`, `FNname`). */
function definedName(node: Node): string | undefined {
  return node.type === 'procedure_definition' || node.type === 'function_definition' ? child(node, 'name')?.text : undefined;
}

/** An l-value's variable, or an array's name for an element (`table%(i%)` assigns table%()). */
function lvalueName(node: Node): string {
  return variableName(node.type === 'array_element' ? (child(node, 'name') ?? node) : node);
}

/** Records the variable, or array, the l-value `node` sets. */
function assigns(node: Node, routine: Routine): void {
  if (node.type === 'array_element') routine.arrays.add(lvalueName(node));
  else if (node.type === 'identifier' || node.type === 'builtin_variable') routine.names.add(variableName(node));
}

/** What `node` and the nodes inside it assign and call. */
function collect(node: Node, routine: Routine, returns: ReadonlyMap<string, readonly boolean[]>): void {
  switch (node.type) {
    case 'assignment': { const left = child(node, 'left'); if (left) assigns(left, routine); break; }
    case 'for_statement': { const v = child(node, 'variable'); if (v) assigns(v, routine); break; }
    case 'dim_item': for (const n of [child(node, 'name'), child(node, 'array')]) if (n) assigns(n, routine); break;
    case 'sys_call': for (const n of [...children(node, 'output'), ...children(node, 'flags')]) assigns(n, routine); break;
    case 'local_statement': for (const n of children(node, 'variable')) routine.locals.add(lvalueName(n)); break;
    default:
      for (const name of variablesSetBy(node)) routine.names.add(name);
      addCall(node, routine, returns);
  }
  for (const c of namedChildren(node)) collect(c, routine, returns);
}

/** The routines `node` calls, and the variables its RETURN arguments pass back. */
function addCall(node: Node, routine: Routine, returns: ReadonlyMap<string, readonly boolean[]>): void {
  if (node.type === 'proc_call' || node.type === 'fn_call') {
    const name = child(node, 'name')?.text;
    if (name === undefined) return;
    routine.calls.add(name);
    const list = child(node, 'arguments');
    const passedBack = returns.get(name) ?? [];
    (list ? children(list, 'argument') : []).forEach((arg, k) => {
      if (passedBack[k]) assigns(arg, routine);
    });
    return;
  }
  // Statements kept as text (`ON x GOSUB 100, 200`, `CASE FNkind OF`) call what their text names, outside strings.
  const keyword = keywordOf(node);
  const rest = node.type === 'basic_statement' || node.type === 'on_statement' ? child(node, 'arguments')?.text : undefined;
  if (rest === undefined) return;
  const words = basicWords(rest);
  for (const w of words) if (w.kind === 'routine') routine.calls.add(w.text);
  const after = (w: BasicWord | undefined): string | undefined => (w ? rest.slice(w.index + w.text.length) : undefined);
  const gosub = keyword === 'GOSUB' ? rest : node.type === 'on_statement' ? after(words.find(isKeyword('GOSUB'))) : undefined;
  if (gosub === undefined) return;
  const elseWord = basicWords(gosub).find(isKeyword('ELSE'));
  const targets = gosub.slice(0, elseWord?.index).split(',').map((t) => t.trim());
  // `GOSUB (base% + n%)`: a line the program cannot name.
  if (targets.some((t) => !/^\d+$/.test(t))) routine.any = true;
  else for (const t of targets) routine.calls.add(`${LINE}${t}`);
}

const isKeyword = (text: string) => (w: BasicWord): boolean => w.kind === 'keyword' && w.text === text;

/** The lines the program GOSUBs to, as routine keys. */
function gosubTargets(statements: readonly Node[]): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'basic_statement' || node.type === 'on_statement') {
      const routine = emptyRoutine();
      addCall(node, routine, new Map());
      for (const key of routine.calls) if (key.startsWith(LINE)) out.push(key);
    }
    for (const c of namedChildren(node)) visit(c);
  };
  for (const node of statements) visit(node);
  return out;
}

/** Each routine's sets with those of the routines it calls, without its own locals; `any` from a call of a routine the program does not define. */
function close(routines: ReadonlyMap<string, Routine>): void {
  for (const routine of routines.values()) for (const l of routine.locals) { routine.names.delete(l); routine.arrays.delete(l); }
  for (let changed = true; changed;) {
    changed = false;
    for (const routine of routines.values()) {
      for (const key of routine.calls) {
        const callee = routines.get(key);
        if (!callee || callee.any) {
          if (!routine.any) changed = routine.any = true;
          continue;
        }
        for (const n of callee.names) if (!routine.locals.has(n) && !routine.names.has(n)) { routine.names.add(n); changed = true; }
        for (const a of callee.arrays) if (!routine.locals.has(a) && !routine.arrays.has(a)) { routine.arrays.add(a); changed = true; }
      }
    }
  }
}
