import { RegisterFacts, type LineRegisterFacts, type RegisterValue, type StepObserver } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';

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

/** Alternatives written as one value: `0 or result of _PageAllocate`. */
function alternativesOf(parts: ReadonlySet<string>): string {
  return [...parts].sort(byAlternative).join(' or ');
}

type Values = readonly RegisterValue[];

/** An entry point's recorded values, one array per entry and run; a reused entry brings the same array again. */
type Facts = readonly LineRegisterFacts[];

/** An entry point as the lines know it, the same through the runs that bring its facts again or moved. */
interface Entry {
  /** While its lines move: by how many lines, the same for all of its facts. */
  shift: number;
}

interface LineJoin {
  /** The values each entry that reaches the line recorded there. */
  readonly entries: Map<Entry, Values[]>;
  /** What `of` shows for the line, until an entry joins or leaves it. */
  shown?: readonly RegisterValue[];
  /** How `of` listed the line last, listed again while it shows the same at the same number. */
  listed?: LineRegisterFacts;
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

/** By how many lines every fact of `was` moved to its place in `facts`, if by one number. */
function shiftOf(was: Facts, facts: Facts): number | undefined {
  const shift = (facts[0] as LineRegisterFacts).line - (was[0] as LineRegisterFacts).line;
  for (let i = 1; i < was.length; i++) if ((facts[i] as LineRegisterFacts).line - (was[i] as LineRegisterFacts).line !== shift) return undefined;
  return shift;
}

/** Adds the values of `line` to `into`. */
function merge(into: LineJoin, line: LineJoin): void {
  delete into.shown;
  for (const [entry, values] of line.entries) into.entries.set(entry, [...(into.entries.get(entry) ?? []), ...values]);
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
 * previous one. An entry that comes back moved (its facts with the values
 * arrays they had, at other lines) keeps its place in the lines: a line all
 * of whose facts moved by one number of lines is moved whole, with its join.
 */
export class RegisterCollector {
  /** Each file's lines, by line number. */
  private readonly lines = new Map<string, Map<number, LineJoin>>();
  /** What `of` gave for each file, until a line of it changes. */
  private readonly listed = new Map<string, readonly LineRegisterFacts[]>();
  /** The entries whose values `lines` holds, by the facts they hold. */
  private joined = new Map<Facts, Entry>();
  private added = new Set<Facts>();
  /** The run `joined` holds. */
  private settled: Set<Facts> | undefined;
  /**
   * Each line's join, by the values of the first fact at it: a moved entry's
   * facts keep their values arrays, so the lines an edit only moved are not
   * joined again.
   */
  private readonly joins = new WeakMap<Values, { readonly parts: readonly Values[]; readonly shown: Values }>();

  constructor(readonly languageId: LanguageId) {}

  /** Starts a run: the entries it adds replace those of the previous run. */
  begin(): void {
    this.added = new Set();
  }

  /** A recorder for one entry point's analysis; its `summary()` goes to `add`. */
  recorder(): { readonly observe: StepObserver; summary(): LineRegisterFacts[] } {
    const masm = this.languageId === 'vxd-masm';
    return new RegisterFacts(masm ? 'x86' : 'arm', masm ? 'masm' : 'objasm');
  }

  add(facts: Facts): void {
    this.added.add(facts);
  }

  /** The joined values of the lines of `file`. */
  of(file: string): LineRegisterFacts[] {
    this.settle();
    let out = this.listed.get(file);
    if (!out) {
      const listing: LineRegisterFacts[] = [];
      // Callbacks, not `for…of`: an entry array per line is garbage a new line makes for every line below it.
      this.lines.get(file)?.forEach((line, number) => {
        line.shown ??= this.shown(line);
        if (line.listed?.line !== number || line.listed.values !== line.shown) line.listed = { file, line: number, values: line.shown };
        listing.push(line.listed);
      });
      // The lines come in the order entries first reached them, which depends on which entries earlier runs kept.
      if (listing.some((facts, i) => i > 0 && (listing[i - 1] as LineRegisterFacts).line > facts.line)) listing.sort((a, b) => a.line - b.line);
      this.listed.set(file, listing);
      out = listing;
    }
    return [...out];
  }

  /** Brings the lines from the previous run's entries to this run's: entries that left, then those that moved, then those that came. */
  private settle(): void {
    const now = this.added;
    if (this.settled === now) return;
    const before = this.joined;
    const joined = new Map<Facts, Entry>();
    const coming: Facts[] = [];
    for (const facts of now) {
      const entry = before.get(facts);
      if (entry) joined.set(facts, entry);
      else coming.push(facts);
    }
    // A leaving entry is looked for by the values of its first fact, which its moved facts share.
    const leaving = new Map<Values, Facts[]>();
    for (const facts of before.keys()) {
      if (joined.has(facts) || facts.length === 0) continue;
      const first = (facts[0] as LineRegisterFacts).values;
      leaving.set(first, [...(leaving.get(first) ?? []), facts]);
    }
    const moves: (readonly [Facts, Facts, Entry])[] = [];
    const entering: Facts[] = [];
    for (const facts of coming) {
      const candidates = facts.length > 0 ? leaving.get((facts[0] as LineRegisterFacts).values) : undefined;
      const at = candidates?.findIndex((was) => movedFacts(was, facts)) ?? -1;
      if (at < 0) {
        entering.push(facts);
        continue;
      }
      const was = (candidates as Facts[])[at] as Facts;
      (candidates as Facts[]).splice(at, 1);
      moves.push([was, facts, before.get(was) as Entry]);
      joined.set(facts, before.get(was) as Entry);
    }
    for (const candidates of leaving.values()) for (const facts of candidates) this.leave(facts, before.get(facts) as Entry);
    this.move(moves);
    for (const facts of entering) {
      const entry: Entry = { shift: 0 };
      joined.set(facts, entry);
      this.enter(facts, entry);
    }
    this.joined = joined;
    this.settled = now;
  }

  /** The lines of `file`, whose listing is about to change. */
  private linesOf(file: string): Map<number, LineJoin> {
    this.listed.delete(file);
    let lines = this.lines.get(file);
    if (!lines) {
      lines = new Map();
      this.lines.set(file, lines);
    }
    return lines;
  }

  private enter(facts: Facts, entry: Entry): void {
    for (const fact of facts) this.place(fact, entry);
  }

  private place(fact: LineRegisterFacts, entry: Entry): void {
    const lines = this.linesOf(fact.file);
    let line = lines.get(fact.line);
    if (!line) {
      line = { entries: new Map() };
      lines.set(fact.line, line);
    }
    delete line.shown;
    const own = line.entries.get(entry);
    if (own) own.push(fact.values);
    else line.entries.set(entry, [fact.values]);
  }

  private leave(facts: Facts, entry: Entry): void {
    for (const fact of facts) this.lift(fact, entry);
  }

  /** Takes the entry's values off the fact's line. */
  private lift(fact: LineRegisterFacts, entry: Entry): void {
    const lines = this.linesOf(fact.file);
    const line = lines.get(fact.line);
    if (!line) return;
    delete line.shown;
    line.entries.delete(entry);
    if (line.entries.size === 0) lines.delete(fact.line);
  }

  /**
   * Moves each entry's values from its facts' lines then (`was`) to their
   * lines now. An entry all of whose facts moved by one number of lines
   * moves with the lines: a line whose entries all move alike moves whole,
   * keeping what it showed. The other entries are left and entered again.
   */
  private move(moves: readonly (readonly [Facts, Facts, Entry])[]): void {
    const files = new Set<string>();
    const apart: (readonly [Facts, Entry])[] = [];
    for (const [was, facts, entry] of moves) {
      const shift = shiftOf(was, facts);
      if (shift === undefined) {
        this.leave(was, entry);
        apart.push([facts, entry]);
      } else if (shift !== 0) {
        entry.shift = shift;
        let file: string | undefined;
        for (const fact of was) if (fact.file !== file) files.add((file = fact.file));
      }
    }
    for (const file of files) this.shiftLines(file);
    for (const [, , entry] of moves) entry.shift = 0;
    for (const [facts, entry] of apart) this.enter(facts, entry);
  }

  /** The lines of `file` moved as their entries' `shift` says: whole where all move alike, else entry by entry. */
  private shiftLines(file: string): void {
    const moved = new Map<number, LineJoin>();
    const put = (number: number, line: LineJoin): void => {
      const there = moved.get(number);
      if (there) merge(there, line);
      else moved.set(number, line);
    };
    this.linesOf(file).forEach((line, number) => {
      let shift: number | undefined;
      for (const entry of line.entries.keys()) {
        if (shift === undefined) shift = entry.shift;
        else if (entry.shift !== shift) {
          shift = undefined;
          break;
        }
      }
      if (shift !== undefined) put(number + shift, line);
      else for (const [entry, values] of line.entries) put(number + entry.shift, { entries: new Map([[entry, values]]) });
    });
    this.lines.set(file, moved);
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

/** A file's register values by line. */
export type LineValues = ReadonlyMap<number, readonly RegisterValue[]>;

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
    const numbers = new Set(lines.flatMap((share) => [...(share?.keys() ?? [])]));
    return [file, new Map([...numbers].map((line) => [line, joinLine(lines.map((share) => share?.get(line)))]))];
  }));
}
