// The shape of the syntax nodes the lowerings read: the part of
// web-tree-sitter's Node they use, held in plain JavaScript objects
// (`syntaxTrees.ts` makes them). Each read of a web-tree-sitter Node crosses
// into wasm, and a lowering reads every node of a document several times per
// edit; a plain node is read at the cost of a property.

/** A 0-based row and UTF-16 column, as web-tree-sitter counts them. */
export interface Point {
  readonly row: number;
  readonly column: number;
}

export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  /** UTF-16 offsets into the text the tree was parsed from. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  /** The node is, holds or is made of an ERROR or MISSING node. */
  readonly hasError: boolean;
  readonly isNamed: boolean;
  /** Every child, anonymous tokens and comments included. */
  readonly children: readonly SyntaxNode[];
  readonly namedChildren: readonly SyntaxNode[];
  readonly childCount: number;
  readonly firstChild: SyntaxNode | null;
  readonly lastChild: SyntaxNode | null;
  child(index: number): SyntaxNode | null;
  fieldNameForChild(index: number): string | null;
  childForFieldName(field: string): SyntaxNode | null;
  childrenForFieldName(field: string): SyntaxNode[];
}
