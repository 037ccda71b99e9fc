import { commands, window, workspace, type Disposable, type TextEditor } from 'vscode';
import type { EntrySummary } from '../../../server/src/run/protocol.js';
import { nearestEntryAbove } from './entries.js';

/** The context key the editor context menu's "Run Handler in Emulator" item shows on. */
export const CURSOR_IN_ENTRY = 'pagewarden.cursorInEntry';

/**
 * The entries the CodeLens last heard of, per document, so the context menu
 * can tell whether the cursor is in one without asking the server on every
 * cursor move. A document with no record yet counts as "in an entry": better
 * an item that finds nothing than a missing one.
 */
export class EntryIndex implements Disposable {
  private readonly entries = new Map<string, readonly EntrySummary[]>();
  private readonly subscriptions: Disposable[];

  constructor() {
    this.subscriptions = [
      window.onDidChangeTextEditorSelection(({ textEditor }) => this.updateContext(textEditor)),
      window.onDidChangeActiveTextEditor((editor) => this.updateContext(editor)),
      workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString())),
    ];
    this.updateContext(window.activeTextEditor);
  }

  set(uri: string, entries: readonly EntrySummary[]): void {
    this.entries.set(uri, entries);
    const editor = window.activeTextEditor;
    if (editor?.document.uri.toString() === uri) this.updateContext(editor);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private updateContext(editor: TextEditor | undefined): void {
    if (!editor) return;
    const known = this.entries.get(editor.document.uri.toString());
    const inEntry = known === undefined || nearestEntryAbove(known, editor.selection.active.line) !== undefined;
    void commands.executeCommand('setContext', CURSOR_IN_ENTRY, inEntry);
  }
}
