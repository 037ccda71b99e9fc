import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Finding } from '../../../emulator/src/index.js';
import { fileNote } from '../analysis/analyseSource.js';
import type { AnalysisStatistics } from '../analysis/entryCache.js';
import type { CollectedRegisters } from '../analysis/registerCollector.js';
import { readSettings, resolveSettingsPaths, type AnalysisSettings } from '../analysis/settings.js';
import { RegisterValues } from '../features/hover/registerValues.js';
import { registerLanguageFeatures } from '../features/registerLanguageFeatures.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import { isLanguageId, type LanguageId } from '../languages/languageId.js';
import { openedDocument } from '../parsing/documentTrees.js';
import { Parsers } from '../parsing/parsers.js';
import { registerRunRequests } from '../run/registerRunRequests.js';
import { parsedText } from '../source/lineEnds.js';
import { readSourceFile } from '../source/readSourceFile.js';
import { VERSION } from '../version.js';
import type { FileText } from '../lowering/includeResolution.js';
import { AnalysisWorkerClient, type AnalysisFindings, type AnalysisJob } from './analysisWorkerClient.js';
import { toDiagnostic } from './diagnostics.js';
import { DocumentEncodings } from './documentEncodings.js';
import { FragmentFindings } from './fragments.js';
import { IncludedFindings } from './includedFindings.js';
import { IncluderIndex } from './includers.js';
import { PublicationGate } from './publicationGate.js';
import { SentDiagnostics } from './sentDiagnostics.js';
import { SOURCE_WATCHERS } from './watchedSources.js';

/** Whether two sets of documents' versions are the same. */
function sameVersions(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([uri, version]) => b.get(uri) === version);
}

function pathOf(uri: string): string {
  return uri.startsWith('file:') ? resolve(fileURLToPath(uri)) : uri;
}

