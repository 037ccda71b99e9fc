import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// A handler whose area's creation flags are not known (stored to a workspace
// word on two paths, masked, set in a BASIC PROC or FN that does more than
// assign or return them: one that does only that is worked out) is analysed for every
// reason the kernel may call it with: where the handler does something of
// its own with a reason, its faults are reported, and only a check that
// rests on an unknown bit (bit 8's page block, PW307) stays quiet.

/** Pool: flags stored to a workspace word and loaded back into R4, which are known; its PreGrow returns R0 = 1 with V clear (PW303). */
const POOL = `; > s.Pool
;
; Pool - a shrinkable buffer area; flags chosen at init from a CMOS-derived
; option word kept in workspace.  32-bit, Hdr:Proc style.

        AREA    |Pool$$Code|, CODE, READONLY, PIC

        GET     Hdr:ListOpts
        GET     Hdr:Macros
        GET     Hdr:System
        GET     Hdr:ModHand
        GET     Hdr:Services
        GET     Hdr:OSMem
        GET     Hdr:Proc

AreaMax         *       4 * 1024 * 1024

                ^       0, wp
ws_area         #       4
ws_flags        #       4
ws_size         #       4
ws_locked       #       4
WorkspaceSize   *       :INDEX: @

Module_Base
        DCD     0
        DCD     Init            - Module_Base
        DCD     Final           - Module_Base
        DCD     Service         - Module_Base
        DCD     Title           - Module_Base
        DCD     Help            - Module_Base
        DCD     0
        DCD     0
        DCD     0
        DCD     0
        DCD     0
        DCD     0
        DCD     ModuleFlags     - Module_Base

Title   =       "Pool", 0
Help    =       "Pool", 9, 9, 9, "0.12 (04 Mar 2002)", 0
AreaName =      "Pool buffers", 0
        ALIGN
ModuleFlags
        DCD     ModuleFlag_32bit

ErrorBlock_PoolReason
        DCD     &81C600
        =       "Pool: unknown handler reason", 0
        ALIGN

Init    Entry   "r7-r9"
        MOV     r0, #ModHandReason_Claim
        MOV     r3, #WorkspaceSize
        SWI     XOS_Module
        EXIT    VS
        STR     r2, [r12]
        MOV     r12, r2
        MOV     r0, #0
        STR     r0, ws_area
        STR     r0, ws_size
        STR     r0, ws_locked
        LDR     r0, =DynAreaFlags_Shrinkable :OR: DynAreaFlags_NotUserDraggable
        STR     r0, ws_flags

        MOV     r0, #0
        MOV     r1, #-1
        MOV     r2, #0
        MOV     r3, #-1
        LDR     r4, ws_flags
        MOV     r5, #AreaMax
        ADR     r6, AreaHandler
        MOV     r7, r12
        ADR     r8, AreaName
        SWI     XOS_DynamicArea
        BVS     %FT90
        STR     r1, ws_area
        EXIT

90      MOV     r9, r0
        MOV     r0, #ModHandReason_Free
        MOV     r2, r12
        SWI     XOS_Module
        MOV     r0, r9
        SETV
        EXIT

Final   Entry
        LDR     r12, [r12]
        LDR     r1, ws_area
        TEQ     r1, #0
        BEQ     %FT10
        MOV     r0, #1
        SWI     XOS_DynamicArea
        EXIT    VS
        MOV     r0, #0
        STR     r0, ws_area
10      MOV     r0, #ModHandReason_Free
        MOV     r2, r12
        SWI     XOS_Module
        CLRV
        EXIT

Service ROUT
        TEQ     r1, #Service_DynamicAreaRemove
        MOVNE   pc, lr
        Entry   "r0"
        LDR     r12, [r12]
        LDR     r0, ws_area
        TEQ     r0, r2
        MOVEQ   r0, #0
        STREQ   r0, ws_area
        EXIT

AreaHandler ROUT
        TEQ     r0, #DAHandler_PreGrow
        BEQ     DA_PreGrow
        TEQ     r0, #DAHandler_PostGrow
        BEQ     DA_PostGrow
        TEQ     r0, #DAHandler_PreShrink
        BEQ     DA_PreShrink
        TEQ     r0, #DAHandler_PostShrink
        BEQ     DA_PostShrink
        TEQ     r0, #DAHandler_TestShrink
        BEQ     DA_TestShrink
        ADR     r0, ErrorBlock_PoolReason
        SETV
        MOV     pc, lr

DA_PreGrow
        MOV     r0, #1
        CLRV
        MOV     pc, lr

DA_PostGrow
        STR     r4, ws_size
        CLRV
        MOV     pc, lr

DA_PreShrink Entry "r1"
        LDR     r1, ws_locked
        SUB     r1, r4, r1
        CMP     r3, r1
        MOVHI   r3, r1
        SUB     r1, r5, #1
        BIC     r3, r3, r1
        CLRV
        EXIT

DA_PostShrink
        STR     r4, ws_size
        CLRV
        MOV     pc, lr

DA_TestShrink Entry "r1"
        LDR     r1, ws_locked
        SUB     r3, r4, r1
        SUB     r1, r5, #1
        BIC     r3, r3, r1
        CLRV
        EXIT

        END
`;

