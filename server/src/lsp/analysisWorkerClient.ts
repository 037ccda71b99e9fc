import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { FileText } from '../lowering/includeResolution.js';
import type { AnalysisStatistics } from '../analysis/entryCache.js';
import { joinCollected, type CollectedRegisters } from '../analysis/registerCollector.js';
import { RunFindings } from '../analysis/runFindings.js';
import type { AnalysisSettings } from '../analysis/settings.js';
import { IdleCollection } from '../analysis/idleCollection.js';
import { CancelledJobs } from '../analysis/worker/cancelledJobs.js';
import type { WorkerData, WorkerReply, WorkerRequest } from '../analysis/worker/messages.js';
import { RequestCount } from '../analysis/worker/requestCount.js';
import { editedLines } from './editedLines.js';
import { WorkerMirror } from './workerMirror.js';

/** What a job found: complete diagnostics. */
export interface AnalysisFindings {
  readonly findings: readonly Finding[];
  readonly statistics: AnalysisStatistics;
  /** The files the analysis read or looked for (an include's candidates that do not exist too), by path. */
  readonly reads: ReadonlySet<string>;
}

export interface AnalysisResult extends AnalysisFindings {
  /** Register values the symbolic runs knew per line of the document and of the open files it read, by file. */
  readonly registers: CollectedRegisters;
}

export interface AnalysisJob {
  /**
   * Every entry point's findings, before the register values are recorded (a document's first job runs its
   * entries again for them); it never settles for a job that fails, whose `result` says why.
   */
  readonly analysed: Promise<AnalysisFindings>;
  readonly result: Promise<AnalysisResult>;
  /**
   * Stops the job, in the middle of an entry point's run too when the document's changes since the job's text touched
   * that entry's code; its promises then resolve to what it found until then.
   */
  cancel(): void;
}

/** At most this many workers: each holds every open document's text, tree and lowering. */
const MAX_WORKERS = 4;

/**
 * How many analysis workers share a document's entry points: one per core
 * the process may use (`os.availableParallelism()`) but one, at least one
 * and at most four; `PAGEWARDEN_ANALYSIS_WORKERS` sets another number. The
 * core left over is the server's main thread's, V8's garbage collector's and
 * the editor's: on two cores a second worker made an open no faster and an
 * edit twice as slow (docs/benchmarks.md).
 */
export function analysisWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const asked = Number.parseInt(env.PAGEWARDEN_ANALYSIS_WORKERS ?? '', 10);
  return asked >= 1 ? asked : Math.max(1, Math.min(cores - 1, MAX_WORKERS));
}

let collectorExposed = false;

/**
 * Gives the contexts made from now on V8's `gc`, with which the workers and
 * this thread collect their young generation between jobs
 * (`analysis/idleCollection.ts`). A `Worker` takes no V8 flag of its
 * own; the flags are the process's, so this is set once, before the first
 * worker starts, while the main thread's isolate is the only one.
 */
function exposeCollector(): void {
  if (collectorExposed) return;
  collectorExposed = true;
  setFlagsFromString('--expose-gc');
}

interface Pending {
  readonly document: string;
  /** The changes made to the document since the job's text: where they lie says which runs its cancellation stops. */
  readonly edits: TextDocumentContentChangeEvent[];
  /** The job's findings so far, from every worker. */
  readonly found: RunFindings;
  /** The workers whose share is still running. */
  readonly running: Set<Slot>;
  /** The workers whose share's findings are not all in. */
  readonly analysing: Set<Slot>;
  /** The workers that have reported: until all have, what is known without analysing an entry is not yet all there. */
  readonly heard: Set<Slot>;
  readonly statistics: { analysed: number; reused: number };
  readonly registers: CollectedRegisters[];
  readonly reads: Set<string>;
  /** Whether a publication of the findings so far is due once the event loop is free. */
  partialDue: boolean;
  /** What the found findings add up to, over the job's text. */
  settled(): readonly Finding[];
  partial(findings: readonly Finding[]): void;
  analysed(findings: AnalysisFindings): void;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

/** A document a running worker holds, and the changes made to it since that worker last saw it. */
interface Synced {
  readonly languageId: LanguageId;
  /** Undefined when the worker may have lost the text (a job of it failed): the next job sends it whole. */
  readonly changes: TextDocumentContentChangeEvent[] | undefined;
}

/** One analysis worker, and what it holds. */
interface Slot {
  readonly index: number;
  worker: Worker | undefined;
  readonly synced: Map<string, Synced>;
  /** What the worker has sent about each document, which its next reply refers to. */
  readonly mirrors: Map<string, WorkerMirror>;
}

/**
 * The language server's side of the analysis workers (dist/analysisWorker.js,
 * next to dist/server.js). Each job goes to every worker, which lowers the
 * document (the lowering is deterministic) and runs its share of the entry
 * points; their findings are added up here as they come. Each worker keeps
 * each document's text and syntax tree, so after the first job of a
 * document only its edits travel; the other way, a worker's reply carries
 * only what changed since its previous one (`WorkerMirror`). A worker that
 * dies is replaced on the next job, which sends it whole texts again; the
 * jobs it held fail with its error instead of hanging.
 */
export class AnalysisWorkerClient {
  private readonly slots: Slot[];
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The requests posted to each worker, which it reads to see one waiting. */
  private readonly posted = new WeakMap<Worker, RequestCount>();
  /** The jobs cancelled, and the lines their edits touched, which a worker reads in the middle of an entry point's run. */
  private readonly cancelled = new CancelledJobs();
  /** This thread's collection once no job is left: a job's replies, sums and diagnostics are garbage once it is published. */
  private readonly collection: IdleCollection;

