// Contract tests of the dynamic-area kernel model (spec B.4, B.5, B.6.1,
// B.7) through concrete scenarios: module code calls SWIs and the kernel
// calls the module's handler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import type { TraceEvent } from '../src/explore/trace.js';
import { analyseRiscOsCode } from '../src/models/riscos/analyse-code.js';
import { createKernel, FREE_POOL, kernelViolation, pagesOf, PAGE_RESERVED, PAGE_UNAVAILABLE } from '../src/models/riscos/kernel-state.js';
import { clrv, pull, push } from '../src/models/riscos/macros.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import type { ScenarioOptions } from '../src/models/riscos/scenario.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';
import { constValue } from '../src/values/expr.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const X = 0x20000;
const ret = (b: B) => b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
const all = (b: B, is: ArmInstruction[], text: string) => { for (const i of is) b.instruction(i, text); };
const swi = (b: B, n: number, text: string) => b.instruction(insn('swi', [imm(n)]), text);
const mov = (b: B, r: number, v: number) => b.instruction(insn('mov', [reg(r), imm(v)]), `MOV r${r}, #${v}`);
const ldr = (b: B, r: number, label: string) => b.instruction(insn('ldr', [reg(r), target(label)]), `LDR r${r}, =${label}`);

/** Records every handler call in workspace: reason, then R2 and R3, as a log of words at R12. */
function handler(b: B, options: { pickPages?: number[]; refuseGrow?: boolean } = {}) {
  b.label('handler');
  for (const i of push([4, 5, 6])) b.instruction(i, 'STMFD sp!, {r4-r6}');
  b.instruction(insn('ldr', [reg(4), mem(12, 0)]), 'LDR r4, [r12]');
  b.instruction(insn('add', [reg(5), reg(12), reg(4, { type: 'lsl', amount: 2 })]), 'ADD r5, r12, r4, LSL #2');
  b.instruction(insn('str', [reg(0), mem(5, 4)]), 'STR r0, [r5, #4]');
  b.instruction(insn('add', [reg(4), reg(4), imm(1)]), 'ADD r4, r4, #1');
  b.instruction(insn('str', [reg(4), mem(12, 0)]), 'STR r4, [r12]');
  b.instruction(insn('teq', [reg(0), imm(0)]), 'TEQ r0, #0');
  b.instruction(cond('ne', insn('b', [target('not_pregrow')])), 'BNE not_pregrow');
  if (options.refuseGrow) {
    for (const i of pull([4, 5, 6])) b.instruction(i, 'LDMFD sp!, {r4-r6}');
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.instruction(insn('msr', [{ kind: 'psr', psr: 'cpsr', fields: 'f' }, imm(1 << 28)]), 'SETV');
    ret(b);
  }
  (options.pickPages ?? []).forEach((ppn, k) => {
    mov(b, 6, ppn);
    b.instruction(insn('str', [reg(6), mem(1, 12 * k)]), `STR r6, [r1, #${12 * k}]`);
  });
  b.label('not_pregrow');
  b.instruction(insn('teq', [reg(0), imm(2)]), 'TEQ r0, #2');
  for (const i of pull([4, 5, 6])) b.instruction(i, 'LDMFD sp!, {r4-r6}');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  ret(b);
}

/** Module code: create an area (R4 flags, R2 initial size), optionally resize it, keep R1 = area number. */
function module(b: B, flags: number, initial: number, then?: (b: B) => void) {
  b.label('init');
  b.instruction(insn('str', [reg(LR), mem(13, -4, { wb: true })]), 'STR lr, [sp, #-4]!');
  mov(b, 0, 0);
  b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0');
  ldr(b, 2, 'initial');
  b.instruction(insn('mvn', [reg(3), imm(0)]), 'MVN r3, #0');
  ldr(b, 4, 'flags');
  ldr(b, 5, 'max');
  b.instruction(insn('adr', [reg(6), target('handler')]), 'ADR r6, handler');
  ldr(b, 7, 'ws');
  b.instruction(insn('str', [reg(0), mem(7, 0)]), 'STR r0, [r7]');
  b.instruction(insn('adr', [reg(8), target('name')]), 'ADR r8, name');
  swi(b, X | 0x66, 'SWI XOS_DynamicArea');
  b.instruction(cond('vs', insn('ldr', [reg(PC), mem(13, 4, { pre: false })])), 'LDRVS pc, [sp], #4');
  then?.(b);
  b.instruction(insn('ldr', [reg(PC), mem(13, 4, { pre: false })]), 'LDR pc, [sp], #4');
  b.label('initial').words(initial);
  b.label('flags').words(flags);
  b.label('max').words(0x100000);
  b.label('ws').words(0x30000);
  b.label('name').string('Test area');
  b.align(4);
}

