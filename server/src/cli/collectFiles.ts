import { lstatSync, statSync, type Stats } from 'node:fs';
import { fileIdentity, sourceFilesIn } from '../source/folderWalk.js';

export class UsageError extends Error {}

/** A folder the walk cannot read ends the check: its files would go unchecked without a word. */
function unreadable(folder: string, error: NodeJS.ErrnoException): never {
  throw new UsageError(`cannot read folder ${folder}: ${error.code ?? String(error)}`);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Expands the command line's paths into the files to check, in a stable
 * order. A file named several ways (`a.asm ./a.asm`, a folder and a file in
 * it, a link and its target, two hard links) is checked once, under the first of its names.
 */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let kind: Stats;
    try {
      kind = statSync(path);
    } catch (error) {
      // A name that names nothing is a typo, which ends the run before a report that would not say what was meant.
      // A link to nothing, or a path the system will not look into, is a file that cannot be read, as a walk finds
      // it: reading it says why, and the others are checked.
      const { code } = error as NodeJS.ErrnoException;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && !isLink(path)) throw new UsageError(`no such file or folder: ${path}`);
      files.push(path);
      continue;
    }
    // A pipe or device would be read twice (for its includes, then to check it) or block forever.
    if (!kind.isDirectory() && !kind.isFile()) throw new UsageError(`${path} is not a file or folder (a pipe or device cannot be checked)`);
    if (kind.isFile()) {
      files.push(path);
      continue;
    }
    const found = sourceFilesIn(path, { unreadable, tokenisedBasic: true });
    if (found.length === 0) throw new UsageError(`no VxD, ObjAsm or BBC BASIC sources found in ${path}`);
    files.push(...found);
  }
  const seen = new Set<string>();
  return files.filter((file) => {
    const identity = fileIdentity(file);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}
