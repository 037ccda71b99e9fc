// Real ARM semantics through the explorer with the core ARM machine: a
// handler-shaped routine that saves registers on a symbolic stack, fills a
// page block in a loop and returns through the stacked LR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmState } from '../../src/cpu/arm/index.js';
import { explore } from '../../src/explore/engine.js';
import type { Hooks } from '../../src/explore/hooks.js';
import { armMachine, armPathState, soleWriter } from '../../src/explore/machines/arm.js';
import type { ArmPathState } from '../../src/explore/machines/arm.js';
import { armProgram } from '../../src/ir/builder.js';
import type { ProgramBuilder } from '../../src/ir/builder.js';
import type { ArmInstruction } from '../../src/ir/arm.js';
import { add, and, bv, constValue, eq, ne, sym } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import { evaluate } from '../../src/values/evaluate.js';
import { exprEquals } from '../../src/values/key.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { cond, imm, insn, list, mem, reg } from '../arm-helpers.js';

const RETURN = 0x03f80000;
const V_BIT = 0x10000000;
const aligned = (e: Expr): Expr => eq(and(e, bv(3)), bv(0));

function run(build: (b: ProgramBuilder<ArmInstruction>) => void, regs: Partial<Record<number, Expr>>, hooks?: Hooks<ArmPathState>, assumptions: Expr[] = []) {
  const b = armProgram();
  b.label('H');
  build(b);
  const program = b.build();
  const values = Array.from({ length: 15 }, (_, r) => regs[r] ?? sym(`entry.r${r}`));
  values[13] = sym('sp');
  values[14] = bv(RETURN);
  const state = armPathState(new ArmState({ memory: new SymbolicMemory(program.image), mode: '32', regs: values }));
  return explore(program.label('H') ?? 0n, state, {
    program, machine: armMachine(), assumptions: [aligned(sym('sp')), ...assumptions], ...(hooks ? { hooks } : {}),
  });
}

test('ARM: a page-block fill loop with stacked registers returns with R4 restored and every entry written', () => {
  const block = sym('block');
  const r = run((b) => {
    b.instruction(insn('stm', [reg(13), list([4, 14])], { blockMode: 'db', writeback: true }), 'STMDB sp!, {r4, lr}');
    b.instruction(insn('mov', [reg(4), imm(0)]), 'MOV r4, #0');
    b.label('loop').instruction(insn('str', [reg(4), mem(1, 12, { pre: false })]), 'STR r4, [r1], #12');
    b.instruction(insn('add', [reg(4), reg(4), imm(1)]), 'ADD r4, r4, #1');
    b.instruction(insn('cmp', [reg(4), reg(2)]), 'CMP r4, r2');
    b.instruction(cond('lt', insn('b', [{ kind: 'target', label: 'loop' }])), 'BLT loop');
    b.instruction(insn('ldm', [reg(13), list([4, 15])], { blockMode: 'ia', writeback: true }), 'LDMIA sp!, {r4, pc}');
  }, { 1: block, 2: bv(3) }, undefined, [aligned(block)]);
  assert.deepEqual(r.incomplete, []);
  const ends = r.ends.filter((e) => e.kind === 'return');
  assert.equal(ends.length, 1);
  const end = ends[0]?.state;
  assert.ok(end && exprEquals(end.cpu.regs[4] ?? bv(0), sym('entry.r4')), 'R4 comes back from the stack as it was');
  assert.equal(evaluate(end?.cpu.regs[13] ?? bv(0), new Map([['sp', 0x1000n]])), 0x1000n, 'SP is balanced');
  const memory = end?.cpu.memory.clone();
  assert.deepEqual([0, 12, 24].map((k) => constValue(memory?.load(add(block, bv(k)), 4) ?? bv(99))), [0n, 1n, 2n]);
  assert.equal(end && soleWriter(end, 4)?.range.start.line, 8, 'R4 was last written by the LDMIA');
});

