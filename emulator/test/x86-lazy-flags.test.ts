import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { formatExpr } from '../src/values/format.js';
import { ConcreteMemory, createX86State, executeX86, isUndefinedFlagSymbol, type X86State } from '../src/cpu/x86/index.js';
import type { X86Instruction } from '../src/ir/x86.js';
import { x86Machine } from '../src/explore/machines/x86.js';
import { registerDifference } from '../src/explore/machines/registerView.js';
import { ENV, imm, insn, r } from './x86-helpers.js';

// The arithmetic flags are worked out when read. These tests hold them to
// the formulas written out in full (Intel SDM "Flags Affected"), read in
// every order, from copies of the state, and after instructions that set
// some of them again.

type Flag = 'cf' | 'pf' | 'af' | 'zf' | 'sf' | 'of';
const SIX: readonly Flag[] = ['cf', 'pf', 'af', 'zf', 'sf', 'of'];

const a = E.sym('a', 32);
const b = E.sym('b', 32);
const carryIn = E.sym('carry', 1);
const oldFlags = { cf: carryIn, pf: E.sym('pf0', 1), af: E.sym('af0', 1), zf: E.sym('zf0', 1), sf: E.sym('sf0', 1), of: E.sym('of0', 1), df: E.FALSE };

function symbolic(): X86State {
  return createX86State({ memory: new ConcreteMemory(0), regs: { eax: a, ebx: b }, flags: oldFlags });
}

function after(state: X86State, instruction: X86Instruction): X86State {
  const [only, ...rest] = executeX86(state, instruction, ENV);
  assert.ok(only && rest.length === 0);
  return only.state;
}

const msb = (e: Expr): Expr => E.bit(e, e.width - 1);
function parity(e: Expr): Expr {
  let odd = E.bit(e, 0);
  for (let i = 1; i < 8; i++) odd = E.xor(odd, E.bit(e, i));
  return E.not(odd);
}
const resultFlags = (result: Expr) => ({ zf: E.eq(result, E.bv(0, 32)), sf: msb(result), pf: parity(result) });

function sum(x: Expr, y: Expr, cin: Expr): Record<Flag, Expr> {
  const result = E.add(E.add(x, y), E.zext(cin, 32));
  const wide = E.add(E.add(E.zext(x, 33), E.zext(y, 33)), E.zext(cin, 33));
  return {
    cf: E.bit(wide, 32), of: msb(E.and(E.not(E.xor(x, y)), E.xor(x, result))),
    af: E.bit(E.xor(E.xor(x, y), result), 4), ...resultFlags(result),
  };
}

function difference(x: Expr, y: Expr, bin: Expr): Record<Flag, Expr> {
  const result = E.sub(E.sub(x, y), E.zext(bin, 32));
  return {
    cf: E.or(E.ult(x, y), E.and(E.eq(x, y), bin)), of: msb(E.and(E.xor(x, y), E.xor(x, result))),
    af: E.bit(E.xor(E.xor(x, y), result), 4), ...resultFlags(result),
  };
}

const one = E.bv(1, 32);
const SETTERS: readonly { readonly name: string; readonly instruction: X86Instruction; readonly expected: Partial<Record<Flag, Expr>> }[] = [
  { name: 'add', instruction: insn('add', r('eax'), r('ebx')), expected: sum(a, b, E.FALSE) },
  { name: 'adc', instruction: insn('adc', r('eax'), r('ebx')), expected: sum(a, b, carryIn) },
  { name: 'sub', instruction: insn('sub', r('eax'), r('ebx')), expected: difference(a, b, E.FALSE) },
  { name: 'sbb', instruction: insn('sbb', r('eax'), r('ebx')), expected: difference(a, b, carryIn) },
  { name: 'cmp', instruction: insn('cmp', r('eax'), r('ebx')), expected: difference(a, b, E.FALSE) },
  { name: 'cmp with an immediate', instruction: insn('cmp', r('eax'), imm(5)), expected: difference(a, E.bv(5, 32), E.FALSE) },
  { name: 'neg', instruction: insn('neg', r('eax')), expected: difference(E.bv(0, 32), a, E.FALSE) },
  { name: 'inc', instruction: insn('inc', r('eax')), expected: { ...sum(a, one, E.FALSE), cf: carryIn } },
  { name: 'dec', instruction: insn('dec', r('eax')), expected: { ...difference(a, one, E.FALSE), cf: carryIn } },
  { name: 'and', instruction: insn('and', r('eax'), r('ebx')), expected: { cf: E.FALSE, of: E.FALSE, ...resultFlags(E.and(a, b)) } },
  { name: 'or', instruction: insn('or', r('eax'), r('ebx')), expected: { cf: E.FALSE, of: E.FALSE, ...resultFlags(E.or(a, b)) } },
  { name: 'xor', instruction: insn('xor', r('eax'), r('ebx')), expected: { cf: E.FALSE, of: E.FALSE, ...resultFlags(E.xor(a, b)) } },
  { name: 'test', instruction: insn('test', r('eax'), r('ebx')), expected: { cf: E.FALSE, of: E.FALSE, ...resultFlags(E.and(a, b)) } },
];

