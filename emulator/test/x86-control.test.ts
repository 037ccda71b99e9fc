import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bv, constValue, eq, sym, ugt } from '../src/values/expr.js';
import { Solver } from '../src/values/solver.js';
import { ConcreteMemory, executeX86 } from '../src/cpu/x86/index.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';
import { CONDITION_TABLE, ENV, evaluate, flags, imm, insn, machine, mem, r, reg, run, step, target } from './x86-helpers.js';

test('jcc: every condition code and alias, taken or falling through', () => {
  for (const [f, expected] of CONDITION_TABLE) {
    for (const [cc, want] of Object.entries(expected)) {
      const out = step(machine({}, f), insn(`j${cc}`, target('there')));
      assert.equal(out.length, 1);
      const control = (out[0] ?? assert.fail()).control;
      assert.deepEqual(control, want ? { kind: 'jump', target: { label: 'there' } } : { kind: 'next' }, `j${cc} ${JSON.stringify(f)}`);
    }
  }
});

test('cmp eax, -1; je with symbolic EAX forks with complementary guards', () => {
  const state = machine();
  state.regs.eax = sym('eax');
  const [afterCmp] = executeX86(state, insn('cmp', r('eax'), imm(-1)), ENV);
  const out = executeX86((afterCmp ?? assert.fail()).state, insn('je', target('failed')), ENV);
  assert.equal(out.length, 2);
  const [taken, fallthrough] = out as [(typeof out)[0], (typeof out)[0]];
  assert.deepEqual(taken.control, { kind: 'jump', target: { label: 'failed' } });
  assert.deepEqual(fallthrough.control, { kind: 'next' });
  assert.equal(evaluate(taken.guard, { eax: 0xffffffff }), 1n);
  assert.equal(evaluate(fallthrough.guard, { eax: 0xffffffff }), 0n);
  assert.equal(evaluate(taken.guard, { eax: 5 }), 0n);
  assert.equal(evaluate(fallthrough.guard, { eax: 5 }), 1n);
  assert.notEqual(taken.state, fallthrough.state, 'each successor owns its state');
});

test('loop, loope, loopne and jecxz', () => {
  const loop = (ecx: number, mnemonic = 'loop', zf: 0 | 1 = 0) => {
    const [out] = step(machine({ ecx }, { zf, cf: 1 }), insn(mnemonic, target('top')));
    return [reg((out ?? assert.fail()).state, 'ecx'), (out ?? assert.fail()).control.kind, flags((out ?? assert.fail()).state).cf];
  };
  assert.deepEqual(loop(2), [1, 'jump', 1]);
  assert.deepEqual(loop(1), [0, 'next', 1]);
  assert.deepEqual(loop(0), [0xffffffff, 'jump', 1]);
  assert.deepEqual(loop(5, 'loope', 0), [4, 'next', 1]);
  assert.deepEqual(loop(5, 'loope', 1), [4, 'jump', 1]);
  assert.deepEqual(loop(5, 'loopne', 1), [4, 'next', 1]);
  assert.deepEqual(loop(5, 'loopne', 0), [4, 'jump', 1]);
  assert.deepEqual(loop(1, 'loopne', 0), [0, 'next', 1]);
  assert.equal((step(machine({ ecx: 0 }), insn('jecxz', target('t')))[0] ?? assert.fail()).control.kind, 'jump');
  assert.equal((step(machine({ ecx: 0x10000 }), insn('jecxz', target('t')))[0] ?? assert.fail()).control.kind, 'next');
  assert.equal((step(machine({ ecx: 0x10000 }), insn('jcxz', target('t')))[0] ?? assert.fail()).control.kind, 'jump');
  const symbolic = machine();
  symbolic.regs.ecx = sym('n');
  const forked = executeX86(symbolic, insn('loop', target('top')), ENV);
  assert.equal(forked.length, 2);
  assert.equal(evaluate((forked[0] ?? assert.fail()).guard, { n: 1 }), 0n);
  assert.equal(evaluate((forked[1] ?? assert.fail()).guard, { n: 1 }), 1n);
});

test('jmp to a label, through a register and through memory', () => {
  assert.deepEqual((step(machine(), insn('jmp', target('l')))[0] ?? assert.fail()).control, { kind: 'jump', target: { label: 'l' } });
  assert.deepEqual((step(machine({ eax: 0x1234 }), insn('jmp', r('eax')))[0] ?? assert.fail()).control, { kind: 'jump', target: { address: bv(0x1234, 32) } });
  const memory = new ConcreteMemory(0);
  memory.write(0x80, [0x00, 0x20, 0, 0]);
  assert.deepEqual((step(machine({ ebx: 0x70 }, {}, memory), insn('jmp', mem(4, 0x10, 'ebx')))[0] ?? assert.fail()).control, { kind: 'jump', target: { address: bv(0x2000, 32) } });
});

