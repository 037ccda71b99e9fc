// Dynamic-area handler reasons 0-6 (spec B.6). The kernel enters the handler
// with R0 = reason and R12 = workspace and checks V on return. `mustPreserve`
// is what PW304 enforces; `kernelReuses` lists registers the inspected kernel
// reads back after the call, which is why "preserved" matters in practice.

import type { ArmRegister, ArmSlot, HandlerReason } from './types.js';

const R1_TO_R13: readonly ArmRegister[] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13'];
const ALL: readonly ArmRegister[] = ['R0', ...R1_TO_R13];
const except = (...out: ArmRegister[]): readonly ArmRegister[] => ALL.filter((r) => !out.includes(r));

const reasonIn = (code: number): ArmSlot => ({ register: 'R0', name: 'reason', role: 'reason', description: `${code}.` });
const workspace: ArmSlot = { register: 'R12', name: 'workspace', role: 'workspace', description: 'Workspace given at create time (R7 of OS_DynamicArea 0).' };
const pageSize: ArmSlot = { register: 'R5', name: 'pageSize', role: 'size', description: 'Page size in bytes.' };

export const HANDLER_REASONS: readonly HandlerReason[] = [
  {
    code: 0, name: 'DAHandler_PreGrow', shortName: 'PreGrow',
    description: 'The area is about to grow. May name the physical pages it wants in the page block, or refuse with V set.',
    appliesTo: 'areas with a handler (not PMPs)',
    entry: [
      reasonIn(0),
      { register: 'R1', name: 'pageBlock', role: 'page-block', description: 'Page block when flag bit 8 is set (entries pre-set to -1); otherwise 0 (documented as undefined).' },
      { register: 'R2', name: 'entries', role: 'count', description: 'Number of pages (page-block entries).' },
      { register: 'R3', name: 'bytes', role: 'byte-count', description: 'Bytes the area will grow by.' },
      { register: 'R4', name: 'size', role: 'size', description: 'Current size of the area.' },
      pageSize, workspace,
    ],
    outputs: [],
    mustPreserve: R1_TO_R13,
    kernelReuses: ['R1', 'R3', 'R5'],
    canRefuse: true,
    zeroOnError: [],
    r0OnSuccess: 'preserved-or-RESV',
    sources: ['ROK-CD', 'SH', 'ROK-H', 'MR13'],
  },
  {
    code: 1, name: 'DAHandler_PostGrow', shortName: 'PostGrow',
    description: 'The area has grown (or, after a failed specific-page grow, not: R2 = R3 = 0). Errors are ignored.',
    appliesTo: 'areas with a handler (not PMPs)',
    entry: [
      reasonIn(1),
      { register: 'R1', name: 'pageBlock', role: 'page-block', description: 'Page block with PPN, logical and physical address filled in (bit-8 areas); otherwise 0.' },
      { register: 'R2', name: 'entries', role: 'count', description: 'Number of pages added.' },
      { register: 'R3', name: 'bytes', role: 'byte-count', description: 'Bytes the area grew by.' },
      { register: 'R4', name: 'size', role: 'size', description: 'New size of the area.' },
      pageSize, workspace,
    ],
    outputs: [],
    mustPreserve: ALL,
    kernelReuses: [],
    canRefuse: false,
    zeroOnError: [],
    r0OnSuccess: 'preserved',
    sources: ['ROK-CD', 'SH'],
  },
  {
    code: 2, name: 'DAHandler_PreShrink', shortName: 'PreShrink',
    description: 'The area is about to shrink. Returns in R3 how much it allows (never more than asked); V set refuses with R3 = 0.',
    appliesTo: 'areas with a handler (not PMPs)',
    entry: [
      reasonIn(2),
      { register: 'R3', name: 'bytes', role: 'byte-count', description: 'Bytes the kernel wants to take.' },
      { register: 'R4', name: 'size', role: 'size', description: 'Current size of the area (SH says new size; the kernel passes current).' },
      pageSize, workspace,
    ],
    outputs: [{ register: 'R3', name: 'allowed', role: 'byte-count', description: 'Bytes the area can give up: at most the R3 it was given, a page multiple; 0 on error.' }],
    mustPreserve: except('R3'),
    kernelReuses: ['R5', 'R11'],
    canRefuse: true,
    zeroOnError: ['R3'],
    r0OnSuccess: 'preserved',
    sources: ['ROK-CD', 'WIKI'],
  },
  {
    code: 3, name: 'DAHandler_PostShrink', shortName: 'PostShrink',
    description: 'The area has shrunk. Not called when PreShrink allowed 0. Errors are ignored.',
    appliesTo: 'areas with a handler (not PMPs)',
    entry: [
      reasonIn(3),
      { register: 'R3', name: 'bytes', role: 'byte-count', description: 'Bytes the area shrank by.' },
      { register: 'R4', name: 'size', role: 'size', description: 'New size of the area.' },
      pageSize, workspace,
    ],
    outputs: [],
    mustPreserve: ALL,
    kernelReuses: [],
    canRefuse: false,
    zeroOnError: [],
    r0OnSuccess: 'preserved',
    sources: ['ROK-CD', 'SH'],
  },
  {
    code: 4, name: 'DAHandler_TestShrink', shortName: 'TestShrink',
    description: 'Asks a shrinkable area how much it could give up, without shrinking it.',
    appliesTo: 'shrinkable areas (flag bit 9)',
    entry: [reasonIn(4), { register: 'R4', name: 'size', role: 'size', description: 'Current size of the area.' }, pageSize, workspace],
    outputs: [{ register: 'R3', name: 'available', role: 'byte-count', description: 'Bytes that could be given up, rounded down to a page.' }],
    mustPreserve: except('R3'),
    kernelReuses: [],
    canRefuse: true,
    zeroOnError: [],
    r0OnSuccess: 'preserved',
    since: '3.80',
    sources: ['ROK-CD', 'ROK-H'],
  },
  {
    code: 5, name: 'DAHandler_Abort', shortName: 'Abort',
    description: 'An access to an abortable area faulted; the handler services it and says how many bytes it handled.',
    appliesTo: 'abortable areas (AbortTrap)',
    entry: [
      reasonIn(5),
      { register: 'R1', name: 'reasonFlags', role: 'flags', description: 'AbortTrap reason and flags.' },
      { register: 'R2', name: 'buffer', role: 'pointer', description: 'Data buffer.' },
      { register: 'R3', name: 'address', role: 'address', description: 'Faulting address.' },
      { register: 'R4', name: 'length', role: 'byte-count', description: 'Length of the access.' },
      { register: 'R5', name: 'usedEnd', role: 'address', description: 'End of the used part of the area.' },
      workspace,
    ],
    outputs: [{ register: 'R4', name: 'handled', role: 'byte-count', description: 'Bytes handled.' }],
    mustPreserve: except('R4'),
    kernelReuses: [],
    canRefuse: true,
    zeroOnError: [],
    r0OnSuccess: 'preserved',
    sources: ['WIKI', 'ROK-H'],
  },
  {
    code: 6, name: 'DAHandler_ResizePMP', shortName: 'ResizePMP',
    description: 'OS_ChangeDynamicArea was called on a physical memory pool; the handler resizes it itself (OS_DynamicArea 21).',
    appliesTo: 'PMP areas (flag bit 20); the only reason they get, and mandatory',
    entry: [
      reasonIn(6),
      { register: 'R1', name: 'pageChange', role: 'signed-byte-count', description: 'Signed change in pages.' },
      { register: 'R2', name: 'area', role: 'area-number', description: 'Area number.' },
      workspace,
    ],
    outputs: [],
    mustPreserve: ALL,
    kernelReuses: [],
    canRefuse: true,
    zeroOnError: [],
    r0OnSuccess: 'preserved',
    since: '5.23',
    sources: ['WIKI', 'ROK-H'],
  },
];
