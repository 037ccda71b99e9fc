import type { Finding, FindingFix, LineRegisterFacts, Range } from '../../../emulator/src/index.js';
import type { EntryResult } from './entryCache.js';

// An entry's findings and register values are kept with the placement of
// the entry's parts they were found at (`EntryKey.bases`), so that an edit
// which only moves those parts up or down, together or apart, reuses them:
// each line moves with the part it lies in. Only lines in the document itself
// move; an included file's lines stay where they are.

type Move = (line: number) => number;

function moveRange(range: Range, move: Move): Range {
  return { start: { ...range.start, line: move(range.start.line) }, end: { ...range.end, line: move(range.end.line) } };
}

function moveFix(fix: FindingFix, file: string, move: Move): FindingFix {
  return fix.kind === 'test-result' && fix.file === file ? { ...fix, call: moveRange(fix.call, move) } : fix;
}

function moveFinding(finding: Finding, file: string, move: Move): Finding {
  const own = finding.file ?? file;
  return {
    ...finding,
    range: own === file ? moveRange(finding.range, move) : finding.range,
    notes: finding.notes.map((note) => ((note.file ?? own) === file ? { ...note, range: moveRange(note.range, move) } : note)),
    ...(finding.lines ? { lines: finding.lines.map((line) => ((line.file ?? own) === file ? { ...line, line: move(line.line) } : line)) } : {}),
    ...(finding.fix ? { fix: moveFix(finding.fix, file, move) } : {}),
  };
}

/** Where the lines of `file` a result points at lie: the parts of its entry (indices into `EntryKey.bases`) each is in. */
export type ResultParts = ReadonlyMap<number, readonly number[]>;

/** The lines of a result's parts grouped by the parts they lie in: a move is worked out once per group. */
interface Group {
  readonly among: readonly number[];
  readonly lines: readonly number[];
}

const groupsOf = new WeakMap<ResultParts, readonly Group[]>();

function groups(parts: ResultParts): readonly Group[] {
  let found = groupsOf.get(parts);
  if (!found) {
    const byParts = new Map<string, { readonly among: readonly number[]; readonly lines: number[] }>();
    for (const [line, among] of parts) {
      const key = among.join();
      const group = byParts.get(key);
      if (group) group.lines.push(line);
      else byParts.set(key, { among, lines: [line] });
    }
    found = [...byParts.values()];
    groupsOf.set(parts, found);
  }
  return found;
}

/** The last move of each result, given again while the move is the same: the hover's register join knows a reused entry by its array. */
const lastMoves = new WeakMap<EntryResult, { readonly file: string; readonly parts: ResultParts; readonly by: string; readonly moved: EntryResult }>();

/**
 * The result found with its entry's parts at `from`, moved to where they are
 * now (`to`): each line by as much as its part moved. Undefined when a line
 * lies in parts that moved apart, which no move of the result can follow.
 */
export function movedResult(result: EntryResult, file: string, parts: ResultParts, from: readonly number[], to: readonly number[]): EntryResult | undefined {
  const lineGroups = groups(parts);
  const shifts: number[] = [];
  let moves = false;
  for (const { among } of lineGroups) {
    const shift = (to[among[0] as number] as number) - (from[among[0] as number] as number);
    if (among.some((part) => (to[part] as number) - (from[part] as number) !== shift)) return undefined;
    shifts.push(shift);
    if (shift !== 0) moves = true;
  }
  if (!moves) return result;
  const by = shifts.join();
  const last = lastMoves.get(result);
  if (last?.file === file && last.parts === parts && last.by === by) return last.moved;
  const lineShifts = new Map<number, number>();
  lineGroups.forEach(({ lines }, i) => {
    const shift = shifts[i] as number;
    if (shift !== 0) for (const line of lines) lineShifts.set(line, shift);
  });
  const move = (line: number): number => line + (lineShifts.get(line) ?? 0);
  const moved = {
    findings: result.findings.map((finding) => moveFinding(finding, file, move)),
    registers: result.registers.map((facts: LineRegisterFacts) => (facts.file === file ? { ...facts, line: move(facts.line) } : facts)),
  };
  lastMoves.set(result, { file, parts, by, moved });
  return moved;
}

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
        ...(finding.lines ?? []).flatMap((line) => ((line.file ?? own) === file ? [line.line] : [])),
        ...(finding.fix?.kind === 'test-result' && finding.fix.file === file ? rangeLines(finding.fix.call) : []),
      ];
    }),
    ...result.registers.flatMap((facts) => (facts.file === file ? [facts.line] : [])),
  ];
}

/**
 * The parts of its entry each line the result points at lies in (`parts`
 * gives them for the lines of the entry's code), when the result can move
 * with those parts: it points only at the entry's code (the lines its
 * messages name too). Undefined for other results, which are reused only
 * where they were found.
 */
export function resultParts(result: EntryResult, file: string, parts: ReadonlyMap<number, readonly number[]>): ResultParts | undefined {
  const found = new Map<number, readonly number[]>();
  for (const line of linesIn(result, file)) {
    const among = parts.get(line);
    if (!among) return undefined;
    found.set(line, among);
  }
  return found;
}
