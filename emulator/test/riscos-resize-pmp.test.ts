// Contract tests of DAHandler_ResizePMP (spec B.2.3, B.4 reasons 20-27, B.6
// handler table): a physical memory pool's handler gets reason 6 and no
// other, with R1 = the signed change in pages and R2 = the area number, and
// grows or shrinks the pool itself with OS_DynamicArea 21. Pools resize
// when they are created with a size, through OS_ChangeDynamicArea and when
// they are removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import type { TraceEvent } from '../src/explore/trace.js';
import { runHandlerScenario } from '../src/models/riscos/handler-scenario.js';
import { createKernel, FREE_POOL, kernelViolation, pagesOf, withArea, withPages } from '../src/models/riscos/kernel-state.js';
import type { Area, Kernel } from '../src/models/riscos/kernel-state.js';
import { clrv, pull, push, setv } from '../src/models/riscos/macros.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { bv, constValue } from '../src/values/expr.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const X = 0x20000;
const PAGE = 4096;
const PMP = 1 << 20;
const SHRINKABLE = 1 << 9;
const WS = 0x30000;
/** Workspace: [WS] words logged, then R0, R1, R2 of each call from WS+4; pages held at HELD; a one-entry page list at LIST. */
const HELD = 0x100, LIST = 0x110;

const i = (b: B, mnemonic: string, operands: Parameters<typeof insn>[1], text: string) => b.instruction(insn(mnemonic, operands), text);
const mov = (b: B, r: number, v: number) => i(b, 'mov', [reg(r), imm(v)], `MOV r${r}, #${v}`);

type Behaviour = 'resize' | 'refuse' | 'idle' | 'corrupt-r3';

/**
 * A pool handler: logs R0-R2, then for ResizePMP claims (-2) or releases
 * (-1) one page at a time with XOS_DynamicArea 21, the pool's pages at
 * indices 0 up. 'refuse' returns V set with R0 = 0; 'idle' returns at once;
 * 'corrupt-r3' resizes and returns with R3 changed.
 */
function poolHandler(b: B, behaviour: Behaviour = 'resize') {
  b.label('handler');
  for (const x of push([0, 1, 2, 3, 4, 5, 6, 7, LR])) b.instruction(x, 'STMFD sp!, {r0-r7, lr}');
  i(b, 'ldr', [reg(4), mem(12, 0)], 'LDR r4, [r12]');
  i(b, 'add', [reg(5), reg(12), reg(4, { type: 'lsl', amount: 2 })], 'ADD r5, r12, r4, LSL #2');
  i(b, 'str', [reg(0), mem(5, 4)], 'STR r0, [r5, #4]');
  i(b, 'str', [reg(1), mem(5, 8)], 'STR r1, [r5, #8]');
  i(b, 'str', [reg(2), mem(5, 12)], 'STR r2, [r5, #12]');
  i(b, 'add', [reg(4), reg(4), imm(3)], 'ADD r4, r4, #3');
  i(b, 'str', [reg(4), mem(12, 0)], 'STR r4, [r12]');
  if (behaviour === 'refuse') {
    for (const x of pull([0, 1, 2, 3, 4, 5, 6, 7, LR])) b.instruction(x, 'LDMFD sp!, {r0-r7, lr}');
    mov(b, 0, 0);
    for (const x of setv('32')) b.instruction(x, 'SETV');
    i(b, 'mov', [reg(PC), reg(LR)], 'MOV pc, lr');
    return;
  }
  if (behaviour !== 'idle') {
    i(b, 'teq', [reg(0), imm(6)], 'TEQ r0, #6');
    b.instruction(cond('ne', insn('b', [target('done')])), 'BNE done');
    i(b, 'mov', [reg(7), reg(2)], 'MOV r7, r2');
    i(b, 'ldr', [reg(6), mem(12, HELD)], 'LDR r6, [r12, #HELD]');
    i(b, 'cmp', [reg(1), imm(0)], 'CMP r1, #0');
    b.instruction(cond('lt', insn('b', [target('shrink')])), 'BLT shrink');
    i(b, 'add', [reg(5), reg(6), reg(1)], 'ADD r5, r6, r1');
    b.label('grow');
    i(b, 'cmp', [reg(6), reg(5)], 'CMP r6, r5');
    b.instruction(cond('cs', insn('b', [target('done')])), 'BCS done');
    pageOp(b, -2);
    i(b, 'add', [reg(6), reg(6), imm(1)], 'ADD r6, r6, #1');
    i(b, 'str', [reg(6), mem(12, HELD)], 'STR r6, [r12, #HELD]');
    i(b, 'b', [target('grow')], 'B grow');
    b.label('shrink');
    i(b, 'add', [reg(5), reg(6), reg(1)], 'ADD r5, r6, r1');
    b.label('shrink_loop');
    i(b, 'cmp', [reg(6), reg(5)], 'CMP r6, r5');
    b.instruction(cond('le', insn('b', [target('done')])), 'BLE done');
    i(b, 'sub', [reg(6), reg(6), imm(1)], 'SUB r6, r6, #1');
    pageOp(b, -1);
    i(b, 'str', [reg(6), mem(12, HELD)], 'STR r6, [r12, #HELD]');
    i(b, 'b', [target('shrink_loop')], 'B shrink_loop');
  }
  b.label('done');
  for (const x of pull([0, 1, 2, 3, 4, 5, 6, 7, LR])) b.instruction(x, 'LDMFD sp!, {r0-r7, lr}');
  if (behaviour === 'corrupt-r3') mov(b, 3, 0);
  for (const x of clrv('32')) b.instruction(x, 'CLRV');
  i(b, 'mov', [reg(PC), reg(LR)], 'MOV pc, lr');
  b.label('failed');
  i(b, 'str', [reg(0), mem(13, 0)], 'STR r0, [sp]');
  for (const x of pull([0, 1, 2, 3, 4, 5, 6, 7, LR])) b.instruction(x, 'LDMFD sp!, {r0-r7, lr}');
  for (const x of setv('32')) b.instruction(x, 'SETV');
  i(b, 'mov', [reg(PC), reg(LR)], 'MOV pc, lr');
}

