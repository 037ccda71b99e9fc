// Contract tests for the VMM half of the catalogue, written from spec part A
// and checks.md: the numbers here are copied from the spec, not from the
// catalogue, so a slip in either shows up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allConstants, allServices, decodeVmmLink, findConstant, findService, findServiceByOrdinal, serviceOnTarget, vmmLinkCode,
} from '../src/catalogue/index.js';
import type { VmmService, WindowsTarget } from '../src/catalogue/index.js';

const service = (name: string): VmmService => {
  const s = findService(name);
  assert.ok(s, `${name} is catalogued`);
  return s;
};

// Spec A.1.5, both columns, plus the frozen 3.0 anchor.
const A15: readonly [string, number, string][] = [
  ['_HeapAllocate', 0x04f, '3.0'], ['_PageAllocate', 0x053, '3.0'], ['_PageReAllocate', 0x054, '3.0'],
  ['_PageFree', 0x055, '3.0'], ['_PageLock', 0x056, '3.0'], ['_PageUnLock', 0x057, '3.0'],
  ['_PageGetSizeAddr', 0x058, '3.0'], ['_PageGetAllocInfo', 0x059, '3.0'], ['_GetFreePageCount', 0x05a, '3.0'],
  ['_GetSysPageCount', 0x05b, '3.0'], ['_MapIntoV86', 0x05d, '3.0'], ['_PhysIntoV86', 0x05e, '3.0'],
  ['_ModifyPageBits', 0x060, '3.0'], ['_CopyPageTable', 0x061, '3.0'], ['_LinMapIntoV86', 0x062, '3.0'],
  ['_LinPageLock', 0x063, '3.0'], ['_LinPageUnLock', 0x064, '3.0'], ['_PageCheckLinRange', 0x067, '3.0'],
  ['_PageDiscardPages', 0x069, '3.0'], ['_MapPhysToLinear', 0x06c, '3.0'],
  ['_AddFreePhysPage', 0x0d2, '3.1'], ['_PageResetHandlePAddr', 0x0d3, '3.1'], ['_MapFreePhysReg', 0x0d6, '3.1'],
  ['_UnmapFreePhysReg', 0x0d7, '3.1'], ['_XchgFreePhysReg', 0x0d8, '3.1'], ['_SetFreePhysRegCalBk', 0x0d9, '3.1'],
  ['_PageReserve', 0x11d, '4.0'], ['_PageCommit', 0x11e, '4.0'], ['_PageDecommit', 0x11f, '4.0'],
  ['_PagerRegister', 0x120, '4.0'], ['_PagerQuery', 0x121, '4.0'], ['_PagerDeregister', 0x122, '4.0'],
  ['_PageAttach', 0x125, '4.0'], ['_PageFlush', 0x126, '4.0'], ['_PageCommitPhys', 0x128, '4.0'],
  ['_PageModifyPermissions', 0x133, '4.0'], ['_PageQuery', 0x134, '4.0'], ['_PageCommitContig', 0x156, '4.0'],
  ['_GetPhysPageInfo', 0x15d, '4.0'], ['_PageChangePager', 0x175, '4.0'], ['_PageOutPages', 0x192, '4.10'],
];

test('every A.1.5 ordinal and version but _UnmapPhysToLinear\'s', () => {
  for (const [name, ordinal, since] of A15) {
    const s = service(name);
    assert.equal(s.ordinal, ordinal, `${name} ordinal`);
    assert.equal(s.since, since, `${name} since`);
    assert.equal(s.ordinalCertain, true, `${name} is a spec anchor`);
  }
});

test('the table starts at Get_VMM_Version and the 3.0 part ends at Test_DBCS_Lead_Byte = 0D1h', () => {
  assert.equal(findServiceByOrdinal(0)?.name, 'Get_VMM_Version');
  assert.equal(findServiceByOrdinal(1)?.name, 'Get_Cur_VM_Handle');
  assert.equal(findServiceByOrdinal(3)?.name, 'Get_Sys_VM_Handle');
  assert.equal(findServiceByOrdinal(0x0e)?.name, 'Schedule_Global_Event');
  assert.equal(findServiceByOrdinal(0x3a)?.name, 'Call_When_Idle');
  assert.equal(findServiceByOrdinal(0x51)?.name, '_HeapFree');
  assert.equal(service('Test_DBCS_Lead_Byte').ordinal, 0xd1);
  assert.equal(service('Fatal_Error_Handler').ordinal, 0xbe);
});

