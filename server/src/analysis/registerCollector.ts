import { RegisterFacts, type AddressNames, type LineRegisterFacts, type RegisterValue, type StepObserver } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import { LineTable, movedLine, type LineMove } from './lineTable.js';

const MAX_ALTERNATIVES = 4;

/** A number as the register values write it (`3`, `0FFh`, `&1000`); undefined for anything else. */
function numberOf(alternative: string): number | undefined {
  const match = /^(?:(\d+)|(\d[0-9A-F]*)h|&([0-9A-F]+))$/i.exec(alternative);
  if (!match) return undefined;
  return match[1] === undefined ? Number.parseInt((match[2] ?? match[3]) as string, 16) : Number(match[1]);
}

/**
 * The order alternatives are listed in, the same whichever entries and
 * workers joined them: numbers by value, then the rest by their text.
 */
function byAlternative(a: string, b: string): number {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x !== undefined && y !== undefined && x !== y) return x - y;
  if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Alternatives written as one value: `0 or _PageAllocate's result (EAX)`. */
function alternativesOf(parts: ReadonlySet<string>): string {
  return [...parts].sort(byAlternative).join(' or ');
}

type Values = readonly RegisterValue[];

/** An entry point's recorded values, one array per entry and run; a reused entry brings the same array again. */
type Facts = readonly LineRegisterFacts[];

/** An entry point as the lines know it, the same through the runs that bring its facts again or moved. */
type Entry = symbol;

interface LineJoin {
  /** The values each entry that reaches the line recorded there. */
  readonly entries: Map<Entry, Values[]>;
  /** What the line shows, until an entry joins or leaves it. */
  shown?: Values;
}

/** Whether `facts` are `was` moved: the same values arrays in the same files, in the same order, whatever their lines. */
function movedFacts(was: Facts, facts: Facts): boolean {
  if (was.length !== facts.length) return false;
  for (let i = 0; i < was.length; i++) {
    const [a, b] = [was[i] as LineRegisterFacts, facts[i] as LineRegisterFacts];
    if (a.values !== b.values || a.file !== b.file) return false;
  }
  return true;
}

/** The last line each entry's facts reach in each file, found once per facts array: a reused entry brings its array again at every edit. */
const lastLines = new WeakMap<Facts, ReadonlyMap<string, number>>();

function lastLinesOf(facts: Facts): ReadonlyMap<string, number> {
  let last = lastLines.get(facts);
  if (!last) {
    const found = new Map<string, number>();
    for (const { file, line } of facts) if (line > (found.get(file) ?? -1)) found.set(file, line);
    last = found;
    lastLines.set(facts, last);
  }
  return last;
}

/**
 * The value `values` (the `i`th part of a line's join) gives `register`.
 * Entries list registers in one order, so it is looked for from where the
 * last one was found (`next[i]`) first, and moves that on.
 */
function valueAfter(values: Values, register: string, next: number[], i: number): string | undefined {
  let at = next[i] as number;
  while (at < values.length && (values[at] as RegisterValue).register !== register) at++;
  if (at === values.length) at = values.findIndex((v) => v.register === register);
  if (at < 0) return undefined;
  next[i] = at + 1;
  return (values[at] as RegisterValue).value;
}

/** What a file's lines show after a run, and how the lines of the run before moved to get there. */
export interface RegisterListing {
  readonly lines: LineTable<Values>;
  readonly moves: readonly LineMove[];
}

const NO_MOVES: readonly LineMove[] = [];

/**
 * The register values of a whole document, from one recorder per entry
 * point: an entry reused from an earlier run brings the values it recorded
 * then, so they are kept with its findings. Where several entries reach a
 * line, a register is shown only if each of them knew it, with the values of
 * all (`0 or 1`, in one order whatever the entries' order), and not when
 * that makes too many or mixes in a range.
 *
 * The language server keeps one collector per document between runs: a run
 * joins anew only the lines of the entries it added or dropped since the
 * previous one. The document's lines move as its edits moved them (tables
 * whose lines below an edit move by block, `LineTable`); an entry that comes
 * back with its facts moved the same way (the values arrays they had, at
 * the lines the edits moved them to) keeps its place in the lines, and the
 * others are taken off the lines they reached and put on again.
 */
