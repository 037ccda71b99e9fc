// Contract tests of the service model, written from spec A.4/A.5: effects on
// the memory-manager state, results, failure values, clobbers and the
// Windows version differences. Concrete scenarios run a closed world; the
// symbolic outcomes are checked through the paths analysis sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingMessage } from '../src/checks/message.js';
import { constValue } from '../src/values/expr.js';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import type { VmmRun } from '../src/models/vmm/index.js';
import type { TraceStep } from '../src/explore/trace.js';
import { assemble, codes, finalRegister, only, scenario } from './vmm-helpers.js';


function callEvents(run: VmmRun): string[] {
  const [trace] = run.traces;
  return (trace ?? []).flatMap((s: TraceStep) => s.events.flatMap((e) => (e.kind === 'call' ? [e.name] : [])));
}

test('_PageAllocate W95: EAX = EDX = the address, which is the handle; a locked block takes pages off the free list', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  mov esi, eax
  mov edi, edx
  ret`, { version: 'W95', freeList: [0x200n, 0x201n, 0x202n] });
  assert.equal(run.traces.length, 1);
  const eax = finalRegister(run, 'esi'), edx = finalRegister(run, 'edi');
  assert.ok(eax && eax === edx, 'address in both');
  const [model] = run.finalStates;
  assert.deepEqual(model?.freeList, [0x202n]);
  const object = [...(model?.objects.values() ?? [])][0];
  assert.deepEqual(object?.frames, [0x200n, 0x201n]);
  assert.equal(constValue(object?.handle ?? { kind: 'const', width: 32, value: 0n }), eax);
  assert.deepEqual(callEvents(run), ['_PageAllocate']);
});

test('_PageAllocate W31: EAX is a handle unrelated to the address in EDX', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  mov edi, edx
  ret`, { version: 'W31' });
  const handle = finalRegister(run, 'esi'), address = finalRegister(run, 'edi');
  assert.ok(handle !== undefined && address !== undefined && handle !== address);
  assert.equal((address ?? 0n) & 0xfffn, 0n);
});

test('_PageAllocate fails with EAX = EDX = 0 when the free list is too short for a fixed block', () => {
  const run = scenario(`
proc:
  mov eax, 1
  mov edx, 1
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  mov esi, eax
  mov edi, edx
  ret`, { freeList: [0x300n], registers: { esi: 0xdeadn, edi: 0xdeadn } });
  assert.equal(finalRegister(run, 'esi'), 0n);
  assert.equal(finalRegister(run, 'edi'), 0n);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x300n]);
});

test('_PageAllocate with PageUseAlign writes the physical address through PhysAddr (W31 always, W95 only with PageContig)', () => {
  const source = (flags: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 1000h, OFFSET32 phys, ${flags}>
  mov esi, [phys]
  ret
phys dd 0`;
  assert.equal(finalRegister(scenario(source('PageUseAlign+PageFixed'), { version: 'W31', phase: 'device-init', freeList: [0x123n] }), 'esi'), 0x123000n);
  assert.equal(finalRegister(scenario(source('PageUseAlign+PageFixed'), { version: 'W95', freeList: [0x123n] }), 'esi'), undefined, 'not written: ESI stays 0');
  assert.equal(finalRegister(scenario(source('PageUseAlign+PageContig+PageFixed'), { version: 'W95', freeList: [0x123n] }), 'esi'), 0x123000n);
});

test('_PageFree returns the pages to the free list and kills the handle; a second free is PW222', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  mov esi, eax
  VMMcall _PageFree, <esi, 0>
  mov edi, eax
  VMMcall _PageFree, <esi, 0>
  ret`, { freeList: [0x400n] });
  assert.notEqual(finalRegister(run, 'edi'), 0n);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x400n]);
  const f = only(run.findings, 'PW222');
  assert.equal(f.range.start.line, run.line('VMMcall _PageFree') + 2);
  assert.equal(finalRegister(run, 'eax'), 0n, 'the refused free returns 0');
});