/** BBC BASIC: flags% changed in a PROC that can only clear bit 7; the PreGrow returns R0 = R2 (PW303). */
const OPTS = `REM >Opts
REM Scratch area whose flags depend on a user option.
ON ERROR PROCtidy : REPORT : PRINT " at line "; ERL : END
area% = 0
flags% = 1 << 7
PROCoptions
DIM code% 256
FOR pass% = 0 TO 2 STEP 2
P% = code%
[OPT pass%
.handler
        CMP     R0, #0
        BNE     notpre
        MOV     R0, R2
        MOV     PC, R14
.notpre
        CMP     R0, #3
        MOVLS   PC, R14
        ADR     R0, unknown
        CMN     R0, #1 << 31
        MOV     PC, R14
.unknown
        EQUD    &81C700
        EQUS    "Opts: unknown reason" + CHR$0
        ALIGN
]
NEXT pass%
SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, &100000, handler, 0, "Opts" TO ,area%
SYS "OS_ChangeDynamicArea", area%, &4000
PROCtidy
END

DEF PROCoptions
IF INSTR(FNenv("Opts$Options"), "notdrag") = 0 THEN flags% = flags% AND NOT (1 << 7)
ENDPROC

DEF FNenv(v$)
LOCAL b%, n%
DIM b% 255
SYS "XOS_ReadVarVal", v$, b%, 255, 0, 3 TO ,, n%
b%?n% = 13
=$b%

DEF PROCtidy
IF area% <> 0 THEN SYS "XOS_DynamicArea", 1, area% : area% = 0
ENDPROC
`;

/** BBC BASIC: flags% from an FN of a constant (bits 7 and 8); PreShrink and PostShrink return R0 = 0 (PW304). Its PreGrow names every page from first%. */
const GRAB = `REM >Grab
REM NeedsSpecificPages area: PreGrow names pages from first% upwards.
ON ERROR PROCtidy : REPORT : PRINT " at line "; ERL : END
area% = 0
first% = FNpage(&200000)
flags% = FNflags
DIM code% 512
FOR pass% = 0 TO 2 STEP 2
P% = code%
[OPT pass%
.handler
        CMP     R0, #1
        BEQ     postgrow
        BHI     other
        STMFD   R13!, {R1-R3, R14}
        LDR     R3, first
.fill
        STR     R3, [R1], #12
        ADD     R3, R3, #1
        SUBS    R2, R2, #1
        BNE     fill
        LDMFD   R13!, {R1-R3, R14}
        CMP     R0, #0
        MOV     PC, R14
.postgrow
        CMP     R0, #0
        MOV     PC, R14
.other
        CMP     R0, #4
        MOVLS   R0, #0
        CMPLS   R0, #0
        MOVLS   PC, R14
        MOV     R0, #0
        MOV     R1, #&80000000
        CMP     R1, #1
        MOV     PC, R14
.first
        EQUD    first%
]
NEXT pass%
SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, FNpages(8) * 4096, handler, 0, "Grab" TO ,area%
SYS "OS_ChangeDynamicArea", area%, FNpages(8) * 4096
PROCtidy
END

DEF FNpage(addr%) = addr% DIV 4096
DEF FNpages(n%) = n%
DEF FNflags = (1 << 8) OR (1 << 7)

DEF PROCtidy
IF area% <> 0 THEN SYS "XOS_DynamicArea", 1, area% : area% = 0
ENDPROC
`;