export class RegisterCollector {
  /** Each file's lines. */
  private readonly lines = new Map<string, LineTable<LineJoin>>();
  /** What each file's lines show, as the last run left them. */
  private readonly listings = new Map<string, RegisterListing>();
  /** The entries whose values `lines` holds, by the facts they hold. */
  private joined = new Map<Facts, Entry>();
  private added = new Set<Facts>();
  /** The run `joined` holds. */
  private settled: Set<Facts> | undefined;
  /** How the edits since the last run moved the lines of a file. */
  private moving = new Map<string, LineMove[]>();
  /** The lines a run is changing in each file: a line's join, or undefined for a line it removed. */
  private changing = new Map<string, Map<number, LineJoin | undefined>>();
  /**
   * Each line's join, by the values of the first fact at it: a moved entry's
   * facts keep their values arrays, so the lines an edit only moved are not
   * joined again.
   */
  private readonly joins = new WeakMap<Values, { readonly parts: readonly Values[]; readonly shown: Values }>();

  constructor(readonly languageId: LanguageId) {}

  /**
   * Starts a run: the entries it adds replace those of the previous run.
   * `moved`: how an edit since moved the lines of a file (a run that does
   * not finish leaves its moves to the next).
   */
  begin(moved?: { readonly file: string; readonly moves: readonly LineMove[] }): void {
    this.added = new Set();
    if (moved && moved.moves.length > 0) this.moving.set(moved.file, [...(this.moving.get(moved.file) ?? []), ...moved.moves]);
  }

  /** A recorder for one entry point's analysis of a program whose data `dataNames` names; its `summary()` goes to `add`. */
  recorder(dataNames: AddressNames): { readonly observe: StepObserver; summary(): LineRegisterFacts[] } {
    const masm = this.languageId === 'vxd-masm';
    return new RegisterFacts(masm ? 'x86' : 'arm', masm ? 'masm' : 'objasm', dataNames);
  }

  add(facts: Facts): void {
    this.added.add(facts);
  }

  /** The joined values of the lines of `file`, and how the lines of the run before moved. */
  of(file: string): RegisterListing {
    this.settle();
    return this.listings.get(file) ?? { lines: LineTable.empty(), moves: NO_MOVES };
  }