test('_PageReAllocate: success gives a new handle and kills the old one; failure leaves the old one valid', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _PageReAllocate, <esi, 4, 0>
  mov edi, eax
  VMMcall _PageFree, <edi, 0>
  VMMcall _PageGetSizeAddr, <esi, 0>
  ret`);
  assert.match(only(run.findings, 'PW222').message, /_PageReAllocate/);
  const symbolic = analyseVmmProcedure(assemble(`
proc:
  VMMcall _PageReAllocate, <esi, 4, 0>
  test eax, eax
  jnz ok
  VMMcall _PageFree, <esi, 0>
ok:
  ret`).program, 'proc');
  assert.deepEqual(codes(symbolic.findings), [], 'on failure the old handle may be freed');
});

test('_PageLock/_PageUnLock count per page; fixed blocks ignore them; unlock below zero is PW222', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _PageLock, <esi, 2, 0, 0>
  VMMcall _PageLock, <esi, 1, 0, 0>
  VMMcall _PageUnLock, <esi, 2, 0, 0>
  ret`, { freeList: [0x10n, 0x11n] });
  assert.deepEqual(run.findings, []);
  const object = [...(run.finalStates[0]?.objects.values() ?? [])][0];
  assert.deepEqual([...(object?.locks ?? [])], [[0, 1], [1, 0]]);
  const under = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _PageLock, <esi, 1, 0, 0>
  VMMcall _PageUnLock, <esi, 2, 0, 0>
  ret`, { freeList: [0x10n] });
  assert.match(only(under.findings, 'PW222').message, /page 1 of the block, which is not locked/);
  const fixed = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  mov esi, eax
  VMMcall _PageUnLock, <esi, 1, 0, 0>
  ret`, { freeList: [0x10n] });
  assert.deepEqual(fixed.findings, [], 'no effect on fixed blocks');
});

test('_PageLock and _LinPageLock make the pages present: each one the block lacks comes off the free list, and too few free pages fail the lock', () => {
  const source = (lock: string) => `
proc:
  VMMcall _PageAllocate, <3, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  ${lock}
  ret`;
  const present = (r: ReturnType<typeof scenario>) => [...(r.finalStates[0]?.objects.values() ?? [])].map((o) => o.frames);
  const locked = scenario(source('VMMcall _PageLock, <esi, 2, 0, 0>\n  VMMcall _PageLock, <esi, 3, 0, 0>'), { freeList: [0x10n, 0x11n, 0x12n, 0x13n] });
  assert.equal(finalRegister(locked, 'eax'), 1n);
  assert.deepEqual(present(locked), [[0x10n, 0x11n, 0x12n]], 'the second lock takes only the page the first did not');
  assert.deepEqual(locked.finalStates[0]?.freeList, [0x13n]);
  const empty = scenario(source('VMMcall _PageLock, <esi, 2, 0, 0>'), { freeList: [0x10n] });
  assert.equal(finalRegister(empty, 'eax'), 0n, 'one free page for two');
  assert.deepEqual([present(empty), empty.finalStates[0]?.freeList], [[[]], [0x10n]], 'a failed lock takes nothing');
  const ifDP = scenario(source('VMMcall _PageLock, <esi, 2, 0, PageLockedIfDP>'), {});
  assert.equal(finalRegister(ifDP, 'eax'), 1n, 'PageLockedIfDP locks only where the pager goes through DOS');
  const byNumber = (free: readonly bigint[]) => scenario(source('mov eax, esi\n  shr eax, 12\n  VMMcall _LinPageLock, <eax, 2, 0>'), { freeList: free });
  const linear = byNumber([0x10n, 0x11n, 0x12n]);
  assert.equal(finalRegister(linear, 'eax'), 1n);
  assert.deepEqual(present(linear), [[0x10n, 0x11n]]);
  assert.equal(finalRegister(byNumber([0x10n]), 'eax'), 0n);
});

