import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { AnalysisSettings } from '../analysis/settings.js';
import { Parsers } from '../parsing/parsers.js';
import { checkFile, type FileResult, type UnreadableFile } from './checkFiles.js';

// `check --jobs N`: files are checked by N worker threads of this same
// script, each with its own parsers (web-tree-sitter parsers are not
// shared between threads). A worker takes the next file when it finishes
// one, so one slow file does not hold up the others; results are put back
// in the order of the file list, so the report is the serial one.

const ROLE = 'pagewarden-check-worker';

interface Job {
  readonly index: number;
  readonly file: string;
  readonly settings: AnalysisSettings;
}

type Reply = { readonly index: number; readonly result: FileResult | UnreadableFile } | { readonly index: number; readonly error: string };

/** Worker threads pay on two or more cores and enough files to share; four files a worker keeps start-up (about a parser load each) small. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(2, availableParallelism(), Math.floor(files / 4)));
}

/** True in a worker started by checkFilesInParallel: the entry point must leave argv alone there. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

function serveCheckJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('serveCheckJobs runs only in a worker thread');
  const parsers = Parsers.create();
  port.on('message', (job: Job) => {
    parsers
      .then((p) => checkFile(p, job.file, job.settings))
      .then(
        (result): Reply => ({ index: job.index, result }),
        (error: unknown): Reply => ({ index: job.index, error: error instanceof Error ? error.message : String(error) }),
      )
      .then((reply) => port.postMessage(reply));
  });
}

/** Checks `files` with `jobs` worker threads; the results are in the order of `files`. */
export function checkFilesInParallel(files: readonly string[], settingsFor: (file: string) => AnalysisSettings, jobs: number): Promise<(FileResult | UnreadableFile)[]> {
  const results = new Array<FileResult | UnreadableFile>(files.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<(FileResult | UnreadableFile)[]>((resolve, reject) => {
    const fail = (error: Error): void => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      if (next >= files.length) {
        void worker.terminate();
        return;
      }
      const index = next++;
      const file = files[index] as string;
      worker.postMessage({ index, file, settings: settingsFor(file) } satisfies Job);
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { role: ROLE } });
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) {
          fail(new Error(`${files[reply.index]}: ${reply.error}`));
          return;
        }
        results[reply.index] = reply.result;
        done += 1;
        if (done === files.length) resolve(results);
        feed(worker);
      });
      worker.on('error', fail);
      feed(worker);
    }
  });
}

// The worker runs this module's file: dist/cli.js when bundled, this file
// when run from source. Either way it serves jobs as soon as it is loaded.
if (isCheckWorker()) serveCheckJobs();
