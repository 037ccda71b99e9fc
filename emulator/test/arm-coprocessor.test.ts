import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv, constValue, type Expr } from '../src/values/expr.js';
import type { ArmInstruction, ArmOperand } from '../src/ir/arm.js';
import { readsOwnAddress } from '../src/cpu/ownAddress.js';
import { mayFallThrough } from '../src/cpu/fallThrough.js';
import type { ArmState, ConcreteMemory } from '../src/cpu/arm/index.js';
import { cond, imm, insn, makeState, mem, r, reg, setFlags, step } from './arm-helpers.js';

// Coprocessor and FPA instructions: the model keeps neither's state, so they
// change only what the architecture says they change in the core — a
// destination register, the flags, the base register written back, the bytes
// of memory a store covers — and what they put there is unknown.

const p = (coproc: number): ArmOperand => ({ kind: 'coproc', coproc });
const c = (n: number): ArmOperand => ({ kind: 'creg', reg: n });
const f = (n: number): ArmOperand => ({ kind: 'float', reg: n });
const fimm = (value: number): ArmOperand => ({ kind: 'fimm', value });

const unknown = (e: Expr | undefined): boolean => e !== undefined && constValue(e) === undefined;

/** r0-r14 and N Z C V after the instruction, as numbers where they are known. */
function core(s: ArmState): (number | 'unknown')[] {
  return [...s.regs, s.n, s.z, s.c, s.v].map((v) => { const k = constValue(v); return k === undefined ? 'unknown' : Number(k); });
}

const REGS = Object.fromEntries(Array.from({ length: 15 }, (_, k) => [k, 0x1000 + k]));

/** A state with every register distinct and known, flags 1010, and memory filled with 0xEE. */
function machine(regs: Record<number, number> = {}): ArmState {
  const s = setFlags(makeState('32', { ...REGS, ...regs }), '1010');
  (s.memory as ConcreteMemory).write(0x2000, new Uint8Array(0x100).fill(0xee));
  return s;
}

/** Which of the bytes from `from` to `to` (exclusive) are still 0xEE, as a string of '.' (kept) and 'x' (unknown). */
function bytes(s: ArmState, from: number, to: number): string {
  let out = '';
  for (let a = from; a < to; a++) {
    const b = s.memory.load(bv(a), 1);
    out += constValue(b) === 0xeen ? '.' : unknown(b) ? 'x' : '?';
  }
  return out;
}

function changedOnly(before: ArmState, after: ArmState, allowed: readonly number[]): void {
  const a = core(before), b = core(after);
  a.forEach((v, k) => { if (!allowed.includes(k)) assert.equal(b[k], v, `${k < 15 ? `r${k}` : 'NZCV'[k - 15]} is unchanged`); });
}

const run = (i: ArmInstruction, regs: Record<number, number> = {}): { before: ArmState; after: ArmState } => {
  const before = machine(regs);
  return { before, after: step(before, i).state };
};

test('MCR, MCRR and CDP change nothing the model keeps', () => {
  for (const i of [
    insn('mcr', [p(15), imm(0), reg(0), c(7), c(10), imm(4)]),
    insn('mcr2', [p(14), imm(0), reg(1), c(0), c(0)]),
    insn('mcrr', [p(15), imm(0), reg(0), reg(1), c(2)]),
    insn('cdp', [p(1), imm(0), c(1), c(2), c(3), imm(0)]),
  ]) {
    const { before, after } = run(i);
    assert.deepEqual(core(after), core(before), i.mnemonic);
    assert.equal(bytes(after, 0x2000, 0x2100), '.'.repeat(0x100));
  }
});

test('MRC writes its destination a fresh unknown value, and only it', () => {
  const { before, after } = run(insn('mrc', [p(15), imm(0), reg(1), c(0), c(0), imm(0)]));
  assert.ok(unknown(after.regs[1]));
  changedOnly(before, after, [1]);
  const again = step(after, insn('mrc', [p(15), imm(0), reg(2), c(0), c(0), imm(0)])).state;
  assert.notEqual(again.regs[2], again.regs[1], 'every read is its own value');
  const mrrc = run(insn('mrrc', [p(15), imm(0), reg(3), reg(4), c(2)]));
  assert.ok(unknown(mrrc.after.regs[3]) && unknown(mrrc.after.regs[4]));
  changedOnly(mrrc.before, mrrc.after, [3, 4]);
});