function run(build: (b: B) => void, options: ScenarioOptions = {}) {
  const b = armProgram();
  build(b);
  return runRiscOsScenario(b.build(), 'init', options);
}

const calls = (events: readonly TraceEvent[]) => events.filter((e): e is Extract<TraceEvent, { kind: 'call' }> => e.kind === 'call');
const allEvents = (r: ReturnType<typeof run>) => r.trace.flatMap((s) => s.events);
const arg = (e: Extract<TraceEvent, { kind: 'call' }>, name: string) => Number(constValue(e.arguments.find((a) => a.name === name)?.value ?? { kind: 'const', width: 32, value: -1n }));
const userArea = (r: ReturnType<typeof run>) => [...r.kernel.areas.values()].find((a) => a.number >= 256);

test('OS_DynamicArea 0 runs PreGrow/PostGrow for the initial size and returns number, base and max', () => {
  const r = run((b) => { module(b, 0, 3 * 4096); handler(b); });
  assert.equal(r.end?.kind, 'return');
  const a = userArea(r);
  assert.ok(a);
  assert.equal(a.number, 256);
  assert.equal(a.size, 3 * 4096);
  assert.equal(a.name, 'Test area');
  assert.equal(a.max, 0x100000);
  assert.equal(constValue(r.end?.state.cpu.regs[1] ?? { kind: 'const', width: 32, value: 0n }), 256n);
  assert.equal(constValue(r.end?.state.cpu.regs[3] ?? { kind: 'const', width: 32, value: 0n }), BigInt(a.base));
  const names = calls(allEvents(r)).map((e) => e.name);
  assert.deepEqual(names.filter((n) => n.startsWith('DAHandler')), ['DAHandler_PreGrow', 'DAHandler_PostGrow']);
  assert.ok(names.includes('Service_DynamicAreaCreate'));
  assert.equal(kernelViolation(r.kernel), undefined);
  assert.deepEqual(r.findings, []);
});

test('the handler ran on the module\'s memory: its workspace log survives (reasons 0 then 1)', () => {
  const r = run((b) => { module(b, 0, 4096); handler(b); });
  const m = r.end?.state.cpu.memory.clone();
  assert.ok(m);
  const word = (at: number) => Number(constValue(m.load({ kind: 'const', width: 32, value: BigInt(at) }, 4)));
  assert.equal(word(0x30000), 2);
  assert.equal(word(0x30004), 0);
  assert.equal(word(0x30008), 1);
});

test('bit-8 areas grow in chunks of at most 63 pages, each with its own PreGrow/PostGrow', () => {
  const r = run((b) => { module(b, 1 << 8, 100 * 4096); handler(b); });
  const pre = calls(allEvents(r)).filter((e) => e.name === 'DAHandler_PreGrow');
  assert.deepEqual(pre.map((e) => arg(e, 'entries')), [63, 37]);
  assert.equal(userArea(r)?.size, 100 * 4096);
  assert.equal(kernelViolation(r.kernel), undefined);
});

