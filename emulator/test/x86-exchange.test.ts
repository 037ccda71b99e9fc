import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sym } from '../src/values/expr.js';
import { ConcreteMemory, executeX86 } from '../src/cpu/x86/index.js';
import { ENV, flags, insn, machine, mem, prefixed, r, reg, run } from './x86-helpers.js';

// XADD, CMPXCHG, BSF and BSR (exchange.ts); the differential test runs them
// against this CPU as well.

test('xadd adds into the destination and hands back its old value, with the flags of add', () => {
  const s = run(machine({ eax: 0xffffffff, ecx: 1 }), insn('xadd', r('eax'), r('ecx')));
  assert.deepEqual([reg(s, 'eax'), reg(s, 'ecx'), flags(s).cf, flags(s).zf], [0, 0xffffffff, 1, 1]);
  const doubled = run(machine({ eax: 21 }), insn('xadd', r('eax'), r('eax')));
  assert.equal(reg(doubled, 'eax'), 42, 'the destination is written last');
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [5, 0, 0, 0]);
  const locked = run(machine({ edx: 3 }, {}, memory), prefixed('lock', 'xadd', mem(4, 0x100), r('edx')));
  assert.deepEqual([(locked.memory as ConcreteMemory).byte(0x100), reg(locked, 'edx')], [8, 5]);
});

test('cmpxchg stores the source when the accumulator matches, and loads the destination into it when not', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [7, 0, 0, 0]);
  const swapped = run(machine({ eax: 7, ecx: 9 }, {}, memory), insn('cmpxchg', mem(4, 0x100), r('ecx')));
  assert.deepEqual([(swapped.memory as ConcreteMemory).byte(0x100), reg(swapped, 'eax'), flags(swapped).zf], [9, 7, 1]);
  const missed = run(machine({ eax: 6, ecx: 9 }, {}, memory), insn('cmpxchg', mem(4, 0x100), r('ecx')));
  assert.deepEqual([(missed.memory as ConcreteMemory).byte(0x100), reg(missed, 'eax'), flags(missed).zf], [7, 7, 0]);
  const self = run(machine({ eax: 4, ecx: 9 }), insn('cmpxchg', r('eax'), r('ecx')));
  assert.equal(reg(self, 'eax'), 9, 'the accumulator as destination takes the source');
  // An unknown accumulator: both outcomes in one state, decided by the comparison.
  const state = machine({ ecx: 9 });
  state.regs.eax = sym('eax', 32);
  assert.equal(executeX86(state, insn('cmpxchg', r('ebx'), r('ecx')), ENV).length, 1);
});

test('bsf and bsr find the lowest and highest set bit; a zero source sets ZF and keeps the destination', () => {
  const low = run(machine({ ecx: 0x00f0_0100 }), insn('bsf', r('eax'), r('ecx')));
  const high = run(machine({ ecx: 0x00f0_0100 }), insn('bsr', r('eax'), r('ecx')));
  assert.deepEqual([reg(low, 'eax'), flags(low).zf, reg(high, 'eax'), flags(high).zf], [8, 0, 23, 0]);
  const none = run(machine({ eax: 0x1234, ecx: 0 }), insn('bsf', r('eax'), r('ecx')));
  assert.deepEqual([reg(none, 'eax'), flags(none).zf], [0x1234, 1]);
  assert.equal(flags(none).cf, 'u');
  assert.throws(() => run(machine(), insn('bsf', r('al'), r('cl'))), /16- or 32-bit/);
});
