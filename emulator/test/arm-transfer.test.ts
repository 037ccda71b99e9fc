import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, bv, constValue, sym } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { knownBits } from '../src/values/known-bits.js';
import type { KnownBits } from '../src/values/known-bits.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { ArmState, executeArm } from '../src/cpu/arm/index.js';
import { env, insn, list, makeState, mem, num, r, reg, step, target } from './arm-helpers.js';

function withBytes(s: ArmState, address: number, bytes: number[]): ArmState {
  bytes.forEach((b, k) => s.memory.store(bv(address + k), bv(b, 8), 1));
  return s;
}

function word(s: ArmState, address: number): number {
  return num(s.memory.load(bv(address), 4));
}

const BYTES = [0x11, 0x22, 0x33, 0x44, 0x80, 0x90, 0xa0, 0xb0];

test('LDR addressing: offsets, negative offsets, pre-index writeback, post-index, scaled register', () => {
  const s = withBytes(makeState('32', { 1: 0x1004, 2: 1 }), 0x1000, BYTES);
  assert.equal(r(step(s, insn('ldr', [reg(0), mem(1, 0)])).state, 0), 0xb0a09080);
  let out = step(s, insn('ldr', [reg(0), mem(1, 4, { subtract: true, wb: true })])).state;
  assert.equal(r(out, 0), 0x44332211);
  assert.equal(r(out, 1), 0x1000, 'pre-indexed writeback');
  out = step(s, insn('ldr', [reg(0), mem(1, 4, { pre: false })])).state;
  assert.equal(r(out, 0), 0xb0a09080, 'post-indexed uses the base');
  assert.equal(r(out, 1), 0x1008, 'then writes base + offset back');
  out = step(s, insn('ldr', [reg(0), mem(1, { reg: 2, shift: { type: 'lsl', amount: 2 } }, { subtract: true })])).state;
  assert.equal(r(out, 0), 0x44332211);
  assert.equal(r(out, 1), 0x1004, 'no writeback without !');
});

test('unaligned LDR rotates the aligned word as ARMv4/v5 do', () => {
  const s = withBytes(makeState('32', { 1: 0x1001 }), 0x1000, BYTES);
  assert.equal(r(step(s, insn('ldr', [reg(0), mem(1, 0)])).state, 0), 0x11443322);
  assert.equal(r(step(s, insn('ldr', [reg(0), mem(1, 1)])).state, 0), 0x22114433);
  assert.equal(r(step(s, insn('ldr', [reg(0), mem(1, 2)])).state, 0), 0x33221144);
});

test('byte, halfword and signed loads', () => {
  const s = withBytes(makeState('32', { 1: 0x1004 }), 0x1000, BYTES);
  const load = (size: 'b' | 'h' | 'sb' | 'sh', offset: number): number => r(step(s, insn('ldr', [reg(0), mem(1, offset)], { size })).state, 0);
  assert.equal(load('b', 0), 0x80);
  assert.equal(load('sb', 0), 0xffffff80);
  assert.equal(load('h', 0), 0x9080);
  assert.equal(load('sh', 0), 0xffff9080);
  assert.equal(load('sh', -4 >>> 0), 0x2211, 'a negative immediate wraps the address');
});

test('stores: STR ignores address bits 1:0, STRB and STRH store the low bits', () => {
  const s = makeState('32', { 0: 0xaabbccdd, 1: 0x2002 });
  assert.equal(word(step(s, insn('str', [reg(0), mem(1, 0)])).state, 0x2000), 0xaabbccdd);
  const b = step(s, insn('str', [reg(0), mem(1, 1)], { size: 'b' })).state;
  assert.equal(word(b, 0x2000), 0xdd000000);
  const h = step(s, insn('str', [reg(0), mem(1, 2, { pre: false })], { size: 'h' })).state;
  assert.equal(word(h, 0x2000), 0xccdd0000);
  assert.equal(r(h, 1), 0x2004);
});

test('a load into its own writeback base keeps the loaded value', () => {
  const s = withBytes(makeState('32', { 1: 0x1000 }), 0x1000, BYTES);
  assert.equal(r(step(s, insn('ldr', [reg(1), mem(1, 4, { pre: false })])).state, 1), 0x44332211);
});

