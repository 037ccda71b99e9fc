import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmState, executeArm, stepArm } from '../../src/cpu/arm/index.js';
import { createX86State, executeX86, stepX86 } from '../../src/cpu/x86/index.js';
import type { X86State } from '../../src/cpu/x86/index.js';
import type { Successor } from '../../src/cpu/control.js';
import { explore } from '../../src/explore/engine.js';
import type { ExploreResult } from '../../src/explore/engine.js';
import type { Hooks } from '../../src/explore/hooks.js';
import { armMachine } from '../../src/explore/machines/arm.js';
import type { ArmPathState } from '../../src/explore/machines/arm.js';
import { x86Machine } from '../../src/explore/machines/x86.js';
import type { Machine } from '../../src/explore/machine.js';
import { armProgram, x86Program } from '../../src/ir/builder.js';
import type { ArmInstruction } from '../../src/ir/arm.js';
import type { X86Instruction, X86Operand, X86Reg32 } from '../../src/ir/x86.js';
import { add, bv, sym, TRUE } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import { formatExpr } from '../../src/values/format.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { cond, imm as armImm, insn as armInsn, mem as armMem, reg as armReg } from '../arm-helpers.js';

// A step on a state nobody else holds changes it in place instead of
// copying it. Whatever is shared or not, a run must end where the same
// run ends when every step copies: the same registers, flags, memory
// contents and inputs under the same names, on every successor of a fork.

