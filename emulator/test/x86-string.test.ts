import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, and, bv, constValue, extract, sym } from '../src/values/expr.js';
import { symbolsOf } from '../src/values/key.js';
import { SymbolicMemory } from '../src/values/symbolic-memory.js';
import { knownBits } from '../src/values/known-bits.js';
import { ConcreteMemory, MAX_CONCRETE_REP, createX86State, executeX86 } from '../src/cpu/x86/index.js';
import { ENV, evaluate, flags, insn, machine, prefixed, reg, run, step } from './x86-helpers.js';

function memoryWith(at: number, bytes: number[]): ConcreteMemory {
  const m = new ConcreteMemory(0);
  m.write(at, bytes);
  return m;
}

function bytesAt(state: { memory: unknown }, at: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (state.memory as ConcreteMemory).byte(at + i));
}

test('rep movsb copies ECX bytes forwards with DF clear', () => {
  const s = run(machine({ esi: 0x100, edi: 0x200, ecx: 4 }, {}, memoryWith(0x100, [1, 2, 3, 4, 5])), prefixed('rep', 'movsb'));
  assert.deepEqual(bytesAt(s, 0x200, 5), [1, 2, 3, 4, 0]);
  assert.deepEqual([reg(s, 'esi'), reg(s, 'edi'), reg(s, 'ecx')], [0x104, 0x204, 0]);
});

