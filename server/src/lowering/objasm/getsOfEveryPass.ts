import type { Tree } from 'web-tree-sitter';
import { readFromDisk, type IncludedFile } from '../includeResolution.js';
import { rangeOf, span } from '../riscos/syntax.js';
import type { LoweringNote } from '../riscos/types.js';
import type { Point } from '../syntaxNode.js';
import { findGet, missingGet } from './includes.js';
import { isSystemHeader } from './systemHeaders.js';
import type { ObjAsmLoweringOptions } from './types.js';

// Some GETs every pass of a lowering reads, in either address mode: a GET
// straight under the file or a routine runs in every pass that gets to its
// line, and finds what it finds whatever the pass read ahead and whatever
// the mode; a pass stops short of a line only at an END or MEXIT (of the
// file, or of a macro expansion, whose body is in the file or in a file a
// GET found). So up to the first END, MEXIT or GET inside a conditional,
// loop or macro definition, and the first GET that finds a file (whose text
// may hold any of these), every pass reads the same GETs, and the notes on
// those that find nothing are known before the first pass. An END that a
// macro spells out of its arguments (`$op` called with END) is not seen
// here: such a file's early notes may name GETs the passes never reach,
// until the complete batch replaces them.
//
// They are read from web-tree-sitter's tree, not the lowerings' plain copy
// of it: a document's first analysis sends them before it makes the copy,
// which takes about as long as the parse. The search reads the statements
// of the containers it goes through, not what they are made of.

const STRAIGHT = new Set(['source_file', 'routine']);
/** What may hold statements (an ERROR node may hold anything). */
const CONTAINERS = new Set([...STRAIGHT, 'conditional', 'else_clause', 'elif_clause', 'while_loop', 'macro_definition', 'ERROR']);

/** What the search reads of a web-tree-sitter node. */
interface StatementNode {
  readonly type: string;
  readonly children: readonly (StatementNode | null)[];
  readonly startPosition: Point;
  readonly endPosition: Point;
  childForFieldName(field: string): { readonly text: string } | null;
}

const pathOf = (include: StatementNode): string => include.childForFieldName('path')?.text ?? '';

/** Adds the notes of `container`'s GETs to `notes`; false where a pass may read other GETs from on. */
function collect(container: StatementNode, file: string, find: (path: string) => IncludedFile | undefined, notes: LoweringNote[]): boolean {
  const straight = STRAIGHT.has(container.type);
  for (const node of container.children) {
    if (node === null) continue;
    const { type } = node;
    if (type === 'end' || type === 'mexit') return false;
    if (type === 'include') {
      if (!straight) return false;
      const path = pathOf(node);
      // Every pass skips a system header straight under the file or a routine (the RISC OS model defines its names).
      if (isSystemHeader(path)) continue;
      const found = find(path);
      if (found && found.notSource === undefined) return false;
      notes.push(missingGet(path, span(file, rangeOf(node)), found?.notSource));
    } else if (CONTAINERS.has(type) && !collect(node, file, find, notes)) return false;
  }
  return true;
}

/**
 * The notes every pass of the lowering of `tree` (`lowerObjAsm` with
 * `options`) makes on GETs that find no file, before any pass is run.
 */
export function notesOfEveryPass(tree: Tree, options: Pick<ObjAsmLoweringOptions, 'file' | 'includePaths' | 'pathVariables' | 'readFile'>): LoweringNote[] {
  const opts = { ...options, readFile: options.readFile ?? readFromDisk };
  const gets = new Map();
  const notes: LoweringNote[] = [];
  collect(tree.rootNode, opts.file, (path) => findGet(gets, opts, opts.file, path), notes);
  return notes;
}
