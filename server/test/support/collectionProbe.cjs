// Preloaded into the language server with --require, which Node also runs in
// each worker thread: reports on stderr each garbage collection a thread
// asked for itself (`gc()`, which V8 marks forced); in the server's own
// thread, with how many publications it had written by then; in an analysis
// worker, with whether it fell inside a job (between an 'analyse' request's
// arrival and the reply with all its findings) or between jobs, and when it began. The
// server's thread also reports when it wrote each publication. Times are
// milliseconds of the process's monotonic clock, which all threads share.
const { isMainThread, parentPort } = require('node:worker_threads');
const { constants, performance, PerformanceObserver } = require('node:perf_hooks');
const process = require('node:process');

/** This thread's `performance` times (the entries' too) on the clock every thread shares. */
const offset = Number(process.hrtime.bigint()) / 1e6 - performance.now();

/** The forced collections of this thread's heap, as `describe` words them. */
function observeForced(describe) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(entry.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)) continue;
      process.stderr.write(`${describe(entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'young generation' : 'whole heap', entry.startTime)}\n`);
    }
  }).observe({ entryTypes: ['gc'] });
}

if (isMainThread) {
  // When each publication of diagnostics was written to the client: the observer hears of a collection later.
  const published = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (String(chunk).includes('"method":"textDocument/publishDiagnostics"')) {
      published.push(performance.now());
      process.stderr.write(`language server wrote diagnostics at ${performance.now() + offset}\n`);
    }
    return write(chunk, ...rest);
  };
  observeForced((kind, start) => `language server collected its ${kind} after ${published.filter((time) => time < start).length} publications written`);
}

if (!isMainThread && parentPort) {
  /** Each job's start and, once its findings are sent, end, by id (performance.now()). */
  const jobs = new Map();
  parentPort.on('message', (message) => {
    if (message?.kind === 'analyse') jobs.set(message.id, { start: performance.now(), end: undefined });
  });
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (reply, ...rest) => {
    const job = jobs.get(reply?.id);
    // The findings end a job's analysis; recording register values after them is no part of it.
    if (job && job.end === undefined && (reply.kind === 'analysed' || reply.kind === 'done' || reply.kind === 'error')) job.end = performance.now();
    return post(reply, ...rest);
  };
  observeForced((kind, start) => {
    const inside = [...jobs.values()].some((job) => start >= job.start && (job.end === undefined || start <= job.end));
    // Its start first: a reader that has the report has the start.
    return `analysis worker began a collection at ${start + offset}\nanalysis worker collected its ${kind} ${inside ? 'inside a job' : 'between jobs'}`;
  });
}
