// The catalogue's lookup API: case rules, "did you mean" for PW101, and the
// public re-export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findService, findSwi, suggest, swiInOtherCase } from '../src/catalogue/index.js';
import { editDistance, nearestNames } from '../src/catalogue/suggest.js';
import * as api from '../src/index.js';

test('service names are matched exactly, ignoring case; the underscore is part of the name', () => {
  assert.equal(findService('_PAGEALLOCATE')?.name, '_PageAllocate');
  assert.equal(findService('get_cur_vm_handle')?.name, 'Get_Cur_VM_Handle');
  assert.equal(findService('PageAllocate'), undefined);
  assert.equal(findService('_PageAllocat'), undefined);
});

test('SWI names with and without X, in their own case', () => {
  assert.equal(findSwi('OS_Memory')?.x, false);
  assert.equal(findSwi('XOS_Memory')?.name, 'XOS_Memory');
  assert.equal(findSwi('XOS_Memory')?.number, 0x20068);
  // ObjAsm's symbols and OS_SWINumberFromString tell case apart: another case is the SWI's name miswritten.
  assert.equal(findSwi('xos_memory'), undefined);
  assert.equal(swiInOtherCase('xos_memory'), 'XOS_Memory');
  assert.equal(swiInOtherCase('os_MEMORY'), 'OS_Memory');
  assert.equal(swiInOtherCase('XOS_Memory'), undefined);
  assert.equal(swiInOtherCase('OS_Memroy'), undefined);
  assert.equal(findSwi('XXOS_Memory'), undefined);
  assert.equal(findSwi('MessageTrans_ErrorLookup')?.number, 0x41506);
});

test('did you mean: VMM services', () => {
  assert.equal(suggest('_PageAlocate', 'vmm')[0], '_PageAllocate');
  assert.equal(suggest('PageAllocate', 'vmm')[0], '_PageAllocate', 'missing underscore');
  assert.equal(suggest('_PageReAlloacte', 'vmm')[0], '_PageReAllocate', 'swapped letters');
  assert.equal(suggest('_PageComit', 'vmm')[0], '_PageCommit');
  assert.equal(suggest('_XchgFreePhysRegs', 'vmm')[0], '_XchgFreePhysReg');
  assert.equal(suggest('Get_Sys_VM_Handel', 'vmm')[0], 'Get_Sys_VM_Handle');
  assert.deepEqual(suggest('_PageAllocate', 'vmm').includes('_PageAllocate'), false, 'exact name is not a suggestion');
  assert.deepEqual(suggest('Completely_Different_Thing', 'vmm'), []);
  assert.ok(suggest('_PageLok', 'vmm', 1).length <= 1);
});

test('did you mean: SWIs keep the X prefix', () => {
  assert.equal(suggest('OS_DynamicAera', 'swi')[0], 'OS_DynamicArea');
  assert.equal(suggest('XOS_DynamicAera', 'swi')[0], 'XOS_DynamicArea');
  assert.equal(suggest('XOS_ChangeDynamicAreas', 'swi')[0], 'XOS_ChangeDynamicArea');
  assert.equal(suggest('OS_Memroy', 'swi')[0], 'OS_Memory');
});

test('the public API exports the catalogue', () => {
  assert.equal(api.findService('_PageReserve')?.ordinal, 0x11d);
  assert.equal(api.findSwiByNumber(0x2002a)?.name, 'XOS_ChangeDynamicArea');
  assert.equal(api.findConstant('PR_SYSTEM')?.value, 0x80080000);
  assert.equal(api.findHandlerReason('ResizePMP')?.code, 6);
  assert.ok(api.allServices().length > 400);
  assert.ok(api.allSwis().length > 150);
  assert.ok(api.allConstants().length > 200);
  assert.equal(api.SWI_X_BIT, 0x20000);
});

test('edit distance counts a swap as one edit and stops past its limit', () => {
  assert.equal(editDistance('pagelcok', 'pagelock'), 1);
  assert.equal(editDistance('abc', 'abc'), 0);
  assert.equal(editDistance('', 'abcd'), 4);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('kitten', 'sitting', 2), 3, 'over the limit: limit + 1');
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('a', 'abcdefgh', 2), 3, 'lengths alone exceed the limit');
  assert.equal(editDistance('abcdefgh', 'hgfedcba', 1), 2);
});

test('nearest names keep only names within a third of the length, nearest first', () => {
  const defined = ['Init_Fail', 'Init_Flag', 'Init_Failure_Handler', 'Region_Page', 'X'];
  assert.deepEqual(nearestNames('Init_Fial', defined, 3), ['Init_Fail', 'Init_Flag']);
  assert.deepEqual(nearestNames('Init_Fail', defined, 3), ['Init_Flag'], 'an exact match is no suggestion');
  assert.deepEqual(nearestNames('init_fail', defined, 3), ['Init_Fail', 'Init_Flag'], 'the name in another case comes first');
  assert.deepEqual(nearestNames('Y', defined, 3), ['X']);
  assert.deepEqual(nearestNames('Completely_Other', defined, 3), []);
});
