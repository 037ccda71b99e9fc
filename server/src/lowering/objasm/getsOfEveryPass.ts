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

const NONE: readonly SyntaxNode[] = [];

const pathOf = (include: SyntaxNode): string => child(include, 'path')?.text ?? '';

/**
 * Finds the notes every pass of a document's lowering makes on GETs that
 * find no file, reading each container's statements once: a container the
 * kept syntax trees hand over again is the same node with the same
 * statements, whose ENDs, MEXITs, containers and GETs (but those of system
 * headers straight under it, which every pass skips) are kept with it, so
 * an edit reads only the statements of the containers that hold it.
 */
export class GetsOfEveryPass {
  private readonly kept = new WeakMap<SyntaxNode, readonly SyntaxNode[]>();
  /** The statements the last search read. */
  statementsRead = 0;

  /** The notes every pass of `file` (parsed as `root`) makes on GETs that find no file, each looked for with `find`. */
  notes(root: SyntaxNode, file: string, find: (path: string) => IncludedFile | undefined): LoweringNote[] {
    const notes: LoweringNote[] = [];
    this.statementsRead = 0;
    this.collect(root, file, find, notes);
    return notes;
  }

  /** Adds the notes of `container`'s GETs to `notes`; false where a pass may read other GETs from on. */
  private collect(container: SyntaxNode, file: string, find: (path: string) => IncludedFile | undefined, notes: LoweringNote[]): boolean {
    const straight = STRAIGHT.has(container.type);
    for (const node of this.statementsOf(container)) {
      const { type } = node;
      if (type === 'end' || type === 'mexit') return false;
      if (type === 'include') {
        if (!straight) return false;
        const path = pathOf(node);
        if (find(path)) return false;
        notes.push(missingGet(path, span(file, rangeOf(node))));
      } else if (!this.collect(node, file, find, notes)) return false;
    }
    return true;
  }

  /** The statements of `container` a search looks at: its ENDs, MEXITs, containers and GETs (straight under the file or a routine, those of files other than system headers). */
  private statementsOf(container: SyntaxNode): readonly SyntaxNode[] {
    let statements = this.kept.get(container);
    if (!statements) {
      const { children } = container;
      this.statementsRead += children.length;
      const straight = STRAIGHT.has(container.type);
      statements = children.filter((node) => {
        const { type } = node;
        return type === 'include' ? !straight || !isSystemHeader(pathOf(node)) : type === 'end' || type === 'mexit' || CONTAINERS.has(type);
      });
      if (statements.length === 0) statements = NONE;
      this.kept.set(container, statements);
    }
    return statements;
  }
}
