import type { Tree } from 'web-tree-sitter';
import type { AnalysisSettings } from './settings.js';

/** What every dialect's analysis gets: the parsed text and how to analyse it. */
export interface AnalysisContext {
  readonly tree: Tree;
  readonly text: string;
  /** The file's path (the CLI) or file-system path of the document (the server). */
  readonly file: string;
  readonly settings: AnalysisSettings;
  /** True once newer text has made this run pointless; checked between procedures. */
  readonly cancelled: () => boolean;
}

/** Lets a long analysis give the event loop (and newer edits) a turn between procedures. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const CONTAINERS = new Set(['procedure', 'routine', 'assembler_block', 'macro_definition']);

/**
 * Whether the procedure (or routine, or BASIC assembler block) that holds a
 * line has a syntax error. Emulating code the parser could not read would
 * turn a PW100 into guesses, so such procedures are skipped with a note.
 */
export function enclosingCodeHasError(tree: Tree, line: number): boolean {
  let node = tree.rootNode.descendantForPosition({ row: line, column: 0 });
  while (node && !CONTAINERS.has(node.type)) node = node.parent;
  return node?.hasError ?? tree.rootNode.hasError;
}