test('LDR pc: from the stack a return, otherwise a jump', () => {
  const s = withBytes(makeState('32', { 13: 0x1000, 0: 0x1000 }), 0x1000, [0x20, 0x30, 0, 0]);
  const pop = step(s, insn('ldr', [reg(15), mem(13, 4, { pre: false })]));
  assert.deepEqual(pop.control, { kind: 'return', address: bv(0x3020) });
  assert.equal(r(pop.state, 13), 0x1004);
  assert.deepEqual(step(s, insn('ldr', [reg(15), mem(0, 0)])).control, { kind: 'jump', target: { address: bv(0x3020) } });
});

test('LDR from a label and ADR resolve through the environment', () => {
  const s = withBytes(makeState('32'), 0x9000, [1, 2, 3, 4]);
  assert.equal(r(step(s, insn('ldr', [reg(0), target('there')])).state, 0), 0x04030201);
  assert.equal(r(step(s, insn('adr', [reg(0), target('there')])).state, 0), 0x9000);
  assert.equal(step(s, insn('ldr', [reg(0), target('nowhere')])).control.kind, 'fault');
});

test('STMDB sp! then LDMIA sp! round-trips and returns through PC', () => {
  const s = makeState('32', { 0: 10, 1: 11, 13: 0x3000, 14: 0x8888 });
  const pushed = step(s, insn('stm', [reg(13), list([14, 0, 1])], { blockMode: 'db', writeback: true })).state;
  assert.equal(r(pushed, 13), 0x3000 - 12);
  assert.deepEqual([word(pushed, 0x2ff4), word(pushed, 0x2ff8), word(pushed, 0x2ffc)], [10, 11, 0x8888]);
  pushed.regs[0] = bv(0); pushed.regs[1] = bv(0);
  const pulled = step(pushed, insn('ldm', [reg(13), list([0, 1, 15])], { blockMode: 'ia', writeback: true }));
  assert.deepEqual(pulled.control, { kind: 'return', address: bv(0x8888) });
  assert.equal(r(pulled.state, 0), 10);
  assert.equal(r(pulled.state, 1), 11);
  assert.equal(r(pulled.state, 13), 0x3000);
});

test('LDM IB and DA address the right words; without writeback the base stays', () => {
  const s = withBytes(makeState('32', { 5: 0x1000 }), 0x1000, [...BYTES, 1, 0, 0, 0]);
  const ib = step(s, insn('ldm', [reg(5), list([0, 1])], { blockMode: 'ib' })).state;
  assert.deepEqual([r(ib, 0), r(ib, 1), r(ib, 5)], [0xb0a09080, 1, 0x1000]);
  const da = step(s, insn('ldm', [reg(5), list([0, 1])], { blockMode: 'da', writeback: true })).state;
  assert.equal(r(da, 1), num(s.memory.load(bv(0x1000), 4)));
  assert.equal(r(da, 5), 0x1000 - 8);
});

test('base register in the list', () => {
  const s = makeState('32', { 0: 0x2000, 1: 7 });
  const lowest = step(s, insn('stm', [reg(0), list([0, 1])], { blockMode: 'ia', writeback: true })).state;
  assert.equal(word(lowest, 0x2000), 0x2000, 'lowest: the original base is stored');
  const s2 = makeState('32', { 1: 0x2000, 0: 7 });
  const notLowest = step(s2, insn('stm', [reg(1), list([0, 1])], { blockMode: 'ia', writeback: true })).state;
  assert.equal(word(notLowest, 0x2004), 0x2008, 'not lowest: the written-back base is stored (ARM2-ARM7)');
  const load = withBytes(makeState('32', { 1: 0x1000 }), 0x1000, BYTES);
  const loaded = step(load, insn('ldm', [reg(1), list([0, 1])], { blockMode: 'ia', writeback: true })).state;
  assert.equal(r(loaded, 1), 0xb0a09080, 'LDM: the loaded value wins over writeback');
});

