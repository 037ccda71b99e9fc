// A path's witness answers the refutation of the guards it satisfies, so
// the solver is asked about fewer branches, and never keeps a successor the
// solver would have refuted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmState } from '../../src/cpu/arm/index.js';
import { explore } from '../../src/explore/engine.js';
import { armMachine, armPathState } from '../../src/explore/machines/arm.js';
import { witnessFor, witnessOf } from '../../src/explore/path-witness.js';
import type { StepObserver } from '../../src/explore/register-facts.js';
import { armProgram } from '../../src/ir/builder.js';
import type { ProgramBuilder } from '../../src/ir/builder.js';
import type { ArmInstruction } from '../../src/ir/arm.js';
import { Valuation } from '../../src/values/evaluate.js';
import { and, bv, eq, exprEquals, ne, or, sym, ult } from '../../src/values/expr.js';
import type { Expr } from '../../src/values/expr.js';
import { Solver } from '../../src/values/solver.js';
import { SymbolicMemory } from '../../src/values/symbolic-memory.js';
import { cond, imm, insn, reg } from '../arm-helpers.js';

/** Counts the refutations asked about a condition with a guard added. */
class CountingSolver extends Solver {
  guards = 0;
  override refutes(constraints: readonly Expr[], extra?: Expr): boolean {
    if (extra !== undefined) this.guards++;
    return super.refutes(constraints, extra);
  }
}

function run(build: (b: ProgramBuilder<ArmInstruction>) => void, assumptions: Expr[] = [], observer?: StepObserver) {
  const b = armProgram();
  b.label('H');
  build(b);
  const program = b.build();
  const values = Array.from({ length: 15 }, (_, r) => sym(`entry.r${r}`));
  values[14] = bv(0x03f80000);
  const state = armPathState(new ArmState({ memory: new SymbolicMemory(program.image), mode: '32', regs: values }));
  const solver = new CountingSolver();
  const result = explore(program.label('H') ?? 0n, state, { program, machine: armMachine(), solver, assumptions, ...(observer ? { observer } : {}) });
  return { result, solver };
}

const twoBranches = (b: ProgramBuilder<ArmInstruction>): void => {
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
  b.instruction(cond('eq', insn('mov', [reg(1), imm(1)])), 'MOVEQ r1, #1');
  b.instruction(insn('teq', [reg(2), imm(4)]), 'TEQ r2, #4');
  b.instruction(cond('ne', insn('mov', [reg(3), imm(2)])), 'MOVNE r3, #2');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
};

test('both guards of each conditional instruction hold under the path\'s witness or one value the guard names: no refutation is asked', () => {
  const { result, solver } = run(twoBranches);
  assert.equal(solver.guards, 0);
  const [end] = result.ends;
  assert.equal(result.ends.length, 1, 'both forks joined again');
  assert.equal(end?.state.cpu.regs[1]?.kind, 'ite', 'R1 is either value: both arms of MOVEQ were kept');
  assert.equal(end?.state.cpu.regs[3]?.kind, 'ite', 'R3 is either value: both arms of MOVNE were kept');
});

test('the observer\'s questions are answered as guards are: by the path\'s witness, or one value changed in it, before the solver', () => {
  const asked: [string, boolean][] = [];
  const observer: StepObserver = (item, _registers, _condition, refutes) => {
    if (item.text !== 'MOV pc, lr') return;
    // A service result the path has not tested yet may be any value; one it has tested is the solver's to refute.
    asked.push(['R5 may be nonzero', refutes(ne(sym('entry.r5'), bv(0)))], ['R0 may be nonzero', refutes(ne(sym('entry.r0'), bv(0)))]);
  };
  const branches = run(twoBranches, [eq(sym('entry.r0'), bv(0))]).solver.guards;
  const { solver } = run(twoBranches, [eq(sym('entry.r0'), bv(0))], observer);
  assert.deepEqual(asked, [['R5 may be nonzero', false], ['R0 may be nonzero', true]]);
  assert.equal(solver.guards - branches, 1, 'only the question no witness answers went to the solver');
});

test('an arm the path rules out is still refuted by the solver', () => {
  const { result, solver } = run(twoBranches, [eq(sym('entry.r0'), bv(0)), ult(sym('entry.r2'), bv(4))]);
  assert.ok(solver.guards > 0);
  const [end] = result.ends;
  assert.equal(result.ends.length, 1);
  assert.equal(end?.state.cpu.regs[1]?.kind, 'const', 'MOVEQ always ran');
  assert.ok(exprEquals(end?.state.cpu.regs[3] ?? bv(0), bv(2)), 'MOVNE always ran');
});

test('assumptions that all-zero values do not satisfy start a repaired witness: only the arm the witness rules out is asked about', () => {
  const { result, solver } = run((b) => {
    b.instruction(insn('teq', [reg(0), imm(5)]), 'TEQ r0, #5');
    b.instruction(cond('ne', insn('mov', [reg(1), imm(1)])), 'MOVNE r1, #1');
    b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  }, [eq(sym('entry.r0'), bv(5))]);
  assert.equal(solver.guards, 1, 'the NE arm, which the solver refutes');
  assert.equal(result.ends.length, 1);
  assert.ok(exprEquals(result.ends[0]?.state.cpu.regs[1] ?? bv(0), sym('entry.r1')), 'MOVNE never ran');
});

test('the entry\'s assumptions start the witness: all symbols 0, repaired assumption by assumption', () => {
  const x = sym('x'), y = sym('y');
  assert.equal(witnessOf([ult(x, bv(9))])?.value(x), 0n);
  const repaired = witnessOf([eq(x, bv(4)), ult(y, x)]);
  assert.equal(repaired?.value(x), 4n);
  assert.equal(repaired?.value(y), 0n);
  assert.equal(witnessOf([ult(x, bv(2)), eq(x, bv(5))]), undefined, 'a repair that breaks an earlier assumption is none');
});

test('a repaired witness changes one symbol of the guard only where every conjunct naming it still holds', () => {
  const x = sym('x'), z = sym('z'), w = sym('w');
  const zero = Valuation.of(new Map());
  assert.equal(witnessFor(zero, [], ult(x, bv(9))), zero, 'a guard the witness satisfies keeps it');
  // x = 4 satisfies the guard, and the conjunct about x allows it.
  const repaired = witnessFor(zero, [ult(x, bv(9)), eq(z, bv(0))], eq(x, bv(4)));
  assert.equal(repaired?.value(x), 4n);
  assert.equal(repaired?.value(z), 0n);
  // x < 2 on the path: no value the guard names satisfies both.
  assert.equal(witnessFor(zero, [ult(x, bv(2))], eq(x, bv(4))), undefined);
  // A joined condition: the arm that held under the witness may fail at the new value, and the other arm is checked with it.
  const joined = or(ult(x, bv(2)), eq(w, bv(1)));
  assert.equal(witnessFor(zero, [joined], eq(x, bv(4))), undefined);
  assert.equal(witnessFor(Valuation.of(new Map([['w', 1n]])), [and(joined, ne(z, bv(5)))], eq(x, bv(4)))?.value(x), 4n);
});