test('a PreGrow naming pages takes them, even from application space, leaving a copy in their place', () => {
  const r = run((b) => { module(b, 1 << 8, 2 * 4096); handler(b, { pickPages: [3, 400] }); });
  const a = userArea(r);
  assert.ok(a);
  assert.equal(r.kernel.pages[3]?.owner, a.number);
  assert.equal(r.kernel.pages[400]?.owner, a.number);
  assert.ok(((r.kernel.pages[3]?.flags ?? 0) & PAGE_UNAVAILABLE) !== 0, 'requested pages become Unavailable');
  const names = calls(allEvents(r)).map((e) => e.name);
  assert.ok(names.indexOf('Service_PagesUnsafe') < names.indexOf('Service_PagesSafe'));
  assert.equal(r.kernel.areas.get(-1)?.size, 16 * 4096, 'application space keeps its size on a replacement page');
  assert.equal(kernelViolation(r.kernel), undefined);
  assert.deepEqual(r.findings, []);
});

test('a PreGrow naming an Unavailable page fails: PostGrow with R2 = 0, error "CantGetPhysMem", area destroyed', () => {
  const r = run((b) => { module(b, 1 << 8, 4096); handler(b, { pickPages: [40] }); }, { kernel: { unavailable: [40] } });
  const post = calls(allEvents(r)).filter((e) => e.name === 'DAHandler_PostGrow');
  assert.equal(arg(post[0] ?? { kind: 'call', name: '', arguments: [], results: [] }, 'entries'), 0);
  assert.equal(userArea(r), undefined);
  assert.equal(constValue(r.end?.state.cpu.v ?? { kind: 'const', width: 1, value: 0n }), 1n);
  assert.ok(r.findings.some((f) => f.code === 'PW302' && /Unavailable/.test(f.message)));
});

test('a PreGrow refusal (V set, R0 = 0) fails the create with the generic error', () => {
  const r = run((b) => { module(b, 0, 4096); handler(b, { refuseGrow: true }); });
  assert.equal(userArea(r), undefined);
  assert.equal(r.end?.kind, 'return');
  assert.equal(constValue(r.end?.state.cpu.v ?? { kind: 'const', width: 1, value: 0n }), 1n);
});

test('OS_ChangeDynamicArea shrinks through PreShrink/PostShrink and reports bytes moved in R1', () => {
  const r = run((b) => {
    module(b, 0, 4 * 4096, (c) => {
      c.instruction(insn('mov', [reg(0), reg(1)]), 'MOV r0, r1');
      ldr(c, 1, 'minus');
      swi(c, X | 0x2a, 'SWI XOS_ChangeDynamicArea');
    });
    b.label('minus').words(-2 * 4096);
    handler(b);
  });
  assert.equal(userArea(r)?.size, 2 * 4096);
  assert.equal(constValue(r.end?.state.cpu.regs[1] ?? { kind: 'const', width: 32, value: 0n }), 2n * 4096n);
  const names = calls(allEvents(r)).map((e) => e.name).filter((n) => n.startsWith('DAHandler'));
  assert.deepEqual(names, ['DAHandler_PreGrow', 'DAHandler_PostGrow', 'DAHandler_PreShrink', 'DAHandler_PostShrink']);
  assert.equal(kernelViolation(r.kernel), undefined);
});

test('growing past the maximum moves what fits and fails "not all moved" with V set', () => {
  const r = run((b) => {
    module(b, 0, 0, (c) => {
      c.instruction(insn('mov', [reg(0), reg(1)]), 'MOV r0, r1');
      ldr(c, 1, 'huge');
      swi(c, X | 0x2a, 'SWI XOS_ChangeDynamicArea');
    });
    b.label('huge').words(0x200000);
    handler(b);
  });
  assert.equal(userArea(r)?.size, 0x100000);
  assert.equal(constValue(r.end?.state.cpu.v ?? { kind: 'const', width: 1, value: 0n }), 1n);
  assert.equal(constValue(r.end?.state.cpu.regs[1] ?? { kind: 'const', width: 32, value: 0n }), 0x100000n);
});

test('a non-X SWI error goes to the error handler: the path ends there', () => {
  const r = run((b) => {
    b.label('init');
    b.instruction(insn('adr', [reg(0), target('err')]), 'ADR r0, err');
    swi(b, 0x2b, 'SWI OS_GenerateError');
    ret(b);
    b.label('err').words(0x123);
    b.string('Oops');
    b.align(4);
  });
  assert.equal(r.end?.kind, 'exit');
  assert.match(r.end?.reason ?? '', /error handler/);
  assert.ok(r.findings.some((f) => f.code === 'PW311'));
});

