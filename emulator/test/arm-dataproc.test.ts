import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv, not, sym } from '../src/values/expr.js';
import type { ArmCondition } from '../src/ir/arm.js';
import { executeArm } from '../src/cpu/arm/index.js';
import { cond, env, flags, imm, insn, makeState, num, r, reg, setFlags, step } from './arm-helpers.js';

const S = { setFlags: true };

test('ADDS, SUBS, CMP, RSBS set N Z C V by hand-computed cases', () => {
  const cases: [string, number, number, number, string][] = [
    ['add', 0xffffffff, 1, 0, '0110'],
    ['add', 0x7fffffff, 1, 0x80000000, '1001'],
    ['sub', 5, 7, 0xfffffffe, '1000'],
    ['sub', 7, 7, 0, '0110'],
    ['rsb', 1, 0, 0xffffffff, '1000'],
  ];
  for (const [op, a, b, result, nzcv] of cases) {
    const { state } = step(makeState('32', { 1: a, 2: b }), insn(op, [reg(0), reg(1), reg(2)], S));
    assert.equal(r(state, 0), result, `${op} ${a} ${b}`);
    assert.equal(flags(state), nzcv, `${op} ${a} ${b} flags`);
  }
  const { state } = step(makeState('32', { 0: 0x80000000 }), insn('cmp', [reg(0), imm(1)]));
  assert.equal(flags(state), '0011', 'CMP sets flags without S and signed-overflows');
  assert.equal(r(state, 0), 0x80000000, 'CMP writes no register');
});

test('CMP and CMN with &80000000 (SETV\'s pair) set V by the sign of the operand, by hand-computed cases', () => {
  const cases: [string, number, string][] = [
    ['cmp', 0, '1001'], ['cmp', 0x7fffffff, '1001'], ['cmp', 0x80000000, '0110'], ['cmp', 0xffffffff, '0010'],
    ['cmn', 0, '1000'], ['cmn', 0x7fffffff, '1000'], ['cmn', 0x80000000, '0111'], ['cmn', 0xffffffff, '0011'],
  ];
  for (const [op, a, nzcv] of cases) {
    const { state } = step(makeState('32', { 0: a }), insn(op, [reg(0), imm(0x80000000)]));
    assert.equal(flags(state), nzcv, `${op} ${a}`);
  }
});

test('ADC, SBC and RSC use the carry flag', () => {
  const adc = step(setFlags(makeState('32', { 1: 1 }), '0010'), insn('adc', [reg(0), reg(1), imm(2)])).state;
  assert.equal(r(adc, 0), 4);
  const sbcs = step(setFlags(makeState('32', { 1: 5 }), '0000'), insn('sbc', [reg(0), reg(1), imm(3)], S)).state;
  assert.equal(r(sbcs, 0), 1, '5 - 3 - NOT C');
  assert.equal(flags(sbcs), '0010', 'no borrow sets C');
  const sbcBorrow = step(setFlags(makeState('32', { 1: 0 }), '0000'), insn('sbc', [reg(0), reg(1), imm(0)], S)).state;
  assert.equal(r(sbcBorrow, 0), 0xffffffff);
  assert.equal(flags(sbcBorrow), '1000');
  const rsc = step(setFlags(makeState('32', { 1: 3 }), '0010'), insn('rsc', [reg(0), reg(1), imm(10)])).state;
  assert.equal(r(rsc, 0), 7);
  const adcs = step(setFlags(makeState('32', { 1: 0xffffffff }), '0010'), insn('adc', [reg(0), reg(1), imm(0)], S)).state;
  assert.equal(r(adcs, 0), 0);
  assert.equal(flags(adcs), '0110', 'carry in alone carries out');
});

