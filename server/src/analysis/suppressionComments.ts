import type { Tree } from 'web-tree-sitter';
import type { SyntaxNode } from '../lowering/syntaxNode.js';

/**
 * The comment the text at a UTF-16 offset lies in, as the file's tree parsed
 * it (its start and end offsets), or undefined outside comments. A comment
 * token the parser met while recovering from an error (inside an ERROR node)
 * is none: that line does not parse as a comment.
 */
export type CommentAt = (index: number) => { readonly start: number; readonly end: number } | undefined;

/** `CommentAt` of a document's tree. Every dialect's comment is a single token, so the smallest node at an offset in it is the comment. */
export function commentsOfTree(tree: Tree): CommentAt {
  return (index) => {
    const node = tree.rootNode.descendantForIndex(index);
    if (node?.type !== 'comment') return undefined;
    for (let up = node.parent; up; up = up.parent) if (up.type === 'ERROR') return undefined;
    return { start: node.startIndex, end: node.endIndex };
  };
}

/** `CommentAt` of a text's plain nodes (an included file's, as its lowering read it). */
export function commentsOfNodes(root: SyntaxNode): CommentAt {
  return (index) => {
    for (let node: SyntaxNode | undefined = root; node; node = node.children.find((c) => c.startIndex <= index && index < c.endIndex)) {
      if (node.type === 'ERROR') return undefined;
      if (node.type === 'comment') return { start: node.startIndex, end: node.endIndex };
    }
    return undefined;
  };
}
