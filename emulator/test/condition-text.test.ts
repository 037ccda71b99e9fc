// Branch guards as path notes write them: each test's guard is made by the
// real CPU semantics from a compare and a conditional branch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, bv, eq, ite, ne, not, or, sub, sym, ule, ult, type Expr } from '../src/values/expr.js';
import { formatCondition, formatPasses } from '../src/values/condition-text.js';
import { executeArm } from '../src/cpu/arm/index.js';
import { executeX86 } from '../src/cpu/x86/index.js';
import type { ArmCondition, ArmOperand } from '../src/ir/arm.js';
import { cond, env, imm as armImm, insn as armInsn, makeState, reg, target as armTarget } from './arm-helpers.js';
import { ENV, imm as x86Imm, insn as x86Insn, machine, r, symImm, target as x86Target } from './x86-helpers.js';

/** The guard under which `B<condition>` after `CMP r3, operand` is taken, with R3 and R4 unknown. */
function armTaken(condition: ArmCondition, operand: ArmOperand): Expr {
  const state = makeState('32');
  state.regs[3] = sym('wanted');
  state.regs[4] = sym('limit');
  const [compared] = executeArm(state, armInsn('cmp', [reg(3), operand]), env());
  const out = executeArm((compared ?? assert.fail()).state, cond(condition, armInsn('b', [armTarget('there')])), env());
  return (out.find((s) => s.control.kind === 'jump') ?? assert.fail()).guard;
}

test('ARM: each condition after CMP reads as the comparison it makes, taken and not taken', () => {
  const expected: [ArmCondition, string, string][] = [
    ['eq', 'wanted == &10000', 'wanted != &10000'],
    ['hi', 'wanted >u &10000', 'wanted <=u &10000'],
    ['ls', 'wanted <=u &10000', 'wanted >u &10000'],
    ['cs', 'wanted >=u &10000', 'wanted <u &10000'],
    ['cc', 'wanted <u &10000', 'wanted >=u &10000'],
    ['gt', 'wanted >s &10000', 'wanted <=s &10000'],
    ['le', 'wanted <=s &10000', 'wanted >s &10000'],
    ['ge', 'wanted >=s &10000', 'wanted <s &10000'],
    ['lt', 'wanted <s &10000', 'wanted >=s &10000'],
  ];
  for (const [c, taken, notTaken] of expected) {
    const guard = armTaken(c, armImm(0x10000));
    assert.equal(formatCondition(guard, 'objasm'), taken, c);
    assert.equal(formatCondition(not(guard), 'objasm'), notTaken, `not ${c}`);
  }
});

test('ARM: two registers compared keep the order of the CMP', () => {
  assert.equal(formatCondition(armTaken('hi', reg(4)), 'objasm'), 'wanted >u limit');
  assert.equal(formatCondition(armTaken('gt', reg(4)), 'objasm'), 'wanted >s limit');
  assert.equal(formatCondition(not(armTaken('ge', reg(4))), 'objasm'), 'wanted <s limit');
});

/** The guard under which `j<cc>` after `cmp eax, operand` is taken, with EAX unknown. */
function x86Taken(cc: string, operand = x86Imm(0x1000)): Expr {
  const state = machine();
  state.regs.eax = sym('eax');
  const [compared] = executeX86(state, x86Insn('cmp', r('eax'), operand), ENV);
  const out = executeX86((compared ?? assert.fail()).state, x86Insn(`j${cc}`, x86Target('known')), ENV);
  return (out.find((s) => s.control.kind === 'jump') ?? assert.fail()).guard;
}

test('x86: each condition after cmp reads as the comparison it makes', () => {
  const expected: [string, string][] = [
    ['a', 'eax >u 1000h'], ['be', 'eax <=u 1000h'], ['ae', 'eax >=u 1000h'], ['b', 'eax <u 1000h'],
    ['g', 'eax >s 1000h'], ['le', 'eax <=s 1000h'], ['ge', 'eax >=s 1000h'], ['l', 'eax <s 1000h'],
    ['e', 'eax == 1000h'], ['ne', 'eax != 1000h'],
  ];
  for (const [cc, text] of expected) assert.equal(formatCondition(x86Taken(cc), 'masm'), text, cc);
  assert.equal(formatCondition(not(x86Taken('a', symImm('limit'))), 'masm'), 'eax <=u limit');
});

