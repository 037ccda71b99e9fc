// Spec A.6: each misuse pattern is found with its code at the line where the
// bad thing becomes certain, and its corrected version is clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import type { VmmAnalysisOptions } from '../src/models/vmm/index.js';
import { assemble, codes, only } from './vmm-helpers.js';

function analyse(source: string, options: VmmAnalysisOptions = {}, contract?: 'control-dispatch') {
  const a = assemble(source, [{ name: 'proc', label: 'proc', ...(contract ? { contract: { kind: 'control-dispatch', message: 'Device_Init' } as const } : {}) }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, ...options });
  return { ...r, line: a.line };
}

test('W1: _PageReserve tested for 0 only lets 0FFFFFFFFh through (PW210 at the store); cmp eax,-1 is clean', () => {
  const bad = analyse(`
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  test eax, eax
  jz fail
  mov [lin], eax
  ret
fail:
  ret
lin dd 0`);
  const f = only(bad.findings, 'PW210');
  assert.equal(f.range.start.line, bad.line('mov [lin], eax'));
  assert.deepEqual(f.witness?.map((w) => w.value), ['0xffffffff']);
  assert.ok(f.notes.some((n) => /returns here/.test(n.message)));
  assert.ok(f.notes.some((n) => /0FFFFFFFFh/.test(n.message)), 'the failure assumption is on the path');
  assert.deepEqual(f.fix && { ...f.fix, call: f.fix.kind === 'test-result' ? f.fix.call.start.line : undefined },
    { kind: 'test-result', service: '_PageReserve', register: 'eax', value: '0xffffffff', call: bad.line('VMMcall'), file: f.file });
  const good = analyse(`
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  cmp eax, 0FFFFFFFFh
  je fail
  mov [lin], eax
  ret
fail:
  ret
lin dd 0`);
  assert.deepEqual(codes(good.findings), []);
});

test('W1: _MapPhysToLinear result dereferenced after a zero test is PW210; inc eax / jz excludes it', () => {
  const bad = analyse(`
proc:
  VMMcall _MapPhysToLinear, <0A0000h, 10000h, 0>
  or eax, eax
  jz fail
  mov ecx, [eax]
fail:
  ret`);
  assert.equal(only(bad.findings, 'PW210').range.start.line, bad.line('mov ecx, [eax]'));
  const good = analyse(`
proc:
  VMMcall _MapPhysToLinear, <0A0000h, 10000h, 0>
  mov esi, eax
  inc eax
  jz fail
  mov ecx, [esi]
fail:
  ret`);
  assert.deepEqual(codes(good.findings), []);
});

test('W2: an address passed as _PageCommit\'s page number is PW240; SHR 12 first is clean', () => {
  const source = (shift: string) => `
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  cmp eax, -1
  je fail
  mov [lin], eax
  mov eax, [lin]
  ${shift}
  VMMcall _PageCommit, <eax, 4, PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE>
fail:
  ret
lin dd 0`;
  const bad = analyse(source('nop'));
  assert.equal(only(bad.findings, 'PW240').range.start.line, bad.line('VMMcall _PageCommit'));
  assert.deepEqual(codes(analyse(source('shr eax, 12')).findings), []);
});

test('a C service without catalogued semantics may return its result in EAX: testing EAX is no PW230, testing ECX is', () => {
  const result = analyse(`
proc:
  VMMcall _Allocate_Device_CB_Area, <16, 0>
  test eax, eax
  jz fail
  mov [offs], eax
  ret
fail:
  ret
offs dd 0`);
  assert.deepEqual(codes(result.findings), []);
  const ecx = analyse(`
proc:
  VMMcall _Allocate_Device_CB_Area, <16, 0>
  test ecx, ecx
  jz fail
  ret
fail:
  ret`);
  assert.match(only(ecx.findings, 'PW230').message, /ECX was destroyed by _Allocate_Device_CB_Area/);
});

test('W3: loop on ECX after a C service is PW230 at the loop; a count in ESI is clean', () => {
  const bad = analyse(`
proc:
  mov ecx, 8
next:
  VMMcall _PageLock, <ebx, 1, ecx, 0>
  loop next
  ret`);
  const f = only(bad.findings, 'PW230');
  assert.equal(f.range.start.line, bad.line('loop next'));
  assert.match(f.message, /ECX was destroyed by _PageLock/);
  const good = analyse(`
proc:
  mov esi, 8
next:
  VMMcall _PageLock, <ebx, 1, esi, 0>
  dec esi
  jnz next
  ret`);
  assert.deepEqual(codes(good.findings), []);
});