test('X SWI error: V set and R0 at an error block; OS_DynamicArea 2 of an unknown area', () => {
  const r = run((b) => {
    b.label('init');
    mov(b, 0, 2);
    mov(b, 1, 77);
    swi(b, X | 0x66, 'SWI XOS_DynamicArea');
    ret(b);
  });
  assert.equal(constValue(r.end?.state.cpu.v ?? { kind: 'const', width: 1, value: 0n }), 1n);
  const m = r.end?.state.cpu.memory.clone();
  const r0 = r.end?.state.cpu.regs[0];
  assert.ok(m && r0);
  assert.ok(Number(constValue(m.load(r0, 4))) > 0, 'an error number');
});

test('OS_DynamicArea 1 removes an area through PreShrink/PostShrink; 2, 3, 4, 5, 8 answer from the model', () => {
  const r = run((b) => {
    module(b, 1 << 9, 2 * 4096, (c) => {
      c.instruction(insn('mov', [reg(9), reg(1)]), 'MOV r9, r1');
      mov(c, 0, 5); b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0'); swi(c, X | 0x66, 'SWI XOS_DynamicArea'); // ReturnFree
      c.instruction(insn('mov', [reg(10), reg(2)]), 'MOV r10, r2');
      mov(c, 0, 4); c.instruction(insn('mov', [reg(1), reg(9)]), 'MOV r1, r9'); mov(c, 2, 300); swi(c, X | 0x66, 'SWI XOS_DynamicArea'); // Renumber
      mov(c, 0, 3); b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0'); swi(c, X | 0x66, 'SWI XOS_DynamicArea'); // Enumerate
      c.instruction(insn('mov', [reg(11), reg(1)]), 'MOV r11, r1');
      mov(c, 0, 1); mov(c, 1, 300); swi(c, X | 0x66, 'SWI XOS_DynamicArea'); // Remove
    });
    handler(b);
  });
  assert.equal(userArea(r), undefined);
  const regs = r.end?.state.cpu.regs ?? [];
  assert.equal(constValue(regs[10] ?? { kind: 'const', width: 32, value: 0n }), BigInt((512 - 16 - 2) * 4096 + 2 * 4096));
  assert.equal(constValue(regs[11] ?? { kind: 'const', width: 32, value: 0n }), 6n, 'enumeration starts at the free pool');
  const names = calls(allEvents(r)).map((e) => e.name);
  assert.ok(names.includes('Service_DynamicAreaRenumber') && names.includes('Service_DynamicAreaRemove'));
  assert.deepEqual(names.filter((n) => n.startsWith('DAHandler')).slice(2), ['DAHandler_PreShrink', 'DAHandler_PostShrink']);
  assert.equal(pagesOf(r.kernel, FREE_POOL).length, 512 - 16);
});

test('sparse areas: no handler, SparseClaim maps pages inside the area, SparseRelease unmaps them', () => {
  const r = run((b) => {
    module(b, 1 << 10, 0, (c) => {
      c.instruction(insn('mov', [reg(9), reg(1)]), 'MOV r9, r1');
      mov(c, 0, 9); c.instruction(insn('add', [reg(2), reg(3), imm(100)]), 'ADD r2, r3, #100'); mov(c, 3, 8192); swi(c, X | 0x66, 'SWI XOS_DynamicArea');
    });
    handler(b);
  });
  const a = userArea(r);
  assert.equal(a?.kind, 'sparse');
  assert.equal(a?.handler, undefined);
  assert.equal(a?.size, 3 * 4096, 'claim rounds outwards');
  assert.equal(kernelViolation(r.kernel), undefined);
});

