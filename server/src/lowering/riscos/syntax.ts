import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { Range, SourceSpan } from '../../../../emulator/src/index.js';

// Small helpers over the RISC OS grammars' syntax nodes (ObjAsm and BBC BASIC
// share the ARM rules, so they share these too).

/**
 * Keywords as written (mnemonics, conditions, directives), lowercased: one
 * string per spelling rather than one per statement, so the sets and
 * `switch`es that read it hash it once. Spellings are few; the bound keeps
 * odd text from growing the map.
 */
const lowercased = new Map<string, string>();
const MAX_SPELLINGS = 1024;

export function lowercase(text: string): string {
  let lower = lowercased.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    if (lowercased.size < MAX_SPELLINGS) lowercased.set(text, lower);
  }
  return lower;
}

export function rangeOf(node: Pick<Node, 'startPosition' | 'endPosition'>): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

export function child(node: Node, field: string): Node | undefined {
  return node.childForFieldName(field) ?? undefined;
}

export function children(node: Node, field: string): Node[] {
  return node.childrenForFieldName(field);
}

export function namedChildren(node: Node): readonly Node[] {
  return node.namedChildren;
}

/** The operator token of a unary or binary expression (not always a named node). */
export function operatorOf(node: Node): string {
  const op = child(node, 'operator');
  if (op) return op.text;
  const first = node.child(node.type === 'unary_expression' ? 0 : 1);
  return first?.text ?? '';
}

/**
 * The slots of a comma-separated field list with empty slots kept
 * (`DREG r1, "x",,Integer`, `SYS "X", 0,, 1 TO ,area%`): the grammars have no
 * node for an empty slot, so the commas count them. `stop` ends the list at
 * a token (SYS's `TO`).
 */
export function fieldSlots(node: Node, field: string, stop?: string): (Node | undefined)[] {
  const slots: (Node | undefined)[] = [];
  let current: Node | undefined;
  let started = false;
  for (let i = 0; i < node.childCount; i++) {
    const c = node.child(i);
    if (!c) continue;
    if (stop !== undefined && c.type === stop) break;
    if (node.fieldNameForChild(i) === field) {
      current = c;
      started = true;
    } else if (c.type === ',') {
      if (started) slots.push(current);
      current = undefined;
      started = true;
    }
  }
  if (started) slots.push(current);
  return slots;
}

export function span(file: string, range: Range): SourceSpan {
  return { file, range };
}
