import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConcreteMemory, X86SemanticsError, executeX86 } from '../src/cpu/x86/index.js';
import { CONDITION_TABLE, ENV, flags, insn, machine, mem, imm, r, reg, run } from './x86-helpers.js';

// Expected values are worked out by hand from the Intel SDM descriptions.

test('add sets all six flags: signed overflow into the sign bit', () => {
  const s = run(machine({ eax: 0x7fffffff, ebx: 1 }), insn('add', r('eax'), r('ebx')));
  assert.equal(reg(s, 'eax'), 0x80000000);
  assert.deepEqual(flags(s), { cf: 0, pf: 1, af: 1, zf: 0, sf: 1, of: 1, df: 0 });
});

test('add al writes only AL and carries out of bit 7', () => {
  const s = run(machine({ eax: 0x123456ff, ebx: 1 }), insn('add', r('al'), r('bl')));
  assert.equal(reg(s, 'eax'), 0x12345600);
  assert.deepEqual(flags(s), { cf: 1, pf: 1, af: 1, zf: 1, sf: 0, of: 0, df: 0 });
});

test('adc adds the carry in', () => {
  const s = run(machine({ eax: 0xffffffff }, { cf: 1 }), insn('adc', r('eax'), imm(0)));
  assert.equal(reg(s, 'eax'), 0);
  assert.deepEqual(flags(s), { cf: 1, pf: 1, af: 1, zf: 1, sf: 0, of: 0, df: 0 });
});

test('sub: signed overflow out of the sign bit, borrow from the low nibble', () => {
  const s = run(machine({ eax: 0x80000000, ebx: 1 }), insn('sub', r('eax'), r('ebx')));
  assert.equal(reg(s, 'eax'), 0x7fffffff);
  assert.deepEqual(flags(s), { cf: 0, pf: 1, af: 1, zf: 0, sf: 0, of: 1, df: 0 });
});

test('sbb subtracts the borrow in', () => {
  const s = run(machine({}, { cf: 1 }), insn('sbb', r('al'), imm(1)));
  assert.equal(reg(s, 'eax'), 0xfe);
  assert.deepEqual(flags(s), { cf: 1, pf: 0, af: 1, zf: 0, sf: 1, of: 0, df: 0 });
});

test('cmp sets flags like sub and keeps the operand', () => {
  const s = run(machine({ eax: 3 }), insn('cmp', r('eax'), imm(5)));
  assert.equal(reg(s, 'eax'), 3);
  assert.deepEqual(flags(s), { cf: 1, pf: 0, af: 1, zf: 0, sf: 1, of: 0, df: 0 });
});

test('inc and dec keep CF', () => {
  const a = run(machine({ ecx: 0xffffffff }, { cf: 1 }), insn('inc', r('ecx')));
  assert.equal(reg(a, 'ecx'), 0);
  assert.deepEqual(flags(a), { cf: 1, pf: 1, af: 1, zf: 1, sf: 0, of: 0, df: 0 });
  const memory = new ConcreteMemory(0);
  memory.write(0x500, [0x80]);
  const b = run(machine({}, {}, memory), insn('dec', mem(1, 0x500)));
  assert.equal(memory.byte(0x500), 0x80, 'the input state is not modified');
  assert.equal((b.memory as ConcreteMemory).byte(0x500), 0x7f);
  assert.deepEqual(flags(b), { cf: 0, pf: 0, af: 1, zf: 0, sf: 0, of: 1, df: 0 });
});

test('neg: CF is "operand was not zero"; negating the minimum overflows', () => {
  const zero = run(machine({}, { cf: 1 }), insn('neg', r('eax')));
  assert.deepEqual(flags(zero), { cf: 0, pf: 1, af: 0, zf: 1, sf: 0, of: 0, df: 0 });
  const min = run(machine({ eax: 0x80000000 }), insn('neg', r('eax')));
  assert.equal(reg(min, 'eax'), 0x80000000);
  assert.deepEqual(flags(min), { cf: 1, pf: 1, af: 0, zf: 0, sf: 1, of: 1, df: 0 });
});

test('logical operations clear CF and OF and leave AF undefined', () => {
  const s = run(machine({ eax: 0xf0f0, ebx: 0xff00 }, { cf: 1, of: 1 }), insn('and', r('eax'), r('ebx')));
  assert.equal(reg(s, 'eax'), 0xf000);
  assert.deepEqual(flags(s), { cf: 0, pf: 1, af: 'u', zf: 0, sf: 0, of: 0, df: 0 });
  const x = run(machine({ eax: 1234 }), insn('xor', r('eax'), r('eax')));
  assert.equal(reg(x, 'eax'), 0);
  assert.equal(flags(x).zf, 1);
  const o = run(machine({ edx: 0x100 }), insn('or', r('dx'), imm(0x8001)));
  assert.equal(reg(o, 'edx'), 0x8101);
  assert.deepEqual(flags(o), { cf: 0, pf: 0, af: 'u', zf: 0, sf: 1, of: 0, df: 0 });
});

