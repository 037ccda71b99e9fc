import type { Node } from 'web-tree-sitter';
import type { SourceModel } from './sourceModel.js';

const WORD = /[A-Za-z0-9_$%@.&']/;

/**
 * The smallest node under the cursor. A cursor just after a word (where
 * editors put it after typing or a double click) counts as on the word.
 */
export function nodeAt(model: SourceModel, line: number, character: number): Node | undefined {
  const text = model.lines[line] ?? '';
  const column = !WORD.test(text[character] ?? ' ') && character > 0 && WORD.test(text[character - 1] ?? ' ') ? character - 1 : character;
  const node = model.tree.rootNode.descendantForPosition({ row: line, column });
  if (!node || node.type === 'source_file' || node.startPosition.row !== line) return undefined;
  return node;
}

/** The instruction-like statement a node belongs to. */
export function enclosing(node: Node, types: readonly string[]): Node | undefined {
  for (let n: Node | null = node; n; n = n.parent) if (types.includes(n.type)) return n;
  return undefined;
}
