import type { SyntaxNode } from '../syntaxNode.js';
import type { LoweringNote } from '../riscos/types.js';
import { isSystemHeader } from './systemHeaders.js';

// Some notes of a lowering's first pass are final: those of GETs that every
// pass, in either address mode, reaches with nothing it did before able to
// stop it. A GET straight under the file or a routine runs in every pass
// that gets to its line, and finds what it finds whatever the pass read
// ahead and whatever the mode; a pass stops short of a line only at an END
// or MEXIT (of the file, or of a macro expansion, whose body is in the file
// or in a file a GET found). So up to the first END, MEXIT or GET inside a
// conditional, loop or macro definition, and the first GET that finds a
// file (whose text may hold any of these), every pass reads the same GETs.

const STRAIGHT = new Set(['source_file', 'routine']);
/** What may hold statements (an ERROR node may hold anything). */
const CONTAINERS = new Set([...STRAIGHT, 'conditional', 'else_clause', 'elif_clause', 'while_loop', 'macro_definition', 'ERROR']);

/** `notes` (a pass's, of `file` parsed as `root`) that every pass of the file makes, in either address mode. */
export function notesOfEveryPass(root: SyntaxNode, file: string, notes: readonly LoweringNote[]): LoweringNote[] {
  const own = notes.filter((n) => n.source.file === file);
  if (own.length === 0) return [];
  const noted = new Set(own.map((n) => n.source.range.start.line));
  const before = boundary(root, noted) ?? Infinity;
  return own.filter((n) => n.source.range.start.line < before);
}

/** The first row in `container` from which two passes may read different GETs. */
function boundary(container: SyntaxNode, noted: ReadonlySet<number>): number | undefined {
  const straight = STRAIGHT.has(container.type);
  for (const node of container.children) {
    const { type } = node;
    if (type === 'end' || type === 'mexit') return node.startPosition.row;
    if (type === 'include') {
      const row = node.startPosition.row;
      if (!straight || (!noted.has(row) && !isSystemHeader(node.childForFieldName('path')?.text ?? ''))) return row;
    } else if (CONTAINERS.has(type)) {
      const inner = boundary(node, noted);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
