// Contract tests of what OS_Memory 0 and OS_DynamicArea 25 write into the
// caller's block when the kernel model cannot work the values out (spec
// B.7, B.4): a block at an address it cannot place, a given field or a
// count that is not a constant. The words the call fills still change, to
// fresh unknown values, one per word and call, numbered along the path as
// the SWI's other outcomes are; the words it does not fill keep what they
// held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { add, bv, constValue } from '../src/values/expr.js';
import { symbolsOf } from '../src/values/key.js';
import { knownBits } from '../src/values/known-bits.js';
import type { Expr } from '../src/values/expr.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const X = 0x20000;
const OS_MEMORY = 0x68, OS_DYNAMIC_AREA = 0x66;
const LA_GIVEN = 1 << 9, PPN_GIVEN = 1 << 8, FILL_PPN = 1 << 11, FILL_PA = 1 << 13;
/** Memory the program's image does not cover: a word loaded from it is an unknown value. */
const NOWHERE = 0x5000000;

const mov = (b: B, r: number, v: number) => b.instruction(insn('mov', [reg(r), imm(v)]), `MOV r${r}, #${v}`);
const swi = (b: B, n: number, name: string) => b.instruction(insn('swi', [imm(X | n)]), `SWI X${name}`);
const ldr = (b: B, r: number, base: number, offset: number) => b.instruction(insn('ldr', [reg(r), mem(base, offset)]), `LDR r${r}, [r${base}, #${offset}]`);
const str = (b: B, r: number, base: number, offset: number) => b.instruction(insn('str', [reg(r), mem(base, offset)]), `STR r${r}, [r${base}, #${offset}]`);

/** Runs `body` from `code` with R11 at memory nothing wrote, the SWIs succeeding; the words at R1 (as it ends) + each offset. */
function words(body: (b: B) => void, offsets: readonly number[], registers: Readonly<Record<number, number>> = {}): Expr[] {
  const b = armProgram();
  b.label('code');
  body(b);
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  b.label('blk').words(...Array.from({ length: 8 }, (_, i) => 0x1000 + i));
  const result = runRiscOsScenario(b.build(), 'code', { registers: { 11: NOWHERE, ...registers }, moduleCode: false });
  const state = result.end?.state;
  assert.ok(state, 'the code returns');
  assert.deepEqual(result.findings, []);
  const memory = state.cpu.memory.clone();
  const r1 = state.cpu.regs[1] as Expr;
  return offsets.map((o) => memory.load(add(r1, bv(o)), 4));
}

/** R1 = a word-aligned address loaded from memory nothing wrote (an ARM store drops an address's low bits). */
const unknownBlock = (b: B, r = 1) => {
  ldr(b, r, 11, 0);
  b.instruction(insn('bic', [reg(r), reg(r), imm(3)]), `BIC r${r}, r${r}, #3`);
};

