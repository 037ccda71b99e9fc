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
