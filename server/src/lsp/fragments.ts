import { findingMessage, type Finding } from '../../../emulator/src/index.js';
import type { EntryFinding } from '../run/replayData.js';

// An open GET/include fragment's diagnostics come from two analyses: its own
// text alone, syntax only (what the CLI checks of an included file), and the
// file at the top of its include chain, which runs its code. They are
// published together, and only once both are of the fragment's current text.

interface Half {
  readonly version: number;
  readonly findings: readonly EntryFinding[];
}

const key = (f: Finding): string => `${f.code}|${f.range.start.line}:${f.range.start.character}|${findingMessage(f)}`;

export class FragmentFindings {
  private readonly own = new Map<string, Half>();
  private readonly context = new Map<string, Half>();

  setOwn(uri: string, version: number, findings: readonly Finding[]): void {
    this.own.set(uri, { version, findings });
  }

  /**
   * The findings inside the fragment of the analysis of `root`, the file at
   * the top of its include chain: replaying one runs its entry point in
   * `root`, since the fragment alone is not the program they came from.
   */
  setContext(uri: string, version: number, root: string, findings: readonly EntryFinding[]): void {
    this.context.set(uri, { version, findings: findings.map((finding) => ({ ...finding, program: root })) });
  }

  forget(uri: string): void {
    this.own.delete(uri);
    this.context.delete(uri);
  }

  /** Both halves of `version`, each finding once, or undefined while one is still missing. */
  combined(uri: string, version: number): EntryFinding[] | undefined {
    const own = this.own.get(uri);
    const context = this.context.get(uri);
    if (own?.version !== version || context?.version !== version) return undefined;
    const unique = new Map<string, EntryFinding>();
    for (const f of [...own.findings, ...context.findings]) unique.set(key(f), f);
    return [...unique.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}
