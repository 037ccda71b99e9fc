// A VxD's control procedure jumps to its Control_Dispatch targets, each an
// entry analysed on its own with the message's contract: a procedure's
// analysis stops where it would run a target's code again from the state
// that analysis starts from, and follows every other way into it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import { assemble, codes } from './vmm-helpers.js';

// Device_Init's handler stores _PageReserve's result tested for 0 only: PW210 on every path through it.
const HANDLER = `
init:
  VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
  test eax, eax
  jz fail
  mov [lin], eax
fail:
  clc
  ret
lin dd 0`;

function findings(procedure: string, control = false) {
  const a = assemble(`ctl:\n${procedure}\n${HANDLER}`, [
    { name: 'ctl', label: 'ctl', ...(control ? { contract: { kind: 'procedure', controlProcedure: true } as const } : {}) },
    { name: 'init', label: 'init', contract: { kind: 'control-dispatch', message: 'Device_Init' } },
  ]);
  return {
    ctl: codes(analyseVmmProcedure(a.program, 'ctl', { macroCalls: a.macroCalls }).findings),
    init: codes(analyseVmmProcedure(a.program, 'init', { macroCalls: a.macroCalls }).findings),
  };
}

test('a control procedure\'s dispatch does not run its target again: the target reports its own finding', () => {
  assert.deepEqual(findings('  cmp eax, 0\n  jz init\n  cmp eax, 1\n  jz init\n  clc\n  ret'), { ctl: [], init: ['PW210'] });
});

test('a procedure reaches a Control_Dispatch target with something changed or learnt: the target\'s code runs on its path', () => {
  for (const before of ['  mov esi, 1', '  mov [lin], ebx', '  test ecx, ecx\n  jnz skip', '  VMMcall Get_Cur_VM_Handle']) {
    assert.deepEqual(findings(`${before}\n  cmp eax, 0\n  jz init\nskip:\n  clc\n  ret`), { ctl: ['PW210'], init: ['PW210'] }, before);
  }
});

test('a control procedure follows a call to a Control_Dispatch target (a calling convention)', () => {
  assert.deepEqual(findings('  cmp eax, 0\n  jnz skip\n  call init\n  ret\nskip:\n  clc\n  ret'), { ctl: ['PW210'], init: ['PW210'] });
});

test('a control procedure written by hand hands its dispatch off too: the VM handle it is given in EBX is nothing its path learnt', () => {
  assert.deepEqual(findings('  cmp eax, 1\n  jz init\n  clc\n  ret', true), { ctl: [], init: ['PW210'] });
  // A path that compared EBX learnt something of it: the target's code runs on it.
  assert.deepEqual(findings('  cmp ebx, 80001000h\n  jnz skip\n  cmp eax, 1\n  jz init\nskip:\n  clc\n  ret', true), { ctl: ['PW210'], init: ['PW210'] });
});
