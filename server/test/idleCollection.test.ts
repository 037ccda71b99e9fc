import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IdleCollection } from '../src/analysis/idleCollection.js';

// A thread collects its young generation when it has no analysis job left,
// never while one waits: a job that arrives before the collection runs goes
// first, and the collection waits for the next idle moment.

/** An `IdleCollection` whose deferred runs wait until the test runs them, counting its collections. */
function collection(): { idle: IdleCollection; collections: () => number; runDeferred: () => void } {
  let collections = 0;
  const deferred: (() => void)[] = [];
  const idle = new IdleCollection(() => collections++, (run) => deferred.push(run));
  return { idle, collections: () => collections, runDeferred: () => deferred.splice(0).forEach((run) => run()) };
}

describe('idle collection in an analysis worker', () => {
  test('collects once after the last job\'s reply, not at the reply itself', () => {
    const { idle, collections, runDeferred } = collection();
    idle.received();
    idle.replied();
    assert.equal(collections(), 0);
    runDeferred();
    assert.equal(collections(), 1);
    runDeferred();
    assert.equal(collections(), 1);
  });

  test('does not collect while another job is queued', () => {
    const { idle, collections, runDeferred } = collection();
    idle.received();
    idle.received();
    idle.replied();
    runDeferred();
    assert.equal(collections(), 0);
    idle.replied();
    runDeferred();
    assert.equal(collections(), 1);
  });

  test('yields to a job that arrives before the collection runs, and collects after its reply', () => {
    const { idle, collections, runDeferred } = collection();
    idle.received();
    idle.replied();
    idle.received();
    runDeferred();
    assert.equal(collections(), 0);
    idle.replied();
    runDeferred();
    assert.equal(collections(), 1);
  });

  test('one collection for replies that come together', () => {
    const { idle, collections, runDeferred } = collection();
    idle.received();
    idle.replied();
    idle.received();
    idle.replied();
    runDeferred();
    assert.equal(collections(), 1);
  });

  test('nothing to do where the process exposes no collector', () => {
    let deferred = 0;
    const idle = new IdleCollection(undefined, () => deferred++);
    idle.received();
    idle.replied();
    assert.equal(deferred, 0);
  });
});
