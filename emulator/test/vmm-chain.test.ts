// The _XchgFreePhysReg chain (PW220), loops, calls through local procedures,
// tail calls and fatal exits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure, runVmmScenario } from '../src/models/vmm/index.js';
import { assemble, codes, only } from './vmm-helpers.js';

function analyse(source: string) {
  const a = assemble(source);
  return { ...analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, version: 'W31' }), line: a.line };
}

const chain = (feed: string) => `
proc:
  xor eax, eax
next:
  VMMcall _XchgFreePhysReg, <esi, ${feed}, 0>
  cmp eax, -1
  je fatal
  inc esi
  test eax, eax
  jnz next
  ret
fatal:
  VMMcall Fatal_Error_Handler`;

test('a chain that feeds each returned page into the next slot is clean (errors end in Fatal_Error_Handler)', () => {
  const r = analyse(chain('eax'));
  assert.deepEqual(codes(r.findings), []);
});

test('a chain that passes 0 instead of the page it holds loses it: PW220 at the call that overwrites EAX', () => {
  const r = analyse(chain('0'));
  const f = only(r.findings, 'PW220');
  assert.equal(f.range.start.line, r.line('VMMcall _XchgFreePhysReg'));
  assert.match(f.message, /overwritten by the call/);
  assert.ok(f.notes.some((n) => /_XchgFreePhysReg returns here/.test(n.message)));
});

test('a page dropped on the error path without Fatal_Error_Handler is PW220 where its stack copy is released', () => {
  const r = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  cmp eax, -1
  je done
  VMMcall _XchgFreePhysReg, <edi, eax, 0>
done:
  ret`);
  const f = only(r.findings, 'PW220');
  assert.equal(f.range.start.line, r.line('VMMcall _XchgFreePhysReg, <edi'));
  assert.match(f.message, /stack slot/);
});

test('a page taken out and then returned to the caller in EAX, or stored in memory, is not lost', () => {
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  ret`).findings), []);
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  cmp eax, -1
  je done
  mov [ebx], eax
  xor eax, eax
done:
  ret`).findings), []);
});

test('a page handed to a procedure in another file may be kept there: no PW220 when its copy here is dropped after the call', () => {
  const source = (between: string) => `
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  cmp eax, -1
  je done
  ${between}
  xor eax, eax
done:
  ret`;
  const dropped = analyse(source('nop'));
  assert.equal(only(dropped.findings, 'PW220').range.start.line, dropped.line('xor eax, eax'));
  assert.deepEqual(codes(analyse(source('call Cache_Record_Page')).findings), []);
});

const putBack = (between: string, into = 'ebx') => `
proc:
  VMMcall _XchgFreePhysReg, <ebx, 0, 0>
  cmp eax, -1
  je done
  test eax, eax
  jz done
  mov esi, eax
  ${between}
  VMMcall _XchgFreePhysReg, <${into}, esi, 0>
  cmp eax, -1
  je fatal
  xor eax, eax
done:
  ret
fatal:
  VMMcall Fatal_Error_Handler
spare dd 0`;

test('_XchgFreePhysReg: a page put straight back into the slot it came from gets 0 back: that slot was emptied (the end of a chain)', () => {
  assert.deepEqual(codes(analyse(putBack('nop')).findings), []);
  // Another slot may hold a page, which the xor drops.
  const other = analyse(putBack('nop', 'edi'));
  assert.equal(only(other.findings, 'PW220').range.start.line, other.line('xor eax, eax'));
});

test('_XchgFreePhysReg: a slot gives back the page the last exchange put in it', () => {
  const r = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <ebx, 0, 0>
  cmp eax, -1
  je fatal
  test eax, eax
  jz done
  mov esi, eax
  VMMcall _XchgFreePhysReg, <ebx, esi, 0>
  cmp eax, -1
  je fatal
  VMMcall _XchgFreePhysReg, <ebx, 0, 0>
  cmp eax, -1
  je fatal
  xor esi, esi
  xor eax, eax
done:
  ret
fatal:
  VMMcall Fatal_Error_Handler`);
  // The second exchange gets 0 (nothing is lost when the third overwrites EAX); the third gets the page back.
  assert.equal(only(r.findings, 'PW220').range.start.line, r.line('xor eax, eax'));
});

test('_XchgFreePhysReg: an exchange, a region service or a call that may have changed the emptied slot: the put-back may get a page', () => {
  // The caller's page in EBP goes into the slot: where that is the emptied one, the put-back gets it.
  const exchange = (slot: string) => `VMMcall _XchgFreePhysReg, <${slot}, ebp, 0>
  cmp eax, -1
  je fatal
  mov [spare], eax
  xor ebp, ebp`;
  assert.deepEqual(codes(analyse(putBack(`lea ecx, [ebx+1]
  ${exchange('ecx')}`)).findings), []);
  for (const between of [exchange('edi'), 'VMMcall _MapFreePhysReg, <edi, 1, 0>', 'call Cache_Refill']) {
    const r = analyse(putBack(between));
    assert.equal(only(r.findings, 'PW220').range.start.line, r.line('xor eax, eax'), between);
  }
});

