import type { SyntaxNode as Node } from '../syntaxNode.js';
import { basicWords } from '../../languages/basicWords.js';
import { child } from '../riscos/syntax.js';
import { parseBasicNumber } from './expressions.js';
import { keywordOf } from './textStatements.js';

// The grammar keeps CASE, WHEN and OTHERWISE as statements of text; a CASE
// whose selector and WHEN values are known runs one arm, found here.

/** One arm of a CASE: its WHEN's values as text, or OTHERWISE, and the statements after it up to the next arm. */
export interface CaseArm {
  readonly values: readonly string[] | 'otherwise';
  readonly body: readonly Node[];
}


/** The selector's text of `CASE selector OF` (or `CASEx%OF`, as BASIC's tokeniser reads it). */
export function caseSelector(node: Node): string | undefined {
  const text = child(node, 'arguments')?.text ?? '';
  const of = basicWords(text).at(-1);
  if (of?.kind !== 'keyword' || of.text !== 'OF' || text.slice(of.index + 2).trim() !== '') return undefined;
  return text.slice(0, of.index).trim() || undefined;
}

/** The arms of a CASE's body (the statements between CASE and ENDCASE), nested CASEs inside their arm; undefined when it does not open with an arm. */
export function caseArms(body: readonly Node[]): CaseArm[] | undefined {
  const arms: { values: readonly string[] | 'otherwise'; body: Node[] }[] = [];
  let depth = 0;
  for (const node of body) {
    const keyword = keywordOf(node);
    if (depth === 0 && (keyword === 'WHEN' || keyword === 'OTHERWISE')) {
      const values = keyword === 'OTHERWISE' ? 'otherwise' : splitValues(child(node, 'arguments')?.text ?? '');
      arms.push({ values, body: [] });
      continue;
    }
    if (keyword === 'CASE') depth++;
    else if (keyword === 'ENDCASE') depth--;
    const arm = arms[arms.length - 1];
    if (arm) arm.body.push(node);
    else if (node.type !== 'comment' && node.type !== 'line_number') return undefined;
  }
  return arms;
}

/** A WHEN's values: the text up to the end of the statement, split at commas outside strings and brackets. */
function splitValues(text: string): string[] {
  const out: string[] = [];
  let depth = 0, quoted = false, start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** The 32-bit value of a literal a WHEN or a CASE names: a decimal, `&` hex or `%` binary number, TRUE or FALSE. */
export function literalValue(text: string): bigint | undefined {
  const t = text.trim();
  const v = t === 'TRUE' ? -1n : t === 'FALSE' ? 0n : t === '' ? undefined : parseBasicNumber(t);
  return v === undefined ? undefined : BigInt.asUintN(32, v);
}
