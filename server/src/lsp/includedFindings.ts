import { resolve } from 'node:path';
import { findingMessage, type Finding } from '../../../emulator/src/index.js';
import type { EntryFinding } from '../run/replayData.js';

// The analysis of an open document also finds problems in the files it
// includes. A file nobody has open shows them on its own URI while an open
// document that includes it reports them: the findings of every such
// includer together, each once.

const place = (f: Finding): string => `${f.code}|${f.range.start.line}:${f.range.start.character}`;
const key = (f: Finding): string => `${place(f)}|${findingMessage(f)}`;
/** Whether `a`'s message is to be shown before `b`'s of the same place: the shorter, then the first in code-point order, whichever includer's analysis ended last. */
const shorter = (a: Finding, b: Finding): boolean => {
  const [ma, mb] = [findingMessage(a), findingMessage(b)];
  return ma.length < mb.length || (ma.length === mb.length && ma < mb);
};

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
   * and those its open includers found in it at a place where `own` has
   * none of their check. Such an includer's reading closes the cycle in this
   * file, which its own reading does not (the note is its only); its PW900
   * is where its reading stopped at a syntax error, which the document's own
   * analysis says of the procedure it skips. The includers are the cycle's
   * files, one program read from other starts: where their messages for a
   * place differ (a cycle closed along two paths, a value seen in another
   * order) the editor shows the document's own, or the shortest of theirs
   * (the shortest cycle), once, where `pagewarden check` lists every reading.
   */
  withOwn(file: string, own: readonly Finding[]): readonly Finding[] {
    const ownPlaces = new Set(own.map(place));
    const others = new Map<string, EntryFinding>();
    for (const f of this.of(file)) {
      if (f.code === 'PW900' || ownPlaces.has(place(f))) continue;
      const kept = others.get(place(f));
      if (kept === undefined || shorter(f, kept)) others.set(place(f), f);
    }
    if (others.size === 0) return own;
    return [...own, ...others.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }

  /** The findings in `file`, of every includer, each once, in the order of their places. */
  of(file: string): EntryFinding[] {
    const unique = new Map<string, EntryFinding>();
    for (const byFile of this.byIncluder.values()) for (const f of byFile.get(file) ?? []) if (!unique.has(key(f))) unique.set(key(f), f);
    return [...unique.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}
