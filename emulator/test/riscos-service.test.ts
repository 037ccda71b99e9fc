// Service_PagesUnsafe (&8E) and Service_PagesSafe (&8F) (spec B.6.1 steps 4
// and 6, B.8 R10): a module's service handler gets them when a grow takes
// pages other owners hold, in runs and as an entry point of its own, and
// claiming one (changing R1) is PW304.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { analyseServiceHandler } from '../src/models/riscos/analyse-code.js';
import { runHandlerScenario } from '../src/models/riscos/handler-scenario.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { createKernel, withArea } from '../src/models/riscos/kernel-state.js';
import { clrv, pull, push } from '../src/models/riscos/macros.js';
import { cond, imm, insn, list, mem, reg, target } from './arm-helpers.js';
import { constValue } from '../src/values/expr.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const SPECIFIC = 1 << 8;
const ret = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');

/** A service handler that records R1-R4 of each call at [R12] and claims `claims` (R1 := 0). */
function service(b: B, claims?: number) {
  b.label('service');
  b.instruction(insn('stm', [reg(12), list([1, 2, 3, 4])]), 'STMIA r12, {r1-r4}');
  if (claims !== undefined) {
    b.instruction(insn('teq', [reg(1), imm(claims)]), `TEQ r1, #&${claims.toString(16)}`);
    b.instruction(cond('eq', insn('mov', [reg(1), imm(0)])), 'MOVEQ r1, #0');
  }
  ret(b);
}

/** A PreGrow that asks for physical page `ppn` for every entry it is given (one page per grow here). */
function handler(b: B, ppn: number) {
  b.label('handler');
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
  for (const i of push([6])) b.instruction(cond('eq', i), 'STMEQFD sp!, {r6}');
  b.instruction(cond('eq', insn('mov', [reg(6), imm(ppn)])), `MOVEQ r6, #${ppn}`);
  b.instruction(cond('eq', insn('str', [reg(6), mem(1, 0)])), 'STREQ r6, [r1]');
  for (const i of pull([6])) b.instruction(cond('eq', i), 'LDMEQFD sp!, {r6}');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  ret(b);
}

function module(claims?: number) {
  const b = armProgram();
  handler(b, APP_PAGE);
  service(b, claims);
  b.entry('service', 'service', { kind: 'module-entry', entry: 'service' });
  return b.build();
}

/** Application space holds pages 0-15 in these scenarios. */
const APP_PAGE = 5;
const growOnePage = (p: ReturnType<typeof module>) => runHandlerScenario(p, 'handler', { reason: 0, area: { flags: SPECIFIC, size: 0, maxSize: 16 * 4096 }, change: 1 });

/** The words each service call stored at [R12]: R1-R4. */
function recorded(run: ReturnType<typeof growOnePage>): bigint[][] {
  return run.trace.filter((s) => s.text === 'STMIA r12, {r1-r4}').map((s) => s.writes.map((w) => constValue(w.value) ?? -1n));
}

test('a grow that takes a page application space holds calls the module\'s service handler with Service_PagesUnsafe &8E (R2 block, R3 count) then Service_PagesSafe &8F (R2 count, R3 old block, R4 new block)', () => {
  const run = growOnePage(module());
  assert.equal(run.before.pages[APP_PAGE]?.owner, -1, 'application space holds the page');
  const calls = recorded(run);
  assert.equal(calls.length, 2, JSON.stringify(run.trace.map((s) => s.text)));
  const [unsafe, safe] = calls;
  assert.equal(unsafe?.[0], 0x8en);
  assert.equal(unsafe?.[2], 1n, 'R3 = one entry');
  assert.equal(safe?.[0], 0x8fn);
  assert.equal(safe?.[1], 1n, 'R2 = one entry');
  assert.equal(safe?.[2], unsafe?.[1], 'R3 = the block &8E passed in R2');
  assert.notEqual(safe?.[3], safe?.[2], 'R4 = the block of replacement pages');
  assert.deepEqual(run.findings, []);
  assert.equal(run.after.pages[APP_PAGE]?.owner, run.area);
});

test('a grow without requested pages issues no page services: the service handler is not called', () => {
  const b = armProgram();
  b.label('handler');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  ret(b);
  service(b);
  b.entry('service', 'service', { kind: 'module-entry', entry: 'service' });
  const run = runHandlerScenario(b.build(), 'handler', { reason: 0, area: { flags: SPECIFIC, size: 0, maxSize: 16 * 4096 }, change: 1 });
  assert.deepEqual(recorded(run), []);
});

