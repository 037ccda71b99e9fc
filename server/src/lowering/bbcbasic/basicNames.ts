import type { SyntaxNode as Node } from '../syntaxNode.js';
import { registerNumber } from '../riscos/registers.js';
import type { NameCheck, UndefinedName } from '../nameCheck.js';
import { basicNames } from '../../languages/basicWords.js';
import { variableName } from './expressions.js';
import { keywordOf } from './textStatements.js';

// Which unresolved assembler names are PW102s. In BBC BASIC a label is a
// variable, so a name may be set by BASIC anywhere in the program (before or
// after the block, in a PROC, by READ or SYS ... TO): any name the BASIC
// code mentions counts as defined, since telling its reads from its writes
// is not worth a false error. Code loaded or evaluated at run time could
// define anything.

const RUN_TIME_CODE = new Set(['LIBRARY', 'INSTALL', 'OVERLAY', 'CHAIN', 'EVAL']);

/** Every variable name the BASIC code (outside assembler blocks) mentions, and whether it loads or evaluates code at run time. */
function basicVariables(root: Node): { names: Set<string>; runTimeCode: boolean } {
  const names = new Set<string>();
  let runTimeCode = false;
  const visit = (node: Node): void => {
    if (node.type === 'assembler_block') return;
    if (node.type === 'identifier') names.add(variableName(node));
    // Statements the grammar keeps as text (READ, INPUT, MOUSE, RETURN parameters) set variables too.
    if (node.type === 'rest_of_statement') for (const name of basicNames(node.text)) names.add(name);
    const word = node.type === 'builtin_function' ? node.text : keywordOf(node);
    if (word !== undefined && RUN_TIME_CODE.has(word)) runTimeCode = true;
    for (const c of node.namedChildren) if (c) visit(c);
  };
  visit(root);
  return { names, runTimeCode };
}

export function basicNameCheck(root: Node, unresolved: readonly UndefinedName[], labels: readonly string[]): NameCheck {
  const { names, runTimeCode } = basicVariables(root);
  const defined = new Set([...names, ...labels]);
  const undefinedNames = unresolved.filter((u) => !defined.has(u.name) && registerNumber(u.name) === undefined);
  return {
    undefined: undefinedNames, defined: [...defined], partialHeaders: false,
    ...(runTimeCode ? { hidden: 'run-time-code' as const } : {}),
  };
}
