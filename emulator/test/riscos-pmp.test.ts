// Contract tests of the physical-memory-pool page lists, OS_DynamicArea 21
// (PhysOp), 22 (LogOp) and 25 (GetPages) (spec B.4, 5.23+), on the kernel
// model: pages claimed, released, mapped and described, and where a list
// stops on an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import { APP_SPACE, createKernel, FREE_POOL, kernelViolation, PAGE_UNAVAILABLE, pagesOf, withArea, withPages } from '../src/models/riscos/kernel-state.js';
import type { Kernel } from '../src/models/riscos/kernel-state.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { bv, constValue } from '../src/values/expr.js';
import { imm, insn, reg } from './arm-helpers.js';

const PAGE = 4096;
const POOL = 300;
const POOL_BASE = 0x20000000;
const PMP = 1 << 20;
const LIST = 0x40000;

/** A kernel with an empty pool of at most 8 physical pages and 4 logical ones; `other` pages held by another area, locked. */
function kernelWithPool(other: readonly number[] = []): Kernel {
  let k = withArea(createKernel(), { number: POOL, name: 'Pool', base: POOL_BASE, size: 0, max: 4 * PAGE, flags: PMP, workspace: 0, kind: 'pmp', pmpMaxPages: 8 });
  if (other.length > 0) {
    k = withArea(k, { number: 400, name: 'Other', base: 0x30000000, size: other.length * PAGE, max: other.length * PAGE, flags: 0, workspace: 0, kind: 'normal' });
    k = withPages(k, new Map(other.map((p, i) => [p, { owner: 400, address: 0x30000000 + i * PAGE, flags: PAGE_UNAVAILABLE }])));
    const pool = k.areas.get(FREE_POOL);
    if (pool) k = withArea(k, { ...pool, size: pagesOf(k, FREE_POOL).length * PAGE });
  }
  return k;
}

/** XOS_DynamicArea `reason` on the pool with the list of `entries` (words) at LIST. */
function listCall(kernel: Kernel, reason: number, entries: readonly (readonly number[])[], area = POOL) {
  const b = armProgram();
  b.label('code');
  b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const memory = entries.flatMap((e, k) => e.map((v, w) => ({ address: BigInt(LIST + k * e.length * 4 + w * 4), value: BigInt(v >>> 0) })));
  const run = runRiscOsScenario(b.build(), 'code', { kernel, registers: { 0: reason, 1: area, 2: LIST, 3: entries.length }, memory, moduleCode: false });
  const r = (n: number) => { const v = run.end?.state.cpu.regs[n]; const c = v && constValue(v); return c === undefined ? undefined : Number(c); };
  const vSet = run.end !== undefined && constValue(run.end.state.cpu.v) === 1n;
  const word = (address: number) => { const v = run.end?.state.cpu.memory.clone().load(bv(address), 4); const c = v && constValue(v); return c === undefined ? undefined : Number(BigInt.asIntN(32, c)); };
  const errorNumber = () => { const p = r(0); return p === undefined ? undefined : word(p); };
  return { run, r, vSet, word, errorNumber, kernel: run.kernel };
}

const poolPages = (k: Kernel) => [...(k.areas.get(POOL)?.pmpPages ?? [])];

test('OS_DynamicArea 21 with -2 lets the kernel pick pages: the pool holds them, its size counts them, R2/R3 at the end of the list', () => {
  const c = listCall(kernelWithPool(), 21, [[0, -2, 0], [1, -2, 0]]);
  assert.equal(c.vSet, false);
  const held = poolPages(c.kernel);
  assert.deepEqual(held.map(([i]) => i), [0, 1]);
  for (const [, ppn] of held) assert.equal(c.kernel.pages[ppn]?.owner, POOL);
  assert.equal(c.kernel.areas.get(POOL)?.size, 2 * PAGE);
  assert.deepEqual([c.r(2), c.r(3)], [LIST + 24, 0]);
  assert.equal(kernelViolation(c.kernel), undefined);
});

test('OS_DynamicArea 21 and 22 write nothing into their lists (the wiki\'s exit gives R2 and R3 only; 25 alone updates its list): a -2 entry still reads -2 after the kernel picked its page', () => {
  const picked = listCall(kernelWithPool(), 21, [[0, -2, 0]]);
  assert.equal(picked.vSet, false);
  assert.deepEqual([picked.word(LIST), picked.word(LIST + 4), picked.word(LIST + 8)], [0, -2, 0]);
  const mapped = listCall(picked.kernel, 22, [[0, 0, 0]]);
  assert.equal(mapped.vSet, false);
  assert.deepEqual([mapped.word(LIST), mapped.word(LIST + 4), mapped.word(LIST + 8)], [0, 0, 0]);
});

