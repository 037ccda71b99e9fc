import { resolve } from 'node:path';
import { sourceFilesIn } from './folderWalk.js';

// The source files of a workspace folder, for the features that look past the
// open documents (workspace symbols, the files that include a fragment).

/** Folders past this depth are not read: a workspace deeper than this is not one project. */
const MAX_DEPTH = 8;

/**
 * Up to `limit` files under `folder` (absolute paths), walked as
 * `pagewarden check` walks it, but for tokenised BASIC: the features read
 * text only (a tokenised document is not analysed in the editor), so it
 * is not among the files nor counted towards the limit. A folder that
 * cannot be read is passed over: the features answer from the files they
 * can read.
 */
export function sourceFilesUnder(folder: string, limit: number): string[] {
  return sourceFilesIn(resolve(folder), { maxDepth: MAX_DEPTH, maxFiles: limit, tokenisedBasic: false, unreadable: () => undefined });
}
