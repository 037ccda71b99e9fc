import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import type { EntrySummary, RunHandlerResult } from '../../server/src/run/protocol.js';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.js';
import type { EntryFinding } from '../../server/src/run/replayData.js';
import { nearestEntryAbove, scenarioChoices, scenarioTemplate } from '../src/runHandler/entries.js';
import { readReplayData, replayStep } from '../src/runHandler/replay.js';
import { StepNavigation } from '../src/traceView/stepNavigation.js';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 12 } });
const entry = (name: string, line: number, kind: EntrySummary['kind'] = 'vmm-procedure', scenarios: string[] = []): EntrySummary => ({ name, kind, range: at(line), scenarios });

test('the entry the cursor is in is the one whose label is nearest above it, or on its line', () => {
  // Out of order, as a server may list them by kind rather than position.
  const entries = [entry('Later', 40), entry('First', 10), entry('Second', 25)];
  assert.equal(nearestEntryAbove(entries, 9), undefined);
  assert.equal(nearestEntryAbove(entries, 10)?.name, 'First');
  assert.equal(nearestEntryAbove(entries, 24)?.name, 'First');
  assert.equal(nearestEntryAbove(entries, 30)?.name, 'Second');
  assert.equal(nearestEntryAbove(entries, 400)?.name, 'Later');
  assert.equal(nearestEntryAbove([], 5), undefined);
  assert.equal(nearestEntryAbove([...entries, { ...entry('Included', 30), file: 's/Handler' }], 35)?.name, 'Second', 'a label in another file is not above the cursor');
});

test('the scenario a CodeLens names comes first, without repeating it', () => {
  const handler = entry('DynHandler', 3, 'da-handler', ['PreGrow, specific pages', 'PostGrow', 'dyncache-pregrow']);
  assert.deepEqual(scenarioChoices(handler), ['PreGrow, specific pages', 'PostGrow', 'dyncache-pregrow']);
  assert.deepEqual(scenarioChoices(handler, 'dyncache-pregrow'), ['dyncache-pregrow', 'PreGrow, specific pages', 'PostGrow']);
  assert.deepEqual(scenarioChoices(entry('Init', 1)), []);
});

test('a new scenario file for a procedure or handler is valid against the scenario schema; other kinds get none', () => {
  const ajv = new Ajv({ strict: true });
  ajv.addVocabulary(['enumDescriptions', 'markdownDescription']);
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('../schemas/scenario.schema.json', import.meta.url), 'utf8')) as object);
  for (const kind of ['vmm-procedure', 'da-handler'] as const) {
    const template = scenarioTemplate(entry('Handler', 0, kind));
    assert.ok(template, kind);
    assert.ok(validate(template), `${kind}: ${ajv.errorsText(validate.errors)}`);
  }
  assert.equal(scenarioTemplate(entry('SWIEntry', 0, 'swi-handler')), undefined);
});

test('step navigation goes to a step by its index, moves by one and stops at the ends', () => {
  const steps = [4, 5, 7].map((index) => ({ index, address: '0x0', range: at(index), text: 'nop', registers: [], flags: [], writes: [], events: [] }));
  const navigation = new StepNavigation(steps);
  assert.equal(navigation.current, undefined);
  assert.equal(navigation.move(1)?.index, 4);
  assert.equal(navigation.move(1)?.index, 5);
  assert.equal(navigation.move(1)?.index, 7);
  assert.equal(navigation.move(1)?.index, 7);
  assert.equal(navigation.goTo(5)?.index, 5);
  assert.equal(navigation.goTo(6)?.index, 5, 'an unknown step leaves the current one');
  assert.equal(navigation.move(-1)?.index, 4);
  assert.equal(navigation.move(-1)?.index, 4);
  assert.equal(new StepNavigation(steps).move(-1)?.index, 7, 'back from nothing starts at the end');
  assert.equal(new StepNavigation([]).move(1), undefined);
});

test('the server puts the entry and witness of a finding in its diagnostic, and the client reads them back', () => {
  const finding: EntryFinding = {
    code: 'PW220', message: 'Physical page lost', range: at(12), notes: [], entry: 'Compact_Region',
    witness: [{ name: 'esi', width: 32, value: '0x5' }, { name: 'mem[0xc004]', width: 8, value: '0x0' }],
  };
  const diagnostic = toDiagnostic('file:///ws/FREECACH.ASM', '/ws/FREECACH.ASM', finding);
  assert.deepEqual(diagnostic.data, { entry: 'Compact_Region', witness: { esi: '0x5', 'mem[0xc004]': '0x0' } });
  assert.deepEqual(readReplayData(JSON.parse(JSON.stringify(diagnostic.data))), diagnostic.data);
  assert.equal(toDiagnostic('file:///ws/FREECACH.ASM', '/ws/FREECACH.ASM', { ...finding, entry: undefined }).data, undefined, 'a finding of no entry cannot be replayed');
});

test('replay data from anyone else is ignored', () => {
  for (const data of [undefined, null, 'PW220', { entry: 'X' }, { witness: {} }, { entry: 3, witness: {} }, { entry: 'X', witness: { esi: 5 } }, { entry: 'X', witness: {}, uri: 5 }]) {
    assert.equal(readReplayData(data), undefined, JSON.stringify(data));
  }
  assert.deepEqual(readReplayData({ entry: 'X', witness: {} }), { entry: 'X', witness: {} });
  assert.deepEqual(readReplayData({ entry: 'X', witness: {}, uri: 'file:///ws/s/Module' }), { entry: 'X', witness: {}, uri: 'file:///ws/s/Module' }, 'a fragment\'s finding names its includer');
});

test('a replay opens at the step of the same check on the same line, else of the same check, else of the first finding', () => {
  const empty = { pageSize: 4096, physical: [], linear: [] };
  const result = (findings: RunHandlerResult['verdict']['findings']): RunHandlerResult => ({
    entry: 'E', kind: 'vmm-procedure', scenario: 's', steps: [], before: empty, after: empty, moved: [], verdict: { ended: 'returned', findings },
  });
  const run = result([
    { code: 'PW210', message: '', range: at(3), step: 2 },
    { code: 'PW220', message: '', range: at(9), step: 6 },
    { code: 'PW220', message: '', range: at(12), step: 8 },
    { code: 'PW230', message: '', range: at(20) },
  ]);
  assert.equal(replayStep(run, { code: 'PW220', line: 12 }), 8);
  assert.equal(replayStep(run, { code: 'PW220', line: 40 }), 6);
  assert.equal(replayStep(run, { code: 'PW230', line: 20 }), 2);
  assert.equal(replayStep(result([]), { code: 'PW220', line: 12 }), undefined);
});
