import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { ANALYSIS_WORKER_RESOURCE_LIMITS } from '../src/lsp/analysisWorkerClient.js';

// An edit of a large document allocates several megabytes that die with it.
// The analysis worker's young generation holds ten such edits after an open,
// so a typing run's edits rarely pause for a scavenge. The worker here stands
// in for the analysis worker: an open keeps a large working set (which grows
// the young generation to its limit as it survives), then ten edits each
// allocate about 6 MB that nothing keeps.

const typingRun = `
const { parentPort } = require('node:worker_threads');
const { PerformanceObserver, constants, performance } = require('node:perf_hooks');
const scavenges = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges.push(entry.startTime);
}).observe({ entryTypes: ['gc'] });
const opened = [];
for (let i = 0; i < 2_000_000; i++) opened.push({ line: i, words: [i, i] });
function edit() {
  let last;
  for (let i = 0; i < 60_000; i++) last = { line: i, words: [i, i, i, i, i, i, i, i] };
  return last;
}
setTimeout(() => {
  const start = performance.now();
  for (let n = 0; n < 10; n++) edit();
  const end = performance.now();
  // The observer hears of the edits' collections after this turn; one V8
  // runs while the worker is idle afterwards is not an edit's.
  setTimeout(() => parentPort.postMessage({ scavenges: scavenges.filter((at) => at >= start && at <= end).length, opened: opened.length }), 20);
}, 20);
`;

async function scavengesOfTypingRun(options: { resourceLimits?: typeof ANALYSIS_WORKER_RESOURCE_LIMITS }): Promise<number> {
  const worker = new Worker(typingRun, { eval: true, ...options });
  try {
    const reply = await new Promise<{ scavenges: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return reply.scavenges;
  } finally {
    await worker.terminate();
  }
}

describe('the analysis worker\'s young generation', { timeout: 120_000 }, () => {
  test('holds ten edits\' short-lived allocations after an open, where a default worker scavenges through them', async () => {
    const analysisWorker = await scavengesOfTypingRun({ resourceLimits: ANALYSIS_WORKER_RESOURCE_LIMITS });
    const defaultWorker = await scavengesOfTypingRun({});
    assert.ok(analysisWorker <= 1, `${analysisWorker} scavenges in ten edits`);
    assert.ok(defaultWorker >= 3, `a default worker scavenged ${defaultWorker} times`);
  });
});
