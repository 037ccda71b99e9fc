import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv, constValue, sym } from '../src/values/expr.js';
import { ConcreteMemory, executeX86 } from '../src/cpu/x86/index.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';
import { ENV, imm, insn, machine, mem, r, reg, run } from './x86-helpers.js';
import { finalRegister, scenario } from './vmm-helpers.js';

test('ConcreteMemory is little-endian and keeps symbolic values', () => {
  const m = new ConcreteMemory();
  m.store(bv(0x10, 32), bv(0x11223344, 32), 4);
  assert.equal(constValue(m.load(bv(0x10, 32), 2)), 0x3344n);
  assert.equal(constValue(m.load(bv(0x12, 32), 1)), 0x22n);
  m.store(bv(0x20, 32), sym('v', 16), 2);
  assert.equal(constValue(m.load(bv(0x20, 32), 2)), undefined);
});

test('ConcreteMemory rejects symbolic addresses and unset bytes, clones independently', () => {
  const m = new ConcreteMemory();
  assert.throws(() => m.load(sym('p'), 4), /symbolic address/);
  assert.throws(() => m.load(bv(0x40, 32), 1), /unset byte at 0x40/);
  m.write(0x40, [1]);
  const copy = m.clone();
  copy.write(0x40, [2]);
  assert.deepEqual([m.byte(0x40), copy.byte(0x40)], [1, 2]);
  assert.equal(new ConcreteMemory(0xcc).byte(0x1234), 0xcc);
});

test('executeX86 never modifies its input state', () => {
  const state = machine({ eax: 5, ebx: 0x100 });
  const before = JSON.stringify(state.regs, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  executeX86(state, insn('add', r('eax'), imm(1)), ENV);
  executeX86(state, insn('mov', mem(4, 0, 'ebx'), r('eax')), ENV);
  assert.equal(JSON.stringify(state.regs, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)), before);
  assert.equal((state.memory as ConcreteMemory).byte(0x100), 0);
});

test('undefined flags are fresh symbols: two executions never share one', () => {
  const a = executeX86(machine(), insn('and', r('eax'), r('eax')), ENV)[0]?.state.flags.af;
  const b = executeX86(machine(), insn('and', r('eax'), r('eax')), ENV)[0]?.state.flags.af;
  assert.equal(a?.kind, 'sym');
  assert.notDeepEqual(a, b);
});

test('a store at a table plus an index nothing limits may have written any of its words; a store through a pointer leaves the table', () => {
  const table = (store: string) => finalRegister(scenario(`
proc:
  mov eax, [5000000h]
  mov ebx, [5000004h]
  mov ecx, 7
  ${store}
  mov edx, [Tbl+8]
  ret
.data
Tbl dd 10
  dd 11
  dd 12`), 'edx');
  assert.equal(table('mov [Tbl+eax*4], ecx'), undefined, 'scaled index');
  assert.equal(table('mov [Tbl+eax], ecx'), undefined, 'byte index');
  assert.equal(table('mov [ebx+8], ecx'), 12n, 'a pointer plus a small offset is another object');
});

test('[esi+ebx], [ebx+esi] and [ebx][esi] name one cell: what one stores the others load', () => {
  const state = machine();
  state.memory = new SymbolicMemory();
  state.regs.esi = sym('cb_off');
  state.regs.ebx = sym('vm');
  state.regs.eax = sym('handle');
  const stored = run(state, insn('mov', mem(4, 4, 'esi', 'ebx'), r('eax')));
  for (const [base, index] of [['ebx', 'esi'], ['esi', 'ebx']] as const) {
    assert.equal(run(stored, insn('mov', r('ecx'), mem(4, 4, base, index))).regs.ecx, sym('handle'), `[${base}+${index}+4]`);
  }
});

