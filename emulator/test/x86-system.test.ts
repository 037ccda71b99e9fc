import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { X86Operand, X86SystemRegister } from '../src/ir/x86.js';
import { ConcreteMemory, executeX86 } from '../src/cpu/x86/index.js';
import { formatExpr } from '../src/values/format.js';
import * as expr from '../src/values/expr.js';
import { ENV, flags, insn, machine, mem, r, reg, run } from './x86-helpers.js';

// The parts of the CPU the model does not keep (system.ts): a read of a
// segment, control or debug register, CPUID, RDTSC or an MSR is a value
// nothing is known of; writes, TLB and cache flushes change nothing.

const sys = (reg: X86SystemRegister): X86Operand => ({ kind: 'sys', reg });

test('mov from a control register gives a fresh value named by the register and the address; mov to one changes nothing', () => {
  const s = run(machine({ eax: 7, ebx: 9 }), insn('mov', r('eax'), sys('cr3')));
  assert.match(formatExpr(s.regs.eax), /^sys\.cr3@1000#\d+$/);
  const again = run(machine({ eax: 7, ebx: 9 }), insn('mov', r('eax'), sys('cr3')));
  assert.notEqual(formatExpr(again.regs.eax), formatExpr(s.regs.eax), 'each read is a value of its own');
  const written = run(machine({ eax: 0x5000, ebx: 9 }), insn('mov', sys('cr3'), r('eax')), insn('mov', sys('cr0'), r('ebx')));
  assert.deepEqual([reg(written, 'eax'), reg(written, 'ebx')], [0x5000, 9]);
});

test('segment registers: 16-bit reads keep the rest of the register, push and pop move ESP by 4', () => {
  const s = run(machine({ eax: 0x12345678 }), insn('mov', r('ax'), sys('ds')));
  assert.match(formatExpr(s.regs.eax), /0x1234/, 'the upper half of EAX stays');
  const stacked = run(machine({ esp: 0x1000 }), insn('push', sys('ds')), insn('pop', sys('es')));
  assert.equal(reg(stacked, 'esp'), 0x1000);
  const pushed = run(machine({ esp: 0x1000 }), insn('push', sys('fs')));
  assert.equal(reg(pushed, 'esp'), 0xffc);
  const loaded = run(machine({ esi: 0x2000 }, {}, new ConcreteMemory(0)), insn('mov', sys('ds'), mem(2, 0, 'esi')));
  assert.equal(reg(loaded, 'esi'), 0x2000);
});

test('invlpg, wbinvd, invd, clts, hlt and wrmsr change no register, flag or memory the model keeps', () => {
  const before = machine({ eax: 1, ecx: 2, edx: 3, esi: 0x2000 });
  const after = run(before, insn('invlpg', mem(undefined, 0, 'esi')), insn('wbinvd'), insn('invd'), insn('clts'), insn('hlt'), insn('wrmsr'));
  for (const name of ['eax', 'ecx', 'edx', 'esi'] as const) assert.equal(reg(after, name), reg(before, name));
  assert.throws(() => executeX86(before, insn('invlpg', r('eax')), ENV), /memory operand/);
});

test('cpuid, rdtsc and rdmsr give fresh values in the registers they write, and leave the others', () => {
  const id = run(machine({ esi: 5 }), insn('cpuid'));
  for (const name of ['eax', 'ebx', 'ecx', 'edx'] as const) assert.match(formatExpr(id.regs[name]), new RegExp(`^sys\\.cpuid\\.${name}@1000#\\d+$`));
  assert.equal(reg(id, 'esi'), 5);
  const tsc = run(machine({ ecx: 0x10, ebx: 4 }), insn('rdtsc'));
  assert.match(formatExpr(tsc.regs.edx), /^sys\.rdtsc\.edx@/);
  assert.deepEqual([reg(tsc, 'ecx'), reg(tsc, 'ebx')], [0x10, 4]);
  const msr = run(machine({ ecx: 0x1b }), insn('rdmsr'));
  assert.match(formatExpr(msr.regs.eax), /^sys\.rdmsr\.eax@/);
  assert.equal(reg(msr, 'ecx'), 0x1b);
});

test('sgdt and sidt store a limit and a base nothing is known of; sldt, str and smsw write an unknown selector or word', () => {
  const table = run(machine({ ebx: 0x100, eax: 7 }), insn('sgdt', mem(6, 0, 'ebx')));
  assert.match(formatExpr(table.memory.load(expr.bv(0x100, 32), 2)), /sys\.gdtr\.limit@1000#\d+/);
  assert.match(formatExpr(table.memory.load(expr.bv(0x102, 32), 4)), /sys\.gdtr\.base@1000#\d+/);
  assert.equal(reg(table, 'eax'), 7);
  assert.throws(() => run(machine(), insn('sidt', r('eax'))), /memory operand/);
  const selector = run(machine({ eax: 0x12345678 }), insn('str', r('ax')));
  assert.match(formatExpr(selector.regs.eax), /sys\.tr@1000/);
  assert.match(formatExpr(selector.regs.eax), /0x1234/, 'a 16-bit register keeps its upper half');
  const word = run(machine({ esi: 0x200 }), insn('smsw', mem(undefined, 0, 'esi')));
  assert.match(formatExpr(word.memory.load(expr.bv(0x200, 32), 2)), /sys\.msw@/);
  const loaded = run(machine({ eax: 3 }), insn('lgdt', mem(6, 0x100)), insn('lidt', mem(6, 0x100)), insn('lldt', r('ax')), insn('ltr', r('ax')), insn('lmsw', r('ax')));
  assert.equal(reg(loaded, 'eax'), 3);
});

test('lar, lsl, verr and verw: ZF is unknown, and lar and lsl load only when it is set', () => {
  const lar = run(machine({ eax: 5, ebx: 0x28 }), insn('lar', r('eax'), r('ebx')));
  assert.match(formatExpr(lar.flags.zf), /^sys\.lar\.valid@/);
  assert.match(formatExpr(lar.regs.eax), /^sys\.lar\.valid@\S+ \? sys\.lar@\S+ : 5$/);
  const verr = run(machine({ eax: 0x28 }), insn('verr', r('ax')));
  assert.match(formatExpr(verr.flags.zf), /^sys\.verr\.valid@/);
  assert.equal(reg(verr, 'eax'), 0x28);
  assert.throws(() => run(machine(), insn('lsl', mem(4, 0x100), r('eax'))), /destination is a register/);
});

test('arpl raises the RPL of the destination selector to the source\'s and says so in ZF', () => {
  const raised = run(machine({ eax: 0xffff_0028, ebx: 0x0003 }), insn('arpl', r('ax'), r('bx')));
  assert.deepEqual([reg(raised, 'eax'), flags(raised).zf], [0xffff_002b, 1]);
  const kept = run(machine({ eax: 0x002b, ebx: 0x0001 }), insn('arpl', r('ax'), r('bx')));
  assert.deepEqual([reg(kept, 'eax'), flags(kept).zf], [0x002b, 0]);
});

test('lds, les, lfs, lgs and lss load a far pointer\'s offset; the selector goes nowhere the model looks', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [0x78, 0x56, 0x34, 0x12, 0x30, 0x00]);
  for (const m of ['lds', 'les', 'lfs', 'lgs', 'lss']) {
    const s = run(machine({ ebx: 0x100 }, {}, memory), insn(m, r('esi'), mem(6, 0, 'ebx')));
    assert.equal(reg(s, 'esi'), 0x12345678, m);
  }
  const near = run(machine({ esi: 0xaaaa_0000 }, {}, memory), insn('les', r('si'), mem(undefined, 0x100)));
  assert.equal(reg(near, 'esi'), 0xaaaa_5678);
  assert.throws(() => run(machine(), insn('lds', r('esi'), r('eax'))), /memory operand/);
});
