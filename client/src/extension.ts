import { commands, languages, window, workspace, type ExtensionContext, type LogOutputChannel, type TextDocument } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { isLanguageId, LANGUAGE_IDS } from '../../server/src/languages/languageId.js';
import { createLanguageClient } from './languageClient.js';
import { PendingDocuments } from './pendingDocuments.js';
import { retagDocument } from './retagDocuments.js';
import { EntryCodeLenses } from './runHandler/codeLenses.js';
import { EntryIndex } from './runHandler/entryIndex.js';
import { ReplayActions } from './runHandler/replayActions.js';
import { RunHandlerCommand } from './runHandler/runHandlerCommand.js';
import { FindingsStatusBar } from './statusBar.js';
import type { ServerState } from './statusText.js';
import { TracePanels } from './traceView/tracePanels.js';

let client: LanguageClient | undefined;

const SERVER_STATES: Readonly<Record<State, ServerState>> = {
  [State.Starting]: 'starting',
  [State.Running]: 'running',
  [State.Stopped]: 'stopped',
  [State.StartFailed]: 'stopped',
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function activate(context: ExtensionContext): void {
  const output: LogOutputChannel = window.createOutputChannel('PageWarden', { log: true });
  const statusBar = new FindingsStatusBar();
  const pending = new PendingDocuments(() => statusBar.update({ pendingDocuments: pending.size }));
  const entryIndex = new EntryIndex();
  const codeLenses = new EntryCodeLenses(() => client, entryIndex);
  const traces = new TracePanels();
  const runHandler = new RunHandlerCommand(() => client, traces);
  context.subscriptions.push(output, statusBar, entryIndex, codeLenses, traces);

  const startClient = (): LanguageClient => {
    const started = createLanguageClient(context, output, pending);
    context.subscriptions.push(started.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) pending.clear();
      else codeLenses.refresh();
      statusBar.update({ state: SERVER_STATES[newState], analysis: workspace.isTrusted });
    }));
    statusBar.update({ state: 'starting', analysis: workspace.isTrusted });
    started.start().catch((error: unknown) => output.error(`The PageWarden language server did not start: ${describe(error)}`));
    return started;
  };

  // The client is reused across restarts: restart() stops it and starts it
  // again, re-reading the initialization options (and so the workspace trust).
  const restartServer = async (): Promise<void> => {
    if (!client) {
      client = startClient();
      return;
    }
    try {
      await client.restart();
    } catch (error) {
      output.error(`The PageWarden language server did not restart: ${describe(error)}`);
    }
  };

  context.subscriptions.push(
    commands.registerCommand('pagewarden.restartServer', restartServer),
    commands.registerCommand('pagewarden.showOutput', () => output.show(true)),
    commands.registerCommand('pagewarden.runHandler', runHandler.run.bind(runHandler)),
    languages.registerCodeLensProvider(LANGUAGE_IDS.map((language) => ({ language })), codeLenses),
    languages.registerCodeActionsProvider(LANGUAGE_IDS.map((language) => ({ language })), new ReplayActions(), { providedCodeActionKinds: ReplayActions.kinds }),
    // In Restricted Mode the server runs without analysis; trusting the
    // workspace needs a new server process, since the mode is fixed at start.
    workspace.onDidGrantWorkspaceTrust(() => {
      if (client) void restartServer();
    }),
  );

  // The extension also wakes for plain-text documents (to recognise RISC OS
  // sources by content); the server process starts only once a document of
  // one of our languages is open.
  const onDocument = (document: TextDocument): void => {
    if (isLanguageId(document.languageId) && !client) client = startClient();
    void retagDocument(document);
  };
  context.subscriptions.push(workspace.onDidOpenTextDocument(onDocument));
  workspace.textDocuments.forEach(onDocument);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
