REM >DAGrow
REM
REM Demonstrates a NeedsSpecificPages dynamic area.  We pick four physical
REM pages that currently back a buffer in our own application space, ask the
REM area's PreGrow handler to list exactly those page numbers, and then check
REM that (a) the area now owns them and (b) our buffer still holds its data,
REM because the kernel copied it onto replacement pages.
REM
REM The handler is assembled into the RMA: application space can be paged
REM out by the Wimp, and the kernel may call the handler at any time while
REM the area exists.
REM
REM Run outside the desktop or in a task window.  RISC OS 3.6 or later.

ON ERROR PROCerror : END

REM ---------------------------------------------------------------------
REM Constants

NeedsSpecificPages% = 1 << 8
NotUserDraggable%   = 1 << 7
pages%              = 4

REM Workspace layout (R12 in the handler)
ws_count%    = 0      : REM number of page numbers in the table
ws_shift%    = 4      : REM log2 of the page size
ws_size%     = 8      : REM area size, kept by PostGrow/PostShrink
ws_grows%    = 12     : REM PostGrow calls seen
ws_table%    = 16     : REM the page numbers, one word each
ws_bytes%    = ws_table% + 4 * pages%

REM OS_Memory 0 flags
LAGiven%  = 1 << 9
PPNGiven% = 1 << 8
FillPPN%  = 1 << 11
FillLA%   = 1 << 12
FillPA%   = 1 << 13

area% = 0
code% = 0
ws%   = 0

SYS "OS_ReadMemMapInfo" TO pagesize%
shift% = 0
WHILE (1 << shift%) < pagesize% : shift% += 1 : ENDWHILE

REM ---------------------------------------------------------------------
REM Claim RMA for the handler and its workspace

codesize% = 1024
SYS "OS_Module", 6,,, codesize% TO ,, code%
SYS "OS_Module", 6,,, ws_bytes% TO ,, ws%

PROCassemble

REM ---------------------------------------------------------------------
REM Pick the pages: whole pages inside a DIMmed buffer, filled with a
REM pattern so we can see they survive being swapped out from under us.

DIM buf% pagesize% * (pages% + 1)
first% = (buf% + pagesize% - 1) AND NOT (pagesize% - 1)
FOR i% = 0 TO pages% * pagesize% - 4 STEP 4
  first%!i% = &C0DE0000 + i%
NEXT i%

DIM blk% 12 * pages%
FOR i% = 0 TO pages% - 1
  blk%!(i% * 12 + 4) = first% + i% * pagesize%
NEXT i%
REM logical address given, fill in page number and physical address
SYS "OS_Memory", 0 + LAGiven% + FillPPN% + FillPA%, blk%, pages%

ws%!ws_count% = pages%
ws%!ws_shift% = shift%
ws%!ws_size%  = 0
ws%!ws_grows% = 0
FOR i% = 0 TO pages% - 1
  ws%!(ws_table% + 4 * i%) = blk%!(i% * 12)
  PRINT "Page "; i%; ": PPN "; blk%!(i% * 12); ", PA &"; ~blk%!(i% * 12 + 8)
NEXT i%

REM ---------------------------------------------------------------------
REM Create the area empty, then grow it: the handler lists our pages.

flags% = NeedsSpecificPages% OR NotUserDraggable%
max%   = pages% * pagesize%
name$  = "DAGrow test"
SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, max%, code%, ws%, name$ TO ,area%,,base%
PRINT "Created area "; area%; " at &"; ~base%

SYS "OS_ChangeDynamicArea", area%, max% TO ,moved%
PRINT "Grew by "; moved%; " bytes ("; ws%!ws_grows%; " PostGrow calls)"

REM Where did the area's pages come from?
FOR i% = 0 TO pages% - 1
  blk%!(i% * 12 + 4) = base% + i% * pagesize%
NEXT i%
SYS "OS_Memory", 0 + LAGiven% + FillPPN%, blk%, pages%
ok% = TRUE
FOR i% = 0 TO pages% - 1
  IF blk%!(i% * 12) <> ws%!(ws_table% + 4 * i%) THEN ok% = FALSE
NEXT i%
IF ok% THEN PRINT "Area owns exactly the requested pages" ELSE PRINT "Page mismatch!"

REM And our buffer still reads back correctly from its new pages
bad% = 0
FOR i% = 0 TO pages% * pagesize% - 4 STEP 4
  IF first%!i% <> &C0DE0000 + i% THEN bad% += 1
NEXT i%
PRINT "Buffer words changed: "; bad%