test('ordinals are dense from 0 to the last service, names and ordinals unique', () => {
  const services = allServices();
  services.forEach((s, i) => assert.equal(s.ordinal, i, `${s.name} at position ${i}`));
  assert.equal(new Set(services.map((s) => s.name.toLowerCase())).size, services.length);
  assert.equal(services.at(-1)?.name, '_MPLeaveSingleProcessor');
});

test('every service has a one-line description; convention by leading underscore unless the headers declare stdcall or fastcall', () => {
  const declared = new Set([...STDCALL.map(([n]) => n), ...FASTCALL.map(([n]) => n)]);
  for (const s of allServices()) {
    assert.ok(s.description.length > 10 && !s.description.includes('\n'), `${s.name} description`);
    if (!declared.has(s.name)) assert.equal(s.convention, s.name.startsWith('_') ? 'c' : 'register', s.name);
  }
});

// The Windows 98 DDK vmm.h copies (and, up to HeapFreeEx, the OSR2 header VMMH)
// declare these with VMM_StdCall_Service / VMM_FastCall_Service after
// Assert_FS_Service; DOSLIB, the spec's 4.x source, leaves them out.
const STDCALL: readonly [string, number, number][] = [
  ['ObsoleteRtlUnwind', 0x19b, 4], ['ObsoleteRtlRaiseException', 0x19c, 1], ['ObsoleteRtlRaiseStatus', 0x19d, 1],
  ['ObsoleteKeGetCurrentIrql', 0x19e, 0], ['ObsoleteKeInitializeDpc', 0x1a4, 3], ['ObsoleteKeInsertQueueDpc', 0x1a5, 3],
  ['ObsoleteKeRemoveQueueDpc', 0x1a6, 1], ['HeapAllocateEx', 0x1a7, 4], ['HeapReAllocateEx', 0x1a8, 5],
  ['HeapGetSizeEx', 0x1a9, 2], ['HeapFreeEx', 0x1aa, 2], ['KeCheckDivideByZeroTrap', 0x1ac, 1], ['KfRaiseIrqlToDpcLevel', 0x1b3, 0],
];
const FASTCALL: readonly [string, number, number][] = [
  ['ObsoleteKfRaiseIrql', 0x19f, 1], ['ObsoleteKfLowerIrql', 0x1a0, 1], ['Set_Preemptable_Count', 0x1a3, 1],
];

test('the 16 stdcall and fastcall services: ordinals both ways, convention, declared argument count, C clobbers', () => {
  for (const [list, convention] of [[STDCALL, 'stdcall'], [FASTCALL, 'fastcall']] as const) {
    for (const [name, ordinal, arity] of list) {
      const s = service(name);
      assert.equal(s.ordinal, ordinal, name);
      assert.equal(findServiceByOrdinal(ordinal)?.name, name);
      assert.equal(decodeVmmLink(vmmLinkCode(ordinal))?.service.name, name);
      assert.equal(s.convention, convention, name);
      assert.equal(s.arity, arity, name);
      assert.equal(s.since, '4.10', name);
      assert.equal(s.ordinalCertain, true, name);
      assert.deepEqual(s.clobbers, ['EAX', 'ECX', 'EDX', 'EFLAGS'], name);
    }
  }
  assert.equal(STDCALL.length + FASTCALL.length, 16);
  assert.equal(allServices().filter((s) => s.convention === 'stdcall' || s.convention === 'fastcall').length, 16);
  assert.equal(service('_HeapAllocate').convention, 'c');
  assert.equal(service('Get_Cur_VM_Handle').convention, 'register');
});

test('the OSR2 header\'s names for the services Windows 98 calls Obsolete* find the same entry', () => {
  for (const [old, current] of [['RtlUnwind', 'ObsoleteRtlUnwind'], ['KfRaiseIrql', 'ObsoleteKfRaiseIrql'], ['keremovequeuedpc', 'ObsoleteKeRemoveQueueDpc']] as const) {
    assert.equal(findService(old)?.name, current, old);
  }
  assert.equal(service('ObsoleteKeGetCurrentIrql').formerName, 'KeGetCurrentIrql');
  assert.equal(service('HeapAllocateEx').formerName, undefined);
  assert.equal(findService('KfRaiseIrqlToDpc'), undefined);
});

