import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sym } from '../src/values/expr.js';
import { ConcreteMemory, executeX86 } from '../src/cpu/x86/index.js';
import { formatExpr } from '../src/values/format.js';
import { ENV, evaluate, flags, imm, insn, machine, mem, r, reg, run } from './x86-helpers.js';

const ALL_SET = { cf: 1, pf: 1, af: 1, zf: 1, sf: 1, of: 1, df: 0 } as const;

test('shl by 1: CF is the bit shifted out, OF = MSB(result) xor CF, AF undefined', () => {
  const s = run(machine({ eax: 0x80000001 }), insn('shl', r('eax'), imm(1)));
  assert.equal(reg(s, 'eax'), 2);
  assert.deepEqual(flags(s), { cf: 1, pf: 0, af: 'u', zf: 0, sf: 0, of: 1, df: 0 });
  assert.deepEqual(flags(run(machine({ eax: 0x80000001 }), insn('sal', r('eax'), imm(1)))), flags(s));
});

test('shl by more than 1 leaves OF undefined; by the operand size or more, CF too (8/16-bit)', () => {
  const s = run(machine({ eax: 0x1f }), insn('shl', r('al'), imm(4)));
  assert.equal(reg(s, 'eax'), 0xf0);
  assert.deepEqual(flags(s), { cf: 1, pf: 1, af: 'u', zf: 0, sf: 1, of: 'u', df: 0 });
  const t = run(machine({ eax: 0x101 }), insn('shl', r('al'), imm(8)));
  assert.equal(reg(t, 'eax'), 0x100);
  assert.deepEqual(flags(t), { cf: 'u', pf: 1, af: 'u', zf: 1, sf: 0, of: 'u', df: 0 });
});

test('the count is masked to 5 bits; a masked count of 0 changes nothing', () => {
  const s = run(machine({ eax: 0x80000001 }), insn('shl', r('eax'), imm(33)));
  assert.equal(reg(s, 'eax'), 2);
  assert.equal(flags(s).of, 1);
  const zero = run(machine({ eax: 0x1234, ecx: 0x20 }, ALL_SET), insn('shl', r('eax'), r('cl')));
  assert.equal(reg(zero, 'eax'), 0x1234);
  assert.deepEqual(flags(zero), ALL_SET);
  const rot = run(machine({ eax: 0x1234 }, ALL_SET), insn('rcl', r('eax'), imm(32)));
  assert.deepEqual(flags(rot), ALL_SET);
});

test('shr: OF of a 1-bit shift is the original MSB', () => {
  const s = run(machine({ eax: 0x80000001 }), insn('shr', r('eax'), imm(1)));
  assert.equal(reg(s, 'eax'), 0x40000000);
  assert.deepEqual(flags(s), { cf: 1, pf: 1, af: 'u', zf: 0, sf: 0, of: 1, df: 0 });
  const t = run(machine({ eax: 0x0f }), insn('shr', r('al'), imm(3)));
  assert.equal(reg(t, 'eax'), 1);
  assert.equal(flags(t).cf, 1);
});

test('sar keeps the sign; OF of a 1-bit shift is 0; CF stays defined past the operand size', () => {
  const s = run(machine({ eax: 0x81 }, { of: 1 }), insn('sar', r('al'), imm(1)));
  assert.equal(reg(s, 'eax'), 0xc0);
  assert.deepEqual(flags(s), { cf: 1, pf: 1, af: 'u', zf: 0, sf: 1, of: 0, df: 0 });
  const t = run(machine({ eax: 0x80 }), insn('sar', r('al'), imm(20)));
  assert.equal(reg(t, 'eax'), 0xff);
  assert.deepEqual(flags(t), { cf: 1, pf: 1, af: 'u', zf: 0, sf: 1, of: 'u', df: 0 });
});

test('rol and ror touch only CF and OF', () => {
  const s = run(machine({ eax: 0x81 }, { zf: 1, sf: 1 }), insn('rol', r('al'), imm(1)));
  assert.equal(reg(s, 'eax'), 0x03);
  assert.deepEqual(flags(s), { cf: 1, pf: 0, af: 0, zf: 1, sf: 1, of: 1, df: 0 });
  const nine = run(machine({ eax: 0x81 }), insn('rol', r('al'), imm(9)));
  assert.equal(reg(nine, 'eax'), 0x03);
  assert.deepEqual([flags(nine).cf, flags(nine).of], [1, 'u']);
  const eight = run(machine({ eax: 0x81 }), insn('rol', r('al'), imm(8)));
  assert.equal(reg(eight, 'eax'), 0x81);
  assert.deepEqual([flags(eight).cf, flags(eight).of], [1, 'u']);
  const ror = run(machine({ eax: 0x12345678 }), insn('ror', r('eax'), imm(4)));
  assert.equal(reg(ror, 'eax'), 0x81234567);
  assert.deepEqual([flags(ror).cf, flags(ror).of], [1, 'u']);
  const ror1 = run(machine({ eax: 0x01 }), insn('ror', r('al'), imm(1)));
  assert.equal(reg(ror1, 'eax'), 0x80);
  assert.deepEqual([flags(ror1).cf, flags(ror1).of], [1, 1]);
});

