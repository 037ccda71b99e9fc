import { test } from 'node:test';
import assert from 'node:assert/strict';
import { executeX86 } from '../src/cpu/x86/index.js';
import { ENV, flags, imm, insn, machine, r, reg, run } from './x86-helpers.js';

// BCD adjustments (decimal.ts). The expected values of the DAS borrow and
// the AAA carry into AH were read off this machine's CPU; the differential
// test runs all six against it too.

test('daa adjusts both digits of a packed BCD sum and sets CF on a decimal carry', () => {
  const sum = run(machine({ eax: 0x79 }), insn('add', r('al'), imm(0x35)), insn('daa'));
  assert.deepEqual([reg(sum, 'eax'), flags(sum).cf, flags(sum).af, flags(sum).of], [0x14, 1, 1, 'u']);
  const plain = run(machine({ eax: 0x12 }), insn('add', r('al'), imm(0x34)), insn('daa'));
  assert.deepEqual([reg(plain, 'eax'), flags(plain).cf, flags(plain).af, flags(plain).zf], [0x46, 0, 0, 0]);
});

test('das keeps the borrow out of its low step even when the high step does not run', () => {
  const s = run(machine({ eax: 0x10 }), insn('sub', r('al'), imm(0x0b)), insn('das'));
  assert.deepEqual([reg(s, 'eax'), flags(s).cf, flags(s).af], [0xff, 1, 1]);
  const borrow = run(machine({ eax: 0x00 }), insn('sub', r('al'), imm(0x01)), insn('das'));
  assert.deepEqual([reg(borrow, 'eax'), flags(borrow).cf], [0x99, 1]);
});

test('aaa and aas adjust AL to one digit and carry into AH; AL + 6 may carry twice into AH', () => {
  const sum = run(machine({ eax: 0x0009 }), insn('add', r('al'), imm(0x08)), insn('aaa'));
  assert.deepEqual([reg(sum, 'eax'), flags(sum).cf, flags(sum).af, flags(sum).zf], [0x0107, 1, 1, 'u']);
  const wrap = run(machine({ eax: 0x00fa }), insn('aaa'));
  assert.equal(reg(wrap, 'eax'), 0x0200, 'AX + 106h: the AL overflow reaches AH as well');
  const none = run(machine({ eax: 0x1234 }), insn('aaa'));
  assert.deepEqual([reg(none, 'eax'), flags(none).cf], [0x1204, 0]);
  const difference = run(machine({ eax: 0x0203 }), insn('sub', r('al'), imm(0x05)), insn('aas'));
  assert.deepEqual([reg(difference, 'eax'), flags(difference).cf], [0x0108, 1]);
});

test('aam splits AL into digits of its base, aad joins them; a zero base for aam is a divide error', () => {
  const split = run(machine({ eax: 0x3f }), insn('aam'));
  assert.deepEqual([reg(split, 'eax'), flags(split).zf, flags(split).cf], [0x0603, 0, 'u']);
  const hex = run(machine({ eax: 0x3f }), insn('aam', imm(16)));
  assert.equal(reg(hex, 'eax'), 0x030f);
  const joined = run(machine({ eax: 0x0603 }), insn('aad'));
  assert.deepEqual([reg(joined, 'eax'), flags(joined).sf], [63, 0]);
  const [fault] = executeX86(machine({ eax: 7 }), insn('aam', imm(0)), ENV);
  assert.deepEqual(fault?.control, { kind: 'fault', reason: 'divide error (#DE)' });
  assert.throws(() => run(machine(), insn('daa', r('al'))), /expected 0 operands/);
});
