REM >OneLine
REM
REM Bits and pieces from the assembler toolbox: short routines assembled
REM a block at a time, procedures with a fixed OPT 2, look-up tables built
REM with array labels, and a vector claimant.  Plus one small plain dynamic
REM area for the scratch buffer, with a handler that agrees to everything it
REM is asked except reasons it does not know.
REM
REM Nothing here needs the desktop.

ON ERROR PROCtidy : REPORT : PRINT " at line "; ERL : END

DIM code% 2048, regs% 64, table%(7)
area% = 0

REM ---- constants used as operands -----------------------------------------
scratch%    = 32 * 1024
magic%      = &8100 + &4000      : REM a 12-bit pattern the card expects
stride%     = 12
offset%     = 8
ByteV%      = 6
OSByte_Read% = 161

REM ---------------------------------------------------------------------
REM A whole block on one line: load two words and step the pointer.
REM Fixed OPT 2, so no forward references allowed in these.

P% = code% : loader% = P%
[OPT 2:LDMIA r0!, {r1, r2}:MOV pc, r14:]
P% = code% + 16 : sum% = P%
[OPT 2:ADD r0, r1, r2:MOV pc, r14:]
P% = code% + 32 : second% = P%
[OPT 2:LDR r0, [r0, #offset%]:MOV pc, r14:]

regs%!0 = 40 : regs%!4 = 2
A% = regs%
REM USR returns R0: the pointer, now advanced by 8
PRINT "Pointer moved by "; USR(loader%) - regs%

B% = 40 : C% = 2
PRINT "40 + 2 = "; USR(sum%)
A% = regs% - offset% + 4
PRINT "Second word via offset%: "; USR(second%)

REM ---------------------------------------------------------------------
REM Routines built by procedures.  Each one uses only backward branches,
REM so a single OPT 2 pass is enough.

P% = code% + 64
PROCzero_words
P% = (P% + 15) AND NOT 15
PROCchecksum
P% = (P% + 15) AND NOT 15
PROCirq_count

REM ---------------------------------------------------------------------
REM Two-pass code: a jump table whose entries are array-element labels.

FOR pass% = 0 TO 2 STEP 2
P% = code% + 512
[       OPT     pass%
.dispatch%
        cmp     r0, #8
        addcc   pc, pc, r0, lsl #2
        b       bad_entry
        b       table%(0)
        b       table%(1)
        b       table%(2)
        b       table%(3)
        b       table%(4)
        b       table%(5)
        b       table%(6)
        b       table%(7)
.bad_entry
        mvn     r0, #0
        mov     pc, r14

; the card's idle pattern, built from two BASIC constants
.pattern%
        mov     r0, #&8100 + &4000
        mov     pc, r14

; checksum twice over the same buffer - R0 -> buffer, R1 = words
.twice%
        stmfd   r13!, {r4-r5, r14}
        mov     r4, r0
        mov     r5, r1
        bl      checksum%
        mov     r2, r0
        mov     r0, r4
        mov     r1, r5
        mov     r4, r2
        bl      checksum%
        teq     r0, r4                  ; same both times?
        moveq   r0, #1
        movne   r0, #0
        ldmfd   r13!, {r4-r5, pc}
]
FOR i% = 0 TO 7
[       OPT     pass%
.table%(i%)
        mov     r0, #i% * i%            ; each entry returns its square
        mov     pc, r14
]
NEXT i%
NEXT pass%

FOR i% = 0 TO 8
  A% = i%
  PRINT i%; " -> "; USR(dispatch%)
NEXT i%

REM ---------------------------------------------------------------------
REM A scratch dynamic area, plain (no specific pages, not shrinkable).

FOR pass% = 0 TO 2 STEP 2
P% = code% + 1024
[ OPT pass% + (1 << 4)
; R0 = reason, R12 = workspace (unused here)
.handler%
        cmp     r0, #3
        bhi     handler_unknown
        cmp     r0, #2
        beq     handler_preshrink
        cmp     r0, #0                  ; 0, 1, 3 - nothing to do, V clear
        mov     pc, r14
.handler_preshrink
        stmfd   r13!, {r14}
        sub     r14, r5, #1
        bic     r3, r3, r14             ; whole pages, never more than asked
        cmp     r0, #0
        ldmfd   r13!, {pc}
.handler_unknown
        adr     r0, handler_error
        msr     cpsr_f, #1 << 28
        mov     pc, r14
.handler_error
        equd    &820E50
        equs    "OneLine scratch area - reason not handled"
        equb    0
        align
]
NEXT pass%

SYS "OS_DynamicArea", 0, -1, scratch%, -1, 0, scratch%, handler%, 0, "OneLine scratch" TO ,area%,,base%
PRINT "Scratch area "; area%; " at &"; ~base%

A% = base% : B% = scratch% DIV 4
CALL zero%
A% = base% : B% = scratch% DIV 4
PRINT "Checksum of zeroed area: "; USR(checksum%)
!base% = magic%
A% = base% : B% = scratch% DIV 4
PRINT "After one store: &"; ~USR(checksum%)
A% = base% : B% = scratch% DIV 4
IF USR(twice%) = 1 THEN PRINT "Stable"
PRINT "Pattern &"; ~USR(pattern%); " = &"; ~magic%

REM ---------------------------------------------------------------------
REM IRQ counter round a slow operation

CALL irqtest%
PRINT "Centiseconds waited with IRQs on: "; !counter%

PROCtidy
END

REM =======================================================================
REM R0 -> buffer, R1 = word count.  Zeroes it.
DEF PROCzero_words
[OPT 2
.zero%
        mov     r2, #0
.loop%
        subs    r1, r1, #1
        strpl   r2, [r0], #4
        bpl     loop%
        mov     pc, r14
]
ENDPROC

REM R0 -> buffer, R1 = word count.  Returns the EOR of all words in R0.
DEF PROCchecksum
[OPT 2
.checksum%
        mov     r2, r0
        mov     r0, #0
.ck_loop%
        subs    r1, r1, #1
        ldrpl   r3, [r2], #4
        eorpl   r0, r0, r3
        bpl     ck_loop%
        mov     pc, r14
]
ENDPROC

REM Counts ticks of the centisecond timer with IRQs on, in user mode.
DEF PROCirq_count
[OPT 2
.counter%
        equd    0
.irqtest%
        stmfd   r13!, {r14}
        swi     "OS_IntOn"
        swi     "OS_ReadMonotonicTime"
        add     r4, r0, #10
.spin%
        swi     "OS_ReadMonotonicTime"
        cmp     r0, r4
        blo     spin%
        adr     r1, counter%
        ldr     r2, [r1]
        add     r2, r2, #10
        str     r2, [r1]
        ldmfd   r13!, {pc}
]
ENDPROC

DEF PROCtidy
ON ERROR OFF
IF area% THEN SYS "OS_DynamicArea", 1, area% : area% = 0
ENDPROC
