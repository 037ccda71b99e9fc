import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as expr from '../src/values/expr.js';
import type { X86FloatRegister, X86Operand } from '../src/ir/x86.js';
import { ConcreteMemory } from '../src/cpu/x86/index.js';
import { formatExpr } from '../src/values/format.js';
import { flags, insn, machine, mem, r, reg, run } from './x86-helpers.js';

// The FPU and MMX (floating-point.ts): their registers are not kept; what
// they store into memory or general registers is unknown, and nothing else
// the model keeps changes.

const f = (reg: X86FloatRegister): X86Operand => ({ kind: 'float', reg });

/** The fresh-value names covering [from, from + length), or `kept` where a byte is still the concrete one. */
function bytesAt(memory: ConcreteMemory | unknown, from: number, length: number): string[] {
  const m = memory as ConcreteMemory;
  return Array.from({ length }, (_, i) => {
    const value = m.load(expr.bv(from + i, 32), 1);
    return value.kind === 'const' ? 'kept' : /sys\.fpu@/.test(formatExpr(value)) ? 'fpu' : formatExpr(value);
  });
}

test('stores write unknown bytes of exactly their size and nothing next to them', () => {
  const cases: [string, X86Operand, number][] = [
    ['fstp', mem(8, 0x104), 8], ['fst', mem(4, 0x104), 4], ['fistp', mem(2, 0x104), 2], ['fbstp', mem(10, 0x104), 10],
    ['fbstp', mem(undefined, 0x104), 10], ['fnstcw', mem(undefined, 0x104), 2], ['fnstenv', mem(undefined, 0x104), 28],
    ['fnsave', mem(undefined, 0x104), 108], ['fstsw', mem(2, 0x104), 2],
  ];
  for (const [m, dest, bytes] of cases) {
    const s = run(machine({}, {}, new ConcreteMemory(0)), insn(m, dest));
    assert.deepEqual(bytesAt(s.memory, 0x100, bytes + 8), [...Array(4).fill('kept'), ...Array(bytes).fill('fpu'), ...Array(4).fill('kept')], m);
  }
  assert.throws(() => run(machine(), insn('fstp', mem(undefined, 0x100))), /sized memory operand/);
  assert.throws(() => run(machine(), insn('fnsave', r('eax'))), /memory operand/);
});

test('fnstsw ax, movd to a register and fcomi write unknown values; fcomi clears OF, SF and AF', () => {
  const status = run(machine({ eax: 0x1234_5678 }), insn('fnstsw', r('ax')));
  assert.match(formatExpr(status.regs.eax), /sys\.fpu@.*0x1234|0x1234.*sys\.fpu@/);
  const moved = run(machine({ eax: 1 }), insn('movd', r('eax'), f('mm0')));
  assert.match(formatExpr(moved.regs.eax), /^sys\.fpu@1000#\d+$/);
  const compared = run(machine({}, { of: 1, sf: 1, af: 1, zf: 1 }), insn('fcomi', f('st0'), f('st1')));
  assert.match(formatExpr(compared.flags.zf), /^sys\.fpu@/);
  assert.deepEqual([compared.flags.of, compared.flags.sf, compared.flags.af].map((e) => formatExpr(e)), ['0', '0', '0']);
});

test('loads, arithmetic and MMX register moves change no register, flag or memory the model keeps', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [1, 2, 3, 4, 5, 6, 7, 8]);
  const before = machine({ eax: 1, esi: 0x100 }, { zf: 1, cf: 1 }, memory);
  const after = run(before, insn('finit'), insn('fld', mem(8, 0, 'esi')), insn('fadd', f('st1'), f('st0')), insn('fwait'),
    insn('movq', f('mm0'), mem(8, 0, 'esi')), insn('paddd', f('mm0'), f('mm1')), insn('emms'), insn('frstor', mem(undefined, 0, 'esi')));
  assert.deepEqual([reg(after, 'eax'), reg(after, 'esi'), flags(after).zf, flags(after).cf], [1, 0x100, 1, 1]);
  assert.deepEqual(bytesAt(after.memory, 0x100, 8), Array(8).fill('kept'));
  const stored = run(before, insn('movq', mem(8, 0, 'esi'), f('mm1')));
  assert.deepEqual(bytesAt(stored.memory, 0x100, 8), Array(8).fill('fpu'));
  assert.throws(() => run(machine(), insn('paddd', r('eax'), f('mm1'))), /MMX register/);
  assert.throws(() => run(machine(), insn('mov', r('eax'), f('mm1'))), /not a general register/);
});
