// A run's closed world and the handles it is given (spec A.3 invariant 3):
// a number no allocation of the run handed out is no handle, a value the
// scenario leaves unknown may be any block, and blocks allocated before the
// run (a VxD's initialisation, run first) are handles it knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, finalRegister, scenario } from './vmm-helpers.js';

test('a run: _PageFree of a number no allocation handed out is PW222', () => {
  const r = scenario(`
proc:
  VMMcall _PageFree, <1234h, 0>
  ret`);
  assert.deepEqual(codes(r.findings), ['PW222']);
});

test('a run: _PageFree of a handle read from memory the scenario leaves unknown is no PW222: it may be any block', () => {
  const r = scenario(`
proc:
  mov eax, [esi]
  VMMcall _PageFree, <eax, 0>
  ret`, { registers: { esi: 0x7000000n } });
  assert.deepEqual(codes(r.findings), []);
});

test('a run given the blocks an earlier run allocated frees one by its number, and its pages go back to the free list', () => {
  const init = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  ret`, { freeList: [0x50n, 0x51n, 0x52n] });
  const [after] = init.finalStates;
  const handle = finalRegister(init, 'eax');
  assert.ok(after && handle !== undefined && handle !== 0n);
  const exit = `
proc:
  VMMcall _PageFree, <0${handle.toString(16)}h, 0>
  ret`;
  assert.deepEqual(codes(scenario(exit, { freeList: after.freeList }).findings), ['PW222'], 'without the blocks, the number is no handle');
  const freed = scenario(exit, { freeList: after.freeList, allocated: { objects: after.objects, nextPage: after.nextPage, nextHandle: after.nextHandle } });
  assert.deepEqual(codes(freed.findings), []);
  assert.deepEqual([...(freed.finalStates[0]?.freeList ?? [])].sort(), [0x50n, 0x51n, 0x52n]);
});