test('OS_Memory 23 reserves pages once; OS_Memory 0 converts a page number to its address', () => {
  const r = run((b) => {
    b.label('init');
    mov(b, 0, 23); mov(b, 1, 10); mov(b, 2, 2); swi(b, X | 0x68, 'SWI XOS_Memory');
    b.instruction(insn('mov', [reg(9), imm(0)]), 'MOV r9, #0');
    swi(b, X | 0x68, 'SWI XOS_Memory');
    b.instruction(cond('vs', insn('mov', [reg(9), imm(1)])), 'MOVVS r9, #1');
    b.instruction(insn('adr', [reg(1), target('blk')]), 'ADR r1, blk');
    mov(b, 2, 1);
    b.instruction(insn('mov', [reg(0), imm((1 << 8) | (1 << 12))]), 'MOV r0, #PPNGiven + FillLA');
    swi(b, X | 0x68, 'SWI XOS_Memory');
    b.instruction(insn('ldr', [reg(8), mem(1, 4)]), 'LDR r8, [r1, #4]');
    ret(b);
    b.label('blk').words(3, 0, 0);
  });
  assert.ok(((r.kernel.pages[10]?.flags ?? 0) & PAGE_RESERVED) !== 0);
  const regs = r.end?.state.cpu.regs ?? [];
  assert.equal(constValue(regs[9] ?? { kind: 'const', width: 32, value: 0n }), 1n, 'reserving again fails');
  assert.equal(constValue(regs[8] ?? { kind: 'const', width: 32, value: 0n }), BigInt(0x8000 + 3 * 4096));
});

test('OS_Memory 24 reports access to mapped application space', () => {
  const r = run((b) => {
    b.label('init');
    mov(b, 0, 24); mov(b, 1, 0x8000); mov(b, 2, 0x9000); swi(b, X | 0x68, 'SWI XOS_Memory');
    ret(b);
  });
  assert.equal(constValue(r.end?.state.cpu.regs[1] ?? { kind: 'const', width: 32, value: 0n }), 0xffn);
});

test('the kernel invariants hold on a fresh kernel and catch a broken ownership table', () => {
  const k = createKernel();
  assert.equal(kernelViolation(k), undefined);
  assert.match(kernelViolation({ ...k, pages: k.pages.map((p, i) => (i === 3 ? { ...p, owner: 999 } : p)) }) ?? '', /does not exist/);
  assert.match(kernelViolation({ ...k, resizing: 2 }) ?? '', /two OS_ChangeDynamicArea/);
});

test('module code that returns through R14 after a SWI is PW304; a routine that may run in USR mode, where a SWI keeps R14, is not judged', () => {
  const b = armProgram();
  b.label('init');
  swi(b, X | 0x0, 'SWI XOS_WriteC');
  ret(b);
  const program = b.build();
  const [f, ...rest] = analyseRiscOsCode(program, 'init');
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'PW304');
  assert.match(f?.message ?? '', /^The entry point returns through R14, which no longer holds the caller's return address: the return goes to init \+ 4\./);
  assert.deepEqual(analyseRiscOsCode(program, 'init', { moduleCode: false }), []);
});

test('OS_WriteS in module code returns with R14 at the word after its string: returning through R14 is PW304 naming it', () => {
  const b = armProgram();
  b.label('init');
  swi(b, X | 0x1, 'SWI XOS_WriteS');
  b.string('Hi');
  b.align(4);
  ret(b);
  const [f, ...rest] = analyseRiscOsCode(b.build(), 'init');
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'PW304');
  assert.match(f?.message ?? '', /the return goes to init \+ 8\./);
});

test('OS_WriteS followed by code, not a string: where it returns is not known, and PW900 says so', () => {
  const b = armProgram();
  b.label('init');
  swi(b, X | 0x1, 'SWI XOS_WriteS');
  ret(b);
  const fs = analyseRiscOsCode(b.build(), 'init', { moduleCode: false });
  assert.deepEqual(fs.map((f) => f.code), ['PW900']);
  assert.match(fs[0]?.message ?? '', /cannot tell where XOS_WriteS returns: the zero byte that ends the string stored after it is not known/);
});

