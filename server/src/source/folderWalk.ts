import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage, looksTokenisedBasic } from '../languages/detectLanguage.js';

// The one walk of a folder for our source files: `pagewarden check FOLDER`
// and the language server (workspace symbols, the files that include a
// fragment) take the same files, so a file the CLI checks is one the editor
// can find, and the reverse.

/** Build output and packages; dot folders (.git, .svn, .vscode-test) are skipped as well. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist']);

/** What the caller of a walk decides. */
export interface FolderWalk {
  /** Told of a folder that cannot be read; the walk goes on past it unless this throws. */
  readonly unreadable: (folder: string, error: NodeJS.ErrnoException) => void;
  /** Folders more than this many levels below the start are not read. */
  readonly maxDepth?: number;
  /** The walk ends once it has found this many files. */
  readonly maxFiles?: number;
  /**
   * Whether tokenised BBC BASIC is taken: `pagewarden check` analyses it
   * detokenised; the language server's features read text only, and to them
   * such a file would only use up `maxFiles`.
   */
  readonly tokenisedBasic: boolean;
}

/** The bytes `looksTokenisedBasic` reads. */
const TOKENISED_SAMPLE = 512;

/** Whether the file starts as tokenised BASIC does; a file that cannot be read is left for reading it to report. */
function startsTokenised(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const start = new Uint8Array(TOKENISED_SAMPLE);
    return looksTokenisedBasic(start.subarray(0, readSync(fd, start, 0, TOKENISED_SAMPLE, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether a file met while walking a folder is one of ours. The name is
 * consulted, not the text: reading every file of a large tree to sniff it
 * would be slow. A dotfile (`.gitignore`) is skipped as a dot folder is.
 * Only a walk that leaves tokenised BASIC out reads the first bytes of a
 * file that is not named as PC assembler, since RISC OS loses the filetype
 * that would name it (`bas/MakeDA`).
 */
function isCandidate(path: string, name: string, tokenisedBasic: boolean): boolean {
  if (name.startsWith('.')) return false;
  const detection = detectLanguage(path, new Uint8Array());
  if (detection.kind === 'unknown') return false;
  if (tokenisedBasic) return true;
  return detection.kind === 'source' && (detection.languageId === 'vxd-masm' || !startsTokenised(path));
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

/**
 * What tells one file from another: its device and inode, so that two hard
 * links to a file are one file, as two symbolic links are; a file system
 * without inode numbers (0) gives the path with every link resolved; a link
 * to nothing, its absolute path.
 */
export function fileIdentity(file: string): string {
  try {
    const { dev, ino } = statSync(file, { bigint: true });
    return ino === 0n ? realpathSync(file) : `${dev}:${ino}`;
  } catch {
    return resolve(file);
  }
}

/**
 * Our files under `folder`, in a stable order, each under `folder` joined
 * with the names that reach it. Symbolic links to files and folders are
 * followed; each folder is walked once, by real path (a link cycle ends),
 * and each file taken once (`fileIdentity`: a file reached through a link,
 * or a hard link, and directly is found under the first of its names).
 */
export function sourceFilesIn(folder: string, walk: FolderWalk): string[] {
  const found: string[] = [];
  const walked = new Set<string>();
  const taken = new Set<string>();
  const maxFiles = walk.maxFiles ?? Infinity;
  const visit = (dir: string, depth: number): void => {
    if (depth > (walk.maxDepth ?? Infinity) || found.length >= maxFiles) return;
    let entries: Dirent[];
    try {
      const real = realpathSync(dir);
      if (walked.has(real)) return;
      walked.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      walk.unreadable(dir, error as NodeJS.ErrnoException);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (found.length >= maxFiles) return;
      const path = join(dir, entry.name);
      const kind = kindOf(entry, path);
      if (kind === 'folder') {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) visit(path, depth + 1);
      } else if (kind === 'file' && isCandidate(path, entry.name, walk.tokenisedBasic)) {
        const identity = fileIdentity(path);
        if (taken.has(identity)) continue;
        taken.add(identity);
        found.push(path);
      }
    }
  };
  visit(folder, 0);
  return found;
}
