import type { Node } from 'web-tree-sitter';

/** Visits every named node depth-first; `enter` returning false skips the node's children. */
export function walkNamed(root: Node, enter: (node: Node) => boolean | undefined): void {
  const cursor = root.walk();
  let descend = true;
  for (;;) {
    if (descend && cursor.nodeIsNamed) {
      descend = enter(cursor.currentNode) !== false;
    }
    if (descend && cursor.gotoFirstChild()) continue;
    descend = true;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return;
      }
    }
  }
}

/** Comment lines directly above `line`, top first, markers stripped by `strip` (undefined = not a comment). */
export function commentAbove(lines: readonly string[], line: number, strip: (text: string) => string | undefined): string[] {
  const block: string[] = [];
  for (let row = line - 1; row >= 0; row--) {
    const text = strip(lines[row] ?? '');
    if (text === undefined) break;
    block.unshift(text);
  }
  while (block.length > 0 && block[0] === '') block.shift();
  return block;
}
