import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countFindings, statusView, type StatusInput } from '../src/statusText.js';

const idle: StatusInput = { state: 'running', pendingDocuments: 0, findings: 0, analysis: true };

test('only diagnostics whose source is pagewarden are counted, over every document', () => {
  const ours = { source: 'pagewarden' };
  assert.equal(countFindings([]), 0);
  assert.equal(countFindings([[ours, { source: 'masm' }, {}], [], [ours, ours]]), 3);
});

test('an idle server shows the number of findings and opens the Problems panel', () => {
  assert.deepEqual(
    [0, 1, 12].map((findings) => statusView({ ...idle, findings }).text),
    ['PageWarden: 0 findings', 'PageWarden: 1 finding', 'PageWarden: 12 findings'],
  );
  assert.equal(statusView(idle).command, 'workbench.actions.view.problems');
});

test('a starting server, or one with documents still out, is analysing', () => {
  for (const input of [{ ...idle, state: 'starting' as const }, { ...idle, pendingDocuments: 2, findings: 5 }]) {
    assert.equal(statusView(input).text, 'PageWarden: analysing…');
    assert.equal(statusView(input).command, 'workbench.actions.view.problems');
  }
  assert.match(statusView({ ...idle, pendingDocuments: 2 }).tooltip, /2 documents/);
});

test('a stopped server says so and leads to its output', () => {
  const view = statusView({ ...idle, state: 'stopped', pendingDocuments: 3 });
  assert.equal(view.text, 'PageWarden: stopped');
  assert.equal(view.command, 'pagewarden.showOutput');
});

test('Restricted Mode is explained in the tooltip, whatever the state', () => {
  for (const state of ['starting', 'running', 'stopped'] as const) {
    assert.match(statusView({ ...idle, state, analysis: false }).tooltip, /Restricted Mode/);
    assert.doesNotMatch(statusView({ ...idle, state }).tooltip, /Restricted Mode/);
  }
});
