// Concrete handler runs (runHandlerScenario, runRiscOsScenario): the kernel
// model calls the handler with numbers (and the null page block as a symbol
// pinned to 0), and the handler checks must still see what they mean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { runHandlerScenario } from '../src/models/riscos/handler-scenario.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { clrv } from '../src/models/riscos/macros.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const SPECIFIC = 1 << 8;
const AREA = { size: 0, maxSize: 64 * 4096 };

function program(body: (b: B) => void) {
  const b = armProgram();
  b.label('H');
  body(b);
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  return b.build();
}

const lineOf = (p: ReturnType<typeof program>, text: string): number | undefined => p.items.find((i) => i.text === text)?.source.range.start.line;

// The BBC BASIC example's handler: PreGrow writes through R1 whatever the area's flags.
const storeThroughR1 = (b: B) => {
  b.instruction(insn('mov', [reg(9), imm(0x40)]), 'MOV r9, #&40');
  b.instruction(insn('str', [reg(9), mem(1, 0)]), 'STR r9, [r1]');
};

test('PW307 in a concrete PreGrow: R1 = 0 for an area without flag bit 8 is the null page block', () => {
  const p = program(storeThroughR1);
  const run = runHandlerScenario(p, 'H', { reason: 0, area: { ...AREA, flags: 0 } });
  const found = run.findings.filter((f) => f.code === 'PW307');
  assert.equal(found.length, 1, JSON.stringify(run.findings.map((f) => f.code)));
  assert.equal(found[0]?.range.start.line, lineOf(p, 'STR r9, [r1]'));
});

test('PW307 in a concrete PostGrow called alone, too', () => {
  const run = runHandlerScenario(program(storeThroughR1), 'H', { reason: 1, resize: false, area: { ...AREA, flags: 0 } });
  assert.equal(run.findings.filter((f) => f.code === 'PW307').length, 1);
});

test('no PW307 in a concrete run when the area has flag bit 8 (R1 is a page block) or the handler tests R1 first', () => {
  const specific = runHandlerScenario(program((b) => b.instruction(insn('ldr', [reg(9), mem(1, 0)]), 'LDR r9, [r1]')), 'H', { reason: 0, area: { ...AREA, flags: SPECIFIC } });
  assert.deepEqual(specific.findings.filter((f) => f.code === 'PW307'), []);
  const guarded = program((b) => {
    b.instruction(insn('teq', [reg(1), imm(0)]), 'TEQ r1, #0');
    b.instruction(cond('ne', insn('ldr', [reg(9), mem(1, 0)])), 'LDRNE r9, [r1]');
  });
  assert.deepEqual(runHandlerScenario(guarded, 'H', { reason: 0, area: { ...AREA, flags: 0 } }).findings.filter((f) => f.code === 'PW307'), []);
});

test('no PW307 for a zero the handler made itself: only R1 as the kernel passed it is the null block', () => {
  const own = program((b) => {
    b.instruction(insn('mov', [reg(1), imm(0)]), 'MOV r1, #0');
    b.instruction(insn('ldr', [reg(9), mem(1, 0)]), 'LDR r9, [r1]');
  });
  const run = runHandlerScenario(own, 'H', { reason: 2, area: { ...AREA, size: 4096, flags: 0 } });
  assert.deepEqual(run.findings.filter((f) => f.code === 'PW307'), []);
});

// PW307 in runs: the kernel passes the null page block as a symbol pinned to
// 0, so a copy of R1 is the null block as in analysis.
const copyThenLoad = (b: B) => {
  b.instruction(insn('mov', [reg(4), reg(1)]), 'MOV r4, r1');
  b.instruction(insn('ldr', [reg(0), mem(4, 0)]), 'LDR r0, [r4]');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
};

test('PW307 in a concrete PreGrow that copies R1 first (MOV r4, r1 / LDR r0, [r4]), with the copy as a note', () => {
  const p = program(copyThenLoad);
  const run = runHandlerScenario(p, 'H', { reason: 0, area: { ...AREA, flags: 0 } });
  const found = run.findings.filter((f) => f.code === 'PW307');
  assert.equal(found.length, 1, JSON.stringify(run.findings.map((f) => f.code)));
  assert.equal(found[0]?.range.start.line, lineOf(p, 'LDR r0, [r4]'));
  assert.ok(found[0]?.notes.some((n) => n.message === 'R4 set from R1 here' && n.range.start.line === lineOf(p, 'MOV r4, r1')));
});

test('no PW307 in a concrete run when the copy of R1 is tested before the load, or the area has flag bit 8', () => {
  const guarded = program((b) => {
    b.instruction(insn('mov', [reg(4), reg(1)], { setFlags: true }), 'MOVS r4, r1');
    b.instruction(cond('ne', insn('ldr', [reg(0), mem(4, 0)])), 'LDRNE r0, [r4]');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  });
  assert.deepEqual(runHandlerScenario(guarded, 'H', { reason: 0, area: { ...AREA, flags: 0 } }).findings.filter((f) => f.code === 'PW307'), []);
  assert.deepEqual(runHandlerScenario(program(copyThenLoad), 'H', { reason: 0, area: { ...AREA, flags: SPECIFIC } }).findings.filter((f) => f.code === 'PW307'), []);
});

test('PW307 in module code run against the kernel: OS_DynamicArea 0 calls PreGrow, which loads through a copy of R1', () => {
  const b = armProgram();
  b.label('init');
  b.instruction(insn('str', [reg(LR), mem(13, -4, { wb: true })]), 'STR lr, [sp, #-4]!');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0');
  b.instruction(insn('mov', [reg(2), imm(4096)]), 'MOV r2, #4096');
  b.instruction(insn('mvn', [reg(3), imm(0)]), 'MVN r3, #0');
  b.instruction(insn('mov', [reg(4), imm(0)]), 'MOV r4, #0');
  b.instruction(insn('mov', [reg(5), imm(0x100000)]), 'MOV r5, #&100000');
  b.instruction(insn('adr', [reg(6), target('H')]), 'ADR r6, H');
  b.instruction(insn('mov', [reg(7), imm(0x30000)]), 'MOV r7, #&30000');
  b.instruction(insn('mov', [reg(8), imm(0)]), 'MOV r8, #0');
  b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
  b.instruction(insn('ldr', [reg(PC), mem(13, 4, { pre: false })]), 'LDR pc, [sp], #4');
  b.label('H');
  copyThenLoad(b);
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  const p = b.build();
  const run = runRiscOsScenario(p, 'init', { moduleCode: false });
  assert.equal(run.end?.kind, 'return');
  // PreGrow and PostGrow both load through the null block: one finding, not one per call.
  const found = run.findings.filter((f) => f.code === 'PW307');
  assert.equal(found.length, 1, JSON.stringify(run.findings.map((f) => [f.code, f.message])));
  assert.equal(found[0]?.range.start.line, lineOf(p, 'LDR r0, [r4]'));
});
