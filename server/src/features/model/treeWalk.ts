import type { Node, Tree } from 'web-tree-sitter';

/**
 * A tree's named nodes in depth-first order, with their types and the index
 * of the first one past each one's subtree. An open document's model, its
 * semantic tokens, local labels and symbols each walk the whole tree; through
 * web-tree-sitter every cursor move, every node handed out and every read of
 * a node's type is a call into wasm, so on a 10,000-line file each walk cost
 * tens of ms of the server's thread, next to the analysis worker parsing the
 * same text. The nodes are listed on the first walk and the later ones read
 * the list.
 */
interface Listing {
  readonly nodes: readonly Node[];
  readonly types: readonly string[];
  /** By node index: the index of the first node not inside it. */
  readonly past: readonly number[];
  /** Node ids to their index. */
  readonly index: ReadonlyMap<number, number>;
}

/** Kept with the tree, which a model keeps while its version is the document's: a tree is never edited once parsed here. */
const listings = new WeakMap<Tree, Listing>();

function list(tree: Tree): Listing {
  const nodes: Node[] = [];
  const types: string[] = [];
  const past: number[] = [];
  const index = new Map<number, number>();
  /** The indices of the named nodes the cursor is inside, innermost last. */
  const open: number[] = [];
  /** For each level the cursor went down, whether that node is on `open`. */
  const levels: boolean[] = [];
  const cursor = tree.walk();
  for (;;) {
    let named = false;
    if (cursor.nodeIsNamed) {
      const node = cursor.currentNode;
      index.set(node.id, nodes.length);
      open.push(nodes.length);
      nodes.push(node);
      types.push(cursor.nodeType);
      past.push(0);
      named = true;
    }
    if (cursor.gotoFirstChild()) {
      levels.push(named);
      continue;
    }
    if (named) past[open.pop() as number] = nodes.length;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return { nodes, types, past, index };
      }
      if (levels.pop()) past[open.pop() as number] = nodes.length;
    }
  }
}

/** Visits every named node depth-first, with its type; `enter` returning false skips the node's children. */
export function walkNamed(root: Node, enter: (node: Node, type: string) => boolean | undefined): void {
  let listing = listings.get(root.tree);
  if (!listing) listings.set(root.tree, listing = list(root.tree));
  const start = listing.index.get(root.id);
  // Only an anonymous node is not listed; its named descendants are, but it is no walk's root here.
  if (start === undefined) return walkAnonymous(root, enter);
  const { nodes, types, past } = listing;
  const end = past[start] as number;
  for (let i = start; i < end;) i = enter(nodes[i] as Node, types[i] as string) === false ? past[i] as number : i + 1;
}

/** `walkNamed` from an unnamed root, through the cursor. */
function walkAnonymous(root: Node, enter: (node: Node, type: string) => boolean | undefined): void {
  const cursor = root.walk();
  let descend = true;
  for (;;) {
    if (descend && cursor.nodeIsNamed) descend = enter(cursor.currentNode, cursor.nodeType) !== false;
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