function assertFlag(state: X86State, flag: Flag, expected: Expr | undefined, what: string): void {
  const actual = state.flags[flag];
  if (expected === undefined) {
    // AF after a logical operation is undefined: a fresh symbol.
    assert.ok(isUndefinedFlagSymbol(actual), `${what}: ${flag} is ${formatExpr(actual)}`);
    return;
  }
  assert.ok(actual === expected, `${what}: ${flag} is ${formatExpr(actual)}, not ${formatExpr(expected)}`);
}

for (const { name, instruction, expected } of SETTERS) {
  test(`${name}: each flag read alone equals the flag worked out in full`, () => {
    for (const flag of SIX) assertFlag(after(symbolic(), instruction), flag, expected[flag], `${name}, ${flag} alone`);
  });

  test(`${name}: the flags read in either order, and from a copy made before the first read, are the same`, () => {
    const state = after(symbolic(), instruction);
    const copy = state.clone();
    for (const flag of SIX) assertFlag(state, flag, expected[flag], `${name}, in order`);
    for (const flag of [...SIX].reverse()) assertFlag(copy, flag, expected[flag], `${name}, reversed, on a copy`);
  });
}

test('an instruction leaves the flags of the state it ran on as they were', () => {
  const before = symbolic();
  after(before, insn('add', r('eax'), r('ebx')));
  for (const flag of SIX) assert.equal(before.flags[flag], oldFlags[flag]);
});

test('inc and dec keep a carry still to be worked out from an earlier instruction', () => {
  const state = after(after(symbolic(), insn('add', r('eax'), r('ebx'))), insn('dec', r('ecx')));
  assert.equal(state.flags.cf, sum(a, b, E.FALSE).cf);
  assert.equal(state.flags.zf, difference(E.sym('ecx', 32), one, E.FALSE).zf);
});

test('a flag set after a flag-setting instruction replaces that flag only', () => {
  const state = after(after(symbolic(), insn('sub', r('eax'), r('ebx'))), insn('stc'));
  const expected = difference(a, b, E.FALSE);
  assert.equal(state.flags.cf, E.TRUE);
  for (const flag of SIX.filter((f) => f !== 'cf')) assertFlag(state, flag, expected[flag], 'after stc');
});

test('the undefined AF of a logical operation is named by the order the instructions ran in, not by when it is read', () => {
  const first = after(symbolic(), insn('and', r('eax'), r('ebx')));
  const second = after(first, insn('or', r('eax'), r('ebx')));
  const number = (e: Expr): number => Number(e.kind === 'sym' ? /#(\d+)$/.exec(e.name)?.[1] : NaN);
  const later = second.flags.af;
  const earlier = first.flags.af;
  assert.ok(number(earlier) < number(later), `${formatExpr(earlier)} before ${formatExpr(later)}`);
  assert.equal(first.flags.af, earlier);
});

test('concrete operands fold every flag to a constant', () => {
  const state = after(createX86State({ memory: new ConcreteMemory(0), regs: { eax: E.bv(0x7fffffff, 32), ebx: one } }), insn('add', r('eax'), r('ebx')));
  assert.deepEqual(SIX.map((f) => E.constValue(state.flags[f])), [0n, 1n, 1n, 0n, 1n, 1n]);
});

test('the x86 machine lists registers and flags by name, in order, with IF once tracked', () => {
  const state = after(symbolic(), insn('add', r('eax'), r('ebx')));
  const registers = x86Machine.registers(state);
  const names = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'cf', 'pf', 'af', 'zf', 'sf', 'of', 'df'];
  assert.deepEqual([...registers.keys()], names);
  assert.equal(registers.size, names.length);
  assert.deepEqual([...registers.values()], names.map((n) => registers.get(n)));
  assert.equal(registers.get('eax'), E.add(E.add(a, b), E.zext(E.FALSE, 32)));
  assert.equal(registers.get('pf'), sum(a, b, E.FALSE).pf);
  assert.equal(registers.get('if'), undefined);
  assert.equal(registers.has('if'), false);
  assert.equal(registers.get('toString'), undefined);
  const tracked = x86Machine.registers(after(state, insn('cli')));
  assert.deepEqual([...tracked].at(-1), ['if', E.FALSE]);
  assert.equal(tracked.size, names.length + 1);
});

