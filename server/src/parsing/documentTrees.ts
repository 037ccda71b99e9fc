import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Range, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages/languageId.js';
import { checkSourceText } from '../source/decodeSource.js';
import { loneReturnsAsNewlines } from '../source/lineEnds.js';
import type { Parsers } from './parsers.js';
import { applyChange, loneReturnsIn, type EditedText } from './treeEdits.js';

/** A document's whole text (on open), or the LSP content changes since the text last given. */
export type DocumentContent =
  | { readonly text: string }
  | { readonly changes: readonly TextDocumentContentChangeEvent[] };

/**
 * Where a tree re-parsed from `previous` (edited) has another structure
 * than it: tree-sitter's changed ranges, outside which every character has
 * the same ancestors in both trees.
 */
export interface TreeChanges {
  readonly previous: Tree;
  readonly ranges: readonly Range[];
}

/**
 * A document's text (its lone '\r's made '\n's) and its tree (with how it
 * differs from the tree it was re-parsed from), or why the text is not
 * parsed at all (binary, too large).
 */
export type ParsedText =
  | { readonly text: string; readonly tree: Tree; readonly changes?: TreeChanges }
  | { readonly text: string; readonly refusal: string };

/**
 * A document's text as opened, with its line index built: every ranged
 * change is located through it, and built on first use it would cost the
 * first keystroke after an open a scan of the whole text (some milliseconds
 * for 10,000 lines); `TextDocument.update` keeps it from then on.
 */
export function openedDocument(uri: string, languageId: string, version: number, text: string): TextDocument {
  const document = TextDocument.create(uri, languageId, version, text);
  // Asking for the line count is what builds the index.
  void document.lineCount;
  return document;
}

interface HeldDocument extends EditedText {
  readonly languageId: LanguageId;
  readonly tree?: Tree;
}

/**
 * The text and syntax tree of each open document, kept between edits so that
 * tree-sitter re-parses only what an edit touched. The caller must not start
 * an update of a document before the previous one's tree is no longer used:
 * an update edits and then frees the previous tree.
 */
export class DocumentTrees {
  private readonly held = new Map<string, HeldDocument>();

  constructor(private readonly parsers: Parsers) {}

  async update(uri: string, languageId: LanguageId, content: DocumentContent): Promise<ParsedText> {
    const known = this.held.get(uri);
    this.held.delete(uri);
    // The tree of another dialect, or of a text now replaced whole, is no help to the parser.
    let tree = known?.languageId === languageId && !('text' in content) ? known.tree : undefined;
    if (known?.tree !== tree) known?.tree?.delete();
    let edited: EditedText;
    let changed: boolean;
    if ('text' in content) {
      edited = { document: openedDocument(uri, languageId, 0, content.text), loneReturns: loneReturnsIn(content.text) };
      changed = true;
    } else {
      if (!known) throw new Error(`changes to ${uri}, whose text was never given`);
      edited = known;
      changed = content.changes.length > 0;
      for (const change of content.changes) {
        const applied = applyChange(edited, change);
        edited = applied;
        if (applied.edit) tree?.edit(applied.edit);
        else tree = dropped(tree);
      }
    }
    const { document, loneReturns } = edited;
    // The text parsed and analysed is the document's with its lone '\r's made '\n's, so its rows are the document's lines.
    const text = loneReturns === 0 ? document.getText() : loneReturnsAsNewlines(document.getText());
    const refusal = checkSourceText(text);
    if (refusal) {
      tree?.delete();
      this.held.set(uri, { languageId, document, loneReturns });
      return { text, refusal };
    }
    let changes: TreeChanges | undefined;
    if (changed || !tree) {
      const previous = tree;
      try {
        tree = await this.parsers.parse(languageId, text, previous);
        // Taken before the previous tree goes: the plain copy of the tree reuses what lies outside them.
        if (previous) changes = { previous, ranges: previous.getChangedRanges(tree) };
      } finally {
        previous?.delete();
      }
    }
    this.held.set(uri, { languageId, document, loneReturns, tree });
    return changes ? { text, tree, changes } : { text, tree };
  }

  close(uri: string): void {
    this.held.get(uri)?.tree?.delete();
    this.held.delete(uri);
  }
}

/** A whole-text replacement leaves nothing of the old tree worth reusing. */
function dropped(tree: Tree | undefined): undefined {
  tree?.delete();
  return undefined;
}
