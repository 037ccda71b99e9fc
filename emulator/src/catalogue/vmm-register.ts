// Register-convention VMM services that VxDs call around paging code: VM
// handles, events that move work out of interrupt time, and the fatal-error
// exits that end a path (PW220 stops there). Inputs and outputs are
// registers; nothing is pushed, so their arity is 0.

import {
  ALL_WINDOWS,
  type RegisterSlot, type SourceKey, type VmmServiceSemantics, type X86Register,
} from './types.js';

interface RegisterSpec {
  readonly inputs?: readonly RegisterSlot[];
  readonly outputs?: readonly RegisterSlot[];
  readonly noReturn?: boolean;
  readonly related: readonly string[];
  readonly sources: readonly SourceKey[];
  readonly note?: string;
}

const registerService = (spec: RegisterSpec): VmmServiceSemantics => {
  const outputs = spec.outputs ?? [];
  // Outputs are changed by definition; flag outputs live in EFLAGS.
  const changed = new Set<X86Register>(outputs.map((o) => (o.register === 'CF' || o.register === 'ZF' ? 'EFLAGS' : o.register)));
  changed.add('EFLAGS');
  return {
    params: [],
    inputs: spec.inputs ?? [],
    outputs,
    results: [],
    failure: null,
    clobbers: spec.noReturn ? [] : [...changed],
    versionNotes: spec.note ? [{ targets: ALL_WINDOWS, text: spec.note }] : [],
    related: spec.related,
    sources: spec.sources,
    ...(spec.noReturn ? { noReturn: true } : {}),
  };
};

const vmIn: RegisterSlot = { register: 'EBX', name: 'VM', role: 'vm-handle', description: 'VM handle to test.' };
const eventOut: RegisterSlot = { register: 'ESI', name: 'hEvent', role: 'handle', description: 'Event handle, for cancelling.' };
const callbackIn: RegisterSlot = { register: 'ESI', name: 'Callback', role: 'callback', description: 'Routine to call.' };
const refDataIn: RegisterSlot = { register: 'EDX', name: 'RefData', role: 'other', description: 'Passed to the callback in EDX.' };

export const REGISTER_SERVICES: Readonly<Record<string, VmmServiceSemantics>> = {
  Get_VMM_Version: registerService({
    outputs: [
      { register: 'EAX', name: 'Version', role: 'other', description: 'AH = major, AL = minor version.' },
      { register: 'ECX', name: 'DebugRevision', role: 'other', description: 'Debug development revision.' },
    ],
    related: [],
    sources: ['OUTSIDE-SPEC'],
  }),
  Get_Cur_VM_Handle: registerService({
    outputs: [{ register: 'EBX', name: 'VM', role: 'vm-handle', description: 'Handle of the VM running now.' }],
    related: ['Test_Cur_VM_Handle', 'Get_Sys_VM_Handle'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
  }),
  Test_Cur_VM_Handle: registerService({
    inputs: [vmIn],
    outputs: [{ register: 'ZF', name: 'IsCurrent', role: 'status', description: 'Set when EBX is the VM running now.' }],
    related: ['Get_Cur_VM_Handle'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
  }),
  Get_Sys_VM_Handle: registerService({
    outputs: [{ register: 'EBX', name: 'SysVM', role: 'vm-handle', description: 'Handle of the system VM.' }],
    related: ['Test_Sys_VM_Handle', 'Get_Cur_VM_Handle'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
  }),
  Test_Sys_VM_Handle: registerService({
    inputs: [vmIn],
    outputs: [{ register: 'ZF', name: 'IsSystem', role: 'status', description: 'Set when EBX is the system VM.' }],
    related: ['Get_Sys_VM_Handle'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
  }),
  Validate_VM_Handle: registerService({
    inputs: [vmIn],
    outputs: [{ register: 'CF', name: 'Invalid', role: 'status', description: 'Clear when EBX is a valid VM handle, set when not.' }],
    related: ['Get_Next_VM_Handle'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
  }),
  Get_VMM_Reenter_Count: registerService({
    outputs: [{ register: 'ECX', name: 'Count', role: 'count', description: 'Re-entry depth; non-zero means only async services may be called (spec A.1.4).' }],
    related: ['Begin_Reentrant_Execution'],
    sources: ['KB75864'],
  }),
  Get_Next_VM_Handle: registerService({
    inputs: [{ register: 'EBX', name: 'VM', role: 'vm-handle', description: 'A VM handle.' }],
    outputs: [{ register: 'EBX', name: 'NextVM', role: 'vm-handle', description: 'The next VM in the circular list.' }],
    related: ['Get_Sys_VM_Handle'],
    sources: ['OUTSIDE-SPEC'],
  }),
  Get_System_Time: registerService({
    outputs: [{ register: 'EAX', name: 'Time', role: 'count', description: 'Milliseconds since Windows started.' }],
    related: ['Get_Last_Updated_System_Time'],
    sources: ['OUTSIDE-SPEC'],
  }),
  Schedule_Global_Event: registerService({
    inputs: [callbackIn, refDataIn],
    outputs: [eventOut],
    related: ['Cancel_Global_Event', 'Call_Global_Event', 'Schedule_VM_Event'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
    note: 'Async: the way to move page-service calls out of a hardware interrupt (spec W13).',
  }),
  Schedule_VM_Event: registerService({
    inputs: [{ register: 'EBX', name: 'VM', role: 'vm-handle', description: 'VM the callback runs in.' }, callbackIn, refDataIn],
    outputs: [eventOut],
    related: ['Cancel_VM_Event', 'Call_VM_Event', 'Schedule_Global_Event'],
    sources: ['KB75864', 'OUTSIDE-SPEC'],
  }),
  Call_When_Idle: registerService({
    inputs: [callbackIn],
    outputs: [{ register: 'CF', name: 'Failed', role: 'status', description: 'Set when the callback could not be installed.' }],
    related: ['Cancel_Call_When_Idle'],
    sources: ['OUTSIDE-SPEC'],
  }),
  Fatal_Error_Handler: registerService({
    inputs: [
      { register: 'ESI', name: 'Msg_Ptr', role: 'pointer', description: 'Zero-terminated message, or 0 for none.' },
      { register: 'EAX', name: 'Exit_Flags', role: 'flags', description: 'EF_Hang_On_Exit or 0.' },
    ],
    noReturn: true,
    related: ['Fatal_Memory_Error'],
    sources: ['VMMH', 'KB75864'],
  }),
  Fatal_Memory_Error: registerService({
    noReturn: true,
    related: ['Fatal_Error_Handler'],
    sources: ['KB75864'],
  }),
  Crash_Cur_VM: registerService({
    noReturn: true,
    related: ['Fatal_Error_Handler'],
    sources: ['KB75864'],
  }),
};