/** GRAB with a PreGrow that names the page of entry 0 only, leaving the others -1 (PW301 where the area has bit 8). */
const partial = (grab: string): string => edit(grab, '.fill\n        STR     R3, [R1], #12\n        ADD     R3, R3, #1\n        SUBS    R2, R2, #1\n        BNE     fill\n', '        STR     R3, [R1]\n');

/** `text` with `from` replaced by `to`; `from` must be there. */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

const FLAGS_LOAD = '        LDR     r4, ws_flags\n';
const FLAGS_STORE = '        LDR     r0, =DynAreaFlags_Shrinkable :OR: DynAreaFlags_NotUserDraggable\n        STR     r0, ws_flags\n';
/** The word stored again, with bit 8 set, on one path only: which value the load reads is not known. */
const twoPaths = (t: string) => edit(t, FLAGS_STORE, `${FLAGS_STORE}        TEQ     r10, #0\n        BEQ     %FT10\n`
  + '        LDR     r0, =DynAreaFlags_Shrinkable :OR: DynAreaFlags_NeedsSpecificPages\n        STR     r0, ws_flags\n10\n');
const FLAGS = {
  workspace: (t: string) => t,
  twoPaths,
  literal: (t: string) => edit(t, FLAGS_LOAD, '        LDR     r4, =DynAreaFlags_Shrinkable :OR: DynAreaFlags_NotUserDraggable\n'),
  /** The word of two paths masked: what the mask sets or clears is known. */
  masked: (t: string) => edit(twoPaths(t), FLAGS_LOAD, `${FLAGS_LOAD}        AND     r4, r4, #&FF\n`),
  cleared: (t: string) => edit(twoPaths(t), FLAGS_LOAD, `${FLAGS_LOAD}        BIC     r4, r4, #DynAreaFlags_SparseMap\n        BIC     r4, r4, #DynAreaFlags_PMP\n`),
};
/** Lines the flags variants add before the handler. */
const ADDED = { workspace: 0, twoPaths: 5, literal: 0, masked: 6, cleared: 7 };

const noPreGrowFault = (t: string) => edit(t, 'DA_PreGrow\n        MOV     r0, #1\n', 'DA_PreGrow\n');
const HANDLERS = {
  preGrowR0: (t: string) => t,
  postShrinkR3: (t: string) => edit(noPreGrowFault(t), 'DA_PostShrink\n        STR     r4, ws_size\n', 'DA_PostShrink\n        MOV     r3, r4, LSR #12\n        STR     r3, ws_size\n'),
  testShrinkR1: (t: string) => edit(noPreGrowFault(t), 'DA_TestShrink Entry "r1"', 'DA_TestShrink Entry'),
  preShrinkError: (t: string) => edit(edit(noPreGrowFault(t), '        MOVHI   r3, r1\n', '        MOVHI   r3, r1\n        BLS     %FT90\n'),
    '        BIC     r3, r3, r1\n        CLRV\n        EXIT\n\nDA_PostShrink', '        BIC     r3, r3, r1\n        CLRV\n        EXIT\n90      MOV     r0, #0\n        SETV\n        EXIT\n\nDA_PostShrink'),
  fixed: noPreGrowFault,
  /** A PreGrow that reads the page block without testing R1: PW307 only where bit 8 is known clear. */
  readsBlock: (t: string) => edit(noPreGrowFault(t), 'DA_PreGrow\n        CLRV\n        MOV     pc, lr\n', 'DA_PreGrow Entry "r6"\n        LDR     r6, [r1]\n        CLRV\n        EXIT\n'),
};
/** Bit 8 set in the word stored to workspace. */
const bit8 = (t: string) => edit(t, FLAGS_STORE, FLAGS_STORE.replace('NotUserDraggable', 'NotUserDraggable :OR: DynAreaFlags_NeedsSpecificPages'));