/** The one input `e` is made of; an OS_Memory 0 page number's is 20 bits, all a 32-bit physical address leaves it. */
const name = (e: Expr | undefined): string | undefined => {
  const names = e ? [...symbolsOf(e).keys()] : [];
  if (names.length !== 1 || !e) return undefined;
  if (/Memory\.ppn#/.test(names[0] as string)) assert.equal(knownBits(e).zeros >> 20n, 0xfffn, 'the top 12 bits of a page number are 0');
  return names[0];
};

test('OS_Memory 0 on a block at an unknown address fills the words its flags ask for with fresh unknowns, one per word and call; the given words stay', () => {
  const [ppn0, la0, pa0, ppn1, la1, pa1, past] = words((b) => {
    unknownBlock(b);
    ldr(b, 3, 11, 4);
    str(b, 3, 1, 4);
    str(b, 3, 1, 16);
    mov(b, 2, 2);
    mov(b, 0, LA_GIVEN | FILL_PPN | FILL_PA);
    swi(b, OS_MEMORY, 'OS_Memory');
    swi(b, OS_MEMORY, 'OS_Memory');
  }, [0, 4, 8, 12, 16, 20, 24]);
  // The second call's words, numbered after the first's.
  assert.deepEqual([ppn0, pa0, ppn1, pa1].map(name), [
    'swi.result.XOS_Memory.ppn#2', 'swi.result.XOS_Memory.pa#2', 'swi.result.XOS_Memory.ppn#3', 'swi.result.XOS_Memory.pa#3',
  ]);
  assert.equal(la0, la1, 'the logical addresses given stay');
  assert.match(name(la0) ?? '', /^mem/);
  assert.match(name(past) ?? '', /^mem/, 'nothing past entry R2-1 is written');
});

test('OS_Memory 0 on a block at a known address whose given field is not known fills its words with fresh unknowns; one whose fields are known is worked out', () => {
  const [ppn, la] = words((b) => {
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    ldr(b, 3, 11, 0);
    str(b, 3, 1, 4);
    mov(b, 2, 1);
    mov(b, 0, LA_GIVEN | FILL_PPN);
    swi(b, OS_MEMORY, 'OS_Memory');
  }, [0, 4]);
  assert.equal(name(ppn), 'swi.result.XOS_Memory.ppn#0');
  assert.match(name(la) ?? '', /^mem/);
  const [known] = words((b) => {
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    mov(b, 3, 5);
    str(b, 3, 1, 0);
    mov(b, 2, 1);
    mov(b, 0, PPN_GIVEN | (1 << 12));
    swi(b, OS_MEMORY, 'OS_Memory');
  }, [4]);
  assert.notEqual(constValue(known as Expr), undefined, 'a page number the kernel model has: its address');
});

test('OS_Memory 0 with a count that is not known may have written each entry it can reach; its flags refused, it writes nothing', () => {
  const [first] = words((b) => {
    unknownBlock(b);
    mov(b, 3, 7);
    str(b, 3, 1, 0);
    ldr(b, 2, 11, 4);
    b.instruction(insn('cmp', [reg(2), imm(4)]), 'CMP r2, #4');
    b.instruction(cond('hi', insn('mov', [reg(2), imm(4)])), 'MOVHI r2, #4');
    mov(b, 0, LA_GIVEN | FILL_PPN);
    swi(b, OS_MEMORY, 'OS_Memory');
  }, [0]);
  assert.equal(constValue(first as Expr), undefined, 'entry 0\'s page number may have changed');
  const [kept] = words((b) => {
    unknownBlock(b);
    mov(b, 2, 1);
    mov(b, 0, LA_GIVEN | PPN_GIVEN | FILL_PA);
    swi(b, OS_MEMORY, 'OS_Memory');
  }, [8]);
  assert.match(name(kept) ?? '', /^mem/, 'two fields given: "bad parameters", nothing written');
});

test('OS_DynamicArea 25 on a list at an unknown address fills every word of R3 entries with fresh unknowns', () => {
  const got = words((b) => {
    unknownBlock(b, 2);
    mov(b, 0, 25);
    mov(b, 1, 300);
    mov(b, 3, 1);
    swi(b, OS_DYNAMIC_AREA, 'OS_DynamicArea');
    b.instruction(insn('mov', [reg(1), reg(2)]), 'MOV r1, r2');
  }, [0, 4, 8, 12, 16]);
  assert.deepEqual(got.map(name).slice(0, 4), ['index', 'ppn', 'page', 'flags'].map((w) => `swi.result.XOS_DynamicArea.${w}#0`));
  assert.match(name(got[4]) ?? '', /^mem/);
});

test('OS_Memory 0 on a block at a known address with a count nothing limits may have written each of its entries: the image\'s words no longer read', () => {
  const [first, second] = words((b) => {
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    ldr(b, 2, 11, 4);
    mov(b, 0, LA_GIVEN | FILL_PPN);
    swi(b, OS_MEMORY, 'OS_Memory');
  }, [0, 12]);
  assert.equal(constValue(first as Expr), undefined, 'entry 0\'s page number may have changed');
  assert.equal(constValue(second as Expr), undefined, 'entry 1\'s too');
});

test('a store at a known table plus an offset nothing limits may have written any word of the table; one through a pointer leaves it', () => {
  const [scaled] = words((b) => {
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    ldr(b, 2, 11, 4);
    mov(b, 3, 7);
    b.instruction(insn('str', [reg(3), mem(1, { reg: 2, shift: { type: 'lsl', amount: 2 } })]), 'STR r3, [r1, r2, LSL #2]');
  }, [0]);
  assert.equal(constValue(scaled as Expr), undefined, 'scaled index');
  const [plain] = words((b) => {
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    ldr(b, 2, 11, 4);
    mov(b, 3, 7);
    b.instruction(insn('str', [reg(3), mem(1, { reg: 2 })]), 'STR r3, [r1, r2]');
  }, [4]);
  assert.equal(constValue(plain as Expr), undefined, 'register offset');
  const [kept] = words((b) => {
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    ldr(b, 4, 11, 4);
    mov(b, 3, 7);
    str(b, 3, 4, 8);
  }, [8]);
  assert.equal(constValue(kept as Expr), 0x1002n, 'a pointer plus a small offset is another object');
});

// SWIs that fill a block no register table describes: spec B.2.4 and
// B.2.1 name OS_Memory 7, 19 and 64 and OS_DynamicArea 6, 7 and 28, and
// B.2.6 gives OS_Memory 64's 20-byte entries, but not the register each is
// given its block in, how many entries it fills or which of their words.
// Any word an entry register points into may have changed: a load after
// the call reads the old word or a fresh unknown, never the old word alone.

/** The SWIs, each with the registers that select it. */
const UNCHARTED_FILLS: readonly { readonly title: string; readonly swi: number; readonly name: string; readonly reason?: number }[] = [
  { title: 'OS_Memory 7', swi: OS_MEMORY, name: 'OS_Memory', reason: 7 },
  { title: 'OS_Memory 19', swi: OS_MEMORY, name: 'OS_Memory', reason: 19 },
  { title: 'OS_Memory 64', swi: OS_MEMORY, name: 'OS_Memory', reason: 64 },
  { title: 'OS_DynamicArea 6', swi: OS_DYNAMIC_AREA, name: 'OS_DynamicArea', reason: 6 },
  { title: 'OS_DynamicArea 7', swi: OS_DYNAMIC_AREA, name: 'OS_DynamicArea', reason: 7 },
  { title: 'OS_DynamicArea 28', swi: OS_DYNAMIC_AREA, name: 'OS_DynamicArea', reason: 28 },
  { title: 'OS_ReadMemMapEntries', swi: 0x52, name: 'OS_ReadMemMapEntries' },
  { title: 'OS_FindMemMapEntries', swi: 0x60, name: 'OS_FindMemMapEntries' },
];

/** Each SWI with its block in `at` (R0 too where no reason is in it), the block's pointer kept in R10 and given back in R1. */
function unchartedCall(b: B, fill: typeof UNCHARTED_FILLS[number], at: number, block: (b: B, r: number) => void): void {
  block(b, at);
  b.instruction(insn('mov', [reg(10), reg(at)]), `MOV r10, r${at}`);
  if (fill.reason !== undefined) mov(b, 0, fill.reason);
  mov(b, 2, 1);
  swi(b, fill.swi, fill.name);
  b.instruction(insn('mov', [reg(1), reg(10)]), 'MOV r1, r10');
}

const adr = (b: B, r: number) => b.instruction(insn('adr', [reg(r), target('blk')]), `ADR r${r}, blk`);

for (const fill of UNCHARTED_FILLS) {
  const at = fill.reason === undefined ? 0 : 1;
  test(`${fill.title} may have written any word of the block its register points into: a load after it is not the word before it`, () => {
    const image = words((b) => unchartedCall(b, fill, at, adr), [0, 4, 16, 28]);
    image.forEach((w, i) => assert.equal(constValue(w as Expr), undefined, `word ${i} of a block in the image`));
    assert.ok(image.every((w) => [...symbolsOf(w as Expr).keys()].some((n) => n.startsWith(`swi.result.X${fill.name}.word#`))), 'a value the call wrote');
    const [stored] = words((b) => unchartedCall(b, fill, at, (b2, r) => {
      adr(b2, r);
      mov(b2, 3, 7);
      str(b2, 3, r, 8);
    }), [8]);
    assert.equal(constValue(stored as Expr), undefined, 'a word the code stored before the call');
    const [pointed] = words((b) => unchartedCall(b, fill, at, (b2, r) => {
      unknownBlock(b2, r);
      mov(b2, 3, 7);
      str(b2, 3, r, 8);
    }), [8]);
    assert.match(name(pointed) ?? '', /^mem/, 'a word the code stored at a pointer the model knows nothing of reads as an input of its own');
  });
}

test('OS_Memory 64 leaves a word no entry register points into as it was; an unknown reason of OS_Memory may be 64', () => {
  const [kept] = words((b) => {
    unknownBlock(b, 12);
    mov(b, 3, 7);
    str(b, 3, 12, 0);
    adr(b, 1);
    mov(b, 0, 64);
    swi(b, OS_MEMORY, 'OS_Memory');
    b.instruction(insn('mov', [reg(1), reg(12)]), 'MOV r1, r12');
  }, [0]);
  assert.equal(constValue(kept as Expr), 7n, 'R12 is no entry register of the call');
  const [unknownReason] = words((b) => {
    adr(b, 1);
    b.instruction(insn('mov', [reg(10), reg(1)]), 'MOV r10, r1');
    ldr(b, 0, 11, 0);
    swi(b, OS_MEMORY, 'OS_Memory');
    b.instruction(insn('mov', [reg(1), reg(10)]), 'MOV r1, r10');
  }, [0]);
  assert.equal(constValue(unknownReason as Expr), undefined);
});

test('OS_Memory 7, 19 and 64, OS_DynamicArea 6, 7 and 28 and an OS_Memory reason not known return R1-R9 unknown; OS_ReadMemMapEntries and OS_FindMemMapEntries, whose registers no table gives, keep theirs', () => {
  for (const fill of UNCHARTED_FILLS) {
    const b = armProgram();
    b.label('code');
    if (fill.reason !== undefined) mov(b, 0, fill.reason);
    for (let r = 1; r <= 9; r++) mov(b, r, r);
    swi(b, fill.swi, fill.name);
    b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
    const run = runRiscOsScenario(b.build(), 'code', { moduleCode: false, inputs: new Map([[`swi.failed.X${fill.name}#0`, 0n]]) });
    const regs = run.end?.state.cpu.regs ?? [];
    const known = Array.from({ length: 9 }, (_, i) => constValue(regs[i + 1] as Expr));
    assert.deepEqual(known, fill.reason === undefined ? [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n] : Array(9).fill(undefined), fill.title);
  }
  const b = armProgram();
  b.label('code');
  ldr(b, 0, 11, 0);
  for (let r = 1; r <= 9; r++) mov(b, r, r);
  swi(b, OS_MEMORY, 'OS_Memory');
  b.instruction(insn('mov', [reg(15), reg(14)]), 'MOV pc, lr');
  const run = runRiscOsScenario(b.build(), 'code', { registers: { 11: NOWHERE }, moduleCode: false, inputs: new Map([['swi.failed.XOS_Memory#0', 0n]]) });
  const regs = run.end?.state.cpu.regs ?? [];
  assert.deepEqual(Array.from({ length: 9 }, (_, i) => constValue(regs[i + 1] as Expr)), Array(9).fill(undefined), 'a reason not known may be any of them');
});