test('a sign test reads as a signed comparison with 0: dec ecx / jns, and ARM MI after a SUBS', () => {
  const state = machine();
  state.regs.ecx = sym('ecx');
  const [dec] = executeX86(state, x86Insn('dec', r('ecx')), ENV);
  const out = executeX86((dec ?? assert.fail()).state, x86Insn('jns', x86Target('known')), ENV);
  const taken = (out.find((s) => s.control.kind === 'jump') ?? assert.fail()).guard;
  assert.equal(formatCondition(taken, 'masm'), '(ecx - 1) >=s 0');
  assert.equal(formatCondition(not(taken), 'masm'), '(ecx - 1) <s 0');
  const arm = makeState('32');
  arm.regs[3] = sym('wanted');
  const [subs] = executeArm(arm, armInsn('sub', [reg(3), reg(3), armImm(4)], { setFlags: true }), env());
  const mi = executeArm((subs ?? assert.fail()).state, cond('mi', armInsn('b', [armTarget('there')])), env());
  assert.equal(formatCondition((mi.find((s) => s.control.kind === 'jump') ?? assert.fail()).guard, 'objasm'), '(wanted - 4) <s 0');
});

test('a run of passes that reads too long is its first and last pass and their count; one that reads short is whole', () => {
  const bytes = Array.from({ length: 40 }, (_, i) => eq(sym(`mem8[Slot_Map+${63 - i}]`, 8), bv(0, 8)));
  assert.equal(formatPasses(bytes), 'mem8[Slot_Map+63] == 0 & … & mem8[Slot_Map+24] == 0 (40 passes)');
  assert.equal(formatPasses(bytes.slice(0, 3)), 'mem8[Slot_Map+63] == 0 & mem8[Slot_Map+62] == 0 & mem8[Slot_Map+61] == 0');
  // Bounds by constants merge into the one that says it all.
  const a = sym('a');
  assert.equal(formatPasses(Array.from({ length: 10 }, (_, i) => not(ule(a, bv(i))))), 'a >u 9');
});

test('a one-bit choice reads as the test of its symbol, and negations reach the comparisons', () => {
  const failed = sym('swi.failed.XOS_Module#0', 1);
  // The V flag after an X SWI, as the RISC OS model joins it.
  const v = ite(ne(failed, bv(1, 1)), bv(0, 1), bv(1, 1));
  assert.equal(formatCondition(v), 'swi.failed.XOS_Module#0 == 1');
  assert.equal(formatCondition(not(v)), 'swi.failed.XOS_Module#0 == 0');
  const a = sym('a'), b = sym('b');
  assert.equal(formatCondition(not(and(eq(a, bv(1)), ne(b, bv(0))))), 'a != 1 | b == 0');
  assert.equal(formatCondition(or(ult(a, bv(4)), eq(b, bv(2)))), 'a <u 4 | b == 2');
});

test('comparisons that together always or never hold are left as they are', () => {
  const a = sym('a'), b = sym('b');
  assert.equal(formatCondition(and(ult(a, b), ult(b, a))), 'a <u b & b <u a');
  assert.equal(formatCondition(or(ult(a, b), ule(b, a))), 'a <u b | b <=u a');
});