/** Each handler fault's finding, at its line in the workspace variant. */
const FOUND: Readonly<Record<keyof typeof HANDLERS, string[]>> = {
  preGrowR0: ['133 PW303 PreGrow returns V clear with R0 neither preserved nor "RESV" (&56534552)'],
  postShrinkR3: ['153 PW304 PostShrink returns with R3 changed; the kernel expects it preserved'],
  testShrinkR1: ['160 PW304 TestShrink returns with R1 changed; the kernel expects it preserved'],
  preShrinkError: ['151 PW305 PreShrink returns an error with R3 not 0'],
  fixed: [],
  readsBlock: [],
};

describe('ObjAsm: a handler whose area flags are not known exactly', () => {
  const root = tempDir('pw-unknown-flags-');
  for (const [flags, setFlags] of Object.entries(FLAGS)) {
    for (const [handler, setHandler] of Object.entries(HANDLERS)) {
      mkdirSync(join(root, `${flags}-${handler}`, 's'), { recursive: true });
      writeFileSync(join(root, `${flags}-${handler}`, 's/Pool'), setHandler(setFlags(POOL)), 'latin1');
    }
  }
  mkdirSync(join(root, 'bit8-readsBlock', 's'), { recursive: true });
  writeFileSync(join(root, 'bit8-readsBlock', 's/Pool'), HANDLERS.readsBlock(bit8(POOL)), 'latin1');
  const run = checkJson([root]);
  run.catch(() => undefined);
  const found = async (variant: string): Promise<string[]> =>
    (await run).filter((f) => f.file.includes(`/${variant}/s/Pool`)).map((f) => `${f.line} ${f.code} ${f.message}`);
  const at = (lines: readonly string[], by: number): string[] => lines.map((l) => l.replace(/^\d+/, (n) => String(Number(n) + by)));

  for (const flags of Object.keys(FLAGS) as (keyof typeof FLAGS)[]) {
    for (const handler of ['preGrowR0', 'postShrinkR3', 'testShrinkR1', 'preShrinkError', 'fixed'] as const) {
      // AND r4, r4, #&FF clears bit 9: no Shrinkable area, no TestShrink.
      const expected = flags === 'masked' && handler === 'testShrinkR1' ? [] : at(FOUND[handler], ADDED[flags]);
      it(`flags ${flags}, ${handler}: ${expected.length === 0 ? 'clean' : expected.map((f) => f.split(' ')[1]).join()}`, async () => {
        assert.deepEqual(await found(`${flags}-${handler}`), expected);
      });
    }
  }

  it('a PreGrow reading the page block is PW307 only where flag bit 8 is known clear', async () => {
    // The literal, the word stored to workspace and loaded back, and the loaded word masked with AND r4, r4, #&FF.
    for (const flags of ['literal', 'workspace', 'masked']) assert.deepEqual((await found(`${flags}-readsBlock`)).map((f) => f.split(' ')[1]), ['PW307'], flags);
    // The word stored on two paths, and the word with bits 10 and 20 cleared: bit 8 may be set or clear.
    for (const flags of ['twoPaths', 'cleared']) assert.deepEqual(await found(`${flags}-readsBlock`), [], flags);
    // Bit 8 set in the word stored to workspace: R1 points to a page block.
    assert.deepEqual(await found('bit8-readsBlock'), []);
  });
});

