// Contract tests of the VMM services the audit of spec A.4 found without a
// test named after them: _PageResetHandlePAddr (A.4.16), _SetFreePhysRegCalBk
// (A.4.15), _PageCommitContig (A.4 related 4.0 calls), _PageDiscardPages
// (W31, W98), _LinMapIntoV86, the paging services the spec gives no contract
// (calls with unknown results), and the register-convention services the model documents (their outputs
// change, every other register but the flags is kept, the no-return ones
// end the path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findService } from '../src/catalogue/index.js';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import type { VmmScenario } from '../src/models/vmm/index.js';
import { assemble, codes, finalRegister, scenario } from './vmm-helpers.js';

const run = (source: string, setup: VmmScenario = {}) => scenario(source, { ...setup, registers: { eax: 0xdeadn, ...setup.registers } });
const analyse = (source: string, version: 'W31' | 'W95' = 'W95') => {
  const a = assemble(source);
  return analyseVmmProcedure(a.program, 'proc', { version, macroCalls: a.macroCalls }).findings;
};

// ---- _PageResetHandlePAddr ----------------------------------------------------

const locked = (pages: number) => `
proc:
  VMMcall _PageAllocate, <${pages}, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  mov esi, eax`;

test('_PageResetHandlePAddr puts the new physical pages into the block; the old ones go to the free list and the block becomes fixed', () => {
  const r = run(`${locked(3)}
  VMMcall _PageResetHandlePAddr, <esi, 1, 2, 200h, 0>
  ret`, { freeList: [0x50n, 0x51n, 0x52n] });
  assert.equal(finalRegister(r, 'eax'), 1n);
  const [model] = r.finalStates;
  const block = [...(model?.objects.values() ?? [])][0];
  assert.deepEqual(block?.frames, [0x50n, 0x200n, 0x201n]);
  assert.equal(block?.fixed, true);
  assert.deepEqual(model?.freeList, [0x51n, 0x52n]);
  assert.deepEqual(codes(r.findings).filter((c) => c === 'PW220'), []);
});

test('_PageResetHandlePAddr past the end of the block fails with EAX = 0 and changes nothing; a freed handle is PW222', () => {
  const past = run(`${locked(2)}
  VMMcall _PageResetHandlePAddr, <esi, 1, 2, 200h, 0>
  ret`, { freeList: [0x50n, 0x51n] });
  assert.equal(finalRegister(past, 'eax'), 0n);
  assert.deepEqual([...(past.finalStates[0]?.objects.values() ?? [])][0]?.frames, [0x50n, 0x51n]);
  const freed = run(`${locked(1)}
  VMMcall _PageFree, <esi, 0>
  VMMcall _PageResetHandlePAddr, <esi, 0, 1, 200h, 0>
  ret`, { freeList: [0x50n] });
  assert.ok(codes(freed.findings).includes('PW222'));
  assert.equal(finalRegister(freed, 'eax'), 0n);
});

test('_PageResetHandlePAddr hands over a physical page the code took from a region: dropping its copy afterwards is not PW220', () => {
  const r = scenario(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  mov esi, eax
  VMMcall _XchgFreePhysReg, <500h, 0, 0>
  shr eax, 12
  VMMcall _PageResetHandlePAddr, <esi, 0, 1, eax, 0>
  xor eax, eax
  ret`, { version: 'W31', freeList: [0x50n], regions: [{ firstPage: 0x500n, slots: [0x7000n] }] });
  assert.deepEqual(codes(r.findings).filter((c) => c === 'PW220'), []);
});

// ---- _SetFreePhysRegCalBk -----------------------------------------------------

test('_SetFreePhysRegCalBk: flags must be 0 on Windows 3.1 (PW201); EAX = 0 is its failure, so a result used as an address untested is PW211', () => {
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall _SetFreePhysRegCalBk, <OFFSET32 proc, 1>
  ret`, 'W31')), ['PW201']);
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall _SetFreePhysRegCalBk, <OFFSET32 proc, 0>
  or eax, eax
  jz done
