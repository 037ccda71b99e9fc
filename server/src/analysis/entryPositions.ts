import type { Finding, FindingFix, LineRegisterFacts, Range } from '../../../emulator/src/index.js';
import type { EntryResult } from './entryCache.js';
import type { Placement } from './entryKeys.js';
import type { LineLayout } from './valueDigest.js';

// An entry's findings and register values are kept with the placement of
// the entry's parts they were found at (`EntryKey`), so that an edit which
// only moves those parts up or down, together or apart, or moves lines
// inside them, reuses them: each line moves with the part it lies in, by as
// much as the part's base, or to where the span it came from now is. Only
// lines in the document itself move; an included file's lines stay where
// they are.

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

/**
 * The lines of `file` a result points at, grouped by the parts of its entry
 * (indices into `EntryKey.bases`) they lie in: a move is worked out once per
 * group. Grouped when the result is kept, so the edits after an open do not
 * group every result of the open again.
 */
export type ResultParts = readonly Group[];

interface Group {
  readonly among: readonly number[];
  readonly lines: readonly number[];
}

function groups(parts: ReadonlyMap<number, readonly number[]>): ResultParts {
  const byParts = new Map<string, { readonly among: readonly number[]; readonly lines: number[] }>();
  for (const [line, among] of parts) {
    const key = among.join();
    const group = byParts.get(key);
    if (group) group.lines.push(line);
    else byParts.set(key, { among, lines: [line] });
  }
  return [...byParts.values()];
}

/**
 * Where each line of a part laid out as `was` from `from` lies when it is
 * laid out as `now` from `to`: the same span's line. Undefined unless the
 * lines keep their order and stay apart, as a fresh analysis would find
 * them, or when the layouts hold different spans.
 */
function lineMap(from: number, was: LineLayout, to: number, now: LineLayout): ReadonlyMap<number, number> | undefined {
  if (was.offsets.length !== now.offsets.length) return undefined;
  const map = new Map<number, number>();
  for (let i = 0; i < was.offsets.length; i++) {
    const line = from + (was.offsets[i] as number);
    const moved = to + (now.offsets[i] as number);
    const known = map.get(line);
    if (known === undefined) map.set(line, moved);
    else if (known !== moved) return undefined;
  }
  const order = [...map.keys()].sort((a, b) => a - b);
  for (let i = 1; i < order.length; i++) if ((map.get(order[i] as number) as number) <= (map.get(order[i - 1] as number) as number)) return undefined;
  return map;
}

/** Where `line` of part `part` lies now; undefined when no span of the part is there or the part cannot be followed. */
function partMove(part: number, from: Placement, to: Placement): ((line: number) => number | undefined) | undefined {
  const [was, now] = [from.layouts[part] as LineLayout, to.layouts[part] as LineLayout];
  const [start, end] = [from.bases[part] as number, to.bases[part] as number];
  if (was.print === now.print) return (line) => line + end - start;
  const map = lineMap(start, was, end, now);
  return map && ((line) => map.get(line));
}

/** The last move of each result, given again while the move is the same: the hover's register join knows a reused entry by its array. */
const lastMoves = new WeakMap<EntryResult, { readonly file: string; readonly parts: ResultParts; readonly by: string; readonly moved: EntryResult }>();

/**
 * Where the lines of a group lie now: by how much all of them moved, or
 * each one's new line when its parts moved lines inside them. Undefined
 * when the parts a line lies in put it in different places.
 */
function groupMove({ among, lines }: Group, from: Placement, to: Placement): number | readonly number[] | undefined {
  const shifts = among.map((part) => (from.layouts[part] as LineLayout).print === (to.layouts[part] as LineLayout).print
    ? (to.bases[part] as number) - (from.bases[part] as number) : undefined);
  const [shift] = shifts;
  if (shift !== undefined && shifts.every((s) => s === shift)) return shift;
  const moves = among.map((part) => partMove(part, from, to));
  const found: number[] = [];
  for (const line of lines) {
    const [first, ...rest] = moves.map((move) => move?.(line));
    if (first === undefined || rest.some((moved) => moved !== first)) return undefined;
    found.push(first);
  }
  return found;
}

/** Each line of the groups as its group's move takes it; one shift for all, the common case of parts that moved together, needs no table. */
function lineMove(lineGroups: readonly Group[], moves: readonly (number | readonly number[])[]): Move {
  const [first] = moves;
  if (typeof first === 'number' && moves.every((move) => move === first)) return (line) => line + first;
  const lines = new Map<number, number>();
  lineGroups.forEach((group, i) => {
    const move = moves[i] as number | readonly number[];
    group.lines.forEach((line, j) => lines.set(line, typeof move === 'number' ? line + move : move[j] as number));
  });
  return (line) => lines.get(line) ?? line;
}

/** Register facts made as the emulator makes them, one shape for all. */
function lineFacts(file: string, line: number, values: LineRegisterFacts['values']): LineRegisterFacts {
  return { file, line, values };
}

/**
 * The result found with its entry's parts placed at `from`, moved to where
 * they are now (`to`): each line as its parts moved it. Undefined when a line
 * lies in parts that moved it apart, which no move of the result can follow.
 */
export function movedResult(result: EntryResult, file: string, lineGroups: ResultParts, from: Placement, to: Placement): EntryResult | undefined {
  const moves: (number | readonly number[])[] = [];
  let moving = false;
  for (const group of lineGroups) {
    const move = groupMove(group, from, to);
    if (move === undefined) return undefined;
    moves.push(move);
    if (typeof move === 'number' ? move !== 0 : move.some((line, i) => line !== group.lines[i])) moving = true;
  }
  if (!moving) return result;
  const by = moves.map((move) => (typeof move === 'number' ? move : `[${move.join()}]`)).join();
  const last = lastMoves.get(result);
  if (last?.file === file && last.parts === lineGroups && last.by === by) return last.moved;
  const move = lineMove(lineGroups, moves);
  const moved = {
    findings: result.findings.map((finding) => moveFinding(finding, file, move)),
    registers: result.registers?.map((facts: LineRegisterFacts) => (facts.file === file ? lineFacts(facts.file, move(facts.line), facts.values) : facts)),
  };
  lastMoves.set(result, { file, parts: lineGroups, by, moved });
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
    ...(result.registers ?? []).flatMap((facts) => (facts.file === file ? [facts.line] : [])),
  ];
}

/**
 * The lines the result points at, grouped by the parts of its entry each
 * lies in (`parts` gives them for the lines of the entry's code), when the result can move
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
  return groups(found);
}
