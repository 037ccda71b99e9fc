import type { SyntaxNode as Node } from '../syntaxNode.js';
import { basicNames } from '../../languages/basicWords.js';
import { child } from '../riscos/syntax.js';

// Statements the grammar keeps as a keyword and text (`CASE policy% OF`,
// `WHEN 0`, `READ name$, flags%`). Those that set the variables they name
// (`READ`, `INPUT`, `SWAP`) are read by their words as BASIC's tokeniser
// reads them (`LINE INPUTa$` sets a$), strings and keywords left out.

/** The keyword of a statement the grammar keeps as text. */
export const keywordOf = (node: Node): string | undefined => (node.type === 'basic_statement' ? child(node, 'keyword')?.text : undefined);

const SETTING = new Set(['READ', 'INPUT', 'LINE', 'SWAP', 'MOUSE', 'CALL']);

/** The variables `node` may set when it is such a statement, else none; an array element names its array (`table%`). */
export function variablesSetBy(node: Node): string[] {
  const keyword = keywordOf(node) ?? '';
  if (!SETTING.has(keyword)) return [];
  const text = child(node, 'arguments')?.text.replace(/"[^"]*"/g, '""') ?? '';
  // CALL's first argument is the code's address; the code may change the parameters after it.
  const set = keyword === 'CALL' ? text.slice(text.indexOf(',') + 1 || text.length) : text;
  return basicNames(set);
}
