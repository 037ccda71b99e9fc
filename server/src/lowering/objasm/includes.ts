import type { Node } from 'web-tree-sitter';
import { findIncludedFile, readFromDisk, type IncludedFile, type IncludeSearch, type ReadFile } from '../includeResolution.js';

/**
 * The files a source's GETs read, wherever they stand (inside IF and macros
 * too): what the lowering would read, without lowering.
 */
export function directGets(root: Node, from: string, search: IncludeSearch, read: ReadFile = readFromDisk): IncludedFile[] {
  return root.descendantsOfType('include').flatMap((node) => {
    const path = node?.childForFieldName('path')?.text;
    const found = path === undefined ? undefined : findIncludedFile('riscos-objasm', path, from, search, read);
    return found ? [found] : [];
  });
}