done:
  ret`, 'W31')), []);
  assert.ok(codes(analyse(`
proc:
  VMMcall _SetFreePhysRegCalBk, <OFFSET32 proc, 0>
  mov ecx, [eax]
  ret`, 'W31')).includes('PW211'));
});

test('A.4.15: the VMM reads only the carry flag of a free physical region callback: a page it leaves in a register is lost at its return (PW220)', () => {
  const callback = (keep: string, contract = true) => {
    const a = assemble(`
proc:
  VMMcall _XchgFreePhysReg, <0C0800h, 0, 0>
  cmp eax, -1
  je fail
  ${keep}
  clc
  ret
fail:
  stc
  ret
spare dd 0`, [{ name: 'proc', label: 'proc', ...(contract ? { contract: { kind: 'free-phys-callback' } as const } : {}) }]);
    return analyseVmmProcedure(a.program, 'proc', { version: 'W31', macroCalls: a.macroCalls }).findings;
  };
  const lost = callback('mov ebx, eax');
  assert.deepEqual(codes(lost), ['PW220']);
  assert.match(lost[0]?.message ?? '', /reads only the carry flag of a free physical region callback/);
  assert.deepEqual(codes(callback('mov [spare], eax')), [], 'stored in a variable');
  assert.deepEqual(codes(callback('mov ebx, eax', false)), [], 'a procedure code calls hands EBX to its caller');
});

// ---- _PageCommitContig --------------------------------------------------------

test('_PageCommitContig: catalogued at 156h with (page, npages, flags, alignmask, minphys, maxphys); no failure value, so a use of EAX is no PW210/PW211', () => {
  const s = findService('_PageCommitContig');
  assert.equal(s?.ordinal, 0x156);
  assert.deepEqual(s?.semantics?.params.map((p) => p.name), ['page', 'npages', 'flags', 'alignmask', 'minphys', 'maxphys']);
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall _PageCommitContig, <esi, 2, PCC_ZEROINIT, 0, 0, -1>
  mov ecx, [eax]
  ret`)), []);
});

test('_PageCommitContig destroys ECX and EDX like every C service (PW230 when one is used after the call)', () => {
  assert.deepEqual(codes(analyse(`
proc:
  mov edx, 1
  VMMcall _PageCommitContig, <esi, 2, 0, 0, 0, -1>
  cmp edx, 1
  je done
done:
  ret`)), ['PW230']);
});

test('_PageCommitContig takes PC_USER and PC_WRITEABLE beside its own flags; any other bit is reserved (PW202)', () => {
  const call = (flags: string) => codes(analyse(`
proc:
  VMMcall _PageCommitContig, <esi, 2, ${flags}, 0, 0, -1>
  ret`));
  assert.deepEqual(call('PC_WRITEABLE'), []);
  assert.deepEqual(call('PC_USER + PC_WRITEABLE + PCC_ZEROINIT'), []);
  assert.deepEqual(call('PC_INCR'), ['PW202']);
  assert.deepEqual(call('PCC_NOLIN'), []);
  assert.deepEqual(call('PCC_NOLIN + PC_WRITEABLE'), ['PW202'], 'PCC_NOLIN is used alone');
  assert.deepEqual(call('PCC_NOLIN + PCC_ZEROINIT'), ['PW202']);
});

test('_PageCommitContig\'s maxphys, a bound pages stay below, may be 100000h (4 GB); past it, PW240', () => {
  const call = (maxphys: string) => codes(analyse(`
proc:
  VMMcall _PageCommitContig, <esi, 2, 0, 0, 0, ${maxphys}>
  ret`));
  assert.deepEqual(call('100000h'), []);
  assert.deepEqual(call('100001h'), ['PW240']);
});

// ---- _PageDiscardPages --------------------------------------------------------