test('ARM: a conditional instruction forks and joins; a finding at the return carries the witness that drives it', () => {
  const zeroAtReturn: Hooks<ArmPathState> = {
    onReturn(ctx, state) {
      ctx.report({ code: 'PW303', message: 'R0 is 0 at the return', condition: eq(state.cpu.regs[0] ?? bv(0), bv(0)) });
    },
  };
  const program = (fix: 'eq' | 'ne') => (b: ProgramBuilder<ArmInstruction>): void => {
    b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
    b.instruction(cond(fix, insn('mov', [reg(0), imm(1)])), `MOV${fix.toUpperCase()} r0, #1`);
    b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  };
  const good = run(program('eq'), {}, zeroAtReturn);
  assert.deepEqual(good.findings, []);
  assert.equal(good.ends.length, 1, 'the two arms joined before the return');
  const bad = run(program('ne'), {}, zeroAtReturn);
  assert.equal(bad.findings.length, 1);
  assert.equal(bad.findings[0]?.witness?.find((w) => w.name === 'entry.r0')?.value, '0x0');
  assert.ok(bad.findings[0]?.notes.some((n) => n.range.start.line === 2), 'the note says which arm of MOVNE was taken');
});

test('ARM: a register the routine restored or never wrote is unchanged at the return without a question left open', () => {
  // The contract checks ask "changed?" of every preserved register at every return.
  const preserved: Hooks<ArmPathState> = {
    onReturn(ctx, state) {
      for (const r of [4, 5, 13]) {
        const changed = ne(state.cpu.regs[r] ?? bv(0), ctx.entry.cpu.regs[r] ?? bv(0));
        if (!ctx.infeasible(changed)) ctx.report({ code: 'PW304', message: `R${r} changed`, condition: changed, rootCause: `R${r}` });
      }
    },
  };
  const r = run((b) => {
    b.instruction(insn('stm', [reg(13), list([4, 14])], { blockMode: 'db', writeback: true }), 'STMDB sp!, {r4, lr}');
    b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
    b.instruction(cond('ne', insn('mov', [reg(4), imm(1)])), 'MOVNE r4, #1');
    b.instruction(insn('ldm', [reg(13), list([4, 15])], { blockMode: 'ia', writeback: true }), 'LDMIA sp!, {r4, pc}');
  }, {}, preserved);
  assert.equal(r.ends.filter((e) => e.kind === 'return').length, 1);
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.unproven, [], 'neither R4, reloaded from the stack, nor R5, nor SP, popped back to where it was, is a draft the solver could not decide');
});

test('ARM: paths that meet at a branch one takes and the other does not stay apart: V set and clear before a BVS are not joined', () => {
  const r = run((b) => {
    b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
    b.instruction(cond('eq', insn('b', [{ kind: 'target', label: 'failed' }])), 'BEQ failed');
    b.instruction(insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(0)]), 'MSR CPSR_f, #0');
    b.instruction(insn('b', [{ kind: 'target', label: 'test' }]), 'B test');
    b.label('failed');
    b.instruction(insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(V_BIT)]), 'MSR CPSR_f, #V_bit');
    b.label('test').instruction(cond('vs', insn('b', [{ kind: 'target', label: 'error' }])), 'BVS error');
    b.instruction(insn('mov', [reg(1), imm(1)]), 'MOV r1, #1');
    b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
    b.label('error').instruction(insn('mov', [reg(1), imm(2)]), 'MOV r1, #2');
    b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  }, {});
  assert.deepEqual(r.incomplete, []);
  const ends = r.ends.filter((e) => e.kind === 'return');
  const byR1 = new Map(ends.map((e) => [constValue(e.state.cpu.regs[1] as Expr), e]));
  assert.deepEqual([...byR1.keys()].sort(), [1n, 2n]);
  assert.equal(constValue(byR1.get(2n)?.state.cpu.v as Expr), 1n);
  // The first path and the BEQ's second, each stepping the BVS once: a joined path would have made a third there.
  assert.equal(r.paths, 2);
  assert.equal(r.steps, 11);
});
