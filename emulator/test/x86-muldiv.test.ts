import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constValue, sym } from '../src/values/expr.js';
import { executeX86 } from '../src/cpu/x86/index.js';
import { ENV, evaluate, flags, imm, insn, machine, r, reg, run, step } from './x86-helpers.js';

const UNDEFINED_RESULT_FLAGS = { pf: 'u', af: 'u', zf: 'u', sf: 'u', df: 0 } as const;

test('mul: EDX:EAX, CF = OF = high half non-zero, SF ZF AF PF undefined', () => {
  const s = run(machine({ eax: 0x80000000, ebx: 4 }), insn('mul', r('ebx')));
  assert.deepEqual([reg(s, 'eax'), reg(s, 'edx')], [0, 2]);
  assert.deepEqual(flags(s), { cf: 1, of: 1, ...UNDEFINED_RESULT_FLAGS });
  const byte = run(machine({ eax: 0xaaaa0010, ebx: 0x10 }), insn('mul', r('bl')));
  assert.equal(reg(byte, 'eax'), 0xaaaa0100);
  assert.equal(flags(byte).cf, 1);
  const word = run(machine({ eax: 2, ecx: 3, edx: 0xffffffff }, { cf: 1 }), insn('mul', r('cx')));
  assert.deepEqual([reg(word, 'eax'), reg(word, 'edx')], [6, 0xffff0000]);
  assert.deepEqual([flags(word).cf, flags(word).of], [0, 0]);
});

test('imul in its one-, two- and three-operand forms', () => {
  const one = run(machine({ eax: 0xfe, ebx: 3 }), insn('imul', r('bl')));
  assert.equal(reg(one, 'eax'), 0xfffa);
  assert.deepEqual([flags(one).cf, flags(one).of], [0, 0]);
  const oneWide = run(machine({ eax: 0xffffffff, edx: 7, ebx: 0xffffffff }), insn('imul', r('ebx')));
  assert.deepEqual([reg(oneWide, 'eax'), reg(oneWide, 'edx')], [1, 0]);
  const two = run(machine({ eax: 0x10000, ebx: 0x10000 }), insn('imul', r('eax'), r('ebx')));
  assert.equal(reg(two, 'eax'), 0);
  assert.deepEqual(flags(two), { cf: 1, of: 1, ...UNDEFINED_RESULT_FLAGS });
  const three = run(machine({ ebx: 5 }), insn('imul', r('ecx'), r('ebx'), imm(-3)));
  assert.equal(reg(three, 'ecx'), 0xfffffff1);
  assert.deepEqual([flags(three).cf, flags(three).of], [0, 0]);
  const word = run(machine({ ebx: 0x100, eax: 0x77770000 }), insn('imul', r('ax'), r('bx'), imm(0x100)));
  assert.equal(reg(word, 'eax'), 0x77770000);
  assert.equal(flags(word).cf, 1);
});

test('div and idiv put quotient and remainder in place and leave all six flags undefined', () => {
  const d = run(machine({ edx: 1, eax: 5, ebx: 2 }), insn('div', r('ebx')));
  assert.deepEqual([reg(d, 'eax'), reg(d, 'edx')], [0x80000002, 1]);
  assert.deepEqual(flags(d), { cf: 'u', of: 'u', ...UNDEFINED_RESULT_FLAGS });
  const b = run(machine({ eax: 0x0105, ebx: 0x10 }), insn('div', r('bl')));
  assert.equal(reg(b, 'eax'), 0x0510);
  const w = run(machine({ edx: 0xffff, eax: 0xfff9, ecx: 2 }), insn('idiv', r('cx')));
  assert.deepEqual([reg(w, 'eax'), reg(w, 'edx')], [0xfffd, 0xffff]);
  const l = run(machine({ edx: 0xffffffff, eax: 0xfffffff9, ebx: 2 }), insn('idiv', r('ebx')));
  assert.deepEqual([reg(l, 'eax'), reg(l, 'edx')], [0xfffffffd, 0xffffffff]);
});

test('a zero divisor or a quotient that does not fit is a divide error', () => {
  for (const [state, i] of [
    [machine({ eax: 5 }), insn('div', r('ebx'))],
    [machine({ edx: 2, eax: 0, ebx: 2 }), insn('div', r('ebx'))],
    [machine({ edx: 0xffffffff, eax: 0x80000000, ebx: 0xffffffff }), insn('idiv', r('ebx'))],
    [machine({ eax: 0x8000, ebx: 0xff }), insn('idiv', r('bl'))],
  ] as const) {
    const out = step(state, i);
    assert.equal(out.length, 1);
    assert.deepEqual((out[0] ?? assert.fail()).control, { kind: 'fault', reason: 'divide error (#DE)' });
    assert.equal(reg((out[0] ?? assert.fail()).state, 'eax'), reg(state, 'eax'), 'a faulting divide writes nothing');
  }
});

test('a symbolic divisor forks into a divide error and a result', () => {
  const state = machine({ eax: 100 });
  state.regs.ebx = sym('d');
  const [fault, ok, ...rest] = executeX86(state, insn('div', r('ebx')), ENV);
  assert.equal(rest.length, 0);
  assert.equal(fault?.control.kind, 'fault');
  assert.equal(ok?.control.kind, 'next');
  assert.equal(evaluate(fault?.guard ?? assert.fail(), { d: 0 }), 1n);
  assert.equal(evaluate(ok?.guard ?? assert.fail(), { d: 0 }), 0n);
  assert.equal(evaluate(ok?.guard ?? assert.fail(), { d: 7 }), 1n);
  assert.equal(evaluate(ok?.state.regs.eax ?? assert.fail(), { d: 7 }), 14n);
  assert.equal(evaluate(ok?.state.regs.edx ?? assert.fail(), { d: 7 }), 2n);
  assert.equal(constValue(state.regs.eax), 100n, 'input untouched');
});
