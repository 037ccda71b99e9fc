import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../emulator/src/index.js';
import type { Placement } from '../src/analysis/entryKeys.js';
import type { EntryResult } from '../src/analysis/entryCache.js';
import { movedResult, resultParts, type ResultParts } from '../src/analysis/entryPositions.js';

const FILE = '/src/driver.asm';
const INCLUDE = '/src/pages.inc';
const at = (line: number, character = 8) => ({ start: { line, character }, end: { line, character: character + 4 } });

const finding: Finding = {
  code: 'PW210',
  message: 'EAX is stored here, but _PageReserve (line {0}) may have returned 0FFFFFFFFh',
  lines: [{ line: 8 }],
  range: at(10),
  notes: [{ range: at(8), message: '_PageReserve returns here' }, { range: at(3), message: 'the macro stores it here', file: INCLUDE }],
  fix: { kind: 'test-result', service: '_PageReserve', register: 'eax', value: '0xffffffff', call: at(8), file: FILE },
};
const inInclude: Finding = { code: 'PW222', message: 'freed twice (line {0})', lines: [{ line: 4 }], range: at(5), file: INCLUDE, notes: [{ range: at(6), message: 'here' }] };

/** The same layout in every part: each part moves by as much as its base. */
const SAME = { print: 'same', offsets: [0, 2] };
const placed = (bases: number[]): Placement => ({ bases, layouts: bases.map(() => SAME) });

/** One part of the entry at lines 8 to 10, found with its base at 8. */
const PARTS = new Map([[8, [0]], [9, [0]], [10, [0]]]);

/** The parts `result`'s lines lie in, as the cache keeps them. */
function kept(result: EntryResult, parts: ReadonlyMap<number, readonly number[]>): ResultParts {
  const found = resultParts(result, FILE, parts);
  assert.ok(found, 'the result moves with its entry');
  return found;
}

test('moves the lines of the document only, in findings, the lines messages name, notes, fix data and register values', () => {
  const result = {
    findings: [finding, inInclude],
    registers: [{ file: FILE, line: 9, values: [] }, { file: INCLUDE, line: 9, values: [] }],
  };
  const moved = movedResult(result, FILE, kept(result, PARTS), placed([8]), placed([11]));
  assert.deepEqual(moved?.findings[0], {
    ...finding,
    range: at(13),
    lines: [{ line: 11 }],
    notes: [{ range: at(11), message: '_PageReserve returns here' }, { range: at(3), message: 'the macro stores it here', file: INCLUDE }],
    fix: { ...finding.fix, call: at(11) },
  });
  assert.deepEqual(moved.findings[1], inInclude, "an included file's finding and its notes stay");
  assert.deepEqual(moved.registers, [{ file: FILE, line: 12, values: [] }, { file: INCLUDE, line: 9, values: [] }]);
});

test('each line moves with its part, and a line in two parts that moved apart cannot be moved', () => {
  const result = { findings: [finding], registers: [{ file: FILE, line: 9, values: [] }] };
  // The call (line 8) and the store (line 10) in two parts; line 9 is in both.
  const parts = kept(result, new Map([[8, [0]], [9, [0, 1]], [10, [1]]]));
  const moved = movedResult(result, FILE, parts, placed([8, 9]), placed([8, 9]));
  assert.equal(moved, result, 'nothing moved');
  assert.deepEqual(movedResult(result, FILE, parts, placed([8, 9]), placed([5, 6]))?.registers, [{ file: FILE, line: 6, values: [] }]);
  assert.equal(movedResult(result, FILE, parts, placed([8, 9]), placed([8, 12])), undefined);
  const apart = movedResult(result, FILE, kept(result, new Map([[8, [0]], [9, [1]], [10, [1]]])), placed([8, 9]), placed([8, 12]));
  assert.deepEqual(apart?.findings[0]?.range, at(13));
  assert.deepEqual(apart.findings[0]?.notes[0]?.range, at(8), 'the call stays with the entry');
  assert.deepEqual(apart.registers, [{ file: FILE, line: 12, values: [] }]);
});

