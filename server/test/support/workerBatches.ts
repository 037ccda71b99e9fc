import { Worker } from 'node:worker_threads';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings.js';
import { CancelledJobs } from '../../src/analysis/worker/cancelledJobs.js';
import type { ReportChanges, WorkerData, WorkerReply, WorkerRequest } from '../../src/analysis/worker/messages.js';
import { RequestCount } from '../../src/analysis/worker/requestCount.js';
import type { LanguageId } from '../../src/languages/languageId.js';
import type { DocumentContent } from '../../src/parsing/documentTrees.js';
import { distFile } from './paths.js';

/** A real analysis worker (the built one), asked for one document's analysis at a time. */
export class BatchingWorker {
  private readonly worker = new Worker(distFile('analysisWorker.js'), {
    workerData: { requests: new RequestCount().buffer, cancelled: new CancelledJobs().buffer } satisfies WorkerData,
  });
  private nextId = 1;

  /** `fileOf`: the path each document is analysed as. */
  constructor(private readonly languageId: LanguageId, private readonly fileOf: (document: string) => string) {}

  /** The batches a job on `document` sent before it was done, in order. */
  async batches(document: string, content: DocumentContent): Promise<ReportChanges[]> {
    return (await this.job(document, content)).batches;
  }

  /**
   * The batches a job on `document` sent before it was done, in order (its 'analysed' reply's too), the
   * reports it was done with, and its replies' kinds in order.
   */
  job(document: string, content: DocumentContent): Promise<{ batches: ReportChanges[]; done: Extract<WorkerReply, { kind: 'done' }>; kinds: WorkerReply['kind'][] }> {
    const id = this.nextId++;
    const batches: ReportChanges[] = [];
    const kinds: WorkerReply['kind'][] = [];
    return new Promise((resolve, reject) => {
      const listener = (reply: WorkerReply): void => {
        if (reply.id !== id) return;
        kinds.push(reply.kind);
        if (reply.kind === 'error') reject(new Error(reply.error));
        else if (reply.kind !== 'done') batches.push(reply.reports);
        else {
          this.worker.off('message', listener);
          resolve({ batches, done: reply, kinds });
        }
      };
      this.worker.on('message', listener);
      this.worker.postMessage({
        kind: 'analyse', id, document, languageId: this.languageId, content, file: this.fileOf(document), settings: DEFAULT_SETTINGS, overlays: {}, share: { index: 0, count: 1 },
      } satisfies WorkerRequest);
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
