// Entry point of dist/analysisWorker.js. The emulator can spend seconds on a
// large procedure; running it here keeps the language server's own thread
// free for hover, completion and the next keystroke.
import { parentPort } from 'node:worker_threads';
import { Parsers } from '../../parsing/parsers.js';
import { analyseSource } from '../analyseSource.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

const port = parentPort;
if (!port) throw new Error('analysisWorker.js runs only as a worker thread');

const parsers = Parsers.create();
const cancelled = new Set<number>();

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const { id, languageId, text, file, settings } = request;
  parsers
    .then((p) => analyseSource(p, { languageId, text, file, settings, cancelled: () => cancelled.has(id) }))
    .then(
      (findings): WorkerReply => ({ id, findings }),
      (error: unknown): WorkerReply => ({ id, error: error instanceof Error ? error.message : String(error) }),
    )
    .then((reply) => {
      cancelled.delete(id);
      port.postMessage(reply);
    });
});