test('OS_Exit and OS_ExitAndDie never return, in either form: the data after them is not run into, no PW311 in module code, and a run ends there', () => {
  for (const [n, name] of [[0x11, 'OS_Exit'], [X | 0x11, 'XOS_Exit'], [0x50, 'OS_ExitAndDie']] as const) {
    const b = armProgram();
    b.label('start');
    mov(b, 0, 0);
    swi(b, n, `SWI ${name}`);
    b.label('msg').string('Hello');
    b.align(4);
    const program = b.build();
    assert.deepEqual(analyseRiscOsCode(program, 'start', { moduleCode: false }), [], name);
    assert.deepEqual(analyseRiscOsCode(program, 'start'), [], `${name} in module code`);
    const r = runRiscOsScenario(program, 'start', { moduleCode: false });
    assert.equal(r.end?.kind, 'exit', name);
    assert.equal(r.end?.reason, `${name} does not return`);
  }
});

test('R12: an X SWI result stored without testing V is PW310; BVS first is clean; plain SWI is PW311', () => {
  const code = (checked: boolean, x: boolean) => (b: B) => {
    b.label('init');
    all(b, push([LR]), 'STMFD sp!, {lr}');
    mov(b, 0, 0);
    swi(b, (x ? X : 0) | 0x66, x ? 'SWI XOS_DynamicArea' : 'SWI OS_DynamicArea');
    if (checked) b.instruction(cond('vs', insn('b', [target('fail')])), 'BVS fail');
    b.instruction(insn('str', [reg(1), mem(12, 0)]), 'STR r1, area');
    b.label('fail');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
  };
  const build = (f: (b: B) => void) => { const b = armProgram(); f(b); return b.build(); };
  const bad = analyseRiscOsCode(build(code(false, true)), 'init');
  assert.deepEqual(bad.map((f) => f.code), ['PW310']);
  assert.ok(bad[0]?.notes.some((n) => /may return an error here/.test(n.message)));
  assert.deepEqual(analyseRiscOsCode(build(code(true, true)), 'init').map((f) => f.code), []);
  const plain = analyseRiscOsCode(build(code(false, false)), 'init');
  assert.deepEqual(plain.map((f) => f.code), ['PW311']);
  assert.deepEqual(plain[0]?.fix, { kind: 'x-form', swi: 'OS_DynamicArea' }, 'the fix names the SWI whose X form to call');
});

test('R12: OS_DynamicArea 0 may fail whatever its arguments: with every one a constant, R1 stored without testing V is PW310; BVS or STRVC is clean', () => {
  /** Module code creating a plain area of initial size `initial` with constant arguments, then storing R1 as `store` does. */
  const code = (initial: number, store: 'STR' | 'BVS' | 'STRVC') => (b: B) => {
    b.label('init');
    all(b, push([LR]), 'STMFD sp!, {lr}');
    mov(b, 0, 0);
    b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0');
    mov(b, 2, initial);
    b.instruction(insn('mvn', [reg(3), imm(0)]), 'MVN r3, #0');
    mov(b, 4, 0);
    mov(b, 5, 0x400000);
    mov(b, 6, 0);
    b.instruction(insn('mvn', [reg(7), imm(0)]), 'MVN r7, #0');
    b.instruction(insn('adr', [reg(8), target('name')]), 'ADR r8, name');
    swi(b, X | 0x66, 'SWI XOS_DynamicArea');
    if (store === 'BVS') b.instruction(cond('vs', insn('b', [target('fail')])), 'BVS fail');
    b.instruction(store === 'STRVC' ? cond('vc', insn('str', [reg(1), mem(12, 0)])) : insn('str', [reg(1), mem(12, 0)]), `${store === 'STRVC' ? 'STRVC' : 'STR'} r1, area`);
    b.label('fail');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
    b.label('name').string('Test buffer');
    b.align(4);
  };
  const build = (f: (b: B) => void) => { const b = armProgram(); f(b); return b.build(); };
  for (const initial of [0, 0x10000]) {
    const [f, ...rest] = analyseRiscOsCode(build(code(initial, 'STR')), 'init');
    assert.equal(rest.length, 0, `initial size ${initial}`);
    assert.equal(f?.code, 'PW310', `initial size ${initial}`);
    assert.match(f?.message ?? '', /^R1 from XOS_DynamicArea is used here without testing V first/);
    assert.ok(f?.notes.some((n) => /XOS_DynamicArea may return an error here/.test(n.message)));
    for (const tested of ['BVS', 'STRVC'] as const) assert.deepEqual(analyseRiscOsCode(build(code(initial, tested)), 'init'), [], `${tested}, initial size ${initial}`);
  }
  // A run's kernel is the machine: there the same creation succeeds, and R1 is the new area's number.
  const r = runRiscOsScenario(build(code(0, 'STR')), 'init');
  assert.deepEqual(r.findings, []);
  assert.equal(r.end?.kind, 'return');
  assert.equal(r.kernel.areas.get(256)?.name, 'Test buffer');
});

