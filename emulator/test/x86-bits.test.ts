import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConcreteMemory } from '../src/cpu/x86/index.js';
import { flags, imm, insn, machine, mem, r, reg, run } from './x86-helpers.js';

const UNDEF = { of: 'u', sf: 'u', af: 'u', pf: 'u', df: 0 } as const;

test('bt copies the bit to CF, keeps ZF, leaves OF SF AF PF undefined', () => {
  const s = run(machine({ eax: 0x20 }, { zf: 1 }), insn('bt', r('eax'), imm(5)));
  assert.deepEqual(flags(s), { cf: 1, zf: 1, ...UNDEF });
  assert.equal(reg(s, 'eax'), 0x20);
});

test('bts, btr and btc on registers wrap the offset to the operand size', () => {
  const s = run(machine({ eax: 0, ecx: 33 }), insn('bts', r('eax'), r('ecx')));
  assert.equal(reg(s, 'eax'), 2);
  assert.equal(flags(s).cf, 0);
  const t = run(machine({ ebx: 0xffff8001 }), insn('btr', r('bx'), imm(15)));
  assert.equal(reg(t, 'ebx'), 0xffff0001);
  assert.equal(flags(t).cf, 1);
  const c = run(machine({ edx: 1 }), insn('btc', r('edx'), imm(0)));
  assert.equal(reg(c, 'edx'), 0);
  assert.equal(flags(c).cf, 1);
});

test('an immediate offset stays inside the memory operand', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [0, 0, 0, 0, 0]);
  const s = run(machine({}, {}, memory), insn('bts', mem(4, 0x100), imm(35)));
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => (s.memory as ConcreteMemory).byte(0x100 + i)), [8, 0, 0, 0, 0]);
});

test('an unsized memory operand takes the offset register\'s size (MASM: bts [esi], eax); with an immediate it has none', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0x100, [0, 0, 0, 0, 0]);
  const s = run(machine({ esi: 0x100, eax: 33 }, {}, memory), insn('bts', mem(undefined, 0, 'esi'), r('eax')));
  assert.equal((s.memory as ConcreteMemory).byte(0x104), 2);
  assert.throws(() => run(machine({ esi: 0x100 }, {}, memory), insn('bts', mem(undefined, 0, 'esi'), imm(3))), /operand size unknown/);
});

test('a register offset addresses memory beyond the dword, in both directions', () => {
  const memory = new ConcreteMemory(0);
  memory.write(0xf0, new Array(0x30).fill(0));
  memory.write(0x104, [0x08]);
  const far = run(machine({ ecx: 35 }, {}, memory), insn('bt', mem(4, 0x100), r('ecx')));
  assert.equal(flags(far).cf, 1);
  const back = run(machine({ ecx: -1 }, {}, memory), insn('bts', mem(4, 0x100), r('ecx')));
  assert.equal((back.memory as ConcreteMemory).byte(0xff), 0x80);
  assert.equal(flags(back).cf, 0);
  const word = run(machine({ ecx: 0xffff0010 }, {}, memory), insn('btc', mem(2, 0x100), r('cx')));
  assert.equal((word.memory as ConcreteMemory).byte(0x102), 1, 'a 16-bit offset is the low word, sign-extended');
  const far2 = run(machine({ ecx: 0x100 }, {}, memory), insn('btr', mem(4, 0xf0), r('ecx')));
  assert.equal((far2.memory as ConcreteMemory).byte(0x110), 0);
});