test('_PageDiscardPages: catalogued at 69h with (LinPgNum, VM, nPages, flags); the address _PageAllocate returned as LinPgNum is PW240, its page number is clean', () => {
  const s = findService('_PageDiscardPages');
  assert.equal(s?.ordinal, 0x69);
  assert.deepEqual(s?.semantics?.params.map((p) => [p.name, p.role]), [['LinPgNum', 'page-number'], ['VM', 'vm-handle'], ['nPages', 'count'], ['flags', 'flags']]);
  const discard = (toPage: string) => codes(analyse(`
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  mov esi, eax
${toPage}
  VMMcall _PageDiscardPages, <esi, ebx, 2, PageDiscard + PageZeroInit>
done:
  ret`));
  assert.deepEqual(discard(''), ['PW240']);
  assert.deepEqual(discard('  shr esi, 12'), []);
});

test('_PageDiscardPages takes PageDiscard and PageZeroInit (any other bit is PW202) and four arguments (PW250); EAX = 0 is its failure', () => {
  const call = (args: string, after = '') => codes(analyse(`
proc:
  VMMcall _PageDiscardPages, <${args}>
${after}
  ret`));
  assert.deepEqual(call('esi, ebx, 1, PageDiscard'), []);
  assert.deepEqual(call('esi, ebx, 1, PageLocked'), ['PW202']);
  assert.deepEqual(call('esi, ebx, 1'), ['PW250']);
  assert.ok(call('esi, ebx, 1, 0', '  mov ecx, [eax]').includes('PW211'));
});

// ---- _LinMapIntoV86 -----------------------------------------------------------

test('_LinMapIntoV86: a V86 page past 10Fh is PW202, inside 10h-10Fh clean', () => {
  const call = (v86: string) => `
proc:
  VMMcall _LinMapIntoV86, <esi, ebx, ${v86}, 1, 0>
  or eax, eax
  jz done
done:
  ret`;
  assert.deepEqual(codes(analyse(call('0A0h'))), []);
  assert.ok(codes(analyse(call('110h'))).includes('PW202'));
});

// ---- register services --------------------------------------------------------

const ENTRY = { eax: 0x1000n, ebx: 0x80002000n, ecx: 0x3000n, edx: 0x4000n, esi: 0x5000n, edi: 0x6000n, ebp: 0x7000n };

/** The registers one call of `service` in a scenario writes: a changed register's value after the call is no longer its entry value. */
function changed(service: string): string[] {
  const r = scenario(`
proc:
  VMMcall ${service}
  ret`, { registers: ENTRY });
  const written = new Set((r.traces[0] ?? []).flatMap((s) => s.registers.map((x) => x.name)));
  return Object.entries(ENTRY).filter(([name, value]) => written.has(name) && finalRegister(r, name) !== value).map(([name]) => name);
}

test('register services Get_VMM_Version, Get_Cur_VM_Handle, Get_Sys_VM_Handle, Get_Next_VM_Handle, Get_System_Time, Get_VMM_Reenter_Count change only their outputs', () => {
  const expected: Record<string, string[]> = {
    Get_VMM_Version: ['eax', 'ecx'], Get_Cur_VM_Handle: ['ebx'], Get_Sys_VM_Handle: ['ebx'], Get_Next_VM_Handle: ['ebx'],
    Get_System_Time: ['eax'], Get_VMM_Reenter_Count: ['ecx'],
  };
  for (const [service, outputs] of Object.entries(expected)) assert.deepEqual(changed(service), outputs, service);
});

test('register services Schedule_Global_Event and Schedule_VM_Event return the event handle in ESI and keep the rest; Call_When_Idle, Test_Cur_VM_Handle, Test_Sys_VM_Handle and Validate_VM_Handle answer in a flag only', () => {
  assert.deepEqual(changed('Schedule_Global_Event'), ['esi']);
  assert.deepEqual(changed('Schedule_VM_Event'), ['esi']);
  for (const service of ['Call_When_Idle', 'Test_Cur_VM_Handle', 'Test_Sys_VM_Handle', 'Validate_VM_Handle']) assert.deepEqual(changed(service), [], service);
});

