import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Finding, LineRegisterFacts } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { AnalysisStatistics } from '../analysis/entryCache.js';
import { RunFindings } from '../analysis/runFindings.js';
import type { AnalysisSettings } from '../analysis/settings.js';
import type { WorkerReply, WorkerRequest } from '../analysis/worker/messages.js';

export interface AnalysisResult {
  readonly findings: readonly Finding[];
  readonly statistics: AnalysisStatistics;
  /** Register values the symbolic runs knew per line of the document and of the open files it read. */
  readonly registers: readonly LineRegisterFacts[];
}

export interface AnalysisJob {
  readonly result: Promise<AnalysisResult>;
  /** Stops the job at its next procedure boundary; its promise then resolves to what it found until then. */
  cancel(): void;
}

interface Pending {
  readonly document: string;
  /** The job's findings so far. */
  readonly found: RunFindings;
  /** What the found findings add up to, over the job's text. */
  settled(): readonly Finding[];
  partial(findings: readonly Finding[]): void;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

/** A document the running worker holds, and the changes made to it since the worker last saw it. */
interface Synced {
  readonly languageId: LanguageId;
  readonly changes: TextDocumentContentChangeEvent[];
}

/**
 * The language server's side of the analysis worker (dist/analysisWorker.js,
 * next to dist/server.js). The worker keeps each document's text and syntax
 * tree, so after the first job of a document only its edits travel. A worker
 * that dies is replaced on the next job, which sends whole texts again; the
 * jobs it held fail with its error instead of hanging.
 */
export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly synced = new Map<string, Synced>();

  private start(): Worker {
    const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'analysisWorker.js'));
    worker.on('message', (reply: WorkerReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      if (reply.kind === 'progress') {
        job.found.merge(reply.reports);
        job.partial(job.settled());
        return;
      }
      this.pending.delete(reply.id);
      if (reply.kind === 'error') {
        // The worker may have lost the document's text; the next job sends it whole.
        this.synced.delete(job.document);
        job.reject(new Error(reply.error));
        return;
      }
      job.found.merge(reply.reports);
      job.resolve({ findings: job.settled(), statistics: reply.statistics, registers: reply.registers });
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.synced.clear();
      }
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    // The worker must not keep the server alive after `exit`.
    worker.unref();
    return worker;
  }

  /** Content changes of a document, as the client sent them (in order, each relative to the text after the one before). */
  changed(document: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    this.synced.get(document)?.changes.push(...changes);
  }

  /**
   * `text` is the document's current text, sent only when the worker does not hold the document in this dialect;
   * `overlays` the editor's text of open files it includes, by path. While the job runs, `partial` gets what its
   * findings add up to so far, each time a batch arrives: each such set is part of the job's result.
   */
  analyse(
    document: string, languageId: LanguageId, text: string, file: string, settings: AnalysisSettings,
    overlays: Readonly<Record<string, string>> = {}, partial: (findings: readonly Finding[]) => void = () => {},
  ): AnalysisJob {
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    const held = this.synced.get(document);
    const content = held?.languageId === languageId ? { changes: held.changes } : { text };
    this.synced.set(document, { languageId, changes: [] });
    const found = new RunFindings();
    const settled = (): readonly Finding[] => found.settled(text, settings);
    const result = new Promise<AnalysisResult>((resolve, reject) => this.pending.set(id, { document, found, settled, partial, resolve, reject }));
    const request: WorkerRequest = { kind: 'analyse', id, document, languageId, content, file, settings, overlays };
    worker.postMessage(request);
    return { result, cancel: () => worker.postMessage({ kind: 'cancel', id } satisfies WorkerRequest) };
  }

  close(document: string): void {
    if (this.synced.delete(document)) this.worker?.postMessage({ kind: 'close', document } satisfies WorkerRequest);
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
  }
}
