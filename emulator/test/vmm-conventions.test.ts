// Contract tests of the calling conventions at a call site (VMMH's VxDCall):
// C services leave their pushed arguments to the caller, stdcall services
// remove them themselves, fastcall services take the first two in ECX and
// EDX. Hand-written links (`int 20h` + `dd`) show what the model does on its
// own; `VMMcall` lines go through the test assembler's macro expansion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constValue } from '../src/values/expr.js';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import type { VmmRun } from '../src/models/vmm/index.js';
import { assemble, codes, only, scenario } from './vmm-helpers.js';

function analyse(source: string) {
  const a = assemble(source, [{ name: 'proc', label: 'proc' }]);
  return { ...analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls }), line: a.line };
}

/** The arguments of the first call event, as numbers. */
function firstCallArguments(run: VmmRun): (bigint | undefined)[] {
  const [trace] = run.traces;
  for (const step of trace ?? []) {
    for (const e of step.events) if (e.kind === 'call') return e.arguments.map((a) => constValue(a.value));
  }
  return [];
}

test('stdcall: a hand-written HeapFreeEx link with its two pushes and no clean-up returns with a balanced stack', () => {
  const r = analyse(`
proc:
  push 0
  push eax
  int 20h
  dd 000101AAh
  ret`);
  assert.deepEqual(codes(r.findings), []);
});

test('stdcall: cleaning up after the service as for a C one is PW231, the arguments counted twice', () => {
  const r = analyse(`
proc:
  push 0
  push eax
  int 20h
  dd 000101AAh
  add esp, 8
  ret`);
  const f = only(r.findings, 'PW231');
  assert.equal(f.range.start.line, r.line('ret'));
  assert.match(f.message, /8 bytes above/);
});

test('stdcall: the service reads its arguments in C order from the stack', () => {
  const run = scenario(`
proc:
  push 44h
  push 33h
  push 22h
  push 11h
  int 20h
  dd 000101A7h
  ret`);
  assert.deepEqual(firstCallArguments(run), [0x11n, 0x22n, 0x33n, 0x44n]);
  assert.deepEqual(codes(run.findings), []);
});

test('C: the same shape with a C service and the caller\'s add esp is clean; without it, PW231', () => {
  const good = analyse(`
proc:
  push 0
  push eax
  int 20h
  dd 00010051h
  add esp, 8
  ret`);
  assert.deepEqual(codes(good.findings), []);
  const bad = analyse(`
proc:
  push 0
  push eax
  int 20h
  dd 00010051h
  ret`);
  assert.match(only(bad.findings, 'PW231').message, /8 bytes below/);
});

test('fastcall: KfRaiseIrql takes its argument from ECX, pushes nothing and leaves the stack as it was', () => {
  const run = scenario(`
proc:
  mov ecx, 2
  int 20h
  dd 0001019Fh
  ret`);
  assert.deepEqual(firstCallArguments(run), [2n]);
  assert.deepEqual(codes(run.findings), []);
});

test('VMMcall of stdcall and fastcall services: no clean-up is assembled and none is needed', () => {
  const r = analyse(`
proc:
  VMMcall HeapAllocateEx, <1, 2, 3, 4>
  mov ecx, 2
  VMMcall ObsoleteKfRaiseIrql, <ecx>
  VMMcall KfRaiseIrqlToDpcLevel
  ret`);
  assert.deepEqual(codes(r.findings), []);
});

test('PW250 counts a stdcall service\'s arguments against the header\'s declaration', () => {
  const r = analyse(`
proc:
  VMMcall HeapFreeEx, <eax>
  ret`);
  const f = only(r.findings, 'PW250');
  assert.equal(f.range.start.line, r.line('HeapFreeEx'));
  assert.match(f.message, /takes 2 arguments; 1 given/);
});

test('after a stdcall service ECX is destroyed as after a C one (PW230)', () => {
  const r = analyse(`
proc:
  mov ecx, 8
  VMMcall HeapGetSizeEx, <eax, 0>
  test ecx, ecx
  jz done
done:
  ret`);
  assert.match(only(r.findings, 'PW230').message, /ECX was destroyed by HeapGetSizeEx/);
});

test('one macro-call list given to each entry of a program counts each entry\'s own calls (PW250), as a copy of it does', () => {
  const a = assemble(`
first:
  VMMcall HeapFreeEx, <eax>
  ret
second:
  VMMcall HeapFreeEx, <eax, 0, 1>
  VMMcall HeapFreeEx, <eax, 0>
  ret`, [{ name: 'first', label: 'first' }, { name: 'second', label: 'second' }]);
  const counted = (entry: string, macroCalls: typeof a.macroCalls) => analyseVmmProcedure(a.program, entry, { macroCalls }).findings
    .filter((f) => f.code === 'PW250').map((f) => `${f.range.start.line}: ${f.message}`);
  for (const macroCalls of [a.macroCalls, a.macroCalls, [...a.macroCalls]]) {
    assert.deepEqual(counted('first', macroCalls), [`${a.line('<eax>')}: HeapFreeEx takes 2 arguments; 1 given`]);
    assert.deepEqual(counted('second', macroCalls), [`${a.line('<eax, 0, 1>')}: HeapFreeEx takes 2 arguments; 3 given`]);
  }
});
