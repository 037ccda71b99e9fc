import { CodeLens, EventEmitter, Range, type CancellationToken, type CodeLensProvider, type Disposable, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EntryIndex } from './entryIndex.js';
import { listEntries } from './requests.js';

/** "Run in emulator" above every entry point the server finds in a document. */
export class EntryCodeLenses implements CodeLensProvider, Disposable {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly index: EntryIndex,
  ) {}

  /** The server (re)started: lenses asked for before it ran came back empty. */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: TextDocument, token: CancellationToken): Promise<CodeLens[]> {
    const client = this.client();
    if (!client?.isRunning()) return [];
    let entries;
    try {
      entries = await listEntries(client, document.uri.toString(), token);
    } catch {
      // A server that cannot list entries (stopping, cancelled, or analysis off) simply has no lenses to show.
      return [];
    }
    this.index.set(document.uri.toString(), entries);
    // A handler the document GETs from another file has no line here to put a lens on.
    return entries.filter((entry) => entry.file === undefined).map((entry) => {
      const { start } = entry.range;
      const scenarios = entry.scenarios.length > 1 ? `; ${entry.scenarios.length} scenarios fit` : '';
      return new CodeLens(new Range(start.line, start.character, start.line, start.character), {
        title: 'Run in emulator',
        tooltip: `Run ${entry.name} (${entry.kind}) in PageWarden's paging emulator${scenarios}`,
        command: 'pagewarden.runHandler',
        arguments: [document.uri.toString(), entry, entry.scenarios[0]],
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