test('LDM {pc}^ in 32-bit mode restores the CPSR from the SPSR', () => {
  const s = withBytes(makeState('32', { 13: 0x1000 }), 0x1000, [0x00, 0x40, 0, 0]);
  s.spsr = bv(0x80000010);
  const { state, control } = step(s, insn('ldm', [reg(13), { ...list([15], true) }], { blockMode: 'ia', writeback: true }));
  assert.deepEqual(control, { kind: 'return', address: bv(0x4000) });
  assert.equal(num(state.n), 1);
  assert.equal(num(state.psrMode), 0x10);
});

test('an empty register list is a fault; STRH with a register offset and writeback', () => {
  assert.equal(step(makeState('32'), insn('ldm', [reg(0), list([])])).control.kind, 'fault');
  const s = makeState('32', { 0: 0x1234, 1: 0x2000, 2: 6 });
  const h = step(s, insn('str', [reg(0), mem(1, { reg: 2 }, { wb: true })], { size: 'h' })).state;
  assert.equal(num(h.memory.load(bv(0x2006), 2)), 0x1234);
  assert.equal(r(h, 1), 0x2006);
});

test('word accesses through a pointer the path knows is aligned need neither the mask nor the rotation', () => {
  const base = sym('sp');
  const s = new ArmState({ memory: new SymbolicMemory(), mode: '32', regs: [bv(0), base] });
  s.memory.store(add(base, bv(8)), sym('saved'), 4);
  const aligned = (e: Expr): KnownBits => knownBits(e, (name) => (name === 'sp' ? { zeros: 3n, ones: 0n } : undefined));
  const [known] = executeArm(s, insn('ldr', [reg(0), mem(1, 8)]), { ...env(), knownBits: aligned });
  assert.equal(known?.state.regs[0]?.kind, 'sym', 'the stored word comes back as it was');
  assert.equal((known?.state.regs[0] as { name?: string }).name, 'saved');
  const [unknown] = executeArm(s, insn('ldr', [reg(0), mem(1, 8)]), env());
  assert.equal(unknown?.state.regs[0]?.kind, 'binary', 'without alignment, the exact ARMv4 rotation stays');
});

test('[r1, r2] and [r2, r1] name one word: what STR stores through one LDR loads through the other, and through ADD r3, r2, r1', () => {
  const s = new ArmState({ memory: new SymbolicMemory(), mode: '32', regs: [sym('value'), sym('block'), sym('offset')] });
  // Both word aligned, so that the load is the word stored, not its ARMv4 rotation.
  const aligned = { ...env(), knownBits: (e: Expr): KnownBits => knownBits(e, (name) => (name === 'value' ? undefined : { zeros: 3n, ones: 0n })) };
  const [stored] = executeArm(s, insn('str', [reg(0), mem(1, { reg: 2 })]), aligned);
  assert.ok(stored);
  const [loaded] = executeArm(stored.state, insn('ldr', [reg(4), mem(2, { reg: 1 })]), aligned);
  assert.equal(loaded?.state.regs[4], sym('value'));
  const [added] = executeArm(stored.state, insn('add', [reg(3), reg(2), reg(1)]), aligned);
  assert.ok(added);
  const [through] = executeArm(added.state, insn('ldr', [reg(4), mem(3, 0)]), aligned);
  assert.equal(through?.state.regs[4], sym('value'));
});

test('STRB through [r1, r2] then [r1, r3]: r2 and r3 index one table, so LDRB [r1, r2] may read either store; through [r6, r2], another pointer, it reads its own', () => {
  const regs = [bv(7), sym('table'), sym('i'), sym('j'), bv(9), bv(0), sym('other')];
  const run = (steps: readonly ArmInstruction[]): ArmState => steps.reduce((s, i) => {
    const [next] = executeArm(s, i, env());
    assert.ok(next);
    return next.state;
  }, new ArmState({ memory: new SymbolicMemory(), mode: '32', regs }));
  const strb = (rd: number, base: number, index: number): ArmInstruction => insn('str', [reg(rd), mem(base, { reg: index })], { size: 'b' });
  const ldrb = insn('ldr', [reg(5), mem(1, { reg: 2 })], { size: 'b' });
  const same = run([strb(0, 1, 2), strb(4, 1, 3), ldrb]).regs[5];
  assert.ok(same);
  assert.equal(constValue(same), undefined, 'j may be i: the byte is not known');
  assert.equal(r(run([strb(0, 1, 2), strb(4, 6, 2), ldrb]), 5), 7);
});
