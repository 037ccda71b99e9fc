import { workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, isLanguageId } from '../../server/src/languages/languageId.js';
import { retagDocument } from './retagDocuments.js';

let client: LanguageClient | undefined;

function startClient(context: ExtensionContext): void {
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
  };
  client = new LanguageClient('pagewarden', 'PageWarden', serverOptions, clientOptions);
  void client.start();
}

export function activate(context: ExtensionContext): void {
  // The extension also wakes for plain-text documents (to recognise RISC OS
  // sources by content); the server process starts only once a document of
  // one of our languages is open.
  const onDocument = (document: TextDocument): void => {
    if (isLanguageId(document.languageId) && !client) startClient(context);
    void retagDocument(document);
  };
  context.subscriptions.push(workspace.onDidOpenTextDocument(onDocument));
  workspace.textDocuments.forEach(onDocument);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
