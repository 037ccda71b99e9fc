// Contract tests of OS_DynamicArea 1-10 (spec B.4) one reason at a time on
// the kernel model, of the reasons the spec gives no register table (6, 7
// and 28 internal, 23 unverified: unknown effect), of OS_ChangeDynamicArea's
// refusals (B.5) and of OS_GenerateError and OS_ReadMemMapInfo (B.1, B.3),
// with MessageTrans_ErrorLookup, which fails every time as OS_GenerateError does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSwiReason } from '../src/catalogue/index.js';
import { armProgram } from '../src/ir/builder.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { APP_SPACE, createKernel, FREE_POOL, pagesOf } from '../src/models/riscos/kernel-state.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { constValue } from '../src/values/expr.js';
import { cond, imm, insn, reg } from './arm-helpers.js';
import { AREA, AREA_BASE, call, errorNumber, kernelWithArea, PAGE, SHRINKABLE, SPARSE, X } from './riscos-area-helpers.js';

const BAD_DYNAMIC_AREA = 0x1ca, AREA_IN_USE = 0x1cb, BAD_PARAMETERS = 0x1ea, BAD_REASON = 0x1e7;
const OS_CHANGE_DYNAMIC_AREA = 0x2a, OS_GENERATE_ERROR = 0x2b, OS_READ_MEM_MAP_INFO = 0x51, MESSAGE_TRANS_ERROR_LOOKUP = 0x41506;

test('OS_DynamicArea 1 removes an area without a handler: its pages go back to the free pool and Service_DynamicAreaRemove is issued', () => {
  const k = kernelWithArea();
  const c = call(k, { 0: 1, 1: AREA });
  assert.equal(c.vSet, false);
  assert.equal(c.kernel.areas.has(AREA), false);
  assert.equal(pagesOf(c.kernel, FREE_POOL).length, pagesOf(k, FREE_POOL).length + 2);
  assert.ok(c.run.trace.flatMap((s) => s.events).some((e) => e.kind === 'call' && e.name === 'Service_DynamicAreaRemove'));
});

test('OS_DynamicArea 1 of an unknown area, application space or the free pool fails with "Unknown dynamic area"', () => {
  for (const area of [999, APP_SPACE >>> 0, FREE_POOL]) {
    const c = call(kernelWithArea(), { 0: 1, 1: area });
    assert.equal(c.vSet, true, `area ${area}`);
    assert.equal(errorNumber(c), BAD_DYNAMIC_AREA);
  }
});

test('OS_DynamicArea 2 returns R2 size, R3 base, R4 flags, R5 maximum, R6 handler, R7 workspace, R8 the name (unknown); an unknown area fails', () => {
  const c = call(kernelWithArea(SHRINKABLE), { 0: 2, 1: AREA });
  assert.deepEqual([2, 3, 4, 5, 6, 7].map(c.r), [2 * PAGE, AREA_BASE, SHRINKABLE, 4 * PAGE, 0, 0]);
  assert.ok(c.run.end?.state.cpu.regs[8], 'the call returns');
  assert.equal(c.r(8), undefined, 'R8 points at the kernel\'s copy of the name: not known, and not 0');
  const unknown = call(kernelWithArea(), { 0: 2, 1: 999 });
  assert.equal(errorNumber(unknown), BAD_DYNAMIC_AREA);
});

test('OS_DynamicArea 2, 4 and 24 given R1 = -1 fail with "Unknown dynamic area": -1 names application space to OS_ChangeDynamicArea, no dynamic area; the free pool (6) is one', () => {
  for (const regs of [{ 0: 2, 1: APP_SPACE >>> 0 }, { 0: 24, 1: APP_SPACE >>> 0 }, { 0: 4, 1: APP_SPACE >>> 0, 2: 400 }] as Record<number, number>[]) {
    const c = call(kernelWithArea(), regs);
    assert.equal(c.vSet, true, `reason ${regs[0]}`);
    assert.equal(errorNumber(c), BAD_DYNAMIC_AREA, `reason ${regs[0]}`);
    assert.equal(c.kernel.areas.has(400), false);
  }
  const pool = call(kernelWithArea(), { 0: 2, 1: FREE_POOL });
  assert.equal(pool.vSet, false);
  assert.equal(pool.r(6), 0, 'the free pool has no handler');
});

test('OS_DynamicArea 3 enumerates: R1 = -1 gives the first area, each area the next, the last -1; an unknown previous area fails', () => {
  const k = kernelWithArea();
  const next = (from: number) => call(k, { 0: 3, 1: from >>> 0 }).r(1);
  assert.equal(next(-1), FREE_POOL);
  assert.equal(next(FREE_POOL), AREA);
  assert.equal(next(AREA), 0xffffffff);
  assert.equal(errorNumber(call(k, { 0: 3, 1: 999 })), BAD_DYNAMIC_AREA);
});

