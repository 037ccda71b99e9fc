// The runs on one RISC OS program share a solver (`explore/program-solver.ts`):
// a handler's reasons, the module's entries and a routine written out again
// under another label ask many of the same questions, and a later run finds
// them answered. What an entry finds must not depend on which entries ran
// before it in the program; docs/benchmarks.md ("One solver for a RISC OS
// program's runs") measures the saving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../src/checks/finding.js';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import type { Program } from '../src/ir/program.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { analyseDynamicAreaHandler } from '../src/models/riscos/analyse-handler.js';
import { clrv, pull, push, setv } from '../src/models/riscos/macros.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const all = (b: B, is: ArmInstruction[], text: string) => { for (const i of is) b.instruction(i, text); };

/** A handler that reads through R1 only where it is not 0, resizes its own area and returns with V set again. */
function handler(b: B, n: string): void {
  b.label(`handler${n}`);
  all(b, push([1, LR]), 'STMFD sp!, {r1, lr}');
  b.instruction(insn('teq', [reg(1), imm(0)]), 'TEQ r1, #0');
  b.instruction(cond('eq', insn('b', [target(`skip${n}`)])), `BEQ skip${n}`);
  b.instruction(insn('ldr', [reg(6), mem(1, 0)]), 'LDR r6, [r1]');
  b.label(`skip${n}`);
  b.instruction(insn('swi', [imm(0x2002a)]), 'SWI XOS_ChangeDynamicArea');
  all(b, clrv('32'), 'CLRV');
  all(b, setv('32'), 'SETV');
  all(b, pull([1, LR]), 'LDMFD sp!, {r1, lr}');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
}

/** Module code that creates an area and uses R1 without looking at V. */
function init(b: B, n: string): void {
  b.label(`init${n}`);
  all(b, push([LR]), 'STMFD sp!, {lr}');
  b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
  b.instruction(insn('swi', [imm(0x20066)]), 'SWI XOS_DynamicArea');
  b.instruction(insn('str', [reg(1), mem(12, 0)]), 'STR r1, [r12]');
  all(b, pull([PC]), 'LDMFD sp!, {pc}');
}

/** Two copies of the handler and of the module code, under other labels. */
function program(): Program {
  const b = armProgram();
  handler(b, 'A');
  handler(b, 'B');
  init(b, 'A');
  init(b, 'B');
  return b.build();
}

type Run = (p: Program) => readonly Finding[];
const handlerRun = (n: string): Run => (p) => analyseDynamicAreaHandler(p, `handler${n}`, { reasons: [0, 2, 3] }).findings;
const codeRun = (n: string): Run => (p) => analyseRiscOsCode(p, `init${n}`);
const codes = (fs: readonly Finding[]) => fs.map((f) => f.code).sort();

test('a handler written out twice: each copy\'s analysis after the other\'s finds what an analysis of it alone finds', () => {
  for (const [before, after] of [['A', 'B'], ['B', 'A']] as const) {
    const shared = program();
    handlerRun(before)(shared);
    const second = handlerRun(after)(shared);
    const alone = handlerRun(after)(program());
    assert.deepEqual(codes(second), ['PW305', 'PW305', 'PW309'], `handler${after}: a resize inside it, V set again for PreShrink and PostShrink`);
    assert.deepEqual(second, alone, `handler${after} after handler${before}`);
  }
});

test('module code and handlers of one program: each run after the others finds what it finds alone', () => {
  const runs: readonly [string, Run][] = [['handlerA', handlerRun('A')], ['initA', codeRun('A')], ['handlerB', handlerRun('B')], ['initB', codeRun('B')]];
  for (const order of [runs, [...runs].reverse()]) {
    const shared = program();
    for (const [name, run] of order) assert.deepEqual(run(shared), run(program()), `${name} after ${order.slice(0, order.findIndex(([n]) => n === name)).map(([n]) => n).join(', ') || 'nothing'}`);
  }
  assert.deepEqual(codes(codeRun('A')(program())), ['PW310'], 'initA: R1 of a create that may fail');
});