test('rep movsd walks backwards with DF set', () => {
  const s = run(machine({ esi: 0x104, edi: 0x204, ecx: 2 }, { df: 1 }, memoryWith(0x100, [1, 2, 3, 4, 5, 6, 7, 8])), prefixed('rep', 'movsd'));
  assert.deepEqual(bytesAt(s, 0x200, 8), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual([reg(s, 'esi'), reg(s, 'edi'), reg(s, 'ecx')], [0xfc, 0x1fc, 0]);
});

test('rep stosw, lodsb and a single movsw', () => {
  const s = run(machine({ edi: 0x300, ecx: 3, eax: 0xbeef }), prefixed('rep', 'stosw'));
  assert.deepEqual(bytesAt(s, 0x300, 7), [0xef, 0xbe, 0xef, 0xbe, 0xef, 0xbe, 0]);
  const l = run(machine({ esi: 0x100, eax: 0x11223344 }, {}, memoryWith(0x100, [0x99])), insn('lodsb'));
  assert.deepEqual([reg(l, 'eax'), reg(l, 'esi')], [0x11223399, 0x101]);
  const m = run(machine({ esi: 0x100, edi: 0x200 }, {}, memoryWith(0x100, [7, 8])), insn('movsw'));
  assert.deepEqual(bytesAt(m, 0x200, 2), [7, 8]);
});

test('rep with ECX = 0 does nothing, not even to the flags', () => {
  const s = run(machine({ edi: 0x100, ecx: 0, eax: 1 }, { zf: 1, cf: 1 }), prefixed('repne', 'scasb'));
  assert.equal(reg(s, 'edi'), 0x100);
  assert.deepEqual(flags(s), { cf: 1, pf: 0, af: 0, zf: 1, sf: 0, of: 0, df: 0 });
});

test('repe cmpsb stops after the first difference, with its flags', () => {
  const memory = memoryWith(0x100, [1, 2, 3, 4]);
  memory.write(0x200, [1, 2, 9, 4]);
  const s = run(machine({ esi: 0x100, edi: 0x200, ecx: 4 }, {}, memory), prefixed('repe', 'cmpsb'));
  assert.deepEqual([reg(s, 'ecx'), reg(s, 'esi'), reg(s, 'edi')], [1, 0x103, 0x203]);
  // 3 - 9 = 0xfa
  assert.deepEqual(flags(s), { cf: 1, pf: 1, af: 1, zf: 0, sf: 1, of: 0, df: 0 });
});

test('repne scasb finds a terminator: the strlen idiom', () => {
  const s = run(machine({ edi: 0x100, ecx: 0xffffffff, eax: 0 }, {}, memoryWith(0x100, [0x41, 0x42, 0x43, 0])), prefixed('repne', 'scasb'));
  assert.equal(reg(s, 'ecx'), (0xffffffff - 4) >>> 0);
  assert.equal(reg(s, 'edi'), 0x104);
  assert.equal(flags(s).zf, 1);
});

test('a symbolic count gives one successor per count up to the limit, then one for the rest', () => {
  const state = machine({ edi: 0x100, eax: 0xaa });
  state.regs.ecx = sym('n');
  const out = executeX86(state, prefixed('rep', 'stosb'), { ...ENV, repLimit: 3 });
  assert.deepEqual(out.map((s) => s.control.kind), ['next', 'next', 'next', 'next', 'next']);
  for (const n of [0, 1, 2, 3, 50]) {
    const live = out.map((s) => evaluate(s.guard, { n }));
    assert.equal(live.filter((g) => g === 1n).length, 1, `exactly one successor for n = ${n}`);
    assert.equal(live.indexOf(1n), Math.min(n, 4));
  }
  const two = out[2] ?? assert.fail();
  assert.deepEqual(bytesAt(two.state, 0x100, 3), [0xaa, 0xaa, 0]);
  assert.equal(evaluate(two.state.regs.ecx, { n: 2 }), 0n);
  // The rest ends where the CPU would, without making its stores.
  const rest = out[4] ?? assert.fail();
  assert.equal(evaluate(rest.state.regs.ecx, { n: 50 }), 0n);
  assert.equal(evaluate(rest.state.regs.edi, { n: 50 }), 0x100n + 50n);
  assert.deepEqual(bytesAt(rest.state, 0x100, 4), [0xaa, 0xaa, 0xaa, 0]);
});

test('a copy through a pointer of two places runs the limit\'s iterations one by one, then the rest in one step; through one place, all of them', () => {
  // From 0x1000 the copy reads the bytes it stored one step before at 0x1002: each word a choice of the words it may
  // have read, nesting the last word's choice, a level deeper at every iteration of a count the CPU would run.
  const memory = new SymbolicMemory();
  const pick = and(sym('sel'), bv(4));
  memory.useBounds((term) => (term === pick ? [0n, 4n] : undefined));
  const last = 0x1002 + 4 * 4095;
  memory.store(bv(last), bv(0x5a5a5a5a), 4);
  const state = createX86State({ memory, regs: { esi: add(bv(0x1000), pick), edi: bv(0x1002), ecx: bv(4096) }, flags: { df: bv(0, 1) } });
  const out = executeX86(state, prefixed('rep', 'movsd'), { ...ENV, repLimit: 3 });
  assert.equal(out.length, 1);
  const [rest] = out as [typeof out[number]];
  assert.equal(constValue(rest.guard), 1n);
  assert.deepEqual([reg(rest.state, 'ecx'), reg(rest.state, 'edi')], [0, 0x1002 + 4 * 4096]);
  assert.equal(evaluate(rest.state.regs.esi, { sel: 4 }), BigInt(0x1004 + 4 * 4096));
  assert.ok(symbolsOf(rest.state.memory.load(bv(0x1002 + 4 * 2), 4)).has('sel'), 'the third word is stored, a choice');
  assert.equal(constValue(rest.state.memory.load(bv(last), 4)), 0x5a5a5a5an, 'the last word is not stored');
  // Through one place (a pointer's region), every word is stored: the last is the source's last.
  const plain = new SymbolicMemory();
  const copied = createX86State({ memory: plain, regs: { esi: sym('src', 32), edi: sym('dst', 32), ecx: bv(100) }, flags: { df: bv(0, 1) } });
  const [all] = executeX86(copied, prefixed('rep', 'movsd'), { ...ENV, repLimit: 3 });
  assert.equal(all?.state.memory.load(add(sym('dst', 32), bv(4 * 99)), 4), all?.state.memory.load(add(sym('src', 32), bv(4 * 99)), 4));
});

test('repne scasb over unknown bytes stops at one of the first bytes or after some number more, with the count and pointer agreeing', () => {
  const state = createX86State({ memory: new SymbolicMemory(), regs: { edi: bv(0x100, 32), ecx: bv(0xffffffff, 32), eax: bv(0, 32) }, flags: { df: bv(0, 1) } });
  const out = executeX86(state, prefixed('repne', 'scasb'), { ...ENV, repLimit: 2 });
  // The first byte is compared while the path is still certain, so the limit counts from the second.
  assert.deepEqual(out.map((s) => s.control.kind), ['next', 'next', 'next', 'next']);
  const rest = out[3] ?? assert.fail();
  const [count] = [...symbolsOf(rest.state.regs.ecx).keys()].filter((name) => name.startsWith('rep.count@1000#'));
  if (count === undefined) assert.fail('the further iterations are a fresh rep.count');
  for (const runs of [1n, 7n, 0xfffffffcn]) {
    assert.equal(evaluate(rest.state.regs.ecx, { [count]: runs }), 0xfffffffcn - runs);
    assert.equal(evaluate(rest.state.regs.edi, { [count]: runs }), (0x103n + runs) & 0xffffffffn);
  }
  // With every byte read non-zero, the rest ends only by running ECX out:
  // not after none, nor after 7, nor after more than ECX had left.
  const others = Object.fromEntries([...symbolsOf(rest.guard).keys()].filter((name) => name !== count).map((name) => [name, 1]));
  const ends = (runs: bigint): bigint => evaluate(rest.guard, { ...others, [count]: runs });
  assert.deepEqual([0n, 7n, 0xfffffffcn, 0xfffffffdn].map(ends), [0n, 0n, 1n, 0n]);
});

test('a concrete count never forks', () => {
  assert.equal(step(machine({ edi: 0x100, ecx: 40 }), prefixed('rep', 'stosd')).length, 1);
});

test('a constant count over the limit is cut off before the first store, one at the limit runs to the end', () => {
  const over = executeX86(machine({ edi: 0x1000, ecx: MAX_CONCRETE_REP + 1, eax: 0x5a5a5a5a }), prefixed('rep', 'stosd'), ENV);
  assert.equal(over.length, 1);
  const cut = over[0] ?? assert.fail();
  assert.equal(cut.control.kind === 'incomplete' ? cut.control.reason : '', `rep stosd would run ${MAX_CONCRETE_REP + 1} times, over ${MAX_CONCRETE_REP}`);
  assert.deepEqual(bytesAt(cut.state, 0x1000, 4), [0, 0, 0, 0]);
  assert.equal(reg(cut.state, 'ecx'), MAX_CONCRETE_REP + 1);
  const all = run(machine({ edi: 0x1000, ecx: MAX_CONCRETE_REP, eax: 0xa5 }), prefixed('rep', 'stosb'));
  assert.equal(reg(all, 'ecx'), 0);
  assert.equal(reg(all, 'edi'), 0x1000 + MAX_CONCRETE_REP);
  assert.deepEqual(bytesAt(all, 0x1000 + MAX_CONCRETE_REP - 1, 2), [0xa5, 0]);
  // A comparison may stop early, so its count is no bound: it is cut off once it has run that long.
  const scan = executeX86(machine({ edi: 0x1000, ecx: 0xffffffff }, {}, new ConcreteMemory(1)), prefixed('repne', 'scasb'), ENV);
  assert.equal(scan.length, 1);
  const unfinished = scan[0] ?? assert.fail();
  assert.equal(unfinished.control.kind === 'incomplete' ? unfinished.control.reason : '', `repne scasb still running after ${MAX_CONCRETE_REP} iterations`);
  assert.equal(reg(unfinished.state, 'edi'), 0x1000 + MAX_CONCRETE_REP);
});

test('an unknown DF splits a repetition into one run per direction, each stepping by a constant', () => {
  const state = machine({ edi: 0x1000, ecx: 4096, eax: 0x5a5a5a5a });
  state.flags.df = sym('df', 1);
  const out = executeX86(state, prefixed('rep', 'stosd'), ENV);
  assert.equal(out.length, 2);
  for (const df of [0, 1]) {
    const live = out.filter((s) => evaluate(s.guard, { df }) === 1n);
    assert.equal(live.length, 1, `one successor for DF = ${df}`);
    const only = live[0] ?? assert.fail();
    assert.equal(reg(only.state, 'edi'), df === 0 ? 0x1000 + 4 * 4096 : (0x1000 - 4 * 4096) >>> 0, 'EDI is a constant after 4096 steps');
    assert.equal(reg(only.state, 'ecx'), 0);
    assert.equal(constValue(only.state.flags.df), BigInt(df));
    assert.deepEqual(bytesAt(only.state, df === 0 ? 0x1000 + 4 * 4095 : (0x1000 - 4 * 4095) >>> 0, 4), [0x5a, 0x5a, 0x5a, 0x5a]);
  }
});

test('in reads a fresh unknown of the accumulator width and keeps flags; out changes nothing', () => {
  const before = machine({ eax: 0x12345678, edx: 0x3f8 }, { cf: 1, zf: 1 });
  const dx = { kind: 'reg', reg: 'dx' } as const;
  const al = run(before, insn('in', { kind: 'reg', reg: 'al' }, dx));
  const again = run(before, insn('in', { kind: 'reg', reg: 'al' }, dx));
  const low = al.regs.eax;
  const bits = knownBits(low);
  assert.deepEqual([bits.ones | bits.zeros, bits.ones], [0xffffff00n, 0x12345600n], 'only AL is replaced, and is unknown');
  assert.notDeepEqual(extract(low, 0, 8), extract(again.regs.eax, 0, 8), 'each read is fresh');
  assert.deepEqual(flags(al), flags(before));
  const eax = run(before, insn('in', { kind: 'reg', reg: 'eax' }, { kind: 'imm', value: bv(0x60, 32) })).regs.eax;
  assert.equal(eax.width, 32);
  assert.equal(constValue(eax), undefined);
  const out = run(before, insn('out', dx, { kind: 'reg', reg: 'ax' }));
  assert.deepEqual([reg(out, 'eax'), reg(out, 'edx'), flags(out)], [0x12345678, 0x3f8, flags(before)]);
  assert.throws(() => step(before, insn('in', { kind: 'reg', reg: 'bl' }, dx)), /AL, AX or EAX/);
  assert.throws(() => step(before, insn('out', { kind: 'reg', reg: 'cx' }, { kind: 'reg', reg: 'al' })), /imm8 or DX/);
});

test('rep insw stores unknowns at EDI and steps it; outsd reads [ESI] and steps it, backwards with DF', () => {
  const s = run(machine({ edi: 0x200, ecx: 3, edx: 0x1f0 }), prefixed('rep', 'insw'));
  assert.deepEqual([reg(s, 'edi'), reg(s, 'ecx'), reg(s, 'esi')], [0x206, 0, 0]);
  for (const at of [0x200, 0x202, 0x204]) assert.equal(constValue(s.memory.load(bv(at, 32), 2)), undefined, `word at ${at.toString(16)}`);
  assert.equal(constValue(s.memory.load(bv(0x206, 32), 2)), 0n, 'nothing past the count');
  const back = run(machine({ edi: 0x200 }, { df: 1 }), insn('insb'));
  assert.equal(reg(back, 'edi'), 0x1ff);
  const o = run(machine({ esi: 0x100, edi: 0x300 }, { df: 1 }, memoryWith(0x100, [1, 2, 3, 4])), insn('outsd'));
  assert.deepEqual([reg(o, 'esi'), reg(o, 'edi'), bytesAt(o, 0x100, 4)], [0xfc, 0x300, [1, 2, 3, 4]]);
  const r = run(machine({ esi: 0x100, ecx: 2 }), prefixed('rep', 'outsb'));
  assert.deepEqual([reg(r, 'esi'), reg(r, 'ecx')], [0x102, 0]);
});
