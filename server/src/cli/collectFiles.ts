import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '../languages/detectLanguage.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);

export class UsageError extends Error {}

/**
 * The build's and the reader's files, which sit beside sources in `s/` or
 * carry the Text filetype (`ReadMe,fff`) and would be taken for ObjAsm.
 */
const NOT_SOURCES = new Set(['makefile', 'gnumakefile', 'readme', 'licence', 'license', 'copying']);

/**
 * Whether a file met while walking a folder is one of ours. Only the name
 * is consulted: reading every file of a large tree to sniff it would be slow,
 * and a file named on the command line is checked whatever its name. A
 * dotfile (`.gitignore`) is skipped as a dot folder is.
 */
function isCandidate(path: string, name: string): boolean {
  if (name.startsWith('.') || NOT_SOURCES.has(name.toLowerCase().replace(/,[0-9a-f]{3}$/, ''))) return false;
  return detectLanguage(path, new Uint8Array()).kind !== 'unknown';
}

/** What a walk meets at `path`: a link counts as what it names; a link to nothing as a file, which reading will report. */
function kindOf(entry: Dirent, path: string): 'folder' | 'file' | 'other' {
  if (entry.isSymbolicLink()) {
    let target: Stats;
    try {
      target = statSync(path);
    } catch {
      return 'file';
    }
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
  }
  return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
}

/** Adds the candidate files under `folder` to `into`; `walked` holds the real paths of the folders walked, so a link cycle ends. */
function walk(folder: string, into: string[], walked: Set<string>): void {
  let entries: Dirent[];
  try {
    const real = realpathSync(folder);
    if (walked.has(real)) return;
    walked.add(real);
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const kind = kindOf(entry, path);
    if (kind === 'folder') {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(path, into, walked);
    } else if (kind === 'file' && isCandidate(path, entry.name)) {
      into.push(path);
    }
  }
}

/** The file's path with every link resolved, or its absolute path when it names nothing. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/**
 * Expands the command line's paths into the files to check, in a stable
 * order. A file named several ways (`a.asm ./a.asm`, a folder and a file in
 * it, a link and its target) is checked once, under the first of its names.
 */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let kind: Stats;
    try {
      kind = statSync(path);
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    // A pipe or device would be read twice (for its includes, then to check it) or block forever.
    if (!kind.isDirectory() && !kind.isFile()) throw new UsageError(`${path} is not a file or folder (a pipe or device cannot be checked)`);
    if (kind.isFile()) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found, new Set());
    if (found.length === 0) throw new UsageError(`no VxD, ObjAsm or BBC BASIC sources found in ${path}`);
    files.push(...found);
  }
  const seen = new Set<string>();
  return files.filter((file) => {
    const real = realPath(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