test('OS_DynamicArea 21 with -1 releases a page to the free pool', () => {
  const claimed = listCall(kernelWithPool(), 21, [[0, -2, 0]]).kernel;
  const [[, ppn] = [0, -1]] = poolPages(claimed);
  const released = listCall(claimed, 21, [[0, -1, 0]]);
  assert.deepEqual(poolPages(released.kernel), []);
  assert.equal(released.kernel.pages[ppn]?.owner, FREE_POOL);
  assert.equal(released.kernel.areas.get(POOL)?.size, 0);
});

test('OS_DynamicArea 21 with a page application space holds takes it; application space keeps a replacement at the same address', () => {
  const k = kernelWithPool();
  const address = k.pages[5]?.address;
  const c = listCall(k, 21, [[0, 5, 1 << 15]]);
  assert.equal(c.vSet, false);
  assert.equal(c.kernel.pages[5]?.owner, POOL);
  assert.equal((c.kernel.pages[5]?.flags ?? 0) & PAGE_UNAVAILABLE, PAGE_UNAVAILABLE, 'flag bit 15 locks the page');
  const replacement = c.kernel.pages.findIndex((p, i) => i !== 5 && p.owner === APP_SPACE && p.address === address);
  assert.ok(replacement >= 0);
  assert.equal(kernelViolation(c.kernel), undefined);
});

test('OS_DynamicArea 21 errors: an index past the pool\'s limit (&1EA), a page another area locked (CantGetPhysMem), not a pool; R2/R3 at the failing entry', () => {
  const past = listCall(kernelWithPool(), 21, [[0, -2, 0], [8, -2, 0]]);
  assert.equal(past.vSet, true);
  assert.equal(past.errorNumber(), 0x1ea);
  assert.deepEqual([past.r(2), past.r(3)], [LIST + 12, 1]);
  assert.equal(poolPages(past.kernel).length, 1, 'entries before the failing one were processed');
  const locked = listCall(kernelWithPool([40]), 21, [[0, 40, 0]]);
  assert.equal(locked.vSet, true);
  assert.equal(locked.errorNumber(), 0x1a6);
  assert.equal(locked.kernel.pages[40]?.owner, 400);
  const notPool = listCall(kernelWithPool(), 21, [[0, -2, 0]], 999);
  assert.equal(notPool.vSet, true);
  assert.equal(notPool.errorNumber(), 0x1ca);
});

test('OS_DynamicArea 22 maps a pool page at an area page and -1 unmaps it', () => {
  const claimed = listCall(kernelWithPool(), 21, [[0, -2, 0]]).kernel;
  const [[, ppn] = [0, -1]] = poolPages(claimed);
  const mapped = listCall(claimed, 22, [[3, 0, 0]]);
  assert.equal(mapped.vSet, false);
  assert.equal(mapped.kernel.pages[ppn]?.address, POOL_BASE + 3 * PAGE);
  assert.equal(kernelViolation(mapped.kernel), undefined);
  const unmapped = listCall(mapped.kernel, 22, [[3, -1, 0]]);
  assert.equal(unmapped.kernel.pages[ppn]?.address, undefined);
  assert.equal(unmapped.kernel.pages[ppn]?.owner, POOL, 'unmapping keeps the page in the pool');
});

test('OS_DynamicArea 22 errors: a pool index without a page, an area page past the logical limit (&1EA)', () => {
  const empty = listCall(kernelWithPool(), 22, [[0, 0, 0]]);
  assert.equal(empty.vSet, true);
  assert.equal(empty.errorNumber(), 0x1ea);
  const claimed = listCall(kernelWithPool(), 21, [[0, -2, 0]]).kernel;
  const far = listCall(claimed, 22, [[4, 0, 0]]);
  assert.equal(far.vSet, true);
  assert.deepEqual([far.r(2), far.r(3)], [LIST, 1]);
});

test('OS_DynamicArea 25 fills in each entry from the one number given: by pool index, by page number, and -1/0 for what the pool lacks', () => {
  let k = listCall(kernelWithPool(), 21, [[0, -2, 1 << 15]]).kernel;
  k = listCall(k, 22, [[2, 0, 0]]).kernel;
  const [[, ppn] = [0, -1]] = poolPages(k);
  const c = listCall(k, 25, [[0, -1, -1, 0], [-1, ppn, -1, 0], [5, -1, -1, 0]]);
  assert.equal(c.vSet, false);
  const entry = (n: number) => [0, 1, 2, 3].map((w) => c.word(LIST + n * 16 + w * 4));
  assert.deepEqual(entry(0), [0, ppn, 2, 1 << 15]);
  assert.deepEqual(entry(1), [0, ppn, 2, 1 << 15]);
  assert.deepEqual(entry(2), [5, -1, -1, 0]);
});

test('OS_DynamicArea 21 does not exist before RISC OS 5.23: unknown reason', () => {
  const c = listCall({ ...kernelWithPool(), version: '5.0' as const }, 21, [[0, -2, 0]]);
  assert.equal(c.vSet, true);
  assert.equal(c.errorNumber(), 0x1e7);
});
