import type { Node } from 'web-tree-sitter';
import type { SourceSpan } from '../../../../emulator/src/index.js';
import { findIncludedFile, notSourceMessage, readFromDisk, type IncludedFile, type IncludeSearch, type ReadFile } from '../includeResolution.js';
import type { LoweringNote } from '../riscos/types.js';
import type { ObjAsmLoweringOptions } from './types.js';

/** The file `GET path` in `from` reads, looked for once per lowering: `gets` keeps what each GET found, by the including file and the path written. */
export function findGet(
  gets: Map<string, IncludedFile | undefined>, options: Pick<ObjAsmLoweringOptions, 'pathVariables' | 'includePaths'> & { readonly readFile: ReadFile },
  from: string, path: string,
): IncludedFile | undefined {
  const key = `${from}\n${path}`;
  if (gets.has(key)) return gets.get(key);
  const search = { pathVariables: options.pathVariables ?? {}, includePaths: options.includePaths ?? [] };
  const found = findIncludedFile('riscos-objasm', path, from, search, options.readFile);
  gets.set(key, found);
  return found;
}

/** The note on a GET that finds no file, or one that is not source text. */
export function missingGet(path: string, source: SourceSpan, notSource?: string): LoweringNote {
  if (notSource !== undefined) return { code: 'PW103', message: notSourceMessage(`GET ${path}`, notSource), source };
  return { code: 'PW103', message: `GET ${path}: file not found; its symbols are unknown`, source };
}

/**
 * The files a source's GETs read, wherever they stand (inside IF and macros
 * too): what the lowering would read, without lowering.
 */
export function directGets(root: Node, from: string, search: IncludeSearch, read: ReadFile = readFromDisk): IncludedFile[] {
  return root.descendantsOfType('include').flatMap((node) => {
    const path = node?.childForFieldName('path')?.text;
    const found = path === undefined ? undefined : findIncludedFile('riscos-objasm', path, from, search, read);
    return found && found.notSource === undefined ? [found] : [];
  });
}
