import type { Tree } from 'web-tree-sitter';
import type { LineRange } from './lineRanges.js';

// Where the code of an entry point lies in its document's syntax tree: for the entries a syntax error keeps from
// analysis, and for the PW900 of the code a lowering could not model (`unmodelledFindings.ts`).

const CONTAINERS = new Set(['procedure', 'control_dispatch_table', 'routine', 'assembler_block', 'macro_definition']);

/** What ends the run of lines a procedure opened by a macro call may hold: the next container, or a segment. */
const RUN_ENDS = new Set([...CONTAINERS, 'segment']);

export type SyntaxNode = Tree['rootNode'];

/** The statement that starts on a line: the highest node starting there inside whatever holds the line. */
function statementAt(tree: Tree, line: number): SyntaxNode | undefined {
  let node: SyntaxNode | null = tree.rootNode.descendantForPosition({ row: line, column: 0 }, { row: line, column: Number.MAX_SAFE_INTEGER });
  if (node && (node === tree.rootNode || node.startPosition.row < line)) return node.children.find((c) => c !== null && c.endPosition.row >= line) ?? undefined;
  while (node?.parent && node.parent.startPosition.row === line && node.parent !== tree.rootNode) node = node.parent;
  return node ?? undefined;
}

/**
 * Whether the code of the entry at a line has a syntax error. Emulating code
 * the parser could not read would turn a PW100 into guesses, so such entries
 * are skipped with a note; an error elsewhere in the file skips nothing.
 * The code is the procedure (or routine, or BASIC assembler block) that
 * holds the line; an entry outside one (a procedure a wrapper macro's call
 * opens, which another call closes) holds the lines from its own up to the
 * statement that `closes` it, or else the next container, segment or entry,
 * as far as the tree can tell.
 */
export function entryCodeHasError(tree: Tree, line: number, entryLines: ReadonlySet<number>, closes: (statement: SyntaxNode) => boolean): boolean {
  // One look at the root spares a search of the tree per entry in a file without errors.
  if (!tree.rootNode.hasError) return false;
  const statement = statementAt(tree, line);
  for (let node: SyntaxNode | null | undefined = statement; node; node = node.parent) {
    if (CONTAINERS.has(node.type)) return node.hasError;
    if (node.type === 'ERROR') return true;
  }
  if (!statement) return false;
  for (let node: SyntaxNode | null = statement; node; node = node.nextSibling) {
    if (node !== statement && (RUN_ENDS.has(node.type) || (node.startPosition.row !== line && entryLines.has(node.startPosition.row)))) return false;
    if (node.hasError) return true;
    if (closes(node)) return false;
  }
  return false;
}


/**
 * The lines of the code of the entry at `line`, as `entryCodeHasError` reads it: the procedure (or routine, or BASIC
 * assembler block) that holds the line, from the entry's own line where another entry of it comes first, up to the
 * line before the next entry in it; an entry outside one, its lines up to the statement that `closes` it, or else
 * up to the next container, segment or entry.
 */
export function entryCodeLines(tree: Tree, line: number, entryLines: ReadonlySet<number>, closes: (statement: SyntaxNode) => boolean): LineRange {
  const statement = statementAt(tree, line);
  for (let node: SyntaxNode | null | undefined = statement; node; node = node.parent) {
    if (!CONTAINERS.has(node.type)) continue;
    let [first, last] = [node.startPosition.row, node.endPosition.row];
    for (const other of entryLines) {
      if (other < line && other >= first) first = line;
      else if (other > line && other <= last) last = other - 1;
    }
    return { first, last };
  }
  let last = line;
  for (let node: SyntaxNode | null | undefined = statement; node; node = node.nextSibling) {
    if (node !== statement && (RUN_ENDS.has(node.type) || (node.startPosition.row !== line && entryLines.has(node.startPosition.row)))) break;
    last = Math.max(last, node.endPosition.row);
    if (closes(node)) break;
  }
  return { first: line, last };
}
