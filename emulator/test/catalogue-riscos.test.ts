// Contract tests for the RISC OS half of the catalogue, from spec part B and
// checks.md (PW304, PW309, PW313). Numbers are copied from the spec.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allConstants, allHandlerReasons, allSwis, DYN_AREA_FLAGS_RESERVED_ROOL, findConstant, findHandlerReason, findSwi,
  findSwiByNumber, findSwiReason, MEMORY_CONVERT_RESERVED, suggest, swiResultRegisters, SWI_X_BIT,
} from '../src/catalogue/index.js';
import type { ArmRegister, Swi } from '../src/catalogue/index.js';

const swi = (name: string): Swi => {
  const found = findSwi(name);
  assert.ok(found, `${name} is catalogued`);
  return found.swi;
};

test('B.1 SWI numbers and the X bit', () => {
  const b1: Record<string, number> = { OS_ChangeDynamicArea: 0x2a, OS_GenerateError: 0x2b, OS_DynamicArea: 0x66, OS_Memory: 0x68 };
  for (const [name, number] of Object.entries(b1)) {
    assert.equal(findSwi(name)?.number, number, name);
    assert.equal(findSwi(`X${name}`)?.number, number | 0x20000, `X${name}`);
    assert.equal(findSwiByNumber(number)?.name, name);
    assert.equal(findSwiByNumber(number + 0x20000)?.name, `X${name}`);
  }
  assert.equal(SWI_X_BIT, 0x20000);
  assert.equal(findSwi('XOS_DynamicArea')?.number, 0x20066);
  // SWI names tell case apart, as ObjAsm's symbols and OS_SWINumberFromString do: the nearest name is a suggestion only.
  for (const wrong of ['xos_dynamicarea', 'xOS_DynamicArea', 'OS_Dynamicarea']) assert.equal(findSwi(wrong), undefined, wrong);
  assert.deepEqual(suggest('xos_dynamicarea', 'swi', 1), ['XOS_DynamicArea']);
  assert.deepEqual(suggest('os_memory', 'swi', 1), ['OS_Memory']);
});

test('kernel SWI anchors from OS_WriteC to OS_ConvertFileSize', () => {
  const anchors: Record<string, number> = {
    OS_WriteC: 0, OS_WriteS: 1, OS_Write0: 2, OS_NewLine: 3, OS_CLI: 5, OS_Byte: 6, OS_Word: 7, OS_Exit: 0x11,
    OS_EnterOS: 0x16, OS_Heap: 0x1d, OS_Module: 0x1e, OS_Claim: 0x1f, OS_Release: 0x20, OS_ServiceCall: 0x30,
    OS_ReadMemMapInfo: 0x51, OS_ReadMemMapEntries: 0x52, OS_ReadSysInfo: 0x58, OS_ReadDynamicArea: 0x5c,
    OS_FindMemMapEntries: 0x60, OS_ClaimProcessorVector: 0x69, OS_SynchroniseCodeAreas: 0x6e, OS_Hardware: 0x7a,
    OS_LeaveOS: 0x7c, OS_HeapSort32: 0x7f, OS_ConvertStandardDateAndTime: 0xc0, OS_ConvertHex8: 0xd4, OS_ConvertFileSize: 0xec,
  };
  for (const [name, number] of Object.entries(anchors)) assert.equal(swi(name).number, number, name);
});

test('OS_WriteI is one family over &100-&1FF, X form too', () => {
  const a = findSwiByNumber(0x100 + 0x41);
  assert.equal(a?.swi.name, 'OS_WriteI');
  assert.equal(a?.character, 0x41);
  const xLast = findSwiByNumber(0x201ff);
  assert.equal(xLast?.name, 'XOS_WriteI');
  assert.equal(xLast?.character, 0xff);
  assert.equal(findSwiByNumber(0x200), undefined);
  assert.equal(swi('OS_WriteI').familySize, 256);
});