test('_LinPageLock/_LinPageUnLock: N locks need N unlocks', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  shr eax, 12
  VMMcall _LinPageLock, <eax, 1, 0>
  VMMcall _LinPageUnLock, <0C1000h, 1, 0>
  VMMcall _LinPageUnLock, <0C1000h, 1, 0>
  ret`, { freeList: [0x10n] });
  assert.equal(only(run.findings, 'PW222').range.start.line, run.line('VMMcall _LinPageUnLock') + 1);
});

test('_LinPageLock with PageMapGlobal returns a fresh global alias; _LinPageUnLock with PageMapGlobal takes the alias, and the page the lock was given is PW222', () => {
  const source = (unlock: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov ebx, eax
  shr eax, 12
  mov esi, eax
  VMMcall _LinPageLock, <esi, 1, PageMapGlobal>
  mov edi, eax
  ${unlock}
  ret`;
  const setup = { freeList: [0x10n] };
  const aliased = scenario(source('nop'), setup);
  assert.equal(finalRegister(aliased, 'edi'), 0xc1002000n, 'the next free linear address, past the block and its guard page');
  assert.equal(aliased.finalStates[0]?.globalAliases.length, 1);
  const unaliased = scenario(source('shr edi, 12\n  VMMcall _LinPageUnLock, <edi, 1, PageMapGlobal>'), setup);
  assert.deepEqual(codes(unaliased.findings), []);
  assert.equal(finalRegister(unaliased, 'eax'), 1n);
  const [model] = unaliased.finalStates;
  assert.deepEqual([model?.globalAliases.length, [...(model?.linearLocks.values() ?? [])]], [0, [0]], 'the alias is gone and the page the lock counted is unlocked');
  const unshifted = scenario(source('VMMcall _LinPageUnLock, <edi, 1, PageMapGlobal>'), setup);
  assert.equal(findingMessage(only(unshifted.findings, 'PW240')), `HLinPgNum of _LinPageUnLock is given the alias _LinPageLock returned at line ${unshifted.line('VMMcall _LinPageLock') + 1}; it wants the alias's page number (alias SHR 12)`);
  const original = scenario(source('VMMcall _LinPageUnLock, <esi, 1, PageMapGlobal>'), setup);
  assert.equal(findingMessage(only(original.findings, 'PW222')), `_LinPageUnLock with PageMapGlobal is given the page _LinPageLock locked at line ${original.line('VMMcall _LinPageLock') + 1}, not the alias it returned: the alias stays mapped`);
  assert.equal(original.findings[0]?.range.start.line, original.line('VMMcall _LinPageUnLock'));
  assert.equal(finalRegister(original, 'eax'), 0n);
});

test('_LinPageLock on Windows 95 fails unless every page of the range is committed; Windows 3.1 has no such rule', () => {
  const source = (commit: string) => `
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 2, 0>
  mov esi, eax
  shr esi, 12
  ${commit}
  VMMcall _LinPageLock, <esi, 2, 0>
  ret`;
  const setup = { registers: { eax: 0xdeadn } };
  assert.equal(finalRegister(scenario(source('nop'), setup), 'eax'), 0n, 'reserved, not committed');
  assert.equal(finalRegister(scenario(source('VMMcall _PageCommit, <esi, 1, PD_ZEROINIT, 0, 0>'), setup), 'eax'), 0n, 'second page not committed');
  assert.equal(finalRegister(scenario(source('VMMcall _PageCommit, <esi, 2, PD_ZEROINIT, 0, 0>'), setup), 'eax'), 1n);
  assert.equal(finalRegister(scenario(`
proc:
  VMMcall _LinPageLock, <0C1000h, 1, 0>
  ret`, { ...setup, version: 'W31' }), 'eax'), 1n);
});