test('register services Test_Cur_VM_Handle, Test_Sys_VM_Handle (ZF), Validate_VM_Handle and Call_When_Idle (CF): the flag is a result, so branching on it is clean', () => {
  for (const [service, jump] of [['Test_Cur_VM_Handle', 'jz'], ['Test_Sys_VM_Handle', 'jnz'], ['Validate_VM_Handle', 'jc'], ['Call_When_Idle', 'jnc']] as const) {
    assert.deepEqual(codes(analyse(`
proc:
  VMMcall ${service}
  ${jump} done
done:
  ret`)), [], service);
  }
});

test('register services that do not return (Fatal_Error_Handler, Fatal_Memory_Error, Crash_Cur_VM) end the path: nothing after them runs', () => {
  for (const service of ['Fatal_Error_Handler', 'Fatal_Memory_Error', 'Crash_Cur_VM']) {
    const r = scenario(`
proc:
  VMMcall ${service}
  mov eax, 1
  ret`);
    assert.ok(!(r.traces[0] ?? []).some((s) => s.text === 'mov eax, 1'), service);
  }
});

// ---- Paging services with no contract in the spec -------------------------------

// _PageCheckLinRange, _PageAttach, _PageModifyPermissions and _PageOutPages
// are rows of spec A.1.5's ordinal table and nothing more; A.4.5 names
// _SetResetV86Pageable only as the owner of PL_TOTALUNLOCK. Each is a C
// service with no parameters, results or failure known: its results are
// unknown and its arguments are not counted or judged.
const UNSPECIFIED = ['_PageCheckLinRange', '_PageAttach', '_PageModifyPermissions', '_PageOutPages', '_SetResetV86Pageable'];

test('_PageCheckLinRange, _PageAttach, _PageModifyPermissions, _PageOutPages, _SetResetV86Pageable: catalogued as C services with nothing the spec does not state', () => {
  for (const name of UNSPECIFIED) {
    const service = findService(name);
    assert.ok(service, name);
    assert.equal(service.convention, 'c', name);
    assert.equal(service.semantics, undefined, name);
    assert.equal(service.arity, undefined, name);
    assert.deepEqual(service.clobbers, ['EAX', 'ECX', 'EDX', 'EFLAGS'], name);
  }
});

test('_PageCheckLinRange, _PageAttach, _PageModifyPermissions, _PageOutPages, _SetResetV86Pageable: a call with any arguments is no finding; EAX after it is unknown', () => {
  for (const name of UNSPECIFIED) {
    for (const args of ['', ', <esi>', ', <esi, 1, 0>', ', <esi, edi, 1, 0, 0, 0>']) {
      assert.deepEqual(analyse(`
proc:
  VMMcall ${name}${args}
  mov edx, [eax]
  ret`, name === '_SetResetV86Pageable' ? 'W31' : 'W95'), [], `${name}${args}`);
    }
    // The handle in EAX before the call is not its result: the branch on EAX goes both ways, one a double free.
    const twice = analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  mov esi, eax
  VMMcall ${name}, <esi, 1, 0>
  test eax, eax
  jnz once
  VMMcall _PageFree, <esi, 0>
once:
  VMMcall _PageFree, <esi, 0>
done:
  ret`);
    assert.deepEqual(codes(twice), ['PW222'], name);
  }
});

test('_PageCheckLinRange, _PageAttach, _PageModifyPermissions, _PageOutPages, _SetResetV86Pageable: ECX used after the call as if kept is PW230', () => {
  for (const name of UNSPECIFIED) {
    const found = analyse(`
proc:
  mov ecx, 4
  VMMcall ${name}, <esi, 1, 0>
  mov [edi], ecx
  ret`);
    assert.deepEqual(codes(found), ['PW230'], name);
    assert.match(found[0]?.message ?? '', new RegExp(`ECX was destroyed by ${name}`), name);
  }
});
