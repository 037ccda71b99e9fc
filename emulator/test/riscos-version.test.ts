// The target RISC OS (pagewarden.riscos.version) reaches the kernel model:
// where the spec says behaviour differs by version, the same code gives
// different results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableOn, findHandlerReason, findSwiReason, reservedAreaFlags } from '../src/catalogue/index.js';
import type { RiscOsVersion } from '../src/catalogue/index.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { runHandlerScenario } from '../src/models/riscos/handler-scenario.js';
import { clrv } from '../src/models/riscos/macros.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { add, bv, constValue } from '../src/values/expr.js';
import { imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const X = 0x20000;
const RESV = 0x56534552;
const ret = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
const codes = (fs: readonly { code: string }[]) => [...new Set(fs.map((f) => f.code))].sort();

test('catalogue: what each target has', () => {
  const reason = (swi: string, n: number) => findSwiReason(swi, n) ?? assert.fail(`${swi} ${n}`);
  assert.equal(availableOn(reason('OS_DynamicArea', 26), '5.27'), true);
  assert.equal(availableOn(reason('OS_DynamicArea', 26), '5.23'), false);
  assert.equal(availableOn(reason('OS_DynamicArea', 21), '5.23'), true);
  assert.equal(availableOn(reason('OS_DynamicArea', 21), '5.0'), false);
  assert.equal(availableOn(reason('OS_DynamicArea', 21), '6'), false, 'PMPs are RISC OS Open only');
  assert.equal(availableOn(reason('OS_DynamicArea', 9), '4'), true, '3.80 features reached RISCOS Ltd');
  assert.equal(availableOn(reason('OS_DynamicArea', 9), '3.7'), false);
  assert.equal(availableOn(reason('OS_Memory', 23), '5.27'), true);
  assert.equal(availableOn(reason('OS_Memory', 23), '5.23'), false);
  assert.equal(availableOn(findHandlerReason(4) ?? assert.fail(), '3.7'), false);
  assert.equal(reservedAreaFlags('5.27').mask & (1 << 20), 0, 'bit 20 is PMP on 5.23+');
  assert.notEqual(reservedAreaFlags('5.0').mask & (1 << 20), 0);
  assert.equal(reservedAreaFlags('6').mask & (1 << 16), 0, 'RISCOS Ltd uses bits 12-18');
});

// PreGrow that asks for reserved pages with "RESV" (spec B.6.2).
function resvPreGrow(b: B) {
  b.label('H');
  b.instruction(insn('ldr', [reg(0), target('resv')]), 'LDR r0, =&56534552');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  ret(b);
  b.label('resv').words(RESV);
}

test('"RESV" from PreGrow: clean on 5.27 (the default), PW303 on 5.23 and on RISCOS Ltd, where R0 must come back preserved', () => {
  const program = (() => { const b = armProgram(); resvPreGrow(b); return b.build(); })();
  const analyse = (version?: RiscOsVersion) => analyseDynamicAreaHandler(program, 'H', { reasons: [0], ...(version ? { kernel: { version } } : {}) }).findings;
  assert.deepEqual(codes(analyse()), []);
  assert.deepEqual(codes(analyse('5.27')), []);
  for (const version of ['5.23', '6'] as const) {
    const found = analyse(version).filter((f) => f.code === 'PW303');
    assert.equal(found.length, 1, version);
    assert.match(found[0]?.message ?? '', new RegExp(`RISC OS ${version.replace('.', '\\.')} has no "RESV" return`));
  }
});

test('"RESV" in a concrete run: the kernel hands over a reserved page on 5.27 only; 5.23 substitutes another', () => {
  const b = armProgram();
  b.label('H');
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
  b.instruction({ ...insn('b', [target('done')]), condition: 'ne' }, 'BNE done');
  b.instruction(insn('mov', [reg(6), imm(20)]), 'MOV r6, #20');
  b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
  b.instruction(insn('ldr', [reg(0), target('resv')]), 'LDR r0, =&56534552');
  b.label('done');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  ret(b);
  b.label('resv').words(RESV);
  const program = b.build();
  const run = (version: RiscOsVersion) => runHandlerScenario(program, 'H', { reason: 0, area: { flags: 1 << 8, size: 0, maxSize: 16 * 4096 }, reserved: [20], version });
  const newer = run('5.27');
  assert.equal(newer.after.pages[20]?.owner, newer.area);
  const older = run('5.23');
  assert.notEqual(older.after.pages[20]?.owner, older.area);
  assert.ok(older.findings.some((f) => f.code === 'PW303'));
});

/** Module code: XOS_DynamicArea with R0 = reason, R1 = 0; R0 and V come back. */
function dynamicAreaCall(reason: number) {
  const b = armProgram();
  b.label('init');
  b.instruction(insn('mov', [reg(0), imm(reason)]), `MOV r0, #${reason}`);
  b.instruction(insn('mov', [reg(1), imm(0)]), 'MOV r1, #0');
  b.instruction(insn('swi', [imm(X | 0x66)]), 'SWI XOS_DynamicArea');
  ret(b);
  return b.build();
}

test('a reason the target lacks fails as an unknown reason: OS_DynamicArea 26 (AplSpaceLimit) on 5.23, not on 5.27', () => {
  const program = dynamicAreaCall(26);
  const end = (version: RiscOsVersion) => runRiscOsScenario(program, 'init', { kernel: { version } }).end?.state.cpu;
  assert.equal(constValue(end('5.27')?.v ?? assert.fail()), 0n);
  const older = end('5.23') ?? assert.fail();
  assert.equal(constValue(older.v), 1n);
  const pointer = older.regs[0] ?? assert.fail();
  const text = [...Array(19).keys()].map((i) => Number(constValue(older.memory.load(add(pointer, bv(4 + i)), 1)) ?? 0n));
  assert.equal(String.fromCharCode(...text), 'Unknown reason code');
});

test('PW313 reserved flag bits follow the target: bit 20 (PMP) is fine on 5.27, reserved on 5.0 and RISCOS Ltd; bit 16 is reserved on 5.27, not on RISC OS 6', () => {
  const create = (flags: number) => {
    const b = armProgram();
    b.label('init');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.instruction(insn('ldr', [reg(4), target('flags')]), 'LDR r4, =flags');
    b.instruction(insn('mov', [reg(6), imm(0)]), 'MOV r6, #0');
    b.instruction(insn('swi', [imm(X | 0x66)]), 'SWI XOS_DynamicArea');
    ret(b);
    b.label('flags').words(flags);
    return b.build();
  };
  const pw313 = (flags: number, version: RiscOsVersion) =>
    analyseRiscOsCode(create(flags), 'init', { kernel: { version } }).filter((f) => f.code === 'PW313' && /reserved flag bits/.test(f.message));
  assert.equal(pw313(1 << 20, '5.27').length, 0);
  assert.equal(pw313(1 << 20, '5.0').length, 1);
  assert.match(pw313(1 << 20, '6')[0]?.message ?? '', /bits 19-31 are not defined by RISC OS 6/);
  assert.equal(pw313(1 << 16, '5.27').length, 1);
  assert.equal(pw313(1 << 16, '6').length, 0);
});

test('TestShrink is analysed only where the kernel calls it (3.80 on): a TestShrink that corrupts R5 is PW304 on 5.27, nothing on 3.7', () => {
  const b = armProgram();
  b.label('H');
  b.instruction(insn('teq', [reg(0), imm(4)]), 'TEQ r0, #4');
  b.instruction({ ...insn('mov', [reg(5), imm(0)]), condition: 'eq' }, 'MOVEQ r5, #0');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  ret(b);
  const program = b.build();
  const pw304 = (version: RiscOsVersion) => analyseDynamicAreaHandler(program, 'H', { kernel: { version } }).findings.filter((f) => f.code === 'PW304' && /R5/.test(f.message));
  assert.equal(pw304('5.27').length, 1);
  assert.equal(pw304('3.7').length, 0);
});