test('W4: a hand-written int 20h call without clean-up is PW231 at the return; the macro is clean', () => {
  const bad = analyse(`
proc:
  push [hMem]
  push 0
  int 20h
  dd 00010055h
  ret
hMem dd 0`);
  const f = only(bad.findings, 'PW231');
  assert.equal(f.range.start.line, bad.line('ret'));
  assert.match(f.message, /8 bytes below/);
  const good = analyse(`
proc:
  VMMcall _PageFree, <[hMem], 0>
  ret
hMem dd 0`);
  assert.deepEqual(codes(good.findings), []);
});

test('W4/PW250: an argument list of the wrong length is PW250 at the call', () => {
  const bad = analyse(`
proc:
  VMMcall _PageFree, <[hMem]>
  ret
hMem dd 0`);
  const f = only(bad.findings, 'PW250');
  assert.equal(f.range.start.line, bad.line('VMMcall _PageFree'));
  assert.match(f.message, /takes 2 arguments; 1 given/);
});

test('W5: a VM handle with PG_SYS is PW201 (EBX holds the VM at a control-procedure entry); 0 is clean', () => {
  const bad = analyse(`
proc:
  VMMcall _PageAllocate, <4, PG_SYS, ebx, 0, 0, 0, 0, 0>
  ret`, {}, 'control-dispatch');
  const f = only(bad.findings, 'PW201');
  assert.match(f.message, /VM of _PageAllocate must be 0 with pType = PG_SYS/);
  assert.deepEqual(f.fix, { kind: 'zero-argument', service: '_PageAllocate', param: 'VM' });
  const good = analyse(`
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  ret`, {}, 'control-dispatch');
  assert.deepEqual(codes(good.findings), []);
});

test('W5: flags of _XchgFreePhysReg must be 0, an unknown value is not reported', () => {
  const bad = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 1>
  ret`, { version: 'W31' });
  assert.equal(only(bad.findings, 'PW201').range.start.line, bad.line('VMMcall'));
  const unknown = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, edi>
  cmp eax, -1
  je done
  VMMcall _XchgFreePhysReg, <esi, eax, 0>
done:
  ret`, { version: 'W31' });
  assert.deepEqual(codes(unknown.findings).filter((c) => c === 'PW201'), []);
});

test('W6: PageContig without PageUseAlign is a PW202 warning; PageUseAlign without PageFixed an error; the fixed call is clean', () => {
  const call = (flags: string) => `
proc:
  VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, OFFSET32 phys, ${flags}>
  test eax, eax
  jz fail
  mov [hBuf], eax
fail:
  ret
phys dd 0
hBuf dd 0`;
  const contig = only(analyse(call('PageContig+PageFixed')).findings, 'PW202');
  assert.equal(contig.severity, 'warning');
  assert.deepEqual(contig.fix, { kind: 'add-flags', service: '_PageAllocate', param: 'flags', front: ['PageUseAlign'], back: [], preferred: false });
  const contigAlone = only(analyse(call('PageContig')).findings, 'PW202');
  assert.deepEqual(contigAlone.fix, { kind: 'add-flags', service: '_PageAllocate', param: 'flags', front: ['PageUseAlign'], back: ['PageFixed'], preferred: false },
    'PageUseAlign needs PageFixed in turn');
  const align = only(analyse(call('PageUseAlign+PageContig')).findings, 'PW202');
  assert.equal(align.severity, undefined);
  assert.match(align.message, /PageUseAlign needs PageFixed/);
  assert.deepEqual(align.fix, { kind: 'add-flags', service: '_PageAllocate', param: 'flags', front: [], back: ['PageFixed'], preferred: true });
  const exclusive = only(analyse(call('PageFixed+PageLocked+PageLockedIfDP')).findings, 'PW202');
  assert.equal(exclusive.fix, undefined, 'which of two conflicting flags was meant is for the author to decide');
  assert.deepEqual(codes(analyse(call('PageUseAlign+PageContig+PageFixed')).findings), []);
  assert.deepEqual(codes(analyse(call('PageFixed+PageLocked+PageLockedIfDP')).findings), ['PW202']);
  assert.deepEqual(codes(analyse(call('PageFixed+40h+10000000h'), { version: 'W31' }).findings), ['PW202'], 'reserved bits on 3.1');
});

