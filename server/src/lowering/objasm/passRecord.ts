import type { ArmAddressMode, ArmInstruction, Expr, ProgramItem, SourceSpan } from '../../../../emulator/src/index.js';
import { dataItem, instructionItem } from '../irObjects.js';
import type { IncludedFile } from '../includeResolution.js';
import type { CopiesMade } from '../movedCopies.js';
import type { PendingLoad } from '../riscos/layout.js';
import type { SyntaxNode } from '../syntaxNode.js';
import type { ChunkKey, LabelChange } from './chunks.js';
import type { EntryFrame } from './hdrMacros.js';
import type { PassResult } from './pass.js';
import type { Symbols } from './symbols.js';

// What a pass keeps so that the same pass of the next lowering (same
// number, same address mode) can stand where it stood before any of its
// top-level routines without lowering or replaying what comes before, and
// take over the rest of it once its state print is the one it had there
// again. A pass is deterministic: the same statements (the same syntax
// nodes), the same tables of the previous pass (the same print) and the
// same files found by its GETs give the same state, so everything up to the
// first statement an edit changed is what it was; and from a top-level
// routine on whose print is the old one, with the same statements after it,
// everything is what it was but the lines (moved down with the text).

/** The scalar state of a pass between two top-level statements. */
export interface PassFields {
  readonly address: bigint;
  readonly mapCounter: Expr;
  readonly mapBase: number | undefined;
  readonly fresh: number;
  readonly frame: EntryFrame;
  readonly routine: { readonly id: number; readonly name: string };
  readonly expansions: number;
  readonly areas: number;
  readonly headerAddress: bigint | undefined;
  readonly awaitingHeader: boolean;
  /** System headers got so far. */
  readonly systemHeaderGets: number;
  readonly writableArea: boolean;
  /** Reads of the address mode so far (by statements and routines lowered or replayed). */
  readonly modeReads: number;
  /** The print's two lanes. */
  readonly lanes: readonly [number, number];
}

/** How long each of a pass's lists was at a point of it. */
export interface PassCounts {
  readonly items: number;
  readonly labels: number;
  readonly changes: number;
  readonly routines: number;
  readonly localLabels: number;
  readonly notes: number;
  readonly unmodelled: number;
  readonly undefinedNames: number;
  readonly gets: number;
  /** Routines met (lowered, replayed or taken over). */
  readonly visits: number;
}

/** A pass's state before one of its top-level routines. */
export interface PassPoint extends PassFields, PassCounts {
  /** The print there, as a key. */
  readonly key: number;
  /** The loads waiting for a literal pool there. */
  readonly pending: readonly PendingLoad[];
}

/**
 * The point made of `fields` and `counts`, written out: a pass makes one before each top-level routine, and
 * V8 spreads both into one literal in some 35 µs of CPU, where this literal takes under one.
 */
export function passPoint(fields: PassFields, counts: PassCounts, key: number, pending: readonly PendingLoad[]): PassPoint {
  return {
    address: fields.address, mapCounter: fields.mapCounter, mapBase: fields.mapBase, fresh: fields.fresh, frame: fields.frame, routine: fields.routine,
    expansions: fields.expansions, areas: fields.areas, headerAddress: fields.headerAddress, awaitingHeader: fields.awaitingHeader,
    systemHeaderGets: fields.systemHeaderGets, writableArea: fields.writableArea, modeReads: fields.modeReads, lanes: fields.lanes,
    items: counts.items, labels: counts.labels, changes: counts.changes, routines: counts.routines, localLabels: counts.localLabels,
    notes: counts.notes, unmodelled: counts.unmodelled, undefinedNames: counts.undefinedNames, gets: counts.gets, visits: counts.visits,
    key, pending,
  };
}

/** Where a pass stood before one of its top-level routines: a pass taking it over moves only this. */
export interface PassMark {
  /** The routine's index among the root's named children. */
  readonly index: number;
  /** The row it started on then. */
  readonly row: number;
  readonly at: PassPoint;
  /** Added to the counts of `at` in a pass that took it over after making more or fewer of them itself. */
  readonly offsets?: PassCounts;
}

const COUNTS = ['items', 'labels', 'changes', 'routines', 'localLabels', 'notes', 'unmodelled', 'undefinedNames', 'gets', 'visits'] as const;

/** The lengths of the pass's lists at `mark`. */
export function countsAt(mark: PassMark): PassCounts {
  const { at, offsets } = mark;
  return offsets ? countsSum(at, offsets) : at;
}

/** `a` less `b`, count by count. */
export function countsLess(a: PassCounts, b: PassCounts): PassCounts {
  const counts = {} as Record<keyof PassCounts, number>;
  for (const name of COUNTS) counts[name] = a[name] - b[name];
  return counts;
}

/** The marks of a pass taken over: `shift` statements on, `rows` down, with `offsets` more of each list before them. */
export function marksMoved(marks: readonly PassMark[], shift: number, rows: number, offsets: PassCounts): PassMark[] {
  if (shift === 0 && rows === 0 && COUNTS.every((name) => offsets[name] === 0)) return marks.slice();
  return marks.map((m) => ({ index: m.index + shift, row: m.row + rows, at: m.at, offsets: m.offsets ? countsSum(m.offsets, offsets) : offsets }));
}

function countsSum(a: PassCounts, b: PassCounts): PassCounts {
  const counts = {} as Record<keyof PassCounts, number>;
  for (const name of COUNTS) counts[name] = a[name] + b[name];
  return counts;
}

/** A GET the pass read, under the top-level statement at `index`. */
export type GetRead = readonly [index: number, from: string, path: string, found: IncludedFile | undefined];

