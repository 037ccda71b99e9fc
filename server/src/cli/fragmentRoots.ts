import { isAscii } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalysisSettings } from '../analysis/settings.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import { includeStem, includeStretches } from '../lowering/includeResolution.js';
import { MAX_SCANNED_FILES, topOf } from '../lsp/includers.js';
import type { Parsers } from '../parsing/parsers.js';
import { MAX_SOURCE_BYTES } from '../source/decodeSource.js';
import { sourceFilesUnder } from '../source/workspaceSources.js';
import type { UnreadableFile } from './checkFiles.js';
import { displayPath } from './displayPath.js';
import { readsOf, sourceOf, type Source } from './includedFiles.js';
import { readFailure } from './readFailure.js';

// `check FILE` and `run FILE` on a GET or include fragment analyse it as the
// editor does an open one: through the file at the top of its include chain,
// looked for in the working folder (the editor's workspace folder) and among
// the files named. The editor parses every source of the folder; here a
// source is parsed only when the text of one of its include lines holds the
// name of the file whose includers are looked for, so that a check of a few
// files in a large tree reads the tree but parses little of it. A check of
// a file nothing includes reads the tree too (only the tree can say that
// nothing does), but a source in ASCII whose bytes do not hold the name
// anywhere is passed over before it is decoded or its language detected.

interface Scanned extends Source {
  readonly stretches: readonly string[];
}

/** A source as first looked at: its bytes, or why they could not be read (undefined: too large to analyse). */
type Look = { readonly bytes: Buffer; readonly ascii: string | undefined } | { readonly unreadable: string } | undefined;

export interface FragmentRoots {
  /**
   * The file at the top of the include chain of each of the files that some
   * source includes, by absolute path (`topOf`, as the editor picks it: the
   * first by name when there are several); files nothing includes are not in
   * the map.
   */
  readonly roots: ReadonlyMap<string, string>;
  /**
   * For each of the files nothing read includes, the sources under the
   * folder in its dialect (as their names say) that could not be read: any
   * of them may include it, and it is analysed on its own.
   */
  readonly unread: ReadonlyMap<string, readonly UnreadableFile[]>;
}

export async function fragmentRoots(parsers: Parsers, files: readonly string[], settings: AnalysisSettings, folder: string): Promise<FragmentRoots> {
  const roots = new Map<string, string>();
  const unread = new Map<string, UnreadableFile[]>();
  const targets = files.map((file) => resolve(file));
  const sources = [...new Set([...sourceFilesUnder(folder, MAX_SCANNED_FILES), ...targets])].sort();
  const looks = new Map<string, Look>();
  const look = (file: string): Look => {
    if (!looks.has(file)) {
      let found: Look;
      try {
        if (statSync(file).size <= MAX_SOURCE_BYTES) {
          const bytes = readFileSync(file);
          // In ASCII the text is the bytes, and a name in an include line is in them in some case.
          found = { bytes, ascii: isAscii(bytes) ? bytes.toString('latin1') : undefined };
        }
      } catch (error) {
        found = { unreadable: readFailure(error) };
      }
      looks.set(file, found);
    }
    return looks.get(file);
  };
  const scanned = new Map<string, Scanned | undefined>();
  const scan = (file: string): Scanned | undefined => {
    if (!scanned.has(file)) {
      const seen = look(file);
      const source = seen && 'bytes' in seen ? sourceOf(file, seen.bytes) : undefined;
      scanned.set(file, source && source.languageId !== 'riscos-bbcbasic' ? { ...source, stretches: includeStretches(source.languageId, source.text) } : undefined);
    }
    return scanned.get(file);
  };
  const reads = new Map<string, Promise<string[]>>();
  const readsOfSource = (file: string, source: Source): Promise<string[]> => {
    let found = reads.get(file);
    if (!found) {
      found = readsOf(parsers, file, source, settings).then((list) => list.map((read) => resolve(read.file)));
      reads.set(file, found);
    }
    return found;
  };
  const includedBy = new Map<string, string[]>();
  const includersOf = async (file: string, languageId: Source['languageId']): Promise<string[]> => {
    const stem = includeStem(file);
    const named = new RegExp(stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    const found: string[] = [];
    for (const candidate of sources) {
      const seen = look(candidate);
      if (seen && 'ascii' in seen && seen.ascii !== undefined && !named.test(seen.ascii)) continue;
      const source = scan(candidate);
      if (source?.languageId !== languageId || !source.stretches.some((stretch) => stretch.includes(stem))) continue;
      if ((await readsOfSource(candidate, source)).includes(file)) found.push(candidate);
    }
    return found;
  };
  for (const target of targets) {
    const languageId = scan(target)?.languageId;
    if (languageId === undefined) continue;
    for (let frontier = [target]; frontier.length > 0;) {
      const next: string[] = [];
      for (const file of frontier) {
        if (includedBy.has(file)) continue;
        const up = await includersOf(file, languageId);
        includedBy.set(file, up);
        next.push(...up);
      }
      frontier = next;
    }
    const root = topOf(target, includedBy);
    if (root !== undefined) roots.set(target, root);
    else {
      // With no bytes to read, a file has the dialect its name gives it.
      const unreadable = sources.flatMap((source) => {
        const seen = look(source);
        if (!seen || !('unreadable' in seen) || targets.includes(source)) return [];
        const named = detectLanguage(source, Buffer.alloc(0));
        return named.kind === 'source' && named.languageId === languageId ? [{ file: source, unreadable: seen.unreadable }] : [];
      });
      if (unreadable.length > 0) unread.set(target, unreadable);
    }
  }
  return { roots, unread };
}

/** Says on stderr, as check says of a file named that it cannot read, which sources could not be looked in for a file's includer. */
export function reportUnread({ unread }: FragmentRoots): void {
  for (const [target, sources] of unread) {
    for (const { file, unreadable } of sources) {
      process.stderr.write(`pagewarden: cannot read ${displayPath(file)}: ${unreadable}; ${displayPath(target)} is analysed on its own, not in a file that may include it\n`);
    }
  }
}
