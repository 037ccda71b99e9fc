// A loop over a table of handles from outside frees the live ones: each
// iteration's arms differ in the memory manager's state (a handle freed on
// one), and the paths must join anyway, or they double every iteration.
// The joined state remembers on which paths each handle was freed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import { assemble, codes, only } from './vmm-helpers.js';

const ENTRIES = 12;

function analyse(zeroAfterFree: boolean, after: string) {
  const a = assemble(`
proc:
  mov esi, OFFSET32 table
  mov ebx, ${ENTRIES}
next:
  cmp dword ptr [esi], 0
  je skip
  VMMcall _PageFree, <[esi], 0>
  ${zeroAfterFree ? 'mov dword ptr [esi], 0' : 'nop'}
skip:
  add esi, 4
  dec ebx
  jnz next
  ${after}
done:
  ret
.data
table dd 0
${Array.from({ length: ENTRIES - 1 }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  // Without joins the 12 iterations would take 2^12 paths.
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
  return { ...r, line: a.line };
}

test('a loop freeing the live handles of a table joins its arms: no finding, within 300 paths', () => {
  const r = analyse(true, 'nop');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('freeing the first entry again after the loop is a double free exactly when the loop freed it', () => {
  const r = analyse(false, 'VMMcall _PageFree, <[table], 0>');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageFree, <[table]'));
  assert.match(f.message, /already freed/);
  const first = f.witness?.find((w) => w.name === 'mem32[table]');
  assert.ok(first && BigInt(first.value) !== 0n, 'the witness has a live handle in the first entry, which the loop freed');
});

test('the loop cleared what it freed: freeing a still non-zero first entry after it is clean', () => {
  const r = analyse(true, 'cmp dword ptr [table], 0\n  je done\n  VMMcall _PageFree, <[table], 0>');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

// The same loop locking the first page of each live block instead: the arm
// that locked a block from outside knows of it only that it is live, which
// the arm that skipped the empty slot knows too, so the arms join.
function lockTable(before: string) {
  const a = assemble(`
proc:
  ${before}
  mov esi, OFFSET32 table
  mov ebx, ${ENTRIES}
next:
  mov eax, [esi]
  test eax, eax
  jz skip
  VMMcall _PageLock, <eax, 1, 0, 0>
skip:
  add esi, 4
  dec ebx
  jnz next
  ret
.data
table dd 0
${Array.from({ length: ENTRIES - 1 }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
  return { ...r, line: a.line };
}

test('a loop locking a page of each live block of a table joins its arms: no finding, within 300 paths', () => {
  const r = lockTable('nop');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('locking the first entry\'s block after freeing it is still a use after free, exactly where the loop locks it', () => {
  const r = lockTable('VMMcall _PageFree, <[table], 0>');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageLock'));
  assert.match(f.message, /after it was freed/);
});

test('a helper that locks the table\'s live blocks, called from each pass of a loop over the table, joins its arms on every call: within 100 paths', () => {
  // The shape of a chain of helpers that each loop over a table and call the next: the callee's loop runs once per pass of the caller's.
  const level = (name: string, next: string | undefined): string => `
${name}:
  push esi
  mov esi, 4
${name}_loop:
  mov eax, [table + esi*4]
  test eax, eax
  jz ${name}_skip
  VMMcall _PageLock, <eax, 1, 0, 0>
  test eax, eax
  jz ${name}_fail
  ${next ? `call ${next}\n  jc ${name}_fail` : 'nop'}
${name}_skip:
  dec esi
  jnz ${name}_loop
  pop esi
  clc
  ret
${name}_fail:
  pop esi
  stc
  ret`;
  const a = assemble(`${level('outer', 'inner')}\n${level('inner', undefined)}
.data
table dd 0
${Array.from({ length: 4 }, () => 'dd 0').join('\n')}`, [{ name: 'outer', label: 'outer' }]);
  const r = analyseVmmProcedure(a.program, 'outer', { macroCalls: a.macroCalls, budget: { paths: 100 } });
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('a handle chosen by a chain of joins, each testing the choice before, is a block like any other: analysed to its end, clean', () => {
  // Each join's value names the one before twice (in the test and as an arm): spelt out as a tree, it doubles at every link.
  const LINKS = 40;
  const link = (i: number): string => `
  cmp eax, 5
  je keep${i}
  mov eax, [slots + ${4 * i}]
keep${i}:`;
  const a = assemble(`
proc:
  mov eax, [slots]
${Array.from({ length: LINKS }, (_, i) => link(i)).join('\n')}
  VMMcall _PageLock, <eax, 1, 0, 0>
  ret
.data
slots dd 0
${Array.from({ length: LINKS }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

// Allocation and release in sequence, each guarded by the failure test: the
// arm that allocated and freed a block meets the arm whose allocation failed.
// The freed block holds nothing, so the arms join, or n pairs take 2^n paths.
const PAIRS = 12;

function pairs(after: string) {
  const pair = (i: number): string => `
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>
  or eax, eax
  jz fail${i}
  ${i === 0 ? 'mov edi, eax' : 'nop'}
  VMMcall _PageFree, <eax, 0>
fail${i}:`;
  const a = assemble(`
proc:
  xor edi, edi
${Array.from({ length: PAIRS }, (_, i) => pair(i)).join('\n')}
  ${after}
  ret`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
  return { ...r, line: a.line };
}

test('blocks allocated and freed in sequence join with the arms whose allocation failed: no finding, within 300 paths', () => {
  const r = pairs('nop');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('after those joins, freeing the first block again is a double free on the paths that allocated it', () => {
  const r = pairs('or edi, edi\n  jz out\n  VMMcall _PageFree, <edi, 0>\nout:');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageFree, <edi, 0>'));
  assert.match(f.message, /already freed/);
});

// The handle kept in memory: the arm that allocated, stored and freed the
// block meets the arm whose allocation failed, which never stored one, at a
// second free of what memory holds. Each arm stored (or left) a whole word,
// and the joined word is the choice between them, so the second free is a
// free of the freed block on the paths that allocated it.
function freeAtFail(second: string) {
  const a = assemble(`
proc:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  or eax, eax
  jz fail
  mov [hMem], eax
  VMMcall _PageFree, <eax, 0>
  ${second === 'clean' ? 'mov dword ptr [hMem], 0' : 'nop'}
fail:
  cmp dword ptr [hMem], 0
  je done
  VMMcall _PageFree, <[hMem], 0>
done:
  ret
.data
hMem dd 0`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls });
  return { ...r, line: a.line };
}

test('freeing the stored handle again where the failed allocation\'s path joins the freeing one is a double free', () => {
  const r = freeAtFail('double');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageFree, <[hMem], 0>'));
  assert.match(f.message, /already freed/);
  const allocated = f.witness?.find((w) => w.name === '_PageAllocate.eax#0');
  assert.ok(allocated && BigInt(allocated.value) !== 0n, 'on the path that allocated the block');
});

test('the freeing path cleared the stored handle: the free where the paths join is clean', () => {
  const r = freeAtFail('clean');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

// Three pools allocated in turn, any failure going to a clean-up that
// frees each pool whose in-use flag is set, unlocking it first when its
// locked flag is set. A pool this path never allocated has flags from
// outside, whose stale bits send the clean-up to free (and unlock, page by
// page) a handle from outside: paths that rest on those bits prove the same
// double free of the handle kept in EBX as the paths that allocated pool 0
// and did not, and whichever is proven first, those others still prove it.
const POOLS = 3;

function pools(after: string) {
  const a = assemble(`
proc:
  push esi
  mov esi, OFFSET32 pools
${Array.from({ length: POOLS }, (_, k) => `  call alloc_pool\n  jc fail\n${k < POOLS - 1 ? '  add esi, 24\n' : ''}`).join('')}
  pop esi
  clc
  ret
fail:
  mov ebx, [pools]
  call free_pools
  ${after}
  pop esi
  stc
  ret
alloc_pool:
  VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageZeroInit>
  or eax, eax
  jz ap_fail
  mov [esi], eax
  shr edx, 12
  mov [esi+8], edx
  mov dword ptr [esi+12], 2
  or dword ptr [esi+20], 1
  clc
  ret
ap_fail:
  stc
  ret
free_pools:
  push esi
  mov esi, OFFSET32 pools
${Array.from({ length: POOLS }, (_, k) => `  call free_pool\n${k < POOLS - 1 ? '  add esi, 24\n' : ''}`).join('')}
  pop esi
  ret
free_pool:
  test dword ptr [esi+20], 1
  jz fp_done
  test dword ptr [esi+20], 2
  jz fp_free
  call unlock_pool
fp_free:
  VMMcall _PageFree, <[esi], 0>
  xor eax, eax
  mov [esi], eax
  mov [esi+20], eax
fp_done:
  ret
unlock_pool:
  push edi
  mov edi, [esi+16]
up_loop:
  or edi, edi
  jz up_done
  VMMcall _LinPageUnLock, <[esi+8], [esi+12], 0>
  dec edi
  jmp up_loop
up_done:
  mov [esi+16], edi
  and dword ptr [esi+20], 0FFFFFFFDh
  pop edi
  ret
.data
pools dd 0
${Array.from({ length: 6 * POOLS - 1 }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls });
  return { ...r, line: a.line };
}

test('freeing pool 0\'s handle again after the clean-up freed every pool in use is a double free', () => {
  const r = pools('VMMcall _PageFree, <ebx, 0>');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageFree, <ebx, 0>'));
  assert.match(f.message, /already freed/);
});

test('the clean-up alone frees each pool once: no finding', () => {
  const r = pools('nop');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

// A loop that allocates a block per pass and keeps it only when the call
// succeeds: each pass brings back to the loop head an arm with a new block
// and an arm without one. Joined there, the loop is one path a pass, and
// what follows it is analysed: without the join 32 passes were 2^32 paths,
// and the analysis ended on its budget before the return.
const PASSES = 32;

function fillTable(options: { readonly passes?: number; readonly store?: string; readonly inLoop?: string; readonly after?: string; readonly popEdi?: boolean; readonly widenings?: number }) {
  const passes = options.passes ?? PASSES;
  const a = assemble(`
proc:
  push esi
  push edi
  mov dword ptr [table], 0
  xor esi, esi
next:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz skip
  ${options.store ?? 'mov [table + esi*4], eax'}
  ${options.inLoop ?? 'nop'}
skip:
  inc esi
  cmp esi, ${passes}
  jb next
  ${options.after ?? 'nop'}
  ${options.popEdi === false ? 'nop' : 'pop edi'}
  pop esi
  ret
.data
last dd 0
table dd 0
${Array.from({ length: passes - 1 }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300, ...(options.widenings ? { widenings: options.widenings } : {}) } });
  return { ...r, line: a.line };
}

test('a loop that skips the slot of a failed allocation joins its arms at the loop head: analysed to its end, clean', () => {
  const r = fillTable({});
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('after a loop that skips the slot of a failed allocation, a register left on the stack is PW231 at the return', () => {
  const r = fillTable({ popEdi: false });
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW231');
  assert.equal(f.range.start.line, r.line('ret'));
});

test('a handle each pass overwrites with the next is PW221 at the store that overwrites it, and nowhere else', () => {
  const r = fillTable({ store: 'mov [last], eax' });
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW221');
  assert.equal(f.range.start.line, r.line('mov [last], eax'));
});

test('a block freed twice inside the loop is PW222, and the loop is still analysed to its end', () => {
  const r = fillTable({ inLoop: 'mov ebx, eax\n  VMMcall _PageFree, <ebx, 0>\n  VMMcall _PageFree, <ebx, 0>' });
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.match(f.message, /already freed/);
});

test('the arms of a widened loop that meet at its head keep what each widened: a double free in the loop is covered after two widenings, with a store at the table\'s index or without', () => {
  // The arm that frees widens the slot its call's argument filled, the one that skips does not; where the
  // join kept the skipping arm's widened state alone, the freeing arm's next pass widened the head again.
  for (const store of ['mov [table + esi*4], eax', 'nop']) {
    const r = fillTable({ store, inLoop: 'mov ebx, eax\n  VMMcall _PageFree, <ebx, 0>\n  VMMcall _PageFree, <ebx, 0>', widenings: 2 });
    assert.deepEqual(r.incomplete, [], store);
    assert.match(only(r.findings, 'PW222').message, /already freed/);
  }
});

test('the first slot freed after the loop is clean once, and a double free the second time on the paths that allocated it', () => {
  const once = fillTable({ after: 'VMMcall _PageFree, <[table], 0>' });
  assert.deepEqual(once.incomplete, []);
  assert.deepEqual(codes(once.findings), []);
  const twice = fillTable({ after: 'mov ebx, [table]\n  test ebx, ebx\n  jz empty\n  VMMcall _PageFree, <ebx, 0>\n  VMMcall _PageFree, <ebx, 0>\nempty:' });
  assert.deepEqual(twice.incomplete, []);
  const f = only(twice.findings, 'PW222');
  assert.match(f.message, /already freed/);
  const first = f.witness?.find((w) => w.name === '_PageAllocate.eax#0');
  assert.ok(first && BigInt(first.value) !== 0n, 'the witness has the first allocation succeed');
});

test('marking the first slot empty after the loop where its allocation failed loses no handle', () => {
  // Four passes, each followed one by one: a widened loop tracks no handle after it.
  const r = fillTable({ passes: 4, after: 'cmp dword ptr [table], 0\n  jne kept\n  mov dword ptr [table], 0FFFFFFFFh\nkept:' });
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

function vmWalk(store: string) {
  const a = assemble(`
proc:
  pushad
  VMMcall Get_Sys_VM_Handle
  mov edi, ebx
next:
  VMMcall _PageAllocate, <1, PG_VM, ebx, 0, 0, 0, 0, PageLocked>
  mov esi, ebx
  add esi, [cbOffset]
  ${store}
  VMMcall Get_Next_VM_Handle
  cmp ebx, edi
  jne next
  popad
  ret
.data
cbOffset dd 0`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
  return { ...r, line: a.line };
}

test('a VM walk that allocates a block per VM without testing the result is analysed to its end, clean', () => {
  const r = vmWalk('mov [esi], eax');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('a VM walk that stores ECX for the handle loses each handle at the next call and the last at the POPAD, not where a VM handle chosen by it is overwritten', () => {
  const r = vmWalk('mov [esi], ecx');
  assert.deepEqual(r.incomplete, []);
  const lost = r.findings.filter((f) => f.code === 'PW221').map((f) => f.range.start.line).sort((x, y) => x - y);
  assert.deepEqual(lost, [r.line('VMMcall _PageAllocate'), r.line('popad')]);
});

test('the handle a VM walk loses at the next call rests on the allocation having succeeded: its notes say so', () => {
  const r = vmWalk('mov [esi], ecx');
  const f = r.findings.find((x) => x.code === 'PW221' && x.range.start.line === r.line('VMMcall _PageAllocate'));
  const notes = (f?.notes ?? []).map((n) => `${n.range.start.line}: ${n.message}`);
  const call = r.line('VMMcall _PageAllocate');
  assert.ok(notes.includes(`${call}: _PageAllocate returns here`), JSON.stringify(notes));
  assert.ok(notes.includes(`${call}: assuming _PageAllocate's result (EAX) != 0`), JSON.stringify(notes));
});

/** A VM walk that gives each VM without one a block of two pages and locks them one by one, giving up on the VM when a lock fails. */
function lockingWalk(afterAllocate: string) {
  const a = assemble(`
proc:
  pushad
  VMMcall Get_Sys_VM_Handle
  mov edi, ebx
next:
  mov esi, ebx
  add esi, [cbOffset]
  cmp dword ptr [esi], 0
  jne skip
  VMMcall _PageAllocate, <2, PG_VM, ebx, 0, 0, 0, 0, 0>
  or eax, eax
  jz skip
  mov [esi], eax
  ${afterAllocate}
  xor ecx, ecx
lock:
  push ecx
  VMMcall _PageLock, <[esi], 1, ecx, 0>
  pop ecx
  or eax, eax
  jz skip
  inc ecx
  cmp ecx, 2
  jb lock
skip:
  VMMcall Get_Next_VM_Handle
  cmp ebx, edi
  jne next
  popad
  ret
.data
cbOffset dd 0`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
  return { ...r, line: a.line };
}

test('a walk whose passes lock a new block\'s pages as far as they can joins blocks locked to different counts at the loop head: analysed to its end, clean', () => {
  const r = lockingWalk('nop');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('in that walk, unlocking a page of the new block before locking it is still PW222', () => {
  const r = lockingWalk('VMMcall _PageUnLock, <eax, 1, 0, 0>');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _PageUnLock'));
});

/** A loop whose pass uses the last pass's handle (EDX, as _PageAllocate left it) where that allocation failed. */
function useWhereFailed(use: string) {
  const a = assemble(`
proc:
  xor esi, esi
next:
  test esi, esi
  jz allocate
  mov ecx, edx
  test ecx, ecx
  jnz allocate
  ${use}
allocate:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz skip
  mov [table + esi*4], eax
skip:
  inc esi
  cmp esi, 4
  jb next
  ret
.data
table dd 0
dd 0
dd 0
dd 0`, [{ name: 'proc', label: 'proc' }]);
  return analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { paths: 300 } });
}

test('a page unlocked by its number where the last pass\'s allocation failed is PW211, not charged to the block the pass made elsewhere', () => {
  const r = useWhereFailed('shr ecx, 12\n  VMMcall _LinPageUnLock, <ecx, 1, 0>');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), ['PW211'], 'the failed result is used as a page number, and no lock count of the block goes below 0');
});

test('a block unlocked by its handle where the last pass\'s allocation failed is PW211, not an unlock of the block the pass made elsewhere', () => {
  const r = useWhereFailed('VMMcall _PageUnLock, <ecx, 1, 0, 0>');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), ['PW211'], 'the failed result is passed as a handle, and no lock count of the block goes below 0');
});

// A helper that locks a pool page by page, its count read from memory, and
// unlocks what it locked when a lock fails, called once for each of three
// pools. Its outcomes differ only in how many of the pool's pages stay
// locked: they join where it returns, or the paths after each call multiply
// by its outcomes again.
function lockPools(after: string, { failed = 'nop', result = 'nop' } = {}) {
  const a = assemble(`
proc:
  push esi
  push ebx
  mov esi, OFFSET32 pools
  call lock_pool
  add esi, 12
  call lock_pool
  add esi, 12
  call lock_pool
  ${after}
  pop ebx
  pop esi
  ret
lock_pool:
  push ebx
  push edi
  mov ebx, [esi]
  xor edi, edi
next:
  lea eax, [ebx+edi]
  VMMcall _LinPageLock, <eax, 1, 0>
  test eax, eax
  jz undo
  inc edi
  cmp edi, [esi+4]
  jb next
  inc dword ptr [esi+8]
  ${result}
  pop edi
  pop ebx
  clc
  ret
undo:
  test edi, edi
  jz failed
  dec edi
  lea eax, [ebx+edi]
  VMMcall _LinPageUnLock, <eax, 1, 0>
  jmp undo
failed:
  ${failed}
  pop edi
  pop ebx
  stc
  ret
.data
pools dd 0
${Array.from({ length: 8 }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls, budget: { steps: 3000 } });
  return { ...r, line: a.line };
}

test('three calls of a helper that locks a pool page by page and undoes its locks on failure join where it returns: analysed to its end, clean, within 3,000 steps', () => {
  const r = lockPools('nop');
  assert.deepEqual(r.incomplete, []);
  assert.deepEqual(codes(r.findings), []);
});

test('after those calls, unlocking the first pool\'s first page is PW222 on the paths where the helper undid its lock', () => {
  const r = lockPools('VMMcall _LinPageUnLock, <[pools], 1, 0>');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _LinPageUnLock, <[pools]'));
  assert.match(f.message, /unlocks a linear page that is not locked/);
  const result = (n: number): bigint | undefined => {
    const w = f.witness?.find((x) => x.name === `_LinPageLock.eax#${n}`);
    return w && BigInt(w.value);
  };
  assert.ok(result(0) !== 0n && result(1) === 0n, 'the witness locks the first page and fails on the second');
});

test('a helper that unlocks its first page again after undoing its locks is PW222 there, called three times', () => {
  const r = lockPools('nop', { failed: 'VMMcall _LinPageUnLock, <ebx, 1, 0>' });
  const f = only(r.findings, 'PW222');
  assert.equal(f.range.start.line, r.line('VMMcall _LinPageUnLock, <ebx'));
});

test('a count of pages the helper returns, a choice where its outcomes joined, names the pages it locked: unlocking the last of the first pool\'s twice is PW222', () => {
  const unlockLast = (times: number): string => `
  mov esi, OFFSET32 pools
  call lock_pool
  jc done
  dec eax
  add eax, [pools]
  mov ebx, eax
${'  VMMcall _LinPageUnLock, <ebx, 1, 0>\n'.repeat(times)}done:`;
  const once = lockPools(unlockLast(1), { result: 'mov eax, edi' });
  assert.deepEqual(once.incomplete, []);
  assert.deepEqual(codes(once.findings), []);
  const twice = lockPools(unlockLast(2), { result: 'mov eax, edi' });
  assert.deepEqual(twice.incomplete, []);
  const f = only(twice.findings, 'PW222');
  assert.equal(f.range.start.line, twice.line('VMMcall _LinPageUnLock, <ebx') + 1);
});

// A two-pointer scan (lo up to a hole, hi down to a present slot, then a
// move): each way round the loop changes a register of its own, and the
// paths that take them reach the loop head one after another, each with a
// register no widening had made unknown yet. Three widenings were not
// enough once the move wrote one more register than lo and hi, and the
// analysis was cut short.
function packFlags(move: string) {
  const a = assemble(`
proc:
  xor esi, esi
  mov edi, 31
find_hole:
  cmp esi, edi
  jae done
  cmp dword ptr [present + esi*4], 0
  je find_page
  inc esi
  jmp find_hole
find_page:
  cmp dword ptr [present + edi*4], 0
  jne move
  dec edi
  jmp find_hole
move:
  ${move}
  inc esi
  dec edi
  jmp find_hole
done:
  ret
.data
present dd 0
${Array.from({ length: 31 }, () => 'dd 0').join('\n')}`, [{ name: 'proc', label: 'proc' }]);
  const r = analyseVmmProcedure(a.program, 'proc', { macroCalls: a.macroCalls });
  return { ...r, line: a.line };
}

test('a two-pointer scan whose move writes a register the scan does not use is analysed to its end, clean', () => {
  for (const move of ['xor eax, eax', 'VMMcall _XchgFreePhysReg, <edi, 0, 0>\n  mov ebx, eax', 'nop']) {
    const r = packFlags(move);
    assert.deepEqual(r.incomplete, [], move);
    assert.deepEqual(codes(r.findings), [], move);
  }
});

test('in that scan, ECX the move\'s service destroyed is PW230 where the move reads it, and the scan is still analysed to its end', () => {
  const r = packFlags('VMMcall _XchgFreePhysReg, <edi, 0, 0>\n  mov al, [ecx]');
  assert.deepEqual(r.incomplete, []);
  const f = only(r.findings, 'PW230');
  assert.equal(f.range.start.line, r.line('mov al, [ecx]'));
});