test('R12: a value worked out from an X SWI\'s result and stored without testing V is PW310; overwriting it first, or BVS, is clean', () => {
  const code = (between: readonly [string, ArmInstruction][]) => (b: B) => {
    b.label('init');
    all(b, push([LR]), 'STMFD sp!, {lr}');
    // An area number the model does not know: the SWI may succeed.
    b.instruction(insn('ldr', [reg(0), mem(12, 4)]), 'LDR r0, area');
    mov(b, 1, 4096);
    swi(b, X | 0x2a, 'SWI XOS_ChangeDynamicArea');
    for (const [text, i] of between) b.instruction(i, text);
    b.instruction(insn('str', [reg(2), mem(12, 0)]), 'STR r2, size');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
  };
  const build = (f: (b: B) => void) => { const b = armProgram(); f(b); return b.build(); };
  const add = insn('add', [reg(2), reg(2), reg(1)]);
  const [f, ...rest] = analyseRiscOsCode(build(code([['ADD r2, r2, r1', add]])), 'init');
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'PW310');
  assert.match(f?.message ?? '', /^R2, worked out from a result of XOS_ChangeDynamicArea, is used here/);
  // Through a second register, and through a shift by a result.
  const twice: [string, ArmInstruction][] = [['MOV r3, r1, LSL #12', insn('mov', [reg(3), reg(1, { type: 'lsl', amount: 12 })])], ['ADD r2, r2, r3', insn('add', [reg(2), reg(2), reg(3)])]];
  assert.deepEqual(analyseRiscOsCode(build(code(twice)), 'init').map((x) => x.code), ['PW310']);
  assert.deepEqual(analyseRiscOsCode(build(code([['MOV r2, r0, LSL r1', insn('mov', [reg(2), reg(0, { type: 'lsl', amount: { reg: 1 } })])]])), 'init').map((x) => x.code), ['PW310']);
  // The high word of a long multiply by a result.
  assert.deepEqual(analyseRiscOsCode(build(code([['UMULL r4, r2, r1, r5', insn('umull', [reg(4), reg(2), reg(1), reg(5)])]])), 'init').map((x) => x.code), ['PW310']);
  const clean: [string, ArmInstruction][][] = [
    [['ADD r2, r2, r1', add], ['MOV r2, #0', insn('mov', [reg(2), imm(0)])]],
    [['BVS out', cond('vs', insn('b', [target('out')]))], ['ADD r2, r2, r1', add]],
    [['ADDEQ r2, r2, r1', cond('eq', add)], ['MOVNE r2, #0', cond('ne', insn('mov', [reg(2), imm(0)]))], ['MOVEQ r2, #0', cond('eq', insn('mov', [reg(2), imm(0)]))]],
  ];
  for (const between of clean) {
    const b = armProgram();
    code(between)(b);
    b.label('out');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
    assert.deepEqual(analyseRiscOsCode(b.build(), 'init').map((x) => x.code), [], between.map(([t]) => t).join(' / '));
  }
});

