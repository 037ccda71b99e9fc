// Contract tests of the service effects spec A.4 documents beyond the
// allocate/free core: reservations and commits (A.4.12-A.4.14 with the
// PR_STATIC rule), the page-table and V86 services (A.4.8-A.4.10 and
// _MapIntoV86) and the system heap. Closed-world scenarios show the effect
// on the model and the one outcome the arguments decide; analyses show the
// open-world outcomes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingMessage } from '../src/checks/message.js';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import type { VmmModelState } from '../src/models/vmm/index.js';
import type { VmmScenario } from '../src/models/vmm/index.js';
import { assemble, codes, finalRegister, only, scenario } from './vmm-helpers.js';

/** A scenario whose EAX starts non-zero, so that a failure shows as a change to 0. */
const run = (source: string, setup: VmmScenario = {}) => scenario(source, { ...setup, registers: { eax: 0xdeadn, ...setup.registers } });

/** A reservation of `pages` pages at the start; its first page number ends up in ESI. */
const reserve = (pages: number, flags = '0') => `
proc:
  VMMcall _PageReserve, <PR_SYSTEM, ${pages}, ${flags}>
  mov esi, eax
  shr esi, 12`;

const reservation = (model: VmmModelState | undefined) => [...(model?.objects.values() ?? [])].find((o) => o.origin === 'reserve');

test('_PageCommit inside one reservation succeeds; demand-paged pages take no physical page', () => {
  const r = run(`${reserve(4)}
  VMMcall _PageCommit, <esi, 2, PD_ZEROINIT, 0, PC_WRITEABLE>
  ret`, { freeList: [0x50n] });
  assert.notEqual(finalRegister(r, 'eax'), 0n);
  const [model] = r.finalStates;
  assert.deepEqual([...(reservation(model)?.committed?.keys() ?? [])], [0, 1]);
  assert.deepEqual(model?.freeList, [0x50n]);
});

test('_PageCommit range rules: outside the reservation, across two reservations, or an empty range fails with EAX = 0', () => {
  const outside = run(`${reserve(2)}
  add esi, 1
  VMMcall _PageCommit, <esi, 2, PD_ZEROINIT, 0, 0>
  ret`);
  assert.equal(finalRegister(outside, 'eax'), 0n);
  const across = run(`${reserve(2)}
  VMMcall _PageReserve, <PR_SYSTEM, 2, 0>
  add esi, 1
  VMMcall _PageCommit, <esi, 3, PD_ZEROINIT, 0, 0>
  ret`);
  assert.equal(finalRegister(across, 'eax'), 0n);
  assert.equal(reservation(across.finalStates[0])?.committed?.size, 0);
  const unreserved = run(`
proc:
  VMMcall _PageCommit, <0C5000h, 1, PD_ZEROINIT, 0, 0>
  ret`);
  assert.equal(finalRegister(unreserved, 'eax'), 0n);
});

test('_PageCommit with PC_FIXED takes physical pages; locked or fixed commits on committed pages fail, plain re-commits do not', () => {
  const r = run(`${reserve(3)}
  VMMcall _PageCommit, <esi, 2, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>
  mov edi, eax
  VMMcall _PageCommit, <esi, 1, PD_ZEROINIT, 0, PC_LOCKED>
  mov ebx, eax
  VMMcall _PageCommit, <esi, 3, PD_ZEROINIT, 0, PC_WRITEABLE>
  ret`, { freeList: [0x60n, 0x61n, 0x62n], registers: { ebx: 0xdeadn } });
  assert.notEqual(finalRegister(r, 'edi'), 0n);
  assert.equal(finalRegister(r, 'ebx'), 0n, 'PC_LOCKED on a committed page');
  assert.notEqual(finalRegister(r, 'eax'), 0n, 're-committing without lock flags is allowed');
  const [model] = r.finalStates;
  assert.deepEqual([...(reservation(model)?.committed ?? [])], [[0, 0x60n], [1, 0x61n], [2, undefined]]);
  assert.deepEqual(model?.freeList, [0x62n]);
});