  /** Brings the lines from the previous run's entries to this run's: the edits' moves, then entries that left, then those that moved otherwise or came. */
  private settle(): void {
    const now = this.added;
    if (this.settled === now) return;
    const moving = this.moving;
    this.moving = new Map();
    for (const [file, moves] of moving) {
      let lines = this.lines.get(file);
      if (lines) for (const move of moves) lines = lines.moved(move);
      if (lines) this.lines.set(file, lines);
    }
    // Lines above the first line an edit moved or removed stay where they were: most facts, looked up no further.
    const above = new Map([...moving].map(([file, moves]) => [file, Math.min(...moves.map((move) => move.from))]));
    /** Where the edits put a line the previous run knew: undefined where they removed it. */
    const placed = (fact: LineRegisterFacts): number | undefined => {
      if (!(fact.line >= (above.get(fact.file) ?? Infinity))) return fact.line;
      let line: number | undefined = fact.line;
      for (const move of moving.get(fact.file) as LineMove[]) if (line !== undefined) line = movedLine(move, line);
      return line;
    };
    const before = this.joined;
    const joined = new Map<Facts, Entry>();
    const coming: Facts[] = [];
    // An entry whose facts all lie above the lines the edits moved stays where it is, its facts not read again.
    const unmoved = (facts: Facts): boolean => {
      if (above.size === 0) return true;
      const last = lastLinesOf(facts);
      for (const [file, from] of above) if ((last.get(file) ?? -1) >= from) return facts.every((fact) => placed(fact) === fact.line);
      return true;
    };
    for (const facts of now) {
      const entry = before.get(facts);
      if (entry && unmoved(facts)) joined.set(facts, entry);
      else coming.push(facts);
    }
    // A leaving entry is looked for by the values of its first fact, which its moved facts share.
    const leaving = new Map<Values, Facts[]>();
    for (const facts of before.keys()) {
      if (joined.has(facts) || facts.length === 0) continue;
      const first = (facts[0] as LineRegisterFacts).values;
      leaving.set(first, [...(leaving.get(first) ?? []), facts]);
    }
    const entering: (readonly [Facts, Entry])[] = [];
    for (const facts of coming) {
      const candidates = facts.length > 0 ? leaving.get((facts[0] as LineRegisterFacts).values) : undefined;
      const at = candidates?.findIndex((was) => movedFacts(was, facts)) ?? -1;
      if (at < 0) {
        const entry = Symbol('entry');
        joined.set(facts, entry);
        entering.push([facts, entry]);
        continue;
      }
      const was = (candidates as Facts[])[at] as Facts;
      (candidates as Facts[]).splice(at, 1);
      const entry = before.get(was) as Entry;
      joined.set(facts, entry);
      // Moved as the edits moved the lines: already where it is. Else moved apart, or by other lines: put on again.
      if (!was.every((fact, i) => placed(fact) === (facts[i] as LineRegisterFacts).line)) {
        this.leave(was, entry, placed);
        entering.push([facts, entry]);
      }
    }
    for (const candidates of leaving.values()) for (const facts of candidates) this.leave(facts, before.get(facts) as Entry, placed);
    for (const [facts, entry] of entering) for (const fact of facts) this.place(fact, entry);
    this.joined = joined;
    this.settled = now;
    this.list(moving);
  }

  /** Lists each file's lines after a run: the moves, and the lines whose entries changed joined again. */
  private list(moving: ReadonlyMap<string, readonly LineMove[]>): void {
    const changing = this.changing;
    this.changing = new Map();
    for (const [file, listing] of this.listings) {
      const moves = moving.get(file);
      if (moves) this.listings.set(file, { lines: moves.reduce((lines, move) => lines.moved(move), listing.lines), moves });
      else if (listing.moves.length > 0) this.listings.set(file, { lines: listing.lines, moves: NO_MOVES });
    }
    for (const [file, lines] of changing) {
      this.lines.set(file, (this.lines.get(file) ?? LineTable.empty()).with(lines));
      const shown = new Map<number, Values | undefined>();
      lines.forEach((line, number) => shown.set(number, line && (line.shown ??= this.shown(line))));
      const listing = this.listings.get(file);
      this.listings.set(file, { lines: (listing?.lines ?? LineTable.empty<Values>()).with(shown), moves: listing?.moves ?? NO_MOVES });
    }
  }

  /** The line `number` of `file` as this run has left it so far, to be changed: its join is joined again. */
  private changed(file: string, number: number): LineJoin | undefined {
    let lines = this.changing.get(file);
    if (!lines) {
      lines = new Map();
      this.changing.set(file, lines);
    }
    const line = lines.has(number) ? lines.get(number) : this.lines.get(file)?.get(number);
    if (line) delete line.shown;
    lines.set(number, line);
    return line;
  }

  private place(fact: LineRegisterFacts, entry: Entry): void {
    let line = this.changed(fact.file, fact.line);
    if (!line) {
      line = { entries: new Map() };
      (this.changing.get(fact.file) as Map<number, LineJoin | undefined>).set(fact.line, line);
    }
    const own = line.entries.get(entry);
    if (own) own.push(fact.values);
    else line.entries.set(entry, [fact.values]);
  }

  /** Takes the entry's values off the lines its facts reached, where the edits since put them. */
  private leave(facts: Facts, entry: Entry, placed: (fact: LineRegisterFacts) => number | undefined): void {
    for (const fact of facts) {
      const number = placed(fact);
      if (number === undefined) continue;
      const line = this.changed(fact.file, number);
      if (!line) continue;
      line.entries.delete(entry);
      if (line.entries.size === 0) (this.changing.get(fact.file) as Map<number, LineJoin | undefined>).set(number, undefined);
    }
  }