test('R12: an instruction that replaces V before any test of it (CMP, CLRV) discards the error: R1 used after it is PW310, under VS/VC conditions too; a test first, TEQ, MRS, V restored by the return of a 26-bit call, or a use whose condition fails on the error path is clean', () => {
  const mode = (between: readonly [string, ArmInstruction][]) => (between.some(([t]) => t === 'BL flags') ? '26' : '32');
  const code = (between: readonly [string, ArmInstruction][]) => {
    const b = armProgram();
    b.label('init');
    all(b, push([LR]), 'STMFD sp!, {lr}');
    // An area number the model does not know: the SWI may succeed.
    b.instruction(insn('ldr', [reg(0), mem(12, 4)]), 'LDR r0, area');
    mov(b, 1, 4096);
    swi(b, X | 0x2a, 'SWI XOS_ChangeDynamicArea');
    for (const [text, i] of between) b.instruction(i, text);
    b.label('out');
    all(b, pull([PC]), 'LDMFD sp!, {pc}');
    // Replaces the flags, and in 26-bit code gives back the caller's with the return address.
    b.label('flags');
    b.instruction(insn('cmp', [reg(0), reg(0)]), 'CMP r0, r0');
    b.instruction(insn('mov', [reg(PC), reg(LR)], { setFlags: true }), 'MOVS pc, lr');
    return analyseRiscOsCode(b.build(), 'init', { mode: mode(between) }).map((f) => f.code);
  };
  const cmp: [string, ArmInstruction] = ['CMP r1, #0', insn('cmp', [reg(1), imm(0)])];
  const bvs: [string, ArmInstruction] = ['BVS out', cond('vs', insn('b', [target('out')]))];
  const store = (c: 'al' | 'eq' | 'ne' | 'vc'): [string, ArmInstruction] => [`STR${c === 'al' ? '' : c.toUpperCase()} r1, area`, cond(c, insn('str', [reg(1), mem(12, 0)]))];
  const clrv32 = clrv('32').map((i): [string, ArmInstruction] => ['CLRV', i]);
  const call: [string, ArmInstruction] = ['BL flags', insn('bl', [target('flags')])];
  const unchecked: [string, ArmInstruction][][] = [
    [cmp, store('ne')],
    [cmp, store('vc')],
    [cmp, bvs, store('al')],
    [...clrv32, store('al')],
  ];
  for (const between of unchecked) assert.deepEqual(code(between), ['PW310'], between.map(([t]) => t).join(' / '));
  const checked: [string, ArmInstruction][][] = [
    [bvs, cmp, store('ne')],
    [['MOVVS r1, #0', cond('vs', insn('mov', [reg(1), imm(0)]))], cmp, store('ne')],
    [['TEQ r1, #0', insn('teq', [reg(1), imm(0)])], bvs, store('ne')],
    [['MRS r3, CPSR', insn('mrs', [reg(3), { kind: 'psr', psr: 'cpsr', fields: '' }])], ['TST r3, #V_bit', insn('tst', [reg(3), imm(1 << 28)])], ['BNE out', cond('ne', insn('b', [target('out')]))], store('al')],
    [call, bvs, store('al')],
    // R1 is still the 4096 passed in: the store does not run on the error path.
    [cmp, store('eq')],
  ];
  for (const between of checked) assert.deepEqual(code(between), [], between.map(([t]) => t).join(' / '));
});

test('PW313: reserved flag bits, a handler on a sparse area, bit 8 without a handler', () => {
  const create = (flags: number, handler: boolean) => (b: B) => {
    b.label('init');
    mov(b, 0, 0);
    ldr(b, 4, 'flags');
    mov(b, 6, handler ? 0x9000 : 0);
    swi(b, X | 0x66, 'SWI XOS_DynamicArea');
    ret(b);
    b.label('flags').words(flags);
  };
  const build = (f: (b: B) => void) => { const b = armProgram(); f(b); return b.build(); };
  const msg = (flags: number, h: boolean) => analyseRiscOsCode(build(create(flags, h)), 'init').filter((f) => f.code === 'PW313').map((f) => f.message).join();
  assert.match(msg(1 << 24, true), /reserved flag bits/);
  assert.match(msg(1 << 10, true), /sparse area/);
  assert.match(msg(1 << 8, false), /bit 8/);
  assert.equal(msg(1 << 8, true), '');
});