test('MRC to r15 sets N, Z, C and V to fresh values and leaves the PC and the registers', () => {
  for (const mode of ['26', '32'] as const) {
    const before = setFlags(makeState(mode, REGS), '1010');
    const { state, control } = step(before, insn('mrc', [p(15), imm(0), reg(15), c(7), c(10), imm(3)]));
    assert.deepEqual(control, { kind: 'next' }, 'it is no jump');
    for (const flag of [state.n, state.z, state.c, state.v]) assert.ok(unknown(flag));
    assert.deepEqual(state.regs, before.regs);
  }
  assert.ok(mayFallThrough(insn('mrc', [p(15), imm(0), reg(15), c(7), c(10), imm(3)])));
});

test('a conditional MRC that does not run changes nothing', () => {
  const s = setFlags(machine(), '0000');
  const { state } = step(s, cond('eq', insn('mrc', [p(15), imm(0), reg(1), c(0), c(0)])));
  assert.equal(r(state, 1), 0x1001);
});

test('LDC and LDF change only a base written back', () => {
  const cases: [ArmInstruction, number | undefined][] = [
    [insn('ldc', [p(1), c(2), mem(0, 0)]), undefined],
    [insn('ldcl', [p(1), c(2), mem(0, 8, { wb: true })]), 0x2008],
    [insn('ldc', [p(1), c(2), mem(0, 8, { pre: false })]), 0x2008],
    [insn('ldf', [f(0), mem(0, 12, { wb: true, subtract: true })], { precision: 'd' }), 0x2000 - 12],
    [insn('lfm', [f(0), imm(4), mem(0, 48, { pre: false })]), 0x2030],
  ];
  for (const [i, base] of cases) {
    const { before, after } = run(i, { 0: 0x2000 });
    assert.equal(r(after, 0), base ?? 0x2000, `${i.mnemonic}: the base`);
    changedOnly(before, after, [0]);
    assert.equal(bytes(after, 0x2000, 0x2100), '.'.repeat(0x100), `${i.mnemonic}: memory`);
  }
});

test('STF stores exactly its precision\'s bytes, as unknown values: S 4, D 8, E and P 12', () => {
  for (const [precision, size] of [['s', 4], ['d', 8], ['e', 12], ['p', 12]] as const) {
    const { before, after } = run(insn('stf', [f(1), mem(0, 16)], { precision }), { 0: 0x2000 });
    assert.equal(bytes(after, 0x200c, 0x2030), `${'.'.repeat(4)}${'x'.repeat(size)}${'.'.repeat(32 - size)}`, precision);
    changedOnly(before, after, []);
  }
});

test('STF with writeback, pre- and post-indexed, writes the base back as STR does', () => {
  const pre = run(insn('stf', [f(1), mem(0, 8, { wb: true })], { precision: 'e' }), { 0: 0x2000 }).after;
  assert.equal(r(pre, 0), 0x2008);
  assert.equal(bytes(pre, 0x2000, 0x2018), `${'.'.repeat(8)}${'x'.repeat(12)}....`);
  const post = run(insn('stf', [f(1), mem(0, 8, { pre: false, subtract: true })], { precision: 'd' }), { 0: 0x2010 }).after;
  assert.equal(r(post, 0), 0x2008);
  assert.equal(bytes(post, 0x2008, 0x2020), `${'.'.repeat(8)}${'x'.repeat(8)}${'.'.repeat(8)}`);
});

test('STF to a label stores at the label, and LDF from one changes nothing', () => {
  const before = machine();
  (before.memory as ConcreteMemory).write(0x8ff0, new Uint8Array(0x20).fill(0xee));
  const after = step(before, insn('stf', [f(0), { kind: 'target', label: 'there' }], { precision: 's' })).state;
  assert.equal(bytes(after, 0x8ffc, 0x9008), '....xxxx....');
  changedOnly(before, after, []);
  const load = run(insn('ldf', [f(0), { kind: 'target', label: 'there' }], { precision: 'd' }));
  assert.deepEqual(core(load.after), core(load.before));
});

