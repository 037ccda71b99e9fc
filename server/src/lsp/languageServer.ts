import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { fileNote, analyseSource } from '../analysis/analyseSource.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import { isLanguageId, type LanguageId } from '../languages/languageId.js';
import { Parsers } from '../parsing/parsers.js';
import { VERSION } from '../version.js';
import { toDiagnostic } from './diagnostics.js';
import type { Finding } from '../../../emulator/src/index.js';

/**
 * Editors other than VS Code send their own language ids (`asm`, `basic`);
 * those documents are recognised the way the CLI recognises files.
 */
function dialectOf(document: TextDocument): LanguageId | 'tokenised-basic' | undefined {
  if (isLanguageId(document.languageId)) return document.languageId;
  const path = decodeURIComponent(document.uri.replace(/^[a-z]+:\/\//i, ''));
  const detection = detectLanguage(path, new TextEncoder().encode(document.getText().slice(0, 8192)));
  if (detection.kind === 'source') return detection.languageId;
  return detection.kind === 'tokenised-basic' ? 'tokenised-basic' : undefined;
}

export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const parsers = Parsers.create();
  // Only the newest text of a document is worth analysing; a burst of edits
  // collapses into one run once the event loop is free.
  const pending = new Map<string, NodeJS.Immediate>();

  const analyse = async (document: TextDocument): Promise<Finding[]> => {
    const dialect = dialectOf(document);
    if (dialect === undefined) return [];
    if (dialect === 'tokenised-basic') {
      return [fileNote('this is tokenised BBC BASIC; save it as text (a ,fd1 file) to have it analysed')];
    }
    return analyseSource(await parsers, dialect, document.getText());
  };

  const schedule = (document: TextDocument): void => {
    const previous = pending.get(document.uri);
    if (previous) clearImmediate(previous);
    pending.set(document.uri, setImmediate(() => {
      pending.delete(document.uri);
      const version = document.version;
      analyse(document).then(
        (findings) => {
          const current = documents.get(document.uri);
          if (!current || current.version !== version) return;
          void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: findings.map((f) => toDiagnostic(document.uri, f)) });
        },
        (error: unknown) => {
          connection.console.error(`PageWarden could not analyse ${document.uri}: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    }));
  };

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'pagewarden', version: VERSION },
  }));
  documents.onDidChangeContent((change) => schedule(change.document));
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearImmediate(timer);
    pending.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  documents.listen(connection);
  connection.listen();
}
