// Contract tests of the SWIs the generic model runs from their register
// tables (outside the spec): OS_Module and OS_Heap, which module code calls
// to claim, resize and free its workspace, OS_Memory 6, 8 and 9 and
// OS_ReadMonotonicTime. On success the registers a table returns values in
// come back unknown and every other register as it was; the X form may
// fail, and then the results are no results (PW310 until V is tested).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { exit, entry } from '../src/models/riscos/macros.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { bv, constValue } from '../src/values/expr.js';
import { cond, imm, insn, mem, reg } from './arm-helpers.js';

const X = 0x20000;
const OS_HEAP = 0x1d, OS_MODULE = 0x1e, OS_READ_MONOTONIC_TIME = 0x42, OS_DYNAMIC_AREA = 0x66, OS_MEMORY = 0x68;
const NAMES: Readonly<Record<number, string>> = { [OS_HEAP]: 'OS_Heap', [OS_MODULE]: 'OS_Module', [OS_READ_MONOTONIC_TIME]: 'OS_ReadMonotonicTime', [OS_MEMORY]: 'OS_Memory' };

/**
 * Runs `SWI X<swi>` with R0 = `r0` and R1-R10 = 101-110, taking the success
 * branch or the failure one: V, and R0-R10 (undefined where not a constant).
 */
function run(swi: number, r0: number, failed: boolean) {
  const b = armProgram();
  b.label('code');
  b.instruction(insn('swi', [imm(X | swi)]), `SWI X${NAMES[swi] ?? ''}`);
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const registers: Record<number, number> = { 0: r0 };
  for (let r = 1; r <= 10; r++) registers[r] = 100 + r;
  const result = runRiscOsScenario(b.build(), 'code', {
    registers, moduleCode: false, inputs: new Map([[`swi.failed.X${NAMES[swi] ?? ''}#0`, failed ? 1n : 0n]]),
  });
  const state = result.end?.state;
  assert.ok(state, `${NAMES[swi] ?? ''} ${r0} returns`);
  const value = (r: number) => { const v = state.cpu.regs[r]; const c = v && constValue(v); return c === undefined ? undefined : Number(c); };
  return { v: Number(constValue(state.cpu.v)), regs: Array.from({ length: 11 }, (_, r) => value(r)), findings: result.findings };
}

/** The claims a run places: OS_Module 6 and OS_Heap 2. */
const CLAIMS: readonly (readonly [number, number])[] = [[OS_MODULE, 6], [OS_HEAP, 2]];

/** OS_Heap 5's change the run knows: R3 = 103 moves the heap's end by whole words, 100, which R3 returns. */
const HEAP_CHANGE = 100;

/** What a call leaves: `changed` unknown on success (a run's claim's block a number, OS_Heap 5's change too), all of R1-R10 as they were on failure (R0 the error then). */
function assertReturns(swi: number, r0: number, changed: readonly number[]) {
  const label = `${NAMES[swi] ?? ''} ${r0 & 0xff}`;
  const ok = run(swi, r0, false);
  assert.equal(ok.v, 0, label);
  for (let r = 1; r <= 10; r++) {
    const value = ok.regs[r];
    // A run's claim (OS_Module 6, OS_Heap 2) is a block the kernel placed: a word-aligned address.
    if (r === 2 && CLAIMS.some(([s, code]) => s === swi && code === r0)) assert.ok(value !== undefined && value !== 102 && value % 4 === 0, `${label}: R2 a block`);
    else if (r === 3 && swi === OS_HEAP && r0 === 5) assert.equal(value, HEAP_CHANGE, `${label}: R3 the change in whole words`);
    else assert.equal(value, changed.includes(r) ? undefined : 100 + r, `${label}: R${r} on success`);
  }
  assert.equal(ok.regs[0], changed.includes(0) ? undefined : r0, `${label}: R0 on success`);
  assert.deepEqual(ok.findings, []);
  const failed = run(swi, r0, true);
  assert.equal(failed.v, 1, `${label} may fail`);
  for (let r = 1; r <= 10; r++) assert.equal(failed.regs[r], 100 + r, `${label}: R${r} on failure`);
}