test('test keeps its operands', () => {
  const s = run(machine({ eax: 0x80 }), insn('test', r('al'), imm(0x81)));
  assert.equal(reg(s, 'eax'), 0x80);
  assert.deepEqual(flags(s), { cf: 0, pf: 0, af: 'u', zf: 0, sf: 1, of: 0, df: 0 });
});

test('not touches no flag', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x600, [0x0f, 0, 0, 0]);
  const s = run(machine({}, { zf: 1, cf: 1 }, memory), insn('not', mem(4, 0x600)));
  assert.equal((s.memory as ConcreteMemory).byte(0x600), 0xf0);
  assert.equal((s.memory as ConcreteMemory).byte(0x603), 0xff);
  assert.deepEqual(flags(s), { cf: 1, pf: 0, af: 0, zf: 1, sf: 0, of: 0, df: 0 });
});

test('partial register writes keep the other bits of the 32-bit register', () => {
  let s = run(machine({ eax: 0x11223344 }), insn('mov', r('ah'), imm(0xab)));
  assert.equal(reg(s, 'eax'), 0x1122ab44);
  s = run(s, insn('mov', r('al'), imm(0xcd)));
  assert.equal(reg(s, 'eax'), 0x1122abcd);
  s = run(s, insn('mov', r('ax'), imm(0x5555)));
  assert.equal(reg(s, 'eax'), 0x11225555);
  s = run(machine({ ebx: 0x0000ff00, ecx: 0xaaaaaaaa }), insn('mov', r('ch'), r('bh')));
  assert.equal(reg(s, 'ecx'), 0xaaaaffaa);
});

test('mov between memory and registers is little-endian', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x700, [0x78, 0x56, 0x34, 0x12]);
  const s = run(machine({ ebx: 0x700 }, {}, memory), insn('mov', r('eax'), mem(4, 0, 'ebx')), insn('mov', mem(2, 0x710), r('ax')));
  assert.equal(reg(s, 'eax'), 0x12345678);
  assert.equal((s.memory as ConcreteMemory).byte(0x710), 0x78);
  assert.equal((s.memory as ConcreteMemory).byte(0x711), 0x56);
});

test('movzx and movsx', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x800, [0x80]);
  const base = machine({ ebx: 0xfe, ecx: 0x12340000, eax: 0xab00 }, {}, memory);
  assert.equal(reg(run(base, insn('movzx', r('edx'), mem(1, 0x800))), 'edx'), 0x80);
  assert.equal(reg(run(base, insn('movsx', r('edx'), mem(1, 0x800))), 'edx'), 0xffffff80);
  assert.equal(reg(run(base, insn('movsx', r('cx'), r('bl'))), 'ecx'), 0x1234fffe);
  assert.equal(reg(run(base, insn('movzx', r('esi'), r('ah'))), 'esi'), 0xab);
  assert.equal(reg(run(base, insn('movsx', r('esi'), r('ax'))), 'esi'), 0xffffab00);
});

test('lea computes base + index*scale + disp without touching memory', () => {
  const s = run(machine({ ebx: 0x100, ecx: 3 }), insn('lea', r('eax'), mem(undefined, 8, 'ebx', 'ecx', 4)));
  assert.equal(reg(s, 'eax'), 0x114);
  const t = run(machine({ ebx: 0xffff, eax: 0x55550000 }), insn('lea', r('ax'), mem(undefined, 2, 'ebx')));
  assert.equal(reg(t, 'eax'), 0x55550001);
});

test('xchg swaps a register with memory', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x900, [1, 0, 0, 0]);
  const s = run(machine({ eax: 0xdeadbeef }, {}, memory), insn('xchg', r('eax'), mem(4, 0x900)));
  assert.equal(reg(s, 'eax'), 1);
  assert.equal((s.memory as ConcreteMemory).byte(0x903), 0xde);
});

test('cbw, cwde, cwd and cdq sign-extend', () => {
  assert.equal(reg(run(machine({ eax: 0x12345680 }), insn('cbw')), 'eax'), 0x1234ff80);
  assert.equal(reg(run(machine({ eax: 0x12348000 }), insn('cwde')), 'eax'), 0xffff8000);
  const cwd = run(machine({ eax: 0x8000, edx: 0x12345678 }), insn('cwd'));
  assert.equal(reg(cwd, 'edx'), 0x1234ffff);
  assert.equal(reg(run(machine({ eax: 0x7fffffff, edx: 5 }), insn('cdq')), 'edx'), 0);
  assert.equal(reg(run(machine({ eax: 0x80000000 }), insn('cdq')), 'edx'), 0xffffffff);
});

