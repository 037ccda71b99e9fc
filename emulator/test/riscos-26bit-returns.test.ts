// 26-bit handler returns: RISC OS 3.x code returns with the PSR bits the
// kernel's R14 carries (SVC mode, flags clear), `MOVS pc, lr` as they were,
// `BICS pc, lr, #V_bit` with V clear, `ORRS pc, lr, #V_bit` with V set, and
// `LDMFD sp!, {…, pc}^` as the pulled R14 has them. The handler checks judge
// each return by the V it leaves, as they judge CLRV or SETV and MOV pc, lr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../src/checks/finding.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import type { HandlerAnalysisOptions } from '../src/models/riscos/analyse-handler.js';
import { pull, push, V_BIT } from '../src/models/riscos/macros.js';
import { cond, imm, insn, list, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;

const fromLr = (mnemonic: 'orr' | 'bic', text: string) => (b: B) => b.instruction(insn(mnemonic, [reg(PC), reg(LR), imm(V_BIT)], { setFlags: true }), text);
const orrs = fromLr('orr', 'ORRS pc, lr, #V_bit');
const bics = fromLr('bic', 'BICS pc, lr, #V_bit');
const movs = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)], { setFlags: true }), 'MOVS pc, lr');
const all = (b: B, is: ArmInstruction[], text: string) => { for (const i of is) b.instruction(i, text); };
const mov = (b: B, r: number, value: number) => b.instruction(insn('mov', [reg(r), imm(value)]), `MOV r${r}, #${value}`);

function analyse(build: (b: B) => void, options: HandlerAnalysisOptions): readonly Finding[] {
  const b = armProgram();
  b.label('H');
  build(b);
  return analyseDynamicAreaHandler(b.build(), 'H', { mode: '26', ...options }).findings;
}

function lineOf(build: (b: B) => void, text: string): number {
  const b = armProgram();
  b.label('H');
  build(b);
  const item = b.build().items.find((i) => i.text === text);
  assert.ok(item, `no line ${text}`);
  return item.source.range.start.line;
}

const codes = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.code))].sort();

/** A PreGrow that names page 100 in entry 0 of the block alone, then returns as `back` does. */
const namesEntry0 = (back: (b: B) => void) => (b: B) => {
  all(b, push([6]), 'STMFD sp!, {r6}');
  mov(b, 6, 100);
  b.instruction(insn('str', [reg(6), mem(1, 0)]), 'STR r6, [r1]');
  all(b, pull([6]), 'LDMFD sp!, {r6}');
  back(b);
};

test('26-bit PW301: a half-filled page block returned by BICS pc, lr, #V_bit or MOVS pc, lr is a success return; refused by ORRS pc, lr, #V_bit it is not', () => {
  const block = { reasons: [0], needsSpecificPages: true };
  for (const [text, back] of [['BICS pc, lr, #V_bit', bics], ['MOVS pc, lr', movs]] as const) {
    const fs = analyse(namesEntry0(back), block);
    assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [['PW301', lineOf(namesEntry0(back), text)]], text);
  }
  assert.deepEqual(codes(analyse(namesEntry0((b) => { mov(b, 0, 0); orrs(b); }), block)), []);
});

/** A PreGrow that returns R0 = "RESV" as `back` does. */
const returnsResv = (back: (b: B) => void) => (b: B) => {
  b.instruction(insn('ldr', [reg(0), target('resv')]), 'LDR r0, =DAHandler_RESV');
  back(b);
  b.label('resv').words(0x56534552);
};

test('26-bit PW303: "RESV" returned by BICS pc, lr, #V_bit is clean, by ORRS pc, lr, #V_bit is an error return of "RESV"; R0 changed at BICS is PW303', () => {
  const options = { reasons: [0], needsSpecificPages: true };
  assert.deepEqual(codes(analyse(returnsResv(bics), options)), []);
  assert.deepEqual(analyse(returnsResv(orrs), options).map((f) => f.message), ['PreGrow returns "RESV" with V set: the kernel takes it as an error']);
  assert.deepEqual(codes(analyse((b) => { mov(b, 0, 5); bics(b); }, { reasons: [0], needsSpecificPages: false })), ['PW303']);
});

test('26-bit PW304: a register changed at BICS pc, lr, #V_bit is PW304; LDMFD sp!, {r2, pc}^ gives it back and returns with the pulled R14\'s flags', () => {
  const changed = (b: B) => { mov(b, 2, 5); bics(b); };
  assert.deepEqual(analyse(changed, { reasons: [3] }).map((f) => f.message), ['PostShrink returns with R2 changed; the kernel expects it preserved']);
  const restored = (b: B) => {
    all(b, push([2, LR]), 'STMFD sp!, {r2, lr}');
    mov(b, 2, 5);
    b.instruction(insn('ldm', [reg(13), list([2, PC], true)], { blockMode: 'ia', writeback: true }), 'LDMFD sp!, {r2, pc}^');
  };
  assert.deepEqual(codes(analyse(restored, { reasons: [3] })), []);
});