test('_PageGetSizeAddr returns the block size and address; _GetFreePageCount the free list length', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <3, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov ebx, edx
  VMMcall _PageGetSizeAddr, <eax, 0>
  mov esi, eax
  mov edi, edx
  VMMcall _GetFreePageCount, <0>
  mov ebp, eax
  ret`, { freeList: [1n, 2n, 3n, 4n] });
  assert.equal(finalRegister(run, 'esi'), 3n);
  assert.equal(finalRegister(run, 'edi'), finalRegister(run, 'ebx'));
  assert.equal(finalRegister(run, 'ebp'), 4n);
});

test('_PageReserve returns an address (not a page number) and 0FFFFFFFFh on failure in analysis', () => {
  const run = scenario(`
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  mov esi, eax
  ret`);
  const address = finalRegister(run, 'esi') ?? 0n;
  assert.ok(address > 0xfffffn && (address & 0xfffn) === 0n);
  const paths = analyseVmmProcedure(assemble(`
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  mov ecx, [eax]
  ret`).program, 'proc');
  assert.equal(only(paths.findings, 'PW210').witness?.[0]?.value, '0xffffffff');
});

test('C services destroy EAX, ECX, EDX and the flags and keep EBX, ESI, EDI, EBP', () => {
  const run = scenario(`
proc:
  mov ebx, 11h
  mov esi, 22h
  mov edi, 33h
  mov ebp, 44h
  mov ecx, 55h
  VMMcall _GetFreePageCount, <0>
  ret`);
  const [trace] = run.traces;
  const call = trace?.find((s) => s.events.some((e) => e.kind === 'call'));
  const changed = new Set(call?.registers.map((r) => r.name));
  for (const kept of ['ebx', 'esi', 'edi', 'ebp']) assert.ok(!changed.has(kept), `${kept} preserved`);
  assert.ok(changed.has('ecx'), 'ECX destroyed');
});

test('free physical regions: _MapFreePhysReg fills slots from the free list, _UnmapFreePhysReg gives them back', () => {
  const run = scenario(`
proc:
  VMMcall _MapFreePhysReg, <500h, 2, 0>
  mov esi, eax
  VMMcall _UnmapFreePhysReg, <500h, 1, 0>
  mov edi, eax
  VMMcall _MapFreePhysReg, <501h, 1, 0>
  ret`, { version: 'W31', freeList: [0x20n, 0x21n], regions: [{ firstPage: 0x500n, slots: [0n, 0n] }] });
  assert.equal(finalRegister(run, 'esi'), 1n);
  assert.equal(finalRegister(run, 'edi'), 1n);
  assert.equal(finalRegister(run, 'eax'), 0n, 'mapping a present slot fails');
  const model = run.finalStates[0];
  assert.deepEqual(model?.freeList, [0x20n]);
  assert.equal(model?.slots.get(0x501n)?.phys, 0x21000n);
});

test('_XchgFreePhysReg: old address out, 0 for a not-present slot, 0FFFFFFFFh for a page outside any region', () => {
  const run = scenario(`
proc:
  VMMcall _XchgFreePhysReg, <500h, 0, 0>
  mov esi, eax
  VMMcall _XchgFreePhysReg, <501h, esi, 0>
  mov edi, eax
  VMMcall _XchgFreePhysReg, <999h, 0, 0>
  mov ebp, eax
  ret`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n, 0n] }], registers: { edi: 0xdeadn } });
  assert.equal(finalRegister(run, 'esi'), 0x7000n);
  assert.equal(finalRegister(run, 'edi'), 0n);
  assert.equal(finalRegister(run, 'ebp'), 0xffffffffn);
  assert.deepEqual(run.findings, [], 'the page went back into a slot');
  assert.equal(run.finalStates[0]?.slots.get(0x501n)?.phys, 0x7000n);
});

test('invariant: a page put into a second slot while a slot still owns it is PW220 at that call', () => {
  const run = scenario(`
proc:
  VMMcall _XchgFreePhysReg, <501h, 7000h, 0>
  ret`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n, 0n] }] });
  const f = only(run.findings, 'PW220');
  assert.match(f.message, /region slot 500h/);
  assert.equal(f.range.start.line, run.line('VMMcall'));
  // MASM's hex: a leading digit where the number starts with a letter.
  const high = scenario(`
proc:
  VMMcall _XchgFreePhysReg, <0A01h, 0B000h, 0>
  ret`, { version: 'W31', regions: [{ firstPage: 0xa00n, slots: [0xb000n, 0n] }] });
  assert.match(only(high.findings, 'PW220').message, /^physical page 0Bh, which belongs to region slot 0A00h, is put into region slot 0A01h as well/);
});

test('a page taken in a scenario and dropped is PW220 at the overwrite', () => {
  const run = scenario(`
proc:
  VMMcall _XchgFreePhysReg, <500h, 0, 0>
  xor eax, eax
  ret`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n] }] });
  assert.equal(only(run.findings, 'PW220').range.start.line, run.line('xor eax, eax'));
});

test('_AddFreePhysPage puts pages on the free list and returns 2', () => {
  const run = scenario(`
proc:
  VMMcall _AddFreePhysPage, <200h, 2, 0>
  ret`, { version: 'W31', phase: 'device-init' });
  assert.equal(finalRegister(run, 'eax'), 2n);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x200n, 0x201n]);
});

test('_HeapAllocate returns an address in a scenario and may return 0 in analysis (PW211 on dereference)', () => {
  assert.ok((finalRegister(scenario(`
proc:
  VMMcall _HeapAllocate, <100, 0>
  ret`), 'eax') ?? 0n) > 0n);
  const paths = analyseVmmProcedure(assemble(`
proc:
  VMMcall _HeapAllocate, <100, 0>
  mov dword ptr [eax], 0
  ret`).program, 'proc');
  assert.deepEqual(codes(paths.findings), ['PW211']);
});

test('Fatal_Error_Handler ends the path: nothing after it runs, nothing is reported', () => {
  const run = scenario(`
proc:
  VMMcall _XchgFreePhysReg, <500h, 0, 0>
  xor eax, eax
  VMMcall Fatal_Error_Handler
  ret`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n] }] });
  assert.deepEqual(run.findings, []);
  assert.equal(run.traces.length, 1);
  assert.ok(!(run.traces[0] ?? []).some((s) => s.text === 'ret'));
});

test('every service of spec A.4 has a catalogue entry the model runs without error', () => {
  const services = [
    '_PageAllocate', '_PageReAllocate', '_PageFree', '_PageLock', '_PageUnLock', '_LinPageLock', '_LinPageUnLock', '_PageGetSizeAddr',
    '_GetFreePageCount', '_CopyPageTable', '_ModifyPageBits', '_PhysIntoV86', '_MapPhysToLinear', '_PageReserve', '_PageCommit',
    '_PageDecommit', '_PageCommitPhys', '_PageCommitContig', '_SetFreePhysRegCalBk', '_MapFreePhysReg', '_UnmapFreePhysReg',
    '_XchgFreePhysReg', '_AddFreePhysPage', '_PageResetHandlePAddr', '_HeapAllocate', '_HeapFree',
  ];
  for (const name of services) {
    const r = analyseVmmProcedure(assemble(`
proc:
  VMMcall ${name}, <esi, edi, ebx, ebp, esi, edi, ebx, ebp>
  ret`).program, 'proc');
    assert.deepEqual(r.incomplete, [], name);
  }
});

test('_PageAllocate without PageLocked, PageLockedIfDP or PageFixed is demand paged: no physical page leaves the free list', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>
  ret`, { freeList: [0x200n, 0x201n] });
  assert.notEqual(finalRegister(run, 'eax'), 0n);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x200n, 0x201n]);
  const locked = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageLockedIfDP>
  ret`, { freeList: [0x200n, 0x201n, 0x202n] });
  assert.deepEqual(locked.finalStates[0]?.freeList, [0x202n], 'PageLockedIfDP makes the pages present');
});

test('_PageReAllocate W95: EAX and EDX hold the new address; W31: EAX a new handle and EDX the address', () => {
  const source = `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov ebx, eax
  VMMcall _PageReAllocate, <eax, 2, 0>
  mov esi, eax
  mov edi, edx
  ret`;
  const w95 = scenario(source, { version: 'W95' });
  assert.equal(finalRegister(w95, 'esi'), finalRegister(w95, 'edi'));
  assert.notEqual(finalRegister(w95, 'esi'), finalRegister(w95, 'ebx'), 'the block may move');
  const w31 = scenario(source, { version: 'W31' });
  const handle = finalRegister(w31, 'esi') ?? 0n, address = finalRegister(w31, 'edi') ?? 0n;
  assert.ok(handle !== 0n && address !== 0n && handle !== address);
  assert.equal(address & 0xfffn, 0n);
});

test('_PageReAllocate that fails returns EAX = EDX = 0 and leaves the old block live with its pages', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  mov esi, eax
  VMMcall _PageReAllocate, <esi, 4, 0>
  mov edi, edx
  VMMcall _PageFree, <esi, 0>
  ret`, { freeList: [0x10n, 0x11n], registers: { edi: 0xdeadn } });
  assert.equal(finalRegister(run, 'edi'), 0n);
  assert.deepEqual(run.findings, [], 'the old handle is still valid');
  assert.notEqual(finalRegister(run, 'eax'), 0n);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x11n, 0x10n]);
});

