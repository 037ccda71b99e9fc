import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv } from '../src/values/expr.js';
import { MODE } from '../src/cpu/arm/index.js';
import { flags, imm, insn, list, makeState, mem, num, r, reg, setFlags, step, target } from './arm-helpers.js';

// R15 in 26-bit mode: N Z C V I F in bits 31-26, PC in 25-2, mode in 1-0.

const S = { setFlags: true };

test('BL in 26-bit mode saves the PSR bits with the return address in LR', () => {
  const s = setFlags(makeState('26', {}, MODE.svc26), '1010');
  s.i = bv(1, 1);
  const { state, control } = step(s, insn('bl', [target('there')]));
  assert.equal(r(state, 14), 0xa8008007);
  assert.deepEqual(control, { kind: 'call', target: { address: bv(0x9000) } });
});

test('MOVS pc, lr restores flags, I, F and mode from LR in a privileged mode', () => {
  const s = makeState('26', { 14: 0x5c00a003 }, MODE.svc26);
  const { state, control } = step(s, insn('mov', [reg(15), reg(14)], S));
  assert.deepEqual(control, { kind: 'return', address: bv(0xa000) });
  assert.equal(flags(state), '0101');
  assert.deepEqual([num(state.i), num(state.f), num(state.psrMode)], [1, 1, MODE.svc26]);
});

test('MOVS pc, lr in user mode restores only the flags', () => {
  const s = makeState('26', { 14: 0x5c00a003 }, MODE.usr26);
  const { state } = step(s, insn('mov', [reg(15), reg(14)], S));
  assert.equal(flags(state), '0101');
  assert.deepEqual([num(state.i), num(state.f), num(state.psrMode)], [0, 0, MODE.usr26]);
});

test('MOV pc, lr without S keeps the flags and drops the PSR bits from the address', () => {
  const s = setFlags(makeState('26', { 14: 0xfc00a003 }, MODE.svc26), '1000');
  const { state, control } = step(s, insn('mov', [reg(15), reg(14)]));
  assert.deepEqual(control, { kind: 'return', address: bv(0xa000) });
  assert.equal(flags(state), '1000');
});

test('ORRS pc, lr, #V_bit returns with V set (the RISC OS error return)', () => {
  const s = makeState('26', { 14: 0x2000a003 }, MODE.svc26);
  const { state, control } = step(s, insn('orr', [reg(15), reg(14), imm(0x10000000)], S));
  assert.deepEqual(control, { kind: 'return', address: bv(0xa000) });
  assert.equal(flags(state), '0011');
});

test('TEQP pc, #… writes the PSR bits; user mode cannot change I, F or the mode', () => {
  const svc = setFlags(makeState('26', {}, MODE.svc26), '1111');
  const masked = step(svc, insn('teqp', [reg(15), imm(0x0c000003)]));
  assert.equal(masked.control.kind, 'next');
  assert.equal(flags(masked.state), '0000');
  assert.deepEqual([num(masked.state.i), num(masked.state.f), num(masked.state.psrMode)], [1, 1, MODE.svc26]);

  const toUser = step(svc, insn('teqp', [reg(15), imm(0)])).state;
  assert.equal(num(toUser.psrMode), MODE.usr26);
  const stillUser = step(toUser, insn('teqp', [reg(15), imm(0x8c000003)])).state;
  assert.equal(flags(stillUser), '1000', 'flags change in user mode');
  assert.deepEqual([num(stillUser.i), num(stillUser.psrMode)], [0, MODE.usr26]);
});

test('CMPP compares and writes the difference into the PSR bits', () => {
  const s = makeState('26', { 0: 0x60000003 }, MODE.svc26);
  const { state } = step(s, insn('cmpp', [reg(0), imm(0x20000000)]));
  assert.equal(flags(state), '0100');
  assert.equal(num(state.psrMode), MODE.svc26);
});

test('R15 as operand 2 carries the PSR bits, as the first operand it does not', () => {
  const s = setFlags(makeState('26', {}, MODE.svc26), '0100');
  assert.equal(r(step(s, insn('mov', [reg(0), reg(15)])).state, 0), 0x4000800b);
  assert.equal(r(step(s, insn('add', [reg(0), reg(15), imm(0)])).state, 0), 0x8008);
});

test('a 26-bit PC write keeps only bits 25-2', () => {
  const s = makeState('26', { 0: 0xfc00a001 }, MODE.svc26);
  assert.deepEqual(step(s, insn('mov', [reg(15), reg(0)])).control, { kind: 'jump', target: { address: bv(0xa000) } });
  const s32 = makeState('32', { 0: 0xfc00a001 });
  assert.deepEqual(step(s32, insn('mov', [reg(15), reg(0)])).control, { kind: 'jump', target: { address: bv(0xfc00a000) } });
});

test('LDMFD sp!, {pc}^ restores the PSR bits from the loaded word; without ^ the flags stay', () => {
  const s = makeState('26', { 13: 0x1000 }, MODE.svc26);
  s.memory.store(bv(0x1000), bv(0xf000a000), 4);
  const caret = step(s, insn('ldm', [reg(13), list([15], true)], { blockMode: 'ia', writeback: true }));
  assert.deepEqual(caret.control, { kind: 'return', address: bv(0xa000) });
  assert.equal(flags(caret.state), '1111');
  assert.equal(num(caret.state.psrMode), MODE.usr26);
  const plain = step(s, insn('ldm', [reg(13), list([15])], { blockMode: 'ia', writeback: true }));
  assert.equal(flags(plain.state), '0000');
  assert.equal(num(plain.state.psrMode), MODE.svc26);
});

test('STR pc in 26-bit mode stores the PSR bits too', () => {
  const s = setFlags(makeState('26', { 1: 0x2000 }, MODE.svc26), '0010');
  const { state } = step(s, insn('str', [reg(15), mem(1, 0)]));
  assert.equal(num(state.memory.load(bv(0x2000), 4)), 0x2000800b);
});
