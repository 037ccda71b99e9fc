import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replaced } from './support/editedDocuments.js';
import { KeptDocument } from './support/keptAnalyses.js';

// An entry none of whose code can make a value of where code lies (no call
// or BL, no read of the PC, no label's address taken as a value, no computed
// jump) is keyed by its code with addresses counted from its own start, so
// an instruction inserted above it, which moves it on by bytes, keeps its
// result (in ObjAsm code, where only a routine that the code before it runs
// into moves). Every entry that could see where its code or data lies runs again:
// a label's address compared, masked, multiplied or passed to a service, a
// return address popped or copied, the PC read, an ADR passed to a SWI; and
// so does one that reads memory at a number where data inside code lay
// before the edit (0A0034h is Inline + 4 before it, and in no item after
// it). A VxD procedure starts a slot of its own (10000h apart), so only data
// that fills the rest of a slot moves the procedures after it.
// After each edit the document's findings (with their notes and witnesses),
// register listing and hover values must be a fresh analysis's.

const VXD = `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Counter         dd      7
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Edited
        mov     ecx, 2
        ret
EndProc Edited

BeginProc Reads_Number
        mov     eax, ds:[0A0034h]
        ret
EndProc Reads_Number

BeginProc Plain
        mov     eax, 5
        add     eax, ecx
        ret
EndProc Plain

BeginProc Reads_Counter
        mov     eax, [Counter]
        ret
EndProc Reads_Counter

BeginProc Walks_Table
        mov     esi, OFFSET32 Table
Next_Entry:
        add     esi, 4
        cmp     esi, OFFSET32 Table_End
        jb      Next_Entry
        ret
EndProc Walks_Table

BeginProc Masks_Plain
        mov     eax, OFFSET32 Plain
        and     eax, 0FFFh
        ret
EndProc Masks_Plain

BeginProc Multiplies_Plain
        mov     eax, OFFSET32 Plain
        imul    eax, eax, 3
        ret
EndProc Multiplies_Plain

BeginProc Locks_Plain
        mov     eax, OFFSET32 Plain
        shr     eax, 12
        VMMcall _LinPageLock, <eax, 1, 0>
        ret
EndProc Locks_Plain

BeginProc Pops_Own_Address
        call    Here
Here:
        pop     ebx
        jmp     Done
Inline          dd      5, 6
Done:
        ret
EndProc Pops_Own_Address

Table           dd      1, 2, 3, 4
Table_End       dd      0

VxD_LOCKED_CODE_ENDS
        END
`;

const OBJASM = `        GET     Hdr:ListOpts
        GET     Hdr:Macros
        GET     Hdr:System
        GET     Hdr:ModHand

        AREA    |Rel$$Module|, CODE, READONLY

Module_BaseAddr
        DCD     0
        DCD     Init - Module_BaseAddr
        DCD     0
        DCD     0
        DCD     Title - Module_BaseAddr
        DCD     Title - Module_BaseAddr
        DCD     0

Title   =       "Rel", 0
        ALIGN

Init    ROUT
        MOV     r1, #1
        MOV     pc, lr

Plain   ROUT
        MOV     r0, #5
        ADD     r0, r0, r1
        MOV     pc, lr

Own_Pc  ROUT
        MOV     r0, pc
        MOV     pc, lr

Links   ROUT
        STMFD   sp!, {lr}
        BL      Leaf
        MOV     r0, lr
        LDMFD   sp!, {pc}

Leaf    ROUT
        MOV     r2, #3
        MOV     pc, lr

Creates ROUT
        ADR     r0, AreaName
        SWI     OS_DynamicArea
        MOV     pc, lr

AreaName =      "Rel area", 0
        ALIGN

        END
`;

describe('entries whose code moved by bytes, keyed relative to where it lies', { timeout: 600_000 }, () => {
  test('VxD: data that moves procedures a slot on keeps the results of those that make no value of where they lie', async () => {
    const { document, state } = await KeptDocument.open('vxd-masm', '/work/relative/relative.asm', VXD);
    assert.deepEqual(state.statistics, { analysed: 9, reused: 0 });
    const after = await document.edit(replaced(document.current, 'EndProc Edited\n', 'EndProc Edited\nPad     db      65536 dup (0)\n'));
    // The five that take the address of Table, of Plain or their own, and Reads_Number; Edited, above the data, Plain,
    // and Reads_Counter, whose data did not move, are kept.
    assert.deepEqual(after.statistics, { analysed: 6, reused: 3 });
    await document.checked(after, 'data after Edited');
  });

  test('ObjAsm: a routine that comes to run on into the next moves the routines after it, and keeps the results of those that make no value of where they lie', async () => {
    // Each routine here ends returning, so it starts a slot of its own (riscos/layout.ts), and an instruction inside one
    // moves nothing in the others. One after a routine's return lets it run on: the next routine is laid out right after
    // it, and each routine after that a slot further up.
    const { document, state } = await KeptDocument.open('riscos-objasm', '/work/relative/s/Relative', OBJASM);
    assert.deepEqual(state.statistics, { analysed: 6, reused: 0 });
    const runOn = async (end: string, what: string): Promise<{ analysed: number; reused: number }> => {
      const after = await document.edit(replaced(document.current, end, `${end}        MOV     r9, r9\n`));
      await document.checked(after, what);
      return after.statistics;
    };
    // Init, whose code changed, Own_Pc, Links (its BL's return address) and Creates (its ADR); Plain and Leaf are kept.
    assert.deepEqual(await runOn('        MOV     r1, #1\n        MOV     pc, lr\n', 'Init runs on'), { analysed: 4, reused: 2 });
    // Plain, whose code changed, Init, which runs on into it, and Own_Pc, Links and Creates again; Leaf is kept.
    assert.deepEqual(await runOn('        ADD     r0, r0, r1\n        MOV     pc, lr\n', 'Plain runs on'), { analysed: 5, reused: 1 });
    // Leaf, whose code changed, Links, which calls it, and Creates, now laid out after it.
    assert.deepEqual(await runOn('        MOV     r2, #3\n        MOV     pc, lr\n', 'Leaf runs on'), { analysed: 3, reused: 3 });
  });
});
