// PW231 where paths that left ESP in different places meet before the
// return: each place ESP may be in at the return is checked, on the paths
// that left it there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import { assemble, codes, only, scenario } from './vmm-helpers.js';

function analyse(source: string, entry = 'proc') {
  const a = assemble(source, [{ name: entry, label: entry }]);
  return { ...analyseVmmProcedure(a.program, entry, { macroCalls: a.macroCalls }), line: a.line };
}

test('a push left on the path that skips its pop is PW231 at the return both paths share', () => {
  // The Problematic code of docs/checks/PW231.md: the paths differ in the VMM model too (one freed the block), and join.
  const bad = analyse(`
proc:
  push esi
  mov esi, [hBuf]
  test esi, esi
  jz done
  VMMcall _PageFree, <esi, 0>
  mov dword ptr [hBuf], 0
  pop esi
done:
  ret
.data
hBuf dd 0`);
  assert.deepEqual(codes(bad.findings), ['PW231']);
  const f = only(bad.findings, 'PW231');
  assert.equal(f.range.start.line, bad.line('ret'));
  assert.match(f.message, /^ESP here is 4 bytes below its value at entry/);
  assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [[bad.line('jz done'), 'assuming the dword at hBuf == 0']]);
  const good = analyse(`
proc:
  push esi
  mov esi, [hBuf]
  test esi, esi
  jz done
  VMMcall _PageFree, <esi, 0>
  mov dword ptr [hBuf], 0
done:
  pop esi
  ret
.data
hBuf dd 0`);
  assert.deepEqual(codes(good.findings), []);
});

test('a pop too many or an unrestored sub esp before the paths meet is PW231 at the return, on the path that made it', () => {
  const popped = analyse(`
proc:
  push ebx
  test eax, eax
  jnz skip
  pop ebx
skip:
  pop ebx
  ret`);
  const f = only(popped.findings, 'PW231');
  assert.equal(f.range.start.line, popped.line('ret'));
  assert.match(f.message, /^ESP here is 4 bytes above/);
  assert.deepEqual(f.notes.map((n) => n.message), ['assuming entry EAX == 0']);
  const frame = analyse(`
proc:
  sub esp, 8
  test eax, eax
  jz out
  add esp, 8
out:
  ret`);
  assert.match(only(frame.findings, 'PW231').message, /^ESP here is 8 bytes below/);
  const balanced = analyse(`
proc:
  push ebx
  test eax, eax
  jnz skip
  mov ebx, 1
skip:
  pop ebx
  sub esp, 8
  test eax, eax
  jz out
  mov [esp], eax
out:
  add esp, 8
  ret`);
  assert.deepEqual(codes(balanced.findings), []);
});

test('a helper that takes its arguments off on one path only leaves its caller unbalanced on the other: PW231 at the caller\'s return', () => {
  const source = (same: string) => `
helper:
  mov eax, [esp+4]
  cmp eax, [esp+8]
  je same
  ret 8
same:
  ${same}
proc:
  push ebx
  push esi
  call helper
  ret`;
  const bad = analyse(source('ret'));
  const f = only(bad.findings, 'PW231');
  assert.equal(f.range.start.line, bad.line('call helper') + 1);
  assert.match(f.message, /^ESP here is 8 bytes below/);
  // The return reads the second argument's slot, which the push of ESI filled.
  assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [
    [bad.line('call helper'), 'helper called from here'], [bad.line('je same'), 'assuming entry ESI == entry EBX'],
    [bad.line('push esi'), 'the return takes the value pushed here as its address'],
  ]);
  assert.deepEqual(codes(analyse(source('ret 8')).findings), []);
});

// A `ret` takes its address from the slot ESP points at: back past the call
// that put an address there, out of the procedure from the slot its caller's
// address is in, to the code a `push` put there, or, in a routine a call
// went into, to an address no call put there.

test('call / pop, the get-EIP idiom, returns from the procedure at its ret: no PW231, and a push left before it still is one', () => {
  const source = (before: string) => `
proc:
  ${before}
  call next
next:
  pop eax
  sub eax, offset next
  ret`;
  assert.deepEqual(codes(analyse(source('nop')).findings), []);
  // A run returns once, at the ret, without running the pop again.
  const run = scenario(source('nop'));
  assert.deepEqual(run.findings, []);
  assert.deepEqual(run.traces[0]?.map((step) => step.text), ['nop', 'call next', 'pop eax', 'sub eax, offset next', 'ret']);
  const left = analyse(source('push ebx'));
  assert.deepEqual(codes(left.findings), ['PW231']);
  assert.match(only(left.findings, 'PW231').message, /^ESP here is 4 bytes below/);
});

