import {
  ProgressLocation, QuickPickItemKind, Uri, window, workspace,
  type QuickPickItem, type TextEditor,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isLanguageId } from '../../../server/src/languages/languageId.js';
import type { EntrySummary, RunHandlerParams } from '../../../server/src/run/protocol.js';
import type { TracePanels } from '../traceView/tracePanels.js';
import { nearestEntryAbove, scenarioChoices, scenarioTemplate } from './entries.js';
import { replayStep, type ReplayedFinding } from './replay.js';
import { listEntries, runHandler } from './requests.js';

/** A replay of a diagnostic: its witness, and which finding to open the trace at. */
export interface ReplayRequest extends ReplayedFinding {
  readonly witness: Readonly<Record<string, string>>;
}

const EDIT_SCENARIOS = 'Edit scenarios…';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function editorOf(uri: Uri): TextEditor | undefined {
  return window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
}

/**
 * `pagewarden.runHandler(uri?, entry?, scenario?, replay?)`. The CodeLens
 * passes all but the replay; the replay action passes the entry's name and the
 * witness; the editor context menu passes only the document (the entry is the
 * one the cursor is in); the command palette passes nothing (pick an entry).
 */
export class RunHandlerCommand {
  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly traces: TracePanels,
  ) {}

  async run(target?: Uri | string, entry?: EntrySummary | string, scenario?: string, replay?: ReplayRequest): Promise<void> {
    const uri = typeof target === 'string' ? Uri.parse(target) : target ?? window.activeTextEditor?.document.uri;
    // A fragment's replay names its includer, which need not be open.
    const document = uri && (workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (replay ? await workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined));
    if (!uri || !document || !isLanguageId(document.languageId)) {
      void window.showInformationMessage('Open a VxD (MASM), ObjAsm or BBC BASIC source to run one of its handlers in the emulator.');
      return;
    }
    const client = this.client();
    if (!client?.isRunning()) {
      void window.showErrorMessage('The PageWarden language server is not running.');
      return;
    }
    try {
      const chosen = await this.chooseEntry(client, uri, entry, target !== undefined);
      if (!chosen) return;
      const picked = replay ? { scenario } : await this.chooseScenario(chosen, scenario, uri);
      if (!picked) return;
      await this.runAndShow(client, uri, chosen, picked.scenario, replay);
    } catch (error) {
      void window.showErrorMessage(`PageWarden could not run ${typeof entry === 'string' ? entry : entry?.name ?? 'the handler'}: ${describe(error)}`);
    }
  }

  /** A name alone (from a replay) is looked up for its scenarios; a summary (from a CodeLens) is taken as it is. */
  private async chooseEntry(client: LanguageClient, uri: Uri, entry: EntrySummary | string | undefined, fromEditor: boolean): Promise<EntrySummary | string | undefined> {
    if (typeof entry === 'object') return entry;
    const entries = await listEntries(client, uri.toString());
    if (typeof entry === 'string') return entries.find((e) => e.name === entry) ?? entry;
    const editor = editorOf(uri);
    const atCursor = fromEditor && editor ? nearestEntryAbove(entries, editor.selection.active.line) : undefined;
    if (atCursor) return atCursor;
    if (entries.length === 0) {
      void window.showInformationMessage('PageWarden found no procedure or handler to run in this document.');
      return undefined;
    }
    const picked = await window.showQuickPick(entries.map((e) => ({ label: e.name, description: e.kind, detail: e.file === undefined ? `line ${e.range.start.line + 1}` : `${e.file}:${e.range.start.line + 1}`, entry: e })), {
      title: 'Run Handler in Emulator',
      placeHolder: 'Which procedure or handler?',
      matchOnDescription: true,
    });
    return picked?.entry;
  }

  /** One scenario (or none: the server's default) runs at once; several are offered, the one asked for first. */
  private async chooseScenario(entry: EntrySummary | string, preferred: string | undefined, uri: Uri): Promise<{ scenario: string | undefined } | undefined> {
    if (typeof entry === 'string') return { scenario: preferred };
    const choices = scenarioChoices(entry, preferred);
    if (choices.length <= 1) return { scenario: choices[0] };
    const items: QuickPickItem[] = [
      ...choices.map((name, i) => ({ label: name, ...(i === 0 ? { description: 'default' } : {}) })),
      { label: '', kind: QuickPickItemKind.Separator },
      { label: EDIT_SCENARIOS, description: '.pagewarden/scenarios/' },
    ];
    const picked = await window.showQuickPick(items, { title: `Run ${entry.name} in the emulator`, placeHolder: 'Which scenario?' });
    if (!picked) return undefined;
    if (picked.label === EDIT_SCENARIOS) {
      await editScenarios(entry, uri);
      return undefined;
    }
    return { scenario: picked.label };
  }

  private async runAndShow(client: LanguageClient, uri: Uri, entry: EntrySummary | string, scenario: string | undefined, replay: ReplayRequest | undefined): Promise<void> {
    const name = typeof entry === 'string' ? entry : entry.name;
    const params: RunHandlerParams = {
      uri: uri.toString(),
      entry: name,
      ...(scenario === undefined ? {} : { scenario }),
      ...(replay ? { witness: replay.witness } : {}),
    };
    const result = await window.withProgress(
      { location: ProgressLocation.Notification, title: `Running ${name} in the emulator…`, cancellable: true },
      (_progress, token) => runHandler(client, params, token),
    );
    const initialStep = replay ? replayStep(result, replay) : undefined;
    if (replay && !result.verdict.findings.some((finding) => finding.code === replay.code)) {
      void window.showWarningMessage(`The replay ran ${name} (${result.scenario}) without reaching ${replay.code}: the trace shows the path it took instead.`);
    }
    this.traces.show({ result, uri, column: editorOf(uri)?.viewColumn, ...(initialStep === undefined ? {} : { initialStep }) });
  }
}

/**
 * Opens the entry's scenario file in the workspace's .pagewarden/scenarios/,
 * creating the folder and a valid starting file when there is none.
 */
async function editScenarios(entry: EntrySummary, uri: Uri): Promise<void> {
  const folder = workspace.getWorkspaceFolder(uri) ?? workspace.workspaceFolders?.[0];
  if (!folder) {
    void window.showInformationMessage('Scenario files live in a workspace folder\'s .pagewarden/scenarios/: open the folder that holds the source first.');
    return;
  }
  const scenarios = Uri.joinPath(folder.uri, '.pagewarden', 'scenarios');
  await workspace.fs.createDirectory(scenarios);
  const template = scenarioTemplate(entry);
  if (!template) {
    void window.showInformationMessage(`Scenario files describe VMM procedures and dynamic-area handlers; ${entry.name} is a ${entry.kind}. The folder is ${workspace.asRelativePath(scenarios)}.`);
    return;
  }
  const file = Uri.joinPath(scenarios, `${entry.name.replace(/[^\w.-]/g, '_')}.json`);
  const exists = await workspace.fs.stat(file).then(() => true, () => false);
  if (!exists) await workspace.fs.writeFile(file, new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`));
  await window.showTextDocument(file, { preview: false });
}
