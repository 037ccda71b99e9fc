import type { Language, Parser, Tree } from 'web-tree-sitter';
import type { TreeChanges } from '../parsing/documentTrees.js';
import { WasmCursor } from '../parsing/wasmCursor.js';
import type { Point, SyntaxNode } from './syntaxNode.js';

// web-tree-sitter trees copied into plain nodes (`syntaxNode.ts`) with one
// cursor walk, and kept between edits of a document: a statement outside
// the text an edit changed is taken from the previous copy and moved to
// where it now stands, so an edit copies only the statements it touched.
//
// A "statement" here is any node with children whose parent spans several
// rows: the lines of a file, of a procedure, of a macro or conditional body,
// in every dialect, without naming their node types.
//
// A node keeps its place relative to its anchor, the nearest statement
// around it (or the root): moving a statement is a change to the statement
// alone, whatever it holds. Only the columns on a statement's first row move
// with it; its later rows start after a line break inside it.

/**
 * How deep a copy nests at most. Every walk over the copies recurses once a
 * level, so a text nesting deeper (an expression of thousands of terms, which
 * the grammars' binary operators nest one a term) would run them out of stack.
 */
export const MAX_NESTING = 500;

/** A text nesting deeper than MAX_NESTING, at the row and column of the node that does. */
export class NestingTooDeep extends Error {
  constructor(readonly row: number, readonly column: number) {
    super(`nests more than ${MAX_NESTING} levels deep (an expression of very many terms?), deeper than PageWarden follows`);
  }
}

/** Bumped by each conversion of a document: the places worked out before it may be out of date. */
let epoch = 0;

/** Where a node stands until it is placed: one object for all, as most nodes are never asked. */
const UNPLACED: Point = { row: 0, column: 0 };

/** A token's children: one array for all tokens, never added to. */
const NO_CHILDREN: PlainNode[] = [];

class PlainNode implements SyntaxNode {
  private named: readonly PlainNode[] | undefined;
  private placed = -1;
  private start = UNPLACED;
  private end = UNPLACED;
  /** Empty and shared (`NO_CHILDREN`) for a token; set once a walk has met all of a container's. */
  children: readonly PlainNode[] = NO_CHILDREN;
  hasError: boolean;
  fields: readonly (string | null)[] | undefined;

  constructor(
    readonly type: string,
    /** The grammar's symbol: tells named nodes from tokens of the same spelling. */
    readonly typeId: number,
    readonly isNamed: boolean,
    readonly text: string,
    /** Undefined for a root, whose place is kept as it is. */
    public anchor: PlainNode | undefined,
    /** The start index less the anchor's. */
    public offset: number,
    readonly length: number,
    /** The start row less the anchor's. */
    public row: number,
    /** The start column, less the anchor's when on the anchor's first row. */
    public column: number,
    /** The end row less the start row. */
    readonly rows: number,
    /** The end column, less the anchor's when on the anchor's first row. */
    public endColumn: number,
    error: boolean,
    /** A statement's parse state, which its reuse must match as well as its text; -1 for other nodes. */
    readonly state: number,
  ) {
    this.hasError = error;
  }

  get startIndex(): number {
    return this.anchor ? this.anchor.startIndex + this.offset : this.offset;
  }

  get endIndex(): number {
    return this.startIndex + this.length;
  }

  get startPosition(): Point {
    if (this.placed !== epoch) this.place();
    return this.start;
  }

  get endPosition(): Point {
    if (this.placed !== epoch) this.place();
    return this.end;
  }

  private place(): void {
    const anchor = this.anchor?.startPosition ?? UNPLACED;
    const first = this.row === 0;
    this.start = { row: anchor.row + this.row, column: first ? anchor.column + this.column : this.column };
    this.end = { row: this.start.row + this.rows, column: first && this.rows === 0 ? anchor.column + this.endColumn : this.endColumn };
    this.placed = epoch;
  }

