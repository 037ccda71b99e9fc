import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmState } from '../../src/cpu/arm/index.js';
import { armMachine, armPathState } from '../../src/explore/machines/arm.js';
import { bv, sym } from '../../src/values/expr.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';

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