/** A small deterministic generator (xorshift), so a failure repeats. */
function random(seed: number): (n: number) => number {
  let x = seed | 1;
  return (n) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const X86_REGS: readonly X86Reg32[] = ['eax', 'ebx', 'ecx', 'esi'];
const r = (reg: X86Reg32): X86Operand => ({ kind: 'reg', reg });
const stack = (disp: number): X86Operand => ({ kind: 'mem', size: 4, base: 'esp', scale: 1, disp: bv(disp) });
const x86 = (mnemonic: string, ...operands: X86Operand[]): X86Instruction => ({ arch: 'x86', mnemonic, operands });

function x86Instruction(next: (n: number) => number): X86Instruction {
  const a = X86_REGS[next(X86_REGS.length)] as X86Reg32, b = X86_REGS[next(X86_REGS.length)] as X86Reg32;
  switch (next(8)) {
    case 0: return x86('mov', r(a), stack(4 * next(6)));
    case 1: return x86('mov', stack(4 * next(6)), r(b));
    case 2: return x86('push', r(a));
    case 3: return x86('pop', r(a));
    case 4: return x86('add', r(a), r(b));
    case 5: return x86('cmp', r(a), { kind: 'imm', value: bv(next(3)) });
    case 6: return x86('jz', { kind: 'target', label: 'there' });
    default: return x86('sub', r(a), { kind: 'imm', value: bv(next(9)) });
  }
}

const X86_ENV = { address: 0x1000, next: 0x1004, resolveLabel: () => 0x2000 };

function x86Start(): X86State {
  return createX86State({ memory: new SymbolicMemory() });
}

/** Everything a state says: registers, flags, the stack words the programs use, the inputs read and the stores made. */
function describeX86(s: X86State): string {
  const memory = s.memory as SymbolicMemory;
  const probe = memory.clone();
  const words = Array.from({ length: 8 }, (_, i) => formatExpr(probe.load(add(sym('esp'), bv(4 * i - 8)), 4)));
  const flags = (['cf', 'zf', 'sf', 'of'] as const).map((f) => formatExpr(s.flags[f]));
  return JSON.stringify({
    regs: Object.entries(s.regs).map(([k, v]) => `${k}=${formatExpr(v)}`), flags, words,
    inputs: memory.inputs.map((i) => formatExpr(i.symbol)), writes: memory.writeCount,
  });
}

/** Every path of a run of `program` from `state`, each successor followed on its own. */
function leaves<S>(state: S, program: readonly unknown[], run: (s: S, i: number) => readonly Successor<S>[]): S[] {
  let states = [state];
  for (let i = 0; i < program.length; i++) states = states.flatMap((s) => run(s, i).map((o) => o.state));
  return states;
}

test('x86: stepping a state in place ends where copying steps end, on every path of random programs with forks', () => {
  for (let seed = 1; seed <= 80; seed++) {
    const next = random(seed);
    const program = Array.from({ length: 4 + next(10) }, () => x86Instruction(next));
    const start = x86Start();
    const before = describeX86(start);
    const copied = leaves(start, program, (s, i) => executeX86(s, program[i] as X86Instruction, X86_ENV));
    const inPlace = leaves(x86Start(), program, (s, i) => stepX86(s, program[i] as X86Instruction, X86_ENV));
    assert.deepEqual(inPlace.map(describeX86), copied.map(describeX86), `seed ${seed}`);
    assert.equal(describeX86(start), before, `seed ${seed}: a copying step changed its input`);
  }
});

function armInstruction(next: (n: number) => number): ArmInstruction {
  const a = next(4), b = next(4);
  const conditions = ['al', 'eq', 'ne'] as const;
  const made = ((): ArmInstruction => {
    switch (next(5)) {
      case 0: return armInsn('ldr', [armReg(a), armMem(13, 4 * next(6))]);
      case 1: return armInsn('str', [armReg(b), armMem(13, 4 * next(6))]);
      case 2: return armInsn('cmp', [armReg(a), armImm(next(3))], { setFlags: true });
      case 3: return armInsn('add', [armReg(a), armReg(a), armReg(b)]);
      default: return armInsn('sub', [armReg(a), armReg(b), armImm(next(9))]);
    }
  })();
  return cond(conditions[next(conditions.length)] as ArmInstruction['condition'], made);
}

function armStart(): ArmState {
  return new ArmState({ memory: new SymbolicMemory(), mode: '32', regs: Array.from({ length: 15 }, (_, i) => sym(`entry.r${i}`)) });
}

function describeArm(s: ArmState): string {
  const memory = s.memory as SymbolicMemory;
  const probe = memory.clone();
  const words = Array.from({ length: 6 }, (_, i) => formatExpr(probe.load(add(sym('entry.r13'), bv(4 * i)), 4)));
  return JSON.stringify({
    regs: s.regs.map((v) => formatExpr(v)), flags: [s.n, s.z, s.c, s.v].map((f) => formatExpr(f)), words,
    inputs: memory.inputs.map((i) => formatExpr(i.symbol)), writes: memory.writeCount,
  });
}

const ARM_ENV = { address: 0x8000, next: 0x8004, resolveLabel: () => undefined };

test('ARM: stepping a state in place ends where copying steps end, on every path of random conditional programs', () => {
  for (let seed = 1; seed <= 80; seed++) {
    const next = random(seed);
    const program = Array.from({ length: 3 + next(8) }, () => armInstruction(next));
    const start = armStart();
    const before = describeArm(start);
    const copied = leaves(start, program, (s, i) => executeArm(s, program[i] as ArmInstruction, ARM_ENV));
    const inPlace = leaves(armStart(), program, (s, i) => stepArm(s, program[i] as ArmInstruction, ARM_ENV));
    assert.deepEqual(inPlace.map(describeArm), copied.map(describeArm), `seed ${seed}`);
    assert.equal(describeArm(start), before, `seed ${seed}: a copying step changed its input`);
  }
});

/** The machine with every step copying its state: what the explorer did before it stepped in place. */
function copying<S>(machine: Machine<S>): Machine<S> {
  return { ...machine, step: (state, instruction, env) => machine.execute(state, instruction, env) };
}

function ends<S>(result: ExploreResult<S>, machine: Machine<S>): string[] {
  return result.ends.map((e) => {
    const regs = [...machine.registers(e.state)].map(([k, v]) => `${k}=${formatExpr(v)}`);
    const memory = machine.memory(e.state) as SymbolicMemory;
    return `${e.kind}@${e.address} ${regs.join(' ')} inputs ${memory.inputs.map((i) => formatExpr(i.symbol)).join(',')} | ${e.condition.map((c) => formatExpr(c)).join(' & ')}`;
  });
}

test('an x86 exploration with a widened loop, forks, joins and a jump table ends alike stepping in place or copying, and leaves its entry state as it was', () => {
  const b = x86Program();
  b.section('data').label('table').words('one', 'two');
  b.section('code').label('start').instruction(x86('push', r('ebx')));
  b.label('loop').instruction(x86('mov', stack(0), r('ecx')));
  b.instruction(x86('add', r('eax'), stack(0)));
  b.instruction(x86('cmp', r('esi'), r('ecx')));
  b.instruction(x86('jz', { kind: 'target', label: 'skip' }));
  b.instruction(x86('push', r('eax')));
  b.instruction(x86('pop', r('edx')));
  b.label('skip').instruction(x86('dec', r('ecx')));
  b.instruction(x86('jnz', { kind: 'target', label: 'loop' }));
  b.instruction(x86('cmp', r('edi'), { kind: 'imm', value: bv(1) }));
  b.instruction(x86('ja', { kind: 'target', label: 'out' }));
  b.instruction(x86('jmp', { kind: 'mem', size: 4, index: 'edi', scale: 4, disp: bv(0x1000) }));
  b.label('one').instruction(x86('mov', stack(4), r('edi')));
  b.instruction(x86('jmp', { kind: 'target', label: 'out' }));
  b.label('two').instruction(x86('mov', stack(8), r('esi')));
  b.instruction(x86('jmp', { kind: 'target', label: 'out' }));
  b.label('out').instruction(x86('pop', r('ebx')));
  b.instruction(x86('ret'));
  const program = b.build();
  const entry = (): X86State => createX86State({ memory: new SymbolicMemory(program.image) });
  const start = entry();
  const before = describeX86(start);
  const address = program.label('start') as bigint;
  const inPlace = explore(address, start, { program, machine: x86Machine });
  const copied = explore(address, entry(), { program, machine: copying(x86Machine) });
  assert.deepEqual(inPlace.incomplete, []);
  assert.ok(inPlace.paths > 2);
  assert.deepEqual(ends(inPlace, x86Machine), ends(copied, x86Machine));
  assert.equal(describeX86(start), before);
});

test('an ARM exploration with conditional stores and a loop ends alike stepping in place or copying', () => {
  const machine = armMachine();
  const b = armProgram();
  b.label('start').instruction(armInsn('mov', [armReg(2), armImm(2)]));
  b.label('loop').instruction(cond('ne', armInsn('str', [armReg(0), armMem(13, 0)])));
  b.instruction(armInsn('ldr', [armReg(3), armMem(13, 4)]));
  b.instruction(armInsn('cmp', [armReg(1), armReg(3)], { setFlags: true }));
  b.instruction(cond('eq', armInsn('add', [armReg(0), armReg(0), armImm(1)])));
  b.instruction(armInsn('sub', [armReg(2), armReg(2), armImm(1)], { setFlags: true }));
  b.instruction(cond('ne', armInsn('b', [{ kind: 'target', label: 'loop' }])));
  b.instruction(armInsn('mov', [armReg(15), armReg(14)]));
  const program = b.build();
  const entry = (): ArmPathState => ({ cpu: armStart(), writers: new Map() });
  const start = entry();
  const before = describeArm(start.cpu);
  const address = program.label('start') as bigint;
  const inPlace = explore(address, start, { program, machine });
  const copied = explore(address, entry(), { program, machine: copying(machine) });
  assert.deepEqual(inPlace.incomplete, []);
  assert.ok(inPlace.ends.length > 0);
  assert.deepEqual(ends(inPlace, machine), ends(copied, machine));
  assert.equal(describeArm(start.cpu), before);
});

/** Hooks that run `int 3` as a model would, storing EAX below the stack and bumping it, on the path's own state where `inPlace` and the path alone holds it. */
function pushingHooks(inPlace: boolean, owned: boolean[]): Hooks<X86State> {
  return {
    onInstruction(ctx) {
      if ((ctx.item.instruction as X86Instruction).mnemonic !== 'int') return undefined;
      owned.push(ctx.ownsState);
      const state = inPlace && ctx.ownsState ? ctx.state : ctx.state.clone();
      state.memory.store(add(state.regs.esp, bv(-4)), state.regs.eax, 4);
      state.regs.eax = add(state.regs.eax, bv(1));
      return [{ guard: TRUE, state, control: { kind: 'next' } }];
    },
  };
}

test('a hook that changes the state a path alone holds ends where one that copies it ends; the entry state is never the path\'s own', () => {
  const b = x86Program();
  b.label('start').instruction(x86('int', { kind: 'imm', value: bv(3) }));
  b.instruction(x86('mov', stack(0), r('ecx')));
  b.instruction(x86('int', { kind: 'imm', value: bv(3) }));
  b.instruction(x86('cmp', r('esi'), r('ecx')));
  b.instruction(x86('jz', { kind: 'target', label: 'skip' }));
  b.instruction(x86('int', { kind: 'imm', value: bv(3) }));
  b.instruction(x86('push', r('eax')));
  b.instruction(x86('pop', r('edx')));
  b.label('skip').instruction(x86('int', { kind: 'imm', value: bv(3) }));
  b.instruction(x86('ret'));
  const program = b.build();
  const address = program.label('start') as bigint;
  const run = (inPlace: boolean, trace: boolean): [ExploreResult<X86State>, boolean[], X86State, string] => {
    const owned: boolean[] = [];
    const start = x86Start();
    const before = describeX86(start);
    return [explore(address, start, { program, machine: x86Machine, hooks: pushingHooks(inPlace, owned), trace }), owned, start, before];
  };
  const [inPlace, owned, start, before] = run(true, false);
  const [copied] = run(false, false);
  assert.deepEqual(inPlace.incomplete, []);
  assert.deepEqual(ends(inPlace, x86Machine), ends(copied, x86Machine));
  assert.equal(describeX86(start), before, 'the entry state is as it was');
  // The entry state, then the path's own after each step: before the fork, on the path that falls through, and where the two join.
  assert.deepEqual(owned, [false, true, true, true]);
  // A traced path steps in place as well; its trace records each step from what the state was before it.
  const [traced, tracedOwned] = run(true, true);
  assert.deepEqual(tracedOwned, [false, true, true, true, true]);
  const popped = traced.ends.flatMap((e) => e.trace ?? []).flatMap((t) => t.registers).find((d) => d.name === 'edx');
  // Each INT 3 of the hook adds 1 to EAX: three ran before the pop on the path that falls through.
  assert.deepEqual([formatExpr(popped?.before as Expr), formatExpr(popped?.after as Expr)], ['edx', 'eax + 3']);
  for (const end of traced.ends) assert.deepEqual(end.trace?.[1]?.writes.map((w) => formatExpr(w.value)), ['ecx'], 'the mov to the stack, on both paths');
});

// A value several paths see must stay what each saw: `Expr`s are immutable, so only states can be at stake.
test('a step on a shared state leaves the other holder its copy', () => {
  const start = x86Start();
  const eax: Expr = start.regs.eax;
  const [copy] = executeX86(start, x86('add', r('eax'), { kind: 'imm', value: bv(1) }), X86_ENV);
  assert.equal(start.regs.eax, eax);
  assert.notEqual(copy?.state, start);
  const [same] = stepX86(start, x86('add', r('eax'), { kind: 'imm', value: bv(1) }), X86_ENV);
  assert.equal(same?.state, start);
  assert.equal(formatExpr(start.regs.eax), formatExpr(copy?.state.regs.eax as Expr));
});