test('4.10 ordinals follow the headers: the services after the stdcall ones move up to 1BDh', () => {
  const expected: readonly [string, number][] = [
    ['_Call_On_My_Not_Flat_Stack', 0x193], ['Assert_FS_Service', 0x19a], ['_Begin_Preemptable_Code', 0x1a1],
    ['_End_Preemptable_Code', 0x1a2], ['_Get_CPUID_Flags', 0x1ab], ['_RegisterGARTHandler', 0x1ad], ['_GARTReserve', 0x1ae],
    ['_GARTMemAttributes', 0x1b2], ['VMMCreateThreadEx', 0x1b4], ['_FlushCaches', 0x1b5], ['Query_Thread_Priority', 0x1bd],
  ];
  for (const [name, ordinal] of expected) {
    assert.equal(service(name).ordinal, ordinal, name);
    assert.equal(findServiceByOrdinal(ordinal)?.name, name);
    assert.equal(service(name).ordinalCertain, true, name);
  }
});

// Spec A.1.5 gives _UnmapPhysToLinear 1AEh, DOSLIB's number; both Windows 98
// headers give 1AEh to _GARTReserve, and a Windows 98 ordinal cannot move in
// Windows Me. No Me header was found, so the 4.90 block follows 1BDh, unconfirmed.
test('_UnmapPhysToLinear differs from the spec\'s 1AEh: the 4.90 block follows the headers\' last 4.10 service', () => {
  assert.equal(findServiceByOrdinal(0x1ae)?.name, '_GARTReserve');
  const unmap = service('_UnmapPhysToLinear');
  assert.equal(unmap.ordinal, 0x1be);
  assert.equal(unmap.since, '4.90');
  assert.equal(unmap.ordinalCertain, false);
});

test('a target\'s VMM has the services up to its version: 3.x on 3.1, 4.0 from 95, 4.10 from 98, 4.90 (Windows Me) on none', () => {
  const on = (name: string): WindowsTarget[] => (['W31', 'W95', 'W98'] as const).filter((t) => serviceOnTarget(service(name), t));
  assert.deepEqual(on('_PageAllocate'), ['W31', 'W95', 'W98']);
  assert.deepEqual(on('_XchgFreePhysReg'), ['W31', 'W95', 'W98']);
  assert.deepEqual(on('_PageReserve'), ['W95', 'W98']);
  assert.deepEqual(on('_PageOutPages'), ['W98']);
  assert.deepEqual(on('_UnmapPhysToLinear'), []);
});

test('only the five 4.90 ordinals are uncertain', () => {
  const uncertain = allServices().filter((s) => !s.ordinalCertain).map((s) => s.name);
  assert.deepEqual(uncertain, ['_UnmapPhysToLinear', '_VmmRtInfo', '_MPGetProcessorCount', '_MPEnterSingleProcessor', '_MPLeaveSingleProcessor']);
});

// Spec A.5: failure sentinels.
test('A.5 failure sentinels', () => {
  const zero = ['_PageAllocate', '_PageReAllocate', '_PageGetSizeAddr', '_PageFree', '_PageLock', '_PageUnLock', '_LinPageLock',
    '_LinPageUnLock', '_CopyPageTable', '_ModifyPageBits', '_PhysIntoV86', '_MapFreePhysReg', '_UnmapFreePhysReg', '_PageCommit',
    '_PageDecommit', '_PageCommitPhys', '_SetFreePhysRegCalBk', '_PageResetHandlePAddr', '_AddFreePhysPage'];
  for (const name of zero) assert.equal(service(name).semantics?.failure?.value, 0, name);
  for (const name of ['_PageReserve', '_MapPhysToLinear', '_XchgFreePhysReg']) {
    assert.equal(service(name).semantics?.failure?.value, 0xffffffff, name);
  }
  assert.equal(service('_GetFreePageCount').semantics?.failure, null);
  assert.deepEqual(service('_PageAllocate').semantics?.failure?.registers, ['EAX', 'EDX']);
  assert.deepEqual(service('_XchgFreePhysReg').semantics?.failure?.notFailures?.map((n) => n.value), [0]);
  assert.deepEqual(service('_AddFreePhysPage').semantics?.failure?.notFailures?.map((n) => n.value), [1]);
});