test('26-bit PW304: a SWI or BL without R14 saved, then a return from R14, is one PW304 through R14, with the overwrite as a note', () => {
  const calls = [['SWI XOS_WriteC', insn('swi', [imm(0x20000)])], ['BL sub', insn('bl', [target('sub')])]] as const;
  const returns = [['BICS pc, lr, #V_bit', bics], ['MOVS pc, lr', movs], ['MOV pc, lr', (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr')]] as const;
  for (const [callText, call] of calls) {
    for (const [returnText, back] of returns) {
      const lost = (b: B) => {
        b.instruction(call, callText);
        back(b);
        b.label('sub');
        movs(b);
      };
      const fs = analyse(lost, { reasons: [3] });
      assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [['PW304', lineOf(lost, returnText)]], `${callText} / ${returnText}`);
      assert.match(fs[0]?.message ?? '', /^PostShrink returns through R14, which no longer holds the caller's return address: the return goes to H \+ \d+\. Save R14/, `${callText} / ${returnText}`);
      assert.deepEqual(fs[0]?.notes.filter((n) => n.message === 'R14 overwritten here').map((n) => n.range.start.line), [lineOf(lost, callText)], `${callText} / ${returnText}`);
    }
  }
  const refused = (b: B) => {
    b.instruction(insn('swi', [imm(0x20000)]), 'SWI XOS_WriteC');
    mov(b, 0, 0);
    mov(b, 3, 0);
    orrs(b);
  };
  assert.match(analyse(refused, { reasons: [2] })[0]?.message ?? '', /^PreShrink returns through R14/);
});

test('26-bit PW304 fixed: R14 saved across the SWI and pulled before BICS pc, lr, #V_bit is clean', () => {
  const saved = (b: B) => {
    all(b, push([0, LR]), 'STMFD sp!, {r0, lr}');
    b.instruction(insn('swi', [imm(0x20000)]), 'SWI XOS_WriteC');
    all(b, pull([0, LR]), 'LDMFD sp!, {r0, lr}');
    bics(b);
  };
  assert.deepEqual(codes(analyse(saved, { reasons: [3] })), []);
});

/** PostShrink comparing two registers it was given, which may overflow and leave V set, then returning as `back` does. */
const comparesThen = (back: (b: B) => void) => (b: B) => {
  b.instruction(insn('cmp', [reg(6), reg(7)]), 'CMP r6, r7');
  back(b);
};

test('26-bit PW305: MOVS pc, lr after a compare returns with the V of R14, clear; MOV pc, lr keeps the V the compare left', () => {
  assert.deepEqual(codes(analyse(comparesThen(movs), { reasons: [3] })), []);
  const kept = analyse(comparesThen((b) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr')), { reasons: [3] });
  assert.deepEqual(kept.map((f) => f.message), ['PostShrink may return with V left set by an earlier instruction; the kernel takes V set as an error (and ignores it)']);
});

test('26-bit PW305: ORRS pc, lr, #V_bit is an error return: R0 must be 0 or an error block, and a PreShrink\'s R3 0', () => {
  const refuse = (r0: number, r3: number) => (b: B) => { mov(b, 0, r0); mov(b, 3, r3); orrs(b); };
  assert.deepEqual(codes(analyse(refuse(0, 0), { reasons: [2] })), []);
  assert.deepEqual(analyse(refuse(7, 0), { reasons: [2] }).map((f) => f.message),
    ['PreShrink returns V set with R0 = 7, which is not an error block (word number, then a zero-terminated string) nor 0']);
  assert.deepEqual(analyse(refuse(0, 4096), { reasons: [2] }).map((f) => f.message), ['PreShrink returns an error with R3 not 0']);
  assert.deepEqual(analyse((b) => { mov(b, 0, 0); orrs(b); }, { reasons: [1], needsSpecificPages: false }).map((f) => f.message),
    ['PostGrow returns V set, but the kernel ignores errors from PostGrow: the refusal has no effect']);
});

/** A PreGrow that asks for page 100 when asked for one page, and returns as `back` does. */
const requestsPage100 = (back: (b: B) => void) => (b: B) => {
  b.instruction(insn('cmp', [reg(2), imm(1)]), 'CMP r2, #1');
  b.instruction(cond('ne', insn('b', [target('several')])), 'BNE several');
  mov(b, 0, 100);
  b.instruction(insn('str', [reg(0), mem(1, 0)]), 'STR r0, [r1]');
  mov(b, 0, 0);
  b.label('several');
  back(b);
};

test('26-bit PW306: a reserved page asked for and returned by BICS pc, lr, #V_bit without "RESV" is PW306; refused by ORRS pc, lr, #V_bit it is not', () => {
  const options = { reasons: [0], needsSpecificPages: true, kernel: { reserved: [100] } };
  assert.deepEqual(codes(analyse(requestsPage100(bics), options)), ['PW306']);
  assert.deepEqual(codes(analyse(requestsPage100(orrs), options)), []);
});

/** TestShrink reading its area's size with XOS_DynamicArea 2 (which returns R2-R8, so it saves R4-R8); `passOn` is the error return after the SWI, if any. */
const readsSize = (passOn: boolean) => (b: B) => {
  all(b, push([0, 1, 2, 4, 5, 6, 7, 8, LR]), 'STMFD sp!, {r0-r2, r4-r8, lr}');
  mov(b, 0, 2);
  b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
  if (passOn) {
    b.instruction(cond('vs', insn('add', [reg(13), reg(13), imm(4)])), 'ADDVS sp, sp, #4');
    all(b, pull([1, 2, 4, 5, 6, 7, 8, LR], 'vs'), 'LDMVSFD sp!, {r1, r2, r4-r8, lr}');
    b.instruction(cond('vs', insn('orr', [reg(PC), reg(LR), imm(V_BIT)], { setFlags: true })), 'ORRVSS pc, lr, #V_bit');
  }
  b.instruction(insn('str', [reg(2), mem(12, 0)]), 'STR r2, [r12]');
  all(b, pull([0, 1, 2, 4, 5, 6, 7, 8, LR]), 'LDMFD sp!, {r0-r2, r4-r8, lr}');
  bics(b);
};

test('26-bit PW310: ORRVSS pc, lr, #V_bit after an X SWI passes its error on and tests V; a result stored without it is PW310', () => {
  assert.deepEqual(analyse(readsSize(false), { reasons: [4] }).map((f) => [f.code, f.range.start.line]), [['PW310', lineOf(readsSize(false), 'STR r2, [r12]')]]);
  assert.deepEqual(codes(analyse(readsSize(true), { reasons: [4] })), []);
});

// ---- code for both address modes: TEQ pc, pc ------------------------------

const teqPcPc = (b: B) => b.instruction(insn('teq', [reg(PC), reg(PC)]), 'TEQ pc, pc');
/** `MSR<cond> CPSR_f, #flags`: a 32-bit return's flags. */
const msrFlags = (flags: number, condition: 'al' | 'eq' = 'al') => (b: B) =>
  b.instruction(cond(condition, insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(flags)])), `MSR${condition === 'al' ? '' : 'EQ'} CPSR_f, #${flags === V_BIT ? 'V_bit' : flags}`);
const plainReturn = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
/** A return for both modes: `TEQ pc, pc`, then the 26-bit return when Z is clear, else `MSR CPSR_f, #flags32` / `MOV pc, lr`. */
const neutralReturn = (back26: 'bic' | 'orr', flags32: number) => (b: B) => {
  teqPcPc(b);
  b.instruction(cond('ne', insn(back26, [reg(PC), reg(LR), imm(V_BIT)], { setFlags: true })), `${back26.toUpperCase()}NES pc, lr, #V_bit`);
  msrFlags(flags32)(b);
  plainReturn(b);
};

test('TEQ pc, pc: the 32-bit side of code for both modes is analysed in a 32-bit mode, a success return there with V set is PW305 resting on the test', () => {
  const bad = neutralReturn('bic', V_BIT);
  const [f, ...rest] = analyse(bad, { reasons: [3] });
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'PW305');
  assert.equal(f?.range.start.line, lineOf(bad, 'MOV pc, lr'));
  assert.deepEqual(f?.notes.map((n) => [n.range.start.line, n.message]), [[lineOf(bad, 'TEQ pc, pc'), 'assuming TEQ pc, pc\'s result (Z, set in a 32-bit mode) == 1']]);
  assert.equal(f?.witness?.find((w) => w.name.startsWith('mode.32bit#'))?.value, '0x1', 'the witness replays the 32-bit side');
  assert.deepEqual(codes(analyse(neutralReturn('bic', 0), { reasons: [3] })), [], 'V cleared on both sides');
});

test('TEQ pc, pc: the 26-bit side is still analysed in the 26-bit mode: ORRNES pc, lr, #V_bit on a success is PW305 there', () => {
  const bad = neutralReturn('orr', 0);
  const [f, ...rest] = analyse(bad, { reasons: [3] });
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'PW305');
  assert.equal(f?.range.start.line, lineOf(bad, 'ORRNES pc, lr, #V_bit'));
  assert.deepEqual(f?.notes.map((n) => n.message), ['assuming TEQ pc, pc\'s result (Z, set in a 32-bit mode) == 0']);
});

test('TEQ pc, pc: a path keeps the mode its first test chose; a second test on it does not switch a 26-bit path to 32-bit', () => {
  // V is set first; only the 32-bit side clears it before its return, the 26-bit side returns by BICS.
  const twice = (b: B) => {
    b.instruction(insn('cmp', [reg(0), imm(0x80000000)]), 'SETV');
    b.instruction(cond('vc', insn('cmn', [reg(0), imm(0x80000000)])), 'SETV');
    teqPcPc(b);
    msrFlags(0, 'eq')(b);
    b.instruction(insn('teq', [reg(PC), reg(PC)]), 'TEQ pc, pc again');
    b.instruction(cond('eq', insn('mov', [reg(PC), reg(LR)])), 'MOVEQ pc, lr');
    bics(b);
  };
  assert.deepEqual(codes(analyse(twice, { reasons: [3] })), []);
});
