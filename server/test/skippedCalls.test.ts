import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkVariants } from './support/runCli.js';

// A VxD procedure frees the buffer in hBuf, then calls code the analysis
// does not follow, which may store a new handle there (an EXTRN procedure,
// a call through a pointer, a service the catalogue does not know, a call
// past the inline depth): the second _PageFree of hBuf is then no proven
// double free. A call the analysis follows, and a handle in the caller's
// own stack frame, keep what the path knows.

const procedure = (between: string, more = ''): string => `        .386p
        include vmm.inc

        EXTRN   Rebuild_Buffer:NEAR

VxD_LOCKED_DATA_SEG
hBuf            dd      0
pfnRebuild      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Swap_Buffer
        VMMcall _PageFree, <hBuf, 0>
${between}
        VMMcall _PageFree, <hBuf, 0>
        ret
EndProc Swap_Buffer

BeginProc Local_Helper
        ret
EndProc Local_Helper
${more}
VxD_LOCKED_CODE_ENDS
        END
`;

const deep = (n: number): string => `
BeginProc Rebuild_${n}
        ${n < 4 ? `call    Rebuild_${n + 1}` : 'VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>\n        mov     hBuf, eax'}
        ret
EndProc Rebuild_${n}
`;

const stackFrame = `        .386p
        include vmm.inc

        EXTRN   Rebuild_Buffer:NEAR

VxD_LOCKED_CODE_SEG

BeginProc Scratch_Page
        push    ebp
        mov     ebp, esp
        sub     esp, 4
        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
        or      eax, eax
        jz      short done
        mov     [ebp-4], eax
        VMMcall _PageFree, <[ebp-4], 0>
        call    Rebuild_Buffer
        VMMcall _PageFree, <[ebp-4], 0>
done:
        mov     esp, ebp
        pop     ebp
        ret
EndProc Scratch_Page

VxD_LOCKED_CODE_ENDS
        END
`;

const SECOND_FREE = procedure('').split('\n').findLastIndex((l) => l.includes('_PageFree')) + 1;

describe('memory after a call the analysis does not follow', () => {
  const variants: Record<string, string> = {
    external: procedure('        call    Rebuild_Buffer'),
    pointer: procedure('        call    [pfnRebuild]'),
    service: procedure('        VMMcall _Rebuild_Buffer_Now'),
    deep: procedure('        call    Rebuild_1', [1, 2, 3, 4].map(deep).join('')),
    followed: procedure('        call    Local_Helper'),
    none: procedure('        nop'),
    stack: stackFrame,
  };
  const findings = checkVariants(variants);

  it('an EXTRN procedure may have replaced the freed handle: no PW222', async () => {
    assert.deepEqual(await findings('external'), []);
  });

  it('so may a call through a pointer', async () => {
    assert.deepEqual(await findings('pointer'), []);
  });

  it('and a service the catalogue does not know, which is PW101 itself', async () => {
    assert.deepEqual(await findings('service'), [`${SECOND_FREE - 1} PW101`]);
  });

  it('and a procedure of the file past the inline depth, which does store a new handle', async () => {
    assert.deepEqual(await findings('deep'), []);
  });

  it('a followed call that leaves hBuf alone keeps the double free', async () => {
    assert.deepEqual(await findings('followed'), [`${SECOND_FREE} PW222`]);
  });

  it('without a call, the double free is PW222', async () => {
    assert.deepEqual(await findings('none'), [`${SECOND_FREE} PW222`]);
  });

  it('a handle in the caller\'s stack frame survives the call: its double free is PW222', async () => {
    const second = stackFrame.split('\n').findLastIndex((l) => l.includes('_PageFree')) + 1;
    assert.deepEqual(await findings('stack'), [`${second} PW222`]);
  });
});

// `Control_Dispatch W32_DEVICEIOCONTROL, Ioctl, sCall, <ecx, ebx, edx, esi>`
// pushes four registers and calls a handler that takes them off the stack
// itself (stdcall; pCall too). A handler the analysis does not follow (an
// EXTRN procedure, often C) was taken as leaving them there, a false
// PW231 at the dispatch.
const dispatching = (convention: string, handler = '        EXTRN   Ctl_Ioctl:NEAR\n', body = ''): string => `        .386p
        include vmm.inc
        include vwin32.inc

${handler}
VxD_LOCKED_CODE_SEG

BeginProc Ctl_Control
        Control_Dispatch W32_DEVICEIOCONTROL, Ctl_Ioctl, ${convention}, <ecx, ebx, edx, esi>
        clc
        ret
EndProc Ctl_Control
${body}
VxD_LOCKED_CODE_ENDS
        END
`;

describe('a Control_Dispatch handler with a calling convention', () => {
  const variants: Record<string, string> = {
    sCall: dispatching('sCall'),
    pCall: dispatching('pCall'),
    cCall: dispatching('cCall'),
    // The handler in the file says it is stdcall but returns with a plain `ret`: the arguments stay.
    unpopped: dispatching('sCall', '', `
BeginProc Ctl_Ioctl, SCALL
        xor     eax, eax
        ret
EndProc Ctl_Ioctl
`),
    // `Return` takes them off, but one path returns with a plain `ret`: the paths join at the dispatch.
    onePath: dispatching('sCall', '', `
BeginProc Ctl_Ioctl, SCALL
        ArgVar  dwService, DWORD
        ArgVar  dwDDB, DWORD
        ArgVar  hDevice, DWORD
        ArgVar  lpDIOCParms, DWORD
        EnterProc
        cmp     dwService, 1
        je      Ioctl_Fail
        xor     eax, eax
        LeaveProc
        Return
Ioctl_Fail:
        mov     eax, 1
        LeaveProc
        ret
EndProc Ctl_Ioctl
`),
  };
  const findings = checkVariants(variants);
  const dispatchLine = (variant: string): number => (variants[variant]?.split('\n').findIndex((l) => l.includes('Control_Dispatch')) ?? -2) + 1;

  it('outside the file, stdcall (sCall) takes its arguments with it', async () => {
    assert.deepEqual(await findings('sCall'), []);
  });

  it('outside the file, pascal (pCall) too', async () => {
    assert.deepEqual(await findings('pCall'), []);
  });

  it('with cCall the dispatch removes them itself', async () => {
    assert.deepEqual(await findings('cCall'), []);
  });

  it('a handler in the file that leaves them is still PW231', async () => {
    assert.deepEqual(await findings('unpopped'), [`${dispatchLine('unpopped')} PW231`]);
  });

  it('a handler in the file that leaves them on one path only is PW231 too', async () => {
    assert.deepEqual(await findings('onePath'), [`${dispatchLine('onePath')} PW231`]);
  });
});

