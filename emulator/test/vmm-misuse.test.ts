// Spec A.6: each misuse pattern is found with its code at the line where the
// bad thing becomes certain, and its corrected version is clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingMessage } from '../src/checks/message.js';
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
  // The same text whether or not the path tested for 0: it must not claim a test the code may not have.
  assert.match(f.message, /may be 0FFFFFFFFh on this path \(it signals failure with 0FFFFFFFFh, not 0\): nothing tests it before the procedure returns$/);
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

test('W1: _PageReserve shifted into a page number untested is PW210 at the shift, also where it is only returned; tested first it is clean', () => {
  const source = (test: string, after: string) => `
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 1, 0>
${test}
  shr eax, 12
${after}
  ret
fail:
  ret
page dd 0`;
  for (const after of ['  mov [page], eax', '']) {
    const bad = analyse(source('', after));
    const f = only(bad.findings, 'PW210');
    assert.equal(f.range.start.line, bad.line('shr eax, 12'));
    assert.match(f.message, /^EAX is shifted into a page number here, but _PageReserve/);
  }
  assert.deepEqual(codes(analyse(source('  cmp eax, -1\n  je fail', '  mov [page], eax')).findings), []);
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

test('W3: a loop count in ECX across whichever of two C services a flag chooses is one PW230, naming the other call in a note; a count in ESI is clean', () => {
  const loop = (counter: string, call: (service: string) => string) => analyse(`
proc:
  mov ${counter}, 4
again:
  cmp dword ptr [mode], 0
  je unlock
  ${call('_LinPageLock')} ; lock
  jmp next
unlock:
  ${call('_LinPageUnLock')} ; unlock
next:
  dec ${counter}
  jnz again
  ret
.data
page dd 0
mode dd 0`);
  const inline = (service: string) => `VMMcall ${service}, <[page], 1, 0>`;
  const bad = loop('ecx', inline);
  const f = only(bad.findings, 'PW230');
  assert.equal(f.range.start.line, bad.line('jnz again'));
  // The message names one call, the note the other.
  const [other, at] = /_LinPageLock/.test(f.message) ? ['_LinPageUnLock', '; unlock'] : ['_LinPageLock', '; lock'];
  assert.deepEqual(f.notes.filter((n) => n.message.includes('also')).map((n) => `${n.range.start.line}: ${n.message}`), [`${bad.line(at)}: ECX is also destroyed by ${other} here`]);
  assert.deepEqual(codes(loop('esi', inline).findings), []);
});

test('W3: the one PW230 for two calls a flag chooses tells each way\'s assumption about the flag, before that way\'s notes', () => {
  const bad = analyse(`
proc:
  mov ecx, 4
again:
  cmp dword ptr [mode], 0
  je unlock ; choose
  VMMcall _LinPageLock, <[page], 1, 0> ; lock
  jmp next
unlock:
  VMMcall _LinPageUnLock, <[page], 1, 0> ; unlock
next:
  dec ecx
  jnz again
  ret
.data
page dd 0
mode dd 0`);
  const f = only(bad.findings, 'PW230');
  const notes = f.notes.map((n) => `${n.range.start.line}: ${n.message}`);
  const [service, other, at] = /_LinPageLock/.test(f.message) ? ['_LinPageLock', '_LinPageUnLock', '; unlock'] : ['_LinPageUnLock', '_LinPageLock', '; lock'];
  // Each way rests on the flag going its way: the message's call on one side, the note's call on the other.
  const [mine, theirs] = service === '_LinPageLock' ? ['!= 0', '== 0'] : ['== 0', '!= 0'];
  const choose = bad.line('; choose');
  assert.deepEqual(notes.filter((n) => n.includes('assuming') || n.includes('also')), [
    `${choose}: assuming the dword at mode ${mine}`,
    `${choose}: assuming the dword at mode ${theirs}`,
    `${bad.line(at)}: ECX is also destroyed by ${other} here`,
  ], JSON.stringify(notes));
});

test('W3: the two calls inside a helper the loop calls are one PW230 too, its notes saying where the helper was called from', () => {
  const bad = analyse(`
proc:
  mov ecx, 4
again:
  call toggle
  dec ecx
  jnz again
  ret
toggle:
  cmp dword ptr [mode], 0
  je unlock
  VMMcall _LinPageLock, <[page], 1, 0> ; lock
  ret
unlock:
  VMMcall _LinPageUnLock, <[page], 1, 0> ; unlock
  ret
.data
page dd 0
mode dd 0`);
  const f = only(bad.findings, 'PW230');
  const notes = f.notes.map((n) => `${n.range.start.line}: ${n.message}`);
  assert.ok(notes.includes(`${bad.line('call toggle')}: toggle called from here`), JSON.stringify(notes));
  assert.equal(notes.filter((n) => n.includes('is also destroyed by')).length, 1, JSON.stringify(notes));
});

test('a destroyed ECX stored to memory is PW230; storing both results of _PageAllocate before testing EAX is clean', () => {
  const bad = analyse(`
proc:
  mov ecx, [count]
  VMMcall _PageDecommit, <100h, ecx, 0>
  mov [count], ecx
  ret
count dd 0`);
  const f = only(bad.findings, 'PW230');
  assert.equal(f.range.start.line, bad.line('mov [count], ecx'));
  assert.match(f.message, /^ECX is stored here, but ECX was destroyed by _PageDecommit/);
  // EDX holds the linear address when the call succeeds; what a failure left there is stored, then never used.
  const good = analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  mov [hMem], eax
  mov [lin], edx
  test eax, eax
  jz fail
  VMMcall _PageFree, <eax, 0>
fail:
  ret
hMem dd 0
lin dd 0`);
  assert.deepEqual(codes(good.findings), []);
});

test('a destroyed ECX combined into memory (sub/add/or/adc [mem], ecx; adc adds the destroyed CF too), exchanged with it or pushed and popped into it is PW230', () => {
  const source = (use: string) => `
proc:
  mov ecx, [count]
  VMMcall _PageDecommit, <100h, ecx, 0>
  ${use}
  ret
count dd 0`;
  for (const use of ['sub [count], ecx', 'add [count], ecx', 'or [count], ecx', 'xchg [count], ecx', 'xchg ecx, [count]']) {
    const bad = analyse(source(use));
    const f = only(bad.findings, 'PW230');
    assert.equal(f.range.start.line, bad.line(use), use);
    assert.match(f.message, /^ECX is (used to update memory|stored) here, but ECX was destroyed by _PageDecommit/, use);
  }
  assert.match(only(analyse(source('sub [count], ecx')).findings, 'PW230').message, /^ECX is used to update memory here/);
  // adc adds the destroyed CF as well: two values the call destroyed, each its own mistake.
  assert.deepEqual(analyse(source('adc [count], ecx')).findings.map((f) => f.message.replace(/ here, but (\w+) was destroyed.*/, ' $1')).sort(),
    ['ECX is used to update memory ECX', 'The carry is read CF']);
  const popped = analyse(source('push ecx\n  pop [count]'));
  const f = only(popped.findings, 'PW230');
  assert.equal(f.range.start.line, popped.line('pop [count]'));
  assert.match(f.message, /^The value popped is stored here, but ECX was destroyed by _PageDecommit/);
});

test('ECX saved on the stack across a service call and popped into memory or back is clean, as is ECX loaded again before a sub [mem], ecx', () => {
  const clean = (body: string) => analyse(`
proc:
  mov ecx, [count]
${body}
  ret
count dd 0
total dd 0`);
  for (const body of [
    '  push ecx\n  VMMcall _PageDecommit, <100h, ecx, 0>\n  pop [total]',
    '  push ecx\n  VMMcall _PageDecommit, <100h, ecx, 0>\n  pop ecx\n  sub [total], ecx',
    '  VMMcall _PageDecommit, <100h, ecx, 0>\n  mov ecx, [count]\n  sub [total], ecx',
    '  VMMcall _PageDecommit, <100h, ecx, 0>\n  push ecx\n  pop ecx\n  ret',
  ]) assert.deepEqual(codes(clean(body).findings), [], body);
});

test('a byte or word of a destroyed ECX or EDX stored or combined into memory (CL, CX, DH) is PW230, as ECX is', () => {
  const source = (use: string) => `
proc:
  mov ecx, [count]
  mov edx, [count]
  VMMcall _PageDecommit, <100h, ecx, 0>
  ${use}
  ret
count dd 0
total dd 0`;
  for (const [use, register, whole] of [
    ['add [total], cl', 'CL', 'ECX'], ['mov [total], cx', 'CX', 'ECX'], ['mov [total], dh', 'DH', 'EDX'],
    ['xchg [total], cl', 'CL', 'ECX'], ['sub [total], dx', 'DX', 'EDX'], ['mov cl, [count]\n  or [total], ch', 'CH', 'ECX'],
  ] as const) {
    const bad = analyse(source(use));
    const f = only(bad.findings, 'PW230');
    assert.equal(f.range.start.line, bad.line(use.split('\n').at(-1) ?? use), use);
    assert.match(f.message, new RegExp(`^${register} is (stored|used to update memory) here, but ${whole} was destroyed by _PageDecommit`), use);
  }
});

test('a byte or word register loaded again after a service call, or of the result in EAX, stored or tested is clean', () => {
  const clean = (body: string) => analyse(`
proc:
  mov ecx, [count]
  VMMcall _PageDecommit, <100h, ecx, 0>
${body}
done:
  ret
count dd 0
total dd 0`);
  for (const body of [
    '  mov cl, [count]\n  add [total], cl',
    '  mov cx, [count]\n  mov [total], cx',
    '  mov [total], al',
    '  cmp al, 0\n  je done',
  ]) assert.deepEqual(codes(clean(body).findings), [], body);
});

test('STOSB, STOSW and STOSD of a destroyed register\'s bits (AL of DL after _PageLock) are PW230, as a MOV of them is', () => {
  const source = (fill: string, store: string) => `
proc:
  mov edi, [buffer]
  mov edx, [count]
  VMMcall _PageLock, <[handle], 1, 0, 0>
  ${fill}
  ${store}
  ret
buffer dd 0
count dd 0
handle dd 0`;
  for (const [fill, store, register] of [
    ['mov al, dl', 'stosb', 'AL'], ['mov ax, dx', 'stosw', 'AX'], ['mov eax, edx', 'stosd', 'EAX'],
    ['mov al, dh', 'stos byte ptr [edi]', 'AL'], ['mov al, dl', 'mov [edi], al', 'AL'],
  ] as const) {
    const bad = analyse(source(fill, store));
    const f = only(bad.findings, 'PW230');
    assert.equal(f.range.start.line, bad.line(store), store);
    assert.match(f.message, new RegExp(`^${register} is stored here, but EDX was destroyed by _PageLock`), store);
  }
  // STOSB stores AL only: AH of the destroyed EDX goes nowhere, and AL loaded after the call is clean.
  for (const fill of ['mov ah, dh\n  mov al, 0', 'mov al, [count]']) {
    assert.deepEqual(codes(analyse(source(fill, 'stosb')).findings), [], fill);
  }
});

test('flags a comparison set before a service call are PW230 when tested after it; comparing after the call is clean', () => {
  const bad = analyse(`
proc:
  cmp esi, 8
  VMMcall _PageFree, <ebx, 0>
  jb small
  inc dword ptr [count]
small:
  ret
count dd 0`);
  const f = only(bad.findings, 'PW230');
  assert.equal(f.range.start.line, bad.line('jb small'));
  assert.match(f.message, /CF was destroyed by _PageFree .*the call does not preserve the flags$/);
  const good = analyse(`
proc:
  VMMcall _PageFree, <ebx, 0>
  cmp esi, 8
  jb small
  inc dword ptr [count]
small:
  ret
count dd 0`);
  assert.deepEqual(codes(good.findings), []);
});

test('copying the flags after a C service uses none it destroyed; a flag restored from the copy and tested is one PW230 at the test', () => {
  // The flags word is saved to keep IF, which no service destroys.
  for (const copy of ['pushfd\n  pop [saved]', 'pushfd\n  cli\n  inc dword ptr [count]\n  popfd', 'lahf\n  mov byte ptr [saved], ah']) {
    assert.deepEqual(codes(analyse(`
proc:
  VMMcall _PageFree, <ebx, 0>
  ${copy}
  ret
saved dd 0
count dd 0`).findings), [], copy);
  }
  for (const [restore, jump, flag] of [['pushfd\n  pop eax\n  push eax\n  popfd', 'jc done', 'CF'], ['lahf\n  sahf', 'jz done', 'ZF']] as const) {
    const bad = analyse(`
proc:
  VMMcall _PageFree, <ebx, 0>
  ${restore}
  ${jump}
  inc dword ptr [count]
done:
  ret
count dd 0`);
    const f = only(bad.findings, 'PW230');
    assert.equal(f.range.start.line, bad.line(jump), restore);
    assert.match(f.message, new RegExp(`^The branch condition is tested here, but ${flag} was destroyed by _PageFree`), restore);
  }
  // Flags saved before the call come back whole.
  assert.deepEqual(codes(analyse(`
proc:
  pushfd
  VMMcall _PageFree, <ebx, 0>
  popfd
  jc done
  inc dword ptr [count]
done:
  ret
count dd 0`).findings), []);
});

test('a flag the code writes into the saved flags word before popfd or sahf is no longer the one a C service destroyed', () => {
  const source = (edit: string, jump: string) => `
proc:
  VMMcall _PageFree, <ebx, 0>
  ${edit}
  ${jump}
  inc dword ptr [count]
done:
  ret
count dd 0`;
  const edits = ['pushfd\n  pop eax\n  and eax, 0FFFFFFFEh\n  push eax\n  popfd', 'pushfd\n  or dword ptr [esp], 1\n  popfd', 'lahf\n  and ah, 0FEh\n  sahf'];
  for (const edit of edits) {
    assert.deepEqual(codes(analyse(source(edit, 'jc done')).findings), [], edit);
    // The flags the edit left are still the service's: ZF alone is the mistake, not every flag of the word.
    const bad = analyse(source(edit, 'jz done'));
    const f = only(bad.findings, 'PW230');
    assert.equal(f.range.start.line, bad.line('jz done'), edit);
    assert.match(f.message, /^The branch condition is tested here, but ZF was destroyed by _PageFree/, edit);
  }
  // Flipping CF keeps it the destroyed flag.
  assert.match(only(analyse(source('pushfd\n  xor dword ptr [esp], 1\n  popfd', 'jc done')).findings, 'PW230').message, /but CF was destroyed/);
});

test('adc or setc after a C service reads the CF it destroyed (PW230 there); after a comparison it is clean', () => {
  for (const [read, what] of [['adc dword ptr [count], 0', 'The carry'], ['setc al', 'The condition']] as const) {
    const bad = analyse(`
proc:
  VMMcall _PageFree, <ebx, 0>
  ${read}
  ret
count dd 0`);
    const f = only(bad.findings, 'PW230');
    assert.equal(f.range.start.line, bad.line(read), read);
    assert.match(f.message, new RegExp(`^${what} is read here, but CF was destroyed by _PageFree .*the call does not preserve the flags$`), read);
    assert.deepEqual(codes(analyse(`
proc:
  VMMcall _PageFree, <ebx, 0>
  cmp eax, 1
  ${read}
  ret
count dd 0`).findings), [], read);
  }
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

test('W4: one missing clean-up before the paths part is one PW231, at the first return; another distance is another', () => {
  const source = (second: string) => `
proc:
  push 0
  push 4
  push PR_SHARED
  int 20h
  dd 0001011Dh
  cmp eax, 0FFFFFFFFh
  jne got
  ${second}
  ret
got:
  mov [lin], eax
  ret
lin dd 0`;
  const one = analyse(source('stc'));
  assert.deepEqual(one.findings.map((f) => [f.code, f.range.start.line]), [['PW231', one.line('ret')]]);
  assert.match(only(one.findings, 'PW231').message, /0Ch bytes below/);
  // One path also pushes a word it never pops: two mistakes, two findings.
  const two = analyse(source('push eax'));
  assert.deepEqual(two.findings.map((f) => f.code), ['PW231', 'PW231']);
  assert.deepEqual(two.findings.map((f) => f.message.match(/(\w+) bytes below/)?.[1]).sort(), ['0Ch', '10h']);
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
  // No PW201; the handle left in EAX is leaked, as the VMM reads no register of a handler: a mistake of its own.
  assert.deepEqual(codes(good.findings), ['PW221']);
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
  assert.equal(findingMessage(f), `The only copy of the memory handle that _PageReAllocate (line ${bad.line('VMMcall') + 1}) failed to replace is gone before the block was freed or the handle stored: the last copy is overwritten here`);
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

test('W7: the old handle saved before _PageReAllocate (pushed, in a local, in another variable) is a copy: restored on failure it is clean', () => {
  const grow = (save: string, restore: string, drop: string) => analyse(`
proc:
  mov eax, [hBuf]
${save}
  VMMcall _PageReAllocate, <eax, 32, 0>
  mov [hBuf], eax
  test eax, eax
  jnz done
${restore}
done:
${drop}
  ret
.data
hBuf dd 0
hOld dd 0`);
  assert.deepEqual(codes(grow('  push eax', '  pop dword ptr [hBuf]\n  push eax', '  add esp, 4').findings), []);
  assert.deepEqual(codes(grow('  sub esp, 4\n  mov [esp], eax', '  mov eax, [esp]\n  mov [hBuf], eax', '  add esp, 4').findings), []);
  assert.deepEqual(codes(grow('  mov [hOld], eax', '  mov eax, [hOld]\n  mov [hBuf], eax', '').findings), []);
  // The pushed copy released on failure without being put back: the handle is lost where its slot goes.
  const lost = grow('  push eax', '  add esp, 4 ; drop\n  ret', '  add esp, 4');
  const f = only(lost.findings, 'PW221');
  assert.equal(f.range.start.line, lost.line('; drop'));
  assert.match(f.message, /the stack slot holding the last copy is released here/);
});

test('W7: the argument slots of _PageReAllocate are no copy of the handle: one in ECX alone is lost by the call', () => {
  const r = analyse(`
proc:
  VMMcall _PageReAllocate, <ecx, 32, 0>
  test eax, eax
  jz fail
  ret
fail:
  ret`);
  assert.match(only(r.findings, 'PW221').message, /the last copy is overwritten by the call here/);
});

test('W3/W7: a handle or region page kept in ECX across a C service and then used is one finding, the PW230; never used, the PW221 or PW220', () => {
  const handle = (keep: string, after: string) => analyse(`
proc:
  push esi
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>
  test eax, eax
  jz fail
  mov ${keep}, eax
  VMMcall _GetFreePageCount, <0>
${after}
fail:
  pop esi
  ret`);
  const used = handle('ecx', '  VMMcall _PageFree, <ecx, 0>');
  assert.deepEqual(codes(used.findings), ['PW230']);
  assert.equal(only(used.findings, 'PW230').range.start.line, used.line('VMMcall _PageFree'));
  assert.deepEqual(codes(handle('ecx', '').findings), ['PW221'], 'nothing relies on ECX: the handle is lost by the call');
  assert.deepEqual(codes(handle('esi', '  VMMcall _PageFree, <esi, 0>').findings), []);
  // The page the second exchange was given is lost with its argument slot when the call fails; the retry puts back ECX.
  const page = (keep: string) => analyse(`
proc:
  push ebx
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  cmp eax, 0FFFFFFFFh
  je done
  test eax, eax
  jz done
  mov ${keep}, eax
  VMMcall _XchgFreePhysReg, <edi, ${keep}, 0>
  cmp eax, 0FFFFFFFFh
  jne done
  VMMcall _XchgFreePhysReg, <esi, ${keep}, 0>
  cmp eax, 0FFFFFFFFh
  jne done
  VMMcall Fatal_Error_Handler
done:
  pop ebx
  ret`);
  assert.deepEqual(codes(page('ecx').findings), ['PW230']);
  assert.deepEqual(codes(page('ebx').findings), []);
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
  // The message names the free before, and not the line it is on, which the finding stands at.
  assert.equal(findingMessage(f), `_PageFree frees a memory handle that was already freed at line ${bad.line('VMMcall _PageFree') + 1}`);
  const uaf = analyse(`
proc:
  VMMcall _PageFree, <[hBuf], 0>
  VMMcall _PageLock, <[hBuf], 1, 0, 0>
  ret
hBuf dd 0`);
  assert.equal(findingMessage(only(uaf.findings, 'PW222')), `_PageLock uses a memory handle after it was freed at line ${uaf.line('VMMcall _PageFree') + 1}`);
});

test('W7: a handle kept in a table slot at an index the path bounds, read back there, is the handle: freed again PW222, the next slot\'s clean', () => {
  // The word read back was a choice between the handle and the word before, which named no block.
  const source = (read: string) => `
proc:
  mov esi, [pTable]
  cmp ebx, 2
  ja done
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  or eax, eax
  jz done
  mov [esi+ebx*4], eax
  mov edi, eax
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  or eax, eax
  jz done
  mov [esi+ebx*4+4], eax
  VMMcall _PageFree, <edi, 0>
  mov ecx, [${read}]
  VMMcall _PageFree, <ecx, 0>
done:
  ret
pTable dd 0`;
  const bad = analyse(source('esi+ebx*4'));
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line('VMMcall _PageFree, <ecx'));
  assert.equal(findingMessage(f), `_PageFree frees a memory handle that was already freed at line ${bad.line('VMMcall _PageFree, <edi') + 1}`);
  assert.deepEqual(codes(analyse(source('ebx*4+esi+4')).findings), []);
});

test('W7: a handle kept in the slot at EBX, another at EDI (each bounded by its own cmp), the first slot read back and freed: PW222 where EDI != EBX only', () => {
  // The word read back is a choice in a choice, one per index, and the call ran once per value only where an
  // arm was itself a block: the block the first slot keeps where EDI != EBX went unseen.
  const source = (bounds: string, read: string) => `
proc:
  mov esi, [pTable]
  cmp ebx, 1
  ja done
${bounds}
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  or eax, eax
  jz done
  mov [esi+ebx*4], eax
  mov ebp, eax
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  or eax, eax
  jz done
  mov [esi+edi*4], eax
  VMMcall _PageFree, <ebp, 0>
  mov ecx, [${read}]
  VMMcall _PageFree, <ecx, 0>
done:
  ret
pTable dd 0`;
  const own = '  cmp edi, 1\n  ja done';
  const bad = analyse(source(own, 'esi+ebx*4'));
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line('VMMcall _PageFree, <ecx'));
  assert.equal(findingMessage(f), `_PageFree frees a memory handle that was already freed at line ${bad.line('VMMcall _PageFree, <ebp') + 1}`);
  assert.deepEqual(codes(analyse(source('  mov edi, ebx\n  xor edi, 1', 'esi+ebx*4')).findings), ['PW222'], 'the other slot, always');
  assert.deepEqual(codes(analyse(source(own, 'esi+edi*4')).findings), [], 'the slot at EDI holds the live block');
  assert.deepEqual(codes(analyse(source(`${own}\n  cmp edi, ebx\n  jne done`, 'esi+ebx*4')).findings), [], 'one slot, overwritten');
});

test('W7: a handle kept in the slot at EDI and freed, the slot at EBX read back and freed (each bounded by its own cmp): PW222 where EBX = EDI only', () => {
  // The word read back at EBX is a choice per index, the freed block only where EBX = EDI, in a choice nested
  // in the other index's: the call ran once per value only where an arm was itself a block.
  const source = (guard: string) => `
proc:
  mov esi, [pTable]
  cmp ebx, 1
  ja done
  cmp edi, 1
  ja done
${guard}
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  or eax, eax
  jz done
  mov [esi+edi*4], eax
  VMMcall _PageFree, <eax, 0>
  mov ecx, [esi+ebx*4]
  VMMcall _PageFree, <ecx, 0>
done:
  ret
pTable dd 0`;
  const bad = analyse(source('  nop'));
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line('VMMcall _PageFree, <ecx'));
  const at = (name: string): bigint => BigInt(f.witness?.find((w) => w.name === name)?.value ?? -1);
  assert.ok(at('edi') === 0n || at('edi') === 1n);
  assert.equal(at('ebx'), at('edi'), 'the witness reads the slot the block was kept in');
  assert.deepEqual(codes(analyse(source('  cmp edi, ebx\n  je done')).findings), [], 'another slot: a handle from outside');
});

test('W7: a loop that frees the same handle on each pass is PW222 naming the earlier pass, not the same line twice', () => {
  const r = analyse(`
proc:
  mov esi, 2
again:
  VMMcall _PageFree, <[hBuf], 0>
  dec esi
  jnz again
  ret
hBuf dd 0`);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageFree'));
  assert.equal(findingMessage(f), '_PageFree frees a memory handle that was already freed on an earlier pass');
  // The passes' notes at the call are one note, not one per pass.
  assert.deepEqual(f.notes.map((n) => `${n.range.start.line}: ${n.message}`), [`${r.line('VMMcall _PageFree')}: _PageFree returns here`]);
});

test('W7: a helper that frees, called twice, is PW222 naming the first call, with both calls in the notes; called once it is clean', () => {
  const source = (calls: string) => `
proc:
  mov esi, [hBuf]
${calls}
  ret
release:
  VMMcall _PageFree, <esi, 0>
  ret
hBuf dd 0`;
  const r = analyse(source('  call release ; first\n  call release ; second'));
  const f = only(r.findings, 'PW222');
  const free = r.line('VMMcall _PageFree'), first = r.line('; first'), second = r.line('; second');
  assert.equal(f.range.start.line, free);
  // Both frees are the helper's line: the earlier one is told by the call it was on, not as a pass of a loop there is not.
  assert.equal(findingMessage(f), `_PageFree frees a memory handle that was already freed in the call at line ${first + 1}`);
  assert.deepEqual(f.notes.map((n) => `${n.range.start.line}: ${n.message}`), [
    `${first}: release called from here`, `${free}: _PageFree returns here`, `${second}: release called from here`,
  ]);
  assert.deepEqual(codes(analyse(source('  call release')).findings), []);
});

test('W7: a helper called on each pass of a loop names the earlier pass; a free in the caller before the call names its line', () => {
  const loop = analyse(`
proc:
  mov esi, [hBuf]
  mov edi, 2
again:
  call release
  dec edi
  jnz again
  ret
release:
  VMMcall _PageFree, <esi, 0>
  ret
hBuf dd 0`);
  const found = only(loop.findings, 'PW222');
  assert.equal(found.range.start.line, loop.line('VMMcall _PageFree'));
  assert.equal(findingMessage(found), '_PageFree frees a memory handle that was already freed on an earlier pass');
  const before = analyse(`
proc:
  mov esi, [hBuf]
  VMMcall _PageFree, <esi, 0> ; caller
  call release
  ret
release:
  VMMcall _PageFree, <esi, 0> ; helper
  ret
hBuf dd 0`);
  const f = only(before.findings, 'PW222');
  assert.equal(findingMessage(f), `_PageFree frees a memory handle that was already freed at line ${before.line('; caller') + 1}`);
  assert.equal(f.notes.at(-1)?.message, 'release called from here');
});

test('W7: memory of a block a helper freed is PW222 naming the call that freed it', () => {
  const r = analyse(`
proc:
  push esi
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  test eax, eax
  jz done
  mov esi, edx
  call release
  mov dword ptr [esi+4], 0
done:
  pop esi
  ret
release:
  VMMcall _PageFree, <eax, 0>
  ret`, { version: 'W31' });
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('mov dword ptr [esi+4]'));
  assert.equal(findingMessage(f), `ESI is dereferenced here, but it points into a block freed in the call at line ${r.line('call release') + 1}`);
  assert.ok(f.notes.some((n) => n.range.start.line === r.line('call release') && n.message === 'release called from here'), JSON.stringify(f.notes));
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

test('W8 by linear page number: _LinPageUnLock of a block allocated unlocked is PW222; of a PageLocked block it is clean', () => {
  const source = (flags: string) => `
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, ${flags}>
  test eax, eax
  jz fail
  mov esi, eax
  mov ebx, edx
  shr ebx, 12
  VMMcall _LinPageUnLock, <ebx, 4, 0>
  VMMcall _PageFree, <esi, 0>
fail:
  ret`;
  const bad = analyse(source('0'));
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line('VMMcall _LinPageUnLock'));
  assert.match(f.message, /_LinPageUnLock unlocks a linear page that is not locked/);
  assert.deepEqual(codes(analyse(source('PageLocked')).findings), []);
  // Locked only where the pager goes through DOS or the BIOS: the unlock may undo it.
  assert.deepEqual(codes(analyse(source('PageLockedIfDP')).findings), []);
});

test('W8 after _PageCommit: PC_LOCKED pages are locked once, so one _LinPageUnLock is clean and a second is PW222; unlocked pages are PW222', () => {
  const source = (flags: string, unlocks = 1) => `
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  cmp eax, -1
  je fail
  mov esi, eax
  mov edi, eax
  shr edi, 12
  VMMcall _PageCommit, <edi, 4, PD_ZEROINIT, 0, ${flags}>
  test eax, eax
  jz free
${'  VMMcall _LinPageUnLock, <edi, 4, 0>\n'.repeat(unlocks)}free:
  VMMcall _PageFree, <esi, 0>
fail:
  ret`;
  assert.deepEqual(codes(analyse(source('PC_LOCKED+PC_WRITEABLE')).findings), []);
  const twice = analyse(source('PC_LOCKED+PC_WRITEABLE', 2));
  assert.match(only(twice.findings, 'PW222').message, /_LinPageUnLock unlocks a linear page that is not locked/);
  const unlocked = analyse(source('PC_WRITEABLE'));
  assert.equal(only(unlocked.findings, 'PW222').range.start.line, unlocked.line('VMMcall _LinPageUnLock'));
  // Fixed pages are never unlocked, and PC_LOCKEDIFDP locks only under some pagers: what an unlock does is not known.
  assert.deepEqual(codes(analyse(source('PC_FIXED+PC_WRITEABLE', 2)).findings), []);
  assert.deepEqual(codes(analyse(source('PC_LOCKEDIFDP+PC_WRITEABLE')).findings), []);
});

test('W8 after _PageReAllocate: a PageLocked block may be unlocked by its handle; one reallocated without it is not locked', () => {
  const source = (flags: string) => `
proc:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  test eax, eax
  jz fail
  mov esi, eax
  VMMcall _PageReAllocate, <esi, 8, ${flags}>
  test eax, eax
  jz old
  mov esi, eax
old:
  VMMcall _PageUnLock, <esi, 2, 0, 0>
  VMMcall _PageFree, <esi, 0>
fail:
  ret`;
  assert.deepEqual(codes(analyse(source('PageLocked')).findings), []);
  const unlocked = analyse(source('0'));
  const f = only(unlocked.findings, 'PW222');
  assert.equal(f.range.start.line, unlocked.line('VMMcall _PageUnLock'));
  assert.ok(f.notes.some((n) => n.message === 'assuming _PageReAllocate\'s result (EAX) != 0'), 'on the path where the reallocation succeeded');
});

test('W8: a page _LinPageLock locked may be unlocked by the block\'s handle', () => {
  const r = analyse(`
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  mov esi, eax
  mov ebx, edx
  shr ebx, 12
  VMMcall _LinPageLock, <ebx, 4, 0>
  test eax, eax
  jz unlocked
  VMMcall _PageUnLock, <esi, 4, 0, 0>
unlocked:
  VMMcall _PageFree, <esi, 0>
fail:
  ret`);
  assert.deepEqual(codes(r.findings), []);
});

// A clean-up shared by an init's failure path and System_Exit undoes only what its own flag word says was done.
const flaggedCleanUp = (setFlag: string) => `
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  mov [hBuf], eax
  shr edx, 12
  mov [bufPage], edx
${setFlag}
  VMMcall _LinPageLock, <edx, 4, 0>
  test eax, eax
  jz undo
  mov dword ptr [locked], 1
  ret
undo:
  call cleanUp
fail:
  ret
cleanUp:
  cmp dword ptr [locked], 0
  je free
  VMMcall _LinPageUnLock, <[bufPage], 4, 0> ; unlock
  mov dword ptr [locked], 0
free:
  VMMcall _PageFree, <[hBuf], 0>
  ret
.data
hBuf dd 0
bufPage dd 0
locked dd 0`;

test('W8: an unlock only a flag word the path never wrote leads to, after the lock failed, is no PW222; the flag set on the path is', () => {
  assert.deepEqual(codes(analyse(flaggedCleanUp('')).findings), []);
  const bad = analyse(flaggedCleanUp('  mov dword ptr [locked], 1'));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; unlock'));
});

test('W7: a free only a flag word the path never wrote leads to, after the block was freed, is no PW222; the flag set on the path is', () => {
  const source = (setFlag: string) => `
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  mov [hBuf], eax
${setFlag}
  VMMcall _PageFree, <[hBuf], 0> ; caller
  call cleanUp
fail:
  ret
cleanUp:
  cmp dword ptr [valid], 0
  je done
  VMMcall _PageFree, <[hBuf], 0> ; helper
  mov dword ptr [valid], 0
done:
  ret
.data
hBuf dd 0
valid dd 0`;
  assert.deepEqual(codes(analyse(source('')).findings), []);
  const bad = analyse(source('  mov dword ptr [valid], 1'));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; helper'));
});

test('W7/W8: a flag word tested before the block last changed does not excuse the misuse after it', () => {
  // The flag chose the first free (or unlock), and the second follows whichever way it went.
  const twice = (first: string, second: string, flags = '0') => analyse(`
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, ${flags}>
  test eax, eax
  jz done
  mov esi, eax
  shr edx, 12
  mov edi, edx
  cmp dword ptr [mode], 0
  je skip
  ${first}
skip:
  ${second} ; second
done:
  ret
.data
mode dd 0`);
  const free = twice('VMMcall _PageFree, <esi, 0>', 'VMMcall _PageFree, <esi, 0>');
  assert.equal(only(free.findings, 'PW222').range.start.line, free.line('; second'));
  const unlock = twice('VMMcall _LinPageUnLock, <edi, 1, 0>', 'VMMcall _LinPageUnLock, <edi, 1, 0>', 'PageLocked');
  assert.equal(only(unlock.findings, 'PW222').range.start.line, unlock.line('; second'));
  // The whole story behind the flag: the block is allocated and freed twice on the paths where it is set.
  const gated = analyse(`
proc:
  cmp dword ptr [mode], 0
  je done
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  mov esi, eax
  VMMcall _PageFree, <esi, 0>
  VMMcall _PageFree, <esi, 0> ; second
done:
  ret
.data
mode dd 0`);
  assert.equal(only(gated.findings, 'PW222').range.start.line, gated.line('; second'));
});

test('W8 by linear page number: a second unlock only a flag word leads to, after the first, is no PW222', () => {
  const source = (test: string) => `
proc:
  VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  shr edx, 12
  mov edi, edx
  VMMcall _LinPageLock, <edi, 1, 0>
  test eax, eax
  jz done
  VMMcall _LinPageUnLock, <edi, 1, 0>
${test}
  VMMcall _LinPageUnLock, <edi, 1, 0> ; second
done:
  ret
.data
locked dd 0`;
  assert.deepEqual(codes(analyse(source('  cmp dword ptr [locked], 0\n  je done')).findings), []);
  const bad = analyse(source(''));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; second'));
});

test('W8 by linear page number, of a page no block lies in: a second unlock only a flag word leads to is no PW222; the page number\'s own word excuses nothing', () => {
  const source = (test: string) => `
proc:
  mov edi, [romPage]
  VMMcall _LinPageLock, <edi, 1, 0>
  test eax, eax
  jz done
  VMMcall _LinPageUnLock, <edi, 1, 0> ; first
${test}
  VMMcall _LinPageUnLock, <edi, 1, 0> ; second
done:
  ret
.data
romPage dd 0
locked dd 0`;
  assert.deepEqual(codes(analyse(source('  cmp dword ptr [locked], 0\n  je done')).findings), []);
  for (const test of ['', '  cmp dword ptr [romPage], 0\n  je done']) {
    const bad = analyse(source(test));
    assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; second'));
  }
  // Tested before the first unlock, the flag chose both unlocks: the second follows the first either way.
  const before = analyse(source('').replace('  VMMcall _LinPageUnLock, <edi, 1, 0> ; first', '  cmp dword ptr [locked], 0\n  je done\n  VMMcall _LinPageUnLock, <edi, 1, 0> ; first'));
  assert.equal(only(before.findings, 'PW222').range.start.line, before.line('; second'));
});

test('W7: memory of a freed block addressed is PW222 at the first access; reading it before the free is clean', () => {
  const source = (first: string, second: string) => `
proc:
  push esi
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  test eax, eax
  jz done
  mov esi, edx
  ${first}
  ${second}
done:
  pop esi
  ret`;
  const free = 'VMMcall _PageFree, <eax, 0>';
  const store = 'mov dword ptr [esi+4], 0';
  const bad = analyse(source(free, store), { version: 'W31' });
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line(store));
  assert.match(findingMessage(f), new RegExp(`^ESI is dereferenced here, but it points into a block freed at line ${bad.line(free) + 1}$`));
  assert.deepEqual(codes(analyse(source(store, free), { version: 'W31' }).findings), []);
});

test('W7: memory of a freed block written only where a flag word the path never wrote leads is no PW222; the flag set on the path is', () => {
  const source = (setFlag: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  mov [hBuf], eax
  mov [bufLin], edx
${setFlag}
  VMMcall _PageFree, <[hBuf], 0>
  call cleanUp
fail:
  ret
cleanUp:
  cmp dword ptr [valid], 0
  je done
  mov esi, [bufLin]
  mov dword ptr [esi], 0 ; helper
  mov dword ptr [valid], 0
done:
  ret
.data
hBuf dd 0
bufLin dd 0
valid dd 0`;
  assert.deepEqual(codes(analyse(source('')).findings), []);
  const bad = analyse(source('  mov dword ptr [valid], 1'));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; helper'));
});

test('W7: an access after free only a flag word leads to leaves the next access, which nothing excuses, the finding; one finding either way', () => {
  const source = (afterFree: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  mov esi, edx
  VMMcall _PageFree, <eax, 0>
${afterFree}
  cmp dword ptr [valid], 0
  je skip
  mov dword ptr [esi], 0 ; flagged
skip:
  mov dword ptr [esi+4], 0 ; always
done:
  ret
.data
valid dd 0`;
  const bad = analyse(source(''));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; always'));
  const set = analyse(source('  mov dword ptr [valid], 1'));
  assert.equal(only(set.findings, 'PW222').range.start.line, set.line('; flagged'));
});

test('W7: a heap block read after _HeapFree where the word its address was read from is tested is PW222 still', () => {
  const bad = analyse(`
proc:
  mov esi, [head]
  VMMcall _HeapFree, <esi, 0>
  cmp dword ptr [head], 0
  je done
  mov eax, [esi] ; read
done:
  ret
.data
head dd 0`);
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('; read'));
});

test('W7: a heap block read after _HeapFree is PW222; its next pointer read before is clean', () => {
  const source = (body: string) => `
proc:
  push esi
  push edi
  mov esi, [head]
  ${body}
  mov [head], edi
  pop edi
  pop esi
  ret
head dd 0`;
  const bad = analyse(source(`VMMcall _HeapFree, <esi, 0>
  mov edi, [esi]`));
  assert.equal(only(bad.findings, 'PW222').range.start.line, bad.line('mov edi, [esi]'));
  assert.deepEqual(codes(analyse(source(`mov edi, [esi]
  VMMcall _HeapFree, <esi, 0>`)).findings), []);
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
  assert.equal(unknownBit.message, 'Reserved bits 100000h are set in flags of _PageAllocate');
  // MASM reads a number that starts with a letter as a name: the hex in a message starts with a digit.
  assert.equal(only(analyse(call.replace('PageMapFreePhysReg', '0C00000h'), { version: 'W95' }).findings, 'PW202').message, 'Reserved bits 0C00000h are set in flags of _PageAllocate');
});

test('spec A.4.15 on 3.1: a free physical region is made of PG_SYS pages during initialisation, else PW202', () => {
  const call = (pType: string, phase: VmmAnalysisOptions['phase']) => analyse(`
proc:
  VMMcall _PageAllocate, <8, ${pType}, 0, 0, 0, 0, 0, PageMapFreePhysReg>
  ret`, { version: 'W31', phase }).findings.filter((f) => f.code === 'PW202').map((f) => f.message);
  assert.deepEqual(call('PG_VM', 'device-init'), ['PageMapFreePhysReg needs pType PG_SYS']);
  assert.deepEqual(call('PG_SYS', 'running'), ['PageMapFreePhysReg is only allowed during initialisation']);
  assert.deepEqual(call('PG_SYS', 'device-init'), []);
  assert.deepEqual(call('PG_SYS', 'init-complete'), []);
});

test('PageUseAlign given _PageReAllocate, which does not take it, is one PW202 (a reserved bit), not also "needs PageFixed"; given _PageAllocate it is both its own rules and reserved bits\' findings', () => {
  const realloc = (flags: string) => analyse(`
proc:
  VMMcall _PageReAllocate, <esi, 4, ${flags}>
  ret`, { version: 'W95' }).findings.filter((f) => f.code === 'PW202').map((f) => f.message);
  assert.deepEqual(realloc('PageZeroInit+PageUseAlign'), ['Reserved bits 2 are set in flags of _PageReAllocate']);
  assert.deepEqual(realloc('PageContig'), ['Reserved bits 4 are set in flags of _PageReAllocate']);
  assert.deepEqual(realloc('PageZeroInit+PageLocked'), []);
  // A DEBUG build's PageDEBUGNulFault in place of PageFixed: a bit _PageAllocate does not take, and PageUseAlign without PageFixed.
  const alloc = analyse(`
proc:
  VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, PageUseAlign+PageContig+PageDEBUGNulFault>
  ret`, { version: 'W95', phase: 'device-init' }).findings.filter((f) => f.code === 'PW202').map((f) => f.message);
  assert.deepEqual(alloc, ['Reserved bits 10h are set in flags of _PageAllocate', 'PageUseAlign needs PageFixed']);
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

test('a VM handle from Get_Cur_VM_Handle, Get_Sys_VM_Handle or Get_Next_VM_Handle is never 0: PG_SYS with it is PW201; a handle that may be 0 is not', () => {
  for (const service of ['Get_Cur_VM_Handle', 'Get_Sys_VM_Handle', 'Get_Next_VM_Handle']) {
    const bad = analyse(`
proc:
  VMMcall ${service}
  VMMcall _PageAllocate, <4, PG_SYS, ebx, 0, 0, 0, 0, 0>
  ret`);
    assert.match(only(bad.findings, 'PW201').message, /VM of _PageAllocate must be 0 with pType = PG_SYS/, service);
  }
  const unknown = analyse(`
proc:
  mov ebx, [hVM]
  VMMcall _PageAllocate, <4, PG_SYS, ebx, 0, 0, 0, 0, 0>
  ret
hVM dd 0`);
  assert.deepEqual(codes(unknown.findings).filter((c) => c === 'PW201'), []);
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
  assert.match(findingMessage(f), /page-table copy, which is undefined when _CopyPageTable \(line 3\) fails/);
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

test('W1: _XchgFreePhysReg tested for 0 only lets 0FFFFFFFFh through (PW210); cmp eax,-1 is clean and 0 is not a failure', () => {
  const source = (check: string) => `
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  ${check}
  je fail
  mov [page], eax
fail:
  ret
page dd 0`;
  const bad = analyse(source('test eax, eax'), { version: 'W31' });
  assert.equal(only(bad.findings, 'PW210').range.start.line, bad.line('mov [page], eax'));
  assert.deepEqual(codes(analyse(source('cmp eax, -1'), { version: 'W31' }).findings), []);
});

test('PW210 names the role of the argument a failure value reaches in words: a page number, a physical address', () => {
  const page = analyse(`
proc:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  VMMcall _PageCommit, <eax, 4, PD_ZEROINIT, 0, 0>
  ret`);
  assert.match(only(page.findings, 'PW210').message, /^Argument page of _PageCommit is passed as a page number here, but _PageReserve/);
  const physical = analyse(`
proc:
  VMMcall _XchgFreePhysReg, <esi, 0, 0>
  test eax, eax
  jz fail
  VMMcall _XchgFreePhysReg, <esi, eax, 0>
fail:
  ret`, { version: 'W31' });
  assert.match(only(physical.findings, 'PW210').message, /^Argument PhysAddr of _XchgFreePhysReg is passed as a physical address here/);
});

test('W2: a linear address as the page number of _PageDecommit, _LinPageLock/UnLock, _CopyPageTable, _MapFreePhysReg or _PageCommitPhys is PW240; SHR 12 first is clean', () => {
  for (const call of ['_PageDecommit, <eax, 1, 0>', '_LinPageLock, <eax, 1, 0>', '_LinPageUnLock, <eax, 1, 0>', '_CopyPageTable, <eax, 1, OFFSET32 buf, 0>', '_MapFreePhysReg, <eax, 1, 0>', '_PageCommitPhys, <eax, 1, 0A0h, 0>']) {
    const source = (shift: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageFixed>
  test eax, eax
  jz fail
  mov [hBuf], eax
  ${shift}
  VMMcall ${call}
fail:
  ret
.data
buf dd 0
hBuf dd 0`;
    const bad = analyse(source('nop'));
    assert.equal(only(bad.findings, 'PW240').range.start.line, bad.line(`VMMcall ${call.split(',')[0] ?? ''}`), call);
    assert.deepEqual(codes(analyse(source('shr eax, 12')).findings).filter((c) => c === 'PW240'), [], call);
  }
});

test('W2: a constant above 0FFFFFh given as a page number is PW240 even without a service behind it', () => {
  const call = (page: string) => analyse(`
proc:
  VMMcall _PageDecommit, <${page}, 1, 0>
  ret`);
  assert.match(only(call('0C0001000h').findings, 'PW240').message, /above 0FFFFFh/);
  assert.deepEqual(codes(call('0C0001h').findings), []);
});

test('W2: _PageAllocate\'s maxPhys, a bound pages stay below, may be 100000h (4 GB) with PageUseAlign; 100001h is PW240', () => {
  const call = (maxPhys: string) => analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, ${maxPhys}, 0, PageFixed + PageUseAlign>
  ret`);
  assert.deepEqual(codes(call('100000h').findings), []);
  assert.match(only(call('100001h').findings, 'PW240').message, /maxPhys of _PageAllocate .* above 100000h/);
});

test('W2 reverse: _PageFree given the block\'s page number instead of its address is PW240 (W95); the address is clean', () => {
  const source = (shift: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  ${shift}
  VMMcall _PageFree, <eax, 0>
fail:
  ret`;
  const bad = analyse(source('shr eax, 12'));
  assert.match(only(bad.findings, 'PW240').message, /hMem of _PageFree wants the block's address/);
  assert.deepEqual(codes(analyse(source('nop')).findings), []);
});

test('W4: a hand-written _PageAllocate link with its eight pushes cleaned up is clean; with add esp too small it is PW231', () => {
  const source = (cleanUp: string) => `
proc:
  push 0
  push 0
  push 0
  push 0
  push 0
  push 0
  push PG_SYS
  push 1
  int 20h
  dd 00010053h
  ${cleanUp}
  ret`;
  assert.deepEqual(codes(analyse(source('add esp, 32')).findings), []);
  assert.match(only(analyse(source('add esp, 28')).findings, 'PW231').message, /4 bytes below/);
});

test('W4/PW250: the arities the spec names: 8 for _PageAllocate, 3 for _PageReserve, 5 for _PageCommit', () => {
  for (const [call, message] of [
    ['_PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0>', /takes 8 arguments; 7 given/],
    ['_PageReserve, <PR_SYSTEM, 4, 0, 0>', /takes 3 arguments; 4 given/],
    ['_PageCommit, <esi, 4, PD_ZEROINIT, 0>', /takes 5 arguments; 4 given/],
  ] as const) {
    const bad = analyse(`
proc:
  VMMcall ${call}
  ret`);
    assert.match(only(bad.findings, 'PW250').message, message);
  }
});

test('W5: every flags argument the spec calls 0-only is PW201 when provably non-zero and clean when 0', () => {
  const calls = [
    '_PageGetSizeAddr, <esi, F>', '_GetFreePageCount, <F>', '_CopyPageTable, <0A0h, 1, edi, F>', '_PhysIntoV86, <0A0h, ebx, 0A0h, 1, F>',
    '_MapPhysToLinear, <0A0000h, 1000h, F>', '_ModifyPageBits, <ebx, 0A0h, 1, 0FFFFFFFFh, 0, PG_IGNORE, F>', '_UnmapFreePhysReg, <500h, 1, F>',
    '_XchgFreePhysReg, <500h, 0, F>', '_SetFreePhysRegCalBk, <OFFSET32 proc, F>', '_AddFreePhysPage, <200h, 1, F>',
    '_PageResetHandlePAddr, <esi, 0, 1, 200h, F>', '_PageFree, <esi, F>',
  ];
  for (const call of calls) {
    const name = call.split(',')[0] ?? '';
    const run = (flags: string) => analyse(`
proc:
  VMMcall ${call.replace('F>', `${flags}>`)}
  ret`, { version: 'W31', phase: 'device-init' });
    const f = only(run('1').findings, 'PW201');
    assert.match(f.message, new RegExp(`flags of ${name} must be 0`), name);
    assert.deepEqual(f.fix, { kind: 'zero-argument', service: name, param: 'flags' }, name);
    assert.deepEqual(codes(run('0').findings).filter((c) => c === 'PW201'), [], name);
  }
});

test('W5: a free-physical-region allocation wants VM, AlignMask, minPhys, maxPhys and PhysAddr 0 (PW201); all 0 is clean', () => {
  const args = ['0', '0', '0', '0', '0'];
  const names = ['VM', 'AlignMask', 'minPhys', 'maxPhys', 'PhysAddr'];
  const run = (list: readonly string[]) => analyse(`
proc:
  VMMcall _PageAllocate, <8, PG_SYS, ${list.join(', ')}, PageMapFreePhysReg>
  ret`, { version: 'W31', phase: 'device-init' });
  names.forEach((name, i) => {
    const list = args.map((a, j) => (j === i ? '1' : a));
    // VM is also 0-only with PG_SYS, the pType a region needs: one finding, either rule's message.
    assert.match(only(run(list).findings, 'PW201').message, new RegExp(`${name} of _PageAllocate must be 0 with (PageMapFreePhysReg|pType = PG_SYS)`), name);
  });
  assert.deepEqual(codes(run(args).findings), []);
});

test('W6: PageLockedIfDP before Init_Complete, PageUseAlign after initialisation on 3.1, an AlignMask or pType outside its set are PW202', () => {
  const call = (args: string, options: VmmAnalysisOptions) => analyse(`
proc:
  VMMcall _PageAllocate, <${args}>
  ret`, options).findings;
  assert.match(only(call('1, PG_SYS, 0, 0, 0, 0, 0, PageLockedIfDP', { phase: 'device-init' }), 'PW202').message, /before Init_Complete/);
  assert.deepEqual(codes(call('1, PG_SYS, 0, 0, 0, 0, 0, PageLockedIfDP', { phase: 'running' })), []);
  assert.match(only(call('1, PG_SYS, 0, 0, 0, 0, 0, PageUseAlign+PageFixed', { version: 'W31', phase: 'running' }), 'PW202').message, /only allowed during initialisation/);
  assert.deepEqual(codes(call('1, PG_SYS, 0, 0, 0, 0, 0, PageUseAlign+PageFixed', { version: 'W31', phase: 'device-init' })), []);
  assert.deepEqual(codes(call('1, PG_SYS, 0, 0, 0, 0, 0, PageUseAlign+PageFixed', { version: 'W95', phase: 'running' })), [], 'W95 does not repeat the rule');
  assert.equal(only(call('1, PG_SYS, 0, 2, 0, 0, 0, PageUseAlign+PageFixed', {}), 'PW202').message, 'AlignMask of _PageAllocate is 2; it must be one of 0, 1, 3, 7, 0Fh, 1Fh');
  assert.match(only(call('1, PG_SYS, 0, 0Eh, 0, 0, 0, PageUseAlign+PageFixed', {}), 'PW202').message, /^AlignMask of _PageAllocate is 0Eh;/);
  assert.deepEqual(codes(call('1, PG_SYS, 0, 1Fh, 0, 0, 0, PageUseAlign+PageFixed', {})), []);
  assert.equal(only(call('1, PG_INSTANCE, 0, 0, 0, 0, 0, 0', {}), 'PW202').message, 'pType of _PageAllocate is PG_INSTANCE; it must be one of PG_VM, PG_SYS, PG_HOOKED');
  assert.deepEqual(codes(call('1, PG_HOOKED, ebx, 0, 0, 0, 0, 0', {})), []);
});

test('W6: PageLockedIfDP before Init_Complete is PW202 for _PageReAllocate and _PageLock too', () => {
  for (const call of ['_PageReAllocate, <esi, 2, PageLockedIfDP>', '_PageLock, <esi, 1, 0, PageLockedIfDP>', '_LinPageLock, <0C1h, 1, PageLockedIfDP>']) {
    const run = (phase: VmmAnalysisOptions['phase']) => analyse(`
proc:
  VMMcall ${call}
  ret`, { phase }).findings;
    assert.match(only(run('device-init'), 'PW202').message, /before Init_Complete/, call);
    assert.deepEqual(codes(run('running')), [], call);
  }
});

test('W6: PageLocked with PageLockedIfDP is PW202 for _PageAllocate only: spec A.4.2 takes both for _PageReAllocate', () => {
  const run = (call: string) => analyse(`
proc:
  VMMcall ${call}
  ret`, { phase: 'running' }).findings;
  assert.equal(only(run('_PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked+PageLockedIfDP>'), 'PW202').message, 'PageLocked and PageLockedIfDP exclude each other');
  assert.deepEqual(codes(run('_PageReAllocate, <esi, 2, PageLocked+PageLockedIfDP>')), []);
  assert.deepEqual(codes(run('_PageReAllocate, <esi, 2, PageLocked>')), []);
});

test('W7: a new block whose only copy is overwritten before it is freed or stored is PW221; storing it is clean', () => {
  const source = (keep: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  ${keep}
  xor eax, eax
  xor edx, edx
fail:
  ret
hBuf dd 0`;
  const bad = analyse(source('nop'));
  const f = only(bad.findings, 'PW221');
  assert.equal(f.range.start.line, bad.line('xor edx, edx'), 'W95: EDX holds a copy of the address, which is the handle');
  assert.match(f.message, /_PageAllocate/);
  assert.deepEqual(codes(analyse(source('mov [hBuf], eax')).findings), []);
});

test('W7: the notes of a PW221 end at the step that lost the handle: later branches and calls on the way to the return are not part of it', () => {
  const bad = analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  xor eax, eax
  xor edx, edx
  VMMcall _PageReserve, <PR_SYSTEM, 1, 0>
  cmp eax, -1
  je fail
  mov [hBuf], eax
fail:
  ret
hBuf dd 0`);
  const f = only(bad.findings, 'PW221');
  assert.equal(f.range.start.line, bad.line('xor edx, edx'));
  const lines = f.notes?.map((n) => n.range.start.line) ?? [];
  assert.ok(lines.includes(bad.line('_PageAllocate')), 'the allocation and its test are the path to the loss');
  assert.ok(lines.every((l) => l <= bad.line('xor edx, edx')), `notes at lines ${lines.join(', ')}`);
});

test('W7: a handle passed to a call the model cannot follow may be kept there: no PW221 when its last copy here goes', () => {
  const source = (between: string) => `
proc:
  VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  push eax
  ${between}
  xor eax, eax
  xor edx, edx
  add esp, 4
fail:
  ret`;
  // Without a call, the stack slot is the last copy, and releasing it loses the block.
  const bad = analyse(source('nop'));
  assert.equal(only(bad.findings, 'PW221').range.start.line, bad.line('add esp, 4'));
  // A procedure in another file, a service the catalogue does not know, a procedure past the inline depth.
  assert.deepEqual(codes(analyse(source('call Keep_Buffer')).findings), []);
  assert.deepEqual(codes(analyse(source('VxDcall VDD_Keep_Buffer')).findings), []);
  assert.deepEqual(codes(analyse(`${source('call keep')}
keep:
  ret`, { budget: { inlineDepth: 0 } }).findings), []);
  // A value lost before the call stays lost.
  const early = analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, 0>
  test eax, eax
  jz fail
  xor eax, eax
  xor edx, edx
  call Keep_Buffer
fail:
  ret`);
  assert.equal(only(early.findings, 'PW221').range.start.line, early.line('xor edx, edx'));
});

test('W7: PW221 says whether the step overwrote the last copy or released the stack slot holding it', () => {
  // The handle went onto the stack as _PageLock's argument, a slot released before `pop esi` overwrites ESI.
  const register = analyse(`
proc:
  push esi
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  mov esi, eax
  VMMcall _PageLock, <esi, 1, 0, 0>
done:
  pop esi
  ret`);
  const overwritten = only(register.findings, 'PW221');
  assert.equal(overwritten.range.start.line, register.line('pop esi'));
  assert.match(overwritten.message, /the last copy is overwritten here$/);
  // The handle's last copy is a stack slot, which `drop` takes off the stack.
  const slot = (drop: string) => analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  push eax
  xor eax, eax
  xor edx, edx
  ${drop}
done:
  ret`);
  assert.match(only(slot('pop ecx\n  xor ecx, ecx').findings, 'PW221').message, /the last copy is overwritten here$/, 'pop copies the slot into ECX');
  assert.match(only(slot('add esp, 4').findings, 'PW221').message, /the stack slot holding the last copy is released here$/);
});

test('W7: a handle lost where the handle itself went, values made from it dropped later: PW221 at the step where it went, however it went', () => {
  // EAX (and EDX) hold the handle itself, then the pushed slot alone does; ECX holds a value made from it until the end.
  const lost = (drop: string) => analyse(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done
  push eax
  xor edx, edx
  lea ecx, [eax+4]
  xor eax, eax ; in the slot
  ${drop} ; itself gone
  xor ecx, ecx
done:
  ret`);
  const released = lost('add esp, 4');
  const f = only(released.findings, 'PW221');
  assert.equal(f.range.start.line, released.line('; itself gone'));
  assert.match(f.message, /the stack slot holding the last copy is released here$/);
  const overwritten = lost('mov dword ptr [esp], 0');
  assert.equal(only(overwritten.findings, 'PW221').range.start.line, overwritten.line('; itself gone'));
  assert.match(only(overwritten.findings, 'PW221').message, /the last copy is overwritten here$/);
  // Kept in a register to the end, the handle itself is not lost when the slot and the value made from it go.
  assert.deepEqual(codes(lost('add esp, 4\n  mov eax, [esp-4]').findings), []);
});

test('W7: after a successful _PageReAllocate the old handle is dead: freeing it is PW222 on the success path only', () => {
  const bad = analyse(`
proc:
  VMMcall _PageReAllocate, <esi, 32, 0>
  test eax, eax
  jz keep_old
  mov [hBuf], eax
  VMMcall _PageFree, <esi, 0>
keep_old:
  ret
hBuf dd 0`);
  const f = only(bad.findings, 'PW222');
  assert.equal(f.range.start.line, bad.line('VMMcall _PageFree'));
  assert.equal(findingMessage(f), '_PageFree uses a memory handle that _PageReAllocate at line 3 replaced');
  // The message names the line of the call that replaced it; it is kept apart from its text, to move with the code.
  assert.deepEqual(f.lines, [{ line: 2 }]);
  assert.doesNotMatch(f.message, /line \d/);
});

/**
 * Grows the block of `_PageAllocate` in place or not: `compare` tells the two apart and falls through on the path where
 * `_PageReAllocate` returned the old handle (ESI) to `same`; `moved` is the other path's code.
 */
function grow(compare: string, same: string, moved = '  mov [hBuf], eax\n  pop esi\n  ret'): string {
  return `
proc:
  push esi
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>
  test eax, eax
  jz fail
  mov esi, eax
  mov [hBuf], eax
  VMMcall _PageReAllocate, <esi, 4, PageZeroInit>
  test eax, eax
  jz fail
${compare}
${same}
moved:
${moved}
fail:
  pop esi
  ret
hBuf dd 0`;
}

test('W7: where the code found _PageReAllocate to return the handle it was given, the old handle and address name the new block', () => {
  const use = '  mov dword ptr [esi], 1\n  VMMcall _PageFree, <esi, 0>\n  pop esi\n  ret';
  for (const version of ['W95', 'W31'] as const) {
    for (const compare of ['  cmp eax, esi\n  jne moved', '  cmp esi, eax\n  jne moved', '  mov ecx, eax\n  xor ecx, esi\n  jnz moved', '  sub eax, esi\n  jnz moved']) {
      assert.deepEqual(codes(analyse(grow(compare, use), { version }).findings), [], `${version}: ${compare}`);
    }
    // Both copies of the one handle are gone only when both are: the old one kept in ESI and in hBuf still holds it.
    assert.deepEqual(codes(analyse(grow('  cmp eax, esi\n  jne moved', '  xor eax, eax\n  pop esi\n  ret'), { version }).findings), [], version);
  }
  // Without the comparison, or on the path where the handles differ, the old handle is dead as before: its write and its
  // free are one misuse of the replaced block, the free a note of the write's PW222.
  const dead = analyse(grow('', use)).findings;
  assert.deepEqual(codes(dead), ['PW221', 'PW222']);
  assert.match(only(dead, 'PW222').notes.at(-1)?.message ?? '', /^and again here: _PageFree uses a memory handle that _PageReAllocate at line 9 replaced/);
  const moved = analyse(grow('  cmp eax, esi\n  je same', '  mov dword ptr [esi], 1\n  pop esi\n  ret', '  jmp moved\nsame:\n  pop esi\n  ret'));
  assert.match(findingMessage(only(moved.findings, 'PW222')), /^ESI is dereferenced here, but it points into a block replaced by _PageReAllocate at line 9/);
  // On the path where they are equal, the two handles are one block's: freed through one, it is freed through the other.
  const twice = analyse(grow('  cmp eax, esi\n  jne moved', '  VMMcall _PageFree, <eax, 0>\n  VMMcall _PageFree, <esi, 0>\n  pop esi\n  ret'));
  assert.match(findingMessage(only(twice.findings, 'PW222')), /^_PageFree frees a memory handle that was already freed at line 14/);
  const freed = analyse(grow('  cmp eax, esi\n  jne moved', '  VMMcall _PageFree, <eax, 0>\n  mov dword ptr [esi], 1\n  pop esi\n  ret'));
  assert.match(findingMessage(only(freed.findings, 'PW222')), /^ESI is dereferenced here, but it points into a block freed at line 14/);
});

test('W7: a heap block _HeapReAllocate returned at the address it had is the new block on the path that found it so', () => {
  const heap = (compare: string) => analyse(`
proc:
  VMMcall _HeapAllocate, <32, 0>
  test eax, eax
  jz fail
  mov esi, eax
  VMMcall _HeapReAllocate, <esi, 16, 0>
  test eax, eax
  jz fail
${compare}
  mov dword ptr [esi], 1
  VMMcall _HeapFree, <esi, 0>
fail:
  ret`);
  assert.deepEqual(codes(heap('  cmp eax, esi\n  jne fail').findings), []);
  // The write through the replaced block and its free are one misuse of it.
  assert.deepEqual(codes(heap('').findings), ['PW222']);
});

test('W8: _LinPageLock with PageMapGlobal and PageLockedIfDP is PW202; PageMapGlobal alone is clean (W95), a warning on 3.1', () => {
  const call = (flags: string, version: VmmAnalysisOptions['version'] = 'W95') => analyse(`
proc:
  VMMcall _LinPageLock, <0C1h, 1, ${flags}>
  ret`, { version }).findings;
  assert.match(only(call('PageMapGlobal+PageLockedIfDP'), 'PW202').message, /PageMapGlobal may not be combined with PageLockedIfDP/);
  assert.deepEqual(codes(call('PageMapGlobal')), []);
  assert.equal(only(call('PageMapGlobal', 'W31'), 'PW202').severity, 'warning');
});

test('W9: PD_FIXED without PC_FIXED is PW202 as PD_FIXEDZERO is; a registered pager may take pagerdata', () => {
  const commit = (args: string) => analyse(`
proc:
  VMMcall _PageCommit, <esi, 4, ${args}>
  ret`).findings;
  assert.match(only(commit('PD_FIXED, 0, PC_LOCKED'), 'PW202').message, /need PC_FIXED/);
  assert.deepEqual(codes(commit('PD_FIXED, 0, PC_FIXED')), []);
  assert.deepEqual(codes(commit('edi, 5, 0')), [], 'pagerdata for a pager handle the model does not know');
});

test('W11: masks touching bits outside 07h and setting P_PRES are PW202; the spec\'s corrected ROM sequence is clean', () => {
  const call = (args: string) => analyse(`
proc:
  VMMcall _ModifyPageBits, <ebx, 0C0h, 16, ${args}, 0>
  ret`).findings;
  assert.match(only(call('0FFFFFF7Fh, 0, PG_HOOKED'), 'PW202').message, /bitAND of _ModifyPageBits may only clear P_PRES, P_WRITE and P_USER/);
  assert.match(only(call('0FFFFFFFFh, 40h, PG_HOOKED'), 'PW202').message, /bitOR of _ModifyPageBits may only set P_PRES, P_WRITE and P_USER/);
  assert.match(only(call('0FFFFFFFFh, P_PRES, PG_HOOKED'), 'PW202').message, /cannot set P_PRES/);
  assert.match(only(call('0FFFFFFFFh, 0, PG_SYS'), 'PW202').message, /pType of _ModifyPageBits is PG_SYS; it must be one of PG_HOOKED, PG_IGNORE/);
  const good = analyse(`
proc:
  VMMcall _PhysIntoV86, <0C0h, ebx, 0C0h, 16, 0>
  VMMcall _ModifyPageBits, <ebx, 0C0h, 16, 0FFFFFFFDh, 0, PG_HOOKED, 0>
  ret`);
  assert.deepEqual(codes(good.findings), []);
});

test('W11: _ModifyPageBits on pages past 10Fh is PW202; up to 10Fh is clean', () => {
  const call = (page: string, count: number) => analyse(`
proc:
  VMMcall _ModifyPageBits, <ebx, ${page}, ${count}, 0FFFFFFFFh, 0, PG_IGNORE, 0>
  ret`).findings;
  assert.match(only(call('108h', 16), 'PW202').message, /_ModifyPageBits changes V86 pages 108h-117h; only pages up to 10Fh/);
  assert.deepEqual(codes(call('100h', 16)), []);
});

test('W12: every V86 mapper below page 10h or past 10Fh is PW202; 10h-10Fh is clean', () => {
  for (const [call, inside] of [
    ['_PhysIntoV86, <0C0h, ebx, @, 16, 0>', '10h'],
    ['_MapIntoV86, <esi, ebx, @, 16, 0, 0>', '100h'],
    ['_LinMapIntoV86, <0C10h, ebx, @, 16, 0>', '0C0h'],
  ] as const) {
    const run = (page: string) => analyse(`
proc:
  VMMcall ${call.replace('@', page)}
  ret`).findings;
    assert.match(only(run('0Fh'), 'PW202').message, /maps V86 pages 0Fh-1Eh; only 10h-10Fh may be mapped/, call);
    assert.match(only(run('101h'), 'PW202').message, /only 10h-10Fh may be mapped/, call);
    assert.deepEqual(codes(run(inside)), [], call);
  }
});