const nodeId = (name: string): number => (E.sym(name, 1) as { readonly id: number }).id;

test('a join compares the flags two copies still share without working them out, and what they differ in as values', () => {
  const x = E.sym('shared.x', 32), y = E.sym('shared.y', 32);
  const state = after(createX86State({ memory: new ConcreteMemory(0), regs: { eax: x, ebx: y } }), insn('cmp', r('eax'), r('ebx')));
  const left = state.clone(), right = state.clone();
  // A node's id counts the nodes made before it: none between the two probes.
  const first = nodeId('shared.probe1');
  assert.deepEqual(registerDifference(x86Machine.registers(left), x86Machine.registers(right), true), { values: [], unsettled: [] });
  assert.equal(nodeId('shared.probe2'), first + 1);
  for (const flag of SIX) assertFlag(right, flag, difference(x, y, E.FALSE)[flag], `shared ${flag}`);
  // One side read, the other not: settled, the values are compared.
  assert.deepEqual(registerDifference(x86Machine.registers(right), x86Machine.registers(left), true), { values: [], unsettled: [] });
  const other = after(left, insn('cmp', r('eax'), imm(5)));
  const settled = registerDifference(x86Machine.registers(other), x86Machine.registers(right), true);
  assert.deepEqual(settled.values.map(([name]) => name), [...SIX]);
  assert.equal(settled.values[1]?.[1], difference(x, E.bv(5, 32), E.FALSE).pf);
});

test('a join leaves the flags either side has not worked out unsettled, and joins them when read', () => {
  const x = E.sym('joined.x', 32), y = E.sym('joined.y', 32), c = E.sym('joined.c', 1);
  const start = createX86State({ memory: new ConcreteMemory(0), regs: { eax: x, ebx: y } });
  const mine = after(start, insn('cmp', r('eax'), r('ebx')));
  const theirs = after(after(start, insn('cmp', r('eax'), imm(5))), insn('stc'));
  assert.ok(theirs.flags.of, "one side has worked OF out");
  const first = nodeId('joined.probe1');
  const unsettled = registerDifference(x86Machine.registers(mine), x86Machine.registers(theirs), false);
  assert.deepEqual(unsettled, { values: [], unsettled: [...SIX] });
  const joined = x86Machine.joinUnsettled?.(mine, mine, theirs, unsettled.unsettled, c);
  assert.ok(joined);
  assert.equal(nodeId('joined.probe2'), first + 1);
  const a = difference(x, y, E.FALSE), b = { ...difference(x, E.bv(5, 32), E.FALSE), cf: E.TRUE };
  for (const flag of SIX) assertFlag(joined, flag, E.ite(c, a[flag], b[flag]), `joined ${flag}`);
  // Flags alike when worked out are kept as the one value, as a join of values keeps them.
  const same = x86Machine.joinUnsettled?.(mine, mine, after(start, insn('cmp', r('eax'), r('ebx'))), ['zf'], c);
  assert.equal(same?.flags.zf, a.zf);
});

test('a copy of a state holds each of the eight registers the state held, and a register set in either is set in that one only', () => {
  const given = { eax: E.bv(1), ecx: E.bv(2), edx: E.bv(3), ebx: E.bv(4), esp: E.bv(5), ebp: E.bv(6), esi: E.bv(7), edi: E.bv(8) };
  const state = createX86State({ memory: new ConcreteMemory(), regs: given });
  const copy = state.clone();
  assert.deepEqual(Object.keys(copy.regs).sort(), Object.keys(given).sort());
  for (const [name, value] of Object.entries(given)) assert.equal(copy.regs[name as keyof typeof given], value, name);
  copy.regs.eax = E.bv(9);
  state.regs.edi = E.bv(10);
  assert.equal(state.regs.eax, given.eax);
  assert.equal(copy.regs.edi, given.edi);
  // Entry values name the registers they stand for.
  assert.equal(formatExpr(createX86State({ memory: new ConcreteMemory() }).clone().regs.esi), 'esi');
});