test('a service handler that claims Service_PagesUnsafe in a run is PW304 at its return, with the claim as a note', () => {
  const run = growOnePage(module(0x8e));
  const found = run.findings.filter((f) => f.code === 'PW304');
  assert.equal(found.length, 1, JSON.stringify(run.findings.map((f) => f.message)));
  assert.match(found[0]?.message ?? '', /Service_PagesUnsafe \(&8E\) with R1 changed/);
  assert.ok(found[0]?.notes.some((n) => n.message === 'R1 overwritten here'));
});

test('analysed as an entry point, a service handler that claims &8E or &8F is PW304; passing them on is clean', () => {
  for (const [claims, name] of [[0x8e, 'Service_PagesUnsafe'], [0x8f, 'Service_PagesSafe']] as const) {
    const b = armProgram();
    service(b, claims);
    const found = analyseServiceHandler(b.build(), 'service').filter((f) => f.code === 'PW304');
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', new RegExp(`${name} \\(&${claims.toString(16).toUpperCase()}\\)`));
  }
  const b = armProgram();
  service(b);
  assert.deepEqual(analyseServiceHandler(b.build(), 'service'), []);
});

test('a service handler that claims both page services is one PW304 that names both', () => {
  const b = armProgram();
  b.label('service');
  b.instruction(insn('teq', [reg(1), imm(0x8e)]), 'TEQ r1, #&8E');
  b.instruction(cond('ne', insn('teq', [reg(1), imm(0x8f)])), 'TEQNE r1, #&8F');
  b.instruction(cond('eq', insn('mov', [reg(1), imm(0)])), 'MOVEQ r1, #0');
  ret(b);
  const found = analyseServiceHandler(b.build(), 'service').filter((f) => f.code === 'PW304');
  assert.deepEqual(found.map((f) => f.message), [
    'The service handler returns from Service_PagesUnsafe (&8E) and Service_PagesSafe (&8F) with R1 changed: that claims the service, which must be passed on so every module sees it',
  ]);
});

test('R1 a SWI returns as its own output (OS_Memory 8\'s page count) is a change too: PW304 unless the handler saves R1 around the call', () => {
  /** A service handler that reads the amount of DRAM with OS_Memory 8, saving `saved` around it. */
  const reads = (saved: readonly number[]) => {
    const b = armProgram();
    b.label('service');
    for (const i of push(saved)) b.instruction(i, 'Push');
    b.instruction(insn('mov', [reg(0), imm(0x108)]), 'MOV r0, #8 :OR: 1:SHL:8');
    b.instruction(insn('swi', [imm(0x20068)]), 'SWI XOS_Memory');
    for (const i of pull(saved.map((r) => (r === LR ? PC : r)))) b.instruction(i, 'Pull');
    return analyseServiceHandler(b.build(), 'service').filter((f) => f.code === 'PW304');
  };
  const found = reads([0, LR]);
  assert.deepEqual(found.map((f) => f.message), [
    'The service handler returns from Service_PagesUnsafe (&8E) and Service_PagesSafe (&8F) with R1 changed: that claims the service, which must be passed on so every module sees it',
  ]);
  assert.ok(found[0]?.notes.some((n) => n.message === 'R1 overwritten here'));
  assert.deepEqual(reads([0, 1, LR]), []);
});

test('R1 a copy of another register a SWI returns as its own output (OS_ReadMonotonicTime\'s R0) is a change too: PW304 unless the handler saves R1', () => {
  /** A service handler that copies the monotonic time into R1, saving `saved` around it. */
  const copies = (saved: readonly number[]) => {
    const b = armProgram();
    b.label('service');
    for (const i of push(saved)) b.instruction(i, 'Push');
    b.instruction(insn('swi', [imm(0x20042)]), 'SWI XOS_ReadMonotonicTime');
    b.instruction(insn('mov', [reg(1), reg(0)]), 'MOV r1, r0');
    for (const i of pull(saved.map((r) => (r === LR ? PC : r)))) b.instruction(i, 'Pull');
    return analyseServiceHandler(b.build(), 'service').filter((f) => f.code === 'PW304');
  };
  const found = copies([0, LR]);
  assert.deepEqual(found.map((f) => f.message), [
    'The service handler returns from Service_PagesUnsafe (&8E) and Service_PagesSafe (&8F) with R1 changed: that claims the service, which must be passed on so every module sees it',
  ]);
  // At the copy, line 3 (the label, the push and the SWI come first).
  assert.deepEqual(found[0]?.notes.map((n) => [n.range.start.line, n.message]), [[3, 'R1 overwritten here']]);
  assert.deepEqual(copies([0, 1, LR]), []);
});

