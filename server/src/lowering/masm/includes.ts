import type { Node } from 'web-tree-sitter';
import { findIncludedFile, readFromDisk, type IncludedFile, type IncludeSearch, type ReadFile } from '../includeResolution.js';

/** The path as an `include` directive writes it (`<vmm.inc>` and `vmm.inc` alike). */
export const includeTarget = (pathText: string): string => pathText.replace(/^<|>$/g, '').trim();

/**
 * The files a source's include directives read, wherever they stand (inside
 * conditionals and macros too): what the lowering would read, without lowering.
 */
export function directIncludes(root: Node, from: string, search: IncludeSearch, read: ReadFile = readFromDisk): IncludedFile[] {
  return root.descendantsOfType('include_directive').flatMap((node) => {
    const pathNode = node?.childForFieldName('path');
    const found = pathNode && findIncludedFile('vxd-masm', includeTarget(pathNode.text), from, search, read);
    return found && found.notSource === undefined ? [found] : [];
  });
}