test('OS_Module 5, 6, 12, 13, 18, 19, 20 and 21, OS_Heap 1, 2, 4, 5, 6, 7 and 8 and OS_Memory 6, 8 and 9 return values in the registers of their tables and keep the others; the X form may fail, changing none of them; OS_Heap 7 and 8 of an alignment s/HeapMan refuses fail in a run, R2 = 0', () => {
  const results: readonly [number, number, readonly number[]][] = [
    [OS_MODULE, 5, [2, 3]], [OS_MODULE, 6, [2]], [OS_MODULE, 12, [1, 2, 3, 4, 5]], [OS_MODULE, 13, [2]],
    [OS_MODULE, 18, [1, 2, 3, 4, 5]], [OS_MODULE, 19, [1, 2, 3, 4, 5]], [OS_MODULE, 20, [1, 2, 3, 4, 5, 6]], [OS_MODULE, 21, [2]],
    [OS_HEAP, 1, [2, 3]], [OS_HEAP, 2, [2]], [OS_HEAP, 4, [2]], [OS_HEAP, 5, [3]], [OS_HEAP, 6, [3]],
    // OS_Memory 8 with the kind of memory (DRAM) in bits 8-11.
    [OS_MEMORY, 6, [1, 2]], [OS_MEMORY, 8 | (1 << 8), [1, 2]], [OS_MEMORY, 9, [1]],
  ];
  for (const [swi, r0, changed] of results) assertReturns(swi, r0, changed);
  // R2 = 102 is no power of two: the run's heap refuses OS_Heap 7 and 8 of it, as s/HeapMan does.
  for (const r0 of [7, 8]) {
    const refused = run(OS_HEAP, r0, false);
    assert.equal(refused.v, 1, `OS_Heap ${r0} refused`);
    assert.deepEqual(refused.regs.slice(1), [101, 0, 103, 104, 105, 106, 107, 108, 109, 110], `OS_Heap ${r0}: R2 = 0, the others kept`);
  }
});

test('OS_Module 1, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16 and 17 and OS_Heap 0 and 3 return nothing: every register as it was; the X form may fail', () => {
  for (const r0 of [1, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17]) assertReturns(OS_MODULE, r0, []);
  for (const r0 of [0, 3]) assertReturns(OS_HEAP, r0, []);
});

