import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ANALYSIS_WORKER_LIMITS, AnalysisWorkerClient } from '../src/lsp/analysisWorkerClient.js';

// An open allocates about 34 MB before its first batch (the benchmark's
// 10,000-line VxD file), most of it alive until then: a young generation
// whose semi-spaces hold that lets the first diagnostics go out without
// pausing to copy it.

const OPEN_BEFORE_FIRST_BATCH_MB = 34;
const MB = 2 ** 20;

/** What a worker started with `resourceLimits` posts, of `expression` (CommonJS, in the worker). */
async function inWorker<T>(expression: string, resourceLimits?: ResourceLimits): Promise<T> {
  const worker = new Worker(`require('node:worker_threads').parentPort.postMessage(${expression})`, {
    eval: true, ...(resourceLimits ? { resourceLimits } : {}),
  });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

/** The limits a worker runs under, as it reports them. */
const limitsInWorker = (resourceLimits?: ResourceLimits): Promise<Required<ResourceLimits>> =>
  inWorker("require('node:worker_threads').resourceLimits", resourceLimits);

/** How large a worker's semi-spaces are as it starts, in MB (its new space's size is one's: objects are made in one at a time). */
const startingSemiSpaceMb = async (resourceLimits?: ResourceLimits): Promise<number> =>
  (await inWorker<number>("require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size", resourceLimits)) / MB;

/** V8's young generation is two semi-spaces and a space as large for large new objects. */
const semiSpaceMb = (limits: Required<ResourceLimits>): number => limits.maxYoungGenerationSizeMb / 3;

describe('the analysis workers\' limits', () => {
  test('a semi-space holds what an open allocates before its first batch', async () => {
    assert.ok(semiSpaceMb(await limitsInWorker(ANALYSIS_WORKER_LIMITS)) >= OPEN_BEFORE_FIRST_BATCH_MB);
  });

  test('a worker\'s default semi-space does not', async () => {
    assert.ok(semiSpaceMb(await limitsInWorker()) < OPEN_BEFORE_FIRST_BATCH_MB);
  });

  test('once the client is made, a worker starts with semi-spaces that hold it, not grown to it through a first open\'s scavenges', async () => {
    assert.ok(await startingSemiSpaceMb(ANALYSIS_WORKER_LIMITS) < OPEN_BEFORE_FIRST_BATCH_MB);
    const client = new AnalysisWorkerClient(1);
    try {
      assert.ok(await startingSemiSpaceMb(ANALYSIS_WORKER_LIMITS) >= OPEN_BEFORE_FIRST_BATCH_MB);
    } finally {
      await client.dispose();
    }
  });
});
