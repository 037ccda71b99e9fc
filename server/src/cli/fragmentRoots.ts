import { resolve } from 'node:path';
import type { AnalysisSettings } from '../analysis/settings.js';
import { includeStem, includeStretches } from '../lowering/includeResolution.js';
import { MAX_SCANNED_FILES, topOf } from '../lsp/includers.js';
import type { Parsers } from '../parsing/parsers.js';
import { sourceFilesUnder } from '../source/workspaceSources.js';
import { readsOf, readSource, type Source } from './includedFiles.js';

// `check FILE` and `run FILE` on a GET or include fragment analyse it as the
// editor does an open one: through the file at the top of its include chain,
// looked for in the working folder (the editor's workspace folder) and among
// the files named. The editor parses every source of the folder; here a
// source is parsed only when the text of one of its include lines holds the
// name of the file whose includers are looked for, so that a check of a few
// files in a large tree reads the tree but parses little of it.

interface Scanned extends Source {
  readonly stretches: readonly string[];
}

/**
 * The file at the top of the include chain of each of `files` that some
 * source includes, by absolute path (`topOf`, as the editor picks it: the
 * first by name when there are several); files nothing includes are not in
 * the map.
 */
export async function fragmentRoots(parsers: Parsers, files: readonly string[], settings: AnalysisSettings, folder: string): Promise<Map<string, string>> {
  const roots = new Map<string, string>();
  const targets = files.map((file) => resolve(file));
  const sources = [...new Set([...sourceFilesUnder(folder, MAX_SCANNED_FILES), ...targets])].sort();
  const scanned = new Map<string, Scanned | undefined>();
  const scan = (file: string): Scanned | undefined => {
    if (!scanned.has(file)) {
      const source = readSource(file);
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
    const found: string[] = [];
    for (const candidate of sources) {
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
  }
  return roots;
}
