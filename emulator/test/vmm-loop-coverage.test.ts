// A widened loop head covers a later pass only where the memory manager's
// state agrees too: a pass that frees a handle the loop keeps in a register,
// and changes nothing else, comes back to the head with the registers and
// memory the widened state stands for, but the handle is freed now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import { assemble, codes } from './vmm-helpers.js';

// The loop frees ESI's block on the pass where ECX is `at`, then again after
// the loop (or, `clean`, clears ESI there and frees nothing more). The
// arguments go on the stack on every pass, and EAX, EDX and the flags are set
// alike on both arms, so that only the model tells the arms apart.
function freeOnOnePass(at: number, after: 'free' | 'clean') {
  const a = assemble(`
proc:
  push esi
  push ebx
  mov esi, [hMem]
  mov ecx, 20
next:
  mov ebx, ecx
  push 0
  push esi
  cmp ecx, ${at}
  jne keep
  VMMcall _PageFree
  ${after === 'clean' ? 'mov esi, 0' : 'nop'}
keep:
  add esp, 8
  mov ecx, ebx
  xor eax, eax
  xor edx, edx
  loop next
  ${after === 'clean' ? 'nop' : 'VMMcall _PageFree, <esi, 0>'}
  pop ebx
  pop esi
  ret
.data
hMem dd 0`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: [] });
  return { ...r, line: a.line };
}

test('a handle freed on a pass after the loop head was widened, and again after the loop, is a double free', () => {
  // Pass 18 (ECX = 3) comes after the 8 the head unrolls; the pass that freed the block went on as covered.
  const r = freeOnOnePass(3, 'free');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), ['PW222']);
  assert.match(r.findings[0]?.message ?? '', /already freed/);
});

test('the same loop freed on a pass before the widening: a double free, as before', () => {
  const r = freeOnOnePass(15, 'free');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), ['PW222']);
});

test('the loop that frees the block on one pass and forgets the handle is clean', () => {
  const r = freeOnOnePass(3, 'clean');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

// The same for a count: ESI's page is locked once before the loop, changed
// on the pass where ECX is `at`, and unlocked after the loop. A pass that
// locks it again leaves a higher count, which the widened state's stands
// for: its unlocks go below zero no later than this path's.
function unlockOnOnePass(at: number, inLoop: '_LinPageUnLock' | '_LinPageLock') {
  const a = assemble(`
proc:
  push esi
  push ebx
  mov esi, [hPage]
  VMMcall _LinPageLock, <esi, 1, 0>
  test eax, eax
  jz done
  mov ecx, 20
next:
  mov ebx, ecx
  cmp ecx, ${at}
  jne keep
  VMMcall ${inLoop}, <esi, 1, 0>
keep:
  mov ecx, ebx
  xor eax, eax
  xor edx, edx
  loop next
  VMMcall _LinPageUnLock, <[hPage], 1, 0>
done:
  pop ebx
  pop esi
  ret
.data
hPage dd 0`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: [] });
  return { ...r, line: a.line };
}

test('a page unlocked on a pass after the loop head was widened, and again after the loop, is unlocked below zero', () => {
  const r = unlockOnOnePass(3, '_LinPageUnLock');
  assert.deepEqual(r.incomplete, []);
  const after = r.findings.filter((f) => f.range.start.line === r.line('VMMcall _LinPageUnLock, <[hPage]'));
  assert.deepEqual(codes(after), ['PW222']);
  assert.match(after[0]?.message ?? '', /not locked/);
});

test('a page locked again on such a pass, its count higher on each widened pass, is analysed to its end, clean', () => {
  const r = unlockOnOnePass(3, '_LinPageLock');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});