test('_PageAllocate results differ between W31 (handle, address) and W95 (address twice)', () => {
  const results = service('_PageAllocate').semantics?.results ?? [];
  const on = (t: WindowsTarget) => results.find((r) => r.targets.includes(t))?.registers.map((r) => `${r.register}:${r.role}`);
  assert.deepEqual(on('W31'), ['EAX:handle', 'EDX:linear-address']);
  assert.deepEqual(on('W95'), ['EAX:linear-address', 'EDX:linear-address']);
  assert.deepEqual(on('W98'), ['EAX:linear-address', 'EDX:linear-address']);
});

// checks.md PW250 and spec W4.
test('arities used by PW250', () => {
  const arities: Record<string, number> = {
    _PageAllocate: 8, _PageReserve: 3, _PageCommit: 5, _PageFree: 2, _PageLock: 4, _PageUnLock: 4, _XchgFreePhysReg: 3,
    _MapPhysToLinear: 3, _CopyPageTable: 4, _ModifyPageBits: 7, _PhysIntoV86: 5, _PageReAllocate: 3, _LinPageLock: 3,
    _LinPageUnLock: 3, _PageGetSizeAddr: 2, _GetFreePageCount: 1, _PageDecommit: 3, _PageCommitPhys: 4, _PageCommitContig: 6,
    _SetFreePhysRegCalBk: 2, _MapFreePhysReg: 3, _UnmapFreePhysReg: 3, _AddFreePhysPage: 3, _PageResetHandlePAddr: 5,
    _HeapAllocate: 2, _HeapFree: 2, Get_Cur_VM_Handle: 0, Fatal_Error_Handler: 0,
  };
  for (const [name, arity] of Object.entries(arities)) assert.equal(service(name).arity, arity, name);
});

test('argument names in C order', () => {
  const names = (s: string) => service(s).semantics?.params.map((p) => p.name);
  assert.deepEqual(names('_PageAllocate'), ['nPages', 'pType', 'VM', 'AlignMask', 'minPhys', 'maxPhys', 'PhysAddr', 'flags']);
  assert.deepEqual(names('_ModifyPageBits'), ['VM', 'VMLinPgNum', 'nPages', 'bitAND', 'bitOR', 'pType', 'flags']);
  assert.deepEqual(names('_PageCommit'), ['page', 'npages', 'hpd', 'pagerdata', 'flags']);
  assert.deepEqual(names('_PageCommitContig'), ['page', 'npages', 'flags', 'alignmask', 'minphys', 'maxphys']);
});

/** Names of services whose `flags` argument is unconditionally 0-only on a target, ignoring disputed rules. */
const flagsZeroOnly = (target: WindowsTarget): string[] => allServices()
  .filter((s) => s.semantics?.params.find((p) => p.name === 'flags')?.mustBeZero
    ?.some((r) => r.when.kind === 'always' && r.targets.includes(target) && !r.disputed))
  .map((s) => s.name);

// checks.md PW201 and spec W5.
test('PW201 must-be-zero flags', () => {
  const pw201 = ['_XchgFreePhysReg', '_UnmapFreePhysReg', '_PageGetSizeAddr', '_GetFreePageCount', '_CopyPageTable', '_PhysIntoV86',
    '_MapPhysToLinear', '_ModifyPageBits', '_SetFreePhysRegCalBk', '_AddFreePhysPage', '_PageResetHandlePAddr'];
  const w31 = flagsZeroOnly('W31');
  for (const name of [...pw201, '_PageFree']) assert.ok(w31.includes(name), `${name} flags 0-only on W31`);
  const w95 = flagsZeroOnly('W95');
  for (const name of pw201) assert.ok(w95.includes(name), `${name} flags 0-only on W95`);
  assert.ok(!w95.includes('_PageFree'), '_PageFree allows the static flag on W95');
  // _PageDecommit's rule exists but carries the C.1.4 dispute.
  const decommit = service('_PageDecommit').semantics?.params.find((p) => p.name === 'flags')?.mustBeZero?.[0];
  assert.ok(decommit?.disputed);
});