test('mov [esi+ebx] then [esi+ecx]: EBX and ECX index the table at ESI, so [esi+ebx] may read either store; through [edi+ebx], another table the code read at, it reads its own', () => {
  const start = machine();
  start.memory = new SymbolicMemory();
  Object.assign(start.regs, { esi: sym('table'), ebx: sym('i'), ecx: sym('j'), edi: sym('other'), eax: bv(7, 32), edx: bv(9, 32) });
  const load = insn('mov', r('al'), mem(1, 0, 'esi', 'ebx'));
  const same = run(start, insn('mov', mem(1, 0, 'esi', 'ebx'), r('al')), insn('mov', mem(1, 0, 'esi', 'ecx'), r('dl')), load).regs.eax;
  assert.equal(constValue(same), undefined, 'j may be i: the byte is not known');
  const other = [insn('mov', mem(1, 0, 'esi', 'ebx'), r('al')), insn('mov', mem(1, 0, 'edi', 'ebx'), r('dl')), load];
  // Nothing says ESI and EDI are the pointers: EBX may be one, indexed by the other two, and the stores may meet.
  assert.equal(constValue(run(start, ...other).regs.eax), undefined, 'EBX may be the pointer');
  const reads = [insn('mov', r('ecx'), mem(4, 4, 'esi')), insn('mov', r('ecx'), mem(4, 4, 'edi'))];
  assert.equal(reg(run(start, ...reads, ...other), 'eax'), 7);
  // A read-modify-write store is a store through the same operand.
  const added = run(start, insn('mov', mem(1, 0, 'esi', 'ebx'), r('al')), insn('add', mem(1, 0, 'esi', 'ecx'), r('dl')), load).regs.eax;
  assert.equal(constValue(added), undefined, 'the add at j may have changed the byte at i');
});

test('[ebx+esi] and [ecx+esi] with ESI the table the code read at: ESI is the pointer, whichever register is written first, so the stores may meet', () => {
  const start = machine();
  start.memory = new SymbolicMemory();
  Object.assign(start.regs, { esi: sym('table'), ebx: sym('i'), ecx: sym('j'), eax: bv(7, 32), edx: bv(9, 32) });
  const read = insn('mov', r('edi'), mem(4, 4, 'esi'));
  const stores = (...order: ('esi' | 'ebx' | 'ecx')[][]) => order.map(([a, b]) => insn('mov', mem(1, 0, a, b), r(a === 'ecx' || b === 'ecx' ? 'dl' : 'al')));
  const load = insn('mov', r('al'), mem(1, 0, 'ebx', 'esi'));
  for (const order of [[['ebx', 'esi'], ['ecx', 'esi']], [['esi', 'ebx'], ['ecx', 'esi']], [['ebx', 'esi'], ['esi', 'ecx']]] as const) {
    const byte = run(start, read, ...stores(...order.map((p) => [...p])), load).regs.eax;
    assert.equal(constValue(byte), undefined, `${order.map(([a, b]) => `[${a}+${b}]`).join(', ')}: j may be i`);
  }
  // Nothing read at ESI first: either register may be the pointer, so the stores may meet as well.
  assert.equal(constValue(run(start, ...stores(['ebx', 'esi'], ['ecx', 'esi']), load).regs.eax), undefined, 'nothing read at ESI: j may be i');
});

test('[ebx+esi] with ESI a block the analysis knows a service returned: ESI is the pointer before the code reads at it', () => {
  const start = machine();
  const memory = new SymbolicMemory();
  memory.useAddresses((symbol) => symbol === sym('block1') || symbol === sym('block2'));
  start.memory = memory;
  Object.assign(start.regs, { esi: sym('block1'), edi: sym('block2'), ebx: sym('i'), ecx: sym('j'), eax: bv(7, 32), edx: bv(9, 32) });
  const load = insn('mov', r('al'), mem(1, 0, 'ebx', 'esi'));
  const meet = run(start, insn('mov', mem(1, 0, 'ebx', 'esi'), r('al')), insn('mov', mem(1, 0, 'ecx', 'esi'), r('dl')), load).regs.eax;
  assert.equal(constValue(meet), undefined, 'EBX and ECX index one block: j may be i');
  // One offset into two blocks: two objects, whichever register is written first.
  assert.equal(reg(run(start, insn('mov', mem(1, 0, 'ebx', 'esi'), r('al')), insn('mov', mem(1, 0, 'ebx', 'edi'), r('dl')), load), 'eax'), 7);
});

test('one offset into two VM blocks the code read at stays two objects, whichever register is written first', () => {
  const start = machine();
  start.memory = new SymbolicMemory();
  Object.assign(start.regs, { esi: sym('cb_off'), ebx: sym('vm1'), ecx: sym('vm2'), eax: bv(7, 32), edx: bv(9, 32) });
  const reads = [insn('mov', r('edi'), mem(4, 8, 'ebx')), insn('mov', r('edi'), mem(4, 8, 'ecx'))];
  for (const [first, second] of [[mem(4, 0, 'esi', 'ebx'), mem(4, 0, 'esi', 'ecx')], [mem(4, 0, 'ebx', 'esi'), mem(4, 0, 'ecx', 'esi')]] as const) {
    const after = run(start, ...reads, insn('mov', first, r('eax')), insn('mov', second, r('edx')), insn('mov', r('eax'), first));
    assert.equal(reg(after, 'eax'), 7);
  }
});
