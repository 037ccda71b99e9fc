// How a PreGrow's runs join the records of which store wrote each page-block
// entry (entry-stores.ts) where two paths meet: the run with every count
// keeps each side's records under the join's selector, for PW302's place
// and notes; the full-block run, whose PW301 reads only which store wrote
// an entry, keeps the records as the paths made them. Its fill loop's
// error paths meet at one label one after another, and rebuilding every
// entry's condition at each of those joins was work nothing read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ModelStates } from '../src/explore/hooks.js';
import type { SourceSpan } from '../src/ir/program.js';
import type { EntryStore } from '../src/models/riscos/entry-stores.js';
import { handlerReason } from '../src/models/riscos/handler-entry.js';
import { riscOsHooks } from '../src/models/riscos/hooks.js';
import { entryStoresOf, withEntryStores } from '../src/models/riscos/model-states.js';
import { and, bv, not, sym, TRUE } from '../src/values/expr.js';

const at = (line: number): SourceSpan => ({ file: 'Shadow', range: { start: { line, character: 8 }, end: { line, character: 30 } } });
const store = (line: number, order: number): EntryStore => ({ source: at(line), value: sym(`swi.result.${order}`), when: TRUE, order });

/** The hooks of a PreGrow run over a page block at R1, the full-block run's or the run's with every count. */
const joinOf = (partialFillOnly: boolean) => {
  const hooks = riscOsHooks({
    env: { svc: true, inHandler: true },
    handler: { reason: handlerReason(0), entries: bv(63), pageSize: 4096, pageBlock: sym('r1'), ...(partialFillOnly ? { partialFillOnly } : {}) },
  });
  const join = hooks.joinModels;
  assert.ok(join, 'a PreGrow over a page block joins its paths\' stores');
  return (a: ModelStates, b: ModelStates, selector: ReturnType<typeof sym>) => join(a, b, selector, false, false);
};

// Two passes of a fill loop: the first pass's error path has stored entry 0, the second's entries 0 and 1.
const first = store(217, 1), second = store(217, 2);
const onePass = withEntryStores(new Map(), { count: 1, entries: new Map([[0, [first]]]) });
const twoPasses = withEntryStores(new Map(), { count: 2, entries: new Map([[0, [first]], [1, [second]]]) });
const selector = sym('join.1', 1);

test('the full-block run joins the paths\' page-block stores as the paths made them: each entry keeps its store records, with no selector put in', () => {
  const joined = entryStoresOf(joinOf(true)(onePass, twoPasses, selector) ?? new Map());
  assert.ok(joined);
  assert.equal(joined.count, 2);
  assert.deepEqual([...joined.entries.keys()], [0, 1]);
  assert.equal(joined.entries.get(0)?.[0], first, 'the store both paths made is its one record');
  assert.equal(joined.entries.get(1)?.[0], second, 'the store one path made is its record as made, not one with a condition built for it');
  assert.equal(joined.entries.get(1)?.length, 1);
});

test('the run with every count joins the paths\' page-block stores each under the selector of the side that made it', () => {
  const joined = entryStoresOf(joinOf(false)(onePass, twoPasses, selector) ?? new Map());
  assert.ok(joined);
  assert.equal(joined.count, 2);
  assert.equal(joined.entries.get(0)?.[0], first, 'a record both sides hold holds on either');
  const [only] = joined.entries.get(1) ?? [];
  assert.equal(only?.source, second.source);
  assert.equal(only?.when, and(TRUE, not(selector)), 'the second pass\'s store is the entry\'s only where that pass\'s path was taken');
});

test('both runs keep apart paths whose model states differ in more than their stores', () => {
  const other = new Map(twoPasses).set('riscos.other-model', {});
  for (const partialFillOnly of [true, false]) assert.equal(joinOf(partialFillOnly)(onePass, other, selector), undefined);
});