/** One XOS_DynamicArea 21 entry {r6, `ppn`, 0} on the pool in r7: -2 claims any page, -1 releases. */
function pageOp(b: B, ppn: -1 | -2) {
  i(b, 'add', [reg(2), reg(12), imm(LIST)], 'ADD r2, r12, #LIST');
  i(b, 'str', [reg(6), mem(2, 0)], 'STR r6, [r2]');
  i(b, 'mvn', [reg(3), imm(-ppn - 1)], `MVN r3, #${-ppn - 1}`);
  i(b, 'str', [reg(3), mem(2, 4)], 'STR r3, [r2, #4]');
  mov(b, 3, 0);
  i(b, 'str', [reg(3), mem(2, 8)], 'STR r3, [r2, #8]');
  mov(b, 0, 21);
  i(b, 'mov', [reg(1), reg(7)], 'MOV r1, r7');
  mov(b, 3, 1);
  i(b, 'swi', [imm(X | 0x66)], 'SWI XOS_DynamicArea');
  b.instruction(cond('vs', insn('b', [target('failed')])), 'BVS failed');
}

/**
 * Module code: create a pool (R2 initial bytes, R9 physical limit 16
 * pages), then `then` with R1 = the area number; `delta` is a word `then`
 * may load.
 */
function module(b: B, initial: number, then?: (b: B) => void, flags = PMP, delta = 0) {
  b.label('init');
  i(b, 'str', [reg(LR), mem(13, -4, { wb: true })], 'STR lr, [sp, #-4]!');
  mov(b, 0, 0);
  i(b, 'mvn', [reg(1), imm(0)], 'MVN r1, #0');
  i(b, 'ldr', [reg(2), target('initial')], 'LDR r2, =initial');
  i(b, 'mvn', [reg(3), imm(0)], 'MVN r3, #0');
  i(b, 'ldr', [reg(4), target('flags')], 'LDR r4, =flags');
  i(b, 'ldr', [reg(5), target('max')], 'LDR r5, =max');
  i(b, 'adr', [reg(6), target('handler')], 'ADR r6, handler');
  i(b, 'ldr', [reg(7), target('ws')], 'LDR r7, =ws');
  mov(b, 8, 0);
  i(b, 'str', [reg(8), mem(7, 0)], 'STR r8, [r7]');
  i(b, 'str', [reg(8), mem(7, HELD)], 'STR r8, [r7, #HELD]');
  mov(b, 9, 16);
  i(b, 'swi', [imm(X | 0x66)], 'SWI XOS_DynamicArea');
  b.instruction(cond('vs', insn('ldr', [reg(PC), mem(13, 4, { pre: false })])), 'LDRVS pc, [sp], #4');
  then?.(b);
  i(b, 'ldr', [reg(PC), mem(13, 4, { pre: false })], 'LDR pc, [sp], #4');
  b.label('initial').words(initial);
  b.label('flags').words(flags);
  b.label('max').words(16 * PAGE);
  b.label('ws').words(WS);
  b.label('delta').words(delta >>> 0);
}