test('R1 a SWI takes and returns (OS_Memory 9\'s controller in, its base out) may come back as it went in: no PW304', () => {
  const b = armProgram();
  b.label('service');
  for (const i of push([0, LR])) b.instruction(i, 'Push');
  b.instruction(insn('mov', [reg(0), imm(9)]), 'MOV r0, #9');
  b.instruction(insn('swi', [imm(0x20068)]), 'SWI XOS_Memory');
  for (const i of pull([0, PC])) b.instruction(i, 'Pull');
  assert.deepEqual(analyseServiceHandler(b.build(), 'service').filter((f) => f.code === 'PW304'), []);
});

test('claiming another service (Service_Memory, &11) is the handler\'s business: no PW304', () => {
  const b = armProgram();
  service(b, 0x11);
  assert.deepEqual(analyseServiceHandler(b.build(), 'service'), []);
});

test('module code run against the kernel: OS_DynamicArea 0 of a bit-8 area grows through PreGrow, and the module\'s claiming service handler is PW304', () => {
  const b = armProgram();
  b.label('init');
  b.instruction(insn('str', [reg(LR), mem(13, -4, { wb: true })]), 'STR lr, [sp, #-4]!');
  const regs: [number, number][] = [[0, 0], [2, 4096], [4, SPECIFIC], [5, 0x10000], [7, 0x30000], [8, 0]];
  for (const [r, v] of regs) b.instruction(insn('mov', [reg(r), imm(v)]), `MOV r${r}, #${v}`);
  b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0');
  b.instruction(insn('mvn', [reg(3), imm(0)]), 'MVN r3, #0');
  b.instruction(insn('adr', [reg(6), target('handler')]), 'ADR r6, handler');
  b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
  b.instruction(insn('ldr', [reg(PC), mem(13, 4, { pre: false })]), 'LDR pc, [sp], #4');
  handler(b, APP_PAGE);
  service(b, 0x8f);
  b.entry('service', 'service', { kind: 'module-entry', entry: 'service' });
  const run = runRiscOsScenario(b.build(), 'init', { moduleCode: false });
  assert.equal(run.end?.kind, 'return');
  const found = run.findings.filter((f) => f.code === 'PW304');
  assert.equal(found.length, 1, JSON.stringify(run.findings.map((f) => f.message)));
  assert.match(found[0]?.message ?? '', /Service_PagesSafe \(&8F\)/);
  assert.equal(run.kernel.pages[APP_PAGE]?.owner, 256);
});

test('runRiscOsScenario with pageService runs the service handler on its own with that service\'s registers and the claim check', () => {
  const b = armProgram();
  service(b, 0x8e);
  const p = b.build();
  const unsafe = runRiscOsScenario(p, 'service', { pageService: 0x8e });
  assert.equal(unsafe.findings.filter((f) => f.code === 'PW304').length, 1);
  assert.deepEqual(unsafe.trace[0]?.writes.slice(0, 3).map((w) => constValue(w.value)), [0x8en, 0x01c00000n, 1n], 'R1 = &8E, R2 = the block, R3 = one entry');
  assert.deepEqual(runRiscOsScenario(p, 'service', { pageService: 0x8f }).findings, []);
  assert.throws(() => runRiscOsScenario(p, 'service', { pageService: 0x11 }), /not a page service/);
});

test('OS_DynamicArea 21 taking a page application space holds into a pool announces the swap: &8E then &8F, to the module\'s service handler too', () => {
  const program = (claims?: number) => {
    const b = armProgram();
    b.label('code');
    b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
    b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
    service(b, claims);
    b.entry('service', 'service', { kind: 'module-entry', entry: 'service' });
    return b.build();
  };
  const kernel = withArea(createKernel(), { number: 300, name: 'Pool', base: 0x20000000, size: 0, max: 0x4000, flags: 1 << 20, workspace: 0, kind: 'pmp', pmpMaxPages: 8 });
  const list = 0x40000;
  const options = { kernel, moduleCode: false, registers: { 0: 21, 1: 300, 2: list, 3: 1 }, memory: [0, APP_PAGE, 0].map((v, w) => ({ address: BigInt(list + w * 4), value: BigInt(v) })) };
  const passed = runRiscOsScenario(program(), 'code', options);
  assert.equal(passed.kernel.pages[APP_PAGE]?.owner, 300);
  const names = passed.trace.flatMap((s) => s.events).flatMap((e) => (e.kind === 'call' ? [e.name] : []));
  assert.deepEqual(names.filter((n) => n.startsWith('Service_Pages')), ['Service_PagesUnsafe', 'Service_PagesSafe']);
  assert.deepEqual(passed.findings, []);
  const claimed = runRiscOsScenario(program(0x8e), 'code', options);
  assert.match(claimed.findings.find((f) => f.code === 'PW304')?.message ?? '', /Service_PagesUnsafe \(&8E\)/);
});