test('_PageReAllocate of a PageFixed block gives a fixed block: locks and unlocks have no effect on it', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  VMMcall _PageReAllocate, <eax, 2, 0>
  mov esi, eax
  VMMcall _PageUnLock, <esi, 2, 0, 0>
  ret`, { freeList: [0x10n, 0x11n] });
  assert.deepEqual(run.findings, []);
  const object = [...(run.finalStates[0]?.objects.values() ?? [])].find((o) => o.status === 'live');
  assert.equal(object?.fixed, true);
  assert.deepEqual(object?.frames, [0x10n, 0x11n]);
});

test('_PageReAllocate fails for a block allocated with PageUseAlign, which stays valid', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 1000h, 0, PageUseAlign+PageFixed>
  mov esi, eax
  VMMcall _PageReAllocate, <esi, 2, 0>
  mov edi, eax
  VMMcall _PageFree, <esi, 0>
  ret`, { freeList: [0x10n, 0x11n], registers: { edi: 0xdeadn } });
  assert.equal(finalRegister(run, 'edi'), 0n);
  assert.deepEqual(run.findings, []);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x11n, 0x10n]);
  const symbolic = analyseVmmProcedure(assemble(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 1000h, 0, PageUseAlign+PageFixed>
  test eax, eax
  jz fail
  mov esi, eax
  VMMcall _PageReAllocate, <esi, 2, 0>
  VMMcall _PageFree, <esi, 0>
fail:
  ret`).program, 'proc');
  assert.deepEqual(codes(symbolic.findings), [], 'no path on which the reallocation succeeded and killed the old handle');
});

test('_PageFree of locked memory is allowed and gives its pages back', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  mov esi, eax
  VMMcall _PageLock, <esi, 1, 0, 0>
  VMMcall _PageFree, <esi, 0>
  ret`, { freeList: [0x30n, 0x31n] });
  assert.deepEqual(run.findings, []);
  assert.notEqual(finalRegister(run, 'eax'), 0n);
  assert.deepEqual(run.finalStates[0]?.freeList, [0x30n, 0x31n]);
});