/** XOS_ChangeDynamicArea on the area in R1 by `delta`; R2 gets the bytes moved. */
const change = (b: B) => {
  i(b, 'mov', [reg(0), reg(1)], 'MOV r0, r1');
  i(b, 'ldr', [reg(1), target('delta')], 'LDR r1, =delta');
  i(b, 'swi', [imm(X | 0x2a)], 'SWI XOS_ChangeDynamicArea');
  i(b, 'mov', [reg(2), reg(1)], 'MOV r2, r1');
};

const removeArea = (b: B) => { mov(b, 0, 1); i(b, 'swi', [imm(X | 0x66)], 'SWI XOS_DynamicArea'); };

interface RunOptions {
  readonly then?: (b: B) => void;
  readonly delta?: number;
  readonly behaviour?: Behaviour;
  readonly kernel?: Kernel;
  readonly flags?: number;
}

function outcome(result: ReturnType<typeof runRiscOsScenario>) {
  const memory = result.end?.state.cpu.memory.clone();
  const word = (at: number) => { const v = memory && constValue(memory.load(bv(at), 4)); return v === undefined ? undefined : Number(BigInt.asIntN(32, v)); };
  /** The handler's log: [R0, R1 (signed), R2] per call. */
  const log = Array.from({ length: (word(WS) ?? 0) / 3 }, (_, k) => [0, 1, 2].map((w) => word(WS + 4 + 12 * k + 4 * w)));
  const r = (n: number) => { const v = result.end && constValue(result.end.state.cpu.regs[n] ?? bv(0)); return v === undefined ? undefined : Number(v); };
  const vSet = result.end !== undefined && constValue(result.end.state.cpu.v) === 1n;
  const events = result.trace.flatMap((s) => s.events).filter((e): e is Extract<TraceEvent, { kind: 'call' }> => e.kind === 'call').map((e) => e.name);
  const pool = [...result.kernel.areas.values()].find((a) => a.kind === 'pmp');
  return { result, log, r, vSet, events, pool, kernel: result.kernel };
}

function run(initial: number, options: RunOptions = {}) {
  const b = armProgram();
  module(b, initial, options.then, options.flags, options.delta);
  poolHandler(b, options.behaviour);
  return outcome(runRiscOsScenario(b.build(), 'init', { moduleCode: false, ...(options.kernel ? { kernel: options.kernel } : {}) }));
}

/** The handler's workspace before a run that did not set it up: no calls logged, `held` pages. */
const emptyLog = (held: number) => [{ address: BigInt(WS), value: 0n }, { address: BigInt(WS + HELD), value: BigInt(held) }];

const handlerEvents = (events: readonly string[]) => events.filter((n) => n.startsWith('DAHandler'));

test('ResizePMP on create: a pool created with an initial size gets one reason 6 with R1 = +pages and R2 = its number, and no PreGrow/PostGrow', () => {
  const c = run(3 * PAGE);
  assert.equal(c.vSet, false);
  assert.ok(c.pool);
  assert.deepEqual(c.log, [[6, 3, c.pool.number]]);
  assert.deepEqual(handlerEvents(c.events), ['DAHandler_ResizePMP']);
  assert.equal(c.pool.size, 3 * PAGE, 'the handler claimed the pages with OS_DynamicArea 21');
  assert.equal(c.pool.pmpPages?.size, 3);
  assert.equal(kernelViolation(c.kernel), undefined);
  assert.deepEqual(c.result.findings, []);
});

test('ResizePMP on create: a pool created with size 0 is not resized, so its handler is not called', () => {
  const c = run(0);
  assert.deepEqual(c.log, []);
  assert.deepEqual(handlerEvents(c.events), []);
});

