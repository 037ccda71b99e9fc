import type { IncludedFile } from '../includeResolution.js';
import { child, rangeOf, span } from '../riscos/syntax.js';
import type { LoweringNote } from '../riscos/types.js';
import type { SyntaxNode } from '../syntaxNode.js';
import { missingGet } from './includes.js';
import { isSystemHeader } from './systemHeaders.js';

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

const STRAIGHT = new Set(['source_file', 'routine']);
/** What may hold statements (an ERROR node may hold anything). */
const CONTAINERS = new Set([...STRAIGHT, 'conditional', 'else_clause', 'elif_clause', 'while_loop', 'macro_definition', 'ERROR']);

/** The notes every pass of `file` (parsed as `root`) makes on GETs that find no file, each looked for with `find`. */
export function missingGetsOfEveryPass(root: SyntaxNode, file: string, find: (path: string) => IncludedFile | undefined): LoweringNote[] {
  const notes: LoweringNote[] = [];
  collect(root, file, find, notes);
  return notes;
}

/** Adds the notes of `container`'s GETs to `notes`; false where a pass may read other GETs from on. */
function collect(container: SyntaxNode, file: string, find: (path: string) => IncludedFile | undefined, notes: LoweringNote[]): boolean {
  const straight = STRAIGHT.has(container.type);
  for (const node of container.children) {
    const { type } = node;
    if (type === 'end' || type === 'mexit') return false;
    if (type === 'include') {
      if (!straight) return false;
      const path = child(node, 'path')?.text ?? '';
      if (isSystemHeader(path)) continue;
      if (find(path)) return false;
      notes.push(missingGet(path, span(file, rangeOf(node))));
    } else if (CONTAINERS.has(type) && !collect(node, file, find, notes)) return false;
  }
  return true;
}