test('_PageCommit fails when the free list cannot back a fixed commit, and with PD_FIXED but no PC_FIXED', () => {
  const short = run(`${reserve(2)}
  VMMcall _PageCommit, <esi, 2, PD_FIXED, 0, PC_FIXED>
  ret`, { freeList: [0x70n] });
  assert.equal(finalRegister(short, 'eax'), 0n);
  assert.deepEqual(short.finalStates[0]?.freeList, [0x70n]);
  const pager = run(`${reserve(1)}
  VMMcall _PageCommit, <esi, 1, PD_FIXED, 0, PC_LOCKED>
  ret`, { freeList: [0x70n] });
  assert.equal(finalRegister(pager, 'eax'), 0n);
  assert.ok(codes(pager.findings).includes('PW202'), 'PD_FIXED without PC_FIXED');
});

test('PR_STATIC: commit, decommit and free fail without the static flag and succeed with it', () => {
  const without = run(`${reserve(2, 'PR_STATIC')}
  mov edi, eax
  VMMcall _PageCommit, <esi, 1, PD_ZEROINIT, 0, 0>
  mov ebx, eax
  VMMcall _PageFree, <edi, 0>
  ret`, { registers: { ebx: 0xdeadn } });
  assert.equal(finalRegister(without, 'ebx'), 0n, 'commit refused');
  assert.equal(finalRegister(without, 'eax'), 0n, 'free refused');
  assert.equal(reservation(without.finalStates[0])?.status, 'live');
  const withFlag = run(`${reserve(2, 'PR_STATIC')}
  mov edi, eax
  VMMcall _PageCommit, <esi, 1, PD_ZEROINIT, 0, PC_STATIC>
  mov ebx, eax
  VMMcall _PageDecommit, <esi, 1, 0>
  mov ebp, eax
  VMMcall _PageDecommit, <esi, 1, PC_STATIC>
  mov ecx, eax
  VMMcall _PageFree, <edi, PR_STATIC>
  ret`, { registers: { ebp: 0xdeadn } });
  assert.notEqual(finalRegister(withFlag, 'ebx'), 0n, 'commit with PC_STATIC');
  assert.equal(finalRegister(withFlag, 'ebp'), 0n, 'decommit without the static flag');
  assert.notEqual(finalRegister(withFlag, 'ecx'), 0n, 'decommit with PC_STATIC');
  assert.notEqual(finalRegister(withFlag, 'eax'), 0n, 'free with the static flag');
  assert.deepEqual(withFlag.findings, [], 'the disputed must-be-zero rule of _PageDecommit is not reported');
});

test('_PageDecommit gives committed physical pages back, accepts uncommitted pages, and fails outside a reservation', () => {
  const r = run(`${reserve(3)}
  VMMcall _PageCommit, <esi, 2, PD_FIXED, 0, PC_FIXED>
  VMMcall _PageDecommit, <esi, 3, 0>
  mov edi, eax
  VMMcall _PageDecommit, <0C5000h, 1, 0>
  ret`, { freeList: [0x80n, 0x81n] });
  assert.notEqual(finalRegister(r, 'edi'), 0n);
  assert.equal(finalRegister(r, 'eax'), 0n);
  const [model] = r.finalStates;
  assert.deepEqual(model?.freeList, [0x80n, 0x81n]);
  assert.equal(reservation(model)?.committed?.size, 0);
});

test('_PageFree of a reservation decommits it: its physical pages go back to the free list', () => {
  const r = run(`${reserve(2)}
  mov edi, eax
  VMMcall _PageCommit, <esi, 2, PD_FIXED, 0, PC_FIXED>
  VMMcall _PageFree, <edi, 0>
  ret`, { freeList: [0x90n, 0x91n] });
  assert.notEqual(finalRegister(r, 'eax'), 0n);
  assert.deepEqual(r.finalStates[0]?.freeList, [0x90n, 0x91n]);
});