// vmm.inc's cCall, sCall and pCall push a procedure's arguments and call
// it: they stopped the analysis (PW900) before.
const calling = (sCallArguments: string): string => `        .386p
        include vmm.inc

        EXTRN   Helper_C:NEAR

VxD_LOCKED_CODE_SEG

BeginProc Uses_Calls
        mov     eax, 1
        cCall   Helper_C, <eax, ebx>
        sCall   Helper_S, ${sCallArguments}
        pCall   Helper_C, <eax, ebx>
        clc
        ret
EndProc Uses_Calls

BeginProc Helper_S, SCALL
        ArgVar  a1, DWORD
        ArgVar  a2, DWORD
        EnterProc
        mov     eax, a1
        add     eax, a2
        LeaveProc
        Return
EndProc Helper_S

VxD_LOCKED_CODE_ENDS
        END
`;

describe('cCall, sCall and pCall', () => {
  const variants: Record<string, string> = { matching: calling('<eax, ebx>'), short: calling('<eax>') };
  const findings = checkVariants(variants);

  it('are followed through, to a procedure in the file or outside it', async () => {
    assert.deepEqual(await findings('matching'), []);
  });

  it('an sCall with one argument fewer than the procedure takes off is PW231 at the return', async () => {
    const ret = (variants.short?.split('\n').findIndex((l) => /^\s+ret$/.test(l)) ?? -2) + 1;
    assert.deepEqual(await findings('short'), [`${ret} PW231`]);
  });
});

// A direct call to a procedure outside the file: its PROTO, or the
// decoration a C compiler gave its name, says whether it takes its
// arguments off the stack as it returns (`_Handle@8` stdcall, all 8 bytes;
// `@Fast@12` fastcall, all but ECX and EDX). Taken as C, the caller of a
// stdcall procedure was a false PW231.
const external = (declarations: string, pushes: number, callee: string, cleanup = ''): string => `        .386p
        .model flat, stdcall
        include vmm.inc

${declarations}

VxD_LOCKED_CODE_SEG

BeginProc Calls_Out
${'        push    eax\n'.repeat(pushes)}        call    ${callee}
${cleanup}        ret
EndProc Calls_Out

VxD_LOCKED_CODE_ENDS
        END
`;

describe('calls to procedures outside the file', () => {
  const variants: Record<string, string> = {
    stdcallName: external('        EXTRN   _Handle@8:NEAR', 2, '_Handle@8'),
    stdcallNameShort: external('        EXTRN   _Handle@8:NEAR', 1, '_Handle@8'),
    fastcallName: external('        EXTRN   @Fast@12:NEAR', 1, '@Fast@12'),
    cName: external('        EXTRN   _Log:NEAR', 1, '_Log', '        add     esp, 4\n'),
    cNameUncleaned: external('        EXTRN   _Log:NEAR', 1, '_Log'),
    protoDefault: external('Handle  PROTO   :DWORD, :DWORD', 2, 'Handle'),
    protoContinued: external('Handle  PROTO   :DWORD, \\\n                :DWORD', 2, 'Handle'),
    protoC: external('Log     PROTO   C :DWORD', 1, 'Log', '        add     esp, 4\n'),
    protoCUncleaned: external('Log     PROTO   C :DWORD', 1, 'Log'),
    protoVararg: external('Print   PROTO   STDCALL :DWORD, :VARARG', 2, 'Print', '        add     esp, 8\n'),
  };
  const findings = checkVariants(variants);
  const ret = (variant: string): string => `${(variants[variant]?.split('\n').findIndex((l) => /^\s+ret$/.test(l)) ?? -2) + 1} PW231`;

  it('a stdcall name takes its arguments with it, all the bytes its decoration gives', async () => {
    assert.deepEqual(await findings('stdcallName'), []);
    assert.deepEqual(await findings('stdcallNameShort'), [ret('stdcallNameShort')]);
  });

  it('a fastcall name takes those past ECX and EDX', async () => {
    assert.deepEqual(await findings('fastcallName'), []);
  });

  it('a C name leaves them to the caller', async () => {
    assert.deepEqual(await findings('cName'), []);
    assert.deepEqual(await findings('cNameUncleaned'), [ret('cNameUncleaned')]);
  });

  it('a PROTO in the .MODEL language (STDCALL) takes them, a C one leaves them, a VARARG one leaves them all', async () => {
    assert.deepEqual(await findings('protoDefault'), []);
    assert.deepEqual(await findings('protoContinued'), [], 'a PROTO line continued with a backslash');
    assert.deepEqual(await findings('protoC'), []);
    assert.deepEqual(await findings('protoCUncleaned'), [ret('protoCUncleaned')]);
    assert.deepEqual(await findings('protoVararg'), []);
  });
});