REM Give half the pages back.  PreShrink allows it in whole pages, and
REM PostShrink records the new size; the pages leave from the top.
SYS "OS_ChangeDynamicArea", area%, -(max% DIV 2) TO ,moved%
SYS "OS_DynamicArea", 2, area% TO ,, size%
PRINT "Shrank by "; moved%; " bytes; kernel says "; size%; ", handler says "; ws%!ws_size%
IF size% <> ws%!ws_size% THEN PRINT "Handler's size word is out of step!"

REM Growing again must ask for the table entries after the ones in use,
REM which PreGrow works out from the current size in R4.
SYS "OS_ChangeDynamicArea", area%, max% DIV 2 TO ,moved%
PRINT "Grew back by "; moved%; " bytes ("; ws%!ws_grows%; " PostGrow calls so far)"

PROCtidy
END

REM ---------------------------------------------------------------------
DEF PROCassemble
LOCAL pass%
FOR pass% = 0 TO 2 STEP 2
P% = code%
[ OPT pass%
\ Area handler.  R0 = reason, R12 = ws%.  TEQ chain, unknown -> error.
.handler
        teq     r0, #0
        beq     pregrow
        teq     r0, #1
        beq     postgrow
        teq     r0, #2
        beq     preshrink
        teq     r0, #3
        beq     postshrink
        adr     r0, err_reason
        msr     cpsr_f, #1 << 28        ; V set, r0 -> error block
        mov     pc, r14

\ PreGrow.  R1 -> page block (R2 entries of 12 bytes), R4 = current size.
\ Entry n of this grow is page (R4 >> shift) + n of our table.  Every one
\ of the R2 entries gets a page number, or none do and we refuse.
.pregrow
        stmfd   r13!, {r1-r3, r6-r8, r14}
        ldr     r6, [r12, #ws_shift%]
        mov     r6, r4, lsr r6          ; pages already in the area
        add     r7, r6, r2
        ldr     r8, [r12, #ws_count%]
        cmp     r7, r8
        bhi     pregrow_refuse          ; more than we have numbers for
        add     r6, r12, r6, lsl #2
        add     r6, r6, #ws_table%      ; -> first table entry to use
        mov     r3, r1                  ; walk a copy of the block pointer
        movs    r8, r2
        beq     pregrow_done
.pregrow_loop
        ldr     r7, [r6], #4
        str     r7, [r3], #12           ; PPN word, 12-byte stride
        subs    r8, r8, #1
        bne     pregrow_loop
.pregrow_done
        cmp     r0, #0                  ; R0 is still 0 and V is now clear
        ldmfd   r13!, {r1-r3, r6-r8, pc}
.pregrow_refuse
        adr     r0, err_full
        msr     cpsr_f, #1 << 28
        ldmfd   r13!, {r1-r3, r6-r8, pc}

\ PostGrow.  R4 = new size.  R2 = R3 = 0 if the kernel failed to get the
\ pages, so only count the calls that moved something.
.postgrow
        stmfd   r13!, {r6, r14}
        str     r4, [r12, #ws_size%]
        teq     r2, #0
        ldrne   r6, [r12, #ws_grows%]
        addne   r6, r6, #1
        strne   r6, [r12, #ws_grows%]
        msr     cpsr_f, #0
        ldmfd   r13!, {r6, pc}

\ PreShrink.  R3 = bytes wanted, R5 = page size.  Allow all of it, in
\ whole pages.
.preshrink
        stmfd   r13!, {r6, r14}
        sub     r6, r5, #1
        bic     r3, r3, r6
        msr     cpsr_f, #0
        ldmfd   r13!, {r6, pc}

\ PostShrink.  R4 = new size.
.postshrink
        str     r4, [r12, #ws_size%]
        msr     cpsr_f, #0
        mov     pc, r14

.err_reason
        equd    &820E00
        equs    "DAGrow handler: unknown reason" + CHR$0
        align
.err_full
        equd    &820E01
        equs    "DAGrow handler: no more pages listed" + CHR$0
        align
]
NEXT pass%
IF P% - code% > codesize% THEN ERROR 1, "Handler too big"
ENDPROC

REM ---------------------------------------------------------------------
DEF PROCtidy
IF area% <> 0 THEN SYS "OS_DynamicArea", 1, area% : area% = 0
IF ws% <> 0 THEN SYS "OS_Module", 7,, ws% : ws% = 0
IF code% <> 0 THEN SYS "OS_Module", 7,, code% : code% = 0
ENDPROC

DEF PROCerror
ON ERROR OFF
PROCtidy
PRINT REPORT$; " at line "; ERL
ENDPROC