test('OS_Module 0 and 2, which enter a module as the application, have no register table: R1-R9 come back unknown, and none of them is a result for PW310', () => {
  for (const r0 of [0, 2]) assertReturns(OS_MODULE, r0, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('OS_ReadMonotonicTime returns the time in R0 and keeps the other registers, and never fails (the catalogue\'s neverFails): R0 stored without testing V is no PW310', () => {
  const ok = run(OS_READ_MONOTONIC_TIME, 7, false);
  assert.equal(ok.v, 0);
  for (let r = 1; r <= 10; r++) assert.equal(ok.regs[r], 100 + r, `R${r}`);
  assert.equal(ok.regs[0], undefined);
  assert.equal(run(OS_READ_MONOTONIC_TIME, 7, true).v, 0, 'a run given its failure returns V clear all the same');
  const b = armProgram();
  b.label('code');
  for (const i of entry()) b.instruction(i, 'Entry');
  b.instruction(insn('swi', [imm(X | OS_READ_MONOTONIC_TIME)]), 'SWI XOS_ReadMonotonicTime');
  b.instruction(insn('str', [reg(0), mem(12, 0)]), 'STR r0, ws_time');
  for (const i of exit()) b.instruction(i, 'EXIT');
  assert.deepEqual(analyseRiscOsCode(b.build(), 'code'), []);
});

test('OS_Module 6 and 13 and OS_Heap 2, 4, 7 and 8 in module code: the block in R2 stored without testing V is PW310; EXIT VS or STRVC first is clean', () => {
  const code = (swi: number, reason: number, test: 'none' | 'EXIT VS' | 'STRVC') => {
    const b = armProgram();
    b.label('init');
    for (const i of entry([1, 2, 3])) b.instruction(i, 'Init Entry "r1-r3"');
    b.instruction(insn('mov', [reg(0), imm(reason)]), `MOV r0, #${reason}`);
    if (swi === OS_HEAP) b.instruction(insn('ldr', [reg(1), mem(12, 4)]), 'LDR r1, ws_heap');
    if (reason === 13 || reason === 4) b.instruction(insn('ldr', [reg(2), mem(12, 0)]), 'LDR r2, ws_block');
    b.instruction(insn('mov', [reg(3), imm(256)]), 'MOV r3, #256');
    b.instruction(insn('swi', [imm(X | swi)]), `SWI X${NAMES[swi] ?? ''}`);
    if (test === 'EXIT VS') for (const i of exit([1, 2, 3], 'vs')) b.instruction(i, 'EXIT VS');
    const store: ArmInstruction = insn('str', [reg(2), mem(12, 0)]);
    b.instruction(test === 'STRVC' ? cond('vc', store) : store, `${test === 'STRVC' ? 'STRVC' : 'STR'} r2, ws_block`);
    for (const i of exit([1, 2, 3])) b.instruction(i, 'EXIT');
    return analyseRiscOsCode(b.build(), 'init');
  };
  const calls: readonly [number, number][] = [[OS_MODULE, 6], [OS_MODULE, 13], [OS_HEAP, 2], [OS_HEAP, 4], [OS_HEAP, 7], [OS_HEAP, 8]];
  for (const [swi, reason] of calls) {
    const label = `${NAMES[swi] ?? ''} ${reason}`;
    const [f, ...rest] = code(swi, reason, 'none');
    assert.equal(rest.length, 0, label);
    assert.equal(f?.code, 'PW310', label);
    assert.match(f?.message ?? '', new RegExp(`^R2 from X${NAMES[swi] ?? ''} is used here without testing V first`), label);
    for (const tested of ['EXIT VS', 'STRVC'] as const) assert.deepEqual(code(swi, reason, tested), [], `${label}, ${tested}`);
  }
});

/**
 * Runs `MOV r4, #7` / `STR r4, [r1]` / `SWI X<swi>` / `LDR r5, [r1]` with
 * R0 = `r0` and R1 = `block`, the SWI failing or not: R5, undefined where
 * not a constant.
 */
function readBack(swi: number, r0: number, block: number, failed: boolean): number | undefined {
  const b = armProgram();
  b.label('code');
  b.instruction(insn('mov', [reg(4), imm(7)]), 'MOV r4, #7');
  b.instruction(insn('str', [reg(4), mem(1, 0)]), 'STR r4, [r1]');
  b.instruction(insn('swi', [imm(X | swi)]), `SWI X${NAMES[swi] ?? ''}`);
  b.instruction(insn('ldr', [reg(5), mem(1, 0)]), 'LDR r5, [r1]');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const result = runRiscOsScenario(b.build(), 'code', {
    registers: { 0: r0, 1: block, 2: 1, 3: 64 }, moduleCode: false, inputs: new Map([[`swi.failed.X${NAMES[swi] ?? ''}#0`, failed ? 1n : 0n]]),
  });
  const r5 = result.end?.state.cpu.regs[5];
  assert.ok(r5, `${NAMES[swi] ?? ''} ${r0} returns`);
  const c = constValue(r5);
  return c === undefined ? undefined : Number(c);
}

test('OS_Heap 2, which writes the heap in R1, may have written it before an error too: a word of the heap read back is unknown on failure as on success; a block OS_Memory 0 would convert stays as it was on failure (all or nothing)', () => {
  for (const failed of [false, true]) assert.equal(readBack(OS_HEAP, 2, 0x9000, failed), undefined, `OS_Heap 2, failed ${String(failed)}`);
  // OS_Memory 0 asking for the PPN (bit 8) of R2 entries at R1, given their logical addresses (bit 9): an error converts none.
  assert.equal(readBack(OS_MEMORY, (1 << 9) | (1 << 8), 0x9000, true), 7);
});

/**
 * Module code that keeps area flags in its workspace (bit 8, NeedsSpecificPages, at `ws+4`), reads
 * them back from `ws+offset` and creates an area with them and no handler: PW313 when the flags read
 * back. `ws` is the private word's workspace, or a block `claim` claims (R1 the heap for OS_Heap),
 * stored in the private word and loaded from it again.
 */
function flagsInWorkspace(offset: number, claim?: readonly [swi: number, reason: number]) {
  const b = armProgram();
  b.label('init');
  for (const i of entry([1, 2, 3, 4, 5, 6, 7, 8])) b.instruction(i, 'Init Entry "r1-r8"');
  if (claim) {
    const [swi, reason] = claim;
    b.instruction(insn('mov', [reg(0), imm(reason)]), `MOV r0, #${reason}`);
    if (swi === OS_HEAP) b.instruction(insn('ldr', [reg(1), mem(12, 0)]), 'LDR r1, [r12]');
    b.instruction(insn('mov', [reg(3), imm(16)]), 'MOV r3, #16');
    b.instruction(insn('swi', [imm(X | swi)]), `SWI X${NAMES[swi] ?? ''}`);
    for (const i of exit([1, 2, 3, 4, 5, 6, 7, 8], 'vs')) b.instruction(i, 'EXIT VS');
    b.instruction(insn('str', [reg(2), mem(12, 0)]), 'STR r2, [r12]');
  }
  b.instruction(insn('ldr', [reg(12), mem(12, 0)]), 'LDR r12, [r12]');
  b.instruction(insn('mov', [reg(4), imm(0x100)]), 'MOV r4, #1 :SHL: 8');
  b.instruction(insn('str', [reg(4), mem(12, 4)]), 'STR r4, [r12, #4]');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  b.instruction(insn('mvn', [reg(1), imm(0)]), 'MOV r1, #-1');
  b.instruction(insn('mov', [reg(2), imm(0)]), 'MOV r2, #0');
  b.instruction(insn('mvn', [reg(3), imm(0)]), 'MOV r3, #-1');
  b.instruction(insn('ldr', [reg(4), mem(12, offset)]), `LDR r4, [r12, #${offset}]`);
  b.instruction(insn('mov', [reg(5), imm(0x400000)]), 'MOV r5, #4*1024*1024');
  for (const r of [6, 7, 8]) b.instruction(insn('mov', [reg(r), imm(0)]), `MOV r${r}, #0`);
  b.instruction(insn('swi', [imm(X | OS_DYNAMIC_AREA)]), 'SWI XOS_DynamicArea');
  for (const i of exit([1, 2, 3, 4, 5, 6, 7, 8])) b.instruction(i, 'EXIT');
  return analyseRiscOsCode(b.build(), 'init').map((f) => f.code);
}

test('a block OS_Module 6 or OS_Heap 2 or 7 claims is word-aligned: flags stored in it through the private word read back (PW313); read one byte on they rotate', () => {
  assert.deepEqual(flagsInWorkspace(4), ['PW313'], 'the private word\'s workspace');
  for (const claim of [[OS_MODULE, 6], [OS_HEAP, 2], [OS_HEAP, 7]] as const) {
    const label = `${NAMES[claim[0]] ?? ''} ${claim[1]}`;
    assert.deepEqual(flagsInWorkspace(4, claim), ['PW313'], label);
    // ARM's LDR rotates an unaligned word: bit 8 comes back as bit 0, and the area needs no handler.
    assert.deepEqual(flagsInWorkspace(5, claim), [], `${label}, one byte on`);
  }
  // GetSkewAligned aligns the block from R5, which need not be word-aligned: the flags read back are not known.
  assert.deepEqual(flagsInWorkspace(4, [OS_HEAP, 8]), [], 'OS_Heap 8');
});

test('MessageTrans_ErrorLookup writes the error it builds into the buffer in R2, as far as the size in R3: a word the caller kept there is not known after it, a word past the buffer is; R0 is the error, V set', () => {
  const MESSAGE_TRANS_ERROR_LOOKUP = 0x41506;
  const b = armProgram();
  b.label('code');
  b.instruction(insn('mov', [reg(4), imm(7)]), 'MOV r4, #7');
  for (const at of [0, 4, 8]) b.instruction(insn('str', [reg(4), mem(2, at)]), `STR r4, [r2, #${at}]`);
  b.instruction(insn('swi', [imm(X | MESSAGE_TRANS_ERROR_LOOKUP)]), 'SWI XMessageTrans_ErrorLookup');
  for (const [r, at] of [[5, 0], [6, 4], [7, 8]] as const) b.instruction(insn('ldr', [reg(r), mem(2, at)]), `LDR r${r}, [r2, #${at}]`);
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const program = b.build();
  // 6 bytes: the second word in part.
  const run = (buffer: number) => {
    const state = runRiscOsScenario(program, 'code', { registers: { 0: 0x8000, 1: 0, 2: buffer, 3: 6 }, moduleCode: false }).end?.state;
    assert.ok(state);
    const value = (r: number) => { const v = state.cpu.regs[r]; const c = v && constValue(v); return c === undefined ? undefined : Number(c); };
    return { v: Number(constValue(state.cpu.v)), r0: value(0), words: [5, 6, 7].map(value) };
  };
  const given = run(0x9000);
  assert.deepEqual(given.words, [undefined, undefined, 7]);
  assert.equal(given.v, 1);
  assert.notEqual(given.r0, 0x8000, 'R0 is the error built, not the token');
  // R2 = 0: MessageTrans's own buffer, none of the caller's words (the ones at address 0 here) written.
  assert.deepEqual(run(0).words, [7, 7, 7]);
});

/** Runs `claims` (at most 4, each `[swi, r0, size]`, R1 = 0x9000 for a heap) one after another, the k-th block copied to R7+k: the blocks, and R6 the word read back through the last. */
function claimsInRun(claims: readonly (readonly [number, number, number])[], inputs: ReadonlyMap<string, bigint> = new Map()) {
  const b = armProgram();
  b.label('code');
  b.instruction(insn('mov', [reg(1), imm(0x9000)]), 'MOV r1, #&9000');
  for (const [k, [swi, r0, size]] of claims.entries()) {
    b.instruction(insn('mov', [reg(0), imm(r0)]), `MOV r0, #${r0}`);
    b.instruction(insn('mov', [reg(3), imm(size)]), `MOV r3, #${size}`);
    b.instruction(insn('swi', [imm(X | swi)]), `SWI X${NAMES[swi] ?? ''}`);
    b.instruction(insn('mov', [reg(7 + k), reg(2)]), `MOV r${7 + k}, r2`);
  }
  b.instruction(insn('mov', [reg(4), imm(7)]), 'MOV r4, #7');
  b.instruction(insn('str', [reg(4), mem(2, 8)]), 'STR r4, [r2, #8]');
  b.instruction(insn('ldr', [reg(6), mem(2, 8)]), 'LDR r6, [r2, #8]');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const result = runRiscOsScenario(b.build(), 'code', { moduleCode: false, inputs });
  const state = result.end?.state;
  assert.ok(state);
  const blocks = claims.map((_, k) => constValue(state.cpu.regs[7 + k] ?? bv(0)));
  return { blocks, r6: constValue(state.cpu.regs[6] ?? bv(0)), trace: result.trace };
}

test('a run\'s OS_Module 6 and OS_Heap 2 hand out real blocks: word-aligned, one after another, the heap\'s inside the heap in R1, and a store through one shows its address', () => {
  const { blocks, r6, trace } = claimsInRun([[OS_MODULE, 6, 64], [OS_MODULE, 6, 8], [OS_HEAP, 2, 16], [OS_HEAP, 2, 16]]);
  const [first, second, inHeap, next] = blocks.map((block) => {
    assert.ok(block !== undefined && (block & 3n) === 0n, String(blocks));
    return block;
  });
  assert.ok(first !== undefined && second !== undefined && inHeap !== undefined && next !== undefined);
  assert.ok(second >= first + 64n, 'the second RMA block lies past the first');
  assert.ok(inHeap > 0x9000n && next >= inHeap + 16n, 'the heap\'s blocks lie in it, one past the other');
  assert.equal(r6, 7n);
  const store = trace.find((s) => s.text === 'STR r4, [r2, #8]');
  assert.equal(constValue(store?.writes[0]?.address ?? bv(0)), next + 8n);
});

test('a run given the claimed block\'s symbol (a replayed witness) has that block; a claim of a size the run does not know keeps its symbol', () => {
  const given = claimsInRun([[OS_MODULE, 6, 64]], new Map([['swi.result.XOS_Module.out.r2#0', 0x2000n]]));
  assert.deepEqual(given.blocks, [0x2000n]);
  // R3 read from memory no one wrote: a size the run does not know.
  const b = armProgram();
  b.label('code');
  b.instruction(insn('mov', [reg(0), imm(6)]), 'MOV r0, #6');
  b.instruction(insn('ldr', [reg(3), mem(1, 0)]), 'LDR r3, [r1]');
  b.instruction(insn('swi', [imm(X | OS_MODULE)]), 'SWI XOS_Module');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const unknown = runRiscOsScenario(b.build(), 'code', { moduleCode: false, registers: { 1: 0x9000 } }).end?.state.cpu.regs[2];
  assert.equal(unknown?.kind, 'sym');
});
