import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Node } from 'web-tree-sitter';
import { child } from './syntax.js';
import { isKnownInclude } from './vmmDefinitions.js';

// Where an `include` finds its file: next to the including file, then on the
// include paths, in the case written and in both DOS cases.

export function readFromDisk(path: string): string | undefined {
  try {
    return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'latin1') : undefined;
  } catch {
    return undefined;
  }
}

/** The file `include <written>` in `from` reads, or undefined for a DDK include the lowering knows natively or a missing file. */
export function findInclude(
  written: string, from: string, includePaths: readonly string[], read: (path: string) => string | undefined,
): { readonly path: string; readonly text: string } | undefined {
  if (isKnownInclude(written)) return undefined;
  const relative = written.replace(/\\/g, '/');
  const dirs = [dirname(from), ...includePaths];
  const base = relative.split('/').pop() ?? relative;
  const dir = relative.slice(0, relative.length - base.length);
  // DOS names come in any case; the disk may be case-sensitive.
  const spellings = [...new Set([relative, dir + base.toLowerCase(), dir + base.toUpperCase()])];
  for (const d of dirs) {
    for (const s of spellings) {
      const path = relative.startsWith('/') ? s : join(d, s);
      const text = read(path);
      if (text !== undefined) return { path, text };
    }
  }
  return undefined;
}

/** The path as an `include` directive writes it (`<vmm.inc>` and `vmm.inc` alike). */
export const includeTarget = (pathText: string): string => pathText.replace(/^<|>$/g, '').trim();

/**
 * The files a source's include directives read, wherever they stand (inside
 * conditionals and macros too): what the lowering would read, without lowering.
 */
export function directIncludes(
  root: Node, from: string, includePaths: readonly string[], read: (path: string) => string | undefined = readFromDisk,
): { readonly path: string; readonly text: string }[] {
  return root.descendantsOfType('include_directive').flatMap((node) => {
    const pathNode = node ? child(node, 'path') : undefined;
    const found = pathNode && findInclude(includeTarget(pathNode.text), from, includePaths, read);
    return found ? [found] : [];
  });
}
