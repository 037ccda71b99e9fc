// Concrete handler runs (runHandlerScenario): the kernel model calls the
// handler with numbers, not symbols, and the handler checks must still see
// what the numbers mean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { runHandlerScenario } from '../src/models/riscos/handler-scenario.js';
import { clrv } from '../src/models/riscos/macros.js';
import { cond, imm, insn, mem, reg } from './arm-helpers.js';

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
