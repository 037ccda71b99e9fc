import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analysisWorkerCount } from '../src/lsp/analysisWorkerClient.js';

// One core stays with the server's main thread, the garbage collector and the
// editor; the rest analyse, up to four workers.

describe('the number of analysis workers', () => {
  test('one worker on one or two cores', () => {
    assert.equal(analysisWorkerCount({}, 1), 1);
    assert.equal(analysisWorkerCount({}, 2), 1);
  });

  test('a worker per core but one beyond that, at most four', () => {
    assert.equal(analysisWorkerCount({}, 3), 2);
    assert.equal(analysisWorkerCount({}, 5), 4);
    assert.equal(analysisWorkerCount({}, 64), 4);
  });

  test('PAGEWARDEN_ANALYSIS_WORKERS sets the number; a value that is not a count is ignored', () => {
    assert.equal(analysisWorkerCount({ PAGEWARDEN_ANALYSIS_WORKERS: '3' }, 2), 3);
    assert.equal(analysisWorkerCount({ PAGEWARDEN_ANALYSIS_WORKERS: '0' }, 8), 4);
    assert.equal(analysisWorkerCount({ PAGEWARDEN_ANALYSIS_WORKERS: 'many' }, 2), 1);
  });
});