test('push offset Label / ret is a jump to Label, whose code is analysed; a pushed value that is no code address is still PW231', () => {
  const jump = analyse(`
proc:
  push offset target
  ret
target:
  VMMcall _PageReserve, <PR_SYSTEM, 1, 0>
  mov ecx, [eax]
  ret`);
  const f = only(jump.findings, 'PW210');
  assert.equal(f.range.start.line, jump.line('mov ecx, [eax]'));
  assert.deepEqual(codes(jump.findings), ['PW210']);
  const data = analyse(`
proc:
  push 0
  ret`);
  assert.match(only(data.findings, 'PW231').message, /^ESP here is 4 bytes below/);
});

test('a helper that returns with a register still pushed is PW231 at its own ret, not again at its caller\'s; the caller\'s own push left is another', () => {
  const source = (first: string) => `
helper:
  push ebx
  test eax, eax
  jz out
  pop ebx
  ret
out:
  ret
proc:
  ${first}
  call helper
  ret`;
  const bad = analyse(source('xor eax, eax'));
  assert.deepEqual(codes(bad.findings), ['PW231']);
  const f = only(bad.findings, 'PW231');
  assert.equal(f.range.start.line, bad.line('out:') + 1);
  assert.match(f.message, /^ESP here is 4 bytes below/);
  assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [
    [bad.line('call helper'), 'helper called from here'], [bad.line('push ebx'), 'the return takes the value pushed here as its address'],
  ]);
  // Where the helper is balanced, the caller's own mistake of the same distance is a finding of its own.
  const both = analyse(source('push ecx'));
  assert.deepEqual(both.findings.map((x) => [x.code, x.range.start.line]).sort(), [['PW231', both.line('out:') + 1], ['PW231', both.line('call helper') + 1]].sort());
});

// A routine that takes its arguments off as it returns (`ret 4`, a STDCALL
// helper) leaves ESP above where it was before its call: a stack finding's
// notes say so where the call returns, as nothing else in the source shows
// it; no other finding's do.

test('a label helper that takes its argument off with ret 4, taken off again by its caller: the PW231 notes where the helper returns', () => {
  const source = (after: string) => `
helper:
  mov eax, [esp+4]
  ret 4
proc:
  push 1
  call helper
  ${after}
  ret`;
  const bad = analyse(source('add esp, 4'));
  assert.deepEqual(codes(bad.findings), ['PW231']);
  const f = only(bad.findings, 'PW231');
  assert.equal(f.range.start.line, bad.line('add esp, 4') + 1);
  assert.match(f.message, /^ESP here is 4 bytes above/);
  assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [[bad.line('call helper'), 'helper returns here, taking 4 bytes of arguments off the stack']]);
  assert.deepEqual(codes(analyse(source('nop')).findings), []);
});

test('a helper\'s return that took arguments off is told after what was noted inside it, and only to the stack finding', () => {
  const stack = analyse(`
helper:
  test ebx, ebx
  jz both
  ret 4
both:
  ret 8
proc:
  push 1
  push 2
  call helper
  add esp, 4
  ret`);
  assert.deepEqual(only(stack.findings, 'PW231').notes.map((n) => [n.range.start.line, n.message]), [
    [stack.line('call helper'), 'helper called from here'],
    [stack.line('jz both'), 'assuming entry EBX == 0'],
    [stack.line('call helper'), 'helper returns here, taking 8 bytes of arguments off the stack'],
  ]);
  const other = analyse(`
helper:
  ret 4
proc:
  push 1
  call helper
  VMMcall _PageReserve, <PR_SYSTEM, 1, 0>
  mov ecx, [eax]
  ret`);
  assert.deepEqual(codes(other.findings), ['PW210']);
  assert.deepEqual(only(other.findings, 'PW210').notes.filter((n) => n.message.includes('helper')), []);
});

// A `ret` in a called routine that reads a slot above its own reads its
// caller's stack: the routine took one pop too many, and its return goes to
// the wrong address, whether the slot holds a register the caller saved or
// the caller's own return address (which would look like the caller
// returning).

