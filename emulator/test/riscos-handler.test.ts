// Handler contract checks on the misuse patterns of spec B.8 (built as the
// lowering would build them from ObjAsm) and their corrected versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../src/checks/finding.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import type { Program } from '../src/ir/program.js';
import { analyseRiscOsCode, analyseSwiHandler } from '../src/models/riscos/analyse-code.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import type { HandlerAnalysisOptions } from '../src/models/riscos/analyse-handler.js';
import { clrv, entry, exit, pull, push, setv } from '../src/models/riscos/macros.js';
import type { StepObserver } from '../src/explore/register-facts.js';
import { constValue, sym, type Expr } from '../src/values/expr.js';
import { formatExpr } from '../src/values/format.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const ret = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
const all = (b: B, is: ArmInstruction[], text: string) => { for (const i of is) b.instruction(i, text); return b; };

function analyse(build: (b: B) => void, options: HandlerAnalysisOptions, label = 'H'): readonly Finding[] {
  const b = armProgram();
  b.label(label);
  build(b);
  return analyseDynamicAreaHandler(b.build(), label, options).findings;
}

/** The line of the first instruction whose text is `text` (builder lines count labels too). */
function lineOf(build: (b: B) => void, text: string): number {
  const b = armProgram();
  b.label('H');
  build(b);
  const item = b.build().items.find((i) => i.text === text);
  assert.ok(item, `no line ${text}`);
  return item.source.range.start.line;
}

const codes = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.code))].sort();
const only = (fs: readonly Finding[], code: string) => fs.filter((f) => f.code === code);

// ---- R1 / PW307 ----------------------------------------------------------

