// Handlers and module code whose constants come from a header that was not
// found: the lowering gives such a constant as a symbol of the program text,
// and an unknown constant never turns correct code into an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../src/checks/finding.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction, ArmOperand } from '../src/ir/arm.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import { clrv, pull, push } from '../src/models/riscos/macros.js';
import { bv, sym } from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const ret = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
const all = (b: B, is: ArmInstruction[], text: string) => { for (const i of is) b.instruction(i, text); return b; };
/** A constant named in the source whose header was not found. */
const header = (name: string): ArmOperand => ({ kind: 'imm', value: sym(name) });

function build(body: (b: B) => void): ReturnType<B['build']> {
  const b = armProgram();
  b.label('H');
  body(b);
  return b.build();
}

const codes = (fs: readonly Finding[]) => fs.map((f) => f.code).sort();

// ---- a SWI dispatch bounded by a count from the header ---------------------

/** `CMP r11, bound` / `ADDLO pc, pc, r11, LSL #2` over three B entries; the last entry issues a plain SWI (PW311). */
function swiDispatch(bound: ArmOperand, guard: 'addlo' | 'bhs') {
  return (b: B) => {
    b.instruction(insn('cmp', [reg(11), bound]), 'CMP r11, #SWI_Count');
    if (guard === 'bhs') b.instruction(cond('cs', insn('b', [target('unknown')])), 'BHS unknown');
    b.instruction(cond(guard === 'addlo' ? 'cc' : 'al', insn('add', [reg(PC), reg(PC), reg(11, { type: 'lsl', amount: 2 })])), 'ADDLO pc, pc, r11, LSL #2');
    b.instruction(insn('b', [target('unknown')]), 'B unknown');
    for (const r of ['first', 'second', 'third']) b.instruction(insn('b', [target(r)]), `B ${r}`);
    b.label('first'); b.label('second');
    ret(b);
    b.label('third');
    all(b, push([LR]), 'STMFD sp!, {lr}');
    b.instruction(insn('swi', [imm(0x66)]), 'SWI OS_DynamicArea');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
    b.label('unknown');
    ret(b);
  };
}

test('a dispatch bounded by a count the source does not give is no PW312 and reaches every table entry', () => {
  for (const guard of ['addlo', 'bhs'] as const) {
    const fs = analyseRiscOsCode(build(swiDispatch(header('SWI_Count'), guard)), 'H');
    assert.deepEqual(codes(fs), ['PW311'], `${guard}: the last entry's plain SWI is found, nothing else: ${fs.map((f) => f.message).join('; ')}`);
  }
});

test('a dispatch bounded by a known count past the table is still PW312', () => {
  // The return after the three B entries is a fourth (a SWI landing on it returns); R11 = 4 runs into third's code.
  const fs = analyseRiscOsCode(build(swiDispatch(imm(5), 'addlo')), 'H');
  assert.ok(fs.some((f) => f.code === 'PW312'), fs.map((f) => f.message).join('; '));
});

test('an LDR pc table bounded by a count the source does not give is followed entry by entry', () => {
  const h = (b: B) => {
    b.instruction(insn('cmp', [reg(11), header('SWI_Count')]), 'CMP r11, #SWI_Count');
    b.instruction(cond('cc', insn('ldr', [reg(PC), mem(PC, { reg: 11, shift: { type: 'lsl', amount: 2 } })])), 'LDRLO pc, [pc, r11, LSL #2]');
    b.instruction(insn('b', [target('out')]), 'B out');
    b.words('out', 'bad');
    b.label('out');
    ret(b);
    b.label('bad');
    all(b, push([LR]), 'STMFD sp!, {lr}');
    b.instruction(insn('swi', [imm(0x66)]), 'SWI OS_DynamicArea');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
  };
  assert.deepEqual(codes(analyseRiscOsCode(build(h), 'H')), ['PW311']);
});

// ---- a PreGrow fill loop striding by a size from the header -----------------

