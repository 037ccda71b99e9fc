// OS_ChangeDynamicArea growing an area while the free pool is short (spec
// B.5 step 4): Shrinkable areas are asked with TestShrink and shrunk into the
// free pool first, then application space tops up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armProgram } from '../src/ir/builder.js';
import type { ProgramBuilder } from '../src/ir/builder.js';
import type { ArmInstruction } from '../src/ir/arm.js';
import type { TraceEvent } from '../src/explore/trace.js';
import { APP_SPACE, FREE_POOL, pagesOf } from '../src/models/riscos/kernel-state.js';
import { clrv } from '../src/models/riscos/macros.js';
import { runRiscOsScenario } from '../src/models/riscos/scenario.js';
import { constValue } from '../src/values/expr.js';
import { cond, imm, insn, mem, reg, target } from './arm-helpers.js';

type B = ProgramBuilder<ArmInstruction>;
const PC = 15, LR = 14;
const X = 0x20000;
const PAGE = 4096;
const SHRINKABLE = 1 << 9;

const ldr = (b: B, r: number, label: string) => b.instruction(insn('ldr', [reg(r), target(label)]), `LDR r${r}, =${label}`);

/**
 * Creates a Shrinkable area of 40 pages whose handler offers `offer` bytes to
 * TestShrink, then a plain area, then grows the plain one by 16 pages with
 * 8 pages left in the free pool.
 */
function program(offer: number) {
  const b = armProgram();
  b.label('init');
  b.instruction(insn('str', [reg(LR), mem(13, -4, { wb: true })]), 'STR lr, [sp, #-4]!');
  const create = (flags: string, size: string, handler: boolean) => {
    b.instruction(insn('mov', [reg(0), imm(0)]), 'MOV r0, #0');
    b.instruction(insn('mvn', [reg(1), imm(0)]), 'MVN r1, #0');
    ldr(b, 2, size);
    b.instruction(insn('mvn', [reg(3), imm(0)]), 'MVN r3, #0');
    ldr(b, 4, flags);
    ldr(b, 5, 'max');
    if (handler) b.instruction(insn('adr', [reg(6), target('handler')]), 'ADR r6, handler');
    else b.instruction(insn('mov', [reg(6), imm(0)]), 'MOV r6, #0');
    b.instruction(insn('mov', [reg(7), imm(0)]), 'MOV r7, #0');
    b.instruction(insn('mov', [reg(8), imm(0)]), 'MOV r8, #0');
    b.instruction(insn('swi', [imm(X | 0x66)]), 'SWI XOS_DynamicArea');
  };
  create('shrinkable', 'big', true);
  create('plain', 'zero', false);
  b.instruction(insn('mov', [reg(0), reg(1)]), 'MOV r0, r1');
  ldr(b, 1, 'grow');
  b.instruction(insn('swi', [imm(X | 0x2a)]), 'SWI XOS_ChangeDynamicArea');
  b.instruction(insn('ldr', [reg(PC), mem(13, 4, { pre: false })]), 'LDR pc, [sp], #4');
  // Handler: TestShrink offers `offer` bytes; PreShrink allows what it is asked; everything else succeeds.
  b.label('handler');
  b.instruction(insn('teq', [reg(0), imm(4)]), 'TEQ r0, #4');
  b.instruction(cond('eq', insn('ldr', [reg(3), target('offer')])), 'LDREQ r3, =offer');
  for (const i of clrv('32')) b.instruction(i, 'CLRV');
  b.instruction(insn('mov', [reg(PC), reg(LR)]), 'MOV pc, lr');
  b.label('shrinkable').words(SHRINKABLE);
  b.label('plain').words(0);
  b.label('big').words(40 * PAGE);
  b.label('zero').words(0);
  b.label('max').words(0x100000);
  b.label('grow').words(16 * PAGE);
  b.label('offer').words(offer);
  return b.build();
}

const calls = (events: readonly TraceEvent[]) => events.flatMap((e) => (e.kind === 'call' ? [e.name] : []));

function run(offer: number) {
  const result = runRiscOsScenario(program(offer), 'init', { kernel: { ramPages: 64, appSpacePages: 16 } });
  const events = result.trace.flatMap((s) => s.events);
  const [shrinkable, plain] = [...result.kernel.areas.values()].filter((a) => a.number >= 256).sort((x, y) => x.number - y.number);
  assert.ok(shrinkable && plain);
  return { result, events, shrinkable, plain };
}

test('a short free pool: TestShrink asks the Shrinkable area, PreShrink/PostShrink take what it offers, then application space tops up', () => {
  const { result, events, shrinkable, plain } = run(4 * PAGE);
  const names = calls(events);
  const grows = names.lastIndexOf('DAHandler_PostGrow');
  assert.deepEqual(names.slice(grows + 1).filter((n) => n.startsWith('DAHandler')), ['DAHandler_TestShrink', 'DAHandler_PreShrink', 'DAHandler_PostShrink']);
  const preShrink = events.find((e): e is Extract<TraceEvent, { kind: 'call' }> => e.kind === 'call' && e.name === 'DAHandler_PreShrink');
  assert.equal(Number(constValue(preShrink?.arguments.find((a) => a.name === 'bytes')?.value ?? { kind: 'const', width: 32, value: 0n })), 4 * PAGE);
  assert.equal(shrinkable.size, 36 * PAGE);
  assert.equal(plain.size, 16 * PAGE, 'grown in full');
  assert.equal(pagesOf(result.kernel, APP_SPACE).length, 12, 'application space gave the last 4 pages');
  assert.equal(pagesOf(result.kernel, FREE_POOL).length, 0);
  assert.equal(constValue(result.end?.state.cpu.v ?? assert.fail()), 0n);
});

test('TestShrink offering nothing: no PreShrink; application space gives everything above its first 32 KB instead', () => {
  const { result, events, shrinkable, plain } = run(0);
  const names = calls(events);
  const grows = names.lastIndexOf('DAHandler_PostGrow');
  assert.deepEqual(names.slice(grows + 1).filter((n) => n.startsWith('DAHandler')), ['DAHandler_TestShrink']);
  assert.equal(shrinkable.size, 40 * PAGE);
  assert.equal(plain.size, 16 * PAGE);
  assert.equal(pagesOf(result.kernel, APP_SPACE).length, 8, 'down to its 32 KB floor');
  assert.equal(constValue(result.end?.state.cpu.v ?? assert.fail()), 0n);
});

test('a free pool with room: the Shrinkable area is not asked', () => {
  const result = runRiscOsScenario(program(4 * PAGE), 'init', { kernel: { ramPages: 128, appSpacePages: 16 } });
  assert.ok(!calls(result.trace.flatMap((s) => s.events)).includes('DAHandler_TestShrink'));
});
