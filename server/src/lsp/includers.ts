import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalysisSettings } from '../analysis/settings.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import type { LanguageId } from '../languages/languageId.js';
import { mayInclude, readFromDisk, type ReadFile } from '../lowering/includeResolution.js';
import { directIncludes } from '../lowering/masm/index.js';
import { directGets } from '../lowering/objasm/index.js';
import type { Parsers } from '../parsing/parsers.js';
import { checkSourceText, decodeSource, MAX_SOURCE_BYTES } from '../source/decodeSource.js';
import { sourceFilesUnder } from '../source/workspaceSources.js';

// A GET or include fragment (RAMCache's s.Handler) means something only in
// the file that reads it, so an open fragment is analysed through the file
// at the top of its include chain. This index finds that file: it reads the
// sources of the workspace folder (and the open documents) and remembers,
// per file on disk, what it includes until the file changes.

/** Past this many sources the workspace folder is not read further; a fragment only such files include is analysed alone. */
export const MAX_SCANNED_FILES = 2000;
/** Files parsed between two turns of the event loop, so that a first scan does not hold up hover and completion. */
const FILES_PER_TURN = 20;

interface Reads {
  readonly mtimeMs: number;
  readonly size: number;
  readonly languageId: LanguageId | undefined;
  readonly reads: readonly string[];
}

export class IncluderIndex {
  private folder: string | undefined;
  private settings: AnalysisSettings | undefined;
  private readonly onDisk = new Map<string, Reads>();
  /** What the open documents include, by path, while their text stays the same. */
  private readonly inEditor = new Map<string, { readonly text: string; readonly languageId: LanguageId; readonly reads: readonly string[] }>();
  /** The files the last look-up of whose root found a file that includes them (maybe only a file of their own include cycle). */
  private readonly included = new Set<string>();

  constructor(private readonly parsers: Promise<Parsers>) {}

  /** The workspace folder to read and the settings includes resolve with; either change forgets what was read. */
  configure(folder: string | undefined, settings: AnalysisSettings): void {
    this.folder = folder;
    this.settings = settings;
    this.onDisk.clear();
    this.inEditor.clear();
    this.included.clear();
  }

  /**
   * The file whose analysis covers `file`, a document in `languageId`: the
   * top of the chain of files that include it (the first by name if there
   * are several), or undefined when nothing includes it. `open` holds the
   * editor's text of the open documents by path, read instead of the disk.
   */
  async rootOf(file: string, languageId: LanguageId, open: ReadonlyMap<string, string>): Promise<string | undefined> {
    const settings = this.settings;
    if (!settings || languageId === 'riscos-bbcbasic') return undefined;
    for (const path of this.inEditor.keys()) if (!open.has(path)) this.inEditor.delete(path);
    const read: ReadFile = (path) => open.get(path) ?? readFromDisk(path);
    const target = resolve(file);
    const sources = this.sources(open);
    const reads: (readonly string[])[] = [];
    for (const [i, source] of sources.entries()) {
      if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await new Promise((next) => setImmediate(next));
      reads.push(source === file ? [] : await this.readsOf(source, languageId, open, read, settings));
    }
    // The file's own includes lead to its root only through a file that includes it: another, or itself. Parsing
    // it here, on the server's thread, competes with the analysis worker parsing it too, so only then.
    const own = sources.indexOf(file);
    const text = open.get(file);
    if (own >= 0 && (reads.some((r) => r.includes(target)) || text === undefined || mayInclude(languageId, text, file))) {
      reads[own] = await this.readsOf(file, languageId, open, read, settings);
    }
    const includedBy = new Map<string, string[]>();
    for (const [i, source] of sources.entries()) {
      for (const included of reads[i] ?? []) {
        const list = includedBy.get(included) ?? [];
        list.push(source);
        includedBy.set(included, list);
      }
    }
    if (includedBy.has(target)) this.included.add(target);
    else this.included.delete(target);
    return topOf(target, includedBy);
  }

  /**
   * Whether the last look-up of the root of `file` found a file that
   * includes it: only then can what `file` itself includes change its root
   * (put it in its includer's cycle, or take it out of one).
   */
  isIncluded(file: string): boolean {
    return this.included.has(resolve(file));
  }

