import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, lower } from './lowering-masm-support.js';
import { checkVariants } from './support/runCli.js';

// MASM 6's INVOKE pushes a procedure's arguments as its PROTO or PROC line
// says, calls it and cleans up after a C one. It was dropped before, so the
// call it makes was never followed: a double free through it went unseen.

const DECLARATIONS = `        .386p
        .model flat, stdcall
Fill    PROTO   :DWORD, :BYTE
Log     PROTO   C :DWORD, :VARARG
Old     PROTO   PASCAL :DWORD, :DWORD
VxD_LOCKED_DATA_SEG
Buffer  db      64 dup (0)
Mode    db      0
VxD_LOCKED_DATA_ENDS
`;

async function invoked(lines: readonly string[]): Promise<string[]> {
  const r = await lower(`${DECLARATIONS}VxD_LOCKED_CODE_SEG\nP PROC\n        LOCAL tmp:DWORD\n${lines.join('\n')}\n        ret\nP ENDP\nVxD_LOCKED_CODE_ENDS\n`);
  const all = code(r);
  return all.slice(all.indexOf('sub esp, 4h') + 1, all.lastIndexOf('leave'));
}

describe('INVOKE: what it assembles to', () => {
  it('pushes STDCALL and C arguments last first, PASCAL ones first first, and cleans up after C and VARARG procedures only', async () => {
    assert.deepEqual(await invoked(['        invoke Fill, eax, bl', '        invoke Log, 1, 2, 3', '        invoke Old, eax, ebx']), [
      'movzx eax, bl', 'push eax', 'push eax', 'call Fill',
      'push 3h', 'push 2h', 'push 1h', 'call Log', 'add esp, 0ch',
      'push eax', 'push ebx', 'call Old',
    ]);
  });

  it('passes ADDR of a variable as its offset and of a local through EAX, and widens a byte variable through EAX', async () => {
    assert.deepEqual(await invoked(['        invoke Fill, ADDR Buffer, Mode', '        invoke Fill, ADDR tmp, 5']), [
      'movzx eax, 1:[10040h]', 'push eax', 'push 10000h', 'call Fill',
      'push 5h', 'lea eax, 4:[ebp-4h]', 'push eax', 'call Fill',
    ]);
  });
});

const module = (body: string, helpers = ''): string => `        .386p
        .model flat, stdcall
        include vmm.inc

Release PROTO   :DWORD
Outside PROTO   :DWORD, :DWORD

VxD_LOCKED_DATA_SEG
hMem    dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG
${helpers}
Caller PROC
${body}
        ret
Caller ENDP

VxD_LOCKED_CODE_ENDS
        END
`;

const FREE = `Free_It PROC STDCALL, handle:DWORD
        VMMcall _PageFree, <handle, 0>
        ret
Free_It ENDP
`;

describe('INVOKE: analysis', () => {
  const variants: Record<string, string> = {
    doubleFree: module('        invoke  Free_It, hMem\n        VMMcall _PageFree, <hMem, 0>', FREE),
    singleFree: module('        invoke  Free_It, hMem', FREE),
    outside: module('        invoke  Outside, eax, ebx'),
    noPrototype: module('        invoke  Nowhere, eax'),
    wrongCount: module('        invoke  Release, eax, ebx'),
  };
  const findings = checkVariants(variants);
  const lineOf = (variant: string, text: string): number => (variants[variant]?.split('\n').findIndex((l) => l.includes(text)) ?? -2) + 1;

  it('follows the call into a procedure of the file: a second free after it is PW222', async () => {
    assert.deepEqual(await findings('doubleFree'), [`${lineOf('doubleFree', 'VMMcall _PageFree, <hMem')} PW222`]);
    assert.deepEqual(await findings('singleFree'), []);
  });

  it('an outside STDCALL procedure takes its arguments with it', async () => {
    assert.deepEqual(await findings('outside'), []);
  });

  it('an INVOKE MASM would refuse (no prototype, another number of arguments) stops the analysis with a note', async () => {
    assert.deepEqual(await findings('noPrototype', true), [
      `${lineOf('noPrototype', 'invoke')} PW900 Analysis of Caller was cut short: INVOKE Nowhere: no PROTO or PROC line before it gives Nowhere's parameters`,
    ]);
    assert.deepEqual(await findings('wrongCount', true), [
      `${lineOf('wrongCount', 'invoke')} PW900 Analysis of Caller was cut short: INVOKE Release: Release takes 1 argument; 2 given`,
    ]);
  });
});