test('rcl and rcr rotate through CF, modulo size + 1', () => {
  const rcl = run(machine({ eax: 0x80 }, { cf: 1 }), insn('rcl', r('al'), imm(1)));
  assert.equal(reg(rcl, 'eax'), 0x01);
  assert.deepEqual([flags(rcl).cf, flags(rcl).of], [1, 1]);
  const rcl9 = run(machine({ eax: 0x80 }, { cf: 0 }), insn('rcl', r('al'), imm(9)));
  assert.equal(reg(rcl9, 'eax'), 0x80);
  assert.deepEqual([flags(rcl9).cf, flags(rcl9).of], [0, 'u']);
  const rcr = run(machine({ eax: 1 }, { cf: 1 }), insn('rcr', r('eax'), imm(1)));
  assert.equal(reg(rcr, 'eax'), 0x80000000);
  assert.deepEqual([flags(rcr).cf, flags(rcr).of], [1, 1]);
  const rcr2 = run(machine({ eax: 0x03 }), insn('rcr', r('al'), imm(2)));
  assert.equal(reg(rcr2, 'eax'), 0x80);
  assert.deepEqual([flags(rcr2).cf, flags(rcr2).of], [1, 'u']);
  const rcr17 = run(machine({ eax: 0x1234 }, { cf: 1 }), insn('rcr', r('ax'), imm(17)));
  assert.equal(reg(rcr17, 'eax'), 0x1234);
  assert.equal(flags(rcr17).cf, 1);
  const rcl31 = run(machine({ eax: 0x00000002 }, { cf: 1 }), insn('rcl', r('eax'), imm(31)));
  // CF:EAX = 2^32 + 2; rotating 33 bits left by 31 is rotating right by 2: 2^32 + 0x40000000.
  assert.equal(reg(rcl31, 'eax'), 0x40000000);
  assert.equal(flags(rcl31).cf, 1);
});

test('a symbolic count keeps the old flags exactly when the masked count is 0', () => {
  const symbolic = machine({ eax: 0x80000001 }, { zf: 1 });
  symbolic.regs.ecx = sym('ecx');
  const out = (executeX86(symbolic, insn('shl', r('eax'), r('cl')), ENV)[0] ?? assert.fail()).state;
  assert.equal(evaluate(out.flags.zf, { ecx: 0x40 }), 1n, 'count 0x40 masks to 0: ZF kept');
  assert.equal(evaluate(out.flags.zf, { ecx: 1 }), 0n);
  assert.equal(evaluate(out.flags.cf, { ecx: 1 }), 1n);
  assert.equal(evaluate(out.regs.eax, { ecx: 4 }), 0x10n);
});

test('shld and shrd fill from the source, which keeps its value; CF is the last bit out of the destination', () => {
  const left = run(machine({ eax: 0x8000_0001, edx: 0xf000_0000 }), insn('shld', r('eax'), r('edx'), imm(4)));
  assert.deepEqual([reg(left, 'eax'), reg(left, 'edx'), flags(left).cf, flags(left).of, flags(left).af], [0x0000_001f, 0xf000_0000, 0, 'u', 'u']);
  const right = run(machine({ eax: 0x8000_0001, edx: 0x0000_000f }), insn('shrd', r('eax'), r('edx'), imm(1)));
  assert.deepEqual([reg(right, 'eax'), flags(right).cf, flags(right).of, flags(right).sf], [0xc000_0000, 1, 0, 1]);
  const byCl = run(machine({ eax: 0x1234, ecx: 16, edx: 0xabcd }), insn('shld', r('ax'), r('dx'), r('cl')));
  assert.equal(reg(byCl, 'eax'), 0xabcd, 'a 16-bit operand shifted by 16 is the source');
  assert.equal(flags(byCl).cf, 0, 'the last bit out is bit 0 of the destination');
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [0x01, 0, 0, 0]);
  const stored = run(machine({ ebx: 0xffff_ffff }, {}, memory), insn('shld', mem(4, 0x100), r('ebx'), imm(8)));
  assert.deepEqual([(stored.memory as ConcreteMemory).byte(0x100), (stored.memory as ConcreteMemory).byte(0x101)], [0xff, 0x01]);
});

test('shld and shrd by a masked count of 0 change nothing; past a 16-bit operand the result is undefined', () => {
  const none = run(machine({ eax: 5, edx: 7, ecx: 32 }, { cf: 1, zf: 1 }), insn('shrd', r('eax'), r('edx'), r('cl')));
  assert.deepEqual([reg(none, 'eax'), flags(none).cf, flags(none).zf], [5, 1, 1]);
  const past = run(machine({ eax: 0x1234, edx: 0xabcd }), insn('shld', r('ax'), r('dx'), imm(20)));
  assert.match(formatExpr(past.regs.eax), /undef\.shld@/);
  assert.equal(flags(past).cf, 'u');
  assert.throws(() => run(machine(), insn('shld', r('al'), r('bl'), imm(1))), /16- or 32-bit/);
  assert.throws(() => run(machine(), insn('shrd', r('eax'), imm(1), imm(1))), /source is a register/);
});
