import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ANALYSIS_WORKER_LIMITS } from '../src/lsp/analysisWorkerClient.js';

// An open allocates about 34 MB before its first batch (the benchmark's
// 10,000-line VxD file), most of it alive until then: a young generation
// whose semi-spaces hold that lets the first diagnostics go out without
// pausing to copy it.

const OPEN_BEFORE_FIRST_BATCH_MB = 34;

/** The limits a worker started with `resourceLimits` runs under, as it reports them. */
async function limitsInWorker(resourceLimits?: ResourceLimits): Promise<Required<ResourceLimits>> {
  const worker = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:worker_threads').resourceLimits)", {
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

/** V8's young generation is two semi-spaces and a space as large for large new objects. */
const semiSpaceMb = (limits: Required<ResourceLimits>): number => limits.maxYoungGenerationSizeMb / 3;

describe('the analysis workers\' limits', () => {
  test('a semi-space holds what an open allocates before its first batch', async () => {
    assert.ok(semiSpaceMb(await limitsInWorker(ANALYSIS_WORKER_LIMITS)) >= OPEN_BEFORE_FIRST_BATCH_MB);
  });

  test('a worker\'s default semi-space does not', async () => {
    assert.ok(semiSpaceMb(await limitsInWorker()) < OPEN_BEFORE_FIRST_BATCH_MB);
  });
});