test('W7: _PageReAllocate stored over the old handle before the test is PW221 there; testing first is clean', () => {
  const bad = analyse(`
proc:
  VMMcall _PageReAllocate, <[ebx+8], 32, 0>
  mov [ebx+8], eax
  test eax, eax
  jz fail
  ret
fail:
  ret`);
  const f = only(bad.findings, 'PW221');
  assert.equal(f.range.start.line, bad.line('mov [ebx+8], eax'));
  assert.equal(f.severity, undefined, 'the catalogue severity (warning) applies');
  const good = analyse(`
proc:
  VMMcall _PageReAllocate, <[ebx+8], 32, 0>
  test eax, eax
  jz keep_old
  mov [ebx+8], eax
keep_old:
  ret`);
  assert.deepEqual(codes(good.findings), []);
});

test('W7: double free and use after free are PW222; freeing once is clean', () => {
  const bad = analyse(`
proc:
  VMMcall _PageFree, <[hBuf], 0>
  VMMcall _PageFree, <[hBuf], 0>
  ret
hBuf dd 0`);
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line('VMMcall _PageFree') + 1);
  assert.match(f.message, /already freed/);
  const uaf = analyse(`
proc:
  VMMcall _PageFree, <[hBuf], 0>
  VMMcall _PageLock, <[hBuf], 1, 0, 0>
  ret
hBuf dd 0`);
  assert.match(only(uaf.findings, 'PW222').message, /after it was freed/);
});

test('W7: freeing a free-physical-region block is PW222', () => {
  const bad = analyse(`
proc:
  VMMcall _PageAllocate, <8, PG_SYS, 0, 0, 0, 0, 0, PageMapFreePhysReg>
  test eax, eax
  jz fail
  VMMcall _PageFree, <eax, 0>
fail:
  ret`, { version: 'W31', phase: 'device-init' });
  assert.match(only(bad.findings, 'PW222').message, /free-physical-region block/);
});

test('W8: unlocking a block that was never locked is PW222; lock then unlock is clean', () => {
  const source = (body: string) => `
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  mov esi, eax
${body}
  VMMcall _PageUnLock, <esi, 4, 0, 0>
  VMMcall _PageFree, <esi, 0>
fail:
  ret`;
  const bad = analyse(source(''));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('VMMcall _PageUnLock'));
  const good = analyse(source(`  VMMcall _PageLock, <esi, 4, 0, 0>
  test eax, eax
  jz fail`));
  assert.deepEqual(codes(good.findings), []);
});

test('W9: PD_FIXEDZERO without PC_FIXED is PW202; pagerdata with a PD_* pager is PW201', () => {
  const commit = (args: string) => analyse(`
proc:
  VMMcall _PageCommit, <esi, 4, ${args}>
  ret`);
  assert.match(only(commit('PD_FIXEDZERO, 0, PC_WRITEABLE').findings, 'PW202').message, /need PC_FIXED/);
  assert.match(only(commit('PD_ZEROINIT, 5, 0').findings, 'PW201').message, /pagerdata/);
  assert.deepEqual(codes(commit('PD_FIXEDZERO, 0, PC_FIXED+PC_WRITEABLE').findings), []);
});

test('W11: clearing P_WRITE with PG_IGNORE is PW202; PG_HOOKED is clean', () => {
  const call = (pType: string) => analyse(`
proc:
  VMMcall _ModifyPageBits, <ebx, 0C0h, 16, 0FFFFFFFDh, 0, ${pType}, 0>
  ret`);
  assert.match(only(call('PG_IGNORE').findings, 'PW202').message, /PG_HOOKED/);
  assert.deepEqual(codes(call('PG_HOOKED').findings), []);
});

test('W12: mapping past V86 page 10Fh is PW202; inside the range is clean', () => {
  const call = (page: string) => analyse(`
proc:
  VMMcall _PhysIntoV86, <0C0h, ebx, ${page}, 16, 0>
  ret`);
  assert.match(only(call('108h').findings, 'PW202').message, /only 10h-10Fh/);
  assert.deepEqual(codes(call('0C0h').findings), []);
});