test('ResizePMP on create: a refusal (V set, R0 = 0) destroys the new pool and returns the generic "not all moved" error', () => {
  const c = run(2 * PAGE, { behaviour: 'refuse' });
  assert.equal(c.vSet, true);
  assert.equal(c.pool, undefined);
  assert.deepEqual(c.log.map(([r0]) => r0), [6]);
  const pointer = c.r(0);
  assert.ok(pointer !== undefined);
  const message = c.result.end?.state.cpu.memory.clone().load(bv(pointer + 4), 1);
  assert.ok(message && constValue(message) !== 0n, 'R0 points at an error block with a message');
});

test('ResizePMP on OS_ChangeDynamicArea: a grow passes +pages, a shrink -pages (signed), each once; R1 out = bytes moved', () => {
  const grow = run(0, { then: change, delta: 4 * PAGE });
  assert.ok(grow.pool);
  assert.deepEqual(grow.log, [[6, 4, grow.pool.number]]);
  assert.equal(grow.r(2), 4 * PAGE);
  assert.equal(grow.pool.size, 4 * PAGE);
  const shrink = run(5 * PAGE, { then: change, delta: -2 * PAGE });
  assert.ok(shrink.pool);
  assert.deepEqual(shrink.log, [[6, 5, shrink.pool.number], [6, -2, shrink.pool.number]]);
  assert.equal(shrink.r(2), 2 * PAGE);
  assert.equal(shrink.pool.size, 3 * PAGE);
  assert.deepEqual(handlerEvents(shrink.events), ['DAHandler_ResizePMP', 'DAHandler_ResizePMP']);
  assert.equal(kernelViolation(shrink.kernel), undefined);
  assert.deepEqual([...grow.result.findings, ...shrink.result.findings], []);
});

test('ResizePMP on OS_ChangeDynamicArea: a byte change rounds up to whole pages', () => {
  const c = run(0, { then: change, delta: PAGE + 1 });
  assert.deepEqual(c.log.map(([, pages]) => pages), [2]);
});

test('ResizePMP on OS_ChangeDynamicArea: a handler that moves nothing leaves "not all moved" with R1 = 0; a pool without a handler cannot resize', () => {
  const idle = run(0, { behaviour: 'idle', then: change, delta: 2 * PAGE });
  assert.deepEqual(idle.log.map(([r0]) => r0), [6]);
  assert.equal(idle.r(2), 0);
  assert.equal(idle.vSet, true);
  let k = createKernel();
  k = withArea(k, { number: 300, name: 'Pool', base: 0x20000000, size: 0, max: 4 * PAGE, flags: PMP, workspace: 0, kind: 'pmp', pmpMaxPages: 8 });
  const b = armProgram();
  b.label('code');
  i(b, 'swi', [imm(X | 0x2a)], 'SWI XOS_ChangeDynamicArea');
  i(b, 'mov', [reg(PC), reg(LR)], 'MOV pc, lr');
  const bare = runRiscOsScenario(b.build(), 'code', { kernel: k, registers: { 0: 300, 1: 2 * PAGE }, moduleCode: false });
  assert.equal(constValue(bare.end?.state.cpu.v ?? bv(0, 1)), 1n);
  assert.equal(bare.kernel.areas.get(300)?.size, 0);
});

test('ResizePMP on removal: R1 = -(pages the pool holds); the area goes and every page is back in the free pool', () => {
  const freeBefore = pagesOf(createKernel(), FREE_POOL).length;
  const c = run(3 * PAGE, { then: removeArea });
  assert.equal(c.vSet, false);
  assert.equal(c.pool, undefined);
  const number = c.log[0]?.[2];
  assert.deepEqual(c.log, [[6, 3, number], [6, -3, number]]);
  assert.ok(c.events.includes('Service_DynamicAreaRemove'));
  assert.equal(pagesOf(c.kernel, FREE_POOL).length, freeBefore);
  assert.equal(kernelViolation(c.kernel), undefined);
});

