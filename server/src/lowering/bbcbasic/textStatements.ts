import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child } from '../riscos/syntax.js';

// Statements the grammar keeps as a keyword and text (`CASE policy% OF`,
// `WHEN 0`, `READ name$, flags%`). Those that set the variables they name
// (`READ`, `INPUT`, `SWAP`) are read by their words, strings left out: a
// word that is no variable (a keyword of the statement, `TO`) costs nothing
// but a name never read.

/** The keyword of a statement the grammar keeps as text. */
export const keywordOf = (node: Node): string | undefined => (node.type === 'basic_statement' ? child(node, 'keyword')?.text : undefined);

const SETTING = new Set(['READ', 'INPUT', 'LINE', 'SWAP', 'MOUSE', 'CALL']);
const WORD = /[A-Za-z_`][A-Za-z0-9_`]*[%$]?/g;

/** The variables `node` may set when it is such a statement, else none; an array element names its array (`table%`). */
export function variablesSetBy(node: Node): string[] {
  const keyword = keywordOf(node) ?? '';
  if (!SETTING.has(keyword)) return [];
  const text = child(node, 'arguments')?.text.replace(/"[^"]*"/g, '""') ?? '';
  // CALL's first argument is the code's address; the code may change the parameters after it.
  const set = keyword === 'CALL' ? text.slice(text.indexOf(',') + 1 || text.length) : text;
  return set.match(WORD) ?? [];
}
