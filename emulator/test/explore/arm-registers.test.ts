import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmState } from '../../src/cpu/arm/index.js';
import { armMachine, armPathState } from '../../src/explore/machines/arm.js';
import { bv, sym } from '../../src/values/expr.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { registerDifference } from '../../src/explore/machines/registerView.js';

// The ARM machine's registers by name are read from the state when asked,
// not copied into a map at every instruction; they must read as that map did.

const NAMES = [...Array.from({ length: 15 }, (_, r) => `r${r}`), 'n', 'z', 'c', 'v', 'q', 'i', 'f', 'mode', 'spsr'];

test('the ARM machine lists r0-r14, the flags, mode and SPSR by name, in order, and nothing else', () => {
  const machine = armMachine();
  const cpu = new ArmState({ memory: new SymbolicMemory(), mode: '32', regs: Array.from({ length: 15 }, (_, r) => sym(`entry.r${r}`, 32)) });
  const state = machine.withRegisters(armPathState(cpu), new Map([['r3', bv(7)], ['v', bv(1, 1)], ['spsr', sym('saved', 32)]]));
  const registers = machine.registers(state);
  assert.deepEqual([...registers.keys()], NAMES);
  assert.equal(registers.size, NAMES.length);
  assert.deepEqual([...registers.values()], NAMES.map((n) => registers.get(n)));
  assert.deepEqual([...registers], NAMES.map((n) => [n, registers.get(n)]));
  const seen: string[] = [];
  registers.forEach((value, name) => { seen.push(name); assert.equal(value, registers.get(name)); });
  assert.deepEqual(seen, NAMES);
  assert.deepEqual(registers.get('r3'), bv(7));
  assert.deepEqual(registers.get('v'), bv(1, 1));
  assert.equal(registers.get('r4'), sym('entry.r4', 32));
  assert.equal(registers.get('spsr'), sym('saved', 32));
  for (const name of ['r15', 'pc', 'cpsr', 'toString', 'constructor', '']) {
    assert.equal(registers.get(name), undefined, name);
    assert.equal(registers.has(name), false, name);
  }
});

test('the difference of two ARM states names the registers, flags, mode and SPSR whose values differ, in order, as a plain map of them would', () => {
  const machine = armMachine();
  const regs = Array.from({ length: 15 }, (_, r) => sym(`entry.r${r}`, 32));
  const a = armPathState(new ArmState({ memory: new SymbolicMemory(), mode: '32', regs }));
  const b = machine.withRegisters(a, new Map([['r0', bv(1)], ['r14', sym('lr', 32)], ['z', bv(1, 1)], ['mode', bv(3, 32)], ['spsr', sym('s', 32)]]));
  const c = machine.withRegisters(b, new Map([['r0', bv(1)], ['r7', bv(0)]]));
  for (const [x, y] of [[a, b], [b, a], [b, c], [c, b], [a, a], [c, c]] as const) {
    const mine = machine.registers(x), theirs = machine.registers(y);
    const expected = registerDifference(new Map(mine), new Map(theirs), false);
    assert.deepEqual(registerDifference(mine, theirs, false), expected);
    assert.deepEqual(registerDifference(mine, new Map(theirs), false), expected);
  }
  assert.deepEqual(registerDifference(machine.registers(c), machine.registers(a), false).values.map(([name]) => name), ['r0', 'r7', 'r14', 'z', 'mode', 'spsr']);
  assert.deepEqual(registerDifference(machine.registers(a), machine.registers(a), true), { values: [], unsettled: [] });
});

test('an ARM state given registers by name takes each, forgets their writers, and leaves the names it does not know', () => {
  const machine = armMachine();
  const source = { file: 'f.s', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } } };
  const cpu = new ArmState({ memory: new SymbolicMemory(), mode: '32', regs: Array.from({ length: 15 }, (_, r) => sym(`entry.r${r}`, 32)) });
  const state = { ...armPathState(cpu), writers: new Map([[2, source], [5, source]]), vWriter: { source, explicit: false } };
  const next = machine.withRegisters(state, new Map([['r2', bv(9)], ['r12', bv(4)], ['v', bv(0, 1)], ['r15', bv(1)], ['pc', bv(1)], ['r02', bv(1)]]));
  const registers = machine.registers(next);
  assert.deepEqual(registers.get('r2'), bv(9));
  assert.deepEqual(registers.get('r12'), bv(4));
  assert.deepEqual(registers.get('v'), bv(0, 1));
  assert.deepEqual([...next.writers.keys()], [5]);
  assert.equal(next.vWriter, undefined);
  assert.equal(next.cpu.regs.length, 15);
  assert.equal(registers.get('r0'), sym('entry.r0', 32));
  assert.equal(state.cpu.regs[2], sym('entry.r2', 32), 'the state given is left as it was');
});
