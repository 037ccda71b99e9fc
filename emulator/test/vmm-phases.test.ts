// A Control_Dispatch target of Sys_Critical_Init, Device_Init or
// Init_Complete runs in that message's phase (spec A.3), and a procedure the
// handlers call in their phases as well as the running one: PW202's rules of
// a phase (PageLockedIfDP before Init_Complete, PageUseAlign after
// initialisation on Windows 3.1) hold for such a procedure only where they
// hold in every phase it may run in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure, vmmEntryPhases } from '../src/models/vmm/index.js';
import type { VmmAnalysisOptions } from '../src/models/vmm/index.js';
import { assemble, codes, only } from './vmm-helpers.js';

const ALIGNED = '_PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, PageUseAlign+PageContig+PageFixed>';
const LOCKED_IF_DP = '_PageAllocate, <16, PG_SYS, 0, 0, 0, 0, 0, PageLockedIfDP>';

/**
 * `handler` dispatched for `message` (none: a plain procedure), calling `helper`, which makes the call. The handler
 * returns with the block's handle in EAX only: a plain procedure hands it to its caller, a dispatched one leaks it,
 * as the VMM reads no register of a handler (PW221), whatever its phase.
 */
function program(message: string | undefined, call: string) {
  return assemble(`
handler:
  call helper
  ret
helper:
  VMMcall ${call}
  ret`, [
    { name: 'handler', label: 'handler', ...(message ? { contract: { kind: 'control-dispatch', message } as const } : {}) },
    { name: 'helper', label: 'helper' },
  ]);
}

function analyse(message: string | undefined, call: string, entry: 'handler' | 'helper', options: VmmAnalysisOptions = {}) {
  const a = program(message, call);
  return codes(analyseVmmProcedure(a.program, entry, { macroCalls: a.macroCalls, version: 'W31', ...options }).findings);
}

test('a Device_Init or Sys_Critical_Init target runs before Init_Complete: PageLockedIfDP is PW202, PageUseAlign on 3.1 is clean', () => {
  for (const message of ['Device_Init', 'Sys_Critical_Init', 'device_init']) {
    const a = program(message, LOCKED_IF_DP);
    assert.match(only(analyseVmmProcedure(a.program, 'handler', { macroCalls: a.macroCalls }).findings, 'PW202').message, /before Init_Complete/, message);
    assert.deepEqual(analyse(message, ALIGNED, 'handler'), ['PW221'], message);
  }
});

test('a run-time handler or a procedure nothing dispatches keeps the running phase: PageUseAlign on 3.1 is PW202, PageLockedIfDP clean', () => {
  for (const message of ['VM_Init', 'Sys_Dynamic_Device_Init', undefined]) {
    const leaked = message ? ['PW221'] : [];
    assert.deepEqual(analyse(message, ALIGNED, 'handler'), ['PW202', ...leaked], message);
    assert.deepEqual(analyse(message, ALIGNED, 'helper'), ['PW202'], message);
    assert.deepEqual(analyse(message, LOCKED_IF_DP, 'handler'), leaked, message);
  }
});

test('an Init_Complete target is still initialisation and not before Init_Complete: neither rule of a phase is PW202', () => {
  assert.deepEqual(analyse('Init_Complete', ALIGNED, 'handler'), ['PW221']);
  assert.deepEqual(analyse('Init_Complete', LOCKED_IF_DP, 'handler'), ['PW221']);
  assert.deepEqual(analyse('Sys_VM_Init', ALIGNED, 'handler'), ['PW202', 'PW221'], 'Sys_VM_Init comes after initialisation');
});

test('a procedure a Device_Init target calls reports no rule of one phase alone; the target reports the call in its own', () => {
  assert.deepEqual(analyse('Device_Init', ALIGNED, 'helper'), []);
  assert.deepEqual(analyse('Device_Init', LOCKED_IF_DP, 'helper'), []);
  assert.deepEqual(analyse('Device_Init', LOCKED_IF_DP, 'handler'), ['PW202', 'PW221']);
});