test('flag instructions', () => {
  const s = run(machine(), insn('stc'), insn('std'), insn('sti'));
  assert.deepEqual([flags(s).cf, flags(s).df, s.flags.if?.kind === 'const' ? s.flags.if.value : undefined], [1, 1, 1n]);
  const t = run(s, insn('cmc'), insn('cld'), insn('cli'));
  assert.deepEqual([flags(t).cf, flags(t).df, t.flags.if?.kind === 'const' ? t.flags.if.value : undefined], [0, 0, 0n]);
  assert.equal(flags(run(t, insn('cmc'))).cf, 1);
  assert.equal(flags(run(t, insn('stc'), insn('clc'))).cf, 0);
});

test('lahf and sahf move SF ZF AF PF CF through AH', () => {
  const s = run(machine({ eax: 0x12345678 }, { sf: 1, af: 1, cf: 1, of: 1 }), insn('lahf'));
  assert.equal(reg(s, 'eax'), 0x12349378);
  const t = run(machine({ eax: 0xd500 }, { of: 1 }), insn('sahf'));
  assert.deepEqual(flags(t), { cf: 1, pf: 1, af: 1, zf: 1, sf: 1, of: 1, df: 0 });
});

test('bswap reverses the bytes', () => {
  assert.equal(reg(run(machine({ ecx: 0x12345678 }), insn('bswap', r('ecx'))), 'ecx'), 0x78563412);
});

test('setcc: every condition code and alias, to a register and to memory', () => {
  for (const [f, expected] of CONDITION_TABLE) {
    for (const [cc, want] of Object.entries(expected)) {
      const s = run(machine({ eax: 0xffffff55 }, f), insn(`set${cc}`, r('ah')));
      assert.equal(reg(s, 'eax'), (0xffff0055 | (want << 8)) >>> 0, `set${cc} with ${JSON.stringify(f)}`);
    }
  }
  const s = run(machine({}, { zf: 1 }), insn('setz', mem(1, 0x40)));
  assert.equal((s.memory as ConcreteMemory).byte(0x40), 1);
});

test('unknown mnemonics and impossible operands throw X86SemanticsError', () => {
  assert.throws(() => executeX86(machine(), insn('ud2'), ENV), X86SemanticsError);
  assert.throws(() => executeX86(machine(), insn('mov', r('eax'), r('bl')), ENV), X86SemanticsError);
  assert.throws(() => executeX86(machine(), insn('inc', mem(undefined, 0x10)), ENV), /operand size unknown/);
  assert.throws(() => executeX86(machine(), insn('inc', mem(8, 0x10)), ENV), /a memory operand of 8 bytes/);
  assert.throws(() => executeX86(machine(), insn('push', mem(8, 0x10)), ENV), /16 or 32 bits/);
  assert.throws(() => executeX86(machine(), insn('setz', r('eax')), ENV), X86SemanticsError);
});

test('a statement the lowering could not assemble stops with its reason, whatever its mnemonic', () => {
  const unassembled = { ...insn('mov', r('eax'), imm(1)), unassembled: 'unknown macro Mystery' };
  const [only, ...rest] = executeX86(machine({ eax: 5 }), unassembled, ENV);
  assert.deepEqual(rest, []);
  assert.deepEqual(only?.control, { kind: 'incomplete', reason: 'unknown macro Mystery' });
  assert.equal(reg(only.state, 'eax'), 5);
});

test('cmovcc copies only when its condition holds, and reads a memory source either way', () => {
  const taken = run(machine({ eax: 1, ebx: 2 }, { zf: 1 }), insn('cmovz', r('eax'), r('ebx')));
  const kept = run(machine({ eax: 1, ebx: 2 }, { zf: 0 }), insn('cmovz', r('eax'), r('ebx')));
  assert.deepEqual([reg(taken, 'eax'), reg(kept, 'eax')], [2, 1]);
  const word = run(machine({ eax: 0xaaaa_0001, ebx: 0x5555_0000 }, { cf: 1 }), insn('cmovb', r('ax'), r('bx')));
  assert.equal(reg(word, 'eax'), 0xaaaa_0000, 'a 16-bit move keeps the upper half');
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [9, 0, 0, 0]);
  const loaded = run(machine({ ecx: 3 }, { sf: 1, of: 0 }, memory), insn('cmovl', r('ecx'), mem(4, 0x100)));
  assert.equal(reg(loaded, 'ecx'), 9);
  assert.throws(() => run(machine(), insn('cmove', mem(4, 0x100), r('eax'))), /16- or 32-bit register/);
  assert.throws(() => run(machine(), insn('cmove', r('al'), r('bl'))), /16- or 32-bit register/);
});

test('xlat loads AL from EBX + AL; an operand only names the table', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x2000, Array.from({ length: 256 }, (_, i) => 255 - i));
  const s = run(machine({ eax: 0x1234_5603, ebx: 0x2000 }, {}, memory), insn('xlat'));
  assert.equal(reg(s, 'eax'), 0x1234_56fc);
  const named = run(machine({ eax: 0x80, ebx: 0x2000 }, {}, memory), insn('xlat', mem(1, 0x9999)));
  assert.equal(reg(named, 'eax'), 0x7f);
  assert.throws(() => run(machine(), insn('xlatb', r('al'))), /table in memory/);
});