test('logical operations take C from the shifter and leave V', () => {
  const movs = step(setFlags(makeState('32', { 1: 0x80000001 }), '0001'), insn('mov', [reg(0), reg(1, { type: 'lsl', amount: 1 })], S)).state;
  assert.equal(r(movs, 0), 2);
  assert.equal(flags(movs), '0011');
  const small = step(setFlags(makeState('32'), '0010'), insn('mov', [reg(0), imm(0xff)], S)).state;
  assert.equal(flags(small), '0010', 'an unrotated immediate leaves C');
  const big = step(setFlags(makeState('32'), '0000'), insn('mov', [reg(0), imm(0xff000000)], S)).state;
  assert.equal(flags(big), '1010', 'a rotated immediate copies bit 31 into C');
  const clear = step(setFlags(makeState('32'), '0010'), insn('and', [reg(0), reg(0), imm(0x3fc)], S)).state;
  assert.equal(flags(clear), '0100', 'bit 31 of 0x3fc is clear');
  const bic = step(makeState('32', { 1: 0xff }), insn('bic', [reg(0), reg(1), imm(0x0f)])).state;
  assert.equal(r(bic, 0), 0xf0);
  const mvn = step(makeState('32'), insn('mvn', [reg(0), imm(0)])).state;
  assert.equal(r(mvn, 0), 0xffffffff);
  const teq = step(makeState('32', { 0: 5 }), insn('teq', [reg(0), imm(5)])).state;
  assert.equal(flags(teq), '0100');
});

test('register shifts use the bottom byte and the rules for amounts of 32 and more', () => {
  const cases: [string, number, number, number, number][] = [
    // type, value, amount register, result, carry (carry in is 1)
    ['lsl', 0x80000001, 0x104, 0x10, 0],
    ['lsl', 0x00000001, 32, 0, 1],
    ['lsl', 0xffffffff, 33, 0, 0],
    ['lsr', 0x80000000, 32, 0, 1],
    ['lsr', 0xffffffff, 40, 0, 0],
    ['asr', 0x80000000, 40, 0xffffffff, 1],
    ['asr', 0x40000000, 32, 0, 0],
    ['ror', 0x80000001, 32, 0x80000001, 1],
    ['ror', 0x00000003, 33, 0x80000001, 1],
    ['ror', 0x00000002, 0, 0x00000002, 1],
    ['lsr', 0x00000002, 0, 0x00000002, 1],
  ];
  for (const [type, value, amount, result, carry] of cases) {
    const s = setFlags(makeState('32', { 1: value, 2: amount }), '0010');
    const { state } = step(s, insn('mov', [reg(0), reg(1, { type: type as 'lsl', amount: { reg: 2 } })], S));
    assert.equal(r(state, 0), result, `${type} ${value.toString(16)} by ${amount}`);
    assert.equal(num(state.c), carry, `${type} ${value.toString(16)} by ${amount}: carry`);
  }
});

test('immediate shifts: LSR #32, ASR #32, ROR and RRX', () => {
  const cases: [string, number, number, number, number][] = [
    ['lsr', 0x80000000, 32, 0, 1],
    ['asr', 0x80000000, 32, 0xffffffff, 1],
    ['asr', 0x7fffffff, 32, 0, 0],
    ['lsr', 0x00000003, 1, 0x00000001, 1],
    ['ror', 0x000000f1, 4, 0x1000000f, 0],
    ['lsl', 0x00000003, 0, 0x00000003, 1],
  ];
  for (const [type, value, amount, result, carry] of cases) {
    const s = setFlags(makeState('32', { 1: value }), '0010');
    const { state } = step(s, insn('mov', [reg(0), reg(1, { type: type as 'lsl', amount })], S));
    assert.equal(r(state, 0), result, `${type} #${amount}`);
    assert.equal(num(state.c), carry, `${type} #${amount}: carry`);
  }
  const rrx = step(setFlags(makeState('32', { 1: 2 }), '0010'), insn('mov', [reg(0), reg(1, { type: 'rrx', amount: 0 })], S)).state;
  assert.equal(r(rrx, 0), 0x80000001);
  assert.equal(flags(rrx), '1000', 'RRX shifts bit 0 out into C');
});

test('PC reads as address + 8, or + 12 beside a register-specified shift', () => {
  assert.equal(r(step(makeState('32'), insn('add', [reg(0), reg(15), imm(4)])).state, 0), 0x800c);
  const regShift = step(makeState('32'), insn('add', [reg(0), reg(1), reg(15, { type: 'lsl', amount: { reg: 2 } })])).state;
  assert.equal(r(regShift, 0), 0x800c);
});

