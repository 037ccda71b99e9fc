import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import type { Finding } from '../../../emulator/src/index.js';
import { fileNote } from '../analysis/analyseSource.js';
import type { AnalysisStatistics } from '../analysis/entryCache.js';
import { readSettings, resolveSettingsPaths, type AnalysisSettings } from '../analysis/settings.js';
import { RegisterValues } from '../features/hover/registerValues.js';
import { registerLanguageFeatures } from '../features/registerLanguageFeatures.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import { isLanguageId, type LanguageId } from '../languages/languageId.js';
import { Parsers } from '../parsing/parsers.js';
import { registerRunRequests } from '../run/registerRunRequests.js';
import { VERSION } from '../version.js';
import { AnalysisWorkerClient, type AnalysisJob } from './analysisWorkerClient.js';
import { toDiagnostic } from './diagnostics.js';

function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/**
 * Editors other than VS Code send their own language ids (`asm`, `basic`);
 * those documents are recognised the way the CLI recognises files.
 */
function dialectOf(document: TextDocument): LanguageId | 'tokenised-basic' | undefined {
  if (isLanguageId(document.languageId)) return document.languageId;
  const detection = detectLanguage(pathOf(document.uri), new TextEncoder().encode(document.getText().slice(0, 8192)));
  if (detection.kind === 'source') return detection.languageId;
  return detection.kind === 'tokenised-basic' ? 'tokenised-basic' : undefined;
}

/**
 * `pagewarden/analysisStatistics` `{ uri }`: how the analysis of the published
 * diagnostics of that version went (entry points analysed, and reused from an
 * earlier version because neither their code nor what it depends on changed);
 * null before the first diagnostics from the worker.
 */
const ANALYSIS_STATISTICS = 'pagewarden/analysisStatistics';

interface AnalysisStatisticsResult extends AnalysisStatistics {
  readonly version: number;
}

interface InitializationOptions {
  /** False in an untrusted VS Code workspace: syntax errors only. */
  readonly analysis?: boolean;
}

export function startLanguageServer(connection: Connection): void {
  const worker = new AnalysisWorkerClient();
  const registerValues = new RegisterValues();
  // The worker re-parses incrementally, so it is told each change as sent.
  const documents = new TextDocuments({
    create: (uri, languageId, version, content) => {
      // A document opened again without a close starts over from the text it is opened with.
      worker.close(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (document, changes, version) => {
      worker.changed(document.uri, changes);
      return TextDocument.update(document, changes, version);
    },
  });
  const parsers = Parsers.create();
  let analysisAllowed = true;
  let pullsConfiguration = false;
  let settings: AnalysisSettings = readSettings({});
  /** What relative folders in the settings are relative to: the (first) workspace folder. */
  let settingsFolder: string | undefined;
  // Only the newest text of a document is worth analysing: a burst of edits
  // collapses into one job once the event loop is free, and a job whose text
  // has been superseded is cancelled (it stops between procedures).
  const pending = new Map<string, NodeJS.Immediate>();
  const running = new Map<string, AnalysisJob>();
  const statistics = new Map<string, AnalysisStatisticsResult>();

  const analyse = (document: TextDocument): AnalysisJob | readonly Finding[] => {
    const dialect = dialectOf(document);
    if (dialect === undefined) return [];
    if (dialect === 'tokenised-basic') {
      return [fileNote('this is tokenised BBC BASIC; save it as text (a ,fd1 file) to have it analysed')];
    }
    return worker.analyse(document.uri, dialect, document.getText(), pathOf(document.uri), settings);
  };

  /** False when newer text has made the findings stale. */
  const publish = (document: TextDocument, version: number, findings: readonly Finding[]): boolean => {
    const current = documents.get(document.uri);
    if (!current || current.version !== version) return false;
    const path = pathOf(document.uri);
    const own = findings.filter((f) => f.file === undefined || f.file === path);
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: own.map((f) => toDiagnostic(document.uri, path, f)) });
    return true;
  };

  const schedule = (document: TextDocument): void => {
    const previous = pending.get(document.uri);
    if (previous) clearImmediate(previous);
    running.get(document.uri)?.cancel();
    running.delete(document.uri);
    pending.set(document.uri, setImmediate(() => {
      pending.delete(document.uri);
      const version = document.version;
      const job = analyse(document);
      if (!('result' in job)) {
        publish(document, version, job);
        return;
      }
      running.set(document.uri, job);
      job.result.then(
        ({ findings, statistics: counts, registers }) => {
          if (running.get(document.uri) === job) running.delete(document.uri);
          if (publish(document, version, findings)) {
            statistics.set(document.uri, { version, ...counts });
            registerValues.set(document.uri, version, registers);
          }
        },
        (error: unknown) => {
          if (running.get(document.uri) === job) running.delete(document.uri);
          connection.console.error(`PageWarden could not analyse ${document.uri}: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    }));
  };

  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    const raw: unknown = pullsConfiguration ? await connection.workspace.getConfiguration('pagewarden') : pushed;
    const read = readSettings(raw, analysisAllowed);
    settings = settingsFolder === undefined ? read : resolveSettingsPaths(read, settingsFolder);
    features.settingsChanged(settings);
    documents.all().forEach(schedule);
  };

  const features = registerLanguageFeatures(connection, documents, parsers, dialectOf, registerValues);
  registerRunRequests(connection, documents, parsers, dialectOf, () => settings);
  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    analysisAllowed = options.analysis !== false;
    settings = readSettings({}, analysisAllowed);
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    settingsFolder = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, ...features.initialize(params) },
      serverInfo: { name: 'pagewarden', version: VERSION },
    };
  });
  connection.onInitialized(() => {
    if (pullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pagewarden' });
      void refreshSettings();
    }
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { pagewarden?: unknown } | undefined)?.pagewarden;
    void refreshSettings(pushed);
  });
  documents.onDidChangeContent((change) => schedule(change.document));
  connection.onShutdown(() => worker.dispose());
  connection.onRequest(ANALYSIS_STATISTICS, (params: { readonly uri: string }) => statistics.get(params.uri) ?? null);
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearImmediate(timer);
    pending.delete(event.document.uri);
    running.get(event.document.uri)?.cancel();
    running.delete(event.document.uri);
    worker.close(event.document.uri);
    statistics.delete(event.document.uri);
    registerValues.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  documents.listen(connection);
  connection.listen();
}
