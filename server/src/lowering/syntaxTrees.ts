import type { Language, Parser, Tree, TreeCursor } from 'web-tree-sitter';
import type { Point, SyntaxNode } from './syntaxNode.js';

// web-tree-sitter trees copied into plain nodes (`syntaxNode.ts`) with one
// cursor walk, and kept between edits of a document: a statement whose text
// is unchanged is taken from the previous copy and moved to where it now
// stands, so an edit copies only the statements it touched.
//
// A "statement" here is any node with children whose parent spans several
// rows: the lines of a file, of a procedure, of a macro or conditional body,
// in every dialect, without naming their node types.

class PlainNode implements SyntaxNode {
  private named: readonly PlainNode[] | undefined;
  /** The last conversion that placed this statement in its tree, itself or inside another statement. */
  placedBy = 0;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly text: string,
    public startIndex: number,
    public endIndex: number,
    public startPosition: Point,
    public endPosition: Point,
    readonly hasError: boolean,
    readonly children: readonly PlainNode[],
    private readonly fields: readonly (string | null)[] | undefined,
    /** A statement's parse state, which its reuse must match as well as its text; -1 for other nodes. */
    readonly state: number,
  ) {}

  get namedChildren(): readonly PlainNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }

  get childCount(): number {
    return this.children.length;
  }

  get firstChild(): PlainNode | null {
    return this.children[0] ?? null;
  }

  get lastChild(): PlainNode | null {
    return this.children[this.children.length - 1] ?? null;
  }

  child(index: number): PlainNode | null {
    return this.children[index] ?? null;
  }

  fieldNameForChild(index: number): string | null {
    return this.fields?.[index] ?? null;
  }

  childForFieldName(field: string): PlainNode | null {
    const index = this.fields ? this.fields.indexOf(field) : -1;
    return index < 0 ? null : this.children[index] ?? null;
  }

  childrenForFieldName(field: string): PlainNode[] {
    const { fields } = this;
    return fields ? this.children.filter((_c, i) => fields[i] === field) : [];
  }

  get isStatement(): boolean {
    return this.state >= 0;
  }

  get multiLine(): boolean {
    return this.endPosition.row > this.startPosition.row;
  }
}

/** Statements by text, several where a text repeats (`ret`). */
type Statements = Map<string, PlainNode[]>;

/**
 * A copy of `text` that does not keep the string it was sliced from alive:
 * a kept statement must not hold on to every version of the document.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

let conversions = 0;

/**
 * One cursor walk over a tree; with `previous`, statements are taken from it
 * where their text and parse state match. A statement taken whole brings the
 * statements inside it, so none of those may be taken again elsewhere, and a
 * statement one of whose insiders went elsewhere cannot be taken whole.
 */
class Conversion {
  readonly kept: Statements = new Map();
  private readonly id = ++conversions;

  constructor(
    private readonly cursor: TreeCursor,
    private readonly text: string,
    private readonly previous: Statements | undefined,
  ) {}

  /** The node at the cursor; `owner` is the text of the nearest enclosing statement and where it starts. */
  node(statement: boolean, owner: { readonly text: string; readonly start: number }): PlainNode {
    const c = this.cursor;
    const startIndex = c.startIndex;
    const endIndex = c.endIndex;
    const type = c.nodeType;
    let state = -1;
    if (statement) {
      state = c.nodeStateId;
      const found = this.take(this.text.slice(startIndex, endIndex), type, state);
      if (found) {
        this.adopt(found, startIndex - found.startIndex, c.startPosition, found.startPosition);
        return found;
      }
    }
    const startPosition = c.startPosition;
    const endPosition = c.endPosition;
    const isNamed = c.nodeIsNamed;
    if (!c.gotoFirstChild()) {
      const own = owner.text.slice(startIndex - owner.start, endIndex - owner.start);
      const error = type === 'ERROR' || (startIndex === endIndex && c.nodeIsMissing);
      return new PlainNode(type, isNamed, own, startIndex, endIndex, startPosition, endPosition, error, [], undefined, -1);
    }
    const text = statement ? detached(this.text.slice(startIndex, endIndex)) : owner.text.slice(startIndex - owner.start, endIndex - owner.start);
    const inner = statement ? { text, start: startIndex } : owner;
    const rows = endPosition.row > startPosition.row;
    const children: PlainNode[] = [];
    const fields: (string | null)[] = [];
    let named = false;
    do {
      const field = c.currentFieldName;
      named ||= field !== null;
      fields.push(field);
      children.push(this.node(rows && this.previous !== undefined, inner));
    } while (c.gotoNextSibling());
    c.gotoParent();
    const error = type === 'ERROR' || children.some((n) => n.hasError);
    const node = new PlainNode(type, isNamed, text, startIndex, endIndex, startPosition, endPosition, error, children, named ? fields : undefined, statement ? state : -1);
    if (statement) this.keep(node);
    return node;
  }

