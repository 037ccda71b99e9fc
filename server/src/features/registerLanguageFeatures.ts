import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CancellationToken, type Connection, type InitializeParams, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver';
import type { AnalysisSettings } from '../analysis/settings.js';
import { isCancellation } from '../lsp/requestCancellation.js';
import type { Parsers } from '../parsing/parsers.js';
import { provideCompletion } from './completion.js';
import { resolveCompletion } from './completionResolve.js';
import { provideDocumentLinks } from './documentLinks.js';
import { provideDocumentSymbols } from './documentSymbols.js';
import { provideFoldingRanges } from './folding.js';
import { provideHover } from './hover/hover.js';
import type { RegisterValues } from './hover/registerValues.js';
import { prepareRename, provideDefinition, provideHighlights, provideReferences, provideRename } from './navigation.js';
import { provideQuickFixes } from './quickFixes.js';
import { SemanticTokensProvider, SEMANTIC_TOKENS_LEGEND } from './semanticTokens.js';
import { provideSignatureHelp } from './signatureHelp.js';
import { provideWorkspaceSymbols } from './workspaceSymbols.js';
import { SourceWorkspace, uriToPath, type DialectOf } from './sourceWorkspace.js';

export interface LanguageFeatures {
  /** Capabilities to merge into the initialize result; also takes the workspace folders from the request. */
  initialize(params: InitializeParams): ServerCapabilities;
  /** Links and navigation follow includes the way the analysis does, with the same settings. */
  settingsChanged(settings: AnalysisSettings): void;
}

/** A failing feature request answers "nothing" and logs, rather than failing the editor's request; a cancelled one answers so. */
function guarded<P, R>(connection: Connection, name: string, handler: (params: P, token: CancellationToken) => Promise<R>, empty: R): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (isCancellation(error)) throw error;
      connection.console.error(`PageWarden ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return empty;
    }
  };
}

/** Hover, completion, navigation and the other editor features, for all three dialects. */
export function registerLanguageFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  parsers: Promise<Parsers>,
  dialectOf: DialectOf,
  registerValues: RegisterValues,
): LanguageFeatures {
  const workspace = new SourceWorkspace(documents, parsers, dialectOf);
  const semanticTokens = new SemanticTokensProvider(workspace);
  documents.onDidClose((event) => {
    workspace.forget(event.document.uri);
    semanticTokens.forget(event.document.uri);
  });
  // Opened again without a close, a document's versions start over: a model of the old text may have the new one's number.
  documents.onDidOpen((event) => workspace.forget(event.document.uri));

  connection.onHover(guarded(connection, 'hover', (p, token) => provideHover(workspace, registerValues, p, token), null));
  connection.onCompletion(guarded(connection, 'completion', (p) => provideCompletion(workspace, p), { isIncomplete: false, items: [] }));
  connection.onCompletionResolve(async (item) => {
    try {
      return await resolveCompletion(workspace, item);
    } catch (error) {
      connection.console.error(`PageWarden completion resolve failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return item;
    }
  });
  connection.onSignatureHelp(guarded(connection, 'signature help', (p) => provideSignatureHelp(workspace, p), null));
  connection.onDefinition(guarded(connection, 'definition', (p) => provideDefinition(workspace, p), []));
  connection.onReferences(guarded(connection, 'references', (p) => provideReferences(workspace, p), []));
  connection.onPrepareRename(guarded(connection, 'rename', (p) => prepareRename(workspace, p), null));
  // Rename reports an invalid new name to the user, so its errors are not swallowed.
  connection.onRenameRequest((p) => provideRename(workspace, p));
  connection.onDocumentHighlight(guarded(connection, 'highlights', (p) => provideHighlights(workspace, p), []));
  connection.onDocumentSymbol(guarded(connection, 'document symbols', (p) => provideDocumentSymbols(workspace, p), []));
  connection.onWorkspaceSymbol(guarded(connection, 'workspace symbols', (p) => provideWorkspaceSymbols(workspace, p, documents.keys()), []));
  connection.onFoldingRanges(guarded(connection, 'folding', (p) => provideFoldingRanges(workspace, p), []));
  connection.onDocumentLinks(guarded(connection, 'document links', (p) => provideDocumentLinks(workspace, p), []));
  connection.onCodeAction(guarded(connection, 'quick fixes', async (p) => provideQuickFixes(documents, dialectOf, p), []));
  connection.languages.semanticTokens.on(guarded(connection, 'semantic tokens', (p) => semanticTokens.full(p), { data: [] }));
  connection.languages.semanticTokens.onDelta(guarded(connection, 'semantic tokens', (p) => semanticTokens.delta(p), { data: [] }));
  connection.languages.semanticTokens.onRange(guarded(connection, 'semantic tokens', (p) => semanticTokens.range(p), { data: [] }));

  return {
    settingsChanged(settings) {
      workspace.setIncludeSearch(settings);
    },
    initialize(params) {
      const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? [params.rootUri ? uriToPath(params.rootUri) : undefined];
      workspace.setFolders(folders.filter((f): f is string => f !== undefined));
      return {
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ',', '<', '"', '\t'], resolveProvider: true },
        signatureHelpProvider: { triggerCharacters: ['<', ',', ' '], retriggerCharacters: [','] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      };
    },
  };
}