test('push and pop, including 16-bit, push esp and pop esp', () => {
  const s = run(machine({ esp: 0x1000, eax: 0xcafebabe }), insn('push', r('eax')), insn('push', imm(-2)), insn('push', r('ax')));
  assert.equal(reg(s, 'esp'), 0x1000 - 10);
  const m = s.memory as ConcreteMemory;
  assert.deepEqual([m.byte(0xff6), m.byte(0xff7), m.byte(0xff8), m.byte(0xffb), m.byte(0xffc), m.byte(0xfff)], [0xbe, 0xba, 0xfe, 0xff, 0xbe, 0xca]);
  const p = run(s, insn('pop', r('bx')), insn('pop', r('ecx')), insn('pop', mem(4, 0x200)));
  assert.deepEqual([reg(p, 'ebx'), reg(p, 'ecx'), reg(p, 'esp')], [0xbabe, 0xfffffffe, 0x1000]);
  assert.equal((p.memory as ConcreteMemory).byte(0x203), 0xca);
  const pe = run(machine({ esp: 0x1000 }), insn('push', r('esp')));
  assert.equal((pe.memory as ConcreteMemory).byte(0xffd), 0x10, 'push esp stores the value before the push');
  const memory = new ConcreteMemory(0);
  memory.write(0x1000, [0x44, 0x33, 0x22, 0x11]);
  assert.equal(reg(run(machine({ esp: 0x1000 }, {}, memory), insn('pop', r('esp'))), 'esp'), 0x11223344);
});

test('pushad stores the original ESP; popad skips it', () => {
  const regs = { eax: 1, ecx: 2, edx: 3, ebx: 4, esp: 0x1000, ebp: 6, esi: 7, edi: 8 };
  const s = run(machine(regs), insn('pushad'));
  const m = s.memory as ConcreteMemory;
  assert.equal(reg(s, 'esp'), 0x1000 - 32);
  assert.deepEqual(Array.from({ length: 8 }, (_, i) => m.byte(0x1000 - 32 + 4 * i)), [8, 7, 6, 0x00, 4, 3, 2, 1]);
  assert.equal(m.byte(0x1000 - 32 + 13), 0x10);
  const changed = run(s, insn('mov', r('eax'), imm(99)), insn('mov', r('esi'), imm(99)), insn('popad'));
  assert.deepEqual([reg(changed, 'eax'), reg(changed, 'esi'), reg(changed, 'esp')], [1, 7, 0x1000]);
});

test('pushfd and popfd move the arithmetic flags, DF and IF through an EFLAGS image', () => {
  const s = run(machine({ esp: 0x1000 }, { cf: 1, zf: 1, df: 1, of: 1 }), insn('sti'), insn('pushfd'), insn('pop', r('eax')));
  assert.equal(reg(s, 'eax'), 0x1 | 0x2 | 0x40 | 0x200 | 0x400 | 0x800);
  const t = run(machine({ esp: 0x1000, ebx: 0x0894 }), insn('push', r('ebx')), insn('popfd'));
  assert.deepEqual(flags(t), { cf: 0, pf: 1, af: 1, zf: 0, sf: 1, of: 1, df: 0 });
  assert.equal(constValue(t.flags.if ?? assert.fail()), 0n);
  const untracked = run(machine({ esp: 0x1000 }), insn('pushfd'), insn('pop', r('eax')));
  assert.equal(constValue(untracked.regs.eax), undefined, 'IF unknown until cli/sti/popfd');
});

test('popfd and sahf restore each flag from an image edited with and, or and xor: the bit written, the rest the flag saved', () => {
  const saved = machine({ esp: 0x1000 });
  for (const f of ['cf', 'pf', 'af', 'zf', 'sf', 'of'] as const) saved.flags[f] = sym(f, 1);
  const edits = [insn('and', r('eax'), imm(0xfffffffe)), insn('or', r('eax'), imm(0x80)), insn('xor', r('eax'), imm(0x800))];
  const t = run(saved, insn('pushfd'), insn('pop', r('eax')), ...edits, insn('push', r('eax')), insn('popfd'));
  assert.deepEqual([constValue(t.flags.cf), constValue(t.flags.sf)], [0n, 1n]);
  assert.deepEqual([evaluate(t.flags.of, { of: 0 }), evaluate(t.flags.of, { of: 1 })], [1n, 0n], 'OF flipped, whatever the other flags');
  assert.equal(t.flags.zf, sym('zf', 1), 'a flag the edits left is the one saved, not a bit of the whole image');
  const inMemory = run(saved, insn('pushfd'), insn('or', mem(4, 0, 'esp'), imm(1)), insn('popfd'));
  assert.deepEqual([constValue(inMemory.flags.cf), inMemory.flags.pf], [1n, sym('pf', 1)]);
  const low = run(saved, insn('lahf'), insn('and', r('ah'), imm(0xbf)), insn('sahf'));
  assert.deepEqual([constValue(low.flags.zf), low.flags.cf], [0n, sym('cf', 1)]);
});

