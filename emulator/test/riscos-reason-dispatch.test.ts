// A dynamic-area handler's dispatch on R0 sends each reason to code that is
// an entry of that reason: the handler's run for a reason ends where it
// reaches that code as the kernel called the handler, and follows every
// other way in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import type { EntryContract } from '../src/ir/program.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import { leadingDispatch } from '../src/models/riscos/reason-dispatch.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;

/** A handler H that runs `before`, then dispatches PreGrow to G, whose read through R1 is PW307 in an area without bit 8. */
function program(before: (b: B) => void, reasonEntry: EntryContract | undefined) {
  const b = armProgram();
  b.label('H');
  before(b);
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
  b.instruction(cond('eq', insn('b', [target('G')])), 'BEQ G');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  b.label('G');
  b.instruction(insn('ldr', [reg(6), mem(1, 0)]), 'LDR r6, [r1]');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  b.entry('H', 'H', { kind: 'da-handler', needsSpecificPages: false });
  if (reasonEntry) b.entry('G', 'G', reasonEntry);
  return b.build();
}

const PREGROW: EntryContract = { kind: 'da-handler-reason', reason: 0, needsSpecificPages: false };
const codes = (p: ReturnType<typeof program>, entry: string) => analyseDynamicAreaHandler(p, entry, { reasons: [0, 1] }).findings.map((f) => f.code);

test('the leading dispatch: TEQ or CMP on R0 with an immediate, then BEQ, up to the first other instruction', () => {
  const b = armProgram();
  b.label('H');
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
  b.instruction(cond('eq', insn('b', [target('A')])), 'BEQ A');
  b.instruction(insn('cmp', [reg(0), imm(6)]), 'CMP r0, #6');
  b.instruction(cond('eq', insn('b', [target('B')])), 'BEQ B');
  b.instruction(insn('teq', [reg(1), imm(1)]), 'TEQ r1, #1');
  b.instruction(cond('eq', insn('b', [target('C')])), 'BEQ C');
  b.instruction(insn('teq', [reg(0), imm(2)]), 'TEQ r0, #2');
  b.instruction(cond('eq', insn('b', [target('D')])), 'BEQ D');
  for (const label of ['A', 'B', 'C', 'D']) {
    b.label(label);
    b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  }
  const p = b.build();
  assert.deepEqual(leadingDispatch(p, p.label('H') as bigint), [{ reason: 0, label: 'A' }, { reason: 6, label: 'B' }]);
  assert.deepEqual(leadingDispatch(p, p.label('A') as bigint), []);
});

test('a handler\'s dispatch ends at the entry of the reason: that entry reports the finding the handler did', () => {
  const none = () => undefined;
  assert.deepEqual(codes(program(none, undefined), 'H'), ['PW307']);
  assert.deepEqual(codes(program(none, PREGROW), 'H'), []);
  assert.deepEqual(codes(program(none, PREGROW), 'G'), ['PW307']);
});

test('a reason entry for the other kind of area, or of another reason, is run through', () => {
  const none = () => undefined;
  assert.deepEqual(codes(program(none, { ...PREGROW, needsSpecificPages: true }), 'H'), ['PW307']);
  assert.deepEqual(codes(program(none, { ...PREGROW, reason: 1 }), 'H'), ['PW307']);
});

test('a handler that changed a register, stored, called or compared another register before its dispatch runs the reason\'s code', () => {
  const befores: Record<string, (b: B) => void> = {
    'a register changed': (b) => b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0'),
    'a store': (b) => b.instruction(insn('str', [reg(3), mem(12, 0)]), 'STR r3, [r12]'),
    'a call': (b) => b.instruction(insn('bl', [target('G')]), 'BL G'),
    'a compare on R2': (b) => {
      b.instruction(insn('teq', [reg(2), imm(0)]), 'TEQ r2, #0');
      b.instruction(cond('eq', insn('mov', [reg(PC), reg(LR)])), 'MOVEQ pc, lr');
    },
  };
  for (const [name, before] of Object.entries(befores)) assert.ok(codes(program(before, PREGROW), 'H').includes('PW307'), name);
});

test('a dispatch on a copy of R0 (MOV r4, r0 first) is no reason dispatch: the copy overwrites a register every reason must preserve, which the handler\'s runs report with the reason\'s code they run', () => {
  const b = armProgram();
  b.label('H');
  b.instruction(insn('mov', [reg(4), reg(0)]), 'MOV r4, r0');
  b.instruction(insn('teq', [reg(4), imm(0)]), 'TEQ r4, #0');
  b.instruction(cond('eq', insn('b', [target('G')])), 'BEQ G');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  b.label('G');
  b.instruction(insn('ldr', [reg(6), mem(1, 0)]), 'LDR r6, [r1]');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  b.entry('H', 'H', { kind: 'da-handler', needsSpecificPages: false });
  // Even declared, G is not where the run hands over: entered as the kernel calls it, G would see R4 as the kernel passed it.
  b.entry('G', 'G', PREGROW);
  const p = b.build();
  assert.deepEqual(leadingDispatch(p, p.label('H') as bigint), []);
  const found = analyseDynamicAreaHandler(p, 'H', { reasons: [0, 1] }).findings;
  assert.deepEqual(found.map((f) => f.code).sort(), ['PW304', 'PW307']);
  assert.match(found.find((f) => f.code === 'PW304')?.message ?? '', /R4 changed/);
});