describe('BBC BASIC: a handler whose area flags are set where the SYS cannot see them', () => {
  const root = tempDir('pw-unknown-flags-basic-');
  const variants: Readonly<Record<string, string>> = {
    opts: OPTS,
    optsLiteral: edit(OPTS, 'PROCoptions\nDIM', 'REM PROCoptions\nDIM'),
    optsFixed: edit(OPTS, '        MOV     R0, R2\n', ''),
    grab: GRAB,
    grabLiteral: edit(GRAB, 'flags% = FNflags', 'flags% = (1 << 8) OR (1 << 7)'),
    grabFixed: edit(GRAB, '        MOVLS   R0, #0\n        CMPLS   R0, #0\n', '        CMPLS   R0, R0\n'),
    grabPartial: partial(GRAB),
    grabPartialLines: edit(partial(GRAB), 'DEF FNflags = (1 << 8) OR (1 << 7)', 'DEF FNflags\n= &180'),
    grabPartialLocal: edit(partial(GRAB), 'DEF FNflags = (1 << 8) OR (1 << 7)', 'DEF FNflags\nLOCAL f%\nf% = &180\n= f%'),
    grabPartialLiteral: edit(partial(GRAB), 'flags% = FNflags', 'flags% = (1 << 8) OR (1 << 7)'),
    grabPartialProc: edit(edit(partial(GRAB), 'flags% = FNflags', 'PROCsetflags'), 'DEF PROCtidy', 'DEF PROCsetflags\nflags% = (1 << 8) OR (1 << 7)\nENDPROC\n\nDEF PROCtidy'),
    grabPartialProcIf: edit(edit(partial(GRAB), 'flags% = FNflags', 'flags% = 1 << 7 : PROCsetflags'), 'DEF PROCtidy', 'DEF PROCsetflags\nIF INKEY(-282) THEN flags% = flags% OR (1 << 8)\nENDPROC\n\nDEF PROCtidy'),
  };
  for (const [name, text] of Object.entries(variants)) writeFileSync(join(root, `${name}.bas`), text, 'latin1');
  const run = checkJson([root]);
  run.catch(() => undefined);
  const found = async (variant: string): Promise<string[]> =>
    (await run).filter((f) => f.file.endsWith(`/${variant}.bas`)).map((f) => `${f.line} ${f.code} ${f.message}`);

  const preGrow = ['15 PW303 PreGrow returns V clear with R0 neither preserved nor "RESV" (&56534552)'];
  it('flags changed in a PROC: the PreGrow is PW303, as with the PROC not called', async () => {
    assert.deepEqual(await found('opts'), preGrow);
    assert.deepEqual(await found('optsLiteral'), preGrow);
  });

  it('flags from an FN that returns a constant: the shrinks are PW304, as with the literal', async () => {
    const shrinks = '32 PW304 PreShrink returns with R0 changed; the kernel expects it preserved (the same code runs for PostShrink)';
    assert.deepEqual(await found('grabLiteral'), [shrinks]);
    // Bit 9 is clear in the FN's value: no TestShrink.
    assert.deepEqual(await found('grab'), [shrinks]);
  });

  it('flags from an FN that returns a constant with bit 8: a PreGrow naming one page of the block is PW301, as with the literal', async () => {
    const expected = [
      '20 PW301 PreGrow returns with entry 0 of the page block set but entry 1 still -1 while R2 may be 2 or more: name every page or none',
      '28 PW304 PreShrink returns with R0 changed; the kernel expects it preserved (the same code runs for PostShrink)',
    ];
    assert.deepEqual(await found('grabPartialLiteral'), expected);
    assert.deepEqual(await found('grabPartial'), expected);
    // `DEF FNflags` with `= &180` the line after.
    assert.deepEqual(await found('grabPartialLines'), expected);
    // An FN that sets a LOCAL before it returns is worked out at its call as well.
    assert.deepEqual(await found('grabPartialLocal'), expected);
  });

  it('flags set by a PROC that only assigns them: its assignment is made at the call, a PreGrow naming one page is PW301', async () => {
    assert.deepEqual(await found('grabPartialProc'), [
      '20 PW301 PreGrow returns with entry 0 of the page block set but entry 1 still -1 while R2 may be 2 or more: name every page or none',
      '28 PW304 PreShrink returns with R0 changed; the kernel expects it preserved (the same code runs for PostShrink)',
    ]);
    // A PROC that sets bit 8 on some runs only: the flags unknown, no PW301, and TestShrink may run the shrink code.
    assert.deepEqual(await found('grabPartialProcIf'), ['28 PW304 PreShrink returns with R0 changed; the kernel expects it preserved (the same code runs for PostShrink and TestShrink)']);
  });

  it('the corrected handlers are clean', async () => {
    assert.deepEqual(await found('optsFixed'), []);
    assert.deepEqual(await found('grabFixed'), []);
  });
});