  /** Puts the node (with all it holds) at `at` under `anchor`, which stands at `from`. */
  moveTo(anchor: PlainNode, from: Place, at: Place): void {
    const width = this.endColumn - this.column;
    this.anchor = anchor;
    this.offset = at.index - from.index;
    this.row = at.row - from.row;
    this.column = this.row === 0 ? at.column - from.column : at.column;
    if (this.rows === 0) this.endColumn = this.column + width;
    this.placed = -1;
  }

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
}

/** Where a node starts, as the cursor gives it. */
interface Place {
  readonly index: number;
  readonly row: number;
  readonly column: number;
}

/** Where a root's children are placed from. */
const ROOT: Place = { index: 0, row: 0, column: 0 };

/**
 * What an edit left alike in the previous and the new text: a common start
 * and a common end, and how the common end moved.
 */
interface Unchanged {
  readonly prefix: number;
  /** Where the common end starts in the new text. */
  readonly suffix: number;
  /** How much longer the new text is. */
  readonly delta: number;
  /** How many rows more the new text has. */
  readonly rows: number;
  /** How far right the common end starts, for what stands on its first row. */
  readonly columns: number;
  /** Where that first row ends in the previous text (-1: at its end). */
  readonly rowEnd: number;
}

/**
 * Where an edit may have changed a container's children, in the new text:
 * from the first character whose text or structure changed to the last
 * (tree-sitter's changed ranges and the texts' common start and end). A
 * child before or after it is the previous copy's, unless the counts of
 * children say otherwise.
 */
interface Window {
  readonly start: number;
  readonly end: number;
}

function windowOf(alike: Unchanged, changes: TreeChanges): Window {
  let start = alike.prefix;
  let end = alike.suffix;
  for (const range of changes.ranges) {
    start = Math.min(start, range.startIndex);
    end = Math.max(end, range.endIndex);
  }
  return { start, end };
}