test('_PageLock and _PageUnLock fail when PageOff + nPages passes the end of the block', () => {
  const source = (call: string) => `
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall ${call}
  ret`;
  assert.notEqual(finalRegister(scenario(source('_PageLock, <esi, 1, 1, 0>')), 'eax'), 0n);
  const past = scenario(source('_PageLock, <esi, 2, 1, 0>'));
  assert.equal(finalRegister(past, 'eax'), 0n);
  const object = [...(past.finalStates[0]?.objects.values() ?? [])][0];
  assert.deepEqual([...(object?.locks ?? [])], [[0, 0], [1, 0]], 'no page was locked');
  assert.equal(finalRegister(scenario(source('_PageUnLock, <esi, 3, 0, 0>')), 'eax'), 0n);
});

test('_PageGetSizeAddr of a freed block is PW222 and returns EAX = EDX = 0', () => {
  const run = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  mov esi, eax
  VMMcall _PageFree, <esi, 0>
  mov edx, 1
  VMMcall _PageGetSizeAddr, <esi, 0>
  mov edi, edx
  ret`, { registers: { edi: 0xdeadn } });
  assert.match(only(run.findings, 'PW222').message, /_PageGetSizeAddr uses a memory handle after it was freed/);
  assert.equal(finalRegister(run, 'eax'), 0n);
  assert.equal(finalRegister(run, 'edi'), 0n);
});

test('_GetFreePageCount has no failure value: its counts may be used untested', () => {
  const r = analyseVmmProcedure(assemble(`
proc:
  VMMcall _GetFreePageCount, <0>
  mov [free], eax
  mov [lockable], edx
  mov ecx, [eax+edx]
  ret
free dd 0
lockable dd 0`).program, 'proc');
  assert.deepEqual(codes(r.findings), []);
});

test('_PageReserve at an explicit page: succeeds when the pages are free, fails with 0FFFFFFFFh when they are in use', () => {
  const run = scenario(`
proc:
  VMMcall _PageReserve, <400h, 2, 0>
  mov esi, eax
  VMMcall _PageReserve, <401h, 1, 0>
  mov edi, eax
  VMMcall _PageReserve, <402h, 1, 0>
  ret`);
  assert.equal(finalRegister(run, 'esi'), 0x400000n);
  assert.equal(finalRegister(run, 'edi'), 0xffffffffn);
  assert.equal(finalRegister(run, 'eax'), 0x402000n);
});

test('_MapFreePhysReg fails when the free list is too short; _UnmapFreePhysReg refuses pages mapped with PageFixed', () => {
  const short = scenario(`
proc:
  VMMcall _MapFreePhysReg, <500h, 2, 0>
  ret`, { version: 'W31', freeList: [0x20n], regions: [{ firstPage: 0x500n, slots: [0n, 0n] }], registers: { eax: 0xdeadn } });
  assert.equal(finalRegister(short, 'eax'), 0n);
  assert.deepEqual(short.finalStates[0]?.freeList, [0x20n]);
  const fixed = scenario(`
proc:
  VMMcall _MapFreePhysReg, <500h, 1, PageFixed>
  mov esi, eax
  VMMcall _UnmapFreePhysReg, <500h, 1, 0>
  ret`, { version: 'W31', freeList: [0x20n], regions: [{ firstPage: 0x500n, slots: [0n] }] });
  assert.equal(finalRegister(fixed, 'esi'), 1n);
  assert.equal(finalRegister(fixed, 'eax'), 0n);
  assert.equal(fixed.finalStates[0]?.slots.get(0x500n)?.phys, 0x20000n);
});

test('non-standard C services: _BlockOnID and _LocalizeSprintf keep EAX, ECX and EDX; _SetLastV86Page keeps ECX and EDX', () => {
  const use = (call: string, register: string) => codes(analyseVmmProcedure(assemble(`
proc:
  mov ${register}, 1
  VMMcall ${call}
  cmp ${register}, 1
  je done
done:
  ret`).program, 'proc').findings);
  for (const [call, kept] of [
    ['_BlockOnID, <esi, 0>', ['eax', 'ecx', 'edx']],
    ['_LocalizeSprintf, <esi, edi, ebx>', ['eax', 'ecx', 'edx']],
    ['_SetLastV86Page, <100h, 0>', ['ecx', 'edx']],
  ] as const) {
    for (const r of kept) assert.deepEqual(use(call, r), [], `${call} keeps ${r}`);
  }
  assert.deepEqual(use('_PageFree, <esi, 0>', 'edx'), ['PW230'], 'a standard C service destroys EDX');
});

test('register services change their outputs only, the flags to unknown: Get_Cur_VM_Handle sets EBX and keeps ECX', () => {
  const r = analyseVmmProcedure(assemble(`
proc:
  mov ecx, 1
  VMMcall Get_Cur_VM_Handle
  mov [vm], ebx
  cmp ecx, 1
  je done
done:
  ret
vm dd 0`).program, 'proc');
  assert.deepEqual(codes(r.findings), []);
  const flags = analyseVmmProcedure(assemble(`
proc:
  cmp ecx, 1
  VMMcall Get_Cur_VM_Handle
  je done
done:
  ret`).program, 'proc');
  // Unknown, not destroyed: PW230 is about C-convention calls (checks.md).
  assert.deepEqual(codes(flags.findings), []);
});

test('Fatal_Memory_Error and Crash_Cur_VM end the path as Fatal_Error_Handler does', () => {
  for (const service of ['Fatal_Memory_Error', 'Crash_Cur_VM']) {
    const run = scenario(`
proc:
  VMMcall _XchgFreePhysReg, <500h, 0, 0>
  xor eax, eax
  VMMcall ${service}
  ret`, { version: 'W31', regions: [{ firstPage: 0x500n, slots: [0x7000n] }] });
    assert.deepEqual(run.findings, [], service);
    assert.ok(!(run.traces[0] ?? []).some((s) => s.text === 'ret'), service);
  }
});

test('_PageAllocate with PageUseAlign takes pages inside minPhys..maxPhys-1 with the first one aligned; with PageContig a contiguous run', () => {
  const source = (pages: number, align: string, flags: string) => `
proc:
  VMMcall _PageAllocate, <${pages}, PG_SYS, 0, ${align}, 10h, 1000h, 0, ${flags}>
  ret`;
  const frames = (run: VmmRun) => [...(run.finalStates[0]?.objects.values() ?? [])][0]?.frames;
  const freeList = [0x2000n, 0x8n, 0x11n, 0x13n, 0x24n, 0x25n, 0x26n, 0x27n];
  assert.deepEqual(frames(scenario(source(2, '0', 'PageUseAlign+PageFixed'), { freeList })), [0x11n, 0x13n], 'below 1000h, from 10h');
  assert.deepEqual(frames(scenario(source(2, '3', 'PageUseAlign+PageFixed'), { freeList })), [0x24n, 0x11n], 'first page 16 KB aligned');
  assert.deepEqual(frames(scenario(source(4, '3', 'PageUseAlign+PageContig+PageFixed'), { freeList })), [0x24n, 0x25n, 0x26n, 0x27n]);
  const none = scenario(source(4, '7', 'PageUseAlign+PageContig+PageFixed'), { freeList, registers: { eax: 0xdeadn } });
  assert.equal(finalRegister(none, 'eax'), 0n, 'no 32 KB aligned run of four pages at or above 10h');
  assert.deepEqual(none.finalStates[0]?.freeList, freeList);
  assert.deepEqual(frames(scenario(source(2, '3', 'PageFixed'), { freeList })), [0x2000n, 0x8n], 'without PageUseAlign the arguments are not read');
});

test('_PageAllocate W95 ignores a zero PhysAddr pointer even with PageUseAlign and PageContig; W31 writes through it', () => {
  const source = `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 1000h, 0, PageUseAlign+PageContig+PageFixed>
  mov esi, [0]
  ret`;
  const setup = { freeList: [0x123n], memory: [{ address: 0n, value: 0xdeadn }], phase: 'device-init' } as const;
  assert.equal(finalRegister(scenario(source, { ...setup, version: 'W95' }), 'esi'), 0xdeadn);
  assert.equal(finalRegister(scenario(source, { ...setup, version: 'W31' }), 'esi'), 0x123000n, 'W31 has no such rule');
});

test('_PageGetSizeAddr fails with EAX = EDX = 0: EDX dereferenced untested is PW211; after the EAX test it is clean', () => {
  const source = (check: string) => `
proc:
  VMMcall _PageGetSizeAddr, <esi, 0>
  ${check}
  mov ecx, [edx]
fail:
  ret`;
  const bad = assemble(source('nop'));
  const f = only(analyseVmmProcedure(bad.program, 'proc').findings, 'PW211');
  assert.equal(f.range.start.line, bad.line('mov ecx, [edx]'));
  assert.deepEqual(codes(analyseVmmProcedure(assemble(source('test eax, eax\n  jz fail')).program, 'proc').findings), []);
});