test('ResizePMP on removal: an empty pool is removed without a handler call; a refusal keeps the pool and its pages', () => {
  const empty = run(0, { then: removeArea });
  assert.deepEqual(empty.log, []);
  assert.equal(empty.pool, undefined);
  const b = armProgram();
  b.label('code');
  removeArea(b);
  i(b, 'mov', [reg(PC), reg(LR)], 'MOV pc, lr');
  poolHandler(b, 'refuse');
  const program = b.build();
  const pages = pagesOf(createKernel(), FREE_POOL).slice(-2);
  let k = withArea(createKernel(), {
    number: 300, name: 'Pool', base: 0x20000000, size: 2 * PAGE, max: 4 * PAGE, flags: PMP, handler: Number(program.label('handler')), workspace: WS,
    kind: 'pmp', pmpMaxPages: 8, pmpPages: new Map(pages.map((p, n) => [n, p])),
  });
  k = withPages(k, new Map(pages.map((p) => [p, { owner: 300, address: undefined, flags: 0 }])));
  k = withArea(k, { ...(k.areas.get(FREE_POOL) as Area), size: pagesOf(k, FREE_POOL).length * PAGE });
  const refused = outcome(runRiscOsScenario(program, 'code', { kernel: k, registers: { 1: 300 }, memory: emptyLog(2), moduleCode: false }));
  assert.deepEqual(refused.log, [[6, -2, 300]]);
  assert.equal(refused.vSet, true);
  assert.equal(refused.kernel.areas.get(300)?.size, 2 * PAGE);
  assert.ok(!refused.events.includes('Service_DynamicAreaRemove'));
});

test('a pool is never sent TestShrink or any shrink reason, even when Shrinkable and the free pool runs short', () => {
  // 20 pages of RAM: 16 application space, the pool takes the 4 free ones; a normal area's grow then needs pages back.
  const small = createKernel({ ramPages: 20 });
  const c = run(4 * PAGE, { kernel: small, flags: PMP | SHRINKABLE, then: (b) => {
    mov(b, 0, 0);
    i(b, 'mvn', [reg(1), imm(0)], 'MVN r1, #0');
    mov(b, 2, PAGE);
    i(b, 'mvn', [reg(3), imm(0)], 'MVN r3, #0');
    mov(b, 4, 0);
    i(b, 'mvn', [reg(5), imm(0)], 'MVN r5, #0');
    i(b, 'adr', [reg(6), target('handler')], 'ADR r6, handler');
    i(b, 'ldr', [reg(7), target('ws')], 'LDR r7, =ws');
    mov(b, 8, 0);
    i(b, 'swi', [imm(X | 0x66)], 'SWI XOS_DynamicArea');
  } });
  assert.ok(c.pool);
  assert.deepEqual(c.log.map(([r0]) => r0).filter((r0) => r0 !== 0 && r0 !== 1), [6]);
  assert.ok(!c.events.some((n) => /TestShrink|PreShrink|PostShrink/.test(n)));
  assert.equal(c.pool.size, 4 * PAGE);
});

test('ResizePMP preserves every register: a pool handler returning R3 changed is PW304', () => {
  const clean = run(2 * PAGE);
  assert.deepEqual(clean.result.findings.filter((f) => f.code === 'PW304'), []);
  const bad = run(2 * PAGE, { behaviour: 'corrupt-r3' });
  const found = bad.result.findings.filter((f) => f.code === 'PW304');
  assert.equal(found.length, 1, JSON.stringify(bad.result.findings.map((f) => f.message)));
  assert.match(found[0]?.message ?? '', /ResizePMP returns with R3 changed/);
});

test('runHandlerScenario for ResizePMP is the whole resize: one reason 6 call, and the pages the handler claims land in the pool', () => {
  const b = armProgram();
  poolHandler(b);
  const run6 = runHandlerScenario(b.build(), 'handler', { reason: 6, change: 2, area: { flags: PMP, size: 0, maxSize: 8 * PAGE }, registers: { 12: WS }, memory: emptyLog(0) });
  const names = run6.trace.flatMap((s) => s.events).filter((e): e is Extract<TraceEvent, { kind: 'call' }> => e.kind === 'call').map((e) => e.name);
  assert.deepEqual(handlerEvents(names), ['DAHandler_ResizePMP']);
  assert.equal(run6.error, undefined);
  assert.equal(run6.after.areas.get(run6.area)?.size, 2 * PAGE);
  assert.equal(run6.before.areas.get(run6.area)?.pmpMaxPages, 8);
  assert.equal(kernelViolation(run6.after), undefined);
  assert.deepEqual(run6.findings, []);
});
