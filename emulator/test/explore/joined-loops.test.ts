// Loops whose exits join into if-then-else values: the solver must see
// through them, both to refute branches no input can take (a batched resize
// loop, the shape of FramePool's Pool_Resize) and to prove a bug that only
// one iteration count reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmState } from '../../src/cpu/arm/index.js';
import { explore } from '../../src/explore/engine.js';
import type { Budget } from '../../src/explore/engine.js';
import type { Hooks } from '../../src/explore/hooks.js';
import { armMachine, armPathState } from '../../src/explore/machines/arm.js';
import type { ArmPathState } from '../../src/explore/machines/arm.js';
import { armProgram } from '../../src/ir/builder.js';
import type { ProgramBuilder } from '../../src/ir/builder.js';
import type { ArmInstruction } from '../../src/ir/arm.js';
import { bv, eq, sym } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { cond, imm, insn, mem, reg, target } from '../arm-helpers.js';

const RETURN = 0x03f80000;

function run(build: (b: ProgramBuilder<ArmInstruction>) => void, regs: Partial<Record<number, Expr>>, hooks: Hooks<ArmPathState>, budget: Partial<Budget> = {}) {
  const b = armProgram();
  b.label('H');
  build(b);
  const program = b.build();
  const values = Array.from({ length: 15 }, (_, r) => regs[r] ?? sym(`entry.r${r}`));
  values[14] = bv(RETURN);
  const state = armPathState(new ArmState({ memory: new SymbolicMemory(program.image), mode: '32', regs: values }));
  return { program, result: explore(program.label('H') ?? 0n, state, { program, machine: armMachine(), hooks, budget }) };
}

/** Reports a finding at the instruction labelled `at` when `condition` can hold there. */
function reportAt(label: string, condition: (state: ArmPathState) => Expr): Hooks<ArmPathState> {
  return {
    onStep(ctx) {
      if (ctx.program.label(label) === ctx.item.address) ctx.report({ code: 'PW307', message: `reached ${label}`, condition: condition(ctx.state) });
    },
  };
}

/**
 * One batch of Pool_Resize's grow loop: at most 16 of the R1 pages from R8
 * on, counted in an inner loop. Work is left after the batch only when it
 * was a full 16 pages, so `never` (work left after a batch of at most one)
 * is unreachable, but only a solver that splits on
 * `R5 = (16 < R7-R8) ? 16 : R7-R8` and cancels `R8 + (R7 - R8)` can tell.
 */
function batchedGrow(b: ProgramBuilder<ArmInstruction>): void {
  b.instruction(insn('add', [reg(7), reg(8), reg(1)]), 'ADD r7, r8, r1');
  b.instruction(insn('sub', [reg(5), reg(7), reg(8)]), 'SUB r5, r7, r8');
  b.instruction(insn('cmp', [reg(5), imm(16)]), 'CMP r5, #16');
  b.instruction(cond('hi', insn('mov', [reg(5), imm(16)])), 'MOVHI r5, #16');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  b.label('inner').instruction(insn('add', [reg(3), reg(3), imm(1)]), 'ADD r3, r3, #1');
  b.instruction(insn('cmp', [reg(3), reg(5)]), 'CMP r3, r5');
  b.instruction(cond('cc', insn('b', [target('inner')])), 'BLO inner');
  b.instruction(insn('add', [reg(8), reg(8), reg(5)]), 'ADD r8, r8, r5');
  b.instruction(insn('cmp', [reg(8), reg(7)]), 'CMP r8, r7');
  b.instruction(cond('cs', insn('b', [target('done')])), 'BHS done');
  b.instruction(insn('cmp', [reg(5), imm(1)]), 'CMP r5, #1');
  b.instruction(cond('hi', insn('b', [target('done')])), 'BHI done');
  b.label('never').instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  b.label('done').instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
}

test('a batched loop: the branch no batch size can take is refuted, not explored', () => {
  const visited = new Set<bigint>();
  const hooks: Hooks<ArmPathState> = { onStep(ctx) { visited.add(ctx.item.address); } };
  const { program, result } = run(batchedGrow, {}, { ...hooks, ...reportAt('never', () => bv(1, 1)) });
  assert.deepEqual(result.incomplete, []);
  assert.ok(!visited.has(program.label('never') ?? -1n), 'no path reaches the unreachable instruction');
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.unproven, [], 'no path was kept because the solver could not decide it');
  assert.ok(result.ends.some((e) => e.kind === 'return'));
});

/**
 * R3 counts R1 iterations (at least one) while R4 steps from R2 by &100; the
 * store through R4 after the loop is a null-pointer store exactly when
 * R2 = -&100 × count. The loop is unrolled 16 times, so R4 is a join of 16
 * exits, and the base R2 that makes it null is no constant of the program.
 */
function countedWalk(b: ProgramBuilder<ArmInstruction>): void {
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  b.instruction(insn('mov', [reg(4), reg(2)]), 'MOV r4, r2');
  b.label('loop').instruction(insn('add', [reg(4), reg(4), imm(0x100)]), 'ADD r4, r4, #&100');
  b.instruction(insn('add', [reg(3), reg(3), imm(1)]), 'ADD r3, r3, #1');
  b.instruction(insn('cmp', [reg(3), reg(1)]), 'CMP r3, r1');
  b.instruction(cond('cc', insn('b', [target('loop')])), 'BLO loop');
  b.instruction(insn('cmp', [reg(3), imm(11)]), 'CMP r3, #11');
  b.instruction(cond('ne', insn('b', [target('done')])), 'BNE done');
  b.label('store').instruction(insn('str', [reg(0), mem(4, 0)]), 'STR r0, [r4]');
  b.label('done').instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
}

const nullStore = reportAt('store', (s) => eq(s.cpu.regs[4] ?? bv(1), bv(0)));

test('a bug behind 16 joined loop iterations is reported with a witness, and the witness replays it', () => {
  const { result } = run(countedWalk, {}, nullStore, { loopUnroll: 16 });
  assert.deepEqual(result.incomplete, []);
  assert.deepEqual(result.unproven, []);
  const [finding] = result.findings;
  assert.equal(result.findings.length, 1);
  const input = (name: string): bigint => BigInt(finding?.witness?.find((w) => w.name === name)?.value ?? assert.fail(`no ${name} in the witness`));
  const count = input('entry.r1'), base = input('entry.r2');
  assert.equal((base + 0x100n * 11n) & 0xffffffffn, 0n, 'R4 is null after the 11 iterations the witness asks for');
  const replay = run(countedWalk, { 1: bv(count), 2: bv(base) }, nullStore, { loopUnroll: 16 }).result;
  assert.deepEqual(replay.findings.map((f) => f.code), ['PW307'], 'the concrete run with the witness stores through null');
});

test('the same loop from a base no iteration count makes null: no finding', () => {
  const { result } = run(countedWalk, { 2: bv(0x8000) }, nullStore, { loopUnroll: 16 });
  assert.deepEqual(result.incomplete, []);
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.unproven, []);
});