test('SWI names and numbers are unique and no X form is listed separately', () => {
  const swis = allSwis();
  assert.equal(new Set(swis.map((s) => s.name.toLowerCase())).size, swis.length);
  assert.equal(new Set(swis.map((s) => s.number)).size, swis.length);
  for (const s of swis) {
    assert.ok(!/^X/.test(s.name), s.name);
    assert.equal(s.number & 0x20000, 0, s.name);
    assert.ok(s.description.length > 5, s.name);
  }
});

// Spec B.2.1.
test('OS_DynamicArea reason names and numbers', () => {
  const names: Record<number, string> = {
    0: 'Create', 1: 'Remove', 2: 'GetInfo', 3: 'Enumerate', 4: 'Renumber', 5: 'ReturnFree', 6: 'GetChangeInfo',
    7: 'EnumerateInfo', 8: 'SetClamps', 9: 'SparseClaim', 10: 'SparseRelease', 20: 'LocateAddress', 21: 'PMP_PhysOp',
    22: 'PMP_LogOp', 23: 'PMP_Resize', 24: 'PMP_GetInfo', 25: 'PMP_GetPages', 26: 'AplSpaceLimit', 27: 'ReturnFreePages',
    28: 'EnumerateInfo2',
  };
  for (const [code, name] of Object.entries(names)) {
    assert.equal(findSwiReason('OS_DynamicArea', Number(code))?.name, name);
    assert.equal(findConstant(`DAReason_${name}`)?.value, Number(code));
  }
  assert.equal(findSwiReason('OS_DynamicArea', 11), undefined, '11-19 belong to RISCOS Ltd');
  assert.equal(findConstant('DAReason_Limit')?.value, 29);
  for (const code of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) assert.ok(findSwiReason('OS_DynamicArea', code)?.since);
});

