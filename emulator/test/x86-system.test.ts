import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { X86Operand, X86SystemRegister } from '../src/ir/x86.js';
import { ConcreteMemory, executeX86 } from '../src/cpu/x86/index.js';
import { formatExpr } from '../src/values/format.js';
import { ENV, insn, machine, mem, r, reg, run } from './x86-helpers.js';

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
