import type { Finding, FindingFix, LineRegisterFacts, Range } from '../../../emulator/src/index.js';
import type { EntryResult } from './entryCache.js';

// An entry's findings and register values are kept with lines relative to
// the entry's first line, so that an edit which only moves the entry up or
// down reuses them at the new place. Only lines in the document itself move;
// an included file's lines stay where they are.

function moveRange(range: Range, by: number): Range {
  return { start: { ...range.start, line: range.start.line + by }, end: { ...range.end, line: range.end.line + by } };
}

function moveFix(fix: FindingFix, file: string, by: number): FindingFix {
  return fix.kind === 'test-result' && fix.file === file ? { ...fix, call: moveRange(fix.call, by) } : fix;
}

function moveFinding(finding: Finding, file: string, by: number): Finding {
  const own = finding.file ?? file;
  return {
    ...finding,
    range: own === file ? moveRange(finding.range, by) : finding.range,
    notes: finding.notes.map((note) => ((note.file ?? own) === file ? { ...note, range: moveRange(note.range, by) } : note)),
    ...(finding.fix ? { fix: moveFix(finding.fix, file, by) } : {}),
  };
}

/** The last move of each result, given again while the move is the same: the hover's register join knows a reused entry by its array. */
const lastMoves = new WeakMap<EntryResult, { readonly file: string; readonly by: number; readonly moved: EntryResult }>();

/** The result with every line in `file` moved by `by`. */
export function movedResult(result: EntryResult, file: string, by: number): EntryResult {
  if (by === 0) return result;
  const last = lastMoves.get(result);
  if (last?.file === file && last.by === by) return last.moved;
  const moved = {
    findings: result.findings.map((finding) => moveFinding(finding, file, by)),
    registers: result.registers.map((facts: LineRegisterFacts) => (facts.file === file ? { ...facts, line: facts.line + by } : facts)),
  };
  lastMoves.set(result, { file, by, moved });
  // Kept results are stored moved back from the result just analysed, which the next lookup moves forward again.
  lastMoves.set(moved, { file, by: -by, moved: result });
  return moved;
}

const LINE_NUMBER = /\blines? \d/;

function rangeLines(range: Range): number[] {
  return [range.start.line, range.end.line];
}

/** The lines of `file` the result points at. */
function linesIn(result: EntryResult, file: string): number[] {
  return [
    ...result.findings.flatMap((finding) => {
      const own = finding.file ?? file;
      return [
        ...(own === file ? rangeLines(finding.range) : []),
        ...finding.notes.flatMap((note) => ((note.file ?? own) === file ? rangeLines(note.range) : [])),
        ...(finding.fix?.kind === 'test-result' && finding.fix.file === file ? rangeLines(finding.fix.call) : []),
      ];
    }),
    ...result.registers.flatMap((facts) => (facts.file === file ? [facts.line] : [])),
  ];
}

/**
 * Whether the result moves with its entry: it points only at `lines` (the
 * entry's and its code's), and no message names a line by its number ("the
 * block at line 12"), which moving would leave behind. Other results are
 * reused only where they were found.
 */
export function movesWithEntry(result: EntryResult, file: string, lines: ReadonlySet<number>): boolean {
  if (result.findings.some((finding) => LINE_NUMBER.test(finding.message) || finding.notes.some((note) => LINE_NUMBER.test(note.message)))) return false;
  return linesIn(result, file).every((line) => lines.has(line));
}
