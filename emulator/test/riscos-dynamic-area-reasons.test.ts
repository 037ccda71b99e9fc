// Contract tests of OS_DynamicArea 20, 24, 26 and 27 (spec B.2.1, B.4) on the
// kernel model: results, state effects, errors with V set for the X form and
// the error handler for the plain form, and the target version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import { APP_SPACE, FREE_POOL, pagesOf } from '../src/models/riscos/kernel-state.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { constValue } from '../src/values/expr.js';
import { imm, insn, reg } from './arm-helpers.js';
import { AREA, AREA_BASE, call, errorNumber, kernelWithArea, OS_DYNAMIC_AREA, PAGE, PMP, SHRINKABLE, X } from './riscos-area-helpers.js';

test('OS_DynamicArea 20 returns R0 = 0 (dynamic area) and R1 = the area whose range holds the address, up to its maximum size', () => {
  const k = kernelWithArea();
  const inside = call(k, { 0: 20, 1: AREA_BASE + PAGE + 8 });
  assert.equal(inside.vSet, false);
  assert.deepEqual([inside.r(0), inside.r(1)], [0, AREA]);
  // Past the current size but inside the maximum: still the area.
  assert.equal(call(k, { 0: 20, 1: AREA_BASE + 3 * PAGE }).r(1), AREA);
});

test('OS_DynamicArea 20 for an address in no area fails: V set with R0 at an error block (X form), the error handler (plain form)', () => {
  const k = kernelWithArea();
  const x = call(k, { 0: 20, 1: AREA_BASE + 4 * PAGE });
  assert.equal(x.vSet, true);
  assert.equal(errorNumber(x), 0x1ea);
  assert.equal(call(k, { 0: 20, 1: 0x10 }, true).run.end?.kind, 'exit');
});

test('OS_DynamicArea 24 returns logical size, base, flags, limits, the physical size in pages and R8 the name (unknown)', () => {
  const normal = call(kernelWithArea(), { 0: 24, 1: AREA });
  assert.equal(normal.vSet, false);
  assert.deepEqual([2, 3, 4, 5, 6, 7].map(normal.r), [2 * PAGE, AREA_BASE, 0, 4 * PAGE, 2, 4]);
  assert.equal(normal.r(8), undefined, 'R8 points at the kernel\'s copy of the name: not known, and not 0');
  // A pool holds two pages, one mapped: logical size one page, physical size two, limit from R9.
  const pool = call(kernelWithArea(PMP, { pmpMaxPages: 10 }), { 0: 24, 1: AREA });
  assert.deepEqual([2, 6, 7].map(pool.r), [PAGE, 2, 10]);
});

test('OS_DynamicArea 24 of an unknown area fails with "Unknown dynamic area"', () => {
  const c = call(kernelWithArea(), { 0: 24, 1: 999 });
  assert.equal(c.vSet, true);
  assert.equal(errorNumber(c), 0x1ca);
});

test('OS_DynamicArea 0 of a physical memory pool returns its physical limit in R9, clamped to RAM (-1: every page)', () => {
  const b = armProgram();
  b.label('code');
  b.instruction(insn('swi', [imm(X | OS_DYNAMIC_AREA)]), 'SWI XOS_DynamicArea');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const create = (r9: number) => runRiscOsScenario(b.build(), 'code', { moduleCode: false, registers: { 0: 0, 1: -1 >>> 0, 2: 0, 3: -1 >>> 0, 4: PMP, 5: 16 * PAGE, 6: 0, 7: 0, 8: 0, 9: r9 } });
  const small = create(8);
  assert.equal(constValue(small.end?.state.cpu.regs[9] ?? { kind: 'const', width: 32, value: 0n }), 8n);
  assert.equal([...small.kernel.areas.values()].find((a) => a.kind === 'pmp')?.pmpMaxPages, 8);
  const all = create(-1 >>> 0);
  assert.equal(constValue(all.end?.state.cpu.regs[9] ?? { kind: 'const', width: 32, value: 0n }), 512n);
});

test('OS_DynamicArea 26 with R1 = 0 reads the limit of application space; a new limit moves it', () => {
  const k = kernelWithArea();
  const app = k.areas.get(APP_SPACE);
  assert.ok(app);
  const read = call(k, { 0: 26, 1: 0 });
  assert.equal(read.vSet, false);
  assert.equal(read.r(1), app.base + app.max);
  const limit = 0x100000;
  const set = call(k, { 0: 26, 1: limit });
  assert.equal(set.vSet, false);
  assert.equal(set.r(1), app.base + app.max, 'R1 returns the old limit');
  const moved = set.run.kernel.areas.get(APP_SPACE);
  assert.equal(moved && moved.base + moved.max, limit);
});

test('OS_DynamicArea 26 refuses a limit off a page boundary or below the used part (&1EA) and one that runs into an area (&1C6)', () => {
  const k = kernelWithArea();
  const app = k.areas.get(APP_SPACE);
  assert.ok(app);
  for (const bad of [0x100004, app.base + app.size - PAGE]) {
    const c = call(k, { 0: 26, 1: bad });
    assert.equal(c.vSet, true, `limit &${bad.toString(16)}`);
    assert.equal(errorNumber(c), 0x1ea);
    assert.equal(c.run.kernel.areas.get(APP_SPACE)?.max, app.max, 'the limit stays');
  }
  const overlap = call(k, { 0: 26, 1: AREA_BASE + PAGE });
  assert.equal(overlap.vSet, true);
  assert.equal(errorNumber(overlap), 0x1c6);
});

test('OS_DynamicArea 26 and 27 do not exist before RISC OS 5.27: unknown reason', () => {
  const old = { ...kernelWithArea(), version: '5.23' as const };
  for (const reason of [26, 27]) {
    const c = call(old, { 0: reason, 1: 0 });
    assert.equal(c.vSet, true);
    assert.equal(errorNumber(c), 0x1e7);
  }
});

test('OS_DynamicArea 27 returns the free memory in pages: the free pool plus Shrinkable areas, less the one in R1', () => {
  const k = kernelWithArea(SHRINKABLE);
  const free = pagesOf(k, FREE_POOL).length;
  assert.equal(call(k, { 0: 27, 1: -1 >>> 0 }).r(2), free + 2);
  assert.equal(call(k, { 0: 27, 1: AREA }).r(2), free);
  // Reason 5 agrees, in bytes.
  assert.equal(call(k, { 0: 5, 1: -1 >>> 0 }).r(2), (free + 2) * PAGE);
});