test('B.4 register tables: Create, GetInfo, SparseClaim, AplSpaceLimit', () => {
  const create = findSwiReason('XOS_DynamicArea', 0)?.contract;
  assert.deepEqual(create?.entry.map((s) => s.register), ['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
  assert.deepEqual(create?.exit.map((s) => s.register), ['R1', 'R3', 'R5', 'R9']);
  assert.equal(create?.entry.find((s) => s.register === 'R4')?.role, 'flags');
  assert.equal(create?.entry.find((s) => s.register === 'R6')?.role, 'handler');
  const info = findSwiReason('OS_DynamicArea', 2)?.contract;
  assert.deepEqual(info?.exit.map((s) => s.register), ['R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
  assert.deepEqual(findSwiReason('OS_DynamicArea', 9)?.contract?.entry.map((s) => s.register), ['R0', 'R1', 'R2', 'R3']);
  const apl = findSwiReason('OS_DynamicArea', 26)?.contract;
  assert.deepEqual(apl?.errors?.map((e) => findConstant(e)?.value), [0x1ea, 0x1c6]);
  assert.equal(findSwiReason('OS_DynamicArea', 3)?.contract?.certain, false, 'reason 3 is [UNVERIFIED]');
});

test('PW309: resizing calls are marked', () => {
  assert.equal(swi('OS_ChangeDynamicArea').resizes, true);
  assert.equal(findSwiReason('OS_DynamicArea', 0)?.resizes, true);
  assert.equal(findSwiReason('OS_DynamicArea', 1)?.resizes, true);
  assert.ok(!findSwiReason('OS_DynamicArea', 2)?.resizes);
});

test('B.5 OS_ChangeDynamicArea and B.1 OS_GenerateError registers', () => {
  const cda = swi('OS_ChangeDynamicArea').contract;
  assert.deepEqual(cda?.entry.map((s) => `${s.register}:${s.role}`), ['R0:area-number', 'R1:signed-byte-count']);
  assert.deepEqual(cda?.exit.map((s) => `${s.register}:${s.role}`), ['R1:byte-count']);
  const gen = swi('OS_GenerateError');
  assert.equal(gen.contract?.entry[0]?.role, 'error-block');
  assert.equal(gen.noReturn, true);
});

test('MessageTrans_ErrorLookup always fails, as OS_GenerateError does: an error block in R0 on entry and on exit', () => {
  const lookup = swi('MessageTrans_ErrorLookup');
  assert.equal(lookup.noReturn, true);
  assert.deepEqual(lookup.contract?.entry.map((s) => s.register), ['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
  assert.deepEqual(lookup.contract?.exit.map((s) => `${s.register}:${s.role}`), ['R0:error-block']);
  assert.equal(swi('MessageTrans_Lookup').noReturn, undefined);
});

test('where SWIs return: OS_WriteS past the string after it, OS_Exit and OS_ExitAndDie nowhere; OS_GenerateError\'s X form returns', () => {
  assert.equal(swi('OS_WriteS').resumes, 'after-inline-string');
  assert.equal(findSwiByNumber(0x20001)?.swi.resumes, 'after-inline-string');
  assert.equal(swi('OS_Exit').resumes, 'never');
  assert.equal(swi('OS_ExitAndDie').resumes, 'never');
  assert.equal(swi('OS_GenerateError').resumes, undefined);
  assert.equal(swi('OS_Write0').resumes, undefined);
});

test('OS_Memory: reason in bits 0-7, 0/23/24 in full, B.2.4 names', () => {
  const names: Record<number, string> = {
    0: 'Convert', 6: 'PhysSize', 7: 'ReadPhys', 8: 'Amounts', 9: 'IOSpace', 12: 'RecommendPage', 13: 'MapIOPermanent',
    14: 'AccessPhysAddr', 15: 'ReleasePhysAddr', 16: 'MemoryAreaInfo', 17: 'MemoryAccessPrivileges', 18: 'FindAccessPrivilege',
    19: 'DMAPrep', 20: 'Compatibility', 21: 'MapIO64Permanent', 22: 'AccessPhysAddr64', 23: 'ReservePages',
    24: 'CheckMemoryAccess', 64: 'Convert64', 65: 'LogToPhys',
  };
  for (const [code, name] of Object.entries(names)) {
    assert.equal(findSwiReason('OS_Memory', Number(code))?.name, name);
    assert.equal(findConstant(`OSMemReason_${name}`)?.value, Number(code));
  }
  // Flags above bit 7 do not change the reason.
  assert.equal(findSwiReason('OS_Memory', 23 | (1 << 8))?.name, 'ReservePages');
  assert.equal(findSwiReason('OS_Memory', 0 | (1 << 9) | (1 << 13))?.name, 'Convert');
  const convert = findSwiReason('OS_Memory', 0)?.contract;
  assert.equal(convert?.entry[0]?.mustBeZeroMask, 0xffff0000);
  assert.equal(MEMORY_CONVERT_RESERVED, 0xffff0000);
  assert.equal(convert?.entry[1]?.role, 'page-block');
  assert.deepEqual(findSwiReason('OS_Memory', 23)?.contract?.entry.map((s) => s.register), ['R0', 'R1', 'R2']);
  assert.equal(findSwiReason('OS_Memory', 24)?.contract?.certain, false);
});

test('OS_Memory 6, 8 and 9 register tables: the physical table size and page size, the amount of a kind of memory in pages, a controller\'s base', () => {
  const exits = (code: number) => findSwiReason('OS_Memory', code)?.contract?.exit.map((s) => s.register);
  assert.deepEqual(exits(6), ['R1', 'R2']);
  assert.deepEqual(exits(8 | (1 << 8)), ['R1', 'R2'], 'the kind of memory in bits 8-11 is no part of the reason');
  assert.deepEqual(exits(9), ['R1']);
  assert.equal(findSwiReason('OS_Memory', 8)?.contract?.entry[0]?.mustBeZeroMask, 0xfffff000);
});

// Outside the spec: the ROOL kernel's s/ModHand and s/HeapMan, the PRM.
test('OS_Module reasons 0-21 and OS_Heap 0-8: names, and the registers their tables take and return', () => {
  const modules = ['Run', 'Load', 'Enter', 'ReInit', 'Delete', 'RMADesc', 'Claim', 'Free', 'Tidy', 'Clear', 'AddArea', 'CopyArea', 'GetNames',
    'ExtendBlock', 'NewIncarnation', 'RenameIncarnation', 'MakePreferred', 'AddPoduleModule', 'LookupName', 'EnumerateROM_Modules',
    'EnumerateROM_ModulesWithInfo', 'FindEndOfROM_ModuleChain'];
  modules.forEach((name, code) => assert.equal(findSwiReason('OS_Module', code)?.name, name));
  assert.equal(findSwiReason('OS_Module', 22), undefined);
  const heaps = ['Init', 'Desc', 'Get', 'Free', 'ExtendBlock', 'ExtendHeap', 'ReadBlockSize', 'GetAligned', 'GetSkewAligned'];
  heaps.forEach((name, code) => assert.equal(findSwiReason('XOS_Heap', code)?.name, name));
  const table = (swi: string, code: number) => {
    const c = findSwiReason(swi, code)?.contract;
    return c && { entry: c.entry.map((s) => s.register), exit: c.exit.map((s) => `${s.register}:${s.role}`) };
  };
  assert.deepEqual(table('OS_Module', 6), { entry: ['R0', 'R3'], exit: ['R2:pointer'] });
  assert.deepEqual(table('OS_Module', 7), { entry: ['R0', 'R2'], exit: [] });
  assert.deepEqual(table('OS_Module', 13), { entry: ['R0', 'R2', 'R3'], exit: ['R2:pointer'] });
  assert.equal(findSwiReason('OS_Module', 0)?.contract, undefined, 'Run enters the module: no table');
  assert.equal(findSwiReason('OS_Module', 2)?.contract, undefined, 'Enter too');
  assert.deepEqual(table('OS_Heap', 2), { entry: ['R0', 'R1', 'R3'], exit: ['R2:pointer'] });
  assert.deepEqual(table('OS_Heap', 3), { entry: ['R0', 'R1', 'R2'], exit: [] });
  assert.deepEqual(table('OS_Heap', 4), { entry: ['R0', 'R1', 'R2', 'R3'], exit: ['R2:pointer'] });
  assert.deepEqual([7, 8].map((code) => findSwiReason('OS_Heap', code)?.since), ['5.17', '5.27']);
  const module = swi('OS_Module'), heap = swi('OS_Heap');
  assert.deepEqual([module.reasonRegister, heap.reasonRegister], ['R0', 'R0']);
  assert.deepEqual(swiResultRegisters(module, 6), [2]);
  assert.deepEqual(swiResultRegisters(module, 7), []);
  assert.deepEqual(swiResultRegisters(module, 18), [1, 2, 3, 4, 5]);
  assert.deepEqual(swiResultRegisters(module, 0), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'Run has no table');
  assert.deepEqual(swiResultRegisters(heap, 5), [3]);
});

test('OS_ReadMonotonicTime returns the time in R0, OS_ReadMemMapInfo the page size in R0 and the page count in R1', () => {
  assert.deepEqual(swi('OS_ReadMonotonicTime').contract?.exit.map((s) => s.register), ['R0']);
  assert.deepEqual(swi('OS_ReadMemMapInfo').contract?.exit.map((s) => `${s.register}:${s.role}`), ['R0:size', 'R1:count']);
  assert.deepEqual(swiResultRegisters(swi('OS_ReadMonotonicTime'), undefined), [], 'nothing beyond R0');
  assert.deepEqual(swiResultRegisters(swi('OS_ReadMemMapInfo'), undefined), [1]);
});

// Spec B.7 flag bits and ROK-H CMA bits.
test('OS_Memory flag bits', () => {
  const bits: Record<string, number> = {
    MemConvert_PhysPageGiven: 1 << 8, MemConvert_LogAddrGiven: 1 << 9, MemConvert_PhysAddrGiven: 1 << 10,
    MemConvert_FillPhysPage: 1 << 11, MemConvert_FillLogAddr: 1 << 12, MemConvert_FillPhysAddr: 1 << 13,
    MemConvert_CacheMask: 3 << 14, MemConvert_CacheDisable: 2 << 14, MemConvert_CacheEnable: 3 << 14, MemReserve_Release: 1 << 8,
    CMA_Completely_UserR: 1, CMA_Partially_PrivW: 1 << 7, CMA_Completely_Phys: 1 << 8, CMA_Completely_Abort: 1 << 9,
    CMA_Completely_UserXN: 1 << 10, CMA_Completely_PrivXN: 1 << 11, CMA_Partially_Phys: 1 << 12, CMA_Partially_Abort: 1 << 13,
    CMA_Partially_UserXN: 1 << 14, CMA_Partially_PrivXN: 1 << 15,
  };
  for (const [name, value] of Object.entries(bits)) assert.equal(findConstant(name)?.value, value, name);
});

// Spec B.2.2.
test('the registers beyond R0 a SWI returns results in, by reason', () => {
  const area = swi('OS_DynamicArea');
  assert.deepEqual(swiResultRegisters(area, 2), [2, 3, 4, 5, 6, 7, 8], 'GetInfo: size, base, flags, limit, handler, workspace, name');
  assert.deepEqual(swiResultRegisters(area, 5), [2], 'ReturnFree');
  assert.deepEqual(swiResultRegisters(area, 1), [], 'Remove');
  assert.deepEqual(swiResultRegisters(area, 6), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'a reason without a register table');
  assert.deepEqual(swiResultRegisters(area, undefined), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'a reason not known: any of them');
  assert.deepEqual(swiResultRegisters(swi('OS_ChangeDynamicArea'), undefined), [1]);
  assert.deepEqual(swiResultRegisters(swi('OS_WriteC'), undefined), []);
});

test('dynamic-area flag bits, cache policies and page flags', () => {
  const bits: Record<string, number> = {
    DynAreaFlags_APBits: 0xf, DynAreaFlags_NotBufferable: 1 << 4, DynAreaFlags_NotCacheable: 1 << 5,
    DynAreaFlags_DoublyMapped: 1 << 6, DynAreaFlags_NotUserDraggable: 1 << 7, DynAreaFlags_NeedsSpecificPages: 1 << 8,
    DynAreaFlags_Shrinkable: 1 << 9, DynAreaFlags_SparseMap: 1 << 10, DynAreaFlags_PiersBinding: 1 << 11,
    DynAreaFlags_CPBits: 7 << 12, DynAreaFlags_CPShift: 12, DynAreaFlags_NeedsDMA: 1 << 15, DynAreaFlags_PMP: 1 << 20,
    PageFlags_Reserved: 1 << 7, PageFlags_Unavailable: 1 << 15,
    CP_NCB_MergingIdempotent: 3, CP_CNB_Writeback: 2, CP_CB_WritebackWriteAlloc: 3, CP_CB_AlternativeDCache: 4,
  };
  for (const [name, value] of Object.entries(bits)) assert.equal(findConstant(name)?.value, value, name);
  assert.equal(findConstant('CP_CB_Default')?.fieldMask, 7 << 12);
  // PW313: reserved bits are everything a ROOL kernel does not define.
  const defined = allConstants({ family: 'DynAreaFlags' }).filter((c) => c.name !== 'DynAreaFlags_CPShift').reduce((m, c) => m | c.value, 0);
  assert.equal(~defined >>> 0, DYN_AREA_FLAGS_RESERVED_ROOL);
});

test('handler constants, RESV and service calls', () => {
  const values: Record<string, number> = {
    DAHandler_PreGrow: 0, DAHandler_PostGrow: 1, DAHandler_PreShrink: 2, DAHandler_PostShrink: 3, DAHandler_TestShrink: 4,
    DAHandler_Abort: 5, DAHandler_ResizePMP: 6, DAHandler_RESV: 0x56534552,
    Service_Memory: 0x11, Service_PagesUnsafe: 0x8e, Service_PagesSafe: 0x8f, Service_DynamicAreaCreate: 0x90,
    Service_DynamicAreaRemove: 0x91, Service_DynamicAreaRenumber: 0x92, Service_PagesUnsafe64: 0xe3, UpCall_MovingMemory: 257,
  };
  for (const [name, value] of Object.entries(values)) assert.equal(findConstant(name)?.value, value, name);
  assert.equal(findConstant('Service_MemoryMoved')?.certain, false, 'number unverified in the spec');
  assert.equal(Buffer.from([0x52, 0x45, 0x53, 0x56]).toString('latin1'), 'RESV', 'little-endian "RESV"');
});

// Spec B.6 and PW304.
test('handler reasons 0-6: entry registers, outputs and what must be preserved', () => {
  const reasons = allHandlerReasons();
  assert.deepEqual(reasons.map((r) => r.shortName), ['PreGrow', 'PostGrow', 'PreShrink', 'PostShrink', 'TestShrink', 'Abort', 'ResizePMP']);
  const regs = (list: readonly { register: ArmRegister }[] | readonly ArmRegister[]) =>
    list.map((r) => (typeof r === 'string' ? r : r.register));
  const pre = findHandlerReason('PreGrow');
  assert.deepEqual(regs(pre?.entry ?? []), ['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R12']);
  assert.equal(pre?.r0OnSuccess, 'preserved-or-RESV');
  assert.ok(!pre?.mustPreserve.includes('R0'));
  for (const r of ['R1', 'R2', 'R3', 'R5', 'R11', 'R12', 'R13'] as const) assert.ok(pre?.mustPreserve.includes(r), r);
  assert.deepEqual(pre?.kernelReuses, ['R1', 'R3', 'R5']);

  const shrink = findHandlerReason(2);
  assert.deepEqual(regs(shrink?.outputs ?? []), ['R3']);
  assert.ok(!shrink?.mustPreserve.includes('R3'));
  assert.ok(shrink?.mustPreserve.includes('R0'));
  assert.deepEqual(shrink?.zeroOnError, ['R3']);
  assert.deepEqual(shrink?.kernelReuses, ['R5', 'R11']);

  assert.deepEqual(regs(findHandlerReason('DAHandler_TestShrink')?.outputs ?? []), ['R3']);
  assert.deepEqual(regs(findHandlerReason(5)?.outputs ?? []), ['R4']);
  for (const code of [1, 3, 6]) {
    const r = findHandlerReason(code);
    assert.equal(r?.outputs.length, 0);
    assert.equal(r?.mustPreserve.length, 14, `${r?.shortName} preserves R0-R13`);
  }
  assert.equal(findHandlerReason(1)?.canRefuse, false, 'PostGrow errors are ignored');
  assert.equal(findHandlerReason(3)?.canRefuse, false, 'PostShrink errors are ignored');
  for (const r of reasons) {
    assert.ok(r.mustPreserve.includes('R13'), `${r.shortName} keeps SP`);
    assert.equal(findConstant(r.name)?.value, r.code);
    assert.ok(r.description.length > 10);
  }
  assert.equal(findHandlerReason(7), undefined);
});

test('every RISC OS constant has a meaning, names unique across both platforms', () => {
  const all = allConstants();
  assert.equal(new Set(all.map((c) => c.name.toLowerCase())).size, all.length);
  for (const c of allConstants({ platform: 'riscos' })) assert.ok(c.meaning.length > 3, c.name);
});

test('named flags in SWI register tables are catalogued constants', () => {
  for (const s of allSwis()) {
    const contracts = [s.contract, ...(s.reasons ?? []).map((r) => r.contract)];
    for (const c of contracts) {
      for (const slot of [...(c?.entry ?? []), ...(c?.exit ?? [])]) {
        for (const f of slot.flags ?? []) assert.ok(findConstant(f), `${s.name} ${slot.register} ${f}`);
      }
      for (const e of c?.errors ?? []) assert.ok(findConstant(e), e);
    }
  }
});
