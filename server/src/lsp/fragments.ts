import { findingMessage, type Finding } from '../../../emulator/src/index.js';
import type { AnalysisStatistics } from '../analysis/entryCache.js';
import type { EntryFinding } from '../run/replayData.js';

// An open GET/include fragment's diagnostics come from two analyses: its own
// text alone, syntax only (what the CLI checks of an included file), and the
// file at the top of its include chain, which runs its code. They are
// published together, and only once both are of the fragment's current text.
// The first analysis of the includer that reads a text of the fragment
// publishes what it has found so far while it runs, as an open document's
// own analysis does; a later one, of the same text (the includer edited,
// opened, changed on disk), replaces a complete set with a complete set, so
// that findings it has not come to yet do not vanish meanwhile.

interface Half {
  readonly version: number;
  readonly findings: readonly EntryFinding[];
}

interface Context extends Half {
  /** How the includer's analysis went; undefined while it runs. */
  readonly statistics: AnalysisStatistics | undefined;
  /** The running analysis whose findings so far these are. */
  readonly running: object | undefined;
}

export interface CombinedFindings {
  readonly findings: EntryFinding[];
  /** Of the includer's whole analysis; undefined when the findings are part of what it will find. */
  readonly statistics: AnalysisStatistics | undefined;
}

const inRoot = (root: string, findings: readonly EntryFinding[]): EntryFinding[] => findings.map((finding) => ({ ...finding, program: root }));

const key = (f: Finding): string => `${f.code}|${f.range.start.line}:${f.range.start.character}|${findingMessage(f)}`;

export class FragmentFindings {
  private readonly own = new Map<string, Half>();
  private readonly context = new Map<string, Context>();

  setOwn(uri: string, version: number, findings: readonly Finding[]): void {
    this.own.set(uri, { version, findings });
  }

  /**
   * The findings inside the fragment of the analysis of `root`, the file at
   * the top of its include chain, and how it went: replaying one runs its
   * entry point in `root`, since the fragment alone is not the program they
   * came from.
   */
  setContext(uri: string, version: number, root: string, findings: readonly EntryFinding[], statistics: AnalysisStatistics): void {
    this.context.set(uri, { version, findings: inRoot(root, findings), statistics, running: undefined });
  }

  /**
   * What the analysis `running` of `root` has found so far in the fragment;
   * false when another analysis has given findings for `version` already.
   */
  setFoundSoFar(uri: string, version: number, root: string, findings: readonly EntryFinding[], running: object): boolean {
    const context = this.context.get(uri);
    if (context?.version === version && context.running !== running) return false;
    this.context.set(uri, { version, findings: inRoot(root, findings), statistics: undefined, running });
    return true;
  }

  forget(uri: string): void {
    this.own.delete(uri);
    this.context.delete(uri);
  }

  /** Both halves of `version`, each finding once, or undefined while one is still missing. */
  combined(uri: string, version: number): CombinedFindings | undefined {
    const own = this.own.get(uri);
    const context = this.context.get(uri);
    if (own?.version !== version || context?.version !== version) return undefined;
    const unique = new Map<string, EntryFinding>();
    for (const f of [...own.findings, ...context.findings]) unique.set(key(f), f);
    const findings = [...unique.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { findings, statistics: context.statistics };
  }
}
