import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS } from '../../server/src/languages/languageId.js';
import type { PendingDocuments } from './pendingDocuments.js';

/** What the server learns at start-up; the settings follow through workspace/didChangeConfiguration. */
export interface PageWardenInitializationOptions {
  /** False in an untrusted workspace: parse, colour and hover, but run no analysis. */
  readonly analysis: boolean;
}

export function createLanguageClient(context: ExtensionContext, output: LogOutputChannel, pending: PendingDocuments): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    // One channel for the server's log and the LSP trace, so a trace reads in order with the log.
    traceOutputChannel: output,
    // A function, so that a restart after the workspace is trusted sends the new value.
    initializationOptions: (): PageWardenInitializationOptions => ({ analysis: workspace.isTrusted }),
    synchronize: { configurationSection: 'pagewarden' },
    middleware: {
      didOpen: async (document, next) => {
        pending.sent(document.uri.toString());
        await next(document);
      },
      didChange: async (event, next) => {
        pending.sent(event.document.uri.toString());
        await next(event);
      },
      didClose: async (document, next) => {
        pending.answered(document.uri.toString());
        await next(document);
      },
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        const key = uri.toString();
        // The statistics answer for the complete diagnostics, after every publication before them.
        void pending.published(key, async () => {
          const statistics = await client.sendRequest<{ version: number } | null>('pagewarden/analysisStatistics', { uri: key });
          return statistics?.version === workspace.textDocuments.find((d) => d.uri.toString() === key)?.version;
        }).catch(() => pending.answered(key));
      },
    },
  };
  const client = new LanguageClient('pagewarden', 'PageWarden', serverOptions, clientOptions);
  return client;
}
