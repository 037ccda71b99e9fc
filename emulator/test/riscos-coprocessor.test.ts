// Dynamic-area handlers that flush caches through cp15 or save FPA registers:
// the analysis runs through those instructions, finds nothing in them that
// is not there, and still finds what the handler does wrong around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../src/checks/finding.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction, ArmOperand } from '../src/ir/arm.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import type { HandlerAnalysisOptions } from '../src/models/riscos/analyse-handler.js';
import { clrv, pull, push } from '../src/models/riscos/macros.js';
import { imm, insn, mem, reg } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const p = (coproc: number): ArmOperand => ({ kind: 'coproc', coproc });
const c = (n: number): ArmOperand => ({ kind: 'creg', reg: n });
const f = (n: number): ArmOperand => ({ kind: 'float', reg: n });

function analyse(build: (b: B) => void, options: HandlerAnalysisOptions): readonly Finding[] {
  const b = armProgram();
  b.label('H');
  build(b);
  return analyseDynamicAreaHandler(b.build(), 'H', options).findings;
}

const codes = (fs: readonly Finding[]): string[] => [...new Set(fs.map((x) => x.code))].sort();

/** Cleans and drains the cache, saves f4 to the workspace, compares it, reads the cache type into r3 and restores f4. */
function coprocessorWork(b: B): void {
  for (const i of push([3])) b.instruction(i, 'STMFD sp!, {r3}');
  b.instruction(insn('mcr', [p(15), imm(0), reg(0), c(7), c(10), imm(4)]), 'MCR p15, 0, r0, c7, c10, 4');
  b.instruction(insn('stf', [f(4), mem(12, 16)], { precision: 'e' }), 'STFE f4, [r12, #16]');
  b.instruction(insn('cmf', [f(4), { kind: 'fimm', value: 0 }]), 'CMF f4, #0');
  b.instruction(insn('mrc', [p(15), imm(0), reg(3), c(0), c(0), imm(1)]), 'MRC p15, 0, r3, c0, c0, 1');
  b.instruction(insn('ldf', [f(4), mem(12, 16)], { precision: 'e' }), 'LDFE f4, [r12, #16]');
  for (const i of pull([3])) b.instruction(i, 'LDMFD sp!, {r3}');
}

const ret = (b: B): void => { b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr'); };

test('a handler that works the cache and the FPA around its own work is clean', () => {
  const handler = (b: B): void => { coprocessorWork(b); for (const i of clrv('32')) b.instruction(i, 'CLRV'); ret(b); };
  assert.deepEqual(codes(analyse(handler, { reasons: [0, 1, 2, 3], needsSpecificPages: true })), []);
});

test('a PreGrow that reads the cache type into R0 and returns it is PW303, as MOV r0 would be', () => {
  const handler = (b: B): void => {
    coprocessorWork(b);
    b.instruction(insn('mrc', [p(15), imm(0), reg(0), c(0), c(0), imm(1)]), 'MRC p15, 0, r0, c0, c0, 1');
    for (const i of clrv('32')) b.instruction(i, 'CLRV');
    ret(b);
  };
  assert.deepEqual(codes(analyse(handler, { reasons: [0], needsSpecificPages: true })), ['PW303']);
});

test('an FPA store through R1 of an area without flag bit 8 is PW307, as STR would be', () => {
  const handler = (b: B): void => {
    b.instruction(insn('stf', [f(0), mem(1, 0)], { precision: 'd' }), 'STFD f0, [r1]');
    for (const i of clrv('32')) b.instruction(i, 'CLRV');
    ret(b);
  };
  const fs = analyse(handler, { reasons: [0], needsSpecificPages: false });
  assert.deepEqual(codes(fs), ['PW307']);
  assert.match(fs[0]?.message ?? '', /writes through R1/);
});

test('returning straight after an FPA compare may return V set (an unordered result): PW305', () => {
  const handler = (b: B): void => { b.instruction(insn('cmf', [f(0), f(1)]), 'CMF f0, f1'); ret(b); };
  const fs = analyse(handler, { reasons: [0], needsSpecificPages: true });
  assert.deepEqual(codes(fs), ['PW305']);
  assert.match(fs[0]?.message ?? '', /V left set by an earlier instruction/);
});

test('an X SWI\'s result handed to the FPA or a coprocessor, or used as an FPA store\'s address, without testing V is PW310', () => {
  const code = (use: ArmInstruction, text: string) => {
    const b = armProgram();
    b.label('init');
    for (const i of push([14])) b.instruction(i, 'STMFD sp!, {lr}');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
    b.instruction(use, text);
    for (const i of pull([15])) b.instruction(i, 'LDMFD sp!, {pc}');
    return b.build();
  };
  const uses: [ArmInstruction, string][] = [
    [insn('flt', [f(0), reg(1)], { precision: 'd' }), 'FLTD f0, r1'],
    [insn('mcr', [p(15), imm(0), reg(1), c(2), c(0), imm(0)]), 'MCR p15, 0, r1, c2, c0, 0'],
    [insn('stf', [f(0), mem(1, 0)], { precision: 'd' }), 'STFD f0, [r1]'],
  ];
  for (const [use, text] of uses) assert.deepEqual(analyseRiscOsCode(code(use, text), 'init').map((x) => x.code), ['PW310'], text);
  const unrelated = insn('mcr', [p(15), imm(0), reg(11), c(7), c(5), imm(0)]);
  assert.deepEqual(analyseRiscOsCode(code(unrelated, 'MCR p15, 0, r11, c7, c5, 0'), 'init').map((x) => x.code), [], 'r11 is no result of the SWI');
});
