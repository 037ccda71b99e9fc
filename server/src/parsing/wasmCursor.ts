import type { Tree, TreeCursor } from 'web-tree-sitter';

// A tree cursor read through web-tree-sitter's wasm exports directly.
//
// web-tree-sitter's `TreeCursor` keeps the cursor's four words in
// JavaScript: every read writes them into the module's transfer buffer
// (through emscripten's `setValue`, a `DataView` write each), and every move
// reads them back. The wasm side reads the cursor from that buffer and writes
// a moved cursor back to it, so a walk that makes no other call into the
// module in between can leave the cursor there: its reads and moves are then
// one wasm call each. The plain copy of a document's tree makes 6.5 such
// calls per node.
//
// This reads web-tree-sitter 0.25's internals (the exports its own classes
// call, the cursor's and tree's handles); `wasmCursor.test.ts` walks every
// node of real trees with both and compares.

/** The parts of web-tree-sitter's emscripten module the cursor calls. */
export interface CursorModule {
  _ts_init(): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_state_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_wasm(tree: number): void;
  _ts_node_child_count_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
  getValue(address: number, type: 'i32'): number;
  setValue(address: number, value: number, type: 'i32'): void;
}

/** web-tree-sitter's handles: a tree's address, a cursor's four words. */
interface Handles { [index: number]: number }

let bound: { readonly module: CursorModule; readonly buffer: number } | undefined;

/** Keeps the module the first `Parser.init` was given (emscripten makes the options object the module). */
export function bindCursorModule(module: CursorModule): void {
  // Returns the transfer buffer's address; it also writes the language versions there, as `Parser.init` did.
  bound = { module, buffer: module._ts_init() };
}

/** A cursor's words: its stack's address, size and capacity, and the root's alias. */
const WORDS = 4;

/**
 * A cursor over `tree` from its root. Until `delete`, nothing else may call
 * into web-tree-sitter: most of its calls pass their arguments through the
 * transfer buffer, over the cursor.
 */
export class WasmCursor {
  private readonly module: CursorModule;
  private readonly buffer: number;
  private readonly tree: number;

  constructor(tree: Tree) {
    if (!bound) throw new Error('web-tree-sitter was initialised without its cursor module bound');
    this.module = bound.module;
    this.buffer = bound.buffer;
    this.tree = (tree as unknown as Handles)[0] as number;
    // web-tree-sitter's cursor is only where the walk starts: its words are the walk's from here on.
    this.store(tree.walk() as TreeCursor & Handles);
  }

  get startIndex(): number {
    return this.module._ts_tree_cursor_start_index_wasm(this.tree);
  }

  get endIndex(): number {
    return this.module._ts_tree_cursor_end_index_wasm(this.tree);
  }

  get nodeTypeId(): number {
    return this.module._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }

  get nodeStateId(): number {
    return this.module._ts_tree_cursor_current_node_state_id_wasm(this.tree);
  }

  get nodeIsMissing(): boolean {
    return this.module._ts_tree_cursor_current_node_is_missing_wasm(this.tree) === 1;
  }

  get currentFieldId(): number {
    return this.module._ts_tree_cursor_current_field_id_wasm(this.tree);
  }

  gotoFirstChild(): boolean {
    return this.module._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }

  gotoNextSibling(): boolean {
    return this.module._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }

  gotoParent(): boolean {
    return this.module._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }

  /** The current node's number of children: the node is made in the transfer buffer, over the cursor. */
  get childCount(): number {
    const words = this.load();
    this.module._ts_tree_cursor_current_node_wasm(this.tree);
    const count = this.module._ts_node_child_count_wasm(this.tree);
    this.store(words);
    return count;
  }

  /** Frees the cursor as the walk left it (its stack may have moved as it grew). */
  delete(): void {
    this.module._ts_tree_cursor_delete_wasm(this.tree);
  }

  private load(): number[] {
    const words: number[] = [];
    for (let i = 0; i < WORDS; i++) words.push(this.module.getValue(this.buffer + 4 * i, 'i32'));
    return words;
  }

  private store(words: Handles): void {
    for (let i = 0; i < WORDS; i++) this.module.setValue(this.buffer + 4 * i, words[i] as number, 'i32');
  }
}