/** The worker's name for a file analysed for open fragments while it is not open itself. */
const rootKey = (path: string): string => `pagewarden-includer:${path}`;

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
 * `pagewarden/analysisStatistics` `{ uri }`: how the analysis of the complete
 * diagnostics of that version went (entry points analysed, and reused from an
 * earlier version because neither their code nor what it depends on changed;
 * for an open fragment, its root's analysis); null before the first complete
 * diagnostics and while those published last are part of a running
 * analysis's (each such publication is part of the complete one), so a
 * client tells the complete publication by this answer.
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
  const encodings = new DocumentEncodings();
  // The worker re-parses incrementally, so it is told each change as sent.
  const documents = new TextDocuments({
    create: (uri, languageId, version, content) => {
      // A document opened again without a close (a client reloading it)
      // starts over from the text it is opened with: what was kept of the
      // old text is under the same version numbers.
      worker.close(uri);
      statistics.delete(uri);
      ownFindings.delete(uri);
      lastSent.forget(uri);
      registerValues.forget(uri);
      fragments.forget(uri);
      encodings.read(uri, content);
      return openedDocument(uri, languageId, version, content);
    },
    update: (document, changes, version) => {
      worker.changed(document.uri, changes);
      const updated = TextDocument.update(document, changes, version);
      // Read again in the other encoding (VS Code's "Reopen with Encoding"), the document's text is the file's other reading.
      if (encodings.changed(updated.uri, updated.getText())) forgetLowerings(updated);
      return updated;
    },
  });
  const parsers = Parsers.create();
  let analysisAllowed = true;
  let pullsConfiguration = false;
  let watchesFiles = false;
  let settings: AnalysisSettings = readSettings({});
  /** The settings' problems as the last settings had them, each logged when it came. */
  let toldProblems: ReadonlySet<string> = new Set();
  /** What relative folders in the settings are relative to: the (first) workspace folder. */
  let settingsFolder: string | undefined;
  // Only the newest text of a document is worth analysing: a burst of edits
  // collapses into one job once the event loop is free, and a job whose text
  // has been superseded is cancelled (it stops inside or after its lowering, between procedures, or in the
  // run of one whose code the edit touched).
  const pending = new Map<string, NodeJS.Immediate>();
  const running = new Map<string, AnalysisJob>();
  /** Jobs whose findings are published, recording the register values: a newer job of the document stops them too. */
  const recording = new Map<string, AnalysisJob>();
  const statistics = new Map<string, AnalysisStatisticsResult>();
  /** What the latest analysis of each open document read of the disk (or looked for there): a change there makes it stale. */
  const reads = new Map<string, ReadonlySet<string>>();
  // Open GET/include fragments are analysed through the file at the top of
  // their include chain (their root): `roots` maps each open document looked
  // up to its root's path, or to undefined when nothing includes it.
  const includers = new IncluderIndex(parsers);
  const roots = new Map<string, string | undefined>();
  const lookups = new Map<string, number>();
  const fragments = new FragmentFindings();
  const included = new IncludedFindings();
  /** An open root's own findings in its latest publication (of `version`), which `publishIncluded` publishes again with its includers' ones. */
  const ownFindings = new Map<string, { readonly version: number; readonly findings: readonly Finding[] }>();

  /** Roots that are not open: the job analysing each, and the text the worker holds. */
  const closedRoots = new Map<string, { job?: AnalysisJob; text?: string; timer?: NodeJS.Immediate }>();

  const lastSent = new SentDiagnostics();
  /**
   * Every publication goes through here: this thread's collection between jobs waits until it is written.
   * `partial`: part of a running analysis's findings, or the same ones again, left out when they repeat the last sent.
   */
  const publishDiagnostics = (params: PublishDiagnosticsParams, partial = false): void => {
    if (lastSent.differs(params) || !partial) worker.writing(connection.sendDiagnostics(params));
  };

  const fragmentsOf = (root: string): TextDocument[] => documents.all().filter((d) => roots.get(d.uri) === root);
  const openDocument = (path: string): TextDocument | undefined => documents.all().find((d) => pathOf(d.uri) === path);
  /** The editor's text of the open fragments of `root`, by path, as their includer reads them: a Latin-1 file's is Latin-1. */
  const overlaysOf = (root: string): Record<string, string | FileText> => Object.fromEntries(fragmentsOf(root).map((d) => {
    const text = parsedText(d);
    return [pathOf(d.uri), encodings.isLatin1(d.uri) ? { text, latin1: true } : text];
  }));

  const analyse = (document: TextDocument, as: AnalysisSettings, partial?: (findings: readonly Finding[]) => void): AnalysisJob | readonly Finding[] => {
    const dialect = dialectOf(document);
    if (dialect === undefined) return [];
    if (dialect === 'tokenised-basic') {
      return [fileNote('this is tokenised BBC BASIC; save it as text (a ,fd1 file) to have it analysed')];
    }
    // The worker keeps the text as the editor has it, to apply the editor's changes to; it parses it as `parsedText` does.
    return worker.analyse(document.uri, dialect, document.getText(), pathOf(document.uri), as, overlaysOf(pathOf(document.uri)), partial, encodings.isLatin1(document.uri));
  };

  const openTexts = (): Map<string, string> => new Map(documents.all().map((d) => [pathOf(d.uri), parsedText(d)]));

  const lookUpRoot = (document: TextDocument): Promise<string | undefined> => {
    const dialect = dialectOf(document);
    if (!settings.analysis || dialect === undefined || dialect === 'tokenised-basic') return Promise.resolve(undefined);
    return includers.rootOf(pathOf(document.uri), dialect, openTexts());
  };

  const rootOf = (document: TextDocument): Promise<string | undefined> =>
    roots.has(document.uri) ? Promise.resolve(roots.get(document.uri)) : lookUpRoot(document);

  const publishFragment = (document: TextDocument): void => {
    const combined = fragments.combined(document.uri, document.version);
    if (!combined) return;
    // Complete once its root's analysis is: until then each publication is part of the complete one.
    if (combined.statistics) statistics.set(document.uri, { version: document.version, ...combined.statistics });
    else statistics.delete(document.uri);
    const path = pathOf(document.uri);
    publishDiagnostics({ uri: document.uri, version: document.version, diagnostics: combined.findings.map((f) => toDiagnostic(document.uri, path, f)) }, !combined.statistics);
  };

  /**
   * A root's findings, shared out to the open fragments whose text it read
   * (`sent`: their versions then) and that are still its fragments: one
   * whose root changed meanwhile is analysed elsewhere. `outcome` is how the
   * analysis went, or, while it runs, the job; `shareRegisters` follows the
   * first with the register values.
   */
  const shareOut = (root: string, sent: ReadonlyMap<string, number>, findings: readonly Finding[], outcome: Pick<AnalysisFindings, 'statistics'> | { readonly running: AnalysisJob }): void => {
    for (const [uri, version] of sent) {
      const fragment = documents.get(uri);
      if (!fragment || fragment.version !== version || roots.get(uri) !== root) continue;
      const path = pathOf(uri);
      const inFragment = findings.filter((f) => f.file !== undefined && resolve(f.file) === path);
      if ('running' in outcome) {
        if (!fragments.setFoundSoFar(uri, version, root, inFragment, outcome.running)) continue;
      } else {
        fragments.setContext(uri, version, root, inFragment, outcome.statistics);
        registerValues.recording(uri, version);
      }
      publishFragment(fragment);
    }
  };

  /** A root's register values for the fragments `shareOut` gave its findings to; none, when its job was superseded or failed. */
  const shareRegisters = (root: string, sent: ReadonlyMap<string, number>, registers: CollectedRegisters | undefined): void => {
    for (const [uri, version] of sent) {
      const fragment = documents.get(uri);
      if (registers && fragment?.version === version && roots.get(uri) === root) registerValues.set(uri, version, registers.get(pathOf(uri)) ?? new Map());
      else registerValues.stopped(uri, version);
    }
  };

  /** What a root that cannot be analysed shares out. */
  const shareNothing = (root: string, sent: ReadonlyMap<string, number>): void => {
    shareOut(root, sent, [], { statistics: { analysed: 0, reused: 0 } });
    shareRegisters(root, sent, new Map());
  };

  /**
   * Publishes the findings of open includers on those of `files` nobody has
   * open, and again on an open root's (one of a cycle) its own with them; an
   * open fragment's root's analysis covers it.
   */
  const publishIncluded = (files: readonly string[]): void => {
    for (const file of files) {
      const open = openDocument(file);
      if (open) {
        const last = ownFindings.get(open.uri);
        if (last?.version === open.version && roots.has(open.uri) && roots.get(open.uri) === undefined) publishOwn(open, last.version, last.findings, true);
        continue;
      }
      const uri = pathToFileURL(file).href;
      publishDiagnostics({ uri, diagnostics: included.of(file).map((f) => toDiagnostic(uri, file, f)) });
    }
  };

  const versionsOf = (root: string): Map<string, number> => new Map(fragmentsOf(root).map((d) => [d.uri, d.version]));

  /** Stops a closed root's job: what it has found, and what it reports when it stops, go nowhere. */
  const cancelJob = (state: { job?: AnalysisJob }): void => {
    state.job?.cancel();
    state.job = undefined;
  };

  /** Analyses a root that is not open, from its text on disk and the open fragments' text. */
  const analyseClosedRoot = (root: string): void => {
    const state = closedRoots.get(root) ?? {};
    closedRoots.set(root, state);
    if (state.timer) clearImmediate(state.timer);
    cancelJob(state);
    state.timer = setImmediate(() => {
      state.timer = undefined;
      const sent = versionsOf(root);
      const source = readSourceFile(root);
      if (!source || sent.size === 0) {
        shareNothing(root, sent);
        return;
      }
      // The worker holds the text it was last given; a file changed on disk is given whole again.
      if (state.text !== undefined && state.text !== source.text) worker.changed(rootKey(root), [{ text: source.text }]);
      state.text = source.text;
      const job = worker.analyse(rootKey(root), source.languageId, source.text, root, settings, overlaysOf(root), (findings) => {
        if (state.job === job) shareOut(root, sent, findings, { running: job });
      }, source.latin1);
      state.job = job;
      void job.analysed.then(({ findings, statistics: counts }) => {
        if (state.job === job) shareOut(root, sent, findings, { statistics: counts });
      });
      job.result.then(
        ({ registers }) => {
          const current = state.job === job;
          if (current) state.job = undefined;
          shareRegisters(root, sent, current ? registers : undefined);
        },
        (error: unknown) => {
          if (state.job === job) state.job = undefined;
          connection.console.error(`PageWarden could not analyse ${root}: ${error instanceof Error ? error.message : String(error)}`);
          shareNothing(root, sent);
        },
      );
    });
  };

  /**
   * The document's strings now assemble to other bytes (`encodings`): what the worker kept of its lowering, and of its
   * root's, would stand where the text is the same, so both start over.
   */
  const forgetLowerings = (open: TextDocument): void => {
    worker.close(open.uri);
    const root = roots.get(open.uri);
    const openRoot = root === undefined ? undefined : openDocument(root);
    if (openRoot) worker.close(openRoot.uri);
    else if (root !== undefined) forgetClosedRoot(root);
  };

  const forgetClosedRoot = (root: string): void => {
    const state = closedRoots.get(root);
    if (!state) return;
    if (state.timer) clearImmediate(state.timer);
    cancelJob(state);
    closedRoots.delete(root);
    worker.close(rootKey(root));
  };

  /**
   * Looks up again the root of each open document already looked up (but
   * `except`), after what some file includes has changed, and analyses again
   * those whose root is no longer the same.
   */
  const lookUpRootsAgain = async (except?: string): Promise<void> => {
    for (const document of documents.all()) {
      if (document.uri === except || !roots.has(document.uri)) continue;
      const root = await lookUpRoot(document);
      const before = roots.get(document.uri);
      // Closed or looked up anew meanwhile: its own lookup is the newer one.
      if (documents.get(document.uri) !== document || !roots.has(document.uri) || root === before) continue;
      roots.set(document.uri, root);
      // Findings from the analysis through its old root are not of its new one.
      fragments.forget(document.uri);
      if (before !== undefined && fragmentsOf(before).length === 0) forgetClosedRoot(before);
      schedule(document);
    }
  };

  /** What each open document includes (paths joined), as last looked at. */
  const includesOf = new Map<string, string>();

  /**
   * When an open document's text now includes other files than before (or
   * than nobody knew), other open documents may have another root, and so
   * may the document, when a file includes it: that file's include cycle
   * may now hold it, or no longer. True then: its own root is to be looked up again.
   */
  const noticeIncludes = async (document: TextDocument): Promise<boolean> => {
    const dialect = dialectOf(document);
    const path = pathOf(document.uri);
    // With one document open, no other document's root can depend on it, and its own only when a file includes it.
    if (!settings.analysis || dialect === undefined || dialect === 'tokenised-basic' || (documents.all().length < 2 && !includers.isIncluded(path))) return false;
    const includes = (await includers.includes(path, dialect, openTexts())).join('\n');
    if (documents.get(document.uri) !== document || includesOf.get(document.uri) === includes) return false;
    includesOf.set(document.uri, includes);
    await lookUpRootsAgain(document.uri);
    return true;
  };

  /** `partial` as for `publishDiagnostics`. */
  const publishOwn = (document: TextDocument, version: number, own: readonly Finding[], partial: boolean): void => {
    ownFindings.set(document.uri, { version, findings: own });
    const path = pathOf(document.uri);
    const shown = included.withOwn(path, own);
    publishDiagnostics({ uri: document.uri, version, diagnostics: shown.map((f) => toDiagnostic(document.uri, path, f)) }, partial);
  };

  /** False when newer text has made the findings stale; `partial` as for `publishDiagnostics`. */
  const publish = (document: TextDocument, version: number, findings: readonly Finding[], partial = false): boolean => {
    const current = documents.get(document.uri);
    if (!current || current.version !== version) return false;
    const path = pathOf(document.uri);
    publishOwn(document, version, findings.filter((f) => f.file === undefined || f.file === path), partial);
    return true;
  };

  const stop = (uri: string): void => {
    for (const jobs of [running, recording]) {
      jobs.get(uri)?.cancel();
      jobs.delete(uri);
    }
  };

  const schedule = (document: TextDocument): void => {
    const previous = pending.get(document.uri);
    if (previous) clearImmediate(previous);
    stop(document.uri);
    const lookup = (lookups.get(document.uri) ?? 0) + 1;
    lookups.set(document.uri, lookup);
    pending.set(document.uri, setImmediate(() => {
      pending.delete(document.uri);
      // A document not known to be a fragment is analysed as a root at once, while the roots are looked up (on a
      // first look, by parsing its whole text on this thread); what it finds waits until they say it is one.
      const early = roots.get(document.uri) === undefined ? run(document, undefined, new PublicationGate(true)) : undefined;
      // First the roots that this document's includes decide, so that its analysis goes to its fragments of now.
      void noticeIncludes(document).then((changed) => (changed ? lookUpRoot(document) : rootOf(document))).then((root) => {
        // A newer edit, a settings change or a close has scheduled the document again meanwhile.
        if (lookups.get(document.uri) !== lookup) {
          early?.gate.shut();
          return;
        }
        const [known, before] = [roots.has(document.uri), roots.get(document.uri)];
        roots.set(document.uri, root);
        if (known && root !== before) {
          // Its own includes changed its root: what the old one found in it is not of the new one.
          fragments.forget(document.uri);
          if (before !== undefined && fragmentsOf(before).length === 0) forgetClosedRoot(before);
        }
        if (early && root === undefined && sameVersions(early.sent, versionsOf(pathOf(document.uri)))) {
          early.gate.open();
          return;
        }
        early?.gate.shut();
        stop(document.uri);
        run(document, root);
      });
    }));
  };

  /** Analyses `document` (through `root` if it has one), publishing through `gate`; what it gave the job of its fragments, by version. */
  const run = (document: TextDocument, root: string | undefined, gate = new PublicationGate(false)): { gate: PublicationGate; sent: ReadonlyMap<string, number> } => {
    const version = document.version;
    const path = pathOf(document.uri);
    // Open, a root is analysed as a document, from the editor's text.
    forgetClosedRoot(path);
    const sent = versionsOf(path);
    // What a document's job has found so far is published while it runs: each such set is part of the final one.
    // A fragment's own text is checked for syntax only (its code is analysed in its root), which is never long.
    const job = root === undefined
      ? analyse(document, settings, (findings) => gate.pass(() => {
        if (running.get(document.uri) !== job) return;
        // The statistics are of complete diagnostics: these replace them.
        if (publish(document, version, findings, true)) statistics.delete(document.uri);
        shareOut(path, sent, findings, { running: job });
      }))
      : analyse(document, { ...settings, analysis: false });
    if (root !== undefined) {
      const open = openDocument(root);
      if (open) schedule(open);
      else analyseClosedRoot(root);
    }
    if (!('result' in job)) {
      gate.pass(() => {
        if (publish(document, version, job)) statistics.set(document.uri, { version, analysed: 0, reused: 0 });
      });
      return { gate, sent };
    }
    running.set(document.uri, job);
    void job.analysed.then(({ findings, statistics: counts, reads: read }) => gate.pass(() => {
      // A job superseded by a newer one of the same text (a fragment it reads changed) is not published.
      if (running.get(document.uri) !== job) return;
      running.delete(document.uri);
      recording.set(document.uri, job);
      reads.set(document.uri, read);
      shareOut(path, sent, findings, { statistics: counts });
      if (root !== undefined) {
        publishIncluded(included.forget(document.uri));
        if (document.version !== version) return;
        fragments.setOwn(document.uri, version, findings.filter((f) => f.file === undefined || f.file === path));
        publishFragment(document);
      } else if (publish(document, version, findings)) {
        publishIncluded(included.set(document.uri, path, findings));
        statistics.set(document.uri, { version, ...counts });
        registerValues.recording(document.uri, version);
      }
    }));
    job.result.then(
      ({ registers }) => gate.pass(() => {
        const current = recording.get(document.uri) === job;
        if (current) recording.delete(document.uri);
        shareRegisters(path, sent, current ? registers : undefined);
        // A fragment's values are its root's.
        if (root !== undefined) return;
        if (current) registerValues.set(document.uri, version, registers.get(path) ?? new Map());
        else registerValues.stopped(document.uri, version);
      }),
      (error: unknown) => gate.pass(() => {
        for (const jobs of [running, recording]) if (jobs.get(document.uri) === job) jobs.delete(document.uri);
        shareRegisters(path, sent, undefined);
        if (root === undefined) registerValues.stopped(document.uri, version);
        connection.console.error(`PageWarden could not analyse ${document.uri}: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    return { gate, sent };
  };

  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    const raw: unknown = pullsConfiguration ? await connection.workspace.getConfiguration('pagewarden') : pushed;
    const problems: string[] = [];
    const read = readSettings(raw, analysisAllowed, problems);
    // An editor that checks settings.json against the extension's schema flags these there; others show only this log.
    // Settings come again for changes that leave a bad value as it was: a problem still there has been logged.
    for (const problem of problems) if (!toldProblems.has(problem)) connection.console.warn(`PageWarden setting ${problem}; ignored`);
    toldProblems = new Set(problems);
    settings = settingsFolder === undefined ? read : resolveSettingsPaths(read, settingsFolder);
    features.settingsChanged(settings);
    includers.configure(settingsFolder, settings);
    roots.clear();
    documents.all().forEach(schedule);
  };

  const features = registerLanguageFeatures(connection, documents, parsers, dialectOf, registerValues);
  registerRunRequests(connection, documents, parsers, dialectOf, () => settings, (uri) => encodings.isLatin1(uri));
  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    analysisAllowed = options.analysis !== false;
    settings = readSettings({}, analysisAllowed);
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    // Without a watcher (a client that cannot register one), files changed outside the editor are seen when a fragment is opened again.
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    settingsFolder = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    includers.configure(settingsFolder, settings);
    // Editors start the server as a document opens, and the workers start while the editor gets ready to send it.
    worker.start();
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, ...features.initialize(params) },
      serverInfo: { name: 'pagewarden', version: VERSION },
    };
  });
  connection.onInitialized(() => {
    if (watchesFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...SOURCE_WATCHERS] });
    if (pullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pagewarden' });
      void refreshSettings();
    }
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { pagewarden?: unknown } | undefined)?.pagewarden;
    void refreshSettings(pushed);
  });
  // A file that changed outside the editor may be an includer: gained or lost
  // a GET, or changed code the open fragments it includes run in.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // An open document's text is the editor's, but its file says whether the editor saves it as Latin-1. The text
    // being the same, what the worker kept of its lowering (and of its root's) would stand: it starts over.
    for (const change of changes) {
      const open = openDocument(pathOf(change.uri));
      if (!open || !encodings.read(open.uri, open.getText())) continue;
      forgetLowerings(open);
      schedule(open);
    }
    const changed = changes.map((c) => pathOf(c.uri)).filter((path) => !openDocument(path));
    if (changed.length === 0) return;
    changed.forEach((path) => includers.forget(path));
    // What open includers found in a changed file was found in its old text: they report on the new one.
    for (const path of changed) if (included.forgetFile(path).length > 0) publishIncluded([path]);
    // An open document whose analysis read a changed file, or looked for it, is analysed again; one running may have read it before.
    const stale = (uri: string): boolean => running.has(uri) || changed.some((path) => reads.get(uri)?.has(path));
    void lookUpRootsAgain().then(() => {
      for (const root of [...closedRoots.keys()]) analyseClosedRoot(root);
      for (const document of documents.all()) if (stale(document.uri)) schedule(document);
    });
  });
  documents.onDidChangeContent((change) => schedule(change.document));
  connection.onShutdown(() => worker.dispose());
  connection.onRequest(ANALYSIS_STATISTICS, (params: { readonly uri: string }) => statistics.get(params.uri) ?? null);
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearImmediate(timer);
    pending.delete(event.document.uri);
    stop(event.document.uri);
    worker.close(event.document.uri);
    lookups.delete(event.document.uri);
    const root = roots.get(event.document.uri);
    roots.delete(event.document.uri);
    includesOf.delete(event.document.uri);
    fragments.forget(event.document.uri);
    // Its root's analysis read the editor's text of it, which may be unsaved: the root reads the file on disk now.
    if (root !== undefined) {
      const open = openDocument(root);
      if (open) schedule(open);
      else if (fragmentsOf(root).length === 0) forgetClosedRoot(root);
      else analyseClosedRoot(root);
    }
    // Its fragments are now analysed through its text on disk, which may include other files than the editor's did.
    const path = pathOf(event.document.uri);
    if (fragmentsOf(path).length > 0) analyseClosedRoot(path);
    void lookUpRootsAgain();
    statistics.delete(event.document.uri);
    ownFindings.delete(event.document.uri);
    reads.delete(event.document.uri);
    registerValues.forget(event.document.uri);
    encodings.forget(event.document.uri);
    publishDiagnostics({ uri: event.document.uri, diagnostics: [] });
    publishIncluded(included.forget(event.document.uri));
    // What its includers found in it may be of the editor's text, now gone: they report on the file on disk.
    for (const includer of included.forgetFile(path)) {
      const open = documents.get(includer);
      if (open) schedule(open);
    }
  });
  documents.listen(connection);
  connection.listen();
}