test('PW211: EDX of a failed _PageAllocate dereferenced is found; after the EAX test it is clean (W31 handle/address)', () => {
  const bad = analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  mov [hMem], eax
  mov dword ptr [edx], 0
  ret
hMem dd 0`, { version: 'W31' });
  const f = only(bad.findings, 'PW211');
  assert.equal(f.range.start.line, bad.line('mov dword ptr [edx], 0'));
  assert.equal(f.fix?.kind === 'test-result' && `${f.fix.service} ${f.fix.register} ${f.fix.value}`, '_PageAllocate edx 0x0');
  const good = analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  test eax, eax
  jz fail
  mov [hMem], eax
  mov dword ptr [edx], 0
fail:
  ret
hMem dd 0`, { version: 'W31' });
  assert.deepEqual(codes(good.findings), []);
});

test('a flag documented for another Windows version is a PW202 warning; for its own version it is clean; a bit no version knows is an error', () => {
  const call = `
proc:
  VMMcall _PageAllocate, <8, PG_SYS, 0, 0, 0, 0, 0, PageMapFreePhysReg>
  ret`;
  const onW95 = only(analyse(call, { version: 'W95', phase: 'device-init' }).findings, 'PW202');
  assert.equal(onW95.severity, 'warning');
  assert.match(onW95.message, /PageMapFreePhysReg .* documented only for W31/);
  assert.deepEqual(codes(analyse(call, { version: 'W31', phase: 'device-init' }).findings).filter((c) => c === 'PW202'), []);
  const unknownBit = only(analyse(call.replace('PageMapFreePhysReg', '00100000h'), { version: 'W95' }).findings, 'PW202');
  assert.equal(unknownBit.severity, undefined);
  assert.match(unknownBit.message, /reserved bits 100000h/);
});

test('the VM handle at a control-procedure entry is assumed to lie in the system arena: a test for 0 never takes the null branch', () => {
  const source = `
proc:
  test ebx, ebx
  jnz have
  VMMcall _PageAllocate, <4, PG_SYS, 1, 0, 0, 0, 0, 0>
have:
  ret`;
  assert.deepEqual(codes(analyse(source, {}, 'control-dispatch').findings), []);
  assert.deepEqual(codes(analyse(source).findings), ['PW201'], 'a plain procedure gets no such promise');
  const w5 = only(analyse(`
proc:
  VMMcall _PageAllocate, <4, PG_SYS, ebx, 0, 0, 0, 0, 0>
  ret`, {}, 'control-dispatch').findings, 'PW201');
  const vm = w5.witness?.find((w) => w.name === 'VM');
  assert.ok(vm === undefined || BigInt(vm.value) >= 0x80000000n);
});

test('W14: _CopyPageTable\'s buffer tested when the call may have failed is PW211 at the branch; testing EAX first is clean', () => {
  const source = (check: string) => `
proc:
  VMMcall _CopyPageTable, <0A0h, 16, OFFSET32 ptes, 0>
  ${check}
  mov ecx, [ptes]
  test ecx, P_PRES
  jz absent
  ret
absent:
fail:
  ret
.data
ptes dd 0`;
  const bad = analyse(source('nop'));
  const f = only(bad.findings, 'PW211');
  assert.equal(f.range.start.line, bad.line('jz absent'));
  assert.match(f.message, /page-table copy, which is undefined when _CopyPageTable \(line 3\) fails/);
  assert.ok(f.notes.some((n) => /_CopyPageTable returns here/.test(n.message)));
  assert.deepEqual(codes(bad.findings), ['PW211']);
  const good = analyse(source('test eax, eax\n  jz fail'));
  assert.deepEqual(codes(good.findings), []);
});

test('W14: an entry of a failed _CopyPageTable used as an address is PW211; a successful copy\'s entries are not', () => {
  const bad = analyse(`
proc:
  VMMcall _CopyPageTable, <esi, 1, edi, 0>
  mov ecx, [edi]
  and ecx, 0FFFFF000h
  mov edx, [ecx]
  ret`);
  assert.equal(only(bad.findings, 'PW211').range.start.line, bad.line('mov edx, [ecx]'));
  const good = analyse(`
proc:
  VMMcall _CopyPageTable, <esi, 1, edi, 0>
  or eax, eax
  jz fail
  mov ecx, [edi]
  and ecx, 0FFFFF000h
  mov edx, [ecx]
fail:
  ret`);
  assert.deepEqual(codes(good.findings), []);
});