/** The first of `nodes` (in the order of the text) for which `past` holds, or their count. */
function firstPast(nodes: readonly PlainNode[], past: (node: PlainNode) => boolean): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (past(nodes[middle] as PlainNode)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Compares a block at a time: most of a document is alike. */
const BLOCK = 256;

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function unchanged(before: string, after: string): Unchanged {
  const most = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= most && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < most && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // From the start of its line: a deleted line ends as the next begins, and the common end should hold all of the next.
  prefix = before.lastIndexOf('\n', prefix - 1) + 1;
  let common = 0;
  const room = most - prefix;
  while (common + BLOCK <= room && before.slice(before.length - common - BLOCK, before.length - common) === after.slice(after.length - common - BLOCK, after.length - common)) {
    common += BLOCK;
  }
  while (common < room && before.charCodeAt(before.length - common - 1) === after.charCodeAt(after.length - common - 1)) common++;
  const suffix = after.length - common;
  const was = before.length - common;
  const column = (text: string, index: number): number => index - (text.lastIndexOf('\n', index - 1) + 1);
  return {
    prefix, suffix, delta: after.length - before.length,
    rows: newlines(after, prefix, suffix) - newlines(before, prefix, was),
    columns: column(after, suffix) - column(before, was),
    rowEnd: before.indexOf('\n', was),
  };
}

/**
 * A copy of `text` that does not keep the string it was sliced from alive:
 * a kept statement must not hold on to every version of the document.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * One cursor walk over a tree. With the previous copy, each container is
 * walked beside its counterpart there (the node of its type that started
 * where it starts), and a statement wholly inside the unchanged text whose
 * counterpart has its extent, type and parse state is taken from there
 * without walking it.
 */
class Conversion {
  private readonly types: readonly string[];
  private readonly fieldNames: readonly (string | null)[];
  /** The id of ERROR nodes: a token spelled ERROR (a BBC BASIC keyword) has a type id of its own. */
  private readonly errorId: number | null;
  /** Whether each type id is named, asked of the language once per type rather than of the cursor once per node. */
  private readonly named: (boolean | undefined)[] = [];
  /**
   * Where each of the text's rows starts (rows end at '\n', as tree-sitter's
   * do; columns are UTF-16 units, as indices are): a node's points follow
   * from its indices, which the cursor returns as numbers rather than as
   * objects read back out of wasm memory.
   */
  private readonly rowStarts: number[] = [0];
  /** The row of the last start looked up: a walk meets starts in the order of the text. */
  private lastRow = 0;
  /**
   * The children met so far of the containers being walked, and their
   * fields, each container's above its parent's: a container's are copied
   * out at its end into an array of their number.
   */
  private readonly met: PlainNode[] = [];
  private readonly metFields: (string | null)[] = [];
  /** How many containers the walk is inside. */
  private depth = 0;

  constructor(
    private readonly cursor: WasmCursor,
    private readonly text: string,
    private readonly language: Language,
    /** Whether statements are marked for reuse: in a document, not in the texts a lowering parses. */
    private readonly statements: boolean,
    private readonly alike: Unchanged | undefined,
    /** Where the structure changed, with `alike`: without it, every child of a container that holds a change is walked. */
    private readonly window: Window | undefined,
  ) {
    this.types = language.types;
    this.fieldNames = language.fields;
    this.errorId = language.idForNodeType('ERROR', true);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.rowStarts.push(i + 1);
  }

  /** The row a node starting at `index` starts on. */
  private startRow(index: number): number {
    const starts = this.rowStarts;
    let row = this.lastRow;
    if ((starts[row] as number) > index) row = this.rowFrom(0, index);
    else while (row + 1 < starts.length && (starts[row + 1] as number) <= index) row++;
    this.lastRow = row;
    return row;
  }

  /** The row of `index`, on `row` or after it. */
  private rowFrom(row: number, index: number): number {
    const starts = this.rowStarts;
    let high = starts.length - 1;
    // Most nodes end on the row they start on.
    if (row === high || (starts[row + 1] as number) > index) return row;
    while (row < high) {
      const middle = (row + high + 1) >>> 1;
      if ((starts[middle] as number) <= index) row = middle;
      else high = middle - 1;
    }
    return row;
  }

  /** The root at the cursor, walked beside `previous`. */
  root(previous: PlainNode | undefined): PlainNode {
    const c = this.cursor;
    const index = c.startIndex;
    const row = this.startRow(index);
    return this.fresh(c.nodeTypeId, undefined, ROOT, index, row, index - (this.rowStarts[row] as number), this.statements, { text: this.text, start: 0 }, previous);
  }

  /**
   * A node of type `typeId` made anew from the cursor, starting at `index`
   * (on `startRow` at `startColumn`), under `anchor` (at `from`); `owner`
   * is the text of the nearest enclosing statement and where it starts;
   * `counterpart` its node in the previous copy.
   */
  private fresh(
    typeId: number, anchor: PlainNode | undefined, from: Place, index: number, startRow: number, startColumn: number,
    statement: boolean, owner: { readonly text: string; readonly start: number }, counterpart: PlainNode | undefined,
  ): PlainNode {
    const c = this.cursor;
    const type = this.types[typeId] || 'ERROR';
    const isNamed = (this.named[typeId] ??= this.language.nodeTypeIsNamed(typeId));
    const endIndex = c.endIndex;
    const endRow = this.rowFrom(startRow, endIndex);
    const rows = endRow - startRow;
    const row = startRow - from.row;
    const first = row === 0 && anchor !== undefined;
    const column = first ? startColumn - from.column : startColumn;
    const endAt = endIndex - (this.rowStarts[endRow] as number);
    const endColumn = first && rows === 0 ? endAt - from.column : endAt;
    const offset = index - from.index;
    const length = endIndex - index;
    const state = statement ? c.nodeStateId : -1;
    if (!c.gotoFirstChild()) {
      const own = owner.text.slice(index - owner.start, endIndex - owner.start);
      const error = typeId === this.errorId || (length === 0 && c.nodeIsMissing);
      return new PlainNode(type, typeId, isNamed, own, anchor, offset, length, row, column, rows, endColumn, error, -1);
    }
    if (++this.depth > MAX_NESTING) throw new NestingTooDeep(startRow, startColumn);
    // The root's text is the document's, which its copy is kept with anyway: copying it would cost a whole text per edit.
    const text = statement && anchor ? detached(this.text.slice(index, endIndex)) : owner.text.slice(index - owner.start, endIndex - owner.start);
    const node = new PlainNode(type, typeId, isNamed, text, anchor, offset, length, row, column, rows, endColumn, typeId === this.errorId, state);
    const marks = this.statements && rows > 0;
    const previous = marks ? counterpart?.children : undefined;
    const base = this.met.length;
    // The children's anchor: this node if it is a statement (or the root), else this node's.
    const walk: ChildWalk = statement || !anchor
      ? { node, base, inner: node, innerFrom: { index, row: startRow, column: startColumn }, innerOwner: { text, start: index }, marks, previous, named: false }
      : { node, base, inner: anchor, innerFrom: from, innerOwner: owner, marks, previous, named: false };
    // A container's children outside the window are its previous copy's, unless they have fields to check.
    const runs = walk.previous && counterpart?.fields === undefined ? this.unchangedRuns(walk.previous) : undefined;
    if (runs && walk.previous) {
      c.gotoParent();
      if (!this.walkAround(walk, walk.previous, runs)) {
        this.restart(walk);
        c.gotoFirstChild();
        this.walk(walk, 0, undefined);
        c.gotoParent();
      }
    } else {
      this.walk(walk, 0, undefined);
      c.gotoParent();
    }
    node.children = this.met.slice(base);
    this.met.length = base;
    if (walk.named) node.fields = this.metFields.slice(base);
    this.metFields.length = base;
    this.depth--;
    return node;
  }

  /**
   * Walks the children from the cursor's on (the first child of `walk.node`
   * or one after those taken from the previous copy), beside the previous
   * copy's from `next` on; with `until`, stops at the child that stands
   * for it, which it reports it met (the cursor is then on it).
   */
  private walk(walk: ChildWalk, next: number, until: PlainNode | undefined): boolean {
    const c = this.cursor;
    const { node, inner, innerFrom, innerOwner, marks, previous } = walk;
    const { met, metFields } = this;
    do {
      const index = c.startIndex;
      const typeId = c.nodeTypeId;
      if (until && index >= until.startIndex + (this.alike?.delta ?? 0)) {
        return typeId === until.typeId && this.reusable(until, index, c.endIndex) !== undefined;
      }
      const field = this.fieldNames[c.currentFieldId] ?? null;
      walk.named ||= field !== null;
      let child: PlainNode | undefined;
      let match: PlainNode | undefined;
      if (previous) {
        const found = this.counterpart(previous, next, index, typeId);
        next = found.next;
        match = found.node;
        const moved = match && this.reusable(match, index, c.endIndex);
        if (moved) {
          child = match;
          child?.moveTo(inner, innerFrom, moved);
        }
      }
      if (!child) {
        const row = this.startRow(index);
        child = this.fresh(typeId, inner, innerFrom, index, row, index - (this.rowStarts[row] as number), marks, innerOwner, match);
      }
      met.push(child);
      metFields.push(field);
      node.hasError ||= child.hasError;
    } while (c.gotoNextSibling());
    return until === undefined;
  }

  /**
   * The children of a container the window lies in, walking only those in
   * the window: the previous copy's children before it (`head`) and after
   * it (`tail`) are taken as they are, moved by the edit when after it.
   * False, with the cursor back on the container, when the children walked
   * do not join up with them (the container is then walked whole).
   */
  /** How many of `previous` lie before the window (`head`), and the first after it (`tail`); undefined when none does. */
  private unchangedRuns(previous: readonly PlainNode[]): { head: number; tail: number } | undefined {
    const { window, alike } = this;
    if (!window || !alike) return undefined;
    const head = firstPast(previous, (n) => n.endIndex >= window.start);
    const tail = firstPast(previous, (n) => n.startIndex + alike.delta > window.end);
    return head === 0 && tail === previous.length ? undefined : { head, tail };
  }

  /**
   * The children of the container at the cursor, walking only those in the
   * window: the previous copy's children before it (`head`) and from `tail`
   * on are taken as they are, moved by the edit when after it. False when
   * the children walked do not join up with them. The cursor ends on the
   * container.
   */
  private walkAround(walk: ChildWalk, previous: readonly PlainNode[], { head, tail }: { head: number; tail: number }): boolean {
    const c = this.cursor;
    const delta = this.alike?.delta ?? 0;
    const count = c.childCount;
    if (!c.gotoFirstChild()) return false;
    const last = previous[head - 1];
    // Past the head without reading it (web-tree-sitter 0.25's gotoFirstChildForIndex does not move there): its last child must be where it was, the next after it.
    if (last) {
      let moved = true;
      for (let i = 1; i < head && moved; i++) moved = c.gotoNextSibling();
      if (!moved || c.endIndex !== last.endIndex || c.nodeTypeId !== last.typeId || !c.gotoNextSibling() || c.startIndex < last.endIndex) {
        c.gotoParent();
        return false;
      }
    }
    for (const child of previous.slice(0, head)) this.take(walk, child, child.startIndex, false);
    const met = this.walk(walk, head, previous[tail]);
    const taken = this.met.length - walk.base + previous.length - tail;
    c.gotoParent();
    if (!met || taken !== count) return false;
    for (const child of previous.slice(tail)) this.take(walk, child, child.startIndex + delta, true);
    return true;
  }

  /** Takes `child` of the previous copy as a child of `walk.node`, at `index` (after the edit or before it). */
  private take(walk: ChildWalk, child: PlainNode, index: number, after: boolean): void {
    this.met.push(child);
    walk.node.hasError ||= child.hasError;
    this.metFields.push(null);
    child.moveTo(walk.inner, walk.innerFrom, this.placeOf(child, index, after));
  }

  /** Forgets the children a walk took before it turned out not to join up. */
  private restart(walk: ChildWalk): void {
    this.met.length = walk.base;
    this.metFields.length = walk.base;
    walk.node.hasError = walk.node.typeId === this.errorId;
    walk.named = false;
  }

  /**
   * The node of the type among `previous` (from `next` on) that stood where
   * a node starting at `index` in the new text stood, and where the search
   * for the next sibling starts.
   */
  private counterpart(previous: readonly PlainNode[], next: number, index: number, typeId: number): { node: PlainNode | undefined; next: number } {
    const alike = this.alike;
    if (!alike) return { node: undefined, next };
    // After the change first: a node there stood `delta` earlier, even where a deletion leaves the two parts meeting at its start.
    const before = index >= alike.suffix ? index - alike.delta : index <= alike.prefix ? index : undefined;
    if (before === undefined) return { node: undefined, next };
    let i = next;
    while (i < previous.length && (previous[i] as PlainNode).startIndex < before) i++;
    for (let k = i; k < previous.length; k++) {
      const node = previous[k] as PlainNode;
      if (node.startIndex !== before) break;
      if (node.typeId === typeId) return { node, next: k + 1 };
    }
    return { node: undefined, next: i };
  }

  /**
   * Where `match` now stands if it may stand for the cursor's node (from
   * `start` to `end`): a statement or token whose text the edit left alone,
   * a statement that parsed as before.
   */
  private reusable(match: PlainNode, start: number, end: number): Place | undefined {
    const alike = this.alike;
    if (!alike || match.length !== end - start || match.length === 0) return undefined;
    const after = start >= alike.suffix;
    if (!after && end > alike.prefix) return undefined;
    if (match.state < 0 ? match.children.length > 0 : match.state !== this.cursor.nodeStateId) return undefined;
    return this.placeOf(match, start, after);
  }

  /** Where `match`, a node of the previous copy outside the change, stands now, starting at `index`. */
  private placeOf(match: PlainNode, index: number, after: boolean): Place {
    const was = match.startPosition;
    const alike = this.alike;
    if (!after || !alike) return { index, row: was.row, column: was.column };
    const firstRow = alike.rowEnd < 0 || match.startIndex <= alike.rowEnd;
    return { index, row: was.row + alike.rows, column: firstRow ? was.column + alike.columns : was.column };
  }
}

/** A container's children as they are walked. */
interface ChildWalk {
  readonly node: PlainNode;
  /** Where its children start in `Conversion.met`. */
  readonly base: number;
  /** The children's anchor, where it stands and the text of their statement. */
  readonly inner: PlainNode;
  readonly innerFrom: Place;
  readonly innerOwner: { readonly text: string; readonly start: number };
  /** Whether the children are statements. */
  readonly marks: boolean;
  /** The previous copy's children of the container, if it had one. */
  readonly previous: readonly PlainNode[] | undefined;
  named: boolean;
}

/**
 * UTF-16 units of parsed texts kept for every document: far more than the
 * macro expansions of a large source (6,068 units in the benchmark's
 * 10,000-line VxD file) and its own include files.
 */
const SHARED_UNITS = 1 << 20;

/**
 * The texts any document's lowering parsed, least recently asked first.
 * Another document expands the same macros and includes the same files, and
 * a parsed text's nodes are never moved (only a document's statements are),
 * so one copy serves every document.
 */
const sharedTexts = new Map<string, SyntaxNode>();
let sharedUnits = 0;

function shared(key: string): SyntaxNode | undefined {
  const root = sharedTexts.get(key);
  if (root) {
    sharedTexts.delete(key);
    sharedTexts.set(key, root);
  }
  return root;
}

function share(key: string, root: SyntaxNode): void {
  // A text longer than all the others may be would push them all out, itself last.
  if (key.length > SHARED_UNITS) return;
  sharedTexts.set(key, root);
  sharedUnits += key.length;
  for (const [oldest] of sharedTexts) {
    if (sharedUnits <= SHARED_UNITS) break;
    sharedTexts.delete(oldest);
    sharedUnits -= oldest.length;
  }
}

/**
 * The plain syntax trees of one document and of the texts its lowering
 * parses (macro expansions, included files). Kept between the document's
 * analyses (the language server's worker keeps one per document); the
 * statements and texts a conversion does not meet are forgotten, though a
 * text stays with the texts every document shares until newer ones crowd it out.
 */
export class SyntaxTrees {
  private language: Language | undefined;
  private texts = new Map<string, SyntaxNode>();
  private previousTexts = new Map<string, SyntaxNode>();
  private last: { readonly tree: Tree; readonly text: string; readonly root: PlainNode } | undefined;

  /**
   * The document's tree as plain nodes. The nodes of earlier calls' trees may
   * be moved to build this one: a tree is read until the next call with
   * another tree only (the same tree and text give the same nodes again).
   */
  document(tree: Tree, text: string, changes?: TreeChanges): SyntaxNode {
    if (this.last?.tree === tree && this.last.text === text) return this.last.root;
    // Another grammar's nodes may share a statement's type, state and text.
    const previous = tree.language === this.language ? this.last : undefined;
    this.language = tree.language;
    epoch++;
    const cursor = new WasmCursor(tree);
    try {
      const alike = previous ? unchanged(previous.text, text) : undefined;
      // Changes since another tree than the one copied last (a job cancelled in between) say nothing about this copy.
      const window = alike && changes?.previous === previous?.tree && changes ? windowOf(alike, changes) : undefined;
      const root = new Conversion(cursor, text, tree.language, true, alike, window).root(previous?.root);
      this.previousTexts = this.texts;
      this.texts = new Map();
      this.last = { tree, text, root };
      return root;
    } catch (error) {
      // The walk may have moved the previous copy's nodes: the next starts afresh.
      this.last = undefined;
      throw error;
    } finally {
      cursor.delete();
    }
  }

  /** `text` parsed with `parser` as plain nodes, parsed again only if neither the previous nor this analysis did, nor another document lately. */
  parsed(parser: Parser, text: string): SyntaxNode {
    const key = `${parser.language?.name ?? ''}\n${text}`;
    let root = this.texts.get(key) ?? this.previousTexts.get(key) ?? shared(key);
    if (!root) {
      const tree = parser.parse(text);
      if (!tree) throw new Error(`the ${parser.language?.name ?? ''} parser returned no tree`);
      const cursor = new WasmCursor(tree);
      try {
        root = new Conversion(cursor, text, tree.language, false, undefined, undefined).root(undefined);
      } finally {
        cursor.delete();
        tree.delete();
      }
      share(key, root);
    }
    this.texts.set(key, root);
    return root;
  }
}
