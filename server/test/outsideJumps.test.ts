import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkVariants } from './support/runCli.js';

// `BeginProc Hook, Hook_Proc, Prev` keeps the previous handler of the hooked
// service in Prev, which the code installing the hook stores, and the hook
// hands the call on with `jmp [Prev]`: the previous handler runs on the
// hook's stack and returns to the hook's caller. That jump was a computed
// branch to a value nothing pinned down, and cut the analysis short.

const hook = (body: string): string => `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Free_Calls      dd      0
VxD_LOCKED_DATA_ENDS

VxD_ICODE_SEG
BeginProc Install_Hook
        GetVxDServiceOrdinal eax, _PageFree
        mov     esi, OFFSET32 PageFree_Hook
        VMMcall Hook_Device_Service
        jc      Install_Failed
        mov     [Prev_PageFree], esi
        clc
        ret
Install_Failed:
        stc
        ret
EndProc Install_Hook
VxD_ICODE_ENDS

VxD_LOCKED_CODE_SEG
BeginProc PageFree_Hook, Hook_Proc, Prev_PageFree
${body}
EndProc PageFree_Hook
VxD_LOCKED_CODE_ENDS
        END
`;

describe('a Hook_Proc chaining to the previous handler', () => {
  const variants = {
    chains: hook('        inc     [Free_Calls]\n        jmp     [Prev_PageFree]'),
    chainsByName: hook('        inc     [Free_Calls]\n        jmp     Prev_PageFree'),
    pushedFirst: hook('        push    ebx\n        inc     [Free_Calls]\n        jmp     [Prev_PageFree]'),
  };
  const findings = checkVariants(variants);
  const lineOf = (variant: keyof typeof variants, text: string): number => variants[variant].split('\n').findIndex((l) => l.includes(text)) + 1;

  it('is analysed to its end: the jump is a call of the previous handler and a return', async () => {
    assert.deepEqual(await findings('chains'), []);
    assert.deepEqual(await findings('chainsByName'), []);
  });

  it('with something left on the stack, the previous handler returns to the wrong address (PW231 at the jump)', async () => {
    assert.deepEqual(await findings('pushedFirst'), [`${lineOf('pushedFirst', 'jmp     [Prev_PageFree]')} PW231`]);
  });
});

// A `jmp` to a procedure the file declares EXTRN is a tail call: the
// procedure outside runs on this one's stack and returns to its caller,
// taking its arguments with it as a call of it would.

const tail = (externs: string, body: string): string => `        .386p
        include vmm.inc

        EXTRN   ${externs}

VxD_LOCKED_DATA_SEG
hBuf            dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG
BeginProc Release_Buffer
${body}
EndProc Release_Buffer
VxD_LOCKED_CODE_ENDS
        END
`;

describe('a jmp to a procedure outside the file', () => {
  const variants = {
    balanced: tail('Shared_Free:NEAR', '        mov     eax, [hBuf]\n        mov     [hBuf], 0\n        jmp     Shared_Free'),
    pushed: tail('Shared_Free:NEAR', '        push    ebx\n        mov     eax, [hBuf]\n        jmp     Shared_Free'),
    stdcall: tail('_Free_Block@4:NEAR', '        jmp     _Free_Block@4'),
  };
  const findings = checkVariants(variants);
  const lineOf = (variant: keyof typeof variants, text: string): number => variants[variant].split('\n').findIndex((l) => l.includes(text)) + 1;

  it('is a call of it and a return: analysed to its end', async () => {
    assert.deepEqual(await findings('balanced'), []);
  });

  it('with something left on the stack, the procedure outside returns to the wrong address (PW231 at the jump)', async () => {
    assert.deepEqual(await findings('pushed'), [`${lineOf('pushed', 'jmp     Shared_Free')} PW231`]);
  });

  it('an stdcall procedure takes the arguments the caller passed to this one', async () => {
    assert.deepEqual(await findings('stdcall'), []);
  });
});
