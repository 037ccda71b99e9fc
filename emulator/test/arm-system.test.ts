import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv, sym } from '../src/values/expr.js';
import { ConcreteMemory, executeArm, MODE } from '../src/cpu/arm/index.js';
import { cond, env, flags, imm, insn, makeState, num, r, reg, setFlags, step, target } from './arm-helpers.js';

const S = { setFlags: true };

test('MUL and MLA; MULS sets N and Z and leaves C and V', () => {
  const mla = step(makeState('32', { 1: 3, 2: 4, 3: 5 }), insn('mla', [reg(0), reg(1), reg(2), reg(3)])).state;
  assert.equal(r(mla, 0), 17);
  const muls = step(setFlags(makeState('32', { 1: 0x10000, 2: 0x10000 }), '0011'), insn('mul', [reg(0), reg(1), reg(2)], S)).state;
  assert.equal(r(muls, 0), 0);
  assert.equal(flags(muls), '0111');
});

test('long multiplies', () => {
  const run = (op: string, lo: number, hi: number, a: number, b: number, setFlags = false): [number, number, string] => {
    const s = makeState('32', { 0: lo, 1: hi, 2: a, 3: b });
    const { state } = step(s, insn(op, [reg(0), reg(1), reg(2), reg(3)], { setFlags }));
    return [r(state, 0), r(state, 1), flags(state)];
  };
  assert.deepEqual(run('umull', 0, 0, 0xffffffff, 0xffffffff), [1, 0xfffffffe, '0000']);
  assert.deepEqual(run('smull', 0, 0, 0xffffffff, 2, true), [0xfffffffe, 0xffffffff, '1000']);
  assert.deepEqual(run('umlal', 0xffffffff, 0, 1, 1), [0, 1, '0000']);
  assert.deepEqual(run('smlal', 5, 0, 0xfffffffd, 2, true), [0xffffffff, 0xffffffff, '1000']);
  assert.deepEqual(run('umull', 7, 7, 0, 5, true), [0, 0, '0100']);
});

test('CLZ', () => {
  for (const [value, count] of [[0, 32], [1, 31], [0x80000000, 0], [0x00f00000, 8]] as const) {
    assert.equal(r(step(makeState('32', { 1: value }), insn('clz', [reg(0), reg(1)])).state, 0), count);
  }
});

test('MRS reads flags, I, F and mode; MSR writes the flag field and, when privileged, the control field', () => {
  const s = setFlags(makeState('32', {}, MODE.svc32), '1100');
  s.i = bv(1, 1);
  assert.equal(r(step(s, insn('mrs', [reg(0), { kind: 'psr', psr: 'cpsr', fields: '' }])).state, 0), 0xc0000093);
  const f = step(s, insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(0xa8000000)])).state;
  assert.equal(flags(f), '1010');
  assert.equal(num(f.q), 1);
  assert.equal(num(f.psrMode), MODE.svc32, 'the f field leaves the mode');
  const c = step(s, insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'c' }, imm(0x10)])).state;
  assert.equal(num(c.psrMode), MODE.usr32);
  assert.equal(flags(c), '1100');
  const user = step(makeState('32', { 1: 0xd3 }, MODE.usr32), insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'fc' }, reg(1)])).state;
  assert.equal(num(user.psrMode), MODE.usr32, 'user mode cannot leave user mode');
  assert.equal(num(user.i), 0);
  const spsr = step(s, insn('msr', [{ kind: 'psr', psr: 'spsr', fields: 'f' }, imm(0xf0000000)])).state;
  assert.equal(num(spsr.spsr), 0xf0000000);
  assert.equal(r(step(spsr, insn('mrs', [reg(2), { kind: 'psr', psr: 'spsr', fields: '' }])).state, 2), 0xf0000000);
});

test('SWI gives its number, X bit included, as swi control', () => {
  const { control } = step(makeState('26'), insn('swi', [imm(0x20066)]));
  assert.deepEqual(control, { kind: 'swi', number: bv(0x20066) });
  assert.deepEqual(step(makeState('26'), insn('svc', [imm(0xff000002)])).control, { kind: 'swi', number: bv(2) });
});

test('branches: B jumps, BL calls with LR = next, BX lr returns, unresolved labels stay labels', () => {
  assert.deepEqual(step(makeState('32'), insn('b', [target('there')])).control, { kind: 'jump', target: { address: bv(0x9000) } });
  assert.deepEqual(step(makeState('32'), insn('b', [target('Extern')])).control, { kind: 'jump', target: { label: 'Extern' } });
  const bl = step(makeState('32'), insn('bl', [target('there')]));
  assert.equal(r(bl.state, 14), 0x8004);
  assert.equal(bl.control.kind, 'call');
  assert.deepEqual(step(makeState('32', { 14: 0x4000 }), insn('bx', [reg(14)])).control, { kind: 'return', address: bv(0x4000) });
  assert.deepEqual(step(makeState('32', { 3: 0x4001 }), insn('bx', [reg(3)])).control, { kind: 'jump', target: { address: bv(0x4000) } });
});

test('NV never executes; unsupported mnemonics are faults', () => {
  const { state } = step(makeState('32'), cond('nv', insn('mov', [reg(0), imm(1)])));
  assert.equal(r(state, 0), 0);
  assert.equal(step(makeState('32'), insn('swp', [reg(0), reg(1)])).control.kind, 'fault');
});

test('a conditional SWI on a symbolic flag forks into swi and next', () => {
  const s = makeState('26');
  s.v = sym('v', 1);
  const out = executeArm(s, cond('vc', insn('swi', [imm(0x20000)])), env());
  assert.deepEqual(out.map((x) => x.control.kind), ['swi', 'next']);
});

test('ConcreteMemory: little-endian, unwritten bytes read as the fill, clones are independent, symbolic addresses throw', () => {
  const m = new ConcreteMemory(0xee);
  m.store(bv(0x10), bv(0x11223344), 4);
  assert.equal(num(m.load(bv(0x11), 2)), 0x2233);
  assert.equal(num(m.load(bv(0x13), 2)), 0xee11);
  const copy = m.clone();
  copy.store(bv(0x10), bv(0, 8), 1);
  assert.equal(num(m.load(bv(0x10), 1)), 0x44);
  assert.equal(num(copy.load(bv(0x10), 1)), 0);
  m.store(bv(0x20), sym('x'), 4);
  assert.deepEqual(m.load(bv(0x20), 4).kind === 'const', false, 'symbolic values at constant addresses are kept');
  assert.throws(() => m.load(sym('p'), 4), /symbolic address/);
});

test('a statement the lowering could not assemble stops with its reason, whatever its mnemonic', () => {
  const unassembled = insn('mov', [reg(0), imm(1)], { unassembled: 'unknown macro SETPSR' });
  const { state, control } = step(makeState('32', { 0: 5 }), unassembled);
  assert.deepEqual(control, { kind: 'incomplete', reason: 'unknown macro SETPSR' });
  assert.equal(r(state, 0), 5);
});
