import type { Tree } from 'web-tree-sitter';
import type { EntryPoint, Finding, SourceSpan } from '../../../emulator/src/index.js';
import { entryCodeLines, type SyntaxNode } from './entryCode.js';

/** An unmodelled item, as every dialect's lowering makes it (`UnmodelledItem`). */
interface Unmodelled {
  readonly message: string;
  readonly source: SourceSpan;
  readonly codeDiffers: boolean;
}

const line = (item: Unmodelled): number => item.source.range.start.line;

/**
 * The PW900 of each entry point of `file` whose code (`entryCodeLines`) holds an item of the lowering where the code
 * analysed is not what the assembler would assemble (`codeDiffers`): one per entry, at the first such item, counting
 * the lines of the others. An item that only makes a value unknown gives none: analysis copes with those. Nor does
 * one outside every entry's code (a conditional around data, a directive between procedures), or one on the lines of
 * another file (an include's own statements), which no entry's code in this file holds.
 */
export function unmodelledFindings(
  tree: Tree, file: string, entries: readonly EntryPoint[], items: readonly Unmodelled[], closes: (statement: SyntaxNode) => boolean,
): (entry: EntryPoint) => Finding | undefined {
  const differing = items.filter((item) => item.codeDiffers && item.source.file === file)
    .sort((a, b) => line(a) - line(b) || a.source.range.start.character - b.source.range.start.character);
  if (differing.length === 0) return () => undefined;
  const entryLines = new Set(entries.flatMap((entry) => (entry.source.file === file ? [entry.source.range.start.line] : [])));
  return (entry) => {
    if (entry.source.file !== file) return undefined;
    const { first, last } = entryCodeLines(tree, entry.source.range.start.line, entryLines, closes);
    const within = differing.filter((item) => line(item) >= first && line(item) <= last);
    const [head] = within;
    if (!head) return undefined;
    const others = new Set(within.map(line).filter((l) => l !== line(head))).size;
    const more = others > 0 ? ` (and ${others} more)` : '';
    return { code: 'PW900', message: `Analysis of ${entry.name} is incomplete: ${head.message}${more}`, range: head.source.range, file: head.source.file, notes: [] };
  };
}
