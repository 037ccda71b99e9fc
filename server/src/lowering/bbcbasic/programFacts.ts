import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child, namedChildren } from '../riscos/syntax.js';
import { parametersOnly, singleCallArguments } from './boundParameters.js';
import { placedRoutines, type PlacedRoutine } from './placedRoutines.js';
import { BasicRoutines } from './routines.js';
import { settledVariables } from './settled.js';
import { singleValuedVariables } from './singleValued.js';
import { jumpsToLines } from './straightRuns.js';
import { setterProcedures, valueFunctions, type ValueRoutine } from './valueRoutines.js';

// What a pass reads of the whole program before it runs its statements.
// Each is a walk of every statement that depends on the syntax alone, so a
// lowering works them out once for all its passes and builds: a program
// of 3,000 assignments spent about two thirds of each pass's CPU in them.

export interface ProgramFacts {
  /** The lines' children, in order. */
  readonly statements: readonly Node[];
  /** The body of each DEF FN without parameters that assembles code, for `OPT FNname` (see `assemblerFunctions`). */
  readonly assemblerFunctions: ReadonlyMap<string, readonly Node[]>;
  /** Each FN that only works out a value (see `valueRoutines.ts`). */
  readonly valueFunctions: ReadonlyMap<string, ValueRoutine>;
  /** Each PROC that only sets variables, run at its calls (see `valueRoutines.ts`). */
  readonly setterProcedures: ReadonlyMap<string, ValueRoutine>;
  /** What each PROC, FN and GOSUB'd line may assign. */
  readonly routines: BasicRoutines;
  /** The PROCs read where they are called (see `placedRoutines.ts`). */
  readonly atCalls: ReadonlyMap<string, PlacedRoutine>;
  /** The variables whose value is BASIC's wherever an IF reads it (see `settled.ts`). */
  readonly settled: ReadonlySet<string>;
  /** The variables set to one value wherever they are not 0 (see `singleValued.ts`). */
  readonly singleValued: ReadonlySet<string>;
  /** The arguments of the one call of each routine called from one place (see `boundParameters.ts`). */
  readonly callArguments: ReadonlyMap<string, readonly Node[]>;
  /** The variables set only as one routine's parameter: bound, an IF in the body may read them (see `boundParameters.ts`). */
  readonly parametersOnly: ReadonlySet<string>;
  /** Whether the program may jump to a line (`jumpsToLines`): then no statements make a straight run. */
  readonly linesEntered: boolean;
}

export function programFacts(root: Node): ProgramFacts {
  const statements = namedChildren(root).flatMap((line) => namedChildren(line));
  const routines = BasicRoutines.of(statements);
  return {
    statements,
    assemblerFunctions: assemblerFunctions(statements),
    valueFunctions: valueFunctions(statements),
    setterProcedures: setterProcedures(statements),
    routines,
    atCalls: placedRoutines(statements, routines),
    settled: settledVariables(statements, routines),
    singleValued: singleValuedVariables(statements, routines),
    callArguments: singleCallArguments(statements, routines),
    parametersOnly: parametersOnly(statements, routines),
    linesEntered: jumpsToLines(statements),
  };
}

/**
 * The body of each DEF FN that takes no parameters and assembles code:
 * the statements from its DEF to the `=` that returns, BBC BASIC's macro
 * idiom (`DEF FNsetv` / `[OPT pass% … ]` / `=pass%`).
 */
function assemblerFunctions(statements: readonly Node[]): Map<string, readonly Node[]> {
  const out = new Map<string, readonly Node[]>();
  statements.forEach((node, i) => {
    const name = node.type === 'function_definition' && !child(node, 'parameters') && !child(node, 'value') ? child(node, 'name')?.text : undefined;
    if (name === undefined) return;
    let end = i + 1;
    while (end < statements.length && !['return_statement', 'function_definition', 'procedure_definition'].includes((statements[end] as Node).type)) end++;
    const body = statements.slice(i + 1, end);
    if (body.some((n) => n.type === 'assembler_block') && !out.has(name)) out.set(name, body);
  });
  return out;
}