test('a label helper that pops one register too many is PW231 at its ret, whatever of its caller\'s the ret reads', () => {
  const source = (pops: string, saved: boolean) => `
helper:
  push esi
  mov esi, eax
  pop esi
  ${pops}
  ret
proc:
  ${saved ? 'push edi' : 'nop'}
  call helper
  ${saved ? 'pop edi' : 'nop'}
  ret`;
  for (const saved of [false, true]) {
    const bad = analyse(source('pop edi', saved));
    assert.deepEqual(codes(bad.findings), ['PW231'], `saved: ${saved}`);
    const f = only(bad.findings, 'PW231');
    assert.equal(f.range.start.line, bad.line('pop edi') + 1);
    assert.match(f.message, /^ESP here is 4 bytes above its value at entry/);
    assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [[bad.line('call helper'), 'helper called from here']]);
    // A run stops at that ret, not running the caller's code after the call as if it had come back, and says where it went.
    const run = scenario(source('pop edi', saved));
    assert.deepEqual(run.traces[0]?.map((step) => step.text).slice(-2), ['pop edi', 'ret']);
    assert.deepEqual(run.wrongReturns, [true]);
    assert.deepEqual(codes(analyse(source('nop', saved)).findings), [], `saved: ${saved}`);
    assert.deepEqual(scenario(source('nop', saved)).wrongReturns, [false]);
  }
});

test('what takes a call\'s return address off without a routine returning, and a helper\'s jump by ret or tail jump, stay clean', () => {
  // The code learning its own address inside a helper, and the address of data a call jumps over.
  const own = analyse(`
helper:
  call next
next:
  pop eax
  ret
proc:
  call helper
  ret`);
  assert.deepEqual(codes(own.findings), []);
  const data = analyse(`
proc:
  call over
  dd 12345678h
over:
  pop esi
  mov eax, [esi]
  ret`);
  assert.deepEqual(codes(data.findings), []);
  // A helper that goes on at a label of its own by push / ret, and one the caller jumps to for its last act.
  const jumps = analyse(`
helper:
  push offset onward
  ret
onward:
  ret
tail:
  push esi
  pop esi
  ret
proc:
  call helper
  push ebx
  pop ebx
  jmp tail`);
  assert.deepEqual(codes(jumps.findings), []);
});

// A helper that takes its argument off by moving its return address up over
// it returns through that address wherever it now is: a return to its
// caller, like `ret 4`, not a ret that reads its caller's stack.

test('a helper that moves its return address over its argument returns to its caller, once or round a loop; taking the argument off again is PW231 noting it', () => {
  const shapes: Record<string, string> = {
    pops: 'pop edx\n  pop eax\n  push edx',
    exchanges: 'xchg eax, [esp]\n  xchg eax, [esp+4]\n  add esp, 4',
  };
  const helper = (takes: string) => `
helper:
  ${takes}
  add [count], eax
  ret`;
  const data = `
.data
count dd 0`;
  for (const [shape, takes] of Object.entries(shapes)) {
    const once = (after: string) => `${helper(takes)}
proc:
  push 3
  call helper
  ${after}
  ret${data}`;
    assert.deepEqual(codes(analyse(once('nop')).findings), [], shape);
    assert.deepEqual(scenario(once('nop')).wrongReturns, [false], shape);
    const loop = `${helper(takes)}
proc:
  push ebx
  xor ebx, ebx
again:
  push ebx
  call helper
  inc ebx
  cmp ebx, 4
  jb again
  pop ebx
  ret${data}`;
    assert.deepEqual(codes(analyse(loop).findings), [], shape);
    assert.deepEqual(scenario(loop).wrongReturns, [false], shape);
    const bad = analyse(once('pop ecx'));
    assert.deepEqual(codes(bad.findings), ['PW231'], shape);
    const f = only(bad.findings, 'PW231');
    assert.equal(f.range.start.line, bad.line('pop ecx') + 1, shape);
    assert.match(f.message, /^ESP here is 4 bytes above its value at entry/, shape);
    assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [[bad.line('call helper'), 'helper returns here, taking 4 bytes of arguments off the stack']], shape);
    assert.deepEqual(scenario(once('pop ecx')).wrongReturns, [true], shape);
  }
});

// A helper that drops its own return address on purpose (`add esp, 4`, no
// register keeping it) returns for its caller: its ret is checked as the
// caller's own return from the slot it reads. One that popped the address
// into a register it hands back took a pop too many.