function fill(stride: Expr) {
  return (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
    b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
    b.label('loop');
    const postIndexed: ArmOperand = { kind: 'mem', base: 7, offset: { kind: 'imm', value: stride }, subtract: false, preIndexed: false, writeback: false };
    b.instruction(insn('str', [reg(6), postIndexed]), 'STR r6, [r7], #PB_EntrySize');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
}

test('a PreGrow fill loop striding by an entry size the source does not give is no PW301', () => {
  const fs = analyseDynamicAreaHandler(build(fill(sym('PB_EntrySize'))), 'H', { reasons: [0], needsSpecificPages: true }).findings;
  assert.deepEqual(codes(fs), []);
});

test('a PreGrow fill loop striding by a known wrong size is still found', () => {
  const fs = analyseDynamicAreaHandler(build(fill(bv(16))), 'H', { reasons: [0], needsSpecificPages: true }).findings;
  assert.ok(fs.some((f) => f.code === 'PW301' || f.code === 'PW302'), fs.map((f) => f.message).join('; '));
});

// ---- a reason chain on reason numbers from the header -----------------------

/** TEQ r0 against each reason; PreShrink (2) refuses with an error, the others return V clear. */
function reasonChain(reason: (n: number) => ArmOperand) {
  return (b: B) => {
    b.instruction(insn('teq', [reg(0), reason(0)]), 'TEQ r0, #DAHandler_PreGrow');
    b.instruction(cond('eq', insn('b', [target('ok')])), 'BEQ ok');
    b.instruction(insn('teq', [reg(0), reason(2)]), 'TEQ r0, #DAHandler_PreShrink');
    b.instruction(cond('eq', insn('b', [target('refuse')])), 'BEQ refuse');
    b.label('ok');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('refuse');
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.instruction(insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(1 << 28)]), 'MSR CPSR_f, #V_bit');
    ret(b);
  };
}

test('a reason chain on reason numbers the source does not give makes no finding on the paths it guesses', () => {
  const names = ['DAHandler_PreGrow', 'DAHandler_PostGrow', 'DAHandler_PreShrink'];
  const fs = analyseDynamicAreaHandler(build(reasonChain((n) => header(names[n] ?? '?'))), 'H', { reasons: [0, 1, 2, 3], needsSpecificPages: false }).findings;
  assert.deepEqual(codes(fs), []);
});

test('the same chain with the reason numbers known finds a refusal sent to the wrong reason', () => {
  // With PreShrink's number wrong (1 = PostGrow), PostGrow returns an error the kernel ignores.
  const fs = analyseDynamicAreaHandler(build(reasonChain((n) => imm(n === 2 ? 1 : n))), 'H', { reasons: [0, 1, 2, 3], needsSpecificPages: false }).findings;
  assert.ok(fs.some((f) => f.code === 'PW305'), fs.map((f) => f.message).join('; '));
});

test('a value a conditional instruction chose by a reason number the source does not give is no finding either', () => {
  const permit = (reason: ArmOperand) => build((b) => {
    b.instruction(insn('teq', [reg(0), reason]), 'TEQ r0, #DAHandler_PreShrink');
    b.instruction(cond('eq', insn('mov', [reg(3), imm(1)])), 'MOVEQ r3, #1');
    ret(b);
  });
  assert.deepEqual(codes(analyseDynamicAreaHandler(permit(header('DAHandler_PreShrink')), 'H', { reasons: [2] }).findings), []);
  assert.deepEqual(codes(analyseDynamicAreaHandler(permit(imm(2)), 'H', { reasons: [2] }).findings), ['PW308']);
});

// ---- an error passed on from a SWI ------------------------------------------

test('a PreGrow that passes on an X SWI\'s error is no PW303 "RESV with V set", whatever the SWI\'s flags', () => {
  for (const flags of [header('Conv_PAToPPN'), imm(0x400)]) {
    const h = (b: B) => {
      all(b, push([0, LR]), 'STMFD sp!, {r0, lr}');
      b.instruction(insn('mov', [reg(0), flags]), 'MOV r0, #Conv_PAToPPN');
      b.instruction(insn('swi', [imm(0x20068)]), 'SWI XOS_Memory');
      b.instruction(cond('vs', insn('b', [target('fail')])), 'BVS fail');
      all(b, clrv('32'), 'CLRV');
      all(b, pull([0, PC]), 'LDMFD sp!, {r0, pc}');
      b.label('fail');
      b.instruction(insn('str', [reg(0), mem(13, 0)]), 'STR r0, [sp]');
      b.instruction(insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(1 << 28)]), 'MSR CPSR_f, #V_bit');
      all(b, pull([0, PC]), 'LDMFD sp!, {r0, pc}');
    };
    const fs = analyseDynamicAreaHandler(build(h), 'H', { reasons: [0], needsSpecificPages: true }).findings;
    assert.deepEqual(fs.filter((f) => f.code === 'PW303').map((f) => f.message), []);
  }
});

test('a PreGrow that sets R0 to "RESV" itself and V is still PW303', () => {
  const h = (b: B) => {
    b.instruction(insn('mov', [reg(0), imm(0x56534552)]), 'MOV r0, #"RESV"');
    b.instruction(insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(1 << 28)]), 'MSR CPSR_f, #V_bit');
    ret(b);
  };
  const fs = analyseDynamicAreaHandler(build(h), 'H', { reasons: [0], needsSpecificPages: true }).findings;
  assert.ok(fs.some((f) => f.code === 'PW303' && /RESV" with V set/.test(f.message)), fs.map((f) => f.message).join('; '));
});
