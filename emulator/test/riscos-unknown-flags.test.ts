// Handlers of areas whose creation flags are unknown (R4 of OS_DynamicArea 0
// names a constant of a header that was not found, or a value read at run
// time): a finding that rests on an unknown bit 8 is not reported; a reason
// an unknown bit 9 or 20 decides the kernel calls with is analysed, and what
// the handler does with it as with no reason (a refusal) is not reported;
// known flags give the findings of their one setting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../src/checks/finding.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import type { HandlerAnalysisOptions } from '../src/models/riscos/analyse-handler.js';
import { clrv, pull, push, setv } from '../src/models/riscos/macros.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const ret = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
const all = (b: B, is: ArmInstruction[], text: string) => { for (const i of is) b.instruction(i, text); return b; };

function analyse(body: (b: B) => void, options: HandlerAnalysisOptions): readonly Finding[] {
  const b = armProgram();
  b.label('H');
  body(b);
  return analyseDynamicAreaHandler(b.build(), 'H', options).findings;
}

const codes = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.code))].sort();
const messages = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.message}`).join('; ');

// ---- flag bit 8 (NeedsSpecificPages) ----------------------------------------

/** A grow handler that reads the page block without testing R1, as a bit-8 area's handler may; `clobber` also corrupts R9 first. */
const readsBlock = (clobber: boolean) => (b: B) => {
  if (clobber) b.instruction(insn('mov', [reg(9), imm(0)]), 'MOV r9, #0');
  all(b, push([6]), 'STMFD sp!, {r6}');
  b.instruction(insn('ldr', [reg(6), mem(1, 0)]), 'LDR r6, [r1]');
  all(b, pull([6]), 'LDMFD sp!, {r6}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('bit 8 unknown: a PreGrow and PostGrow reading through R1 is no PW307', () => {
  const fs = analyse(readsBlock(false), { reasons: [0, 1] });
  assert.deepEqual(codes(fs), [], messages(fs));
});

test('bit 8 known clear: the same handler is PW307', () => {
  const fs = analyse(readsBlock(false), { reasons: [0, 1], needsSpecificPages: false });
  assert.deepEqual(codes(fs), ['PW307'], messages(fs));
});

test('bit 8 known set: the same handler is clean', () => {
  assert.deepEqual(codes(analyse(readsBlock(false), { reasons: [0, 1], needsSpecificPages: true })), []);
});

test('bit 8 unknown: a fault of both settings (R9 corrupted) is still found, the R1 read is not', () => {
  const fs = analyse(readsBlock(true), { reasons: [0, 1] });
  assert.deepEqual(codes(fs), ['PW304'], messages(fs));
  assert.ok(fs.every((f) => /R9/.test(f.message)), messages(fs));
});

// ---- flag bit 20 (PMP) -------------------------------------------------------

/**
 * A pool's handler: ResizePMP (6) returns V clear, any other reason is
 * refused with an error, which a normal area's PostGrow and PostShrink may
 * not do (PW305); both leave through one return. `clobber` corrupts R9 at
 * the entry (every reason) or in the ResizePMP code only.
 */
const poolHandler = (clobber?: 'entry' | 'resize') => (b: B) => {
  if (clobber === 'entry') b.instruction(insn('mov', [reg(9), imm(0)]), 'MOV r9, #0');
  b.instruction(insn('teq', [reg(0), imm(6)]), 'TEQ r0, #DAHandler_ResizePMP');
  b.instruction(cond('ne', insn('b', [target('refuse')])), 'BNE refuse');
  if (clobber === 'resize') b.instruction(insn('mov', [reg(9), imm(1)]), 'MOV r9, #1');
  all(b, clrv('32'), 'CLRV');
  b.instruction(insn('b', [target('out')]), 'B out');
  b.label('refuse');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  all(b, setv('32'), 'SETV');
  b.label('out');
  ret(b);
};

test('PMP bit unknown: a pool handler refusing the reasons a pool never gets is no PW305', () => {
  const fs = analyse(poolHandler(), { pmp: 'either' });
  assert.deepEqual(codes(fs), [], messages(fs));
});

test('PMP bit known clear (and by default): the same handler is PW305 for PostGrow', () => {
  for (const options of [{ pmp: false }, {}]) {
    const fs = analyse(poolHandler(), options);
    assert.ok(fs.some((f) => f.code === 'PW305' && /PostGrow/.test(f.message)), messages(fs));
  }
});

test('PMP bit known set: the handler runs for ResizePMP only and is clean', () => {
  assert.deepEqual(codes(analyse(poolHandler(), { pmp: true })), []);
});

test('PMP bit unknown: a fault of every reason (R9 corrupted at the entry) is still found', () => {
  const fs = analyse(poolHandler('entry'), { pmp: 'either' });
  assert.ok(fs.some((f) => f.code === 'PW304' && /R9/.test(f.message)), messages(fs));
  assert.ok(!fs.some((f) => f.code === 'PW305'), messages(fs));
});

test('a fault of the ResizePMP code alone is found for a pool and when the PMP bit is unknown, as no other reason runs it', () => {
  const r9 = (fs: readonly Finding[]) => fs.filter((f) => f.code === 'PW304' && /R9/.test(f.message));
  assert.equal(r9(analyse(poolHandler('resize'), { pmp: true })).length, 1);
  const fs = analyse(poolHandler('resize'), { pmp: 'either' });
  assert.equal(r9(fs).length, 1, messages(fs));
  assert.ok(!fs.some((f) => f.code === 'PW305'), messages(fs));
});

/** A normal area's handler: PostShrink changes R3 (PW304); any other reason but the four is refused, as a pool's would be. */
const shrinkCorruptsR3 = (b: B) => {
  b.instruction(insn('cmp', [reg(0), imm(3)]), 'CMP r0, #DAHandler_PostShrink');
  b.instruction(cond('hi', insn('b', [target('refuse')])), 'BHI refuse');
  b.instruction(cond('eq', insn('mov', [reg(3), imm(0)])), 'MOVEQ r3, #0');
  all(b, clrv('32'), 'CLRV');
  ret(b);
  b.label('refuse');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  all(b, setv('32'), 'SETV');
  ret(b);
};

test('every flag unknown: the fault of the PostShrink code is found, the refusal of ResizePMP and TestShrink is not', () => {
  const fs = analyse(shrinkCorruptsR3, { pmp: 'either', shrinkable: 'either' });
  assert.deepEqual(fs.map((f) => `${f.code} ${f.message}`), ['PW304 PostShrink returns with R3 changed; the kernel expects it preserved'], messages(fs));
});

// ---- flag bit 9 (Shrinkable) --------------------------------------------------

/** A handler whose TestShrink alone corrupts R2. */
const testShrinkCorruptsR2 = (b: B) => {
  b.instruction(insn('teq', [reg(0), imm(4)]), 'TEQ r0, #DAHandler_TestShrink');
  b.instruction(cond('eq', insn('mov', [reg(2), imm(0)])), 'MOVEQ r2, #0');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('Shrinkable bit: TestShrink is analysed when it is set (and by default) or unknown, not when it is clear', () => {
  const r2 = (options: HandlerAnalysisOptions) => analyse(testShrinkCorruptsR2, { needsSpecificPages: false, ...options }).map((f) => `${f.code} ${f.message}`);
  const found = ['PW304 TestShrink returns with R2 changed; the kernel expects it preserved'];
  assert.deepEqual(r2({ shrinkable: true }), found);
  assert.deepEqual(r2({}), found);
  assert.deepEqual(r2({ shrinkable: false }), []);
  // Unknown: the handler tests for TestShrink, so it does something of its own with it.
  assert.deepEqual(r2({ shrinkable: 'either' }), found);
  // Reasons asked for by name run whatever the bit.
  assert.deepEqual(r2({ shrinkable: false, reasons: [4] }), found);
});

// ---- flags partly known ------------------------------------------------------

/** A PreGrow that names the page of entry 0 only when it has a page block: PW301, where bit 8 is set. */
const fillsFirstOnly = (b: B) => {
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #DAHandler_PreGrow');
  b.instruction(cond('ne', insn('b', [target('out')])), 'BNE out');
  b.instruction(insn('teq', [reg(1), imm(0)]), 'TEQ r1, #0');
  b.instruction(cond('eq', insn('b', [target('out')])), 'BEQ out');
  all(b, push([6]), 'STMFD sp!, {r6}');
  b.instruction(insn('mov', [reg(6), imm(5)]), 'MOV r6, #5');
  b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
  all(b, pull([6]), 'LDMFD sp!, {r6}');
  b.label('out');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('PreGrow: bit 8 known set and bit 20 known clear, other bits unknown: the partial page block is PW301', () => {
  const fs = analyse(fillsFirstOnly, { needsSpecificPages: true, pmp: false });
  assert.deepEqual(codes(fs), ['PW301'], messages(fs));
});

test('PreGrow: bit 8 unknown, bit 20 known clear: no PW301, which only a page block shows', () => {
  const fs = analyse(fillsFirstOnly, { pmp: false });
  assert.deepEqual(codes(fs), [], messages(fs));
});

test('PreGrow: bit 8 known set but bit 20 unknown: PW301, as the handler has PreGrow code of its own', () => {
  const fs = analyse(fillsFirstOnly, { needsSpecificPages: true, pmp: 'either' });
  assert.deepEqual(codes(fs), ['PW301'], messages(fs));
});

test('PreGrow: bits 8 and 20 unknown: no PW301, which only a page block shows', () => {
  const fs = analyse(fillsFirstOnly, { pmp: 'either', shrinkable: 'either' });
  assert.deepEqual(codes(fs), [], messages(fs));
});

test('every flag unknown: a grow reading through R1 is no PW307, a fault of it with either bit 8 is found', () => {
  const either = { pmp: 'either', shrinkable: 'either' } as const;
  assert.deepEqual(codes(analyse(readsBlock(false), either)), []);
  const fs = analyse(readsBlock(true), either);
  assert.deepEqual(codes(fs), ['PW304'], messages(fs));
  assert.ok(fs.every((f) => /R9/.test(f.message)), messages(fs));
});