test('SFM stores twelve bytes a register, and STC at most the sixteen words a coprocessor may store', () => {
  const sfm = run(insn('sfm', [f(4), imm(3), mem(13, 36, { wb: true, subtract: true })]), { 13: 0x2080 });
  assert.equal(r(sfm.after, 13), 0x2080 - 36);
  assert.equal(bytes(sfm.after, 0x2058, 0x2088), `....${'x'.repeat(36)}........`);
  changedOnly(sfm.before, sfm.after, [13]);
  const stc = run(insn('stcl', [p(2), c(3), mem(1, 0)]), { 1: 0x2010 });
  assert.equal(bytes(stc.after, 0x2000, 0x2060), `${'.'.repeat(16)}${'x'.repeat(64)}${'.'.repeat(16)}`);
  changedOnly(stc.before, stc.after, []);
});

test('FIX, RFS and RFC write a fresh value to their register; WFS, WFC and FLT only read theirs', () => {
  for (const i of [insn('fix', [reg(5), f(0)], { rounding: 'z' }), insn('rfs', [reg(5)]), insn('rfc', [reg(5)])]) {
    const { before, after } = run(i);
    assert.ok(unknown(after.regs[5]), i.mnemonic);
    changedOnly(before, after, [5]);
  }
  for (const i of [insn('wfs', [reg(1)]), insn('wfc', [reg(1)]), insn('flt', [f(0), reg(1)], { precision: 's' })]) {
    const { before, after } = run(i);
    assert.deepEqual(core(after), core(before), i.mnemonic);
  }
});

test('the FPA compares set N, Z, C and V to fresh values and nothing else', () => {
  for (const m of ['cmf', 'cnf', 'cmfe', 'cnfe']) {
    const { before, after } = run(insn(m, [f(0), fimm(0.5)]));
    assert.deepEqual(core(after).slice(15), ['unknown', 'unknown', 'unknown', 'unknown'], m);
    changedOnly(before, after, [15, 16, 17, 18]);
  }
});

test('the FPA\'s data operations change nothing the model keeps', () => {
  for (const i of [
    insn('adf', [f(0), f(1), f(2)], { precision: 's', rounding: 'z' }),
    insn('mvf', [f(2), f(0)], { precision: 'd' }),
    insn('muf', [f(3), f(4), fimm(10)], { precision: 'e' }),
    insn('sqt', [f(7), imm(4)], { precision: 'e' }),
  ]) {
    const { before, after } = run(i);
    assert.deepEqual(core(after), core(before), i.mnemonic);
  }
});

test('malformed operands stop the instruction instead of guessing', () => {
  const s = machine({ 0: 0x2000 });
  assert.throws(() => step(s, insn('stf', [f(0), mem(0, 0)])), /precision/);
  assert.throws(() => step(s, insn('sfm', [f(0), imm(5), mem(0, 0)])), /one to four/);
  assert.throws(() => step(s, insn('ldc', [p(1), c(2), mem(0, { reg: 1 })])), /immediate offset/);
  assert.throws(() => step(s, insn('mrc', [p(15), imm(0), c(1), c(0), c(0)])), /register/);
  assert.throws(() => step(s, insn('mvf', [reg(0), f(1)])), /FPA register/);
});

test('an instruction that makes a fresh value is keyed where it lies; one that reads no PC and makes none is not', () => {
  assert.ok(readsOwnAddress(insn('mrc', [p(15), imm(0), reg(0), c(0), c(0)])));
  assert.ok(readsOwnAddress(insn('stf', [f(0), mem(0, 0)], { precision: 'd' })));
  assert.ok(readsOwnAddress(insn('cmf', [f(0), f(1)])));
  assert.ok(!readsOwnAddress(insn('mcr', [p(15), imm(0), reg(0), c(7), c(10), imm(4)])));
  assert.ok(!readsOwnAddress(insn('ldf', [f(0), mem(0, 0)], { precision: 'd' })));
  assert.ok(readsOwnAddress(insn('ldf', [f(0), mem(15, 8)], { precision: 'd' })), 'a PC-relative load reads the PC');
});