  private shown(line: LineJoin): Values {
    const parts: Values[] = [];
    for (const values of line.entries.values()) parts.push(...values);
    const [only] = parts as [Values];
    // One entry's values are a join already, but for alternatives, which entries list in an order of their own.
    if (parts.length === 1 && only.every(({ value }) => !value.includes(' or '))) return only;
    const memo = this.joins.get(only);
    if (memo && memo.parts.length === parts.length && memo.parts.every((values, i) => values === parts[i])) return memo.shown;
    const shown: RegisterValue[] = [];
    const next = parts.map(() => 0);
    // A register shown is known to every entry, so to the first: the first's order is the order of the join.
    for (const { register, value } of only) {
      let same = true;
      const values: string[] = [value];
      for (let i = 1; i < parts.length; i++) {
        const other = valueAfter(parts[i] as Values, register, next, i);
        if (other === undefined) break;
        if (other !== value) same = false;
        values.push(other);
      }
      if (values.length < parts.length) continue;
      if (same && !value.includes(' or ')) {
        shown.push({ register, value });
        continue;
      }
      const alternatives = new Set(values.flatMap((v) => v.split(' or ')));
      const ranged = [...alternatives].some((p) => p.includes(' to '));
      if (alternatives.size <= MAX_ALTERNATIVES && (!ranged || alternatives.size === 1)) shown.push({ register, value: alternativesOf(alternatives) });
    }
    this.joins.set(only, { parts, shown });
    return shown;
  }
}

/** A file's register values by line (a `LineTable`, or a map). */
export interface LineValues {
  get(line: number): Values | undefined;
  forEach(visit: (values: Values, line: number) => void): void;
}

/** Register values by file and line, as a collector lists them. */
export type CollectedRegisters = ReadonlyMap<string, LineValues>;

/**
 * Each line's join, by the values of the first collector that reached it: an
 * edit brings the same arrays again for the lines it did not change (moved
 * or not), which are not joined again.
 */
const joins = new WeakMap<Values, { readonly parts: readonly (Values | undefined)[]; readonly joined: Values }>();

function joinLine(parts: readonly (Values | undefined)[]): Values {
  const known = parts.filter((values) => values !== undefined);
  const [first] = known as [Values];
  if (known.length === 1) return first;
  const memo = joins.get(first);
  if (memo && memo.parts.length === parts.length && memo.parts.every((values, i) => values === parts[i])) return memo.joined;
  const joined: RegisterValue[] = [];
  for (const { register } of first) {
    const values = known.map((line) => line.find((v) => v.register === register));
    if (values.some((v) => v === undefined)) continue;
    const alternatives = new Set(values.flatMap((v) => (v as RegisterValue).value.split(' or ')));
    const ranged = [...alternatives].some((p) => p.includes(' to '));
    if (alternatives.size <= MAX_ALTERNATIVES && (!ranged || alternatives.size === 1)) joined.push({ register, value: alternativesOf(alternatives) });
  }
  joins.set(first, { parts, joined });
  return joined;
}

/**
 * The joins of several collectors over one document, each of the entries
 * one analysis worker ran, joined as a collector joins entries: a register
 * is shown at a line where every collector that reached the line showed it,
 * with the values of all, within the same limits.
 */
export function joinCollected(shares: readonly CollectedRegisters[]): CollectedRegisters {
  // One worker's collector has joined its entries already.
  if (shares.length === 1) return shares[0] as CollectedRegisters;
  const files = new Set(shares.flatMap((share) => [...share.keys()]));
  return new Map([...files].map((file) => {
    const lines = shares.map((share) => share.get(file));
    const numbers = new Set<number>();
    for (const share of lines) share?.forEach((_values, line) => numbers.add(line));
    return [file, new Map([...numbers].map((line) => [line, joinLine(lines.map((share) => share?.get(line)))]))];
  }));
}
