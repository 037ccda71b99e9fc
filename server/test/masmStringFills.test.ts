import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkVariants } from './support/runCli.js';

// A VxD fills the pages it just allocated with `rep stosd`, without a `cld`
// of its own: ring-0 code runs with DF clear, and a C-convention service
// returns it clear. A fill of a page or more after a service call (or an
// EXTRN procedure) took a minute, then crashed Node, as each step added a
// term on DF to EDI; it is clean now, and a real bug beside it is still
// found.

const procedure = (call: string): string => `        .386p
        include vmm.inc

        EXTRN   Prepare_Fill:NEAR

VxD_LOCKED_DATA_SEG
Buf_Handle      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Fill_Pages
        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PAGEFIXED>
        or      eax, eax
        jz      short fail
        mov     Buf_Handle, eax
        mov     edi, edx
${call}
        mov     eax, 0FFFFFFFFh
        mov     ecx, 4 * 4096 / 4
        rep     stosd
        clc
        ret
fail:
        stc
        ret
EndProc Fill_Pages

VxD_LOCKED_CODE_ENDS
        END
`;

describe('rep stosd over freshly allocated pages', () => {
  const variants: Record<string, string> = {
    service: procedure(''),
    external: procedure('        call    Prepare_Fill'),
    bug: procedure('        mov     esi, [ecx]              ; ECX is _PageAllocate\'s'),
  };
  const findings = checkVariants(variants);

  it('after a service call, DF is still clear and the fill is clean', async () => {
    assert.deepEqual(await findings('service'), []);
  });

  it('after an EXTRN procedure, too', async () => {
    assert.deepEqual(await findings('external'), []);
  });

  it('ECX destroyed by the service and used before the fill is PW230', async () => {
    const line = variants.bug?.split('\n').findIndex((l) => l.includes('[ecx]')) ?? -1;
    assert.deepEqual(await findings('bug'), [`${line + 1} PW230`]);
  });
});

// A repetition is run in one step. One with a constant count over the
// limit (a 4 MB clear) ran inside that step for 17 s in 1.4 GB, out of the
// budgets' reach: it is cut short now, before the first store. One whose
// count the caller passes runs some iterations one by one and then the rest
// at once; the paths that needed more were dropped without a word before.
const copy = (count: string, after: string): string => `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Buf_Handle      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Copy_In
        VMMcall _PageAllocate, <1024, PG_SYS, 0, 0, 0, 0, 0, PAGEFIXED>
        or      eax, eax
        jz      short fail
        mov     Buf_Handle, eax
        mov     edi, edx
        mov     esi, [esp+8]
        mov     ecx, ${count}
        mov     ebx, ecx
        rep     movsd
${after}
        clc
        ret
fail:
        stc
        ret
EndProc Copy_In

VxD_LOCKED_CODE_ENDS
        END
`;

describe('rep movsd of a long or unknown count', () => {
  const freedTwiceWhenLong = `        cmp     ebx, 100
        jbe     short fail
        VMMcall _PageFree, <Buf_Handle, 0>
        VMMcall _PageFree, <Buf_Handle, 0>`;
  const variants: Record<string, string> = {
    huge: copy('4 * 1024 * 1024 / 4', ''),
    passed: copy('[esp+4]', ''),
    passedBug: copy('[esp+4]', freedTwiceWhenLong),
  };
  const checked = checkVariants(variants);
  const findings = (variant: string): Promise<string[]> => checked(variant, true);
  const lineOf = (variant: string, text: string, nth = 0): number =>
    (variants[variant]?.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => l.includes(text))[nth]?.[1]) ?? -1;

  it('a 4 MB clear is cut short at once, with a PW900 that says why', async () => {
    assert.deepEqual(await findings('huge'), [`${lineOf('huge', 'rep')} PW900 Analysis of Copy_In was cut short: rep movsd would run 1048576 times, over 65536`]);
  });

  it('a copy of a length the caller passes is followed to its end, with nothing to report', async () => {
    assert.deepEqual(await findings('passed'), []);
  });

  it('a bug only a copy of more than 100 dwords reaches is found', async () => {
    const [only, ...rest] = await findings('passedBug');
    assert.deepEqual(rest, []);
    assert.match(only ?? '', new RegExp(`^${lineOf('passedBug', '_PageFree', 1)} PW222 `));
  });
});

// A copy between static buffers runs every iteration, so a handle kept in
// the last dword of the source is in the last dword of the copy. A copy
// through a pointer the path leaves a choice of places for (here ESI may
// be Ring or Ring+4, and from Ring it reads the bytes it stored one step
// before) stores each word as a choice of what it may have read: every
// word nested the last, and a 60 KB copy ran out of heap. It runs as one
// of unknown count now, and the analysis goes on after it.
const saveBlock = (between: string): string => `        .386p
        include vmm.inc

SAVE_DWORDS     equ     2000h

VxD_LOCKED_DATA_SEG
Live_State      dd      SAVE_DWORDS dup (0)
Saved_State     dd      SAVE_DWORDS dup (0)
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Save_Block
        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PAGEFIXED>
        or      eax, eax
        jz      short fail
        mov     [Live_State + (SAVE_DWORDS - 1) * 4], eax
        push    eax
        mov     esi, OFFSET32 Live_State
        mov     edi, OFFSET32 Saved_State
        mov     ecx, SAVE_DWORDS
        cld
        rep     movsd
        pop     eax
${between}
        mov     edx, [Saved_State + (SAVE_DWORDS - 1) * 4]
        VMMcall _PageFree, <edx, 0>
fail:
        ret
EndProc Save_Block

VxD_LOCKED_CODE_ENDS
        END
`;

const shiftRing = (after: string): string => `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Ring_Sel        dd      0
Ring            dd      3C01h dup (0)
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Shift_Ring
        mov     esi, [Ring_Sel]
        and     esi, 4
        add     esi, OFFSET32 Ring
        mov     edi, OFFSET32 Ring + 2
        mov     ecx, 3C00h
        cld
        rep     movsd
${after}
        ret
EndProc Shift_Ring

VxD_LOCKED_CODE_ENDS
        END
`;

describe('rep movsd of 32 KB between static buffers, and of 60 KB through a pointer of two places over what it stores', () => {
  const variants: Record<string, string> = {
    saved: saveBlock(''),
    savedTwice: saveBlock('        VMMcall _PageFree, <eax, 0>'),
    shift: shiftRing(''),
    shiftBug: shiftRing('        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PAGEFIXED>\n        mov     eax, [ecx]'),
  };
  const findings = checkVariants(variants);
  const lineOf = (variant: string, text: string): number => (variants[variant]?.split('\n').findIndex((l) => l.includes(text)) ?? -2) + 1;

  it('the handle copied with the rest is freed through the copy: clean', async () => {
    assert.deepEqual(await findings('saved'), []);
  });

  it('freed through the original and through the copy: PW222 at the second free', async () => {
    assert.deepEqual(await findings('savedTwice'), [`${lineOf('savedTwice', '<edx, 0>')} PW222`]);
  });

  it('the copy through a pointer of two places ends, with nothing to report', async () => {
    assert.deepEqual(await findings('shift'), []);
  });

  it('a bug after that copy is found', async () => {
    assert.deepEqual(await findings('shiftBug'), [`${lineOf('shiftBug', '[ecx]')} PW230`]);
  });
});
