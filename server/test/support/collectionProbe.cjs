// Preloaded into the language server with --require, which Node also runs in
// each worker thread: in an analysis worker, reports on stderr each garbage
// collection the worker asked for itself (`gc()`, which V8 marks forced),
// with whether it fell inside a job (between an 'analyse' request's arrival
// and the job's last reply) or between jobs.
const { isMainThread, parentPort } = require('node:worker_threads');
const { constants, performance, PerformanceObserver } = require('node:perf_hooks');
const process = require('node:process');

if (!isMainThread && parentPort) {
  /** Each job's start and, once replied to, end, by id (performance.now()). */
  const jobs = new Map();
  parentPort.on('message', (message) => {
    if (message?.kind === 'analyse') jobs.set(message.id, { start: performance.now(), end: undefined });
  });
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (reply, ...rest) => {
    const job = jobs.get(reply?.id);
    if (job && (reply.kind === 'done' || reply.kind === 'error')) job.end = performance.now();
    return post(reply, ...rest);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(entry.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)) continue;
      const kind = entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'young generation' : 'whole heap';
      const inside = [...jobs.values()].some(({ start, end }) => entry.startTime >= start && (end === undefined || entry.startTime <= end));
      process.stderr.write(`analysis worker collected its ${kind} ${inside ? 'inside a job' : 'between jobs'}\n`);
    }
  }).observe({ entryTypes: ['gc'] });
}