test('phases given as a list: a rule of a phase holds only where it holds in every one', () => {
  const both = { phase: ['running', 'device-init'] } as const;
  assert.deepEqual(analyse(undefined, ALIGNED, 'helper', both), []);
  assert.deepEqual(analyse(undefined, LOCKED_IF_DP, 'helper', both), []);
  assert.deepEqual(analyse(undefined, LOCKED_IF_DP, 'helper', { phase: ['sys-critical-init', 'device-init'] }), ['PW202']);
  assert.deepEqual(analyse(undefined, ALIGNED, 'helper', { phase: ['sys-vm-init', 'running'] }), ['PW202']);
});

test('an entry\'s phases: its message\'s for a dispatch target; running and those of the handlers that call, jump or run on into a procedure', () => {
  const a = assemble(`
init:
  call first
  jmp tail
first:
  call second
  ret
second:
  ret
tail:
  mov eax, 1
runsOn:
  ret
critical:
  call second
  ret
later:
  call alone
  ret
alone:
  ret
pointed:
  ret
table dd pointed`, [
    { name: 'init', label: 'init', contract: { kind: 'control-dispatch', message: 'Device_Init' } },
    { name: 'first', label: 'first' }, { name: 'second', label: 'second' }, { name: 'tail', label: 'tail' }, { name: 'runsOn', label: 'runsOn' },
    { name: 'critical', label: 'critical', contract: { kind: 'control-dispatch', message: 'Sys_Critical_Init' } },
    { name: 'later', label: 'later', contract: { kind: 'control-dispatch', message: 'VM_Init' } },
    { name: 'alone', label: 'alone' }, { name: 'pointed', label: 'pointed' },
  ]);
  const phases = Object.fromEntries(a.program.entries.map((e) => [e.name, vmmEntryPhases(a.program, e)]));
  assert.deepEqual(phases, {
    init: ['device-init'],
    first: ['device-init', 'running'],
    second: ['sys-critical-init', 'device-init', 'running'],
    tail: ['device-init', 'running'],
    runsOn: ['device-init', 'running'],
    critical: ['sys-critical-init'],
    later: ['running'],
    alone: ['running'],
    pointed: ['running'],
  });
});

test('a control procedure written by hand runs in every phase, and so does what it calls, but the handlers it dispatches to', () => {
  const a = assemble(`
control:
  call common
  cmp eax, 1
  jz init
  ret
common:
  ret
init:
  call helper
  ret
helper:
  ret`, [
    { name: 'control', label: 'control', contract: { kind: 'procedure', controlProcedure: true } },
    { name: 'common', label: 'common' },
    { name: 'init', label: 'init', contract: { kind: 'control-dispatch', message: 'Device_Init' } },
    { name: 'helper', label: 'helper' },
  ]);
  const phases = Object.fromEntries(a.program.entries.map((e) => [e.name, vmmEntryPhases(a.program, e)]));
  const every = ['sys-critical-init', 'device-init', 'init-complete', 'sys-vm-init', 'running'];
  assert.deepEqual(phases, { control: every, common: every, init: ['device-init'], helper: ['device-init', 'running'] });
});

test('a control procedure written by hand breaks a rule of a phase on the paths whose message is of that phase', () => {
  // The call runs for Device_Init (EAX 1) only, or for every message.
  const control = (dispatch: string, call: string) => assemble(`
control:
${dispatch}
  VMMcall ${call}
  clc
  ret
other:
  clc
  ret`, [{ name: 'control', label: 'control', contract: { kind: 'procedure', controlProcedure: true } }]);
  const findings = (dispatch: string, call: string) => {
    const a = control(dispatch, call);
    // The block's handle left in EAX is lost at the return to the VMM (PW221) whatever the phase.
    return codes(analyseVmmProcedure(a.program, 'control', { macroCalls: a.macroCalls, version: 'W31' }).findings).filter((code) => code !== 'PW221');
  };
  const ONLY_INIT = '  cmp eax, 1\n  jne other';
  assert.deepEqual(findings(ONLY_INIT, LOCKED_IF_DP), ['PW202']);
  assert.deepEqual(findings(ONLY_INIT, ALIGNED), []);
  assert.deepEqual(findings('  nop', LOCKED_IF_DP), ['PW202']);
  assert.deepEqual(findings('  nop', ALIGNED), ['PW202']);
  assert.deepEqual(findings('  cmp eax, 9\n  jne other', LOCKED_IF_DP), []);
});