test('the same move of a result gives the same result again, a new move a new one', () => {
  const result = { findings: [finding], registers: [{ file: FILE, line: 9, values: [] }] };
  const parts = kept(result, PARTS);
  const moved = movedResult(result, FILE, parts, placed([8]), placed([12]));
  assert.equal(movedResult(result, FILE, parts, placed([8]), placed([12])), moved, 'a reused entry brings the same register values, which the hover join knows it by');
  assert.equal(movedResult(result, FILE, parts, placed([8]), placed([8])), result, 'moving back gives the result found');
  assert.notEqual(movedResult(result, FILE, parts, placed([8]), placed([13])), moved);
  assert.deepEqual(movedResult(result, FILE, parts, placed([8]), placed([13]))?.registers, [{ file: FILE, line: 14, values: [] }]);
  // The same shifts of the parts, with the lines in other parts: another move.
  const two = { findings: [], registers: [{ file: FILE, line: 8, values: [] }, { file: FILE, line: 10, values: [] }] };
  assert.deepEqual(movedResult(two, FILE, kept(two, new Map([[8, [0]], [10, [1]]])), placed([8, 10]), placed([9, 12]))?.registers?.map((r) => r.line), [9, 12]);
  assert.deepEqual(movedResult(two, FILE, kept(two, new Map([[8, [0]], [10, [0]]])), placed([8, 10]), placed([9, 12]))?.registers?.map((r) => r.line), [9, 11]);
});

test('a result moves with its entry when it points only at the lines of its parts, the lines its messages name too', () => {
  const code = new Map([[8, [0]], [10, [1]]]);
  const result = { findings: [finding, inInclude], registers: [{ file: FILE, line: 10, values: [] }] };
  const grouped = [{ among: [1], lines: [10] }, { among: [0], lines: [8] }];
  assert.deepEqual(resultParts(result, FILE, code), grouped, "lines 8 and 10 of the document; the included file's do not count");
  assert.equal(resultParts({ ...result, registers: [{ file: FILE, line: 9, values: [] }] }, FILE, code), undefined, 'a register value at line 9');
  assert.equal(resultParts({ findings: [{ ...finding, range: at(12) }], registers: [] }, FILE, code), undefined, 'a finding at line 12');
  assert.equal(resultParts({ findings: [{ ...finding, fix: { ...finding.fix, call: at(2) } as Finding['fix'] }], registers: [] }, FILE, code), undefined, 'a fix at line 2');
  assert.equal(resultParts({ findings: [{ ...finding, lines: [{ line: 9 }] }], registers: [] }, FILE, code), undefined, 'a message naming line 9');
  assert.deepEqual(resultParts({ findings: [{ ...finding, lines: [{ line: 9, file: INCLUDE }] }], registers: [] }, FILE, code), grouped, "a message naming a line of the included file");
  assert.equal(resultParts({ findings: [{ ...inInclude, lines: [{ line: 9, file: FILE }] }], registers: [] }, FILE, code), undefined, "an included file's finding naming line 9 of the document");
});

test('a part with a line more inside it moves each line to where its span now is, and cannot be followed where the spans changed order', () => {
  const result = { findings: [finding], registers: [{ file: FILE, line: 9, values: [] }] };
  // Spans at 8, 9 and 10, then with a line more after 8.
  const was = { bases: [8], layouts: [{ print: 'was', offsets: [0, 0, 1, 1, 2, 2] }] };
  const now = { bases: [8], layouts: [{ print: 'now', offsets: [0, 0, 2, 2, 3, 3] }] };
  const parts = kept(result, PARTS);
  const moved = movedResult(result, FILE, parts, was, now);
  assert.deepEqual(moved?.findings[0]?.range, at(11));
  assert.deepEqual(moved.findings[0]?.lines, [{ line: 8 }], 'the line above stays');
  assert.deepEqual(moved.registers, [{ file: FILE, line: 10, values: [] }]);
  assert.equal(movedResult(result, FILE, parts, was, { bases: [8], layouts: [{ print: 'more', offsets: [0, 0, 1, 1, 2, 2, 3, 3] }] }), undefined, 'a span more');
  assert.equal(movedResult(result, FILE, parts, was, { bases: [8], layouts: [{ print: 'swapped', offsets: [0, 0, 2, 2, 1, 1] }] }), undefined, 'lines in another order');
  assert.equal(movedResult(result, FILE, parts, was, { bases: [8], layouts: [{ print: 'joined', offsets: [0, 0, 1, 1, 1, 1] }] }), undefined, 'two lines on one');
});
