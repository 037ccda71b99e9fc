// Replaying a finding's witness in a concrete run: the symbols an analysis
// makes as it goes (a service's result at its n-th call, an SWI's outcome)
// are given to the run by name, and the run then takes the path the finding
// was proved on, whatever its closed world would have decided.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure, runVmmScenario } from '../src/models/vmm/index.js';
import type { VmmScenario } from '../src/models/vmm/index.js';
import { armProgram } from '../src/ir/builder.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { constValue } from '../src/values/expr.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { pull, push } from '../src/models/riscos/macros.js';
import { cond, imm, insn, mem, reg } from './arm-helpers.js';
import { assemble, codes, only } from './vmm-helpers.js';

// Takes the page out of slot 500h and puts it into slot 501h.
const MOVE_PAGE = `
proc:
  VMMcall _XchgFreePhysReg, <500h, 0, 0>
  VMMcall _XchgFreePhysReg, <501h, eax, 0>
  ret`;
const REGION: VmmScenario = { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n, 0n] }] };

function runMove(inputs?: ReadonlyMap<string, bigint>) {
  const a = assemble(MOVE_PAGE);
  return { ...runVmmScenario(a.program, 'proc', { ...REGION, macroCalls: a.macroCalls, ...(inputs ? { inputs } : {}) }), line: a.line };
}

test('without inputs the closed world decides: the page moves and nothing is lost', () => {
  const run = runMove();
  assert.deepEqual(run.findings, []);
  assert.equal(run.traces.length, 1);
  assert.equal(run.finalStates[0]?.slots.get(0x501n)?.phys, 0x7000n);
});

test('a given failure of the first call overrides the closed world: its 0FFFFFFFFh is passed on (PW210)', () => {
  const run = runMove(new Map([['_XchgFreePhysReg.eax#0', 0xffffffffn]]));
  const f = only(run.findings, 'PW210');
  assert.equal(f.range.start.line, run.line('<501h, eax, 0>'));
});

test('a given failure of the second call drops the page the first took (PW220), and only the second call is overridden', () => {
  const run = runMove(new Map([['_XchgFreePhysReg.eax#1', 0xffffffffn]]));
  assert.deepEqual(codes(run.findings), ['PW220']);
  assert.equal(run.finalStates[0]?.slots.get(0x500n)?.phys, 0n, 'the first call still took the page out');
});

test('inputs the run never makes change nothing', () => {
  const run = runMove(new Map([['_PageLock.eax#0', 0n], ['_XchgFreePhysReg.eax#7', 0xffffffffn]]));
  assert.deepEqual(run.findings, []);
  assert.equal(run.finalStates[0]?.slots.get(0x501n)?.phys, 0x7000n);
});

test('an analysis finding\'s witness, given to a concrete run, reaches the same finding at the same line', () => {
  const a = assemble(`
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  test eax, eax
  jz fail
  shr eax, 12
  VMMcall _PageCommit, <eax, 4, PD_FIXEDZERO, 0, PC_FIXED>
fail:
  ret`);
  const found = only(analyseVmmProcedure(a.program, 'proc', { version: 'W95', macroCalls: a.macroCalls }).findings, 'PW210');
  const inputs = new Map((found.witness ?? []).map((w) => [w.name, BigInt(w.value)]));
  assert.ok(inputs.has('_PageReserve.eax#0'), JSON.stringify(found.witness));
  const replay = runVmmScenario(a.program, 'proc', { version: 'W95', macroCalls: a.macroCalls, inputs });
  assert.equal(only(replay.findings, 'PW210').range.start.line, found.range.start.line);
  const alone = runVmmScenario(a.program, 'proc', { version: 'W95', macroCalls: a.macroCalls });
  assert.ok(!codes(alone.findings).includes('PW210'), 'the closed world alone reserves the pages');
});

test('RISC OS module code: a given SWI outcome picks the path (the X SWI fails and V is set)', () => {
  const b = armProgram();
  b.label('init');
  b.instruction(insn('swi', [imm(0x2001e)]), 'SWI XOS_Module');
  b.instruction(cond('vs', insn('mov', [reg(4), imm(1)])), 'MOVVS r4, #1');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const program = b.build();
  const r4 = (inputs: ReadonlyMap<string, bigint>) => {
    const run = runRiscOsScenario(program, 'init', { moduleCode: false, inputs });
    const last = run.trace.flatMap((s) => s.registers).filter((r) => r.name === 'r4').at(-1);
    return last && constValue(last.after);
  };
  assert.equal(r4(new Map([['swi.failed.XOS_Module#0', 1n]])), 1n);
  assert.equal(r4(new Map([['swi.failed.XOS_Module#0', 0n]])), undefined, 'R4 untouched when the SWI succeeds');
});

test('RISC OS module code: OS_DynamicArea 0 with constant arguments creates its area in a run; the failure an analysis proved PW310 on, given, is taken', () => {
  const b = armProgram();
  b.label('init');
  for (const i of push([14])) b.instruction(i, 'STMFD sp!, {lr}');
  for (const [r, value] of [[0, 0], [2, 0], [4, 0], [5, 0x400000], [6, 0], [8, 0]] as const) b.instruction(insn('mov', [reg(r), imm(value)]), `MOV r${r}, #${value}`);
  for (const r of [1, 3, 7]) b.instruction(insn('mvn', [reg(r), imm(0)]), `MVN r${r}, #0`);
  b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
  b.instruction(insn('str', [reg(1), mem(12, 0)]), 'STR r1, area');
  for (const i of pull([15])) b.instruction(i, 'LDMFD sp!, {pc}');
  const program = b.build();
  const [found, ...rest] = analyseRiscOsCode(program, 'init');
  assert.equal(rest.length, 0);
  assert.equal(found?.code, 'PW310');
  const inputs = new Map((found?.witness ?? []).map((w) => [w.name, BigInt(w.value)]));
  assert.equal(inputs.get('swi.failed.XOS_DynamicArea#0'), 1n, JSON.stringify(found?.witness));
  const replay = runRiscOsScenario(program, 'init', { inputs });
  assert.deepEqual(replay.findings.map((f) => [f.code, f.range.start.line]), [['PW310', found?.range.start.line]]);
  assert.ok(!replay.kernel.areas.has(256), 'the failed creation made no area');
  const alone = runRiscOsScenario(program, 'init');
  assert.deepEqual(alone.findings, [], 'the closed world alone creates the area');
  assert.ok(alone.kernel.areas.has(256));
});
