import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '../languages/detectLanguage.js';

// The source files of a workspace folder, for the features that look past the
// open documents (workspace symbols, the files that include a fragment).

/** Folders past this depth are not read: a workspace deeper than this is not one project. */
const MAX_DEPTH = 8;
/** Build output and packages; dot folders (.git, .vscode-test) are skipped as well. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist']);

/** Up to `limit` files under `folder` (absolute paths) that detectLanguage takes for source by their names. */
export function sourceFilesUnder(folder: string, limit: number): string[] {
  const found: string[] = [];
  const visit = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH || found.length >= limit) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      // Symbolic links are not followed, so a link cycle cannot hang the walk.
      if (entry.isDirectory()) visit(path, depth + 1);
      else if (entry.isFile() && found.length < limit && detectLanguage(path, new Uint8Array()).kind === 'source') found.push(resolve(path));
    }
  };
  visit(folder, 0);
  return found;
}
