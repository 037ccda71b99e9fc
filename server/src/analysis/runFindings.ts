import { findingMessage, isCallNote, type Finding, type PathNote } from '../../../emulator/src/index.js';
import type { AnalysisSettings } from './settings.js';
import type { SuppressionReports } from './suppressions.js';

/**
 * Where a run reports its findings as it makes them, so that the language
 * server can publish what is known before the last entry point is done.
 */
export interface FindingsSink {
  /** Findings about the text as a whole: syntax, unknown names, what the lowering noted. */
  program(findings: readonly Finding[]): void;
  /** Entry point `index` (of the entries the run analyses, in order: the program's, then any of other builds) is done, analysed or reused. */
  entry(index: number, findings: readonly Finding[]): void;
  /** What the document's suppression comments report about themselves, once the text is parsed. */
  suppressions(reports: SuppressionReports): void;
  /**
   * What has been reported so far is in the complete set whatever the rest
   * of the run finds: the syntax errors once the text is parsed (the plain
   * copy of the tree and the lowering follow), the notes every pass of an
   * ObjAsm lowering will make, before its first pass.
   */
  certain(): void;
  /** All that is known without analysing an entry point has been reported; analyses follow. */
  analysing(): void;
  /** Every entry point's findings have been reported: what the run does after this (record register values for hover) finds nothing. */
  analysed(): void;
  /**
   * Whether `certain` sends what is certain on its own (nothing about the
   * document has been published yet): only then is it worth looking for
   * findings early that a later step of the run also makes.
   */
  readonly early: boolean;
}

function key(f: Finding): string {
  return `${f.code}|${f.file ?? ''}|${f.range.start.line}:${f.range.start.character}|${findingMessage(f)}`;
}

const sameNote = (a: PathNote, b: PathNote): boolean => a.message === b.message && a.file === b.file
  && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;

/**
 * One finding reached from several entry points (a routine's own and its
 * callers'): the shortest path proves it best, but a routine's own analysis
 * knows none of the calls that reach it, so the calls the other copies were
 * reached through (their "X called from here") come first in its notes.
 */
function oneCopy(copies: readonly Finding[]): Finding {
  const shortest = copies.reduce((best, f) => (f.notes.length < best.notes.length ? f : best));
  const calls: PathNote[] = [];
  for (const note of copies.flatMap((f) => (f === shortest ? [] : f.notes.filter(isCallNote)))) {
    if (![...calls, ...shortest.notes].some((n) => sameNote(n, note))) calls.push(note);
  }
  return calls.length === 0 ? shortest : { ...shortest, notes: [...calls, ...shortest.notes] };
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}

/**
 * A run's findings as they come, in any order, and what they add up to: the
 * program's findings, then each entry point's in the program's order, each
 * finding once (with the fewest path notes any entry point found it by,
 * and the calls the others were reached through), with what the
 * document's suppression comments report about themselves (the findings
 * come already less what they suppress, `UnsuppressedFindings`), at the
 * severities the settings ask for. The set of part of a run's reports is a subset of the
 * set of all of them.
 */
export class RunFindings implements FindingsSink {
  private readonly programFindings: Finding[] = [];
  private readonly entries: (readonly Finding[] | undefined)[] = [];
  private comments: SuppressionReports = { misnamed: [], unexplained: [] };

  program(findings: readonly Finding[]): void {
    this.programFindings.push(...findings);
  }

  entry(index: number, findings: readonly Finding[]): void {
    this.entries[index] = findings;
  }

  suppressions(reports: SuppressionReports): void {
    this.comments = reports;
  }

  certain(): void {}

  analysing(): void {}

  analysed(): void {}

  readonly early = false;

  /** Adds reports of the same run, such as another share of its entry points (a finding reported twice counts once). */
  merge(reports: RunReports): void {
    this.program(reports.program);
    for (const [index, findings] of reports.entries) this.entry(index, findings);
    if (reports.suppressions) this.suppressions(reports.suppressions);
  }

  /**
   * `file` is the document's: a finding without a file of its own is in it. Each entry point shows one PW900, the first
   * of its own not on a PW102's line: an analysis cut short at a name defined nowhere stopped for the reason the name's
   * PW102 gives, and the note on code the lowering could not model, which follows the run's findings, then stands in.
   */
  settled(file: string, settings: AnalysisSettings): Finding[] {
    const severe = (finding: Finding): Finding[] => {
      const setting = settings.severity[finding.code];
      if (setting === 'off') return [];
      return setting ? [{ ...finding, severity: setting }] : [finding];
    };
    const program = this.programFindings.flatMap(severe);
    const entries = this.entries.map((e) => (e ?? []).flatMap(severe));
    const found = [...program, ...entries.flat()];
    // A name PW101 reports as no SWI (`OS_Dynamicarea :OR: Auto_Error_SWI_bit`) is the mistake a PW102 there tells again, with less to say.
    const rangeKey = ({ file: f, range: { start, end } }: Finding): string => `${f ?? file}|${start.line}:${start.character}|${end.line}:${end.character}`;
    const unknownAt = new Set(found.filter((f) => f.code === 'PW101').map(rangeKey));
    const told = (f: Finding): boolean => f.code !== 'PW102' || !unknownAt.has(rangeKey(f));
    const lineKey = (f: Finding): string => `${f.file ?? file}|${f.range.start.line}`;
    const undefinedAt = new Set(found.filter((f) => f.code === 'PW102' && told(f)).map(lineKey));
    const shown = (f: Finding): boolean => told(f) && (f.code !== 'PW900' || !undefinedAt.has(lineKey(f)));
    const firstNote = (findings: readonly Finding[]): Finding[] => {
      const note = findings.find((f) => f.code === 'PW900');
      return findings.filter((f) => f.code !== 'PW900' || f === note);
    };
    const copies = new Map<string, Finding[]>();
    for (const finding of [...program.filter(shown), ...entries.flatMap((e) => firstNote(e.filter(shown)))]) {
      const k = key(finding);
      const known = copies.get(k);
      if (known) known.push(finding); else copies.set(k, [finding]);
    }
    return [...copies.values()].map(oneCopy).concat(this.comments.misnamed.flatMap(severe), this.comments.unexplained).sort(byPosition);
  }
}

/** Reports of part of a run, as they travel from an analysis worker. */
export interface RunReports {
  readonly program: readonly Finding[];
  readonly entries: readonly (readonly [number, readonly Finding[]])[];
  readonly suppressions?: SuppressionReports;
}
