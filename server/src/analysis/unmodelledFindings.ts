import type { Tree } from 'web-tree-sitter';
import { mayFallThrough, type EntryPoint, type Finding, type Program, type ProgramItem, type SourceSpan } from '../../../emulator/src/index.js';
import { entryCodeLines, type SyntaxNode } from './entryCode.js';
import type { LineRange } from './lineRanges.js';

/** An unmodelled item, as every dialect's lowering makes it (`UnmodelledItem`). */
interface Unmodelled {
  readonly message: string;
  readonly source: SourceSpan;
  readonly codeDiffers: boolean;
}

const line = (item: { readonly source: SourceSpan }): number => item.source.range.start.line;

const holds = (ranges: readonly LineRange[], at: number): boolean => ranges.some((r) => at >= r.first && at <= r.last);

/**
 * The PW900 of each entry point of `file` whose code holds an item of the lowering where the code analysed is not
 * what the assembler would assemble (`codeDiffers`): one per entry, at the first such item, counting the lines of the
 * others. An entry's code is its lines (`entryCodeLines`) and the lines of the code they run on into, laid out right
 * after them elsewhere (`runsOnInto`). An item that only makes a value unknown gives none: analysis copes with those.
 * Nor does one outside every entry's code (a conditional around data, a directive between procedures), or one on the
 * lines of another file (an include's own statements), which no entry's code in this file holds. Where the first
 * item is on one of `undefinedLines` (a PW102's: a branch to a name defined nowhere), whose PW102 may stand for the
 * note there (`RunFindings.settled`), the note at the next item's line follows it, and so on, so that an entry shown
 * no note there still shows the one for the rest of its code. An entry's code is also the lines of its `copies`, the
 * same entry in other builds of a BBC BASIC program (an ELSE arm's `.handler`, of the name the THEN arm's has), whose
 * runs are the entry's too.
 */
export function unmodelledFindings(
  tree: Tree, file: string, entries: readonly EntryPoint[], items: readonly Unmodelled[], closes: (statement: SyntaxNode) => boolean,
  undefinedLines: ReadonlySet<number>, copies: (entry: EntryPoint) => readonly EntryPoint[],
): (entry: EntryPoint, program: Program) => Finding[] {
  const differing = items.filter((item) => item.codeDiffers && item.source.file === file)
    .sort((a, b) => line(a) - line(b) || a.source.range.start.character - b.source.range.start.character);
  if (differing.length === 0) return () => [];
  const entryLines = new Set(entries.flatMap((entry) => (entry.source.file === file ? [entry.source.range.start.line] : [])));
  const codeLines = (at: number): LineRange => entryCodeLines(tree, at, entryLines, closes);
  const lastItems = new WeakMap<Program, Map<number, ProgramItem>>();
  return (entry, program) => {
    if (entry.source.file !== file) return [];
    const ranges = [codeLines(entry.source.range.start.line)];
    for (const copy of copies(entry)) {
      const at = copy.source.range.start.line;
      if (copy.source.file === file && !holds(ranges, at)) ranges.push(codeLines(at));
    }
    // Where every item lies in the entry's own lines, or none does, where its code runs on to cannot change the note.
    if (differing.some((item) => !holds(ranges, line(item)))) {
      let last = lastItems.get(program);
      if (!last) lastItems.set(program, last = lastItemOfLines(program, file));
      ranges.push(...runsOnInto(ranges[0] as LineRange, program, file, last, entryLines, codeLines));
    }
    // The first item of each line: a note's head.
    const heads = differing.filter((item, k) => holds(ranges, line(item)) && (k === 0 || line(differing[k - 1] as Unmodelled) !== line(item)));
    const more = heads.length > 1 ? ` (and ${heads.length - 1} more)` : '';
    const notes: Finding[] = [];
    for (const head of heads) {
      notes.push({ code: 'PW900', message: `Analysis of ${entry.name} is incomplete: ${head.message}${more}`, range: head.source.range, file: head.source.file, notes: [] });
      if (!undefinedLines.has(line(head))) break;
    }
    return notes;
  };
}

/** The lines of `file` where `findings` (the program's, which have no file where theirs is the document's) hold a PW102. */
export function undefinedNameLines(findings: readonly Finding[], file: string): Set<number> {
  return new Set(findings.flatMap((f) => (f.code === 'PW102' && (f.file ?? file) === file ? [f.range.start.line] : [])));
}

/** The item laid out last of those each line of `file` holds. */
function lastItemOfLines(program: Program, file: string): Map<number, ProgramItem> {
  const last = new Map<number, ProgramItem>();
  for (const item of program.items) {
    const known = last.get(line(item));
    if (item.source.file === file && (!known || item.address > known.address)) last.set(line(item), item);
  }
  return last;
}

/**
 * The lines of the code that control may run on into from the last item of `own` (a BBC BASIC handler continued in a
 * later `[ … ]` block, which P% lays out right after it), each up to the end of its container or its next entry, and
 * on from there as long as it may: not into an entry's line, whose entry's note tells its own code, nor into lines
 * already counted.
 */
function runsOnInto(
  own: LineRange, program: Program, file: string, last: ReadonlyMap<number, ProgramItem>, entryLines: ReadonlySet<number>,
  codeLines: (at: number) => LineRange,
): LineRange[] {
  const ranges = [own];
  for (let range = own; ;) {
    let end: ProgramItem | undefined;
    for (let at = range.first; at <= range.last; at++) {
      const item = last.get(at);
      if (item && (!end || item.address > end.address)) end = item;
    }
    if (end?.kind !== 'instruction' || !mayFallThrough(end.instruction)) break;
    const next = program.itemAfter(end);
    const at = next?.source.file === file ? line(next) : undefined;
    if (at === undefined || entryLines.has(at) || holds(ranges, at)) break;
    range = { first: at, last: codeLines(at).last };
    ranges.push(range);
  }
  return ranges.slice(1);
}
