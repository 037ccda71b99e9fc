import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PendingDocuments } from '../src/pendingDocuments.js';

function tracker(timeoutMs?: number): { pending: PendingDocuments; sizes: number[] } {
  const sizes: number[] = [];
  const pending: PendingDocuments = new PendingDocuments(() => sizes.push(pending.size), timeoutMs);
  return { pending, sizes };
}

test('a document is pending from its first send until its diagnostics arrive', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { pending, sizes } = tracker();
  pending.sent('file:///a.s');
  pending.sent('file:///a.s');
  pending.sent('file:///b.asm');
  pending.answered('file:///a.s');
  pending.answered('file:///a.s');
  assert.equal(pending.size, 1);
  assert.deepEqual(sizes, [1, 2, 1]);
});

test('clearing forgets every document at once', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { pending, sizes } = tracker();
  pending.clear();
  pending.sent('file:///a.s');
  pending.sent('file:///b.s');
  pending.clear();
  assert.equal(pending.size, 0);
  assert.deepEqual(sizes, [1, 2, 0]);
});

test('a document the server never answers stops being pending after the timeout, counted from its last send', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { pending } = tracker(1000);
  pending.sent('file:///a.s');
  t.mock.timers.tick(900);
  pending.sent('file:///a.s');
  t.mock.timers.tick(900);
  assert.equal(pending.size, 1);
  t.mock.timers.tick(100);
  assert.equal(pending.size, 0);
});

test('diagnostics in parts leave a document pending until the complete ones arrive', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { pending, sizes } = tracker();
  pending.sent('file:///a.s');
  await pending.published('file:///a.s', () => Promise.resolve(false));
  assert.equal(pending.size, 1);
  await pending.published('file:///a.s', () => Promise.resolve(true));
  assert.equal(pending.size, 0);
  // Diagnostics of a document the client is not waiting for change nothing.
  let asked = false;
  await pending.published('file:///b.s', () => { asked = true; return Promise.resolve(true); });
  assert.equal(asked, false);
  assert.deepEqual(sizes, [1, 0]);
});