test('call pushes the next address; ret pops it and releases n bytes', () => {
  const [call] = step(machine({ esp: 0x1000 }), insn('call', target('_PageAllocate')));
  assert.deepEqual(call?.control, { kind: 'call', target: { label: '_PageAllocate' } });
  assert.equal(reg(call?.state ?? assert.fail(), 'esp'), 0xffc);
  assert.equal((call?.state.memory as ConcreteMemory).byte(0xffc), ENV.next & 0xff);
  const [indirect] = step(machine({ esp: 0x1000, eax: 0x5000 }), insn('call', r('eax')));
  assert.deepEqual(indirect?.control, { kind: 'call', target: { address: bv(0x5000, 32) } });
  const [ret] = step(call?.state ?? assert.fail(), insn('ret', imm(8)));
  assert.deepEqual(ret?.control, { kind: 'return', address: bv(ENV.next, 32) });
  assert.equal(reg(ret?.state ?? assert.fail(), 'esp'), 0x1008);
});

test('leave unwinds a frame; push offset label resolves the label', () => {
  const s = run(machine({ esp: 0x1000, ebp: 0x5555 }), insn('push', r('ebp')), insn('mov', r('ebp'), r('esp')), insn('push', imm(1)), insn('leave'));
  assert.deepEqual([reg(s, 'esp'), reg(s, 'ebp')], [0x1000, 0x5555]);
  const p = run(machine({ esp: 0x1000 }), insn('push', target('known')), insn('pop', r('eax')));
  assert.equal(reg(p, 'eax'), 0x4000);
});

test('int n is an interrupt control', () => {
  assert.deepEqual((step(machine(), insn('int', imm(0x20)))[0] ?? assert.fail()).control, { kind: 'interrupt', vector: 0x20 });
  assert.deepEqual((step(machine(), insn('int3'))[0] ?? assert.fail()).control, { kind: 'interrupt', vector: 3 });
});

test('cmp ecx, 4; ja bounds ECX on the fall-through for the solver, and sbb keeps its borrow', () => {
  const state = machine();
  state.regs.ecx = sym('ecx');
  const [afterCmp] = executeX86(state, insn('cmp', r('ecx'), imm(4)), ENV);
  const out = executeX86((afterCmp ?? assert.fail()).state, insn('ja', target('default')), ENV);
  const fallthrough = out.find((s) => s.control.kind === 'next') ?? assert.fail();
  assert.equal(new Solver().check([fallthrough.guard, ugt(sym('ecx'), bv(4, 32))]).status, 'unsat');
  assert.equal(new Solver().check([fallthrough.guard, eq(sym('ecx'), bv(4, 32))]).status, 'sat');
  for (const [a, b, cin, cf] of [[3, 3, 1, 1], [3, 3, 0, 0], [2, 3, 0, 1], [4, 3, 1, 0], [0, 0xffffffff, 1, 1]] as const) {
    const s = run(machine({ eax: a, ebx: b }, { cf: cin }), insn('sbb', r('eax'), r('ebx')));
    assert.equal(flags(s).cf, cf, `sbb ${a}, ${b}, cf=${cin}`);
  }
});

test('enter makes a frame: level 0 is push ebp / mov ebp, esp / sub esp, size; higher levels copy the enclosing frame pointers', () => {
  const flat = run(machine({ esp: 0x1000, ebp: 0x5555 }), insn('enter', imm(0x20), imm(0)));
  assert.deepEqual([reg(flat, 'ebp'), reg(flat, 'esp')], [0xffc, 0xfdc]);
  const back = run(machine({ esp: 0x1000, ebp: 0x5555 }), insn('enter', imm(8), imm(0)), insn('leave'));
  assert.deepEqual([reg(back, 'ebp'), reg(back, 'esp')], [0x5555, 0x1000]);
  const memory = new ConcreteMemory(0);
  memory.write(0x1ffc, [0x11, 0, 0, 0]);
  memory.write(0x1ff8, [0x22, 0, 0, 0]);
  const nested = run(machine({ esp: 0x1000, ebp: 0x2000 }, {}, memory), insn('enter', imm(4), imm(3)));
  const m = nested.memory as ConcreteMemory;
  // Pushed: the old EBP, the two frame pointers below it, then the new frame's own.
  assert.deepEqual([0xffc, 0xff8, 0xff4, 0xff0].map((a) => m.byte(a) | (m.byte(a + 1) << 8)), [0x2000, 0x11, 0x22, 0xffc]);
  assert.deepEqual([reg(nested, 'ebp'), reg(nested, 'esp')], [0xffc, 0xfec]);
  assert.throws(() => run(machine(), insn('enter', r('eax'), imm(0))), /constant operands/);
});