test('PW201 conditional zeros: VM with PG_SYS, pagerdata with PD_*, free-physical-region extras', () => {
  const params = service('_PageAllocate').semantics?.params ?? [];
  const vm = params.find((p) => p.name === 'VM');
  assert.ok(vm?.mustBeZero?.some((r) => r.when.kind === 'when-equals' && r.when.param === 'pType' && r.when.constant === 'PG_SYS'));
  for (const name of ['VM', 'AlignMask', 'minPhys', 'maxPhys', 'PhysAddr']) {
    const p = params.find((q) => q.name === name);
    assert.ok(p?.mustBeZero?.some((r) => r.when.kind === 'when-flag' && r.when.constant === 'PageMapFreePhysReg'), name);
  }
  const pagerdata = service('_PageCommit').semantics?.params.find((p) => p.name === 'pagerdata');
  const rule = pagerdata?.mustBeZero?.[0]?.when;
  assert.ok(rule?.kind === 'when-one-of');
  assert.deepEqual([...rule.constants].sort(), ['PD_FIXED', 'PD_FIXEDZERO', 'PD_NOINIT', 'PD_ZEROINIT']);
});

test('PW202 value sets: pType, AlignMask, _ModifyPageBits masks', () => {
  const p = (s: string, n: string) => service(s).semantics?.params.find((q) => q.name === n);
  assert.deepEqual(p('_PageAllocate', 'pType')?.values, ['PG_VM', 'PG_SYS', 'PG_HOOKED']);
  assert.deepEqual(p('_PageAllocate', 'AlignMask')?.values, [0, 1, 3, 7, 0x0f, 0x1f]);
  assert.deepEqual(p('_ModifyPageBits', 'pType')?.values, ['PG_HOOKED', 'PG_IGNORE']);
  assert.equal(p('_ModifyPageBits', 'bitOR')?.bitsMustBeZero, 0xfffffff8);
  assert.equal(p('_ModifyPageBits', 'bitAND')?.bitsMustBeOne, 0xfffffff8);
  const freeRegion = p('_PageAllocate', 'flags')?.flags?.find((f) => f.name === 'PageMapFreePhysReg');
  assert.deepEqual(freeRegion?.targets, ['W31']);
});

test('every named flag an argument allows is a catalogued constant (PL_TOTALUNLOCK excepted: value unknown)', () => {
  for (const s of allServices()) {
    for (const p of s.semantics?.params ?? []) {
      for (const f of p.flags ?? []) if (f.name !== 'PL_TOTALUNLOCK') assert.ok(findConstant(f.name), `${s.name} ${p.name} ${f.name}`);
      for (const v of [...(p.values ?? []), ...(p.specialValues ?? [])]) if (typeof v === 'string') assert.ok(findConstant(v), `${s.name} ${v}`);
    }
  }
});

test('PW240 roles: page-number versus address arguments', () => {
  const role = (s: string, n: string) => service(s).semantics?.params.find((q) => q.name === n)?.role;
  assert.equal(role('_PageCommit', 'page'), 'page-number');
  assert.equal(role('_PageDecommit', 'page'), 'page-number');
  assert.equal(role('_LinPageLock', 'HLinPgNum'), 'page-number');
  assert.equal(role('_CopyPageTable', 'LinPgNum'), 'page-number');
  assert.equal(role('_MapPhysToLinear', 'PhysAddr'), 'physical-address');
  assert.equal(role('_PageFree', 'hMem'), 'handle');
  assert.equal(service('_PageReserve').semantics?.results[0]?.registers[0]?.role, 'linear-address');
});

test('A.1.3 clobbers: C services EAX ECX EDX flags; non-standard ones less; register services their outputs', () => {
  for (const s of allServices().filter((x) => x.convention === 'c')) {
    assert.ok(s.clobbers, s.name);
    assert.ok(!s.clobbers.some((r) => ['EBX', 'ESI', 'EDI', 'EBP'].includes(r)), s.name);
  }
  assert.deepEqual(service('_PageAllocate').clobbers, ['EAX', 'ECX', 'EDX', 'EFLAGS']);
  assert.deepEqual(service('_BlockOnID').clobbers, ['EFLAGS']);
  assert.deepEqual(service('_SetLastV86Page').clobbers, ['EAX', 'EFLAGS']);
  assert.deepEqual(service('Get_Cur_VM_Handle').clobbers, ['EBX', 'EFLAGS']);
  assert.equal(service('Fatal_Error_Handler').semantics?.noReturn, true);
  assert.deepEqual(service('Test_Sys_VM_Handle').semantics?.inputs.map((i) => i.register), ['EBX']);
  assert.deepEqual(service('Schedule_Global_Event').semantics?.outputs.map((o) => o.register), ['ESI']);
});

