import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingMessage, lineMessage, renderMessage } from '../src/checks/message.js';
import type { SourceSpan } from '../src/ir/program.js';

const at = (line: number, file = 'a.asm'): SourceSpan => ({ file, range: { start: { line, character: 0 }, end: { line, character: 4 } } });

test('lineMessage keeps the lines a message names apart from its text', () => {
  const m = lineMessage`_PageFree (line ${at(6)}) frees the block of line ${at(2)}`;
  assert.equal(m.text, '_PageFree (line {0}) frees the block of line {1}');
  assert.deepEqual(m.lines, [at(6), at(2)]);
  assert.equal(renderMessage(m.text, m.lines.map((l) => l.range.start)), '_PageFree (line 7) frees the block of line 3');
});

test('a message inside another keeps its lines, numbered after the outer ones before it', () => {
  const inner = lineMessage`handle from _PageAllocate (line ${at(4)})`;
  const outer = lineMessage`at line ${at(9)}, the ${inner} is lost; ${3} pages`;
  assert.equal(outer.text, 'at line {0}, the handle from _PageAllocate (line {1}) is lost; 3 pages');
  assert.deepEqual(outer.lines, [at(9), at(4)]);
});

test('findingMessage writes each line 1-based where the message names it, and leaves other braces alone', () => {
  assert.equal(findingMessage({ message: 'used here, but _PageReserve (line {0}) may have failed', lines: [{ line: 47 }] }), 'used here, but _PageReserve (line 48) may have failed');
  assert.equal(findingMessage({ message: 'the {0} of {1}', lines: [{ line: 0 }] }), 'the 1 of {1}');
  assert.equal(findingMessage({ message: 'text {0} with no lines' }), 'text {0} with no lines');
});

test('findingMessage names a line of another file than the finding\'s with that file', () => {
  const lines = [{ line: 7, file: '/work/vxd/main.asm' }, { line: 4 }];
  assert.equal(findingMessage({ message: 'freed in the call at line {0}, here at line {1}', lines }), 'freed in the call at line 8 of main.asm, here at line 5');
  assert.equal(findingMessage({ message: 'at line {0}', lines: [{ line: 0, file: 'C:\\DDK\\VXD\\MAIN.ASM' }] }), 'at line 1 of MAIN.ASM');
});
