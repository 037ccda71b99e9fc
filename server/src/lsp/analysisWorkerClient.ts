import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { AnalysisSettings } from '../analysis/settings.js';
import type { WorkerReply, WorkerRequest } from '../analysis/worker/messages.js';

export interface AnalysisJob {
  readonly findings: Promise<readonly Finding[]>;
  /** Stops the job at its next procedure boundary; its promise then resolves to []. */
  cancel(): void;
}

interface Pending {
  resolve(findings: readonly Finding[]): void;
  reject(error: Error): void;
}

/**
 * The language server's side of the analysis worker (dist/analysisWorker.js,
 * next to dist/server.js). A worker that dies is replaced on the next job;
 * the jobs it held fail with its error instead of hanging.
 */
export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'analysisWorker.js'));
    worker.on('message', (reply: WorkerReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(reply.error));
      else job?.resolve(reply.findings);
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    // The worker must not keep the server alive after `exit`.
    worker.unref();
    return worker;
  }

  analyse(languageId: LanguageId, text: string, file: string, settings: AnalysisSettings): AnalysisJob {
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    const findings = new Promise<readonly Finding[]>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const request: WorkerRequest = { kind: 'analyse', id, languageId, text, file, settings };
    worker.postMessage(request);
    return { findings, cancel: () => worker.postMessage({ kind: 'cancel', id } satisfies WorkerRequest) };
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
  }
}