const r1Bad = (b: B) => { b.instruction(insn('ldr', [reg(6), mem(1, 0)]), 'LDR r6, [r1]'); ret(b); };
const r1Good = (b: B) => {
  b.instruction(insn('teq', [reg(1), imm(0)]), 'TEQ r1, #0');
  b.instruction(cond('eq', insn('b', [target('ten')])), 'BEQ %FT10');
  b.instruction(insn('ldr', [reg(6), mem(1, 0)]), 'LDR r6, [r1]');
  b.label('ten');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('R1: PreGrow of a non-bit-8 area reading through R1 is PW307 at the load', () => {
  const fs = analyse(r1Bad, { reasons: [0], needsSpecificPages: false });
  const f = only(fs, 'PW307');
  assert.equal(f.length, 1);
  assert.equal(f[0]?.range.start.line, lineOf(r1Bad, 'LDR r6, [r1]'));
});

test('R1 fixed: testing R1 for 0 first is clean', () => {
  assert.deepEqual(codes(analyse(r1Good, { reasons: [0, 1], needsSpecificPages: false })), []);
});

test('R1 fixed with a conditional load: LDRNE after TEQ r1, #0 never runs with R1 = 0, so no PW307', () => {
  const guarded = (b: B) => {
    b.instruction(insn('teq', [reg(1), imm(0)]), 'TEQ r1, #0');
    b.instruction(cond('ne', insn('ldr', [reg(6), mem(1, 0)])), 'LDRNE r6, [r1]');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(only(analyse(guarded, { reasons: [0, 1], needsSpecificPages: false }), 'PW307'), []);
});

// ---- R2 / PW304 ----------------------------------------------------------

const fill = (b: B) => {
  b.label('fill_block');
  b.instruction(insn('mov', [reg(2), imm(0)]), 'MOV r2, #0');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  ret(b);
};
const r2Bad = (b: B) => {
  all(b, push([LR]), 'STMFD sp!, {lr}');
  b.instruction(insn('mov', [reg(1), imm(0)]), 'MOV r1, #0');
  b.instruction(insn('bl', [target('fill_block')]), 'BL fill_block');
  all(b, pull([LR]), 'LDMFD sp!, {lr}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
  fill(b);
};
const r2Good = (b: B) => {
  all(b, push([1, 2, 3, LR]), 'STMFD sp!, {r1-r3, lr}');
  b.instruction(insn('mov', [reg(1), imm(0)]), 'MOV r1, #0');
  b.instruction(insn('bl', [target('fill_block')]), 'BL fill_block');
  all(b, pull([1, 2, 3, LR]), 'LDMFD sp!, {r1-r3, lr}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
  fill(b);
};

test('R2: corrupting R1-R3 is PW304 per register at the return, with the overwrite as a note', () => {
  const fs = only(analyse(r2Bad, { reasons: [0], needsSpecificPages: true }), 'PW304');
  const messages = fs.map((f) => f.message).join('\n');
  for (const r of ['R1', 'R2', 'R3']) assert.match(messages, new RegExp(`with ${r} changed`));
  const r1 = fs.find((f) => /R1 changed/.test(f.message));
  assert.equal(r1?.range.start.line, lineOf(r2Bad, 'MOV pc, lr'));
  assert.ok(r1?.notes.some((n) => n.message === 'R1 overwritten here' && n.range.start.line === lineOf(r2Bad, 'MOV r1, #0')));
  assert.match(r1?.message ?? '', /reuses it/);
});

test('R2: a fill loop that counts R2 down itself is PW304 for R2, with the SUBS in the loop as the overwrite note; counting a copy is clean', () => {
  /** `STR r6, [r7], #12` R2 times, counted in R2 itself or in R8. */
  const countDown = (counter: 2 | 8) => (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
    b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
    b.label('loop');
    b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(counter), reg(counter), imm(1)], { setFlags: true }), 'SUBS counter, counter, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = analyse(countDown(2), { reasons: [0], needsSpecificPages: true });
  assert.deepEqual(fs.map((f) => [f.code, f.message, f.notes.map((n) => [n.message, n.range.start.line])]), [
    ['PW304', 'PreGrow returns with R2 changed; the kernel expects it preserved', [['R2 overwritten here', lineOf(countDown(2), 'SUBS counter, counter, #1')]]],
  ]);
  assert.deepEqual(codes(analyse(countDown(8), { reasons: [0], needsSpecificPages: true })), []);
});

test('R2 fixed: saving and restoring around the call is clean', () => {
  assert.deepEqual(codes(analyse(r2Good, { reasons: [0, 1, 2, 3, 4], needsSpecificPages: false })), []);
});

test('R2: R0 left as an X SWI\'s error pointer is PW304 with a note that the path assumes the SWI\'s error return; saving R0 is clean', () => {
  /** A debug `SWI XOS_WriteC` in a PostGrow, with R0 saved around it or not. */
  const trace = (saved: number[]) => (b: B) => {
    all(b, push([...saved, LR]), 'STMFD sp!, {saved, lr}');
    b.instruction(insn('swi', [imm(0x20000)]), 'SWI XOS_WriteC');
    all(b, pull([...saved, LR]), 'LDMFD sp!, {saved, lr}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = analyse(trace([]), { reasons: [1], needsSpecificPages: false });
  const swi = lineOf(trace([]), 'SWI XOS_WriteC');
  assert.deepEqual(fs.map((f) => [f.code, f.message, f.notes.map((n) => [n.message, n.range.start.line])]), [
    ['PW304', 'PostGrow returns with R0 changed; the kernel expects it preserved', [['assuming XOS_WriteC returns an error (V set, R0 -> error block)', swi], ['R0 overwritten here', swi]]],
  ]);
  assert.deepEqual(codes(analyse(trace([0]), { reasons: [1], needsSpecificPages: false })), []);
});

/** A SWI in a handler with R0 and LR saved around it, and V cleared after it (`cleared`) or left as the SWI returned it. */
const callsSwi = (text: string, number: number, cleared: boolean) => (b: B) => {
  all(b, push([0, LR]), 'STMFD sp!, {r0, lr}');
  b.instruction(insn('swi', [imm(number)]), text);
  all(b, pull([0, LR]), 'LDMFD sp!, {r0, lr}');
  if (cleared) all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('PW305 that rests on an X SWI\'s error return notes it at the SWI, as PW304 does for R0; V cleared after the SWI is clean', () => {
  const notes = (f: Finding) => [f.code, f.message, f.notes.map((n) => [n.message, n.range.start.line])];
  const writeC = callsSwi('SWI XOS_WriteC', 0x20000, false);
  const assuming = ['assuming XOS_WriteC returns an error (V set, R0 -> error block)', lineOf(writeC, 'SWI XOS_WriteC')];
  assert.deepEqual(analyse(writeC, { reasons: [1], needsSpecificPages: false }).map(notes), [
    ['PW305', 'PostGrow returns V set, but the kernel ignores errors from PostGrow: the refusal has no effect', [assuming]],
  ]);
  // Every finding on the error return: R0 pulled back is no error block, and R3 is not 0.
  assert.deepEqual(analyse(writeC, { reasons: [2] }).map(notes), [
    ['PW305', 'PreShrink returns V set with R0 = 2, which is not an error block (word number, then a zero-terminated string) nor 0', [assuming, ['R0 set here', lineOf(writeC, 'LDMFD sp!, {r0, lr}')]]],
    ['PW305', 'PreShrink returns an error with R3 not 0', [assuming]],
  ]);
  for (const reason of [1, 2]) assert.deepEqual(codes(analyse(callsSwi('SWI XOS_WriteC', 0x20000, true), { reasons: [reason], needsSpecificPages: false })), [], `reason ${reason}`);
  // A SWI that always fails sets V for certain: nothing is assumed.
  assert.deepEqual(analyse(callsSwi('SWI XOS_GenerateError', 0x2002b, false), { reasons: [1], needsSpecificPages: false }).map(notes), [
    ['PW305', 'PostGrow returns V set, but the kernel ignores errors from PostGrow: the refusal has no effect', []],
  ]);
});

test('R2: a SWI or BL without R14 saved, then MOV pc, lr, is one PW304 for R14, with the overwrite as a note', () => {
  for (const [text, call] of [['SWI XOS_WriteC', insn('swi', [imm(0x20000)])], ['BL fill_block', insn('bl', [target('fill_block')])]] as const) {
    const bad = (b: B) => {
      all(b, push([1, 2, 3]), 'STMFD sp!, {r1-r3}');
      b.instruction(call, text);
      all(b, pull([1, 2, 3]), 'LDMFD sp!, {r1-r3}');
      all(b, clrv('32'), 'CLRV');
      ret(b);
      fill(b);
    };
    const fs = analyse(bad, { reasons: [2], needsSpecificPages: false });
    assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [['PW304', lineOf(bad, 'MOV pc, lr')]], text);
    assert.match(fs[0]?.message ?? '', /^PreShrink returns through R14, which no longer holds the caller's return address: the return goes to H \+ \d+\. Save R14 before a SWI or BL/);
    assert.deepEqual(fs[0]?.notes.filter((n) => n.message === 'R14 overwritten here').map((n) => n.range.start.line), [lineOf(bad, text)], text);
  }
});

test('R2 fixed: R14 saved across the SWI and pulled into PC is clean', () => {
  const good = (b: B) => {
    all(b, push([0, 1, 2, 3, LR]), 'STMFD sp!, {r0-r3, lr}');
    b.instruction(insn('swi', [imm(0x20000)]), 'SWI XOS_WriteC');
    all(b, clrv('32'), 'CLRV');
    all(b, pull([0, 1, 2, 3, PC]), 'LDMFD sp!, {r0-r3, pc}');
  };
  assert.deepEqual(codes(analyse(good, { reasons: [2], needsSpecificPages: false })), []);
});

/** Rounds R3 down to a page: a routine called with its return address in LR. */
const roundDown = (b: B) => {
  b.label('round');
  b.instruction(insn('bic', [reg(3), reg(3), imm(0xfff)]), 'BIC r3, r3, #&FFF');
  ret(b);
};
const pullPc = (regs: number[]) => insn('ldm', [reg(13), { kind: 'reglist', regs: [...regs, PC], caret: false }], { blockMode: 'ia', writeback: true });

/** PreShrink calling `round` by a plain branch with LR set first, as code without BL calls. */
const callsWithoutBl = (call: 'adr' | 'mov') => (b: B) => {
  all(b, push([2, LR]), 'Push "r2, lr"');
  if (call === 'adr') {
    b.instruction(insn('adr', [reg(LR), target('back')]), 'ADR lr, back');
    b.instruction(insn('b', [target('round')]), 'B round');
  } else {
    b.instruction(insn('adr', [reg(2), target('round')]), 'ADR r2, round');
    b.instruction(insn('mov', [reg(LR), reg(PC)]), 'MOV lr, pc');
    b.instruction(insn('mov', [reg(PC), reg(2)]), 'MOV pc, r2');
  }
  b.label('back');
  all(b, clrv('32'), 'CLRV');
  b.instruction(pullPc([2]), 'Pull "r2, pc"');
  roundDown(b);
};

test('R2 fixed: ADR lr, back / B round and MOV lr, pc / MOV pc, r2 are calls: round\'s MOV pc, lr returns into the handler, which returns with its saved R14', () => {
  for (const call of ['adr', 'mov'] as const) {
    for (const mode of ['32', '26'] as const) assert.deepEqual(analyse(callsWithoutBl(call), { reasons: [2], mode }).map((f) => f.message), [], `${call} ${mode}`);
  }
});

test('R2: a call by ADR lr, back / B round without R14 saved is PW304 at the handler\'s MOV pc, lr, which goes to back', () => {
  const bad = (b: B) => {
    b.instruction(insn('adr', [reg(LR), target('back')]), 'ADR lr, back');
    b.instruction(insn('b', [target('round')]), 'B round');
    b.label('back');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    roundDown(b);
  };
  const fs = analyse(bad, { reasons: [2] });
  assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [['PW304', lineOf(bad, 'MOV pc, lr')]]);
  assert.match(fs[0]?.message ?? '', /^PreShrink returns through R14, which no longer holds the caller's return address/);
  assert.deepEqual(fs[0]?.notes.filter((n) => n.message === 'R14 overwritten here').map((n) => n.range.start.line), [lineOf(bad, 'ADR lr, back')]);
});

test('R2 fixed: LR holding a table\'s address is no return address: the branch after ADR lr, table is a plain branch', () => {
  const scratch = (b: B) => {
    all(b, push([6, LR]), 'Push "r6, lr"');
    b.instruction(insn('adr', [reg(LR), target('table')]), 'ADR lr, table');
    b.instruction(insn('ldr', [reg(6), mem(LR, 0)]), 'LDR r6, [lr]');
    b.instruction(insn('b', [target('common')]), 'B common');
    b.label('table');
    b.words(0);
    b.label('common');
    all(b, clrv('32'), 'CLRV');
    b.instruction(pullPc([6]), 'Pull "r6, pc"');
  };
  assert.deepEqual(analyse(scratch, { reasons: [2] }).map((f) => f.message), []);
});

/** PreShrink keeping the address of `other`, a routine of its own, with LR as a scratch register, then branching on to `common`. */
const keepsCodeAddressInLr = (common: (b: B) => void) => (b: B) => {
  all(b, push([6, LR]), 'Push "r6, lr"');
  b.instruction(insn('adr', [reg(LR), target('other')]), 'ADR lr, other');
  b.instruction(insn('str', [reg(LR), mem(12, 0)]), 'STR lr, [r12]');
  b.instruction(insn('b', [target('common')]), 'B common');
  b.label('other');
  b.instruction(insn('mov', [reg(6), imm(1)]), 'MOV r6, #1');
  ret(b);
  b.label('common');
  common(b);
};

test('R2 fixed: LR holding a routine\'s address as data (ADR lr, other / STR lr, [r12]) makes the branch after it no call once the code it goes to returns elsewhere: other never runs', () => {
  const pulls = keepsCodeAddressInLr((b) => {
    all(b, clrv('32'), 'CLRV');
    b.instruction(pullPc([6]), 'Pull "r6, pc"');
  });
  assert.deepEqual(analyse(pulls, { reasons: [2] }).map((f) => f.message), []);
});

test('R2: after LR held a routine\'s address as data, the handler\'s own return through an R14 a SWI overwrote is PW304 there, not in the routine', () => {
  const lost = keepsCodeAddressInLr((b) => {
    all(b, pull([6, LR]), 'Pull "r6, lr"');
    b.instruction(insn('swi', [imm(0x20000)]), 'SWI XOS_WriteC');
    all(b, clrv('32'), 'CLRV');
    b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr at the end');
  });
  const fs = analyse(lost, { reasons: [2] });
  assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [['PW304', lineOf(lost, 'MOV pc, lr at the end')]]);
  assert.deepEqual(fs[0]?.notes.filter((n) => n.message === 'R14 overwritten here').map((n) => n.range.start.line), [lineOf(lost, 'SWI XOS_WriteC')]);
});

test('R2 fixed: a routine called with LR set to the head of a loop of unknown length returns round the loop, which widens and ends', () => {
  const loop = (b: B) => {
    all(b, push([6, LR]), 'Push "r6, lr"');
    b.instruction(insn('ldr', [reg(6), mem(12, 0)]), 'LDR r6, [r12]');
    b.label('top');
    b.instruction(insn('sub', [reg(6), reg(6), imm(1)], { setFlags: true }), 'SUBS r6, r6, #1');
    b.instruction(cond('mi', insn('b', [target('done')])), 'BMI done');
    b.instruction(insn('adr', [reg(LR), target('top')]), 'ADR lr, top');
    b.instruction(insn('b', [target('round')]), 'B round');
    b.label('done');
    all(b, clrv('32'), 'CLRV');
    b.instruction(pullPc([6]), 'Pull "r6, pc"');
    roundDown(b);
  };
  assert.deepEqual(analyse(loop, { reasons: [2] }).map((f) => f.message), []);
});

test('R2: an LDM that pulls more than the STM pushed is one PW304, for SP, not one per register pulled', () => {
  const unbalanced = (b: B) => {
    all(b, push([5, 6, LR]), 'STMFD sp!, {r5-r6, lr}');
    b.instruction(insn('mov', [reg(5), imm(1)]), 'MOV r5, #1');
    all(b, pull([4, 5, 6, LR]), 'LDMFD sp!, {r4-r6, lr}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(only(analyse(unbalanced, { reasons: [1] }), 'PW304').map((f) => f.message), [
    'PostGrow returns with R13 changed; the kernel expects it preserved (it is 4 bytes above its value at entry)',
  ]);
  // With SP right, each register is its own finding as before.
  const balanced = (b: B) => {
    all(b, push([6, LR]), 'STMFD sp!, {r6, lr}');
    b.instruction(insn('mov', [reg(5), imm(1)]), 'MOV r5, #1');
    b.instruction(insn('mov', [reg(4), imm(1)]), 'MOV r4, #1');
    all(b, pull([6, LR]), 'LDMFD sp!, {r6, lr}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(only(analyse(balanced, { reasons: [1] }), 'PW304').map((f) => f.message).sort(), [
    'PostGrow returns with R4 changed; the kernel expects it preserved', 'PostGrow returns with R5 changed; the kernel expects it preserved',
  ]);
});

test('Entry/EXIT from the Hdr macros preserve what they list', () => {
  const h = (b: B) => {
    all(b, entry([1, 2]), 'Entry "r1-r2"');
    b.instruction(insn('mov', [reg(1), imm(7)]), 'MOV r1, #7');
    all(b, clrv('32'), 'CLRV');
    all(b, exit([1, 2]), 'EXIT');
  };
  assert.deepEqual(codes(analyse(h, { reasons: [1], needsSpecificPages: false })), []);
});

// ---- R3 / PW301, R4 / PW302 ----------------------------------------------

/** R6 = the first page number a fill loop writes. */
const firstPpn = (b: B) => b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
const fillLoop = (stride: number, first: (b: B) => void = firstPpn) => (b: B) => {
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  first(b);
  b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
  b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
  b.label('loop');
  b.instruction(insn('str', [reg(6), mem(7, stride, { pre: false })]), `STR r6, [r7], #${stride}`);
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
  b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE %BT10');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};
/** Runs `body` only when R2 = 1, so a handler naming one page names every page. */
const whenOnePage = (b: B, body: () => void) => {
  b.instruction(insn('cmp', [reg(2), imm(1)], { setFlags: true }), 'CMP r2, #1');
  b.instruction(cond('ne', insn('b', [target('several')])), 'BNE several');
  body();
  b.label('several');
};
const onlyEntry0 = (b: B) => {
  all(b, push([6]), 'STMFD sp!, {r6}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
  all(b, pull([6]), 'LDMFD sp!, {r6}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

const witnessOf = (f: Finding | undefined, name: string): bigint | undefined => {
  const w = f?.witness?.find((v) => v.name === name);
  return w && BigInt(w.value);
};

test('R3: a PreGrow that fills every entry with a 12-byte stride is clean for every R2', () => {
  assert.deepEqual(codes(analyse(fillLoop(12), { reasons: [0], needsSpecificPages: true })), []);
});

/** A fill loop of page numbers read from the workspace, past the unroll bound: widening loses the pointer. */
const fromWorkspace = (b: B, offset = 0) =>
  fillLoop(12, (c) => c.instruction(insn('ldr', [reg(6), mem(12, offset)]), `LDR r6, [r12, #${offset}]`))(b);

test('R3: a fill loop of page numbers read from the workspace is clean past the unroll bound, where widening loses the pointer', () => {
  assert.deepEqual(codes(analyse(fromWorkspace, { reasons: [0], needsSpecificPages: true })), []);
});

test('R3: the page-block checks at the return make no condition of entries a widened loop wrote', () => {
  // Every interned node takes the next id: a probe symbol's id counts the nodes made.
  let probes = 0;
  const nextId = (): number => { const p = sym(`return probe${probes++}`); return p.kind === 'sym' ? p.id : -1; };
  const b = armProgram();
  b.label('H');
  // Its own workspace word: the values of the other tests' runs, still interned, are not this one's.
  fromWorkspace(b, 0x40);
  let before: number | undefined;
  let made = 0;
  const observer: StepObserver = (item) => {
    if (before !== undefined) made += nextId() - before - 1;
    before = item.text === 'MOV pc, lr' ? nextId() : undefined;
  };
  const { findings } = analyseDynamicAreaHandler(b.build(), 'H', { reasons: [0], needsSpecificPages: true, observer });
  if (before !== undefined) made += nextId() - before - 1;
  assert.deepEqual(codes(findings), []);
  // The entries the loop may have written read a widened value: no finding
  // may rest on them, and a duplicate check of each pair of them made about
  // 360 nodes more than the ~940 the return makes without.
  assert.ok(made < 1150, `the return made ${made} nodes`);
});

/** A fill loop that gives up at any pass on a workspace word (its own per pass) not 0, returning an error with V set. */
const fillOrFail = (b: B) => {
  all(b, push([6, 7, 8, 9]), 'STMFD sp!, {r6-r9}');
  firstPpn(b);
  b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
  b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
  b.instruction(insn('add', [reg(9), reg(12), imm(0x100)]), 'ADD r9, r12, #&100');
  b.label('loop');
  b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
  b.instruction(insn('ldr', [reg(0), mem(9, 4, { pre: false })]), 'LDR r0, [r9], #4');
  b.instruction(insn('cmp', [reg(0), imm(0)], { setFlags: true }), 'CMP r0, #0');
  b.instruction(cond('ne', insn('b', [target('fail')])), 'BNE %FT90');
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
  b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE %BT10');
  all(b, pull([6, 7, 8, 9]), 'LDMFD sp!, {r6-r9}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
  b.label('fail');
  b.instruction(insn('adr', [reg(0), target('error')]), 'ADR r0, error');
  all(b, pull([6, 7, 8, 9]), 'LDMFD sp!, {r6-r9}');
  all(b, setv('32'), 'SETV');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr ; failed');
  b.label('error').words(0x81a701);
  b.string('Cannot convert');
  b.align(4);
};

test('R3: a return with V set on every way there reads nothing of the page block its paths\' joins made', () => {
  let probes = 0;
  const nextId = (): number => { const p = sym(`error return probe${probes++}`); return p.kind === 'sym' ? p.id : -1; };
  const b = armProgram();
  b.label('H');
  fillOrFail(b);
  let before: number | undefined;
  let made = 0;
  const observer: StepObserver = (item) => {
    if (before !== undefined) made += nextId() - before - 1;
    before = item.text === 'MOV pc, lr ; failed' ? nextId() : undefined;
  };
  const { findings } = analyseDynamicAreaHandler(b.build(), 'H', { reasons: [0], needsSpecificPages: true, observer });
  if (before !== undefined) made += nextId() - before - 1;
  assert.deepEqual(codes(findings), []);
  // The paths that gave up at each pass meet before the return, each entry a choice between the page a pass
  // stored and -1; every check of the block asks where V is clear, and reading its 63 words and asking of them
  // made about 7,200 nodes, where the return's other checks make about 950.
  assert.ok(made < 2000, `the return made ${made} nodes`);
});

test('R3: writing only entry 0 is PW301 at the return, with a witness R2 of 2 or more', () => {
  const fs = analyse(onlyEntry0, { reasons: [0], needsSpecificPages: true });
  assert.deepEqual(codes(fs), ['PW301']);
  assert.equal(fs.length, 1);
  assert.equal(fs[0]?.range.start.line, lineOf(onlyEntry0, 'MOV pc, lr'));
  assert.match(fs[0]?.message ?? '', /entry 1 still -1 while R2 may be 2 or more/);
  assert.ok((witnessOf(fs[0], 'entries') ?? 0n) >= 2n);
});

/** A PreGrow that names one page, in entry R2-1 found by multiplying: an index with too many values to split the page block on. */
const onlyLastEntry = (b: B) => {
  all(b, push([4, 5, 6]), 'STMFD sp!, {r4-r6}');
  b.instruction(insn('sub', [reg(4), reg(2), imm(1)]), 'SUB r4, r2, #1');
  b.instruction(insn('mov', [reg(5), imm(12)]), 'MOV r5, #12');
  b.instruction(insn('mul', [reg(4), reg(5), reg(4)]), 'MUL r4, r5, r4');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #100');
  b.instruction(insn('str', [reg(6), mem(1, { reg: 4 })]), 'STR r6, [r1, r4]');
  all(b, pull([4, 5, 6]), 'LDMFD sp!, {r4-r6}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('R3: writing only entry R2-1, at an offset R2 × 12 - 12 computed with MUL, is PW301 (entry 0 still -1 when R2 is 2 or more)', () => {
  const fs = only(analyse(onlyLastEntry, { reasons: [0], needsSpecificPages: true }), 'PW301');
  assert.equal(fs.length, 1);
  assert.match(fs[0]?.message ?? '', /entry 0 of the page block still -1 but entry 1 set/);
  assert.equal(fs[0]?.range.start.line, lineOf(onlyLastEntry, 'MOV pc, lr'));
});

test('R3: writing entry 0 only when R2 = 1 is clean', () => {
  const one = (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    whenOnePage(b, () => {
      b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
      b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
    });
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(codes(analyse(one, { reasons: [0], needsSpecificPages: true })), []);
});

test('R3: a loop that stops one entry short (R2-1 entries) is PW301', () => {
  const short = (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
    b.instruction(insn('sub', [reg(8), reg(2), imm(1)], { setFlags: true }), 'SUBS r8, r2, #1');
    b.instruction(cond('eq', insn('b', [target('done')])), 'BEQ done');
    b.label('loop');
    b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    b.label('done');
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = only(analyse(short, { reasons: [0], needsSpecificPages: true }), 'PW301');
  assert.equal(fs.length, 1);
  assert.ok((witnessOf(fs[0], 'entries') ?? 0n) >= 2n);
});

/** A fill loop of min(R2, cap) entries: short of R2 only when R2 > cap. */
const cappedFill = (cap: number) => (b: B) => {
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
  b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
  b.instruction(insn('cmp', [reg(8), imm(cap)], { setFlags: true }), `CMP r8, #${cap}`);
  b.instruction(cond('hi', insn('mov', [reg(8), imm(cap)])), `MOVHI r8, #${cap}`);
  b.label('loop');
  b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
  b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('R3: a fill loop that stops at 10 entries is PW301 with a witness R2 past the unroll bound of other loops (11 or more); stopping at 63 is clean', () => {
  const fs = only(analyse(cappedFill(10), { reasons: [0], needsSpecificPages: true }), 'PW301');
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
  assert.ok((witnessOf(fs[0], 'entries') ?? 0n) >= 11n);
  assert.deepEqual(codes(analyse(cappedFill(63), { reasons: [0], needsSpecificPages: true })), []);
});

/** PreGrow of `build` as the handler of an area of flag bit 8 and at most `maxSize` bytes. */
function analyseInArea(build: (b: B) => void, maxSize: bigint): readonly Finding[] {
  const b = armProgram();
  b.label('H');
  build(b);
  b.entry('H', 'H', { kind: 'da-handler', needsSpecificPages: true, maxSize });
  return analyseDynamicAreaHandler(b.build(), 'H', { reasons: [0] }).findings;
}

test('R3: the area\'s maximum size bounds R2: entry 0 alone is clean in an area of one page, a fill capped at 20 in one of 20 pages', () => {
  assert.deepEqual(codes(analyseInArea(onlyEntry0, 4096n)), []);
  // The kernel rounds the maximum up to a page multiple: 4097 bytes are two pages.
  const two = only(analyseInArea(onlyEntry0, 4097n), 'PW301');
  assert.deepEqual(two.map((f) => witnessOf(f, 'entries')), [2n]);
  assert.deepEqual(codes(analyseInArea(cappedFill(20), 20n * 4096n)), []);
  // Past the unroll bound, the full-block run asks for as many pages as the area can grow by in one go.
  const thirty = only(analyseInArea(cappedFill(20), 30n * 4096n), 'PW301');
  assert.deepEqual(thirty.map((f) => [witnessOf(f, 'entries'), /entry 20 still -1/.test(f.message)]), [[30n, true]]);
});

test('R3: a fill loop that stops at 20, 40 or 62 entries is PW301 with the witness R2 = 63, past the unroll bound', () => {
  for (const cap of [20, 40, 62]) {
    const fs = only(analyse(cappedFill(cap), { reasons: [0], needsSpecificPages: true }), 'PW301');
    assert.equal(fs.length, 1, `cap ${cap}: ${JSON.stringify(fs.map((f) => f.message))}`);
    assert.match(fs[0]?.message ?? '', new RegExp(`entry ${cap} still -1`));
    assert.equal(witnessOf(fs[0], 'entries'), 63n);
    assert.equal(fs[0]?.range.start.line, lineOf(cappedFill(cap), 'MOV pc, lr'));
  }
});

/** Correct fills past the unroll bound: counted by R3 in steps of R5, from the last entry down, and unrolled by two. */
const byBytes = (b: B) => {
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
  b.instruction(insn('mov', [reg(8), reg(3)]), 'MOV r8, r3');
  b.label('loop');
  b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(insn('sub', [reg(8), reg(8), reg(5)], { setFlags: true }), 'SUBS r8, r8, r5');
  b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};
const countedDown = (b: B) => {
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
  b.label('loop');
  b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
  b.instruction(insn('add', [reg(7), reg(8), reg(8, { type: 'lsl', amount: 1 })]), 'ADD r7, r8, r8, LSL #1');
  b.instruction(insn('str', [reg(6), mem(1, { reg: 7, shift: { type: 'lsl', amount: 2 } })]), 'STR r6, [r1, r7, LSL #2]');
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

/** Two entries a pass, after one on its own when R2 is odd. */
const unrolled = (b: B) => {
  const store = () => {
    b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  };
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
  b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
  b.instruction(insn('tst', [reg(8), imm(1)], { setFlags: true }), 'TST r8, #1');
  b.instruction(cond('eq', insn('b', [target('pairs')])), 'BEQ pairs');
  store();
  b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
  b.instruction(cond('eq', insn('b', [target('done')])), 'BEQ done');
  b.label('pairs');
  store();
  store();
  b.instruction(insn('sub', [reg(8), reg(8), imm(2)], { setFlags: true }), 'SUBS r8, r8, #2');
  b.instruction(cond('ne', insn('b', [target('pairs')])), 'BNE pairs');
  b.label('done');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

/** Two entries a pass, the second by conditional execution: STRNE/ADDNE/SUBNES after the first SUBS. */
const unrolledByCondition = (b: B) => {
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
  b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
  b.label('loop');
  b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
  b.instruction(cond('ne', insn('str', [reg(6), mem(7, 12, { pre: false })])), 'STRNE r6, [r7], #12');
  b.instruction(cond('ne', insn('add', [reg(6), reg(6), imm(1)])), 'ADDNE r6, r6, #1');
  b.instruction(cond('ne', insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true })), 'SUBNES r8, r8, #1');
  b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('R3: correct fills past the unroll bound stay clean: counted by R3 and R5, counted down from the last entry, unrolled by two', () => {
  for (const [name, handler] of [['R3/R5', byBytes], ['down', countedDown], ['unrolled', unrolled], ['unrolled by condition', unrolledByCondition]] as const) {
    const fs = analyse(handler, { reasons: [0], needsSpecificPages: true });
    assert.deepEqual(codes(fs), [], name + JSON.stringify(fs.map((f) => [f.message, f.witness, f.notes.map((n) => n.message)])));
  }
});

test('R4: stepping by 4 writes the +4/+8 words: PW302 at the store, for an R2 of 2 or more', () => {
  const fs = only(analyse(fillLoop(4), { reasons: [0], needsSpecificPages: true }), 'PW302');
  assert.equal(fs.length, 1);
  assert.equal(fs[0]?.range.start.line, lineOf(fillLoop(4), 'STR r6, [r7], #4'));
  assert.match(fs[0]?.message ?? '', /logical address word \(\+4\)/);
  assert.ok((witnessOf(fs[0], 'entries') ?? 0n) >= 2n);
  // The entries the wrong stride left -1 are that one mistake: no PW301 beside it.
  assert.deepEqual(codes(analyse(fillLoop(4), { reasons: [0], needsSpecificPages: true })), ['PW302']);
});

test('R4: a fill that starts at entry 1 is PW302 beyond entry R2-1; the entry 0 it left -1 is that one mistake, no PW301 beside it', () => {
  /** The page numbers counted up from a constant, read from a table in the workspace, or one constant for all. */
  const pageNumbers = {
    counted: { first: (b: B) => b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn'), next: (b: B) => b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1') },
    table: { first: (b: B) => b.instruction(insn('mov', [reg(9), reg(12)]), 'MOV r9, r12'), next: (b: B) => b.instruction(insn('ldr', [reg(6), mem(9, 4, { pre: false })]), 'LDR r6, [r9], #4') },
    constant: { first: (b: B) => b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn'), next: () => undefined },
  };
  const fromEntry1 = ({ first, next }: (typeof pageNumbers)[keyof typeof pageNumbers]) => (b: B) => {
    all(b, push([6, 7, 8, 9]), 'STMFD sp!, {r6-r9}');
    first(b);
    b.instruction(insn('add', [reg(7), reg(1), imm(12)]), 'ADD r7, r1, #12');
    b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
    b.label('loop');
    if (next === pageNumbers.table.next) next(b);
    b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
    if (next !== pageNumbers.table.next) next(b);
    b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([6, 7, 8, 9]), 'LDMFD sp!, {r6-r9}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  for (const [name, numbers] of Object.entries(pageNumbers)) {
    const fs = analyse(fromEntry1(numbers), { reasons: [0], needsSpecificPages: true });
    assert.ok(!codes(fs).includes('PW301'), name);
    assert.ok(fs.some((f) => /beyond the page block/.test(f.message) && f.range.start.line === lineOf(fromEntry1(numbers), 'STR r6, [r7], #12')), name);
  }
  // Entry 1 alone, past the block when R2 is 1 and leaving entry 0 -1 when it is more: one store at the wrong entry, one finding.
  const skipsEntry0 = (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('str', [reg(6), mem(1, 12)]), 'STR r6, [r1, #12]');
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(analyse(skipsEntry0, { reasons: [0], needsSpecificPages: true }).map((f) => [f.code, f.range.start.line]), [['PW302', lineOf(skipsEntry0, 'STR r6, [r1, #12]')]]);
});

/** A fill by index, `STR r6, [r1, r7, LSL #2]` with R7 = 3 × R8 for R8 from `first` while R8 < R2: past the block only for R2 = 1 when it starts at 1. */
const indexFill = (first: number) => (b: B) => {
  all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
  b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
  b.instruction(insn('mov', [reg(8), imm(first)]), 'MOV r8, #first');
  b.label('loop');
  b.instruction(insn('add', [reg(7), reg(8), reg(8, { type: 'lsl', amount: 1 })]), 'ADD r7, r8, r8, LSL #1');
  b.instruction(insn('str', [reg(6), mem(1, { reg: 7, shift: { type: 'lsl', amount: 2 } })]), 'STR r6, [r1, r7, LSL #2]');
  b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
  b.instruction(insn('add', [reg(8), reg(8), imm(1)]), 'ADD r8, r8, #1');
  b.instruction(insn('cmp', [reg(8), reg(2)]), 'CMP r8, r2');
  b.instruction(cond('cc', insn('b', [target('loop')])), 'BLO loop');
  all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('R4: an index fill from entry 1, past the block for R2 = 1 and leaving entry 0 -1 for the rest, is one PW302 at the store; from entry 0 it is clean', () => {
  const fs = analyse(indexFill(1), { reasons: [0], needsSpecificPages: true });
  assert.deepEqual(fs.map((f) => [f.code, f.range.start.line, f.message]), [
    ['PW302', lineOf(indexFill(1), 'STR r6, [r1, r7, LSL #2]'), 'PreGrow writes beyond the page block: offset 0xC is entry 1, past entry R2-1 while R2 may be 1'],
  ]);
  assert.deepEqual(codes(analyse(indexFill(0), { reasons: [0], needsSpecificPages: true })), []);
  // In an area of 8 pages the fill is followed for every R2, with no run for the full block after it.
  assert.deepEqual(analyseInArea(indexFill(1), 8n * 4096n).map((f) => [f.code, f.range.start.line]), [['PW302', lineOf(indexFill(1), 'STR r6, [r1, r7, LSL #2]')]]);
  assert.deepEqual(codes(analyseInArea(indexFill(0), 8n * 4096n)), []);
});

test('R4: entry 0 left -1 by one store and the block overrun by another are two mistakes, PW301 and PW302', () => {
  // Entry 1 only where R2 is 2 or more (never past the block), and entry 2 only where R2 is 1 (past it).
  const twoStores = (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('cmp', [reg(2), imm(2)]), 'CMP r2, #2');
    b.instruction(cond('cs', insn('str', [reg(6), mem(1, 12)])), 'STRHS r6, [r1, #12]');
    b.instruction(cond('cc', insn('str', [reg(6), mem(1, 24)])), 'STRLO r6, [r1, #24]');
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(analyse(twoStores, { reasons: [0], needsSpecificPages: true }).map((f) => [f.code, f.range.start.line]).sort(), [
    ['PW301', lineOf(twoStores, 'MOV pc, lr')], ['PW302', lineOf(twoStores, 'STRLO r6, [r1, #24]')],
  ]);
});

test('R4: a fill stepping by 16, which writes entry 1\'s +4 word and, for a smaller R2, entry 4 past the block, is one PW302 at its store; by 12 it is clean', () => {
  const stride = (step: number) => (b: B) => {
    all(b, push([1, 2, 6]), 'STMFD sp!, {r1, r2, r6}');
    b.instruction(insn('mov', [reg(6), imm(64)]), 'MOV r6, #first_ppn');
    b.label('loop');
    b.instruction(insn('str', [reg(6), mem(1, step, { pre: false })]), 'STR r6, [r1], #step');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(2), reg(2), imm(1)], { setFlags: true }), 'SUBS r2, r2, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([1, 2, 6]), 'LDMFD sp!, {r1, r2, r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(analyse(stride(16), { reasons: [0], needsSpecificPages: true }).map((f) => [f.code, f.range.start.line, f.message]), [
    ['PW302', lineOf(stride(16), 'STR r6, [r1], #step'), 'PreGrow writes the logical address word (+4) of entry 1: PreGrow fills only the page number; entries are 12 bytes apart'],
  ]);
  assert.deepEqual(codes(analyse(stride(12), { reasons: [0], needsSpecificPages: true })), []);
});

test('R4: a fill that steps over entries (by 24) is PW302 beyond entry R2-1; the entries it left -1 are that one mistake, also for the largest R2', () => {
  // Past the unroll bound the full-block run (R2 = 63) asks for PW301, where the fill writes entries up to 124.
  const fs = analyse(fillLoop(24), { reasons: [0], needsSpecificPages: true });
  assert.deepEqual(fs.map((f) => [f.code, f.range.start.line, f.message]), [
    ['PW302', lineOf(fillLoop(24), 'STR r6, [r7], #24'), 'PreGrow writes beyond the page block: offset 0x18 is entry 2, past entry R2-1 while R2 may be 2'],
  ]);
});

test('R4: a loop that writes one entry too many (R2 + 1) is PW302 beyond entry R2-1', () => {
  const over = (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
    b.instruction(insn('add', [reg(8), reg(2), imm(1)]), 'ADD r8, r2, #1');
    b.label('loop');
    b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = only(analyse(over, { reasons: [0], needsSpecificPages: true }), 'PW302');
  assert.equal(fs.length, 1);
  assert.match(fs[0]?.message ?? '', /beyond the page block/);
  assert.equal(fs[0]?.range.start.line, lineOf(over, 'STR r6, [r7], #12'));
  assert.ok((witnessOf(fs[0], 'entries') ?? 0n) >= 1n);
  const [entry, count] = /offset 0x[0-9A-F]+ is entry (\d+), past entry R2-1 while R2 may be (\d+)$/.exec(fs[0]?.message ?? '')?.slice(1).map(BigInt) ?? [];
  assert.ok(entry !== undefined && count === entry, fs[0]?.message);
  assert.equal(witnessOf(fs[0], 'entries'), count);
});

test('R4: a store past entry R2-1 names the largest R2 that makes it one, which the witness replays; a store kept for a larger R2 is clean', () => {
  /** `STR r6, [r1, #36]` (entry 3) on the path where R2 is at most `most`, or at least 4 ('above'). */
  const entry3 = (guard: number | 'above') => (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('cmp', [reg(2), imm(guard === 'above' ? 3 : guard)]), 'CMP r2, #most');
    b.instruction(cond(guard === 'above' ? 'ls' : 'hi', insn('b', [target('skip')])), 'B skip');
    b.instruction(insn('str', [reg(6), mem(1, 36)]), 'STR r6, [r1, #36]');
    b.label('skip');
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const beyond = (fs: readonly Finding[]) => only(fs, 'PW302').filter((f) => /beyond the page block/.test(f.message));
  for (const most of [3, 2]) {
    const fs = beyond(analyse(entry3(most), { reasons: [0], needsSpecificPages: true }));
    assert.deepEqual(fs.map((f) => [f.range.start.line, f.message]), [[lineOf(entry3(most), 'STR r6, [r1, #36]'), `PreGrow writes beyond the page block: offset 0x24 is entry 3, past entry R2-1 while R2 may be ${most}`]]);
    assert.equal(witnessOf(fs[0], 'entries'), BigInt(most));
  }
  assert.deepEqual(beyond(analyse(entry3('above'), { reasons: [0], needsSpecificPages: true })), []);
});

test('R4: a store at a computed offset of R2 × 12 (entry R2) is PW302 beyond entry R2-1, in a fill counted down from R2 or alone', () => {
  /** `STR r6, [r1, r7, LSL #2]` with R7 = 3 × R8, R8 from R2 (or R2 - 1) down to 0, or once only. */
  const fromEntry = (first: 'R2' | 'R2-1', loop: boolean) => (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(first === 'R2' ? insn('mov', [reg(8), reg(2)]) : insn('sub', [reg(8), reg(2), imm(1)]), 'MOV r8, first');
    b.label('loop');
    b.instruction(insn('add', [reg(7), reg(8), reg(8, { type: 'lsl', amount: 1 })]), 'ADD r7, r8, r8, LSL #1');
    b.instruction(insn('str', [reg(6), mem(1, { reg: 7, shift: { type: 'lsl', amount: 2 } })]), 'STR r6, [r1, r7, LSL #2]');
    if (loop) {
      b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
      b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
      b.instruction(cond('pl', insn('b', [target('loop')])), 'BPL loop');
    }
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  for (const loop of [true, false]) {
    const bad = fromEntry('R2', loop);
    const fs = only(analyse(bad, { reasons: [0], needsSpecificPages: true }), 'PW302');
    assert.deepEqual(fs.map((f) => [f.range.start.line, f.message]), [[lineOf(bad, 'STR r6, [r1, r7, LSL #2]'), 'PreGrow writes beyond the page block: the offset can be R2 × 12 or more, past entry R2-1']], `loop: ${loop}`);
  }
  assert.deepEqual(codes(analyse(fromEntry('R2-1', true), { reasons: [0], needsSpecificPages: true })), []);
});

test('R4: a fill backwards from R1 + R2 × 12 that steps by 8 writes the +4 word of entry R2-1, a PW302 at the store; stepping by 12 is clean', () => {
  /** `STR r6, [r7, #-step]!` from R7 = R1 + R2 × 12, R2 times. */
  const backwards = (step: number) => (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #first_ppn');
    b.instruction(insn('add', [reg(7), reg(2), reg(2, { type: 'lsl', amount: 1 })]), 'ADD r7, r2, r2, LSL #1');
    b.instruction(insn('add', [reg(7), reg(1), reg(7, { type: 'lsl', amount: 2 })]), 'ADD r7, r1, r7, LSL #2');
    b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
    b.label('loop');
    b.instruction(insn('str', [reg(6), mem(7, step, { subtract: true, wb: true })]), 'STR r6, [r7, #-step]!');
    b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = analyse(backwards(8), { reasons: [0], needsSpecificPages: true });
  assert.deepEqual(fs.map((f) => [f.code, f.range.start.line, f.message]), [
    ['PW302', lineOf(backwards(8), 'STR r6, [r7, #-step]!'), 'PreGrow writes the logical address word (+4) of entry R2-1: PreGrow fills only the page number; entries are 12 bytes apart'],
  ]);
  assert.deepEqual(codes(analyse(backwards(12), { reasons: [0], needsSpecificPages: true })), []);
});

test('PW302: a duplicate page, an out-of-range page and a store beyond entry R2-1', () => {
  const twice = (b: B) => {
    b.instruction(insn('mov', [reg(0), imm(100)]), 'MOV r0, #100');
    b.instruction(insn('str', [reg(0), mem(1, 0)]), 'STR r0, [r1]');
    b.instruction(insn('str', [reg(0), mem(1, 12)]), 'STR r0, [r1, #12]');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    ret(b);
  };
  const duplicate = only(analyse(twice, { reasons: [0], needsSpecificPages: true }), 'PW302').find((f) => /same physical page in entries 0 and 1/.test(f.message));
  assert.ok((witnessOf(duplicate, 'entries') ?? 0n) >= 2n);
  const far = (b: B) => {
    b.instruction(insn('mov', [reg(0), imm(0x10000)]), 'MOV r0, #&10000');
    b.instruction(insn('str', [reg(0), mem(1, 0)]), 'STR r0, [r1]');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    ret(b);
  };
  // Against a machine of 512 pages, as a run's scenario gives one; an analysis knows no machine, where page &10000 may exist.
  assert.match(only(analyse(far, { reasons: [0], needsSpecificPages: true, kernel: { ramPages: 512 } }), 'PW302')[0]?.message ?? '', /beyond the 512 RAM pages/);
  assert.deepEqual(only(analyse(far, { reasons: [0], needsSpecificPages: true }), 'PW302'), []);
  const beyond = (b: B) => {
    b.instruction(insn('mov', [reg(0), imm(7)]), 'MOV r0, #7');
    b.instruction(insn('str', [reg(0), mem(1, 0)]), 'STR r0, [r1]');
    b.instruction(insn('str', [reg(0), mem(1, 12)]), 'STR r0, [r1, #12]');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    ret(b);
  };
  const fs = only(analyse(beyond, { reasons: [0], needsSpecificPages: true }), 'PW302').filter((f) => /beyond the page block/.test(f.message));
  assert.equal(fs[0]?.range.start.line, lineOf(beyond, 'STR r0, [r1, #12]'));
  assert.equal(witnessOf(fs[0], 'entries'), 1n);
});

test('PW302: a page named twice is at the store that names it the second time, with a note at the first; two pages are clean', () => {
  /** Page 100 stored into entries 0 and 1 (or 1, then 0), the second store's page `second`. */
  const twice = (second: number, order: 'up' | 'down') => (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #100');
    b.instruction(insn('str', [reg(6), mem(1, order === 'up' ? 0 : 12)]), 'STR r6, first');
    b.instruction(insn('mov', [reg(6), imm(second)]), 'MOV r6, #second');
    b.instruction(insn('str', [reg(6), mem(1, order === 'up' ? 12 : 0)]), 'STR r6, second');
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const duplicates = (fs: readonly Finding[]) => only(fs, 'PW302').filter((f) => /same physical page/.test(f.message));
  for (const order of ['up', 'down'] as const) {
    const build = twice(100, order);
    const fs = duplicates(analyse(build, { reasons: [0], needsSpecificPages: true }));
    assert.deepEqual(fs.map((f) => [f.range.start.line, f.message]), [[lineOf(build, 'STR r6, second'), 'PreGrow names the same physical page in entries 0 and 1']], order);
    assert.deepEqual(fs[0]?.notes.map((n) => [n.range.start.line, n.message]), [[lineOf(build, 'STR r6, first'), `page 0x64 first written here (entry ${order === 'up' ? 0 : 1})`]], order);
    assert.ok((witnessOf(fs[0], 'entries') ?? 0n) >= 2n, order);
    assert.deepEqual(duplicates(analyse(twice(101, order), { reasons: [0], needsSpecificPages: true })), [], order);
  }
  /** Page 100 into entries 2, 1 and 0, in that order: the second and third stores each name it again. */
  const down = (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #100');
    for (const k of [2, 1, 0]) b.instruction(insn('str', [reg(6), mem(1, 12 * k)]), `STR r6, entry ${k}`);
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = duplicates(analyse(down, { reasons: [0], needsSpecificPages: true }));
  assert.deepEqual(fs.map((f) => [f.range.start.line, f.message, f.notes.map((n) => [n.range.start.line, n.message])]).sort((x, y) => Number(x[0]) - Number(y[0])), [
    [lineOf(down, 'STR r6, entry 1'), 'PreGrow names the same physical page in entries 1 and 2', [[lineOf(down, 'STR r6, entry 2'), 'page 0x64 first written here (entry 2)']]],
    [lineOf(down, 'STR r6, entry 0'), 'PreGrow names the same physical page in entries 0 and 1', [[lineOf(down, 'STR r6, entry 1'), 'page 0x64 first written here (entry 1)']]],
  ]);
});

test('PW302: a fill loop that names one page in every entry is at its store; the store on the path the witness takes where two may have', () => {
  /** A fill loop over R2 entries; `next` steps the page number (or does not). */
  const loop = (step: boolean) => (b: B) => {
    all(b, push([6, 7, 8]), 'STMFD sp!, {r6-r8}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #100');
    b.instruction(insn('mov', [reg(7), reg(1)]), 'MOV r7, r1');
    b.instruction(insn('mov', [reg(8), reg(2)]), 'MOV r8, r2');
    b.label('loop');
    b.instruction(insn('str', [reg(6), mem(7, 12, { pre: false })]), 'STR r6, [r7], #12');
    if (step) b.instruction(insn('add', [reg(6), reg(6), imm(1)]), 'ADD r6, r6, #1');
    b.instruction(insn('sub', [reg(8), reg(8), imm(1)], { setFlags: true }), 'SUBS r8, r8, #1');
    b.instruction(cond('ne', insn('b', [target('loop')])), 'BNE loop');
    all(b, pull([6, 7, 8]), 'LDMFD sp!, {r6-r8}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = only(analyse(loop(false), { reasons: [0], needsSpecificPages: true }), 'PW302');
  assert.deepEqual(fs.map((f) => [f.range.start.line, f.message]), [[lineOf(loop(false), 'STR r6, [r7], #12'), 'PreGrow names the same physical page in entries 0 and 1']]);
  // The first store is this one too, on an earlier pass: no note at the finding's own line.
  assert.ok(fs[0]?.notes.every((n) => !/first written/.test(n.message)), JSON.stringify(fs[0]?.notes));
  assert.deepEqual(codes(analyse(loop(true), { reasons: [0], needsSpecificPages: true })), []);

  /** Entry 0, then entry 1 by one of two stores as R9 is 0 or not: the paths meet before the return. */
  const either = (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #100');
    b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
    b.instruction(insn('teq', [reg(9), imm(0)]), 'TEQ r9, #0');
    b.instruction(cond('eq', insn('str', [reg(6), mem(1, 12)])), 'STREQ r6, [r1, #12]');
    b.instruction(cond('ne', insn('str', [reg(6), mem(1, 12)])), 'STRNE r6, [r1, #12]');
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const [f] = only(analyse(either, { reasons: [0], needsSpecificPages: true }), 'PW302').filter((g) => /same physical page/.test(g.message));
  const r9 = witnessOf(f, 'entry.r9');
  assert.ok(f && r9 !== undefined, JSON.stringify(f));
  assert.equal(f.range.start.line, lineOf(either, r9 === 0n ? 'STREQ r6, [r1, #12]' : 'STRNE r6, [r1, #12]'));
});

test('PW302: naming a page the model knows is Unavailable', () => {
  const h = (b: B) => {
    all(b, push([6]), 'STMFD sp!, {r6}');
    b.instruction(insn('mov', [reg(6), imm(40)]), 'MOV r6, #40');
    b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
    all(b, pull([6]), 'LDMFD sp!, {r6}');
    ret(b);
  };
  const fs = analyse(h, { reasons: [0], needsSpecificPages: true, kernel: { unavailable: [40] } });
  assert.match(only(fs, 'PW302')[0]?.message ?? '', /Unavailable/);
});

// ---- R5 / PW305, R6 / PW308, R7 ------------------------------------------

const r5Bad = (b: B) => {
  b.instruction(insn('adr', [reg(0), target('msg')]), 'ADR r0, msg');
  all(b, setv('32'), 'SETV');
  ret(b);
  b.label('msg').string('No');
};
const r5Good = (b: B) => {
  b.instruction(insn('adr', [reg(0), target('errblk')]), 'ADR r0, errblk');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  all(b, setv('32'), 'SETV');
  ret(b);
  b.label('errblk').words(0x81a700);
  b.string('Area busy');
  b.align(4);
};

test('R5: V set with R0 at a bare string is PW305; PreShrink must also zero R3', () => {
  const fs = only(analyse(r5Bad, { reasons: [2] }), 'PW305');
  assert.ok(fs.some((f) => /not an error block/.test(f.message)));
  assert.ok(fs.some((f) => /R3 not 0/.test(f.message)));
  assert.equal(fs[0]?.range.start.line, lineOf(r5Bad, 'MOV pc, lr'));
});

test('R5 fixed: an error block and R3 = 0 is clean', () => {
  assert.deepEqual(codes(analyse(r5Good, { reasons: [2] })), []);
});

test('R5: SETV with an R0 no path pins down leaves V the constant 1 where its CMP and CMNVC ways meet', () => {
  // The return checks ask about V clear at every error return: a V that only the solver could show set
  // cost a PreGrow that passes on the error of a SWI it calls in a loop seconds of witness searches.
  let v: Expr | undefined;
  const observer: StepObserver = (item, registers) => {
    if (item.text === 'MOV pc, lr') v = registers.get('v');
  };
  const b = armProgram();
  b.label('H');
  b.instruction(insn('ldr', [reg(0), mem(12, 0)]), 'LDR r0, ws_error');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  all(b, setv('32'), 'SETV');
  ret(b);
  const { findings } = analyseDynamicAreaHandler(b.build(), 'H', { reasons: [2], observer });
  assert.deepEqual(codes(findings), []);
  assert.equal(v && constValue(v), 1n, `V at the return is ${v && formatExpr(v)}`);
});

test('R5: a PreShrink error path joined from a test of a workspace word keeps R3 as given on one way in: PW305', () => {
  // The free space above the used part comes from workspace; the path that finds none goes to the error with R3 untouched.
  const preShrink = (zeroed: boolean) => (b: B) => {
    all(b, push([1, 2]), 'STMFD sp!, {r1, r2}');
    b.instruction(insn('ldr', [reg(1), mem(12, 0)]), 'LDR r1, ws_used');
    b.instruction(insn('sub', [reg(2), reg(4), reg(1)], { setFlags: true }), 'SUBS r2, r4, r1');
    b.instruction(cond('ls', insn('b', [target('refuse')])), 'BLS refuse');
    b.instruction(insn('cmp', [reg(3), reg(2)]), 'CMP r3, r2');
    b.instruction(cond('hi', insn('mov', [reg(3), reg(2)])), 'MOVHI r3, r2');
    b.instruction(insn('sub', [reg(1), reg(5), imm(1)]), 'SUB r1, r5, #1');
    b.instruction(insn('bic', [reg(3), reg(3), reg(1)], { setFlags: true }), 'BICS r3, r3, r1');
    b.instruction(cond('eq', insn('b', [target('refuse')])), 'BEQ refuse');
    all(b, pull([1, 2]), 'LDMFD sp!, {r1, r2}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('refuse');
    b.instruction(insn('adr', [reg(0), target('errblk')]), 'ADR r0, errblk');
    if (zeroed) b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    all(b, pull([1, 2]), 'LDMFD sp!, {r1, r2}');
    all(b, setv('32'), 'SETV');
    ret(b);
    b.label('errblk').words(0x81a700);
    b.string('Cache is in use');
    b.align(4);
  };
  const fs = analyse(preShrink(false), { reasons: [2] });
  assert.deepEqual(fs.map((f) => [f.code, f.message]), [['PW305', 'PreShrink returns an error with R3 not 0']]);
  assert.deepEqual(codes(analyse(preShrink(true), { reasons: [2] })), []);
});

test('R5: an error path that shares its return with the success path, chosen by a workspace flag, is judged on the error way: PW305', () => {
  const locked = (message: (b: B) => void) => (b: B) => {
    b.instruction(insn('ldr', [reg(2), mem(12, 16)]), 'LDR r2, ws_flags');
    b.instruction(insn('tst', [reg(2), imm(1)]), 'TST r2, #1');
    b.instruction(cond('eq', insn('b', [target('done')])), 'BEQ %FT10');
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    b.instruction(insn('adr', [reg(0), target('msg')]), 'ADR r0, msg');
    all(b, setv('32'), 'SETV');
    b.label('done');
    ret(b);
    b.label('msg');
    message(b);
  };
  const bare = locked((b) => b.string('Frame cache locked'));
  const fs = only(analyse(bare, { reasons: [2] }), 'PW305');
  assert.deepEqual(fs.map((f) => f.range.start.line), [lineOf(bare, 'MOV pc, lr')]);
  assert.match(fs[0]?.message ?? '', /not an error block/);
  assert.deepEqual(codes(analyse(locked((b) => { b.words(0x81a700); b.string('Frame cache locked'); b.align(4); }), { reasons: [2] })), []);
});

test('R5: an X SWI\'s outcomes met after the call and parted by BVS leave R0 its error on the way the branch takes', () => {
  // Each error return's checks asked the solver whether R0 could be the success value as well, at every pass of a loop that calls the SWI.
  const seen: Expr[] = [];
  const observer: StepObserver = (item, registers) => {
    const r0 = registers.get('r0');
    if (item.text === 'MOV r3, #0' && r0) seen.push(r0);
  };
  const b = armProgram();
  b.label('H');
  all(b, entry([]), 'Entry');
  b.instruction(insn('swi', [imm(0x20000)]), 'SWI XOS_WriteC');
  b.instruction(cond('vs', insn('b', [target('fail')])), 'BVS fail');
  all(b, clrv('32'), 'CLRV');
  all(b, exit([]), 'EXIT');
  b.label('fail');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  all(b, setv('32'), 'SETV');
  all(b, exit([]), 'EXIT');
  const { findings } = analyseDynamicAreaHandler(b.build(), 'H', { reasons: [2], observer });
  assert.deepEqual(findings.map((f) => f.message), []);
  assert.ok(seen.length > 0, 'the error way is explored');
  for (const r0 of seen) assert.match(formatExpr(r0), /^swi\.error\.XOS_WriteC#\d+$/);
});

test('R5 in module code: a SWI handler returning V set with R0 at a bare string is PW305; an error block is clean', () => {
  const build = (body: (b: B) => void) => { const b = armProgram(); b.label('swi'); body(b); return b.build(); };
  const [f, ...rest] = analyseSwiHandler(build(r5Bad), 'swi');
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'PW305');
  assert.match(f?.message ?? '', /^The entry point returns V set with R0 = msg, which is not an error block \(word number, then a zero-terminated string\)$/);
  assert.deepEqual(analyseSwiHandler(build(r5Good), 'swi'), []);
});

test('R5 in module code: R0 = 0 with V set, a handler\'s generic error, is no error block from a SWI handler or module entry: PW305', () => {
  const zero = (b: B) => {
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    all(b, setv('32'), 'SETV');
    ret(b);
  };
  const build = (origin?: bigint) => {
    const b = armProgram(origin === undefined ? {} : { origin });
    b.label('swi');
    zero(b);
    return b.build();
  };
  const message = 'The entry point returns V set with R0 = 0, which is not an error block (word number, then a zero-terminated string): '
    + 'R0 = 0 as a generic error is for dynamic-area handlers only';
  assert.deepEqual(analyseSwiHandler(build(), 'swi').map((f) => [f.code, f.message]), [['PW305', message]]);
  // At offset 0 (BASIC P% = 0) the module's own bytes lie at address 0: R0 = 0 is still no pointer to them.
  assert.deepEqual(analyseSwiHandler(build(0n), 'swi').map((f) => f.code), ['PW305']);
  assert.deepEqual(analyseRiscOsCode(build(), 'swi', { moduleCode: true }).map((f) => f.code), ['PW305']);
  // The same return from a handler asks the kernel for its generic error.
  assert.deepEqual(codes(analyse(zero, { reasons: [0, 4], needsSpecificPages: false })), []);
});

test('R5 fixed, in a module assembled at offset 0 (BASIC P% = 0): an error block below &8000 is still an error block', () => {
  const b = armProgram({ origin: 0n });
  b.label('H');
  r5Good(b);
  assert.deepEqual(codes(analyseDynamicAreaHandler(b.build(), 'H', { reasons: [2] }).findings), []);
});

test('R5: a success path with V left set by a compare is PW305 with the compare as a note', () => {
  const h = (b: B) => {
    // R3 + R4 reaches 2 GB for some sizes below it.
    b.instruction(insn('cmn', [reg(3), reg(4)]), 'CMN r3, r4');
    ret(b);
  };
  const fs = only(analyse(h, { reasons: [3] }), 'PW305');
  assert.equal(fs.length, 1);
  assert.match(fs[0]?.message ?? '', /V left set/);
  assert.ok(fs[0]?.notes.some((n) => n.range.start.line === lineOf(h, 'CMN r3, r4')));
});

test('R5: the refusal idiom without SETV, MOV r0, #&80000000 / CMP r0, #1 / MOV r0, #0, is a deliberate error return', () => {
  const refuse = (b: B) => {
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    b.instruction(insn('mov', [reg(0), imm(0x80000000)]), 'MOV r0, #&80000000');
    b.instruction(insn('cmp', [reg(0), imm(1)]), 'CMP r0, #1');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    ret(b);
  };
  assert.deepEqual(codes(analyse(refuse, { reasons: [2] })), []);
  // Where the kernel ignores errors, the refusal is still one that has no effect.
  assert.match(only(analyse(refuse, { reasons: [3] }), 'PW305').map((f) => f.message).join(), /ignores errors from PostShrink/);
});

test('R5: the refusal idiom under a condition, MOVNE r0, #&80000000 / CMPNE r0, #1, sets V on purpose where the condition holds', () => {
  // The ways of the MOVNE meet again before the CMPNE: R0 is &80000000 where NE holds, and the CMPNE runs there alone.
  const refuse = (setV: readonly [string, ArmInstruction][]) => (b: B) => {
    b.instruction(insn('cmp', [reg(6), imm(0)]), 'CMP r6, #0');
    b.instruction(cond('ne', insn('mov', [reg(3), imm(0)])), 'MOVNE r3, #0');
    for (const [text, i] of setV) b.instruction(i, text);
    b.instruction(cond('ne', insn('mov', [reg(PC), reg(LR)])), 'MOVNE pc, lr');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(codes(analyse(refuse([
    ['MOVNE r0, #&80000000', cond('ne', insn('mov', [reg(0), imm(0x80000000)]))],
    ['CMPNE r0, #1', cond('ne', insn('cmp', [reg(0), imm(1)]))],
    ['MOVNE r0, #0', cond('ne', insn('mov', [reg(0), imm(0)]))],
  ]), { reasons: [2] })), []);
  // A compare that overflows for some inputs only, where it runs, leaves V set by chance.
  const chance = only(analyse(refuse([['CMPNE r7, #1', cond('ne', insn('cmp', [reg(7), imm(1)]))]]), { reasons: [2] }), 'PW305');
  assert.match(chance.map((f) => f.message).join(), /V left set/);
});

test('R5: a compare of the sizes the kernel passes cannot set V, so a handler may return after one', () => {
  // No area reaches 2 GB: R3 - &10000 and R3 - R4 never overflow.
  const capped = (b: B) => {
    b.instruction(insn('cmp', [reg(3), imm(0x10000)]), 'CMP r3, #&10000');
    b.instruction(cond('hi', insn('mov', [reg(3), imm(0x10000)])), 'MOVHI r3, #&10000');
    ret(b);
  };
  assert.deepEqual(codes(analyse(capped, { reasons: [2] })), []);
  const sizes = (b: B) => { b.instruction(insn('cmp', [reg(3), reg(4)]), 'CMP r3, r4'); ret(b); };
  for (const reason of [0, 2, 3]) assert.deepEqual(codes(analyse(sizes, { reasons: [reason], needsSpecificPages: false })), [], `reason ${reason}`);
});

test('R2: PostGrow and PostShrink sharing an exit that changes R2 make one PW304, naming both', () => {
  const h = (b: B) => {
    b.instruction(insn('teq', [reg(0), imm(1)]), 'TEQ r0, #1');
    b.instruction(insn('teq', [reg(0), imm(3)], { condition: 'ne' }), 'TEQNE r0, #3');
    b.instruction(cond('eq', insn('b', [target('post')])), 'BEQ post');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('post');
    b.instruction(insn('mov', [reg(2), imm(0)]), 'MOV r2, #0');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const [f, ...rest] = only(analyse(h, { reasons: [0, 1, 2, 3], needsSpecificPages: false }), 'PW304');
  assert.equal(rest.length, 0);
  assert.equal(f?.message, 'PostGrow returns with R2 changed; the kernel expects it preserved (the same code runs for PostShrink)');
});

test('R2: one routine for every reason changing R1 or R11 is one PW304, said by a reason whose kernel reads the register back', () => {
  const changes = (r: number) => (b: B) => {
    b.instruction(insn('mov', [reg(r), imm(5)]), `MOV r${r}, #5`);
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const messages = (r: number) => only(analyse(changes(r), { reasons: [0, 1, 2, 3, 4], needsSpecificPages: false }), 'PW304').map((f) => f.message);
  assert.deepEqual(messages(1), ['PreGrow returns with R1 changed; the kernel expects it preserved and reuses it after the call (the same code runs for PostGrow and PreShrink and PostShrink and TestShrink)']);
  // PostGrow's run finds it first, but only PreShrink's kernel reads R11 back.
  assert.deepEqual(messages(11), ['PreShrink returns with R11 changed; the kernel expects it preserved and reuses it after the call (the same code runs for PreGrow and PostGrow and PostShrink and TestShrink)']);
});

test('R6: PreShrink permitting more than asked is PW308; passing R3 back is clean', () => {
  const over = (b: B) => { b.instruction(insn('add', [reg(3), reg(3), imm(4096)]), 'ADD r3, r3, #4096'); ret(b); };
  assert.deepEqual(codes(analyse(over, { reasons: [2] })), ['PW308']);
  const odd = (b: B) => { b.instruction(insn('bic', [reg(3), reg(3), imm(1)]), 'BIC r3, r3, #1'); b.instruction(insn('sub', [reg(3), reg(3), imm(100)]), 'SUB r3, r3, #100'); ret(b); };
  assert.match(only(analyse(odd, { reasons: [2] }), 'PW308').map((f) => f.message).join(), /not a multiple of the page size/);
  assert.deepEqual(codes(analyse((b) => ret(b), { reasons: [2] })), []);
});

/** PreShrink: `permit` R3 when the workspace word at [r12] is not 0, by a conditional MOV or a branch that joins the path that skips it. */
const lockedPermit = (permit: number, shape: 'conditional' | 'joined') => (b: B) => {
  b.instruction(insn('ldr', [reg(LR), mem(12, 0)]), 'LDR lr, [r12, #ws_locked]');
  b.instruction(insn('teq', [reg(LR), imm(0)]), 'TEQ lr, #0');
  if (shape === 'conditional') b.instruction(cond('ne', insn('mov', [reg(3), imm(permit)])), 'MOVNE r3, #permit');
  else {
    b.instruction(cond('eq', insn('b', [target('done')])), 'BEQ done');
    b.instruction(insn('mov', [reg(3), imm(permit)]), 'MOV r3, #permit');
    b.label('done');
  }
  ret(b);
};

test('R6: a permit chosen by a test of a workspace word is PW308, noted as assuming the word where the choice is made; 0 there is clean', () => {
  for (const shape of ['conditional', 'joined'] as const) {
    const h = lockedPermit(1, shape);
    const fs = only(analyse(h, { reasons: [2] }), 'PW308');
    assert.deepEqual(fs.map((f) => f.message), ['PreShrink returns an R3 that is not a multiple of the page size'], shape);
    const decision = lineOf(h, shape === 'conditional' ? 'MOVNE r3, #permit' : 'BEQ done');
    // The conditional MOV both decides and writes R3: the way the finding takes through the join keeps its writer.
    assert.deepEqual(fs[0]?.notes.filter((n) => n.range.start.line === decision).map((n) => n.message), shape === 'conditional' ? ['assuming the word at workspace != 0', 'R3 set here'] : ['assuming the word at workspace != 0'], shape);
    assert.deepEqual(codes(analyse(lockedPermit(0, shape), { reasons: [2] })), [], shape);
  }
});

test('R6: a permit read from the workspace is unknown, so no PW308 rests on it', () => {
  const h = (b: B) => { b.instruction(insn('ldr', [reg(3), mem(12, 4)]), 'LDR r3, [r12, #ws_permit]'); ret(b); };
  assert.deepEqual(codes(analyse(h, { reasons: [2] })), []);
});

// DABench (examples/corpus) as it was: the refusal sets R3 = 0, then the
// LDMFD that restores R1-R12 puts the entry R3 back.
const stackedR3 = (saved: number[]) => (b: B) => {
  all(b, push([...saved, LR]), 'STMFD r13!, {saved, r14}');
  b.instruction(insn('ldr', [reg(1), mem(12, 0)]), 'LDR r1, [r12, #refuse%]');
  b.instruction(insn('cmp', [reg(1), imm(0)]), 'CMP r1, #0');
  b.instruction(cond('ne', insn('b', [target('noshrink')])), 'BNE noshrink');
  b.instruction(insn('sub', [reg(1), reg(5), imm(1)]), 'SUB r1, r5, #1');
  b.instruction(insn('bic', [reg(3), reg(3), reg(1)]), 'BIC r3, r3, r1');
  b.instruction(insn('cmp', [reg(0), imm(0)]), 'CMP r0, #0');
  all(b, pull([...saved, PC]), 'LDMFD r13!, {saved, pc}');
  b.label('noshrink');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
  b.instruction(insn('adr', [reg(0), target('errno')]), 'ADR r0, errno');
  all(b, setv('32'), 'MSR CPSR_f, #1<<28');
  all(b, pull([...saved, PC]), 'LDMFD r13!, {saved, pc} ; error');
  b.label('errno').words(0x820e31);
  b.string('DABench says no');
  b.align(4);
};
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

test('R5: a PreShrink that stacks R3 restores it over its refusal\'s R3 = 0: PW305 at the error return; not stacking R3 is clean', () => {
  const bad = stackedR3(ALL);
  // The step budget decides, not the machine's speed (the wall-time default is short).
  const options = { reasons: [2], budget: { time: 600_000 } };
  const fs = only(analyse(bad, options), 'PW305');
  assert.deepEqual(fs.map((f) => f.message), ['PreShrink returns an error with R3 not 0']);
  assert.equal(fs[0]?.range.start.line, lineOf(bad, 'LDMFD r13!, {saved, pc} ; error'));
  assert.deepEqual(codes(analyse(stackedR3(ALL.filter((r) => r !== 3)), options)), []);
});

test('R7: an error from PostGrow is ignored by the kernel: PW305', () => {
  const h = (b: B) => { b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0'); all(b, setv('32'), 'SETV'); ret(b); };
  const fs = only(analyse(h, { reasons: [1], needsSpecificPages: false }), 'PW305');
  assert.match(fs[0]?.message ?? '', /ignores errors from PostGrow/);
});

// ---- PW303 / PW306 (R13) --------------------------------------------------

const resv = (v: boolean) => (b: B) => {
  all(b, push([6]), 'STMFD sp!, {r6}');
  whenOnePage(b, () => {
    b.instruction(insn('mov', [reg(6), imm(100)]), 'MOV r6, #100');
    b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
  });
  all(b, pull([6]), 'LDMFD sp!, {r6}');
  b.instruction(insn('ldr', [reg(0), target('resv')]), 'LDR r0, =DAHandler_RESV');
  if (v) all(b, setv('32'), 'SETV'); else all(b, [insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(0)])], 'CLRV');
  ret(b);
  b.label('resv').words(0x56534552);
};

test('R13: PreGrow returning "RESV" with V clear for a reserved page is clean; with V set it is PW303', () => {
  assert.deepEqual(codes(analyse(resv(false), { reasons: [0], needsSpecificPages: true, kernel: { reserved: [100] } })), []);
  const fs = analyse(resv(true), { reasons: [0], needsSpecificPages: true, kernel: { reserved: [100] } });
  assert.ok(only(fs, 'PW303').some((f) => /RESV" with V set/.test(f.message)));
});

/** A PreGrow that asks for page `page` whenever it is asked for one page. */
const requestsPage = (page: number) => (b: B) => {
  whenOnePage(b, () => {
    b.instruction(insn('mov', [reg(0), imm(page)]), `MOV r0, #${page}`);
    b.instruction(insn('str', [reg(0), mem(1, 0)]), 'STR r0, [r1]');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  });
  ret(b);
};
const requestsPage100 = requestsPage(100);

test('R13: requesting a reserved page without "RESV" is PW306', () => {
  assert.deepEqual(codes(analyse(requestsPage100, { reasons: [0], needsSpecificPages: true, kernel: { reserved: [100] } })), ['PW306']);
});

test('R13: a page reserved past the 512 pages an analysis gives a machine of unknown RAM is a page of the machine', () => {
  assert.deepEqual(codes(analyse(requestsPage(0x400), { reasons: [0], needsSpecificPages: true, kernel: { reserved: [0x400, 0x401] } })), ['PW306']);
  assert.deepEqual(codes(analyse(requestsPage(0x400), { reasons: [0], needsSpecificPages: true, kernel: { unavailable: [0x400] } })), ['PW302']);
  assert.deepEqual(codes(analyse(requestsPage(0x402), { reasons: [0], needsSpecificPages: true, kernel: { reserved: [0x400, 0x401] } })), []);
});

test('R13: a long run of reserved or unavailable pages is one test of the entry, however many pages it holds', () => {
  const run = Array.from({ length: 4096 }, (_, k) => 0x200 + k);
  assert.deepEqual(codes(analyse(requestsPage(0x400), { reasons: [0], needsSpecificPages: true, kernel: { reserved: run } })), ['PW306']);
  assert.deepEqual(codes(analyse(requestsPage(0x400), { reasons: [0], needsSpecificPages: true, kernel: { unavailable: run } })), ['PW302']);
  assert.deepEqual(codes(analyse(requestsPage(0x1200), { reasons: [0], needsSpecificPages: true, kernel: { reserved: run } })), []);
  assert.deepEqual(codes(analyse(requestsPage(0x1ff), { reasons: [0], needsSpecificPages: true, kernel: { reserved: run } })), []);
});

test('R13: analyses one after another each start from the kernel of their own settings, kept or not', () => {
  const run = (kernel: HandlerAnalysisOptions['kernel']) => codes(analyse(requestsPage100, { reasons: [0], needsSpecificPages: true, kernel }));
  // Page 100 reserved, then not, then again: a kernel (and its flagged pages) kept from the analysis before must not answer for the next.
  assert.deepEqual([run({ reserved: [100] }), run({}), run({ reserved: [100] }), run({ reserved: [100] }), run({ reserved: [101] }), run({ unavailable: [100] })],
    [['PW306'], [], ['PW306'], ['PW306'], [], ['PW302']]);
});

test('PW303: PreGrow returning V clear with R0 changed', () => {
  const h = (b: B) => { b.instruction(insn('mov', [reg(0), imm(1)]), 'MOV r0, #1'); all(b, clrv('32'), 'CLRV'); ret(b); };
  const fs = analyse(h, { reasons: [0], needsSpecificPages: false });
  assert.deepEqual(codes(fs), ['PW303']);
  assert.ok(fs[0]?.notes.some((n) => n.message === 'R0 overwritten here'));
});

/**
 * `rd` read from a workspace word where the word at [r12] is not 0, else set
 * to `known` (or left as the kernel gave it): one way into the join rests on
 * an unknown value, the other does not.
 */
const workspaceOrKnown = (rd: number, known: number | undefined) => (b: B) => {
  all(b, push([9]), 'STMFD sp!, {r9}');
  b.instruction(insn('ldr', [reg(9), mem(12, 0)]), 'LDR r9, [r12, #ws_flag]');
  b.instruction(insn('teq', [reg(9), imm(0)]), 'TEQ r9, #0');
  b.instruction(cond('ne', insn('ldr', [reg(rd), mem(12, 4)])), 'LDRNE rd, [r12, #ws_value]');
  if (known !== undefined) b.instruction(cond('eq', insn('mov', [reg(rd), imm(known)])), 'MOVEQ rd, #known');
  all(b, pull([9]), 'LDMFD sp!, {r9}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('PW303, PW304, PW308: a register joined from a workspace word and a known value is judged on the known way in', () => {
  const cases = [
    { code: 'PW304', rd: 4, reasons: [4], bad: 0, good: undefined, message: 'TestShrink returns with R4 changed; the kernel expects it preserved', written: 'R4 overwritten here' },
    { code: 'PW303', rd: 0, reasons: [0], bad: 1, good: undefined, message: 'PreGrow returns V clear with R0 neither preserved nor "RESV" (&56534552)', written: 'R0 overwritten here' },
    { code: 'PW308', rd: 3, reasons: [2], bad: 1, good: 0, message: 'PreShrink returns an R3 that is not a multiple of the page size', written: 'R3 set here' },
  ];
  for (const c of cases) {
    const h = workspaceOrKnown(c.rd, c.bad);
    const fs = analyse(h, { reasons: c.reasons, needsSpecificPages: false });
    assert.deepEqual(fs.map((f) => [f.code, f.message]), [[c.code, c.message]], c.code);
    // The finding's path takes the known way: the word tested is 0, noted once, at the first instruction that depends
    // on it; the register was written by the MOVEQ on that way.
    const at = (text: string): string[] => fs[0]?.notes.filter((n) => n.range.start.line === lineOf(h, text)).map((n) => n.message) ?? [];
    assert.deepEqual(at('LDRNE rd, [r12, #ws_value]'), ['assuming the word at workspace == 0'], c.code);
    assert.deepEqual(at('MOVEQ rd, #known'), [c.written], c.code);
    assert.deepEqual(codes(analyse(workspaceOrKnown(c.rd, c.good), { reasons: c.reasons, needsSpecificPages: false })), [], c.code);
  }
});

// ---- R8 / PW309, R12 / PW310 PW311 ---------------------------------------

test('R8: XOS_ChangeDynamicArea inside a handler is PW309; it fails with V set', () => {
  const h = (b: B) => {
    all(b, push([0, 1, LR]), 'STMFD sp!, {r0, r1, lr}');
    b.instruction(insn('swi', [imm(0x2002a)]), 'SWI XOS_ChangeDynamicArea');
    all(b, pull([0, 1, LR]), 'LDMFD sp!, {r0, r1, lr}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = analyse(h, { reasons: [3] });
  assert.deepEqual(codes(fs), ['PW309']);
  assert.equal(fs[0]?.range.start.line, lineOf(h, 'SWI XOS_ChangeDynamicArea'));
});

/** A handler that calls XOS_ChangeDynamicArea and returns with what it leaves in V, or with V set again by SETV. */
function returnsResizeError(setsVAgain: boolean) {
  return (b: B) => {
    all(b, push([1, LR]), 'STMFD sp!, {r1, lr}');
    b.instruction(insn('swi', [imm(0x2002a)]), 'SWI XOS_ChangeDynamicArea');
    if (setsVAgain) { all(b, clrv('32'), 'CLRV'); all(b, setv('32'), 'SETV'); }
    all(b, pull([1, LR]), 'LDMFD sp!, {r1, lr}');
    ret(b);
  };
}

test('R8: a handler returning the refused resize\'s error is one finding, PW309, for PostShrink and PreShrink alike', () => {
  // PostShrink ignores errors and PreShrink's must have R3 = 0: both would be PW305 but for the resize that caused them.
  for (const reason of [3, 2]) {
    const fs = analyse(returnsResizeError(false), { reasons: [reason] });
    assert.deepEqual(codes(fs), ['PW309'], `reason ${reason}`);
  }
});

test('R8: V set again by the handler after a refused resize is a PW305 of its own', () => {
  const fs = analyse(returnsResizeError(true), { reasons: [3] });
  assert.deepEqual(codes(fs), ['PW305', 'PW309']);
  assert.equal(only(fs, 'PW305')[0]?.range.start.line, lineOf(returnsResizeError(true), 'MOV pc, lr'));
});

/** A handler that calls XOS_DynamicArea `reason`, keeping R0 when `keepR0`. */
function dynamicAreaCall(reason: number, keepR0: boolean) {
  const saved = keepR0 ? [0, 1, LR] : [1, LR];
  return (b: B) => {
    all(b, push(saved), 'STMFD sp!, {...}');
    b.instruction(insn('mov', [reg(0), imm(reason)]), `MOV r0, #${reason}`);
    b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
    all(b, pull(saved), 'LDMFD sp!, {...}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
}

test('R8: XOS_DynamicArea 1 (grow or shrink) inside a handler is PW309', () => {
  const fs = analyse(dynamicAreaCall(1, true), { reasons: [3] });
  assert.deepEqual(codes(fs), ['PW309']);
  assert.equal(fs[0]?.range.start.line, lineOf(dynamicAreaCall(1, true), 'SWI XOS_DynamicArea'));
});

test('R8: XOS_DynamicArea 2 (remove) inside a handler is no resize: the call returns as the model has it', () => {
  // The handler runs on past the call to a return with R0 changed (PW304), which only a path through the call reaches.
  const fs = analyse(dynamicAreaCall(2, false), { reasons: [3] });
  assert.deepEqual(codes(fs), ['PW304']);
});

test('R12: a non-X SWI in a handler is a PW311 warning', () => {
  const h = (b: B) => {
    all(b, push([0, 1, LR]), 'STMFD sp!, {r0, r1, lr}');
    b.instruction(insn('swi', [imm(0x21)]), 'SWI OS_ReadUnsigned');
    all(b, pull([0, 1, LR]), 'LDMFD sp!, {r0, r1, lr}');
    ret(b);
  };
  const fs = analyse(h, { reasons: [3] });
  assert.deepEqual(codes(fs), ['PW311']);
  assert.equal(fs[0]?.severity, 'warning');
});

// ---- SWIs with control flow of their own ------------------------------------

/** A PreGrow that saves R0 and LR, prints `text` with XOS_WriteS (the string laid out after the SWI), then runs `rest`. */
const printing = (text: string, rest: (b: B) => void, x = true) => (b: B) => {
  all(b, push([0, LR]), 'STMFD sp!, {r0, lr}');
  b.instruction(insn('swi', [imm(x ? 0x20001 : 0x1)]), x ? 'SWI XOS_WriteS' : 'SWI OS_WriteS');
  b.string(text);
  b.align(4);
  rest(b);
};
const changesR0 = (b: B) => {
  all(b, pull([0, LR]), 'LDMFD sp!, {r0, lr}');
  b.instruction(insn('mov', [reg(0), reg(3, { type: 'lsr', amount: 12 })]), 'MOV r0, r3, LSR #12');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};
const keepsR0 = (b: B) => {
  all(b, pull([0, LR]), 'LDMFD sp!, {r0, lr}');
  all(b, clrv('32'), 'CLRV');
  ret(b);
};

test('OS_WriteS returns to the word after its string: what a PreGrow does after printing is checked (PW303), whatever the string\'s length', () => {
  // 8, 5 and 11 bytes with the zero: no padding, then 3 bytes and 1 byte of it.
  for (const text of ['PreGrow', 'Grow', 'PreGrowing']) {
    const fs = analyse(printing(text, changesR0), { reasons: [0], needsSpecificPages: false });
    assert.deepEqual(codes(fs), ['PW303'], text);
    assert.equal(fs[0]?.range.start.line, lineOf(printing(text, changesR0), 'MOV pc, lr'), text);
    assert.deepEqual(codes(analyse(printing(text, keepsR0), { reasons: [0, 1, 2, 3], needsSpecificPages: false })), [], text);
  }
});

test('OS_WriteS, the plain form, is PW311 and returns past its string too', () => {
  const fs = analyse(printing('PreGrow', changesR0, false), { reasons: [0], needsSpecificPages: false });
  assert.deepEqual(codes(fs), ['PW303', 'PW311']);
});

test('XOS_WriteS returns past its string on an error too, with V set and R0 at the error: a handler that does not save R0 is PW303 on that path', () => {
  const unsaved = (b: B) => {
    all(b, push([LR]), 'STMFD sp!, {lr}');
    b.instruction(insn('swi', [imm(0x20001)]), 'SWI XOS_WriteS');
    b.string('PreGrow');
    all(b, pull([LR]), 'LDMFD sp!, {lr}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  const fs = analyse(unsaved, { reasons: [0], needsSpecificPages: false });
  assert.deepEqual(codes(fs), ['PW303']);
});

// ---- R15 / PW312: dispatchers ----------------------------------------------

function branchTable(bounded: boolean) {
  return (b: B) => {
    if (bounded) b.instruction(insn('cmp', [reg(0), imm(5)]), 'CMP r0, #5');
    b.instruction(cond(bounded ? 'cc' : 'al', insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })])), 'ADDCC pc, pc, r0, LSL #2');
    b.instruction(insn('b', [target('unknown')]), 'B Unknown');
    for (const r of ['grow', 'postgrow', 'shrink', 'postshrink', 'testshrink']) b.instruction(insn('b', [target(r)]), `B ${r}`);
    b.label('grow'); b.label('postgrow'); b.label('postshrink');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('shrink'); b.label('testshrink');
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('unknown');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    all(b, setv('32'), 'SETV');
    ret(b);
  };
}

test('R15: ADD pc, pc, r0, LSL #2 without a bound check is PW312 at the branch', () => {
  const fs = analyse(branchTable(false), { needsSpecificPages: false });
  const f = only(fs, 'PW312');
  assert.equal(f.length, 1);
  assert.equal(f[0]?.range.start.line, lineOf(branchTable(false), 'ADDCC pc, pc, r0, LSL #2'));
  assert.deepEqual(f[0]?.fix, { kind: 'bound-check', register: 0, bound: 5, handler: true });
});

test('R15 fixed: CMP r0, #5 / ADDCC dispatches every reason cleanly', () => {
  assert.deepEqual(codes(analyse(branchTable(true), { needsSpecificPages: false })), []);
});

/** A table of the four reasons behind `CMP r0, #4` / `ADDCC`, whose `B Unknown` refuses the reasons past it with R0 = `r0` and V set. */
function refusingPastTable(r0: number) {
  return (b: B) => {
    b.instruction(insn('cmp', [reg(0), imm(4)]), 'CMP r0, #4');
    b.instruction(cond('cc', insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })])), 'ADDCC pc, pc, r0, LSL #2');
    b.instruction(insn('b', [target('unknown')]), 'B Unknown');
    for (let k = 0; k < 4; k++) b.instruction(insn('b', [target('done')]), 'B done');
    b.label('done');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('unknown');
    b.instruction(insn('mov', [reg(0), imm(r0)]), 'MOV r0, #n');
    all(b, setv('32'), 'SETV');
    b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr ; refusal');
  };
}

test('R15: the refusal a bounded dispatch sends the reasons past its table to is a refusal: R0 no error block is PW305 there, for any area; R0 = 0 is clean', () => {
  const refusal = lineOf(refusingPastTable(0x40), 'MOV pc, lr ; refusal');
  // Not Shrinkable: no reason the kernel calls gets there, but a later kernel's, or another kind of area's, would.
  const found = only(analyse(refusingPastTable(0x40), { needsSpecificPages: false, shrinkable: false }), 'PW305');
  assert.deepEqual(found.map((f) => [f.range.start.line, f.message]), [
    [refusal, 'A reason past the dispatch\'s bound returns V set with R0 = &40, which is not an error block (word number, then a zero-terminated string) nor 0'],
  ]);
  // Shrinkable: TestShrink gets there, and its finding is the one.
  assert.deepEqual(only(analyse(refusingPastTable(0x40), { needsSpecificPages: false }), 'PW305').map((f) => f.message), [
    'TestShrink returns V set with R0 = &40, which is not an error block (word number, then a zero-terminated string) nor 0',
  ]);
  for (const shrinkable of [false, true]) assert.deepEqual(analyse(refusingPastTable(0), { needsSpecificPages: false, shrinkable }), []);
});

test('R15: the refusal past the bound says on its path that R0 = 7 was assumed, at the dispatch; a kernel\'s reason that gets there says nothing of it', () => {
  const dispatch = lineOf(refusingPastTable(0x40), 'ADDCC pc, pc, r0, LSL #2');
  const [past] = only(analyse(refusingPastTable(0x40), { needsSpecificPages: false, shrinkable: false }), 'PW305');
  assert.deepEqual(past?.notes.map((n) => [n.range.start.line, n.message]).slice(0, 1), [
    [dispatch, 'R0 = 7 assumed here (no reason a kernel passes yet, as a later kernel\'s would be): the dispatch sends it past its table'],
  ]);
  const [testShrink] = only(analyse(refusingPastTable(0x40), { needsSpecificPages: false }), 'PW305');
  assert.ok(testShrink && !testShrink.notes.some((n) => n.message.includes('assumed')));
});

test('R15: the refusal past the bound has R0 = 7 in its witness as its reason, for a replay to call the handler with; a kernel\'s reason that gets there has its own', () => {
  const reasonOf = (f: Finding | undefined): string | undefined => f?.witness?.find((w) => w.name === 'reason')?.value;
  const [past] = only(analyse(refusingPastTable(0x40), { needsSpecificPages: false, shrinkable: false }), 'PW305');
  assert.equal(reasonOf(past), '0x7');
  const [testShrink] = only(analyse(refusingPastTable(0x40), { needsSpecificPages: false }), 'PW305');
  assert.equal(reasonOf(testShrink), '0x4');
});

/** A table of four reasons behind `check` (the instructions before the dispatch), dispatched by `dispatch`. */
function fourReasons(check: (b: B) => void, dispatch: 'al' | 'cc') {
  return (b: B) => {
    check(b);
    b.instruction(cond(dispatch, insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })])), 'ADD pc, pc, r0, LSL #2');
    b.instruction(insn('b', [target('unknown')]), 'B Unknown');
    for (let k = 0; k < 4; k++) b.instruction(insn('b', [target('done')]), 'B done');
    b.label('done');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('unknown');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    all(b, setv('32'), 'SETV');
    ret(b);
  };
}

test('R15: a bound check that lets R0 past the table is PW312 naming the check, how far R0 gets, with a note at the check', () => {
  const cmp = (bound: number) => (b: B) => b.instruction(insn('cmp', [reg(0), imm(bound)]), `CMP r0, #${bound}`);
  const past = 'R0 ≥ 4 jumps past the table (reason codes 4-6 exist; return an error for unknown reasons)';
  const lo = fourReasons(cmp(5), 'cc');
  const [f, ...rest] = only(analyse(lo, { needsSpecificPages: false }), 'PW312');
  assert.equal(rest.length, 0, 'the reasons\' runs and the run with R0 unknown find the one finding');
  assert.equal(f?.message, `Computed branch on R0 through a table of 4 entries, and the CMP at line {0} lets R0 reach 4: ${past}`);
  assert.deepEqual(f?.lines?.map((l) => l.line), [lineOf(lo, 'CMP r0, #5')]);
  assert.deepEqual(f?.notes.map((n) => [n.range.start.line, n.message]), [[lineOf(lo, 'CMP r0, #5'), 'R0 up to 4 gets past this check; the table has 4 entries']]);
  // CMP and BHS before an unconditional dispatch: the branch's guard bounds R0, the CMP set its flags.
  const hs = fourReasons((b) => {
    cmp(7)(b);
    b.instruction(cond('cs', insn('b', [target('unknown')])), 'BHS Unknown');
  }, 'al');
  const [g] = only(analyse(hs, { needsSpecificPages: false }), 'PW312');
  assert.equal(g?.message, `Computed branch on R0 through a table of 4 entries, and the CMP at line {0} lets R0 reach 6: ${past}`);
  assert.deepEqual(g?.lines?.map((l) => l.line), [lineOf(hs, 'CMP r0, #7')]);
  // A mask bounds R0 with no check to point at; with nothing at all, nothing keeps R0 below the table's size.
  const masked = fourReasons((b) => b.instruction(insn('and', [reg(0), reg(0), imm(7)]), 'AND r0, r0, #7'), 'al');
  assert.deepEqual(only(analyse(masked, { needsSpecificPages: false }), 'PW312').map((x) => [x.message, x.notes.length]), [
    [`Computed branch on R0 through a table of 4 entries, and what bounds R0 before it lets it reach 7: ${past}`, 0],
  ]);
  assert.deepEqual(only(analyse(fourReasons(() => undefined, 'al'), { needsSpecificPages: false }), 'PW312').map((x) => x.message), [
    `Computed branch on R0 through a table of 4 entries, and nothing before it keeps R0 below 4: ${past}`,
  ]);
  assert.deepEqual(codes(analyse(fourReasons(cmp(4), 'cc'), { needsSpecificPages: false })), []);
});

test('R15: a dispatch on a copy of R0 is a reason dispatch: its PW312 names the reasons past the table, as one on R0 does', () => {
  const onCopy = (bound: number) => (b: B) => {
    all(b, push([10]), 'STMFD sp!, {r10}');
    b.instruction(insn('mov', [reg(10), reg(0)]), 'MOV r10, r0');
    b.instruction(insn('cmp', [reg(10), imm(bound)]), `CMP r10, #${bound}`);
    b.instruction(cond('cc', insn('add', [reg(PC), reg(PC), reg(10, { type: 'lsl', amount: 2 })])), 'ADDCC pc, pc, r10, LSL #2');
    b.instruction(insn('b', [target('unknown')]), 'B Unknown');
    for (let k = 0; k < 4; k++) b.instruction(insn('b', [target('done')]), 'B done');
    b.label('done');
    all(b, pull([10]), 'LDMFD sp!, {r10}');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('unknown');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    all(b, pull([10]), 'LDMFD sp!, {r10}');
    all(b, setv('32'), 'SETV');
    ret(b);
  };
  assert.deepEqual(only(analyse(onCopy(5), { needsSpecificPages: false }), 'PW312').map((f) => f.message), [
    'Computed branch on R10 through a table of 4 entries, and the CMP at line {0} lets R10 reach 4: R10 ≥ 4 jumps past the table (reason codes 4-6 exist; return an error for unknown reasons)',
  ]);
  assert.deepEqual(codes(analyse(onCopy(4), { needsSpecificPages: false })), []);
});

test('R15: a return in an ADD pc table is an entry (the reasons a handler ignores), labelled or not; the code after the table is not', () => {
  const table = (bound: number) => (b: B) => {
    b.instruction(insn('cmp', [reg(0), imm(bound)]), `CMP r0, #${bound}`);
    b.instruction(cond('cc', insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })])), 'ADDCC pc, pc, r0, LSL #2');
    ret(b);
    b.instruction(insn('b', [target('grow')]), 'B grow');
    ret(b);
    b.instruction(insn('b', [target('shrink')]), 'B shrink');
    ret(b);
    b.instruction(insn('b', [target('shrink')]), 'B shrink');
    b.label('grow');
    ret(b);
    b.label('shrink');
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    ret(b);
  };
  // R0 = 5 lands on grow's own return (`PostShrink MOV pc, lr` as a table's last slot): it returns, as the others do.
  assert.deepEqual(codes(analyse(table(6), { needsSpecificPages: false })), []);
  assert.deepEqual(only(analyse(table(7), { needsSpecificPages: false }), 'PW312').map((f) => f.message), [
    'Computed branch on R0 through a table of 6 entries, and the CMP at line {0} lets R0 reach 6: R0 ≥ 6 jumps past the table (reason code 6 exists; return an error for unknown reasons)',
  ]);
});

/** Three reasons by `B`, and the last (PostShrink) running straight on from the table into its routine, behind `check`. */
function runsOn(check: (b: B) => void, dispatch: 'al' | 'cc' | 'ls', options: { labelled?: boolean; changesR0?: boolean; shared?: boolean } = {}) {
  return (b: B) => {
    check(b);
    b.instruction(cond(dispatch, insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })])), 'ADD pc, pc, r0, LSL #2');
    b.instruction(insn('b', [target('unknown')]), 'B Unknown');
    for (let k = 0; k < 3; k++) b.instruction(insn('b', [target(options.shared && k === 2 ? 'PostShrink' : 'done')]), 'B done');
    if (options.labelled ?? true) b.label('PostShrink');
    b.instruction(insn('str', [reg(4), mem(12, 0)]), 'STR r4, [r12]');
    if (options.changesR0) b.instruction(insn('mov', [reg(0), imm(1)]), 'MOV r0, #1');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('done');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('unknown');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    all(b, setv('32'), 'SETV');
    ret(b);
  };
}

test('R15: a bound check that stops R0 at the slot after the table lets the last reason run on into its labelled routine', () => {
  const cmp = (bound: number) => (b: B) => b.instruction(insn('cmp', [reg(0), imm(bound)]), `CMP r0, #${bound}`);
  const bhs = (b: B) => {
    cmp(4)(b);
    b.instruction(cond('cs', insn('b', [target('unknown')])), 'BHS Unknown');
  };
  // CMP r0, #4 / ADDLO, CMP r0, #3 / ADDLS and CMP r0, #4 / BHS before the dispatch all stop R0 at 3, PostShrink's slot.
  for (const h of [runsOn(cmp(4), 'cc'), runsOn(cmp(3), 'ls'), runsOn(bhs, 'al')]) assert.deepEqual(codes(analyse(h, { needsSpecificPages: false })), []);
  // That slot is PostShrink's code, run and checked as PostShrink.
  const changed = runsOn(cmp(4), 'cc', { changesR0: true });
  assert.deepEqual(analyse(changed, { needsSpecificPages: false }).map((f) => [f.code, f.range.start.line, f.message]), [
    ['PW304', lineOf(changed, 'MOV pc, lr'), 'PostShrink returns with R0 changed; the kernel expects it preserved'],
  ]);
  // Code without a label of its own is no routine, code a branch of the table goes to (here PreShrink's) is not the last reason's own,
  // and a looser bound says nothing of where the table ends: all are past it.
  const past = (reach: number) => `Computed branch on R0 through a table of 3 entries, and the CMP at line {0} lets R0 reach ${reach}: R0 ≥ 3 jumps past the table (reason codes 3-6 exist; return an error for unknown reasons)`;
  assert.deepEqual(only(analyse(runsOn(cmp(4), 'cc', { labelled: false }), { needsSpecificPages: false }), 'PW312').map((f) => f.message), [past(3)]);
  assert.deepEqual(only(analyse(runsOn(cmp(4), 'cc', { shared: true }), { needsSpecificPages: false }), 'PW312').map((f) => f.message), [past(3)]);
  assert.deepEqual(only(analyse(runsOn(cmp(5), 'cc'), { needsSpecificPages: false }), 'PW312').map((f) => f.message), [past(4)]);
});

test('R15: a dispatch in a routine of its own (ROUT) is judged where the handler runs into it, not by itself with any R0', () => {
  const handler = (bounded: boolean, declared = true) => {
    const b = armProgram();
    if (declared) b.entry('H', 'H', { kind: 'da-handler', needsSpecificPages: false });
    b.label('H');
    if (bounded) {
      b.instruction(insn('cmp', [reg(0), imm(4)]), 'CMP r0, #4');
      b.instruction(cond('cs', insn('b', [target('unknown')])), 'BHS unknown');
    }
    b.label('dispatch');
    b.instruction(insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })]), 'ADD pc, pc, r0, LSL #2');
    b.instruction(insn('mov', [reg(0), reg(0)]), 'NOP');
    for (let k = 0; k < 3; k++) b.instruction(insn('b', [target('done')]), 'B done');
    // PostShrink's slot: a return with a label of its own.
    b.label('PostShrink');
    ret(b);
    b.label('unknown');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    all(b, setv('32'), 'SETV');
    b.label('done');
    ret(b);
    return b.build();
  };
  // Called as a plain routine, R0 is the caller's to bound; with no handler in the program (a fragment read alone) the routine is judged by itself.
  assert.deepEqual(analyseRiscOsCode(handler(true), 'dispatch', { moduleCode: false }).map((f) => f.code), []);
  assert.deepEqual(analyseRiscOsCode(handler(true, false), 'dispatch', { moduleCode: false }).map((f) => f.code), ['PW312']);
  assert.deepEqual(codes(analyseDynamicAreaHandler(handler(true), 'H', { needsSpecificPages: false }).findings), []);
  assert.deepEqual(codes(analyseDynamicAreaHandler(handler(false), 'H', { needsSpecificPages: false }).findings), ['PW312']);
});

/** A SWI handler that dispatches on R11 through `count` branches with no bound check. */
function swiTable(count: number): Program<ArmInstruction> {
  const b = armProgram();
  b.label('swi');
  b.instruction(insn('add', [reg(PC), reg(PC), reg(11, { type: 'lsl', amount: 2 })]), 'ADD pc, pc, r11, LSL #2');
  ret(b);
  for (let k = 0; k < count; k++) b.instruction(insn('b', [target('first')]), 'B first');
  b.label('first');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  ret(b);
  return b.build();
}

test('R15: a reason past an unbounded table is its PW312 alone: what it lands on is not run as that reason', () => {
  // Reason 4 lands on Grow's first instruction, which would leave R0 changed for TestShrink.
  const h = (b: B) => {
    b.instruction(insn('add', [reg(PC), reg(PC), reg(0, { type: 'lsl', amount: 2 })]), 'ADD pc, pc, r0, LSL #2');
    b.instruction(insn('mov', [reg(0), reg(0)]), 'NOP');
    for (const r of ['grow', 'done', 'done', 'done']) b.instruction(insn('b', [target(r)]), `B ${r}`);
    b.label('grow');
    b.instruction(insn('mov', [reg(0), reg(2)]), 'MOV r0, r2');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.label('done');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.deepEqual(analyse(h, { reasons: [4], needsSpecificPages: false }).map((f) => f.code), ['PW312']);
});

test('R15: a SWI routine\'s dispatch on R11 is PW312 too, in its own terms: R11 is no handler reason', () => {
  const [f, ...rest] = analyseSwiHandler(swiTable(2), 'swi');
  // R11 past the table could go anywhere: the PW312 is the one finding, with no PW900 for the paths it covers.
  assert.deepEqual(rest.map((x) => x.code), []);
  assert.equal(f?.code, 'PW312');
  assert.match(f?.message ?? '', /R11 ≥ 2 jumps past the table \(return an error for the values it does not cover\)$/);
});

test('R15: a SWI handler\'s table of all 64 SWIs in its chunk needs no bound check: the kernel passes R11 below 64', () => {
  assert.deepEqual(analyseSwiHandler(swiTable(64), 'swi').map((f) => f.code), []);
  assert.deepEqual(analyseSwiHandler(swiTable(63), 'swi').map((f) => f.code), ['PW312']);
});

test('R15: LDR pc, [pc, r0, LSL #2] through a DCD table without a bound is PW312', () => {
  const h = (b: B) => {
    b.instruction(insn('ldr', [reg(PC), mem(PC, { reg: 0, shift: { type: 'lsl', amount: 2 } })]), 'LDR pc, [pc, r0, LSL #2]');
    b.instruction(insn('b', [target('out')]), 'B out');
    b.words('out', 'out');
    b.label('out');
    all(b, clrv('32'), 'CLRV');
    ret(b);
  };
  assert.equal(only(analyse(h, { reasons: [0], needsSpecificPages: false }), 'PW312').length, 1);
});

test('a TEQ chain dispatches by running; unknown reasons return an error block', () => {
  const h = (b: B) => {
    b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
    b.instruction(cond('eq', insn('b', [target('done')])), 'BEQ PreGrow');
    b.instruction(insn('teq', [reg(0), imm(2)]), 'TEQ r0, #2');
    b.instruction(cond('eq', insn('b', [target('shrink')])), 'BEQ PreShrink');
    b.instruction(insn('teq', [reg(0), imm(1)]), 'TEQ r0, #1');
    b.instruction(insn('teq', [reg(0), imm(3)], { condition: 'ne' }), 'TEQNE r0, #3');
    b.instruction(insn('teq', [reg(0), imm(4)], { condition: 'ne' }), 'TEQNE r0, #4');
    b.instruction(cond('eq', insn('b', [target('done')])), 'BEQ done');
    b.instruction(insn('adr', [reg(0), target('err')]), 'ADR r0, ErrorBlock_UnknownAreaHandler');
    all(b, setv('32'), 'SETV');
    ret(b);
    b.label('shrink');
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    b.label('done');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('err').words(0x1e8);
    b.string('Unknown reason');
    b.align(4);
  };
  assert.deepEqual(codes(analyse(h, { needsSpecificPages: true, reasons: [0, 1, 2, 3, 4, 5] })), []);
});

// ---- the R0-unknown run ------------------------------------------------------

/** Explorations of a dispatching handler for reasons 0-4 of an area without flag bit 8. */
function runsOf(build: (b: B) => void): number {
  const b = armProgram();
  b.label('H');
  build(b);
  return analyseDynamicAreaHandler(b.build(), 'H', { needsSpecificPages: false }).runs;
}

const errorReturn = (b: B) => {
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
};

test('a handler that cannot come to a computed branch gets no R0-unknown run: it could find no PW312', () => {
  const teqChain = (b: B) => {
    b.instruction(insn('teq', [reg(0), imm(2)]), 'TEQ r0, #2');
    b.instruction(cond('eq', insn('b', [target('shrink')])), 'BEQ PreShrink');
    b.instruction(cond('ne', insn('bl', [target('sub')])), 'BLNE sub');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('shrink');
    errorReturn(b);
    all(b, push([4, LR]), 'Push "r4, lr"');
    all(b, setv('32'), 'SETV');
    b.instruction(insn('ldm', [reg(13), { kind: 'reglist', regs: [4, PC], caret: false }], { blockMode: 'ia', writeback: true }), 'Pull "r4, pc"');
    b.label('sub');
    b.instruction(insn('bx', [reg(LR)]), 'BX lr');
  };
  assert.equal(runsOf(teqChain), 5);
  const orrsReturn = (b: B) => { errorReturn(b); b.instruction(insn('orr', [reg(PC), reg(LR), imm(1 << 28)], { setFlags: true }), 'ORRS pc, lr, #V_bit'); };
  assert.equal(runsOf(orrsReturn), 5, 'ORRS pc, lr, #V_bit returns, as every data processing from LR into PC does');
});

test('a computed branch anywhere the handler can go keeps the R0-unknown run', () => {
  const through = (jump: ArmInstruction, text: string) => (b: B) => {
    b.instruction(insn('teq', [reg(0), imm(4)]), 'TEQ r0, #4');
    b.instruction(cond('eq', insn('b', [target('far')])), 'BEQ far');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('far');
    b.instruction(jump, text);
  };
  assert.equal(runsOf(through(insn('mov', [reg(PC), reg(3)]), 'MOV pc, r3')), 6);
  assert.equal(runsOf(through(insn('ldr', [reg(PC), mem(1, 4)]), 'LDR pc, [r1, #4]')), 6);
  assert.equal(runsOf(through(insn('orr', [reg(PC), reg(LR)]), 'ORR pc, lr')), 6, 'two operands: PC | LR, no return');
});

test('a computed branch where a routine called by ADR lr, back / B sub returns keeps the R0-unknown run', () => {
  const afterReturn = (b: B) => {
    b.instruction(insn('teq', [reg(0), imm(4)]), 'TEQ r0, #4');
    b.instruction(cond('eq', insn('b', [target('far')])), 'BEQ far');
    all(b, clrv('32'), 'CLRV');
    ret(b);
    b.label('far');
    b.instruction(insn('adr', [reg(LR), target('back')]), 'ADR lr, back');
    b.instruction(insn('b', [target('sub')]), 'B sub');
    b.label('back');
    b.instruction(insn('mov', [reg(PC), reg(3)]), 'MOV pc, r3');
    b.label('sub');
    ret(b);
  };
  assert.equal(runsOf(afterReturn), 6);
});

test('an unbounded table in a routine the handler calls is PW312 from the R0-unknown run', () => {
  const h = (b: B) => {
    all(b, push([LR]), 'Push "lr"');
    b.instruction(insn('bl', [target('dispatch')]), 'BL dispatch');
    b.instruction(insn('ldm', [reg(13), { kind: 'reglist', regs: [PC], caret: false }], { blockMode: 'ia', writeback: true }), 'Pull "pc"');
    b.label('dispatch');
    branchTable(false)(b);
  };
  const fs = only(analyse(h, { needsSpecificPages: false }), 'PW312');
  assert.equal(fs.length, 1);
  assert.equal(fs[0]?.range.start.line, lineOf(h, 'ADDCC pc, pc, r0, LSL #2'));
});

// ---- 26-bit returns --------------------------------------------------------

test('26-bit: MOVS pc, lr returns with the caller\'s flags (V clear); ORRS pc, lr, #V_bit is an error return', () => {
  const ok26 = (b: B) => { b.instruction(insn('cmp', [reg(3), reg(4)]), 'CMP r3, r4'); b.instruction(insn('mov', [reg(PC), reg(LR)], { setFlags: true }), 'MOVS pc, lr'); };
  assert.deepEqual(codes(analyse(ok26, { reasons: [3], mode: '26' })), []);
  const err26 = (b: B) => {
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0');
    b.instruction(insn('orr', [reg(PC), reg(LR), imm(1 << 28)], { setFlags: true }), 'ORRS pc, lr, #V_bit');
  };
  assert.deepEqual(codes(analyse(err26, { reasons: [2], mode: '26' })), []);
  const bad26 = (b: B) => { b.instruction(insn('mov', [reg(0), imm(1)]), 'MOV r0, #1'); b.instruction(insn('orr', [reg(PC), reg(LR), imm(1 << 28)], { setFlags: true }), 'ORRS pc, lr, #V_bit'); };
  assert.deepEqual(codes(analyse(bad26, { reasons: [4], mode: '26' })), ['PW305']);
});

// ---- Abort (reason 5) -----------------------------------------------------

const abortHandler = (body: (b: B) => void) => (b: B) => {
  body(b);
  ret(b);
};

test('Abort: R4 out is the bytes handled, so changing it is clean; any other register changed is PW304', () => {
  const handled = abortHandler((b) => { b.instruction(insn('mov', [reg(4), imm(4)]), 'MOV r4, #4'); all(b, clrv('32'), 'CLRV'); });
  assert.deepEqual(codes(analyse(handled, { reasons: [5] })), []);
  const bad = abortHandler((b) => { b.instruction(insn('mov', [reg(3), imm(0)]), 'MOV r3, #0'); all(b, clrv('32'), 'CLRV'); });
  assert.deepEqual(only(analyse(bad, { reasons: [5] }), 'PW304').map((f) => f.message), ['Abort returns with R3 changed; the kernel expects it preserved']);
});

test('Abort may refuse: V set with R0 at an error block is not PW305', () => {
  const refuse = abortHandler((b) => {
    b.instruction(insn('adr', [reg(0), target('abort_error')]), 'ADR r0, abort_error');
    all(b, setv('32'), 'SETV');
  });
  const build = (b: B) => {
    refuse(b);
    b.label('abort_error').words(0x820e40);
    b.string('Not handled');
    b.align(4);
  };
  assert.deepEqual(codes(analyse(build, { reasons: [5] })), []);
});

test('Abort gets R5 = the end of the area\'s used part, not the page size: code that relies on R5 being 4096 is not taken as certain', () => {
  const h = abortHandler((b) => {
    b.instruction(insn('cmp', [reg(5), imm(4096)]), 'CMP r5, #4096');
    b.instruction(cond('ne', insn('mov', [reg(3), imm(0)])), 'MOVNE r3, #0');
    all(b, clrv('32'), 'CLRV');
  });
  assert.deepEqual(codes(analyse(h, { reasons: [5] })), ['PW304']);
  assert.deepEqual(codes(analyse(h, { reasons: [3] })), [], 'PostShrink does get the page size in R5');
});

test('R2: R4 a copy of what OS_ReadMonotonicTime returns as its own output is PW304 in every reason; restoring R4 is clean', () => {
  /** A handler that copies the monotonic time into R4, saving `saved` around it. */
  const copies = (saved: readonly number[]) => (b: B) => {
    for (const i of push([...saved, LR])) b.instruction(i, 'Push');
    b.instruction(insn('swi', [imm(0x20042)]), 'SWI XOS_ReadMonotonicTime');
    b.instruction(insn('mov', [reg(4), reg(0)]), 'MOV r4, r0');
    all(b, clrv('32'), 'CLRV');
    for (const i of pull([...saved, PC])) b.instruction(i, 'Pull');
  };
  const found = only(analyse(copies([0]), { needsSpecificPages: false, shrinkable: false }), 'PW304');
  assert.deepEqual(found.map((f) => [f.message.split(';')[0], f.notes.map((n) => [n.range.start.line, n.message])]), [
    ['PreGrow returns with R4 changed', [[lineOf(copies([0]), 'MOV r4, r0'), 'R4 overwritten here']]],
  ]);
  assert.deepEqual(only(analyse(copies([0, 4]), { needsSpecificPages: false, shrinkable: false }), 'PW304'), []);
});