test('OS_DynamicArea 4 renumbers an area with its pages and issues Service_DynamicAreaRenumber; a missing old or used new number fails', () => {
  const k = kernelWithArea();
  const c = call(k, { 0: 4, 1: AREA, 2: 400 });
  assert.equal(c.vSet, false);
  assert.equal(c.kernel.areas.has(AREA), false);
  assert.equal(c.kernel.areas.get(400)?.base, AREA_BASE);
  assert.equal(pagesOf(c.kernel, 400).length, 2);
  assert.ok(c.run.trace.flatMap((s) => s.events).some((e) => e.kind === 'call' && e.name === 'Service_DynamicAreaRenumber'));
  assert.equal(errorNumber(call(k, { 0: 4, 1: 999, 2: 400 })), BAD_DYNAMIC_AREA);
  assert.equal(errorNumber(call(k, { 0: 4, 1: AREA, 2: FREE_POOL })), AREA_IN_USE);
});

test('OS_DynamicArea 5 returns free bytes in R2: the free pool and Shrinkable areas, less the area in R1, clamped to 2 GB less a page', () => {
  const k = kernelWithArea(SHRINKABLE);
  const free = pagesOf(k, FREE_POOL).length * PAGE;
  assert.equal(call(k, { 0: 5, 1: -1 >>> 0 }).r(2), free + 2 * PAGE);
  assert.equal(call(k, { 0: 5, 1: AREA }).r(2), free);
  const big = createKernel({ pageSize: 0x100000, ramPages: 4096 });
  assert.equal(call(big, { 0: 5, 1: -1 >>> 0 }).r(2), 0x80000000 - 0x100000);
});

test('OS_DynamicArea 8 sets the clamps from R1-R3 and returns the previous ones; a value under 1 MB only reads', () => {
  const k = createKernel();
  const set = call(k, { 0: 8, 1: 0x200000, 2: 0, 3: 0x300000 });
  assert.deepEqual([1, 2, 3].map(set.r), [...k.clamps]);
  assert.deepEqual(set.kernel.clamps, [0x200000, k.clamps[1], 0x300000]);
  const read = call(set.kernel, { 0: 8, 1: 0xfffff, 2: 0, 3: 0 });
  assert.deepEqual([1, 2, 3].map(read.r), [0x200000, k.clamps[1], 0x300000]);
  assert.deepEqual(read.kernel.clamps, set.kernel.clamps);
});

test('OS_DynamicArea 9 maps a sparse region rounded outwards to pages; OS_DynamicArea 10 unmaps one rounded inwards', () => {
  const sparse = kernelWithArea(SPARSE);
  const empty = call(sparse, { 0: 10, 1: AREA, 2: AREA_BASE, 3: 2 * PAGE }).kernel;
  assert.equal(empty.areas.get(AREA)?.size, 0);
  const claimed = call(empty, { 0: 9, 1: AREA, 2: AREA_BASE + 100, 3: PAGE });
  assert.equal(claimed.vSet, false);
  assert.equal(claimed.kernel.areas.get(AREA)?.size, 2 * PAGE, 'bytes 100 to 4196 touch two pages');
  const released = call(claimed.kernel, { 0: 10, 1: AREA, 2: AREA_BASE + 100, 3: 2 * PAGE });
  assert.equal(released.kernel.areas.get(AREA)?.size, PAGE, 'only the page wholly inside 100 to 8292 goes');
});

test('OS_DynamicArea 9 and 10: a region outside the area is "Bad parameters"; a non-sparse area is "Unknown dynamic area"', () => {
  assert.equal(errorNumber(call(kernelWithArea(SPARSE), { 0: 9, 1: AREA, 2: AREA_BASE + 3 * PAGE, 3: 2 * PAGE })), BAD_PARAMETERS);
  assert.equal(errorNumber(call(kernelWithArea(), { 0: 10, 1: AREA, 2: AREA_BASE, 3: PAGE })), BAD_DYNAMIC_AREA);
});

test('OS_DynamicArea 6, 7, 23 and 28 are catalogued by number and name: GetChangeInfo, EnumerateInfo, PMP_Resize, EnumerateInfo2', () => {
  assert.deepEqual([6, 7, 23, 28].map((code) => findSwiReason('OS_DynamicArea', code)?.name), ['GetChangeInfo', 'EnumerateInfo', 'PMP_Resize', 'EnumerateInfo2']);
  assert.deepEqual([6, 7, 28].map((code) => findSwiReason('OS_DynamicArea', code)?.internal), [true, true, true]);
});