test('bounds on one value by constants read as the one that says it all; bounds from two sides, or by a value, stay apart', () => {
  // An unrolled loop's `CMP r2, #i` / `BLS done` passes, all taken on to the last.
  const passes = [1, 2, 3, 7, 5].map((i) => not(armTaken('ls', armImm(i))));
  assert.equal(formatCondition(passes.reduce((all, pass) => and(all, pass)), 'objasm'), 'wanted >u 7');
  assert.equal(formatCondition(passes.reduce((any, pass) => or(any, pass)), 'objasm'), 'wanted >u 1');
  const a = sym('a');
  assert.equal(formatCondition(and(ule(a, bv(9)), ult(a, bv(4)))), 'a <u 4');
  assert.equal(formatCondition(and(not(ult(a, bv(3))), not(ule(a, bv(3))))), 'a >u 3');
  assert.equal(formatCondition(and(not(ule(a, bv(3))), ult(a, bv(9)))), 'a >u 3 & a <u 9');
  assert.equal(formatCondition(and(armTaken('gt', armImm(2)), armTaken('hi', armImm(5))), 'objasm'), 'wanted >s 2 & wanted >u 5');
  assert.equal(formatCondition(and(ult(a, sym('b')), ult(a, bv(4)))), 'a <u b & a <u 4');
  // A value and a comparison it passes (a result found 0FFFFFFFFh, then tested against 0): the value says it all.
  assert.equal(formatCondition(and(eq(a, bv(0xffffffff)), ne(a, bv(0))), 'masm'), 'a == 0FFFFFFFFh');
  assert.equal(formatCondition(or(eq(a, bv(2)), ult(a, bv(4)))), 'a <u 4');
  assert.equal(formatCondition(and(eq(a, bv(9)), ult(a, bv(4)))), 'a == 9 & a <u 4');
});

test('a loop\'s nested choices are written to a line or two, not in full', () => {
  // Each round of `CMP r4, #&1000 / SUBHS r4, r4, #&1000` makes the next round's value a choice on the last.
  let size: Expr = sym('size');
  for (let round = 0; round < 40; round++) size = ite(ule(bv(0x1000), size), sub(size, bv(0x1000)), size);
  const text = formatCondition(ule(bv(0x1000), size), 'objasm');
  assert.ok(text.length <= 200, `${text.length} characters`);
  assert.ok(text.endsWith('…'), text);
  // One round is written whole.
  const once = ite(ule(bv(0x1000), sym('size')), sub(sym('size'), bv(0x1000)), sym('size'));
  assert.equal(formatCondition(ule(bv(0x1000), once), 'objasm'), '(size >=u &1000 ? (size - &1000) : size) >=u &1000');
});

test('values excluded one by one from the least or most a value may be read as the one bound they make', () => {
  const entries = sym('entries');
  const excluded = (...values: number[]) => values.map((v) => ne(entries, bv(v))).reduce((a, b) => and(a, b));
  // An unrolled loop's passes, with R2 at least 1 at entry: "entries >u 3".
  assert.equal(formatCondition(excluded(1, 2, 3), 'objasm', undefined, [ule(bv(1), entries)]), 'entries >u 3');
  assert.equal(formatCondition(excluded(1, 2, 3), 'objasm'), 'entries != 1 & entries != 2 & entries != 3');
  // From 0, the least an unsigned value is, without a bound given; from a bound of the condition itself, which the fold takes in.
  assert.equal(formatCondition(excluded(0, 1)), 'entries >u 1');
  assert.equal(formatCondition(and(ule(bv(2), entries), excluded(2, 3, 7))), 'entries >u 3 & entries != 7');
  // Down from the most it may be.
  assert.equal(formatCondition(excluded(63, 62), 'objasm', undefined, [ule(entries, bv(63))]), 'entries <u &3E');
  // One value past a bound the text shows already tightens it.
  assert.equal(formatCondition(and(ult(bv(2), entries), excluded(3))), 'entries >u 3');
  // A gap, or one value alone, stays as it is.
  assert.equal(formatCondition(excluded(1, 3), 'c', undefined, [ule(bv(1), entries)]), 'entries != 1 & entries != 3');
  assert.equal(formatCondition(excluded(1), 'c', undefined, [ule(bv(1), entries)]), 'entries != 1');
  // A value the text's own bound leaves out already goes: _LinPageLock's alias is not 0 and in the system arena.
  assert.equal(formatCondition(and(ne(entries, bv(0)), ule(bv(0x80000000), entries)), 'masm'), 'entries >=u 80000000h');
  assert.equal(formatCondition(and(ule(entries, bv(0x10)), ne(entries, bv(0x20))), 'masm'), 'entries <=u 10h');
  // One inside the bound stays.
  assert.equal(formatCondition(and(ne(entries, bv(0x90000000)), ule(bv(0x80000000), entries)), 'masm'), 'entries != 90000000h & entries >=u 80000000h');
});