const swap = (emptyTest: string, back = 'ebx') => `
proc:
  VMMcall _XchgFreePhysReg, <ebx, 0, 0>
  cmp eax, -1
  je done
  test eax, eax
  jz done
  mov ebp, eax
  VMMcall _XchgFreePhysReg, <edi, ebp, 0>
  cmp eax, -1
  je fatal
  ${emptyTest}
  VMMcall _XchgFreePhysReg, <${back}, eax, 0>
  cmp eax, -1
  je fatal
  mov eax, 1
done:
  ret
fatal:
  VMMcall Fatal_Error_Handler`;

test('_XchgFreePhysReg: a swap of two slots that may be one: the put-back into the emptied slot gets 0 on the path where they differ', () => {
  // Slot EDI is slot EBX only where the second exchange gives back the 0 the first left there, and the jz leaves.
  assert.deepEqual(codes(analyse(swap(`test eax, eax
  jz done`)).findings), []);
  // A put-back into a third slot may get a page, which mov eax, 1 drops.
  const third = analyse(swap(`test eax, eax
  jz done`, 'esi'));
  assert.equal(only(third.findings, 'PW220').range.start.line, third.line('mov eax, 1'));
});

const rotate = (back: string) => `
proc:
  VMMcall _XchgFreePhysReg, <ebx, 0, 0>
  cmp eax, -1
  je done
  test eax, eax
  jz done
  VMMcall _XchgFreePhysReg, <edi, eax, 0>
  cmp eax, -1
  je fatal
  test eax, eax
  jz done
  VMMcall _XchgFreePhysReg, <ebp, eax, 0>
  cmp eax, -1
  je fatal
  test eax, eax
  jz done
  VMMcall _XchgFreePhysReg, <${back}, eax, 0>
  cmp eax, -1
  je fatal
  mov eax, 1
done:
  ret
fatal:
  VMMcall Fatal_Error_Handler`;

test('_XchgFreePhysReg: a rotation of three slots that may be one another: the put-back into the emptied slot gets 0 on every path', () => {
  // Slot EBX is refilled only where slot EDI or EBP is it, and there an exchange gives back its 0 and the jz
  // leaves; where slot EBP is slot EDI, slot EBX is still the empty one.
  assert.deepEqual(codes(analyse(rotate('ebx')).findings), []);
  // Slot EDI holds a page on every path (the first slot's, or where slot EBP is it, the second's), and a
  // put-back into a slot the routine never touched may get one: mov eax, 1 drops it.
  for (const back of ['edi', 'esi']) {
    const r = analyse(rotate(back));
    assert.equal(only(r.findings, 'PW220').range.start.line, r.line('mov eax, 1'), back);
  }
});

test('a page kept only in a stack slot when the procedure returns is PW220 at the return', () => {
  const r = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  push eax
  xor eax, eax
  pop ecx
  xor ecx, ecx
  ret`);
  assert.equal(only(r.findings, 'PW220').range.start.line, r.line('xor ecx, ecx'));
});

test('a call through a pointer the analysis cannot pin down is stepped over; a jump through one still cuts the procedure short', () => {
  const source = (transfer: string) => `
proc:
  ${transfer}
back:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  test eax, eax
  jz done
  mov [lin], eax
done:
  ret
lin dd 0`;
  // The code after the call is analysed: its unchecked 0FFFFFFFFh is found.
  for (const call of ['call esi', 'call dword ptr [esi+8]']) {
    const r = analyse(source(call));
    assert.deepEqual(codes(r.findings), ['PW210'], call);
  }
  const jumped = analyse(source('jmp esi'));
  assert.deepEqual(codes(jumped.findings), ['PW900']);
  assert.match(jumped.findings[0]?.message ?? '', /computed branch to esi has too many possible targets/);
});

test('the chain step in a local procedure: the caller that drops the result loses the page', () => {
  const r = analyse(`
proc:
  call take
  xor eax, eax
  ret
take:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  ret`);
  assert.equal(only(r.findings, 'PW220').range.start.line, r.line('xor eax, eax'));
});

test('a register destroyed inside a called local procedure is PW230 in the caller', () => {
  const r = analyse(`
proc:
  mov ecx, 4
again:
  call lock_one
  loop again
  ret
lock_one:
  VMMcall _PageLock, <ebx, 1, 0, 0>
  ret`);
  assert.equal(only(r.findings, 'PW230').range.start.line, r.line('loop again'));
});

test('flags after a C service are destroyed, with or without the clean-up the macro adds after the link; after a register service they are unknown', () => {
  // The `add esp, 4` after the link sets CF itself (to 0): the jc can never be taken, whatever the call did.
  const r = analyse(`
proc:
  VMMcall _GetFreePageCount, <0>
  jc fail
  ret
fail:
  ret`);
  assert.equal(only(r.findings, 'PW230').range.start.line, r.line('jc fail'));
  const bare = analyse(`
proc:
  push 0
  VMMcall _GetFreePageCount
  jc fail
  add esp, 4
  ret
fail:
  add esp, 4
  ret`);
  assert.equal(only(bare.findings, 'PW230').range.start.line, bare.line('jc fail'));
  // Register services keep what they do not return (spec A.1.3): checks.md's PW230 is about C-convention calls.
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall Get_Cur_VM_Handle
  jc fail
  ret
fail:
  ret`).findings), []);
});