/** What a pass keeps beside its result for the next lowering's pass like it. */
export interface PassRecord {
  readonly mode: ArmAddressMode;
  /** The previous pass's print (0 in a first pass): a pass reading other tables ahead may lower otherwise. */
  readonly ahead: number;
  /** The root's named children it went through, and where each started then (`positionsOf`). */
  readonly nodes: readonly SyntaxNode[];
  readonly positions: readonly number[];
  readonly marks: readonly PassMark[];
  /** Every label in the order defined, with its source. */
  readonly labelLog: readonly LabelChange[];
  /** Its tables at its end, with every change made to them in order. */
  readonly symbols: Symbols;
  readonly gets: readonly GetRead[];
  /** The routines it met, in order: their recordings stay kept while a pass record holds them. */
  readonly visits: readonly ChunkKey[];
  /** Its state at its end. */
  readonly end: PassFields;
}

export const sameIncluded = (a: IncludedFile | undefined, b: IncludedFile | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.file === b.file && a.text === b.text && a.notSource === b.notSource && a.latin1 === b.latin1);

/** Where the text moved: the lines of `file` from `row` on, down by `rows`. */
export interface TextMove {
  readonly file: string;
  readonly row: number;
  readonly rows: number;
}

const moves = (span: SourceSpan, move: TextMove): boolean => span.file === move.file && span.range.end.line >= move.row;

/** `span` where the text moved it: the root's, the end's literal pool stands at, grows. */
function textMoved(span: SourceSpan, { file, row, rows }: TextMove): SourceSpan {
  const { start, end } = span.range;
  const line = (at: number): number => (at >= row ? at + rows : at);
  return { file, range: { start: { line: line(start.line), character: start.character }, end: { line: line(end.line), character: end.character } } };
}

/**
 * `list` from `from` on, moved where the text moved (`copy` makes a moved
 * copy): each object copied once per lowering for all the passes that move
 * it (`copies`).
 */
export function movedList<T extends { readonly source: SourceSpan }>(
  list: readonly T[], from: number, move: TextMove, copies: Map<object, object>, copy: (x: T, source: SourceSpan) => T,
): T[] {
  if (move.rows === 0) return list.slice(from);
  return list.slice(from).map((x) => {
    if (!moves(x.source, move)) return x;
    let moved = copies.get(x) as T | undefined;
    if (!moved) {
      moved = copy(x, textMoved(x.source, move));
      copies.set(x, moved);
    }
    return moved;
  });
}

/**
 * Items as `movedList` moves them, made by the lowerings' constructors; a
 * copy whose whole span moved (not one starting above the move, as the
 * end's literal pool's spans of the root do) is told to `made`.
 */
export const movedItems = (
  list: readonly ProgramItem<ArmInstruction>[], from: number, move: TextMove, copies: Map<object, object>, made: CopiesMade,
): ProgramItem<ArmInstruction>[] =>
  movedList(list, from, move, copies, (i, source) => {
    const copy = i.kind === 'data'
      ? dataItem(i.address, i.size, i.values, source, i.text, i.writable) : instructionItem(i.address, i.size, i.instruction, source, i.text);
    if (i.source.range.start.line >= move.row) made.add(i, copy, move.rows);
    return copy;
  });

const ROW = 2 ** 23;

/** Where each node starts, as one number (row and column): a text holds at most 2^22 characters (analysis/refusals). */
export const positionsOf = (nodes: readonly SyntaxNode[]): number[] => nodes.map(({ startPosition: { row, column } }) => row * ROW + column);

/**
 * Where the nodes of a pass stand against those of the pass it may resume
 * or take over: the same nodes where they were before `prefix`, the same
 * nodes from `suffix` on, `shift` further, `rows` further down, in the same
 * columns (kept nodes move with the text; one on the row an edit ends on
 * moves along it).
 */
export interface NodeMatch {
  readonly prefix: number;
  readonly suffix: number;
  readonly shift: number;
  readonly rows: number;
}

/** `positions` absent (a first pass, which keeps no lines), the nodes are matched wherever they stand. */
export function matchNodes(
  nodes: readonly SyntaxNode[], old: readonly SyntaxNode[], positions?: { readonly now: readonly number[]; readonly then: readonly number[] },
): NodeMatch {
  const shift = nodes.length - old.length;
  const last = nodes.length - 1;
  const rows = positions && last >= 0 && last - shift >= 0
    ? Math.floor((positions.now[last] as number) / ROW) - Math.floor((positions.then[last - shift] as number) / ROW) : 0;
  let prefix = 0;
  while (prefix < nodes.length && prefix < old.length && nodes[prefix] === old[prefix] && (!positions || positions.now[prefix] === positions.then[prefix])) prefix++;
  let suffix = nodes.length;
  while (suffix > 0 && suffix - shift > 0 && nodes[suffix - 1] === old[suffix - 1 - shift]
    && (!positions || positions.now[suffix - 1] === (positions.then[suffix - 1 - shift] as number) + rows * ROW)) suffix--;
  return { prefix, suffix, shift, rows };
}

/** The passes of a document's last lowering, by mode and number. */
export class PassMemory {
  private settings = '';
  private kept = new Map<string, PassResult>();
  private next = new Map<string, PassResult>();

  /** Starts a lowering; passes made under other settings (file, GET paths) are dropped. */
  begin(settings: string): void {
    if (settings !== this.settings) this.kept.clear();
    this.settings = settings;
    this.next = new Map();
  }

  get(mode: ArmAddressMode, pass: number): PassResult | undefined {
    return this.kept.get(`${mode} ${pass}`);
  }

  set(mode: ArmAddressMode, pass: number, result: PassResult): void {
    this.next.set(`${mode} ${pass}`, result);
  }

  /** Ends a lowering: its passes are the ones kept. */
  end(): void {
    this.kept = this.next;
  }
}
