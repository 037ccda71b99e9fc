import type { SyntaxNode as Node } from '../syntaxNode.js';
import { registerNumber } from '../riscos/registers.js';
import type { NameCheck, UndefinedName } from '../nameCheck.js';
import { variableName } from './expressions.js';

// Which unresolved assembler names are PW102s. In BBC BASIC a label is a
// variable, so a name may be set by BASIC anywhere in the program (before or
// after the block, in a PROC, by READ or SYS ... TO): any name the BASIC
// code mentions counts as defined, since telling its reads from its writes
// is not worth a false error. Code loaded or evaluated at run time could
// define anything.

const WORD = /[A-Za-z_][A-Za-z0-9_]*[%$]?/g;
const RUN_TIME_CODE = /\b(LIBRARY|INSTALL|OVERLAY|CHAIN|EVAL)\b/;

/** Every variable name the BASIC code (outside assembler blocks) mentions. */
function basicVariables(root: Node): Set<string> {
  const out = new Set<string>();
  const visit = (node: Node): void => {
    if (node.type === 'assembler_block') return;
    if (node.type === 'identifier') out.add(variableName(node));
    // Statements the grammar keeps as text (READ, INPUT, MOUSE, RETURN parameters) set variables too.
    if (node.type === 'rest_of_statement') for (const word of node.text.match(WORD) ?? []) out.add(word);
    for (const c of node.namedChildren) if (c) visit(c);
  };
  visit(root);
  return out;
}

export function basicNameCheck(root: Node, unresolved: readonly UndefinedName[], labels: readonly string[]): NameCheck {
  const variables = basicVariables(root);
  const defined = new Set([...variables, ...labels]);
  const undefinedNames = unresolved.filter((u) => !defined.has(u.name) && registerNumber(u.name) === undefined);
  return {
    undefined: undefinedNames, defined: [...defined], partialHeaders: false,
    ...(RUN_TIME_CODE.test(root.text) ? { hidden: 'run-time-code' as const } : {}),
  };
}