test('async status from KB75864 and C.1.5', () => {
  assert.equal(service('Schedule_Global_Event').async, 'yes');
  assert.equal(service('Get_Cur_VM_Handle').async, 'yes');
  assert.equal(service('_PageAllocate').async, 'no');
  assert.equal(service('_XchgFreePhysReg').async, 'disputed');
  assert.equal(service('Get_Crit_Section_Status').async, 'only-3.0');
  assert.equal(service('_PageReserve').async, 'unknown');
});

test('A.1.1 link encoding', () => {
  assert.equal(vmmLinkCode(0x53), 0x00010053);
  assert.equal(vmmLinkCode(0x55, true), 0x00018055);
  assert.equal(decodeVmmLink(0x00010055)?.service.name, '_PageFree');
  assert.equal(decodeVmmLink(0x00018055)?.jump, true);
  assert.equal(decodeVmmLink(0x00020055), undefined);
});

// Spec A.2.
test('A.2 constant values', () => {
  const expected: Record<string, number> = {
    PG_VM: 0, PG_SYS: 1, PG_RESERVED1: 2, PG_PRIVATE: 3, PG_RESERVED2: 4, PG_RELOCK: 5, PG_INSTANCE: 6, PG_HOOKED: 7,
    PG_IGNORE: 0xffffffff, PG_TYPE: 0xe00,
    P_PRES: 1, P_WRITE: 2, P_USER: 4, P_ACC: 0x20, P_DIRTY: 0x40, P_AVAIL: 7, P_SIZE: 0x1000,
    PageZeroInit: 0x1, PageUseAlign: 0x2, PageContig: 0x4, PageFixed: 0x8, PageDEBUGNulFault: 0x10, PageZeroReInit: 0x20,
    PageNoCopy: 0x40, PageLocked: 0x80, PageLockedIfDP: 0x100, PageSetV86Pageable: 0x200, PageClearV86Pageable: 0x400,
    PageSetV86IntsLocked: 0x800, PageClearV86IntsLocked: 0x1000, PageMarkPageOut: 0x2000, PagePDPSetBase: 0x4000,
    PagePDPClearBase: 0x8000, PageDiscard: 0x10000, PagePDPQueryDirty: 0x20000, PageMapFreePhysReg: 0x40000,
    PagePhysOnly: 0x4000000, PageNoMove: 0x10000000, PageMapGlobal: 0x40000000, PageMarkDirty: 0x80000000,
    PR_PRIVATE: 0x80000400, PR_SHARED: 0x80060000, PR_SYSTEM: 0x80080000, PR_4MEG: 1, PR_FIXED: 8, PR_STATIC: 0x10,
    PD_ZEROINIT: 1, PD_NOINIT: 2, PD_FIXEDZERO: 3, PD_FIXED: 4,
    PC_FIXED: 8, PC_LOCKED: 0x80, PC_LOCKEDIFDP: 0x100, PC_WRITEABLE: 0x20000, PC_USER: 0x40000, PC_DIRTY: 0x8000000,
    PC_STATIC: 0x20000000, PC_INCR: 0x40000000, PC_PRESENT: 0x80000000, PC_CACHEDIS: 0x100000, PC_CACHEWT: 0x80000,
    PC_PAGEFLUSH: 0x8000, PCC_ZEROINIT: 1, PCC_NOLIN: 0x10000000,
  };
  for (const [name, value] of Object.entries(expected)) {
    assert.equal(findConstant(name)?.value, value, name);
    assert.equal(findConstant(name)?.platform, 'vmm', name);
  }
  // MASM is case-insensitive: vmm.inc spells these in capitals.
  assert.equal(findConstant('PAGEZEROINIT')?.name, 'PageZeroInit');
  for (const name of ['PageNoMove', 'PageMapGlobal', 'PageMarkDirty']) assert.equal(findConstant(name)?.since, '4.0');
});

test('every VMM constant has a meaning and a source', () => {
  for (const c of allConstants({ platform: 'vmm' })) {
    assert.ok(c.meaning.length > 3, c.name);
    assert.ok(c.source, c.name);
  }
});
