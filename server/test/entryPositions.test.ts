import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../emulator/src/index.js';
import { movedResult, movesWithEntry } from '../src/analysis/entryPositions.js';

const FILE = '/src/driver.asm';
const INCLUDE = '/src/pages.inc';
const at = (line: number, character = 8) => ({ start: { line, character }, end: { line, character: character + 4 } });

const finding: Finding = {
  code: 'PW210',
  message: 'EAX is stored here, but _PageReserve may have returned 0FFFFFFFFh',
  range: at(10),
  notes: [{ range: at(8), message: '_PageReserve returns here' }, { range: at(3), message: 'the macro stores it here', file: INCLUDE }],
  fix: { kind: 'test-result', service: '_PageReserve', register: 'eax', value: '0xffffffff', call: at(8), file: FILE },
};
const inInclude: Finding = { code: 'PW202', message: 'PageContig is ignored', range: at(5), file: INCLUDE, notes: [{ range: at(6), message: 'here' }] };

test('moves the lines of the document only, in findings, notes, fix data and register values', () => {
  const moved = movedResult({
    findings: [finding, inInclude],
    registers: [{ file: FILE, line: 9, values: [] }, { file: INCLUDE, line: 9, values: [] }],
  }, FILE, 3);
  assert.deepEqual(moved.findings[0], {
    ...finding,
    range: at(13),
    notes: [{ range: at(11), message: '_PageReserve returns here' }, { range: at(3), message: 'the macro stores it here', file: INCLUDE }],
    fix: { ...finding.fix, call: at(11) },
  });
  assert.deepEqual(moved.findings[1], inInclude, "an included file's finding and its notes stay");
  assert.deepEqual(moved.registers, [{ file: FILE, line: 12, values: [] }, { file: INCLUDE, line: 9, values: [] }]);
});

test('moving there and back gives the result again', () => {
  const result = { findings: [finding, inInclude], registers: [{ file: FILE, line: 9, values: [] }] };
  assert.deepEqual(movedResult(movedResult(result, FILE, -10), FILE, 10), result);
});

test('the same move of a result gives the same result again, a new move a new one', () => {
  const result = { findings: [finding], registers: [{ file: FILE, line: 9, values: [] }] };
  const moved = movedResult(result, FILE, 4);
  assert.equal(movedResult(result, FILE, 4), moved, 'a reused entry brings the same register values, which the hover join knows it by');
  assert.equal(movedResult(moved, FILE, -4), result, 'moving back gives the result moved');
  assert.notEqual(movedResult(result, FILE, 5), moved);
  assert.deepEqual(movedResult(result, FILE, 5).registers, [{ file: FILE, line: 14, values: [] }]);
});

test('a result moves with its entry when it points only at the given lines and names no line by number', () => {
  const code = new Set([8, 10]);
  const result = { findings: [finding, inInclude], registers: [{ file: FILE, line: 10, values: [] }] };
  assert.equal(movesWithEntry(result, FILE, code), true, "lines 8 and 10 of the document; the included file's do not count");
  assert.equal(movesWithEntry({ ...result, registers: [{ file: FILE, line: 9, values: [] }] }, FILE, code), false, 'a register value at line 9');
  assert.equal(movesWithEntry({ findings: [{ ...finding, range: at(12) }], registers: [] }, FILE, code), false, 'a finding at line 12');
  assert.equal(movesWithEntry({ findings: [{ ...finding, fix: { ...finding.fix, call: at(2) } as Finding['fix'] }], registers: [] }, FILE, code), false, 'a fix at line 2');
  assert.equal(movesWithEntry({ findings: [{ ...finding, message: 'EAX is stored here, but _PageReserve (line 9) may have failed' }], registers: [] }, FILE, code), false);
  assert.equal(movesWithEntry({ findings: [{ ...finding, notes: [{ range: at(8), message: 'the block at line 4' }] }], registers: [] }, FILE, code), false);
});