  /** The files `file`, an open document in `languageId`, includes directly, as its editor text in `open` says. */
  includes(file: string, languageId: LanguageId, open: ReadonlyMap<string, string>): Promise<readonly string[]> {
    const settings = this.settings;
    if (!settings) return Promise.resolve([]);
    return this.readsOf(file, languageId, open, (path) => open.get(path) ?? readFromDisk(path), settings);
  }

  /** Forgets what `file` on disk includes: a watcher saw it change, and its time stamp alone may not show it. */
  forget(file: string): void {
    this.onDisk.delete(file);
  }

  private sources(open: ReadonlyMap<string, string>): string[] {
    const found = this.folder === undefined ? [] : sourceFilesUnder(this.folder, MAX_SCANNED_FILES);
    return [...new Set([...found, ...open.keys()])].sort();
  }

  private async readsOf(file: string, languageId: LanguageId, open: ReadonlyMap<string, string>, read: ReadFile, settings: AnalysisSettings): Promise<readonly string[]> {
    const text = open.get(file);
    if (text !== undefined) {
      const known = this.inEditor.get(file);
      if (known?.text === text && known.languageId === languageId) return known.reads;
      const reads = await this.parse(file, text, languageId, read, settings);
      this.inEditor.set(file, { text, languageId, reads });
      return reads;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return [];
    }
    const known = this.onDisk.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.languageId === languageId ? known.reads : [];
    const bytes = stat.size > MAX_SOURCE_BYTES ? undefined : readFileSync(file);
    const detection = bytes ? detectLanguage(file, bytes) : undefined;
    const decoded = bytes ? decodeSource(bytes) : undefined;
    const dialect = detection?.kind === 'source' ? detection.languageId : undefined;
    const reads = dialect && decoded?.ok ? await this.parse(file, decoded.text, dialect, read, settings) : [];
    this.onDisk.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, languageId: dialect, reads });
    return dialect === languageId ? reads : [];
  }

  private async parse(file: string, text: string, languageId: LanguageId, read: ReadFile, settings: AnalysisSettings): Promise<readonly string[]> {
    // Binary or oversized text is refused by the analysis too; parsing it here would only stall the server.
    if (languageId === 'riscos-bbcbasic' || checkSourceText(text)) return [];
    const tree = await (await this.parsers).parse(languageId, text);
    try {
      const found = languageId === 'vxd-masm' ? directIncludes(tree.rootNode, file, settings, read) : directGets(tree.rootNode, file, settings, read);
      return found.map((f) => resolve(f.file));
    } finally {
      tree.delete();
    }
  }
}

/**
 * Climbs from `file` through its includers to the first file (by name)
 * nothing includes; where its includers include each other, its first
 * includer. Undefined when nothing includes it, or only the files of its own
 * include cycle do: a file that includes itself is its own root.
 */
export function topOf(file: string, includedBy: ReadonlyMap<string, readonly string[]>): string | undefined {
  const direct = includedBy.get(file);
  if (!direct || direct.length === 0) return undefined;
  const above = new Set<string>();
  const tops: string[] = [];
  for (let frontier = [...direct]; frontier.length > 0;) {
    const next: string[] = [];
    for (const f of frontier) {
      if (f === file || above.has(f)) continue;
      above.add(f);
      const up = includedBy.get(f);
      if (!up || up.length === 0) tops.push(f);
      else next.push(...up);
    }
    frontier = next;
  }
  const below = includedFrom(file, includedBy);
  const outside = [...above].filter((f) => !below.has(f));
  if (outside.length === 0) return undefined;
  return tops.sort()[0] ?? direct.find((f) => outside.includes(f)) ?? outside.sort()[0];
}

/** The files `file` includes, directly or through others, as the reverse of `includedBy` says. */
function includedFrom(file: string, includedBy: ReadonlyMap<string, readonly string[]>): Set<string> {
  const includes = new Map<string, string[]>();
  for (const [included, by] of includedBy) {
    for (const f of by) {
      const list = includes.get(f) ?? [];
      list.push(included);
      includes.set(f, list);
    }
  }
  return reachedFrom(file, includes);
}

/** The files `file` includes, directly or through other includes, as `reads` lists each file's own (itself among them when it is in a cycle). */
export function reachedFrom(file: string, reads: ReadonlyMap<string, readonly string[]>): Set<string> {
  const reached = new Set<string>();
  for (const stack = [file]; stack.length > 0;) {
    for (const read of reads.get(stack.pop() ?? '') ?? []) {
      if (reached.has(read)) continue;
      reached.add(read);
      stack.push(read);
    }
  }
  return reached;
}
