import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../languages/detectLanguage.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);

export class UsageError extends Error {}

/**
 * Whether a file met while walking a folder is one of ours. Only the name
 * is consulted: reading every file of a large tree to sniff it would be slow,
 * and a file named on the command line is checked whatever its name.
 */
function isCandidate(path: string): boolean {
  return detectLanguage(path, new Uint8Array()).kind !== 'unknown';
}

function walk(folder: string, into: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symbolic links are not followed, so a link cycle cannot hang the walk.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(path, into);
    } else if (entry.isFile() && isCandidate(path)) {
      into.push(path);
    }
  }
}

/** Expands the command line's paths into the files to check, in a stable order. */
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
    walk(path, found);
    if (found.length === 0) throw new UsageError(`no VxD, ObjAsm or BBC BASIC sources found in ${path}`);
    files.push(...found);
  }
  return [...new Set(files)];
}