test('a guard helper that drops its own return address returns for its caller: clean where that is the caller\'s own return, PW231 where the caller pushed before the call', () => {
  const source = (drop: string, saved: boolean) => `
guard:
  cmp dword ptr [hMem], 0
  je abort
  ret
abort:
  ${drop}
  stc
  ret
proc:
  ${saved ? 'push ebx' : 'nop'}
  call guard
  ${saved ? 'pop ebx' : 'nop'}
  clc
  ret
.data
hMem dd 0`;
  for (const drop of ['add esp, 4', 'lea esp, [esp+4]', 'pop eax\n  xor eax, eax']) {
    assert.deepEqual(codes(analyse(source(drop, false)).findings), [], drop);
    const run = scenario(source(drop, false));
    assert.deepEqual(run.traces[0]?.map((step) => step.text).slice(-2), ['stc', 'ret'], drop);
    assert.deepEqual(run.wrongReturns, [false], drop);
    const bad = analyse(source(drop, true));
    assert.deepEqual(codes(bad.findings), ['PW231'], drop);
    const f = only(bad.findings, 'PW231');
    assert.equal(f.range.start.line, bad.line('stc') + 1, drop);
    assert.match(f.message, /^ESP here is 4 bytes below its value at entry/, drop);
    assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [
      [bad.line('call guard'), 'guard called from here'], [bad.line('je abort'), 'assuming the dword at hMem == 0'],
      [bad.line('push ebx'), 'the return takes the value pushed here as its address'],
    ], drop);
    assert.deepEqual(scenario(source(drop, true)).wrongReturns, [true], drop);
  }
  // The address popped into a register the guard hands back as it was: a pop too many, whose ret reads the caller's return address.
  const popped = analyse(source('pop eax', false));
  assert.deepEqual(codes(popped.findings), ['PW231']);
  assert.match(only(popped.findings, 'PW231').message, /^ESP here is 4 bytes above its value at entry/);
  assert.deepEqual(scenario(source('pop eax', false)).wrongReturns, [true]);
});

test('a guard that drops its return address returns past its caller\'s call, to the code after it', () => {
  const source = `
guard:
  add esp, 4
  stc
  ret
outer:
  call guard
  mov eax, 1
  ret
proc:
  call outer
  mov ecx, 2
  ret`;
  assert.deepEqual(codes(analyse(source).findings), []);
  const run = scenario(source);
  assert.deepEqual(run.traces[0]?.map((step) => step.text), ['call outer', 'call guard', 'add esp, 4', 'stc', 'ret', 'mov ecx, 2', 'ret']);
  assert.deepEqual(run.wrongReturns, [false]);
});

test('a push then a jump into another procedure is PW231 at that procedure\'s return, with notes at the jump and the push; its branches, which reach a return off alike either way, are no note', () => {
  const source = (pop: string, jump: string) => `
lock_it:
  VMMcall _PageLock, <[hBlock], 1, 0, 0>
  or eax, eax
  jz failed
  clc
  ret
failed:
  stc
  ret
lock_cur:
  push ebx
  VMMcall Get_Cur_VM_Handle
  mov [hBlock], ebx
  ${pop}
  ${jump}
.data
hBlock dd 0`;
  const analyseBoth = (text: string) => {
    const a = assemble(text, [{ name: 'Lock_It', label: 'lock_it' }, { name: 'Lock_Cur', label: 'lock_cur' }]);
    const findings = (entry: string) => analyseVmmProcedure(a.program, entry, { macroCalls: a.macroCalls }).findings;
    return { lockIt: findings('Lock_It'), lockCur: findings('Lock_Cur'), line: a.line };
  };
  for (const jump of ['jmp lock_it', 'or eax, eax\n  jnz lock_it\n  ret']) {
    const bad = analyseBoth(source('nop', jump));
    assert.deepEqual(codes(bad.lockIt), [], jump);
    const f = only(bad.lockCur, 'PW231');
    assert.equal(f.range.start.line, bad.line('clc') + 1, jump);
    assert.match(f.message, /^ESP here is 4 bytes below its value at entry/, jump);
    assert.deepEqual(f.notes.map((n) => [n.range.start.line, n.message]), [
      [bad.line(jump.startsWith('jmp') ? 'jmp lock_it' : 'jnz lock_it'), 'Lock_Cur jumps to lock_it here'],
      [bad.line('push ebx'), 'the return takes the value pushed here as its address'],
    ], jump);
    const good = analyseBoth(source('pop ebx', jump));
    assert.deepEqual([...codes(good.lockIt), ...codes(good.lockCur)], [], jump);
  }
});