  private take(text: string, type: string, state: number): PlainNode | undefined {
    const same = this.previous?.get(text);
    const index = same ? same.findIndex((n) => n.type === type && n.state === state && this.free(n)) : -1;
    return index < 0 ? undefined : same?.splice(index, 1)[0];
  }

  /** Neither the node nor a statement inside it is in this conversion's tree yet. */
  private free(node: PlainNode): boolean {
    if (node.placedBy === this.id) return false;
    return !node.multiLine || node.children.every((c) => this.free(c));
  }

  private keep(node: PlainNode): void {
    const same = this.kept.get(node.text);
    if (same) same.push(node);
    else this.kept.set(node.text, [node]);
  }

  /** Moves a statement taken from the previous tree to `start` and keeps it and the statements inside it. */
  private adopt(node: PlainNode, delta: number, start: Point, was: Point): void {
    const rows = start.row - was.row;
    const columns = start.column - was.column;
    const move = (p: Point): Point => ({ row: p.row + rows, column: p.row === was.row ? p.column + columns : p.column });
    const moved = delta !== 0 || rows !== 0 || columns !== 0;
    const visit = (n: PlainNode): void => {
      if (moved) {
        n.startIndex += delta;
        n.endIndex += delta;
        if (rows !== 0 || columns !== 0) {
          n.startPosition = move(n.startPosition);
          n.endPosition = move(n.endPosition);
        }
      }
      n.placedBy = this.id;
      if (n.isStatement) this.keep(n);
      // Only the children of a node of several rows can be statements.
      if (moved || n.multiLine) for (const child of n.children) visit(child);
    };
    visit(node);
  }
}

/**
 * The plain syntax trees of one document and of the texts its lowering
 * parses (macro expansions, included files). Kept between the document's
 * analyses (the language server's worker keeps one per document); the
 * statements and texts a conversion does not meet are forgotten.
 */
export class SyntaxTrees {
  private statements: Statements = new Map();
  private language: Language | undefined;
  private texts = new Map<string, SyntaxNode>();
  private previousTexts = new Map<string, SyntaxNode>();
  private last: { readonly tree: Tree; readonly text: string; readonly root: SyntaxNode } | undefined;

  /**
   * The document's tree as plain nodes. The nodes of earlier calls' trees may
   * be moved to build this one: a tree is read until the next call with
   * another tree only (the same tree and text give the same nodes again).
   */
  document(tree: Tree, text: string): SyntaxNode {
    if (this.last?.tree === tree && this.last.text === text) return this.last.root;
    // Another grammar's nodes may share a statement's type, state and text.
    if (tree.language !== this.language) this.statements = new Map();
    this.language = tree.language;
    const cursor = tree.walk();
    try {
      const conversion = new Conversion(cursor, text, this.statements);
      const root = conversion.node(true, { text, start: 0 });
      this.statements = conversion.kept;
      this.previousTexts = this.texts;
      this.texts = new Map();
      this.last = { tree, text, root };
      return root;
    } finally {
      cursor.delete();
    }
  }

  /** `text` parsed with `parser` as plain nodes, parsed again only if the previous or this analysis did not. */
  parsed(parser: Parser, text: string): SyntaxNode {
    const key = `${parser.language?.name ?? ''}\n${text}`;
    let root = this.texts.get(key) ?? this.previousTexts.get(key);
    if (!root) {
      const tree = parser.parse(text);
      if (!tree) throw new Error(`the ${parser.language?.name ?? ''} parser returned no tree`);
      const cursor = tree.walk();
      try {
        root = new Conversion(cursor, text, undefined).node(false, { text, start: 0 });
      } finally {
        cursor.delete();
        tree.delete();
      }
    }
    this.texts.set(key, root);
    return root;
  }
}
