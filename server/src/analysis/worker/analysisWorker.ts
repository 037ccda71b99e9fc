// Entry point of dist/analysisWorker.js. The emulator can spend seconds on a
// large procedure; running it here keeps the language server's own thread
// free for hover, completion and the next keystroke.
import { parentPort, workerData } from 'node:worker_threads';
import type { LanguageId } from '../../languages/languageId.js';
import { readFromDisk, type ReadFile } from '../../lowering/includeResolution.js';
import { SyntaxTrees } from '../../lowering/syntaxTrees.js';
import { DocumentTrees } from '../../parsing/documentTrees.js';
import { Parsers } from '../../parsing/parsers.js';
import { fileNote, reportFindings } from '../analyseSource.js';
import { EntryCache } from '../entryCache.js';
import { lineMoves } from '../lineTable.js';
import { RegisterCollector } from '../registerCollector.js';
import type { RunReports } from '../runFindings.js';
import { IdleCollection } from '../idleCollection.js';
import { CancelledJobs } from './cancelledJobs.js';
import type { WorkerData, WorkerReply, WorkerRequest } from './messages.js';
import { ReportBatches } from './reportBatches.js';
import { RequestCount } from './requestCount.js';
import { SentReplies } from './sentReplies.js';

const port = parentPort;
if (!port) throw new Error('analysisWorker.js runs only as a worker thread');

const documents = Parsers.create().then((parsers) => new DocumentTrees(parsers));
const shared = workerData as WorkerData;
/** The requests the server has posted (`lsp/analysisWorkerClient.ts`): a recording of register values gives way to one waiting. */
const requests = new RequestCount(shared.requests);
/** The jobs cancelled, by message; `cancelledNow` also those whose message has not been read. */
const cancelled = new Set<number>();
const cancelledJobs = new CancelledJobs(shared.cancelled);
const cancelledNow = (id: number): boolean => cancelled.has(id) || cancelledJobs.has(id);
/**
 * What a document's next run reuses of its previous one: the findings of
 * unchanged entries, the copies of unchanged statements, the register values
 * joined over unchanged entries; and what its replies told the server.
 */
interface DocumentCache {
  readonly entries: EntryCache;
  readonly syntaxTrees: SyntaxTrees;
  readonly registers: RegisterCollector;
  readonly sent: SentReplies;
}

function cacheFor(document: string, languageId: LanguageId): DocumentCache {
  const known = caches.get(document);
  if (known?.registers.languageId === languageId) return known;
  const cache = { entries: new EntryCache(), syntaxTrees: new SyntaxTrees(), registers: new RegisterCollector(languageId), sent: new SentReplies() };
  caches.set(document, cache);
  return cache;
}

const caches = new Map<string, DocumentCache>();
/** The collection due once the server has published the last job's findings: it would share the cores with the publication. */
let collectionDue: (() => void) | undefined;
// `gc` is there when the server exposed it before starting the worker (`lsp/analysisWorkerClient.ts`).
const collection = new IdleCollection(globalThis.gc && (() => globalThis.gc?.({ type: 'minor' })), (run) => {
  collectionDue = run;
});
// One document's jobs run one after another: each edits the tree the previous
// one analysed. Different documents still interleave between procedures.
const queues = new Map<string, Promise<void>>();

function enqueue(document: string, work: () => Promise<void>): void {
  const queued = (queues.get(document) ?? Promise.resolve()).then(work);
  queues.set(document, queued);
  void queued.then(() => {
    if (queues.get(document) === queued) queues.delete(document);
  });
}

/** `reads` gets every file the lowering reads or looks for (an include's candidates that do not exist too). */
async function analyse(request: Extract<WorkerRequest, { kind: 'analyse' }>, cache: DocumentCache, batches: ReportBatches, reads: Set<string>): Promise<void> {
  const { id, document, languageId, content, file, settings, overlays, share, latin1 } = request;
  // A cancelled job's changes still apply: the next job's changes follow them.
  const parsed = await (await documents).update(document, languageId, content);
  if (cancelledNow(id)) return;
  if ('refusal' in parsed) {
    batches.program([fileNote(parsed.refusal)]);
    return;
  }
  const readFile: ReadFile = (path) => {
    reads.add(path);
    return overlays[path] ?? readFromDisk(path);
  };
  await reportFindings(parsed.tree, {
    languageId, text: parsed.text, file, settings, cancelled: () => cancelledNow(id), interrupts: (lines) => cancelledJobs.touched(id, lines), cache: cache.entries, syntaxTrees: cache.syntaxTrees, registers: cache.registers, readFile, share,
    waiting: () => requests.waiting,
    ...(latin1 ? { latin1: true } : {}),
    ...(parsed.changes ? { treeChanges: parsed.changes } : {}),
  }, batches);
}

port.on('message', (request: WorkerRequest) => {
  if (request.kind !== 'collect') requests.receive();
  switch (request.kind) {
    case 'cancel':
      cancelled.add(request.id);
      return;
    case 'collect': {
      const run = collectionDue;
      collectionDue = undefined;
      run?.();
      return;
    }
    case 'close':
      enqueue(request.document, async () => {
        (await documents).close(request.document);
        caches.delete(request.document);
      });
      return;
    case 'analyse':
      collection.received();
      enqueue(request.document, () => {
        const { id, document, content, file, overlays } = request;
        const cache = cacheFor(document, request.languageId);
        cache.entries.begin();
        // Only the document's own lines move with its changes; an overlay is given whole.
        cache.registers.begin('changes' in content ? { file, moves: lineMoves(content.changes) } : undefined);
        const send = (reports: RunReports): void => port.postMessage({ id, document, kind: 'progress', reports: cache.sent.reports(reports) } satisfies WorkerReply);
        const reads = new Set<string>();
        let findingsSent = false;
        const analysed = (reports: RunReports): void => {
          port.postMessage({ id, document, kind: 'analysed', reports: cache.sent.reports(reports), statistics: cache.entries.statistics, reads: [...reads] } satisfies WorkerReply);
          findingsSent = true;
          // The recording that follows may go on until the next edit: the garbage of the analyses is collected before it, as after a job.
          collection.replied();
        };
        const batches = new ReportBatches(send, cache.sent.silent, analysed);
        return analyse(request, cache, batches, reads).then(
          (): WorkerReply => ({
            id, document, kind: 'done', reports: cache.sent.reports(batches.rest()), statistics: cache.entries.statistics, reads: [...reads],
            // A cancelled job may have stopped recording them, and nobody reads what it found.
            registers: cancelledNow(id) ? cache.sent.stopped() : cache.sent.done([file, ...Object.keys(overlays)].map((f) => [f, cache.registers.of(f)])),
          }),
          (error: unknown): WorkerReply => {
            cache.sent.failed();
            return { id, document, kind: 'error', error: error instanceof Error ? error.message : String(error) };
          },
        ).then((reply) => {
          cancelled.delete(id);
          port.postMessage(reply);
          if (!findingsSent) collection.replied();
        });
      });
  }
});