  constructor(workers = analysisWorkerCount()) {
    exposeCollector();
    // A context made after the flag has `gc`; this thread's own was made before it.
    const gc = runInNewContext('gc') as NodeJS.GCFunction;
    // The workers collect with it, once the publications that their replies' copies made are written.
    this.collection = new IdleCollection(() => {
      for (const slot of this.slots) if (slot.worker) this.post(slot.worker, { kind: 'collect' });
      gc({ type: 'minor' });
    });
    this.slots = Array.from({ length: workers }, (_, index) => ({ index, worker: undefined, synced: new Map(), mirrors: new Map() }));
  }

  /**
   * Starts the workers that are not running. A worker takes a thread, its
   * modules and web-tree-sitter's wasm to start, which a first open would
   * otherwise wait for, its parse behind them.
   */
  start(): void {
    for (const slot of this.slots) slot.worker ??= this.spawn(slot);
  }

  private spawn(slot: Slot): Worker {
    const posted = new RequestCount();
    const workerData: WorkerData = { requests: posted.buffer, cancelled: this.cancelled.buffer };
    const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'analysisWorker.js'), { workerData });
    this.posted.set(worker, posted);
    // A dead worker's last words are not its replacement's.
    worker.on('message', (reply: WorkerReply) => {
      if (slot.worker === worker) this.received(slot, reply);
    });
    const fail = (error: Error): void => {
      // Its replacement's jobs are not its own.
      if (slot.worker !== worker && slot.worker !== undefined) return;
      slot.worker = undefined;
      slot.synced.clear();
      slot.mirrors.clear();
      for (const [id, job] of this.pending) {
        if (!job.running.has(slot)) continue;
        this.pending.delete(id);
        job.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`an analysis worker stopped (exit code ${code})`)));
    // The workers must not keep the server alive after `exit`.
    worker.unref();
    return worker;
  }

  /** Where the replies about `document` from the worker of `slot` are read. */
  private mirrorOf(slot: Slot, document: string): WorkerMirror {
    const known = slot.mirrors.get(document);
    if (known) return known;
    const mirror = new WorkerMirror();
    // A reply about a document closed since is read, and forgotten with the rest.
    if (slot.synced.has(document)) slot.mirrors.set(document, mirror);
    return mirror;
  }

  private received(slot: Slot, reply: WorkerReply): void {
    const mirror = this.mirrorOf(slot, reply.document);
    if (reply.kind === 'error') {
      mirror.failed();
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      // The worker may have lost the document's text; the next job sends it whole.
      const held = slot.synced.get(job.document);
      if (held) slot.synced.set(job.document, { languageId: held.languageId, changes: undefined });
      job.reject(new Error(reply.error));
      return;
    }
    const reports = mirror.reports(reply.reports);
    if (reply.kind === 'progress') {
      const job = this.pending.get(reply.id);
      if (!job) return;
      job.found.merge(reports);
      job.heard.add(slot);
      // Batches of several workers that arrive together are published together.
      if (!job.partialDue && job.heard.size === this.slots.length) {
        job.partialDue = true;
        setImmediate(() => {
          job.partialDue = false;
          if (this.pending.get(reply.id) === job) job.partial(job.settled());
        });
      }
      return;
    }
    const job = this.pending.get(reply.id);
    const registers = reply.kind === 'done' ? mirror.done(reply.registers) : undefined;
    if (!job) return;
    job.found.merge(reports);
    job.heard.add(slot);
    if (job.analysing.delete(slot)) {
      job.statistics.analysed += reply.statistics.analysed;
      job.statistics.reused += reply.statistics.reused;
      for (const path of reply.reads) job.reads.add(resolve(path));
      if (job.analysing.size === 0) job.analysed({ findings: job.settled(), statistics: { ...job.statistics }, reads: job.reads });
    }
    if (!registers) return;
    job.running.delete(slot);
    job.registers[slot.index] = registers;
    if (job.running.size > 0) return;
    this.pending.delete(reply.id);
    job.resolve({ findings: job.settled(), statistics: { ...job.statistics }, registers: joinCollected(job.registers), reads: job.reads });
  }

  /**
   * Holds this thread's collection back until `written` (a publication
   * being written to the client) settles. The connection writes a message
   * at a later turn of the event loop than it is sent (vscode-jsonrpc's
   * writer queues it at `setImmediate`), after the collection the job's
   * result set going, which the publication would otherwise wait for.
   */
  writing(written: Promise<unknown>): void {
    const settled = (): void => this.collection.replied();
    this.collection.received();
    void written.then(settled, settled);
  }

  /** Content changes of a document, as the client sent them (in order, each relative to the text after the one before). */
  changed(document: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    for (const slot of this.slots) slot.synced.get(document)?.changes?.push(...changes);
    for (const job of this.pending.values()) if (job.document === document) job.edits.push(...changes);
  }

  /**
   * `text` is the document's current text, sent to the workers that do not hold the document in this dialect;
   * `overlays` the editor's text of open files it includes, by path (a Latin-1 file's as a `FileText`). While the job runs, `partial` gets what its
   * findings add up to so far, each time batches arrive: each such set is part of the job's result. `latin1`: the
   * text is Latin-1 (a closed file read from disk so by `decodeSource`, or an open one whose file on disk is), whose
   * strings are each character's code.
   */
  analyse(
    document: string, languageId: LanguageId, text: string, file: string, settings: AnalysisSettings,
    overlays: Readonly<Record<string, string | FileText>> = {}, partial: (findings: readonly Finding[]) => void = () => {}, latin1 = false,
  ): AnalysisJob {
    const id = this.nextId++;
    const found = new RunFindings();
    const settled = (): readonly Finding[] => found.settled(file, settings);
    let analysed: (findings: AnalysisFindings) => void = () => {};
    const findings = new Promise<AnalysisFindings>((resolve) => {
      analysed = resolve;
    });
    const result = new Promise<AnalysisResult>((resolve, reject) => this.pending.set(id, {
      document, edits: [], found, running: new Set(this.slots), analysing: new Set(this.slots), heard: new Set(), statistics: { analysed: 0, reused: 0 }, registers: [], reads: new Set(),
      partialDue: false, settled, partial, analysed, resolve, reject,
    }));
    const replied = (): void => this.collection.replied();
    this.collection.received();
    // Once the findings are in, as the worker's does: the recording of register values may go on until the next edit.
    void Promise.race([findings, result]).then(replied, replied);
    const workers = this.slots.map((slot) => {
      slot.worker ??= this.spawn(slot);
      const held = slot.synced.get(document);
      const content = held?.languageId === languageId && held.changes ? { changes: held.changes } : { text };
      slot.synced.set(document, { languageId, changes: [] });
      const share = { index: slot.index, count: this.slots.length };
      this.post(slot.worker, { kind: 'analyse', id, document, languageId, content, file, settings, overlays, share, ...(latin1 ? { latin1: true } : {}) });
      return slot.worker;
    });
    const cancel = (): void => {
      this.cancelled.cancel(id, editedLines(this.pending.get(id)?.edits ?? []));
      workers.forEach((worker) => this.post(worker, { kind: 'cancel', id }));
    };
    return { analysed: findings, result, cancel };
  }

  private post(worker: Worker, request: WorkerRequest): void {
    // A collection waits for the worker to be idle; every other request is worth its stopping a recording for.
    if (request.kind !== 'collect') this.posted.get(worker)?.post();
    worker.postMessage(request);
  }

  close(document: string): void {
    for (const slot of this.slots) {
      slot.synced.delete(document);
      slot.mirrors.delete(document);
      // Also after a failed job, which leaves the worker holding what it sent of the document.
      if (slot.worker) this.post(slot.worker, { kind: 'close', document });
    }
  }

  async dispose(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }
}
