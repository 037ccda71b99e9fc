// Contract tests of _PageCommitPhys(page, npages, physpg, flags) (spec A.4,
// "Related 4.0 calls"; A.3 invariant 1): it maps device or caller-owned
// physical pages into a reservation, PC_INCR a contiguous run and otherwise
// the same physical page at every linear page; none of the range may be
// committed already. Those pages are not the memory manager's, so the
// ownership invariant accepts them and decommitting or freeing does not put
// them on the free list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { VmmModelState, VmmScenario } from '../src/models/vmm/index.js';
import { codes, finalRegister, scenario } from './vmm-helpers.js';

const run = (source: string, setup: VmmScenario = {}) => scenario(source, { ...setup, registers: { eax: 0xdeadn, ...setup.registers } });

/** A reservation of `pages` pages; its first page number ends up in ESI, its address in EDI. */
const reserve = (pages: number) => `
proc:
  VMMcall _PageReserve, <PR_SYSTEM, ${pages}, 0>
  mov edi, eax
  mov esi, eax
  shr esi, 12`;

const reservation = (model: VmmModelState | undefined) => [...(model?.objects.values() ?? [])].find((o) => o.origin === 'reserve');
const committed = (model: VmmModelState | undefined) => [...(reservation(model)?.committed ?? [])];

test('_PageCommitPhys maps device pages the caller names: the free list gives nothing, the pages are committed', () => {
  const r = run(`${reserve(2)}
  VMMcall _PageCommitPhys, <esi, 2, 0A0h, PC_INCR+PC_WRITEABLE>
  ret`, { freeList: [0x50n, 0x51n], device: [0xa0n, 0xa1n] });
  assert.equal(finalRegister(r, 'eax'), 1n);
  const [model] = r.finalStates;
  assert.deepEqual(committed(model), [[0, 0xa0n], [1, 0xa1n]]);
  assert.deepEqual(model?.freeList, [0x50n, 0x51n]);
  assert.deepEqual(reservation(model)?.frames, [], 'the model does not own device pages');
  assert.deepEqual(r.findings, []);
});

test('_PageCommitPhys with PC_INCR maps a contiguous run, without it every linear page maps physpg', () => {
  const incr = run(`${reserve(3)}
  VMMcall _PageCommitPhys, <esi, 3, 0B0h, PC_INCR>
  ret`, { device: [0xb0n, 0xb1n, 0xb2n] });
  assert.deepEqual(committed(incr.finalStates[0]), [[0, 0xb0n], [1, 0xb1n], [2, 0xb2n]]);
  const same = run(`${reserve(3)}
  VMMcall _PageCommitPhys, <esi, 3, 0B0h, PC_WRITEABLE>
  ret`, { device: [0xb0n] });
  assert.notEqual(finalRegister(same, 'eax'), 0n);
  assert.deepEqual(committed(same.finalStates[0]), [[0, 0xb0n], [1, 0xb0n], [2, 0xb0n]]);
  assert.deepEqual(same.findings, [], 'one physical page behind three linear pages is not two owners');
});

test('_PageCommitPhys: none of the range may be committed; a range with one committed page fails with EAX = 0 and commits nothing', () => {
  const r = run(`${reserve(3)}
  lea ebx, [esi+1]
  VMMcall _PageCommit, <ebx, 1, PD_ZEROINIT, 0, 0>
  VMMcall _PageCommitPhys, <esi, 3, 0A0h, PC_INCR>
  ret`, { device: [0xa0n, 0xa1n, 0xa2n] });
  assert.equal(finalRegister(r, 'eax'), 0n);
  assert.deepEqual(committed(r.finalStates[0]), [[1, undefined]]);
  const twice = run(`${reserve(2)}
  VMMcall _PageCommitPhys, <esi, 1, 0A0h, 0>
  VMMcall _PageCommitPhys, <esi, 2, 0A0h, PC_INCR>
  ret`, { device: [0xa0n, 0xa1n] });
  assert.equal(finalRegister(twice, 'eax'), 0n, 'a page _PageCommitPhys committed counts too');
  assert.deepEqual(committed(twice.finalStates[0]), [[0, 0xa0n]]);
});

test('_PageCommitPhys outside a reservation fails; after it, _PageCommit with PC_LOCKED on the same pages fails as on any committed page', () => {
  const outside = run(`
proc:
  VMMcall _PageCommitPhys, <0C5000h, 1, 0A0h, 0>
  ret`, { device: [0xa0n] });
  assert.equal(finalRegister(outside, 'eax'), 0n);
  const locked = run(`${reserve(1)}
  VMMcall _PageCommitPhys, <esi, 1, 0A0h, 0>
  VMMcall _PageCommit, <esi, 1, PD_ZEROINIT, 0, PC_LOCKED>
  ret`, { device: [0xa0n], freeList: [0x50n] });
  assert.equal(finalRegister(locked, 'eax'), 0n);
  assert.deepEqual(locked.finalStates[0]?.freeList, [0x50n]);
});

test('_PageCommitPhys of a caller-owned page (one of its own locked block) is accepted by the ownership invariant', () => {
  const r = run(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  VMMcall _PageReserve, <PR_SYSTEM, 1, 0>
  shr eax, 12
  VMMcall _PageCommitPhys, <eax, 1, 50h, 0>
  ret`, { freeList: [0x50n] });
  assert.equal(finalRegister(r, 'eax'), 1n);
  const [model] = r.finalStates;
  assert.ok([...(model?.objects.values() ?? [])].some((o) => o.origin === 'allocate' && o.frames.includes(0x50n)), 'page 50h is the locked block\'s');
  assert.deepEqual(codes(r.findings).filter((c) => c === 'PW220'), []);
});

test('_PageDecommit of pages _PageCommitPhys mapped does not put them on the free list, and the range can be committed again', () => {
  const r = run(`${reserve(2)}
  VMMcall _PageCommitPhys, <esi, 2, 0A0h, PC_INCR>
  VMMcall _PageDecommit, <esi, 2, 0>
  mov ebx, eax
  VMMcall _PageCommitPhys, <esi, 2, 0A0h, PC_INCR>
  ret`, { device: [0xa0n, 0xa1n], freeList: [0x50n], registers: { ebx: 0xdeadn } });
  assert.notEqual(finalRegister(r, 'ebx'), 0n);
  assert.equal(finalRegister(r, 'eax'), 1n);
  const [model] = r.finalStates;
  assert.deepEqual(model?.freeList, [0x50n]);
  assert.deepEqual(r.findings, []);
});

test('_PageFree of a reservation with _PageCommitPhys pages decommits them without putting them on the free list; its own pages go back', () => {
  const r = run(`${reserve(3)}
  VMMcall _PageCommitPhys, <esi, 2, 0A0h, PC_INCR>
  mov ebp, eax
  lea ebx, [esi+2]
  VMMcall _PageCommit, <ebx, 1, PD_FIXED, 0, PC_FIXED>
  VMMcall _PageFree, <edi, 0>
  ret`, { device: [0xa0n, 0xa1n], freeList: [0x50n] });
  assert.equal(finalRegister(r, 'ebp'), 1n);
  assert.equal(finalRegister(r, 'eax'), 1n);
  assert.deepEqual(r.finalStates[0]?.freeList, [0x50n]);
  assert.deepEqual(r.findings, []);
});