test('OS_DynamicArea 6, 7, 23 and 28 have unknown effect: R1-R9 come back unknown, the X form may fail, the kernel is unchanged', () => {
  for (const reason of [6, 7, 23, 28]) {
    const k = kernelWithArea();
    const regs = { 0: reason, 1: AREA, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10 };
    const b = armProgram();
    b.label('code');
    b.instruction(insn('swi', [imm(X | 0x66)]), 'SWI XOS_DynamicArea');
    b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
    const program = b.build();
    const run = runRiscOsScenario(program, 'code', { kernel: k, registers: regs, moduleCode: false, inputs: new Map([['swi.failed.XOS_DynamicArea#0', 0n]]) });
    const end = run.end;
    assert.ok(end);
    assert.equal(constValue(end.state.cpu.v), 0n);
    for (let r = 1; r <= 9; r++) assert.equal(constValue(end.state.cpu.regs[r] ?? { kind: 'const', width: 32, value: 0n }), undefined, `reason ${reason}: R${r}`);
    assert.equal(constValue(end.state.cpu.regs[10] ?? { kind: 'const', width: 32, value: 0n }), 10n, 'R10 is outside the range');
    assert.equal(run.kernel, k);
    assert.deepEqual(run.findings, []);
    const failed = runRiscOsScenario(program, 'code', { kernel: k, registers: regs, moduleCode: false, inputs: new Map([['swi.failed.XOS_DynamicArea#0', 1n]]) });
    assert.equal(constValue(failed.end?.state.cpu.v ?? { kind: 'const', width: 1, value: 0n }), 1n, `reason ${reason} may fail`);
  }
});

test('OS_DynamicArea 6, 7, 23 and 28 in module code: no false finding, whether V is tested before R1 and R2 are used or not (no register is known to be a result)', () => {
  for (const reason of [6, 7, 23, 28]) {
    for (const tested of [true, false]) {
      const b = armProgram();
      b.label('code');
      b.instruction(insn('mov', [reg(0), imm(reason)]), `MOV r0, #${reason}`);
      b.instruction(insn('swi', [imm(X | 0x66)]), 'SWI XOS_DynamicArea');
      if (tested) b.instruction(cond('vs', insn('mov', [reg(15), reg(14)])), 'MOVVS pc, lr');
      b.instruction(insn('add', [reg(0), reg(1), reg(2)]), 'ADD r0, r1, r2');
      b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
      assert.deepEqual(analyseRiscOsCode(b.build(), 'code', { moduleCode: false }), [], `reason ${reason}, V ${tested ? '' : 'not '}tested`);
    }
  }
});

test('OS_DynamicArea 6, 7 (3.80), 23 (5.23) and 28 (5.27) fail as unknown reasons on a kernel older than they are', () => {
  for (const [reason, version] of [[6, '3.7'], [7, '3.7'], [23, '5.0'], [28, '5.23']] as const) {
    const c = call(createKernel({ version }), { 0: reason, 1: AREA });
    assert.equal(c.vSet, true, `reason ${reason} on ${version}`);
    assert.equal(errorNumber(c), BAD_REASON);
  }
});

test('OS_ChangeDynamicArea refuses a sparse area with "not all moved"; a change of 0 moves nothing and issues Service_MemoryMoved', () => {
  const sparse = call(kernelWithArea(SPARSE), { 0: AREA, 1: PAGE }, false, OS_CHANGE_DYNAMIC_AREA);
  assert.equal(sparse.vSet, true);
  assert.equal(sparse.kernel.areas.get(AREA)?.size, 2 * PAGE);
  const zero = call(kernelWithArea(), { 0: AREA, 1: 0 }, false, OS_CHANGE_DYNAMIC_AREA);
  assert.equal(zero.vSet, false);
  assert.equal(zero.r(1), 0);
  assert.deepEqual(zero.run.trace.flatMap((s) => s.events).filter((e) => e.kind === 'call').map((e) => e.kind === 'call' && e.name), ['Service_MemoryMoved']);
});

test('OS_GenerateError: the plain form ends the path in the error handler; the X form returns V set with R0 = the block given', () => {
  const plain = call(createKernel(), { 0: 0x8000 }, true, OS_GENERATE_ERROR);
  assert.equal(plain.run.end?.kind, 'exit');
  const x = call(createKernel(), { 0: 0x8000 }, false, OS_GENERATE_ERROR);
  assert.equal(x.vSet, true);
  assert.equal(x.r(0), 0x8000);
});

test('MessageTrans_ErrorLookup always fails: the plain form ends the path in the error handler; the X form returns V set with R0 at the error it built, R1-R7 kept', () => {
  const regs = { 0: 0x8000, 1: 0, 2: 0, 3: 0, 4: 0x9000, 5: 0, 6: 0, 7: 0 };
  const plain = call(createKernel(), regs, true, MESSAGE_TRANS_ERROR_LOOKUP);
  assert.equal(plain.run.end?.kind, 'exit');
  assert.match(plain.run.end?.reason ?? '', /error handler/);
  const x = call(createKernel(), regs, false, MESSAGE_TRANS_ERROR_LOOKUP);
  assert.equal(x.vSet, true);
  assert.notEqual(x.r(0), 0x8000, 'R0 is MessageTrans\'s block, not the token\'s');
  assert.equal(x.r(4), 0x9000);
});

test('OS_ReadMemMapInfo returns R0 = the page size and R1 = the number of RAM pages', () => {
  const c = call(createKernel({ pageSize: 4096, ramPages: 300 }), {}, false, OS_READ_MEM_MAP_INFO);
  assert.deepEqual([c.r(0), c.r(1)], [4096, 300]);
});
