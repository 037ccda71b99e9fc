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

interface LineJoin {
  /** The values each entry that reaches the line recorded there. */
  readonly entries: Map<Facts, LineRegisterFacts[]>;
  /** What `of` shows for the line, until an entry joins or leaves it. */
  shown?: readonly RegisterValue[];
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
 * previous one.
 */
export class RegisterCollector {
  /** Each file's lines, by line number. */
  private readonly lines = new Map<string, Map<number, LineJoin>>();
  /** What `of` gave for each file, until a line of it changes. */
  private readonly listed = new Map<string, readonly LineRegisterFacts[]>();
  /** The entries whose values `lines` holds. */
  private joined = new Set<Facts>();
  private added = new Set<Facts>();
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
      for (const [number, line] of this.lines.get(file) ?? []) {
        line.shown ??= this.shown(line);
        listing.push({ file, line: number, values: line.shown });
      }
      this.listed.set(file, listing);
      out = listing;
    }
    return [...out];
  }

  /** Brings the lines from the previous run's entries to this run's. */
  private settle(): void {
    const before = this.joined;
    const now = this.added;
    if (before === now) return;
    for (const facts of before) if (!now.has(facts)) this.leave(facts);
    for (const facts of now) if (!before.has(facts)) this.enter(facts);
    this.joined = now;
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

  private enter(facts: Facts): void {
    for (const fact of facts) {
      const lines = this.linesOf(fact.file);
      let line = lines.get(fact.line);
      if (!line) {
        line = { entries: new Map() };
        lines.set(fact.line, line);
      }
      delete line.shown;
      const own = line.entries.get(facts);
      if (own) own.push(fact);
      else line.entries.set(facts, [fact]);
    }
  }

  private leave(facts: Facts): void {
    for (const fact of facts) {
      const lines = this.linesOf(fact.file);
      const line = lines.get(fact.line);
      if (!line) continue;
      delete line.shown;
      line.entries.delete(facts);
      if (line.entries.size === 0) lines.delete(fact.line);
    }
  }

  private shown(line: LineJoin): Values {
    const parts: Values[] = [];
    for (const facts of line.entries.values()) for (const fact of facts) parts.push(fact.values);
    const memo = this.joins.get(parts[0] as Values);
    if (memo && memo.parts.length === parts.length && memo.parts.every((values, i) => values === parts[i])) return memo.shown;
    const registers = new Map<string, { count: number; parts: Set<string> }>();
    for (const values of parts) {
      for (const { register, value } of values) {
        const joined = registers.get(register) ?? { count: 0, parts: new Set<string>() };
        joined.count++;
        for (const part of value.split(' or ')) joined.parts.add(part);
        registers.set(register, joined);
      }
    }
    const shown: RegisterValue[] = [];
    for (const [register, joined] of registers) {
      const ranged = [...joined.parts].some((p) => p.includes(' to '));
      if (joined.count === parts.length && joined.parts.size <= MAX_ALTERNATIVES && (!ranged || joined.parts.size === 1)) shown.push({ register, value: alternativesOf(joined.parts) });
    }
    this.joins.set(parts[0] as Values, { parts, shown });
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