test('VMMjmp with the stack balanced is clean; with a pushed value left it is PW231', () => {
  assert.deepEqual(codes(analyse(`
proc:
  VMMjmp Get_Cur_VM_Handle`).findings), []);
  const r = analyse(`
proc:
  push eax
  VMMjmp Get_Cur_VM_Handle`);
  assert.equal(only(r.findings, 'PW231').range.start.line, r.line('VMMjmp'));
});

test('a loop of lock calls with a bounded counter terminates without findings or PW900', () => {
  const r = analyse(`
proc:
  mov esi, 100
next:
  VMMcall _LinPageLock, <edi, 1, 0>
  test eax, eax
  jz fail
  inc edi
  dec esi
  jnz next
fail:
  ret`);
  assert.deepEqual(codes(r.findings), []);
});

test('a loop counting in ESI that calls, every pass, a helper saving ESI for a loop of its own terminates without PW900', () => {
  const source = (outer: number, inner: number, after = 'nop') => `
proc:
  push esi
  mov esi, ${outer}
again:
  mov ebx, [edi+esi*4-4]
  call lock_block
  ${after}
  dec esi
  jnz again
  pop esi
  ret
lock_block:
  push esi
  mov esi, ${inner}
page:
  dec esi
  VMMcall _PageLock, <ebx, 1, esi, 0>
  test esi, esi
  jnz page
  pop esi
  ret`;
  // Short loops run pass by pass; long ones are widened, each call of the helper against states of that call.
  for (const [outer, inner] of [[4, 4], [4, 20], [20, 20]] as const) {
    assert.deepEqual(codes(analyse(source(outer, inner)).findings), [], `${outer} x ${inner}`);
  }
  // The passes after the helper's are analysed: ECX, which its service destroyed, is stored.
  assert.deepEqual(codes(analyse(source(4, 4, 'mov [edi], ecx')).findings), ['PW230']);
});

test('a register cleared after the call (xor ecx, ecx) is a new value, not a destroyed one', () => {
  assert.deepEqual(codes(analyse(`
proc:
  VMMcall _PageLock, <ebx, 1, 0, 0>
  xor ecx, ecx
  inc ecx
again:
  loop again
  ret`).findings), []);
});

test('the note that a page was taken out is on the success path of the call only', () => {
  const r = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  cmp eax, -1
  je done
  VMMcall _XchgFreePhysReg, <edi, eax, 0>
done:
  ret`);
  const f = only(r.findings, 'PW220');
  const taken = f.notes.filter((n) => n.message === 'physical page taken out of the region here');
  assert.deepEqual(taken.map((n) => n.range.start.line), [r.line('VMMcall _XchgFreePhysReg, <esi')]);
});

test('writable data is unknown in a procedure analysis (both branches on it), but keeps its value in a scenario run', () => {
  const source = `
proc:
  cmp dword ptr [hBuf], 0
  jne done
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  mov [lin], eax
done:
  ret
.data
hBuf dd 1
lin dd 0`;
  const a = assemble(source);
  const f = only(analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls }).findings, 'PW210');
  assert.deepEqual(f.witness?.find((w) => w.name === 'mem32[hBuf]')?.value, '0x0', 'the witness names the data by its label');
  const run = runVmmScenario(a.program, 'proc', { macroCalls: a.macroCalls });
  assert.deepEqual(run.findings, []);
  assert.ok(run.traces[0]?.every((s) => s.events.length === 0), 'hBuf = 1: the service is never called');
  const readOnly = assemble(source.replace('.data', '.code'));
  assert.deepEqual(codes(analyseVmmProcedure(readOnly.program, 'proc', { macroCalls: readOnly.macroCalls }).findings), [], 'read-only data keeps its value');
});
