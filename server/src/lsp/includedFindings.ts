import { resolve } from 'node:path';
import { findingMessage, type Finding } from '../../../emulator/src/index.js';
import type { EntryFinding } from '../run/replayData.js';

// The analysis of an open document also finds problems in the files it
// includes. A file nobody has open shows them on its own URI while an open
// document that includes it reports them: the findings of every such
// includer together, each once.

const key = (f: Finding): string => `${f.code}|${f.range.start.line}:${f.range.start.character}|${findingMessage(f)}`;

export class IncludedFindings {
  /** By includer URI: its latest analysis's findings in other files, by their path. */
  private readonly byIncluder = new Map<string, ReadonlyMap<string, readonly EntryFinding[]>>();

  /**
   * Keeps the findings of the latest analysis of `includer` (file `path`)
   * that lie in other files; replaying one runs its entry point in the
   * includer. Returns the files whose findings may have changed.
   */
  set(includer: string, path: string, findings: readonly Finding[]): string[] {
    const byFile = new Map<string, EntryFinding[]>();
    for (const finding of findings) {
      // An untitled document's `path` is its URI, which resolving would make a file's.
      const file = finding.file === undefined || finding.file === path ? path : resolve(finding.file);
      if (file !== path) byFile.set(file, [...(byFile.get(file) ?? []), { ...finding, program: path }]);
    }
    const before = this.byIncluder.get(includer);
    if (byFile.size > 0) this.byIncluder.set(includer, byFile);
    else this.byIncluder.delete(includer);
    return [...new Set([...(before?.keys() ?? []), ...byFile.keys()])];
  }

  /** Forgets what `includer` reported (closed, or now analysed through another file); returns the files that had findings from it. */
  forget(includer: string): string[] {
    const before = this.byIncluder.get(includer);
    this.byIncluder.delete(includer);
    return [...(before?.keys() ?? [])];
  }

  /**
   * Forgets every includer's findings in `file`, whose text they were found
   * in has changed (the editor's, closed); returns those includers.
   */
  forgetFile(file: string): string[] {
    const had = [...this.byIncluder].filter(([, byFile]) => byFile.has(file));
    for (const [includer, byFile] of had) {
      const rest = new Map(byFile);
      rest.delete(file);
      if (rest.size > 0) this.byIncluder.set(includer, rest);
      else this.byIncluder.delete(includer);
    }
    return had.map(([includer]) => includer);
  }

  /**
   * What an open document that is a root (a file of an include cycle whose
   * other files are open too) shows: `own`, its own analysis's findings,
   * and those its open includers found in it that `own` lacks, as `pagewarden
   * check` of the files reports them. Such an includer's reading closes the
   * cycle in this file, which its own reading does not (the note is its
   * only); its PW900 is where its reading stopped at a syntax error, which
   * the document's own analysis says of the procedure it skips.
   */
  withOwn(file: string, own: readonly Finding[]): readonly Finding[] {
    const ownKeys = new Set(own.map(key));
    const others = this.of(file).filter((f) => f.code !== 'PW900' && !ownKeys.has(key(f)));
    if (others.length === 0) return own;
    return [...own, ...others].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }

  /** The findings in `file`, of every includer, each once, in the order of their places. */
  of(file: string): EntryFinding[] {
    const unique = new Map<string, EntryFinding>();
    for (const byFile of this.byIncluder.values()) for (const f of byFile.get(file) ?? []) if (!unique.has(key(f))) unique.set(key(f), f);
    return [...unique.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}