test('jmp [Table+eax*4] with nothing bounding EAX goes to each word from the table\'s start that holds code, under its index, and the other indexes to the word they read', () => {
  // Words at 5000h: three code addresses, then a word of 0 that ends the table.
  const words = [0x100, 0x110, 0x120, 0];
  const image = (address: bigint): bigint | undefined => {
    const at = Number(address) - 0x5000;
    return at >= 0 && at < words.length * 4 ? BigInt(((words[at >> 2] ?? 0) >>> ((at & 3) * 8)) & 0xff) : undefined;
  };
  const state = machine();
  state.memory = new SymbolicMemory(image);
  state.regs.eax = sym('i');
  const code = { ...ENV, isCode: (a: bigint) => a === 0x100n || a === 0x110n || a === 0x120n };
  const jump = insn('jmp', mem(4, 0x5000, undefined, 'eax', 4));
  const out = executeX86(state, jump, code);
  const targets = out.map((o) => (o.control.kind === 'jump' && 'address' in o.control.target ? constValue(o.control.target.address) : 'label'));
  assert.deepEqual(targets, [0x100n, 0x110n, 0x120n, undefined]);
  assert.deepEqual(out.slice(0, 3).map((o) => o.guard), [0, 1, 2].map((k) => eq(sym('i'), bv(k))));
  const rest = out[3]?.guard;
  assert.ok(rest);
  assert.deepEqual([0, 2, 3, 0x40000001].map((i) => evaluate(rest, { i })), [0n, 0n, 1n, 1n]);
  // An index already scaled (`jmp [Table+eax]`) picks the entries by their offsets.
  const scaled = executeX86(state, insn('jmp', mem(4, 0x5000, undefined, 'eax', 1)), code);
  assert.deepEqual(scaled.slice(0, 3).map((o) => o.guard), [0, 4, 8].map((k) => eq(sym('i'), bv(k))));
  // A table whose first word is no code, a run where no program says what is code, and a pointer's table are one jump as before.
  assert.equal(executeX86(state, insn('jmp', mem(4, 0x500c, undefined, 'eax', 4)), code).length, 1);
  assert.equal(executeX86(state, jump, ENV).length, 1);
  assert.equal(executeX86(state, insn('jmp', mem(4, 0x5000, 'ebx', 'eax', 4)), code).length, 1);
  // A label past the first word starts another table: the index reaches only the words before it.
  const labelled = { ...code, isLabelled: (a: bigint) => a === 0x5000n || a === 0x5008n };
  assert.deepEqual(executeX86(state, jump, labelled).map((o) => o.guard).slice(0, -1), [0, 1].map((k) => eq(sym('i'), bv(k))));
  // Each entry's jump says the guard picked a table's entry, which the path's note names; the rest's does not.
  assert.deepEqual(out.map((o) => o.control.kind === 'jump' && o.control.tableEntry === true), [true, true, true, false]);
});

test('call [Table+eax*4] with nothing bounding EAX calls each word from the table\'s start that holds code, under its index, each pushing the return address', () => {
  const words = [0x100, 0x110, 0];
  const image = (address: bigint): bigint | undefined => {
    const at = Number(address) - 0x5000;
    return at >= 0 && at < words.length * 4 ? BigInt(((words[at >> 2] ?? 0) >>> ((at & 3) * 8)) & 0xff) : undefined;
  };
  const state = machine({ esp: 0x8000 });
  state.memory = new SymbolicMemory(image);
  state.regs.eax = sym('i');
  const code = { ...ENV, isCode: (a: bigint) => a === 0x100n || a === 0x110n };
  const out = executeX86(state, insn('call', mem(4, 0x5000, undefined, 'eax', 4)), code);
  assert.deepEqual(out.map((o) => (o.control.kind === 'call' && 'address' in o.control.target ? constValue(o.control.target.address) : 'other')), [0x100n, 0x110n, undefined]);
  assert.deepEqual(out.map((o) => o.control.kind === 'call' && o.control.tableEntry === true), [true, true, false]);
  assert.deepEqual(out.slice(0, 2).map((o) => o.guard), [0, 1].map((k) => eq(sym('i'), bv(k))));
  // The word the rest call is the one read before the return address was pushed; every way returns to the next instruction.
  for (const o of out) {
    assert.equal(reg(o.state, 'esp'), 0x7ffc);
    assert.equal(constValue(o.state.memory.load(bv(0x7ffc, 32), 4)), BigInt(ENV.next));
  }
  // With no program to say what is code, one call as before.
  assert.equal(executeX86(state, insn('call', mem(4, 0x5000, undefined, 'eax', 4)), ENV).length, 1);
});
