import { RegisterFacts, type LineRegisterFacts, type RegisterValue, type StepObserver } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';

const MAX_ALTERNATIVES = 4;

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
 * all (`0 or 1`, in the order of the entries), and not when that makes too
 * many or mixes in a range.
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
  /** The entries whose values `lines` holds, in the order they were added. */
  private joined = new Set<Facts>();
  private added = new Set<Facts>();
  private order = new Map<Facts, number>();

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
    // The entries' order is the order of alternatives: if the kept ones changed places, every line is listed anew.
    const kept = (set: Set<Facts>, other: Set<Facts>): Facts[] => [...set].filter((f) => other.has(f));
    const [was, is] = [kept(before, now), kept(now, before)];
    if (was.some((facts, i) => is[i] !== facts)) {
      for (const lines of this.lines.values()) for (const line of lines.values()) delete line.shown;
      this.listed.clear();
    }
    this.order = new Map([...now].map((facts, i) => [facts, i]));
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

  private shown(line: LineJoin): RegisterValue[] {
    const byEntry = [...line.entries].sort(([a], [b]) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    let entries = 0;
    const registers = new Map<string, { count: number; parts: Set<string> }>();
    for (const [, facts] of byEntry) {
      for (const fact of facts) {
        entries++;
        for (const { register, value } of fact.values) {
          const joined = registers.get(register) ?? { count: 0, parts: new Set<string>() };
          joined.count++;
          for (const part of value.split(' or ')) joined.parts.add(part);
          registers.set(register, joined);
        }
      }
    }
    const values: RegisterValue[] = [];
    for (const [register, { count, parts }] of registers) {
      const ranged = [...parts].some((p) => p.includes(' to '));
      if (count === entries && parts.size <= MAX_ALTERNATIVES && (!ranged || parts.size === 1)) values.push({ register, value: [...parts].join(' or ') });
    }
    return values;
  }
}

/**
 * The joins of several collectors over one document, each of the entries
 * one analysis worker ran, joined as a collector joins entries: a register
 * is shown at a line where every collector that reached the line showed it,
 * with the values of all (collector by collector), within the same limits.
 */
export function joinCollected(shares: readonly (readonly LineRegisterFacts[])[]): LineRegisterFacts[] {
  // One worker's collector has joined its entries already.
  if (shares.length === 1) return [...(shares[0] as readonly LineRegisterFacts[])];
  const lines = new Map<string, LineRegisterFacts[]>();
  for (const share of shares) {
    for (const fact of share) {
      const key = `${fact.file}\n${fact.line}`;
      lines.set(key, [...(lines.get(key) ?? []), fact]);
    }
  }
  return [...lines.values()].map((facts) => {
    const [first] = facts as [LineRegisterFacts];
    if (facts.length === 1) return first;
    const values: RegisterValue[] = [];
    for (const { register } of first.values) {
      const known = facts.map((fact) => fact.values.find((v) => v.register === register));
      if (known.some((v) => v === undefined)) continue;
      const parts = new Set(known.flatMap((v) => (v as RegisterValue).value.split(' or ')));
      const ranged = [...parts].some((p) => p.includes(' to '));
      if (parts.size <= MAX_ALTERNATIVES && (!ranged || parts.size === 1)) values.push({ register, value: [...parts].join(' or ') });
    }
    return { file: first.file, line: first.line, values };
  });
}