test('_CopyPageTable writes one entry per page: region slots and fixed blocks present, other pages 0', () => {
  const r = run(`
proc:
  VMMcall _CopyPageTable, <500h, 3, OFFSET32 buf, 0>
  mov esi, [buf]
  mov edi, [buf+4]
  mov ebx, [buf+8]
  ret
.data
buf dd 0DEADh
dd 0DEADh
dd 0DEADh`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n, 0n] }] });
  assert.notEqual(finalRegister(r, 'eax'), 0n);
  assert.equal(finalRegister(r, 'esi'), 0x7003n, 'physical address with P_PRES and P_WRITE');
  assert.equal(finalRegister(r, 'edi'), undefined, 'a not-present slot copies as 0 (ESI..EBX start at 0)');
  assert.equal(finalRegister(r, 'ebx'), undefined);
  const fixed = run(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  shr eax, 12
  VMMcall _CopyPageTable, <eax, 1, OFFSET32 buf, 0>
  mov esi, [buf]
  ret
.data
buf dd 0`, { freeList: [0x123n] });
  assert.equal(finalRegister(fixed, 'esi'), 0x123003n);
});

test('_CopyPageTable with non-zero flags fails (PW201) and leaves the buffer alone', () => {
  const r = run(`
proc:
  VMMcall _CopyPageTable, <500h, 1, OFFSET32 buf, 1>
  mov esi, [buf]
  ret
.data
buf dd 0DEADh`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n] }] });
  assert.equal(finalRegister(r, 'eax'), 0n);
  assert.equal(finalRegister(r, 'esi'), 0xdeadn);
  assert.deepEqual(codes(r.findings), ['PW201']);
});

test('_MapIntoV86 needs a live block, a V86 range inside 10h-10Fh and PageOff + nPages inside the block', () => {
  const source = (v86: string, count: number, off: number) => `
proc:
  VMMcall _PageAllocate, <2, PG_VM, ebx, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _MapIntoV86, <esi, ebx, ${v86}, ${count}, ${off}, 0>
  ret`;
  const setup = { registers: { ebx: 0x80001000n } };
  assert.notEqual(finalRegister(run(source('0A0h', 2, 0), setup), 'eax'), 0n);
  assert.equal(finalRegister(run(source('0Fh', 1, 0), setup), 'eax'), 0n, 'below 10h');
  assert.equal(finalRegister(run(source('10Fh', 2, 0), setup), 'eax'), 0n, 'past 10Fh');
  assert.equal(finalRegister(run(source('0A0h', 2, 1), setup), 'eax'), 0n, 'past the end of the block');
  const freed = run(`
proc:
  VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _PageFree, <esi, 0>
  VMMcall _MapIntoV86, <esi, ebx, 0A0h, 1, 0, 0>
  ret`, setup);
  assert.match(only(freed.findings, 'PW222').message, /_MapIntoV86 uses a memory handle after it was freed/);
  assert.equal(freed.findings[0]?.range.start.line, freed.line('VMMcall _MapIntoV86'));
  assert.equal(finalRegister(freed, 'eax'), 0n);
});

test('_MapIntoV86 leaves the block mapped: _PageFree of it is PW222 until _PhysIntoV86, _LinMapIntoV86, _ModifyPageBits or another _MapIntoV86 maps over those pages', () => {
  const source = (between: string) => `
proc:
  VMMcall _PageAllocate, <2, PG_VM, ebx, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _MapIntoV86, <esi, ebx, 0A0h, 2, 0, 0>
  ${between}
  test eax, eax
  jz kept
  VMMcall _PageFree, <esi, 0>
kept:
  ret`;
  const setup = { registers: { ebx: 0x80001000n } };
  const mapped = run(source('nop'), setup);
  const [model] = mapped.finalStates;
  assert.equal(findingMessage(only(mapped.findings, 'PW222')), `_PageFree frees a block still mapped into a VM by _MapIntoV86 (line ${mapped.line('VMMcall _MapIntoV86') + 1}): map something else over it first`);
  assert.equal(mapped.findings[0]?.range.start.line, mapped.line('VMMcall _PageFree'));
  assert.deepEqual([...(model?.objects.values() ?? [])].map((o) => [o.status, o.mapped]), [['freed', undefined]], 'freed all the same');
  for (const over of ['VMMcall _PhysIntoV86, <0C0h, ebx, 0A1h, 1, 0>', 'VMMcall _LinMapIntoV86, <0C0h, ebx, 0A0h, 2, 0>',
    'VMMcall _ModifyPageBits, <ebx, 0A0h, 2, 0FFFFFFF8h, 0, PG_HOOKED, 0>',
    'VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, 0>\n  mov edi, eax\n  VMMcall _MapIntoV86, <edi, ebx, 0A0h, 1, 0, 0>']) {
    assert.deepEqual(codes(run(source(over), setup).findings), [], over);
  }
  assert.deepEqual(codes(run(source('VMMcall _PhysIntoV86, <0C0h, ebx, 0B0h, 2, 0>'), setup).findings), ['PW222'], 'other pages');
  assert.deepEqual(codes(run(source('VMMcall _PhysIntoV86, <0C0h, 80002000h, 0A0h, 2, 0>'), setup).findings), ['PW222'], 'another VM');
});

test('_PhysIntoV86 succeeds inside 10h-10Fh with flags 0, and fails outside or with flags set', () => {
  const source = (v86: string, flags: number) => `
proc:
  VMMcall _PhysIntoV86, <0C0h, ebx, ${v86}, 16, ${flags}>
  ret`;
  assert.notEqual(finalRegister(run(source('0C0h', 0)), 'eax'), 0n);
  assert.equal(finalRegister(run(source('101h', 0)), 'eax'), 0n);
  const flagged = run(source('0C0h', 1));
  assert.equal(finalRegister(flagged, 'eax'), 0n);
  assert.deepEqual(codes(flagged.findings), ['PW201']);
});

test('_ModifyPageBits succeeds with legal masks and fails on each broken rule', () => {
  const source = (args: string) => `
proc:
  VMMcall _ModifyPageBits, <ebx, ${args}>
  ret`;
  assert.notEqual(finalRegister(run(source('0C0h, 16, 0FFFFFFFDh, 0, PG_HOOKED, 0')), 'eax'), 0n);
  assert.notEqual(finalRegister(run(source('0C0h, 16, 0FFFFFFFFh, 2, PG_IGNORE, 0')), 'eax'), 0n);
  for (const [bad, why] of [
    ['0C0h, 16, 0FFFFFFFDh, 0, PG_IGNORE, 0', 'clearing a bit without PG_HOOKED'],
    ['0C0h, 16, 0FFFFFFFFh, 1, PG_HOOKED, 0', 'setting P_PRES'],
    ['0C0h, 16, 0FFFFFF00h, 0, PG_HOOKED, 0', 'clearing a bit outside 07h'],
    ['0C0h, 16, 0FFFFFFFFh, 40h, PG_HOOKED, 0', 'setting a bit outside 07h'],
    ['10Fh, 2, 0FFFFFFFFh, 0, PG_HOOKED, 0', 'past 10Fh'],
    ['0C0h, 16, 0FFFFFFFFh, 0, PG_SYS, 0', 'pType not PG_HOOKED/PG_IGNORE'],
    ['0C0h, 16, 0FFFFFFFFh, 0, PG_HOOKED, 1', 'flags not 0'],
  ] as const) assert.equal(finalRegister(run(source(bad)), 'eax'), 0n, why);
});

test('heap: _HeapGetSize returns the size; _HeapFree succeeds once, a second free is PW222', () => {
  const r = run(`
proc:
  VMMcall _HeapAllocate, <100, HEAPZEROINIT>
  mov esi, eax
  VMMcall _HeapGetSize, <esi, 0>
  mov edi, eax
  VMMcall _HeapFree, <esi, 0>
  mov ebx, eax
  VMMcall _HeapFree, <esi, 0>
  ret`);
  assert.equal(finalRegister(r, 'edi'), 100n);
  assert.notEqual(finalRegister(r, 'ebx'), 0n);
  assert.equal(finalRegister(r, 'eax'), 0n);
  const f = only(r.findings, 'PW222');
  assert.match(f.message, /_HeapFree frees a heap block that was already freed/);
});

test('heap: _HeapReAllocate gives a new block and kills the old address; heap blocks and memory handles do not mix', () => {
  const r = run(`
proc:
  VMMcall _HeapAllocate, <16, 0>
  mov esi, eax
  VMMcall _HeapReAllocate, <esi, 64, 0>
  mov edi, eax
  VMMcall _HeapGetSize, <edi, 0>
  mov ebx, eax
  VMMcall _HeapGetSize, <esi, 0>
  ret`);
  assert.ok((finalRegister(r, 'edi') ?? 0n) !== 0n && finalRegister(r, 'edi') !== finalRegister(r, 'esi'));
  assert.equal(finalRegister(r, 'ebx'), 64n);
  assert.match(findingMessage(only(r.findings, 'PW222')), /_HeapReAllocate at line 5 replaced/);
  const mixed = run(`
proc:
  VMMcall _HeapAllocate, <16, 0>
  VMMcall _PageFree, <eax, 0>
  ret`);
  assert.match(only(mixed.findings, 'PW222').message, /_PageFree is given a heap block, not a memory handle/);
});

test('heap in analysis: a failed _HeapReAllocate leaves the old block valid; use after _HeapFree is PW222', () => {
  const kept = analyseVmmProcedure(assemble(`
proc:
  VMMcall _HeapReAllocate, <esi, 64, 0>
  test eax, eax
  jnz done
  VMMcall _HeapFree, <esi, 0>
done:
  ret`).program, 'proc');
  assert.deepEqual(codes(kept.findings), []);
  const a = assemble(`
proc:
  VMMcall _HeapFree, <esi, 0>
  VMMcall _HeapGetSize, <esi, 0>
  ret`);
  const used = analyseVmmProcedure(a.program, 'proc');
  const f = only(used.findings, 'PW222');
  assert.equal(f.range.start.line, a.line('_HeapGetSize'));
  assert.match(f.message, /uses a heap block after it was freed/);
});

test('every newly modelled service destroys ECX (PW230 when it is tested after the call)', () => {
  const calls = [
    '_CopyPageTable, <500h, 1, OFFSET32 buf, 0>', '_MapIntoV86, <esi, ebx, 0A0h, 1, 0, 0>', '_PhysIntoV86, <0A0h, ebx, 0A0h, 1, 0>',
    '_ModifyPageBits, <ebx, 0A0h, 1, 0FFFFFFFFh, 0, PG_IGNORE, 0>', '_PageCommit, <esi, 1, PD_ZEROINIT, 0, 0>', '_PageDecommit, <esi, 1, 0>',
    '_HeapFree, <esi, 0>', '_HeapReAllocate, <esi, 8, 0>', '_HeapGetSize, <esi, 0>',
  ];
  for (const call of calls) {
    const r = analyseVmmProcedure(assemble(`
proc:
  mov ecx, 1
  VMMcall ${call}
  cmp ecx, 1
  je done
done:
  ret
.data
buf dd 0`).program, 'proc');
    assert.deepEqual(codes(r.findings), ['PW230'], call);
  }
});

test('version differences: _PageFree\'s static flag is PW201 on Windows 3.1 and allowed on Windows 95', () => {
  const source = `
proc:
  VMMcall _PageFree, <esi, PR_STATIC>
  ret`;
  assert.deepEqual(codes(analyseVmmProcedure(assemble(source).program, 'proc', { version: 'W31' }).findings), ['PW201']);
  assert.deepEqual(codes(analyseVmmProcedure(assemble(source).program, 'proc', { version: 'W95' }).findings), []);
});
