import type { SyntaxNode as Node } from '../syntaxNode.js';
import { child } from '../riscos/syntax.js';

// Statements the grammar keeps as text (`READ name$, flags%`, `INPUT x%`,
// `SWAP a%, b%`) that set the variables they name: what they set is read
// from their words, strings left out. A word that is no variable (a
// keyword of the statement, `TO`) costs nothing but a name never read.

const SETTING = new Set(['READ', 'INPUT', 'LINE', 'SWAP', 'MOUSE', 'CALL']);
const WORD = /[A-Za-z_`][A-Za-z0-9_`]*[%$]?/g;

/** The variables `node` may set when it is such a statement, else none; an array element names its array (`table%`). */
export function variablesSetBy(node: Node): string[] {
  const keyword = node.type === 'basic_statement' ? child(node, 'keyword')?.text ?? '' : '';
  if (!SETTING.has(keyword)) return [];
  const text = child(node, 'arguments')?.text.replace(/"[^"]*"/g, '""') ?? '';
  // CALL's first argument is the code's address; the code may change the parameters after it.
  const set = keyword === 'CALL' ? text.slice(text.indexOf(',') + 1 || text.length) : text;
  return set.match(WORD) ?? [];
}