test('writing PC is a return from LR and a jump otherwise', () => {
  const ret = step(makeState('32', { 14: 0x1235 }), insn('mov', [reg(15), reg(14)]));
  assert.deepEqual(ret.control, { kind: 'return', address: bv(0x1234) });
  const table = step(makeState('32', { 0: 1 }), insn('add', [reg(15), reg(15), reg(0, { type: 'lsl', amount: 2 })]));
  assert.deepEqual(table.control, { kind: 'jump', target: { address: bv(0x800c) } });
});

test('MOVS pc, lr in 32-bit mode copies the SPSR into the CPSR', () => {
  const s = makeState('32', { 14: 0x4000 });
  s.spsr = bv(0x60000010);
  const { state, control } = step(s, insn('mov', [reg(15), reg(14)], S));
  assert.equal(control.kind, 'return');
  assert.equal(flags(state), '0110');
  assert.equal(num(state.psrMode), 0x10);
});

test('TEQP is a fault in 32-bit mode', () => {
  const { control } = step(makeState('32'), insn('teqp', [reg(15), imm(3)]));
  assert.equal(control.kind, 'fault');
});

test('every condition code against hand-picked flags', () => {
  const table: [string, ArmCondition[], ArmCondition[]][] = [
    ['0100', ['eq', 'cc', 'pl', 'vc', 'ls', 'ge', 'le', 'al'], ['ne', 'cs', 'mi', 'vs', 'hi', 'lt', 'gt', 'nv']],
    ['0010', ['ne', 'cs', 'pl', 'vc', 'hi', 'ge', 'gt', 'al'], ['eq', 'cc', 'mi', 'vs', 'ls', 'lt', 'le', 'nv']],
    ['1001', ['ne', 'cc', 'mi', 'vs', 'ls', 'ge', 'gt'], ['eq', 'cs', 'pl', 'vc', 'hi', 'lt', 'le']],
    ['1000', ['lt', 'le', 'mi'], ['ge', 'gt', 'pl']],
    ['0110', ['ls', 'eq', 'cs'], ['hi', 'ne', 'cc']],
  ];
  for (const [nzcv, taken, skipped] of table) {
    for (const c of [...taken, ...skipped]) {
      const { state } = step(setFlags(makeState('32'), nzcv), cond(c, insn('mov', [reg(0), imm(1)])));
      assert.equal(r(state, 0), taken.includes(c) ? 1 : 0, `${c} with ${nzcv}`);
    }
  }
});

test('a symbolic condition forks: executed under the guard, skipped under its negation', () => {
  const s = makeState('32', { 0: 7 });
  s.z = sym('z', 1);
  const out = executeArm(s, cond('eq', insn('mov', [reg(0), imm(1)])), env());
  assert.equal(out.length, 2);
  const [done, skipped] = out;
  assert.ok(done && skipped);
  assert.deepEqual(done.guard, sym('z', 1));
  assert.equal(r(done.state, 0), 1);
  assert.deepEqual(skipped.guard, not(sym('z', 1)));
  assert.equal(r(skipped.state, 0), 7);
  assert.equal(r(s, 0), 7, 'the input state is untouched');
});

test('symbolic operands build expressions for every data-processing form without forking', () => {
  const s = makeState('32');
  for (let k = 0; k < 15; k++) s.regs[k] = sym(`r${k}`);
  s.c = sym('c', 1);
  const forms = [
    insn('adc', [reg(0), reg(1), reg(2, { type: 'ror', amount: { reg: 3 } })], S),
    insn('rsc', [reg(0), reg(1), reg(2, { type: 'rrx', amount: 0 })], S),
    insn('mov', [reg(0), { kind: 'imm', value: sym('imm') }], S),
    insn('clz', [reg(0), reg(1)]),
    insn('smlal', [reg(0), reg(1), reg(2), reg(3)], S),
  ];
  for (const form of forms) {
    const out = executeArm(s, form, env());
    assert.equal(out.length, 1, form.mnemonic);
    assert.notEqual(out[0]?.state.regs[0]?.kind, 'const', form.mnemonic);
  }
});
